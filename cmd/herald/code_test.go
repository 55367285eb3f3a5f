package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/heraldevents/herald/internal/testcorpus"

	"github.com/heraldevents/herald/event"
	"github.com/heraldevents/herald/internal/schemacheck"
)

func runHerald(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(context.Background(), args, &app{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb})
	return code, out.String(), errb.String()
}

func parseEvents(t *testing.T, s string) []event.Event {
	t.Helper()
	var evs []event.Event
	for _, line := range strings.Split(strings.TrimSpace(s), "\n") {
		if line == "" {
			continue
		}
		var e event.Event
		if err := json.Unmarshal([]byte(line), &e); err != nil {
			t.Fatalf("bad JSON line %q: %v", line, err)
		}
		evs = append(evs, e)
	}
	return evs
}

func validate(t *testing.T, out string) int {
	t.Helper()
	v, err := schemacheck.New()
	if err != nil {
		t.Fatal(err)
	}
	n, err := v.Lines([]byte(out))
	if err != nil {
		t.Fatalf("output does not match event/schema.json: %v", err)
	}
	return n
}

type dyad struct{ src, code, tgt string }

func dyads(evs []event.Event) map[dyad][]event.Event {
	m := map[dyad][]event.Event{}
	for _, e := range evs {
		var s, tg string
		if e.Source != nil {
			s = e.Source.Code
		}
		if e.Target != nil {
			tg = e.Target.Code
		}
		d := dyad{s, e.CAMEO.Code, tg}
		m[d] = append(m[d], e)
	}
	return m
}

// The example article of ../shared/examples: events 1 and 2 of its README
// (SYRGOV 041 IRNGOV and back), agencies never actors, nothing from the
// JavaScript tail, valid against the schema, stable ids.
func TestCodeQuartetExample(t *testing.T) {
	path := testcorpus.Shared(t, "examples", "quartet-phone-call.txt")
	code, out, stderr := runHerald(t, "", "code", "--date", "2023-03-08", path)
	if code != 0 {
		t.Fatalf("exit %d, stderr:\n%s", code, stderr)
	}
	if n := validate(t, out); n == 0 {
		t.Fatal("no events")
	}
	evs := parseEvents(t, out)
	m := dyads(evs)
	for _, d := range []dyad{{"SYRGOV", "041", "IRNGOV"}, {"IRNGOV", "041", "SYRGOV"}} {
		got := m[d]
		if len(got) == 0 {
			t.Errorf("missing event %v; have %v", d, keys(m))
			continue
		}
		for _, e := range got {
			if e.Modality != event.Asserted {
				t.Errorf("%v: modality %s, want asserted", d, e.Modality)
			}
		}
	}
	agencies := []string{"IRNA", "Anadolu", "Novosti", "Al-Watan"}
	for _, e := range evs {
		for _, a := range []*event.Actor{e.Source, e.Target} {
			if a == nil {
				continue
			}
			for _, ag := range agencies {
				if strings.Contains(a.Text, ag) {
					t.Errorf("agency %q coded as an actor: %+v in %q", ag, a, e.Evidence.Sentence)
				}
			}
		}
		for _, junk := range []string{"getElementsByTagName", "facebook-jssdk", "parentNode", "function(d"} {
			if strings.Contains(e.Evidence.Sentence, junk) {
				t.Errorf("event from the JavaScript tail: %q", e.Evidence.Sentence)
			}
		}
		if e.CAMEO.Root == "04" && e.CAMEO.Code != "041" && e.Modality == event.Asserted &&
			strings.Contains(strings.ToLower(e.Evidence.Sentence), "quartet") {
			t.Errorf("the quartet meeting coded as having happened: %+v", e)
		}
	}
	// Stable ids: the same input gives the same ids.
	_, out2, _ := runHerald(t, "", "code", "--date", "2023-03-08", path)
	if out != out2 {
		t.Error("second run gave different output")
	}
}

func keys(m map[dyad][]event.Event) []dyad {
	var k []dyad
	for d := range m {
		k = append(k, d)
	}
	return k
}

// The project's own example article: the README's main command.
func TestCodeShippedExample(t *testing.T) {
	path := filepath.Join("..", "..", "examples", "border-talks.txt")
	code, out, stderr := runHerald(t, "", "code", "--date", "2024-05-15", path)
	if code != 0 {
		t.Fatalf("exit %d, stderr:\n%s", code, stderr)
	}
	validate(t, out)
	m := dyads(parseEvents(t, out))
	// "Kenyan Foreign Minister ... held talks with her Ethiopian counterpart"
	if len(m[dyad{"KENGOV", "040", "ETHGOV"}]) == 0 {
		t.Errorf("missing KENGOV 040 ETHGOV; have %v", keys(m))
	}
	for _, e := range m[dyad{"KENGOV", "040", "ETHGOV"}] {
		if e.Date != "2024-05-14" || e.DateBasis != event.BasisRelative {
			t.Errorf("talks 'on Tuesday' before 2024-05-15: date %s basis %s", e.Date, e.DateBasis)
		}
	}
}

