package nlp

import (
	"strings"
	"sync"
)

// Proper and common nouns: a pass over the tagger's output for the words
// whose capitals do not tell a name from a common noun. Web text writes
// names in lower case ("we stayed in kerala", "ask jenny"), starts a
// sentence with a name the model reads as a noun ("Monday was", "Laura
// and I"), and uses single capitals and acronyms as common nouns ("Z
// happens after X", "a DUI"). Penn tags a name NNP whatever its case and
// a common noun NN whatever its case.

// Kind bits of the lower-case words of nameWords.
const (
	nameIsPlace  = 1 << iota // a place: "kerala", "delaware"
	nameIsGiven              // a given name: "jenny", "carol"
	nameStartsMW             // the first word of a name of two words: "san" (francisco)
)

// placeNames are well-known places that the gazetteer of countries and
// capitals leaves out: the states and provinces of large federations and
// their capitals, continents and regions, and large or much-visited
// cities (a place the gazetteer has, such as "london" or "new york", is
// not written again here: nameWords adds the gazetteer's places).
// Written by us from public facts; a name of two words is one entry
// joined by "_" (lowerName reads names of one or two words).
const placeNames = `
alabama alaska arizona arkansas california colorado connecticut delaware florida
hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts
michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon
pennsylvania tennessee texas utah vermont virginia wisconsin wyoming
new_hampshire new_jersey new_mexico north_carolina north_dakota south_carolina
south_dakota west_virginia rhode_island
ontario quebec alberta manitoba saskatchewan newfoundland nova_scotia british_columbia
queensland tasmania victoria
punjab kerala gujarat rajasthan maharashtra karnataka bihar bengal assam goa haryana
tamil_nadu uttar_pradesh madhya_pradesh andhra_pradesh kashmir
bombay bangalore madras calcutta pune ahmedabad
bavaria catalonia andalusia sicily sardinia tuscany siberia patagonia balochistan sindh
antarctica oceania arabia scandinavia caribbean
chicago houston philadelphia phoenix dallas detroit boston seattle atlanta miami orlando
baltimore pittsburgh cleveland cincinnati milwaukee minneapolis memphis portland
los_angeles san_francisco san_diego san_jose san_antonio las_vegas new_orleans salt_lake
vancouver calgary brisbane perth manchester liverpool birmingham glasgow edinburgh belfast
cardiff marseille lyon naples venice florence hamburg osaka rio
montgomery juneau little_rock sacramento denver hartford dover tallahassee honolulu boise
springfield indianapolis des_moines topeka frankfort baton_rouge augusta annapolis lansing
saint_paul jackson jefferson_city helena lincoln carson_city concord trenton santa_fe albany
raleigh bismarck columbus oklahoma_city salem harrisburg providence columbia pierre
nashville austin montpelier richmond olympia charleston madison cheyenne
thiruvananthapuram trivandrum hyderabad amaravati itanagar dispur patna raipur panaji
gandhinagar chandigarh shimla ranchi bengaluru bhopal imphal shillong aizawl kohima
bhubaneswar jaipur gangtok chennai agartala lucknow dehradun kolkata srinagar
`

// moreGivenNames are frequent English and Spanish given names and their
// short forms that the entity list of given names (givenNames) leaves
// out; nameWords adds both. Written by
// us from public lists of frequent names.
const moreGivenNames = `
jenny jess jessie katie kate kathy cathy beth becky meg molly sally sue
susie debbie deb pam tina tracy wendy leah erin amber tiffany crystal kayla kelsey
courtney danielle tara chloe zoe lily ella mia ava sophia isabella abigail madison
natalie alexis vanessa veronica monica claudia carmen rosa lucia sofia elena isabel
gabriela adriana lorena marisa melanie shannon lindsay erica allison
matt dan danny steve jeff greg ken ron don jon josh zach ed eddie ted fred rick ricky
andy tim jimmy tommy chris mikey pete phil doug brad chad kirk todd troy shane derek
ricardo fernando diego alejandro rafael pablo roberto marco sergio raul oscar victor hugo
felix leo bob max
`

