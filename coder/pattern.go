package coder

import (
	"cmp"
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"
)

// elemKind is the kind of one pattern element.
type elemKind uint8

const (
	elWord   elemKind = iota // a word (or phrase) that must appear
	elVerb                   // the verb anchor
	elNoun                   // the noun anchor
	elTarget                 // the target slot (+)
	elSource                 // the source slot ($)
)

// elem is one element of a compiled pattern.
type elem struct {
	kind elemKind
	// alts are the alternatives; each is a phrase of one or more lower-case
	// words that must occur on consecutive tokens.
	alts     [][]string
	optional bool
	// adjacent requires the element to follow the previous one with no
	// skipped token (PETRARCH "_" joins).
	adjacent bool
	// firsts and lasts are the first and the last words of the
	// alternatives of a word element, as masks over the dictionary's
	// word bitset (dictionary.words), when indexed is true: a token whose
	// forms are in neither starts (ends) no alternative.
	firsts, lasts []reqBits
	indexed       bool
	// single is true when every alternative is one word.
	single bool
}

// Pattern is one compiled verb or noun pattern.
type Pattern struct {
	// ID is the unique pattern id ("041.discuss-by-phone", or file:line for
	// PETRARCH/TABARI entries).
	ID string
	// Code is the CAMEO code the pattern codes to; empty for a discard.
	Code string
	// Discard is true for a pattern that blocks any event from its anchor.
	Discard bool
	// Noun is true when the anchor is a noun (an event nominal).
	Noun bool
	// Both codes the two directions.
	Both bool
	// Pair is the code of the paired event target->source (PETRARCH
	// "[032:033]"), or "".
	Pair string
	// NoSource and NoTarget allow an event without that actor.
	NoSource, NoTarget bool
	// Mode overrides the PLOVER mode.
	Mode string
	// Origin is file:line of the pattern.
	Origin string
	// Text is the pattern as written.
	Text string

	elems  []elem
	anchor int // index of the anchor element in elems
	// req lists, for each required word element, the first words of its
	// alternatives: a sentence lacking all of them cannot match.
	req [][]string
	// reqBits are req as masks over the bitset of the dictionary's
	// required words (dictionary.words, sview.present): each element is a
	// run of words of the bitset, the last flagged; the elements with the
	// fewest words come first.
	reqBits []reqBits
	// dative is the dative-shifted variant of a pattern ending in
	// "to|for +": the target right after the verb ("give X aid").
	dative []elem
	// passive is the pattern without the target slot that follows its
	// verb anchor, for a passive clause ("was put under investigation"
	// for "put + under investigation", "was attacked" for "attack +");
	// nil when there is no such slot or only prepositions follow it.
	passive []elem
	// weight orders competing matches: more required words, more specific.
	weight int
}

// dictionary is the set of compiled patterns indexed by anchor lemma.
type dictionary struct {
	verbs map[string][]*Pattern // by anchor verb lemma (first word of the alternative)
	nouns map[string][]*Pattern // by anchor noun lemma
	ids   map[string]*Pattern
	sets  map[string][][]string
	all   []*Pattern
	// words numbers the words of the patterns: first the first words of
	// the alternatives of required elements (the pre-filter's bitset),
	// then the first and last words of all word elements.
	words map[string]int32
	// lex numbers every word the matcher looks up for a token (required
	// words and verb and noun anchors): entries[lex[w]] is what the
	// dictionary knows of w. Built by sortIndex.
	lex     map[string]int32
	entries []lexEntry
	// issueIx is the index of the issue keywords (set by New), whose
	// first words sortIndex enters in lex too.
	issueIx issueIndex
	// short finds the entries of the words of lex of at most 16 bytes
	// (nearly all) by their bytes, without hashing a string: see lookup.
	short wordTable
}

// wordTable is an open-addressing table of the words of at most 16 bytes,
// each packed into two integers (packWord), with a filter: a bit per hash
// value, set for the words in the table, so that most words not in it are
// turned away without a probe.
type wordTable struct {
	mask   uint64 // len(slots)-1
	slots  []wordSlot
	filter [filterBits / 64]uint64
}

