package nlp

import (
	"os"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/heraldevents/herald/internal/testcorpus"
)

// checkInvariants verifies what every later stage relies on: offsets
// point into the text, tokens are in order, every index is in range.
func checkInvariants(t *testing.T, text string, d *Document) {
	t.Helper()
	if d.Text != text {
		t.Fatalf("document text changed")
	}
	last := 0
	for si, s := range d.Sentences {
		if s.Index != si {
			t.Fatalf("sentence %d has index %d", si, s.Index)
		}
		if len(s.Tokens) == 0 {
			t.Fatalf("sentence %d has no tokens", si)
		}
		if s.Start < last || s.End > len(text) || s.Start > s.End || text[s.Start:s.End] != s.Text {
			t.Fatalf("sentence %d span %d-%d bad", si, s.Start, s.End)
		}
		for ti, tok := range s.Tokens {
			if tok.Start < last || tok.End > len(text) || tok.Start >= tok.End || text[tok.Start:tok.End] != tok.Text {
				t.Fatalf("sentence %d token %d span %d-%d bad (%q)", si, ti, tok.Start, tok.End, tok.Text)
			}
			if tok.Tag == "" {
				t.Fatalf("token %q has no tag", tok.Text)
			}
			last = tok.End
		}
		n := len(s.Tokens)
		inRange := func(a, b int) bool { return a >= 0 && b <= n && a < b }
		for _, e := range s.Entities {
			if !inRange(e.Start, e.End) {
				t.Fatalf("entity span %d-%d out of range", e.Start, e.End)
			}
		}
		for _, c := range s.Chunks {
			if !inRange(c.Start, c.End) || c.Head < c.Start || c.Head >= c.End {
				t.Fatalf("chunk %+v out of range", c)
			}
			for _, k := range c.Conjuncts {
				if k < 0 || k >= len(s.Chunks) {
					t.Fatalf("conjunct %d out of range", k)
				}
			}
			if c.Apposition >= len(s.Chunks) || c.Possessor >= len(s.Chunks) {
				t.Fatalf("chunk link out of range")
			}
		}
		for _, cl := range s.Clauses {
			v := cl.Verb
			if !inRange(v.Start, v.End) || v.Head < 0 || v.Head >= n {
				t.Fatalf("verb group %+v out of range", v)
			}
			for _, a := range []*Arg{cl.Subject, cl.Object, cl.SurfaceSubject} {
				if a != nil && !inRange(a.Start, a.End) {
					t.Fatalf("argument %+v out of range", a)
				}
			}
			for _, a := range cl.Preps {
				if !inRange(a.Start, a.End) {
					t.Fatalf("attachment %+v out of range", a)
				}
			}
			if cl.Parent >= len(s.Clauses) {
				t.Fatalf("parent %d out of range", cl.Parent)
			}
		}
		for _, tx := range s.Times {
			if !inRange(tx.Start, tx.End) {
				t.Fatalf("time %+v out of range", tx)
			}
		}
		for _, a := range s.Attributions {
			if !inRange(a.Start, a.End) {
				t.Fatalf("attribution %+v out of range", a)
			}
		}
	}
	for _, q := range d.Quotes {
		if q.Start < 0 || q.End > len(text) || q.Start > q.End || q.SpeakerEnd > len(text) || q.SpeakerStart > q.SpeakerEnd || q.SpeakerSentence >= len(d.Sentences) {
			t.Fatalf("quote %+v out of range", q)
		}
	}
}

// FuzzAnalyze feeds arbitrary text to the analyzer: it must never panic
// and always return well-formed offsets.
func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{
		"",
		"Dr. Smith met Gen. Jones in Feb. 2021. They talked.",
		"Faisal Al-Miqdad, the Minister of Foreign Affairs and Expatriates, said: “We will not accept it.”",
		"THE ARMY SAID IT HAD KILLED TEN MILITANTS NEAR THE BORDER",
		"no punctuation at all just words and words and more words",
		"Дамаск и Тегеран обсудили. دمشق طهران 北京 met Iran's envoy",
		"\x00\x01\x02 control \x1b[31m chars \x7f",
		"\xff\xfe invalid \xc3\x28 utf8 \xa0\xa1",
		"“unclosed quote and ” closing ‘single’ \"straight",
		"(((((((((( ]]]]]]]]] ..... !!!!!! ????? —— -- ''' ```",
		"Iran's and Russia's, and, and, the the the of of of, , , .",
		"homeland.Syrian refugees.The end.Yes",
		"A few days ago the talks began on March 3, 2023; last week, yesterday, in May 2022, 12/25/2022.",
		"(function(d, s, id){ var js = d.getElementsByTagName(s)[0]; }(document, 'script'));",
	} {
		f.Add(s)
	}
	a, err := sharedAnalyzer()
	if err != nil {
		f.Fatal(err)
	}
	pub := time.Date(2023, 3, 3, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, text string) {
		d := a.Analyze(text, pub)
		checkInvariants(t, text, d)
		d = a.Analyze(text, time.Time{})
		checkInvariants(t, text, d)
	})
}

