package nlp

import (
	"strings"
)

// This file holds the rules for adjectives and adverbs that run after
// the other tag passes: the places where English grammar decides between
// an adjective, an adverb and a noun better than the newswire model does
// on web text (predicative adjectives after "be", words after a degree
// adverb, "close to" and "next to"), following the Penn Treebank tag set
// as the English Web Treebank applies it.

// fixAdjTags corrects adjective, adverb and noun tags from their
// neighbours. It reads only tags and lower-case words, and gates every
// rule on the token's tag first.
func (p *posTagger) fixAdjTags(toks []Token, lowers []string) {
	n := len(toks)
	for i := range toks {
		t := toks[i].Tag
		// Only RB, RBR, RBS, JJ, JJR, NN, VB, VBN and VBG can match a
		// rule: the tag's bytes pick the kind without a string switch.
		// Names (NNP) are left to the name rules.
		if len(t) < 2 || len(t) > 3 {
			continue
		}
		var kind byte
		switch c2 := byte(0); t[0] {
		case 'N':
			if t[1] != 'N' || len(t) == 3 {
				continue
			}
			kind = kNN
		case 'J':
			if len(t) == 3 {
				c2 = t[2]
			}
			if t[1] != 'J' || c2 == 'S' {
				continue
			}
			kind = kJJ
			if c2 == 'R' {
				kind = kCompar
			}
		case 'R':
			if kind = bTagKind(t, kRB, 'R', kCompar, 'S', kRBS); kind == 0 {
				continue
			}
		case 'V':
			if kind = bTagKind(t, kVB, 'N', kVBN, 'G', kVBG); kind == 0 {
				continue
			}
		default:
			continue
		}
		lw := lowers[i]
		next := ""
		if i+1 < n {
			next = toks[i+1].Tag
		}
		switch kind {
		case kVBN:
			if p.notParticiple(lowers[i]) {
				toks[i].Tag = "JJ" // "the soup was superb"
			}
			continue
		case kVBG:
			if p.adjectiveIng(toks, lowers, i) {
				toks[i].Tag = "JJ"
			}
			continue
		case kCompar:
			toks[i].Tag = comparativeTag(toks, lowers, i)
			continue
		case kVB:
			// Lower-case words only: a capitalised one is left to the
			// name rules ("to Turkish forces" keeps the parse the event
			// coder was tuned on).
			if (next == "NN" || next == "NNS" || next == "CC" || i > 0 && toks[i-1].Tag == "CC") && startsLower(toks[i].Text) && p.adjectiveNotVerb(lowers[i]) {
				toks[i].Tag = "JJ" // "lost to hostile fire", "off to happy hour"
				if i > 0 && toks[i-1].Tag == "TO" {
					toks[i-1].Tag = "IN"
				}
			}
			continue
		case kRBS:
			if (lowers[i] == "best" || lowers[i] == "worst") && i+1 < n && (isNoun(toks[i+1].Tag) || toks[i+1].Tag == "JJ") {
				toks[i].Tag = "JJS" // "Best pizza in town"
			}
			continue
		}
		switch kind {
		case kRB:
			switch lw {
			case "best", "worst":
				// "Best place to stay", "Best yellow curry": a superlative
				// before its noun.
				if isNoun(next) || next == "JJ" {
					toks[i].Tag = "JJS"
					continue
				}
			case "close", "prior":
				// "close to the station", "prior to the storm": Penn tags
				// the head of these complex prepositions as an adjective.
				if i+1 < n && lowers[i+1] == "to" {
					toks[i].Tag = "JJ"
					continue
				}
			case "later":
				// "two days later", "see you later": the comparative of
				// "late" keeps its comparative tag as an adverb. Before a
				// verb ("he later said") it stays RB, where the clause
				// finder skips adverbs inside the verb group.
				if !isVerb(next) && next != "MD" {
					toks[i].Tag = "RBR"
					continue
				}
			}
			if lw == "well" && wellPredicate(toks, lowers, i) {
				toks[i].Tag = "JJ"
				continue
			}
			if (next == "NN" || next == "NNS") && i > 0 && p.prenominalAdverb(toks, lowers, i) {
				toks[i].Tag = "JJ"
				continue
			}
			switch next {
			case "", ".", ",", ":", "CC", "''", "-RRB-", "NFP", "UH":
			default:
				continue // the rule below wants the end of a phrase
			}
			if p.predicativeAdverb(toks, lowers, i) {
				toks[i].Tag = "JJ"
			}
		case kJJ:
			if lw == "" {
				continue
			}
			switch {
			case lw == "hence" || lw == "right" && rightAdverb(toks, lowers, i):
				toks[i].Tag = "RB"
			case p.nounSuffixWord(toks[i].Text, lw) || letterCompound(lw) && (i == 0 || toks[i-1].Tag != "TO" && toks[i-1].Tag != "MD") || i > 0 && toks[i-1].Tag == "PRP$" && possessiveHead(toks, lowers, i):
				toks[i].Tag = "NN"
			case (lw == "early" || lw == "late") && i > 0 && timeAdverbAfterVerb(toks, lowers, i):
				toks[i].Tag = "RB" // "left early", "arrived late"
			case i > 0 && !isNoun(next) && !isAdj(next) && isFrequencyWord(lw):
				toks[i].Tag = "RB" // "rinse the bowl weekly", "paid monthly"
			case lw[len(lw)-1] == 't' && p.superlativeForm(lw):
				toks[i].Tag = "JJS" // "the cheapest", "Worst place"
			case lw == "next" && i+1 < n && lowers[i+1] == "to":
				// "next to the airport": an adverb heading a complex
				// preposition.
				toks[i].Tag = "RB"
			}
		case kNN:
			if lw == "" {
				continue
			}
			switch next {
			case "", ".", ",", ":", "CC", "''", "-RRB-", "NFP":
				if i == 0 || next == "CC" || placeBeforeAdjective(toks[i-1].Tag) {
					if p.adjectiveNoun(toks, lowers, i) {
						toks[i].Tag = "JJ" // "the room was cozy.", "clean and tidy"
						continue
					}
				}
			case "IN":
				if i > 0 && lowers[i+1] == "of" {
					if compassAdverb(toks, lowers, i) {
						toks[i].Tag = "RB" // "40 km west of"
						continue
					}
					if placeBeforeAdjective(toks[i-1].Tag) && p.adjectiveNoun(toks, lowers, i) {
						toks[i].Tag = "JJ" // "she was unaware of"
						continue
					}
				}
			}
			if i == 0 {
				continue
			}
			last, c0 := lw[len(lw)-1], lw[0]
			if (last == 'y' || c0 == 'h' || c0 == 'r' || c0 == 'f') && adverbReadAsNoun(toks, lowers, i) {
				toks[i].Tag = "RB"
				continue
			}
			if degreeBefore(toks[i-1].Tag, lowers[i-1]) && p.adjectiveAfterDegree(toks, lowers, i) {
				toks[i].Tag = "JJ"
				if toks[i-1].Tag == "JJ" {
					toks[i-1].Tag = "RB" // "super delicious", "kinda weird"
				}
			}
		}
	}
}

