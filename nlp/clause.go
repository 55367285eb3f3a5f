package nlp

import (
	"slices"
	"strings"
)

// clauseBuilder finds the clauses of one sentence.
type clauseBuilder struct {
	s     *Sentence
	toks  []Token
	lower string // ASCII lower-case document text
	np    *npParser
	// tops are the extended NPs parsed left to right; topEnd maps a token
	// index e to the extended NP ending at e (exclusive), or -1.
	tops   []npSpan
	topEnd []int
	// inTime marks tokens inside a time expression.
	inTime []bool
	// vgClause maps a VG chunk index to its clause index.
	clauses []Clause
	sc      *scratch
	// relative, coord, infinitive mark how each clause was attached.
	kind []clauseKind
	// ante holds, per clause, the antecedent of a relative clause (nil
	// for other clauses): the surface subject of a subject relative, the
	// object of an object relative ("the deal that Russia rejected").
	ante []*Arg
}

type clauseKind uint8

const (
	kindMain clauseKind = iota
	kindInfinitive
	kindRelative
	kindCoordinated
	kindGerund
	kindParticiple
	kindNounInfinitive
)

// low returns the lower-case text of token i ("" out of range).
func (b *clauseBuilder) low(i int) string {
	if i < 0 || i >= len(b.toks) {
		return ""
	}
	t := &b.toks[i]
	return b.lower[t.Start:t.End]
}

func (b *clauseBuilder) tag(i int) string {
	if i < 0 || i >= len(b.toks) {
		return ""
	}
	return b.toks[i].Tag
}

// findClauses builds the clauses and attributions of a sentence.
func findClauses(s *Sentence, lower string, sc *scratch) ([]Clause, []Attribution) {
	sc.cb = clauseBuilder{s: s, toks: s.Tokens, lower: lower}
	b := &sc.cb
	b.np = newNPParser(s.Tokens, s.Chunks, lower, sc)
	n := len(s.Tokens)
	b.inTime = sc.inTime[:n+1]
	b.sc = sc
	nvg := 0
	for ci := range s.Chunks {
		if s.Chunks[ci].Kind == VG {
			nvg++
		}
	}
	// The clauses (one per verb group) are built in place in the
	// document's clause slab.
	sc.clauseSlab.reserve(nvg, sc.tokLeft/8+4)
	c0 := sc.clauseSlab.mark()
	b.clauses = sc.clauseSlab.buf[c0 : c0 : c0+nvg]
	b.kind = sc.kinds[:0]
	b.ante = sc.antes[:0]
	defer func() {
		clear(b.ante)
		sc.antes = b.ante[:0]
	}()
	defer func() { sc.kinds = b.kind[:0] }()
	// Top-level extended NPs, left to right.
	sc.topEnd = growInts(sc.topEnd, n+1)
	b.topEnd = sc.topEnd
	b.tops = sc.tops[:0]
	defer func() { sc.tops = b.tops[:0] }()
	covered := -1
	for ci := range s.Chunks {
		c := &s.Chunks[ci]
		if c.Kind != NP || c.Start < covered {
			continue
		}
		inObj := c.Start > 0 && (isVerb(b.tag(c.Start-1)) || b.tag(c.Start-1) == "IN" || b.tag(c.Start-1) == "TO")
		sp := b.np.parse(ci, inObj)
		b.tops = append(b.tops, sp)
		b.topEnd[sp.end] = len(b.tops) - 1
		covered = sp.end
	}
	for ci := range s.Chunks {
		if s.Chunks[ci].Kind != VG {
			continue
		}
		b.addClause(ci)
	}
	b.linkReporting()
	b.markers()
	nc := len(b.clauses)
	if nc <= nvg {
		sc.clauseSlab.buf = sc.clauseSlab.buf[:c0+nc]
	}
	return b.clauses[:nc:nc], b.attributions()
}

// newArg returns a pointer to a new Arg in the document's slab of
// arguments. (A full array is left to the Args that point into it.)
func (b *clauseBuilder) newArg(a Arg) *Arg {
	s := &b.sc.argSlab
	if len(s.buf) == cap(s.buf) {
		s.buf = make([]Arg, 0, b.sc.tokLeft/4+8)
	}
	s.buf = append(s.buf, a)
	return &s.buf[len(s.buf)-1]
}

// argOf makes an Arg from an extended NP.
func (b *clauseBuilder) argOf(sp npSpan, prep string) *Arg {
	return b.newArg(Arg{Start: sp.start, End: sp.end, Head: sp.head, Prep: prep, Chunk: sp.chunk})
}

// npAfter returns the extended NP starting at token i, skipping adverbs
// and time expressions, and whether one was found.
func (b *clauseBuilder) npAfter(i int) (npSpan, int, bool) {
	for i < len(b.toks) && (b.tag(i) == "RB" || b.inTime[i]) {
		i++
	}
	c := b.np.npAt(i)
	if c < 0 {
		return npSpan{}, i, false
	}
	inObj := true
	sp := b.np.parse(c, inObj)
	return sp, i, true
}

// subjectBefore finds the extended NP that ends right before token k
// (exclusive), extended leftwards over "NP prep NP" and "NP and NP"
// chains, which in subject position all belong to the subject.
func (b *clauseBuilder) subjectBefore(k int) (npSpan, bool) {
	i := k - 1
	for i >= 0 && (b.tag(i) == "RB" || (b.inTime[i] && b.s.Tokens[i].Tag != "IN") || b.tag(i) == "IN" && b.inTime[i+1] && b.low(i) != "that") {
		i--
	}
	if i < 0 {
		return npSpan{}, false
	}
	// A parenthetical between dashes or brackets right before the verb
	// ("the decision - the sixth such move - has opened") is skipped.
	for round := 0; round < 3 && i > 0; round++ {
		w := b.low(i)
		if w != "-" && w != "—" && w != "–" && w != "--" && w != ")" {
			break
		}
		open := w
		if w == ")" {
			open = "("
		}
		j := i - 1
		for j >= 0 && i-j < 40 && b.low(j) != open {
			j--
		}
		if j <= 0 || b.low(j) != open {
			break
		}
		i = j - 1
	}
	comma := false
	if b.low(i) == "," {
		comma = true
		i--
	}
	t := b.topEnd[i+1]
	if t < 0 {
		return npSpan{}, false
	}
	sp := b.tops[t]
	links := 0
	for {
		p := sp.start - 1
		pw := b.low(p)
		var prev int
		switch {
		case (b.tag(p) == "IN" || isPrepLike(pw)) && pw != "that" && pw != "if" && pw != "because" && pw != "while" && pw != "although" && pw != "as" && pw != "since":
			prev = b.topEnd[p]
			if isClauseOpener(pw) && b.vgBefore(p) {
				// "... to Turkey after members of Congress accused":
				// after a verb, a subordinator opens the subject's
				// clause ("The talks after the summit collapsed"
				// keeps its prepositional phrase).
				prev = -1
			}
		case pw == "and" || pw == "or":
			if b.low(p-1) == "," {
				p--
			}
			prev = b.topEnd[p]
			// "captured the airport and the police withdrew": an object
			// before "and" makes "and" join two clauses.
			if prev >= 0 && isVerb(b.tag(b.tops[prev].start-1)) {
				prev = -1
			}
		default:
			prev = -1
		}
		if prev < 0 {
			break
		}
		ps := b.tops[prev]
		sp = npSpan{start: ps.start, end: sp.end, head: ps.head, chunk: ps.chunk}
		links++
	}
	if comma && links == 0 {
		// "The official Iranian News Agency, IRNA, said": an apposition
		// or list closed by a comma is still the subject.
		inner := false
		for k := sp.start; k < sp.end; k++ {
			if b.low(k) == "," {
				inner = true
				break
			}
		}
		if !inner || sp.start > 0 && b.tag(sp.start-1) == "IN" {
			// "President X, following the deal, has taken": a phrase
			// enclosed in commas between subject and verb is skipped.
			p := sp.start - 1
			if b.low(p) == "to" && b.low(p-1) == "according" {
				p-- // "The attack, according to local officials, killed"
			}
			if p > 1 && b.low(p-1) == "," && (b.tag(p) == "IN" || b.tag(p) == "VBG" || isPrepLike(b.low(p))) && !isClauseOpener(b.low(p)) {
				// Only when that subject opens its clause: in "few of the
				// conditions set by the UN chief, X, including Y, have
				// been met" the phrase before the comma is no subject.
				if s2, ok := b.subjectBefore(p - 1); ok && b.clauseStart(s2.start) {
					return s2, true
				}
			}
			return npSpan{}, false
		}
	}
	return sp, true
}

