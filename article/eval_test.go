package article

// Measurements on the third-party corpora in ../shared (never copied into
// the repository): extraction quality on the Zyte/Scrapinghub article
// extraction benchmark, cleaner quality on its whole-page text, and
// publication-date accuracy on pages with expected metadata. All are
// skipped with -short and when the corpora are absent.

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"

	"github.com/heraldevents/herald/internal/testcorpus"
	"github.com/heraldevents/herald/internal/textmetric"
	"github.com/heraldevents/herald/source"
)

// benchPage is one page of the extraction benchmark.
type benchPage struct {
	id, url, html string
}

type benchCorpus struct {
	pages []benchPage
	gold  map[string]string // id -> articleBody
	bytes int64
}

// loadBenchmark reads the 181 pages (gunzipped) and the gold bodies.
func loadBenchmark(tb testing.TB) *benchCorpus {
	tb.Helper()
	dir := testcorpus.Shared(tb, "corpora", "article-extraction-benchmark")
	gt := readOutputJSON(tb, filepath.Join(dir, "ground-truth.json"))
	var urls map[string]struct {
		URL string `json:"url"`
	}
	raw, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		tb.Fatal(err)
	}
	if err := json.Unmarshal(raw, &urls); err != nil {
		tb.Fatal(err)
	}
	files, err := filepath.Glob(filepath.Join(dir, "html", "*.html.gz"))
	if err != nil || len(files) == 0 {
		tb.Fatalf("no benchmark pages: %v", err)
	}
	sort.Strings(files)
	c := &benchCorpus{gold: gt}
	for _, f := range files {
		id := strings.TrimSuffix(filepath.Base(f), ".html.gz")
		b := gunzipFile(tb, f)
		c.bytes += int64(len(b))
		c.pages = append(c.pages, benchPage{id: id, url: urls[id].URL, html: string(b)})
	}
	return c
}

func gunzipFile(tb testing.TB, path string) []byte {
	tb.Helper()
	b, err := testcorpus.Gunzip(path)
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// readOutputJSON reads {id: {"articleBody": ...}}, possibly wrapped as
// {"output": {...}}.
func readOutputJSON(tb testing.TB, path string) map[string]string {
	tb.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	type entry struct {
		ArticleBody string `json:"articleBody"`
	}
	var wrapped struct {
		Output map[string]entry `json:"output"`
	}
	var plain map[string]json.RawMessage
	if err := json.Unmarshal(raw, &plain); err != nil {
		tb.Fatalf("%s: %v", path, err)
	}
	m := map[string]entry{}
	if _, ok := plain["output"]; ok {
		if err := json.Unmarshal(raw, &wrapped); err != nil {
			tb.Fatalf("%s: %v", path, err)
		}
		m = wrapped.Output
	} else {
		for k, v := range plain {
			var e entry
			if err := json.Unmarshal(v, &e); err == nil {
				m[k] = e
			}
		}
	}
	out := make(map[string]string, len(m))
	for k, v := range m {
		out[k] = v.ArticleBody
	}
	return out
}

func score(gold, pred map[string]string) textmetric.Score {
	keys := make([]string, 0, len(gold))
	for k := range gold {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	counts := make([]textmetric.Counts, 0, len(keys))
	for _, k := range keys {
		counts = append(counts, textmetric.Match(gold[k], pred[k]))
	}
	return textmetric.Summarize(counts)
}

// TestMetricMatchesPublishedScores checks our metric against the
// benchmark's published figures for two stored reference outputs.
func TestMetricMatchesPublishedScores(t *testing.T) {
	dir := testcorpus.Shared(t, "corpora", "article-extraction-benchmark")
	gold := readOutputJSON(t, filepath.Join(dir, "ground-truth.json"))
	for _, tt := range []struct {
		file     string
		f1, p, r float64
	}{
		{"html-text.json", 0.665, 0.500, 0.994},
		{"go_trafilatura.json", 0.960, 0.940, 0.980},
		{"readability_js.json", 0.947, 0.914, 0.982},
	} {
		s := score(gold, readOutputJSON(t, filepath.Join(dir, "output-reference", tt.file)))
		t.Logf("%-20s F1 %.3f  P %.3f  R %.3f", tt.file, s.F1, s.Precision, s.Recall)
		for _, c := range []struct {
			name      string
			got, want float64
		}{{"F1", s.F1, tt.f1}, {"precision", s.Precision, tt.p}, {"recall", s.Recall, tt.r}} {
			if d := c.got - c.want; d > 0.0015 || d < -0.0015 {
				t.Errorf("%s %s = %.4f, published %.3f", tt.file, c.name, c.got, c.want)
			}
		}
	}
}

// TestCleanerOnWholePageText feeds the benchmark's whole-page text
// (html-text, F1 0.665) through Clean.
func TestCleanerOnWholePageText(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus measurement; skipped with -short")
	}
	dir := testcorpus.Shared(t, "corpora", "article-extraction-benchmark")
	gold := readOutputJSON(t, filepath.Join(dir, "ground-truth.json"))
	whole := readOutputJSON(t, filepath.Join(dir, "output-reference", "html-text.json"))
	cleaned := make(map[string]string, len(whole))
	for k, v := range whole {
		cleaned[k] = Clean(v)
	}
	base, s := score(gold, whole), score(gold, cleaned)
	t.Logf("whole-page text: F1 %.3f P %.3f R %.3f", base.F1, base.Precision, base.Recall)
	t.Logf("after Clean:     F1 %.3f P %.3f R %.3f", s.F1, s.Precision, s.Recall)
	if s.F1 <= base.F1 {
		t.Errorf("Clean does not improve F1: %.3f <= %.3f", s.F1, base.F1)
	}
	if s.Recall < 0.95 {
		t.Errorf("Clean loses article text: recall %.3f < 0.95", s.Recall)
	}
}

// heraldBenchOptions are the options the benchmark runs Extract with.
var heraldBenchOptions = Options{}

// extractAll runs Herald's HTML path over the corpus, in parallel.
func extractAll(c *benchCorpus, opts Options) (map[string]string, int) {
	out := make(map[string]string, len(c.pages))
	var mu sync.Mutex
	failed := 0
	work := make(chan benchPage)
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for p := range work {
				a, err := Extract(source.Document{Origin: p.id, Body: []byte(p.html), Kind: source.HTML, URL: p.url}, opts)
				mu.Lock()
				if err != nil {
					failed++
				} else {
					out[p.id] = a.Body
				}
				mu.Unlock()
			}
		}()
	}
	for _, p := range c.pages {
		work <- p
	}
	close(work)
	wg.Wait()
	return out, failed
}

