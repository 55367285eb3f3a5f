package actor

import (
	"os"
	"path/filepath"
	"sort"
	"testing"
	"time"

	"github.com/heraldevents/herald/internal/testcorpus"

	"github.com/heraldevents/herald/nlp"
)

// coverage counts candidate actor mentions and those that got a code.
type coverage struct {
	entities, entitiesCoded int // nlp entity spans (PERSON, ORG, PLACE, NORP)
	runs, runsCoded         int // maximal runs of NNP/NNPS tokens
	uncoded                 map[string]int
}

func (c *coverage) add(doc *nlp.Document, ms []Mention) {
	covered := make([][]bool, len(doc.Sentences))
	for i, s := range doc.Sentences {
		covered[i] = make([]bool, len(s.Tokens))
	}
	for _, m := range ms {
		for k := m.Start; k < m.End; k++ {
			covered[m.Sentence][k] = true
		}
	}
	any := func(si, a, b int) bool {
		for k := a; k < b; k++ {
			if covered[si][k] {
				return true
			}
		}
		return false
	}
	for si, s := range doc.Sentences {
		for _, e := range s.Entities {
			if e.Kind == nlp.DateEntity || e.Start < 0 || e.End > len(s.Tokens) || e.Start >= e.End {
				continue
			}
			c.entities++
			if any(si, e.Start, e.End) {
				c.entitiesCoded++
			} else {
				c.uncoded[joinTokens(&s, e.Start, e.End)]++
			}
		}
		for i := 0; i < len(s.Tokens); {
			if s.Tokens[i].Tag != "NNP" && s.Tokens[i].Tag != "NNPS" {
				i++
				continue
			}
			j := i
			for j < len(s.Tokens) && (s.Tokens[j].Tag == "NNP" || s.Tokens[j].Tag == "NNPS") {
				j++
			}
			c.runs++
			if any(si, i, j) {
				c.runsCoded++
			}
			i = j
		}
	}
}

// TestCorpusCoverage measures, on the BBC politics articles, the share of
// named-entity spans and proper-noun runs that receive an actor code. It
// is a measurement (figures in BENCHMARKS.md), skipped with -short.
func TestCorpusCoverage(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus-wide measurement; skipped with -short")
	}
	dir := testcorpus.Shared(t, "corpora", "bbc-news-2225", "politics")
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(files) == 0 {
		t.Skipf("%s not present; skipping", dir)
	}
	r, err := NewResolver(Options{})
	if err != nil {
		t.Fatal(err)
	}
	a, err := analyzer()
	if err != nil {
		t.Fatal(err)
	}
	c := coverage{uncoded: map[string]int{}}
	strict := coverage{uncoded: map[string]int{}}       // without "modifier" mentions
	when := time.Date(2005, 3, 1, 0, 0, 0, 0, time.UTC) // the corpus is from 2004-2005
	mentions := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		doc := a.Analyze(string(data), when)
		ms := r.Resolve(doc)
		mentions += len(ms)
		c.add(doc, ms)
		var actors []Mention
		for _, m := range ms {
			if m.Basis != "modifier" {
				actors = append(actors, m)
			}
		}
		strict.add(doc, actors)
	}
	t.Logf("%d articles, %d mentions", len(files), mentions)
	t.Logf("entity spans coded: %d/%d (%.1f%%)", c.entitiesCoded, c.entities, 100*float64(c.entitiesCoded)/float64(max(c.entities, 1)))
	t.Logf("NNP runs coded: %d/%d (%.1f%%)", c.runsCoded, c.runs, 100*float64(c.runsCoded)/float64(max(c.runs, 1)))
	t.Logf("without modifier mentions: entity spans %.1f%%, NNP runs %.1f%%",
		100*float64(strict.entitiesCoded)/float64(max(strict.entities, 1)), 100*float64(strict.runsCoded)/float64(max(strict.runs, 1)))
	type kv struct {
		k string
		n int
	}
	var top []kv
	for k, n := range c.uncoded {
		top = append(top, kv{k, n})
	}
	sort.Slice(top, func(i, j int) bool { return top[i].n > top[j].n || top[i].n == top[j].n && top[i].k < top[j].k })
	for i := 0; i < len(top) && i < 40; i++ {
		t.Logf("uncoded %4d %s", top[i].n, top[i].k)
	}
}
