package coder

import (
	"encoding/binary"
	"strings"

	"github.com/heraldevents/herald/actor"
	"github.com/heraldevents/herald/nlp"
)

// sview is a per-sentence view prepared once for matching.
type sview struct {
	doc      *nlp.Document
	s        *nlp.Sentence
	lemma    []string // lower-case lemma (or lower text when no lemma)
	lower    []string // lower-case surface text
	verb     []bool   // token is a verb or modal
	boundary []bool   // token ends or separates clauses
	mentions []*actor.Mention
	npStart  []int   // NP chunk starting at token, or -1
	npEnd    []int   // NP chunk ending just after token (End-1 == token), or -1
	mStart   []int   // mention starting at token (longest), or -1
	mEnd     []int   // mention ending just after token (longest), or -1
	vgClause []int   // clause whose verb group covers the token, or -1
	sole     *string // the sentence's only country, computed on first use
	// lemmaLex and lowerLex are the dictionary entries (dictionary.lex)
	// of each token's lemma and lower-case form, or -1.
	lemmaLex, lowerLex []int32
	// lemmaWord and lowerWord are their pattern word ids
	// (dictionary.words), or -1.
	lemmaWord, lowerWord []int32
	present              []uint64 // bitset of the dictionary's required words present
	candBuf              []cand   // memory for sview.candidates
	// letters and code count the tokens with a letter and the code words
	// (for sview.proseLike).
	letters, code int
	// nounWords are the tokens whose lemma or lower-case form anchors a
	// noun pattern, in order.
	nounWords []int
}

// viewScratch holds the buffers that the sentence views of one Code call
// share: each sentence's view overwrites the one before.
type viewScratch struct {
	v       sview
	strs    []string
	bools   []bool
	ints    []int
	negs    []int // as long as ints, all -1
	lex     []int32
	present []uint64
	low     []byte
	keys    []wordKey // the key of each token's lower-case form
	// consumed is codeSentence's memory for the tokens its matches cover.
	consumed []bool
}