// wordSlot holds one word of a wordTable.
type wordSlot struct {
	lo, hi uint64 // the packed bytes
	n      int32  // the length; 0 for an empty slot
	e      int32  // the entry
}

// filterBits is the size of wordTable.filter.
const filterBits = 1 << 15

// maxShortWord is the longest word a wordTable holds.
const maxShortWord = 16

// packWord packs the bytes of w (at most maxShortWord) into two integers,
// little-endian, zero-padded.
func packWord(w string) (lo, hi uint64) {
	switch n := len(w); {
	case n >= 16:
		return load64(w), load64(w[8:])
	case n >= 8:
		return load64(w), loadTail(w[8:])
	default:
		return loadTail(w), 0
	}
}

// load64 packs the first 8 bytes of s (the compiler makes it one load).
func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// loadTail packs s, shorter than 8 bytes.
func loadTail(s string) uint64 {
	var x uint64
	i := 0
	if len(s) >= 4 {
		x = uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24
		i = 4
	}
	for ; i < len(s); i++ {
		x |= uint64(s[i]) << (8 * uint(i))
	}
	return x
}

// wordKey is a word packed for wordTable.find; n is 0 when the word has
// no key (it is empty, too long or not ASCII).
type wordKey struct {
	lo, hi uint64
	n      int
}

// Byte-wise constants for packed ASCII words.
const (
	bytes80 = 0x8080808080808080
	bytes3F = 0x3F3F3F3F3F3F3F3F
	bytes25 = 0x2525252525252525
)

// capitals has bit 7 set in each byte of x that is an ASCII capital
// letter (x holds ASCII bytes only: no byte carries into the next).
func capitals(x uint64) uint64 { return (x + bytes3F) &^ (x + bytes25) & bytes80 }

// asciiLetters has bit 7 set in each byte of x that is an ASCII letter (x
// holds ASCII bytes only; zero bytes are not letters).
func asciiLetters(x uint64) uint64 {
	y := x | 0x2020202020202020 // small letters
	return (y + 0x1F1F1F1F1F1F1F1F) &^ (y + 0x0505050505050505) & bytes80
}

// lowerKey returns the key of the lower case of w and the case of w
// (asciiCase), in one pass over its bytes for a word of up to
// maxShortWord bytes.
func lowerKey(w string) (wordKey, int) {
	n := len(w)
	if n == 0 || n > maxShortWord {
		return wordKey{}, asciiCase(w)
	}
	lo, hi := packWord(w)
	if (lo|hi)&bytes80 != 0 {
		return wordKey{}, notASCII
	}
	cl, ch := capitals(lo), capitals(hi)
	if cl|ch == 0 {
		return wordKey{lo, hi, n}, asciiLower
	}
	// a capital's bit 7 shifted to bit 5 (0x20) makes it small
	return wordKey{lo | cl>>2, hi | ch>>2, n}, asciiCapitals
}

// lookupKey returns the entry index of word w whose key is k (from
// lowerKey), or -1.
func (d *dictionary) lookupKey(k wordKey, w string) int32 {
	if k.n == 0 {
		return d.lookup(w)
	}
	return d.short.find(k.lo, k.hi, k.n)
}

// wordHash mixes a packed word and its length.
func wordHash(lo, hi uint64, n int) uint64 {
	h := (lo ^ uint64(n)<<56) * 0x9E3779B97F4A7C15
	h ^= hi * 0xC2B2AE3D27D4EB4F
	return h ^ h>>29
}

// build fills the table with the words of lex that are short enough.
func (t *wordTable) build(lex map[string]int32) {
	size := 64
	for size < 2*len(lex) {
		size *= 2
	}
	t.mask, t.slots, t.filter = uint64(size-1), make([]wordSlot, size), [filterBits / 64]uint64{}
	for w, e := range lex {
		n := len(w)
		if n == 0 || n > maxShortWord {
			continue
		}
		lo, hi := packWord(w)
		h := wordHash(lo, hi, n)
		f := h >> 40 % filterBits
		t.filter[f/64] |= 1 << (f % 64)
		i := h & t.mask
		for t.slots[i].n != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = wordSlot{lo: lo, hi: hi, n: int32(n), e: e}
	}
}

