package actor

import (
	"os"
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

// TestExampleWithNLP resolves the example article analysed by package nlp
// (real tokens and tags).
func TestExampleWithNLP(t *testing.T) {
	data, err := os.ReadFile("../../shared/examples/quartet-phone-call.txt")
	if err != nil {
		t.Skip("../shared/examples/quartet-phone-call.txt not present; skipping")
	}
	r, err := NewResolver(Options{})
	if err != nil {
		t.Fatal(err)
	}
	doc := analyse(t, string(data), time.Time{})
	got := map[string]string{}
	for _, m := range r.Resolve(doc) {
		got[m.Text] = codesOf(m)
		if testing.Verbose() {
			t.Logf("%d %q %s %s agency=%v", m.Sentence, m.Text, codesOf(m), m.Basis, m.Agency)
		}
		toks := doc.Sentences[m.Sentence].Tokens
		if m.Start < 0 || m.End > len(toks) || m.Start >= m.End {
			t.Fatalf("bad span %+v", m)
		}
	}
	for text, want := range map[string]string{
		"Faisal Al-Miqdad": "SYRGOV", "Hussein Amir Abdullahian": "IRNGOV",
		"Turkish presidential spokesman Ibrahim Kalin":     "TURGOV",
		"Russian Deputy Foreign Minister Mikhail Bogdanov": "RUSGOV",
		"Kalin": "TURGOV", "IRNA": "IRNMED", "the two ministers": "SYRGOV+IRNGOV",
		"the Syrian and Iranian foreign ministers": "SYRGOV+IRNGOV", "Turkish forces": "TURMIL",
	} {
		if g := got[text]; !sameCodes(g, want) {
			t.Errorf("%q = %q, want %s", text, g, want)
		}
	}
}

// TestMentionTableWithNLP runs the mention table on text analysed by
// package nlp and reports the share; the plain-token table is the gate.
func TestMentionTableWithNLP(t *testing.T) {
	r, err := NewResolver(Options{})
	if err != nil {
		t.Fatal(err)
	}
	docs, cases := readMentionCases(t)
	got := make([][]Mention, len(docs))
	for i, d := range docs {
		got[i] = r.Resolve(analyse(t, strings.Join(d.sents, "\n\n"), d.date))
	}
	correct := 0
	for _, c := range cases {
		found := "-"
		for _, m := range got[c.doc] {
			if m.Text == c.text {
				found = codesOf(m)
				break
			}
		}
		if found == c.want || c.want != "-" && sameCodes(found, c.want) {
			correct++
			continue
		}
		t.Logf("line %d: %q = %s, want %s", c.line, c.text, found, c.want)
	}
	share := float64(correct) / float64(len(cases))
	t.Logf("mention table with nlp: %d/%d correct (%.1f%%)", correct, len(cases), 100*share)
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
