package actor

import (
	"os"
	"strings"
	"testing"
	"time"
)

func TestSmokeExample(t *testing.T) {
	data, err := os.ReadFile("../../shared/examples/quartet-phone-call.txt")
	if err != nil {
		t.Skip("no example")
	}
	r, err := NewResolver(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range r.Warnings() {
		t.Log(w)
	}
	doc := DocumentFromText(string(data), time.Time{})
	for _, m := range r.Resolve(doc) {
		var cs []string
		for _, a := range m.Actors {
			cs = append(cs, a.Code+"/"+a.Name)
		}
		t.Logf("%d %q %v %s agency=%v", m.Sentence, m.Text, cs, m.Basis, m.Agency)
	}
	_ = strings.Join
}