// find returns the entry of the word packed as lo, hi with length n
// (1..maxShortWord), or -1.
func (t *wordTable) find(lo, hi uint64, n int) int32 {
	h := wordHash(lo, hi, n)
	if f := h >> 40 % filterBits; t.filter[f/64]&(1<<(f%64)) == 0 {
		return -1
	}
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.n == 0 {
			return -1
		}
		if s.lo == lo && s.hi == hi && s.n == int32(n) {
			return s.e
		}
	}
}

// reqBits is one word of the bitset of required words (sview.present)
// with the bits of some words of a required element; last marks the last
// of the element's words of the bitset.
type reqBits struct {
	mask uint64
	word int32
	last bool
}

// addBit adds word id to a list of masks.
func addBit(bits []reqBits, id int32) []reqBits {
	i := slices.IndexFunc(bits, func(b reqBits) bool { return b.word == id/64 })
	if i < 0 {
		i = len(bits)
		bits = append(bits, reqBits{word: id / 64})
	}
	bits[i].mask |= 1 << (id % 64)
	return bits
}

// hasWord reports whether the masks hold word id (id < 0: no).
func hasWord(bits []reqBits, id int32) bool {
	if id < 0 {
		return false
	}
	for _, b := range bits {
		if b.word == id/64 && b.mask&(1<<(id%64)) != 0 {
			return true
		}
	}
	return false
}

// lexEntry is what the dictionary knows of one word.
type lexEntry struct {
	req    int32      // the word's id among the pattern words (dictionary.words), or -1
	verbs  []cand     // the patterns anchored on the word as a verb, heaviest first
	nouns  []cand     // the patterns anchored on the word as a noun, heaviest first
	issues []issueKey // the issue keywords that start with the word
}

// cand is one pattern in an anchor's candidate list, with what the
// pre-filter and the merge of two lists need, so that a pattern the
// sentence cannot match is skipped without reading the Pattern itself.
type cand struct {
	p       *Pattern
	req     []reqBits // p.reqBits
	weight  int
	discard bool
}

// lookup returns the entry index of word w, or -1.
func (d *dictionary) lookup(w string) int32 {
	if n := len(w); n > 0 && n <= maxShortWord {
		lo, hi := packWord(w)
		return d.short.find(lo, hi, n)
	}
	if e, ok := d.lex[w]; ok {
		return e
	}
	return -1
}

// entry returns the entry index of w, adding an empty entry when w has
// none (while the dictionary is indexed).
func (d *dictionary) entry(w string) int32 {
	if e, ok := d.lex[w]; ok {
		return e
	}
	e := int32(len(d.entries))
	d.lex[w] = e
	d.entries = append(d.entries, lexEntry{req: -1})
	return e
}

// candsOf returns the candidate list of entry e (verbs, or nouns when
// noun is true); nil for e < 0.
func (d *dictionary) candsOf(e int32, noun bool) []cand {
	if e < 0 {
		return nil
	}
	if noun {
		return d.entries[e].nouns
	}
	return d.entries[e].verbs
}

func newDictionary() *dictionary {
	return &dictionary{
		verbs: map[string][]*Pattern{},
		nouns: map[string][]*Pattern{},
		ids:   map[string]*Pattern{},
		sets:  map[string][][]string{},
	}
}

// codeChecker reports whether a CAMEO code exists.
type codeChecker func(code string) bool

var (
	reHeader = regexp.MustCompile(`^\[([0-9]{2,4}|---)\]\s*(.*)$`)
	reSet    = regexp.MustCompile(`^&([A-Za-z0-9_.-]+)\s*=\s*(.+)$`)
	rePatID  = regexp.MustCompile(`^([A-Za-z0-9._-]+)\s*:\s*(.+)$`)
)

