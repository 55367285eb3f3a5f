package nlp

import (
	"strings"
	"unicode/utf8"
)

// Named entities come from runs of capitalised words (proper-noun tags or
// gazetteer names), split at title words and classified by the gazetteer,
// organisation words, title words before them and what the document said
// of the same name before.

type entityFinder struct {
	s     *Sentence
	toks  []Token
	lower string
	seen  map[string]EntityKind
	out   []Entity
	// nameBuf is gazMatch's buffer for names of several words.
	nameBuf []byte
	// allCaps marks a sentence written in capitals, where case says
	// nothing about names (valid when allCapsKnown; see isAllCaps).
	allCaps, allCapsKnown bool
}

func (f *entityFinder) low(i int) string {
	if i < 0 || i >= len(f.toks) {
		return ""
	}
	return f.lower[f.toks[i].Start:f.toks[i].End]
}

// findEntities returns the entities of a sentence in token order.
func findEntities(s *Sentence, lower string, sc *scratch) []Entity {
	if sc.seen == nil {
		sc.seen = map[string]EntityKind{}
	}
	sc.ef = entityFinder{s: s, toks: s.Tokens, lower: lower, seen: sc.seen, out: sc.entBuf[:0], nameBuf: sc.ef.nameBuf}
	f := &sc.ef
	sc.entTime = growBools(sc.entTime, len(s.Tokens))
	inTime := sc.entTime
	// Every time expression, a bare year included, is a DATE.
	for _, t := range s.Times {
		f.out = append(f.out, Entity{Kind: DateEntity, Start: t.Start, End: t.End})
		for i := t.Start; i < t.End; i++ {
			inTime[i] = true
		}
	}
	n := len(f.toks)
	for i := 0; i < n; {
		// (A word that begins with a lower-case ASCII letter, most
		// words, is no capitalised word: see capWord.)
		if c := f.toks[i].Text; inTime[i] || c != "" && c[0] >= 'a' && c[0] <= 'z' || !f.capWord(i) {
			i++
			continue
		}
		j := i + 1
		for j < n && !inTime[j] {
			if f.capWord(j) {
				j++
				continue
			}
			// "Savings and Loan Association": "and" inside an
			// organisation's name.
			if (f.low(j) == "and" || f.low(j) == "&") && j+1 < n && f.capWord(j+1) && f.orgAhead(j+1) {
				j++
				continue
			}
			// Name particles: "Abdel Fattah al-Sisi", "Osama bin Laden".
			if w := f.low(j); (strings.HasPrefix(w, "al-") || strings.HasPrefix(w, "el-")) && len(w) > 3 && startsUpper(f.toks[j].Text[3:]) || (w == "bin" || w == "ibn" || w == "al" || w == "van" || w == "von" || w == "de") && j+1 < n && f.capWord(j+1) {
				j++
				continue
			}
			// "Ministry of Foreign Affairs", "Bank of England".
			if (f.low(j) == "of" || f.low(j) == "for") && j+1 < n && f.capWord(j+1) && f.hasOrgWord(i, j) {
				j++
				continue
			}
			break
		}
		f.run(i, j)
		i = j
	}
	sortEntities(f.out)
	sc.entBuf = f.out[:0]
	return sc.entSlab.copyOf(f.out, sc.tokLeft/14+4)
}

func sortEntities(es []Entity) {
	// Insertion sort: lists are short.
	for i := 1; i < len(es); i++ {
		for k := i; k > 0 && es[k].Start < es[k-1].Start; k-- {
			es[k], es[k-1] = es[k-1], es[k]
		}
	}
}

