package coder_test

import (
	"fmt"
	"testing"
	"time"
)

// TestClauseRules checks the clause-level rules of rules.go on sentences
// written for the test: a must/should complement is the speaker's demand,
// a refusal is a 12x rejection, and the unnamed agent of a passive is
// nobody above it.
func TestClauseRules(t *testing.T) {
	cases := []struct {
		text string
		// want: every listed "SRC-country PLOVER TGT-country" prefix must
		// be matched by some event (source and target compared on their
		// first three letters); bad: no event may contain this substring
		want []string
		bad  []string
	}{
		{text: "Russia said on Monday that Georgia must release the captured pilots.",
			want: []string{"RUS REQUEST GEO"}},
		{text: "Russia said on Monday that Georgia must explain the incident.",
			want: []string{"RUS REQUEST GEO"}},
		{text: "China said Japan should stop the survey ship.",
			want: []string{"CHN REQUEST JPN"}},
		{text: "The government should consider a new framework for the regions.",
			bad: []string{"REQUEST"}},
		{text: "Nobody should doubt that terrorists want to attack Britain, the French minister said.",
			bad: []string{"REQUEST"}},
		{text: "A lawyer for the men said the German government should have acted sooner.",
			bad: []string{"REQUEST"}},
		{text: "Russia said on Monday that Georgia must withdraw its troops from the border.",
			want: []string{"RUS REQUEST GEO"}, bad: []string{"GEO 1056"}},
		{text: "The prime minister of Spain said the public should know the facts.",
			bad: []string{"100.must-complement"}},
		{text: "Japan says it will not accept any more refugees from the region.",
			want: []string{"JPN REJECT"}},
		{text: "Spain failed to reach an agreement with Morocco on fishing rights.",
			want: []string{"ESP REJECT MAR"}},
		{text: "Iran says the Americans will not protect the Kurds.",
			bad: []string{"USA 12"}},
		{text: "Two Kenyan soldiers were detained near the border, Somalia's foreign minister said.",
			bad: []string{"SOMGOV"}},
		{text: "Kenya said it will pull its troops out of Somalia unless the government pays them.",
			want: []string{"KEN THREATEN"}},
		{text: "Ghana rejected proposed Nigerian changes to the treaty.",
			want: []string{"GHA REJECT NGA"}},
		{text: "Chad opened its borders to Sudanese refugees on Monday.",
			bad: []string{"COOPERATE"}},
		{text: "Two Afghan policemen were killed in a suicide bombing in Kandahar on Friday.",
			want: []string{"- ASSAULT AFG"}},
		{text: "The Syrian army was preparing to launch an offensive against rebels near Aleppo.",
			want: []string{"SYR MOBILIZE"}},
		{text: "A Russian businessman was put under investigation by French prosecutors on Monday.",
			want: []string{"FRA ACCUSE RUS"}},
		{text: "The Chinese ambassador was welcomed at the time by Japan.",
			bad: []string{"CONSULT"}},
		{text: "The French president was expected to be charged with fraud.",
			bad: []string{"FRAGOV 11"}},
		{text: "Peace talks brokered by Russia, Turkey and Iran resumed in Astana.",
			bad: []string{"RUS 045", "TUR 045", "IRN 045"}},
		{text: "The rebels fought in several battles across Syria and Iraq.",
			bad: []string{"SYR 19", "IRQ 19"}},
		{text: "Syria and Iran met in Damascus on Monday.",
			want: []string{"SYR CONSULT IRN"}},
		{text: "Syrian rebels backed by Ankara attacked the town of Afrin.",
			bad: []string{"051"}},
		{text: "The Labour minister clashed with the Conservative leader over the budget.",
			bad: []string{"ASSAULT"}},
		{text: "Some 4,000 Russian citizens travelled to Syria, Mr Putin said.",
			bad: []string{"CONSULT"}},
		{text: "Turkey threatened to send Turkish troops to retake the town.",
			bad: []string{"TURMIL"}},
		{text: "Iraqi police launched an investigation into the killing of the journalist.",
			want: []string{"IRQ ACCUSE"}},
		{text: "The minister considers the group a terrorist organisation.",
			bad: []string{"014"}},
		{text: "Turkey has been engaged in a long war with the PKK.",
			want: []string{"TUR ASSAULT IMG"}, bad: []string{"CONSULT"}},
		{text: "At least 20 Syrian civilians were killed in Russian airstrikes on Tuesday.",
			want: []string{"RUS ASSAULT SYR"}},
		{text: "The French finance minister said he will meet the budget rules next year.",
			bad: []string{"036", "CONSULT"}},
		{text: "The Labour leader attacked the Conservative leader over his tax plans.",
			bad: []string{"ASSAULT"}},
		{text: "The Syrian army was accused of war crimes in Aleppo.",
			bad: []string{"190"}},
		{text: "Kurdish militias hold the town, supported by about 2,000 US troops.",
			bad: []string{"SUPPORT"}},
		{text: "The British foreign secretary insisted that Turkey has the right to secure its borders.",
			bad: []string{"REQUEST"}},
		{text: "Russia demanded an outcome that Ankara says it cannot deliver.",
			bad: []string{"TUR"}},
		{text: "Kurdish fighters have fought with the United States against the Taliban.",
			bad: []string{"USA 19", "19 USA"}},
		{text: "The rebels are fighting the Syrian president, who is backed by Russian forces.",
			want: []string{"RUS SUPPORT SYR"}},
		{text: "The US will stay in Syria not only to fight the Taliban but also to deter Iran.",
			bad: []string{"negated"}},
		{text: "Italy on Friday expelled nine diplomats from Venezuela.",
			want: []string{"ITA SANCTION VEN"}},
		{text: "Peru has once again flatly rejected a Chilean proposal on the maritime border.",
			want: []string{"PER REJECT CHL"}},
		{text: "Egyptian police imposed a curfew in the village of Dalga in southern Egypt.",
			want: []string{"EGY COERCE EGY"}},
		// a country-less sector takes the sentence's only country from a
		// place or one of the country's bodies, never from a bare country
		// that is the other party
		{text: "Villagers said the rebels were bitter when the US failed to help the rebels.",
			bad: []string{"USAREB"}},
		{text: "Senators sharply criticised Russia over the disputed vote.",
			bad: []string{"RUSLEG"}},
		{text: "The militants said Turkey would keep supporting the rebels.",
			bad: []string{"TURREB"}},
		{text: "Police arrested twelve protesters in Tbilisi on Monday.",
			want: []string{"GEO COERCE GEO"}},
		{text: "Police in the north of Mali detained six protesters.",
			want: []string{"MLI COERCE MLI"}},
		{text: "The opposition accused Georgia's president of fraud.",
			want: []string{"GEO ACCUSE GEO"}},
	}
	for _, tc := range cases {
		expectTyped(t, fmt.Sprintf("%q", tc.text), eventLines(t, tc.text, time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)), tc.want, tc.bad)
	}
}
