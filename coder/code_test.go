package coder

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/heraldevents/herald/actor"
	"github.com/heraldevents/herald/article"
	"github.com/heraldevents/herald/event"
	"github.com/heraldevents/herald/nlp"
)

// sb builds one analysed sentence by hand, so that the coder is tested
// apart from the language layer. Words are "text/TAG/lemma" (lemma
// defaults to the lower-case text).
type sb struct {
	doc *nlp.Document
	s   *nlp.Sentence
	ms  []actor.Mention
}

func build(spec string) *sb {
	var toks []nlp.Token
	var text strings.Builder
	for _, w := range strings.Fields(spec) {
		parts := strings.Split(w, "/")
		tk := nlp.Token{Text: strings.ReplaceAll(parts[0], "_", " "), Tag: "NN"}
		if len(parts) > 1 {
			tk.Tag = parts[1]
		}
		tk.Lemma = strings.ToLower(tk.Text)
		if len(parts) > 2 {
			tk.Lemma = parts[2]
		}
		if text.Len() > 0 {
			text.WriteByte(' ')
		}
		tk.Start = text.Len()
		text.WriteString(tk.Text)
		tk.End = text.Len()
		toks = append(toks, tk)
	}
	doc := &nlp.Document{Text: text.String()}
	doc.Sentences = []nlp.Sentence{{Index: 0, Start: 0, End: text.Len(), Text: text.String(), Tokens: toks}}
	return &sb{doc: doc, s: &doc.Sentences[0]}
}

// np adds an NP chunk.
func (b *sb) np(start, end int) *sb {
	b.s.Chunks = append(b.s.Chunks, nlp.Chunk{Kind: nlp.NP, Start: start, End: end, Head: end - 1, Apposition: -1, Possessor: -1})
	return b
}

// actor adds a mention (and its NP chunk) resolving to codes.
func (b *sb) actor(start, end int, agency bool, codes ...string) *sb {
	m := actor.Mention{Sentence: 0, Start: start, End: end, Head: end - 1, Agency: agency, Basis: "dictionary", Rule: "test"}
	var parts []string
	for i := start; i < end; i++ {
		parts = append(parts, b.s.Tokens[i].Text)
	}
	m.Text = strings.Join(parts, " ")
	for _, c := range codes {
		a := actor.Actor{Code: c}
		if len(c) >= 3 {
			a.Country = c[:3]
		}
		if len(c) > 3 {
			a.Sectors = []string{c[3:]}
		}
		m.Actors = append(m.Actors, a)
	}
	b.ms = append(b.ms, m)
	return b.np(start, end)
}

func arg(start, end int) *nlp.Arg { return &nlp.Arg{Start: start, End: end, Head: end - 1, Chunk: -1} }

// clause adds a clause with verb head h (group [vs, h+1)).
func (b *sb) clause(vs, h int, lemma string, subj, obj *nlp.Arg, parent int, f func(*nlp.Clause)) *sb {
	c := nlp.Clause{Verb: nlp.VerbGroup{Start: vs, End: h + 1, Head: h, Lemma: lemma, Particle: -1, Tense: nlp.Past},
		Subject: subj, Object: obj, SurfaceSubject: subj, Parent: parent}
	if f != nil {
		f(&c)
	}
	b.s.Clauses = append(b.s.Clauses, c)
	return b
}

func (b *sb) input() Input {
	return Input{Article: article.Article{ID: "a1", Outlet: "Test Daily"}, Doc: b.doc, Mentions: b.ms}
}