func TestCodeBadInputs(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	empty := write("empty.txt", nil)
	binary := write("binary.bin", []byte("\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x00>\x00\x01\x00\x00\x00"))
	badUTF8 := write("badutf8.txt", []byte("The minister said the talks failed. \xff\xfe\xfd broken \xc3\x28 bytes."))
	good := write("good.txt", []byte("Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow on Monday.\n"))
	missing := filepath.Join(dir, "missing.txt")
	args := []string{"code", empty, binary, missing, badUTF8}
	unreadable := ""
	if os.Geteuid() != 0 { // root reads any file
		unreadable = write("unreadable.txt", []byte("France condemned the attack."))
		if err := os.Chmod(unreadable, 0); err != nil {
			t.Fatal(err)
		}
		args = append(args, unreadable)
	}
	args = append(args, good)
	code, out, stderr := runHerald(t, "", args...)
	if code != exitInput {
		t.Fatalf("exit %d, want %d; stderr:\n%s", code, exitInput, stderr)
	}
	lines := strings.Split(strings.TrimSpace(stderr), "\n")
	want := map[string]string{empty: "empty", binary: "binary", missing: "", badUTF8: "UTF-8"}
	if unreadable != "" {
		want[unreadable] = "permission"
	}
	for path, reason := range want {
		found := false
		for _, l := range lines {
			if strings.Contains(l, filepath.Base(path)) && strings.Contains(l, reason) {
				found = true
			}
		}
		if !found {
			t.Errorf("no stderr line naming %s with %q:\n%s", filepath.Base(path), reason, stderr)
		}
	}
	if len(lines) != len(want) {
		t.Errorf("want one stderr line per bad input (%d), got %d:\n%s", len(want), len(lines), stderr)
	}
	evs := parseEvents(t, out)
	if len(evs) == 0 {
		t.Fatalf("the good input was not coded; stderr:\n%s", stderr)
	}
	for _, e := range evs {
		if !strings.HasSuffix(e.Article.Origin, "good.txt") {
			t.Errorf("event from %s", e.Article.Origin)
		}
	}
}

func TestCodeStdinAndFormats(t *testing.T) {
	text := "Turkish troops shelled Syrian army positions near Afrin on Sunday.\n"
	for _, f := range []string{"jsonl", "json", "tsv", "gdelt"} {
		code, out, stderr := runHerald(t, text, "code", "--format", f, "--date", "2020-01-06", "-")
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", f, code, stderr)
		}
		switch f {
		case "json":
			var evs []event.Event
			if err := json.Unmarshal([]byte(out), &evs); err != nil || len(evs) == 0 {
				t.Errorf("json: %v, %d events:\n%s", err, len(evs), out)
			}
		case "tsv":
			if !strings.HasPrefix(out, "id\tdate") || strings.Count(out, "\n") < 2 {
				t.Errorf("tsv output:\n%s", out)
			}
		case "gdelt":
			first := strings.SplitN(out, "\n", 2)[0]
			if n := len(strings.Split(first, "\t")); n != 61 {
				t.Errorf("gdelt row has %d columns", n)
			}
		default:
			if validate(t, out) == 0 {
				t.Errorf("jsonl: no events from %q", text)
			}
		}
	}
}

func TestCodeUsageErrors(t *testing.T) {
	cases := [][]string{
		{"code", "--format", "xml", "-"},
		{"code", "--date", "8/3/2023", "-"},
		{"code", "--nosuchflag"},
		{"nosuchcommand"},
	}
	for _, args := range cases {
		code, _, stderr := runHerald(t, "x", args...)
		if code != exitUsage {
			t.Errorf("%v: exit %d, want %d (stderr %q)", args, code, exitUsage, stderr)
		}
		if strings.Count(strings.TrimSpace(stderr), "\n") > 0 || stderr == "" {
			t.Errorf("%v: want one stderr line, got %q", args, stderr)
		}
	}
	for _, args := range [][]string{{"version"}, {"--help"}, {"code", "--help"}, {"extract", "--help"}, {"explain", "--help"}, {"eval", "--help"}, {"dict", "--help"}} {
		if code, out, stderr := runHerald(t, "", args...); code != 0 || out == "" {
			t.Errorf("%v: exit %d, stdout %q, stderr %q", args, code, out, stderr)
		}
	}
}
