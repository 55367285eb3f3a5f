package export

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/heraldevents/herald/event"
)

func testEvent(code string) *event.Event {
	e := &event.Event{
		Date: "2023-05-10", DatePrecision: "day", DateBasis: "relative",
		Source:    &event.Actor{Text: "Faisal\tAl-Miqdad", Code: "SYRGOV", Country: "SYR", Sectors: []string{"GOV"}},
		Target:    &event.Actor{Text: "Abdullahian", Code: "IRNGOV", Country: "IRN", Sectors: []string{"GOV"}},
		CAMEO:     event.CAMEO{Code: code, Root: code[:2], Name: "Discuss by telephone"},
		Goldstein: 1, QuadClass: 1, Modality: "asserted", Rule: "r",
		Evidence: event.Evidence{ArticleID: "a1", SentenceIndex: 0, Sentence: "Line one\nline two"},
		Article:  event.ArticleRef{ID: "a1", URL: "https://example.org/x", Published: "2023-05-11"},
	}
	e.SetID()
	return e
}

func write(t *testing.T, format string, evs ...*event.Event) string {
	t.Helper()
	var b bytes.Buffer
	w, err := NewWriter(format, &b)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range evs {
		if err := w.Write(e); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestJSONL(t *testing.T) {
	out := write(t, "jsonl", testEvent("041"), testEvent("0311"))
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 {
		t.Fatalf("want 2 lines, got %d:\n%s", len(lines), out)
	}
	var e event.Event
	if err := json.Unmarshal([]byte(lines[1]), &e); err != nil || e.CAMEO.Code != "0311" {
		t.Fatalf("line 2 = %s (%v)", lines[1], err)
	}
}

func TestJSONArray(t *testing.T) {
	for _, n := range []int{0, 1, 3} {
		var evs []*event.Event
		for i := 0; i < n; i++ {
			evs = append(evs, testEvent("041"))
		}
		var got []event.Event
		out := write(t, "json", evs...)
		if err := json.Unmarshal([]byte(out), &got); err != nil || len(got) != n {
			t.Fatalf("n=%d: %v, %d events:\n%s", n, err, len(got), out)
		}
	}
}

func TestTSV(t *testing.T) {
	out := write(t, "tsv", testEvent("041"))
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 2 {
		t.Fatalf("want header + 1 row, got %q", out)
	}
	head, row := strings.Split(lines[0], "\t"), strings.Split(lines[1], "\t")
	if len(head) != len(row) {
		t.Fatalf("header has %d fields, row %d", len(head), len(row))
	}
	col := map[string]string{}
	for i, h := range head {
		col[h] = row[i]
	}
	if col["source_code"] != "SYRGOV" || col["cameo"] != "041" || col["target_code"] != "IRNGOV" {
		t.Errorf("row = %v", col)
	}
	if col["source_text"] != "Faisal Al-Miqdad" || col["sentence"] != "Line one line two" {
		t.Errorf("tabs/newlines not folded: %q %q", col["source_text"], col["sentence"])
	}
	if empty := write(t, "tsv"); !strings.HasPrefix(empty, "id\t") {
		t.Errorf("empty output should still have a header, got %q", empty)
	}
}

func TestGDELT(t *testing.T) {
	out := write(t, "gdelt", testEvent("0311"))
	row := strings.Split(strings.TrimSuffix(out, "\n"), "\t")
	if len(row) != 61 {
		t.Fatalf("GDELT 2.0 rows have 61 columns, got %d", len(row))
	}
	checks := map[int]string{1: "20230510", 2: "202305", 3: "2023", 5: "SYRGOV", 7: "SYR", 12: "GOV", 15: "IRNGOV",
		26: "0311", 27: "031", 28: "03", 29: "1", 30: "1.0", 59: "20230511000000", 60: "https://example.org/x"}
	for i, want := range checks {
		if row[i] != want {
			t.Errorf("column %d = %q, want %q", i, row[i], want)
		}
	}
}

func TestUnknownFormat(t *testing.T) {
	if _, err := NewWriter("xml", &bytes.Buffer{}); err == nil || !strings.Contains(err.Error(), "xml") {
		t.Fatalf("want error naming the format, got %v", err)
	}
}
