// Package nlp is Herald's English language layer: sentence splitting,
// tokenisation with byte offsets, part-of-speech tags and lemmas, named
// entities, noun-phrase and verb-group chunks, clauses with their
// arguments, reported speech and quotes, modality markers and time
// expressions. Everything is filled into the plain types of types.go.
//
// An Analyzer is built once with New and is safe for concurrent use.
package nlp

import (
	"fmt"
	"strings"
	"sync"
	"time"
)

// Analyzer runs the language layer. Its models are loaded once by New and
// never modified, so one Analyzer may serve many goroutines.
type Analyzer struct {
	tagger *posTagger
	lemmas *lemmatizer
	// work holds *docWork: the raw tokens and sentence spans of one
	// Analyze call, given back when it returns.
	work sync.Pool
}

// docWork is the working space of one Analyze call that does not end up
// in the document.
type docWork struct {
	raw   []rawTok
	spans []sentSpan
	sc    scratch
}

// New loads the tagging model and the lemma dictionary.
func New() (*Analyzer, error) {
	tg, err := newPOSTagger()
	if err != nil {
		return nil, fmt.Errorf("nlp: load part-of-speech model: %w", err)
	}
	lm, err := newLemmatizer()
	if err != nil {
		return nil, fmt.Errorf("nlp: load lemma dictionary: %w", err)
	}
	tg.common = lm.golem.InDict
	tg.inflected = func(w string) bool { return lm.golem.LemmaLower(w) != w }
	// Build the word tables now rather than on the first document.
	abbreviations()
	sentenceStarters()
	gazetteer()
	return &Analyzer{tagger: tg, lemmas: lm}, nil
}

// Analyze analyses text. published is the publication date against which
// relative time expressions are resolved; when it is zero they stay
// unresolved. Analyze never fails: text that is not English or not valid
// UTF-8 gives a document with whatever sentences and tokens could be
// found.
func (a *Analyzer) Analyze(text string, published time.Time) *Document {
	doc := &Document{Text: text, Published: published}
	if text == "" {
		return doc
	}
	lower := asciiLower(text)
	w, _ := a.work.Get().(*docWork)
	if w == nil {
		w = &docWork{}
	}
	defer a.work.Put(w)
	if cap(w.raw) < len(text)/5+8 {
		w.raw = make([]rawTok, 0, len(text)/5+8)
	}
	raw := tokenize(text, w.raw)
	w.raw = raw[:0]
	if cap(w.spans) < len(raw)/20+2 {
		w.spans = make([]sentSpan, 0, len(raw)/20+2)
	}
	spans := splitSentences(text, raw, w.spans)
	w.spans = spans[:0]
	all := make([]Token, len(raw))
	for i, r := range raw {
		all[i] = Token{Text: text[r.start:r.end], Start: r.start, End: r.end}
	}
	doc.Sentences = make([]Sentence, len(spans))
	sc := &w.sc
	sc.begin(len(raw))
	defer sc.release()
	for si, sp := range spans {
		s := &doc.Sentences[si]
		s.Index = si
		s.Tokens = all[sp.start:sp.end:sp.end]
		s.Start = s.Tokens[0].Start
		s.End = s.Tokens[len(s.Tokens)-1].End
		s.Text = text[s.Start:s.End]
		s.Headline = sp.headline
		a.tagger.tagSentence(s.Tokens, lower)
		for i := range s.Tokens {
			t := &s.Tokens[i]
			if tg := t.Tag; tg == "NN" || tg == "NNP" || tg == "IN" || tg == "," || tg == "." || tg == "CD" || tg == "CC" {
				// The commonest tags without inflection (see lemma).
				t.Lemma = lower[t.Start:t.End]
				continue
			}
			t.Lemma = a.lemmas.lemma(lower[t.Start:t.End], t.Tag)
		}
		a.analyzeSentence(s, lower, published, sc)
		sc.tokLeft -= len(s.Tokens)
	}
	doc.Quotes = findQuotes(doc)
	return doc
}

