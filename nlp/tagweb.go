package nlp

import (
	"strings"
	"sync"
	"unicode/utf8"
)

// This file holds the tagging conventions of web text (e-mail, forums,
// reviews) that the newswire-trained model has never seen: addresses,
// emoticons and rules of asterisks or dashes, phone numbers, runs of
// punctuation. They follow the Penn Treebank tag set as extended for the
// English Web Treebank (ADD for addresses, NFP for non-final
// punctuation such as emoticons and decorative rules).

// shapeTag returns the tag that a token's shape decides on its own, or
// "" when the model should decide.
func shapeTag(w string) string {
	_, addr := scanWord(w)
	return shapeTagOf(w, addr)
}

// shapeTagOf is shapeTag for a word whose scanWord address flag is addr.
func shapeTagOf(w string, addr bool) string {
	if len(w) == 0 {
		return ""
	}
	if c := w[0]; c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
		// A word: an address, or an interjection.
		if !addr {
			if len(w) <= 8 && isInterjection(w) {
				return "UH"
			}
			if len(w) == 2 && isEmoticon(w) {
				return "NFP" // "XD"
			}
			return ""
		}
	}
	switch {
	case isAddress(w):
		return "ADD"
	case isFileName(w):
		return "NN" // "Budget.doc": a file name is a common noun in the web treebank
	case isEmoticon(w) || isRule(w):
		return "NFP"
	case isPhoneLike(w):
		return "CD"
	case len(w) > 1 && strings.Trim(w, ".?!") == "" && strings.IndexByte(w, '.') >= 0 && strings.Trim(w, ".") != "":
		return "." // ".?", "!."
	case len(w) == 3 && w[0] == '\'' && isDigit(w[1]) && isDigit(w[2]):
		return "CD" // '68
	case isDigitOrdinal(w):
		return "NN" // "the 26th", "on May 3rd": an ordinal in figures is a noun in the web treebank
	case isInterjection(w):
		return "UH"
	}
	return ""
}