// newView builds the view of sentence s for the dictionary d, in the
// buffers of sc when sc is not nil (the view is then valid until the next
// call with sc).
func newView(d *dictionary, doc *nlp.Document, s *nlp.Sentence, ms []*actor.Mention, sc *viewScratch) *sview {
	n := len(s.Tokens)
	var strs []string
	var bools []bool
	var ints []int
	var lex []int32
	var v *sview
	need := (len(d.words) + 64) / 64
	if sc != nil {
		if cap(sc.strs) < 2*n {
			m := max(n, cap(sc.strs), 40) // room for the longer sentences to come
			sc.strs = make([]string, 2*m)
			sc.bools = make([]bool, 2*m)
			sc.ints = make([]int, 5*m)
			sc.negs = make([]int, 5*m)
			for i := range sc.negs {
				sc.negs[i] = -1
			}
			sc.lex = make([]int32, 4*m)
		}
		if cap(sc.present) < need {
			sc.present = make([]uint64, need)
		}
		strs, bools, ints, lex = sc.strs[:2*n], sc.bools[:2*n], sc.ints[:5*n], sc.lex[:4*n]
		clear(bools)
		sc.v = sview{present: sc.present[:need], candBuf: sc.v.candBuf, nounWords: sc.v.nounWords[:0]}
		clear(sc.v.present)
		v = &sc.v
	} else {
		strs = make([]string, 2*n)
		bools = make([]bool, 2*n)
		ints = make([]int, 5*n)
		lex = make([]int32, 4*n)
		v = &sview{present: make([]uint64, need)}
	}
	v.doc, v.s, v.mentions = doc, s, ms
	v.lemmaLex, v.lowerLex, v.lemmaWord, v.lowerWord = lex[:n:n], lex[n:2*n:2*n], lex[2*n:3*n:3*n], lex[3*n:]
	v.lemma, v.lower, v.verb, v.boundary = strs[:n:n], strs[n:], bools[:n:n], bools[n:]
	if sc != nil {
		copy(ints, sc.negs)
	} else {
		for i := range ints {
			ints[i] = -1
		}
	}
	v.npStart, v.npEnd, v.mStart, v.mEnd, v.vgClause = ints[:n], ints[n:2*n], ints[2*n:3*n], ints[3*n:4*n], ints[4*n:]
	// ASCII words with capitals are lower-cased into one string for the
	// sentence (what strings.ToLower gives them, without a string each).
	var low []byte
	if sc != nil {
		low = sc.low[:0]
	}
	type lowAt struct{ tok, off, n int }
	var atArr [32]lowAt
	at := atArr[:0]
	var keys []wordKey
	if sc != nil {
		keys = sc.keys[:0]
	} else {
		keys = make([]wordKey, 0, n)
	}
	toks := s.Tokens
	lowers := v.lower[:len(toks)]
	for i := range toks {
		t := &toks[i]
		key, kind := lowerKey(t.Text)
		keys = append(keys, key)
		if key.n > 0 {
			if asciiLetters(key.lo)|asciiLetters(key.hi) != 0 {
				v.letters++
			}
		} else if hasLetter(t.Text) {
			v.letters++
		}
		if codeWord(t.Text) {
			v.code++
		}
		switch kind {
		case asciiLower:
			lowers[i] = t.Text // what strings.ToLower returns
		case asciiCapitals:
			at = append(at, lowAt{i, len(low), len(t.Text)})
			if key.n > 0 {
				// the key holds the lower-case bytes
				start := len(low)
				low = binary.LittleEndian.AppendUint64(low, key.lo)
				if key.n > 8 {
					low = binary.LittleEndian.AppendUint64(low, key.hi)
				}
				low = low[:start+key.n]
				break
			}
			for k := 0; k < len(t.Text); k++ {
				c := t.Text[k]
				if c >= 'A' && c <= 'Z' {
					c += 'a' - 'A'
				}
				low = append(low, c)
			}
		default:
			lowers[i] = strings.ToLower(t.Text)
		}
	}
	if len(at) > 0 {
		all := string(low)
		for _, a := range at {
			lowers[a.tok] = all[a.off : a.off+a.n]
		}
	}
	if sc != nil {
		sc.low, sc.keys = low, keys
	}
	v.fillWords(d, keys)
	for ci, ch := range s.Chunks {
		if ch.Kind != nlp.NP || ch.Start < 0 || ch.End > n || ch.Start >= ch.End {
			continue
		}
		// participles inside a noun phrase are adjectives ("proposed
		// changes", "armed groups"), not verbs that end a gap
		for t := ch.Start; t < ch.End; t++ {
			v.verb[t] = false
		}
		if v.npStart[ch.Start] < 0 {
			v.npStart[ch.Start] = ci
		}
		if v.npEnd[ch.End-1] < 0 {
			v.npEnd[ch.End-1] = ci
		}
	}
	for mi, m := range ms {
		if m.Start < 0 || m.End > n || m.Start >= m.End {
			continue
		}
		if j := v.mStart[m.Start]; j < 0 || ms[j].End < m.End {
			v.mStart[m.Start] = mi
		}
		if j := v.mEnd[m.End-1]; j < 0 || ms[j].Start > m.Start {
			v.mEnd[m.End-1] = mi
		}
	}
	for ci, c := range s.Clauses {
		for t := max(c.Verb.Start, 0); t < c.Verb.End && t < n; t++ {
			if v.vgClause[t] < 0 {
				v.vgClause[t] = ci
			}
		}
	}
	// a participle the language layer made a clause of its own, right
	// before its noun ("reject proposed Israeli changes", "condemned the
	// planned visit"): an adjective that starts the phrase, not a verb
	// that ends a gap
	for _, c := range s.Clauses {
		h := c.Verb.Head
		if c.Subject != nil || c.Object == nil || h <= 0 || h+1 >= n || c.Verb.Start != h || c.Verb.End != h+1 ||
			s.Tokens[h].Tag != "VBN" || c.Object.Start != h+1 || v.npStart[h+1] < 0 {
			continue
		}
		if t := s.Tokens[h-1].Tag; t == "DT" || t == "PRP$" || (v.verb[h-1] && v.vgClause[h-1] >= 0 && v.vgClause[h-1] != v.vgClause[h]) {
			v.verb[h] = false
			if v.npStart[h] < 0 {
				v.npStart[h] = v.npStart[h+1]
			}
		}
	}
	return v
}