// capWord reports a capitalised word that may be part of a name.
func (f *entityFinder) capWord(i int) bool {
	t := &f.toks[i]
	if c := t.Text; c == "" || c[0] < utf8.RuneSelf && (c[0] < 'A' || c[0] > 'Z') || !startsUpper(c) {
		return false // (an ASCII first byte other than a capital: most words)
	}
	if isProper(t.Tag) {
		return true
	}
	w := f.low(i)
	// A one-word name is the first word of a name: a word of no first
	// word's shape is neither.
	if g := gazetteer(); w != "" && g.first.mayHave(w) {
		if _, ok := g.names[w]; ok {
			return true
		}
		if _, ok := g.firstWd[w]; ok && (t.Tag == "NN" || t.Tag == "JJ") {
			return true
		}
	}
	// Capitalised words inside a sentence that the tagger did not call
	// proper nouns: "Foreign Minister", "Agency".
	if i > 0 && (isNoun(t.Tag) || isAdj(t.Tag)) && !f.isAllCaps() {
		return true
	}
	return false
}

// isAllCaps returns allCapsSentence, found on the first call for the
// sentence (most sentences never ask).
func (f *entityFinder) isAllCaps() bool {
	if !f.allCapsKnown {
		f.allCaps, f.allCapsKnown = f.allCapsSentence(), true
	}
	return f.allCaps
}

// allCapsSentence reports a sentence written in capitals, where case says
// nothing.
func (f *entityFinder) allCapsSentence() bool {
	lower, upper := 0, 0
	t := f.s.Text
	for i := 0; i < len(t); i++ {
		if c := t[i]; c >= 'a' && c <= 'z' {
			lower++
			// Capitals must outnumber small letters four to one; stop
			// once even an all-capital rest could not make that up.
			if 4*lower >= upper+len(t)-i-1 {
				return false
			}
		} else if c >= 'A' && c <= 'Z' {
			upper++
		}
	}
	return lower+upper > 8 && upper > 4*lower
}

// orgAhead reports an organisation word in the capitalised run that
// starts at i.
func (f *entityFinder) orgAhead(i int) bool {
	set := orgSet()
	for k := i; k < len(f.toks) && k < i+6 && startsUpper(f.toks[k].Text); k++ {
		if set.has(f.low(k)) {
			return true
		}
	}
	return false
}

// hasOrgWord reports an organisation word among tokens [i, j).
func (f *entityFinder) hasOrgWord(i, j int) bool {
	set := orgSet()
	for k := i; k < j; k++ {
		if set.has(f.low(k)) {
			return true
		}
	}
	return false
}

// isTitle reports a title word at token i ("president", "minister").
func (f *entityFinder) isTitle(i int) bool {
	return titleSet().has(f.low(i))
}

// gazMatch returns the length in tokens of the longest gazetteer name at
// token i within [i, j), and its kind.
func (f *entityFinder) gazMatch(i, j int) (int, EntityKind) {
	g := gazetteer()
	w := f.low(i)
	if w == "" || !g.first.mayHave(w) {
		return 0, ""
	}
	if _, ok := g.firstWd[w]; !ok {
		return 0, ""
	}
	best, kind := 0, EntityKind("")
	if e, ok := g.names[w]; ok {
		best, kind = 1, e.kind
	}
	// The longer names are built in a reused buffer (the lookup of
	// string(name) does not copy it).
	name := append(f.nameBuf[:0], w...)
	for k := i + 1; k < j && k-i < g.maxLen; k++ {
		name = append(append(name, ' '), f.low(k)...)
		if e, ok := g.names[string(name)]; ok {
			best, kind = k-i+1, e.kind
		}
	}
	f.nameBuf = name[:0]
	return best, kind
}

func isAcronym(s string) bool {
	if len(s) < 2 || len(s) > 8 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'A' && c <= 'Z') && c != '.' && c != '&' {
			return false
		}
	}
	return true
}