// fixWebTags applies the conventions of the English Web Treebank that
// depend on a token's neighbours; toks already carry the model's tags.
func fixWebTags(toks []Token) {
	n := len(toks)
	mode := -1 // the sentence's letter case, once needed
	for i := range toks {
		w, t := toks[i].Text, toks[i].Tag
		if len(w) > 6 && w[0] != '.' {
			// The words of the switch below have at most six bytes; the
			// rules before it read these tags or a run of periods.
			switch t {
			case "NN", "IN", "NNP", "NNS", "PRP":
			default:
				continue
			}
		}
		prev, next := "", ""
		if i > 0 {
			prev = toks[i-1].Tag
		}
		if i+1 < n {
			next = toks[i+1].Tag
		}
		if t == "NN" && len(w) > 3 {
			// "al-Qaeda", "Abu-Bakr": a hyphenated word ending in a
			// capitalised part is a name.
			if h := strings.LastIndexByte(w, '-'); h > 0 && h < len(w)-1 && w[h+1] >= 'A' && w[h+1] <= 'Z' && !isAcronym(w[h+1:]) {
				toks[i].Tag = "NNP"
			}
		}
		if t == "IN" && i+1 < n && (w == "over" || w == "out" || w == "Over" || w == "Out") && (strings.EqualFold(toks[i+1].Text, "here") || strings.EqualFold(toks[i+1].Text, "there")) {
			toks[i].Tag = "RB" // "over here", "out there": no object
			continue
		}
		if t == "IN" && i > 0 && (next == "." || next == "," || next == ":" || next == "" || next == "-RRB-") && isAdverbialPrep(w) {
			// A preposition without an object is an adverb ("it was over
			// before."), or a verb particle after the verb or its pronoun
			// object ("turn it off.").
			switch {
			case prev == "PRP" || isVerb(prev) && isParticle(w) && !isHaveBeForm(asciiLower(toks[i-1].Text)):
				toks[i].Tag = "RP"
			default:
				toks[i].Tag = "RB"
			}
			continue
		}
		if t == "NNP" && len(w) > 3 && w[len(w)-1] == 's' && isPluralGroup(w) {
			toks[i].Tag = "NNPS" // "Iraqis", "Muslims"
		}
		if t == "NNS" && i > 0 && len(w) > 4 && startsUpper(w) && !isUpperWord(w) && (isPluralGroup(w) || groupEnding(w)) {
			if mode < 0 {
				mode = letterCase(toks)
			}
			if mode == caseNormal {
				toks[i].Tag = "NNPS" // "the Zionists", "joined by Egyptians"
			}
		}
		if (t == "NNP" || t == "NN" || t == "PRP") && i > 0 && isRoman(w) && (prev == "NNP" || prev == "NNPS" || prev == "IN" || prev == "CC" || prev == "," || prev == "NNS") {
			toks[i].Tag = "CD" // "World War II", "Henry VIII"
		}
		if len(w) > 1 && w[0] == '.' && w[1] == '.' && strings.Trim(w, ".") == "" {
			// A run of periods ends a sentence at its end; inside, it
			// is a pause, tagged like a comma.
			if i == n-1 || i == n-2 && toks[n-1].Tag == "''" {
				toks[i].Tag = "."
			} else {
				toks[i].Tag = ","
			}
		}
		switch w {
		case "-", "--", "—", "–":
			switch {
			case i == 0 && n > 1:
				toks[i].Tag = "NFP" // a bullet or an attribution dash
			case w == "-" && (prev == "CD" || prev == "$") && (next == "CD" || next == "$"):
				toks[i].Tag = "SYM" // a range: "10 - 12"
			}
		case "/":
			if prev == "CD" && next == "CD" {
				toks[i].Tag = "SYM"
			}
		case "…":
			if i == n-1 || i == n-2 && toks[n-1].Tag == "''" {
				toks[i].Tag = "."
			}
		case "s":
			// "McDonald s": a possessive split from its noun; "it s": "is".
			if i > 0 && toks[i-1].End == toks[i].Start && isNoun(prev) {
				toks[i].Tag = "POS"
			} else if prev == "PRP" || prev == "EX" || prev == "DT" && i > 0 && strings.EqualFold(toks[i-1].Text, "that") {
				toks[i].Tag = "VBZ"
			}
		case "what", "What", "WHAT":
			if t == "WDT" && (isVerb(next) || next == "MD") {
				toks[i].Tag = "WP" // "What are ...", "what will happen"
			} else if t == "WP" && (isNoun(next) && next != "NNP" || isAdj(next) || next == "DT" && (strings.EqualFold(toks[i+1].Text, "a") || strings.EqualFold(toks[i+1].Text, "an"))) {
				toks[i].Tag = "WDT" // "what kind of", "what a view"
			}
		case "no", "No", "well", "Well":
			// "No, ..." and "Well, ..." open a reply.
			if (i == 0 || prev == "``") && (next == "," || next == "." || next == "") || next == "" && n == 1 {
				toks[i].Tag = "UH"
			} else if (w == "well" || w == "Well") && (i == 0 || prev == "UH") && (next == "PRP" || next == "EX") {
				toks[i].Tag = "UH" // "Well you say ...": a reply opener
			}
		case "pretty", "real", "super", "kinda", "Pretty", "Real", "Super":
			// A degree word before an adjective or adverb: "pretty cool",
			// "real cheap", "super friendly".
			if t == "JJ" && (next == "JJ" || next == "RB" || next == "JJR" || next == "RBR" || next == "VBN") {
				toks[i].Tag = "RB"
			}
		case "most", "Most", "least", "Least":
			// "the least helpful", "most importantly": a degree adverb.
			if t == "JJS" && prev != "IN" && (next == "RB" || next == "VBN" || next == "JJ" && (prev == "DT" || prev == "VBZ" || prev == "VBD" || prev == "VBP" || prev == "RB")) {
				toks[i].Tag = "RBS"
			}
		case "worth", "Worth", "Dear", "dear":
			// "well worth a visit": Penn tags "worth" as an adjective;
			// "Dear all," opens a letter.
			if t == "IN" || t == "VBZ" || t == "NN" && (prev == "RB" || prev == "VBZ" || prev == "VBD" || prev == "VBP") {
				toks[i].Tag = "JJ"
			}
		case "home":
			// "drove home", "get home at night": a direction after a
			// verb of motion.
			if t == "NN" && i > 0 && !isNoun(next) && isMotionVerb(asciiLower(toks[i-1].Text)) {
				toks[i].Tag = "RB"
			}
		case "much", "Much":
			// "too much.", "very much involved", "much better".
			if t == "JJ" && (next == "JJR" || next == "RBR" || next == "VBN" || i > 0 && (prev == "RB" && next != "NN" && next != "NNS" && (next != "IN" || toks[i+1].Text != "of"))) {
				toks[i].Tag = "RB"
			}
		case "such", "Such":
			if i+1 < n && (toks[i+1].Text == "a" || toks[i+1].Text == "an") {
				toks[i].Tag = "PDT" // "such a"
			}
		case "her", "Her":
			// An object: after a verb or preposition, before no noun phrase.
			if t == "PRP$" && (isVerb(prev) || prev == "IN" || prev == "TO") && !isNoun(next) && !isAdj(next) && next != "CD" && next != "VBG" {
				toks[i].Tag = "PRP"
			}
		case "like":
			// "I like it": a verb after a plural or first-person subject.
			if t == "IN" && i > 0 && isPluralSubject(toks[i-1].Text) && (next == "DT" || next == "PRP" || next == "TO" || next == "VBG" || isNoun(next) || next == "PRP$") {
				toks[i].Tag = "VBP"
			}
		case "ok", "okay", "OK", "Ok", "Okay":
			if i > 0 && (prev == "VBZ" || prev == "VBD" || prev == "VBP" || prev == "VB" || prev == "RB" && i > 1 && isVerb(toks[i-2].Tag)) {
				toks[i].Tag = "JJ" // "it's ok"
			}
		case "though":
			if t == "IN" && (next == "." || next == "," || next == "") {
				toks[i].Tag = "RB"
			}
		case "about", "around":
			if t == "IN" && (next == "CD" || next == "$" || next == "." || next == "") {
				toks[i].Tag = "RB"
			}
		case "all":
			switch {
			case next == "DT" || next == "PRP$":
				toks[i].Tag = "PDT" // "all the"
			case (isVerb(prev) || prev == "MD") && (isVerb(next) || isAdj(next) || next == "IN" && toks[i+1].Text != "of" || next == "RB"):
				toks[i].Tag = "RB" // "we were all ..."
			}
		case "that", "That":
			switch {
			case next == "." || next == "," || next == "":
				toks[i].Tag = "DT" // "I appreciate that."
			case t == "IN" && isNoun(prev) && (next == "PRP" || next == "DT" || next == "PRP$" || next == "NNP") && !takesThatClause(toks[i-1].Text) && !tellsBefore(toks, i):
				toks[i].Tag = "WDT" // "the fees that they charge"
			case t != "DT" && (next == "NN" || next == "JJ" && i+2 < n && toks[i+2].Tag == "NN") && !thatClauseAhead(toks, i+1):
				toks[i].Tag = "DT" // "that kind of job", "that old car"
			case t != "DT" && (i == 1 && (prev == "VBZ" || prev == "VBD" || prev == "VBP") || next == "RP"):
				toks[i].Tag = "DT" // "Is that a ...?", "work that out"
			}
		case "one":
			// "the one", "a good one", "no one": a pronoun-like noun.
			if i > 0 && (prev == "DT" || isAdj(prev) || prev == "PRP$") && !isNoun(next) && !isAdj(next) && next != "CD" && !(i+1 < n && toks[i+1].Text == "of") {
				toks[i].Tag = "NN"
			}
		case "al", "Al", "el", "El":
			// Arabic names: "al-Sadr".
			if i+2 < n && toks[i+1].Text == "-" && toks[i].End == toks[i+1].Start && startsUpper(toks[i+2].Text) {
				toks[i].Tag, toks[i+2].Tag = "NNP", "NNP"
			}
		}
	}
}

