package coder_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/heraldevents/herald/actor"
	"github.com/heraldevents/herald/article"
	"github.com/heraldevents/herald/coder"
	"github.com/heraldevents/herald/event"
	"github.com/heraldevents/herald/nlp"
)

// pipeline runs nlp -> actor -> coder on text.
func pipeline(t testing.TB, c *coder.Coder, a article.Article, trace *bytes.Buffer) []event.Event {
	t.Helper()
	an, err := nlp.New()
	if err != nil {
		t.Fatal(err)
	}
	r, err := actor.NewResolver(actor.Options{})
	if err != nil {
		t.Fatal(err)
	}
	doc := an.Analyze(a.CodingText(), a.Published)
	in := coder.Input{Article: a, Doc: doc, Mentions: r.Resolve(doc)}
	if trace != nil {
		return c.Explain(in, trace)
	}
	return c.Code(in)
}

func sharedPath(t testing.TB, parts ...string) string {
	p := filepath.Join(append([]string{"..", "..", "shared"}, parts...)...)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("shared material absent (%s): skipping", p)
	}
	return p
}

func TestQuartetExample(t *testing.T) {
	p := sharedPath(t, "examples", "quartet-phone-call.txt")
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	c, err := coder.New(coder.Options{})
	if err != nil {
		t.Fatal(err)
	}
	a := article.Article{ID: "quartet", Body: string(b), Outlet: "Al-Watan", Published: time.Time{}}
	var trace bytes.Buffer
	evs := pipeline(t, c, a, &trace)
	if testing.Verbose() {
		t.Log(trace.String())
	}
	for _, e := range evs {
		tg := "-"
		if e.Target != nil {
			tg = e.Target.Code
		}
		t.Logf("s%d %s %s %s %s %s %+v", e.Evidence.SentenceIndex, e.Source.Code, e.CAMEO.Code, tg, e.Modality, e.Rule, e.Attribution)
	}
}
