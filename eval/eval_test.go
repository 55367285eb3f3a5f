package eval

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/heraldevents/herald/event"
)

func readFile(t *testing.T, name string) (string, []Item, int) {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	kind, items, skipped, err := Read(f)
	if err != nil {
		t.Fatal(err)
	}
	return kind, items, skipped
}

func TestReadPetrarchJSONL(t *testing.T) {
	kind, items, skipped := readFile(t, "gold.jsonl")
	if kind != "petrarch" || len(items) != 5 || skipped != 2 {
		t.Fatalf("kind %s, %d items, %d skipped", kind, len(items), skipped)
	}
	if it := items[3]; !it.NoEvent || len(it.Events) != 0 || it.Category != "NOEVENT" {
		t.Errorf("no-event record: %+v", it)
	}
	if it := items[4]; len(it.Events) != 2 || it.Events[1] != (Triple{"GON", "ARNGOV", "033"}) || !it.Date.Equal(time.Date(2023, 3, 7, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("paired record: %+v", it)
	}
}

func TestReadPetrarchXML(t *testing.T) {
	kind, items, skipped := readFile(t, "gold.xml")
	if kind != "petrarch" || len(items) != 2 || skipped != 1 {
		t.Fatalf("kind %s, %d items, %d skipped", kind, len(items), skipped)
	}
	if items[0].Text != "Arnor accused Gondor of spying." || items[0].Events[0] != (Triple{"ARN", "GON", "112"}) {
		t.Errorf("record: %+v", items[0])
	}
	if !items[1].NoEvent {
		t.Errorf("no-event record: %+v", items[1])
	}
}

func TestReadPLOVER(t *testing.T) {
	kind, items, skipped := readFile(t, "gsr.json")
	if kind != "plover" || len(items) != 2 || skipped != 1 {
		t.Fatalf("kind %s, %d items, %d skipped", kind, len(items), skipped)
	}
	if items[0].PloverType != "ACCUSE" || items[1].PloverType != "REQUEST" {
		t.Errorf("old names not mapped: %s %s", items[0].PloverType, items[1].PloverType)
	}
	if len(items[1].Targets) != 0 || items[0].Targets[0].Code != "GON" {
		t.Errorf("targets: %+v %+v", items[0].Targets, items[1].Targets)
	}
}

func TestReadErrors(t *testing.T) {
	for _, in := range []string{"", "   ", "[ not json", "<Sentence><Text>unclosed"} {
		if _, _, _, err := Read(strings.NewReader(in)); err == nil && strings.TrimSpace(in) == "" {
			t.Errorf("Read(%q): no error", in)
		}
	}
}

func ev(src, code, tgt, typ string) event.Event {
	e := event.Event{CAMEO: event.CAMEO{Code: code}, PLOVER: event.PLOVER{Type: typ}}
	if src != "" {
		e.Source = &event.Actor{Code: src, Country: src[:3]}
	}
	if tgt != "" {
		e.Target = &event.Actor{Code: tgt, Country: tgt[:3]}
	}
	return e
}

func TestScorePetrarch(t *testing.T) {
	items := []Item{
		{ID: "a", Category: "X", Events: []Triple{{"ARN", "GON", "112"}}},
		{ID: "b", Category: "X", Events: []Triple{{"ARN", "GON", "112"}, {"ROH", "GON", "112"}}},
		{ID: "c", Category: "Y", NoEvent: true},
		{ID: "d", Category: "Y", NoEvent: true},
	}
	pred := map[string][]event.Event{
		"a": {ev("ARN", "112", "GON", ""), ev("ARN", "112", "GON", "")}, // duplicate counted once
		"b": {ev("ARN", "111", "GON", "")},                              // root right, code wrong
		"c": nil,
		"d": {ev("ARN", "190", "GON", "")},
	}
	i := 0
	rep, err := Run(context.Background(), "petrarch", items, func(ctx context.Context, text string, _ time.Time) ([]event.Event, error) {
		e := pred[items[i].ID]
		i++
		return e, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	o := rep.Overall
	if o.TruePos != 1 || o.PredEvents != 3 || o.GoldEvents != 3 || o.Exact != 2 || o.RootRight != 2 || o.NoEventRight != 1 || o.NoEventGold != 2 {
		t.Fatalf("scores %+v", o)
	}
	if p, r := o.Precision(), o.Recall(); p != 1.0/3 || r != 1.0/3 || o.F1() != 1.0/3 {
		t.Errorf("P %v R %v F1 %v", p, r, o.F1())
	}
	if rep.ByCategory["X"].Sentences != 2 || rep.ByCategory["Y"].Exact != 1 {
		t.Errorf("per category %+v %+v", rep.ByCategory["X"], rep.ByCategory["Y"])
	}
	var b strings.Builder
	if err := rep.Write(&b); err != nil || !strings.Contains(b.String(), "ALL") || !strings.Contains(b.String(), "no-event 0.500") {
		t.Errorf("report:\n%s", b.String())
	}
}

func TestScorePlover(t *testing.T) {
	items := []Item{
		{ID: "1", Category: "ACCUSE", PloverType: "ACCUSE", Sources: []Actor{{Code: "ARN"}}, Targets: []Actor{{Code: "GON"}}},
		{ID: "2", Category: "REQUEST", PloverType: "REQUEST", Sources: []Actor{{Code: "ARN"}}},
		{ID: "3", Category: "ASSAULT", PloverType: "ASSAULT", PloverMode: "firearms", Sources: []Actor{{Code: "ARN"}}, Targets: []Actor{{Code: "GON"}}},
	}
	pred := [][]event.Event{
		{ev("ARNGOV", "112", "GONGOV", "ACCUSE")},
		{ev("GON", "100", "", "REQUEST")},                                        // type right, source wrong
		{ev("ARN", "041", "GON", "CONSULT"), ev("ARN", "193", "GON", "ASSAULT")}, // second event right
	}
	pred[2][1].PLOVER.Mode = "firearms"
	rep, err := Run(context.Background(), "plover", items, replay(pred))
	if err != nil {
		t.Fatal(err)
	}
	o := rep.Overall
	if o.TypeRight != 2 || o.TypeAny != 3 || o.AllThree != 1 || o.AllThreeAny != 2 || o.ModeGold != 1 || o.ModeRight != 1 {
		t.Fatalf("scores %+v", o)
	}
	if _, err := Run(context.Background(), "nonsense", items, nil); err == nil {
		t.Error("unknown kind accepted")
	}
}

func FuzzRead(f *testing.F) {
	for _, n := range []string{"gold.jsonl", "gold.xml", "gsr.json", "stories.csv"} {
		if b, err := os.ReadFile(filepath.Join("testdata", n)); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte(`[{"event": "AGREE", "text": "x", "source": 5, "target": {"a": 1}}]`))
	f.Add([]byte(`{"events": [1, "x", {"code": 7}], "text": "y", "noevents": 3}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		_, items, _, _ := Read(strings.NewReader(string(data)))
		for _, it := range items {
			if it.Text == "" {
				t.Fatalf("item without text: %+v", it)
			}
		}
	})
}

// replay is a CodeFunc that returns pred[0], pred[1], ... on successive
// calls, one per gold item in order.
func replay(pred [][]event.Event) CodeFunc {
	i := 0
	return func(context.Context, string, time.Time) ([]event.Event, error) {
		e := pred[i]
		i++
		return e, nil
	}
}
