package nlp

import "strings"

// Chunking: base noun phrases, verb groups and prepositions over Penn
// tags, then the structure above base noun phrases (possessives, "of"
// attachments, appositions and coordination).

func isNoun(tg string) bool   { return strings.HasPrefix(tg, "NN") }
func isProper(tg string) bool { return tg == "NNP" || tg == "NNPS" }
func isVerb(tg string) bool   { return strings.HasPrefix(tg, "VB") }
func isAdj(tg string) bool    { return tg == "JJ" || tg == "JJR" || tg == "JJS" }

// prepLikeVBG are -ing and -ed words that work as prepositions.
func isPrepLike(lower string) bool {
	switch lower {
	case "regarding", "concerning", "including", "according", "during", "following", "excluding", "considering", "pending", "given":
		return true
	}
	return false
}

// npStartTag reports tags that may open a base noun phrase.
func npStartTag(tg string) bool {
	switch tg {
	case "DT", "PDT", "PRP$", "WP$", "CD", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "PRP", "EX", "$", "#":
		return true
	}
	return false
}

// npInnerTag reports tags that may continue a base noun phrase.
func npInnerTag(tg string) bool {
	switch tg {
	case "CD", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "$", "#", "HYPH":
		return true
	}
	return false
}

// chunk finds base NPs, verb groups and prepositions. Chunks are in
// token order and do not overlap.
func chunk(toks []Token, lower string, inTime []bool, dst []Chunk) []Chunk {
	base := len(dst)
	out := dst
	n := len(toks)
	i := 0
	for i < n {
		t := &toks[i]
		tg := t.Tag
		low := lower[t.Start:t.End]
		switch {
		case tg == "PRP" || tg == "EX":
			out = append(out, Chunk{Kind: NP, Start: i, End: i + 1, Head: i, Apposition: -1, Possessor: -1})
			i++
		case inTime[i]:
			i++
		case (npStartTag(tg) || (tg == "RBS" || tg == "RBR") && i+1 < n && isAdj(toks[i+1].Tag) || tg == "CC" && correlativeStart(toks, lower, i)) && !(tg == "DT" && isDemonstrativeAlone(low) && !demonstrativeSubject(toks, i)) && !isPrepLike(low):
			j := i + 1
			for j < n && !inTime[j] {
				tj := toks[j].Tag
				if npInnerTag(tj) {
					j++
					continue
				}
				// "the regional and international developments",
				// "the most important developments".
				if (tj == "CC" || tj == ",") && isAdj(toks[j-1].Tag) && j+2 < n && isAdj(toks[j+1].Tag) && (isNoun(toks[j+2].Tag) || isAdj(toks[j+2].Tag)) && !inTime[j+1] {
					j += 2
					continue
				}
				if (tj == "RBS" || tj == "RBR") && j+1 < n && isAdj(toks[j+1].Tag) {
					j++
					continue
				}
				// Scare quotes inside a phrase: the “Novosti” agency.
				if tj == "``" && j+2 < n && toks[j+2].Tag == "''" && npInnerTag(toks[j+1].Tag) && (j+3 < n && npInnerTag(toks[j+3].Tag) || isNoun(toks[j+1].Tag) && j > i && toks[j-1].Tag == "DT") {
					j += 3
					continue
				}
				// A title read as a verb between names: "UN ambassador
				// Susan Rice", "EU envoy Carl Bildt".
				if isVerb(tj) && j+1 < n && isProper(toks[j+1].Tag) && isProper(toks[j-1].Tag) && titleNoun(lower[toks[j].Start:toks[j].End]) {
					j++
					continue
				}
				// Participles inside a noun phrase: "the proposed plan",
				// "the ruling party".
				if (tj == "VBN" || tj == "VBG") && j+1 < n && isNoun(toks[j+1].Tag) && j > i && (isAdj(toks[j-1].Tag) || toks[j-1].Tag == "DT" || toks[j-1].Tag == "PRP$") {
					j++
					continue
				}
				break
			}
			// Trailing determiners or adjectives with nothing after them
			// still make a phrase ("the rich", "this").
			head := j - 1
			for h := j - 1; h >= i; h-- {
				if isNoun(toks[h].Tag) || toks[h].Tag == "CD" || toks[h].Tag == "PRP" {
					head = h
					break
				}
			}
			// "the party's spokeswoman for women Sandra Gidley": a name
			// closing the phrase after a role's "for"/"of"/"on" is the
			// role holder, an NP of its own in apposition to the role.
			if k := roleNameSplit(toks, lower, out[base:], i, j); k > i {
				out = append(out, Chunk{Kind: NP, Start: i, End: k, Head: k - 1, Apposition: -1, Possessor: -1})
				out[len(out)-3].Apposition = len(out) - base
				out = append(out, Chunk{Kind: NP, Start: k, End: j, Head: j - 1, Apposition: -1, Possessor: -1})
				i = j
				continue
			}
			out = append(out, Chunk{Kind: NP, Start: i, End: j, Head: head, Apposition: -1, Possessor: -1})
			i = j
		case tg == "IN" || (tg == "TO" && !(i+1 < n && (toks[i+1].Tag == "VB" || (toks[i+1].Tag == "RB" && i+2 < n && toks[i+2].Tag == "VB")))) || isPrepLike(low):
			out = append(out, Chunk{Kind: PP, Start: i, End: i + 1, Head: i, Apposition: -1, Possessor: -1})
			i++
		case isVerb(tg) || tg == "MD" || tg == "TO":
			j, head := verbGroupEnd(toks, i, lower)
			if head < 0 {
				i++
				continue
			}
			// Negation just before the group belongs to it: "never
			// recognized", "not to attack".
			start := i
			if i > 0 {
				if w := lower[toks[i-1].Start:toks[i-1].End]; (w == "never" || w == "not") && (len(out) == base || out[len(out)-1].End < i) {
					start = i - 1
				}
			}
			// "take place", "take part": the noun belongs to the verb.
			if j < n && toks[head].Lemma == "take" {
				if w := lower[toks[j].Start:toks[j].End]; (w == "place" || w == "part") && toks[j-1].Tag != "RP" {
					j++
				}
			}
			out = append(out, Chunk{Kind: VG, Start: start, End: j, Head: head, Apposition: -1, Possessor: -1})
			i = j
		default:
			i++
		}
	}
	// Possessives: NP POS NP.
	sent := out[base:]
	for c := 1; c < len(sent); c++ {
		if sent[c].Kind != NP || sent[c-1].Kind != NP {
			continue
		}
		if sent[c].Start >= 1 && sent[c-1].End == sent[c].Start-1 && toks[sent[c].Start-1].Tag == "POS" {
			sent[c].Possessor = c - 1
		}
	}
	return out
}

