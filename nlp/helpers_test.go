package nlp

import (
	"sync"
	"testing"
	"time"
)

// sharedAnalyzer is built once for all tests of the package.
var sharedAnalyzer = sync.OnceValues(New)

func newTestAnalyzer(tb testing.TB) *Analyzer {
	tb.Helper()
	a, err := sharedAnalyzer()
	if err != nil {
		tb.Fatalf("New: %v", err)
	}
	return a
}

// tagCase is one check of a tagging rule: the first token of text whose
// text is word must be tagged tag.
type tagCase struct{ text, word, tag string }

// checkTags analyzes the text of each case and reports a case whose
// word is missing or tagged otherwise, with the sentence's tokens.
func checkTags(t *testing.T, a *Analyzer, cases []tagCase) {
	t.Helper()
	for _, c := range cases {
		d := a.Analyze(c.text, time.Time{})
		got, found := "", false
		var all string
		for _, s := range d.Sentences {
			for _, tk := range s.Tokens {
				all += tk.Text + "_" + tk.Tag + " "
				if tk.Text == c.word && !found {
					got, found = tk.Tag, true
				}
			}
		}
		if !found {
			t.Errorf("%q: no token %q (%s)", c.text, c.word, all)
		} else if got != c.tag {
			t.Errorf("%q: %q tagged %s, want %s (%s)", c.text, c.word, got, c.tag, all)
		}
	}
}
