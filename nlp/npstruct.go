package nlp

// npSpan is an extended noun phrase: base NPs joined by possessives, "of"
// attachments, appositions and coordination, over tokens [start, end).
// chunk is the index of its head base NP (the first conjunct of a
// coordination), head the head token.
type npSpan struct {
	start, end int
	head       int
	chunk      int
}

// maxListItems bounds a coordination so that parsing stays linear.
const maxListItems = 24

// npParser builds extended noun phrases over the chunks of a sentence.
type npParser struct {
	toks   []Token
	lower  string
	chunks []Chunk
	// byStart maps a token index to the chunk starting there, or -1.
	byStart []int
	// ints is the document's slab for the Conjuncts lists; a new array
	// holds at least intEst.
	ints   *slab[int]
	intEst int
}

func newNPParser(toks []Token, chunks []Chunk, lower string, sc *scratch) *npParser {
	sc.byStart = growInts(sc.byStart, len(toks)+1)
	sc.np = npParser{toks: toks, lower: lower, chunks: chunks, byStart: sc.byStart, ints: &sc.intSlab, intEst: sc.tokLeft/30 + 4}
	p := &sc.np
	for ci, c := range chunks {
		p.byStart[c.Start] = ci
	}
	return p
}

// npAt returns the NP chunk starting at token i, or -1.
func (p *npParser) npAt(i int) int {
	if i < 0 || i >= len(p.toks) {
		return -1
	}
	c := p.byStart[i]
	if c >= 0 && p.chunks[c].Kind == NP {
		return c
	}
	return -1
}

func (p *npParser) lowerAt(i int) string {
	if i < 0 || i >= len(p.toks) {
		return ""
	}
	return p.lower[p.toks[i].Start:p.toks[i].End]
}

// cnp parses possessives and "of" attachments from the NP chunk c:
// (NP POS)* NP (of NP-list)*. It returns the end token and the head chunk.
func (p *npParser) cnp(c int) (end, headChunk int) {
	headChunk = c
	end = p.chunks[c].End
	// Possessive chain.
	for end < len(p.toks) && p.toks[end].Tag == "POS" {
		nc := p.npAt(end + 1)
		if nc < 0 {
			end++ // "the minister's" with nothing after
			break
		}
		headChunk = nc
		end = p.chunks[nc].End
	}
	// "the party's spokeswoman for women Sandra Gidley": the role, its
	// "for" phrase and the name are one phrase headed by the name.
	if a := p.chunks[headChunk].Apposition; a > headChunk && a < len(p.chunks) && p.chunks[a].Start > end && p.chunks[a].Start <= end+4 {
		if nc := p.npAt(end + 1); nc >= 0 && p.chunks[nc].End == p.chunks[a].Start {
			headChunk = a
			end = p.chunks[a].End
		}
	}
	// "of" attachments.
	for end < len(p.toks) && p.lowerAt(end) == "of" {
		oc := p.npAt(end + 1)
		if oc < 0 {
			break
		}
		oend := p.chunks[oc].End
		for oend < len(p.toks) && p.toks[oend].Tag == "POS" {
			nc := p.npAt(oend + 1)
			if nc < 0 {
				break
			}
			oend = p.chunks[nc].End
		}
		// A list of proper names inside the "of" phrase: "of Syria,
		// Russia, Iran and Turkey", "of Foreign Affairs and Expatriates".
		if isProper(p.toks[p.chunks[oc].Head].Tag) {
			if lend, ok := p.properList(oc, oend); ok {
				oend = lend
			}
		}
		end = oend
	}
	return end, headChunk
}

// properList extends a proper-name NP at chunk c (ending at end) over a
// coordination of proper names closed by "and"/"or". It sets Conjuncts on c.
func (p *npParser) properList(c, end int) (int, bool) {
	var buf [8]int
	items := append(buf[:0], c)
	i := end
	for len(items) < maxListItems {
		w := p.lowerAt(i)
		if w == "," {
			if p.lowerAt(i+1) == "and" || p.lowerAt(i+1) == "or" {
				i++
				continue
			}
			nc := p.npAt(i + 1)
			if nc < 0 || !isProper(p.toks[p.chunks[nc].Head].Tag) {
				return end, false
			}
			items = append(items, nc)
			i = p.chunks[nc].End
			continue
		}
		if w == "and" || w == "or" {
			nc := p.npAt(i + 1)
			if nc < 0 || !isProper(p.toks[p.chunks[nc].Head].Tag) || p.startsDescriptive(nc) {
				return end, false
			}
			items = append(items, nc)
			p.chunks[c].Conjuncts = p.ints.copyOf(items, p.intEst)
			return p.chunks[nc].End, true
		}
		return end, false
	}
	return end, false
}

// startsDescriptive reports an NP chunk that opens with a determiner or a
// possessive pronoun ("the minister", "his counterpart").
func (p *npParser) startsDescriptive(c int) bool {
	tg := p.toks[p.chunks[c].Start].Tag
	if tg == "CD" && p.chunks[c].End == p.chunks[c].Start+1 && p.lowerAt(p.chunks[c].End) == "of" {
		return true // "one of the leading providers"
	}
	return tg == "DT" || tg == "PRP$" || tg == "WP$"
}

// descriptive reports an NP usable as the description in an apposition.
func (p *npParser) descriptive(c int) bool {
	if p.startsDescriptive(c) {
		return true
	}
	h := p.chunks[c].Head
	tg := p.toks[h].Tag
	if tg == "NN" || tg == "NNS" {
		return true
	}
	_, title := titleWords()[p.lowerAt(h)]
	return title
}

