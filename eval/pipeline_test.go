package eval_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/heraldevents/herald/internal/testcorpus"

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
	p := testcorpus.Shared(t, "corpora", "plover-gsr-dev", "PLOVER_GSR_dev.json")
	f, err := os.Open(p)
	if err != nil {
		t.Fatal(err)
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

// scoreStories reads the labelled stories of path, codes them with the
// built-in dictionaries and returns the gold, the report and its table.
func scoreStories(t *testing.T, path string) (*eval.Gold, *eval.Report, string) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	g, err := eval.ReadGold(f)
	if err != nil {
		t.Fatal(err)
	}
	rep, err := eval.Run(context.Background(), g.Kind, g.Items, codeFunc(t, actor.Options{}, coder.Options{}))
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := rep.Write(&b); err != nil {
		t.Fatal(err)
	}
	return g, rep, b.String()
}

// TestDocumentStories codes our own labelled stories with the built-in
// dictionaries: bad rows are reported and skipped, a story without any
// event gives none, and a plain accusation is found.
func TestDocumentStories(t *testing.T) {
	g, rep, table := scoreStories(t, filepath.Join("testdata", "stories.csv"))
	if g.Kind != "document" || len(g.Items) != 6 || len(g.Problems) != 4 {
		t.Fatalf("kind %s, %d items, problems %q", g.Kind, len(g.Items), g.Problems)
	}
	t.Logf("\n%s\n%s", table, strings.Join(rep.Misses, "\n"))
	if s := rep.ByCategory["PROTEST"]; s == nil || s.DocNone != 1 {
		t.Errorf("the weather story gave events: %+v", s)
	}
	if s := rep.ByCategory["ACCUSE"]; s == nil || s.DocAny != 1 {
		t.Errorf("the accusation story has no ACCUSE event: %+v", s)
	}
	if rep.Overall.Sentences != 6 || rep.Overall.Errors != 0 {
		t.Errorf("scored %d stories, %d errors", rep.Overall.Sentences, rep.Overall.Errors)
	}
}

// TestSyntheticStories scores the built-in dictionaries on the NGEC
// synthetic stories (third-party, weak document-level gold; skipped when
// absent or with -short). Only sanity is asserted; the figures are logged
// (go test -v) and BENCHMARKS.md records them.
func TestSyntheticStories(t *testing.T) {
	if testing.Short() {
		t.Skip("codes 4,500 stories; skipped with -short")
	}
	matches, _ := filepath.Glob(filepath.Join(testcorpus.Shared(t, "corpora", "ngec-guardian-and-synthetic"), "gpt_synthetic_events_*.csv.zip"))
	if len(matches) == 0 {
		t.Skip("NGEC synthetic stories absent (../../shared/corpora/ngec-guardian-and-synthetic/gpt_synthetic_events_*.csv.zip): skipping")
	}
	g, rep, table := scoreStories(t, matches[0])
	if g.Kind != "document" || len(g.Items) != 4500 || len(g.Problems) != 0 {
		t.Fatalf("kind %s, %d stories, problems %q", g.Kind, len(g.Items), g.Problems)
	}
	t.Logf("%s\n\n%s", matches[0], table)
	o := rep.Overall
	if o.Sentences != 4500 || o.Errors != 0 || len(rep.ByCategory) != 16 {
		t.Errorf("scored %d stories, %d errors, %d labels", o.Sentences, o.Errors, len(rep.ByCategory))
	}
	for name, v := range map[string]float64{"any": float64(o.DocAny) / 4500, "top": float64(o.DocTop) / 4500, "none": float64(o.DocNone) / 4500} {
		if v < 0 || v > 1 {
			t.Errorf("%s = %v, not in [0, 1]", name, v)
		}
	}
	if o.DocTop > o.DocAny || o.DocAny+o.DocNone > o.Sentences {
		t.Errorf("inconsistent: any %d, top %d, none %d", o.DocAny, o.DocTop, o.DocNone)
	}
}