// scratch holds buffers reused across the sentences of one document and,
// through the Analyzer's pool, across documents.
type scratch struct {
	// chunkBuf holds the chunks of the sentence being analysed, which
	// are then copied to chunkSlab.
	chunkBuf []Chunk
	// The document's output arrays, sub-sliced per sentence (see slab):
	// they belong to the document once handed out.
	chunkSlab  slab[Chunk]
	clauseSlab slab[Clause]
	argSlab    slab[Arg]
	prepSlab   slab[Arg]
	entSlab    slab[Entity]
	timeSlab   slab[Timex]
	attSlab    slab[Attribution]
	markSlab   slab[string]
	intSlab    slab[int]
	// tokLeft counts the tokens of the sentences not yet analysed: the
	// slabs size new arrays by it.
	tokLeft int
	// timeBuf, attBuf and markBuf collect one sentence's (or clause's)
	// time expressions, attributions and markers before they are
	// copied to their slab.
	timeBuf []Timex
	attBuf  []Attribution
	markBuf []string
	inTime  []bool
	kinds   []clauseKind
	antes   []*Arg
	topEnd  []int
	byStart []int
	tops    []npSpan
	// seen remembers, per document, names already classified
	// ("Kalin" after "Ibrahim Kalin").
	seen map[string]EntityKind
	// cb and np are the clause builder and noun-phrase parser of the
	// sentence being analysed.
	cb clauseBuilder
	np npParser
	// ef, entTime and entBuf are the entity finder of the sentence being
	// analysed, its time-expression marks and the entities it collects.
	ef      entityFinder
	entTime []bool
	entBuf  []Entity
	// pubDay is the publication date pubDayOf truncated to the day, for
	// the time expressions (valid when pubDaySet).
	pubDay, pubDayOf time.Time
	pubDaySet        bool
}

// begin readies the scratch for a document of ntok tokens. (Its output
// arrays are fresh and no names are seen: a new scratch starts so, and
// release leaves it so.)
func (sc *scratch) begin(ntok int) {
	sc.tokLeft = ntok
}

// release drops the scratch's references to the document just analysed,
// so that the pool does not keep it alive.
func (sc *scratch) release() {
	sc.chunkSlab = slab[Chunk]{}
	sc.clauseSlab, sc.argSlab, sc.prepSlab = slab[Clause]{}, slab[Arg]{}, slab[Arg]{}
	sc.entSlab, sc.timeSlab, sc.attSlab = slab[Entity]{}, slab[Timex]{}, slab[Attribution]{}
	sc.markSlab, sc.intSlab = slab[string]{}, slab[int]{}
	sc.cb, sc.np, sc.ef = clauseBuilder{}, npParser{}, entityFinder{nameBuf: sc.ef.nameBuf}
	clear(sc.seen)
	clear(sc.antes[:cap(sc.antes)])
	clear(sc.timeBuf[:cap(sc.timeBuf)])
	clear(sc.attBuf[:cap(sc.attBuf)])
	clear(sc.markBuf[:cap(sc.markBuf)])
}

// analyzeSentence runs the phrase-level analyses on a tagged sentence.
func (a *Analyzer) analyzeSentence(s *Sentence, lower string, published time.Time, sc *scratch) {
	if s.Headline {
		headlineVerb(s.Tokens, a.lemmas, lower)
	}
	pastTenseNoun(s.Tokens, a.lemmas, lower)
	s.Times = findTimes(s, lower, published, sc)
	if mayBeCode(s.Text) && codeLike(s.Tokens) {
		// Program code left in scraped text: keep tokens, find nothing.
		return
	}
	n := len(s.Tokens)
	sc.inTime = growBools(sc.inTime, n+1)
	inTime := sc.inTime
	for _, t := range s.Times {
		for i := t.Start; i < t.End; i++ {
			inTime[i] = true
		}
	}
	// Chunks of all sentences share one backing array.
	buf := chunk(s.Tokens, lower, inTime, sc.chunkBuf[:0])
	sc.chunkBuf = buf[:0]
	// Never nil, even without chunks: the clause finder tells a
	// sentence that was not chunked (program code) by a nil list.
	sc.chunkSlab.reserve(max(len(buf), 1), sc.tokLeft/2+4)
	start := sc.chunkSlab.mark()
	sc.chunkSlab.buf = append(sc.chunkSlab.buf, buf...)
	s.Chunks = sc.chunkSlab.buf[start:len(sc.chunkSlab.buf):len(sc.chunkSlab.buf)]
	s.Entities = findEntities(s, lower, sc)
	s.Clauses, s.Attributions = findClauses(s, lower, sc)
}

