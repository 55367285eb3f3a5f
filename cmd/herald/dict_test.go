package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runDict(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), args, &app{stdin: strings.NewReader(""), stdout: &out, stderr: &errb})
	return code, out.String(), errb.String()
}

func TestDictLookup(t *testing.T) {
	code, out, _ := runDict(t, "dict", "lookup", "Turkish presidential spokesman Ibrahim Kalin")
	if code != exitOK || !strings.Contains(out, "TURGOV") || !strings.Contains(out, "title+nationality") || !strings.Contains(out, "why:") {
		t.Errorf("lookup: code %d, output %q", code, out)
	}
	code, out, _ = runDict(t, "dict", "lookup", "--date", "2022-01-01", "Faisal Mekdad")
	if code != exitOK || !strings.Contains(out, "SYRGOV") || !strings.Contains(out, "holds on 2022-01-01") {
		t.Errorf("dated lookup: code %d, output %q", code, out)
	}
	if code, _, _ = runDict(t, "dict", "lookup", "nothing here at all"); code != exitInput {
		t.Errorf("lookup without actor: exit %d, want %d", code, exitInput)
	}
	if code, _, _ = runDict(t, "dict", "lookup", "--date", "yesterday", "Syria"); code != exitUsage {
		t.Errorf("bad --date: exit %d, want %d", code, exitUsage)
	}
	if code, _, _ = runDict(t, "dict", "lookup"); code != exitUsage {
		t.Errorf("no argument: exit %d, want %d", code, exitUsage)
	}
}

func TestDictLookupUserDictionary(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "user.actors")
	if err := os.WriteFile(p, []byte("FREEDONIA_ [FRE]\n+FREEDONIAN_\nBROKEN_[\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runDict(t, "dict", "lookup", "--dict", p, "Freedonian police")
	if code != exitOK || !strings.Contains(out, "FRECOP") {
		t.Errorf("user dictionary lookup: code %d, out %q", code, out)
	}
	if !strings.Contains(errs, "user.actors:3") {
		t.Errorf("malformed line warning should name file:line, stderr %q", errs)
	}
	code, _, errs = runDict(t, "dict", "lookup", "--dict", filepath.Join(dir, "missing"), "Syria")
	if code != exitInput || !strings.Contains(errs, "missing") {
		t.Errorf("missing dictionary: code %d, stderr %q", code, errs)
	}
}

func TestDictLint(t *testing.T) {
	if code, out, _ := runDict(t, "dict", "lint"); code != exitOK || out != "" {
		t.Errorf("lint of built-in dictionaries: code %d, out %q", code, out)
	}
	dir := t.TempDir()
	p := filepath.Join(dir, "d.txt")
	if err := os.WriteFile(p, []byte("country FRE Freedonia\ncountry SYL Freedonia\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, _ := runDict(t, "dict", "lint", p)
	if code != exitInput || !strings.Contains(out, "d.txt:2: conflict") {
		t.Errorf("lint: code %d, out %q", code, out)
	}
}
