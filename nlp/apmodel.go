package nlp

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"strings"

	"github.com/jdkato/prose/v3/tag/aptagmodel"
)

// This file runs the averaged-perceptron part-of-speech model that ships
// with prose (github.com/jdkato/prose/v3/tag/aptagmodel, trained by its
// authors on Penn Treebank-style data) with our own inference code.
//
// prose scores a token by building each feature's key string ("i-1 tag+i
// word NN talks") and binary-searching it among 75,000 keys, which costs
// about a microsecond per token. We read the same weights once into one
// hash table per feature template, keyed by the varying part only, and
// look up the nine word features of each token once, before the tag
// sequence is decoded. The result is identical tags several times faster.

// wrow is a feature's weights: a range of the model's parallel class-id
// and weight arrays.
type wrow struct{ lo, hi uint32 }

// classWeight is one weight of a feature for one class.
type classWeight struct {
	w  float32
	id uint8
}

// wordRows are the rows of the word-keyed templates for one word.
type wordRows struct {
	i, m1, m2, p1, p2 wrow
	tagWord           []tagRow // i-1 tag+i word, by previous tag
}

type tagRow struct {
	tag uint8
	row wrow
}

// sufRows are the rows of the suffix-keyed templates for one suffix.
type sufRows struct{ i, m1, p1 wrow }

// vocabEntry is what the model knows of one normalised word. A word the
// model does not know gets the entry of its last three bytes (known
// false: only the suffix rows), or an empty one.
type vocabEntry struct {
	word    string    // the normalised word
	rows    *wordRows // &ownRows, or nil
	suf     *sufRows  // rows of the word's last three bytes: &ownSuf, or nil
	ownRows wordRows
	ownSuf  sufRows
	known   bool
	// The rows that the word gives the token after it (i-1 word, i-1
	// suffix), the token before it (i+1 word, i+1 suffix) and the
	// second after and before it (i-2 word, i+2 word): for a word with
	// long rows (a frequent word), the first two pairs each merged into
	// left or right, so that scoring adds fewer pairs.
	left, left2, right, right2, m2, p2 wrow
	tagWord                            []tagRow // i-1 tag+i word, by previous tag
	// cur are the rows of the word's own templates when it is written as
	// normalised: i word, i suffix, i pref1, merged into the first for a
	// frequent word.
	cur    curRows
	tag    uint8 // unambiguous tag when hasTag
	hasTag bool
}

// apModel is the decoded perceptron.
type apModel struct {
	classes []string
	// pairs holds every feature's (class, weight) pairs, interleaved so
	// that scoring reads one stream.
	pairs  []classWeight
	tagMap map[string]uint8
	bias   wrow
	// word holds the rows of the templates keyed by a normalised word
	// (i, i-1, i-2, i+1, i+2 word and i-1 tag+i word), suf those keyed by
	// a three-byte suffix, pref1 those keyed by the first byte. word is
	// only used while loading: its rows are copied into vocab.
	word  map[string]*wordRows
	suf   map[string]*sufRows
	pref1 [256]wrow
	// Tag templates, indexed by tag id (classes, then -START-, -START2-).
	m1tag, m2tag []wrow
	tagPair      []wrow // [p1*ntags+p2]
	// classID maps a tag name to its class id; classSlots holds the same
	// in a small table indexed by the name's shape (see classOf).
	classID    map[string]uint8
	classSlots [classSlotN]classSlot
	ntags      int
	// vocab joins, for each normalised word, its word rows, the rows of
	// its suffix and its unambiguous tag, so that a lower-case word costs
	// one lookup.
	vocab         map[string]*vocabEntry
	start, start2 uint8
	// nnp and nnps are the class ids of NNP and NNPS (0 when absent).
	nnp, nnps uint8
	// lexIDs are the class ids of the tags of lexWeights (JJ, NN, NNP,
	// RB, VB, VBP, VBN, VBD, VBG; -1 when the model lacks one).
	lexIDs [9]int16
	// unknown holds, by three-byte suffix, the entries of words the model
	// does not know; none is the entry of a word whose suffix it does not
	// know either.
	unknown map[string]*vocabEntry
	none    *vocabEntry
	// marks are the entries of the context markers -START-, -START2-,
	// -END-, -END2- (found once instead of for every sentence).
	marks [4]*vocabEntry
	// ip holds every weight as an integer number of thousandths (the
	// model's weights are all multiples of 0.001), packed with its class
	// id as w<<8 | id, in the order of pairs, so that a wrow indexes both.
	// Integer sums are exact: their order does not matter.
	ip []int32
	// ipre holds, for each pair of previous tags (p1, p2), the dense
	// class scores of bias + i-1 tag + i-2 tag + tag pair in thousandths.
	ipre []int32
}

