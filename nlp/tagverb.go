package nlp

import (
	"strings"
	"unicode/utf8"
)

// Rules for the forms of verbs, run after fixVerbs and fixSubjunctive:
// a verb takes the form its construction requires (the base form after
// a negated "do", a participle after a base form, the past tense in a
// coordination with a past tense or in a quotation's inverted "said").

// fixVerbForms corrects verb forms that the model and the earlier rule
// passes get wrong in constructions that fix the form of a verb. Every
// rule is gated on the token's tag, so most tokens cost one comparison.
// fixed holds the tags set before the model (closed-class words,
// punctuation): they are kept.
func (p *posTagger) fixVerbForms(toks []Token, lowers, fixed []string) {
	for i := range toks {
		t := toks[i].Tag
		if len(t) < 2 || len(t) > 3 || t[0] != 'N' && t[0] != 'V' {
			continue // only nouns and verbs are read below
		}
		// The tags compared by their bytes: NN, NNS, VB, VBN, VBP, VBD.
		c := byte(0)
		if len(t) == 3 {
			c = t[2]
		}
		if t[0] == 'N' {
			if t[1] != 'N' || fixed[i] != "" {
				continue
			}
			if c == 0 {
				p.nounForm(toks, lowers, i)
			} else if c == 'S' && i > 0 && p.reportVerbAfterName(toks, lowers, i) {
				toks[i].Tag = "VBZ" // "Xinhua reports that ..."
			}
			continue
		}
		if t[1] != 'B' {
			continue
		}
		switch c {
		case 0: // VB
			if i > 0 && toks[i-1].Tag == "RB" && elidedSubjectVerb(toks, lowers, i) || i > 1 && coordinatedWithPresent(toks, lowers, i) {
				toks[i].Tag = "VBP" // "Greatly appreciate your help", "we are open and need staff"
			}
		case 'N':
			if i > 0 && (p.invertedReport(toks, lowers, i) || p.coordinatedPast(toks, lowers, i)) {
				toks[i].Tag = "VBD"
			}
		case 'P':
			if i > 0 && indefiniteSubject(lowers[i-1]) {
				toks[i].Tag = "VB" // "Anyone have a good recipe?"
			} else if i > 1 && coordinatedWithBase(toks, lowers, i) {
				toks[i].Tag = "VB" // "should take a minute and view the film"
			} else if p.pastNotPresent(lowers[i]) {
				toks[i].Tag = "VBD" // "we sang this hymn", "I faxed you"
			}
		case 'D':
			if i > 1 && (p.participleAfterHaveBe(toks, lowers, i) || absoluteWith(toks, lowers, i)) || i > 0 && (compoundParticiple(toks, lowers, i) || reducedRelative(toks, lowers, i)) {
				toks[i].Tag = "VBN"
				continue
			}
			if i > 0 && indefiniteSubject(lowers[i-1]) && !p.pastForm(lowers[i]) && p.model.wordWeight(lowers[i], "VB") > 0 {
				toks[i].Tag = "VB" // "anyone know how I can ...?"
				continue
			}
			if i > 0 && toks[i-1].Tag == "VB" && commandAt(toks, i-1) && strings.HasSuffix(lowers[i], "ed") {
				// "Please find attached the file", "See attached file":
				// after a command's verb a past form can only be the
				// participle that complements it. (After another base
				// form it may be the next clause's verb: "the deal they
				// hoped to sign collapsed".)
				toks[i].Tag = "VBN"
			}
		}
	}
}

