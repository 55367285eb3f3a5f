package nlp

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// The structure tests are written in a small line language so that each
// case reads as what a person would check by hand. Every line of a case
// asserts one exact span or value:
//
//	sents A | B            the sentence texts, in order
//	nsents N               the number of sentences
//	headline N             sentence N is a headline (notheadline N: is not)
//	toks a b c             the tokens of the first sentence
//	tag WORD TAG           the first token WORD has tag TAG
//	lemma WORD LEMMA       the first token WORD has lemma LEMMA
//	ent KIND text          an entity of KIND covers exactly text
//	noent text             no entity covers exactly text
//	appos X => Y           the NP chunk X has the NP chunk Y in apposition
//	poss X <= Y            the NP chunk X is possessed by the NP chunk Y
//	conj A | B | C         an NP chunk's conjuncts are exactly A, B, C
//	chunk KIND text        a chunk of KIND covers exactly text
//	subj V = text          the clause of verb V has this logical subject
//	surf V = text          ... this surface subject
//	obj V = text           ... this logical object
//	subjhead V = word      ... a subject whose head token is word (objhead: object)
//	nosubj V / noobj V     ... has no subject / object
//	prep V P = text        ... a prepositional attachment P with this NP
//	noprep V P             ... no prepositional attachment P
//	parent V = W           the clause of V is embedded in the clause of W
//	noparent V             the clause of V is at the top
//	reporting V            the clause of V is a verb of saying
//	relative V             the clause of V is a relative clause (notrelative V: is not)
//	passive V / active V   voice of V
//	neg V / pos V          V is negated / not
//	modal V = M            the modal of V
//	marker V = M           V carries the marker M
//	nomarker V = M         V does not carry the marker M
//	nomarkers V            V carries no marker
//	tense V = T            the tense of V
//	lemmaof V = L          the verb-group lemma of V
//	attr CUE = text        an attribution with this cue and source
//	quote text => speaker  a quote with exactly this text and speaker ("?" for none)
//	time text = VALUE PREC a time expression: VALUE is 2006-01-02 or "unresolved"
//	notime                 the text has no time expression
//	clauses N              the first sentence has N clauses
//
// V names a clause by the text of its main verb token (the first clause
// whose verb head is V).

type specCase struct {
	text   string
	pub    string // publication date, 2006-01-02, or "" for unknown
	checks string // one check per line
}

func (c specCase) run(t *testing.T, a *Analyzer) {
	var pub time.Time
	if c.pub != "" {
		var err error
		pub, err = time.Parse("2006-01-02", c.pub)
		if err != nil {
			t.Fatalf("bad pub date %q", c.pub)
		}
	}
	d := a.Analyze(c.text, pub)
	for _, line := range strings.Split(c.checks, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if err := checkLine(d, line); err != nil {
			t.Errorf("%s\n    check: %s\n    %v", c.text, line, err)
		}
	}
}

func spanText(d *Document, s *Sentence, start, end int) string {
	if start < 0 || end > len(s.Tokens) || start >= end {
		return ""
	}
	return d.Text[s.Tokens[start].Start:s.Tokens[end-1].End]
}

// findClause returns the first clause whose verb head token is v.
func findClause(d *Document, v string) (*Sentence, *Clause, int) {
	for si := range d.Sentences {
		s := &d.Sentences[si]
		for ci := range s.Clauses {
			if s.Tokens[s.Clauses[ci].Verb.Head].Text == v {
				return s, &s.Clauses[ci], ci
			}
		}
	}
	return nil, nil, -1
}

func argText(d *Document, s *Sentence, a *Arg) string {
	if a == nil {
		return "<none>"
	}
	return spanText(d, s, a.Start, a.End)
}

func split2(s, sep string) (string, string) {
	a, b, _ := strings.Cut(s, sep)
	return strings.TrimSpace(a), strings.TrimSpace(b)
}