// ctxMarks are the words of the context positions before and after a
// sentence.
var ctxMarks = [4]string{"-START-", "-START2-", "-END-", "-END2-"}

// loadAPModel decodes prose's flat model format (documented in prose's
// internal/flat package: magic, version, classes, sorted feature blob,
// offsets, class ids, weights, unambiguous-word map).
func loadAPModel() (*apModel, error) {
	r := &binReader{b: aptagmodel.English}
	if string(r.bytes(8)) != "PROSETAG" {
		return nil, errors.New("not a prose tagger model")
	}
	if v := r.u32(); v != 1 {
		return nil, fmt.Errorf("unsupported tagger model version %d", v)
	}
	m := &apModel{}
	nc := int(r.u32())
	if nc > 250 {
		return nil, fmt.Errorf("tagger model has %d classes", nc)
	}
	for i := 0; i < nc && r.err == nil; i++ {
		m.classes = append(m.classes, string(r.bytes(int(r.u16()))))
	}
	m.start, m.start2 = uint8(nc), uint8(nc+1)
	nf := int(r.u32())
	np := int(r.u32())
	blob := r.bytes(int(r.u32()))
	featOff := r.u32s(nf + 1)
	pairOff := r.u32s(nf + 1)
	ids := r.bytes(np)
	wb := r.bytes(np * 4)
	if r.err != nil {
		return nil, r.err
	}
	m.pairs = make([]classWeight, np)
	for i := range m.pairs {
		if int(ids[i]) >= nc {
			return nil, errors.New("corrupt tagger model class id")
		}
		m.pairs[i] = classWeight{id: ids[i], w: math.Float32frombits(binary.LittleEndian.Uint32(wb[i*4:]))}
	}
	m.ip = make([]int32, np)
	for i, p := range m.pairs {
		milli := math.Round(float64(p.w) * 1000)
		if math.Abs(float64(p.w)*1000-milli) > 1e-2 || math.Abs(milli) > 1<<22 {
			return nil, fmt.Errorf("tagger model weight %v is not a multiple of 0.001", p.w)
		}
		m.ip[i] = int32(milli)<<8 | int32(p.id)
	}
	nt := int(r.u32())
	m.tagMap = make(map[string]uint8, nt)
	for i := 0; i < nt && r.err == nil; i++ {
		w := string(r.bytes(int(r.u16())))
		m.tagMap[w] = r.u8()
	}
	if r.err != nil {
		return nil, r.err
	}
	tagID := map[string]uint8{"-START-": m.start, "-START2-": m.start2}
	m.classID = make(map[string]uint8, nc)
	for i, c := range m.classes {
		tagID[c] = uint8(i)
		m.classID[c] = uint8(i)
	}
	m.nnp, m.nnps = m.classID["NNP"], m.classID["NNPS"]
	for k, tag := range lexTags {
		m.lexIDs[k] = -1
		if id, ok := m.classID[tag]; ok {
			m.lexIDs[k] = int16(id)
		}
	}
	for i, c := range m.classes {
		sl := &m.classSlots[classSlotOf(c)]
		if sl.tag != "" || sl.shared {
			sl.tag, sl.shared = "", true // two names share the slot
			continue
		}
		sl.tag, sl.id = c, uint8(i)
	}
	ntags := nc + 2
	m.m1tag = make([]wrow, ntags)
	m.m2tag = make([]wrow, ntags)
	m.ntags = ntags
	m.tagPair = make([]wrow, ntags*ntags)
	m.word = map[string]*wordRows{}
	m.suf = map[string]*sufRows{}
	wordOf := func(w string) *wordRows { return entryOf(m.word, w) }
	sufOf := func(w string) *sufRows { return entryOf(m.suf, w) }
	for f := 0; f < nf; f++ {
		if featOff[f] > featOff[f+1] || int(featOff[f+1]) > len(blob) || pairOff[f] > pairOff[f+1] || int(pairOff[f+1]) > np {
			return nil, errors.New("corrupt tagger model offsets")
		}
		key := string(blob[featOff[f]:featOff[f+1]])
		row := wrow{pairOff[f], pairOff[f+1]}
		switch {
		case key == "bias":
			m.bias = row
		case strings.HasPrefix(key, "i tag+i-2 tag "):
			a, b, ok := strings.Cut(key[len("i tag+i-2 tag "):], " ")
			ta, ok1 := tagID[a]
			tb, ok2 := tagID[b]
			if ok && ok1 && ok2 {
				m.tagPair[int(ta)*ntags+int(tb)] = row
			}
		case strings.HasPrefix(key, "i-1 tag+i word "):
			a, w, ok := strings.Cut(key[len("i-1 tag+i word "):], " ")
			if ta, ok1 := tagID[a]; ok && ok1 {
				e := wordOf(w)
				e.tagWord = append(e.tagWord, tagRow{ta, row})
			}
		case strings.HasPrefix(key, "i-1 tag "):
			if ta, ok := tagID[key[len("i-1 tag "):]]; ok {
				m.m1tag[ta] = row
			}
		case strings.HasPrefix(key, "i-2 tag "):
			if ta, ok := tagID[key[len("i-2 tag "):]]; ok {
				m.m2tag[ta] = row
			}
		case strings.HasPrefix(key, "i pref1 "):
			if v := key[len("i pref1 "):]; len(v) == 1 {
				m.pref1[v[0]] = row
			}
		default:
			// Templates keyed by a word or a suffix.
			for _, t := range keyedTemplates {
				if v, ok := strings.CutPrefix(key, t.prefix); ok {
					if t.suffix {
						*t.sufRow(sufOf(v)) = row
					} else {
						*t.wordRow(wordOf(v)) = row
					}
					break
				}
			}
		}
	}
	m.ipre = make([]int32, ntags*ntags*nc)
	for p1 := 0; p1 < ntags; p1++ {
		for p2 := 0; p2 < ntags; p2++ {
			var v [256]int32
			m.iadd(&v, m.bias)
			m.iadd(&v, m.m1tag[p1])
			m.iadd(&v, m.m2tag[p2])
			m.iadd(&v, m.tagPair[p1*ntags+p2])
			copy(m.ipre[(p1*ntags+p2)*nc:(p1*ntags+p2+1)*nc], v[:nc])
		}
	}
	m.vocab = make(map[string]*vocabEntry, len(m.word)+len(m.tagMap))
	entry := func(w string) *vocabEntry {
		e := m.vocab[w]
		if e == nil {
			// The entry holds copies of its rows so that scoring reads
			// them from the memory the lookup just brought in.
			e = &vocabEntry{word: w}
			if r := m.word[w]; r != nil {
				e.ownRows = *r
				e.rows = &e.ownRows
			}
			if r := m.suf[lastN(w, 3)]; r != nil {
				e.ownSuf = *r
				e.suf = &e.ownSuf
			}
			m.vocab[w] = e
		}
		return e
	}
	for w := range m.word {
		entry(w)
	}
	for w, id := range m.tagMap {
		e := entry(w)
		e.tag, e.hasTag = id, true
	}
	m.word = nil // copied into the vocabulary entries
	var sum [256]int32
	for _, e := range m.vocab {
		var wr wordRows
		var sr sufRows
		if e.rows != nil {
			wr = *e.rows
		}
		if e.suf != nil {
			sr = *e.suf
		}
		var l, r [3]wrow
		l = m.merge(&sum, [3]wrow{wr.m1, sr.m1})
		e.left, e.left2 = l[0], l[1]
		r = m.merge(&sum, [3]wrow{wr.p1, sr.p1})
		e.right, e.right2 = r[0], r[1]
		var p1 wrow
		if e.word != "" {
			p1 = m.pref1[e.word[0]]
		}
		e.cur = m.merge(&sum, [3]wrow{wr.i, sr.i, p1})
		e.m2, e.p2, e.tagWord, e.known = wr.m2, wr.p2, wr.tagWord, true
	}
	m.unknown = make(map[string]*vocabEntry, len(m.suf))
	for k, r := range m.suf {
		m.unknown[k] = &vocabEntry{suf: r, left2: r.m1, right2: r.p1, cur: curRows{r.i}}
	}
	m.none = &vocabEntry{}
	for k, w := range ctxMarks {
		m.marks[k] = m.entryOf(w)
	}
	return m, nil
}