// isPluralSubject reports the subject pronouns that take a plural verb.
func isPluralSubject(w string) bool {
	switch w {
	case "I", "i", "you", "You", "we", "We", "they", "They":
		return true
	}
	return false
}

// isPluralGroup reports the plural of a nationality or of a religious or
// political group, written with a capital ("Iraqis", "Shiites").
func isPluralGroup(w string) bool {
	var buf [24]byte
	if len(w) > len(buf) || !startsUpper(w) {
		return false
	}
	lw := string(lowerInto(buf[:0], w))
	if e, ok := gazetteer().names[lw]; ok && e.kind == Nationality {
		return true
	}
	switch lw {
	case "muslims", "christians", "jews", "catholics", "protestants", "hindus", "buddhists", "sikhs",
		"shiites", "shias", "sunnis", "kurds", "arabs", "europeans", "africans", "asians", "latinos",
		"democrats", "republicans", "conservatives", "liberals", "socialists", "communists", "marines",
		"mormons", "baptists", "methodists", "evangelicals", "palestinians", "israelis", "westerners",
		"americans", "islamists", "salafis", "wahhabis", "houthis", "alawites":
		return true
	}
	return false
}

// isRoman reports a Roman numeral of two to five letters ("II", "XIV").
func isRoman(w string) bool {
	if len(w) < 2 || len(w) > 5 {
		return false
	}
	for i := 0; i < len(w); i++ {
		switch w[i] {
		case 'I', 'V', 'X':
		default:
			return false
		}
	}
	return true
}