// titleNoun reports a role noun that stands before a person's name
// ("spokeswoman", "minister", "envoy"), not one of the modifiers that
// titleWords also lists ("foreign", "senior").
func titleNoun(w string) bool {
	switch w {
	case "president", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "chancellor",
		"ambassador", "envoy", "commander", "chief", "director", "chairman", "chairwoman", "chair", "head",
		"leader", "premier", "counterpart", "adviser", "advisor", "aide", "official", "negotiator", "delegate",
		"commissioner", "representative", "coordinator", "rapporteur", "governor", "mayor", "senator",
		"spokespeople", "undersecretary", "under-secretary", "correspondent", "editor", "prosecutor", "judge":
		return true
	}
	return false
}

// roleNameSplit looks at a base NP over [i, j) that follows "ROLE for|of|on"
// (the last chunks in sent: an NP headed by a role noun and the PP) and
// ends in a name of two or more capitalised words after a common noun or
// a title word ("for women Sandra Gidley", "for Foreign Affairs Jack
// Straw"). It returns the index of the name's first token, or -1.
func roleNameSplit(toks []Token, lower string, sent []Chunk, i, j int) int {
	m := len(sent)
	if m < 2 || sent[m-1].Kind != PP || sent[m-1].End != i || sent[m-2].Kind != NP || sent[m-2].End != i-1 {
		return -1
	}
	switch lower[toks[i-1].Start:toks[i-1].End] {
	case "for", "of", "on":
	default:
		return -1
	}
	rh := toks[sent[m-2].Head]
	if !titleNoun(lower[rh.Start:rh.End]) {
		return -1
	}
	k := j
	for k > i && isProper(toks[k-1].Tag) {
		w := lower[toks[k-1].Start:toks[k-1].End]
		if _, t := titleWords()[w]; t || titleNoun(w) {
			break
		}
		k--
	}
	if j-k < 2 || k == i {
		return -1
	}
	p := toks[k-1]
	_, t := titleWords()[lower[p.Start:p.End]]
	if !t && p.Tag != "NN" && p.Tag != "NNS" && !isAdj(p.Tag) {
		return -1
	}
	// "director of the group Vote No": after a word for an
	// organisation the capitals are its name, not a person's.
	for q := k - 1; q < j; q++ {
		if _, org := orgWords()[lower[toks[q].Start:toks[q].End]]; org {
			return -1
		}
	}
	return k
}