// hasCodeByte reports a byte of the marks codeLike counts: braces,
// brackets, "=", ";", "&", "|".
func hasCodeByte(w string) bool {
	return strings.ContainsAny(w, codeBytes)
}

// mayBeCode is hasCodeByte for a whole sentence's text, one fast
// IndexByte scan per byte of codeBytes: a sentence without any (most) is
// no code.
func mayBeCode(text string) bool {
	for i := 0; i < len(codeBytes); i++ {
		if strings.IndexByte(text, codeBytes[i]) >= 0 {
			return true
		}
	}
	return false
}

// codeBytes are the bytes of hasCodeByte.
const codeBytes = "{}(=;&|"

// codeLike reports a sentence that is program code (script tails left by
// scraping): braces, or many operators and bracketed calls.
func codeLike(toks []Token) bool {
	code := 0
	for i := range toks {
		t := &toks[i]
		if !hasCodeByte(t.Text) {
			continue // most tokens: no byte that code marks are made of
		}
		switch t.Text {
		case "{", "}", "=", ";", "){", "}(", "==", "&&", "||", "=>":
			code++
			continue
		}
		if len(t.Text) > 3 && strings.ContainsAny(t.Text, "({}") {
			code++
		}
	}
	return code >= 3 && code*8 >= len(toks)
}

// headlineVerb repairs the most common tagging error in headlines, whose
// present-tense verb after a name is often read as a noun ("Al-Miqdad and
// Abdullahian discuss by phone ..."): in a headline without any verb, the
// first lower-case noun after a proper noun and before a preposition,
// determiner or name becomes a verb.
func headlineVerb(toks []Token, lm *lemmatizer, lower string) {
	for i := range toks {
		if t := &toks[i]; isVerb(t.Tag) || t.Tag == "MD" {
			return
		}
	}
	for k := 1; k+1 < len(toks); k++ {
		t := &toks[k]
		if (t.Tag != "NN" && t.Tag != "NNS") || !startsLower(t.Text) {
			continue
		}
		prev, next := toks[k-1].Tag, toks[k+1].Tag
		if !(isProper(prev) || prev == "PRP" || prev == "NNS") {
			continue
		}
		switch next {
		case "IN", "DT", "PRP$", "NNP", "NNPS", "TO", "RP", "CD", "JJ", "PRP":
		default:
			continue
		}
		if t.Tag == "NNS" {
			if !strings.HasSuffix(t.Text, "s") {
				continue
			}
			t.Tag = "VBZ"
		} else {
			t.Tag = "VBP"
		}
		t.Lemma = lm.lemma(lower[t.Start:t.End], t.Tag)
		return
	}
}

// growBools returns a cleared slice of n booleans, reusing b.
func growBools(b []bool, n int) []bool {
	if cap(b) < n {
		return make([]bool, n)
	}
	b = b[:n]
	clear(b)
	return b
}

// growInts returns a slice of n ints set to -1, reusing b.
func growInts(b []int, n int) []int {
	if cap(b) < n {
		b = make([]int, n)
	}
	b = b[:n]
	for i := range b {
		b[i] = -1
	}
	return b
}

// pastTenseNoun repairs a sentence without a finite verb in which an
// irregular past tense was read as a noun ("..., the two main security
// forces, withdrew."): a word of irregularPasts tagged as a singular noun
// after a noun phrase or comma.
func pastTenseNoun(toks []Token, lm *lemmatizer, lower string) {
	for i := range toks {
		if t := &toks[i]; t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP" || t.Tag == "MD" {
			return
		}
	}
	for k := 1; k < len(toks); k++ {
		t := &toks[k]
		if t.Tag != "NN" || !startsLower(t.Text) || strings.HasSuffix(t.Text, "ing") {
			continue
		}
		prev := toks[k-1].Tag
		if !(isNoun(prev) || prev == "," || prev == "PRP") {
			continue
		}
		w := lower[t.Start:t.End]
		if _, ok := irregularPasts()[w]; !ok {
			continue
		}
		t.Tag = "VBD"
		t.Lemma = lm.lemma(w, "VBD")
		return
	}
}