// nounForm corrects a word read as a singular noun (NN): a verb in a
// construction that wants one, or a plural. The rules are chosen by the
// token before the word, so that each noun costs a few comparisons.
func (p *posTagger) nounForm(toks []Token, lowers []string, i int) {
	if c := toks[i].Text[0]; c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf && !startsLower(toks[i].Text) {
		if i == 0 && pluralAgreement(toks, lowers, i) {
			toks[i].Tag = "NNS" // "Staff were friendly."
		} else if (i == 0 || i == 1 && isOpeningMark(toks[0].Text)) && p.initialCommand(toks, lowers, i) {
			toks[i].Tag = "VB" // "Try Varkala.", "Let (Hamas) decide"
			letUs(toks, lowers, i)
		}
		return
	}
	lw := lowers[i]
	if lw == "let" {
		toks[i].Tag = "VB"
		letUs(toks, lowers, i)
		return
	}
	verb, present := false, false
	if i > 0 {
		switch pt := toks[i-1].Tag; pt {
		case ",":
			verb = p.commandAfterPlease(toks, lowers, i) || p.commandAfterFronted(toks, lowers, i)
		case "RB", "MD":
			present = pt == "RB" && elidedSubjectVerb(toks, lowers, i)
			verb = !present && (p.negatedDoBase(toks, lowers, i) || p.modalBeforeName(toks, lowers, i))
		case "NN", "NNS", "NNP", "NNPS", "PRP":
			verb = i > 2 && pt != "PRP" && p.causativeObjectVerb(toks, lowers, i) || isQuestion(toks) && p.invertedQuestionVerb(toks, lowers, i)
		case "CC":
			// "I am in need of help and hope you can", "you take a torch and
			// shine it through": a present verb after and/or, before an
			// object, that shares the subject of a present verb before it.
			if i > 1 && i+1 < len(toks) && (toks[i+1].Tag == "PRP" || toks[i+1].Tag == "DT" || toks[i+1].Tag == "PRP$") && coordinatedWithPresent(toks, lowers, i) && p.baseVerbWord(lw) {
				present = true
			}
		default:
			if i > 1 && lowers[i-1] == "that" && p.relativeThatVerb(toks, lowers, i) {
				toks[i-1].Tag = "WDT"
				present = true // "countries that house militias"
			}
		}
	}
	switch {
	case present:
		toks[i].Tag = "VBP" // "Highly recommend this place."
	case verb:
		toks[i].Tag = "VB"
	case lw[len(lw)-1] == 's' && p.unknownPlural(lw) || i+1 < len(toks) && toks[i+1].Tag[0] == 'V' && pluralAgreement(toks, lowers, i):
		toks[i].Tag = "NNS"
	}
}

// commandAt reports a verb at v that begins its sentence, after nothing
// but opening marks, interjections ("Please") and adverbs: a command.
func commandAt(toks []Token, v int) bool {
	for j := 0; j < v; j++ {
		switch toks[j].Tag {
		case "UH", "RB", "``", "-LRB-", ",", "NFP":
		default:
			return false
		}
	}
	return true
}

// unknownPlural reports a plural noun read as a singular: a word with
// the plural ending that the dictionary knows as an inflected form
// ("pizzas", "militias", "dilemmas") and that the model's lexicon does
// not know as a singular noun.
func (p *posTagger) unknownPlural(lw string) bool {
	if !isPluralForm(lw) || p.inflected == nil || !p.inflected(lw) {
		return false
	}
	return p.model.wordWeight(lw, "NN") <= 0
}

// pluralAgreement reports a noun whose plural has no ending ("staff",
// "police", "fish") used as a plural: the verb right after it is a
// plural form of be ("The staff were friendly", "Fish are easy").
func pluralAgreement(toks []Token, lowers []string, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	switch lowers[i+1] {
	case "are", "were", "'re", "’re":
	default:
		return false
	}
	switch lowers[i] {
	case "staff", "police", "personnel", "cattle", "clergy", "livestock", "fish", "sheep", "deer", "aircraft", "offspring", "crew":
		return true
	}
	return false
}

// participleAfterHaveBe reports a past form that is a participle after
// have or be with a word between them that the earlier rules do not skip:
// "is either fined or sent to prison", "You've all won", and the past
// form coordinated with such a participle ("or sent").
func (p *posTagger) participleAfterHaveBe(toks []Token, lowers []string, i int) bool {
	k := i - 1
	if k > 1 && toks[k].Tag == "CC" && toks[k-1].Tag == "VBN" && (lowers[k] == "or" || lowers[k] == "and") {
		k -= 2 // "fined or sent": the first participle's auxiliary
	}
	skipped := false
	for k > 0 {
		switch lowers[k] {
		case "all", "both", "either", "neither", "just", "already", "also", "not", "n't", "never", "ever", "been":
			k--
			skipped = true
			continue
		}
		if toks[k].Tag == "RB" {
			k--
			continue
		}
		break
	}
	if !skipped || toks[k].Tag == "POS" || !isHaveBeForm(lowers[k]) {
		return false
	}
	return strings.HasSuffix(lowers[i], "ed") || p.inflected != nil && p.inflected(lowers[i])
}

