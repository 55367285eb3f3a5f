package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runCoderCmd(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), args, &app{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb})
	return code, out.String(), errb.String()
}

func TestExplain(t *testing.T) {
	code, out, errs := runCoderCmd(t, "", "explain", "--json",
		"IRNA said that a phone call took place between the Syrian and Iranian foreign ministers.")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"sentence 0", "clause", "mention", "AGENCY", "041.n-phone-call-between", "MATCHED", "EVENT", "\"code\":\"041\""} {
		if !strings.Contains(out, want) {
			t.Errorf("trace lacks %q:\n%s", want, out)
		}
	}
	code, out, _ = runCoderCmd(t, "The weather was fine.", "explain", "-")
	if code != exitOK || !strings.Contains(out, "no event") || !strings.Contains(out, "0 event(s)") {
		t.Errorf("no-event sentence: exit %d\n%s", code, out)
	}
	if code, _, _ = runCoderCmd(t, "", "explain"); code != exitUsage {
		t.Errorf("no argument: exit %d, want %d", code, exitUsage)
	}
	if code, _, _ = runCoderCmd(t, "", "explain", "--date", "tomorrow", "x"); code != exitUsage {
		t.Errorf("bad date: exit %d, want %d", code, exitUsage)
	}
	if code, _, _ = runCoderCmd(t, "   ", "explain", "-"); code != exitInput {
		t.Errorf("empty stdin: exit %d, want %d", code, exitInput)
	}
	if code, _, _ = runCoderCmd(t, "", "explain", "--patterns", "/nonexistent/file.txt", "Syria met Iran."); code != exitInput {
		t.Errorf("missing pattern file: exit %d, want %d", code, exitInput)
	}
}

func TestEvalCommand(t *testing.T) {
	td := filepath.Join("..", "..", "eval", "testdata")
	code, out, errs := runCoderCmd(t, "", "eval", "--no-builtin", "--misses", "5",
		"--patterns", filepath.Join(td, "verbs.txt"),
		"--dict", filepath.Join(td, "actors.txt"), "--dict", filepath.Join(td, "agents.txt"),
		filepath.Join(td, "gold.jsonl"))
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(out, "petrarch gold") || !strings.Contains(out, "ALL") || !strings.Contains(out, "F1") {
		t.Errorf("report:\n%s", out)
	}
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte("[1, 2"), 0o600)
	if code, _, _ := runCoderCmd(t, "", "eval", bad); code != exitInput {
		t.Errorf("bad gold: exit %d, want %d", code, exitInput)
	}
	if code, _, _ := runCoderCmd(t, "", "eval", filepath.Join(dir, "missing.json")); code != exitInput {
		t.Errorf("missing gold: exit %d, want %d", code, exitInput)
	}
	if code, _, _ := runCoderCmd(t, "", "eval"); code != exitUsage {
		t.Errorf("no argument: exit %d, want %d", code, exitUsage)
	}
}
