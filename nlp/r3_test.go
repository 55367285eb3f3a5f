package nlp

import (
	"testing"
	"time"
)

// r3Cases are structure fixes from the third precision audit: in an
// object relative whose verb takes an infinitive ("the pact that X wants
// to scrap"), the gap is the infinitive's object and X its subject; the
// noun before a partner phrase ("the pact with China that") is the
// antecedent. All sentences are our own.
var r3Cases = []specCase{
	{text: "The leaders defended the trade pact with China that Obama wants to scrap.", checks: `
		noobj wants
		subj scrap = Obama
		obj scrap = the trade pact
		prep scrap with = China`},
	{text: "The accord that Tehran plans to abandon was signed in Vienna.", checks: `
		noobj plans
		subj abandon = Tehran
		obj abandon = The accord`},
	{text: "Ministers criticised the truce that the rebels hope to break.", checks: `
		subj break = the rebels
		obj break = the truce`},
	// The verb after such a relative has the antecedent as subject.
	{text: "The accord that Russia plans to sign was praised by Kiev.", checks: `
		obj praised = The accord
		subj praised = Kiev`},
	{text: "The envoy who wants to revive the talks met the minister.", checks: `
		subj met = The envoy`},
	{text: "Rebels who tried to seize the airport have been routed.", checks: `
		obj routed = Rebels`},
	// A time phrase between "and" and the verb keeps the coordination.
	{text: "The colonel took control and in 1980 launched the invasion of Chad.", checks: `
		subj launched = The colonel`},
	{text: "Erdogan received Putin and on Monday criticised Washington.", checks: `
		subj criticised = Erdogan`},
	{text: "Erdogan received Putin and on Monday Merkel criticised Washington.", checks: `
		subj criticised = Merkel`},
	// Unchanged: an object relative without an infinitive, and a subject
	// relative with one.
	{text: "Kiev denounced the deal that Russia rejected.", checks: `
		obj rejected = the deal`},
	{text: "The man who wants to scrap the deal met the minister.", checks: `
		subj scrap = The man
		obj scrap = the deal`},
	// A gerund after "away/back from" is what the verb keeps its object
	// from doing; the object acts.
	{text: "The generals steered the minister away from imposing a blockade on the port.", checks: `
		subj imposing = the minister
		parent imposing = steered`},
	{text: "Ankara kept the rebels from entering the town.", checks: `
		subj entering = the rebels`},
	// "as demanded by X": a passive with an elided object; X is its agent.
	{text: "The army left the border area, as demanded by the council.", checks: `
		passive demanded
		subj demanded = the council`},
	{text: "Cairo freed the sailors as requested by Athens.", checks: `
		passive requested
		subj requested = Athens`},
}

// TestR3NounModifier checks that a noun before the head of its NP is
// marked as a modifier and the head is not.
func TestR3NounModifier(t *testing.T) {
	a := newTestAnalyzer(t)
	cases := []struct {
		text string
		word string
		want bool
	}{
		{"Ankara warned about the Syrian refugee crisis.", "refugee", true},
		{"Ankara warned about the Syrian refugee crisis.", "crisis", false},
		{"The militia leaders met in Aleppo.", "militia", true},
		{"The militia leaders met in Aleppo.", "leaders", false},
		{"Ankara sheltered the refugees.", "refugees", false},
	}
	for _, c := range cases {
		d := a.Analyze(c.text, time.Time{})
		found := false
		for si := range d.Sentences {
			s := &d.Sentences[si]
			for i := range s.Tokens {
				if s.Tokens[i].Text != c.word {
					continue
				}
				found = true
				if got := s.NounModifier(i); got != c.want {
					t.Errorf("%q: NounModifier(%q) = %v, want %v", c.text, c.word, got, c.want)
				}
			}
		}
		if !found {
			t.Errorf("%q: no token %q", c.text, c.word)
		}
	}
}
