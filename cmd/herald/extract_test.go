package main

import (
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/spf13/pflag"
)

func runExtract(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	return runHerald(t, stdin, append([]string{"extract"}, args...)...)
}

func decodeLines(t *testing.T, s string) []extractedArticle {
	t.Helper()
	var out []extractedArticle
	for _, line := range strings.Split(strings.TrimSpace(s), "\n") {
		if line == "" {
			continue
		}
		var a extractedArticle
		if err := json.Unmarshal([]byte(line), &a); err != nil {
			t.Fatalf("bad JSON line %q: %v", line, err)
		}
		out = append(out, a)
	}
	return out
}

func TestExtractCommand(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "story.txt")
	if err := os.WriteFile(good, []byte("Ministers meet in Geneva\n\nThe foreign ministers met in Geneva on Sunday to discuss the border.\n\nShare on Facebook\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	dump := filepath.Join(dir, "dump.jsonl")
	if err := os.WriteFile(dump, []byte(`{"maintext":"Talks resumed on Monday in the capital.","when":"2023-05-14"}`+"\n"+`oops`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "missing.txt")

	code, stdout, stderr := runExtract(t, "", good, missing, "--jsonl-text", "maintext", "--jsonl-date", "when", dump)
	if code != exitInput {
		t.Errorf("exit code %d, want %d", code, exitInput)
	}
	arts := decodeLines(t, stdout)
	if len(arts) != 2 {
		t.Fatalf("%d articles, want 2:\n%s", len(arts), stdout)
	}
	if a := arts[0]; a.Title != "Ministers meet in Geneva" || !strings.HasPrefix(a.Text, "The foreign ministers met") || strings.Contains(a.Text, "Facebook") || len(a.ID) != 64 || a.Origin != good {
		t.Errorf("first article = %+v", a)
	}
	if a := arts[1]; a.Text != "Talks resumed on Monday in the capital." || a.Published != "2023-05-14T00:00:00Z" || a.DateSource != "jsonl" || a.Origin != dump+"#1" {
		t.Errorf("second article = %+v", a)
	}
	lines := strings.Split(strings.TrimSpace(stderr), "\n")
	if len(lines) != 2 || !strings.Contains(lines[0], missing) || !strings.Contains(lines[1], dump+"#2") {
		t.Errorf("stderr = %q, want one line per bad input naming it", stderr)
	}
}

func TestExtractCommandStdinAndFlags(t *testing.T) {
	code, stdout, stderr := runExtract(t, "Headline text here\n\nA sentence of news from standard input.", "--date", "2024-02-03")
	if code != exitOK || stderr != "" {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	arts := decodeLines(t, stdout)
	if len(arts) != 1 || arts[0].Origin != "stdin" || arts[0].Published != "2024-02-03T00:00:00Z" || arts[0].DateSource != "flag" {
		t.Fatalf("articles = %+v", arts)
	}
	if code, _, _ := runExtract(t, "", "--date", "someday"); code != exitUsage {
		t.Errorf("bad --date: exit %d, want %d", code, exitUsage)
	}
	if code, _, _ := runExtract(t, "", "--no-such-flag"); code != exitUsage {
		t.Errorf("unknown flag: exit %d, want %d", code, exitUsage)
	}
}

func TestReadFlagsOptions(t *testing.T) {
	var rf readFlags
	fs := pflag.NewFlagSet("test", pflag.ContinueOnError)
	rf.register(fs)
	if err := fs.Parse([]string{"--max-bytes", "1000", "--fetch", "--timeout", "5s", "--jsonl-text", "body", "--jsonl-url", "link"}); err != nil {
		t.Fatal(err)
	}
	o := rf.options(&app{stderr: io.Discard})
	if o.MaxBytes != 1000 || !o.Fetch || o.Timeout.Seconds() != 5 || o.JSONLText != "body" || o.JSONLURL != "link" || o.UserAgent == "" {
		t.Errorf("options = %+v", o)
	}
	rf.maxBytes = 0
	if rf.options(&app{stderr: io.Discard}).MaxBytes >= 0 {
		t.Errorf("--max-bytes 0 should mean no limit")
	}
}
