package nlp

import (
	"strings"
	"testing"
)

// TestInterjections checks isInterjection, and that its first-letters
// filter lets every interjection through in any case.
func TestInterjections(t *testing.T) {
	for _, w := range strings.Fields("pls plz yep yup nope nah eh huh hmm hmmm umm ummm erm haha hahaha hehe heh " +
		"lmao rofl roflmao yay yuck yuk yum ugh oops ouch aww ahh bye bravo omg duh meh whoa hooray") {
		for _, v := range []string{w, strings.ToUpper(w[:1]) + w[1:], strings.ToUpper(w)} {
			if !isInterjection(v) {
				t.Errorf("isInterjection(%q) = false", v)
			}
		}
	}
	for _, w := range []string{"the", "He", "what", "hello", "Hmmmmmmmm", "no", "eh!", "e", "", "bravery", "WHO"} {
		if isInterjection(w) {
			t.Errorf("isInterjection(%q) = true", w)
		}
	}
}

// TestShapeTags checks the tags that a token's shape decides alone.
func TestShapeTags(t *testing.T) {
	for _, c := range []struct{ w, tag string }{
		{"news", ""},
		{"Ouch", "UH"},
		{"XD", "NFP"},
		{"jane@example.org", "ADD"},
		{"notes.txt", "NN"},
		{":-)", "NFP"},
		{"555-0134", "CD"},
		{"?!.", "."},
		{"'68", "CD"},
		{"3rd", "NN"},
		{"2024", ""},
	} {
		if got := shapeTag(c.w); got != c.tag {
			t.Errorf("shapeTag(%q) = %q, want %q", c.w, got, c.tag)
		}
	}
}

// TestScanWord checks the two byte classes that scanWord reports.
func TestScanWord(t *testing.T) {
	for _, c := range []struct {
		w              string
		nonASCII, addr bool
	}{
		{"", false, false},
		{"news", false, false},
		{".com", false, false}, // a leading dot is no address byte
		{"example.org", false, true},
		{"a@b", false, true},
		{"10:30", false, true},
		{"café", true, false},
		{"é.x", true, true},
		{"’", true, false},
	} {
		if n, a := scanWord(c.w); n != c.nonASCII || a != c.addr {
			t.Errorf("scanWord(%q) = %v, %v, want %v, %v", c.w, n, a, c.nonASCII, c.addr)
		}
	}
}
