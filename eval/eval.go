// Package eval scores Herald's events against gold standards: PETRARCH
// unit-test records (JSON Lines, or the PETRARCH validation XML), the
// PLOVER gold-standard records (GSR JSON), and stories labelled with the
// PLOVER event type they are about (CSV, plain or zipped; weak,
// document-level gold).
//
// The package reads gold sets and scores predictions; it does not code
// text itself. The caller passes a CodeFunc (the nlp -> actor -> coder
// pipeline in cmd/herald) so that every stage stays replaceable.
package eval

import (
	"context"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"github.com/heraldevents/herald/event"
)

// Triple is one (source, target, code) event as PETRARCH scores it.
type Triple struct {
	Source, Target, Code string
}

// Actor is one side of a gold PLOVER event.
type Actor struct {
	Text, Code, Sector string
}

// Item is one gold sentence.
type Item struct {
	ID       string
	Category string
	Text     string
	Date     time.Time
	// Events are the expected PETRARCH triples; NoEvent is true when the
	// record says the sentence has no event.
	Events  []Triple
	NoEvent bool
	// PLOVER gold (GSR): the event type (current PLOVER names), the mode
	// and the actors.
	PloverType string
	PloverMode string
	Sources    []Actor
	Targets    []Actor
	// Title is the headline of a labelled story (not coded).
	Title string
}

// CodeFunc codes one sentence of text published at date (zero when
// unknown) and returns its events.
type CodeFunc func(ctx context.Context, text string, date time.Time) ([]event.Event, error)

// Scores are the figures of one group of sentences.
type Scores struct {
	Sentences  int
	GoldEvents int
	PredEvents int
	TruePos    int
	// Exact counts sentences whose predicted triples equal the gold set.
	Exact int
	// RootRight counts gold triples with a predicted event of the same
	// source, target and CAMEO root.
	RootRight int
	// NoEventGold counts gold no-event sentences; NoEventRight those with
	// no prediction.
	NoEventGold, NoEventRight int
	// PLOVER figures: TypeRight (first event's type), TypeAny (any
	// event's type), AllThree (first event: source, target and type
	// right), AllThreeAny (some event), ModeGold and ModeRight (mode of a
	// type-right event, among records with a gold mode).
	TypeRight, TypeAny, AllThree, AllThreeAny, ModeGold, ModeRight int
	// Document figures (kind "document"; Sentences counts documents):
	// DocAny, some event has the labelled type; DocTop, the most frequent
	// type among the events is the label; DocNone, no event at all;
	// LabelEvents, events of the labelled type (of PredEvents).
	DocAny, DocTop, DocNone, LabelEvents int
	// Errors counts sentences the coder failed on.
	Errors int
}

// Precision is TruePos / PredEvents.
func (s *Scores) Precision() float64 { return ratio(s.TruePos, s.PredEvents) }

// Recall is TruePos / GoldEvents.
func (s *Scores) Recall() float64 { return ratio(s.TruePos, s.GoldEvents) }

