package nlp

import (
	"strings"
	"testing"
)

// checkIntegerScores tags words with the model's integer scoring, then
// scores every token again in float32 in the model's own order of
// additions (floatTag), conditioned on the same previous tags, and
// reports any token where the two pick different classes.
func checkIntegerScores(t *testing.T, m *apModel, sc *apScratch, words []string) int {
	t.Helper()
	lowers := make([]string, len(words))
	for i, w := range words {
		lowers[i] = strings.ToLower(w)
	}
	out := make([]string, len(words))
	m.tag(words, lowers, nil, out, sc)
	diffs := 0
	p1, p2 := m.start, m.start2
	for i, w := range words {
		var c uint8
		switch {
		case sc.tm[i] >= 0:
			c = uint8(sc.tm[i])
		case len(w) == 5 && w[0] == '-' && w[4] == '-' && w[1] >= 'A' && w[1] <= 'Z' || w == "-":
			p2, p1 = p1, m.start
			if id, ok := m.tagMapID(w); ok {
				p1 = id
			}
			continue
		default:
			c = m.floatTag(words, lowers, i, p1, p2, sc)
			if m.classes[c] != out[i] {
				diffs++
				t.Errorf("%q in %q: integer scores give %s, float32 scores %s", w, strings.Join(words, " "), out[i], m.classes[c])
			}
		}
		p2, p1 = p1, c
	}
	return diffs
}

func TestAPModelIntegerScoresMatchFloat(t *testing.T) {
	m, err := loadAPModel()
	if err != nil {
		t.Fatal(err)
	}
	var sc apScratch
	for _, s := range []string{
		"The minister said on Tuesday that talks with the rebels would resume next week .",
		"Protesters in the capital clashed with police , who fired tear gas .",
		"Shares of Acme Corp. rose 3.5 % to $ 12.40 in early trading in 2024 .",
		"I 'd love to visit again -- the staff were super friendly !!",
		"NATO TROOPS WITHDRAW FROM BORDER AREA AFTER CEASE-FIRE DEAL",
		"( Reporting by Jane Doe ; editing by John Roe )",
		"He runs , she runs , they all run run running ran .",
	} {
		checkIntegerScores(t, m, &sc, strings.Fields(s))
	}
}

// TestAPModelIntegerScoresMatchFloatUD runs the same check over every
// sentence of UD English EWT (dev and test), when the corpus is present.
func TestAPModelIntegerScoresMatchFloatUD(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus check")
	}
	sents := loadUD(t)
	m, err := loadAPModel()
	if err != nil {
		t.Fatal(err)
	}
	var sc apScratch
	diffs := 0
	for _, s := range sents {
		words := make([]string, len(s.words))
		for i, w := range s.words {
			words[i] = tagNorm(w.form)
		}
		diffs += checkIntegerScores(t, m, &sc, words)
		if diffs > 20 {
			t.Fatal("too many differences")
		}
	}
}
