package actor

import (
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/heraldevents/herald/nlp"
)

var analyzer = sync.OnceValues(nlp.New)

// analyse runs the real language layer.
func analyse(t testing.TB, text string, when time.Time) *nlp.Document {
	t.Helper()
	a, err := analyzer()
	if err != nil {
		t.Fatalf("nlp.New: %v", err)
	}
	return a.Analyze(text, when)
}

// TestMentionTableWithNLP runs the mention table on text analysed by
// package nlp and reports the share; the plain-token table is the gate.
func TestMentionTableWithNLP(t *testing.T) {
	share := scoreMentionFile(t, "testdata/mentions.txt", func(sents []string, date time.Time) *nlp.Document {
		return analyse(t, strings.Join(sents, "\n\n"), date)
	})
	if share < 0.8 {
		t.Errorf("only %.1f%% correct with nlp analysis, want >= 80%%", 100*share)
	}
}

// FuzzResolveAnalysed resolves arbitrary text analysed by package nlp
// (tags, headlines, entities): no panic, spans inside the sentence.
func FuzzResolveAnalysed(f *testing.F) {
	r, err := NewResolver(Options{})
	if err != nil {
		f.Fatal(err)
	}
	f.Add("Al-Miqdad and Abdullahian discuss by phone\n\nThe Minister of Foreign Affairs and Expatriates, Faisal Al-Miqdad, and his Iranian counterpart met.")
	f.Add("Mr Blair told MPs that the two ministers, Syria's and Iran's, would meet; he said so.")
	f.Add("(function(d, s, id){ var js = d.getElementsByTagName(s)[0]; }(document, 'script'));")
	f.Fuzz(func(t *testing.T, text string) {
		doc := analyse(t, text, time.Date(2021, 1, 1, 0, 0, 0, 0, time.UTC))
		for _, m := range r.Resolve(doc) {
			n := len(doc.Sentences[m.Sentence].Tokens)
			if m.Start < 0 || m.End > n || m.Start >= m.End || len(m.Actors) == 0 {
				t.Fatalf("bad mention %+v of %d tokens", m, n)
			}
		}
	})
}