// vgBefore reports a verb group ending at or before token p.
func (b *clauseBuilder) vgBefore(p int) bool {
	for _, ch := range b.s.Chunks {
		if ch.Start >= p {
			break
		}
		if ch.Kind == VG && ch.End <= p {
			return true
		}
	}
	return false
}

// clauseStart reports a token that opens a clause: the first of the
// sentence, or one after a quotation mark, a colon, "that", a
// conjunction or a comma.
func (b *clauseBuilder) clauseStart(i int) bool {
	if i == 0 {
		return true
	}
	switch b.low(i - 1) {
	case "that", ",", ":", ";", "and", "but", "“", "\"":
		return true
	}
	return b.tag(i-1) == "``"
}

// isClauseOpener lists subordinators that open a clause of their own:
// the lower-case words of subordinatorWord but "though" and "once".
func isClauseOpener(w string) bool {
	return w != "though" && w != "once" && subordinatorWord(w)
}

// verbGroup fills a VerbGroup from a VG chunk.
func (b *clauseBuilder) verbGroup(c Chunk) VerbGroup {
	vg := VerbGroup{Start: c.Start, End: c.End, Head: c.Head, Particle: -1}
	h := b.toks[c.Head]
	vg.Lemma = h.Lemma
	if c.End-1 > c.Head && b.tag(c.End-1) == "RP" {
		vg.Particle = c.End - 1
	}
	// "take place", "take part": the noun is part of the verb.
	if vg.Lemma == "take" && c.End-1 > c.Head && (b.low(c.End-1) == "place" || b.low(c.End-1) == "part") {
		vg.Particle = c.End - 1
	}
	first := ""
	firstTag := ""
	for i := c.Start; i < c.End; i++ {
		w := b.low(i)
		tg := b.tag(i)
		switch w {
		case "not", "n't", "n’t", "never":
			vg.Negated = true
		}
		if tg == "MD" {
			if m, ok := modalLemmas()[w]; ok {
				vg.Modal = m
			} else {
				vg.Modal = w
			}
		}
		if (isVerb(tg) || tg == "MD") && first == "" {
			first, firstTag = w, tg
		}
	}
	if b.low(c.Start-1) == "no" && b.low(c.Start) == "longer" || b.low(c.Start-2) == "no" && b.low(c.Start-1) == "longer" {
		vg.Negated = true
	}
	// Passive: a form of "be" or "get" before a past participle head.
	if h.Tag == "VBN" {
		for i := c.Start; i < c.Head; i++ {
			if l := b.toks[i].Lemma; l == "be" || l == "get" {
				vg.Passive = true
			}
		}
		// Reduced relative: "the statements issued by Ankara".
		if c.Start == c.Head && b.low(c.End) == "by" && !b.measureAfter(c.End) && c.Start > 0 && isNoun(b.tag(c.Start-1)) {
			vg.Passive = true
		}
		if b.asPassive(c) {
			// "as demanded by Israel": the elided clause is the object,
			// the by-phrase its agent.
			vg.Passive = true
		}
	}
	switch {
	case vg.Modal == "will" || vg.Modal == "shall":
		vg.Tense = Future
	case firstTag == "VBD":
		vg.Tense = Past
	case firstTag == "VBN" && c.Start == c.Head:
		vg.Tense = Past
	case firstTag == "VBZ" || firstTag == "VBP":
		if lem := b.toks[c.Start].Lemma; lem == "have" && h.Tag == "VBN" && c.Head != c.Start {
			vg.Tense = Past // present perfect reports a past event
		} else {
			vg.Tense = Present
		}
	case vg.Modal != "":
		vg.Tense = Present
	case first == "to" || firstTag == "VB" || firstTag == "VBG":
		vg.Tense = ""
	default:
		vg.Tense = Present
	}
	return vg
}

