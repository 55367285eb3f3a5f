package nlp

import "strings"

// This file holds the rules for common and proper nouns that run after
// the other tag passes: the places where the capitals and neighbours of a
// word decide between a common noun, a proper noun and an adjective
// better than the newswire model does on web text, following the Penn
// Treebank tag set as the English Web Treebank applies it.

// fixNounTags corrects noun and name tags from their neighbours. It reads
// only tags and the token text, gates every rule on the token's tag first
// and allocates nothing. mode is the sentence's letter case (letterCase):
// nothing runs on a sentence in capitals, and the adjective rule only on
// normally written sentences.
func (p *posTagger) fixNounTags(toks []Token, lowers []string, mode int) {
	if mode == caseUpper {
		return
	}
	n := len(toks)
	for i := 0; i < n; i++ {
		// Only CD, JJ, NN, NNP, NNS, VB and VBP can match a rule: the tag's length and
		// first byte turn the rest away before any string compare.
		t := toks[i].Tag
		if len(t) < 2 || len(t) > 3 {
			continue
		}
		switch t[0] {
		case 'C':
			if t == "CD" {
				if w := toks[i].Text; decadePlural(w) {
					toks[i].Tag = "NNS" // "in the 1990s", "music of the 70's"
				} else if codeNumber(w) {
					toks[i].Tag = "NN" // "a 3G phone", "the 4105SF unit"
				} else if i+2 < n {
					streetName(toks, lowers, i)
				}
			}
		case 'J':
			if len(t) != 2 || t[1] != 'J' {
				break
			}
			if w := toks[i].Text; w != "" && w[0] >= 'a' {
				if dottedName(w) {
					toks[i].Tag = "NN"
				}
			} else if i > 0 && i+1 < n && mode == caseNormal && adjectiveOpensName(toks, lowers, i) {
				toks[i].Tag = "NNP"
			}
		case 'N':
			if w := toks[i].Text; i > 0 && len(w) >= 2 && len(w) <= 6 && suffixInitial(w[0]) && (len(t) == 2 || t[2] == 'P') && companySuffix(w) {
				companyName(toks, i)
				continue
			}
			if len(t) == 2 && t[1] == 'N' {
				if i+1 < n && mode == caseNormal && firstWordOfName(toks, lowers, i) {
					toks[i].Tag = "NNP"
				}
				break
			}
			if lw := lowers[i]; lw != "" && lw[len(lw)-1] == 's' && (t == "NNP" || t == "NNS") {
				if p.pluralInName(toks, lowers, i) {
					toks[i].Tag = "NNPS"
				} else if t == "NNP" && p.commonPlural(toks, lowers, i) {
					toks[i].Tag = "NNS"
				}
				if t == "NNS" && dottedName(toks[i].Text) {
					toks[i].Tag = "NN"
				}
			}
		case 'V':
			if (t == "VB" || t == "VBP") && dottedName(toks[i].Text) {
				toks[i].Tag = "NN" // "posted it to rec.pets.cats"
			}
		}
	}
}

