package nlp

import "strings"

// This file holds the tagging of function words and punctuation whose
// Penn tag depends on the words around them: correlative conjunctions,
// "about" as a preposition or an approximator, particles without an
// object, the pronoun "that", the "is" written "'s", brackets and list
// markers of e-mail, the direction of straight quotes. The conventions
// are those of the Penn Treebank as applied in the English Web Treebank.

// funcWords are the words of the cases of fixFuncWords' switch: keep
// the two in step. Single letters and digits (list markers) and runs of
// plus signs are let through by funcWordLens as well.
var funcWords = [...]string{"both", "either", "neither", "about", "in", "on", "out", "off", "over", "up", "down",
	"back", "away", "along", "around", "across", "to", "that", "'s", "s", "no", "ok", "okay", "what", "whatever",
	"whoever", "must", "will", "one", "but", "like", "once", "next", "right", "er", "ew", "eww", "ewww", "ty", "sry",
	"lols", "wow", "u", "ur", "yet", "plus", ">", "@", "upon", "b/c", "bc", "cuz", "coz", "cos", "<<", ">>", "/", "\"", "-", "--"}

// funcWordLens has, for each first byte, bit n set when some word of
// funcWords (or a list marker, or a run of plus signs) of n bytes starts
// with it: one look-up turns away most tokens before the switch.
var funcWordLens = func() (t [256]uint16) {
	for _, w := range funcWords {
		t[w[0]] |= 1 << len(w)
	}
	for c := '0'; c <= '9'; c++ {
		t[c] |= 1 << 1
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] |= 1 << 1
	}
	t['+'] = 0x1fe
	return t
}()