// fillWords fills the lemmas, the dictionary entries and word ids, the
// bitset of required words, the noun anchors, and the verb and boundary
// marks of the view's tokens, whose lower-case forms and their keys
// (lowerKey) are known. (Its own function, with the arrays in locals:
// newView's loop kept reloading them.)
func (v *sview) fillWords(d *dictionary, keys []wordKey) {
	toks := v.s.Tokens
	n := len(toks)
	lowers, lemmas, keys := v.lower[:n], v.lemma[:n], keys[:n]
	lemmaLex, lowerLex, lemmaWord, lowerWord := v.lemmaLex[:n], v.lowerLex[:n], v.lemmaWord[:n], v.lowerWord[:n]
	verbs, bounds := v.verb[:n], v.boundary[:n]
	present, entries, nouns := v.present, d.entries, v.nounWords
	for i := range toks {
		t := &toks[i]
		lw := lowers[i]
		same := true // the lemma is the lower-case form
		switch {
		case t.Lemma == "":
			lemmas[i] = lw
		case keys[i].n > 0 && t.Lemma == lw:
			lemmas[i] = lw // ASCII and lower-case already
		default:
			if asciiCase(t.Lemma) == asciiLower {
				lemmas[i] = t.Lemma // what strings.ToLower returns
			} else {
				lemmas[i] = strings.ToLower(t.Lemma)
			}
			same = lemmas[i] == lw
		}
		// the dictionary's words: one look-up per form, and the required
		// words present in the sentence (for sview.mayMatch)
		var le, lo int32
		if same {
			le = d.lookupKey(keys[i], lw)
			lo = le
		} else {
			le, lo = d.lookup(lemmas[i]), d.lookupKey(keys[i], lw)
		}
		lemmaLex[i], lowerLex[i] = le, lo
		lemmaWord[i], lowerWord[i] = -1, -1
		noun := false
		if le >= 0 {
			e := &entries[le]
			if id := e.req; id >= 0 {
				present[id/64] |= 1 << (id % 64)
				lemmaWord[i] = id
			}
			noun = len(e.nouns) > 0
		}
		if lo >= 0 {
			e := &entries[lo]
			if id := e.req; id >= 0 {
				present[id/64] |= 1 << (id % 64)
				lowerWord[i] = id
			}
			noun = noun || len(e.nouns) > 0
		}
		if noun {
			nouns = append(nouns, i)
		}
		verbs[i] = strings.HasPrefix(t.Tag, "VB") || t.Tag == "MD"
		if len(t.Text) > 0 && len(t.Text) <= 3 {
			switch t.Text[0] { // the first bytes of the boundaries below ("—" and "–" start with 0xE2)
			case '.', ';', ':', '!', '?', ',', '(', ')', '-', 0xE2:
				switch t.Text {
				case ".", ";", ":", "!", "?", ",", "(", ")", "--", "—", "–":
					bounds[i] = true
				}
			}
		}
	}
	v.nounWords = nouns
}

// mayMatch reports whether every required element of a pattern (req: its
// reqBits) has a word that occurs somewhere in the sentence (a cheap
// filter before matching).
func (v *sview) mayMatch(req []reqBits) bool {
	found := false
	for _, r := range req {
		if v.present[r.word]&r.mask != 0 {
			found = true
		}
		if r.last {
			if !found {
				return false
			}
			found = false
		}
	}
	return true
}

// span is a token range [start, end).
type span struct{ start, end int }

func (s span) ok() bool { return s.end > s.start }