// The kinds of tag that fixAdjTags has rules for.
const (
	kNN = iota + 1
	kJJ
	kRB
	kCompar // JJR, RBR
	kRBS
	kVB
	kVBN
	kVBG
)

// bTagKind returns the kind of a tag of two or three bytes whose second
// byte must be 'B' (RB, RBR, RBS; VB, VBN, VBG): base for the two-byte
// tag, kx or ky for a third byte x or y, and 0 (no rule) for any other
// tag.
func bTagKind(t string, base, x, kx, y, ky byte) byte {
	switch {
	case t[1] != 'B':
		return 0
	case len(t) == 2:
		return base
	case t[2] == x:
		return kx
	case t[2] == y:
		return ky
	}
	return 0
}

// isElongatedDegree reports "so", "very" or "really" with a letter
// drawn out for emphasis ("sooooo", "veryyy", "soo"): web writing's
// degree adverbs.
func isElongatedDegree(lw string) bool {
	if len(lw) < 3 || len(lw) > 16 || lw[0] != 's' && lw[0] != 'v' && lw[0] != 'r' {
		return false
	}
	var buf [16]byte
	b := buf[:0]
	run := 0
	for k := 0; k < len(lw); k++ {
		c := lw[k]
		if c < 'a' || c > 'z' {
			return false
		}
		if k > 0 && c == lw[k-1] {
			run++
			continue
		}
		b = append(b, c)
	}
	if run == 0 {
		return false
	}
	switch string(b) {
	case "so", "very", "realy":
		return lw != "too"
	}
	return false
}