// isInterjection reports common interjections and chat words of web
// text, in lower case or capitalised.
func isInterjection(w string) bool {
	if len(w) < 2 || len(w) > 8 {
		return false
	}
	set := interjections()
	if !set.mayHave(w) {
		return false // most words, whatever their case
	}
	var buf [8]byte
	_, ok := set.words[string(lowerInto(buf[:0], w))]
	return ok
}

// interjections are isInterjection's words, in lower case.
var interjections = sync.OnceValue(func() *wordSet {
	return newWordSet(setOf(`pls plz yep yup nope nah eh huh hmm hmmm umm ummm erm
		haha hahaha hehe heh lmao rofl roflmao yay yuck yuk yum ugh
		oops ouch aww ahh bye bravo omg duh meh whoa hooray`))
})

// isAdverbialPrep reports prepositions that also stand alone as
// adverbs ("it's over", "I've seen it before").
func isAdverbialPrep(w string) bool {
	switch w {
	case "over", "out", "before", "below", "above", "around", "down", "off", "back", "away", "inside",
		"outside", "along", "up", "in", "on", "behind", "underneath", "beneath", "across", "after":
		return true
	}
	return false
}

// takesThatClause reports nouns whose "that" introduces their content
// ("the fact that", "the idea that") rather than a relative clause.
func takesThatClause(w string) bool {
	switch strings.ToLower(w) {
	case "fact", "idea", "belief", "news", "claim", "claims", "hope", "notion", "possibility", "sign",
		"signs", "report", "reports", "assumption", "chance", "evidence", "view", "feeling", "impression",
		"rumor", "rumour", "rumors", "rumours", "statement", "argument", "assurance", "assurances",
		"suggestion", "proof", "realization", "conclusion", "knowledge", "doubt", "fear", "fears",
		"concern", "concerns", "warning", "warnings", "allegation", "allegations", "indication", "way",
		"understanding", "word", "message", "note", "notice", "promise", "reminder", "theory", "opinion",
		"thought", "sense", "point", "guarantee", "requirement", "condition", "assertion", "adage", "saying",
		"suspicion", "suspicions", "expectation", "expectations", "certainty", "likelihood", "danger", "risk",
		"demand", "demands", "insistence", "pledge", "threat", "threats", "announcement", "decision",
		"agreement", "perception", "recognition", "admission", "confirmation", "denial", "charge", "charges",
		"accusation", "accusations", "complaint", "complaints", "criticism", "speculation", "hint", "hints",
		"signal", "signals", "confidence", "optimism", "worry", "worries", "anger", "lesson",
		"beliefs", "ideas", "hopes", "doubts", "possibilities", "promises", "statements", "reason", "proposal":
		return true
	}
	return false
}

