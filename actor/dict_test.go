package actor

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/heraldevents/herald/internal/testcorpus"
)

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// resolveOne resolves a one-line text and returns "text=CODES" per mention.
func resolveOne(r *Resolver, text string, when time.Time) []string {
	var out []string
	for _, m := range r.Resolve(DocumentFromText(text, when)) {
		out = append(out, m.Text+"="+codesOf(m))
	}
	return out
}

func TestPetrarchDictionaries(t *testing.T) {
	r, err := NewResolver(Options{NoBuiltin: true, Dictionaries: []string{
		"testdata/petrarch.actors.txt", "testdata/petrarch.agents.txt", "testdata/discard.txt"}})
	if err != nil {
		t.Fatal(err)
	}
	ws := r.Warnings()
	if len(ws) != 1 || ws[0].File != "testdata/petrarch.actors.txt" || ws[0].Line != 23 {
		t.Errorf("warnings = %v, want one for testdata/petrarch.actors.txt:23", ws)
	}
	tests := []struct {
		text string
		when string
		want string
	}{
		{"Rufus T. Firefly spoke.", "1933-06-01", "Rufus T. Firefly=FREGOV"},
		{"Firefly spoke.", "1936-06-01", "Firefly=FREOPP"},
		{"Firefly spoke.", "1950-06-01", "Firefly=FREELI"}, // the undated default
		{"Trentino spoke.", "1933-07-01", "Trentino=SYLGOV"},
		{"Ambassador Trentino spoke.", "1933-01-01", "Ambassador Trentino=SYLELI"},
		{"Chicolini spoke.", "1933-01-01", "Chicolini=FRECRM"},
		{"The Freedonia Gazette reported it.", "1933-01-01", "The Freedonia Gazette=FREMED"},
		{"The Gazette of Freedonia reported it.", "1933-01-01", "The Gazette of Freedonia=FREMED"},
		{"Freedonian soldiers crossed into Sylvania.", "1933-01-01", "Freedonian soldiers=FREMIL|Sylvania=SYL"},
		{"A Freedonian troop crossed.", "1933-01-01", "A Freedonian troop=FREMIL"},
		{"The Freedonian war minister resigned.", "1933-01-01", "The Freedonian war minister=FREGOV"},
		{"Sylvanian war ministers met.", "1933-01-01", "Sylvanian war ministers=SYLGOV"},
		{"Sylvanian ambassadors met.", "1933-01-01", "Sylvanian ambassadors=SYLGOV"},
		{"Freedonian police arrested rabble rousers.", "1933-01-01", "Freedonian police=FRECOP|rabble rousers=OPP"},
		{"A Sylvanian human rights group protested.", "1933-01-01", "A Sylvanian human rights group=SYLNGO"},
	}
	for _, tt := range tests {
		got := strings.Join(resolveOne(r, tt.text, day(tt.when)), "|")
		if got != tt.want {
			t.Errorf("%q at %s: got %s, want %s", tt.text, tt.when, got, tt.want)
		}
	}
	doc := DocumentFromText("Freedonia won the football match.", time.Time{})
	if !r.Discarded(&doc.Sentences[0]) {
		t.Errorf("sentence with a discard phrase not discarded")
	}
	doc = DocumentFromText("Freedonia won the war.", time.Time{})
	if r.Discarded(&doc.Sentences[0]) {
		t.Errorf("sentence without a discard phrase discarded")
	}
}

func TestHeraldUserDictionary(t *testing.T) {
	r, err := NewResolver(Options{Dictionaries: []string{"testdata/herald.user.txt"}})
	if err != nil {
		t.Fatal(err)
	}
	var lines []int
	for _, w := range r.Warnings() {
		if w.File == "testdata/herald.user.txt" {
			lines = append(lines, w.Line)
		}
	}
	if len(lines) != 3 || lines[0] != 6 || lines[1] != 7 || lines[2] != 8 {
		t.Errorf("warning lines = %v, want [6 7 8]", lines)
	}
	for _, tt := range []struct{ text, want string }{
		{"The Freedonian grand vizier met Syrian officials.", "The Freedonian grand vizier=FREGOV|Syrian officials=SYRGOV"},
		{"Firefly visited Freedonia City.", "Firefly=FREGOV|Freedonia City=FREGOV"},
		{"The Freedonia Gazette said so.", "The Freedonia Gazette=FREMED"},
	} {
		got := strings.Join(resolveOne(r, tt.text, day("2000-01-01")), "|")
		if got != tt.want {
			t.Errorf("%q: got %s, want %s", tt.text, got, tt.want)
		}
	}
	ms := r.Resolve(DocumentFromText("The Freedonia Gazette said so.", time.Time{}))
	if len(ms) != 1 || !ms[0].Agency || ms[0].Basis != "user-dictionary" {
		t.Errorf("media mention = %+v, want an agency from the user dictionary", ms)
	}
}