// pluralInName reports whether the capitalised word at i (i > 0), read
// as a singular name or a common plural, is the plural head of a name:
// it follows a capitalised proper noun and is the plural of an English
// word ("Enron Broadband Services", "the India Diaries"). Penn tags a
// plural inside a name NNPS. tagSentence makes the same test on the
// model's tags on normally written sentences; this one runs after the
// name passes have tagged the word before as a name, and on titles too
// ("The Kerala Chronicles"). Surnames that look like plurals ("Karen
// Hughes", "New Orleans") are no inflected English word and stay NNP.
func (p *posTagger) pluralInName(toks []Token, lowers []string, i int) bool {
	lw := lowers[i]
	if i == 0 || toks[i-1].Tag != "NNP" || !isPluralForm(lw) || !startsUpper(toks[i].Text) || !startsUpper(toks[i-1].Text) || isUpperWord(toks[i].Text) {
		return false
	}
	return p.inflected != nil && p.inflected(lw)
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

// commonPlural reports whether the capitalised word at i, read as a
// singular name, is a common plural noun written with a capital, as in
// titles and headings ("Best Pizzas in Town", "Books that changed me"):
// it is the plural of an English word and stands outside any name, with
// no proper noun right before or after it and not after a word that
// links the parts of a name ("the House of Commons", "the Minister of
// Foreign Affairs and Expatriates"). Penn tags a
// capitalised common noun by what it is, a plural NNS.
func (p *posTagger) commonPlural(toks []Token, lowers []string, i int) bool {
	lw := lowers[i]
	w := toks[i].Text
	if !isPluralForm(lw) || w[0] < 'A' || w[0] > 'Z' || isUpperWord(w) {
		return false
	}
	if i > 0 {
		if pt := toks[i-1].Tag; pt == "NNP" || pt == "NNPS" {
			return false
		}
		if i > 1 && nameLink(lowers[i-1]) && (toks[i-2].Tag == "NNP" || toks[i-2].Tag == "NNPS") {
			return false
		}
	}
	if i+1 < len(toks) {
		if nt := toks[i+1].Tag; nt == "NNP" || nt == "NNPS" {
			return false
		}
	}
	return p.inflected != nil && p.inflected(lw)
}

// nameLink reports a lower-case word that joins two capitalised parts of
// one name: "of", "for", "and", "&" ("Bank of England", "Minister for
// Women and Equalities").
func nameLink(lw string) bool {
	return lw == "of" || lw == "and" || lw == "&" || lw == "for"
}

// dottedName reports a lower-case name of three or more dot-separated
// parts that is no web address (the shape rules tag those ADD): a Usenet
// newsgroup ("rec.arts.movies", "comp.lang.go-nuts"). It names one thing,
// a singular noun NN as the English Web Treebank tags it, whatever its
// last part looks like or where it stands ("alt.pets.cats" is no plural,
// "sci.physics.theoretical" no adjective, "to rec.pets.cats" no verb).
func dottedName(w string) bool {
	if len(w) < 5 || w[0] < 'a' || w[0] > 'z' || strings.IndexByte(w, '.') < 0 {
		return false
	}
	dots, part := 0, 0
	for k := 0; k < len(w); k++ {
		switch c := w[k]; {
		case c >= 'a' && c <= 'z':
			part++
		case c == '-' && part > 0:
			part++
		case c == '.' && part > 0:
			dots++
			part = 0
		default:
			return false
		}
	}
	return dots >= 2 && part > 0
}

// firstWordOfName reports whether the capitalised common noun at i, the
// first word of the sentence (after an opening quote or bracket), is
// the first word of a name: the next word is a capitalised proper noun
// ("Rob Bryngelson", "Sand Hill park", "Slice Pizza at ..."). Penn tags
// every word of a name NNP, a title before a name too ("Senator
// Kerry"). It runs after the verb passes, so an imperative before a name
// ("Try Varkala") is a verb by now; a word ending in "s" ("Thanks Josh")
// and words in capitals are left alone, and so is a noun before a name
// of two or more words, a descriptive title ("Activist Jane Doe").
func firstWordOfName(toks []Token, lowers []string, i int) bool {
	if i > 1 || i == 1 && !isOpeningMark(toks[0].Text) {
		return false
	}
	w, nw := toks[i].Text, toks[i+1].Text
	if len(w) < 2 || w[0] < 'A' || w[0] > 'Z' || isUpperWord(w) || strings.HasSuffix(lowers[i], "s") {
		return false
	}
	if toks[i+1].Tag != "NNP" || len(nw) < 2 || nw[0] < 'A' || nw[0] > 'Z' || isUpperWord(nw) {
		return false
	}
	// A descriptive noun before a name of two or more capitalised words
	// ("Veteran Labour MP Jack Cunningham", "Activist Jane Doe") is a
	// common noun: only a pair of capitalised words counts.
	if i+2 < len(toks) {
		if w2 := toks[i+2].Text; w2 != "" && w2[0] >= 'A' && w2[0] <= 'Z' && isNoun(toks[i+2].Tag) {
			return false
		}
	}
	return true
}

// decadePlural reports a number written with a plural "s" or "'s"
// ("1990s", "the 70's", "kids under 12's"): a decade or a group named by
// a number is a plural noun, which Penn tags NNS; the number alone is
// CD.
func decadePlural(w string) bool {
	n := len(w)
	if n < 3 || w[n-1] != 's' {
		return false
	}
	d := n - 1
	if w[d-1] == '\'' {
		d--
	}
	if d < 1 {
		return false
	}
	for k := 0; k < d; k++ {
		if w[k] < '0' || w[k] > '9' {
			return false
		}
	}
	return true
}

// codeNumber reports a word that begins with a digit and goes on with
// letters that are no ordinal ending, clock suffix or magnitude ("3G",
// "4105SF", "10MM"): a model, size or code name written
// with digits is a noun, not a number ("an iPhone for 3G"). Penn tags
// such words NN; "5th", "3pm", "$10m", "20bn" keep their tags.
func codeNumber(w string) bool {
	if w == "" || w[0] < '0' || w[0] > '9' {
		return false
	}
	k := 0
	for k < len(w) && (w[k] >= '0' && w[k] <= '9' || w[k] == '.' || w[k] == ',') {
		k++
	}
	rest := w[k:]
	if rest == "" {
		return false
	}
	for j := 0; j < len(rest); j++ {
		c := rest[j] | 0x20
		if c < 'a' || c > 'z' {
			return false // "3-5290", "10:30", "5'11"
		}
	}
	if len(rest) > 2 {
		return true
	}
	var b [2]byte
	for j := 0; j < len(rest); j++ {
		b[j] = rest[j] | 0x20
	}
	switch string(b[:len(rest)]) {
	case "st", "nd", "rd", "th", "s", "am", "pm", "a", "p", "k", "m", "b", "bn", "mn", "tn", "x":
		return false
	}
	return true
}

// companySuffix reports the word that closes a company's name: "Inc.",
// "Corp.", "Ltd.", "LLC", "L.P.", "Co." and the like, in any case.
func companySuffix(w string) bool {
	if len(w) < 2 || len(w) > 6 || !suffixInitial(w[0]) {
		return false
	}
	var b [6]byte
	for k := 0; k < len(w); k++ {
		b[k] = w[k]
		if w[k] >= 'A' && w[k] <= 'Z' {
			b[k] |= 0x20
		}
	}
	switch string(b[:len(w)]) {
	case "inc.", "inc", "corp.", "corp", "ltd.", "ltd", "llc", "l.l.c.", "l.p.", "lp", "llp", "plc", "co.", "pvt.":
		return true
	}
	return false
}

// companyName tags a company's name that ends in the suffix at i (after
// a comma or not): the suffix is NNP and so is the run of capitalised
// words before it, whatever the model read them as ("Northwind Power
// Source, Inc.": Penn tags every word of a name NNP, a plural in it NNPS,
// "Acme Data Services, Inc."). The run stops at the first word that is
// not capitalised or is a determiner, a preposition or other closed-class
// word ("The Acme Company, Inc." keeps "The").
func companyName(toks []Token, i int) {
	k := i - 1
	if toks[k].Tag == "," {
		k--
	}
	if k < 0 || !startsUpper(toks[k].Text) {
		return
	}
	toks[i].Tag = "NNP"
	for ; k >= 0; k-- {
		w, t := toks[k].Text, toks[k].Tag
		if len(w) < 2 || w[0] < 'A' || w[0] > 'Z' {
			return
		}
		switch t {
		case "NNP", "NNPS":
		case "NNS", "VBZ":
			if w[len(w)-1] == 's' || w[len(w)-1] == 'S' {
				toks[k].Tag = "NNPS"
			} else {
				toks[k].Tag = "NNP"
			}
		case "NN", "JJ", "VB", "VBP", "VBD", "VBN", "VBG":
			toks[k].Tag = "NNP"
		default:
			return
		}
	}
}

// suffixInitial reports a first letter of a company suffix (I, C, L, P
// in either case): a cheap gate before companySuffix.
func suffixInitial(c byte) bool {
	c |= 0x20
	return c == 'i' || c == 'c' || c == 'l' || c == 'p'
}

// streetName tags the name of a street after a house number at i: one to
// three capitalised words and a street word ("111 Market Place", "4783
// Bay Rd", "20 Mill Lane") are a name, NNP, whatever the model read the
// words as, in titles too; the house number stays CD.
func streetName(toks []Token, lowers []string, i int) {
	end := 0
	for k := i + 1; k < len(toks) && k <= i+4; k++ {
		w := toks[k].Text
		if len(w) < 2 || w[0] < 'A' || w[0] > 'Z' {
			return
		}
		if k > i+1 && streetWord(lowers[k]) {
			end = k
			break
		}
	}
	if end == 0 {
		return
	}
	for k := i + 1; k <= end; k++ {
		switch toks[k].Tag {
		case "NN", "JJ", "NNP", "VB", "VBP", "VBN", "VBG":
			toks[k].Tag = "NNP"
		}
	}
}

// streetWord reports a lower-case word, or its abbreviation, that ends
// the name of a street or a place on it.
func streetWord(lw string) bool {
	switch lw {
	case "street", "st", "st.", "road", "rd", "rd.", "avenue", "ave", "ave.", "boulevard", "blvd", "blvd.",
		"drive", "dr.", "lane", "ln", "ln.", "place", "pl.", "way", "court", "ct.", "parkway", "pkwy", "highway", "hwy":
		return true
	}
	return false
}