// addClause builds the clause of VG chunk ci.
func (b *clauseBuilder) addClause(ci int) {
	c := b.s.Chunks[ci]
	vg := b.verbGroup(c)
	cl := Clause{Verb: vg, Parent: -1}
	kind := kindMain
	idx := len(b.clauses)
	prev := idx - 1
	before := c.Start - 1
	for before >= 0 && b.tag(before) == "RB" {
		before--
	}
	bw := b.low(before)
	if j := b.skipTimeBack(before); j < before && j >= 0 && b.inTime[before] {
		// "assumed power and in 1980 launched the invasion": a time
		// phrase between the coordinator and the verb.
		if w := b.low(j); w == "and" || w == "but" || w == "or" {
			before, bw = j, w
		}
	}
	first := c.Start
	if w := b.low(first); w == "not" || w == "never" {
		first++
	}
	// An infinitive: "to stop", or a bare verb after "to" and adverbs.
	toInf := b.low(first) == "to" || (b.tag(first) == "VB" && bw == "to")
	var ante *Arg
	var gapObj *Arg // the antecedent of an object relative whose gap is this infinitive's object
	objRel := false // an object relative still to be confirmed
	purpose := false
	switch {
	case toInf && b.purposeOrder(c):
		// "in order to stop", "so as to avoid": a purpose infinitive
		// of the clause before, with its subject.
		kind = kindInfinitive
		purpose = true
		if prev >= 0 {
			cl.Parent = prev
			cl.Subject = b.copyArg(b.actingSubject(prev))
		}
	case toInf && b.purposeAfterArg(prev, c):
		// "sent the air force to prop up Assad", "used tear gas to
		// disperse them", "flew to Moscow to meet": the infinitive says
		// what the clause before was for; its subject is that clause's.
		kind = kindInfinitive
		purpose = true
		cl.Parent = prev
		cl.Subject = b.copyArg(b.actingSubject(prev))
	case toInf && b.nounBeforeTo(c) && !b.intentNounBeforeTo(c) && !b.controlledObject(prev, c):
		// "contacts to hold this meeting": the infinitive belongs to the
		// noun before it, not to the clause before.
		kind = kindNounInfinitive
	case toInf:
		kind = kindInfinitive
		if prev >= 0 {
			cl.Parent = prev
			p := b.clauses[prev]
			if b.kind[prev] == kindRelative && p.Object == nil && b.ante[prev] != nil && b.ante[prev] != p.SurfaceSubject && !p.Verb.Passive && c.Start == p.Verb.End {
				// "the pact that Obama wants to scrap": the gap of the
				// object relative is the infinitive's object.
				gapObj = b.ante[prev]
			}
			// Object control: "urged Iran to stop", "asked him to".
			switch {
			case p.Object != nil && p.Object.End <= c.Start && objectControl(p.Verb.Lemma) && !p.Verb.Passive:
				cl.Subject = b.copyArg(p.Object)
			case p.Subject == nil && p.Verb.Passive:
				// "X is expected to visit": X visits.
				cl.Subject = b.copyArg(p.SurfaceSubject)
			default:
				cl.Subject = b.copyArg(p.Subject)
			}
		}
		if a := b.possessorBeforeTo(c); a != nil {
			// "welcomed Trump's move to reimpose sanctions": Trump
			// reimposes, not the one who welcomed the move.
			cl.Subject = a
		}
	case (bw == "which" || bw == "who" || bw == "that" || bw == "whom") && (b.tag(before) == "WDT" || b.tag(before) == "WP" || b.precededByNP(before)) && !isVerb(b.tag(before-1)):
		kind = kindRelative
		cl.Relative = true
		if sp, ok := b.npBefore(before); ok {
			cl.SurfaceSubject = b.argOf(sp, "")
		}
		if prev >= 0 {
			cl.Parent = prev
		}
	case b.tag(c.Head) == "VBG" && c.Start == c.Head && prev >= 0 && gerundPrep(bw) && b.gerundAfterArgs(prev, before):
		// "accused Israel of attacking", "stopped the rebels from
		// entering", "insisted on holding", "defied the law by using":
		// a gerund right after the verb or its object. The object acts
		// after verbs that charge, stop or join it ("accused X of",
		// "prevented X from", "backed X in"); otherwise the subject.
		kind = kindGerund
		cl.Parent = prev
		p := b.clauses[prev]
		switch {
		case p.Verb.Passive && p.Object != nil && p.Object.End <= p.Verb.Start:
			cl.Subject = b.copyArg(p.Object) // "Iran was accused of arming"
		case p.Object != nil && p.Object.End == before && objectActsIn(p.Verb.Lemma, bw):
			cl.Subject = b.copyArg(p.Object)
		default:
			cl.Subject = b.copyArg(p.Subject)
		}
	case b.tag(c.Head) == "VBG" && c.Start == c.Head && prev >= 0 && bw == "since" && b.tag(before) == "IN":
		// "has threatened to push deeper into Iraq since sending troops
		// into Sinjar": a gerund after "since", however far from the
		// verb, has the subject of the clause before (for an agentless
		// passive, the one it is about). It is a fact of the past under
		// no threat or plan of that clause. (With "after", "while", "by"
		// and the like the subject is as often someone else's, so only
		// the gerund right after the verb or its object takes it.)
		kind = kindGerund
		cl.Subject = b.copyArg(b.actingSubject(prev))
	case b.tag(c.Head) == "VBG" && c.Start == c.Head && prev >= 0 && b.keptFromGerund(prev, before):
		// "steered the president away from launching strikes": the
		// gerund is what the clause before keeps its object from doing;
		// the object acts.
		kind = kindGerund
		cl.Parent = prev
		cl.Subject = b.copyArg(b.clauses[prev].Object)
	case (bw == "and" || bw == "or" || bw == "but") && prev >= 0:
		kind = kindCoordinated
		p := b.clauses[b.coordAnchor(prev, c)]
		cl.Subject = b.copyArg(p.Subject)
		cl.SurfaceSubject = b.copyArg(p.SurfaceSubject)
		cl.Parent = p.Parent
	case b.tag(c.Head) == "VBG" && c.Start == c.Head && bw == "," && prev >= 0:
		// Participle clause: "Kalin stated ..., indicating that": the
		// subject is that of the main clause it hangs on.
		kind = kindParticiple
		// The first main clause of the sentence carries it.
		m := 0
		for m < prev && b.kind[m] != kindMain {
			m++
		}
		cl.Subject = b.copyArg(b.clauses[m].Subject)
		cl.SurfaceSubject = b.copyArg(b.clauses[m].SurfaceSubject)
		cl.Parent = b.clauses[m].Parent
	case b.tag(c.Head) == "VBG" && c.Start == c.Head && prev >= 0 && b.clauses[prev].Verb.End == c.Start:
		// Gerund complement: "denied attacking", "continued talking".
		kind = kindGerund
		cl.Parent = prev
		cl.Subject = b.copyArg(b.clauses[prev].Subject)
		if p := &b.clauses[prev]; p.Verb.Passive && p.Subject == nil {
			// "two men killed fighting the militants", "was seen
			// fleeing": the one the passive is about.
			cl.Subject = b.copyArg(p.SurfaceSubject)
		}
	case b.reducedRelative(c, prev):
		// "the statements issued by Ankara", "the bill going through
		// Westminster", "the government, led by ...,": a participle right
		// after a noun phrase, with a finite verb still to come.
		kind = kindRelative
		cl.Relative = true
		if sp, ok := b.npBefore(c.Start); ok {
			cl.SurfaceSubject = b.argOf(sp, "")
		}
		if b.tag(c.Head) == "VBN" {
			vg.Passive = true
			cl.Verb.Passive = true
		}
		if prev >= 0 {
			cl.Parent = prev
		}
	default:
		if sp, ok := b.subjectBefore(c.Start); ok {
			cl.SurfaceSubject = b.argOf(sp, "")
			if a := b.objectRelativeAntecedent(sp); a != nil {
				// "the deal, which Russia rejected,": the relative's own
				// subject; the antecedent is its object (confirmed below
				// when the verb has no object of its own).
				objRel = true
				ante = a
			}
			// "The strike that hit the hospital killed": an NP inside a
			// relative clause is not the subject of the verb after it;
			// the antecedent is.
			for k := prev; k >= 0 && !objRel; k-- {
				if sp.start < b.clauses[k].Verb.End || sp.end > b.argEnd(k) || b.low(sp.start-1) == "," {
					continue
				}
				if rk := b.relativeBefore(k); rk >= 0 {
					cl.SurfaceSubject = b.copyArg(b.ante[rk])
					break
				}
				if a := b.anteBeforeAside(k, c); a != nil {
					cl.SurfaceSubject = b.copyArg(a)
					break
				}
				// "efforts and contacts to hold this meeting are
				// continuing": the noun before the infinitive is.
				kv := b.clauses[k].Verb
				if kc := (Chunk{Start: kv.Start, Head: kv.Head}); b.kind[k] == kindNounInfinitive || b.kind[k] == kindInfinitive && b.nounBeforeTo(kc) {
					if ns, ok := b.subjectBefore(b.toIndex(kc)); ok {
						cl.SurfaceSubject = b.argOf(ns, "")
						break
					}
				}
				// "A decision on whether to allow Westminster to legislate
				// on super-casinos is set": an argument of an embedded
				// infinitive or gerund is not the subject either; the
				// sentence's first noun phrase is.
				if (b.kind[k] == kindInfinitive || b.kind[k] == kindGerund) && !b.finiteBefore(k) && len(b.tops) > 0 && b.tops[0].end <= b.clauses[k].Verb.Start {
					cl.SurfaceSubject = b.argOf(b.tops[0], "")
					break
				}
			}
		} else if sp, ok := b.subjectAroundReport(prev, c); ok {
			// "The army, its spokesman said, will withdraw": the
			// subject comes before the reporting clause.
			cl.SurfaceSubject = b.argOf(sp, "")
		} else if rk := b.relativeBefore(prev); rk >= 0 && b.argEnd(prev) == b.skipAdverbsBack(c.Start-1)+1 && (FiniteTag(b.firstVerbTag(c.Start, c.End)) || b.tag(c.Start) == "VBN" && c.Start == c.Head) {
			// "The truce that the militias signed held": the verb right
			// after a relative clause has its antecedent as subject.
			cl.SurfaceSubject = b.copyArg(b.ante[rk])
		} else if b.low(b.skipAdverbsBack(c.Start-1)) == "," && prev >= 0 {
			// "The source, who preferred not to be named, indicated":
			// the subject is the antecedent of the relative clause.
			for k := prev; k >= 0; k-- {
				if b.kind[k] == kindRelative && b.ante[k] != nil {
					cl.SurfaceSubject = b.copyArg(b.ante[k])
					break
				}
				if b.kind[k] == kindMain || b.kind[k] == kindCoordinated {
					break
				}
			}
		}
	}
	if kind == kindRelative || kind == kindMain {
		if cl.SurfaceSubject != nil {
			cl.Subject = b.copyArg(cl.SurfaceSubject)
		}
	}
	if kind == kindRelative && ante == nil {
		ante = cl.SurfaceSubject
	}
	// Object and prepositional attachments.
	pos := vg.End
	if vg.Lemma != "be" {
		if sp, _, ok := b.npAfter(pos); ok {
			// "say the issue should be decided", "insist they will
			// have": after a verb of saying or thinking, an NP followed
			// by a finite verb is the subject of the complement.
			complement := (isReporting(vg.Lemma) || thinkingVerb(vg.Lemma)) && sp.end < len(b.toks) && b.startsFiniteVG(sp.end)
			// "saying the decision to buy the shares was ...": after a
			// verb that takes a clause, an NP with a finite verb later
			// in the sentence opens that clause.
			if clauseOnlyVerb(vg.Lemma) && b.finiteAfter(sp.end) {
				complement = true
			}
			if !complement {
				cl.Object = b.argOf(sp, "")
				pos = sp.end
			}
		}
	}
	var agent *Arg
	// The attachments are collected at the end of the document's slab.
	p0 := b.sc.prepSlab.mark()
	for pos < len(b.toks) {
		for pos < len(b.toks) && (b.tag(pos) == "RB" || b.inTime[pos]) {
			pos++
		}
		if pos >= len(b.toks) || b.s.Chunks == nil {
			break
		}
		pc := b.np.byStart[pos]
		if pc < 0 || b.s.Chunks[pc].Kind != PP {
			break
		}
		pw := b.low(pos)
		if pw == "that" || pw == "if" || pw == "because" || pw == "while" || pw == "although" || pw == "whether" || pw == "as" && b.low(pos+1) == "saying" {
			break
		}
		if pw == "according" || pw == "in" && b.low(pos+1) == "order" && b.low(pos+2) == "to" {
			break
		}
		sp, _, ok := b.npAfter(pos + 1)
		if !ok {
			break
		}
		if isClauseOpener(pw) && b.startsFiniteVG(sp.end) {
			// "was losing until Putin sent ...": a subordinator opens
			// a clause of its own; its subject is no attachment.
			break
		}
		a := b.argOf(sp, pw)
		measure := pw == "by" && b.measureAfter(pos)
		if pw == "by" && vg.Passive && agent == nil && !measure {
			agent = a
		} else {
			p0 = b.sc.prepSlab.push(p0, *a, b.sc.tokLeft/16+4)
		}
		pos = sp.end
		if measure && cl.Object == nil && !vg.Passive && vg.Lemma != "be" {
			// "extended by two weeks the ban": the object after the
			// amount.
			if op, _, ok := b.npAfter(pos); ok {
				cl.Object = b.argOf(op, "")
				pos = op.end
			}
		}
	}
	if gapObj != nil && cl.Object == nil && !vg.Passive && vg.Lemma != "be" {
		cl.Object = b.copyArg(gapObj)
		if pp := b.antePartner(gapObj); pp != nil {
			// "the pact with China that Obama wants to scrap": the
			// antecedent's partner goes with it.
			p0 = b.sc.prepSlab.push(p0, *pp, b.sc.tokLeft/16+4)
		}
	}
	cl.Preps = b.sc.prepSlab.cut(p0)
	if vg.Passive {
		// Logical roles: the surface subject is the object; the agent,
		// when given, the subject.
		if cl.Object == nil {
			cl.Object = b.copyArg(cl.SurfaceSubject)
		}
		cl.Subject = agent
	}
	// Inverted reporting: "..., said the minister."
	if cl.Subject == nil && !vg.Passive && isReporting(vg.Lemma) && cl.Object != nil && (b.low(c.Start-1) == "," || b.low(c.Start-1) == "”" || b.low(c.Start-1) == "''" || b.low(c.Start-1) == "\"") {
		cl.Subject, cl.SurfaceSubject, cl.Object = cl.Object, cl.Object, nil
	}
	cl.Reporting = isReporting(vg.Lemma) && kind != kindInfinitive && (!answerVerb(vg.Lemma) || b.answerReports(c)) || (vg.Lemma == "point" && vg.Particle >= 0)
	if objRel {
		// An object relative lacks its object: "the deal that Russia
		// rejected". A verb with an object of its own heads a content
		// clause instead ("the fact that Russia rejected the deal").
		switch {
		case cl.Object == nil && !vg.Passive && vg.Lemma != "be":
			kind = kindRelative
			cl.Relative = true
			if prev >= 0 {
				cl.Parent = prev
			}
			if !cl.Reporting && !(thinkingVerb(vg.Lemma) && b.startsFiniteVG(b.skipNPAt(vg.End))) && !b.infinitiveAt(vg.End) {
				// "the pact that Obama wants to scrap": the gap is the
				// infinitive's object, not the object of "wants".
				cl.Object = b.copyArg(ante)
			}
		default:
			ante = nil
		}
	}
	if kind == kindMain && !objRel && cl.Object == nil && len(cl.Preps) == 0 && !vg.Passive && vg.Lemma != "be" && !cl.Reporting {
		if a := b.zeroRelativeAntecedent(cl.SurfaceSubject, vg); a != nil {
			// "the sniper unit he commanded cleared mines", "the
			// enclave they fled is": a relative clause without a
			// relative word; the noun before the pronoun is its object.
			kind = kindRelative
			cl.Relative = true
			cl.Object = a
			ante = a
			if prev >= 0 {
				cl.Parent = prev
			}
		}
	}
	if purpose {
		cl.Verb.Markers = append(cl.Verb.Markers, "in order to")
	}
	b.clauses = append(b.clauses, cl)
	b.kind = append(b.kind, kind)
	b.ante = append(b.ante, ante)
}