// entryOf returns the entry of a normalised word: its vocabulary entry,
// or that of its suffix, or none.
func (m *apModel) entryOf(w string) *vocabEntry {
	if e := m.vocab[w]; e != nil {
		return e
	}
	if e := m.unknown[lastN(w, 3)]; e != nil {
		return e
	}
	return m.none
}

// mergeMin is the length of a word's row from which merge joins it with
// its suffix's row: the word is then frequent, and its merged row often
// read.
const mergeMin = 8

// merge returns rows, whose first is a word's row, or, when that row
// has at least mergeMin pairs, one row holding the sum of all, appended
// to m.ip, and empty rows. sum is scratch space, all zero on entry and on
// return.
func (m *apModel) merge(sum *[256]int32, rows [3]wrow) [3]wrow {
	if rows[0].hi-rows[0].lo < mergeMin {
		return rows
	}
	var seen [256]bool
	var order []uint8
	for _, r := range rows {
		for _, v := range m.ip[r.lo:r.hi] {
			id := uint8(v)
			if !seen[id] {
				seen[id] = true
				order = append(order, id)
			}
			sum[id] += v >> 8
		}
	}
	lo := uint32(len(m.ip))
	for _, id := range order {
		m.ip = append(m.ip, sum[id]<<8|int32(id))
		sum[id] = 0
	}
	return [3]wrow{{lo, uint32(len(m.ip))}}
}