// nameWords is the table of lower-case place and given names: placeNames,
// the gazetteer's places, moreGivenNames and the entity list's given
// names.
var nameWords = sync.OnceValue(func() *nameTable {
	t := &nameTable{kind: map[string]uint8{}}
	add := func(name string, k uint8) {
		name = strings.ReplaceAll(name, "_", " ")
		if first, _, two := strings.Cut(name, " "); two {
			t.put(first, nameStartsMW)
		}
		t.put(name, k)
	}
	for _, w := range strings.Fields(placeNames) {
		add(w, nameIsPlace)
	}
	for name, e := range gazetteer().names {
		if e.kind == Place {
			add(name, nameIsPlace)
		}
	}
	for _, w := range strings.Fields(moreGivenNames) {
		add(w, nameIsGiven)
	}
	for w := range givenNames() {
		add(w, nameIsGiven)
	}
	return t
})

// nameTable maps lower-case names to their kind bits, with a bit set
// indexed by a hash of the first two letters, the last two and the length
// so that nearly every other word is turned away without a map look-up.
type nameTable struct {
	kind map[string]uint8
	bits [1 << 15 / 64]uint64
}

// shapeHash mixes the first two bytes, the last two and the length of a
// word of two bytes or more into a bit index of nameTable.bits.
func shapeHash(w string) uint32 {
	n := len(w)
	return (uint32(w[0])<<24 ^ uint32(w[1])<<16 ^ uint32(w[n-2])<<8 ^ uint32(w[n-1]) ^ uint32(n)<<27) * 0x9E3779B1 >> 17
}

// put adds the kind bits k to a lower-case name and sets its bit in the
// shape bit set.
func (t *nameTable) put(name string, k uint8) {
	t.kind[name] |= k
	if len(name) >= 2 {
		h := shapeHash(name)
		t.bits[h>>6] |= 1 << (h & 63)
	}
}

// maybe reports whether a lower-case word passes the bit set: only such
// words can be names of the table.
func (t *nameTable) maybe(lw string) bool {
	if len(lw) < 2 {
		return false
	}
	h := shapeHash(lw)
	return t.bits[h>>6]&(1<<(h&63)) != 0
}

// lookup returns the kind bits of a lower-case word, 0 for none.
func (t *nameTable) lookup(lw string) uint8 {
	if !t.maybe(lw) {
		return 0
	}
	return t.kind[lw]
}

// nameWord is the first part of the pass, run on each token that the
// model tagged NN, JJ, VB or VBP and that isName left alone: a lower-case
// word that is a known place or given name is tagged at once
// (lowerName), and so are an acronym read as an adjective ("UN
// inspectors") and a capitalised noun after a capitalised name
// ("Heritage Office Building"); it reports a capitalised token that a
// rule of fixNames may change once the other passes have run.
func (p *posTagger) nameWord(toks []Token, lowers []string, i, mode int) bool {
	w := toks[i].Text
	if w == "" {
		return false
	}
	if c := w[0]; c >= 'a' && c <= 'z' {
		if p.names.maybe(lowers[i]) {
			p.lowerName(toks, lowers, i)
		}
		return false
	} else if c < 'A' || c > 'Z' {
		return false
	}
	if toks[i].Tag == "JJ" && mode != caseUpper && len(w) >= 2 && len(w) <= 5 && isUpperWord(w) && !p.commonWord(lowers[i]) {
		// An acronym read as an adjective: "UN inspectors left".
		toks[i].Tag = "NNP"
		return false
	}
	if i > 0 && mode == caseNormal && toks[i].Tag == "NN" && isProper(toks[i-1].Tag) && startsUpper(toks[i-1].Text) && !isUpperWord(w) {
		// A capitalised noun that goes on a name: "Heritage Office
		// Building", "A Charge to Keep".
		toks[i].Tag = "NNP"
		return false
	}
	return len(w) == 1 || len(w) == 2 && w[1] == '.' || i > 0 && (lowers[i-1] == "to" || lowers[i-1] == "a" || lowers[i-1] == "an")
}

// lateCapital reports a token the model tagged NNP that a rule of
// fixNames may change: a single capital letter, capitals after "a" or
// "an", or a word before a mail address.
//
// fixed holds the tags set before the model (ADD for an address).
func lateCapital(toks []Token, lowers, fixed []string, i int) bool {
	w := toks[i].Text
	if w == "" || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	return len(w) == 1 || i > 0 && (lowers[i-1] == "a" || lowers[i-1] == "an") || i+1 < len(toks) && fixed[i+1] == "ADD"
}