// run classifies the capitalised run [i, j).
func (f *entityFinder) run(i, j int) {
	// Organisations: a run with an organisation word covers the whole
	// run from its first non-title word ("official Iranian News Agency").
	if f.hasOrgWord(i, j) {
		s := i
		for s < j && f.isTitle(s) {
			s++
		}
		// A leading place or nationality stays part of the name
		// ("Iranian News Agency", "Syrian Army").
		if s < j && !(j-s == 1 && f.isTitle(s)) {
			last := j - 1
			if _, ok := orgWords()[f.low(last)]; ok || j-s > 1 {
				f.add(Org, s, j)
				return
			}
		}
	}
	k := i
	segStart := -1
	flush := func(end int) {
		if segStart < 0 {
			return
		}
		f.classify(segStart, end)
		segStart = -1
	}
	for k < j {
		if n, kind := f.gazMatch(k, j); n > 0 {
			// "Iranian" before a name is a nationality; inside a
			// person's name run ("Jordan Peterson") the gazetteer wins
			// only at the start.
			flush(k)
			f.add(kind, k, k+n)
			k += n
			continue
		}
		if f.isTitle(k) && !isProper(f.toks[k].Tag) || f.isTitle(k) && segStart < 0 {
			flush(k)
			k++
			continue
		}
		if segStart < 0 {
			segStart = k
		}
		k++
	}
	flush(j)
}

// classify labels a run of capitalised words that is neither a gazetteer
// name nor a title.
func (f *entityFinder) classify(s, e int) {
	text := f.toks[s].Text
	if e-s == 1 && isAcronym(text) {
		if k, ok := f.seen[f.low(s)]; ok {
			f.add(k, s, e)
			return
		}
		f.add(Org, s, e)
		return
	}
	// Sentence-initial capitalised common words are not names.
	if !isProper(f.toks[s].Tag) && (s == 0 || !isProper(f.toks[e-1].Tag)) {
		return
	}
	titled := s > 0 && f.isTitle(s-1) || s > 1 && f.low(s-1) == "," && f.isTitle(s-2)
	if (e-s >= 2 && f.personEvidence(s, e)) || titled {
		for k := s; k < e; k++ {
			if !isProper(f.toks[k].Tag) && !isNameParticle(f.low(k)) && !(k > s && startsUpper(f.toks[k].Text)) {
				return
			}
		}
		f.add(Person, s, e)
		f.seen[f.low(e-1)] = Person
		f.seen[f.low(s)] = Person
		return
	}
	if k, ok := f.seen[f.low(s)]; ok {
		f.add(k, s, e)
		return
	}
	// A lone name quoted by someone: "quoted Bogdanov as saying". (A
	// lone name before "said" may as well be a firm: "Chrysler said".)
	if isProper(f.toks[s].Tag) && s > 0 && f.toks[s-1].Lemma == "quote" {
		f.add(Person, s, e)
		f.seen[f.low(s)] = Person
	}
}

func (f *entityFinder) add(k EntityKind, s, e int) {
	if e <= s {
		return
	}
	f.out = append(f.out, Entity{Kind: k, Start: s, End: e})
	if k == Org && e-s == 1 {
		f.seen[f.low(s)] = Org
	}
	if k == Org && e-s > 1 {
		// An acronym in apposition: "the official Iranian News Agency, IRNA".
		if e+1 < len(f.toks) && f.low(e) == "," && isAcronym(f.toks[e+1].Text) {
			f.seen[f.low(e+1)] = Org
		}
	}
}

// isNameParticle reports the lower-case particles inside personal names.
func isNameParticle(w string) bool {
	switch w {
	case "bin", "ibn", "al", "van", "von", "de":
		return true
	}
	return strings.HasPrefix(w, "al-") || strings.HasPrefix(w, "el-")
}

// personEvidence reports a sign that a run of two or more capitalised
// words names a person rather than a firm or a place: a common given
// name first, a verb of saying or an age after it, or a description in
// apposition after it ("X, the minister").
func (f *entityFinder) personEvidence(s, e int) bool {
	if _, ok := givenNames()[f.low(s)]; ok {
		return true
	}
	if e < len(f.toks) {
		if isReporting(f.toks[e].Lemma) && isVerb(f.toks[e].Tag) {
			return true
		}
		if f.low(e) == "," && e+2 < len(f.toks) {
			if f.toks[e+1].Tag == "CD" && f.low(e+2) == "," {
				return true
			}
			for k := e + 1; k < len(f.toks) && k < e+6; k++ {
				if f.isTitle(k) && isNoun(f.toks[k].Tag) {
					return true
				}
				if f.low(k) == "," || isVerb(f.toks[k].Tag) {
					break
				}
			}
		}
	}
	return false
}