// F1 is the harmonic mean of precision and recall.
func (s *Scores) F1() float64 {
	p, r := s.Precision(), s.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func (s *Scores) add(o *Scores) {
	s.Sentences += o.Sentences
	s.GoldEvents += o.GoldEvents
	s.PredEvents += o.PredEvents
	s.TruePos += o.TruePos
	s.Exact += o.Exact
	s.RootRight += o.RootRight
	s.NoEventGold += o.NoEventGold
	s.NoEventRight += o.NoEventRight
	s.TypeRight += o.TypeRight
	s.TypeAny += o.TypeAny
	s.AllThree += o.AllThree
	s.AllThreeAny += o.AllThreeAny
	s.ModeGold += o.ModeGold
	s.ModeRight += o.ModeRight
	s.DocAny += o.DocAny
	s.DocTop += o.DocTop
	s.DocNone += o.DocNone
	s.LabelEvents += o.LabelEvents
	s.Errors += o.Errors
}

// Report is the result of one evaluation.
type Report struct {
	// Kind is "petrarch", "plover" or "document".
	Kind       string
	Overall    Scores
	ByCategory map[string]*Scores
	// Misses lists, for inspection, the items the coder got wrong (id:
	// what was expected and what came out), at most 200.
	Misses []string
}

// Run codes every item with code and scores it. kind chooses the scoring:
// "petrarch" (triples), "plover" (PLOVER type, actors, mode) or
// "document" (is the labelled PLOVER type among the story's events, the
// most frequent one, or is there no event).
func Run(ctx context.Context, kind string, items []Item, code CodeFunc) (*Report, error) {
	if kind != "petrarch" && kind != "plover" && kind != "document" {
		return nil, fmt.Errorf("eval: unknown kind %q (want petrarch, plover or document)", kind)
	}
	rep := &Report{Kind: kind, ByCategory: map[string]*Scores{}}
	for i := range items {
		if err := ctx.Err(); err != nil {
			return rep, fmt.Errorf("eval: %w", err)
		}
		it := &items[i]
		evs, err := code(ctx, it.Text, it.Date)
		var s Scores
		if err != nil {
			s.Errors = 1
		}
		var miss string
		switch kind {
		case "petrarch":
			miss = scorePetrarch(it, evs, &s)
		case "document":
			miss = scoreDocument(it, evs, &s)
		default:
			miss = scorePlover(it, evs, &s)
		}
		if miss != "" && len(rep.Misses) < 200 {
			rep.Misses = append(rep.Misses, miss)
		}
		rep.Overall.add(&s)
		cat := it.Category
		if cat == "" {
			cat = "-"
		}
		if rep.ByCategory[cat] == nil {
			rep.ByCategory[cat] = &Scores{}
		}
		rep.ByCategory[cat].add(&s)
	}
	return rep, nil
}

// Predicted returns the (source, target, code) triples of events, without
// duplicates, in order. An absent actor is "".
func Predicted(evs []event.Event) []Triple {
	var out []Triple
	seen := map[Triple]bool{}
	for _, e := range evs {
		t := Triple{Code: e.CAMEO.Code}
		if e.Source != nil {
			t.Source = e.Source.Code
		}
		if e.Target != nil {
			t.Target = e.Target.Code
		}
		if !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
	}
	return out
}

func root(code string) string {
	if len(code) >= 2 {
		return code[:2]
	}
	return code
}

// scorePetrarch scores one PETRARCH item; it returns a miss line or "".
func scorePetrarch(it *Item, evs []event.Event, s *Scores) string {
	pred := Predicted(evs)
	gold := map[Triple]bool{}
	for _, g := range it.Events {
		gold[g] = true
	}
	s.Sentences = 1
	s.GoldEvents = len(gold)
	s.PredEvents = len(pred)
	for _, p := range pred {
		if gold[p] {
			s.TruePos++
		}
	}
	for g := range gold {
		for _, p := range pred {
			if p.Source == g.Source && p.Target == g.Target && root(p.Code) == root(g.Code) {
				s.RootRight++
				break
			}
		}
	}
	if len(gold) == 0 {
		s.NoEventGold = 1
		if len(pred) == 0 {
			s.NoEventRight = 1
		}
	}
	if s.TruePos == len(gold) && len(pred) == len(gold) {
		s.Exact = 1
		return ""
	}
	return fmt.Sprintf("%s: want %s got %s", it.ID, tripleList(it.Events), tripleList(pred))
}

func tripleList(ts []Triple) string {
	if len(ts) == 0 {
		return "(none)"
	}
	parts := make([]string, len(ts))
	for i, t := range ts {
		parts[i] = fmt.Sprintf("%s %s %s", orDash(t.Source), t.Code, orDash(t.Target))
	}
	return strings.Join(parts, "; ")
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// actorKey is what a PLOVER gold actor is compared on: the country code
// (or "IGO" and the like for organisations).
func actorKey(a *event.Actor) string {
	if a == nil {
		return ""
	}
	if a.Country != "" {
		return a.Country
	}
	if len(a.Code) >= 3 {
		return a.Code[:3]
	}
	return a.Code
}

func actorMatch(a *event.Actor, gold []Actor) bool {
	if len(gold) == 0 {
		return a == nil
	}
	k := actorKey(a)
	for _, g := range gold {
		if g.Code != "" && strings.EqualFold(g.Code, k) {
			return true
		}
	}
	return false
}

// scorePlover scores one PLOVER GSR item.
func scorePlover(it *Item, evs []event.Event, s *Scores) string {
	s.Sentences = 1
	s.PredEvents = len(evs)
	s.GoldEvents = 1
	if it.PloverMode != "" {
		s.ModeGold = 1
	}
	if len(evs) == 0 {
		return fmt.Sprintf("%s: want %s, got no event", it.ID, it.PloverType)
	}
	first := &evs[0]
	if first.PLOVER.Type == it.PloverType {
		s.TypeRight = 1
		if actorMatch(first.Source, it.Sources) && (len(it.Targets) == 0 || actorMatch(first.Target, it.Targets)) {
			s.AllThree = 1
		}
	}
	for i := range evs {
		e := &evs[i]
		if e.PLOVER.Type != it.PloverType {
			continue
		}
		s.TypeAny = 1
		if it.PloverMode != "" && e.PLOVER.Mode == it.PloverMode {
			s.ModeRight = 1
		}
		if actorMatch(e.Source, it.Sources) && (len(it.Targets) == 0 || actorMatch(e.Target, it.Targets)) {
			s.AllThreeAny = 1
			s.TruePos = 1
		}
	}
	if s.AllThree == 1 {
		return ""
	}
	tg := "-"
	if first.Target != nil {
		tg = first.Target.Code
	}
	src := "-"
	if first.Source != nil {
		src = first.Source.Code
	}
	return fmt.Sprintf("%s: want %s %s->%s, first event %s %s %s->%s (%s)", it.ID, it.PloverType,
		actorCodes(it.Sources), actorCodes(it.Targets), first.PLOVER.Type, first.CAMEO.Code, src, tg, first.Rule)
}

func actorCodes(as []Actor) string {
	if len(as) == 0 {
		return "-"
	}
	var out []string
	for _, a := range as {
		out = append(out, a.Code+a.Sector)
	}
	return strings.Join(out, ",")
}

// Write prints the report as a readable table.
func (r *Report) Write(w io.Writer) error {
	var b strings.Builder
	cats := make([]string, 0, len(r.ByCategory))
	for c := range r.ByCategory {
		cats = append(cats, c)
	}
	sort.Strings(cats)
	if r.Kind == "document" {
		r.writeDocument(&b, cats)
	} else if r.Kind == "petrarch" {
		fmt.Fprintf(&b, "%-14s %6s %6s %6s %6s %6s %6s %6s %6s\n", "category", "sents", "gold", "pred", "P", "R", "F1", "exact", "root")
		row := func(name string, s *Scores) {
			fmt.Fprintf(&b, "%-14s %6d %6d %6d %6.3f %6.3f %6.3f %6.3f %6.3f", name, s.Sentences, s.GoldEvents, s.PredEvents,
				s.Precision(), s.Recall(), s.F1(), ratio(s.Exact, s.Sentences), ratio(s.RootRight, s.GoldEvents))
			if s.NoEventGold > 0 {
				fmt.Fprintf(&b, "  no-event %.3f (%d)", ratio(s.NoEventRight, s.NoEventGold), s.NoEventGold)
			}
			b.WriteString("\n")
		}
		for _, c := range cats {
			row(c, r.ByCategory[c])
		}
		row("ALL", &r.Overall)
	} else {
		fmt.Fprintf(&b, "%-12s %6s %8s %8s %8s %8s %8s\n", "type", "n", "type", "type-any", "all3", "all3-any", "mode")
		row := func(name string, s *Scores) {
			mode := "-"
			if s.ModeGold > 0 {
				mode = fmt.Sprintf("%.3f", ratio(s.ModeRight, s.ModeGold))
			}
			fmt.Fprintf(&b, "%-12s %6d %8.3f %8.3f %8.3f %8.3f %8s\n", name, s.Sentences, ratio(s.TypeRight, s.Sentences),
				ratio(s.TypeAny, s.Sentences), ratio(s.AllThree, s.Sentences), ratio(s.AllThreeAny, s.Sentences), mode)
		}
		for _, c := range cats {
			row(c, r.ByCategory[c])
		}
		row("ALL", &r.Overall)
	}
	if r.Overall.Errors > 0 {
		fmt.Fprintf(&b, "errors: %d sentences could not be coded\n", r.Overall.Errors)
	}
	_, err := io.WriteString(w, b.String())
	return err
}