// match is the result of matching one pattern at one anchor.
type match struct {
	p        *Pattern
	clause   int // clause index of the anchor (verb) or governing clause (noun), or -1
	anchor   span
	start    int // first token covered
	end      int // one past the last token covered
	src, tgt span
	// compound is true when "$ and +" was filled by one compound phrase.
	compound bool
	deepest  int // deepest element index reached (for explain)
}

// words matches phrase alt at token k going forward; it returns the
// position after the phrase or -1.
func (v *sview) wordsAt(alt []string, k int) int {
	if k < 0 || k+len(alt) > len(v.lemma) {
		return -1
	}
	for j, w := range alt {
		if v.lemma[k+j] != w && v.lower[k+j] != w {
			return -1
		}
	}
	if len(alt) == 1 && alt[0] == "that" && v.s.Tokens[k].Tag == "WDT" {
		return -1 // a pattern's "that" is the complementizer ("demanded that"), not a relative pronoun
	}
	return k + len(alt)
}

// hasForm reports whether the lemma or the lower-case form of token k is
// among the words of bits.
func (v *sview) hasForm(bits []reqBits, k int) bool {
	return hasWord(bits, v.lemmaWord[k]) || hasWord(bits, v.lowerWord[k])
}

// skippable reports whether token k may be skipped between two elements.
// own is the clause whose verb group may be skipped (the anchor's
// auxiliaries), or -1. In noun mode the support verbs of an event nominal
// ("took place", "was held") and relative words may be skipped too.
func (v *sview) skippable(k int, own int, noun bool) bool {
	if v.boundary[k] {
		return false
	}
	if v.verb[k] {
		if own >= 0 && v.vgClause[k] == own {
			return true
		}
		if noun {
			switch v.lemma[k] {
			case "take", "be", "hold", "occur", "happen", "have":
				return true
			}
		}
		return false
	}
	return true
}

// acronymOpen returns the index of the "(" that opens a bracketed short
// name ending with ")" at k ("(SSS)", "(PKK)", "(Isis)"), or -1.
func (v *sview) acronymOpen(k int) int {
	if k < 2 || v.lower[k] != ")" {
		return -1
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if v.lower[j] == "(" {
			if j == k-1 {
				return -1
			}
			return j
		}
		if !v.shortName(j) {
			return -1
		}
	}
	return -1
}

// acronymClose returns the index of the ")" that closes a bracketed short
// name opened with "(" at k, or -1.
func (v *sview) acronymClose(k int) int {
	if k+2 >= len(v.lower) || v.lower[k] != "(" {
		return -1
	}
	for j := k + 1; j < len(v.lower) && j <= k+3; j++ {
		if v.lower[j] == ")" {
			if j == k+1 {
				return -1
			}
			return j
		}
		if !v.shortName(j) {
			return -1
		}
	}
	return -1
}

// shortName reports whether token k may be part of a bracketed short
// name: a capitalised word or a number, not a verb or punctuation.
func (v *sview) shortName(k int) bool {
	t := v.s.Tokens[k].Text
	if t == "" || v.boundary[k] || v.verb[k] {
		return false
	}
	c := t[0]
	return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
}

// slotFwd returns the phrase filling a slot that starts at token k: an NP
// chunk (with its conjuncts) or an actor mention.
func (v *sview) slotFwd(k int) span {
	best := span{}
	if ci := v.npStart[k]; ci >= 0 {
		ch := v.s.Chunks[ci]
		end := ch.End
		for _, cj := range ch.Conjuncts {
			if cj >= 0 && cj < len(v.s.Chunks) && v.s.Chunks[cj].End > end {
				end = v.s.Chunks[cj].End
			}
		}
		best = span{k, end}
	}
	if mi := v.mStart[k]; mi >= 0 && v.mentions[mi].End > best.end {
		best = span{k, v.mentions[mi].End}
	}
	if !best.ok() {
		return best
	}
	// a mention that starts inside the phrase and runs past it, and
	// "of"-complements ("the ministers of Syria, Russia and Iran")
	for round := 0; round < 3; round++ {
		grown := false
		for t := best.start; t < best.end; t++ {
			if mi := v.mStart[t]; mi >= 0 && v.mentions[mi].End > best.end {
				best.end, grown = v.mentions[mi].End, true
			}
		}
		if e := best.end; e+1 < len(v.lower) && v.lower[e] == "of" {
			if ci := v.npStart[e+1]; ci >= 0 {
				ch := v.s.Chunks[ci]
				end := ch.End
				for _, cj := range ch.Conjuncts {
					if cj >= 0 && cj < len(v.s.Chunks) && v.s.Chunks[cj].End > end {
						end = v.s.Chunks[cj].End
					}
				}
				best.end, grown = end, true
			} else if mi := v.mStart[e+1]; mi >= 0 {
				best.end, grown = v.mentions[mi].End, true
			}
		}
		if !grown {
			break
		}
	}
	return best
}

