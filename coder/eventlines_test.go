package coder_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/heraldevents/herald/event"
)

// eventLines codes text published on date and gives each event as
// "SRC CAMEO TGT PLOVER rule modality said_by=SPEAKER", with "-" for a
// missing actor.
func eventLines(t *testing.T, text string, date time.Time) []string {
	t.Helper()
	s := mustStages(t)
	evs := s.c.Code(s.input(text, date))
	code := func(a *event.Actor) string {
		if a == nil {
			return "-"
		}
		return a.Code
	}
	var out []string
	for _, e := range evs {
		out = append(out, strings.Join([]string{code(e.Source), e.CAMEO.Code, code(e.Target), e.PLOVER.Type, e.Rule,
			e.Modality, "said_by=" + e.Attribution.SaidBy}, " "))
	}
	return out
}

// expectTyped checks event lines against want entries "SRC TYPE [TGT]"
// (source and target codes matched as prefixes, the PLOVER type exactly)
// and bad substrings that no line may contain. label names the case.
func expectTyped(t *testing.T, label string, got, want, bad []string) {
	t.Helper()
	for _, w := range want {
		f := strings.Fields(w)
		found := false
		for _, g := range got {
			gf := strings.Fields(g)
			if strings.HasPrefix(gf[0], f[0]) && gf[3] == f[1] && (len(f) < 3 || strings.HasPrefix(gf[2], f[2])) {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: want an event %q, got %q", label, w, got)
		}
	}
	expectNone(t, label, got, bad)
}

// expectParts checks event lines against want entries, each met by a
// line holding every space-separated part of it as a whole field, and bad
// substrings that no line may contain. label names the case.
func expectParts(t *testing.T, label string, got, want, bad []string) {
	t.Helper()
	for _, w := range want {
		found := false
		for _, g := range got {
			all := true
			for _, part := range strings.Fields(w) {
				all = all && strings.Contains(" "+g+" ", " "+part+" ")
			}
			found = found || all
		}
		if !found {
			t.Errorf("%s: want an event with %q, got %q", label, w, got)
		}
	}
	expectNone(t, label, got, bad)
}

// expectNone reports each line that holds one of the bad substrings.
func expectNone(t *testing.T, label string, got, bad []string) {
	t.Helper()
	for _, b := range bad {
		for _, g := range got {
			if strings.Contains(g, b) {
				t.Errorf("%s: unwanted %q in event %q", label, b, g)
			}
		}
	}
}

// lineCase is one sentence of our own with the event lines it must and
// must not give.
type lineCase struct {
	text      string
	want, bad []string
}

// checkLines codes each case's text as published on 2024-03-01 and checks
// its event lines with expect (expectParts or expectTyped), labelled by the
// quoted text.
func checkLines(t *testing.T, cases []lineCase, expect func(t *testing.T, label string, got, want, bad []string)) {
	t.Helper()
	for _, tc := range cases {
		expect(t, fmt.Sprintf("%q", tc.text), eventLines(t, tc.text, time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)), tc.want, tc.bad)
	}
}
