package nlp

import (
	"testing"
	"time"
)

// TestVerbForms checks the verb-form rules of tagverb.go on our own
// sentences: each case names the first token with that text and the tag
// it must get.
func TestVerbForms(t *testing.T) {
	a := newTestAnalyzer(t)
	cases := []struct{ text, word, tag string }{
		// A base form after a negated "do".
		{"The heater in our room did not heat.", "heat", "VB"},
		// A past form after a base form is its participle.
		{"Please find attached a copy of the invoice.", "attached", "VBN"},
		// The reporting verb of a quotation placed before it.
		{"\"We will not talk to the Americans,\" commented Omar Said.", "commented", "VBD"},
		// A participle coordinated with a past tense is a past tense.
		{"The firm calmed its customers and attempted to win them back.", "attempted", "VBD"},
		{"The flat was cleaned and painted by the owners.", "painted", "VBN"},
		{"Prices are either lowered or raised.", "raised", "VBN"},
		// The past tense of a sentence without its subject.
		{"Checked in late, but the staff was friendly.", "Checked", "VBD"},
		{"Walked in and was out in ten minutes.", "Walked", "VBD"},
		{"Phoned to ask if they had a table.", "Phoned", "VBD"},
		{"Asked if he would run again, the senator said no.", "Asked", "VBN"},
		{"Founded in 1990, the company now employs 300 people.", "Founded", "VBN"},
	}
	for _, c := range cases {
		d := a.Analyze(c.text, time.Time{})
		got, found := "", false
		for _, s := range d.Sentences {
			for _, tk := range s.Tokens {
				if tk.Text == c.word && !found {
					got, found = tk.Tag, true
				}
			}
		}
		if !found {
			t.Errorf("%q: no token %q", c.text, c.word)
		} else if got != c.tag {
			t.Errorf("%q: %q tagged %s, want %s", c.text, c.word, got, c.tag)
		}
	}
}