// thatClauseAhead reports a finite verb or modal right after the noun
// phrase starting at k: "that" before it introduces a clause ("said that
// peace is near").
func thatClauseAhead(toks []Token, k int) bool {
	for k < len(toks) && (isAdj(toks[k].Tag) || isNoun(toks[k].Tag)) {
		k++
	}
	if k >= len(toks) {
		return false
	}
	t := toks[k].Tag
	return t == "VBZ" || t == "VBD" || t == "VBP" || t == "MD" || t == "RB" && k+1 < len(toks) && (isVerb(toks[k+1].Tag) || toks[k+1].Tag == "MD")
}

// tellsBefore reports a verb of telling or knowing shortly before token
// i, whose complement "that" may follow its object ("told the committee
// that", "heard from our desk that").
func tellsBefore(toks []Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-7; k-- {
		if !isVerb(toks[k].Tag) && !isNoun(toks[k].Tag) {
			continue
		}
		switch strings.ToLower(toks[k].Text) {
		case "tell", "tells", "told", "telling", "inform", "informs", "informed", "remind", "reminds", "reminded",
			"assure", "assured", "assures", "warn", "warned", "warns", "convince", "convinced", "persuade", "persuaded",
			"show", "showed", "shows", "shown", "hear", "heard", "hears", "learn", "learned", "learnt", "say", "said",
			"says", "reveal", "reveals", "revealed", "notify", "notified", "advise", "advised", "word":
			return true
		}
	}
	return false
}

// scanWord reports whether w has a byte outside ASCII, and whether it
// has a '.', '@' or ':' after its first byte, without which a word is no
// address: one pass over the bytes for both.
func scanWord(w string) (nonASCII, addr bool) {
	if len(w) == 0 {
		return false, false
	}
	f := wordBytes[w[0]] & byteNonASCII
	for i := 1; i < len(w); i++ {
		f |= wordBytes[w[i]]
	}
	return f&byteNonASCII != 0, f&byteAddress != 0
}

// Classes of bytes for scanWord.
const (
	byteNonASCII = 1 << iota
	byteAddress
)

// wordBytes gives each byte its scanWord classes (read-only).
var wordBytes = func() (t [256]uint8) {
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = byteNonASCII
	}
	t['.'], t['@'], t[':'] = byteAddress, byteAddress, byteAddress
	return t
}()

// isAddress reports an e-mail address, a URL or a bare domain name.
func isAddress(w string) bool {
	if at := strings.IndexByte(w, '@'); at > 0 && at < len(w)-1 {
		return true
	}
	for _, p := range [...]string{"http://", "https://", "www.", "ftp://", "mailto:"} {
		if len(w) > len(p)+2 && strings.EqualFold(w[:len(p)], p) {
			return true
		}
	}
	// A bare domain: "example.com", "irc.example.net".
	dot := strings.LastIndexByte(w, '.')
	if dot <= 0 || dot == len(w)-1 {
		return false
	}
	switch w[dot+1:] {
	case "com", "org", "net", "edu", "gov", "uk", "info", "biz", "co", "COM", "ORG", "NET", "EDU", "GOV", "UK", "Com", "Org", "Net":
	default:
		return false
	}
	return isNameBytes(w[:dot])
}