func TestDictionaryLoadErrors(t *testing.T) {
	dir := t.TempDir()
	bin := filepath.Join(dir, "bin.txt")
	if err := os.WriteFile(bin, []byte("country\x00\x01\x02"), 0o644); err != nil {
		t.Fatal(err)
	}
	allBad := filepath.Join(dir, "bad.txt")
	if err := os.WriteFile(allBad, []byte("country XX bad\ncountry YY worse\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	verbs := filepath.Join(dir, "test.verbs")
	if err := os.WriteFile(verbs, []byte("--- GRANT [070] ---\nGRANT [070]\nGIVE {GAVE GIVEN}\n- ** AID [073]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{filepath.Join(dir, "missing.txt"), bin, allBad, verbs} {
		if _, err := NewResolver(Options{Dictionaries: []string{p}}); err == nil {
			t.Errorf("%s: loaded, want an error", p)
		} else if !strings.Contains(err.Error(), filepath.Base(p)) {
			t.Errorf("%s: error %q does not name the file", p, err)
		}
	}
}

func TestLint(t *testing.T) {
	probs := Lint([]string{"testdata/lint.txt"})
	got := map[string]bool{}
	for _, p := range probs {
		got[p.Kind+":"+itoa(p.Line)] = true
	}
	for _, want := range []string{"duplicate:3", "conflict:4", "overlap:6", "unreachable:7", "unreachable:8"} {
		if !got[want] {
			t.Errorf("lint: missing %s in %v", want, probs)
		}
	}
	if len(probs) != 5 {
		t.Errorf("lint: %d problems, want 5: %v", len(probs), probs)
	}
	if ps := Lint(nil); len(ps) != 0 {
		t.Errorf("built-in dictionaries have problems: %v", ps)
	}
	if ps := Lint([]string{"testdata/no-such-file.txt"}); len(ps) != 1 || ps[0].Kind != "unreadable" {
		t.Errorf("missing file: %v", ps)
	}
}

func itoa(n int) string {
	return strings.TrimSpace(strings.Replace(time.Duration(n).String(), "ns", "", 1))
}

func TestBuiltinCoverage(t *testing.T) {
	r, err := NewResolver(Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Warnings()) != 0 {
		t.Errorf("built-in warnings: %v", r.Warnings())
	}
	count := map[Kind]int{}
	phrases := map[Kind]int{}
	seen := map[string]bool{}
	for _, e := range r.Dictionary().Entries() {
		phrases[e.Kind]++
		if !seen[string(e.Kind)+e.Code+e.Name] {
			seen[string(e.Kind)+e.Code+e.Name] = true
			count[e.Kind]++
		}
	}
	if n := len(countryCodes()); n < 200 {
		t.Errorf("%d countries and territories, want >= 200", n)
	}
	if count[KindIGO] < 150 {
		t.Errorf("%d organisations, want >= 150", count[KindIGO])
	}
	if phrases[KindAgent] < 150 {
		t.Errorf("%d agent phrases, want >= 150", phrases[KindAgent])
	}
	t.Logf("entries: %v; distinct actors: %v", phrases, count)
}

// TestPetrarchUnitDictionaries loads the PETRARCH unit-test dictionaries
// of the shared evaluation set when it is present.
func TestPetrarchUnitDictionaries(t *testing.T) {
	dir := testcorpus.Shared(t, "eval", "dictionaries-petrarch-unit")
	files, _ := filepath.Glob(filepath.Join(dir, "*"))
	if len(files) == 0 {
		t.Skipf("%s not present; skipping the PETRARCH unit dictionaries", dir)
	}
	var dicts []string
	for _, f := range files {
		l := strings.ToLower(f)
		if strings.Contains(l, "actor") || strings.Contains(l, "agent") || strings.Contains(l, "discard") {
			dicts = append(dicts, f)
		}
	}
	r, err := NewResolver(Options{Dictionaries: dicts})
	if err != nil {
		t.Fatalf("PETRARCH unit dictionaries do not load: %v", err)
	}
	t.Logf("loaded %d entries, %d warnings", r.Dictionary().Len(), len(r.Warnings()))
}
