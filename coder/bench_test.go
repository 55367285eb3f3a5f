package coder_test

import (
	"bufio"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/heraldevents/herald/coder"
	"github.com/heraldevents/herald/internal/cputime"
)

func writeFile(path string, data []byte) error { return os.WriteFile(path, data, 0o600) }

// bbcTexts reads up to n articles of the BBC corpus.
func bbcTexts(tb testing.TB, n int) []string {
	dir := sharedPath(tb, "corpora", "bbc-news-2225")
	var files []string
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".txt") && !strings.HasSuffix(p, "README.TXT") {
			files = append(files, p)
		}
		return nil
	})
	sort.Strings(files)
	var out []string
	for _, f := range files {
		if len(out) >= n {
			break
		}
		b, err := os.ReadFile(f)
		if err == nil {
			out = append(out, string(b))
		}
	}
	return out
}

var reBody = regexp.MustCompile(`(?s)<BODY>(.*?)</BODY>`)

// reutersTexts reads up to n article bodies of Reuters-21578.
func reutersTexts(tb testing.TB, n int) []string {
	dir := sharedPath(tb, "corpora", "reuters-21578")
	files, _ := filepath.Glob(filepath.Join(dir, "reut2-*.sgm.gz"))
	sort.Strings(files)
	var out []string
	for _, f := range files {
		if len(out) >= n {
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
		for _, m := range reBody.FindAllSubmatch(b, -1) {
			body := strings.ReplaceAll(string(m[1]), "&lt;", "<")
			body = strings.TrimSuffix(strings.TrimSpace(body), "Reuter\n&#3;")
			out = append(out, body)
			if len(out) >= n {
				break
			}
		}
	}
	return out
}

// benchPipeline measures raw text -> nlp -> actor -> coder -> events.
func benchPipeline(b *testing.B, texts []string) {
	st := mustStages(b)
	pub := time.Date(2005, 1, 1, 0, 0, 0, 0, time.UTC)
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cputime.Used()
	sents, events := 0, 0
	for i := 0; i < b.N; i++ {
		in := st.input(texts[i%len(texts)], pub)
		sents += len(in.Doc.Sentences)
		events += len(st.c.Code(in))
	}
	cpu := cputime.Used() - cpu0
	b.ReportMetric(float64(sents)/b.Elapsed().Seconds(), "sentences/s")
	// The rate per CPU-second (GC included) is steadier than the
	// wall-clock rate on a shared machine.
	if cpu > 0 {
		b.ReportMetric(float64(sents)/cpu.Seconds(), "sent/cpu-s")
	}
	b.ReportMetric(float64(events)/float64(b.N), "events/article")
}

func BenchmarkPipelineBBC(b *testing.B)     { benchPipeline(b, bbcTexts(b, 2225)) }
func BenchmarkPipelineReuters(b *testing.B) { benchPipeline(b, reutersTexts(b, 5000)) }

// BenchmarkCoderOnly measures the coder alone on analysed BBC articles.
func BenchmarkCoderOnly(b *testing.B) {
	st := mustStages(b)
	texts := bbcTexts(b, 300)
	ins := make([]coder.Input, len(texts))
	for i, t := range texts {
		ins[i] = st.input(t, time.Time{})
	}
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cputime.Used()
	sents := 0
	for i := 0; i < b.N; i++ {
		in := ins[i%len(ins)]
		sents += len(in.Doc.Sentences)
		st.c.Code(in)
	}
	cpu := cputime.Used() - cpu0
	b.ReportMetric(float64(sents)/b.Elapsed().Seconds(), "sentences/s")
	if cpu > 0 {
		b.ReportMetric(float64(sents)/cpu.Seconds(), "sent/cpu-s")
	}
}

// BenchmarkPathological measures the bad inputs (no verb, 300 actors,
// nested quotes, flattened tables) through the whole pipeline.
func BenchmarkPathological(b *testing.B) {
	st := mustStages(b)
	texts := pathological()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		st.c.Code(st.input(texts[i%len(texts)], time.Time{}))
	}
}
