package coder_test

import (
	"testing"
)

// TestPrecisionRound2Q4 checks the attachment and verb-sense rules of the
// second precision round (issue #6) on sentences written for the test:
// each named pair of a list of pairs, places in a place phrase that are
// no source, topic ("over") and office ("as") phrases that give no
// target, the other side of a clash as the killer, and verb senses
// carried by the object or a with-phrase. want:
// some event line contains every space-separated part of the entry; bad:
// no event line contains it.
func TestPrecisionRound2Q4(t *testing.T) {
	cases := []lineCase{
		// a list of pairs pairs only its own members
		{text: "There were clashes between Iran and Israel, Russia and Ukraine, and India and Pakistan.",
			want: []string{"IRN 190 ISR", "RUS 190 UKR", "IND 190 PAK"},
			bad:  []string{"IRN 190 RUS", "IRN 190 PAK", "ISR 190 UKR", "UKR 190 IND"}},
		{text: "Fighting broke out between Chad and Sudan, and Ethiopia and Eritrea.",
			bad: []string{"TCD 190 ETH", "SDN 190 ERI"}},
		// a plain list still pairs everyone
		{text: "Talks between Iran, Israel and Syria began in Geneva.",
			want: []string{"IRN 040 SYR", "ISR 040 SYR", "IRN 040 ISR"}},
		// a place in a place phrase of the source is no source
		{text: "American air strikes in Yemen killed dozens of civilians.",
			want: []string{"USA"}, bad: []string{"YEM 202", "YEM 195", "YEM 190"}},
		{text: "Trade ministers in Paris called for lower tariffs.",
			bad: []string{"FRAGOV 100", "FRA 100"}},
		// a topic or an office is no target
		{text: "The Dutch foreign minister resigned over the Afghan war.",
			want: []string{"0831"}, bad: []string{"0831 AFG"}},
		{text: "Gordon Brown stepped down as leader of the Labour Party.",
			bad: []string{"0831 GBRPTYLAB"}},
		// a campaign waged with arms is force
		{text: "The army pressed on with its scorched-earth campaign against the rebels in Darfur.",
			want: []string{"190"}, bad: []string{" 113 "}},
		// an attack with chemical weapons
		{text: "Witnesses said the Sudanese army attacked villagers with chemical weapons.",
			want: []string{"SDNMIL 2041"}, bad: []string{" 182 "}},
		// people seized are abducted, things confiscated
		{text: "Boko Haram seized three journalists near Maiduguri.",
			want: []string{"181"}, bad: []string{" 171 "}},
		{text: "The letter (Australian hostage Smith, seized by Boko Haram in 2016) was published.",
			want: []string{"181"}, bad: []string{" 171 "}},
		// places seized are occupied
		{text: "Hezbollah seized the last Syrian government strongholds near Qusair.",
			want: []string{"LBNREBHEZ 192 SYRGOV"}, bad: []string{" 171 "}},
		{text: "Venezuela seized the assets of an American oil company.",
			bad: []string{" 181 "}},
		// a deal wrecked is rejected, no property damaged
		{text: "Hungary tried to wreck the trade deal with Canada.",
			want: []string{"HUN 120"}, bad: []string{" 171 ", " 1712 "}},
		// a feeling about another party's support pledges nothing
		{text: "Macron expressed his dismay with Turkish support for Baku.",
			bad: []string{"FRAGOV 032", "FRA 032"}},
		// a policy embraced supports nobody inside it
		{text: "Ankara had embraced a policy of encouraging Syrians to return home.",
			bad: []string{" 051 "}},
		// the other side of a clash the victims died in did the killing
		{text: "Ten Iranian soldiers were killed in clashes with Israeli forces.",
			want: []string{"ISRMIL 190 IRNMIL"}},
		// one's own troops ordered out of a place withdraw; "leave" alone
		// is no resignation
		{text: "Trump has ordered US forces in Iraq to leave by the summer.",
			want: []string{"0356 IRQ"}, bad: []string{" 1041 "}},
		{text: "Kabul ordered the foreign troops to leave.",
			bad: []string{" 1041 "}},
		// a relation possessor is no target of a verbal conflict, nor is
		// whoever is named after it
		{text: "US warnings to all Iraq's neighbours about smuggling have been loud, unusual for the Biden administration.",
			bad: []string{"130 IRQ", "130 USAGOV"}},
		// arguments come from the event's own clause, not from a clause
		// of time or condition after it
		{text: "Labour criticised the plan after the minister met the Conservatives.",
			bad: []string{" 111 GBRGOV", " 111 GBRPTYCON"}},
		{text: "Russia refused access to the crash site until the Ukrainian army withdrew.",
			bad: []string{"RUS 120 UKR", "RUS 12 UKRMIL"}},
		// "I"/"we" never stands for the object of the conjunct before it
		{text: "We have been fighting the Taliban in the valley for years and will not give up now.",
			bad: []string{"AFGINSTAL 1246", "AFGINSTAL 0874"}},
	}
	checkLines(t, cases, expectParts)
}