// slotBack returns the phrase filling a slot that ends at token k.
func (v *sview) slotBack(k int) span {
	best := span{}
	if ci := v.npEnd[k]; ci >= 0 {
		best = span{v.s.Chunks[ci].Start, k + 1}
	}
	if mi := v.mEnd[k]; mi >= 0 && (!best.ok() || v.mentions[mi].Start < best.start) {
		best = span{v.mentions[mi].Start, k + 1}
	}
	return best
}

// matcher holds the state of matching one pattern.
type matcher struct {
	v      *sview
	p      *Pattern
	elems  []elem // the pattern's elements, or its dative variant
	own    int
	noun   bool
	maxGap int
	m      match
	steps  int // bounds backtracking
}

const maxSteps = 2000

// fwd matches elements ei.. at or after pos.
func (mt *matcher) fwd(ei, pos int) bool {
	mt.steps++
	if mt.steps > maxSteps {
		return false
	}
	if ei == len(mt.elems) {
		mt.m.end = max(mt.m.end, pos)
		return true
	}
	if ei > mt.m.deepest {
		mt.m.deepest = ei
	}
	e := mt.elems[ei]
	gap := mt.maxGap
	if e.adjacent {
		gap = 0
	}
	n := len(mt.v.lemma)
	skipped := 0
	// a slot is not filled across a preposition the pattern does not
	// name: "fought in numerous clashes across both countries" has no
	// object, "killed in a bombing" does not kill the bombing
	crossedPrep := false
	for k := pos; k < n && skipped <= gap; k++ {
		if j := mt.v.acronymClose(k); j >= 0 {
			k = j
			skipped++
			continue
		}
		switch e.kind {
		case elWord:
			if e.indexed && !mt.v.hasForm(e.firsts, k) {
				break // no alternative starts with this word
			}
			for _, alt := range e.alts {
				if end := mt.v.wordsAt(alt, k); end >= 0 && mt.fwd(ei+1, end) {
					return true
				}
			}
		case elTarget, elSource:
			if crossedPrep {
				break
			}
			sp := mt.slotAt(k)
			if sp.ok() {
				saved := mt.m
				mt.setSlot(e.kind, sp)
				if mt.fwd(ei+1, sp.end) {
					return true
				}
				// "between $ and +" filled by one compound phrase
				if e.kind == elSource && ei+2 < len(mt.elems) && mt.elems[ei+2].kind == elTarget &&
					mt.elems[ei+1].kind == elWord && isAnd(mt.elems[ei+1]) && mt.v.compound(sp) {
					mt.m.tgt, mt.m.compound = sp, true
					if mt.fwd(ei+3, sp.end) {
						return true
					}
				}
				mt.m = saved
			}
			// an argument the language layer ran on past the slot's own
			// phrase ("gave [the Ivory Coast 5 million dollars]"): the actor
			// alone, when the rest of the pattern needs the words after it and
			// a new phrase starts there (a number, determiner or possessive,
			// not a noun the actor modifies: "withhold EU and US funds")
			if mi := mt.v.mStart[k]; mi >= 0 && sp.ok() && mt.v.mentions[mi].End < sp.end && ei+1 < len(mt.elems) &&
				mt.v.phraseStart(mt.v.mentions[mi].End) && mt.v.namesActor(span{k, mt.v.mentions[mi].End}) {
				short := span{k, mt.v.mentions[mi].End}
				saved := mt.m
				mt.setSlot(e.kind, short)
				if mt.fwd(ei+1, short.end) {
					return true
				}
				mt.m = saved
			}
		}
		if !mt.v.skippable(k, mt.own, mt.noun) {
			break
		}
		if t := mt.v.s.Tokens[k].Tag; t == "IN" || t == "TO" {
			adverbial := mt.v.adverbialPrep(k)
			if mt.v.lower[k] != "that" && !adverbial {
				crossedPrep = true
			} else if e.kind == elWord && k == pos && adverbial {
				// a phrase of time or measure right after the previous
				// element counts as one skipped token: "shortened by one
				// hour the nightly curfew"
				k = mt.v.measureEnd(k)
			}
		}
		skipped++
	}
	if e.optional {
		return mt.fwd(ei+1, pos)
	}
	return false
}

