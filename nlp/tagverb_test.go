package nlp

import (
	"strings"
	"testing"
)

// TestVerbForms checks the verb-form rules of tagverb.go on our own
// sentences: each case names the first token with that text and the tag
// it must get.
func TestVerbForms(t *testing.T) {
	a := newTestAnalyzer(t)
	cases := []tagCase{
		// A base form after an indefinite pronoun ("does" left out).
		{"Anyone have a good recipe for flan?", "have", "VB"},
		{"anybody know a cheap hotel near the station?", "know", "VB"},
		{"Someone helped us with the bags.", "helped", "VBD"},
		{"Everyone knows the answer.", "knows", "VBZ"},
		// A base form after a negated "do".
		{"The heater in our room did not heat.", "heat", "VB"},
		// A past form after a base form is its participle.
		{"Please find attached a copy of the invoice.", "attached", "VBN"},
		// The reporting verb of a quotation placed before it.
		{"\"We will not talk to the Americans,\" commented Omar Said.", "commented", "VBD"},
		// A participle coordinated with a past tense is a past tense.
		{"The firm calmed its customers and attempted to win them back.", "attempted", "VBD"},
		{"The flat was cleaned and painted by the owners.", "painted", "VBN"},
		{"Prices are either lowered or raised.", "raised", "VBN"},
		// The past tense of a sentence without its subject.
		{"Checked in late, but the staff was friendly.", "Checked", "VBD"},
		{"Walked in and was out in ten minutes.", "Walked", "VBD"},
		{"Phoned to ask if they had a table.", "Phoned", "VBD"},
		{"Asked if he would run again, the senator said no.", "Asked", "VBN"},
		{"Founded in 1990, the company now employs 300 people.", "Founded", "VBN"},
		// The bare infinitive after a causative verb and its object, and
		// in a question after the subject.
		{"Please let your friends and local papers know about it.", "know", "VB"},
		{"Just to let you all know, the booking is confirmed.", "know", "VB"},
		{"What do french men find attractive?", "find", "VB"},
		{"Have you had any news from them .?", "had", "VBN"},
		{"I see you have a new car.", "have", "VBP"},
		// A plural after a determiner and a name ends a noun phrase.
		{"Voters stayed away from the January elections.", "elections", "NNS"},
		{"Sounds like your dog is bored.", "Sounds", "VBZ"},
		// The past tense after a subject, before an adjective or a
		// plural object.
		{"A tall fighter ignored questions from the crowd.", "ignored", "VBD"},
		{"Maimed children.", "Maimed", "VBN"},
		{"Educated at Leyton and then Barnet, he moved to London.", "Educated", "VBN"},
		{"Stayed in the sea view room in May.", "Stayed", "VBD"},
		// Commands after adverbs, after "please" and a comma.
		{"Simply type in the address of the site.", "type", "VB"},
		{"Please, contact Vernon and get the details.", "contact", "VB"},
		{"The staff is small.", "staff", "NN"},
		{"Thanks for the help.", "Thanks", "NN"},
	}
	checkTags(t, a, cases)
}

