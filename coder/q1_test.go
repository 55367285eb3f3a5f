package coder_test

import (
	"testing"
)

// TestModalityRound5 checks the modality rules of precision round 5
// (issue #6) on sentences written for the test: an act wanted, asked or
// expected of someone else is demanded; one hoped for or doubted is a
// hypothesis; one someone is kept from is not done; "will/must have" +
// participle is about the past; "not rule out" is no negation of what is
// considered. want: some event line contains every space-separated part of
// the entry; bad: no event line contains it.
func TestModalityRound5(t *testing.T) {
	cases := []lineCase{
		// (a) wanted, asked or expected of someone else: demanded by the one
		// who wants it, not the intent or plan of the one asked
		{text: "The European Union wants Turkey to release the jailed journalists.",
			want: []string{"IGOEUREEC 1053 TUR demanded"}, bad: []string{" intended", " planned"}},
		{text: "The Arab League expects Israel to withdraw its troops from Lebanon.",
			want: []string{"IGOARBLEA 1056 ISR demanded"}, bad: []string{" 0356 "}},
		// ... and with no actor wanting it, a hypothesis still
		{text: "A group of lawyers wants the Kenyan police to arrest the Ugandan minister.",
			want: []string{"KENCOP 173 UGAGOV hypothetical"}, bad: []string{" intended", " demanded", " planned"}},
		// ... but one's own wish is an intent, and a passive expectation a plan
		{text: "Kenya wants to meet Uganda next month.",
			want: []string{"KEN 036 UGA"}, bad: []string{" demanded", " hypothetical"}},
		{text: "The Kenyan minister is expected to meet the Ugandan president.",
			bad: []string{" demanded"}},
		// ... and the object before "wants" in a relative clause asks nothing
		{text: "Egypt supports the treaty with Sudan that Ethiopia wants to destroy.",
			bad: []string{"SDN 1712"}},
		// (a) hoped for or doubted: a hypothesis, nobody's intent or plan
		{text: "The minister hopes that France will impose sanctions on Russia.",
			want: []string{"FRA 163 RUS hypothetical"}, bad: []string{" intended", " planned"}},
		{text: "He is sceptical that Obama will launch an attack on the Syrian regime.",
			want: []string{"USAELI 180 SYRGOV hypothetical"}, bad: []string{" planned"}},
		{text: "Kenya hopes that Uganda will attack the Somali rebels.",
			want: []string{"UGA 190 SOMREB hypothetical"}, bad: []string{" 1384 "}},
		{text: "The Kenyan president hopes he will visit Uganda in May.",
			want: []string{"KENGOV 036 UGA intended"}, bad: []string{" hypothetical"}},
		{text: "Kenya hopes to meet Uganda next month.",
			want: []string{"KEN 036 UGA"}, bad: []string{" hypothetical"}},
		// (c) kept from acting: not done, and the one kept from it acts
		{text: "Congress debated a bill to ban American firms from boycotting Israel.",
			want: []string{"USA 143 ISR hypothetical"}, bad: []string{" 133 "}},
		{text: "The UN Security Council barred North Korea from conducting missile tests.",
			want: []string{"PRK 150 - MOBILIZE 150.missile-test-n hypothetical"}, bad: []string{"IGOUNOSCO 150 ", " planned"}},
		{text: "The American firms were banned from boycotting Israel.",
			want: []string{"USA 143 ISR hypothetical"}, bad: []string{" 133 "}},
		{text: "Protesters carried banners reading stop Kenya from helping the Somali rebels.",
			bad: []string{" 033 "}},
		// (d) will/must have + participle: a judgement about the past
		{text: "The Kenyan police will already have shared information with Ugandan authorities.",
			want: []string{"KENCOP 064 UGAGOV asserted"}, bad: []string{" 0314 "}},
		{text: "The Kenyan police will already have shared some information with Ugandan authorities but further talks will stop until the trial ends.",
			want: []string{"KENCOP 064 UGAGOV asserted"}, bad: []string{" 0314 "}},
		{text: "Britain will have withdrawn its troops from Iraq by the end of next year.",
			bad: []string{" asserted"}},
		{text: "By next year Britain will have withdrawn its troops from Iraq.",
			bad: []string{" asserted"}},
		// (b) the that-clause of a demand noun is demanded by its maker
		{text: "Uganda renewed its demand that Kenya withdraw its troops from the border.",
			want: []string{"UGA 1056 KEN demanded"}, bad: []string{" 0874 ", " 087 "}},
		{text: "The protesters repeated their demands that Mubarak step down.",
			want: []string{"EGYOPP 1041 EGYELI demanded"}, bad: []string{" 0831 "}},
		// ... and is no event when no clause names the maker, or the
		// clause's subject only rejects it
		{text: "Damascus threatened to boycott the conference over the demands of the Syrian rebels that Assad step down.",
			bad: []string{" 0831 ", " 1041 "}},
		{text: "Kenya rejected the demand that its troops withdraw from Somalia.",
			bad: []string{" 0874 ", " 087 ", " 1056 "}},
		// (e) a modal of obligation does not reach an act named two
		// phrases below its verb
		{text: "Kenya must pay compensation for its role in the killing of Ugandan soldiers.",
			want: []string{"KEN 180 UGAMIL asserted"}, bad: []string{" demanded"}},
		// "not rule out": the pattern holds the negation
		{text: "Turkey did not rule out attending the peace conference in Geneva.",
			want: []string{"TUR 014 asserted"}, bad: []string{" negated"}},
		{text: "Kenyan ministers would not rule out expelling the Ugandan ambassador.",
			want: []string{"KENGOV 014 UGAGOV asserted"}, bad: []string{" negated", " intended"}},
		{text: "The opposition has not ruled out meeting the Syrian government.",
			want: []string{"SYROPP 014 SYRGOV asserted", "SYROPP 040 SYRGOV hypothetical"}, bad: []string{" negated"}},
	}
	checkLines(t, cases, expectParts)
}
