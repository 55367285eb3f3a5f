package eval

import (
	"archive/zip"
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/heraldevents/herald/event"
)

func zipped(t *testing.T, name string, data []byte) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	if _, err := zw.Create("notes/"); err != nil {
		t.Fatal(err)
	}
	w, err := zw.Create(name)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Write(data); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestReadDocuments(t *testing.T) {
	plain, err := os.ReadFile(filepath.Join("testdata", "stories.csv"))
	if err != nil {
		t.Fatal(err)
	}
	wantProblems := []string{
		"row 6 (line 9): empty text",
		`row 7 (line 10): label "WEATHER" is not a PLOVER event type`,
		"row 8 (line 11): empty label",
		"row 9 (line 12): 2 fields, the header has 5",
	}
	for _, tc := range []struct {
		name string
		data []byte
	}{
		{"plain", plain},
		{"zip", zipped(t, "stories.csv", plain)},
		{"zip without .csv name", zipped(t, "stories", plain)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g, err := ReadGold(bytes.NewReader(tc.data))
			if err != nil {
				t.Fatal(err)
			}
			if g.Kind != "document" || len(g.Items) != 6 || g.Skipped != 4 {
				t.Fatalf("kind %s, %d items, %d skipped", g.Kind, len(g.Items), g.Skipped)
			}
			if strings.Join(g.Problems, "\n") != strings.Join(wantProblems, "\n") {
				t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(g.Problems, "\n"), strings.Join(wantProblems, "\n"))
			}
			s2 := g.Items[1]
			if s2.ID != "s2" || s2.PloverType != "CONSULT" || s2.Category != "CONSULT" || s2.PloverMode != "meet" ||
				!strings.Contains(s2.Text, "\n\nThey agreed") || s2.Title != "Chile and Peru hold talks" {
				t.Errorf("multi-line record: %+v", s2)
			}
			if last := g.Items[5]; last.ID != "s6" || last.PloverType != "THREATEN" {
				t.Errorf("record after the bad rows: %+v", last)
			}
		})
	}
}

func TestReadDocumentsForms(t *testing.T) {
	for _, tc := range []struct {
		name, in  string
		items     int
		problems  int
		wantError bool
	}{
		{"no id column, old type name", "text,label\n\"Arnor demanded a ceasefire.\",DEMAND\n", 1, 0, false},
		{"byte order mark, upper-case header", "\ufeffTEXT,Label\nArnor met Gondor.,CONSULT\n", 1, 0, false},
		{"bare quote", "text,label\nArnor \"met Gondor.,CONSULT\nArnor met Gondor.,CONSULT\n", 1, 1, false},
		{"header only", "text,label\n", 0, 0, false},
		{"no label column", "text,type\nArnor met Gondor.,CONSULT\n", 0, 0, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			items, problems, err := ReadDocuments(strings.NewReader(tc.in))
			if (err != nil) != tc.wantError || len(items) != tc.items || len(problems) != tc.problems {
				t.Errorf("%d items, problems %q, error %v", len(items), problems, err)
			}
			if tc.name == "no id column, old type name" && (items[0].ID != "row 1" || items[0].PloverType != "REQUEST") {
				t.Errorf("record %+v", items[0])
			}
		})
	}
	if _, _, err := ReadDocuments(bytes.NewReader([]byte("PK\x03\x04 not really a zip"))); err == nil {
		t.Error("broken zip accepted")
	}
	// A JSON Lines file is not taken for a CSV even if a line names text and label.
	if kind, _, _, _ := Read(strings.NewReader(`{"text": "x", "label": "y"}` + "\n")); kind != "petrarch" {
		t.Errorf("JSONL read as %s", kind)
	}
}

func TestScoreDocument(t *testing.T) {
	items := []Item{
		{ID: "a", Category: "ACCUSE", PloverType: "ACCUSE"},
		{ID: "b", Category: "ACCUSE", PloverType: "ACCUSE"},
		{ID: "c", Category: "ASSAULT", PloverType: "ASSAULT"},
		{ID: "d", Category: "ASSAULT", PloverType: "ASSAULT"},
	}
	pred := [][]event.Event{
		{ev("ARN", "112", "GON", "ACCUSE"), ev("ARN", "040", "GON", "CONSULT"), ev("ARN", "111", "GON", "ACCUSE")}, // top and any
		{ev("ARN", "040", "GON", "CONSULT"), ev("ARN", "112", "GON", "ACCUSE")},                                    // any; tie goes to CONSULT, seen first
		nil, // no event
		{ev("ARN", "040", "GON", "CONSULT")},
	}
	rep, err := Run(context.Background(), "document", items, replay(pred))
	if err != nil {
		t.Fatal(err)
	}
	o := rep.Overall
	if o.Sentences != 4 || o.DocAny != 2 || o.DocTop != 1 || o.DocNone != 1 || o.PredEvents != 6 || o.LabelEvents != 3 {
		t.Fatalf("scores %+v", o)
	}
	if a := rep.ByCategory["ACCUSE"]; a.DocAny != 2 || a.DocTop != 1 {
		t.Errorf("ACCUSE %+v", a)
	}
	if len(rep.Misses) != 3 || !strings.Contains(rep.Misses[0], "most frequent CONSULT (ACCUSE 1, CONSULT 1)") {
		t.Errorf("misses %q", rep.Misses)
	}
	var b strings.Builder
	if err := rep.Write(&b); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"ACCUSE            2    1.000    0.500    0.000", "ALL               4    0.500    0.250    0.250     1.50      0.500", "macro avg: any 0.500, top 0.250, none 0.250 over 2 labels"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, b.String())
		}
	}
}
