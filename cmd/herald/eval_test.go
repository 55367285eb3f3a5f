package main

import (
	"archive/zip"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEvalDocuments runs herald eval on our own labelled stories, plain
// and zipped: bad rows get one line each on stderr, the others are scored.
func TestEvalDocuments(t *testing.T) {
	plain := filepath.Join("..", "..", "eval", "testdata", "stories.csv")
	data, err := os.ReadFile(plain)
	if err != nil {
		t.Fatal(err)
	}
	zipped := filepath.Join(t.TempDir(), "stories.csv.zip")
	f, err := os.Create(zipped)
	if err != nil {
		t.Fatal(err)
	}
	zw := zip.NewWriter(f)
	w, err := zw.Create("stories.csv")
	if err == nil {
		_, err = w.Write(data)
	}
	if err == nil {
		err = zw.Close()
	}
	if err == nil {
		err = f.Close()
	}
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range []string{plain, zipped} {
		t.Run(filepath.Base(in), func(t *testing.T) {
			code, out, errs := runHerald(t, "", "eval", "--misses", "3", in)
			if code != exitOK {
				t.Fatalf("exit %d: %s", code, errs)
			}
			for _, want := range []string{"document gold", "6 records (4 skipped)", "label", "any", "top", "none", "ALL", "macro avg", "misses:", "s4: want PROTEST, got no event"} {
				if !strings.Contains(out, want) {
					t.Errorf("report lacks %q:\n%s", want, out)
				}
			}
			lines := strings.Split(strings.TrimSpace(errs), "\n")
			if len(lines) != 4 || !strings.Contains(lines[0], "row 6 (line 9): empty text") || !strings.Contains(lines[3], "row 9 (line 12): 2 fields") {
				t.Errorf("stderr:\n%s", errs)
			}
		})
	}
	bad := filepath.Join(t.TempDir(), "bad.csv.zip")
	os.WriteFile(bad, []byte("PK\x03\x04 broken"), 0o600)
	if code, _, _ := runHerald(t, "", "eval", bad); code != exitInput {
		t.Errorf("broken zip: exit %d, want %d", code, exitInput)
	}
}
