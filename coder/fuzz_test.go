package coder_test

import (
	"bytes"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/heraldevents/herald/actor"
	"github.com/heraldevents/herald/article"
	"github.com/heraldevents/herald/coder"
	"github.com/heraldevents/herald/nlp"
)

// stagesOnce builds the three stages once for all fuzz and benchmark runs.
var stagesOnce = sync.OnceValues(func() (*testStages, error) {
	an, err := nlp.New()
	if err != nil {
		return nil, err
	}
	r, err := actor.NewResolver(actor.Options{})
	if err != nil {
		return nil, err
	}
	c, err := coder.New(coder.Options{})
	if err != nil {
		return nil, err
	}
	return &testStages{an, r, c}, nil
})

type testStages struct {
	an *nlp.Analyzer
	r  *actor.Resolver
	c  *coder.Coder
}

func (s *testStages) input(text string, pub time.Time) coder.Input {
	a := article.Article{ID: "t", Body: text, Published: pub}
	doc := s.an.Analyze(a.CodingText(), pub)
	return coder.Input{Article: a, Doc: doc, Mentions: s.r.Resolve(doc)}
}

func mustStages(t testing.TB) *testStages {
	t.Helper()
	s, err := stagesOnce()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// FuzzCodeText runs arbitrary text through the whole pipeline: the coder
// must never panic, and every event must be well formed.
func FuzzCodeText(f *testing.F) {
	for _, s := range pathological() {
		if len(s) <= 4000 {
			f.Add(s)
		}
	}
	f.Add("Syria and Iran discussed by phone the latest developments.")
	f.Add("IRNA said that a phone call took place between the Syrian and Iranian foreign ministers.")
	f.Add("Damascus called for the withdrawal of Turkish forces from its lands.")
	f.Add("\xff\xfe\x00 \"\"\"''' (((( ))))")
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > 4000 {
			return // long inputs are covered by TestPathological
		}
		st := mustStages(t)
		in := st.input(text, time.Date(2023, 3, 8, 0, 0, 0, 0, time.UTC))
		var tr bytes.Buffer
		for _, e := range st.c.Explain(in, &tr) {
			if e.ID == "" || e.CAMEO.Code == "" || e.Modality == "" || e.DateBasis == "" {
				t.Fatalf("malformed event %+v", e)
			}
			if e.Source != nil && e.Target != nil && e.Source.Code == e.Target.Code {
				t.Fatalf("self event %+v", e)
			}
			if sp := e.Evidence.Spans.Verb; sp != nil && (sp.Start < 0 || sp.End > len(in.Doc.Text) || sp.Start > sp.End) {
				t.Fatalf("verb span out of range: %+v", sp)
			}
		}
	})
}

// FuzzPatternFile feeds arbitrary pattern files to the loader: errors are
// fine, panics are not.
func FuzzPatternFile(f *testing.F) {
	f.Add([]byte("&phone = phone|telephone\n[041] Discuss by telephone\n041.x: *discuss (by) &phone + ; both\n"))
	f.Add([]byte("--- GRANT [070] ---\nGRANT {GAVE}\n- * &CURRENCY_ [071]\n- $ * + [072:073]\n"))
	f.Add([]byte("<!-- x\n--- A [---] ---\n+B\n&S\n+&S\n- * _ _ * [1]\n"))
	f.Add([]byte("[041]\n041.a: (*x) @y | ||| ((( $ + ; mode=\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 1<<16 {
			return
		}
		dir := t.TempDir()
		path := dir + "/p.txt"
		if err := writeFile(path, data); err != nil {
			t.Skip(err)
		}
		c, err := coder.New(coder.Options{NoBuiltin: true, Patterns: []string{path}})
		if err != nil {
			return
		}
		st := mustStages(t)
		c.Code(st.input("Syria accused Turkey of attacking its border posts, officials said.", time.Time{}))
	})
}

// pathological returns bad inputs: no verb, 300 actors, nested quotes, a
// flattened table.
func pathological() []string {
	names := []string{"Syria", "Iran", "Turkey", "Russia", "France", "Germany", "China", "Japan", "Egypt", "Israel"}
	var many strings.Builder
	many.WriteString("The meeting between ")
	for i := 0; i < 300; i++ {
		if i > 0 {
			many.WriteString(", ")
		}
		many.WriteString(names[i%len(names)])
	}
	many.WriteString(" and Iraq took place in Geneva after Syria accused Turkey.")
	var table strings.Builder
	for i := 0; i < 200; i++ {
		table.WriteString("Syria | 12.5 | Iran | 7 | Turkey | 3.25 | attack | 99\n")
	}
	nested := strings.Repeat("He said: \"She said: 'They said: \"", 30) + "Syria attacked Turkey" + strings.Repeat("\"'\"", 30)
	noVerb := strings.Repeat("Syria, Iran, Turkey and Russia; ", 200)
	return []string{noVerb, many.String(), nested, table.String(), strings.Repeat("(", 5000), strings.Repeat("attack ", 3000)}
}

func TestPathological(t *testing.T) {
	st := mustStages(t)
	for i, s := range pathological() {
		evs := st.c.Code(st.input(s, time.Time{}))
		if len(evs) > 10000 {
			t.Errorf("input %d: %d events: unbounded", i, len(evs))
		}
	}
}