// TestExtractionQuality: Herald's HTML path on the 181 benchmark pages
// must reach word 4-gram F1 0.95 (go-trafilatura is published at 0.960).
func TestExtractionQuality(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus measurement; skipped with -short")
	}
	c := loadBenchmark(t)
	got, failed := extractAll(c, heraldBenchOptions)
	s := score(c.gold, got)
	t.Logf("Herald HTML path on %d pages: F1 %.3f P %.3f R %.3f (%d pages without text)", len(c.pages), s.F1, s.Precision, s.Recall, failed)
	if s.F1 < 0.95 {
		t.Errorf("extraction F1 %.3f < 0.95", s.F1)
	}
}

// expectedDate is one page with a known publication date.
type expectedDate struct {
	name, path, url string
	want            time.Time
}

func datedPages(t *testing.T) []expectedDate {
	var out []expectedDate
	moz := testcorpus.Shared(t, "corpora", "mozilla-readability-news")
	dirs, _ := filepath.Glob(filepath.Join(moz, "*", "expected-metadata.json"))
	for _, m := range dirs {
		var meta struct {
			PublishedTime *string `json:"publishedTime"`
		}
		raw, err := os.ReadFile(m)
		if err != nil || json.Unmarshal(raw, &meta) != nil || meta.PublishedTime == nil {
			continue
		}
		w, ok := source.ParseDate(*meta.PublishedTime)
		if !ok {
			continue
		}
		d := filepath.Dir(m)
		out = append(out, expectedDate{name: "mozilla/" + filepath.Base(d), path: filepath.Join(d, "source.html.gz"), want: w})
	}
	np := testcorpus.Shared(t, "corpora", "newspaper4k-testdata")
	metas, _ := filepath.Glob(filepath.Join(np, "metadata", "*.json"))
	for _, m := range metas {
		var meta struct {
			URL         *string `json:"url"`
			PublishDate *string `json:"publish_date"`
		}
		raw, err := os.ReadFile(m)
		if err != nil || json.Unmarshal(raw, &meta) != nil || meta.PublishDate == nil {
			continue
		}
		w, ok := source.ParseDate(*meta.PublishDate)
		if !ok {
			continue
		}
		base := strings.TrimSuffix(filepath.Base(m), ".json")
		page := filepath.Join(np, "html", base+".html.gz")
		if _, err := os.Stat(page); err != nil {
			continue
		}
		u := ""
		if meta.URL != nil {
			u = *meta.URL
		}
		out = append(out, expectedDate{name: "newspaper4k/" + base, path: page, url: u, want: w})
	}
	return out
}

// sameDay compares calendar days; the expected date counts in its own
// zone or in UTC (pages give local dates, extractors often UTC ones).
func sameDay(got, want time.Time) bool {
	gy, gm, gd := got.Date()
	for _, w := range []time.Time{want, want.UTC()} {
		wy, wm, wd := w.Date()
		if gy == wy && gm == wm && gd == wd {
			return true
		}
	}
	return false
}