// fixFuncWords corrects the tags of function words and punctuation after
// the model and the other rule passes; lowers are the tokens' lower-case
// forms. Only short tokens can match a rule, and funcWordLens turns away
// most of them by their first byte and length.
func (p *posTagger) fixFuncWords(toks []Token, lowers []string) {
	n := len(toks)
	for i := range toks {
		lw := lowers[i]
		if len(lw) == 0 {
			continue
		}
		if len(lw) > 5 && (lw[len(lw)-1] == 'f' || lw[len(lw)-1] == 's') && toks[i].Tag == "NNP" && reflexive(lw) {
			toks[i].Tag = "PRP" // "Speak for Themselves": a title's pronoun
			continue
		}
		if len(lw) > 8 || funcWordLens[lw[0]]&(1<<len(lw)) == 0 {
			continue
		}
		t := toks[i].Tag
		switch lw {
		case "both", "either", "neither":
			correlative(toks, lowers, i)
		case "about":
			aboutTag(toks, lowers, i)
		case "in":
			// "calling in and", "came in to get", "going in for the
			// wedding": "in" after a verb, with no object, is an adverb.
			if t == "IN" && i > 0 && isVerb(toks[i-1].Tag) && i+1 < n {
				switch toks[i+1].Tag {
				case "CC", "TO":
					toks[i].Tag = "RB"
				case "IN":
					if lowers[i+1] == "for" || lowers[i+1] == "to" {
						toks[i].Tag = "RB"
					}
				}
			}
		case "on":
			// "what is going on?", "go on fighting", "carry on": the
			// particle of "go on" (continue, happen) before no object.
			if t == "IN" && i > 0 && continueVerb(lowers[i-1]) && (i+1 == n || toks[i+1].Tag == "VBG" || toks[i+1].Tag == "." || toks[i+1].Tag == ",") {
				toks[i].Tag = "RP"
			}
			// "later on", "early on": an adverb.
			if t == "IN" && i > 0 && (lowers[i-1] == "later" || lowers[i-1] == "early") && (i+1 == n || !startsNounPhrase(toks[i+1].Tag) || subjectPronoun(lowers[i+1])) {
				toks[i].Tag = "RB"
			}
		case "out", "off", "over", "up", "down", "back", "away", "along", "around", "across":
			// "they are out.", "I'm out of here": after a form of "be",
			// a preposition without an object is an adverb, not a
			// particle.
			if t == "RP" && i > 0 && isBeForm(lowers[i-1]) {
				toks[i].Tag = "RB"
			}
			// "walked out", "come over", "rush right out": after a verb
			// of motion the word gives the direction of the movement,
			// an adverb, not the particle of a phrasal verb.
			if t == "RP" && i > 0 && lw != "off" {
				k := i - 1
				if toks[k].Tag == "RB" && k > 0 {
					k--
				}
				if isVerb(toks[k].Tag) && directionVerb(lowers[k]) && (i+1 == n || !objectStart(toks[i+1].Tag) || timeNoun(lowers[i+1])) {
					toks[i].Tag = "RB" // not "drive out the rebels"
				}
			}
			if lw == "over" && t == "IN" {
				overPrefix(toks, i)
			}
			// "has over 200 weapons", "for over 2 years": "over" before
			// a number means "more than", an adverb.
			if lw == "over" && (t == "IN" || t == "RP") && i > 0 && i+1 < n && toks[i+1].Tag == "CD" && (isVerb(toks[i-1].Tag) || toks[i-1].Tag == "IN") {
				toks[i].Tag = "RB"
			}
			// "up to 40 rockets", "what have you been up to": "up to" of
			// a limit or an occupation is a preposition.
			if lw == "up" && i+2 < n && lowers[i+1] == "to" && (toks[i+2].Tag == "CD" || toks[i+2].Tag == "$" || i > 0 && isBeForm(lowers[i-1])) {
				toks[i].Tag = "IN"
			}
		case "to":
			toTag(toks, lowers, i)
			if toks[i].Tag == "TO" && i+1 < n && toks[i+1].Tag == "VB" {
				p.toNonVerb(toks, lowers, i)
			}
		case "that":
			thatPronoun(toks, lowers, i)
		case "'s", "s":
			contractedIs(toks, lowers, i)
		case "no":
			// "Hell no.", "no, it is not", "no I don't", "said no to":
			// a reply, not a determiner.
			if (t == "DT" || t == "RB") && (i+1 == n || replyFollows(toks, lowers, i+1)) && !(i+1 == n && i > 0 && isVerb(toks[i-1].Tag)) {
				toks[i].Tag = "UH"
			}
		case "ok", "okay":
			// "Is this okay with you?": a predicate adjective after the
			// inverted subject.
			if t == "UH" && i > 1 && (toks[i-1].Tag == "DT" || toks[i-1].Tag == "PRP") && isBeForm(lowers[i-2]) {
				toks[i].Tag = "JJ"
			}
		case "what", "whatever", "whoever":
			whPronoun(toks, lowers, i)
		case "must", "will":
			// "a must", "the will of the people", "at will", "the
			// national will": a modal after an article, a possessive, a
			// preposition of "at will", or an adjective before no verb is
			// a noun ("This will take", "Many will say" keep the modal).
			if t == "MD" && i > 0 {
				free := i+1 == n || !isVerb(toks[i+1].Tag) && toks[i+1].Tag != "RB" && toks[i+1].Tag != "TO"
				switch pw := lowers[i-1]; {
				case pw == "a" || pw == "an" || pw == "the" || toks[i-1].Tag == "PRP$" && free:
					toks[i].Tag = "NN"
				case (pw == "at" || pw == "of" || pw == "against") && free:
					toks[i].Tag = "NN"
				case toks[i-1].Tag == "JJ" && free && i > 1 && (toks[i-2].Tag == "DT" || toks[i-2].Tag == "PRP$" || toks[i-2].Tag == "JJ"):
					toks[i].Tag = "NN"
				}
			}
		case "one":
			// "if one raises doubts", "one would expect": the generic
			// pronoun before a modal.
			if t == "CD" && i+1 < n && (toks[i+1].Tag == "MD" && (i == 0 || toks[i-1].Tag == "IN" || toks[i-1].Tag == "CC" || toks[i-1].Tag == "," || lowers[i-1] == "that") ||
				toks[i+1].Tag == "VBZ" && i > 0 && (lowers[i-1] == "if" || lowers[i-1] == "when" || lowers[i-1] == "unless" || lowers[i-1] == "once")) {
				toks[i].Tag = "PRP"
			}
		case "but":
			// "nothing but the truth", "anything but": "but" meaning
			// "except" after an indefinite pronoun is a preposition.
			if t == "CC" && i > 0 && i+1 < n && exceptBefore(lowers[i-1]) && startsNounPhrase(toks[i+1].Tag) {
				toks[i].Tag = "IN"
			}
		case "like":
			// "I like it", "I especially like the curry": a verb after a
			// subject pronoun.
			if t == "IN" && i > 0 && (isPluralSubject(toks[i-1].Text) || toks[i-1].Tag == "RB" && i > 1 && isPluralSubject(toks[i-2].Text)) {
				toks[i].Tag = "VBP"
			}
			// "Like, in America ...", "I mean like not ...", "like 2
			// days": the hedge of speech, an interjection, where it opens
			// the sentence or follows a pause before no noun phrase.
			if t == "IN" && i+1 < n && (i == 0 || toks[i-1].Tag == "," || lowers[i-1] == "mean") && (toks[i+1].Tag == "IN" && lowers[i+1] != "that" || toks[i+1].Tag == "CD" || lowers[i+1] == "not" || toks[i+1].Tag == ",") {
				toks[i].Tag = "UH"
			}
		case "once":
			// "once you get there": a subordinating conjunction before a
			// clause, not the adverb of "once a week".
			if t == "RB" && i+1 < n && clauseAhead(toks, lowers, i+1) {
				toks[i].Tag = "IN"
			}
		case "next":
			if t == "JJ" && i+2 < n && lowers[i+1] == "to" && toks[i+2].Tag != "VB" {
				toks[i].Tag = "RB" // "next to the airport"
			}
		case "right":
			// ", right?": a tag question asking for agreement.
			if i > 0 && toks[i-1].Tag == "," && i+1 < n && toks[i+1].Text == "?" {
				toks[i].Tag = "UH"
			}
		case "er", "ew", "eww", "ewww", "ty", "sry", "lols", "wow":
			// Hesitations, disgust, chat abbreviations ("ty": thank you).
			if t != "UH" && (toks[i].Text == lw || i == 0 || isUpperWord(toks[i].Text)) {
				toks[i].Tag = "UH"
			}
		case "u":
			// Chat spelling of "you": "u need", "thank u".
			if toks[i].Text == "u" && (i == 0 || !isProper(toks[i-1].Tag)) && (i+1 == n || toks[i+1].Text != "." && toks[i+1].Tag != "NNP") {
				toks[i].Tag = "PRP"
				// Its verb, read as a noun: "u need a passport".
				if i+1 < n && (toks[i+1].Tag == "NN" || toks[i+1].Tag == "VB" || toks[i+1].Tag == "JJ" || toks[i+1].Tag == "VBD" && !strings.HasSuffix(lowers[i+1], "ed")) {
					if vb, vbp := p.model.wordWeights2(lowers[i+1], "VB", "VBP"); vb > 0 || vbp > 0 {
						toks[i+1].Tag = "VBP"
					}
				}
			}
		case "ur":
			// Chat spelling of "your" before its noun: "ur wallet".
			if toks[i].Text == "ur" && i+1 < n && (isNoun(toks[i+1].Tag) || isAdj(toks[i+1].Tag)) {
				toks[i].Tag = "PRP$"
			}
		case "yet":
			// ", yet Israel has ...", "Yet we did not": "yet" joining a
			// clause is a conjunction; "yet another", "not yet" stay
			// adverbs.
			if t == "RB" && i+1 < n && (i == 0 || toks[i-1].Tag == "," || isNoun(toks[i-1].Tag)) && lowers[i+1] != "another" && lowers[i+1] != "again" && lowers[i+1] != "more" && (clauseAhead(toks, lowers, i+1) || lowers[i+1] == "neither") {
				toks[i].Tag = "CC"
			}
		case "plus":
			// "Plus, we can ...": a conjunction opening the sentence.
			if i == 0 && n > 2 && (toks[1].Tag == "," || toks[1].Tag == "PRP" || toks[1].Tag == "EX") {
				toks[i].Tag = "CC"
			}
		case ">":
			if i == 0 && n > 1 {
				toks[i].Tag = "SYM" // "> quoted line" of an e-mail reply
			}
		case "@":
			toks[i].Tag = "SYM" // "@" standing alone for "at"
		case "upon":
			toks[i].Tag = "IN" // always a preposition
		case "b/c", "bc", "cuz", "coz", "cos":
			// Web spellings of "because" before a clause or "of".
			if toks[i].Text == lw && i+1 < n && (i > 0 || toks[i+1].Tag == "PRP") && (toks[i+1].Tag == "PRP" || toks[i+1].Tag == "IN" || toks[i+1].Tag == "DT" || toks[i+1].Tag == "EX") {
				toks[i].Tag = "IN"
			}
		case "<<":
			toks[i].Tag = "-LRB-" // e-mail attachment brackets: "<< File: a.doc >>"
		case ">>":
			toks[i].Tag = "-RRB-"
		case "/":
			// "and/or": the slash joins two conjunctions.
			if i > 0 && i+1 < n && lowers[i-1] == "and" && lowers[i+1] == "or" {
				toks[i].Tag = "SYM"
			}
		case "\"":
			quoteBySpace(toks, i)
		case "-", "--":
			if n == 1 {
				toks[i].Tag = "NFP" // a line of its own: a separator
			}
			// "web - site", "cordon - bleu": a word read as a symbol
			// before a spaced hyphen is a noun.
			if i > 0 && toks[i-1].Tag == "SYM" && len(lowers[i-1]) > 1 && lowers[i-1][0] >= 'a' && lowers[i-1][0] <= 'z' {
				if startsUpper(toks[i-1].Text) {
					toks[i-1].Tag = "NNP"
				} else {
					toks[i-1].Tag = "NN"
				}
			}
		default:
			switch c := lw[0]; {
			case c == '+':
				if plusRun(lw) {
					toks[i].Tag = "SYM" // "A+", "18+"
				}
			case len(lw) == 1 && i+1 < n && toks[i+1].Text == ")" && (isDigit(c) || toks[i].Text[0] >= 'a' && toks[i].Text[0] <= 'z') && (i == 0 || toks[i-1].Text == "("):
				toks[i].Tag = "LS" // "1)", "(a)": a list marker
			}
		}
	}
}