// fixNames tags the capitalised names that the model and the other
// passes miss, and the capitals that are no names. The first word is
// always checked (firstName; not in text written in capitals); the other
// rules run only when the name loop of tagSentence found a candidate
// (late):
//
//   - a middle initial between names is a name ("Kevin A. Boone");
//   - a capitalised word read as a verb after the preposition "to" is a
//     name when it is no ordinary word ("welcome him to Google");
//   - singleCapital: a lone capital letter is a common noun ("Z happens
//     after X", "(C) 555-0100"), but "A" before a word is the article
//     (articleA), and a word written letter by letter is GW pieces
//     (spacedLetters);
//   - a given name before a Lotus Notes address is a piece of it (GW);
//   - an acronym after "a" or "an" that modifies nothing is a common
//     noun ("a DUI", "an IPO"), and so are capitalised words after "a"
//     or "an" that end the noun phrase (indefiniteRun).
func (p *posTagger) fixNames(toks []Token, lowers []string, mode int, late bool) {
	if mode != caseUpper {
		p.firstName(toks, lowers, mode)
	}
	if !late {
		return
	}
	for i := 0; i < len(toks); i++ {
		w := toks[i].Text
		if w == "" || w[0] < 'A' || w[0] > 'Z' {
			continue
		}
		t := toks[i].Tag
		if len(w) == 1 {
			if n := spacedLetters(toks, i); n >= 4 {
				// "U P D A T E D": a word written letter by letter; its
				// pieces but the last go with it (GW).
				for k := i; k < i+n-1; k++ {
					toks[k].Tag = "GW"
				}
				i += n - 1
				continue
			}
			switch {
			case w == "A" && t == "NNP" && mode != caseUpper && articleA(toks, i):
				toks[i].Tag = "DT" // "a memoir called 'A Charge to Keep'"
			case t == "NNP" && mode == caseNormal && singleCapital(toks, i):
				toks[i].Tag = "NN"
			}
			continue
		}
		first := i == 0 || i == 1 && isOpeningMark(toks[0].Text)
		switch {
		case t == "NNP" && i+1 < len(toks) && notesAddress(toks[i+1].Text):
			// "John Smith@ACME": a mail address of the Lotus Notes kind,
			// written with a space; the given name is a piece of it (GW),
			// and so is the address when its domain goes on in capitals
			// ("Jane Doe@ACME COMMUNICATIONS").
			toks[i].Tag = "GW"
			if i+2 < len(toks) && len(toks[i+2].Text) > 1 && isUpperWord(toks[i+2].Text) && startsUpper(toks[i+2].Text) {
				toks[i+1].Tag, toks[i+2].Tag = "GW", "ADD"
			}
		case len(w) == 2 && w[1] == '.' && t != "NNP" && i > 0 && i+1 < len(toks) && toks[i-1].Tag == "NNP" && startsUpper(toks[i-1].Text) && startsUpper(toks[i+1].Text):
			toks[i].Tag = "NNP" // a middle initial: "Kevin A. Boone"
		case t == "VB" && i > 0 && !first && toks[i-1].Tag == "IN" && lowers[i-1] == "to" && !isUpperWord(w) && p.capNotCommon(w):
			toks[i].Tag = "NNP" // "welcome him to Google"
			if isDemonym(w) && i+1 < len(toks) && (isNoun(toks[i+1].Tag) || isAdj(toks[i+1].Tag)) {
				toks[i].Tag = "JJ" // "handed over to Turkish forces"
			}
		case t == "NNP" && i > 0 && (lowers[i-1] == "a" || lowers[i-1] == "an") && len(w) <= 5 && isUpperWord(w) && mode == caseNormal && !modifierAfter(toks, i):
			toks[i].Tag = "NN" // "a DUI", "an IPO"
		case (t == "NNP" || t == "JJ") && i > 0 && (lowers[i-1] == "a" || lowers[i-1] == "an") && mode == caseNormal && !isUpperWord(w):
			p.indefiniteRun(toks, lowers, i)
		}
	}
}