// gerundPrep lists prepositions that take a gerund as the last argument
// of a clause ("accused X of attacking", "insisted on holding") or as an
// adjunct of means or time ("by using", "after meeting").
func gerundPrep(w string) bool {
	switch w {
	case "of", "for", "from", "against", "into", "on", "about", "in", "by", "after", "before", "without", "despite", "through", "upon":
		return true
	}
	return false
}

// gerundAfterArgs reports a preposition at token p right after the verb
// group of clause k or right after its object (not after a prepositional
// attachment: "in support of attacking" belongs to the noun).
func (b *clauseBuilder) gerundAfterArgs(k, p int) bool {
	cl := &b.clauses[k]
	if cl.Verb.End == p {
		return true
	}
	return cl.Object != nil && cl.Object.End == p && cl.Object.Start >= cl.Verb.End && len(cl.Preps) == 0
}

// relativeBefore returns the relative clause with an antecedent that
// clause k is or ends: k itself, or the relative whose verb k's
// infinitive completes ("the deal that Russia plans to sign", "the man
// who wants to scrap the deal"; a finite relative, not a reduced one);
// -1 when there is none.
func (b *clauseBuilder) relativeBefore(k int) int {
	if k < 0 {
		return -1
	}
	if b.kind[k] == kindRelative && b.ante[k] != nil {
		return k
	}
	p := b.clauses[k].Parent
	if b.kind[k] == kindInfinitive && p >= 0 && p == k-1 && b.kind[p] == kindRelative && b.ante[p] != nil && b.clauses[k].Verb.Start == b.clauses[p].Verb.End && FiniteTag(b.firstVerbTag(b.clauses[p].Verb.Start, b.clauses[p].Verb.End)) {
		// "the deal that Russia plans to sign", "the man who wants to
		// scrap the deal"
		return p
	}
	return -1
}

// skipTimeBack returns the index before the time expression (with its
// preposition and adverbs) that ends at token i, or i when none does.
func (b *clauseBuilder) skipTimeBack(i int) int {
	j := i
	for j >= 0 && (b.tag(j) == "RB" || (b.inTime[j] && b.s.Tokens[j].Tag != "IN") || b.tag(j) == "IN" && b.inTime[j+1] && b.low(j) != "that") {
		j--
	}
	return j
}

// asPassive reports a bare past participle after "as" with a by-phrase,
// whose object is elided: "as demanded by Israel", "as requested by the
// council", "as agreed by both sides".
func (b *clauseBuilder) asPassive(c Chunk) bool {
	return c.Start == c.Head && c.Start > 0 && b.tag(c.Head) == "VBN" && b.low(c.Start-1) == "as" && b.low(c.End) == "by" && !b.measureAfter(c.End)
}

// keptFromGerund reports a gerund, its word before at token before, that
// clause k keeps its object from doing, with a particle between the
// object and "from": "steered X away from launching", "held X back from
// imposing". The verb is one that stops its object (objectActsIn with
// "from"); the gerund right after "from" and the object is the gerund
// case of addClause.
func (b *clauseBuilder) keptFromGerund(k, before int) bool {
	cl := &b.clauses[k]
	if cl.Object == nil || cl.Verb.Passive || cl.Object.Start < cl.Verb.End || !objectActsIn(cl.Verb.Lemma, "from") {
		return false
	}
	if b.low(before) != "from" {
		return false
	}
	if w := b.low(before - 1); w != "away" && w != "back" {
		return false
	}
	return cl.Object.End == before-1
}

// objectActsIn reports verbs whose object is the subject of a gerund
// after the preposition prep: "accused Israel of attacking", "stopped
// the rebels from entering", "backed Moscow in pursuing".
func objectActsIn(lemma, prep string) bool {
	switch prep {
	case "of", "for":
		switch lemma {
		case "accuse", "suspect", "charge", "blame", "convict", "criticise", "criticize", "condemn", "praise",
			"thank", "punish", "sanction", "fine", "sue", "arrest", "jail", "detain", "investigate",
			"congratulate", "credit", "commend", "reward", "forgive", "clear", "acquit", "attack", "slam",
			"rebuke", "denounce", "fault", "hold", "indict", "prosecute", "sentence", "try", "warn":
			return true
		}
	case "from":
		switch lemma {
		case "stop", "prevent", "ban", "bar", "block", "deter", "discourage", "prohibit", "forbid",
			"dissuade", "keep", "save", "protect", "exempt", "excuse", "restrain", "refrain", "stall", "steer":
			return true
		}
	case "against":
		return lemma == "warn" || lemma == "caution" || lemma == "advise"
	case "into":
		switch lemma {
		case "pressure", "press", "push", "force", "coerce", "persuade", "talk", "trick", "lure", "provoke", "bully", "drag", "goad":
			return true
		}
	case "in":
		switch lemma {
		case "back", "support", "help", "assist", "join", "aid", "lead", "guide", "involve", "engage":
			return true
		}
	}
	return false
}

// skipNPAt returns the end of the NP chunk starting at token i (after
// adverbs), or i when none starts there.
func (b *clauseBuilder) skipNPAt(i int) int {
	for i < len(b.toks) && b.tag(i) == "RB" {
		i++
	}
	if c := b.np.npAt(i); c >= 0 {
		return b.s.Chunks[c].End
	}
	return i
}

// objectRelativeAntecedent returns the antecedent of an object relative
// whose subject is sp: "the deal, which Russia rejected", "an outcome
// that Ankara says it cannot accept", "the man whom (who) police arrested".
// It returns nil when sp follows no relative word after a noun phrase,
// or when "that" opens the content of a noun of saying or thinking ("the
// claim that Iran attacked").
func (b *clauseBuilder) objectRelativeAntecedent(sp npSpan) *Arg {
	r := sp.start - 1
	w := b.low(r)
	switch w {
	case "which", "whom", "who":
	case "that":
		if b.tag(r) != "WDT" {
			return nil
		}
	default:
		return nil
	}
	if isVerb(b.tag(r - 1)) {
		return nil
	}
	ap, ok := b.npBefore(r)
	if !ok {
		return nil
	}
	if w == "that" && contentNoun(b.toks[ap.head].Lemma) {
		return nil
	}
	if (w == "that" || w == "which") && partnerPrep(b.low(ap.start-1)) && isProper(b.tag(ap.head)) {
		// "the pact with China that Obama wants to scrap": the relative
		// belongs to the common noun before the partner phrase.
		if np, ok := b.npBefore(ap.start - 1); ok && (b.tag(np.head) == "NN" || b.tag(np.head) == "NNS") && !contentNoun(b.toks[np.head].Lemma) {
			return b.argOf(np, "")
		}
	}
	return b.argOf(ap, "")
}

