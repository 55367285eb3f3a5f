package actor

import (
	"testing"
	"time"
)

// sentenceMention is a sentence of our own, one of its mentions and the codes
// that mention must get ("-": no actor, or no such mention).
type sentenceMention struct{ text, mention, want string }

// checkMentions resolves each case's text with the built-in dictionaries
// and compares the codes of the named mention.
func checkMentions(t *testing.T, cases []sentenceMention) {
	t.Helper()
	r, err := NewResolver(Options{})
	if err != nil {
		t.Fatal(err)
	}
	when := time.Date(2023, 3, 1, 0, 0, 0, 0, time.UTC)
	for _, c := range cases {
		got := "-"
		for _, m := range r.Resolve(analyse(t, c.text, when)) {
			if m.Text == c.mention {
				got = codesOf(m)
				break
			}
		}
		if got != c.want {
			t.Errorf("%q: %q = %s, want %s", c.text, c.mention, got, c.want)
		}
	}
}