// entryOf returns the entry of key k in m, adding an empty one first.
func entryOf[T any](m map[string]*T, k string) *T {
	e := m[k]
	if e == nil {
		e = new(T)
		m[k] = e
	}
	return e
}

// keyedTemplates are the feature templates keyed by a normalised word
// or by a three-byte suffix, with the row each one fills.
var keyedTemplates = [...]struct {
	prefix  string
	suffix  bool
	wordRow func(*wordRows) *wrow
	sufRow  func(*sufRows) *wrow
}{
	{prefix: "i suffix ", suffix: true, sufRow: func(e *sufRows) *wrow { return &e.i }},
	{prefix: "i-1 suffix ", suffix: true, sufRow: func(e *sufRows) *wrow { return &e.m1 }},
	{prefix: "i+1 suffix ", suffix: true, sufRow: func(e *sufRows) *wrow { return &e.p1 }},
	{prefix: "i word ", wordRow: func(e *wordRows) *wrow { return &e.i }},
	{prefix: "i-1 word ", wordRow: func(e *wordRows) *wrow { return &e.m1 }},
	{prefix: "i-2 word ", wordRow: func(e *wordRows) *wrow { return &e.m2 }},
	{prefix: "i+1 word ", wordRow: func(e *wordRows) *wrow { return &e.p1 }},
	{prefix: "i+2 word ", wordRow: func(e *wordRows) *wrow { return &e.p2 }},
}

type binReader struct {
	b   []byte
	pos int
	err error
}

func (r *binReader) bytes(n int) []byte {
	if r.err != nil {
		return nil
	}
	if n < 0 || r.pos+n > len(r.b) {
		r.err = errors.New("truncated tagger model")
		return nil
	}
	out := r.b[r.pos : r.pos+n]
	r.pos += n
	return out
}

func (r *binReader) u32() uint32 {
	b := r.bytes(4)
	if b == nil {
		return 0
	}
	return binary.LittleEndian.Uint32(b)
}

func (r *binReader) u16() uint16 {
	b := r.bytes(2)
	if b == nil {
		return 0
	}
	return binary.LittleEndian.Uint16(b)
}

func (r *binReader) u8() uint8 {
	b := r.bytes(1)
	if b == nil {
		return 0
	}
	return b[0]
}