// TestVerbFormRules runs fixVerbForms alone on tagged sentences written
// as word_TAG (the tags a model might give) and checks the tags after
// it, so each rule is tested whatever the model does.
func TestVerbFormRules(t *testing.T) {
	a := newTestAnalyzer(t)
	cases := []struct{ in, want string }{
		{"The_DT pizzas_NN are_VBP huge_JJ ._.", "DT NNS VBP JJ ."},
		{"Wild_JJ fish_NN were_VBD caught_VBN ._.", "JJ NNS VBD VBN ."},
		{"Staff_NN were_VBD pleasant_JJ ._.", "NNS VBD JJ ."},
		{"The_DT staff_NN is_VBZ small_JJ ._.", "DT NN VBZ JJ ."},
		{"They_PRP fund_VBP illegal_JJ militias_NN ._.", "PRP VBP JJ NNS ."},
		{"A_DT new_JJ series_NN starts_VBZ ._.", "DT JJ NN VBZ ."},
		{"thanks_NN again_RB ._.", "NN RB ."},
		{"The_DT radio_NN did_VBD not_RB work_NN ._.", "DT NN VBD RB VB ."},
		{"See_VB attached_VBD invoice_NN ._.", "VB VBN NN ."},
		{"the_DT deal_NN they_PRP hoped_VBD to_TO sign_VB collapsed_VBD ._.", "DT NN PRP VBD TO VB VBD ."},
		{"he_PRP signed_VBD the_DT deal_NN and_CC returned_VBN to_TO Paris_NNP ._.", "PRP VBD DT NN CC VBD TO NNP ."},
		{"they_PRP found_VBD flagrant_JJ and_CC repeated_VBN abuse_NN ._.", "PRP VBD JJ CC VBN NN ."},
		{"It_PRP was_VBD signed_VBN and_CC returned_VBN ._.", "PRP VBD VBN CC VBN ."},
		{"the_DT truce_NN ,_, ''_'' added_VBN Omar_NNP Said_NNP ._.", "DT NN , '' VBD NNP NNP ."},
		{"the_DT governor_NN will_MD order_NN Smith_NNP to_TO act_VB ._.", "DT NN MD VB NNP TO VB ."},
		{"Does_VBZ Acme_NNP Foods_NNP ban_NN members_NNS from_IN smoking_VBG ?_.", "VBZ NNP NNP VB NNS IN VBG ."},
		{"why_WRB should_MD the_DT workers_NNS pay_NN for_IN it_PRP ?_. ''_''", "WRB MD DT NNS VB IN PRP . ''"},
		{"the_DT council_NN will_MD review_NN ?_.", "DT NN MD NN ."},
		{"For_IN the_DT full_JJ story_NN ,_, see_NN Local_NNP News_NNP ._.", "IN DT JJ NN , VB NNP NNP ."},
		{"If_IN you_PRP need_VBP help_NN ,_, contact_NN the_DT office_NN ._.", "IN PRP VBP NN , VB DT NN ."},
		{"he_PRP is_VBZ either_CC fined_VBD or_CC jailed_VBD ._.", "PRP VBZ CC VBN CC VBN ."},
		{"You_PRP 've_VBP all_RB won_VBD !_.", "PRP VBP RB VBN ."},
		{"Alan_NNP 's_POS refused_VBD to_TO help_VB ._.", "NNP POS VBD TO VB ."},
		{"the_DT NATO_NNP -_HYPH led_VBD mission_NN ._.", "DT NNP HYPH VBN NN ."},
		{"the_DT above_JJ mentioned_VBD firm_NN ._.", "DT JJ VBN NN ."},
		{"Nothing_NN contained_VBD herein_RB may_MD be_VB copied_VBN ._.", "NN VBN RB MD VB VBN ."},
		{"People_NNS aged_VBD 13_CD -_SYM 17_CD may_MD travel_VB ._.", "NNS VBN CD SYM CD MD VB ."},
		{"Prices_NNS rose_VBD sharply_RB ._.", "NNS VBD RB ."},
		{"With_IN no_DT link_NN provided_VBD ,_, it_PRP is_VBZ hard_JJ ._.", "IN DT NN VBN , PRP VBZ JJ ."},
		{"while_IN trade_NN with_IN Western_JJ countries_NNS plunged_VBD ._.", "IN NN IN JJ NNS VBD ."},
		{"I_PRP am_VBP in_IN need_NN of_IN help_NN and_CC hope_NN you_PRP can_MD come_VB ._.", "PRP VBP IN NN IN NN CC VBP PRP MD VB ."},
		{"we_PRP need_VBP food_NN and_CC shelter_NN for_IN them_PRP ._.", "PRP VBP NN CC NN IN PRP ."},
		{"you_PRP should_MD take_VB a_DT minute_NN and_CC view_VBP it_PRP ._.", "PRP MD VB DT NN CC VB PRP ."},
		{"I_PRP go_VBP there_RB to_TO eat_VB and_CC love_VBP it_PRP ._.", "PRP VBP RB TO VB CC VBP PRP ."},
		{"they_PRP can_MD not_RB leave_VB and_CC are_VBP held_VBN ._.", "PRP MD RB VB CC VBP VBN ."},
		{"make_VB sure_JJ others_NNS do_VBP it_PRP ._.", "VB JJ NNS VBP PRP ."},
		{"watch_VB your_PRP$ savings_NNS grow_NN !_.", "VB PRP$ NNS VB ."},
		{"have_VB my_PRP$ hair_NN cut_NN ._.", "VB PRP$ NN NN ."},
		{"Let_NN 's_POS go_VB ._.", "VB PRP VB ."},
		{"Pay_NN April_NNP 1_CD", "NN NNP CD"},
		{"we_PRP sang_VBP a_DT hymn_NN ._.", "PRP VBD DT NN ."},
		{"I_PRP faxed_VBP you_PRP ._.", "PRP VBD PRP ."},
		{"I_PRP read_VBP books_NNS ._.", "PRP VBP NNS ."},
		{"I_PRP need_VBP it_PRP ._.", "PRP VBP PRP ."},
		{"they_PRP are_VBP cheap_JJ and_CC get_VB the_DT work_NN done_VBN ._.", "PRP VBP JJ CC VBP DT NN VBN ."},
		{"I_PRP am_VBP doing_VBG a_DT project_NN and_CC need_VB help_NN ._.", "PRP VBP VBG DT NN CC VBP NN ."},
		{"Hope_VBP you_PRP enjoy_VBP it_PRP and_CC feel_VB free_JJ ._.", "VBP PRP VBP PRP CC VB JJ ."},
		{"Greatly_RB appreciate_VB your_PRP$ help_NN ._.", "RB VBP PRP$ NN ."},
		{"states_NNS that_DT fund_NN armed_JJ groups_NNS ._.", "NNS WDT VBP JJ NNS ."},
		{"told_VBD reporters_NNS that_IN work_NN begins_VBZ ._.", "VBD NNS IN NN VBZ ."},
		{"Highly_RB recommend_NN !_.", "RB VBP ."},
		{"Please_UH recommend_NN it_PRP ._.", "UH NN PRP ."},
		{"Xinhua_NNP reports_NNS that_IN the_DT talks_NNS failed_VBD ._.", "NNP VBZ IN DT NNS VBD ."},
		{"the_DT Xinhua_NNP reports_NNS that_WDT were_VBD read_VBN ._.", "DT NNP NNS WDT VBD VBN ."},
		{"After_IN the_DT vote_NN ,_, opposition_NN Labour_NNP members_NNS left_VBD ._.", "IN DT NN , NN NNP NNS VBD ."},
	}
	for _, c := range cases {
		f := strings.Fields(c.in)
		toks := make([]Token, len(f))
		lowers := make([]string, len(f))
		fixed := make([]string, len(f))
		for i, wt := range f {
			w, tg, _ := strings.Cut(wt, "_")
			toks[i] = Token{Text: w, Tag: tg}
			lowers[i] = strings.ToLower(w)
			fixed[i] = fixedTag(w)
		}
		a.tagger.fixVerbForms(toks, lowers, fixed)
		var got []string
		for _, tk := range toks {
			got = append(got, tk.Tag)
		}
		if g := strings.Join(got, " "); g != c.want {
			t.Errorf("%s\n got  %s\n want %s", c.in, g, c.want)
		}
	}
}

// TestVerbFormsShortInputs runs the tagger over every sequence of up to
// three words from a set that wakes the verb-form rules, so that no rule
// reads outside the sentence at its edges.
func TestVerbFormsShortInputs(t *testing.T) {
	a := newTestAnalyzer(t)
	words := []string{"and", "or", "was", "fined", "sent", "let", "'s", "the", "staff", "were", "do", "not",
		"?", "please", ",", "that", "Xinhua", "reports", "are", "doing", "need", "Checked", "''", "will",
		"Does", "ban", "above", "-", "either", "by", "if", "help", "Simply", "sang", "pizzas"}
	var toks []Token
	var cur []string
	var seq func(n int)
	seq = func(n int) {
		if n > 0 {
			text := ""
			toks = toks[:0]
			for _, w := range cur {
				if text != "" {
					text += " "
				}
				toks = append(toks, Token{Text: w, Start: len(text), End: len(text) + len(w)})
				text += w
			}
			a.tagger.tagSentence(toks, strings.ToLower(text))
		}
		if n == 3 {
			return
		}
		for _, w := range words {
			cur = append(cur, w)
			seq(n + 1)
			cur = cur[:len(cur)-1]
		}
	}
	seq(0)
}