// degreeWord reports an adverb of degree that comes before an adjective
// ("very", "so", "really"); loose reports the informal ones that the
// model reads as adjectives ("super", "kinda", "real").
func degreeWord(lw string) (ok, loose bool) {
	switch lw {
	case "very", "so", "too", "really", "extremely", "quite", "incredibly", "totally", "absolutely",
		"fairly", "rather", "truly", "terribly", "awfully", "overly", "particularly", "especially":
		return true, false
	case "super", "kinda", "real", "pretty", "sorta":
		return true, true
	}
	return isElongatedDegree(lw), true
}

// adjectiveAfterDegree reports a word read as a noun that is an
// adjective because a degree adverb comes before it and no noun after
// it: "very kind.", "so cute!", "super delicious.".
func (p *posTagger) adjectiveAfterDegree(toks []Token, lowers []string, i int) bool {
	if pt := toks[i-1].Tag; pt != "RB" && pt != "JJ" {
		return false // degree words are read as RB or, the loose ones, JJ
	}
	ok, loose := degreeWord(lowers[i-1])
	if !ok {
		return false
	}
	if !loose && toks[i-1].Tag != "RB" {
		return false // "the very end"
	}
	if i+1 < len(toks) {
		switch toks[i+1].Tag {
		case ".", ",", ":", "CC", "TO", "IN", "''", "-RRB-", "NFP", "UH":
		default:
			return false
		}
		if lowers[i+1] == "of" {
			return false // "so much of"
		}
	}
	if toks[i].Tag == "NNP" && !isUpperWord(toks[i].Text) {
		return false
	}
	if lowers[i-1] == "very" && toks[i].Tag == "NN" {
		return true
	}
	return p.adjectiveWord(toks, lowers, i)
}

// adjectiveWord reports a word that is lexically an adjective: the
// model's lexicon prefers it as one, or, unknown to the model, it has an
// ending of adjectives ("delicious", "dishonest").
func (p *posTagger) adjectiveWord(toks []Token, lowers []string, i int) bool {
	lw := lowers[i]
	x := p.model.lex(lw)
	if !x.known {
		return strongAdjectiveEnding(lw) || len(lw) > 4 && (strings.HasSuffix(lw, "est") && !strings.HasSuffix(lw, "iest") || strings.HasSuffix(lw, "ic") || strings.HasSuffix(lw, "ish"))
	}
	return x.jj > 0 && x.jj > x.nn || x.nn <= 0 && strongAdjectiveEnding(lw)
}

// adjectiveNoun reports a word read as a common noun that is an
// adjective by its place and its lexicon: the complement of "be" or a
// linking verb before the end of the phrase ("the room was cozy."), one
// side of a coordination whose other side is an adjective ("clean and
// tidy", "efficient and effective") or the first word of a fragment
// before a comma ("Quiet, warm room"). Before a noun the model's
// reading stands: nouns modify nouns ("terrorist attacks").
func (p *posTagger) adjectiveNoun(toks []Token, lowers []string, i int) bool {
	n := len(toks)
	next, nextW := "", ""
	if i+1 < n {
		next, nextW = toks[i+1].Tag, lowers[i+1]
	}
	end := next == "" || next == "." || next == "," || next == ":" || next == "''" || next == "-RRB-" || next == "NFP"
	if !end && next != "CC" && (nextW != "of" || i == 0) {
		return false
	}
	// The place first, the lexicon (a look-up) last.
	ok := false
	k := i - 1
	for k >= 0 && toks[k].Tag == "RB" {
		k--
	}
	switch {
	case next == "CC" && i+2 < n && isAdj(toks[i+2].Tag):
		ok = true // "efficient and effective"
	case k < 0 || toks[k].Tag == "``" && k == 0:
		ok = end || next == "CC" // "Quiet, warm room", "Quick and cheap"
	case toks[k].Tag == "CC" && k > 0 && isAdj(toks[k-1].Tag):
		ok = nextW != "of" // "clean and tidy"
	default:
		ok = isVerb(toks[k].Tag) && (isLinkingVerb(lowers[k]) || lowers[k] == "s" && toks[k].Tag == "VBZ")
	}
	return ok && p.adjectiveWord(toks, lowers, i)
}

