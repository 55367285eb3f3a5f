package eval_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/heraldevents/herald/actor"
	"github.com/heraldevents/herald/article"
	"github.com/heraldevents/herald/coder"
	"github.com/heraldevents/herald/eval"
	"github.com/heraldevents/herald/event"
	"github.com/heraldevents/herald/nlp"
)

func codeFunc(t testing.TB, aopts actor.Options, copts coder.Options) eval.CodeFunc {
	t.Helper()
	an, err := nlp.New()
	if err != nil {
		t.Fatal(err)
	}
	r, err := actor.NewResolver(aopts)
	if err != nil {
		t.Fatal(err)
	}
	c, err := coder.New(copts)
	if err != nil {
		t.Fatal(err)
	}
	return func(ctx context.Context, text string, date time.Time) ([]event.Event, error) {
		a := article.Article{ID: "eval", Body: text, Published: date}
		doc := an.Analyze(a.CodingText(), date)
		return c.Code(coder.Input{Article: a, Doc: doc, Mentions: r.Resolve(doc)}), nil
	}
}

// TestPetrarchDictionaries runs PETRARCH-format records with their own
// PETRARCH-format verb, actor and agent dictionaries (written for this
// test), as herald eval --no-builtin does.
func TestPetrarchDictionaries(t *testing.T) {
	f, err := os.Open(filepath.Join("testdata", "gold.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	kind, items, _, err := eval.Read(f)
	if err != nil {
		t.Fatal(err)
	}
	code := codeFunc(t,
		actor.Options{NoBuiltin: true, Dictionaries: []string{"testdata/actors.txt", "testdata/agents.txt"}},
		coder.Options{NoBuiltin: true, Patterns: []string{"testdata/verbs.txt"}})
	rep, err := eval.Run(context.Background(), kind, items, code)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	rep.Write(&b)
	t.Logf("\n%s\n%s", b.String(), strings.Join(rep.Misses, "\n"))
	o := rep.Overall
	// T-01 active, T-02 passive, T-03 compound, T-04 no event must be right
	if o.Exact < 4 {
		t.Errorf("exact %d of %d, want at least 4", o.Exact, o.Sentences)
	}
	if o.NoEventRight != 1 {
		t.Errorf("no-event sentence coded")
	}
}

// TestPLOVERGold scores the built-in dictionaries on the PLOVER GSR
// development set (third-party; skipped when absent). Figures are logged;
// BENCHMARKS.md records them.
func TestPLOVERGold(t *testing.T) {
	p := filepath.Join("..", "..", "shared", "corpora", "plover-gsr-dev", "PLOVER_GSR_dev.json")
	f, err := os.Open(p)
	if err != nil {
		t.Skipf("PLOVER GSR absent (%s): skipping", p)
	}
	defer f.Close()
	kind, items, _, err := eval.Read(f)
	if err != nil {
		t.Fatal(err)
	}
	if kind != "plover" || len(items) != 161 {
		t.Fatalf("kind %s, %d items", kind, len(items))
	}
	rep, err := eval.Run(context.Background(), kind, items, codeFunc(t, actor.Options{}, coder.Options{}))
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	rep.Write(&b)
	t.Logf("\n%s", b.String())
	if rep.Overall.Sentences != 161 || rep.Overall.Errors != 0 {
		t.Errorf("scored %d sentences, %d errors", rep.Overall.Sentences, rep.Overall.Errors)
	}
}