// parseHerald reads a Herald-format pattern file into d. name is used in
// error messages and Origin. Errors name file:line; a bad line is reported
// and the others are still read.
func (d *dictionary) parseHerald(name string, data []byte, known codeChecker) error {
	var errs []string
	code, discard, haveSection := "", false, false
	err := eachLine(data, func(lineNo int, line string) error {
		where := fmt.Sprintf("%s:%d", name, lineNo)
		if m := reHeader.FindStringSubmatch(line); m != nil {
			haveSection = true
			if m[1] == "---" {
				code, discard = "", true
				return nil
			}
			if known != nil && !known(m[1]) {
				errs = append(errs, fmt.Sprintf("%s: unknown CAMEO code %q", where, m[1]))
			}
			code, discard = m[1], false
			return nil
		}
		if m := reSet.FindStringSubmatch(line); m != nil {
			key := strings.ToLower(m[1])
			if _, dup := d.sets[key]; dup {
				errs = append(errs, fmt.Sprintf("%s: synonym set &%s redefined", where, m[1]))
				return nil
			}
			var alts [][]string
			for _, a := range strings.Split(m[2], "|") {
				if w := phrase(a); len(w) > 0 {
					alts = append(alts, w)
				}
			}
			if len(alts) == 0 {
				errs = append(errs, fmt.Sprintf("%s: empty synonym set &%s", where, m[1]))
				return nil
			}
			d.sets[key] = alts
			return nil
		}
		m := rePatID.FindStringSubmatch(line)
		if m == nil {
			errs = append(errs, fmt.Sprintf("%s: cannot read line %q", where, line))
			return nil
		}
		if !haveSection {
			errs = append(errs, fmt.Sprintf("%s: pattern %s before any [CODE] section", where, m[1]))
			return nil
		}
		p, err := d.compileHerald(m[1], m[2], where)
		if err != nil {
			errs = append(errs, fmt.Sprintf("%s: %v", where, err))
			return nil
		}
		p.Code, p.Discard = code, discard
		if err := d.add(p); err != nil {
			errs = append(errs, fmt.Sprintf("%s: %v", where, err))
		}
		return nil
	})
	if err != nil {
		errs = append(errs, fmt.Sprintf("%s: %v", name, err))
	}
	if len(errs) > 0 {
		if len(errs) > 20 {
			errs = append(errs[:20], fmt.Sprintf("... and %d more", len(errs)-20))
		}
		return fmt.Errorf("patterns %s: %s", name, strings.Join(errs, "; "))
	}
	return nil
}

// phrase splits "a_b c" into lower-case words.
func phrase(s string) []string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.ReplaceAll(s, "_", " ")
	return strings.Fields(s)
}

// compileHerald compiles "PATTERN ; OPTIONS".
func (d *dictionary) compileHerald(id, body, where string) (*Pattern, error) {
	p := &Pattern{ID: id, Origin: where, Text: strings.TrimSpace(body), anchor: -1}
	pat, opts, _ := strings.Cut(body, ";")
	for _, o := range strings.Fields(opts) {
		switch {
		case o == "both":
			p.Both = true
		case o == "nosource":
			p.NoSource = true
		case o == "notarget":
			p.NoTarget = true
		case strings.HasPrefix(o, "mode="):
			p.Mode = strings.TrimPrefix(o, "mode=")
		default:
			return nil, fmt.Errorf("pattern %s: unknown option %q", id, o)
		}
	}
	for _, f := range strings.Fields(pat) {
		e := elem{}
		if strings.HasPrefix(f, "(") && strings.HasSuffix(f, ")") && len(f) > 2 {
			e.optional = true
			f = f[1 : len(f)-1]
		}
		switch {
		case f == "+":
			e.kind = elTarget
		case f == "$":
			e.kind = elSource
		default:
			if strings.HasPrefix(f, "*") {
				e.kind = elVerb
				f = f[1:]
			} else if strings.HasPrefix(f, "@") {
				e.kind = elNoun
				f = f[1:]
			}
			alts, err := d.alternatives(f)
			if err != nil {
				return nil, fmt.Errorf("pattern %s: %w", id, err)
			}
			e.alts = alts
		}
		if e.kind == elVerb || e.kind == elNoun {
			if p.anchor >= 0 {
				return nil, fmt.Errorf("pattern %s: two anchors", id)
			}
			if e.optional {
				return nil, fmt.Errorf("pattern %s: the anchor cannot be optional", id)
			}
			p.anchor = len(p.elems)
			p.Noun = e.kind == elNoun
		}
		p.elems = append(p.elems, e)
	}
	if len(p.elems) == 0 {
		return nil, fmt.Errorf("pattern %s: empty", id)
	}
	if p.anchor < 0 {
		if p.elems[0].kind != elWord || p.elems[0].optional {
			return nil, fmt.Errorf("pattern %s: no anchor (star a verb or mark a noun with @)", id)
		}
		p.elems[0].kind = elVerb
		p.anchor = 0
	}
	p.finish()
	return p, nil
}

