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
	"time"
)

// Analyzer runs the language layer. Its models are loaded once by New and
// never modified, so one Analyzer may serve many goroutines.
type Analyzer struct {
	tagger *posTagger
	lemmas *lemmatizer
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
	raw := tokenize(text, make([]rawTok, 0, len(text)/5+8))
	spans := splitSentences(text, raw, make([]sentSpan, 0, len(raw)/20+2))
	all := make([]Token, len(raw))
	for i, r := range raw {
		all[i] = Token{Text: text[r.start:r.end], Start: r.start, End: r.end}
	}
	doc.Sentences = make([]Sentence, len(spans))
	sc := &scratch{}
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
			t.Lemma = a.lemmas.lemma(lower[t.Start:t.End], t.Tag)
		}
		a.analyzeSentence(s, lower, published, sc)
	}
	doc.Quotes = findQuotes(doc)
	return doc
}

// scratch holds buffers reused across the sentences of one document.
type scratch struct {
	// seen remembers, per document, names already classified
	// ("Kalin" after "Ibrahim Kalin").
	seen map[string]EntityKind
}

// analyzeSentence runs the phrase-level analyses on a tagged sentence.
func (a *Analyzer) analyzeSentence(s *Sentence, lower string, published time.Time, sc *scratch) {
	s.Times = findTimes(s, lower, published)
	inTime := make([]bool, len(s.Tokens))
	for _, t := range s.Times {
		for i := t.Start; i < t.End; i++ {
			inTime[i] = true
		}
	}
	s.Chunks = chunk(s.Tokens, lower, inTime)
	s.Entities = findEntities(s, lower, sc)
	s.Clauses, s.Attributions = findClauses(s, lower, sc)
}