func (r *binReader) u32s(n int) []uint32 {
	b := r.bytes(n * 4)
	if b == nil {
		return nil
	}
	out := make([]uint32, n)
	for i := range out {
		out[i] = binary.LittleEndian.Uint32(b[i*4:])
	}
	return out
}

// apNormalize maps a word to the form the model was trained on; lower is
// its lower-case form.
func apNormalize(word, lower string) string {
	if word == "" {
		return word
	}
	if word[0] != '-' && strings.IndexByte(word, '-') >= 0 {
		return "!HYPHEN"
	}
	if len(word) == 4 && isDigit(word[0]) && isDigit(word[1]) && isDigit(word[2]) && isDigit(word[3]) {
		return "!YEAR"
	}
	if isDigit(word[0]) {
		return "!DIGITS"
	}
	return lower
}

func lastN(w string, n int) string {
	if len(w) <= n {
		return w
	}
	return w[len(w)-n:]
}

// apScratch is per-call working space.
type apScratch struct {
	ve  []*vocabEntry // entry of each context position
	cur []curRows     // integer rows of each token's own templates
	tm  []int16       // unambiguous tag of each token, or -1
	isc [256]int32    // integer scores, indexed by class id
	// recent caches vocabulary entries by a hash of the word: frequent
	// words then cost no look-up in the large vocabulary map.
	recent [4096]recentWord
}

// recentWord is a word looked up in the vocabulary, with what was found.
type recentWord struct {
	word string
	e    *vocabEntry
}

// curRows are the rows of a token's own templates (i word, i suffix, i
// pref1) in any order: integer sums do not depend on it.
type curRows [3]wrow

func (m *apModel) add(scores *[256]float32, r wrow) {
	for _, p := range m.pairs[r.lo:r.hi] {
		scores[p.id] += p.w
	}
}

// iadd adds an integer row to scores.
func (m *apModel) iadd(scores *[256]int32, r wrow) {
	rs := [1]wrow{r}
	addRows(scores, m.ip, rs[:])
}

// addRows adds the integer rows rs of ip to scores, eight pairs at a
// time and then four (one bounds check for each group), all rows in one
// loop so that a token's rows cost one call.
func addRows(scores *[256]int32, ip []int32, rs []wrow) {
	for _, r := range rs {
		i, hi := int(r.lo), int(r.hi)
		if hi > len(ip) {
			continue // never: every row lies in ip (the test tells the compiler so)
		}
		for ; i+8 <= hi; i += 8 {
			q := (*[8]int32)(ip[i : i+8])
			add4(scores, (*[4]int32)(q[:4]))
			add4(scores, (*[4]int32)(q[4:]))
		}
		if i+4 <= hi {
			add4(scores, (*[4]int32)(ip[i:i+4]))
			i += 4
		}
		for ; i < hi; i++ {
			v := ip[i]
			scores[uint8(v)] += v >> 8
		}
	}
}

// add4 adds four packed pairs (class id in the low byte, weight above
// it) to scores: the unrolled body of addRows.
func add4(scores *[256]int32, q *[4]int32) {
	v := q[0]
	scores[uint8(v)] += v >> 8
	v = q[1]
	scores[uint8(v)] += v >> 8
	v = q[2]
	scores[uint8(v)] += v >> 8
	v = q[3]
	scores[uint8(v)] += v >> 8
}