// partnerPrep lists prepositions that name the partner of an agreement,
// talks or a dispute ("the deal with Iran", "the war against Isis").
func partnerPrep(w string) bool {
	return w == "with" || w == "between" || w == "against"
}

// antePartner returns the partner phrase right after an object
// relative's antecedent ("with China" in "the pact with China that ..."),
// or nil.
func (b *clauseBuilder) antePartner(a *Arg) *Arg {
	if !partnerPrep(b.low(a.End)) {
		return nil
	}
	sp, _, ok := b.npAfter(a.End + 1)
	if !ok || !isProper(b.tag(sp.head)) {
		return nil
	}
	if w := b.low(sp.end); w != "that" && w != "which" {
		return nil
	}
	return b.argOf(sp, b.low(a.End))
}

// infinitiveAt reports a "to" infinitive starting at token i.
func (b *clauseBuilder) infinitiveAt(i int) bool {
	return b.low(i) == "to" && b.tag(i+1) == "VB"
}

// zeroRelativeAntecedent returns the antecedent of a relative clause
// without a relative word: a personal pronoun subject right after a
// common-noun phrase, a verb without object, and a finite verb right
// after it ("the unit he commanded cleared", "the enclave they fled
// is"). It returns nil otherwise ("In the town they fought hard").
func (b *clauseBuilder) zeroRelativeAntecedent(subj *Arg, vg VerbGroup) *Arg {
	if subj == nil || subj.End-subj.Start != 1 || subj.End != vg.Start || !b.startsFiniteVG(vg.End) {
		return nil
	}
	switch b.low(subj.Start) {
	case "he", "she", "it", "they", "we", "i", "you":
	default:
		return nil
	}
	t := b.topEnd[subj.Start]
	if t < 0 {
		return nil
	}
	ap := b.tops[t]
	if tg := b.tag(ap.head); tg != "NN" && tg != "NNS" {
		return nil
	}
	return b.argOf(ap, "")
}

// contentNoun lists nouns whose "that" opens their content, not a
// relative clause ("the claim that ...").
func contentNoun(lemma string) bool {
	switch lemma {
	case "fact", "idea", "claim", "report", "news", "fear", "hope", "sign", "evidence", "warning",
		"assurance", "belief", "view", "statement", "announcement", "indication", "possibility",
		"chance", "risk", "danger", "concern", "allegation", "accusation", "rumour", "rumor",
		"suggestion", "assumption", "notion", "ground", "condition", "promise", "suspicion",
		"impression", "argument", "assertion", "insistence", "demand", "threat", "proof", "message":
		return true
	}
	return false
}

// actingSubject returns the one who acts in clause k: its subject, or
// for a passive without agent its grammatical subject ("Troops were sent
// to the region to protect it": the troops protect).
func (b *clauseBuilder) actingSubject(k int) *Arg {
	if k < 0 {
		return nil
	}
	if cl := &b.clauses[k]; cl.Subject == nil && cl.Verb.Passive {
		return cl.SurfaceSubject
	}
	return b.clauses[k].Subject
}

// purposeOrder reports an infinitive after "in order" or "so as".
func (b *clauseBuilder) purposeOrder(c Chunk) bool {
	to := b.toIndex(c)
	return b.low(to-1) == "order" && b.low(to-2) == "in" || b.low(to-1) == "as" && b.low(to-2) == "so"
}

// purposeAfterArg reports an infinitive of purpose right after the last
// argument of clause prev ("sent the air force to prop up", "used tear
// gas to disperse", "flew to Moscow to meet"), or right after a verb of
// motion ("came to help"). The verb must not be one whose object is the
// infinitive's subject ("urged Iran to stop"), nor the noun one that
// takes an infinitive of its own ("an agreement to end the war").
func (b *clauseBuilder) purposeAfterArg(prev int, c Chunk) bool {
	if prev < 0 || b.kind[prev] == kindNounInfinitive {
		return false
	}
	p := &b.clauses[prev]
	to := b.toIndex(c)
	if to <= 0 || b.low(to) != "to" {
		return false
	}
	if p.Verb.End == to {
		return motionVerb(p.Verb.Lemma)
	}
	if b.argEnd(prev) != to || objectControl(p.Verb.Lemma) || p.Verb.Lemma == "be" || p.Reporting {
		return false
	}
	if _, ok := intentMarkers()[p.Verb.Lemma]; ok {
		return false // "asked Iran to", "wants Iran to", "helped them to"
	}
	if n := b.toks[to-1]; isNoun(n.Tag) {
		if infinitiveNoun(n.Lemma) || b.intentNounBeforeTo(c) {
			return false
		}
	} else if n.Tag != "PRP" {
		return false
	}
	if o := p.Object; o != nil && o.Head >= 0 && o.Head < len(b.toks) && infinitiveNoun(b.toks[o.Head].Lemma) {
		return false // "extract a pledge from the administration to halt"
	}
	for i := p.Verb.End; i < to; i++ {
		switch b.low(i) {
		case "enough", "too", "sufficient":
			return false // "has enough uranium to build a bomb": a measure, no purpose
		}
	}
	return true
}

// motionVerb lists verbs of going whose bare infinitive says what for
// ("came to help", "travelled to attend").
func motionVerb(lemma string) bool {
	switch lemma {
	case "come", "travel", "fly", "arrive", "return", "rush", "head", "gather", "assemble", "rally", "march", "hurry", "race", "stop":
		return true
	}
	return false
}

// infinitiveNoun lists nouns that take an infinitive of their own ("an
// agreement to end the war", "the right to vote"): the infinitive after
// them is their complement, not the purpose of the clause.
func infinitiveNoun(lemma string) bool {
	switch lemma {
	case "agreement", "deal", "decision", "plan", "effort", "attempt", "bid", "offer", "proposal", "request",
		"call", "order", "right", "chance", "opportunity", "ability", "power", "authority", "way", "time",
		"move", "campaign", "pledge", "promise", "threat", "commitment", "readiness", "willingness",
		"failure", "refusal", "push", "pressure", "permission", "resolution", "vote", "motion", "bill",
		"law", "mandate", "licence", "license", "need", "reason", "capacity", "capability", "means",
		"initiative", "drive", "appeal", "demand", "invitation", "warning", "instruction", "strategy",
		"scheme", "programme", "program", "project", "legislation", "measure", "step", "intention",
		"desire", "determination", "obligation", "duty", "freedom", "courage", "tendency", "temptation",
		"urge", "wish", "mission", "task", "job", "responsibility", "go-ahead", "approval", "consent",
		"place", "thing", "one", "first", "last", "plot", "conspiracy", "ploy", "operation", "offensive",
		"race", "struggle", "fight", "battle", "war", "quest", "crusade", "deadline", "pact", "accord", "treaty":
		return true
	}
	return false
}

// answerVerb lists verbs of answering that report speech only when a
// quotation or that-clause goes with them ("responded that ...", "“No,”
// he replied"), not when they name an action ("Europe responded with
// sanctions").
func answerVerb(lemma string) bool {
	switch lemma {
	case "respond", "reply", "react":
		return true
	}
	return false
}

// answerReports reports whether a verb of answering in chunk c carries
// speech: a that-clause, a colon or a quotation after it, or a quotation
// in the sentence when it ends the clause ("“No,” he replied.").
func (b *clauseBuilder) answerReports(c Chunk) bool {
	switch b.low(c.End) {
	case "that", ":", "“", "\"", "``", "‘":
		return true
	case ",", ".", "":
		for i := range b.toks {
			if tg := b.tag(i); tg == "``" || tg == "''" {
				return true
			}
		}
	}
	// "responded on Twitter: ...": a colon or quotation after a few
	// prepositional words.
	for i := c.End; i < len(b.toks) && i < c.End+6; i++ {
		if w := b.low(i); w == ":" || b.tag(i) == "``" {
			return true
		}
		if tg := b.tag(i); isVerb(tg) || tg == "," || tg == "." {
			break
		}
	}
	return b.startsFiniteVG(c.End)
}

