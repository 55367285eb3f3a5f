package coder_test

import (
	"testing"
)

// TestPrecisionSession4R1 checks the session-4 round-3 rules of helper r1
// on sentences written for the test: near misses, crowds that came to do
// something, accords "struck", coalitions named rather than rallied, and
// event nouns inside organisation names. want: some event line contains
// every space-separated part of the entry; bad: no event line contains it.
func TestPrecisionSession4R1(t *testing.T) {
	cases := []lineCase{
		// "almost / nearly" VERB: the act did not happen
		{text: "Serbia nearly expelled the Croatian ambassador last year.",
			want: []string{"SRB 166 HRVGOV hypothetical"}, bad: []string{"asserted"}},
		{text: "Serbia expelled the Croatian ambassador last year.",
			want: []string{"SRB 166 HRVGOV asserted"}},
		// a crowd that gathered to do something did it
		{text: "Thousands of Kenyans gathered to mourn the opposition leader.",
			want: []string{"KEN 018 asserted"}, bad: []string{"planned"}},
		// striking a rapprochement or a balance is no attack
		{text: "Brazil has not struck a rapprochement with Venezuela.",
			bad: []string{" 190 "}},
		{text: "Kenya struck a careful balance with Uganda.",
			bad: []string{" 190 "}},
		{text: "Brazil struck a deal with Argentina on Monday.",
			want: []string{"BRA 057 ARG"}},
		// a coalition against X named as a body rallies nobody
		{text: "Last week the US-led coalition against Islamic State took over the town.",
			bad: []string{" 113 "}},
		{text: "Iran formed a coalition against Saudi Arabia.",
			want: []string{"IRN 113 SAU"}},
		// no event noun inside an organisation's name
		{text: "Russia prepared for the arrival of a team from the Organisation for the Prohibition of Chemical Weapons.",
			bad: []string{" 172 ", " 132 ", " 2041 "}},
		// ducking or sidestepping a clash is not clashing, nor a threat
		{text: "Egypt seeks to duck a confrontation with Ethiopia.",
			bad: []string{" 1384 ", "asserted", "intended"}},
		{text: "Egypt tried to sidestep a clash with Ethiopia.",
			bad: []string{"asserted"}},
		// praise or blame of "X's <act> of Y" is of X, the doer
		{text: "Blinken praised Morocco's recognition of Israel.",
			want: []string{"USAGOV 051 MAR"}, bad: []string{" ISR "}},
		{text: "Russia condemned Britain's expulsion of Russian diplomats.",
			want: []string{"RUS 111 GBR"}},
		{text: "The UN criticised Egypt's arrest of Sudanese journalists.",
			want: []string{"IGOUNO 111 EGY"}},
		// a resignation takes no target from its cause
		{text: "The resignation of US defence secretary Lloyd Austin was triggered by a phone conversation between Joe Biden and the Turkish president.",
			want: []string{"USAGOV 0831"}, bad: []string{"0831 TURGOV"}},
		// an ordered withdrawal of one's own troops is a withdrawal, with
		// or without a place, not a demand on the troops
		{text: "Biden ordered a full withdrawal of US troops.",
			want: []string{"USAGOV 0356"}, bad: []string{" 100 "}},
		{text: "Biden has also ordered the withdrawal of half the 10,000 US military presence in Iraq.",
			want: []string{"USAGOV 0356 IRQ"}, bad: []string{" 100 "}},
		// a past causative in a relative clause made its act happen
		{text: "The rebellion that forced Omar al-Bashir to resign began in Atbara.",
			want: []string{"SDNELI 0831 asserted"}, bad: []string{" 0341 ", "planned"}},
	}
	checkLines(t, cases, expectParts)
}