// tag assigns a class id to each token. words are the tokens as the model
// should see them (Penn spellings), lowers their lower-case forms.
//
// fixed, when not nil, holds tags known before the model runs (punctuation,
// negation); the model then conditions the next words on them.
//
// Scores are summed exactly as integers (thousandths). The model's own
// arithmetic is float32 in a fixed order; it picks the same class
// wherever the integer best is unique (the gap is then at least 0.001,
// far above float32 rounding at these magnitudes). Where two classes tie
// exactly, float32 rounding decides between them, so the token is scored
// again that way (floatTag) to give the same answer.
func (m *apModel) tag(words, lowers []string, fixed []string, out []string, sc *apScratch) {
	n := len(words)
	need := n + 4
	if cap(sc.ve) < need {
		sc.ve = make([]*vocabEntry, need)
	}
	ve := sc.ve[:need]
	if cap(sc.tm) < n {
		sc.tm = make([]int16, n)
		sc.cur = make([]curRows, n)
	}
	tm, cur := sc.tm[:n], sc.cur[:n]
	// The sentence's start and end markers, then its words.
	for k, c := range [4]int{0, 1, need - 2, need - 1} {
		ve[c] = m.marks[k]
	}
	for i, w := range words {
		// The normalised word's entry, with the rows it gives its
		// neighbours.
		c := i + 2
		norm := apNormalize(w, lowers[i])
		e := m.lookup(norm, sc)
		ve[c] = e
		// The token's own rows: i word and the raw word's suffix and
		// first byte, the same as the normalised word's when it is
		// written in lower case; and the raw word's unambiguous tag.
		r := &cur[i]
		tm[i] = -1
		if w == norm {
			if e.known {
				if e.hasTag {
					tm[i] = int16(e.tag)
				}
				*r = e.cur
			} else {
				*r = curRows{e.cur[0], m.pref1[w[0]]}
			}
			continue
		}
		// The raw word as written ("The", "U.S.").
		raw := m.lookup(w, sc)
		*r = curRows{}
		if raw.suf != nil {
			r[0] = raw.suf.i
		}
		if raw.hasTag {
			tm[i] = int16(raw.tag)
		}
		r[1] = m.pref1[w[0]]
		if e.rows != nil {
			r[2] = e.rows.i
		}
	}
	scores := &sc.isc
	nc := len(m.classes)
	p1, p2 := m.start, m.start2
	for i := range words {
		w := words[i]
		var t uint8
		if fixed != nil && fixed[i] != "" {
			out[i] = fixed[i]
			p2, p1 = p1, m.start
			if id, ok := m.fixedID(fixed[i]); ok {
				p1 = id
			}
			continue
		}
		if tm[i] >= 0 {
			t = uint8(tm[i])
		} else if len(w) == 5 && w[0] == '-' && w[4] == '-' && w[1] >= 'A' && w[1] <= 'Z' {
			// Bracket tokens (-LRB-) are their own tag.
			out[i] = w
			p2, p1 = p1, m.start
			if id, ok := m.tagMapID(w); ok {
				p1 = id
			}
			continue
		} else if w == "-" {
			out[i] = "-"
			p2, p1 = p1, m.start // unknown to the model as a previous tag
			if id, ok := m.tagMapID("-"); ok {
				p1 = id
			}
			continue
		} else {
			// Start from the dense sum of the bias and the three
			// previous-tag templates, precomputed per tag pair.
			c := i + 2
			off := (int(p1)*m.ntags + int(p2)) * nc
			copy(scores[:nc], m.ipre[off:off+nc])
			r := &cur[i]
			b, d := ve[c-1], ve[c+1]
			rows := [10]wrow{r[0], r[1], r[2], b.left, b.left2, ve[c-2].m2, d.right, d.right2, ve[c+2].p2}
			for _, tr := range ve[c].tagWord {
				if tr.tag == p1 {
					rows[9] = tr.row
					break
				}
			}
			addRows(scores, m.ip, rows[:])
			var tie bool
			if t, tie = bestClass(scores, nc); tie {
				t = m.floatTag(words, lowers, i, p1, p2, sc)
			}
		}
		out[i] = m.classes[t]
		p2, p1 = p1, t
	}
}

// bestClass returns the class with the highest of the first nc scores,
// the first one when several tie, and whether several tie. Scores are
// compared with the best so far four at a time (one bounds check for
// each four); only those that reach it are looked at further.
func bestClass(scores *[256]int32, nc int) (uint8, bool) {
	s := scores[:nc]
	best, t, tie := s[0], 0, false
	see := func(v int32, j int) {
		if v > best {
			best, t, tie = v, j, false
		} else {
			tie = true
		}
	}
	j := 1
	for ; j+4 <= len(s); j += 4 {
		q := (*[4]int32)(s[j : j+4])
		if q[0] >= best {
			see(q[0], j)
		}
		if q[1] >= best {
			see(q[1], j+1)
		}
		if q[2] >= best {
			see(q[2], j+2)
		}
		if q[3] >= best {
			see(q[3], j+3)
		}
	}
	for ; j < len(s); j++ {
		if s[j] >= best {
			see(s[j], j)
		}
	}
	return uint8(t), tie
}