// compoundParticiple reports a past form that ends a compound modifier
// before a noun: "the Hezbollah-provoked destruction", "the above
// mentioned counterparty". A finite verb cannot follow a hyphen or
// "above" and precede its noun.
func compoundParticiple(toks []Token, lowers []string, i int) bool {
	if i+1 >= len(toks) || !isNoun(toks[i+1].Tag) || !strings.HasSuffix(lowers[i], "ed") {
		return false
	}
	return toks[i-1].Tag == "HYPH" && toks[i-1].End == toks[i].Start || lowers[i-1] == "above"
}

// absoluteWith reports a past form after a noun phrase that is the
// object of "with" or "without" at the start of the sentence or after a
// comma: an absolute construction whose verb is a participle ("With no
// link provided, it is hard to say", "..., with schools closed").
func absoluteWith(toks []Token, lowers []string, i int) bool {
	if !isNoun(toks[i-1].Tag) || !strings.HasSuffix(lowers[i], "ed") {
		return false
	}
	s := npStart(toks, i-1)
	if s == 0 || lowers[s-1] != "with" && lowers[s-1] != "without" {
		return false
	}
	// The phrase opens the sentence or follows a comma or conjunction;
	// inside a noun phrase "with" is a plain preposition ("trade with
	// Western countries plunged").
	return s == 1 || toks[s-2].Tag == "," || toks[s-2].Tag == "CC" || toks[s-2].Tag == "``"
}

// reducedRelative reports a past form after a noun that is a reduced
// relative clause, because the sentence's finite verb follows it with
// nothing but adverbs and numbers between: "Nothing contained herein
// should be read as ...", "People aged 13 - 17 may travel alone". The
// noun must be the sentence's first noun phrase (a subject).
func reducedRelative(toks []Token, lowers []string, i int) bool {
	if pt := toks[i-1].Tag; pt != "NN" && pt != "NNS" || !strings.HasSuffix(lowers[i], "ed") {
		return false
	}
	j := i + 1
	for j < len(toks) && (toks[j].Tag == "RB" || toks[j].Tag == "CD" || toks[j].Tag == "SYM") {
		j++
	}
	if j == i+1 || j >= len(toks) {
		return false
	}
	if !finiteTag(toks[j].Tag) {
		return false
	}
	return noVerbBefore(toks, i-1)
}

// finiteTag reports the tags of a finite verb: a past or present tense
// or a modal.
func finiteTag(t string) bool {
	switch t {
	case "VBD", "VBZ", "VBP", "MD":
		return true
	}
	return false
}

// coordinatedWithBase reports a present form right after "and"/"or"
// whose nearest verb before the conjunction is a base form after a
// modal or a command: the second verb shares the first one's modal or
// is a second command ("you should take
// a few minutes and view it", "keep your wallet safe and have cash on
// hand").
func coordinatedWithBase(toks []Token, lowers []string, i int) bool {
	k := i - 1
	if toks[k].Tag != "CC" || lowers[k] != "and" && lowers[k] != "or" || toks[k-1].Tag == "," {
		return false // after a comma the conjunction may join a new predicate of the subject
	}
	switch lowers[i] {
	case "am", "are", "'m", "'re", "’m", "’re":
		return false // no base form
	}
	for j := k - 1; j >= 0 && j >= k-15; j-- {
		t := toks[j].Tag
		if t == "." || t == ":" || t == "WDT" || t == "WP" || t == "PRP" && j == k-1 {
			return false
		}
		if isVerb(t) || t == "MD" {
			if t != "VB" || isHaveBeForm(lowers[j]) {
				return false
			}
			// The base form is a command or follows a modal; after "to"
			// it may be a purpose clause inside a finite one ("I go there
			// to eat and love it").
			m := j - 1
			for m >= 0 && toks[m].Tag == "RB" {
				m--
			}
			return m >= 0 && toks[m].Tag == "MD" || commandAt(toks, j)
		}
	}
	return false
}