// firstName tags NNP a capitalised first word that the model, shown it
// in lower case, read as a common word although it is a name: a weekday
// or month ("Monday was", "March 3 was"), the bare subject of a verb
// of saying ("Bush said", "Brown told reporters"), a word ending in "s"
// that is no ordinary word before a singular verb ("Jacques is"), or a
// given name that is no ordinary word, whatever the model read ("Kelly"
// read as an adverb, "Heather" as a possessive). A singular common
// noun without a determiner is seldom the subject of such a verb;
// indefinite pronouns and nouns for groups that speak ("Someone said",
// "Police said", "Management said") stay common.
func (p *posTagger) firstName(toks []Token, lowers []string, mode int) {
	i := 0
	if len(toks) > 0 && isOpeningMark(toks[0].Text) {
		i = 1
	}
	if i >= len(toks) {
		return
	}
	w := toks[i].Text
	if len(w) < 2 || w[0] < 'A' || w[0] > 'Z' || isUpperWord(w) || isProper(toks[i].Tag) {
		return
	}
	lw := lowers[i]
	if p.names.lookup(lw)&nameIsGiven != 0 && !p.commonWord(lw) {
		toks[i].Tag = "NNP" // "Kelly" read as RB, "Heather moving in", "Sean Boyle"
		return
	}
	switch toks[i].Tag {
	case "NN", "VB", "JJ", "NNS", "RB", "VBP":
	default:
		return
	}
	if i+1 >= len(toks) || mode != caseNormal {
		return
	}
	if calendarName(lw, toks, i) {
		toks[i].Tag = "NNP"
		return
	}
	if toks[i].Tag == "NNS" || strings.HasSuffix(lw, "s") {
		if toks[i].Tag == "NNS" && toks[i+1].Tag == "VBZ" && !p.commonWord(lw) {
			toks[i].Tag = "NNP" // "Jacques is ready": no plural takes "is"
		}
		return
	}
	k := i + 1
	if toks[k].Tag == "RB" && k+1 < len(toks) {
		k++ // "Bush also nominated"
	}
	if saysVerb(lowers[k]) && !speakingGroup(lw) {
		toks[i].Tag = "NNP"
	}
}

// saysVerb reports a finite verb of saying or of an act that a person
// does by speaking or writing ("said", "told", "nominated").
func saysVerb(lw string) bool {
	switch lw {
	case "said", "says", "told", "tells", "added", "adds", "wrote", "writes", "replied", "insisted",
		"argued", "warned", "explained", "asked", "urged", "nominated", "noted", "stressed",
		"admitted", "denied", "declared", "vowed", "announced", "claimed", "promised", "appointed":
		return true
	}
	return false
}

// speakingGroup reports a common noun that can be the bare subject of a
// verb of saying: indefinite pronouns, and nouns for groups, institutions
// and sources that speak ("Police said", "Research says").
func speakingGroup(lw string) bool {
	switch lw {
	case "someone", "somebody", "anyone", "anybody", "everyone", "everybody", "nobody", "noone",
		"nothing", "something", "everything", "one", "each", "either", "neither", "none", "all",
		"police", "staff", "management", "government", "security", "military", "army", "navy",
		"parliament", "congress", "opposition", "press", "media", "intelligence", "defence", "defense",
		"prosecution", "administration", "leadership", "family", "council", "committee", "court",
		"counsel", "board", "company", "team", "party", "union", "church", "research", "evidence",
		"history", "experience", "science", "data", "polling", "analysis", "legislation", "law",
		"tradition", "rumour", "rumor", "wisdom", "logic", "mum", "mom", "dad", "mother", "father",
		"enough", "much", "more", "less", "little", "this", "that", "it", "he", "she", "who":
		return true
	}
	return false
}

// lowerName tags NNP a lower-case word, or two, that the model read as
// a common word and that is a known place or given name and no ordinary
// English word: "in kerala", "san francisco", "ask jenny". Ordinary words
// that are also names ("china", "turkey", "bill") keep the model's tag.
func (p *posTagger) lowerName(toks []Token, lowers []string, i int) {
	nt := p.names
	lw := lowers[i]
	k := nt.kind[lw]
	if k == 0 {
		return
	}
	if k&nameStartsMW != 0 && i+1 < len(toks) && startsLower(toks[i+1].Text) && len(lw)+1+len(lowers[i+1]) <= 40 {
		var buf [40]byte
		key := append(append(append(buf[:0], lw...), ' '), lowers[i+1]...)
		if nt.kind[string(key)]&nameIsPlace != 0 {
			toks[i].Tag, toks[i+1].Tag = "NNP", "NNP" // "san francisco"
			return
		}
	}
	if k&(nameIsPlace|nameIsGiven) == 0 || len(lw) < 3 || p.model.knowsLower(lw) {
		return
	}
	if !p.lowerNotCommon(lw) {
		// A given name of four letters or more that the dictionary also
		// lists ("lisa", "carol"; not "max", "ray"): a name when the
		// model does not lean to a noun and
		// it stands where a noun would without an article ("ask lisa",
		// not "lisa it" or "a sue").
		if k&nameIsGiven == 0 || len(lw) < 4 || toks[i].Tag != "NN" && toks[i].Tag != "JJ" || i > 0 && (toks[i-1].Tag == "DT" || toks[i-1].Tag == "PRP$") || p.model.wordWeight(lw, "NN") > 0 {
			return
		}
	}
	toks[i].Tag = "NNP"
}