// directionVerb reports forms of the verbs of motion whose following
// "out", "over", "back" gives a direction ("went out", "came over",
// "walked out"). It differs from tagweb's isMotionVerb on purpose: that
// one decides "home" ("get home", "bring it home"), while "get", "bring"
// and "send" here would make adverbs of the particles of phrasal verbs
// ("get up early", "bring it up").
func directionVerb(w string) bool {
	switch w {
	case "come", "comes", "came", "coming", "go", "goes", "went", "going", "gone", "walk", "walks", "walked", "walking",
		"rush", "rushes", "rushed", "rushing", "head", "heads", "headed", "heading",
		"move", "moves", "moved", "moving", "drive", "drives", "drove", "driving", "driven", "fly", "flies", "flew", "flying",
		"climb", "climbs", "climbed", "climbing", "jump", "jumps", "jumped", "jumping":
		return true
	}
	return false
}

// subjectPronoun reports the subject forms of the personal pronouns.
func subjectPronoun(w string) bool {
	switch w {
	case "i", "we", "he", "she", "they", "you":
		return true
	}
	return false
}

// clauseAhead reports a clause starting at token k: a subject pronoun,
// or a noun phrase of up to four words followed by a finite verb or a
// modal.
func clauseAhead(toks []Token, lowers []string, k int) bool {
	if subjectPronoun(lowers[k]) || toks[k].Tag == "EX" {
		return true
	}
	if !startsNounPhrase(toks[k].Tag) || toks[k].Tag == "CD" || toks[k].Tag == "WRB" || toks[k].Tag == "WP" {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+4; j++ {
		switch t := toks[j].Tag; {
		case finiteTag(t):
			return true
		case !isNoun(t) && !isAdj(t) && t != "DT" && t != "PRP$" && t != "POS":
			return false
		}
	}
	return false
}

// reflexive reports the reflexive pronouns.
func reflexive(w string) bool {
	switch w {
	case "myself", "yourself", "himself", "herself", "itself", "oneself", "ourselves", "yourselves", "themselves":
		return true
	}
	return false
}

// continueVerb reports forms of "go", "keep" and "carry", whose "on"
// before no object means continuing or happening.
func continueVerb(w string) bool {
	switch w {
	case "go", "goes", "went", "going", "gone", "keep", "keeps", "kept", "keeping", "carry", "carries", "carried", "carrying":
		return true
	}
	return false
}

// timeNoun reports the nouns of time that stand as adverbs after a verb
// and its particle: "going out tonight".
func timeNoun(w string) bool {
	switch w {
	case "today", "tonight", "tomorrow", "yesterday", "now", "again":
		return true
	}
	return false
}

// objectStart reports tags that open a noun phrase object after a verb
// and its particle ("drive out the rebels", "pick up eggs").
func objectStart(t string) bool {
	switch t {
	case "DT", "PDT", "PRP", "PRP$", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS":
		return true
	}
	return false
}

// isBeForm reports a form of "be", contracted or not.
func isBeForm(w string) bool {
	switch w {
	case "is", "are", "was", "were", "be", "been", "being", "am", "'m", "'re", "'s", "’m", "’re", "’s":
		return true
	}
	return false
}

// startsNounPhrase reports tags that can begin a noun phrase.
func startsNounPhrase(t string) bool {
	switch t {
	case "DT", "PDT", "PRP", "PRP$", "CD", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "VBG", "WP", "WDT", "WRB", "``", "$", "EX":
		return true
	}
	return false
}

// correlative tags "both", "either" and "neither" as conjunctions (CC)
// when the matching "and", "or" or "nor" follows within the same phrase
// ("both in Iraq and Syria", "either gross incompetence or"), as the
// Penn guidelines do; the search stops at a finite verb or a comma, so
// "Both sides agreed and signed" keeps its determiner. After an
// auxiliary and before a participle or adverb, "both" floats off its
// subject and is an adverb ("we had both approved").
func correlative(toks []Token, lowers []string, i int) {
	t := toks[i].Tag
	if t != "DT" && t != "RB" && t != "CC" && (lowers[i] == "both" || t != "VB" && t != "NN") {
		return // "either" read as a verb or noun is no less a conjunction
	}
	n := len(toks)
	if i+1 >= n || lowers[i+1] == "of" {
		return
	}
	if lowers[i] == "both" && i > 0 && (isBeForm(lowers[i-1]) || lowers[i-1] == "had" || lowers[i-1] == "have" || lowers[i-1] == "has") && (toks[i+1].Tag == "VBN" || toks[i+1].Tag == "RB") {
		toks[i].Tag = "RB"
		return
	}
	want := "and"
	switch lowers[i] {
	case "either":
		want = "or"
	case "neither":
		want = "nor"
	}
	for k := i + 2; k < n && k <= i+8; k++ {
		lw := lowers[k]
		if lw == want || want == "and" && lw == "&" {
			toks[i].Tag = "CC"
			return
		}
		switch toks[k].Tag {
		case "VBZ", "VBD", "VBP", "MD", ".", ",", ":":
			return
		}
	}
}

// aboutTag decides between "about" the preposition ("talk about
// memoirs", "what are you talking about?") and "about" the approximator,
// an adverb before a quantity ("about 5 times", "about a third of",
// "in about a month").
func aboutTag(toks []Token, lowers []string, i int) {
	n := len(toks)
	if i+1 == n || toks[i+1].Tag == "." {
		// Stranded after its verb: "what I'm talking about?".
		if i > 0 && isVerb(toks[i-1].Tag) {
			toks[i].Tag = "IN"
		}
		return
	}
	next := toks[i+1].Tag
	switch {
	case next == "CD" || next == "$":
		toks[i].Tag = "RB"
	case (lowers[i+1] == "a" || lowers[i+1] == "an") && i+2 < n && quantityNoun(lowers[i+2]):
		toks[i].Tag = "RB"
	case toks[i].Tag == "RB" && startsNounPhrase(next) && next != "WRB":
		toks[i].Tag = "IN"
	}
}

// quantityNoun reports nouns of measure and fractions that "about a"
// approximates: "about a third", "about an hour".
func quantityNoun(w string) bool {
	switch w {
	case "half", "third", "quarter", "fifth", "tenth", "dozen", "hundred", "thousand", "million", "billion",
		"second", "minute", "hour", "day", "week", "month", "year", "decade", "mile", "kilometre", "kilometer",
		"metre", "meter", "foot", "inch", "pound", "kilo", "ton", "tonne", "gallon", "litre", "liter":
		return true
	}
	return false
}

// toTag tags "to" left without its verb as the infinitive marker ("you
// need to.", "if you want to, go ahead"), "to" before a quoted name or
// phrase as a preposition ("new to "The Cat""), and "used to" before a
// base form as the infinitive marker ("I used to e-mail him").
func toTag(toks []Token, lowers []string, i int) {
	n := len(toks)
	if i == 0 {
		return
	}
	prev := toks[i-1].Tag
	next := ""
	if i+1 < n {
		next = toks[i+1].Tag
	}
	switch {
	case next == "" || next == "." || next == "," || next == "CC" || next == "-RRB-" || next == ":":
		if toks[i].Tag == "IN" && (isVerb(prev) || prev == "MD" || prev == "JJ") && takesInfinitive(lowers[i-1]) {
			toks[i].Tag = "TO" // "need to)", "want to and"
		}
	case next == "``" && toks[i].Tag == "TO" && i+2 < n:
		switch toks[i+2].Tag {
		case "DT", "CD", "JJS", "PRP$":
			toks[i].Tag = "IN" // "new to "The Cat""
		}
	case lowers[i-1] == "used" && toks[i-1].Tag == "VBD" && toks[i].Tag == "IN" && (i < 2 || !isBeForm(lowers[i-2]) && !isGetForm(lowers[i-2])) && (next == "NN" || next == "JJ" || next == "VBP" || next == "VB"):
		toks[i].Tag = "TO"
		toks[i+1].Tag = "VB"
	}
}

// takesInfinitive reports forms of verbs and adjectives that take an
// infinitive, after which a "to" standing alone stands for the
// infinitive left out ("you need to", "I'd love to"). Verbs of motion
// and speech are not among them: "go to", "speak to" strand a
// preposition.
func takesInfinitive(w string) bool {
	switch w {
	case "has", "had", "got", "tried", "tries", "meant", "chose", "forgot", "ought", "able", "unable", "willing",
		"happy", "glad", "free", "allowed", "supposed", "used", "going":
		return true
	}
	for _, suf := range [...]string{"", "s", "d", "ed", "ing"} {
		if len(w) <= len(suf)+2 || !strings.HasSuffix(w, suf) {
			continue
		}
		base := w[:len(w)-len(suf)]
		if suf == "ing" || suf == "ed" {
			if infinitiveVerb(base + "e") {
				return true // "hoping", "hoped"
			}
			if l := len(base); l > 2 && base[l-1] == base[l-2] && infinitiveVerb(base[:l-1]) {
				return true // "planned", "preferring"
			}
		}
		if infinitiveVerb(base) {
			return true
		}
	}
	return false
}

// infinitiveVerb reports the base forms that take an infinitive.
func infinitiveVerb(w string) bool {
	switch w {
	case "need", "want", "have", "try", "use", "like", "love", "hate", "plan", "hope", "wish", "expect", "mean",
		"refuse", "agree", "decide", "choose", "promise", "offer", "afford", "deserve", "manage", "prefer",
		"pretend", "fail", "forget", "remember", "seem", "intend":
		return true
	}
	return false
}

// toNonVerb tags "to" as a preposition when the word after it, read as
// a verb, has no sign of being one: neither the model nor the lemma
// dictionary knows it as a verb, and it is an adjective before a noun
// ("lost to hostile fire", "going to happy hour") or a word unknown to
// the model with no object after it ("go to famoso.", "going to baguio
// alone") that is no word of the dictionary or is capitalised, most
// often a place or a name. A word made of a verb and a
// prefix ("unsubscribe") is a verb, and so is anything after a "To"
// opening the sentence.
func (p *posTagger) toNonVerb(toks []Token, lowers []string, i int) {
	after := ""
	if i+2 < len(toks) {
		after = toks[i+2].Tag
	}
	if !isNoun(after) && !noObject(after) {
		return // an object or a complement follows: a verb
	}
	lw := lowers[i+1]
	vb, vbp := p.model.wordWeights2(lw, "VB", "VBP")
	if vb > 0 || vbp > 0 {
		return
	}
	jj, nn := p.model.wordWeights2(lw, "JJ", "NN")
	adj := jj > 0 && isNoun(after)
	unknown := !adj && i > 0 && jj == 0 && nn == 0 && vb == 0 && vbp == 0 && noObject(after) && after != "CC" && (startsUpper(toks[i+1].Text) || p.common == nil || !p.common(lw))
	if !adj && !unknown || p.canBeVerb(lw) || p.canBeVerbIng(lw) {
		return
	}
	for _, pre := range [...]string{"un", "re", "de", "dis", "mis", "pre", "over", "out", "under", "with", "fore", "up", "co"} {
		if len(lw) > len(pre)+2 && lw[:len(pre)] == pre && (p.model.wordWeight(lw[len(pre):], "VB") > 0 || p.canBeVerb(lw[len(pre):])) {
			return // "to unsubscribe", "to re-enter"
		}
	}
	switch {
	case adj:
		toks[i].Tag, toks[i+1].Tag = "IN", "JJ"
	case !p.verbForms(lw):
		toks[i].Tag = "IN"
		if startsUpper(toks[i+1].Text) {
			toks[i+1].Tag = "NNP"
		} else {
			toks[i+1].Tag = "NN"
		}
	}
}

// verbForms reports a word whose -s or -ing form the model knows as a
// verb: an irregular verb that canBeVerb, which looks for "-ed", misses
// ("undertake": "undertakes", "undertaking").
func (p *posTagger) verbForms(lw string) bool {
	var buf [32]byte
	if len(lw) > len(buf)-4 {
		return false
	}
	b := append(buf[:0], lw...)
	if p.model.wordWeight(string(append(b, 's')), "VBZ") > 0 {
		return true
	}
	b = buf[:len(lw)]
	if lw[len(lw)-1] == 'e' {
		b = b[:len(b)-1]
	}
	return p.model.wordWeight(string(append(b, "ing"...)), "VBG") > 0
}

// noObject reports the tags after a word that show it takes no object:
// the end of the sentence, punctuation, an adverb, a conjunction or a
// preposition.
func noObject(t string) bool {
	switch t {
	case "", ".", ",", ":", "RB", "CC", "IN", "NFP", "-RRB-":
		return true
	}
	return false
}

// isGetForm reports a form of "get" ("get used to it").
func isGetForm(w string) bool {
	switch w {
	case "get", "gets", "got", "getting", "gotten":
		return true
	}
	return false
}

// thatPronoun tags "that" as the demonstrative pronoun (DT) before "of"
// ("that of the army"), where it is the subject of a clause opened by a question word ("what that
// means", "how that works") or opens a sentence before an adverb and a
// verb ("That alone makes ...").
func thatPronoun(toks []Token, lowers []string, i int) {
	t := toks[i].Tag
	if t != "IN" && t != "WDT" {
		return
	}
	if i > 0 && i+1 < len(toks) && lowers[i+1] == "of" {
		toks[i].Tag = "DT" // "a history like that of Iraq"
		return
	}
	// "not that great.", "is usually that good": a degree adverb before
	// an adjective that ends the clause.
	if i > 0 && i+1 < len(toks) && (toks[i-1].Tag == "RB" || isBeForm(lowers[i-1])) && (toks[i+1].Tag == "JJ" || toks[i+1].Tag == "RB") && (i+2 == len(toks) || noObject(toks[i+2].Tag) && toks[i+2].Tag != "IN") {
		toks[i].Tag = "RB"
		return
	}
	k := i + 1
	for k < len(toks) && toks[k].Tag == "RB" {
		k++
	}
	if k >= len(toks) || !(toks[k].Tag == "VBZ" || toks[k].Tag == "VBD" || toks[k].Tag == "MD") {
		return
	}
	if i > 0 {
		switch toks[i-1].Tag {
		case "WP", "WRB":
			toks[i].Tag = "DT"
		}
		return
	}
	if k > i+1 {
		toks[i].Tag = "DT" // "That alone makes"
	}
}

// contractedIs tags "'s" as "is" or "has" (VBZ) where the model read a
// possessive: after "here", "there" or a question word ("Here's two
// examples", "Who's Who"), before an adverb and a participle with no
// noun after it ("the world's ever seen"), or before "okay" ending the
// clause ("the food's okay, but").
func contractedIs(toks []Token, lowers []string, i int) {
	if toks[i].Tag != "POS" || i == 0 {
		return
	}
	if lowers[i] == "s" && toks[i-1].End != toks[i].Start {
		return
	}
	n := len(toks)
	switch lowers[i-1] {
	case "here", "there", "where", "who", "what", "how", "that", "it":
		toks[i].Tag = "VBZ"
		return
	}
	k := i + 1
	for k < n && toks[k].Tag == "RB" {
		k++
	}
	if k >= n {
		return
	}
	end := k+1 == n || !startsNounPhrase(toks[k+1].Tag) && toks[k+1].Tag != "POS"
	switch toks[k].Tag {
	case "VBN", "VBG":
		// "the world's ever seen", "it's already gone": an adverb
		// between; "Moody's added." and "New Zealand's broadly
		// defined" are a name's.
		if end && k > i+1 && !isProper(toks[i-1].Tag) {
			toks[i].Tag = "VBZ"
		}
	case "UH":
		// "the food's okay." or "okay, but": the reply word read as a
		// predicate adjective.
		if k+1 == n || toks[k+1].Tag == "." || lowers[k+1] == "but" || toks[k+1].Tag == "," && k+2 < n && (lowers[k+2] == "but" || toks[k+2].Tag == "PRP") {
			toks[i].Tag = "VBZ"
			toks[k].Tag = "JJ"
		}
	}
}

// replyFollows reports what may follow "no" as a reply: punctuation, a
// subject pronoun, "not", or "to" ("say no to").
func replyFollows(toks []Token, lowers []string, k int) bool {
	switch toks[k].Tag {
	case ".", ",", ":", "TO":
		return true
	case "PRP":
		return lowers[k] == "i" || lowers[k] == "you" || lowers[k] == "we" || lowers[k] == "they" || lowers[k] == "it"
	case "RB":
		return lowers[k] == "not"
	}
	return false
}

// whPronoun tags "what", "whatever" and "whoever" as pronouns (WP) where
// no noun follows them to make them determiners: before a pronoun
// subject, punctuation or "else" ("see what you have", "whatever, you
// are right", "what else").
func whPronoun(toks []Token, lowers []string, i int) {
	if toks[i].Tag != "WDT" {
		return
	}
	if i+1 == len(toks) {
		toks[i].Tag = "WP"
		return
	}
	switch toks[i+1].Tag {
	case "PRP", "EX", ",", ".", ":":
		toks[i].Tag = "WP"
	default:
		if lowers[i+1] == "else" {
			toks[i].Tag = "WP"
		}
	}
}

// overPrefix tags "over" written apart from the participle it prefixes
// as an affix (AFX), when the participle heads no noun phrase: "Over
// priced for what it is", "all over cooked".
func overPrefix(toks []Token, i int) {
	n := len(toks)
	if i+1 >= n || toks[i].End == 0 {
		return
	}
	switch nt := toks[i+1].Tag; {
	case nt == "VBN" || nt == "VBD":
	case nt == "JJ" && strings.HasSuffix(toks[i+1].Text, "ed"): // "over cooked"
	default:
		return
	}
	if i+2 < n && (isNoun(toks[i+2].Tag) || isAdj(toks[i+2].Tag) || toks[i+2].Tag == "DT" || toks[i+2].Tag == "PRP") {
		return
	}
	toks[i].Tag = "AFX"
}

// exceptBefore reports the indefinite pronouns after which "but" means
// "except": "nothing but", "anything but", "all but".
func exceptBefore(w string) bool {
	switch w {
	case "nothing", "anything", "everything", "nobody", "anybody", "everybody", "everyone", "anyone", "none", "all":
		return true
	}
	return false
}

// plusRun reports a token made only of plus signs.
func plusRun(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] != '+' {
			return false
		}
	}
	return true
}