// properNP reports an NP that names someone or something.
func (p *npParser) properNP(c int) bool {
	return isProper(p.toks[p.chunks[c].Head].Tag) && !p.startsDescriptive(c)
}

// npEndsClean reports whether the token at i may follow an NP that is an
// appositive or a conjunct: not a finite verb starting a new clause.
func (p *npParser) npEndsClean(i int) bool {
	if i >= len(p.toks) {
		return true
	}
	tg := p.toks[i].Tag
	switch tg {
	case "VBD", "VBZ", "VBP", "MD":
		return false
	}
	return true
}

// app parses a CNP with an optional apposition: CNP , CNP2.
func (p *npParser) app(c int) (end, headChunk int) {
	end, headChunk = p.cnp(c)
	if p.lowerAt(end) != "," {
		return end, headChunk
	}
	c2 := p.npAt(end + 1)
	if c2 < 0 {
		return end, headChunk
	}
	end2, head2 := p.cnp(c2)
	next := p.lowerAt(end2)
	first := p.properNP(headChunk) && p.chunks[headChunk].Possessor < 0
	w2 := p.lowerAt(p.chunks[c2].Start)
	indefinite := (w2 == "a" || w2 == "an" || p.toks[p.chunks[c2].Start].Tag == "CD" && p.startsDescriptive(c2)) && next == ","
	// "Hareth Rabbah, 24, from Afrin, said": an age after a name.
	age := first && p.chunks[c2].End == p.chunks[c2].Start+1 && p.toks[p.chunks[c2].Start].Tag == "CD" && next == ","
	if age {
		p.chunks[headChunk].Apposition = c2
		return end2, headChunk
	}
	desc2 := p.descriptive(head2)
	for k := c2; k < head2 && !desc2; k++ {
		// "director of the group for women Sandra Gidley": the role
		// before a name it points to describes.
		desc2 = p.chunks[k].Apposition == head2 && p.descriptive(k)
	}
	if !(first && desc2) && !(p.descriptive(headChunk) && p.properNP(c2)) && !((p.startsDescriptive(headChunk) || p.chunks[headChunk].Possessor >= 0 || isProper(p.toks[p.chunks[headChunk].Head].Tag)) && indefinite) {
		return end, headChunk
	}
	if next != "," && next != "" && next != "." && !p.npEndsClean(end2) {
		return end, headChunk
	}
	p.chunks[headChunk].Apposition = head2
	return end2, headChunk
}

// parse parses the extended NP that starts with chunk c. inObject says the
// NP follows a verb or preposition, where "and NP verb" coordinates
// clauses rather than noun phrases.
func (p *npParser) parse(c int, inObject bool) npSpan {
	start := p.chunks[c].Start
	end, hc := p.app(c)
	var buf [8]int
	items := append(buf[:0], hc)
	listEnd := end
	i := end
	for len(items) < maxListItems {
		w := p.lowerAt(i)
		if w == "," {
			if nw := p.lowerAt(i + 1); nw == "and" || nw == "or" {
				i++
				continue
			}
			nc := p.npAt(i + 1)
			if nc < 0 {
				break
			}
			e2, h2 := p.app(nc)
			items = append(items, h2)
			i = e2
			continue
		}
		if w == "and" || w == "or" {
			nc := p.npAt(i + 1)
			if nc < 0 {
				break
			}
			e2, h2 := p.app(nc)
			if inObject && !p.npEndsClean(e2) {
				break
			}
			items = append(items, h2)
			listEnd = e2
			p.chunks[hc].Conjuncts = p.ints.copyOf(items, p.intEst)
			end = listEnd
		}
		break
	}
	// An apposition to a whole coordination: "Iran and Russia, two key
	// allies of Syria, met".
	if len(p.chunks[hc].Conjuncts) > 0 && p.chunks[hc].Apposition < 0 && p.lowerAt(end) == "," {
		if c2 := p.npAt(end + 1); c2 >= 0 {
			end2, head2 := p.cnp(c2)
			if p.lowerAt(end2) == "," && p.descriptive(head2) && !p.properNP(c2) {
				p.chunks[hc].Apposition = head2
				end = end2
			}
		}
	}
	return npSpan{start: start, end: end, head: p.chunks[hc].Head, chunk: hc}
}

// NounModifier reports whether token i of s is a common noun that
// modifies a later noun of its base NP ("refugee" in "the Syrian refugee
// crisis", "militia" in "the militia leaders"): it is not the head of
// the phrase, so it names no participant by itself. A mention built from
// it should take the whole phrase up to the head, or none.
func (s *Sentence) NounModifier(i int) bool {
	if i < 0 || i >= len(s.Tokens) {
		return false
	}
	if t := s.Tokens[i].Tag; t != "NN" && t != "NNS" {
		return false
	}
	for k := range s.Chunks {
		c := &s.Chunks[k]
		if c.Start > i {
			break
		}
		if c.Kind != NP || i >= c.End {
			continue
		}
		if i >= c.Head {
			return false
		}
		for j := i + 1; j <= c.Head; j++ {
			t := s.Tokens[j].Tag
			if t == "NN" || t == "NNS" || t == "NNP" || t == "NNPS" {
				return true
			}
			if t == "POS" || t == "CC" || t == "," {
				return false
			}
		}
		return false
	}
	return false
}
