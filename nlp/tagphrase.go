package nlp

import "strings"

// This file holds the last tag pass: rules that settle a verb form, an
// adverb or a function word from the phrase it stands in (the verb
// before it, the noun after it), following the Penn Treebank tag set as
// the English Web Treebank applies it.

// fixPhraseTags corrects verb-form and adverb tags from the phrase
// around the token. It runs after every other pass and gates each rule
// on the last byte of the word and the token's tag before anything
// dearer.
func (p *posTagger) fixPhraseTags(toks []Token, lowers []string) {
	n := len(toks)
	lowers = lowers[:n]
	for i := range toks {
		lw := lowers[i]
		// The tag's bytes pick the rules for a verb or a conjunction; the
		// others want a word of five bytes or more ending in -ed, -ing,
		// -ly or "please", or in a run of one letter: the length and the
		// last bytes turn most tokens away.
		t := toks[i].Tag
		if len(t) >= 2 && t[1] == 'B' && t[0] == 'V' {
			if (len(t) == 2 || t[2] == 'P') && len(lw) >= 3 && p.phraseNounNotVerb(toks, lw, i) {
				toks[i].Tag = "NN"
			}
		} else if len(t) == 2 && t[0] == 'C' && t[1] == 'C' {
			if (lw == "and" || lw == "or") && i > 0 && i+2 < n && p.phraseCoordinatedCommand(toks, lowers, i+1) {
				toks[i+1].Tag = "VB"
			}
			continue
		}
		if len(t) == 2 {
			switch t[1] {
			case 'J': // JJ
				if i == 0 && n > 1 && t[0] == 'J' && p.phraseInitialCommand(toks, lw) {
					toks[0].Tag = "VB"
					continue
				}
			case 'B': // RB
				if i > 0 && t[0] == 'R' && p.phrasePredicateAdjective(toks, lowers, i) {
					toks[i].Tag = "JJ"
					continue
				}
			}
		}
		if len(lw) < 5 {
			continue
		}
		last := lw[len(lw)-1]
		if last == lw[len(lw)-2] && last == lw[len(lw)-3] && toks[i].Tag == "NNP" && p.phraseDrawnOutAdverb(lw) {
			toks[i].Tag = "RB"
			continue
		}
		switch last {
		case 'd':
			switch t := toks[i].Tag; {
			case t == "JJ" && i > 0 && i+1 < n && p.phraseParticipleObject(toks, lowers, i):
				toks[i].Tag = "VBN"
			case t == "VBD" && i > 0 && i+1 < n && phraseMarkedPassiveOpening(toks, lowers, i):
				toks[i].Tag = "VBN"
			case t == "VBN" && i >= 2:
				if m := p.phraseAdverbBeforeParticiple(toks, lowers, i); m >= 0 {
					toks[m].Tag = "RB"
				}
			}
		case 'g':
			if i > 0 && toks[i].Tag == "NN" && p.phraseVerbAfterAdverb(toks, lowers, i) {
				toks[i].Tag = "VBG"
			} else if i > 0 && i+1 < n && toks[i].Tag == "JJ" && p.phrasePrenominalParticiple(toks, lowers, i) {
				toks[i].Tag = "VBG"
			}
		case 'e':
			if len(lw) == 6 && i+1 < n && lw == "please" {
				if p.phraseCommandAfterPlease(toks, lowers, i+1) {
					toks[i+1].Tag = "VB"
				}
				// "PLEASE NOTE": the marker of a command is UH, however
				// its capitals made the model read it.
				switch toks[i].Tag {
				case "JJ", "NN", "NNP":
					if toks[i+1].Tag == "VB" {
						toks[i].Tag = "UH"
					}
				}
			}
		case 'y':
			if toks[i].Tag == "NNP" && p.phraseCapitalAdverb(toks, lowers, i) {
				toks[i].Tag = "RB"
			}
		}
	}
}

// phraseParticipleObject reports an -ed participle that opens the object of a
// base-form verb: "see attached file", "find enclosed documents". After
// an imperative or infinitive, the word before a noun is a reduced
// passive ("the file that is attached"), which Penn tags VBN; the word
// must be a dictionary inflection, so adjectives made with "un-" from a
// participle ("unfertilized", no verb "unfertilize") keep JJ.
func (p *posTagger) phraseParticipleObject(toks []Token, lowers []string, i int) bool {
	lw := lowers[i]
	if len(lw) < 5 || lw[len(lw)-1] != 'd' || lw[len(lw)-2] != 'e' || toks[i-1].Tag != "VB" {
		return false
	}
	if next := toks[i+1].Tag; next != "NN" && next != "NNS" {
		return false
	}
	return p.common != nil && p.inflected != nil && p.common(lw) && p.inflected(lw)
}