// TestPublicationDates reports day accuracy of Published on the pages of
// mozilla-readability-news and newspaper4k-testdata that carry an expected
// date. Only the mozilla URL-less pages test the page date alone; the
// newspaper4k pages also give their URL, as a crawler would.
func TestPublicationDates(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus measurement; skipped with -short")
	}
	pages := datedPages(t)
	if len(pages) == 0 {
		t.Skip("no page with an expected date")
	}
	right, found := 0, 0
	for _, p := range pages {
		body := gunzipFile(t, p.path)
		a, err := Extract(source.Document{Origin: p.name, Body: body, Kind: source.HTML, URL: p.url}, Options{})
		if err != nil {
			t.Logf("%s: %v", p.name, err)
			continue
		}
		if !a.Published.IsZero() {
			found++
		}
		if sameDay(a.Published, p.want) {
			right++
		} else if testing.Verbose() {
			t.Logf("%s: got %s (%s), want %s", p.name, a.Published.Format(time.RFC3339), a.DateSource, p.want.Format(time.RFC3339))
		}
	}
	// The same pages with the URL withheld: the page's own date alone.
	pageOnly := 0
	for _, p := range pages {
		a, err := Extract(source.Document{Origin: p.name, Body: gunzipFile(t, p.path), Kind: source.HTML}, Options{})
		if err == nil && sameDay(a.Published, p.want) {
			pageOnly++
		}
	}
	acc := float64(right) / float64(len(pages))
	t.Logf("publication date: %d/%d right to the day (%.3f), %d with a date; from the page alone (no URL): %d/%d", right, len(pages), acc, found, pageOnly, len(pages))
	if acc < 0.7 {
		t.Errorf("date accuracy %.3f < 0.7", acc)
	}
}

// BenchmarkExtractHerald runs Herald's whole HTML path (charset, parse,
// go-trafilatura, text layout, normalisation, metadata) over the 181
// benchmark pages, one page per iteration.
func BenchmarkExtractHerald(b *testing.B) {
	c := loadBenchmark(b)
	docs := make([]source.Document, len(c.pages))
	for i, p := range c.pages {
		docs[i] = source.Document{Origin: p.id, Body: []byte(p.html), Kind: source.HTML, URL: p.url}
	}
	for _, d := range docs[:10] { // warm up: the extractor compiles its patterns on first use
		_, _ = Extract(d, heraldBenchOptions)
	}
	b.SetBytes(c.bytes / int64(len(c.pages)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		_, _ = Extract(docs[i%len(docs)], heraldBenchOptions)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "pages/s")
}

// BenchmarkExtractTrafilatura calls go-trafilatura directly as the
// benchmark's own runner does (html.Parse, EnableFallback), for comparison.
func BenchmarkExtractTrafilatura(b *testing.B) {
	c := loadBenchmark(b)
	for _, p := range c.pages[:10] { // warm up, as for Herald
		if doc, err := html.Parse(strings.NewReader(p.html)); err == nil {
			_, _ = trafilatura.ExtractDocument(doc, trafilatura.Options{EnableFallback: true})
		}
	}
	b.SetBytes(c.bytes / int64(len(c.pages)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		p := c.pages[i%len(c.pages)]
		doc, err := html.Parse(strings.NewReader(p.html))
		if err != nil {
			continue
		}
		_, _ = trafilatura.ExtractDocument(doc, trafilatura.Options{EnableFallback: true})
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "pages/s")
}

// BenchmarkClean runs the cleaner over the benchmark's whole-page texts.
func BenchmarkClean(b *testing.B) {
	dir := testcorpus.Shared(b, "corpora", "article-extraction-benchmark")
	whole := readOutputJSON(b, filepath.Join(dir, "output-reference", "html-text.json"))
	texts := make([]string, 0, len(whole))
	var n int64
	for _, v := range whole {
		texts = append(texts, v)
		n += int64(len(v))
	}
	sort.Strings(texts)
	b.SetBytes(n / int64(len(texts)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		_ = Clean(texts[i%len(texts)])
	}
}

// TestCorporaExtractWithoutCrash reads and extracts every document of the
// bad-input corpora: each gives an article or a one-line error naming it.
func TestCorporaExtractWithoutCrash(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus walk; skipped with -short")
	}
	for _, c := range []string{"rss-parser-feeds", "warc-samples", "newspaper4k-testdata", "mozilla-readability-news"} {
		t.Run(c, func(t *testing.T) {
			dir := testcorpus.Shared(t, "corpora", c)
			ok, bad := 0, 0
			err := source.Read(context.Background(), []string{dir}, source.Options{}, func(d source.Document) error {
				a, err := Extract(d, Options{FastDate: true})
				if err != nil {
					bad++
					if msg := err.Error(); !strings.HasPrefix(msg, d.Origin+": ") || strings.Contains(msg, "\n") {
						t.Errorf("error %q does not name %s in one line", msg, d.Origin)
					}
					return nil
				}
				ok++
				if a.ID == "" || strings.TrimSpace(a.Body) == "" {
					t.Errorf("%s: article without ID or body", d.Origin)
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if ok == 0 {
				t.Errorf("no article extracted from %s", c)
			}
			t.Logf("%s: %d articles, %d reported", c, ok, bad)
		})
	}
}