// isDemonstrativeAlone reports a determiner used as a pronoun ("that" as
// a complementiser is IN; "this"/"that" before a verb stands alone).
func isDemonstrativeAlone(w string) bool {
	return w == "that" || w == "which"
}

// verbGroupEnd returns the end of a verb group starting at i and the
// index of its main verb, or -1 when there is none.
func verbGroupEnd(toks []Token, i int, lower string) (end, head int) {
	n := len(toks)
	j := i
	head = -1
	if toks[j].Tag == "TO" {
		j++
	}
	for j < n {
		tg := toks[j].Tag
		switch {
		case tg == "MD" || isVerb(tg):
			if isPrepLike(lower[toks[j].Start:toks[j].End]) && head >= 0 {
				return j, head
			}
			// A participle after a finished verb group starts a new one
			// only after a noun; inside a group it continues it.
			if head >= 0 && !isAux(toks[head].Lemma) {
				return j, head
			}
			if tg != "MD" {
				head = j
			} else if head < 0 {
				head = -2 // modal without a verb yet
			}
			j++
		case tg == "RB" && head != -1 && j+1 < n && (isVerb(toks[j+1].Tag) || (toks[j+1].Tag == "RB" && j+2 < n && isVerb(toks[j+2].Tag))):
			j++
		case tg == "RB" && (head == -2 || toks[i].Tag == "MD") && j+1 < n && isVerb(toks[j+1].Tag):
			j++
		case tg == "TO" && j == i:
			j++
		case tg == "``" && head == -2 && j+1 < n && (toks[j+1].Tag == "VB" || toks[j+1].Tag == "RB" && j+2 < n && toks[j+2].Tag == "VB"):
			// Scare quotes after a modal: should "take back control".
			j++
		default:
			goto done
		}
	}
done:
	if head == -2 {
		// A bare modal ("he will"): the modal is the head.
		for k := i; k < j; k++ {
			if toks[k].Tag == "MD" {
				head = k
			}
		}
	}
	if head < 0 {
		return i + 1, -1
	}
	// Particle: "carry out", "point out", "pushed out of".
	if j < n && (toks[j].Tag == "RP" || isParticle(lower[toks[j].Start:toks[j].End]) && (toks[j].Tag == "IN" || toks[j].Tag == "RB") && (j+1 >= n || !npStartTag(toks[j+1].Tag) || toks[j+1].Tag == "DT" && toks[j].Tag == "RB")) {
		j++
	}
	return j, head
}

// isAux reports forms of be, have, do and get that can carry a later
// main verb.
func isAux(lemma string) bool {
	switch lemma {
	case "be", "have", "do", "get":
		return true
	}
	return false
}

// isParticle lists words that follow a verb as a particle.
func isParticle(w string) bool {
	switch w {
	case "out", "up", "down", "off", "away", "back", "over":
		return true
	}
	return false
}

// demonstrativeSubject reports "that" or "this" standing alone as the
// subject at the start of a clause: "That means ...", "“That's ...".
func demonstrativeSubject(toks []Token, i int) bool {
	if i+1 >= len(toks) || !(isVerb(toks[i+1].Tag) || toks[i+1].Tag == "MD") {
		return false
	}
	return i == 0 || toks[i-1].Tag == "``" || toks[i-1].Tag == "CC"
}