// phraseCapitalAdverb reports a capitalised word in -ly read as a name that the
// model knows, in lower case, only as an adverb (its unambiguous words)
// or as an adverb more than as an adjective, noun or name: "Hopefully things will", "Highly recommend",
// "Deposited Directly to". Capitals in a title or on a sentence's first
// word do not make an adverb a name. A name word follows a real name
// part ("the Holy Land", "the Washington Monthly's"), so one before a
// name or a possessive is left alone.
func (p *posTagger) phraseCapitalAdverb(toks []Token, lowers []string, i int) bool {
	lw := lowers[i]
	if len(lw) < 5 || lw[len(lw)-1] != 'y' || lw[len(lw)-2] != 'l' {
		return false
	}
	if i+1 < len(toks) {
		switch toks[i+1].Tag {
		case "NNP", "NNPS", "POS":
			return false
		}
	}
	x := p.model.lex(lw)
	if x.only != "" {
		return x.only == "RB" // "highly", "totally"
	}
	if x.rb <= 0 || x.jj >= x.rb {
		return false
	}
	return x.nn < x.rb && x.nnp < x.rb
}

// phraseVerbAfterAdverb reports an -ing word read as a noun that stands after
// an adverb and ends its phrase ("Just kidding, ...", "they are not just
// copying."): a noun there would want a determiner or an adjective, not
// an adverb, so the word is the gerund or participle of a verb (VBG).
// The adverb must be one the model knows only as an adverb, which keeps
// flat adjectives read as adverbs out ("fast shipping."), and the
// -thing pronouns are not verbs.
func (p *posTagger) phraseVerbAfterAdverb(toks []Token, lowers []string, i int) bool {
	lw := lowers[i]
	if len(lw) < 6 || lw[len(lw)-3] != 'i' || lw[len(lw)-2] != 'n' || toks[i-1].Tag != "RB" || strings.HasSuffix(lw, "thing") {
		return false
	}
	if i+1 < len(toks) {
		switch toks[i+1].Tag {
		case ",", ".", ":":
		default:
			return false
		}
	}
	return p.model.lex(lowers[i-1]).only == "RB"
}

// phraseCommandAfterPlease reports a word read as a noun or adjective right
// after "please" that can be a verb: "Please complete the form", "PLEASE
// NOTE:", "please advise". "Please" as a politeness marker goes with a
// command, whose verb is the base form (VB); a word the model and the
// dictionary know as no verb keeps its tag ("pizza please").
func (p *posTagger) phraseCommandAfterPlease(toks []Token, lowers []string, i int) bool {
	switch toks[i].Tag {
	case "NN", "JJ":
	default:
		return false
	}
	return p.model.wordWeight(lowers[i], "VB") > 0 || p.canBeVerb(lowers[i])
}

// phraseCoordinatedCommand reports a word read as a noun or adjective
// right after "and"/"or" when the nearest verb before it is a base form
// and the word can be a verb followed by what follows a verb (an object's
// determiner or pronoun, a preposition, a particle or an adverb): "make
// copies and distribute them", "interpret the figures and work through
// the rest". Coordinated verbs share their form, so the word is a second
// command or infinitive (VB). A -thing pronoun is no verb ("and
// something to eat"). Known miss: two nouns in the object of that verb
// ("avoid any trouble or delay in March") read the second as a verb.
func (p *posTagger) phraseCoordinatedCommand(toks []Token, lowers []string, i int) bool {
	switch toks[i].Tag {
	case "NN", "JJ":
	default:
		return false
	}
	switch toks[i+1].Tag {
	case "DT", "PRP$", "PRP", "RP", "RB", "IN":
	default:
		return false
	}
	lw := lowers[i]
	if len(lw) < 2 || strings.HasSuffix(lw, "thing") {
		return false
	}
	verb := false
scan:
	for j := i - 2; j >= 0; j-- {
		t := toks[j].Tag
		switch {
		case len(t) >= 2 && t[0] == 'V' && t[1] == 'B', t == "MD", t == "WDT", t == "WP", t == "WRB":
			verb = t == "VB"
			break scan
		case t == ":":
			break scan
		}
		switch lowers[j] {
		case "because", "if", "when", "that", "while", "since":
			break scan
		}
	}
	return verb && (p.model.wordWeight(lw, "VB") > 0 || p.canBeVerb(lw))
}