// calendarName reports a capitalised first word that is a weekday, or a
// month ("May" and "March" only before a number, where they are no modal
// or verb).
func calendarName(lw string, toks []Token, i int) bool {
	if lw == "may" || lw == "march" {
		return i+1 < len(toks) && toks[i+1].Tag == "CD"
	}
	return unambiguousCalendarWord(lw)
}

// unambiguousCalendarWord reports the lower-case names of the weekdays
// and of the months but "may" and "march", which are also a modal and a
// verb: written out in full, they are names wherever they stand.
func unambiguousCalendarWord(lw string) bool {
	switch lw {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"january", "february", "april", "june", "july", "august", "september", "october", "november", "december":
		return true
	}
	return false
}

// singleCapital reports a lone capital letter that stands for a thing,
// as in "Z happens after X" or "(C) 713...": not the pronoun "I", not the
// article "A" before a word, and not part of a name of several capitals
// ("Jeffrey T Hodge", "D & D", "Plan B").
func singleCapital(toks []Token, i int) bool {
	w := toks[i].Text
	if w == "I" {
		return false
	}
	if i > 0 {
		prev := toks[i-1].Text
		if startsUpper(prev) && isProper(toks[i-1].Tag) || prev == "&" || prev == "of" {
			return false
		}
	}
	if i+1 < len(toks) {
		next := toks[i+1].Text
		if startsUpper(next) && isProper(toks[i+1].Tag) || next == "&" || next == "." || next == "'s" || next == "’s" || next == "of" {
			return false
		}
		if w == "A" && next != "/" {
			return false
		}
	} else if w == "A" {
		return false
	}
	return true
}

// modifierAfter reports a token followed by a word it may modify (a noun,
// adjective, number or capitalised word) or by a hyphen.
func modifierAfter(toks []Token, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	n := toks[i+1]
	return isNoun(n.Tag) || isAdj(n.Tag) || n.Tag == "CD" || n.Tag == "HYPH" || n.Tag == "VBG" || startsUpper(n.Text)
}

// nameJoiner reports a word that joins a first word to another name or
// makes it a possessor: "Laura and I", "Ray's pizza".
func nameJoiner(w string) bool {
	switch w {
	case "and", "&", "'s", "’s", "or":
		return true
	}
	return false
}

// isGivenName reports a lower-case given name of the entity list or of
// moreGivenNames.
func isGivenName(lw string) bool {
	nt := nameWords()
	return nt.lookup(lw)&nameIsGiven != 0
}

// indefiniteRun tags as common nouns a run of capitalised words after "a"
// or "an" that ends its noun phrase: "a Norwegian Forest Cat that ...",
// "an Iranian Opposition Group released ...", "a Reel". A name does not
// take the indefinite article; a run that goes on to a noun modifies it
// and may be a name ("a Foreign Office spokesman"), and so does a run
// whose last word is no ordinary noun ("a Saab", "a Miramar").
// Nationality words ("a Briton", "an Iranian") are names in Penn tags.
func (p *posTagger) indefiniteRun(toks []Token, lowers []string, i int) {
	j := i
	for j < len(toks) && (isProper(toks[j].Tag) || toks[j].Tag == "JJ") && startsUpper(toks[j].Text) && !isUpperWord(toks[j].Text) {
		j++
	}
	if j == i || j < len(toks) && (startsUpper(toks[j].Text) || modifierAfter(toks, j-1) || toks[j].Tag == "POS") {
		return
	}
	last := lowers[j-1]
	if toks[j-1].Tag == "JJ" || isDemonym(toks[j-1].Text) || memberWord(last) || isGivenName(last) {
		return
	}
	for k := i; k < j; k++ {
		if toks[k].Tag != "JJ" && !p.commonWord(lowers[k]) {
			return // "a Nobel Prize"
		}
	}
	for k := i; k < j; k++ {
		switch toks[k].Tag {
		case "NNP":
			toks[k].Tag = "NN"
		case "NNPS":
			toks[k].Tag = "NNS"
		}
	}
}