// predicativeAdverb reports a word read as an adverb that is a
// predicative adjective: after "be" or a linking verb, perhaps with
// degree adverbs between, and before the end of the phrase ("the staff
// was very fast.", "they are different and alike."), when the model's
// lexicon knows the word as an adjective too.
func (p *posTagger) predicativeAdverb(toks []Token, lowers []string, i int) bool {
	lw := lowers[i]
	if strings.HasSuffix(lw, "ly") || i == 0 {
		return false
	}
	if i+1 < len(toks) {
		switch toks[i+1].Tag {
		case ".", ",", ":", "CC", "''", "-RRB-", "NFP", "UH":
		default:
			return false
		}
	}
	switch lw {
	case "alike", "alive", "asleep", "awake", "afraid", "aware", "ashamed", "akin", "aloof", "averse", "awash", "agog":
		// The a- adjectives stand only after the noun or verb they
		// describe and are adjectives there.
		return true
	case "much", "more", "most", "less", "least", "enough", "here", "there", "now", "then", "too", "so", "also",
		"away", "back", "again", "else", "ago", "yet", "still", "ever", "just", "only", "even", "well", "together", "home":
		return false
	}
	if p.model.lex(lw).jj <= 0 {
		return false
	}
	k := i - 1
	for k > 0 && toks[k].Tag == "RB" {
		if ok, _ := degreeWord(lowers[k]); !ok {
			return false
		}
		k--
	}
	if toks[k].Tag == "CC" && k > 0 && isAdj(toks[k-1].Tag) {
		return true // "different and alike", "safe and close"
	}
	if !isVerb(toks[k].Tag) {
		return false
	}
	return isLinkingVerb(lowers[k])
}

// isLinkingVerb reports a form of "be" (isBeForm) or of a verb that
// takes an adjective as its complement ("seems", "looked", "feel").
func isLinkingVerb(lw string) bool {
	switch lw {
	case "seem", "seems", "seemed", "look", "looks", "looked", "feel", "feels", "felt",
		"sound", "sounds", "sounded", "become", "becomes", "became", "remain", "remains", "remained",
		"stay", "stays", "stayed", "appear", "appears", "appeared", "get", "gets", "got", "getting":
		return true
	}
	return isBeForm(lw)
}

// prenominalAdverb reports a word read as an adverb between a
// determiner (or a possessive, a number, a preposition) and a noun,
// where only an adjective stands: "a real expert", "the offshore
// rigs", "your first name", when the lexicon knows it as one.
func (p *posTagger) prenominalAdverb(toks []Token, lowers []string, i int) bool {
	switch toks[i-1].Tag {
	case "DT", "PRP$", "POS", "CD", "IN", "-LRB-", "``":
	default:
		return false
	}
	return p.model.lex(lowers[i]).jj > 0
}

// compassAdverb reports a compass direction that, with "of", places
// something relative to a place: "50 km west of Baghdad", "just north
// of Miami". With no determiner before it the direction is an adverb in
// Penn tags; "the west of the country" is a noun.
func compassAdverb(toks []Token, lowers []string, i int) bool {
	if i+1 >= len(toks) || lowers[i+1] != "of" {
		return false
	}
	switch lowers[i] {
	case "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest":
	default:
		return false
	}
	switch toks[i-1].Tag {
	case "DT", "PRP$", "POS", "JJ", "IN", "TO":
		return lowers[i-1] == "bit" // "a bit north of"
	}
	return true
}

// rightAdverb reports "right" as the adverb of place or time before the
// word it sharpens: "right now", "right here", "right after the talk",
// "right by the station"; after a determiner it is the noun or the
// adjective ("the right to vote", "the right amount").
func rightAdverb(toks []Token, lowers []string, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	switch lowers[i+1] {
	case "now", "here", "there", "away", "after", "before", "behind", "by", "next", "back", "then", "outside", "inside":
	default:
		return false
	}
	return i == 0 || !determinerLike(toks[i-1].Tag)
}

