// Package textmetric scores extracted article text against a gold text
// with the word-shingle metric of the Zyte/Scrapinghub article extraction
// benchmark, reimplemented from its description:
//
//   - tokens are maximal runs of letters, digits and underscores (the
//     benchmark's Unicode \w+);
//   - a text's shingles are the multiset of its word 4-grams (a text of
//     one to three tokens has one shingle, all its tokens);
//   - per document, TP/FP/FN are the multiset overlaps, then scaled to sum
//     to one so long documents do not weigh more;
//   - precision and recall are averaged over documents (precision over
//     those with TP+FP > 0, recall over those with TP+FN > 0; a document
//     with neither FP nor FN scores 1), and F1 is the harmonic mean of the
//     two averages.
package textmetric

import (
	"regexp"
	"strings"
	"sync"
)

// N is the shingle length of the benchmark.
const N = 4

var tokenRE = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`[\p{L}\p{N}_]+`)
})

// Tokens splits text into word tokens.
func Tokens(text string) []string {
	return tokenRE().FindAllString(text, -1)
}

// Shingles returns the multiset of word n-grams of text, keyed by the
// n tokens joined with a space.
func Shingles(text string, n int) map[string]int {
	toks := Tokens(text)
	out := make(map[string]int)
	if len(toks) == 0 {
		return out
	}
	last := len(toks) - n + 1
	if last < 1 {
		last = 1
	}
	for i := 0; i < last; i++ {
		j := min(i+n, len(toks))
		out[strings.Join(toks[i:j], " ")]++
	}
	return out
}

// Counts is one document's shingle TP, FP and FN, scaled to sum to 1
// (all zero when both texts are empty).
type Counts struct{ TP, FP, FN float64 }

// Match compares a predicted text with the gold one.
func Match(gold, pred string) Counts {
	g, p := Shingles(gold, N), Shingles(pred, N)
	var c Counts
	for k, gc := range g {
		pc := p[k]
		c.TP += float64(min(gc, pc))
		c.FN += float64(max(0, gc-pc))
	}
	for k, pc := range p {
		c.FP += float64(max(0, pc-g[k]))
	}
	if s := c.TP + c.FP + c.FN; s > 0 {
		c.TP, c.FP, c.FN = c.TP/s, c.FP/s, c.FN/s
	}
	return c
}

// Precision of one document.
func (c Counts) Precision() float64 {
	switch {
	case c.FP == 0 && c.FN == 0:
		return 1
	case c.TP == 0 && c.FP == 0:
		return 0
	}
	return c.TP / (c.TP + c.FP)
}

// Recall of one document.
func (c Counts) Recall() float64 {
	switch {
	case c.FP == 0 && c.FN == 0:
		return 1
	case c.TP == 0 && c.FN == 0:
		return 0
	}
	return c.TP / (c.TP + c.FN)
}

// Score is the benchmark's summary over documents.
type Score struct {
	Precision, Recall, F1 float64
	Docs                  int
}

// Summarize averages per-document counts as the benchmark does.
func Summarize(docs []Counts) Score {
	var ps, rs float64
	var np, nr int
	for _, c := range docs {
		if c.TP+c.FP > 0 {
			ps += c.Precision()
			np++
		}
		if c.TP+c.FN > 0 {
			rs += c.Recall()
			nr++
		}
	}
	s := Score{Docs: len(docs)}
	if np > 0 {
		s.Precision = ps / float64(np)
	}
	if nr > 0 {
		s.Recall = rs / float64(nr)
	}
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
	return s
}