func checkLine(d *Document, line string) error {
	op, rest, _ := strings.Cut(line, " ")
	rest = strings.TrimSpace(rest)
	switch op {
	case "sents":
		want := strings.Split(rest, " | ")
		var got []string
		for _, s := range d.Sentences {
			got = append(got, s.Text)
		}
		if strings.Join(got, " | ") != strings.Join(want, " | ") {
			return fmt.Errorf("sentences %q", got)
		}
		return nil
	case "nsents":
		var n int
		fmt.Sscan(rest, &n)
		if len(d.Sentences) != n {
			return fmt.Errorf("%d sentences", len(d.Sentences))
		}
		return nil
	case "headline", "notheadline":
		var n int
		fmt.Sscan(rest, &n)
		if n >= len(d.Sentences) {
			return fmt.Errorf("no sentence %d", n)
		}
		if d.Sentences[n].Headline != (op == "headline") {
			return fmt.Errorf("headline=%v", d.Sentences[n].Headline)
		}
		return nil
	case "toks":
		var got []string
		for _, t := range d.Sentences[0].Tokens {
			got = append(got, t.Text)
		}
		if strings.Join(got, " ") != rest {
			return fmt.Errorf("tokens %q", got)
		}
		return nil
	case "tag", "lemma":
		w, want := split2(rest, " ")
		for _, s := range d.Sentences {
			for _, t := range s.Tokens {
				if t.Text == w {
					got := t.Tag
					if op == "lemma" {
						got = t.Lemma
					}
					if got != want {
						return fmt.Errorf("%s of %q is %q", op, w, got)
					}
					return nil
				}
			}
		}
		return fmt.Errorf("no token %q", w)
	case "ent", "noent":
		kind, text := split2(rest, " ")
		if op == "noent" {
			text = rest
		}
		var all []string
		for si := range d.Sentences {
			s := &d.Sentences[si]
			for _, e := range s.Entities {
				et := spanText(d, s, e.Start, e.End)
				all = append(all, string(e.Kind)+":"+et)
				if et == text && (op == "noent" || string(e.Kind) == kind) {
					if op == "noent" {
						return fmt.Errorf("unexpected entity %s", e.Kind)
					}
					return nil
				}
			}
		}
		if op == "noent" {
			return nil
		}
		return fmt.Errorf("entities %q", all)
	case "chunk":
		kind, text := split2(rest, " ")
		var all []string
		for si := range d.Sentences {
			s := &d.Sentences[si]
			for _, c := range s.Chunks {
				ct := spanText(d, s, c.Start, c.End)
				all = append(all, string(c.Kind)+":"+ct)
				if string(c.Kind) == kind && ct == text {
					return nil
				}
			}
		}
		return fmt.Errorf("chunks %q", all)
	case "appos", "poss":
		sep := " => "
		if op == "poss" {
			sep = " <= "
		}
		x, y := split2(rest, sep)
		for si := range d.Sentences {
			s := &d.Sentences[si]
			for _, c := range s.Chunks {
				if spanText(d, s, c.Start, c.End) != x {
					continue
				}
				ref := c.Apposition
				if op == "poss" {
					ref = c.Possessor
				}
				if ref < 0 {
					return fmt.Errorf("%q has no %s", x, op)
				}
				r := s.Chunks[ref]
				if got := spanText(d, s, r.Start, r.End); got != y {
					return fmt.Errorf("%s of %q is %q", op, x, got)
				}
				return nil
			}
		}
		return fmt.Errorf("no chunk %q", x)
	case "conj":
		want := strings.Split(rest, " | ")
		var seen []string
		for si := range d.Sentences {
			s := &d.Sentences[si]
			for _, c := range s.Chunks {
				if len(c.Conjuncts) == 0 {
					continue
				}
				var got []string
				for _, k := range c.Conjuncts {
					got = append(got, spanText(d, s, s.Chunks[k].Start, s.Chunks[k].End))
				}
				if strings.Join(got, " | ") == strings.Join(want, " | ") {
					return nil
				}
				seen = append(seen, strings.Join(got, " | "))
			}
		}
		return fmt.Errorf("coordinations %q", seen)
	case "subj", "surf", "obj", "nosubj", "noobj", "prep", "noprep", "parent", "noparent", "reporting", "notreporting", "relative",
		"notrelative", "subjhead", "objhead", "passive", "active", "neg", "pos", "modal", "marker", "nomarker", "nomarkers", "tense", "lemmaof":
		v, val := split2(rest, " = ")
		if op == "prep" {
			v, val = split2(rest, " = ")
		}
		var p string
		if op == "prep" {
			v, p = split2(v, " ")
		}
		if op == "noprep" {
			v, p = split2(rest, " ")
		}
		s, cl, _ := findClause(d, v)
		if cl == nil {
			return fmt.Errorf("no clause with verb %q", v)
		}
		vg := cl.Verb
		switch op {
		case "subj":
			if got := argText(d, s, cl.Subject); got != val {
				return fmt.Errorf("subject %q", got)
			}
		case "surf":
			if got := argText(d, s, cl.SurfaceSubject); got != val {
				return fmt.Errorf("surface subject %q", got)
			}
		case "obj":
			if got := argText(d, s, cl.Object); got != val {
				return fmt.Errorf("object %q", got)
			}
		case "subjhead", "objhead":
			a := cl.Subject
			if op == "objhead" {
				a = cl.Object
			}
			if a == nil || a.Head < 0 || a.Head >= len(s.Tokens) {
				return fmt.Errorf("no argument")
			}
			if got := s.Tokens[a.Head].Text; got != val {
				return fmt.Errorf("head %q", got)
			}
		case "nosubj":
			if cl.Subject != nil {
				return fmt.Errorf("subject %q", argText(d, s, cl.Subject))
			}
		case "noobj":
			if cl.Object != nil {
				return fmt.Errorf("object %q", argText(d, s, cl.Object))
			}
		case "prep":
			var got []string
			for i := range cl.Preps {
				pa := &cl.Preps[i]
				t := argText(d, s, pa)
				if pa.Prep == p && t == val {
					return nil
				}
				got = append(got, pa.Prep+" "+t)
			}
			return fmt.Errorf("preps %q", got)
		case "noprep":
			for i := range cl.Preps {
				if cl.Preps[i].Prep == p {
					return fmt.Errorf("prep %s %q", p, argText(d, s, &cl.Preps[i]))
				}
			}
		case "parent", "noparent":
			if cl.Parent < 0 {
				if op == "noparent" {
					return nil
				}
				return fmt.Errorf("no parent")
			}
			ph := s.Tokens[s.Clauses[cl.Parent].Verb.Head].Text
			if op == "noparent" {
				return fmt.Errorf("parent %q", ph)
			}
			if ph != val {
				return fmt.Errorf("parent %q", ph)
			}
		case "reporting":
			if !cl.Reporting {
				return fmt.Errorf("not reporting")
			}
		case "notreporting":
			if cl.Reporting {
				return fmt.Errorf("reporting")
			}
		case "relative":
			if !cl.Relative {
				return fmt.Errorf("not relative")
			}
		case "notrelative":
			if cl.Relative {
				return fmt.Errorf("relative")
			}
		case "passive", "active":
			if vg.Passive != (op == "passive") {
				return fmt.Errorf("passive=%v", vg.Passive)
			}
		case "neg", "pos":
			if vg.Negated != (op == "neg") {
				return fmt.Errorf("negated=%v", vg.Negated)
			}
		case "modal":
			if vg.Modal != val {
				return fmt.Errorf("modal %q", vg.Modal)
			}
		case "marker":
			for _, m := range vg.Markers {
				if m == val {
					return nil
				}
			}
			return fmt.Errorf("markers %q", vg.Markers)
		case "nomarker":
			for _, m := range vg.Markers {
				if m == val {
					return fmt.Errorf("markers %q", vg.Markers)
				}
			}
		case "nomarkers":
			if len(vg.Markers) > 0 {
				return fmt.Errorf("markers %q", vg.Markers)
			}
		case "tense":
			if string(vg.Tense) != val {
				return fmt.Errorf("tense %q", vg.Tense)
			}
		case "lemmaof":
			if vg.Lemma != val {
				return fmt.Errorf("lemma %q", vg.Lemma)
			}
		}
		return nil
	case "attr":
		cue, src := split2(rest, " = ")
		var got []string
		for si := range d.Sentences {
			s := &d.Sentences[si]
			for _, a := range s.Attributions {
				t := spanText(d, s, a.Start, a.End)
				if a.Cue == cue && t == src {
					return nil
				}
				got = append(got, a.Cue+"="+t)
			}
		}
		return fmt.Errorf("attributions %q", got)
	case "quote":
		text, who := split2(rest, " => ")
		var got []string
		for _, q := range d.Quotes {
			sp := "?"
			if q.SpeakerEnd > q.SpeakerStart {
				sp = d.Text[q.SpeakerStart:q.SpeakerEnd]
			}
			qt := d.Text[q.Start:q.End]
			if qt == text && sp == who {
				return nil
			}
			got = append(got, qt+" => "+sp)
		}
		return fmt.Errorf("quotes %q", got)
	case "time":
		text, v := split2(rest, " = ")
		val, prec := split2(v, " ")
		var got []string
		for _, s := range d.Sentences {
			for _, tx := range s.Times {
				gv := "unresolved"
				if tx.Resolved {
					gv = tx.Value.Format("2006-01-02")
				}
				if tx.Text == text && gv == val && string(tx.Precision) == prec {
					return nil
				}
				got = append(got, fmt.Sprintf("%s = %s %s", tx.Text, gv, tx.Precision))
			}
		}
		return fmt.Errorf("times %q", got)
	case "notime":
		for _, s := range d.Sentences {
			if len(s.Times) > 0 {
				return fmt.Errorf("time %q", s.Times[0].Text)
			}
		}
		return nil
	case "clauses":
		var n int
		fmt.Sscan(rest, &n)
		if got := len(d.Sentences[0].Clauses); got != n {
			return fmt.Errorf("%d clauses", got)
		}
		return nil
	}
	return fmt.Errorf("unknown check %q", op)
}

func TestSpecCases(t *testing.T) {
	a := newTestAnalyzer(t)
	n := 0
	for _, group := range [][]specCase{sentenceCases, entityCases, phraseCases, clauseCases, moreClauseCases, infinitiveCases, markerCases, quoteCases, timeCases, round2Cases, round2TagCases, round3Cases, q3Cases, r3Cases} {
		for _, c := range group {
			n++
			c.run(t, a)
		}
	}
	if n < 150 {
		t.Errorf("only %d cases", n)
	}
	t.Logf("%d hand-written cases", n)
}