// startsFiniteVG reports a verb group at token i (after adverbs) whose
// first verb is finite.
func (b *clauseBuilder) startsFiniteVG(i int) bool {
	for i < len(b.toks) && b.tag(i) == "RB" {
		i++
	}
	c := b.np.byStart[i]
	if c < 0 || b.s.Chunks[c].Kind != VG {
		return false
	}
	return FiniteTag(b.firstVerbTag(b.s.Chunks[c].Start, b.s.Chunks[c].End))
}

// clauseOnlyVerb lists verbs of saying and thinking that rarely take a
// plain noun-phrase object.
func clauseOnlyVerb(lemma string) bool {
	switch lemma {
	case "say", "add", "state", "claim", "insist", "believe", "think", "argue", "suggest", "indicate", "note", "explain", "stress", "emphasize", "emphasise", "hope", "fear", "assert", "affirm", "admit", "point":
		return true
	}
	return false
}

// finiteAfter reports a verb group with a finite first verb starting at
// or after token i.
func (b *clauseBuilder) finiteAfter(i int) bool {
	for _, ch := range b.s.Chunks {
		if ch.Kind == VG && ch.Start >= i && FiniteTag(b.firstVerbTag(ch.Start, ch.End)) {
			return true
		}
	}
	return false
}

// thinkingVerb lists verbs that take a clause without "that" as readily
// as an object.
func thinkingVerb(lemma string) bool {
	switch lemma {
	case "believe", "think", "hope", "expect", "fear", "know", "feel", "hear", "see", "find", "understand", "agree", "ensure", "guarantee", "show", "suggest":
		return true
	}
	return false
}

// toIndex returns the index of "to" in or right before a verb group.
func (b *clauseBuilder) toIndex(c Chunk) int {
	for i := c.Start; i < c.Head; i++ {
		if b.low(i) == "to" {
			return i
		}
	}
	return c.Start - 1
}

// nounBeforeTo reports an infinitive right after a common noun.
func (b *clauseBuilder) nounBeforeTo(c Chunk) bool {
	to := b.toIndex(c)
	return to > 0 && (b.tag(to-1) == "NN" || b.tag(to-1) == "NNS")
}

// anteBeforeAside returns the antecedent of a relative clause set off by
// commas when the NP before the finite verb of chunk c belongs to a
// non-finite clause k that continues that aside: in "Russia, which had
// granted Turkey permission, allowing the use of the airspace by Turkish
// warplanes, blamed the US", Russia blames, not the warplanes. It
// returns nil when no such relative clause comes first.
func (b *clauseBuilder) anteBeforeAside(k int, c Chunk) *Arg {
	if b.low(b.skipAdverbsBack(c.Start-1)) != "," || !FiniteTag(b.firstVerbTag(c.Start, c.End)) {
		return nil
	}
	if b.kind[k] != kindParticiple && b.kind[k] != kindGerund && b.kind[k] != kindInfinitive {
		return nil
	}
	for j := k - 1; j >= 0; j-- {
		switch b.kind[j] {
		case kindRelative:
			if a := b.ante[j]; a != nil && b.low(a.End) == "," {
				return a
			}
		case kindMain, kindCoordinated:
			return nil
		}
	}
	return nil
}

// possessorBeforeTo returns the possessor of the noun right before the
// infinitive of chunk c ("Trump's move to reimpose", "Iran's plan to
// build"), the subject of that infinitive, or nil.
func (b *clauseBuilder) possessorBeforeTo(c Chunk) *Arg {
	to := b.toIndex(c)
	if to < 1 || !(b.tag(to-1) == "NN" || b.tag(to-1) == "NNS") {
		return nil
	}
	for ci := range b.s.Chunks {
		n := b.s.Chunks[ci]
		if n.Kind != NP || n.Head != to-1 {
			continue
		}
		if n.Possessor < 0 {
			return nil
		}
		o := b.s.Chunks[n.Possessor]
		return b.newArg(Arg{Start: o.Start, End: o.End, Head: o.Head, Chunk: n.Possessor})
	}
	return nil
}

// controlledObject reports an infinitive right after the object of a
// verb of object control ("asked the government to resign").
func (b *clauseBuilder) controlledObject(prev int, c Chunk) bool {
	if prev < 0 {
		return false
	}
	p := b.clauses[prev]
	return p.Object != nil && p.Object.End == b.toIndex(c) && objectControl(p.Verb.Lemma)
}

// intentNounBeforeTo reports an infinitive after a noun of intent or
// ability whose marker the infinitive carries ("plans to", "efforts to",
// "way to" in "under way to").
func (b *clauseBuilder) intentNounBeforeTo(c Chunk) bool {
	to := b.toIndex(c)
	if to < 1 {
		return false
	}
	if b.low(to-1) == "way" && b.low(to-2) == "under" || b.low(to-1) == "steps" {
		return true // "efforts under way to", "took steps to"
	}
	_, ok := intentMarkers()[b.toks[to-1].Lemma]
	return ok
}

// skipAdverbsBack returns the index of the first token at or before i
// that is not an adverb.
func (b *clauseBuilder) skipAdverbsBack(i int) int {
	for i >= 0 && b.tag(i) == "RB" {
		i--
	}
	return i
}

// finiteBefore reports a clause before k with a finite verb.
func (b *clauseBuilder) finiteBefore(k int) bool {
	for j := 0; j < k; j++ {
		if FiniteTag(b.tag(b.clauses[j].Verb.Start)) || FiniteTag(b.tag(b.clauses[j].Verb.Head)) {
			return true
		}
	}
	return false
}

// firstVerbTag returns the tag of the first verb or modal of a group.
func (b *clauseBuilder) firstVerbTag(start, end int) string {
	for i := start; i < end; i++ {
		if tg := b.tag(i); isVerb(tg) || tg == "MD" {
			return tg
		}
	}
	return ""
}

// coordAnchor picks the clause a coordinated verb phrase shares its
// subject with: the nearest finite clause whose first verb has the same
// form ("say ... and believe"), else the nearest finite clause, else prev.
func (b *clauseBuilder) coordAnchor(prev int, c Chunk) int {
	form := b.firstVerbTag(c.Start, c.End)
	nearest := -1
	for k := prev; k >= 0; k-- {
		if b.kind[k] != kindMain && b.kind[k] != kindCoordinated {
			continue
		}
		if b.complementOfSaying(k) {
			// "Trump claimed this was wrong, but said": the verb of the
			// reported content is no anchor.
			continue
		}
		vg := b.clauses[k].Verb
		f := b.firstVerbTag(vg.Start, vg.End)
		if f == "VBN" && vg.Head == vg.Start {
			f = "VBD" // a bare participle heading a main clause is a past tense
		}
		if !FiniteTag(f) {
			continue
		}
		if f == form {
			return k
		}
		if nearest < 0 {
			nearest = k
		}
	}
	if nearest >= 0 {
		return nearest
	}
	return prev
}

// complementOfSaying reports a main clause k whose subject (or verb)
// follows a verb of saying or thinking, with at most "that" between: the
// content of an earlier clause ("claimed this was", "said that the army
// had").
func (b *clauseBuilder) complementOfSaying(k int) bool {
	start := b.clauses[k].Verb.Start
	if ss := b.clauses[k].SurfaceSubject; ss != nil && ss.Start < start {
		start = ss.Start
	}
	p := start - 1
	if b.low(p) == "that" {
		p--
	}
	for j := k - 1; j >= 0; j-- {
		cj := &b.clauses[j]
		if cj.Verb.End == p+1 {
			return isReporting(cj.Verb.Lemma) || thinkingVerb(cj.Verb.Lemma)
		}
	}
	return false
}

// reducedRelative reports a participle group right after a noun phrase
// ("the statements issued by", "the bill going through") with a finite
// verb later in the sentence.
func (b *clauseBuilder) reducedRelative(c Chunk, prev int) bool {
	tg := b.tag(c.Start)
	if c.Start != c.Head || (tg != "VBN" && tg != "VBG") {
		return false
	}
	if tg == "VBN" && b.low(c.End) == "by" && b.measureAfter(c.End) && prev < 0 {
		// "The council extended by two weeks the ban": an amount after
		// "by" and no clause before: the main verb.
		return false
	}
	if b.topEnd[c.Start] < 0 && !(b.low(c.Start-1) == "," && b.topEnd[c.Start-1] >= 0 && tg == "VBN" && b.low(c.End) == "by") && !b.commaParticiple(c, prev) {
		return false
	}
	if tg == "VBN" && b.low(c.End) != "by" && prev < 0 {
		// "Police fired ..." with "fired" read as a participle: without
		// another clause before, it is the main verb.
		return false
	}
	for _, ch := range b.s.Chunks {
		if ch.Kind == VG && ch.Start > c.Start && (FiniteTag(b.firstVerbTag(ch.Start, ch.End)) || b.subjunctiveVG(ch)) {
			return true
		}
	}
	return false
}