// memberWord reports a lower-case word with the ending of a member of a
// people, faith, party or school ("republican", "democrat", "baptist",
// "shiite"), which Penn tags as a name even after "a".
func memberWord(lw string) bool {
	for _, e := range [...]string{"an", "ist", "ite", "crat", "ic", "ew", "im"} {
		if strings.HasSuffix(lw, e) {
			return true
		}
	}
	return false
}

// capitalAdjective reports a capitalised word the model tagged NNP that
// stands alone among lower-case words and that the model's lexicon knows
// well as an adjective: "said that "True love is ...", "Private white
// line buses", "the Spanish, Thai and other contingents". A capital
// alone does not make an adjective a name; words of parties, faiths and
// peoples ("Republican", "Catholic", "Arab": the demonym rule of fixTags
// reads those before a noun) and words before a number ("Super 8") or
// after a possessive ("the World's Fair") are left alone.
func (p *posTagger) capitalAdjective(toks []Token, lowers []string, i int) bool {
	prev := toks[i-1].Text
	if prev == "" || prev[0] >= 'A' && prev[0] <= 'Z' || i+1 < len(toks) && toks[i+1].Text != "" && toks[i+1].Text[0] >= 'A' && toks[i+1].Text[0] <= 'Z' && toks[i+1].Text != "I" {
		return false // in or next to a capitalised run
	}
	w := toks[i].Text
	if len(w) < 3 || w[0] < 'A' || w[0] > 'Z' || w[1] < 'a' || w[1] > 'z' || i == 1 && isOpeningMark(toks[0].Text) {
		return false
	}
	if t := toks[i-1].Tag; t == "POS" || t == "NNP" || startsUpper(prev) {
		return false
	}
	if i+1 < len(toks) {
		// Before a noun or an adjective, or at the end: a name before
		// a verb, a preposition or a stop ("Reagan said", "by Baker.")
		// is not looked up.
		switch toks[i+1].Tag {
		case "NN", "NNS", "JJ":
		default:
			return false
		}
	}
	lw := lowers[i]
	jj, nn := p.model.wordWeights2(lw, "JJ", "NN")
	return jj > 2 && jj > nn && !memberWord(lw) && !isDemonym(w)
}

// articleA reports a capital "A" inside a sentence that is the article
// of a title or a capitalised phrase ("called 'A Charge to Keep'",
// "Thanks For A Great Job"): a word follows it and no name stands before
// it ("Plan A", "Vitamin A").
func articleA(toks []Token, i int) bool {
	if i == 0 || i+1 >= len(toks) {
		return false
	}
	if prev := toks[i-1]; startsUpper(prev.Text) && isProper(prev.Tag) || prev.Tag == "CD" {
		return false
	}
	next := toks[i+1].Text
	if len(next) < 2 || !(startsUpper(next) || startsLower(next)) || strings.HasSuffix(next, ".") {
		return false
	}
	return !isUpperWord(next)
}

// notesAddress reports a Lotus Notes mail address: a name, "@" and a
// domain in capitals without a dot ("Smith@ACME").
func notesAddress(w string) bool {
	at := strings.IndexByte(w, '@')
	if at <= 0 || at+2 > len(w) || !startsUpper(w) {
		return false
	}
	d := w[at+1:]
	return isUpperWord(d) && strings.IndexByte(d, '.') < 0 && d[0] >= 'A' && d[0] <= 'Z'
}

// spacedLetters returns the number of single capital letters from i on,
// each one space after the one before ("U P D A T E D").
func spacedLetters(toks []Token, i int) int {
	n := 0
	for k := i; k < len(toks); k++ {
		w := toks[k].Text
		if len(w) != 1 || w[0] < 'A' || w[0] > 'Z' || k > i && toks[k].Start != toks[k-1].End+1 {
			break
		}
		n++
	}
	return n
}