// back matches elements ei down to 0, ending at or before pos.
func (mt *matcher) back(ei, pos int) bool {
	mt.steps++
	if mt.steps > maxSteps {
		return false
	}
	if ei < 0 {
		mt.m.start = min(mt.m.start, pos+1)
		return true
	}
	e := mt.elems[ei]
	gap := mt.maxGap
	if mt.elems[ei+1].adjacent {
		gap = 0
	}
	skipped := 0
	for k := pos; k >= 0 && skipped <= gap; k-- {
		if j := mt.v.acronymOpen(k); j >= 0 {
			// "the Serbian Workers' Union (SSS) stopped work": the
			// bracketed short name counts as one skipped token
			k = j
			skipped++
			continue
		}
		switch e.kind {
		case elWord:
			if e.indexed && !mt.v.hasForm(e.lasts, k) {
				break // no alternative ends with this word
			}
			for _, alt := range e.alts {
				st := k - len(alt) + 1
				if st >= 0 && mt.v.wordsAt(alt, st) >= 0 && mt.back(ei-1, st-1) {
					return true
				}
			}
		case elTarget, elSource:
			if sp := mt.v.slotBack(k); sp.ok() {
				saved := mt.m
				mt.setSlot(e.kind, sp)
				if mt.back(ei-1, sp.start-1) {
					return true
				}
				mt.m = saved
			}
		}
		if !mt.v.skippable(k, mt.own, mt.noun) {
			break
		}
		skipped++
	}
	if e.optional {
		return mt.back(ei-1, pos)
	}
	return false
}

// slotAt returns the phrase filling a slot at token k going forward: an
// argument of the anchor's clause that starts there (its logical object or
// a prepositional object, whatever the chunker made of it), else a phrase
// from slotFwd.
func (mt *matcher) slotAt(k int) span {
	sp := mt.v.slotFwd(k)
	if ci := mt.m.clause; ci >= 0 && ci < len(mt.v.s.Clauses) && !mt.noun {
		cl := &mt.v.s.Clauses[ci]
		try := func(a *nlp.Arg) {
			if a != nil && a.Start == k && a.End > sp.end && a.End <= len(mt.v.lemma) {
				sp = span{a.Start, a.End}
			}
		}
		try(cl.Object)
		for i := range cl.Preps {
			try(&cl.Preps[i])
		}
	}
	return sp
}

func (mt *matcher) setSlot(k elemKind, sp span) {
	if k == elTarget {
		mt.m.tgt = sp
	} else {
		mt.m.src = sp
	}
}

func isAnd(e elem) bool {
	for _, a := range e.alts {
		if len(a) == 1 && (a[0] == "and" || a[0] == "&") {
			return true
		}
	}
	return false
}

// phraseStart reports whether token k, right after an actor mention,
// starts a new phrase rather than continuing the mention's own: not a noun
// the actor modifies ("EU funds"), a conjunction ("EU and US funds") or a
// possessive ending.
func (v *sview) phraseStart(k int) bool {
	if k < 0 || k >= len(v.s.Tokens) {
		return false
	}
	t := v.s.Tokens[k].Tag
	return t != "" && !strings.HasPrefix(t, "NN") && t != "CC" && t != "POS" && t != "," && !v.boundary[k]
}