// fixedID returns the class id that a tag fixed before the model gives
// the next words as their previous tag.
func (m *apModel) fixedID(tag string) (uint8, bool) {
	if id, ok := m.classOf(tag); ok {
		return id, true
	}
	if tag == "ADD" {
		return m.classID["NN"], true // an address stands where a noun does
	}
	return 0, false
}

// floatTag scores token i in float32, adding the model's rows in the
// order of its templates, and returns the best class: the tie-breaker of
// tag. sc holds the context entries that tag found.
func (m *apModel) floatTag(words, lowers []string, i int, p1, p2 uint8, sc *apScratch) uint8 {
	ve := sc.ve
	we := func(c int) *wordRows { return ve[c].rows }
	se := func(c int) *sufRows { return ve[c].suf }
	w := words[i]
	c := i + 2
	var r [9]wrow
	if w == apNormalize(w, lowers[i]) {
		if e := se(c); e != nil {
			r[0] = e.i
		}
	} else if s := m.lookup(w, sc).suf; s != nil {
		r[0] = s.i
	}
	r[1] = m.pref1[w[0]]
	if e := we(c); e != nil {
		r[2] = e.i
	}
	if e := we(c - 1); e != nil {
		r[3] = e.m1
	}
	if e := se(c - 1); e != nil {
		r[4] = e.m1
	}
	if e := we(c - 2); e != nil {
		r[5] = e.m2
	}
	if e := we(c + 1); e != nil {
		r[6] = e.p1
	}
	if e := se(c + 1); e != nil {
		r[7] = e.p1
	}
	if e := we(c + 2); e != nil {
		r[8] = e.p2
	}
	var pre, scores [256]float32
	m.add(&pre, m.bias)
	m.add(&pre, m.m1tag[p1])
	m.add(&pre, m.m2tag[p2])
	m.add(&pre, m.tagPair[int(p1)*m.ntags+int(p2)])
	nc := len(m.classes)
	copy(scores[:nc], pre[:nc])
	for _, row := range r {
		m.add(&scores, row)
	}
	if e := we(c); e != nil {
		for _, tr := range e.tagWord {
			if tr.tag == p1 {
				m.add(&scores, tr.row)
				break
			}
		}
	}
	var t uint8
	best := float32(math.Inf(-1))
	for j, s := range scores[:nc] {
		if s > best {
			best, t = s, uint8(j)
		}
	}
	return t
}

// lookup returns entryOf(w) through the per-call cache of recent words.
//
// The cache slot is chosen by the word's length and its first two and
// last two bytes, which tell apart nearly all the frequent words,
// without a pass over the whole word.
func (m *apModel) lookup(w string, sc *apScratch) *vocabEntry {
	var h uint32
	if n := len(w); n >= 2 {
		h = (uint32(w[0]) | uint32(w[1])<<8 | uint32(w[n-2])<<16 | uint32(w[n-1])<<24) ^ uint32(n)*0x9E3779B1
	} else if n == 1 {
		h = uint32(w[0])
	}
	h = (h ^ h>>15) * 0x2C1B3C6D
	h ^= h >> 13
	slot := &sc.recent[h&uint32(len(sc.recent)-1)]
	if slot.e != nil && slot.word == w {
		return slot.e
	}
	e := m.entryOf(w)
	*slot = recentWord{w, e}
	return e
}

// tagMapID returns the class id of a tag name.
func (m *apModel) tagMapID(tag string) (uint8, bool) {
	for i, c := range m.classes {
		if c == tag {
			return uint8(i), true
		}
	}
	return 0, false
}

// classSlotN is the size of apModel.classSlots.
const classSlotN = 256

// classSlot is a class name with its id, or a slot that two names share
// (then the map is read).
type classSlot struct {
	tag    string
	id     uint8
	shared bool
}

// classSlotOf returns the slot of a tag name: its length and first and
// last bytes, which tell the Penn tags apart.
func classSlotOf(tag string) int {
	if tag == "" {
		return 0
	}
	return (int(tag[0]) + int(tag[len(tag)-1])*7 + len(tag)*3) & (classSlotN - 1)
}