// determinerLike reports a determiner, a possessive or an adjective:
// before a word they make it a noun or an adjective, not an adverb ("the
// right to vote", "the weekly").
func determinerLike(t string) bool {
	switch t {
	case "DT", "PRP$", "POS", "JJ":
		return true
	}
	return false
}

// adverbReadAsNoun reports adverbs the model reads as nouns: "hence",
// which is only an adverb, "right" before the word it sharpens ("right
// now"), a frequency word with no determiner and no noun after it
// ("weekly") and "forward" after "look" ("looking forward to hearing
// from you").
func adverbReadAsNoun(toks []Token, lowers []string, i int) bool {
	switch lowers[i] {
	case "hence":
		return true
	case "right":
		return rightAdverb(toks, lowers, i) // "right now"
	case "hourly", "daily", "nightly", "weekly", "monthly", "quarterly", "yearly":
		// "change the filter weekly"; "the weekly" is a paper.
		return !determinerLike(toks[i-1].Tag) && (i+1 == len(toks) || !isNoun(toks[i+1].Tag))
	case "forward":
		switch lowers[i-1] {
		case "look", "looks", "looked", "looking":
			return true
		}
	}
	return false
}

// notParticiple reports a word read as a past participle that is none:
// it has no participle ending, the lemma dictionary does not derive it
// from another word, and the model's lexicon knows no verb reading of it
// ("the soup was superb", "the show was awesome").
func (p *posTagger) notParticiple(lw string) bool {
	if len(lw) < 3 || p.inflected == nil || participleShape(lw) {
		return false
	}
	x := p.model.lex(lw)
	return x.vbn <= 0 && x.vbd <= 0 && x.vb <= 0 && x.vbp <= 0 && !p.inflected(lw)
}

// wellPredicate reports "well" as the adjective of health or order
// right after "be" and before the end of the phrase: "all is well.",
// "I hope you are well and rested".
func wellPredicate(toks []Token, lowers []string, i int) bool {
	if i == 0 || !isHaveBeForm(lowers[i-1]) && lowers[i-1] != "am" || strings.HasPrefix(lowers[i-1], "ha") {
		return false
	}
	if i+1 == len(toks) {
		return true
	}
	switch toks[i+1].Tag {
	case ".", ",", ":", "CC":
		return true
	}
	return lowers[i+1] == "with"
}

// nounSuffixWord reports a word read as an adjective that the model's
// lexicon does not know and that ends like a noun: -ment, -ness, -ity,
// -tion, -sion, -ship, -hood, -ism ("contentment", "sickness").
func (p *posTagger) nounSuffixWord(w, lw string) bool {
	n := len(lw)
	if n < 6 {
		return false
	}
	a, b, c, d := lw[n-4], lw[n-3], lw[n-2], lw[n-1]
	ok := false
	switch d {
	case 't':
		ok = a == 'm' && b == 'e' && c == 'n' // -ment
	case 's':
		ok = a == 'n' && b == 'e' && c == 's' // -ness
	case 'y':
		ok = b == 'i' && c == 't' // -ity
	case 'n':
		ok = (a == 't' || a == 's') && b == 'i' && c == 'o' // -tion, -sion
	case 'p':
		ok = a == 's' && b == 'h' && c == 'i' // -ship
	case 'd':
		ok = a == 'h' && b == 'o' && c == 'o' // -hood
	case 'm':
		ok = b == 'i' && c == 's' // -ism
	}
	return ok && w == lw && p.model.vocab[lw] == nil
}

// adjectiveIng reports an -ing word read as a gerund or participle that
// is an adjective: after "very" or "too", which modify no verb ("very
// loving"), or between a determiner (or the start of a fragment) and a
// noun, when the model's lexicon weighs it as an adjective more than as
// a verb form ("a charming inn", "Fascinating talk").
func (p *posTagger) adjectiveIng(toks []Token, lowers []string, i int) bool {
	if i > 0 {
		switch lowers[i-1] {
		case "very", "too", "extremely", "incredibly":
			return toks[i-1].Tag == "RB"
		}
	}
	if i+1 >= len(toks) {
		return false
	}
	if nt := toks[i+1].Tag; nt != "NN" && nt != "NNS" && nt != "JJ" {
		return false
	}
	if i > 0 {
		switch toks[i-1].Tag {
		case "DT", "WDT", "WP", "PRP$":
		default:
			return false
		}
	} else if !startsUpper(toks[i].Text) {
		return false
	}
	x := p.model.lex(lowers[i])
	return x.jj > 0 && x.jj > x.vbg
}