// alternatives expands "a|b|&set" into phrases.
func (d *dictionary) alternatives(f string) ([][]string, error) {
	var alts [][]string
	for _, a := range strings.Split(f, "|") {
		if a == "" {
			continue
		}
		if strings.HasPrefix(a, "&") {
			set, ok := d.sets[strings.ToLower(a[1:])]
			if !ok {
				return nil, fmt.Errorf("undefined synonym set %s", a)
			}
			alts = append(alts, set...)
			continue
		}
		if w := phrase(a); len(w) > 0 {
			alts = append(alts, w)
		}
	}
	if len(alts) == 0 {
		return nil, fmt.Errorf("empty element %q", f)
	}
	return alts, nil
}

// finish computes the weight and the dative variant of a compiled pattern.
func (p *Pattern) finish() {
	n := len(p.elems)
	p.dative = nil
	if !p.Noun && n >= p.anchor+4 && p.elems[n-1].kind == elTarget && p.elems[n-2].kind == elWord && !p.elems[n-1].optional {
		prep := false
		for _, a := range p.elems[n-2].alts {
			if len(a) == 1 && (a[0] == "to" || a[0] == "for") {
				prep = true
			}
		}
		if prep {
			d := make([]elem, 0, n-1)
			d = append(d, p.elems[:p.anchor+1]...)
			t := p.elems[n-1]
			t.adjacent = false
			d = append(d, t)
			d = append(d, p.elems[p.anchor+1:n-2]...)
			p.dative = d
		}
	}
	p.passive = nil
	required := false // a required content word after the slot, not just a preposition
	for _, e := range p.elems[min(p.anchor+2, n):] {
		if e.optional || e.kind != elWord {
			continue
		}
		for _, a := range e.alts {
			required = required || !slotPreps[a[0]]
		}
	}
	bare := n == p.anchor+2 // "*attack +": the passive is "was attacked (by X)"
	if !p.Noun && p.anchor+1 < n && (required || bare) && p.elems[p.anchor+1].kind == elTarget && !p.elems[p.anchor+1].optional {
		// not when only prepositions follow the slot ("*welcome + to|in"):
		// "was welcomed at the time" says nothing of a visit
		d := make([]elem, 0, n-1)
		d = append(d, p.elems[:p.anchor+1]...)
		d = append(d, p.elems[p.anchor+2:]...)
		p.passive = d
	}
	p.req = nil
	for i, e := range p.elems {
		if e.kind != elWord || e.optional || i == p.anchor {
			continue
		}
		var firsts []string
		for _, a := range e.alts {
			firsts = append(firsts, a[0])
		}
		p.req = append(p.req, firsts)
	}
	w := 0
	for _, e := range p.elems {
		if e.optional {
			w++
			continue
		}
		switch e.kind {
		case elTarget, elSource:
			w += 2
		default:
			w += 4
		}
	}
	p.weight = w
}

// slotPreps are prepositions that say little on their own after a slot.
var slotPreps = map[string]bool{"to": true, "in": true, "at": true, "on": true, "with": true, "from": true, "of": true,
	"for": true, "by": true, "into": true, "against": true, "over": true, "as": true, "about": true}

// add indexes a compiled pattern; ids must be unique.
func (d *dictionary) add(p *Pattern) error {
	if _, dup := d.ids[p.ID]; dup {
		return fmt.Errorf("duplicate pattern id %s (first at %s)", p.ID, d.ids[p.ID].Origin)
	}
	d.ids[p.ID] = p
	d.all = append(d.all, p)
	idx := d.verbs
	if p.Noun {
		idx = d.nouns
	}
	seen := map[string]bool{}
	for _, a := range p.elems[p.anchor].alts {
		if seen[a[0]] {
			continue
		}
		seen[a[0]] = true
		idx[a[0]] = append(idx[a[0]], p)
	}
	return nil
}

