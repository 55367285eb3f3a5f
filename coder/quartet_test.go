package coder_test

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/heraldevents/herald/internal/testcorpus"

	"github.com/heraldevents/herald/actor"
	"github.com/heraldevents/herald/article"
	"github.com/heraldevents/herald/coder"
	"github.com/heraldevents/herald/event"
	"github.com/heraldevents/herald/internal/schemacheck"
	"github.com/heraldevents/herald/nlp"
)

// pipeline runs nlp -> actor -> coder on text.
func pipeline(t testing.TB, c *coder.Coder, a article.Article, trace *bytes.Buffer) []event.Event {
	t.Helper()
	an, err := nlp.New()
	if err != nil {
		t.Fatal(err)
	}
	r, err := actor.NewResolver(actor.Options{})
	if err != nil {
		t.Fatal(err)
	}
	doc := an.Analyze(a.CodingText(), a.Published)
	in := coder.Input{Article: a, Doc: doc, Mentions: r.Resolve(doc)}
	if trace != nil {
		return c.Explain(in, trace)
	}
	return c.Code(in)
}

func TestQuartetExample(t *testing.T) {
	p := testcorpus.Shared(t, "examples", "quartet-phone-call.txt")
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	c, err := coder.New(coder.Options{})
	if err != nil {
		t.Fatal(err)
	}
	a := article.Article{ID: "quartet", Body: string(b), Outlet: "Al-Watan", Published: time.Time{}}
	var trace bytes.Buffer
	evs := pipeline(t, c, a, &trace)
	if testing.Verbose() {
		t.Log(trace.String())
	}
	// every event is valid against the Event JSON Schema
	val, err := schemacheck.New()
	if err != nil {
		t.Fatal(err)
	}
	for i := range evs {
		b, err := json.Marshal(&evs[i])
		if err != nil {
			t.Fatal(err)
		}
		if err := val.Event(b); err != nil {
			t.Errorf("event fails the schema: %v\n%s", err, b)
		}
	}
	type key struct{ src, code, tgt, mod string }
	have := map[key][]event.Event{}
	quartet := map[string]bool{"SYR": true, "RUS": true, "IRN": true, "TUR": true}
	for _, e := range evs {
		tg := "-"
		if e.Target != nil {
			tg = e.Target.Code
		}
		src := "-"
		if e.Source != nil {
			src = e.Source.Code
		}
		k := key{src, e.CAMEO.Code, tg, e.Modality}
		have[k] = append(have[k], e)
		t.Logf("s%d %s %s %s %s %s %+v", e.Evidence.SentenceIndex, src, e.CAMEO.Code, tg, e.Modality, e.Rule, e.Attribution)
		if strings.Contains(e.Evidence.Sentence, "function(") || strings.Contains(e.Evidence.Sentence, "getElementsByTagName") {
			t.Errorf("event from the JavaScript tail: %+v", e)
		}
		if strings.HasSuffix(src, "MED") {
			t.Errorf("a news agency is the source of an event: %+v", e)
		}
		// the four-way meeting has not taken place
		if e.CAMEO.Root == "04" && e.Source != nil && e.Target != nil && quartet[e.Source.Country] && quartet[e.Target.Country] &&
			!(e.CAMEO.Code == "041" && (e.Source.Country == "SYR" || e.Source.Country == "IRN") && (e.Target.Country == "SYR" || e.Target.Country == "IRN")) {
			t.Errorf("the planned quartet meeting coded as having happened: %+v", e)
		}
	}
	// events 1 and 2: the phone call, both directions, reported by IRNA
	for _, k := range []key{{"SYRGOV", "041", "IRNGOV", "asserted"}, {"IRNGOV", "041", "SYRGOV", "asserted"}} {
		if len(have[k]) == 0 {
			t.Errorf("missing %v", k)
		}
	}
	irna := false
	for _, e := range have[key{"SYRGOV", "041", "IRNGOV", "asserted"}] {
		irna = irna || e.Attribution.ReportedBy == "IRNA"
	}
	if !irna {
		t.Errorf("the phone call is never attributed to IRNA")
	}
	// event 3: Turkey (Kalin) intends a meeting with Iran and Russia
	find := func(pred func(e event.Event) bool) bool {
		for _, es := range have {
			for _, e := range es {
				if pred(e) {
					return true
				}
			}
		}
		return false
	}
	if !find(func(e event.Event) bool {
		return e.Source != nil && e.Source.Code == "TURGOV" && e.CAMEO.Code == "036" && e.Modality == event.Intended &&
			e.Target != nil && (e.Target.Country == "IRN" || e.Target.Country == "RUS") && strings.Contains(e.Attribution.SaidBy, "Kalin")
	}) {
		t.Errorf("event 3 (TURGOV 036 IRN/RUS, intended, said by Kalin) missing")
	}
	// event 4: Damascus demands the withdrawal of Turkish forces (1056), anonymous source
	if !find(func(e event.Event) bool {
		return e.Source != nil && e.Source.Code == "SYRGOV" && e.CAMEO.Code == "1056" && e.Modality == event.Demanded &&
			e.Target != nil && e.Target.Country == "TUR" && e.Attribution.Anonymous
	}) {
		t.Errorf("event 4 (SYRGOV 1056 TUR, demanded, anonymous source) missing")
	}
	// event 5: Bogdanov (RUSGOV) intends a meeting, quoted via Novosti
	if !find(func(e event.Event) bool {
		return e.Source != nil && e.Source.Code == "RUSGOV" && e.CAMEO.Code == "036" && e.Modality == event.Intended &&
			e.Attribution.Quoted && strings.Contains(e.Attribution.SaidBy, "Bogdanov") && e.Attribution.ReportedBy == "Novosti"
	}) {
		t.Errorf("event 5 (RUSGOV 036, intended, quoted Bogdanov via Novosti) missing")
	}
	// event 6: the quartet meeting being prepared: 036 among the four, not asserted
	n6 := 0
	for k := range have {
		if k.code == "036" && k.mod == event.Planned && len(k.src) >= 3 && len(k.tgt) >= 3 && quartet[k.src[:3]] && quartet[k.tgt[:3]] {
			n6++
		}
	}
	if n6 < 12 {
		t.Errorf("event 6: %d planned 036 dyads among Syria, Russia, Iran and Turkey, want 12", n6)
	}
}

// TestRealNewsSchema codes real news (BBC politics, third-party, skipped
// when absent) and checks every event against the Event JSON Schema and
// the coder's invariants.
func TestRealNewsSchema(t *testing.T) {
	texts := bbcTexts(t, 2225)
	if len(texts) > 120 {
		texts = texts[len(texts)-120:] // the last files: politics, sport, tech
	}
	st := mustStages(t)
	val, err := schemacheck.New()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, text := range texts {
		in := st.input(text, time.Date(2005, 3, 1, 0, 0, 0, 0, time.UTC))
		for _, e := range st.c.Code(in) {
			n++
			b, _ := json.Marshal(&e)
			if err := val.Event(b); err != nil {
				t.Errorf("schema: %v\n%s", err, b)
			}
			if e.Source != nil && e.Target != nil && e.Source.Code == e.Target.Code {
				t.Errorf("self event: %s", b)
			}
			if sp := e.Evidence.SentenceSpan; sp.Start < 0 || sp.End > len(in.Doc.Text) || sp.Start > sp.End || in.Doc.Text[sp.Start:sp.End] != e.Evidence.Sentence {
				t.Errorf("sentence span does not match the sentence: %s", b)
			}
		}
	}
	t.Logf("%d events checked", n)
}
