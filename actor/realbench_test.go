package actor

import (
	"bufio"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/heraldevents/herald/internal/cputime"
	"github.com/heraldevents/herald/nlp"
)

var reutersBody = regexp.MustCompile(`(?s)<BODY>(.*?)</BODY>`)

// reutersDocs analyses up to n article bodies of Reuters-21578 once per
// test binary (the language layer is not what the benchmark measures).
// HERALD_RESOLVE_DOCS sets another number (fewer for a run under
// valgrind).
var reutersDocs = sync.OnceValue(func() []*nlp.Document {
	limit := 1500
	if n, err := strconv.Atoi(os.Getenv("HERALD_RESOLVE_DOCS")); err == nil && n > 0 {
		limit = n
	}
	files, _ := filepath.Glob("../../shared/corpora/reuters-21578/reut2-*.sgm.gz")
	sort.Strings(files)
	a, err := analyzer()
	if err != nil {
		return nil
	}
	pub := time.Date(2005, 1, 1, 0, 0, 0, 0, time.UTC)
	var docs []*nlp.Document
	for _, f := range files {
		if len(docs) >= limit {
			break
		}
		fh, err := os.Open(f)
		if err != nil {
			continue
		}
		zr, err := gzip.NewReader(bufio.NewReader(fh))
		if err != nil {
			fh.Close()
			continue
		}
		b, _ := io.ReadAll(zr)
		fh.Close()
		for _, m := range reutersBody.FindAllSubmatch(b, -1) {
			body := strings.ReplaceAll(string(m[1]), "&lt;", "<")
			body = strings.TrimSuffix(strings.TrimSpace(body), "Reuter\n&#3;")
			docs = append(docs, a.Analyze(body, pub))
			if len(docs) >= limit {
				break
			}
		}
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
	cpu := cputime.Used() - cpu0
	b.ReportMetric(float64(sents)/b.Elapsed().Seconds(), "sentences/s")
	if cpu > 0 {
		b.ReportMetric(float64(sents)/cpu.Seconds(), "sent/cpu-s")
	}
}