func testCoder(t testing.TB) *Coder {
	t.Helper()
	c, err := New(Options{NoBuiltin: true, Patterns: []string{"testdata/patterns.txt"}})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

type want struct{ src, code, tgt, modality string }

func got(evs []event.Event) []want {
	var out []want
	for _, e := range evs {
		w := want{code: e.CAMEO.Code, modality: e.Modality, src: "-", tgt: "-"}
		if e.Source != nil {
			w.src = e.Source.Code
		}
		if e.Target != nil {
			w.tgt = e.Target.Code
		}
		out = append(out, w)
	}
	return out
}

func TestCodeConstructed(t *testing.T) {
	c := testCoder(t)
	cases := []struct {
		name string
		b    *sb
		want []want
	}{
		{"active", build("Syria/NNP accused/VBD/accuse Turkey/NNP ./.").actor(0, 1, false, "SYR").actor(2, 3, false, "TUR").
			clause(1, 1, "accuse", arg(0, 1), arg(2, 3), -1, nil),
			[]want{{"SYR", "112", "TUR", "asserted"}}},
		{"passive with agent", build("Turkey/NNP was/VBD/be accused/VBN/accuse by/IN Syria/NNP ./.").actor(0, 1, false, "TUR").actor(4, 5, false, "SYR").
			clause(1, 2, "accuse", arg(4, 5), arg(0, 1), -1, func(c *nlp.Clause) { c.Verb.Passive = true; c.SurfaceSubject = arg(0, 1) }),
			[]want{{"SYR", "112", "TUR", "asserted"}}},
		{"passive: a target slot does not take the by-agent", build("Congo/NNP was/VBD/be attacked/VBN/attack by/IN Burundi/NNP").
			actor(0, 1, false, "COG").actor(4, 5, false, "BDI").
			clause(1, 2, "attack", arg(4, 5), arg(0, 1), -1, func(c *nlp.Clause) {
				c.Verb.Passive = true
				c.SurfaceSubject = arg(0, 1)
				c.Preps = []nlp.Arg{{Start: 4, End: 5, Head: 4, Prep: "by", Chunk: -1}}
			}),
			[]want{{"BDI", "190", "COG", "asserted"}}},
		{"compound subject", build("Syria/NNP and/CC Iran/NNP accused/VBD/accuse Turkey/NNP").actor(0, 3, false, "SYR", "IRN").actor(4, 5, false, "TUR").
			clause(3, 3, "accuse", arg(0, 3), arg(4, 5), -1, nil),
			[]want{{"SYR", "112", "TUR", "asserted"}, {"IRN", "112", "TUR", "asserted"}}},
		{"agency reporting is attribution", build("IRNA/NNP said/VBD/say Syria/NNP accused/VBD/accuse Turkey/NNP").actor(0, 1, true, "IRNMED").
			actor(2, 3, false, "SYR").actor(4, 5, false, "TUR").
			clause(1, 1, "say", arg(0, 1), nil, -1, func(c *nlp.Clause) { c.Reporting = true }).
			clause(3, 3, "accuse", arg(2, 3), arg(4, 5), 0, nil),
			[]want{{"SYR", "112", "TUR", "asserted"}}},
		{"negated", build("Syria/NNP did/VBD/do not/RB accuse/VB Turkey/NNP").actor(0, 1, false, "SYR").actor(4, 5, false, "TUR").
			clause(1, 3, "accuse", arg(0, 1), arg(4, 5), -1, func(c *nlp.Clause) { c.Verb.Negated = true }),
			[]want{{"SYR", "112", "TUR", "negated"}}},
		{"intended meeting is 036", build("Syria/NNP plans/VBZ/plan to/TO meet/VB Turkey/NNP").actor(0, 1, false, "SYR").actor(4, 5, false, "TUR").
			clause(1, 1, "plan", arg(0, 1), nil, -1, nil).
			clause(2, 3, "meet", nil, arg(4, 5), 0, nil),
			[]want{{"SYR", "036", "TUR", "intended"}}},
		{"phone call between, both directions", build("a/DT phone/NN call/NN took/VBD/take place/NN between/IN Syria/NNP and/CC Iran/NNP").
			actor(6, 7, false, "SYRGOV").actor(8, 9, false, "IRNGOV").
			clause(3, 3, "take", arg(0, 3), nil, -1, func(c *nlp.Clause) { c.Preps = []nlp.Arg{{Start: 6, End: 9, Head: 8, Prep: "between", Chunk: -1}} }),
			[]want{{"SYRGOV", "041", "IRNGOV", "asserted"}, {"IRNGOV", "041", "SYRGOV", "asserted"}}},
		{"compound inside one phrase fills $ and +", build("a/DT phone/NN call/NN between/IN the/DT Syrian/JJ and/CC Iranian/JJ ministers/NNS").
			actor(4, 9, false, "SYRGOV", "IRNGOV"),
			[]want{{"SYRGOV", "041", "IRNGOV", "asserted"}, {"IRNGOV", "041", "SYRGOV", "asserted"}}},
		{"demanded withdrawal is 1056 from the demander", build("Syria/NNP demanded/VBD/demand the/DT withdrawal/NN of/IN Turkish/JJ forces/NNS").
			actor(0, 1, false, "SYRGOV").actor(5, 7, false, "TURMIL").
			clause(1, 1, "demand", arg(0, 1), arg(2, 7), -1, nil),
			[]want{{"SYRGOV", "1056", "TURMIL", "demanded"}}},
		{"discard blocks", build("Syria/NNP fired/VBD/fire employees/NNS/employee at/IN Turkey/NNP").actor(0, 1, false, "SYR").actor(4, 5, false, "TUR").
			clause(1, 1, "fire", arg(0, 1), arg(2, 3), -1, nil),
			nil},
		{"fire on is 190", build("Syria/NNP fired/VBD/fire on/IN Turkey/NNP").actor(0, 1, false, "SYRMIL").actor(3, 4, false, "TUR").
			clause(1, 1, "fire", arg(0, 1), nil, -1, func(c *nlp.Clause) { c.Preps = []nlp.Arg{{Start: 3, End: 4, Head: 3, Prep: "on", Chunk: -1}} }),
			[]want{{"SYRMIL", "190", "TUR", "asserted"}}},
		{"no self event", build("Syria/NNP accused/VBD/accuse Syria/NNP").actor(0, 1, false, "SYR").actor(2, 3, false, "SYR").
			clause(1, 1, "accuse", arg(0, 1), arg(2, 3), -1, nil),
			nil},
		{"compound subject, no target: reciprocal", build("Syria/NNP and/CC Iran/NNP met/VBD/meet").actor(0, 3, false, "SYR", "IRN").
			clause(3, 3, "meet", arg(0, 3), nil, -1, nil),
			[]want{{"SYR", "040", "IRN", "asserted"}, {"IRN", "040", "SYR", "asserted"}}},
		{"no verb", build("Syria/NNP ,/, Iran/NNP ,/, Turkey/NNP").actor(0, 1, false, "SYR").actor(2, 3, false, "IRN"), nil},
	}
	for _, cs := range cases {
		t.Run(cs.name, func(t *testing.T) {
			var tr bytes.Buffer
			evs := c.Explain(cs.b.input(), &tr)
			g := got(evs)
			if len(g) != len(cs.want) {
				t.Fatalf("got %v, want %v\n%s", g, cs.want, tr.String())
			}
			for i := range g {
				if g[i] != cs.want[i] {
					t.Fatalf("event %d: got %v, want %v\n%s", i, g[i], cs.want[i], tr.String())
				}
			}
			// Code and Explain agree
			if g2 := got(c.Code(cs.b.input())); len(g2) != len(g) {
				t.Fatalf("Code gave %v, Explain %v", g2, g)
			}
			for _, e := range evs {
				if e.ID == "" || e.Rule == "" || e.CAMEO.Name == "" || e.PLOVER.Type == "" || e.QuadClass == 0 {
					t.Errorf("incomplete event: %+v", e)
				}
				if e.Evidence.Spans.Verb == nil || e.Evidence.Sentence == "" {
					t.Errorf("no evidence: %+v", e.Evidence)
				}
				if e.Source != nil && e.Source.Code == "IRNMED" {
					t.Errorf("an agency became a source: %+v", e)
				}
			}
			if len(cs.want) == 0 && !strings.Contains(tr.String(), "no event") && !strings.Contains(tr.String(), "DISCARD") {
				t.Errorf("trace does not say why there is no event:\n%s", tr.String())
			}
		})
	}
}

func TestAttributionAndDate(t *testing.T) {
	c := testCoder(t)
	b := build("IRNA/NNP said/VBD/say yesterday/NN Syria/NNP accused/VBD/accuse Turkey/NNP in/IN Geneva/NNP").
		actor(0, 1, true, "IRNMED").actor(3, 4, false, "SYR").actor(5, 6, false, "TUR").actor(7, 8, false, "CHE").
		clause(1, 1, "say", arg(0, 1), nil, -1, func(c *nlp.Clause) { c.Reporting = true }).
		clause(4, 4, "accuse", arg(3, 4), arg(5, 6), 0, func(c *nlp.Clause) {
			c.Preps = []nlp.Arg{{Start: 7, End: 8, Head: 7, Prep: "in", Chunk: -1}}
		})
	b.s.Entities = []nlp.Entity{{Kind: nlp.Place, Start: 7, End: 8}}
	pub := time.Date(2023, 3, 8, 0, 0, 0, 0, time.UTC)
	b.s.Times = []nlp.Timex{{Start: 2, End: 3, Text: "yesterday", Value: pub.AddDate(0, 0, -1), Precision: nlp.Day, Relative: true, Resolved: true}}
	in := b.input()
	evs := c.Code(in)
	if len(evs) != 1 {
		t.Fatalf("got %d events", len(evs))
	}
	e := evs[0]
	if e.Attribution.ReportedBy != "IRNA" || e.Attribution.Outlet != "Test Daily" {
		t.Errorf("attribution = %+v", e.Attribution)
	}
	if e.Date != "2023-03-07" || e.DateBasis != event.BasisRelative || e.DatePrecision != "day" || e.DateText != "yesterday" {
		t.Errorf("date = %q %q %q %q", e.Date, e.DateBasis, e.DatePrecision, e.DateText)
	}
	if e.Location == nil || e.Location.Text != "Geneva" || e.Location.Country != "CHE" {
		t.Errorf("location = %+v", e.Location)
	}
	if e.Target == nil || e.Target.Code != "TUR" {
		t.Errorf("target = %+v (the place must not be the target)", e.Target)
	}
	// no time expression: the publication date, then none
	b.s.Times = nil
	in = b.input()
	in.Article.Published = pub
	if e := c.Code(in)[0]; e.Date != "2023-03-08" || e.DateBasis != event.BasisPublished {
		t.Errorf("published fallback: %q %q", e.Date, e.DateBasis)
	}
	in.Article.Published = time.Time{}
	if e := c.Code(in)[0]; e.Date != "" || e.DateBasis != event.BasisNone || e.DatePrecision != event.PrecisionUnknown {
		t.Errorf("no date: %q %q %q", e.Date, e.DateBasis, e.DatePrecision)
	}
	// stable ids
	if a, b2 := c.Code(in)[0].ID, c.Code(in)[0].ID; a != b2 || len(a) != 20 {
		t.Errorf("ids not stable: %s %s", a, b2)
	}
}

func TestAnonymousSource(t *testing.T) {
	c := testCoder(t)
	b := build("a/DT diplomatic/JJ source/NN said/VBD/say Syria/NNP accused/VBD/accuse Turkey/NNP").
		actor(4, 5, false, "SYR").actor(6, 7, false, "TUR").np(0, 3).
		clause(3, 3, "say", arg(0, 3), nil, -1, func(c *nlp.Clause) { c.Reporting = true }).
		clause(5, 5, "accuse", arg(4, 5), arg(6, 7), 0, nil)
	evs := c.Code(b.input())
	if len(evs) != 1 || !evs[0].Attribution.Anonymous || evs[0].Attribution.SaidBy != "a diplomatic source" {
		t.Fatalf("anonymous source not recorded: %+v", evs)
	}
}

func TestNilAndEmpty(t *testing.T) {
	c := testCoder(t)
	if evs := c.Code(Input{}); evs != nil {
		t.Errorf("nil doc gave %v", evs)
	}
	if evs := c.Code(Input{Doc: &nlp.Document{Sentences: []nlp.Sentence{{}}}}); evs != nil {
		t.Errorf("empty sentence gave %v", evs)
	}
	// malformed indices must not panic
	b := build("Syria/NNP accused/VBD/accuse Turkey/NNP")
	b.s.Clauses = []nlp.Clause{{Verb: nlp.VerbGroup{Start: -5, End: 99, Head: 50}, Subject: arg(-3, 80), Object: arg(7, 2), Parent: 7}}
	b.ms = []actor.Mention{{Start: -1, End: 100, Actors: []actor.Actor{{Code: "SYR"}}}, {Start: 2, End: 1}}
	b.s.Chunks = []nlp.Chunk{{Kind: nlp.NP, Start: 5, End: 2}, {Kind: nlp.NP, Start: 0, End: 1, Conjuncts: []int{9, -2}}}
	b.s.Times = []nlp.Timex{{Start: -1, End: 30}}
	_ = c.Code(b.input())
	b.s.Clauses[0].Verb.Head = 1
	_ = c.Code(b.input())
}

// TestConcurrent codes the same inputs from several goroutines: a Coder
// is shared and must give the same events every time (run with -race).
func TestConcurrent(t *testing.T) {
	c := testCoder(t)
	b := build("Syria/NNP and/CC Iran/NNP accused/VBD/accuse Turkey/NNP").actor(0, 3, false, "SYR", "IRN").actor(4, 5, false, "TUR").
		clause(3, 3, "accuse", arg(0, 3), arg(4, 5), -1, nil)
	want := got(c.Code(b.input()))
	errs := make(chan string, 8)
	done := make(chan struct{})
	for g := 0; g < 8; g++ {
		go func() {
			defer func() { done <- struct{}{} }()
			for i := 0; i < 50; i++ {
				g := got(c.Code(b.input()))
				if len(g) != len(want) || g[0] != want[0] {
					errs <- "different events under concurrency"
					return
				}
			}
		}()
	}
	for g := 0; g < 8; g++ {
		<-done
	}
	close(errs)
	for e := range errs {
		t.Fatal(e)
	}
}
