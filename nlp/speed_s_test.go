package nlp

import (
	"strings"
	"testing"
	"time"
)

// Tests of the fast paths added for speed: each must give what the slow
// path it skips would give. All sentences are our own.

// TestClassOfMatchesClassID checks the tag-name table against the map it
// stands for, on every class and on names that are no class.
func TestClassOfMatchesClassID(t *testing.T) {
	m := newTestAnalyzer(t).tagger.model
	names := append([]string{"", "ADD", "X", "NNPX", "-LRB-", "HYPH", "NFP", "GW", "nn", "VBX"}, m.classes...)
	for _, c := range names {
		id, ok := m.classOf(c)
		want, wantOK := m.classID[c]
		if id != want || ok != wantOK {
			t.Errorf("classOf(%q) = %d, %v; classID gives %d, %v", c, id, ok, want, wantOK)
		}
	}
}

// TestIrregularGateKeepsEveryKey checks that the first-byte and length
// screen of lemma lets every irregular form through.
func TestIrregularGateKeepsEveryKey(t *testing.T) {
	lm := newTestAnalyzer(t).lemmas
	for w, want := range irregularLemmas {
		if irregularGate[w[0]]&(1<<min(len(w), 7)) == 0 {
			t.Errorf("gate rules out %q", w)
		}
		if w == "'s" || w == "’s" || w == "'d" || w == "’d" || w == "her" {
			continue // decided before the irregular forms
		}
		if got := lm.lemma(w, "VBD"); got != want {
			t.Errorf("lemma(%q, VBD) = %q, want %q", w, got, want)
		}
	}
}

// TestTokenizePlainWords checks the tokenizer's whole-word path against
// words that need splitting.
func TestTokenizePlainWords(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Syria, Iran and Iraq met", "Syria|,|Iran|and|Iraq|met"},
		{"They cannot agree", "They|can|not|agree"},
		{"They cannot, he said", "They|can|not|,|he|said"},
		{"Cannot be done", "Can|not|be|done"},
		{"The G20 met in 2023.", "The|G20|met|in|2023|."},
		{"He said,, no", "He|said|,|,|no"},
		{"x,y", "x|,|y"},
		{"talks,", "talks|,"},
		{"1,000 troops", "1,000|troops"},
		{"Iran’s envoy didn’t say.", "Iran|’s|envoy|did|n’t|say|."},
		{"Iran's envoy can't say", "Iran|'s|envoy|ca|n't|say"},
		{"(Reuters) said.", "(|Reuters|)|said|."},
		{"U.S. troops", "U.S.|troops"},
		{"Talks ended. Mr. Smith left Gen. Jones at 5 p.m. on Sunday.", "Talks|ended|.|Mr.|Smith|left|Gen.|Jones|at|5|p.m.|on|Sunday|."},
		{"He cannot. See www. J. Doe", "He|can|not|.|See|www|.|J.|Doe"},
		{"the long-range missile", "the|long-range|missile"},
	}
	for _, c := range cases {
		raw := tokenize(c.text, nil)
		var got []string
		for _, r := range raw {
			got = append(got, c.text[r.start:r.end])
		}
		if g := strings.Join(got, "|"); g != c.want {
			t.Errorf("tokenize(%q) = %s, want %s", c.text, g, c.want)
		}
	}
}

// TestSentencesAroundPlainWords checks that sentence ends next to plain
// words are still found: a line break after one, an emoticon made of
// letters, a word-final period.
func TestSentencesAroundPlainWords(t *testing.T) {
	a := newTestAnalyzer(t)
	cases := []struct {
		text string
		n    int
	}{
		{"Talks resumed in Geneva. The envoy left on Monday.", 2},
		{"Weather report\nRain fell across the north on Sunday.", 2},
		{"We won the match XD See you at the next one.", 2},
		{"The minister arrived and spoke to reporters", 1},
	}
	for _, c := range cases {
		if got := len(a.Analyze(c.text, time.Time{}).Sentences); got != c.n {
			t.Errorf("%q: %d sentences, want %d", c.text, got, c.n)
		}
	}
}

// TestTimesByKind checks time expressions of each kind of trigger that
// findTimes now screens: numbers, months, weekdays and other words.
func TestTimesByKind(t *testing.T) {
	a := newTestAnalyzer(t)
	pub := time.Date(2023, 3, 8, 0, 0, 0, 0, time.UTC) // a Wednesday
	cases := []struct{ text, want string }{
		{"The talks were held on 3/3/2023 in Doha.", "3/3/2023=2023-03-03"},
		{"The treaty was signed in 2019 by both sides.", "2019=2019-01-01"},
		{"Fighting resumed in mid-March after a lull.", "mid-March=2023-03-15"},
		{"The envoy arrived on Tuesday with a plan.", "Tuesday=2023-03-07"},
		{"Troops withdrew the day before yesterday, officials said.", "the day before yesterday=2023-03-06"},
		{"The rebels attacked the town three days ago.", "three days ago=2023-03-05"},
		{"The minister resigned last week over the scandal.", "last week=2023-03-01"},
		{"The vote took place on 12 March 2022 in Kiev.", "12 March 2022=2022-03-12"},
		{"A spokesman said the army would respond.", ""},
	}
	for _, c := range cases {
		doc := a.Analyze(c.text, pub)
		var got []string
		for _, s := range doc.Sentences {
			for _, x := range s.Times {
				got = append(got, x.Text+"="+x.Value.Format("2006-01-02"))
			}
		}
		if g := strings.Join(got, ";"); g != c.want {
			t.Errorf("%q: times %q, want %q", c.text, g, c.want)
		}
	}
}

// TestEntitiesAfterScreens checks names that the entity finder's shape
// screens must still let through: a gazetteer place, an organisation
// word, a title before a name.
func TestEntitiesAfterScreens(t *testing.T) {
	a := newTestAnalyzer(t)
	doc := a.Analyze("Foreign Minister Sergei Lavrov met officials of the Arab League in Cairo on Monday.", time.Time{})
	s := doc.Sentences[0]
	found := map[string]EntityKind{}
	for _, e := range s.Entities {
		found[strings.Join(tokTexts(s.Tokens[e.Start:e.End]), " ")] = e.Kind
	}
	for _, name := range []string{"Sergei Lavrov", "Arab League", "Cairo"} {
		if _, ok := found[name]; !ok {
			t.Errorf("no entity %q in %v", name, found)
		}
	}
}

// tokTexts returns the texts of toks.
func tokTexts(toks []Token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Text
	}
	return out
}