// phraseDrawnOutAdverb reports a word read as a name that ends in a letter
// drawn out for emphasis and is, without the repeats, a word the model
// knows only, or mostly, as an adverb: "Soooo tasty!", "VERYYY good". Names do not
// repeat a letter three times, web writing does for emphasis. lw ends in
// a run of three or more of one letter.
func (p *posTagger) phraseDrawnOutAdverb(lw string) bool {
	k := len(lw) - 1
	for k > 0 && lw[k-1] == lw[k] {
		k--
	}
	// lw[:k+1] keeps one letter of the run, lw[:k+2] two ("soo" → "so";
	// "alll" → "all").
	for _, base := range [2]string{lw[:k+1], lw[:k+2]} {
		x := p.model.lex(base)
		if !x.known {
			continue
		}
		if x.only != "" {
			return x.only == "RB"
		}
		return x.rb > 0 && x.rb > x.jj && x.rb > x.nn && x.rb > x.nnp
	}
	return false
}

// phraseAdverbBeforeParticiple returns the index of a word read as a
// noun or adjective between a determiner and an -ed participle, hyphened
// to it or not, that the model's lexicon leans to read as an adverb
// rather than as a noun or rather than as an adjective: "the above mentioned firm", "the above-linked article", "a
// well communicated plan". A word that modifies a participle is an
// adverb; nouns that form compounds with a participle ("state-owned")
// have no adverb reading. It returns -1 when there is none.
func (p *posTagger) phraseAdverbBeforeParticiple(toks []Token, lowers []string, i int) int {
	m := i - 1
	if toks[m].Tag == "HYPH" {
		m--
	}
	if m < 1 || toks[m-1].Tag != "DT" {
		return -1
	}
	switch toks[m].Tag {
	case "NN", "JJ":
	default:
		return -1
	}
	rb, jj := p.model.wordWeights2(lowers[m], "RB", "JJ")
	nn := p.model.wordWeight(lowers[m], "NN")
	if rb > 0 && (rb > jj || rb > nn) {
		return m
	}
	return -1
}

// phraseNounNotVerb reports a word read as a base or present verb (VB, VBP) that
// neither the model's lexicon nor the dictionary knows as a verb (no
// verb weight, no regular past or -ing form) and the lexicon knows as a
// noun: "culture (or knowledge about it)", "close to orchestra hall".
// Where the verb reading has support from the phrase, after a modal,
// "to", a subject pronoun or a relative pronoun, or before an
// object ("could advice me", "feed it the right food"), the model's
// reading stands: misspelt and irregular verbs.
func (p *posTagger) phraseNounNotVerb(toks []Token, lw string, i int) bool {
	if i > 0 {
		switch toks[i-1].Tag {
		case "MD", "TO", "PRP", "WDT", "WP":
			return false // "can go", "to go", "they say", "who say"
		}
	}
	if i+1 < len(toks) {
		switch toks[i+1].Tag {
		case "PRP", "DT", "PRP$":
			return false
		}
	}
	// One look-up reads the three weights; the dictionary, dearer, is
	// asked only about the few words the lexicon leaves as nouns.
	x := p.model.lex(lw)
	if !x.known || x.only != "" || x.vb > 0 || x.vbp > 0 {
		return false // unknown, the model's one tag for it, or a verb reading
	}
	return x.nn > 0 && !p.canBeVerb(lw) && !p.canBeVerbIng(lw)
}

// phraseMarkedPassiveOpening reports a past form that opens its sentence
// after nothing but punctuation or symbols ("---- Posted via ...", "(
// Signed by ...") and is followed by "by" or "via": with no subject and
// the agent or means after it, the word is a passive participle (VBN),
// as it is when it stands first ("Posted by Anna").
func phraseMarkedPassiveOpening(toks []Token, lowers []string, i int) bool {
	if nx := lowers[i+1]; nx != "by" && nx != "via" {
		return false
	}
	for k := 0; k < i; k++ {
		switch toks[k].Tag {
		case "NFP", ":", ",", "``", "-LRB-", ".", "SYM":
		default:
			return false
		}
	}
	return true
}