// namesActor reports whether a phrase holds a mention of an actor (not an
// agency).
func (v *sview) namesActor(sp span) bool {
	for _, m := range v.mentions {
		if m.Start >= sp.start && m.End <= sp.end && !m.Agency && len(m.Actors) > 0 {
			return true
		}
	}
	return false
}

// compound reports whether a phrase names two or more actors.
func (v *sview) compound(sp span) bool {
	n := 0
	for _, m := range v.mentions {
		if m.Start >= sp.start && m.End <= sp.end && !m.Agency {
			n += len(m.Actors)
		}
	}
	return n >= 2
}

// anchorAlt returns the end of the anchor phrase at token k, or -1. The
// first word of a verb anchor matches the clause's verb lemma (given as
// lemma) or the surface form.
func (v *sview) anchorAt(e elem, k int, lemma string) int {
	if e.indexed && e.single && lemma == v.lemma[k] {
		// one-word alternatives: the anchor is the token when one of
		// them is its lemma or lower-case form
		if v.hasForm(e.firsts, k) {
			return k + 1
		}
		return -1
	}
	for _, alt := range e.alts {
		if alt[0] != lemma && alt[0] != v.lemma[k] && alt[0] != v.lower[k] {
			continue
		}
		ok := true
		for j := 1; j < len(alt); j++ {
			if k+j >= len(v.lemma) || (v.lemma[k+j] != alt[j] && v.lower[k+j] != alt[j]) {
				ok = false
				break
			}
		}
		if ok {
			return k + len(alt)
		}
	}
	return -1
}

// tryPattern matches p with its anchor at token k (the verb head of clause
// ci for a verb pattern). It returns the match and whether it succeeded.
// The caller has checked that the sentence may match p (sview.mayMatch).
func (c *Coder) tryPattern(v *sview, p *Pattern, k, ci int, lemma string) (match, bool) {
	m, ok := c.tryElems(v, p, p.elems, k, ci, lemma)
	if p.dative != nil && (!ok || (m.tgt.ok() && !v.namesActor(m.tgt))) {
		// "give Tanzania a grant" for "give a grant to Tanzania"; also when
		// the plain order only found a purpose in the slot: "gave the Ivory
		// Coast 5 million dollars of aid for agricultural projects"
		if m2, ok2 := c.tryElems(v, p, p.dative, k, ci, lemma); ok2 && (!ok || v.namesActor(m2.tgt)) {
			return m2, true
		}
	}
	if !ok && p.passive != nil && !p.Noun && ci >= 0 && ci < len(v.s.Clauses) && v.s.Clauses[ci].Verb.Passive {
		// "was put under investigation" for "put + under investigation":
		// the object of the active is the passive's subject
		if m2, ok2 := c.tryElems(v, p, p.passive, k, ci, lemma); ok2 {
			return m2, true
		}
	}
	return m, ok
}

// tryElems matches one element sequence of p (see tryPattern).
func (c *Coder) tryElems(v *sview, p *Pattern, elems []elem, k, ci int, lemma string) (match, bool) {
	mt := &matcher{v: v, p: p, elems: elems, own: -1, noun: p.Noun, maxGap: c.maxGap}
	if !p.Noun && ci >= 0 {
		mt.own = ci
	}
	mt.m = match{p: p, clause: ci, start: k, end: k, deepest: p.anchor}
	end := v.anchorAt(p.elems[p.anchor], k, lemma)
	if end < 0 {
		return mt.m, false
	}
	mt.m.anchor = span{k, end}
	mt.m.end = end
	// elements after the anchor; the anchor's own verb group may hold a
	// particle or adverb, which the skip rule allows.
	if !mt.fwd(p.anchor+1, end) {
		return mt.m, false
	}
	if p.anchor > 0 {
		before := k - 1
		if !p.Noun && ci >= 0 {
			vg := v.s.Clauses[ci].Verb
			if vg.Start >= 0 && vg.Start < k {
				// auxiliaries of the verb group are skippable; start at its start
				before = k - 1
			}
		}
		mt.m.deepest = 0
		if !mt.back(p.anchor-1, before) {
			return mt.m, false
		}
	}
	return mt.m, true
}