// coordinatedWithPresent reports a base form right after "and"/"or"
// whose nearest verb before the conjunction is a present tense of a
// plural or first- or second-person subject ("they are cheap and get
// the work done", "I am doing a project and need help"): the second
// verb shares that subject and its tense.
func coordinatedWithPresent(toks []Token, lowers []string, i int) bool {
	k := i - 1
	if toks[k].Tag != "CC" || lowers[k] != "and" && lowers[k] != "or" {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-12; j-- {
		t := toks[j].Tag
		if t == "." || t == ":" || t == "MD" || t == "TO" || t == "WDT" || t == "WP" || t == "WRB" {
			return false
		}
		if !isVerb(t) {
			continue
		}
		if t == "VBP" {
			return lowers[j] != "do" && mainSubjectBefore(toks, j) // "do you ... and"
		}
		if (t == "VBG" || t == "VBN") && j > 0 {
			a := j - 1
			for a > 0 && toks[a].Tag == "RB" {
				a--
			}
			switch lowers[a] {
			case "am", "are", "'m", "'re", "’m", "’re", "have", "'ve", "’ve":
				return toks[a].Tag == "VBP" && mainSubjectBefore(toks, a)
			}
		}
		return false
	}
	return false
}

// mainSubjectBefore reports a finite verb at v with its subject right
// before it (a pronoun or a noun) that no verb, question word or
// relative in its clause governs: "they are cheap", not "hope you
// enjoy" or "why you like the job".
func mainSubjectBefore(toks []Token, v int) bool {
	s := v - 1
	for s > 0 && toks[s].Tag == "RB" {
		s--
	}
	if s < 0 || toks[s].Tag != "PRP" && !isNoun(toks[s].Tag) {
		return false
	}
	for j := s - 1; j >= 0; j-- {
		switch t := toks[j].Tag; {
		case t == "CC" || t == "," || t == ":":
			return true // the subject begins a clause
		case isVerb(t) || t == "WDT" || t == "WP" || t == "WRB" || t == "MD":
			return false
		}
	}
	return true
}

// npStart returns the first token of the noun phrase whose head is at
// k: determiners, possessives, adjectives, numbers and nouns before it,
// and nouns joined by "and"/"or" ("your friends and local papers").
func npStart(toks []Token, k int) int {
	j := k
	for j > 0 && k-j < 8 {
		switch toks[j-1].Tag {
		case "DT", "PDT", "PRP$", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "POS", "HYPH":
			j--
			continue
		case "CC":
			if j > 1 && isNoun(toks[j-2].Tag) {
				j--
				continue
			}
		}
		break
	}
	return j
}

// causativeVerb reports the verbs that take an object and a bare
// infinitive: "let them know", "made the staff wait", "help people
// find work", "watch your money grow".
func causativeVerb(w string) bool {
	switch w {
	case "let", "lets", "make", "makes", "made", "making", "help", "helps", "helped", "helping", "watch":
		return true
	}
	return false
}

// causativeObject reports a noun phrase starting at s that is the
// object of a causative verb right before it, not the adjective of
// "make sure" ("make sure others do").
func causativeObject(toks []Token, lowers []string, s int) bool {
	if s == 0 || !causativeVerb(lowers[s-1]) || !isVerb(toks[s-1].Tag) {
		return false
	}
	return lowers[s] != "sure" && lowers[s] != "certain"
}

// pastNotPresent reports a word read as a present verb that can only be
// a past form: the model's lexicon knows it as a past tense and never as
// a present one ("sang", "meant", "flew"), or it is a regular -ed form
// that the dictionary derives from another word ("faxed", "subscribed";
// not "need" or "proceed").
func (p *posTagger) pastNotPresent(lw string) bool {
	switch lw {
	case "are", "am", "'m", "'re", "’m", "’re", "have", "'ve", "’ve", "do", "know", "think", "want", "need", "like", "get", "go", "see", "say", "feel", "love", "hope", "mean", "make", "take", "look":
		return false // the commonest present forms: spare the look-ups
	}
	vbd, vbp := p.model.wordWeights2(lw, "VBD", "VBP")
	if vbp > 0 || p.model.wordWeight(lw, "VB") > 0 {
		return false // also a base form: "read", "put", "hurt"
	}
	if vbd > 0 {
		return true
	}
	return len(lw) > 4 && strings.HasSuffix(lw, "ed") && !strings.HasSuffix(lw, "eed") && p.inflected != nil && p.inflected(lw)
}

// pastForm reports a word that is a verb's past form: a regular -ed form
// or one the model's lexicon knows as a past tense.
func (p *posTagger) pastForm(lw string) bool {
	if len(lw) > 3 && lw[len(lw)-2] == 'e' && lw[len(lw)-1] == 'd' {
		return true
	}
	return p.model.wordWeight(lw, "VBD") > 0
}

// baseVerbWord reports a word the model or the dictionary knows as a
// verb.
func (p *posTagger) baseVerbWord(lw string) bool {
	return p.model.wordWeight(lw, "VB") > 0 || p.canBeVerb(lw)
}

// negatedDoBase reports a word read as a noun after a negated "do"
// ("did not heat", "don't worry"): the verb after the auxiliary is a
// base form, and a noun cannot follow "do not" directly.
func (p *posTagger) negatedDoBase(toks []Token, lowers []string, i int) bool {
	k := i - 1
	for k > 0 && toks[k].Tag == "RB" && lowers[k] != "not" && lowers[k] != "n't" {
		k--
	}
	if k < 1 || lowers[k] != "not" && lowers[k] != "n't" {
		return false
	}
	switch lowers[k-1] {
	case "do", "does", "did":
	default:
		return false
	}
	if i+1 < len(toks) && (toks[i+1].Tag == "POS" || isNoun(toks[i+1].Tag)) {
		return false
	}
	return p.baseVerbWord(lowers[i])
}

// relativeThatVerb reports a word read as a noun after "that" and a
// plural noun, where "that" is a relative pronoun and the word its
// present verb: "countries that house armed groups", "cells that look
// to him for orders". What follows the word is an object or a
// preposition, which a noun after a determiner "that" could not take
// (and "that" before a singular noun cannot follow a plural one).
func (p *posTagger) relativeThatVerb(toks []Token, lowers []string, i int) bool {
	if lowers[i-1] != "that" || toks[i-2].Tag != "NNS" || i+1 >= len(toks) {
		return false
	}
	switch toks[i+1].Tag {
	case "DT", "PRP$", "PRP", "TO":
	case "JJ":
		if i+2 >= len(toks) || !isNoun(toks[i+2].Tag) {
			return false
		}
	default:
		return false
	}
	return p.baseVerbWord(lowers[i])
}

// elidedSubjectVerb reports a verb of liking or need after nothing but
// adverbs, with "I" left out as in reviews and notes: "Highly
// recommend!", "Greatly appreciate your help". These are present forms
// (the same words after "please" are commands and are not matched here).
func elidedSubjectVerb(toks []Token, lowers []string, i int) bool {
	if i == 0 || !elidedSubjectWord(lowers[i]) {
		return false
	}
	for j := 0; j < i; j++ {
		if toks[j].Tag != "RB" || lowers[j] == "please" {
			return false
		}
	}
	if i+1 < len(toks) {
		switch toks[i+1].Tag {
		case "DT", "PRP", "PRP$", "NNP", ".", ":":
		default:
			return false
		}
	}
	return true
}

// elidedSubjectWord reports the verbs of liking or need that reviews and
// notes write without their subject "I": "Love this place!", "Highly
// recommend!" (also read by fixPresent for a sentence's first word).
func elidedSubjectWord(lw string) bool {
	switch lw {
	case "recommend", "appreciate", "love", "need":
		return true
	}
	return false
}

// reportVerbAfterName reports a plural-looking word after a name that
// begins the sentence and before "that": the name is the subject and the
// word its verb, "Xinhua reports that ...", "Acme Corp notes that ...".
// A plural after a name whose clause begins with a verb-less stretch
// would be a noun ("the Xinhua reports that were ..." has a determiner).
func (p *posTagger) reportVerbAfterName(toks []Token, lowers []string, i int) bool {
	if i+2 >= len(toks) || lowers[i+1] != "that" || !isProper(toks[i-1].Tag) {
		return false
	}
	j := i - 1
	for j > 0 && (isProper(toks[j-1].Tag) || toks[j-1].Tag == "HYPH") {
		j--
	}
	if j > 0 && !(j == 1 && isOpeningMark(toks[0].Text)) {
		return false // the name must begin the sentence
	}
	if toks[i+2].Tag == "VBD" || toks[i+2].Tag == "VBZ" || toks[i+2].Tag == "MD" {
		return false // "reports that were ...": a relative clause
	}
	lw := lowers[i]
	return p.model.wordWeight(lw, "VBZ") > 0 || p.model.wordWeight(lw[:len(lw)-1], "VBP") > 0
}

// initialCommand reports a capitalised first word read as a noun that is
// a command: "Let" (a verb only), or a word the model's lexicon knows
// better as a verb before a name ("Try Varkala", "Contact Ann Lee").
func (p *posTagger) initialCommand(toks []Token, lowers []string, i int) bool {
	if lowers[i] == "let" {
		return true
	}
	if i+1 >= len(toks) || !isProper(toks[i+1].Tag) || i+2 < len(toks) && toks[i+2].Tag == "CD" {
		return false // "Pay April 1": a date after a heading word
	}
	vb, nn := p.model.wordWeights2(lowers[i], "VB", "NN")
	return vb > 0 && vb > nn
}

// letUs tags the "'s" of "let's" as the pronoun it is (let us).
func letUs(toks []Token, lowers []string, i int) {
	if lowers[i] == "let" && i+1 < len(toks) && (lowers[i+1] == "'s" || lowers[i+1] == "’s") {
		toks[i+1].Tag = "PRP"
	}
}

// commandAdverbsBefore reports a word after nothing but adverbs that
// introduce commands: "Simply type in the address", "Just call us".
func commandAdverbsBefore(lowers []string, i int) bool {
	if i == 0 {
		return false
	}
	for j := 0; j < i; j++ {
		switch lowers[j] {
		case "simply", "just", "kindly", "always", "never", "please":
		default:
			return false
		}
	}
	return true
}

// commandAfterPlease reports a word read as a noun that is the command
// after "please" and a comma ("Please, contact Vernon"), or a second
// command after a comma ("Please send it to Sam, copy to me"): the
// word is followed by an object or a preposition.
func (p *posTagger) commandAfterPlease(toks []Token, lowers []string, i int) bool {
	if i < 2 || toks[i-1].Tag != "," || i+1 >= len(toks) {
		return false
	}
	switch toks[i+1].Tag {
	case "DT", "PRP$", "PRP", "NNP", "IN", "TO":
	default:
		return false
	}
	if toks[i-2].Tag == "UH" && (lowers[i-2] == "please" || lowers[i-2] == "pls") {
		return p.baseVerbWord(lowers[i])
	}
	// A command earlier in the sentence, with no other verb after it.
	for j := i - 2; j >= 0; j-- {
		if isVerb(toks[j].Tag) || toks[j].Tag == "MD" {
			return toks[j].Tag == "VB" && j > 0 && toks[j-1].Tag == "UH" && commandAt(toks, j) && p.baseVerbWord(lowers[i])
		}
	}
	return false
}

// causativeObjectVerb reports a word read as a noun after a causative
// verb and its object: "make the staff check it", "watch your savings
// grow!". (After "have" the word may be a participle: "have my hair
// cut".) The word follows the object's head noun, the model's
// lexicon leans to the verb, and what follows is what follows a verb.
func (p *posTagger) causativeObjectVerb(toks []Token, lowers []string, i int) bool {
	if !isNoun(toks[i-1].Tag) {
		return false
	}
	s := npStart(toks, i-1)
	if s == i-1 || s == 0 || !causativeObject(toks, lowers, s) {
		return false
	}
	if i+1 < len(toks) {
		switch toks[i+1].Tag {
		case "DT", "PRP", "PRP$", "IN", "RP", ".", "RB":
		default:
			return false
		}
	}
	vb, nn := p.model.wordWeights2(lowers[i], "VB", "NN")
	return vb > 0 && vb > nn
}

// modalBeforeName reports a word read as a noun between a modal and a
// name: "the governor will order Lynch to act". A modal is followed by
// a verb, and a noun does not run on into a name.
func (p *posTagger) modalBeforeName(toks []Token, lowers []string, i int) bool {
	k := i - 1
	for k > 0 && toks[k].Tag == "RB" {
		k--
	}
	if k < 0 || toks[k].Tag != "MD" || i+1 >= len(toks) || !isProper(toks[i+1].Tag) {
		return false
	}
	return p.baseVerbWord(lowers[i])
}

// invertedQuestionVerb reports a word read as a noun that is the verb of
// a question whose auxiliary stands before the subject: "Does the club
// ban members from smoking?", "Why should the workers pay for it?". The
// auxiliary begins the question (after a question word or phrase), a
// short noun phrase follows it, and the word comes right after the head
// of that phrase (a name, a plural, a pronoun or a noun).
func (p *posTagger) invertedQuestionVerb(toks []Token, lowers []string, i int) bool {
	if i < 2 || !isQuestion(toks) {
		return false
	}
	switch toks[i-1].Tag {
	case "NNP", "NNPS", "NNS", "PRP", "NN":
	default:
		return false
	}
	// The subject: noun-phrase words back to the auxiliary.
	j := i - 1
	for j > 0 && i-j <= 6 {
		switch toks[j].Tag {
		case "DT", "PRP$", "JJ", "NN", "NNS", "NNP", "NNPS", "PRP", "CD", "POS":
			j--
			continue
		}
		break
	}
	if j == i-1 || toks[j].Tag != "MD" && lowers[j] != "do" && lowers[j] != "does" && lowers[j] != "did" {
		return false
	}
	// The auxiliary opens the question, or follows a question word and
	// what it governs ("How many days will ..."), at the start or after
	// a comma ("Though we agree, why should ...").
	a := j - 1
	wh, nominal := false, false
	for ; a >= 0; a-- {
		t := toks[a].Tag
		if t == "WRB" || t == "WP" || t == "WDT" || t == "WP$" {
			wh = true
		} else if t == "JJ" || t == "NN" || t == "NNS" {
			nominal = true
		} else if t != "RB" {
			break
		}
	}
	if nominal && !wh {
		return false // "the council will ...": a subject before the modal
	}
	if a >= 0 {
		switch toks[a].Tag {
		case ",", "``", "CC", ":":
		default:
			return false
		}
	}
	if i+1 < len(toks) {
		switch toks[i+1].Tag {
		case "IN", "TO", "DT", "PRP", "PRP$", "RB", "RP", ".", "NNS":
		default:
			return false
		}
	}
	return p.baseVerbWord(lowers[i])
}

// isQuestion reports a sentence that ends with a question mark, perhaps
// before a closing quotation mark or bracket.
func isQuestion(toks []Token) bool {
	n := len(toks) - 1
	if n > 0 && (toks[n].Tag == "''" || toks[n].Tag == "-RRB-") {
		n--
	}
	t := toks[n].Text
	return t != "" && t[len(t)-1] == '?' && toks[n].Tag == "." // "?", ".?", "??"
}

// commandAfterFronted reports a word read as a noun that is a command
// after a fronted phrase or clause and its comma: "If you need a
// lawyer, contact Smith & Co.", "For the full story, see Local News".
// The sentence begins with a preposition or subordinator, and the word
// is followed by an object (a determiner, possessive or name), which a
// noun there could not have.
func (p *posTagger) commandAfterFronted(toks []Token, lowers []string, i int) bool {
	if i < 3 || toks[i-1].Tag != "," || i+1 >= len(toks) || toks[0].Tag != "IN" {
		return false
	}
	for j := 1; j < i-1; j++ {
		if toks[j].Tag == "," {
			return false // the first comma closes the fronted part
		}
	}
	switch toks[i+1].Tag {
	case "DT", "PRP$":
		return p.baseVerbWord(lowers[i])
	case "NNP", "NNPS":
		return p.model.wordWeight(lowers[i], "VB") > 0
	}
	return false
}

// invertedReport reports a past form read as a participle that is the
// reporting verb of a quotation placed after it, with its subject after
// it: "“We are not happy,” commented Khader Habib".
func (p *posTagger) invertedReport(toks []Token, lowers []string, i int) bool {
	if toks[i-1].Tag != "''" || i+1 >= len(toks) {
		return false
	}
	switch toks[i+1].Tag {
	case "NNP", "DT", "PRP":
	default:
		return false
	}
	return p.pastForm(lowers[i])
}

// coordinatedPast reports a participle that is coordinated with a past
// tense before it: "calmed the concerns of the people and attempted to
// win them back". The last verb before "and"/"or"/"but" in the same
// sentence part is a past tense, which no auxiliary governs.
func (p *posTagger) coordinatedPast(toks []Token, lowers []string, i int) bool {
	k := i - 1
	for k > 0 && toks[k].Tag == "RB" {
		k--
	}
	if k == 0 || toks[k].Tag != "CC" {
		return false
	}
	switch lowers[k] {
	case "and", "or", "but":
	default:
		return false
	}
	if i+1 < len(toks) && (isNoun(toks[i+1].Tag) || isAdj(toks[i+1].Tag)) {
		return false // a noun it modifies ("flagrant and repeated abuse")
	}
	j := i + 1
	for j < len(toks) && (toks[j].Tag == "RB" || toks[j].Tag == "RP") {
		j++
	}
	if j < len(toks) && lowers[j] == "by" {
		return false // an agent: "shored up and propelled forward by"
	}
	for j := k - 1; j >= 0 && j >= k-15; j-- {
		t := toks[j].Tag
		if t == "." || t == ":" || t == "WDT" || t == "WP" {
			return false
		}
		if isVerb(t) || t == "MD" {
			a := j - 1
			for a > 0 && (toks[a].Tag == "RB" || toks[a].Tag == "CC" || toks[a].Tag == "DT" && a == j-1) {
				a-- // "are either exceeded or confirmed"
			}
			return t == "VBD" && (a < 0 || !isHaveBeForm(lowers[a])) && p.pastForm(lowers[i])
		}
	}
	return false
}

// subjectlessPast reports a past form at the start of a sentence that
// is the past tense of a clause whose subject is left out, as in notes
// and reviews ("Answered all my questions.", "Checked in late, but the
// staff was kind.", "Called to ask if they had it."), rather than a
// participle opening a participial clause or a fragment ("Educated at
// Leyton, he ...", "Asked if he would run, he said no", "Besieged on
// all sides"). It wants evidence of a clause: a direct object right
// after it, a coordinated finite verb or clause, a subordinate clause
// with its own finite verb, or no other finite verb at all; and no
// finite verb of a main clause after it.
func subjectlessPast(toks []Token, lowers []string, i int) bool {
	evidence := false
	if i+1 < len(toks) {
		switch toks[i+1].Tag {
		case "DT", "PRP", "PRP$", "PDT", "CD":
			evidence = true
		}
	}
	sub := 0 // 1: a clause after a subordinator; 2: a relative or question clause
	anyFinite := false
	for j := i + 1; j < len(toks); j++ {
		t := toks[j].Tag
		switch {
		case t == "CC" && j+1 < len(toks) && (toks[j-1].Tag == "," || finiteTag(toks[j+1].Tag) || toks[j+1].Tag == "RB"):
			// A coordinated predicate or clause: with its own finite
			// verb before the next comma it makes i a finite verb too.
			for m := j + 1; m < len(toks) && toks[m].Tag != "," && toks[m].Tag != ":"; m++ {
				if finiteTag(toks[m].Tag) {
					return true
				}
			}
		case t == "," || t == ":":
			sub = 0
		case t == "IN" && (subordinatorWord(lowers[j]) || lowers[j] == "if"):
			sub = 1
		case t == "WRB" || t == "WDT" || t == "WP":
			sub = 2
		case finiteTag(t):
			anyFinite = true
			if sub == 0 {
				return false // the main clause's verb: i opens a participial clause
			}
			if sub == 1 {
				evidence = true
			}
		}
	}
	// A sentence without any other finite verb is a clause of its own
	// ("Stayed in the sea-view room in May.").
	return evidence || !anyFinite
}

// indefiniteSubject reports a pronoun in -one or -body ("anyone",
// "somebody", "everyone"): a third-person singular subject, so a present
// verb right after it without -s is no present form (VBP) but a base
// form (VB), the verb of a question or request whose "does" or "can" is
// left out in chat ("Anyone have a spare charger?", "anybody know a good
// vet?") or of an infinitive after "let"/"make" ("let everyone know").
func indefiniteSubject(w string) bool {
	switch w {
	case "anyone", "anybody", "someone", "somebody", "everyone", "everybody", "noone", "nobody":
		return true
	}
	return false
}