// isNameBytes reports a host or file name before its last dot: ASCII
// letters, digits, '.', '-' and '_' only.
func isNameBytes(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i] | 0x20 // ASCII lower case
		if !(c >= 'a' && c <= 'z' || s[i] >= '0' && s[i] <= '9' || s[i] == '.' || s[i] == '-' || s[i] == '_') {
			return false
		}
	}
	return true
}

// isEmoticon reports the common text faces.
func isEmoticon(w string) bool {
	switch w {
	case ":)", ":-)", ":(", ":-(", ";)", ";-)", ":D", ":-D", ":P", ":-P", ":p", ":-p", "=)", "=(",
		":/", ":-/", ":o", ":O", ":'(", "<3", "^_^", "^^", "XD", "xD", ":]", ":[", "8)", "B)", ";D", ":|", ":-|":
		return true
	}
	return false
}

// isRule reports a decorative token made only of asterisks, dashes,
// equals signs, underscores, tildes or hashes ("***", "=-----", "~"),
// and not a single dash, which may be a hyphen or a dash.
func isRule(w string) bool {
	if w == "-" || w == "--" || w == "#" {
		return false
	}
	for i := 0; i < len(w); i++ {
		switch w[i] {
		case '*', '-', '=', '_', '~', '#':
		default:
			return false
		}
	}
	return true
}

// isPhoneLike reports groups of digits joined by hyphens: phone numbers,
// extensions, postal codes ("555-0134", "3-5076").
func isPhoneLike(w string) bool {
	if !isDigit(w[0]) || !isDigit(w[len(w)-1]) || strings.IndexByte(w, '-') < 0 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if !isDigit(w[i]) && w[i] != '-' && w[i] != '.' {
			return false
		}
	}
	return true
}

// isDigitOrdinal reports an ordinal written in figures: "1st", "22nd",
// "3rd", "26th".
func isDigitOrdinal(w string) bool {
	n := len(w)
	if n < 3 || n > 6 || !isDigit(w[0]) {
		return false
	}
	for _, c := range []byte(w[:n-2]) {
		if !isDigit(c) {
			return false
		}
	}
	switch strings.ToLower(w[n-2:]) {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// groupEnding reports a capitalised plural with the ending of a
// follower or people's name: "Zionists", "Sadrists", "Egyptians",
// "Shiites".
func groupEnding(w string) bool {
	return strings.HasSuffix(w, "ists") || strings.HasSuffix(w, "ians") || strings.HasSuffix(w, "ites")
}

// isFileName reports a file name with a common document, image or
// archive extension: "Budget.doc", "report_v2.pdf".
func isFileName(w string) bool {
	dot := strings.LastIndexByte(w, '.')
	if dot <= 0 || len(w)-dot > 5 {
		return false
	}
	switch strings.ToLower(w[dot+1:]) {
	case "doc", "docx", "pdf", "xls", "xlsx", "ppt", "pptx", "htm", "html", "txt", "rtf", "zip", "jpg", "jpeg", "gif", "png", "mp3", "csv":
	default:
		return false
	}
	return isNameBytes(w[:dot])
}

// isMotionVerb reports forms of verbs of motion after which "home" is a
// direction.
func isMotionVerb(w string) bool {
	switch w {
	case "go", "goes", "went", "gone", "going", "get", "gets", "got", "getting", "come", "comes", "came", "coming",
		"drive", "drives", "drove", "driving", "driven", "head", "heads", "headed", "heading", "walk", "walked", "walking",
		"fly", "flew", "flown", "flying", "return", "returned", "returning", "sent", "send", "brought", "bring", "back":
		return true
	}
	return false
}