// phraseInitialCommand reports a capitalised first word read as an
// adjective that the model's lexicon knows as a base-form verb and never
// as an adjective: "Write or call us", "Come early". A sentence that
// opens with a verb's base form and no subject is a command (VB); an
// adjective there would need a noun after it or a verb ("be") before it,
// and a word the lexicon gives any adjective weight keeps its tag
// ("Open daily", "Clean rooms"). A name, a number or a possessive after
// it marks a title or a heading instead.
func (p *posTagger) phraseInitialCommand(toks []Token, lw string) bool {
	if len(lw) < 3 || lw == "please" || toks[0].Text == "" || toks[0].Text[0] < 'A' || toks[0].Text[0] > 'Z' {
		return false
	}
	switch toks[1].Tag {
	case "NNP", "NNPS", "CD", "POS":
		return false
	}
	w := p.model.lex(lw)
	if w.vb <= 0 || w.jj > 0 || w.nn >= w.vb {
		return false
	}
	switch toks[1].Tag {
	case "NN", "NNS":
		// "Come visit us": a word with no noun reading; a finite verb
		// after the noun makes the two words a subject ("Wait staff is").
		if w.nn > 0 || len(toks) > 2 && finiteTag(toks[2].Tag) {
			return false
		}
	}
	return true
}

// phrasePrenominalParticiple reports an -ing word read as an adjective
// between a determiner and a noun that the model's lexicon knows better
// as a verb's participle than as an adjective: "the following weekend",
// "the remaining seats", "the missing file". The treebanks tag such a
// modifier VBG, as it keeps the verb's meaning (the weekend that
// follows); the -ing words that name a feeling or a quality ("an
// amazing meal", "an interesting idea") lean to JJ in the lexicon and
// keep it.
func (p *posTagger) phrasePrenominalParticiple(toks []Token, lowers []string, i int) bool {
	lw := lowers[i]
	if len(lw) < 6 || lw[len(lw)-3] != 'i' || lw[len(lw)-2] != 'n' {
		return false
	}
	switch toks[i-1].Tag {
	case "DT", "PRP$":
	default:
		return false
	}
	switch toks[i+1].Tag {
	case "NN", "NNS":
	default:
		return false
	}
	w := p.model.lex(lw)
	return w.vbg > 0 && w.vbg > w.jj
}

// phrasePredicateAdjective reports a word read as an adverb that is the
// complement of "be" or of a linking verb ("seems", "feel", "got"), with
// only adverbs between, and that ends its phrase (punctuation, a
// conjunction or the end follows): "the rest are very dishonest,", "the
// atmosphere is always fun,", "it can feel pricey". A linking verb takes
// an adjective, not an adverb, as its complement, so a word the model's
// lexicon weighs more as an adjective than as an adverb is JJ; adverbs
// of place and time ("is there", "was here.", "is now") lean to RB in
// the lexicon and keep it.
func (p *posTagger) phrasePredicateAdjective(toks []Token, lowers []string, i int) bool {
	unseenOnly := false
	if i+1 < len(toks) {
		switch toks[i+1].Tag {
		case ",", ".", ":", "CC":
		case "IN", "TO": // "feel pricey for what you get": unseen words only
			unseenOnly = true
		default:
			return false
		}
	}
	k := i - 1
	for k > 0 && toks[k].Tag == "RB" {
		k--
	}
	if t := toks[k].Tag; len(t) < 2 || t[0] != 'V' || t[1] != 'B' || !isLinkingVerb(lowers[k]) {
		return false
	}
	lw := lowers[i]
	w := p.model.lex(lw)
	if unseenOnly && w.known {
		return false
	}
	if !w.known {
		// A word the model never saw: the adverbs that stand alone
		// after "be" without -ly are few and common, so an unseen one
		// is an adjective ("VERY dishonest", "feel pricey").
		return len(lw) > 3 && !strings.HasSuffix(lw, "ly") && isLetters(lw)
	}
	return w.jj > 0 && w.jj > w.rb
}

// isLetters reports a word of lower-case ASCII letters only.
func isLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}