// subjunctiveVG reports a verb group in the base form that is the verb of
// a mandative that-clause ("demanding that the government provide"),
// finite although it has no ending (see fixSubjunctive).
func (b *clauseBuilder) subjunctiveVG(ch Chunk) bool {
	if b.tag(ch.Start) != "VB" && !(b.low(ch.Start) == "not" && b.tag(ch.Start+1) == "VB") {
		return false
	}
	for j := ch.Start - 1; j >= 1 && j >= ch.Start-9; j-- {
		if b.low(j) == "that" {
			return j < ch.Start-1 && mandativeWord(b.low(j-1))
		}
		if !npSubjectTag(b.tag(j)) && b.low(j) != "not" {
			return false
		}
	}
	return false
}

// subjectAroundReport finds the subject of verb group c before a
// reporting clause prev enclosed in commas or brackets between them:
// "The army, its spokesman said, will withdraw".
func (b *clauseBuilder) subjectAroundReport(prev int, c Chunk) (npSpan, bool) {
	if prev < 0 || !b.clauses[prev].Reporting || b.kind[prev] != kindMain {
		return npSpan{}, false
	}
	p := &b.clauses[prev]
	closeAt := b.skipAdverbsBack(c.Start - 1)
	if w := b.low(closeAt); (w != "," && w != ")") || p.Verb.End != closeAt || p.SurfaceSubject == nil || p.Object != nil {
		return npSpan{}, false
	}
	openAt := p.SurfaceSubject.Start - 1
	if w := b.low(openAt); w != "," && w != "(" {
		return npSpan{}, false
	}
	sp, ok := b.subjectBefore(openAt)
	if !ok || sp.end != openAt {
		return npSpan{}, false
	}
	return sp, true
}

// commaParticiple reports a participle group enclosed in commas right
// after the noun phrase that opens the sentence, before its verb: "The
// minister, speaking in Geneva on Monday, said".
func (b *clauseBuilder) commaParticiple(c Chunk, prev int) bool {
	if prev >= 0 || b.low(c.Start-1) != "," || b.topEnd[c.Start-1] < 0 || b.tops[b.topEnd[c.Start-1]].start != 0 {
		return false
	}
	for i := c.End; i < len(b.toks) && i < c.End+30; i++ {
		if b.low(i) == "," {
			return b.startsFiniteVG(i + 1)
		}
	}
	return false
}

// measureAfter reports a "by" at token i that opens a phrase of measure
// ("by one hour", "by 5%", "by a third", "by about two weeks"): an amount,
// never an agent.
func (b *clauseBuilder) measureAfter(i int) bool {
	j := i + 1
	for j < len(b.toks) && j < i+4 {
		switch b.low(j) {
		case "about", "around", "nearly", "almost", "some", "roughly", "more", "less", "than", "over", "up", "to", "just", "another", "a", "an", "half":
			j++
			continue
		}
		break
	}
	if j >= len(b.toks) {
		return false
	}
	tg := b.tag(j)
	if tg == "CD" || tg == "$" || b.low(j) == "%" {
		// "by one of its leaders", "by two of the judges": people.
		return b.low(j+1) != "of"
	}
	if j > i+1 {
		if measureUnit(b.low(j)) {
			return true
		}
	}
	return false
}

// measureUnit lists nouns of time, amount and proportion.
func measureUnit(w string) bool {
	switch w {
	case "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years", "minute", "minutes",
		"third", "quarter", "fifth", "tenth", "half", "percent", "point", "points", "fraction", "margin", "factor", "lot", "bit", "little", "much":
		return true
	}
	return false
}

// argEnd returns the end token of the last argument of clause k.
func (b *clauseBuilder) argEnd(k int) int {
	cl := &b.clauses[k]
	e := cl.Verb.End
	if cl.Object != nil && cl.Object.End > e && cl.Object.Start >= cl.Verb.End {
		e = cl.Object.End
	}
	for _, p := range cl.Preps {
		if p.End > e {
			e = p.End
		}
	}
	return e
}

// precededByNP reports whether the token before i ends an NP.
func (b *clauseBuilder) precededByNP(i int) bool {
	_, ok := b.npBefore(i)
	return ok
}

// npBefore returns the top-level NP that ends right before token i, or
// before a comma there ("the deal, which ...").
func (b *clauseBuilder) npBefore(i int) (npSpan, bool) {
	j := i - 1
	if b.low(j) == "," {
		j--
	}
	if j < 0 {
		return npSpan{}, false
	}
	t := b.topEnd[j+1]
	if t < 0 {
		return npSpan{}, false
	}
	return b.tops[t], true
}

func (b *clauseBuilder) copyArg(a *Arg) *Arg {
	if a == nil {
		return nil
	}
	return b.newArg(*a)
}

// isReporting reports the lemma of a verb of saying (reportingVerbs).
func isReporting(lemma string) bool {
	return reportingSet().has(lemma) // most verbs ruled out by the shape of their lemma
}

// objectControl lists verbs whose object is the subject of a following
// infinitive.
func objectControl(lemma string) bool {
	switch lemma {
	case "urge", "ask", "call", "invite", "allow", "order", "encourage", "force", "persuade", "tell", "request", "help", "permit", "instruct", "warn", "press", "push",
		"implore", "beg", "pressure", "lobby", "convince", "compel", "oblige", "require", "enable", "authorize", "authorise",
		"empower", "remind", "advise", "prompt", "inspire", "mandate", "direct", "appoint", "elect", "train", "recruit",
		"hire", "need", "want", "expect", "like", "prefer", "cause", "lead", "get", "challenge", "dare", "commission",
		"mobilise", "mobilize", "nominate", "choose", "select", "tempt", "trust", "entitle", "drive", "pay", "bribe",
		"arm", "equip", "fund", "finance":
		return true
	}
	return false
}

// linkReporting makes the clauses after a reporting verb its complements,
// and clauses before "..., X said" the complements of that verb.
func (b *clauseBuilder) linkReporting() {
	for r := range b.clauses {
		if !b.clauses[r].Reporting {
			continue
		}
		rv := b.clauses[r].Verb
		// Complements after the verb.
		for k := r + 1; k < len(b.clauses); k++ {
			if b.boundaryBetween(r, k) {
				// "“We believe ...,” he said": the clause after a closing
				// quote mark is outside the quotation; "Iran denied the
				// attack, but the envoy arrived": after a noun-phrase
				// object, "but" opens a clause of its own.
				break
			}
			if b.clauses[k].Parent >= 0 && b.clauses[k].Parent != r {
				if b.kind[k] == kindCoordinated && b.clauses[k].Parent == b.clauses[r].Parent {
					// "X said ... and Y" stays at the level of "said".
					continue
				}
				continue
			}
			if b.kind[k] == kindCoordinated && b.clauses[k].Subject != nil && b.clauses[r].Subject != nil && b.clauses[k].Subject.Start == b.clauses[r].Subject.Start {
				// "said ... and added" is a sibling, not a complement;
				// what follows a sibling verb of saying is its own.
				if b.clauses[k].Reporting {
					break
				}
				continue
			}
			if b.clauses[k].Parent < 0 && b.kind[k] != kindRelative && b.kind[k] != kindParticiple {
				b.clauses[k].Parent = r
			}
		}
		// Complements before: "“...,” he said" and "X, he said".
		start := rv.Start
		if ss := b.clauses[r].SurfaceSubject; ss != nil && ss.Start < start {
			start = ss.Start
		}
		pw := b.low(start - 1)
		if pw == "," || pw == "”" || pw == "''" || pw == "\"" {
			for k := 0; k < r; k++ {
				if b.clauses[k].Parent < 0 && b.clauses[k].Verb.End <= start {
					b.clauses[k].Parent = r
				}
			}
		}
	}
}

// colonEndsReport reports a colon at i, between reporting clause r and a
// later clause k, that ends r's content: one after a complement that has
// begun ("said the talks had failed: the rebels attacked") or after an
// object that is no hearer ("claimed victory: the boast hides ..."),
// unless a quotation follows it. A colon right after the verb, its
// hearer or an adjunct ("said:", "told reporters:", "said in a
// statement:") opens the content.
func (b *clauseBuilder) colonEndsReport(r, k, i int) bool {
	if n := b.tag(i + 1); n == "``" || b.low(i+1) == "“" || b.low(i+1) == "\"" {
		return false
	}
	for j := r + 1; j < k; j++ {
		if v := b.clauses[j].Verb; v.Start > b.clauses[r].Verb.End && v.End <= i {
			return true
		}
	}
	rc := &b.clauses[r]
	o := rc.Verb.End
	for o < i && b.tag(o) == "RB" {
		o++
	}
	oc := b.np.npAt(o)
	if o >= i || b.inTime[o] || oc < 0 {
		return false
	}
	switch b.toks[b.s.Chunks[oc].Head].Lemma {
	case "statement", "warning", "message", "point", "question", "answer", "note", "word", "comment", "remark",
		"explanation", "view", "verdict", "argument", "reason", "threat", "demand", "promise", "pledge", "line",
		"conclusion", "following", "this", "that", "thing", "way", "condition", "advice", "plea", "appeal":
		return false // "added this warning:": the colon opens what the noun says
	}
	switch rc.Verb.Lemma {
	case "tell", "inform", "warn", "assure", "remind", "brief", "ask", "urge", "promise", "answer", "reply":
		return false
	}
	return true
}