// sortIndex orders each anchor's patterns by weight, heaviest first, so the
// most specific pattern is tried first; file order breaks ties.
func (d *dictionary) sortIndex() {
	d.words = map[string]int32{}
	wordID := func(w string) int32 {
		id, ok := d.words[w]
		if !ok {
			id = int32(len(d.words))
			d.words[w] = id
		}
		return id
	}
	for _, p := range d.all {
		var elems [][]reqBits
		for _, firsts := range p.req {
			// the element's words as masks over the words of the bitset
			// (the words of one synonym set are numbered together, so
			// they share a few words of the bitset)
			var bits []reqBits
			for _, w := range firsts {
				bits = addBit(bits, wordID(w))
			}
			bits[len(bits)-1].last = true
			elems = append(elems, bits)
		}
		// the check of all elements is one AND: the cheapest first
		slices.SortStableFunc(elems, func(a, b []reqBits) int { return cmp.Compare(len(a), len(b)) })
		p.reqBits = slices.Concat(elems...)
	}
	// the first and last words of every word element and anchor (after
	// the required words, whose ids the pre-filter uses)
	for _, p := range d.all {
		for _, es := range [][]elem{p.elems, p.dative, p.passive} {
			for i := range es {
				e := &es[i]
				if e.kind != elWord && e.kind != elVerb && e.kind != elNoun {
					continue
				}
				e.firsts, e.lasts, e.single = nil, nil, true
				for _, a := range e.alts {
					e.firsts = addBit(e.firsts, wordID(a[0]))
					e.lasts = addBit(e.lasts, wordID(a[len(a)-1]))
					e.single = e.single && len(a) == 1
				}
				e.indexed = true
			}
		}
	}
	order := make(map[*Pattern]int, len(d.all))
	for i, p := range d.all {
		order[p] = i
	}
	for _, idx := range []map[string][]*Pattern{d.verbs, d.nouns} {
		for _, ps := range idx {
			sort.SliceStable(ps, func(i, j int) bool {
				if ps[i].weight != ps[j].weight {
					return ps[i].weight > ps[j].weight
				}
				return order[ps[i]] < order[ps[j]]
			})
		}
	}
	// The required words of all patterns in one array, laid out in the
	// order the anchors list them: the pre-filter (sview.mayMatch) of one
	// anchor's candidates then reads neighbouring memory.
	total := 0
	for _, p := range d.all {
		total += len(p.reqBits)
	}
	arena := make([]reqBits, 0, total)
	placed := make(map[*Pattern]bool, len(d.all))
	for _, idx := range []map[string][]*Pattern{d.verbs, d.nouns} {
		for _, ps := range idx {
			for _, p := range ps {
				if placed[p] || len(p.reqBits) == 0 {
					continue
				}
				placed[p] = true
				start := len(arena)
				arena = append(arena, p.reqBits...)
				p.reqBits = arena[start:len(arena):len(arena)]
			}
		}
	}
	// the word entries: required words, then the anchors' candidate lists
	// (in one array per kind, each anchor's list contiguous)
	d.lex = map[string]int32{}
	d.entries = nil
	for w, id := range d.words {
		e := d.entry(w)
		d.entries[e].req = id
	}
	for w, keys := range d.issueIx {
		e := d.entry(w)
		d.entries[e].issues = keys
	}
	for _, noun := range []bool{false, true} {
		idx := d.verbs
		if noun {
			idx = d.nouns
		}
		keys := make([]string, 0, len(idx))
		n := 0
		for w, ps := range idx {
			keys = append(keys, w)
			n += len(ps)
		}
		sort.Strings(keys)
		all := make([]cand, 0, n)
		for _, w := range keys {
			start := len(all)
			for _, p := range idx[w] {
				all = append(all, cand{p: p, req: p.reqBits, weight: p.weight, discard: p.Discard})
			}
			ei := d.entry(w)
			e := &d.entries[ei]
			if noun {
				e.nouns = all[start:len(all):len(all)]
			} else {
				e.verbs = all[start:len(all):len(all)]
			}
		}
	}
	d.short.build(d.lex)
}
