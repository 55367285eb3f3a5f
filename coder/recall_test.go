package coder_test

import (
	"fmt"
	"testing"
	"time"
)

// TestPatternRecall checks phrasing classes the built-in patterns and the
// matcher must code (and near misses they must not), on sentences written
// for the test.
func TestPatternRecall(t *testing.T) {
	cases := []struct {
		name string
		text string
		// want: "SRC PLOVER TGT" prefixes (source and target compared on
		// their first letters), one of the events must match each;
		// bad: no event may contain this substring
		want []string
		bad  []string
	}{
		{name: "dative gift with a purpose phrase",
			text: "The World Bank on Tuesday gave Kenya 40 million dollars of aid for road projects.",
			want: []string{"IGO AID KEN"}},
		{name: "dative gift with a determiner",
			text: "Japan gave Vietnam a loan of 200 million dollars for its railways.",
			want: []string{"JPN AID VNM"}},
		{name: "actor only modifies the object",
			text: "Brussels threatened to withhold EU and US reconstruction funds.",
			bad:  []string{"1621"}},
		{name: "hold responsible, argument longer than the slot",
			text: "Washington is holding Moscow responsible for the cyber attacks.",
			want: []string{"USA ACCUSE RUS"}},
		{name: "political cover is no protection",
			text: "Ankara has been offering Tehran political cover at the United Nations.",
			bad:  []string{"074"}},
		{name: "advance warning is no threat",
			text: "France gave Germany advance warning of the strike.",
			bad:  []string{"130"}},
		{name: "union with a bracketed short name goes on strike",
			text: "Members of the Kenyan Teachers Union (KTU) stopped work on Monday over the pay bill.",
			want: []string{"KEN PROTEST"}},
		{name: "aid deliveries suspended in a place",
			text: "The Red Cross suspended aid deliveries in Mogadishu on Tuesday after an attack on its staff.",
			want: []string{"NGO SANCTION SOM"}},
		{name: "troops taken out of a country",
			text: "Rwanda pulled its troops out of Congo on Friday.",
			want: []string{"RWA RETREAT COD"}},
		{name: "troops withdrawn from a place that is no actor",
			text: "The Philippine army has pulled all its forces from the hills around the town.",
			want: []string{"PHL RETREAT"}},
		{name: "martial law extended over the country",
			text: "Thailand's junta extended martial law for two more weeks.",
			want: []string{"THA COERCE"}},
		{name: "an emergency that only modifies a noun",
			text: "The United Nations extended its emergency appeal for Sudan.",
			bad:  []string{"1724"}},
		{name: "internet shut down in a region",
			text: "The Ethiopian government shut down the internet in the Amhara region.",
			want: []string{"ETH COERCE"}},
		{name: "crackdown on the press is no violence",
			text: "The Ugandan government launched a crackdown on independent media ahead of the vote.",
			want: []string{"UGA COERCE"}, bad: []string{"175"}},
		{name: "missiles fired at a place are an attack, not a test",
			text: "Israeli jets fired at least 12 missiles at Gaza on Monday.",
			want: []string{"ISR ASSAULT PSE"}, bad: []string{"150"}},
		{name: "missiles fired into the sea are a show of force",
			text: "North Korea fired two ballistic missiles into the sea on Thursday.",
			want: []string{"PRK MOBILIZE"}},
		{name: "rebels fire a salvo at a capital",
			text: "Houthi rebels fired a salvo of missiles at Riyadh.",
			want: []string{"YEM ASSAULT SAU"}},
		{name: "a measure phrase between the verb and its object",
			text: "The Zambian president on Monday shortened by two hours the nightly curfew in Lusaka.",
			want: []string{"ZMB CONCEDE"}},
		{name: "a time phrase that modifies a noun is no gap",
			text: "He agreed to speak to the newspaper after four years of fruitless dealings with the US government.",
			bad:  []string{"010"}},
		{name: "arming to strike a named enemy is a threat of force",
			text: "Hezbollah is stockpiling rockets to use against Israel.",
			want: []string{"LBN THREATEN ISR"}},
		{name: "battlefield intelligence handed over is military aid",
			text: "Britain is providing satellite imagery and other intelligence to Ukraine.",
			want: []string{"GBR AID UKR"}},
		{name: "sharing intelligence with an ally stays cooperation",
			text: "France shares military intelligence with Germany.",
			bad:  []string{"072"}},
		{name: "police sent in to break up a protest",
			text: "The Kenyan government sent in riot police to break up a protest by opposition supporters in Nairobi.",
			want: []string{"KEN ASSAULT KEN"}},
		{name: "a stated intent to end protests with the army is a threat, not easing dissent",
			text: "The Bolivian president said he would use the army to end protests by miners.",
			want: []string{"BOL THREATEN"}, bad: []string{"CONCEDE"}},
		{name: "a ban lifted at home needs no target",
			text: "Authorities in Guinea on Sunday lifted a ban placed on trade in the border areas.",
			want: []string{"GIN CONCEDE"}},
		{name: "a code of conduct is an agreement",
			text: "Vietnam and Malaysia on Tuesday signed a code of conduct for their fishing fleets.",
			want: []string{"VNM SUPPORT MYS"}},
		{name: "people sent to investigate are an investigation, not a deployment",
			text: "The United Nations sent a team of experts to Syria to investigate the chemical attack.",
			want: []string{"IGO ACCUSE SYR"}, bad: []string{"154"}},
		{name: "placed under investigation in a country: its justice investigates",
			text: "A Russian businessman was placed under formal investigation in France on Tuesday.",
			want: []string{"FRA ACCUSE RUS"}},
		{name: "the investigators named as subject stay the source",
			text: "French prosecutors placed the Russian senator under investigation in Nice.",
			want: []string{"FRAJUD ACCUSE RUS"}},
		{name: "patrols begun along a border",
			text: "The armed forces of Ghana have begun patrols along the border with Togo.",
			want: []string{"GHA MOBILIZE"}},
	}
	for _, tc := range cases {
		expectTyped(t, fmt.Sprintf("%s: %q", tc.name, tc.text), eventLines(t, tc.text, time.Date(2024, 5, 15, 0, 0, 0, 0, time.UTC)), tc.want, tc.bad)
	}
}