// TestPathological runs the inputs the issue names through the analyzer.
func TestPathological(t *testing.T) {
	a := newTestAnalyzer(t)
	long := strings.Repeat("the minister of Syria and ", 2500) // 12,500 tokens
	caps := strings.ToUpper(strings.Repeat("Syria's army said it attacked the rebels near Homs. ", 200))
	mixed := strings.Repeat("Damascus دمشق Тегеран 北京 \x01\x02\xff ", 500)
	for name, text := range map[string]string{"long": long, "caps": caps, "mixed": mixed} {
		t.Run(name, func(t *testing.T) {
			d := a.Analyze(text, time.Time{})
			checkInvariants(t, text, d)
			for _, s := range d.Sentences {
				if len(s.Tokens) > maxSentenceTokens {
					t.Errorf("sentence of %d tokens", len(s.Tokens))
				}
			}
		})
	}
	// Invalid UTF-8 stays inside tokens byte for byte.
	d := a.Analyze("Iran \xff\xfe said", time.Time{})
	if !utf8.ValidString(d.Sentences[0].Tokens[0].Text) || d.Sentences[0].Tokens[1].Text != "\xff\xfe" {
		t.Errorf("tokens %+v", d.Sentences[0].Tokens)
	}
}

// TestConcurrent analyses documents from many goroutines with one
// Analyzer; run with -race to check that it is safe.
func TestConcurrent(t *testing.T) {
	a := newTestAnalyzer(t)
	texts := []string{
		"The minister said that Iran would attend the meeting in Moscow on Tuesday.",
		"Syria, Russia, Iran and Turkey will hold talks. “We are ready,” Kalin said.",
		"Rebels seize town\n\nRebels seized the town yesterday.",
	}
	want := make([]int, len(texts))
	for i, s := range texts {
		want[i] = len(a.Analyze(s, time.Time{}).Sentences[0].Clauses)
	}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for k := 0; k < 50; k++ {
				i := (g + k) % len(texts)
				if got := len(a.Analyze(texts[i], time.Time{}).Sentences[0].Clauses); got != want[i] {
					t.Errorf("text %d: %d clauses, want %d", i, got, want[i])
				}
			}
		}(g)
	}
	wg.Wait()
}

// TestQuartetArticle checks the example article: the structures the coder
// needs from it, found by the general mechanisms.
func TestQuartetArticle(t *testing.T) {
	b, err := os.ReadFile(testcorpus.Shared(t, "examples", "quartet-phone-call.txt"))
	if err != nil {
		t.Fatal(err)
	}
	a := newTestAnalyzer(t)
	d := a.Analyze(string(b), time.Time{})
	checkInvariants(t, string(b), d)
	for _, line := range []string{
		"headline 0",
		"notheadline 2",
		"lemmaof took = take",
		"subj took = the phone call",
		"prep took between = the Minister of Foreign Affairs and Expatriates, Faisal Al-Miqdad, and his Iranian counterpart, Hussein Amir Abdullahian",
		"appos the Minister => Faisal Al-Miqdad",
		"appos his Iranian counterpart => Hussein Amir Abdullahian",
		"ent PERSON Faisal Al-Miqdad",
		"ent PERSON Hussein Amir Abdullahian",
		"ent ORG IRNA",
		"ent ORG Anadolu Agency",
		"attr said = The official Iranian News Agency, IRNA",
		"attr according to = Anadolu Agency",
		"attr reported = IRNA",
		"marker hold = efforts under way",
		"marker prepare = aim to",
		"conj Syria | Russia | Iran | Turkey",
		"quote The four-way consultations at the level of deputy foreign ministers aim to prepare a meeting of foreign ministers. => Russian Deputy Foreign Minister Mikhail Bogdanov",
		"time yesterday = unresolved day",
		"time A few days ago = unresolved week",
	} {
		if err := checkLine(d, line); err != nil {
			t.Errorf("%s: %v", line, err)
		}
	}
	if d.Sentences[1].Text != "Intensive and continuous contacts in preparation for holding the “quartet” meeting in Moscow" || !d.Sentences[1].Headline {
		t.Errorf("second headline sentence %q", d.Sentences[1].Text)
	}
	// The script tail yields no clauses and no entities.
	lastS := d.Sentences[len(d.Sentences)-1]
	if !strings.Contains(lastS.Text, "facebook-jssdk") || len(lastS.Clauses) != 0 || len(lastS.Entities) != 0 {
		t.Errorf("script tail analysed: %q clauses=%d", lastS.Text, len(lastS.Clauses))
	}
	// The scraping glitch "return. Syrian refugees" stays two sentences
	// and the second quote's speaker is carried from the first.
	if n := len(d.Quotes); n != 2 {
		t.Fatalf("%d quotes", n)
	}
	q := d.Quotes[1]
	if got := d.Text[q.SpeakerStart:q.SpeakerEnd]; got != "Russian Deputy Foreign Minister Mikhail Bogdanov" {
		t.Errorf("second quote speaker %q", got)
	}
}
