package source

import (
	"context"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/heraldevents/herald/internal/testcorpus"
)

// TestCorporaReadWithoutCrash reads every file of the bad-input corpora:
// each must give documents or per-record errors, without a panic or hang.
func TestCorporaReadWithoutCrash(t *testing.T) {
	for _, c := range []string{"rss-parser-feeds", "warc-samples", "newspaper4k-testdata", "mozilla-readability-news"} {
		t.Run(c, func(t *testing.T) {
			dir := testcorpus.Shared(t, "corpora", c)
			ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
			defer cancel()
			var docs, bad int
			err := Read(ctx, []string{dir}, Options{}, func(d Document) error {
				if d.Origin == "" {
					t.Errorf("document without origin")
				}
				if d.Err != nil {
					bad++
					if testing.Verbose() {
						t.Logf("%s: %v", d.Origin, d.Err)
					}
					return nil
				}
				docs++
				if len(d.Body) == 0 {
					t.Errorf("%s: empty body without error", d.Origin)
				}
				if d.Kind != HTML && d.Kind != Text {
					t.Errorf("%s: kind %q", d.Origin, d.Kind)
				}
				return nil
			})
			if err != nil {
				t.Fatalf("Read: %v", err)
			}
			if docs == 0 {
				t.Fatalf("no document read from %s", dir)
			}
			t.Logf("%s: %d documents, %d unreadable records", c, docs, bad)
		})
	}
}

// BenchmarkReadWARCSamples reads every file of the WARC/ARC samples
// (gzip, WARC parsing, HTTP decoding) per iteration.
func BenchmarkReadWARCSamples(b *testing.B) {
	dir := testcorpus.Shared(b, "corpora", "warc-samples")
	var size int64
	_ = filepath.Walk(dir, func(_ string, info os.FileInfo, err error) error {
		if err == nil && info.Mode().IsRegular() {
			size += info.Size()
		}
		return nil
	})
	b.SetBytes(size)
	docs := 0
	for i := 0; i < b.N; i++ {
		_ = Read(context.Background(), []string{dir}, Options{Logger: discardLogger()}, func(d Document) error {
			docs++
			return nil
		})
	}
	b.ReportMetric(float64(docs)/b.Elapsed().Seconds(), "docs/s")
}

func discardLogger() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }
