package main

import (
	"bytes"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/heraldevents/herald/internal/testcorpus"
)

func TestLineLogger(t *testing.T) {
	var b bytes.Buffer
	l := newLineLogger(&b)
	l.Debug("not shown")
	l.Info("not shown either")
	l.Warn("revisit skipped", "url", "http://example.com/", "n", 3)
	l.With("origin", "a.warc#2").Error("bad record", slog.String("why", "clipped"))
	want := "herald: warning: revisit skipped (url=http://example.com/, n=3)\n" +
		"herald: error: bad record (origin=a.warc#2, why=clipped)\n"
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
}

// TestRevisitWarnings reads the second crawl of a real web archive without
// the first: its revisits cannot be resolved, each is one warning line in the
// command's style, and the exit code stays 0. With the first crawl before it,
// there are no warnings; with --revisit-index 0 revisits are skipped silently.
func TestRevisitWarnings(t *testing.T) {
	dir := testcorpus.Shared(t, "corpora", "warc-samples", "ukwa-govuk-revisit")
	first := filepath.Join(dir, "BL-20140325121225068-00000-32090~opera~8443.warc.gz")
	second := filepath.Join(dir, "BL-20140325122341434-00000-32090~opera~8443.warc.gz")
	if _, err := os.Stat(second); err != nil {
		t.Skipf("the web-archive samples are absent (%v); skipping", err)
	}
	code, _, stderr := runHerald(t, "", "extract", second)
	if code != 0 {
		t.Errorf("second crawl alone: exit %d, want 0", code)
	}
	lines := strings.Split(strings.TrimSpace(stderr), "\n")
	if len(lines) == 0 || lines[0] == "" {
		t.Fatal("second crawl alone: no warning for its unresolved revisits")
	}
	for _, l := range lines {
		if !strings.HasPrefix(l, "herald: warning: WARC revisit") {
			t.Errorf("unexpected stderr line %q", l)
		}
	}
	code, _, stderr = runHerald(t, "", "extract", first, second)
	if code != 0 || stderr != "" {
		t.Errorf("both crawls: exit %d, stderr %q; want 0 and nothing", code, stderr)
	}
	code, _, stderr = runHerald(t, "", "extract", "--revisit-index", "0", second)
	if code != 0 || stderr != "" {
		t.Errorf("--revisit-index 0: exit %d, stderr %q; want 0 and nothing", code, stderr)
	}
}
