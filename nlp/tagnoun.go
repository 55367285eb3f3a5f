package nlp

// This file holds the rules for common and proper nouns that run after
// the other tag passes: the places where the capitals and neighbours of a
// word decide between a common noun, a proper noun and an adjective
// better than the newswire model does on web text, following the Penn
// Treebank tag set as the English Web Treebank applies it.

// fixNounTags corrects noun and name tags from their neighbours. It reads
// only tags and the token text, gates every rule on the token's tag first
// and allocates nothing. mode is the sentence's letter case (letterCase):
// the rules on capitals run only on normally written sentences.
func (p *posTagger) fixNounTags(toks []Token, lowers []string, mode int) {
	if mode != caseNormal {
		return
	}
	for i := 1; i+1 < len(toks); i++ {
		if toks[i].Tag == "JJ" && adjectiveOpensName(toks, lowers, i) {
			toks[i].Tag = "NNP"
		}
	}
}

// adjectiveOpensName reports whether the capitalised adjective at i is
// the first word of a proper name: it stands right after "the" and right
// before a capitalised singular proper noun ("the European Union", "the
// Iraqi Islamic Party", "the Israeli Defense Forces"). A definite article
// followed by capitalised words is a name, and Penn tags every word of a
// name NNP, the adjectives in it too; without the article the adjective
// modifies the name ("Iraqi Prime Minister Allawi") and stays JJ. Only
// plain capitalised words count: a hyphenated compound ("the Iran-allied
// Houthi movement") describes the name that follows. Before a plural
// ("the Liberal Democrats") the adjective is left to the other passes.
func adjectiveOpensName(toks []Token, lowers []string, i int) bool {
	w := toks[i].Text
	if len(w) < 2 || w[0] < 'A' || w[0] > 'Z' || lowers[i-1] != "the" {
		return false
	}
	for k := 1; k < len(w); k++ {
		if c := w[k]; c < 'a' || c > 'z' {
			return false // "Iran-allied", "McCain": not a plain capitalised word
		}
	}
	nt := toks[i+1].Tag
	nw := toks[i+1].Text
	return nt == "NNP" && nw != "" && nw[0] >= 'A' && nw[0] <= 'Z' && !isUpperWord(nw)
}
