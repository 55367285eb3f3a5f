package actor

import (
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/heraldevents/herald/internal/cputime"
	"github.com/heraldevents/herald/internal/testcorpus"
	"github.com/heraldevents/herald/nlp"
)

// reutersDocs analyses up to n article bodies of Reuters-21578 once per
// test binary (the language layer is not what the benchmark measures).
// HERALD_RESOLVE_DOCS sets another number (fewer for a run under
// valgrind).
var reutersDocs = sync.OnceValue(func() []*nlp.Document {
	limit := 1500
	if n, err := strconv.Atoi(os.Getenv("HERALD_RESOLVE_DOCS")); err == nil && n > 0 {
		limit = n
	}
	texts, err := testcorpus.ReutersBodies(filepath.Join("..", "..", "shared", "corpora", "reuters-21578"), limit)
	if err != nil {
		return nil
	}
	a, err := analyzer()
	if err != nil {
		return nil
	}
	pub := time.Date(2005, 1, 1, 0, 0, 0, 0, time.UTC)
	docs := make([]*nlp.Document, 0, len(texts))
	for _, t := range texts {
		docs = append(docs, a.Analyze(t, pub))
	}
	return docs
})

// BenchmarkResolveReuters resolves the actors of analysed Reuters
// articles with the built-in dictionaries: the resolver's share of the
// pipeline, on real news.
func BenchmarkResolveReuters(b *testing.B) {
	docs := reutersDocs()
	if len(docs) == 0 {
		b.Skip("../shared/corpora/reuters-21578 not present")
	}
	r, err := NewResolver(Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cputime.Used()
	sents := 0
	for i := 0; i < b.N; i++ {
		d := docs[i%len(docs)]
		sents += len(d.Sentences)
		r.Resolve(d)
	}
	cputime.ReportSentenceRates(b, sents, cpu0)
}
