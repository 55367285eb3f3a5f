package event_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/heraldevents/herald/event"
	"github.com/heraldevents/herald/internal/schemacheck"
)

func sample() event.Event {
	e := event.Event{
		Date: "2023-05-10", DatePrecision: event.PrecisionDay, DateBasis: event.BasisRelative, DateText: "yesterday",
		Source:    &event.Actor{Text: "Faisal Al-Miqdad", Code: "SYRGOV", Country: "SYR", Sectors: []string{"GOV"}, Role: "foreign minister", Basis: "apposition"},
		Target:    &event.Actor{Text: "Hussein Amir Abdullahian", Code: "IRNGOV", Country: "IRN", Sectors: []string{"GOV"}},
		CAMEO:     event.CAMEO{Code: "041", Root: "04", Name: "Discuss by telephone"},
		Goldstein: 1, QuadClass: 1,
		PLOVER:      event.PLOVER{Type: "CONSULT", Mode: "phone", Context: []string{"diplomatic"}},
		Modality:    event.Asserted,
		Attribution: event.Attribution{Outlet: "Al-Watan", ReportedBy: "IRNA"},
		Evidence: event.Evidence{ArticleID: "abc", SentenceIndex: 1, Sentence: "A phone call took place.",
			SentenceSpan: event.Span{Start: 10, End: 34}, Spans: event.Spans{Verb: &event.Span{Start: 12, End: 16}}},
		Rule:    "041.phone-call-between",
		Article: event.ArticleRef{ID: "abc", Published: "2023-05-11"},
	}
	e.SetID()
	return e
}

func TestIDStable(t *testing.T) {
	a, b := sample(), sample()
	if a.ID != b.ID || len(a.ID) != 20 {
		t.Fatalf("ids %q %q: want equal 20-hex ids", a.ID, b.ID)
	}
	c := sample()
	c.Target.Code = "IRN"
	c.SetID()
	if c.ID == a.ID {
		t.Fatalf("different target gave the same id %s", c.ID)
	}
	d := sample()
	d.Evidence.SentenceIndex = 2
	d.SetID()
	if d.ID == a.ID {
		t.Fatalf("different sentence gave the same id %s", d.ID)
	}
}

func TestSchemaAcceptsEvent(t *testing.T) {
	v, err := schemacheck.New()
	if err != nil {
		t.Fatal(err)
	}
	e := sample()
	b, err := json.Marshal(e)
	if err != nil {
		t.Fatal(err)
	}
	if err := v.Event(b); err != nil {
		t.Fatalf("valid event rejected: %v\n%s", err, b)
	}
}

func TestSchemaRejects(t *testing.T) {
	v, err := schemacheck.New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		edit func(*event.Event)
	}{
		{"bad modality", func(e *event.Event) { e.Modality = "maybe" }},
		{"bad cameo code", func(e *event.Event) { e.CAMEO.Code = "4a" }},
		{"goldstein out of range", func(e *event.Event) { e.Goldstein = 12 }},
		{"quad class 0", func(e *event.Event) { e.QuadClass = 0 }},
		{"missing rule", func(e *event.Event) { e.Rule = "" }},
		{"lowercase actor code", func(e *event.Event) { e.Source.Code = "syrgov" }},
		{"bad date", func(e *event.Event) { e.Date = "10 May 2023" }},
	}
	for _, c := range cases {
		e := sample()
		c.edit(&e)
		b, _ := json.Marshal(e)
		if err := v.Event(b); err == nil {
			t.Errorf("%s: schema accepted %s", c.name, b)
		}
	}
	// An unknown field is rejected too: the schema documents every field.
	b, _ := json.Marshal(sample())
	bad := strings.Replace(string(b), `"rule":`, `"extra":1,"rule":`, 1)
	if err := v.Event([]byte(bad)); err == nil {
		t.Error("schema accepted an unknown field")
	}
}