// quoteBySpace tags a straight double quote by the spaces around it
// when they tell its direction: one attached to the word before it and
// followed by a space (or ending the sentence) closes, one after a space
// (or opening the sentence) and attached to the word after it opens.
// This holds where a quotation spans sentences and counting the quotes
// of one sentence gives the wrong direction.
func quoteBySpace(toks []Token, i int) {
	if toks[i].End == 0 {
		return // tokens without offsets
	}
	n := len(toks)
	before := i > 0 && toks[i-1].End == toks[i].Start
	after := i+1 < n && toks[i+1].Start == toks[i].End
	switch {
	case before && !after && i > 0 && toks[i-1].Tag != "``":
		toks[i].Tag = "''"
	case !before && after:
		toks[i].Tag = "``"
	}
}

// correlativeStart reports a correlative "both", "either" or "neither"
// (tagged CC) opening a noun phrase: "both Russian and Iranian forces".
// The chunker keeps it in the phrase, as it did the determiner.
func correlativeStart(toks []Token, lower string, i int) bool {
	if i+1 >= len(toks) || !npInnerTag(toks[i+1].Tag) || toks[i].End-toks[i].Start > 7 {
		return false
	}
	switch lower[toks[i].Start:toks[i].End] {
	case "both", "either", "neither":
		return true
	}
	return false
}