// timeWords head a prepositional phrase of time that may stand between a
// verb and its object ("forced out on Wednesday more than 1,000 refugees").
var timeWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true,
	"sunday": true, "today": true, "yesterday": true, "tonight": true, "night": true, "morning": true,
	"afternoon": true, "evening": true, "weekend": true, "week": true, "month": true, "year": true,
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true, "dawn": true,
	"midnight": true, "noon": true, "least": true, "most": true, "times": true,
}

// unitWords are the nouns of a measure phrase after a number ("by one
// hour", "for two weeks") that timeWords lacks.
var unitWords = map[string]bool{
	"hour": true, "hours": true, "minute": true, "minutes": true, "day": true, "days": true,
	"weeks": true, "months": true, "years": true,
	"percent": true, "per": true, "cent": true,
}

// measureEnd returns the last token of the phrase of time or measure that
// the preposition at k heads (k itself when nothing follows it): numbers,
// determiners, adjectives, adverbs, time words and units ("on Monday",
// "by one hour", "at least"), never a following noun of another kind.
func (v *sview) measureEnd(k int) int {
	end := k
	for j := k + 1; j < len(v.lower) && j <= k+4; j++ {
		t := v.s.Tokens[j].Tag
		if timeWords[v.lower[j]] || unitWords[v.lower[j]] || t == "CD" || t == "DT" || t == "RB" || t == "JJ" {
			if v.boundary[j] || v.verb[j] {
				break
			}
			end = j
			continue
		}
		break
	}
	// a determiner, adjective or adverb that starts the next phrase
	// ("the nightly curfew") stays with it
	for end > k && (v.s.Tokens[end].Tag == "DT" || v.s.Tokens[end].Tag == "JJ" || v.s.Tokens[end].Tag == "RB") {
		end--
	}
	if end+1 < len(v.lower) && strings.HasPrefix(v.s.Tokens[end+1].Tag, "NN") {
		// "in the four-and-a-half year war": the time word modifies a noun
		return k
	}
	return end
}

// adverbialPrep reports whether the preposition at k starts a phrase of
// time or quantity, not an argument: "on Wednesday", "at least 12", "up
// to 16", "about 200".
func (v *sview) adverbialPrep(k int) bool {
	if v.lower[k] == "of" {
		return false // "a grant of 580 million": the amount of a noun
	}
	if k > 0 && v.lower[k] == "to" && v.lower[k-1] == "up" {
		return true
	}
	for j := k + 1; j < len(v.lower) && j <= k+3; j++ {
		if timeWords[v.lower[j]] || v.s.Tokens[j].Tag == "CD" || (v.lower[k] == "up" && v.lower[j] == "to") {
			return true
		}
		if t := v.s.Tokens[j].Tag; t != "DT" && t != "JJ" && t != "RB" && t != "PRP$" {
			return false
		}
	}
	return false
}

// Letter cases of a word (asciiCase).
const (
	asciiLower    = iota // all ASCII, no capital letter: its own lower case
	asciiCapitals        // all ASCII, with a capital letter
	notASCII             // some byte is not ASCII
)

// asciiCase tells whether w is all ASCII and whether it has a capital
// letter, in one pass. (Not inlined: in the long loops of newView its
// loop would keep its variables on the stack.)
//
//go:noinline
func asciiCase(w string) int {
	var all, upper byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		all |= c
		// for c < 0x80, bit 7 of c+0x3F is set from 'A' on, and bit 7 of
		// c+0x25 from 'Z'+1 on: the difference marks a capital
		upper |= (c + 0x3F) &^ (c + 0x25)
	}
	if all >= 0x80 {
		return notASCII
	}
	if upper&0x80 != 0 {
		return asciiCapitals
	}
	return asciiLower
}
