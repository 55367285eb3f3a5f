package actor

import (
	"strings"
	"testing"
	"time"
)

// TestPrecisionRound2Actors checks the actor rules of precision round 2
// on our own sentences: Kurdish armed groups are a militia, weapons are
// no actors, a capital where people of an organisation or nation are is
// a place, "<place>-based" gives the country, and a country beside a
// sport word is a sports body or team, not the state.
func TestPrecisionRound2Actors(t *testing.T) {
	checkMentions(t, []sentenceMention{
		// (b) Kurdish armed groups.
		{"Ankara announced a new offensive against Kurdish groups.", "Kurdish groups", "REB"},
		{"Kurdish units shelled the village overnight.", "Kurdish units", "REB"},
		{"The army bombed Kurdish factions in northern Iraq.", "Kurdish factions in northern Iraq", "IRQREB"},
		// (c) Weapons and munitions are not actors.
		{"The militia answered with heavy artillery on Tuesday.", "artillery", "-"},
		{"Drones hit a fuel depot near the border.", "Drones", "-"},
		{"The tanks rolled into the square.", "The tanks", "MIL"},
		// (d) A capital after "in" where people with their own actor are
		// is a place, not the host government.
		{"G7 finance ministers in Paris agreed on a tax plan.", "Paris", "-"},
		{"A NATO spokesman in Kabul denied the report.", "Kabul", "-"},
		{"Police detained three students in Minsk.", "Minsk", "BLRGOV"},
		{"Energy ministers in Rome agreed to cut gas use.", "Energy ministers", "GOV"},
		{"Cabinet ministers in Rome backed the budget.", "Cabinet ministers in Rome", "ITAGOV"},
		{"Several states plan to reopen embassies in Damascus.", "Damascus", "SYRGOV"},
		{"Pressure from Moscow forced the government to resign.", "Moscow", "RUSGOV"},
		{"Moscow rejected the proposal.", "Moscow", "RUSGOV"},
		// (e) "<place>-based" sets the country.
		{"Canada-based campaigners denounced the verdict.", "campaigners", "CANOPP"},
		{"A Paris-based rights group criticised the arrests.", "rights group", "FRAHRI"},
		{"Water-based paints were banned by regulators.", "paints", "-"},
		{"Kenyan officials and Oslo-based refugee and human rights activists met.", "human rights activists", "NORHRI"},
		{"Tokyo-based banks fell and traders sold shares.", "traders", "BUS"},
		// Sports bodies and teams are not states.
		{"Cycling is popular, and Athletics Ireland fined the sprinter.", "Ireland", "-"},
		{"The federation said Japan coach Ken Sato would stay.", "Japan", "-"},
		{"Norway's football body suspended the club.", "Norway", "-"},
		{"Ireland expelled the diplomat.", "Ireland", "IRL"},
	})
}

// TestSportsTextCountries: in a text about sport, countries named alone
// are teams and get no actor; the same sentence in other news does.
func TestSportsTextCountries(t *testing.T) {
	r, err := NewResolver(Options{})
	if err != nil {
		t.Fatal(err)
	}
	when := time.Date(2023, 3, 1, 0, 0, 0, 0, time.UTC)
	sport := "Scotland face France in Edinburgh on Saturday.\n\n" +
		"The coach has picked an unchanged squad, and the winger is fit for the match after the tournament opener."
	politics := "Scotland face France in Edinburgh on Saturday.\n\n" +
		"The ministers will discuss fishing rights and the border."
	count := func(text string) int {
		n := 0
		for _, m := range r.Resolve(analyse(t, text, when)) {
			if m.Text == "France" {
				n++
			}
		}
		return n
	}
	if n := count(sport); n != 0 {
		t.Errorf("sports text: France resolved %d times, want none", n)
	}
	if n := count(politics); n != 1 {
		t.Errorf("political text: France resolved %d times, want 1", n)
	}
	if !sportText(analyse(t, strings.Repeat("The striker scored in the cup match for the league leaders. ", 2), when)) {
		t.Error("sportText missed a text about a match")
	}
}