// boundaryBetween reports a mark between reporting clause r and a later
// clause k that ends r's content: a closing quotation mark, or a clause
// coordinator ("but", "while", "whereas", "although", "though") after
// r's noun-phrase object ("denied the attack, but ..."), or a semicolon.
func (b *clauseBuilder) boundaryBetween(r, k int) bool {
	rc, kc := &b.clauses[r], &b.clauses[k]
	end := kc.Verb.Start
	if kc.SurfaceSubject != nil && kc.SurfaceSubject.Start < end && kc.SurfaceSubject.Start >= rc.Verb.End {
		end = kc.SurfaceSubject.Start
	}
	for i := rc.Verb.End; i < end; i++ {
		w := b.low(i)
		switch {
		case b.tag(i) == "''" || w == "”" || w == "»":
			return true
		case w == ";":
			return true
		case w == ":" && b.colonEndsReport(r, k, i):
			return true
		case w == "but" || w == "whereas" || w == "although" || w == "though" || w == "while" && b.tag(i) == "IN":
			if rc.Object != nil && rc.Object.End <= i {
				return true
			}
		case w == "and" || w == "or":
			// "denied the attack and a delegation arrived": after a
			// noun-phrase object, "and" before a new subject.
			if rc.Object != nil && rc.Object.End <= i && kc.SurfaceSubject != nil && kc.SurfaceSubject.Start > i && b.kind[k] == kindMain {
				return true
			}
		}
	}
	return false
}

// markers fills the modality and intent markers of each verb group.
func (b *clauseBuilder) markers() {
	for k := range b.clauses {
		cl := &b.clauses[k]
		vg := &cl.Verb
		// The markers are collected in a buffer and then copied to the
		// document's slab.
		vg.Markers = append(b.sc.markBuf[:0], vg.Markers...)
		add := func(m string) {
			for _, x := range vg.Markers {
				if x == m {
					return
				}
			}
			vg.Markers = append(vg.Markers, m)
		}
		// Infinitive: the word before "to" names the intent.
		if b.kind[k] == kindInfinitive {
			to := vg.Start
			for to < vg.Head && b.low(to) != "to" {
				to++
			}
			if b.low(to) != "to" {
				to = vg.Start - 1
			}
			w := to - 1
			for w >= 0 && b.tag(w) == "RB" {
				w--
			}
			if w >= 0 && !slices.Contains(vg.Markers, "in order to") {
				lem := b.toks[w].Lemma
				if b.low(w) == "way" && b.low(w-1) == "under" {
					add("efforts under way")
				} else if b.low(w) == "steps" && w+1 == to {
					add("attempts to") // "took steps to"
				} else if m, ok := intentMarkers()[lem]; ok {
					add(m)
				} else if m, ok := intentMarkers()[b.low(w)]; ok {
					add(m)
				} else if isNoun(b.tag(w)) {
					if lem == "plan" {
						add("plans to")
					}
				}
				// "plans to" as a noun: "Iran's plans to hold talks".
				if isNoun(b.tag(w)) && lem == "plan" {
					add("plans to")
				}
			}
			if cl.Parent >= 0 {
				p := b.clauses[cl.Parent].Verb
				if p.Negated {
					vg.Negated = true
				}
				if p.Modal != "" && vg.Modal == "" {
					vg.Modal = p.Modal
				}
				for _, m := range p.Markers {
					if m == "if" {
						add(m)
					}
				}
				if len(vg.Markers) > 0 && !slices.Contains(vg.Markers, "in order to") || p.Tense == Future {
					vg.Tense = Future
				} else if vg.Tense == "" {
					vg.Tense = p.Tense
				}
			}
		}
		if b.kind[k] == kindGerund && cl.Parent >= 0 {
			p := b.clauses[cl.Parent].Verb
			if m, ok := intentMarkers()[p.Lemma]; ok {
				add(m)
			}
			if p.Negated {
				vg.Negated = true
			}
			if vg.Tense == "" {
				vg.Tense = p.Tense
			}
		}
		// Own verb: "called for", "demanded", "denied".
		switch vg.Lemma {
		case "call":
			for _, p := range cl.Preps {
				if p.Prep == "for" {
					add("called for")
				}
			}
			if b.low(vg.End) == "for" {
				add("called for")
			}
		case "demand", "urge":
			add("demanded")
		case "deny":
			add("denied")
		case "threaten":
			add("threatened to")
		case "prepare":
			add("prepare")
		case "plan":
			add("plans to")
		case "intend":
			add("intends to")
		}
		// Complement of "deny": "Iran denied that it attacked".
		if cl.Parent >= 0 && b.kind[k] != kindInfinitive && b.clauses[cl.Parent].Verb.Lemma == "deny" {
			add("denied")
		}
		// Conditional: "if" or "unless" before the clause's subject.
		start := vg.Start
		if cl.SurfaceSubject != nil && cl.SurfaceSubject.Start < start {
			start = cl.SurfaceSubject.Start
		}
		if w := b.low(start - 1); w == "if" || w == "unless" {
			add("if")
		}
		if vg.Modal == "would" || vg.Modal == "could" || vg.Modal == "might" || vg.Modal == "may" {
			// Hypothetical or possible: the modal itself is the marker.
			add(vg.Modal)
		}
		if vg.Modal == "will" || vg.Modal == "shall" {
			add("will")
		}
		if b.kind[k] == kindInfinitive && b.low(vg.Start-1) == "going" {
			add("going to")
			vg.Tense = Future
		}
		// "No country has recognised it", "Nobody was hurt": a negative
		// subject negates its own clause (not a relative's antecedent).
		if ss := cl.SurfaceSubject; ss != nil && b.kind[k] != kindRelative && ss.Start < vg.Start {
			switch b.low(ss.Start) {
			case "no":
				vg.Negated = vg.Negated || b.tag(ss.Start) == "DT" || b.low(ss.Start+1) == "one"
			case "nobody", "none", "nothing", "neither", "noone":
				vg.Negated = true
			}
		}
		if vg.Negated {
			add("not")
		}
		if b.low(vg.Start) == "never" || strings.Contains(b.s.Text[b.toks[vg.Start].Start-b.s.Start:b.toks[vg.End-1].End-b.s.Start], "never") {
			add("never")
		}
		b.sc.markBuf = vg.Markers[:0]
		vg.Markers = b.sc.markSlab.copyOf(vg.Markers, b.sc.tokLeft/32+2)
	}
}

// entityEnd extends a span ending at end over the rest of a name that
// covers its last token ("the Syrian Observatory for Human Rights").
func (b *clauseBuilder) entityEnd(end int) int {
	for _, e := range b.s.Entities {
		if e.Start < end && e.End > end {
			return e.End
		}
	}
	return end
}

// attributions lists the sources of information in the sentence.
func (b *clauseBuilder) attributions() []Attribution {
	out := b.sc.attBuf[:0]
	for i := 0; i+1 < len(b.toks); i++ {
		if t := &b.toks[i]; t.End-t.Start != len("according") {
			continue // the length rules out most words at once
		}
		if b.low(i) == "according" && b.low(i+1) == "to" {
			if sp, _, ok := b.npAfter(i + 2); ok {
				out = append(out, Attribution{Cue: "according to", Start: sp.start, End: b.entityEnd(sp.end)})
			}
		}
	}
	for k := range b.clauses {
		cl := &b.clauses[k]
		// "..., citing officials": the object is the source.
		if cl.Verb.Lemma == "cite" && cl.Object != nil && b.tag(cl.Verb.Head) == "VBG" {
			out = append(out, Attribution{Cue: "citing", Start: cl.Object.Start, End: cl.Object.End})
			continue
		}
		if !cl.Reporting || cl.Subject == nil {
			continue
		}
		cue := b.low(cl.Verb.Head)
		if cl.Verb.Particle >= 0 {
			cue += " " + b.low(cl.Verb.Particle)
		}
		out = append(out, Attribution{Cue: cue, Start: cl.Subject.Start, End: cl.Subject.End})
	}
	b.sc.attBuf = out[:0]
	return b.sc.attSlab.copyOf(out, b.sc.tokLeft/35+2)
}
