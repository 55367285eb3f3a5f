package actor

import (
	"testing"
	"time"
)

// TestPrecisionRound3Actors checks the actor rules of precision round 3
// on our own sentences: an international body's envoy to a country is
// the body, and a singular noun for a population that only modifies
// another noun ("the refugee crisis") is no mention, so a later "he"
// cannot take its country.
func TestPrecisionRound3Actors(t *testing.T) {
	checkMentions(t, []sentenceMention{
		// "UN <country> envoy" is the UN's envoy, not the country's.
		{"The UN Libya special envoy met rebel leaders in Geneva.", "Libya special envoy", "IGOUNO"},
		{"The UN's Yemen envoy urged both sides to return to talks.", "Yemen envoy", "IGOUNO"},
		{"The Syrian envoy met rebel leaders in Geneva.", "The Syrian envoy", "SYRGOV"},
		{"UN special envoy for Libya Ghassan Salame resigned.", "UN special envoy", "IGOUNO"},
		// A population noun before another noun only modifies it.
		{"Officials discussed the Sudanese refugee crisis on Monday.", "the Sudanese refugee", "-"},
		{"Aid workers set up a new migrant camp near the port.", "migrant", "-"},
		{"The minister said the refugee agencies were stretched.", "refugee", "-"},
		{"Sudanese refugees crossed the border.", "Sudanese refugees", "SDNREF"},
		{"A refugee told reporters the camp was full.", "A refugee", "REF"},
		{"Police fired tear gas at the refugee, a witness said.", "the refugee", "REF"},
	})
}

// TestPronounSkipsModifierNoun: "he" after "the Turkish refugee crisis"
// takes no refugee actor from the modifier noun.
func TestPronounSkipsModifierNoun(t *testing.T) {
	r, err := NewResolver(Options{})
	if err != nil {
		t.Fatal(err)
	}
	when := time.Date(2023, 3, 1, 0, 0, 0, 0, time.UTC)
	text := "Mr Demir said he would raise the Afghan refugee crisis in Brussels. He accused the EU of breaking its promises."
	for _, m := range r.Resolve(analyse(t, text, when)) {
		if m.Text == "He" && codesOf(m) == "AFGREF" {
			t.Errorf("%q resolved to the refugees of a modifier noun", m.Text)
		}
	}
}

// TestCommunityForcesCoreference: a community's armed group with no
// country takes the country of the same community's armed group named
// before in the text, never the country of another phrase.
func TestCommunityForcesCoreference(t *testing.T) {
	checkMentions(t, []sentenceMention{
		{"Kurdish fighters in Iraq held the pass. Ankara bombed Kurdish forces on Friday.", "Kurdish forces", "IRQREB"},
		{"Syrian Kurdish militias held the dam. Kurdish groups fled the town.", "Kurdish groups", "SYRREB"},
		{"Iranian Kurdish fighters crossed the border. Later Kurdish militants ambushed a patrol.", "Kurdish militants", "IRNREB"},
		// no earlier armed group with a country: none from the sentence
		{"Turkish jets bombed Kurdish forces.", "Kurdish forces", "REB"},
		// civilians teach no country to an armed group
		{"Iraqi Kurds voted on Monday. Kurdish forces shelled the hills.", "Kurdish forces", "REB"},
		// "Kurdish-led forces" are the community's militia
		{"The border town fell to Kurdish-led forces.", "Kurdish-led forces", "REB"},
		{"Kurdish units in Iraq held the pass. Kurdish-led forces took the town.", "Kurdish-led forces", "IRQREB"},
		{"Saudi-led forces bombed the port.", "Saudi-led forces", "SAUMIL"},
		// another community's group learns nothing from it
		{"Kurdish fighters in Syria held the town. Shia militias attacked the base.", "Shia militias", "REB"},
	})
}

// TestListStopsAtClauseSubject: after an introductory phrase, a comma
// followed by the next clause's subject ends a list of countries.
func TestListStopsAtClauseSubject(t *testing.T) {
	checkMentions(t, []sentenceMention{
		{"While Peru and Chile argued over Bolivia, Brazil and Argentina signed a pact.", "Brazil and Argentina", "BRA+ARG"},
		{"Peru, Chile and Bolivia signed a pact.", "Peru, Chile and Bolivia", "PER+CHL+BOL"},
		{"Talks between Peru, Chile and Bolivia began in Lima.", "Peru, Chile and Bolivia", "PER+CHL+BOL"},
		{"Despite the row over Bolivia, Brazil and Argentina signed a pact.", "Brazil and Argentina", "BRA+ARG"},
		{"Officials said that Peru, Chile and Bolivia had signed a pact.", "Peru, Chile and Bolivia", "PER+CHL+BOL"},
	})
}