// classOf returns the class id of a tag name, as classID does, without
// hashing it.
func (m *apModel) classOf(tag string) (uint8, bool) {
	sl := &m.classSlots[classSlotOf(tag)]
	if sl.shared {
		id, ok := m.classID[tag]
		return id, ok
	}
	if sl.tag != "" && sl.tag == tag {
		return sl.id, true
	}
	return 0, false
}

// wordWeight returns the weight that the model's "i word" feature of the
// lower-case word lw gives to a tag: how much the word alone pulls
// towards it. It is 0 for words the model does not know.
func (m *apModel) wordWeight(lw, tag string) float32 {
	e := m.vocab[lw]
	id, ok := m.classOf(tag)
	if e == nil || e.rows == nil || !ok {
		return 0
	}
	for _, p := range m.pairs[e.rows.i.lo:e.rows.i.hi] {
		if p.id == id {
			return p.w
		}
	}
	return 0
}

// wordWeights2 returns wordWeight for two tags with one look-up.
func (m *apModel) wordWeights2(lw, tagA, tagB string) (a, b float32) {
	e := m.vocab[lw]
	if e == nil || e.rows == nil {
		return 0, 0
	}
	ia, okA := m.classOf(tagA)
	ib, okB := m.classOf(tagB)
	for _, p := range m.pairs[e.rows.i.lo:e.rows.i.hi] {
		switch {
		case okA && p.id == ia:
			a = p.w
		case okB && p.id == ib:
			b = p.w
		}
	}
	return a, b
}

// lexTags are the tags of lexWeights, in the order of apModel.lexIDs.
var lexTags = [9]string{"JJ", "NN", "NNP", "RB", "VB", "VBP", "VBN", "VBD", "VBG"}

// lexWeights is what the model's lexicon says of one lower-case word:
// the weights of its own feature (the "i word" template) for the tags the
// tagging rules compare, and its unambiguous tag. known is false for a
// word the model has never seen.
type lexWeights struct {
	jj, nn, nnp, rb, vb, vbp, vbn, vbd, vbg float32
	// only is the word's unambiguous tag in the model ("" when the word
	// is ambiguous or unknown).
	only  string
	known bool
}

// lex returns the model's lexicon of a lower-case word with one look-up
// and one pass over the word's row (wordWeight and wordWeights2 read one
// or two of the same weights).
func (m *apModel) lex(lw string) (w lexWeights) {
	e := m.vocab[lw]
	if e == nil {
		return w
	}
	w.known = true
	if e.hasTag {
		w.only = m.classes[e.tag]
	}
	if e.rows == nil {
		return w
	}
	ids := &m.lexIDs
	for _, pr := range m.pairs[e.rows.i.lo:e.rows.i.hi] {
		switch int16(pr.id) {
		case ids[0]:
			w.jj = pr.w
		case ids[1]:
			w.nn = pr.w
		case ids[2]:
			w.nnp = pr.w
		case ids[3]:
			w.rb = pr.w
		case ids[4]:
			w.vb = pr.w
		case ids[5]:
			w.vbp = pr.w
		case ids[6]:
			w.vbn = pr.w
		case ids[7]:
			w.vbd = pr.w
		case ids[8]:
			w.vbg = pr.w
		}
	}
	return w
}

// knowsLower reports a lower-case word that the model knows as an
// ordinary English word even when no dictionary lists it ("someone",
// "highly"): one of its unambiguous words with a tag other than a name's,
// or a word whose own feature leans to a common tag and not to a name.
func (m *apModel) knowsLower(lw string) bool {
	e := m.vocab[lw]
	if e == nil || lw == "" || lw[0] < 'a' || lw[0] > 'z' {
		return false
	}
	nnp, nnps := m.nnp, m.nnps
	if e.hasTag {
		return e.tag != nnp && e.tag != nnps
	}
	if e.rows == nil {
		return false
	}
	var best float32
	for _, p := range m.pairs[e.rows.i.lo:e.rows.i.hi] {
		if p.id == nnp || p.id == nnps {
			if p.w > 0 {
				return false
			}
			continue
		}
		best = max(best, p.w)
	}
	return best >= 0.5
}