// letterCompound reports a noun made of a letter, a hyphen and a word:
// "e-mail", "e-commerce", "x-ray", "t-shirt".
func letterCompound(lw string) bool {
	if len(lw) < 4 || lw[1] != '-' || lw[0] < 'a' || lw[0] > 'z' {
		return false
	}
	for k := 2; k < len(lw); k++ {
		if c := lw[k]; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// possessiveHead reports a word read as an adjective that ends the noun
// phrase of a possessive: "my favorite.", "their regular,". A possessive
// needs a head, and "own" is the one adjective that stands alone after
// it.
func possessiveHead(toks []Token, lowers []string, i int) bool {
	if toks[i-1].Tag != "PRP$" || lowers[i] == "own" || !startsLower(toks[i].Text) {
		return false
	}
	if i+1 < len(toks) {
		switch toks[i+1].Tag {
		case ".", ",", ":", "CC", "-RRB-":
		default:
			return false
		}
		if toks[i+1].Text == "/" || toks[i+1].Tag == "CC" && i+2 < len(toks) && isAdj(toks[i+2].Tag) {
			return false // "their big / main course", "my old and new cars"
		}
	}
	return true
}

// comparativeTag returns the tag of a comparative: "more" and "less"
// before a noun are adjectives ("more info") and before an adjective
// adverbs ("more compact,"); a comparative after "be" or a linking verb
// at the end of its phrase is an adjective ("it looks much better."),
// after another verb an adverb ("they could do better.").
func comparativeTag(toks []Token, lowers []string, i int) string {
	t, lw := toks[i].Tag, lowers[i]
	next := ""
	if i+1 < len(toks) {
		next = toks[i+1].Tag
	}
	if lw == "more" || lw == "less" || lw == "fewer" {
		switch {
		case t == "RBR" && (next == "NN" || next == "NNS"):
			return "JJR"
		case t == "JJR" && next == "JJ" && (i+2 == len(toks) || !isNoun(toks[i+2].Tag) && toks[i+2].Tag != "JJ"):
			return "RBR"
		}
		return t
	}
	switch next {
	case "", ".", ",", ":", "CC":
	case "IN":
		if lowers[i+1] != "than" {
			return t
		}
	default:
		return t
	}
	k := i - 1
	for k > 0 && toks[k].Tag == "RB" {
		k--
	}
	if k < 0 || !isVerb(toks[k].Tag) {
		return t
	}
	switch {
	case t == "RBR" && isLinkingVerb(lowers[k]):
		return "JJR"
	case t == "JJR" && !isLinkingVerb(lowers[k]) && !isHaveBeForm(lowers[k]) && !complementVerb(lowers[k]) && lowers[k] != "s":
		return "RBR"
	}
	return t
}

// complementVerb reports the verbs besides "be" and the linking verbs
// that take an adjective for their subject or object: "go crazy", "make
// it easier", "keep it simple", "find it harder".
func complementVerb(lw string) bool {
	switch lw {
	case "go", "goes", "went", "gone", "going", "turn", "turns", "turned", "grow", "grows", "grew", "grown",
		"make", "makes", "made", "making", "keep", "keeps", "kept", "find", "finds", "found",
		"leave", "leaves", "left", "consider", "considers", "considered", "prove", "proves", "proved",
		"taste", "tastes", "tasted", "smell", "smells", "smelled":
		return true
	}
	return false
}

// superlativeForm reports "best", "worst" or a regular superlative: an
// -est word whose stem the model's lexicon knows as an adjective
// ("cheapest", "kindest", "nicest", "biggest").
func (p *posTagger) superlativeForm(lw string) bool {
	if lw == "best" || lw == "worst" {
		return true
	}
	if len(lw) < 6 || !strings.HasSuffix(lw, "est") || len(lw) > 20 {
		return false
	}
	stem := lw[:len(lw)-3]
	if stem[len(stem)-1] == stem[len(stem)-2] {
		stem = stem[:len(stem)-1] // "biggest"
	}
	var buf [24]byte
	for _, w := range [...]string{stem, string(append(append(buf[:0], stem...), 'e'))} {
		if x := p.model.lex(w); x.jj > 0 && x.jj > x.nn {
			return true
		}
	}
	if stem[len(stem)-1] == 'i' {
		x := p.model.lex(string(append(append(buf[:0], stem[:len(stem)-1]...), 'y')))
		return x.jj > 0 && x.jj > x.nn // "happiest"
	}
	return false
}

// adjectiveNotVerb reports a word read as a base-form verb that the
// model's lexicon knows as an adjective and not as a verb ("hostile",
// "happy", "polite") and the lemma dictionary has no past form of, or
// that it does not know and that ends like an adjective and like no verb
// ("bilateral", "graphic").
func (p *posTagger) adjectiveNotVerb(lw string) bool {
	x := p.model.lex(lw)
	if !x.known {
		return len(lw) > 5 && (strings.HasSuffix(lw, "al") || strings.HasSuffix(lw, "ic") || strings.HasSuffix(lw, "ous") || strings.HasSuffix(lw, "ful") || strings.HasSuffix(lw, "less")) && !p.canBeVerb(lw)
	}
	return x.jj > 0 && x.vb <= 0 && x.vbp <= 0 && !p.canBeVerb(lw)
}

// timeAdverbAfterVerb reports "early" or "late" right after a verb other
// than "be" and the linking verbs (perhaps with its particle), and
// before the end of the phrase: an adverb of time ("left early",
// "arrived late"); "it is late" keeps the adjective.
func timeAdverbAfterVerb(toks []Token, lowers []string, i int) bool {
	if i+1 < len(toks) {
		switch toks[i+1].Tag {
		case ".", ",", ":", "CC", "IN", "TO":
		default:
			return false
		}
	}
	k := i - 1
	if k > 0 && (toks[k].Tag == "RB" || toks[k].Tag == "RP") {
		k--
	}
	if k > 0 && (toks[k].Tag == "RP" || toks[k].Tag == "IN" && (lowers[k] == "in" || lowers[k] == "out" || isParticle(lowers[k]))) {
		k-- // "check in early", "signed in very late"
	}
	return isVerb(toks[k].Tag) && !isLinkingVerb(lowers[k]) && !isHaveBeForm(lowers[k])
}

// isFrequencyWord reports the -ly words of frequency that are
// adjectives before a noun ("a weekly meeting") and adverbs elsewhere
// ("we meet weekly").
func isFrequencyWord(lw string) bool {
	switch lw {
	case "hourly", "daily", "nightly", "weekly", "monthly", "quarterly", "yearly", "annually":
		return true
	}
	return false
}

// participleShape reports the endings of past participles, regular and
// irregular: -ed, -en, -wn, -ne, -un, -ung, -unk, -um, -ept, -elt
// ("shrunk", "swept"), tested byte by byte.
func participleShape(lw string) bool {
	n := len(lw)
	a, b := lw[n-2], lw[n-1]
	switch b {
	case 'd':
		return a == 'e'
	case 'n':
		return a == 'e' || a == 'w' || a == 'u'
	case 'e':
		return a == 'n'
	case 'm':
		return a == 'u'
	case 'g', 'k':
		return a == 'n' && n > 2 && lw[n-3] == 'u'
	case 't':
		return a == 'p' && n > 2 && lw[n-3] == 'e' || a == 'l' && n > 2 && lw[n-3] == 'e'
	}
	return false
}

// placeBeforeAdjective reports the tags after which adjectiveNoun can
// find a predicative adjective: an adverb, a conjunction, an opening
// quote or a verb.
func placeBeforeAdjective(pt string) bool {
	return pt == "RB" || pt == "CC" || pt == "``" || isVerb(pt)
}

// degreeBefore is the cheap test for a degree word before a token: an
// adverb, or an adjective that begins like one of the loose degree
// words (super, kinda, real, pretty, sorta, sooo, veryyy).
func degreeBefore(pt, pw string) bool {
	if len(pt) != 2 || pw == "" {
		return false
	}
	if pt[0] == 'R' && pt[1] == 'B' {
		return true
	}
	if pt[0] != 'J' || pt[1] != 'J' {
		return false
	}
	switch pw[0] {
	case 's', 'k', 'r', 'p', 'v':
		return true
	}
	return false
}
