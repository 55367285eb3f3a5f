package nlp

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/aaaton/golem/v4"
	"github.com/aaaton/golem/v4/dicts/en"
)

// posTagger runs the averaged-perceptron model with our token
// normalisation and a few lexical corrections for news text.
type posTagger struct {
	model *apModel
	// common reports a lower-case word that is an ordinary English word
	// and not a place or nationality name.
	common func(string) bool
	// inflected reports a lower-case word that is an inflected form of
	// another ("said", "taken"), when a dictionary is known.
	inflected func(string) bool
	names     *nameTable // lower-case place and given names (tagname.go)
	pool      sync.Pool  // *tagScratch
}

type tagScratch struct {
	ap     apScratch
	words  []string
	lowers []string
	tags   []string
	fixed  []string
}

func newPOSTagger() (*posTagger, error) {
	m, err := loadAPModel()
	if err != nil {
		return nil, err
	}
	p := &posTagger{model: m}
	p.pool.New = func() any { return &tagScratch{} }
	p.names = nameWords()
	return p, nil
}

// tagNorm maps token spellings that the model was not trained on to the
// Penn Treebank spelling it knows.
func tagNorm(w string) string {
	switch w {
	case "“", "«", "„":
		return "``"
	case "”", "»":
		return "''"
	case "‘":
		return "`"
	case "’":
		return "'"
	case "—", "–", "―", "--":
		return "--"
	case "…":
		return "..."
	case "(", "[", "{":
		return "-LRB-"
	case ")", "]", "}":
		return "-RRB-"
	}
	if len(w) > 1 && (w[0] == '?' || w[0] == '!') && strings.Trim(w, "?!") == "" {
		return "?"
	}
	if strings.Contains(w, "’") {
		return strings.ReplaceAll(w, "’", "'")
	}
	return w
}

// fixedTags are tags we set regardless of the model: closed-class words
// and punctuation whose Penn tag does not depend on context.
func fixedTag(w string) string {
	switch w {
	case "“", "«", "„", "``", "‘":
		return "``"
	case "”", "»", "''":
		return "''"
	case "(", "[", "{":
		return "-LRB-"
	case ")", "]", "}":
		return "-RRB-"
	// Dashes, ellipses and semicolons are "," as in UD English EWT's
	// Penn tags; the colon keeps ":".
	case "—", "–", "―", "--", "…", "...", ";", ",":
		return ","
	case ".", "!", "?":
		return "."
	case ":":
		return ":"
	case "$", "£", "€":
		return "$"
	case "%":
		return "NN"
	case "#":
		return "NN" // the number sign ("# 1"), a noun in web treebanks
	case "n't", "n’t", "N'T", "N’T", "not", "never":
		return "RB"
	case "please", "Please", "hi", "Hi", "hello", "Hello", "hey", "Hey", "ok", "OK", "Ok", "okay", "Okay",
		"oh", "Oh", "wow", "Wow", "yeah", "Yeah", "yes", "Yes", "lol", "LOL", "um", "Um", "uh", "Uh":
		return "UH"
	case "thanks", "Thanks":
		return "NN"
	case "etc", "etc.", "ect", "i.e.", "ie", "e.g.":
		return "FW" // Latin abbreviations, foreign words in Penn tags
	case "vs", "vs.", "v.":
		return "IN"
	case "PS", "P.S.", "PS.", "P.S", "ps", "p.s.":
		return "NN" // a postscript
	case "herein", "hereby", "thereof", "therein", "hereto", "thereto", "hereafter",
		"btw", "BTW", "Btw", "fyi", "FYI", "Fyi", "asap", "ASAP":
		return "RB"
	case "<":
		return "-LRB-"
	case ">":
		return "-RRB-"
	case "/":
		return ","
	case "AM", "PM", "a.m.", "p.m.":
		return "NN"
	}
	if isListBullet(w) {
		return "NFP"
	}
	return ""
}

// tagSentence fills Tag on toks. lower is the ASCII lower-case document
// text that toks point into, or "" when the tokens do not point into a
// text (then they are lower-cased one by one).
func (p *posTagger) tagSentence(toks []Token, lower string) {
	sc := p.pool.Get().(*tagScratch)
	n := len(toks)
	sc.words, sc.lowers, sc.tags, sc.fixed = sized(sc.words, n), sized(sc.lowers, n), sized(sc.tags, n), sized(sc.fixed, n)
	mode := letterCase(toks)
	for i := range toks {
		text := toks[i].Text
		// tagNorm keeps an ASCII word that begins with a letter or digit.
		nonASCII, addr := scanWord(text)
		ascii := !nonASCII
		w, normed := text, false
		if text == "" || !ascii || !(text[0]|0x20 >= 'a' && text[0]|0x20 <= 'z' || isDigit(text[0])) {
			w = tagNorm(text)
			normed = w != text
		}
		var lw string
		switch {
		case normed || lower == "" || !ascii:
			lw = strings.ToLower(w)
		default:
			lw = lower[toks[i].Start:toks[i].End]
		}
		// A capitalised first word that is also a common word is shown to
		// the model in lower case: capitals there say nothing.
		// (lowerForModel wants a capital first letter: ASCII words that
		// begin otherwise are turned away before comparing w and lw.)
		if !normed && len(w) > 1 && (w[0] >= 'A' && w[0] <= 'Z' || w[0] >= utf8.RuneSelf) && w != lw && p.lowerForModel(toks, sc.lowers, i, mode, lw) {
			w = lw
		}
		sc.words[i], sc.lowers[i] = w, lw // tag fills sc.tags
		f := fixedTag(text)
		if f == "" {
			f = shapeTagOf(text, addr)
		}
		if f == "" && i+1 < n && moneyBeforeNumber(toks, i, lw) {
			f = "NNS" // "pounds 63 a week", "dollars 5bn"
		}
		sc.fixed[i] = f
	}
	p.model.tag(sc.words, sc.lowers, sc.fixed, sc.tags, &sc.ap)
	for i := range toks {
		toks[i].Tag = sc.tags[i]
	}
	late := false // a word for fixNames, after the other passes
	for i := range toks {
		t := sc.tags[i]
		// A capitalised word that is no ordinary English word is a name
		// wherever it stands ("Vince", "Qaeda").
		switch t {
		case "NN", "JJ", "VB", "VBP":
			if sc.fixed[i] == "" && p.isName(toks, i, sc.words[i], sc.lowers[i], mode) {
				toks[i].Tag = "NNP"
			} else if w := toks[i].Text; w != "" && (w[0] >= 'A' && w[0] <= 'Z' || p.names.maybe(sc.lowers[i])) {
				late = p.nameWord(toks, sc.lowers, i, mode) || late
			}
		case "NNP":
			late = late || lateCapital(toks, sc.lowers, sc.fixed, i)
			if mode == caseNormal && i > 0 && p.capitalAdjective(toks, sc.lowers, i) {
				toks[i].Tag = "JJ"
			}
		}
		// A capitalised adjective that begins a gazetteer name: "North
		// Korea", "New York".
		if t == "JJ" && mode == caseNormal && i+1 < len(toks) && sc.tags[i+1] == "NNP" && startsUpper(toks[i].Text) && startsUpper(toks[i+1].Text) && toks[i].End+1 == toks[i+1].Start {
			var buf [48]byte
			key := append(append(append(buf[:0], sc.lowers[i]...), ' '), sc.lowers[i+1]...)
			if _, ok := gazetteer().names[string(key)]; ok {
				toks[i].Tag = "NNP"
			}
		}
		// A capitalised plural inside a name: "Beverly Hills", "the
		// Revolutionary Guards", "the Israel Defense Forces".
		if i > 0 && toks[i-1].Tag == "NNP" && mode == caseNormal && (t == "NNP" || t == "NNS" && startsUpper(toks[i].Text) && !isUpperWord(toks[i].Text)) && isPluralForm(sc.lowers[i]) && p.inflected != nil && p.inflected(sc.lowers[i]) {
			toks[i].Tag = "NNPS"
		}
	}
	if mode == caseNormal {
		givenNameFirst(toks)
	}
	p.fixTags(toks, sc.lowers)
	fixWebTags(toks)
	p.fixFuncWords(toks, sc.lowers)
	p.fixVerbs(toks, sc.lowers)
	p.fixNames(toks, sc.lowers, mode, late)
	p.fixSubjunctive(toks, sc.lowers)
	p.fixVerbForms(toks, sc.lowers, sc.fixed)
	p.fixAdjTags(toks, sc.lowers)
	p.fixNounTags(toks, sc.lowers, mode)
	p.fixPhraseTags(toks, sc.lowers)
	p.pool.Put(sc)
}

// sized returns s with length n, reusing its array when large enough.
func sized(s []string, n int) []string {
	if cap(s) < n {
		return make([]string, n)
	}
	return s[:n]
}

// givenNameFirst tags as a name a capitalised first word read as a verb
// or common noun when a name follows it and then the sentence's verb:
// "Ken Livingstone criticised", "Bill Davies said", or a comma or
// possessive after the name.
func givenNameFirst(toks []Token) {
	i := 0
	if len(toks) > 0 && isOpeningMark(toks[0].Text) {
		i = 1
	}
	if i+2 >= len(toks) || !startsUpper(toks[i].Text) || !startsUpper(toks[i+1].Text) || toks[i+1].Tag != "NNP" {
		return
	}
	switch toks[i].Tag {
	case "VB", "VBP", "VBN", "NN":
	default:
		return
	}
	k := i + 1
	for k < len(toks) && toks[k].Tag == "NNP" {
		k++
	}
	if k < len(toks) {
		comma := toks[k].Tag == "," && k+1 < len(toks) && (toks[k+1].Tag == "DT" || toks[k+1].Tag == "NN" || toks[k+1].Tag == "JJ")
		switch toks[k].Tag {
		case "VBD", "VBZ", "MD", "POS", ",":
			if toks[k].Tag == "," && !comma {
				break // "“Stop Brexit,” he said": a command
			}
			// "Ken Livingstone said", "Ken Livingstone's plan", "Ken
			// Livingstone, the mayor, said".
			toks[i].Tag = "NNP"
		}
	}
}

// fixTags corrects frequent errors of the model and applies the
// conventions of current English treebanks: "to" before a noun phrase is
// a preposition (IN), a hyphen inside a word is HYPH, straight double
// quotes open and close.
func (p *posTagger) fixTags(toks []Token, lowers []string) {
	dq := 0
	for i := range toks {
		w := toks[i].Text
		t := toks[i].Tag
		// Only the tags and the words of the cases below can match one.
		switch t {
		case "WP", "WDT", "NNP", "VBZ", "NNS", "VBP", "VB", "VBD", "VBN":
		default:
			switch w {
			case "\"", "to", "To", "TO", "-", "'", "‘", "’", "so", "So", "that", "That", "i",
				"Thank", "thank", "there", "There", "'s", "’s":
			default:
				continue
			}
		}
		switch {
		case w == "\"":
			if dq%2 == 0 {
				toks[i].Tag = "``"
			} else {
				toks[i].Tag = "''"
			}
			dq++
		case w == "to" || w == "To" || w == "TO":
			next := ""
			if i+1 < len(toks) {
				next = toks[i+1].Tag
			}
			intent := i > 0 && lowers[i-1] != "due" && isIntentWord(lowers[i-1])
			// A noun or adjective after "to" is a verb when the word can
			// be one and an object follows it, or when the word before
			// "to" takes an infinitive ("threatened to strike").
			verbish := false
			if i+1 < len(toks) && (next == "VBP" || next == "NN" || next == "NNS" || next == "JJ") {
				after := ""
				if i+2 < len(toks) {
					after = toks[i+2].Tag
				}
				vb := p.model.wordWeight(lowers[i+1], "VB")
				verbish = next == "VBP" && after != "" && !isNoun(after) ||
					vb > 0 && (after == "DT" || after == "PRP$" || after == "PRP" || intent && after != "POS") && (next != "JJ" || vb > p.model.wordWeight(lowers[i+1], "JJ")) ||
					intent && next == "NN" && lowers[i-1] != "going" && !startsUpper(toks[i+1].Text) // "set to campaign"
			}
			if i > 0 {
				switch lowers[i-1] {
				case "according", "due", "next", "close", "prior", "thanks", "compared", "related", "addition", "regard", "respect", "up":
					verbish, next = false, "" // "according to", "next to": always a preposition
				}
			}
			if i+1 < len(toks) && next == "VB" && startsUpper(toks[i+1].Text) && p.lowerNotCommon(lowers[i+1]) {
				next = "" // "welcome him to Google"
			}
			if next == "VB" && !intent && !startsUpper(toks[i+1].Text) {
				lw := lowers[i+1]
				if vb, vbp := p.model.wordWeights2(lw, "VB", "VBP"); vb <= 0 && vbp <= 0 && (p.model.wordWeight(lw, "NN") > 0 || p.common != nil && p.common(lw)) && !p.canBeVerb(lw) && !p.canBeVerbIng(lw) {
					// "go to dinner": a noun that no dictionary knows as a
					// verb.
					next = ""
					switch {
					case p.model.wordWeight(lw, "JJ") > 0:
						toks[i+1].Tag = "JJ" // "way to high": "too" misspelt
					case isPluralForm(lw) && p.inflected != nil && p.inflected(lw):
						toks[i+1].Tag = "NNS"
					default:
						toks[i+1].Tag = "NN"
					}
				}
			}
			if next != "VB" && next != "RB" && !verbish {
				toks[i].Tag = "IN"
			} else {
				toks[i].Tag = "TO"
				if next == "VBP" || next == "NN" || next == "NNS" || next == "JJ" {
					toks[i+1].Tag = "VB"
				}
			}
		case w == "-" && i > 0 && i+1 < len(toks) && toks[i-1].End == toks[i].Start && toks[i+1].Start == toks[i].End && toks[i].End > 0:
			toks[i].Tag = "HYPH"
		case w == "-" && toks[i].End > 0:
			toks[i].Tag = "," // a dash written with a hyphen
		case (w == "'" || w == "‘") && toks[i].End > 0 && !(i > 0 && i+1 < len(toks) && strings.HasSuffix(toks[i-1].Text, "s") && toks[i-1].End == toks[i].Start && isNoun(toks[i-1].Tag) && (isNoun(toks[i+1].Tag) || isAdj(toks[i+1].Tag) || t == "POS")):
			// A single quote mark opens after a space and closes before one.
			if i == 0 || toks[i-1].End < toks[i].Start {
				toks[i].Tag = "``"
			} else {
				toks[i].Tag = "''"
			}
		case w == "so" || w == "So":
			if i+1 < len(toks) && strings.EqualFold(toks[i+1].Text, "that") {
				toks[i].Tag = "IN"
			} else if t == "IN" {
				toks[i].Tag = "RB"
			}
		case (w == "that" || w == "That") && i+1 < len(toks):
			prev := ""
			if i > 0 {
				prev = toks[i-1].Tag
			}
			next := toks[i+1].Tag
			switch {
			case isVerb(prev) && prev != "VBG" || prev == "RB" && i > 1 && isVerb(toks[i-2].Tag):
				toks[i].Tag = "IN" // "said that"
			case isNoun(prev) && (isVerb(next) || next == "MD"):
				toks[i].Tag = "WDT" // "the call that took place"
			case (prev == "" || prev == "``" || prev == "CC" || prev == ",") && (isVerb(next) || next == "MD"):
				toks[i].Tag = "DT" // "That means ..."
			}
		case w == "i":
			toks[i].Tag = "PRP"
		case (t == "WP" || t == "WDT") && len(w) > 1 && isUpperWord(w) && letterCase(toks) != caseUpper:
			// "WHO reports": an acronym written like a question word.
			toks[i].Tag = "NNP"
		case (w == "Thank" || w == "thank") && i+1 < len(toks) && strings.EqualFold(toks[i+1].Text, "you"):
			toks[i].Tag = "VBP"
		case (w == "there" || w == "There") && (t == "EX" || t == "RB"):
			// Existential "there" comes before "be" and a few verbs like it.
			toks[i].Tag = "RB"
			if i > 0 && isHaveBeForm(lowers[i-1]) && i+1 < len(toks) && (toks[i+1].Tag == "DT" || isNoun(toks[i+1].Tag) || isAdj(toks[i+1].Tag) || toks[i+1].Tag == "CD") {
				toks[i].Tag = "EX" // "Is there any ...?"
				break
			}
			for k := i + 1; k < len(toks) && k < i+3; k++ {
				l := lowers[k]
				if isHaveBeForm(l) || l == "'s" || l == "’s" || strings.HasPrefix(l, "seem") || strings.HasPrefix(l, "appear") || strings.HasPrefix(l, "remain") || strings.HasPrefix(l, "exist") || toks[k].Tag == "MD" {
					toks[i].Tag = "EX"
					break
				}
				if toks[k].Tag != "RB" && toks[k].Tag != "MD" {
					break
				}
			}
		case t == "NNP" && i+1 < len(toks) && (isNoun(toks[i+1].Tag) || isAdj(toks[i+1].Tag)) && isDemonym(w):
			// "Iraqi officials", "the Sunni minority": a nationality
			// before a noun is an adjective.
			toks[i].Tag = "JJ"
		case t == "VBZ" && i > 0 && i+2 < len(toks) && isProper(toks[i-1].Tag) && toks[i+1].Tag == "NN" && (toks[i+2].Tag == "DT" || toks[i+2].Tag == "PRP$" || toks[i+2].Tag == "PRP" || lowers[i+2] == "that") && p.model.wordWeight(lowers[i], "NNS") > 0 && p.model.wordWeight(lowers[i+1], "VBP") > 0:
			// "WHO reports show a rise": a plural noun after a name, then
			// the verb with its object.
			toks[i].Tag = "NNS"
			toks[i+1].Tag = "VBP"
		case t == "NNS" && i > 0 && i+1 < len(toks) && verbAfterSubject(toks, i):
			toks[i].Tag = "VBZ"
		case t == "NNS" && i > 0 && i+1 < len(toks) && lowers[i+1] == "that" && (toks[i-1].Tag == "NN" || toks[i-1].Tag == "NNP") && p.model.wordWeight(lowers[i], "VBZ") > 0 && p.model.wordWeight(lowers[i], "NNS") <= 0 && noVerbBefore(toks, i):
			// "Xinhua reports that", "the paper notes that".
			toks[i].Tag = "VBZ"
		case t == "NNS" && i == 0 && len(toks) > 2 && (lowers[1] == "like" || isAdj(toks[1].Tag) || lowers[0] == "depends" && (lowers[1] == "on" || lowers[1] == "where")) && p.model.wordWeight(lowers[0], "VBZ") > 0 && (!finiteVerbAfter(toks, 0) || lowers[1] == "like" || lowers[0] == "depends"):
			// "Sounds like a plan.", "Looks great.": the subject "it"
			// left out.
			toks[i].Tag = "VBZ"
		case (t == "VBP" || t == "VB" || t == "VBD" || t == "VBN") && i > 0:
			// The form a verb must have after its auxiliary.
			k := i - 1
			for k > 0 && toks[k].Tag == "RB" {
				k--
			}
			aux := lowers[k]
			switch {
			case toks[k].Tag == "MD" || toks[k].Tag == "TO" || aux == "do" || aux == "does" || aux == "did":
				if t == "VBP" {
					toks[i].Tag = "VB"
				}
			case t == "VBD" && isHaveBeForm(aux):
				// A past form after have or be is the participle; a word
				// that is no participle ("was awesome") is an adjective.
				if strings.HasSuffix(lowers[i], "ed") || p.inflected == nil || p.inflected(lowers[i]) {
					toks[i].Tag = "VBN"
				} else {
					toks[i].Tag = "JJ"
				}
			case t == "VBN" && k == i-1 && (isNoun(toks[k].Tag) || toks[k].Tag == "PRP") && i+1 < len(toks) && (toks[i+1].Tag == "DT" || toks[i+1].Tag == "PRP$" || toks[i+1].Tag == "CD") && noVerbBefore(toks, k):
				// "Police fired the ...": a past tense after its subject.
				toks[i].Tag = "VBD"
			}
		case (w == "'s" || w == "’s") && t != "POS" && t != "VBZ" && t != "PRP":
			// After a noun, "'s" is a possessive or "is".
			if i+1 < len(toks) && (strings.HasPrefix(toks[i+1].Tag, "VB") || toks[i+1].Tag == "RB" || toks[i+1].Tag == "DT") {
				toks[i].Tag = "VBZ"
			} else {
				toks[i].Tag = "POS"
			}
		case (w == "'" || w == "’") && i > 0 && strings.HasPrefix(toks[i-1].Tag, "NNS") && strings.HasSuffix(toks[i-1].Text, "s") && i+1 < len(toks) && strings.HasPrefix(toks[i+1].Tag, "NN"):
			toks[i].Tag = "POS"
		}
	}
}

// lemmatizer gives lower-case lemmas from the tag, a table of irregular
// forms, rules for regular inflection and golem's dictionary.
type lemmatizer struct {
	golem *golem.Lemmatizer
}

func newLemmatizer() (*lemmatizer, error) {
	g, err := golem.New(en.New())
	if err != nil {
		return nil, err
	}
	return &lemmatizer{golem: g}, nil
}

// irregularLemmas are forms whose lemma golem gets wrong or that depend on
// our tokenisation.
var irregularLemmas = map[string]string{
	"n't": "not", "n’t": "not", "'re": "be", "’re": "be", "'m": "be", "’m": "be",
	"'ll": "will", "’ll": "will", "'ve": "have", "’ve": "have", "wo": "will", "ca": "can",
	"is": "be", "are": "be", "was": "be", "were": "be", "am": "be", "been": "be", "being": "be", "be": "be",
	"has": "have", "had": "have", "having": "have", "does": "do", "did": "do", "done": "do", "doing": "do",
	"me": "i", "him": "he", "us": "we", "them": "they", "an": "a",
	"saw": "see", "left": "leave", "met": "meet", "held": "hold", "said": "say", "told": "tell",
	"took": "take", "taken": "take", "found": "find", "felt": "feel", "fell": "fall", "led": "lead",
	"lay": "lie", "bore": "bear", "wound": "wound", "better": "good", "best": "good",
	"worse": "bad", "worst": "bad", "data": "data", "news": "news", "media": "media",
	"forces": "force", "leaves": "leave", "bases": "base", "lives": "life", "ties": "tie",
	"talks": "talk", "arms": "arm", "troops": "troop", "goods": "good",
}

// irregularGate has, for each first byte, bit n set when a key of
// irregularLemmas of n bytes (bit 7: 7 or more) starts with it: a word
// whose bit is clear is not a key, and costs no map look-up.
var irregularGate = func() (g [256]uint8) {
	for w := range irregularLemmas {
		g[w[0]] |= 1 << min(len(w), 7)
	}
	return g
}()

// lemma returns the lemma of a token; lower is its ASCII lower-case form.
func (l *lemmatizer) lemma(lower, tg string) string {
	switch tg {
	case "NN", "NNP", "CD", "IN", "CC", ",", ".", ":", "``", "''", "-LRB-", "-RRB-", "HYPH", "SYM", "$", "#":
		return lower // no inflection to undo
	}
	switch lower {
	case "'s", "’s":
		if tg == "VBZ" {
			return "be"
		}
		return "'s"
	case "'d", "’d":
		if tg == "MD" {
			return "would"
		}
		return "have"
	case "her":
		if tg == "PRP" {
			return "she"
		}
		return "her"
	}
	if lower != "" && irregularGate[lower[0]]&(1<<min(len(lower), 7)) != 0 {
		if v, ok := irregularLemmas[lower]; ok {
			return v
		}
	}
	if tg == "" || len(tg) < 2 {
		return lower
	}
	switch tg[:2] {
	case "NN":
		// NNS, NNPS
		if g := l.golem.LemmaLower(lower); g != lower && !strings.HasSuffix(g, "s") || g != lower && len(g) < len(lower)-2 {
			return g
		}
		return nounRule(lower)
	case "VB":
		if tg == "VB" || tg == "VBP" {
			return lower
		}
		if g := l.golem.LemmaLower(lower); g != lower {
			return g
		}
		v := verbRule(lower, tg)
		if v != lower && !l.golem.InDict(v) && l.golem.InDict(v+"e") {
			return v + "e" // "taking" -> "take"
		}
		return v
	case "JJ", "RB":
		if tg == "JJR" || tg == "JJS" || tg == "RBR" || tg == "RBS" {
			if g := l.golem.LemmaLower(lower); g != lower {
				return g
			}
		}
		return lower
	}
	return lower
}

// nounRule strips regular plural endings.
func nounRule(w string) string {
	switch {
	case len(w) > 4 && strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case len(w) > 4 && (strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "xes") || strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "zes")):
		return w[:len(w)-2]
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		return w[:len(w)-1]
	}
	return w
}

// verbRule strips regular verb endings.
func verbRule(w, tg string) string {
	switch tg {
	case "VBZ":
		switch {
		case len(w) > 4 && strings.HasSuffix(w, "ies"):
			return w[:len(w)-3] + "y"
		case len(w) > 4 && (strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "xes") || strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes")):
			return w[:len(w)-2]
		case len(w) > 2 && strings.HasSuffix(w, "s"):
			return w[:len(w)-1]
		}
	case "VBD", "VBN":
		switch {
		case len(w) > 4 && strings.HasSuffix(w, "ied"):
			return w[:len(w)-3] + "y"
		case len(w) > 4 && strings.HasSuffix(w, "ed"):
			s := w[:len(w)-2]
			if n := len(s); n > 2 && s[n-1] == s[n-2] && !strings.ContainsRune("lsz", rune(s[n-1])) {
				return s[:n-1]
			}
			return s
		}
	case "VBG":
		if len(w) > 5 && strings.HasSuffix(w, "ing") {
			s := w[:len(w)-3]
			if n := len(s); n > 2 && s[n-1] == s[n-2] && !strings.ContainsRune("lsz", rune(s[n-1])) {
				return s[:n-1]
			}
			return s
		}
	}
	return w
}

// asciiLower returns s with ASCII letters lower-cased; its byte offsets
// match those of s.
func asciiLower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if c := b[j]; c >= 'A' && c <= 'Z' {
					b[j] = c + 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

// fixVerbs finds base-form verbs that the model took for nouns or
// adjectives: after a modal ("we will interview the candidate"), after
// "please", and a command at the start of a sentence ("Try the soup.",
// "Work hard."). The word must lean to a verb in the model's own lexicon.
func (p *posTagger) fixVerbs(toks []Token, lowers []string) {
	for i := range toks {
		t := toks[i].Tag
		switch t {
		case "VBN", "JJ", "NN", "RB", "VBD", "VBG", "VB", "VBP", "NNP":
		default:
			continue // no rule below reads another tag
		}
		if t == "VBN" && i > 0 && adjectivalParticiple(toks, lowers, i) {
			toks[i].Tag = "JJ"
			continue
		}
		if t == "JJ" && !adjectiveEnding(lowers[i]) {
			if jj, nn := p.model.wordWeights2(lowers[i], "JJ", "NN"); jj <= 0 && nn > 0 && !isDemonym(toks[i].Text) {
				// "tap water", "the address field": a noun that
				// modifies a noun, which the model read as an adjective.
				toks[i].Tag = "NN"
				t = "NN"
			}
		} else if t == "NN" && i+1 < len(toks) && (toks[i+1].Tag == "NN" || toks[i+1].Tag == "NNS" || predicativePlace(toks, i)) && strongAdjectiveEnding(lowers[i]) && p.model.wordWeight(lowers[i], "NN") <= 0 {
			// "a harmless secret", "it was marvellous": an unknown word
			// with an adjective's ending.
			toks[i].Tag = "JJ"
			t = "JJ"
		} else if t == "NN" && predicativePlace(toks, i) && !startsUpper(toks[i].Text) {
			if jj, nn := p.model.wordWeights2(lowers[i], "JJ", "NN"); nn <= 0 && jj > 0 {
				// "is really small and cute": an adjective the model
				// read as a noun.
				toks[i].Tag = "JJ"
				t = "JJ"
			}
		}
		if t == "JJ" && i > 0 && i+1 < len(toks) && (toks[i-1].Tag == "DT" || toks[i-1].Tag == "PRP$") && isNoun(toks[i+1].Tag) && strings.HasSuffix(lowers[i], "ed") {
			if vbn, jj := p.model.wordWeights2(lowers[i], "VBN", "JJ"); vbn > jj {
				// "the attached file", "the intended recipient": a
				// verb's participle before a noun stays a participle.
				toks[i].Tag = "VBN"
				continue
			}
		}
		if t == "RB" && len(lowers[i]) > 5 && strings.HasSuffix(lowers[i], "ly") && (i+1 == len(toks) || !isVerb(toks[i+1].Tag) && toks[i+1].Tag != "RB") && p.nounPlusLy(lowers[i]) {
			toks[i].Tag = "JJ" // "friendly staff", "it was lovely"
			continue
		}
		if t == "VBD" && i > 1 && participleAfterAux(toks, lowers, i) {
			toks[i].Tag = "VBN"
			continue
		}
		if t == "VBG" && i > 0 && i+1 < len(toks) && (toks[i-1].Tag == "DT" || toks[i-1].Tag == "PRP$") && (toks[i+1].Tag == "NN" || toks[i+1].Tag == "NNS") && p.model.wordWeight(lowers[i], "NN") > 0 {
			// "the waiting room", "a consulting arrangement": a gerund
			// that names an activity before a noun.
			toks[i].Tag = "NN"
			continue
		}
		if t == "VBG" && i > 0 && p.adjectivalGerund(toks, lowers, i) {
			toks[i].Tag = "JJ"
			continue
		}
		if t == "VBN" && p.pastTenseVerb(toks, lowers, i) {
			toks[i].Tag = "VBD"
			continue
		}
		if t == "VBN" && i > 0 && i+1 < len(toks) && prenominalParticiple(toks, lowers, i) {
			toks[i].Tag = "JJ"
			continue
		}
		if (t == "VB" || t == "VBP") && i > 0 && i+1 < len(toks) && quantityBefore(lowers[i-1]) && (toks[i+1].Tag == "IN" || toks[i+1].Tag == "." || toks[i+1].Tag == ",") {
			// "less say over", "a say in", "the final say": after a
			// determiner or a word of quantity the word is a noun.
			toks[i].Tag = "NN"
			continue
		}
		if t == "VB" || t == "VBP" {
			p.fixPresent(toks, lowers, i)
			continue
		}
		if t == "NN" && i > 0 && p.presentAfterSubject(toks, lowers, i) {
			toks[i].Tag = "VBP" // "I recommend it", "groups that attack others"
			p.fixPresent(toks, lowers, i)
			continue
		}
		if t != "NN" && t != "JJ" && t != "NNP" {
			continue
		}
		k := i - 1
		for k >= 0 && toks[k].Tag == "RB" {
			k--
		}
		next := ""
		if i+1 < len(toks) {
			next = toks[i+1].Tag
		}
		var cue, coord bool
		switch {
		case k > 0 && (lowers[k] == "and" || lowers[k] == "or") && baseVerbBefore(toks, k):
			// "interview the candidate and slot him in": a second base
			// form after "and".
			coord = i+1 < len(toks) && (toks[i+1].Tag == "DT" || toks[i+1].Tag == "PRP" || toks[i+1].Tag == "PRP$")
			cue = coord
		case k >= 0 && (toks[k].Tag == "MD" || toks[k].Tag == "UH" && (lowers[k] == "please" || lowers[k] == "pls" || lowers[k] == "plz")):
			cue = !isNoun(next) && next != "POS" && next != "MD" && !isVerb(next)
			if next == "NNP" && toks[k].Tag == "UH" && p.canBeVerb(lowers[i]) {
				toks[i].Tag = "VB" // "please contact Joan"
				continue
			}
		case i == 0 || i == 1 && isOpeningMark(toks[0].Text) || i < 4 && commandAdverbsBefore(lowers, i):
			switch next {
			case "DT", "PRP$", "PRP", "IN", "RB", "TO", "RP", "CD", "VBG", "ADD", "":
				cue = next != "IN" || lowers[i+1] != "of"
			}
		}
		if !cue {
			continue
		}
		vb, vbp := p.model.wordWeights2(lowers[i], "VB", "VBP")
		vb = max(vb, vbp) // a present form is the same word as the base form
		objNext := next == "DT" || next == "PRP$" || next == "PRP"
		if (next == "RB" || next == "RP") && isParticle(lowers[i+1]) && i+2 < len(toks) {
			// "must hand back the money": a particle, then the object.
			t2 := toks[i+2].Tag
			objNext = t2 == "DT" || t2 == "PRP$" || t2 == "PRP"
		}
		if vb > 0 || vb == 0 && t == "NN" && k >= 0 && toks[k].Tag == "MD" && objNext || coord && vb == 0 && t == "NN" || (objNext || next == "IN" || next == "RP") && t == "NN" && p.canBeVerb(lowers[i]) {
			toks[i].Tag = "VB"
			p.fixPresent(toks, lowers, i)
		}
	}
}

// participleAfterAux reports a past form that is a participle because
// its auxiliary stands further back: before the subject in a question
// ("When was the hotel founded?", "Have you had any news?"), or before a
// first participle it is coordinated with ("was fined or sent to
// prison").
func participleAfterAux(toks []Token, lowers []string, i int) bool {
	// "had it fixed", "get them all repaired", "getting my phone
	// upgraded": have or get, an object, then the participle.
	o := i - 1
	if o > 1 && (lowers[o] == "all" || lowers[o] == "both") {
		o--
	}
	switch {
	case !strings.HasSuffix(lowers[i], "ed"):
	case o > 0 && toks[o].Tag == "PRP" && isObjectPronoun(lowers[o]) && isHaveGetForm(lowers[o-1]):
		return true
	case o > 1 && (toks[o].Tag == "NN" || toks[o].Tag == "NNS") && toks[o-1].Tag == "PRP$" && isHaveGetForm(lowers[o-2]):
		return true
	}
	k := i - 1
	for k > 0 && toks[k].Tag == "RB" {
		k--
	}
	if toks[k].Tag == "CC" && k > 0 {
		j := k - 1
		for j > 0 && toks[j].Tag == "RB" {
			j--
		}
		if toks[j].Tag == "VBN" {
			return true
		}
	}
	// An inverted auxiliary: the first word, or after a question word.
	a := 0
	if toks[0].Tag == "WRB" || toks[0].Tag == "WP" {
		a = 1
	}
	if !isHaveBeForm(lowers[a]) || a+1 >= i {
		return false
	}
	for j := a + 1; j < i; j++ {
		switch toks[j].Tag {
		case "PRP", "NN", "NNS", "NNP", "NNPS", "DT", "JJ", "PRP$", "CD", "POS", "RB":
		default:
			return false
		}
	}
	return isQuestion(toks)
}

// isObjectPronoun reports the object forms of personal pronouns.
func isObjectPronoun(w string) bool {
	switch w {
	case "it", "them", "him", "her", "me", "us":
		return true
	}
	return false
}

// isHaveGetForm reports forms of have and get, which take an object and
// a participle ("had it fixed").
func isHaveGetForm(w string) bool {
	switch w {
	case "have", "has", "had", "having", "get", "gets", "got", "getting":
		return true
	}
	return false
}

// pastTenseVerb reports a form read as a past participle that is the
// past tense of the sentence's only verb: after its subject ("the talks
// remained difficult", "US troops there clashed with ...") or with the
// subject left out, as in notes and reviews ("Stayed two nights.",
// "Really enjoyed it."). No verb may come before it, and no finite verb
// after it (then it is a reduced relative: "the man arrested there
// said ..."), nor an agent "by".
func (p *posTagger) pastTenseVerb(toks []Token, lowers []string, i int) bool {
	k := i - 1
	for k >= 0 && toks[k].Tag == "RB" {
		switch lowers[k] {
		case "very", "highly", "not", "so", "too", "most", "well", "more", "less", "badly", "newly", "recently":
			return false // "Highly recommended", "Not impressed"
		}
		k--
	}
	if i+1 >= len(toks) {
		return false
	}
	switch toks[i+1].Tag {
	case "DT", "PRP", "PRP$", "PDT", "CD", "TO", "RP", "RB", "IN", "JJ", "NNS":
		if lowers[i+1] == "of" || lowers[i+1] == "by" {
			return false // "Tired of it", an agent
		}
		if k < 0 && (toks[i+1].Tag == "JJ" || toks[i+1].Tag == "NNS") {
			return false // "Maimed children.": a participle before its noun
		}
	default:
		return false
	}
	if lowers[i] == "compared" || k > 0 && toks[k].Tag == "PRP" && toks[k-1].Tag == "IN" {
		return false // "compared to", "those of you tempted to"
	}
	if k >= 0 {
		switch toks[k].Tag {
		case "PRP", "NN", "NNS", "NNP", "NNPS":
		case "``":
			if k > 0 {
				return false
			}
		default:
			return false
		}
	}
	if !noVerbBefore(toks, k+1) || !strings.HasSuffix(lowers[i], "ed") && p.model.wordWeight(lowers[i], "VBD") <= 0 {
		return false
	}
	if k >= 0 && toks[k].Tag != "PRP" && toks[len(toks)-1].Tag != "." {
		// A headline's participle after a noun is passive: "Two men
		// arrested in Paris".
		return false
	}
	if k < 0 {
		return subjectlessPast(toks, lowers, i) // "Checked in late, but ..."
	}
	return !finiteVerbAfter(toks, i)
}

// adjectivalGerund reports an -ing form used as an adjective: after
// be or a degree adverb and before no object ("the food was amazing.",
// "a really exciting"), when the model's lexicon knows the word as an
// adjective.
func (p *posTagger) adjectivalGerund(toks []Token, lowers []string, i int) bool {
	if i+1 < len(toks) {
		switch toks[i+1].Tag {
		case ".", ",", "CC", ":", "NN", "NNS":
		default:
			return false
		}
	}
	k := i - 1
	degree := false
	for k >= 0 && toks[k].Tag == "RB" {
		switch lowers[k] {
		case "very", "too", "so", "really", "extremely", "quite", "pretty", "most", "more", "absolutely", "truly", "super":
			degree = true
		}
		k--
	}
	if k < 0 {
		return false
	}
	if !degree {
		switch lowers[k] {
		case "is", "are", "was", "were", "be", "been", "'s", "'re", "’s", "’re", "seems", "seemed", "looks", "looked", "sounds", "sounded":
		default:
			return false
		}
		if i+1 < len(toks) && isNoun(toks[i+1].Tag) {
			return false // "was running errands"
		}
	}
	switch lowers[i] {
	case "coming", "going", "happening", "running", "working", "missing", "leaving", "waiting", "living", "lying", "ongoing":
		return false // "it was coming": progressive verbs of motion and state
	}
	jj, vbg := p.model.wordWeights2(lowers[i], "JJ", "VBG")
	return jj > 0 && jj > vbg
}

// predicativePlace reports a word that stands where a predicative
// adjective does: after be or a verb like it, an adverb, a conjunction
// or a comma, or alone, and not before "of".
func predicativePlace(toks []Token, i int) bool {
	if i+1 < len(toks) && (toks[i+1].Text == "of" || isNoun(toks[i+1].Tag)) {
		return false
	}
	if i == 0 {
		return true
	}
	switch toks[i-1].Tag {
	case "VBZ", "VBD", "VBP", "VB", "RB", "CC", ",":
		return true
	}
	return false
}

// strongAdjectiveEnding reports an ending that makes adjectives and
// almost never nouns: -less, -ous, -able, -ible, -ive, -ful.
func strongAdjectiveEnding(w string) bool {
	if len(w) < 6 {
		return false
	}
	for _, e := range [...]string{"less", "ous", "able", "ible", "ive", "ful"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// adjectiveEnding reports a word with an ending of adjectives
// ("nuclear", "official", "executive", "sensible") or one of the few
// short adjectives that also name things ("young", "fun").
func adjectiveEnding(w string) bool {
	for _, e := range [...]string{"al", "ar", "ive", "ous", "ful", "ic", "ble", "ent", "ant", "ile", "id", "ish", "less", "ary", "ory", "y"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	switch w {
	case "young", "fun", "level", "top", "chief", "prime", "key", "major", "minor", "senior", "junior", "average":
		return true
	}
	return false
}

// presentAfterSubject reports a word read as a noun that is a present
// verb: right after I/you/we/they ("I recommend the soup"), or after a
// relative pronoun and before an object ("groups that attack other
// countries"), when the dictionary knows the word as a verb.
func (p *posTagger) presentAfterSubject(toks []Token, lowers []string, i int) bool {
	next := ""
	if i+1 < len(toks) {
		next = toks[i+1].Tag
	}
	switch lowers[i-1] {
	case "i", "you", "we", "they":
		if next == "POS" || next == "MD" || isVerb(next) {
			return false
		}
	case "that", "who", "which":
		if toks[i-1].Tag != "WDT" && toks[i-1].Tag != "WP" || !(next == "DT" || next == "PRP" || next == "PRP$" || next == "NNS" || next == "JJ") {
			return false
		}
	default:
		return false
	}
	return p.model.wordWeight(lowers[i], "VBP") > 0 || p.canBeVerb(lowers[i])
}

// nounPlusLy reports an adjective made of a noun and -ly ("friendly",
// "lovely", "costly"): the model's lexicon knows the stem as a noun and
// not as an adjective, unlike the stems of adverbs ("quick-ly").
func (p *posTagger) nounPlusLy(lw string) bool {
	switch lw {
	case "partly", "namely", "presently", "wholly", "only", "early", "purposely", "officially", "nightly", "yearly", "monthly", "weekly", "daily", "hourly":
		return false // adverbs of a noun, and the time words that are both
	}
	stem := lw[:len(lw)-2]
	jj, nn := p.model.wordWeights2(stem, "JJ", "NN")
	if nn <= 0 && len(stem) > 2 && stem[len(stem)-1] != 'e' {
		jj, nn = p.model.wordWeights2(stem+"e", "JJ", "NN") // "lovely"
	}
	return nn > 0 && jj <= 0
}

// canBeVerb reports a word that the lemma dictionary knows as a verb:
// its regular past form ("shared", "replied", "stopped") is a dictionary
// form inflected from it.
func (p *posTagger) canBeVerb(lw string) bool {
	if p.common == nil || p.inflected == nil || len(lw) < 3 || len(lw) > 20 {
		return false
	}
	var buf [24]byte
	try := func(parts ...string) bool {
		b := buf[:0]
		for _, s := range parts {
			b = append(b, s...)
		}
		w := string(b)
		return p.common(w) && p.inflected(w)
	}
	n := len(lw)
	last := lw[n-1]
	switch {
	case last == 'e':
		return try(lw, "d")
	case last == 'y' && !isVowel(lw[n-2]):
		return try(lw[:n-1], "ied")
	}
	return try(lw, "ed") || !isVowel(last) && isVowel(lw[n-2]) && try(lw, lw[n-1:], "ed")
}

// canBeVerbIng reports a word whose -ing form the lemma dictionary lists
// as inflected from it ("wear" → "wearing", "dig" → "digging").
func (p *posTagger) canBeVerbIng(lw string) bool {
	if p.common == nil || p.inflected == nil || len(lw) < 2 || len(lw) > 20 {
		return false
	}
	var buf [24]byte
	ok := func(b []byte) bool { w := string(b); return p.common(w) && p.inflected(w) }
	n := len(lw)
	if ok(append(append(buf[:0], lw...), "ing"...)) {
		return true
	}
	if lw[n-1] == 'e' && ok(append(append(buf[:0], lw[:n-1]...), "ing"...)) {
		return true
	}
	return !isVowel(lw[n-1]) && ok(append(append(append(buf[:0], lw...), lw[n-1]), "ing"...))
}

func isVowel(c byte) bool { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' }

// baseVerbBefore reports that the clause before the conjunction at k has
// a base-form verb (a command or an infinitive) and no other verb after
// it.
func baseVerbBefore(toks []Token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		switch t := toks[j].Tag; {
		case t == "VB":
			return true
		case isVerb(t) || t == "MD" || t == "," || t == "." || t == ":" || t == "CC" || t == "WDT" || t == "WP":
			return false
		}
	}
	return false
}

// prenominalParticiple reports a past participle between a main verb
// and the noun it modifies: "reject proposed changes", "arrested wanted
// men". After have, be or get the participle belongs to the verb group.
func prenominalParticiple(toks []Token, lowers []string, i int) bool {
	pt := toks[i-1].Tag
	if !(pt == "VBD" || pt == "VBP" || pt == "VBZ" || pt == "VB") || isHaveBeForm(lowers[i-1]) {
		return false
	}
	switch lowers[i-1] {
	case "get", "gets", "got", "getting", "do", "does", "did", "'s", "’s", "'ve", "’ve", "'re", "’re":
		return false
	}
	if nt := toks[i+1].Tag; nt != "NN" && nt != "NNS" {
		return false
	}
	// "had the plan approved": an object first; "said killed civilians"
	// is rare, but a determiner after the noun ("saw tanks fire")
	// means a clause.
	return i+2 >= len(toks) || !isVerb(toks[i+2].Tag) && toks[i+2].Tag != "DT" && toks[i+2].Tag != "MD"
}

// quantityBefore lists determiners and words of quantity before which a
// verb form cannot stand.
func quantityBefore(w string) bool {
	switch w {
	case "a", "an", "the", "no", "less", "more", "final", "any", "some", "little", "much", "real", "greater", "bigger":
		return true
	}
	return false
}

// fixPresent chooses between the base form (VB) and the present tense
// (VBP) of verb i from its subject: "they know" is VBP, "do you know"
// and "let them know" are VB; a sentence that starts with "Hope you"
// or "Do you" has an elided or inverted subject and a present verb;
// "Don't ..." at the start of a sentence is a command.
func (p *posTagger) fixPresent(toks []Token, lowers []string, i int) {
	t := toks[i].Tag
	first := i == 0 || i == 1 && (isOpeningMark(toks[0].Text) || toks[0].Tag == "``")
	if !first && lowers[i] == "do" && i+2 < len(toks) && (lowers[i+1] == "n't" || lowers[i+1] == "not") && toks[i+2].Tag == "VB" {
		// "... : Don't drink it", "but don't tell": a command after a
		// clause boundary.
		switch toks[i-1].Tag {
		case "``", ":", ",", "CC", "-LRB-", ".":
			toks[i].Tag = "VB"
			return
		}
	}
	if t == "VB" && lowers[i] == "do" && i+1 < len(toks) && !first && toks[i-1].Tag != "MD" && toks[i-1].Tag != "TO" && (toks[i+1].Tag == "PRP" && lowers[i+1] != "it" || i+2 < len(toks) && lowers[i+1] == "n't" && toks[i+2].Tag == "PRP") {
		toks[i].Tag = "VBP" // "how do you ...", "don't they know"
		return
	}
	if t == "VBP" && !first && invertedAux(toks, lowers, i) {
		toks[i].Tag = "VB" // "What will your friends say?"
		return
	}
	next := ""
	if i+1 < len(toks) {
		next = toks[i+1].Tag
	}
	if first {
		switch lw := lowers[i]; {
		case lw == "do":
			if next == "RB" && (lowers[i+1] == "n't" || lowers[i+1] == "not") {
				toks[i].Tag = "VB" // "Don't ..."
			} else if next == "PRP" || next == "DT" || next == "NNP" {
				toks[i].Tag = "VBP" // "Do you ..."
			}
		case elidedSubjectWord(lw):
			if next == "DT" || next == "PRP" || next == "PRP$" || next == "NNP" || next == "." || next == "" {
				toks[i].Tag = "VBP" // "Love this place!": "I" left out
			}
		case lw == "have" || lw == "hope" || lw == "thank" || lw == "guess" || lw == "wish":
			if lowers[i] == "have" && next == "DT" && (lowers[i+1] == "a" || lowers[i+1] == "an") && toks[len(toks)-1].Text != "?" {
				toks[i].Tag = "VB" // "Have a nice day."
			} else if next == "PRP" || next == "DT" || next == "TO" {
				toks[i].Tag = "VBP" // "Hope you ...", "Have you ..."
			}
		}
		return
	}
	k := i - 1
	for k > 0 && toks[k].Tag == "RB" {
		k--
	}
	if k > 1 && (lowers[k] == "all" || lowers[k] == "both") && toks[k-1].Tag == "PRP" {
		k-- // "let you all know"
	}
	subj := toks[k].Tag == "NNS" || toks[k].Tag == "PRP" && (lowers[k] == "i" || lowers[k] == "you" || lowers[k] == "we" || lowers[k] == "they")
	if !subj {
		return
	}
	// A verb or modal before the subject governs a bare infinitive
	// ("do you know", "let them go", "will they agree").
	ruled := false
	j := k - 1
	if toks[k].Tag == "NNS" {
		if st := npStart(toks, k); causativeObject(toks, lowers, st) || st > 0 && toks[st-1].Tag == "MD" {
			j = st - 1 // "let your friends and local papers know", "will the US and allies do"
		}
	}
	if j > 0 && (lowers[j] == "n't" || lowers[j] == "not") && (toks[j-1].Tag == "MD" || lowers[j-1] == "do" || lowers[j-1] == "does" || lowers[j-1] == "did") {
		j-- // "wouldn't you know", "don't they know"
	}
	if j >= 0 {
		switch lowers[j] {
		case "suggest", "suggests", "suggested", "recommend", "recommends", "recommended", "insist", "insists", "insisted", "demand", "demands", "demanded", "propose", "proposed":
			if t == "VBP" {
				toks[i].Tag = "VB" // "I suggest you have a look": a subjunctive
			}
			return
		}
		switch {
		case toks[j].Tag == "MD" || toks[j].Tag == "TO":
			ruled = true
		default:
			switch lowers[j] {
			case "do", "does", "did", "let", "lets", "make", "makes", "made", "help", "helps", "helped",
				"have", "has", "had", "see", "saw", "watch", "hear", "heard", "'d", "’d", "'ll", "’ll", "and", "or":
				ruled = true
			}
		}
	}
	switch {
	case t == "VB" && !ruled && !invertedAux(toks, lowers, i):
		toks[i].Tag = "VBP"
	case t == "VBP" && ruled && j >= 0 && lowers[j] != "and" && lowers[j] != "or" && (toks[j].Tag == "MD" || lowers[j] == "do" || lowers[j] == "does" || lowers[j] == "did" || causativeVerb(lowers[j]) && isVerb(toks[j].Tag)):
		toks[i].Tag = "VB"
	}
}

// invertedAux reports a verb whose modal or do stands before its
// subject in a question: "What will your friends say?", "Does the
// hotel offer parking?".
func invertedAux(toks []Token, lowers []string, i int) bool {
	j := i - 1
	for j > 0 && i-j <= 6 {
		switch toks[j].Tag {
		case "RB", "DT", "PRP$", "JJ", "NN", "NNS", "NNP", "NNPS", "PRP", "CD", "POS":
			j--
			continue
		}
		break
	}
	if j == i-1 || !isQuestion(toks) {
		return false
	}
	return toks[j].Tag == "MD" || lowers[j] == "do" || lowers[j] == "does" || lowers[j] == "did"
}

// adjectivalParticiple reports a past participle used as an adjective
// after be or a verb like it: one modified by a degree adverb ("is too
// complicated", "was very pleased") or one of the participles of feeling
// and state ("I am concerned", "got involved"), when no "by" agent
// follows.
func adjectivalParticiple(toks []Token, lowers []string, i int) bool {
	if i+1 < len(toks) && lowers[i+1] == "by" {
		return false
	}
	k := i - 1
	degree := false
	for k >= 0 && toks[k].Tag == "RB" {
		switch lowers[k] {
		case "very", "too", "so", "really", "extremely", "quite", "pretty", "more", "most", "less", "least", "totally", "highly", "super", "overly", "rather", "fairly":
			degree = true
		}
		k--
	}
	if k < 0 {
		return false
	}
	switch lowers[k] {
	case "is", "are", "was", "were", "be", "been", "being", "am", "'m", "'re", "'s", "’m", "’re", "’s",
		"get", "got", "gets", "getting", "gotten", "feel", "feels", "felt", "seem", "seems", "seemed",
		"become", "became", "look", "looks", "looked":
	default:
		return false
	}
	if degree {
		return true
	}
	switch lowers[i] {
	case "concerned", "involved", "embarrassed", "ashamed", "frustrated", "interested", "excited",
		"pleased", "disappointed", "surprised", "impressed", "confused", "worried", "satisfied", "tired",
		"bored", "scared", "terrified", "amazed", "annoyed", "thrilled", "delighted", "gone",
		"finished", "married", "qualified", "experienced", "complicated", "sophisticated", "dedicated",
		"related", "lost", "stuck", "stressed", "exhausted", "relieved", "shocked", "upset", "obsessed",
		"hooked", "spoiled", "spoilt", "overwhelmed", "outdated", "crowded", "packed", "talented":
		return true
	}
	return false
}

// Letter case of a sentence as a whole.
const (
	caseNormal = iota
	caseTitle  // most words capitalised: a title or a headline
	caseUpper  // most words in capitals
)

// letterCase tells whether a sentence is written in capitals or in title
// case, where capitals say nothing of names.
func letterCase(toks []Token) int {
	var n, title, upper int
	for i := range toks {
		w := toks[i].Text
		c := w[0]
		switch {
		case c >= 'a' && c <= 'z':
			n++
		case c >= 'A' && c <= 'Z':
			n++
			if len(w) > 1 && isUpperWord(w) {
				upper++
			} else {
				title++
			}
		}
	}
	switch {
	case n >= 2 && upper*10 >= n*7:
		return caseUpper
	case n >= 2 && (title+upper)*10 >= n*8:
		return caseTitle
	}
	return caseNormal
}

// isUpperWord reports a word whose letters are all capitals.
func isUpperWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'a' && c <= 'z' {
			return false
		}
	}
	return true
}

// lowerForModel reports a capitalised token that the model should see in
// lower case because its capitals say nothing: the first word of a
// sentence, any word of a sentence in capitals or in title case, or a
// word in capitals for emphasis ("it was VERY good"); all only when the
// lower-case form is an ordinary English word.
//
// lowers holds the lower-case forms of the tokens before i.
func (p *posTagger) lowerForModel(toks []Token, lowers []string, i, mode int, lw string) bool {
	w := toks[i].Text
	if !startsUpper(w) {
		return false
	}
	switch {
	case i == 0 || i == 1 && isOpeningMark(toks[0].Text):
		if isAcronym(w) && mode != caseUpper {
			return false
		}
		if mode != caseUpper && p.nameAhead(toks, i, lw) {
			return false
		}
	case mode == caseTitle:
		if isAcronym(w) {
			return false
		}
		if isGivenName(lw) {
			return false
		}
		// A surname after a given name ("Tom Martin") keeps its capital.
		// Not any word after any name: in a title-case headline the verb
		// follows its subject ("Iran Condemns US Strikes", "Chile And
		// Peru Agree To Hold Talks") and must be seen in lower case.
		if prev := toks[i-1].Text; startsUpper(prev) && !isUpperWord(prev) && isGivenName(lowers[i-1]) {
			return false
		}
	case mode == caseUpper:
	case len(w) >= 3 && isUpperWord(w):
	default:
		return false
	}
	return p.commonWord(lw)
}

// lowerNotCommon reports a lower-case word that is no ordinary English
// word (a name, when it was written with a capital).
func (p *posTagger) lowerNotCommon(lw string) bool {
	return p.common != nil && !p.common(lw)
}

// capNotCommon is lowerNotCommon of the ASCII lower-case form of a
// capitalised word of at most 24 bytes; longer words are false.
func (p *posTagger) capNotCommon(w string) bool {
	var buf [24]byte
	return len(w) <= len(buf) && p.lowerNotCommon(string(lowerInto(buf[:0], w)))
}

// isName reports a token the model took for a common noun that is a
// name: a capitalised word that is no ordinary English word ("Vince"),
// a given name or a title before a name ("Mike", "President Bush"), or a
// place, weekday or month written in lower case after a preposition
// ("in mexico", "on saturday").
func (p *posTagger) isName(toks []Token, i int, w, lw string, mode int) bool {
	raw := toks[i].Text
	if startsUpper(raw) && !isUpperWord(raw) && toks[i].Tag == "NN" {
		if w != raw {
			// Shown to the model in lower case: only a title before a
			// name is a name ("President Bush").
			_, title := titleWords()[lw]
			return title && mode == caseNormal && i+1 < len(toks) && toks[i+1].Tag == "NNP" && startsUpper(toks[i+1].Text) && !isUpperWord(toks[i+1].Text)
		}
		if !p.commonWord(lw) {
			return true
		}
		if _, ok := givenNames()[lw]; ok {
			return true
		}
		if mode != caseNormal {
			return false
		}
		if i+1 < len(toks) && startsUpper(toks[i+1].Text) && !isUpperWord(toks[i+1].Text) {
			return toks[i+1].Tag == "NNP" || toks[i+1].Tag == "NN" && p.capNotCommon(toks[i+1].Text)
		}
		return false
	}
	if startsLower(w) && len(w) > 3 && i > 0 && (toks[i-1].Tag == "IN" || toks[i-1].Tag == "TO") {
		// After a preposition: "in mexico", "on saturday".
		if unambiguousCalendarWord(lw) {
			return true
		}
		if e, ok := gazetteer().names[lw]; ok && e.kind == Place && p.lowerNotCommon(lw) {
			return true
		}
	}
	return false
}

// isPluralForm reports a lower-case word with a regular plural ending.
func isPluralForm(lw string) bool {
	return len(lw) > 3 && lw[len(lw)-1] == 's' && !strings.HasSuffix(lw, "ss") && !strings.HasSuffix(lw, "us") && !strings.HasSuffix(lw, "is") && !strings.HasSuffix(lw, "'s")
}

// nameAhead reports a capitalised first word that begins a name: a
// given name ("Mark said"), or a title word before a capitalised word
// that is no ordinary English word ("President Putin").
func (p *posTagger) nameAhead(toks []Token, i int, lw string) bool {
	if isGivenName(lw) && (i+1 == len(toks) || startsUpper(toks[i+1].Text) || toks[i+1].Text == "," || isVerbLike(toks[i+1].Text) || nameJoiner(toks[i+1].Text)) {
		return true
	}
	if _, ok := titleWords()[lw]; ok && i+1 < len(toks) && startsUpper(toks[i+1].Text) && !isUpperWord(toks[i+1].Text) {
		if p.capNotCommon(toks[i+1].Text) {
			return true
		}
	}
	return false
}

// isVerbLike reports a lower-case word ending like a finite verb
// ("said", "says", "wrote"), after which a capitalised first word is the
// subject's name.
func isVerbLike(w string) bool {
	return startsLower(w) && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") || w == "said" || w == "wrote" || w == "told")
}

func (p *posTagger) commonWord(lw string) bool {
	if p.common == nil {
		return false
	}
	if _, ok := gazetteer().names[lw]; ok {
		return false
	}
	return p.common(lw) || p.model.knowsLower(lw)
}

// verbAfterSubject reports a plural-looking noun that is really a verb in
// the third person: "The president plans to visit", "If Israel attacks,".
// It needs a subject right before it (a name, a pronoun, or a noun before
// "to"), no finite verb earlier in the clause, and a verb-like context
// after it.
func verbAfterSubject(toks []Token, i int) bool {
	if !strings.HasSuffix(toks[i].Text, "s") || strings.HasSuffix(toks[i].Text, "ss") {
		return false
	}
	prev, next := toks[i-1].Tag, toks[i+1].Tag
	switch {
	case next == "TO" || toks[i+1].Text == "to":
		if prev != "NN" && prev != "NNP" && prev != "PRP" {
			return false
		}
	case prev == "NNP" || prev == "PRP":
		switch next {
		case ",", ".", "DT", "PRP$", "PRP", "NNP", "CD":
		default:
			return false
		}
		if prev == "NNP" {
			// A name that modifies a noun after a preposition or an
			// adjective: "with local US commanders.", "from radical
			// Islamist terrorists,".
			j := i - 1
			for j >= 0 && (toks[j].Tag == "NNP" || toks[j].Tag == "NNPS") {
				j--
			}
			if j >= 0 && (toks[j].Tag == "IN" && !isSubordinator(toks[j].Text) || isAdj(toks[j].Tag) || toks[j].Tag == "CD" || toks[j].Tag == "PRP$" || toks[j].Tag == "DT" && next == "." && (j == 0 || toks[j-1].Tag != ",")) {
				return false
			}
		}
	default:
		return false
	}
	for k := i - 1; k >= 0; k-- {
		tg := toks[k].Tag
		if tg == "VBD" || tg == "VBZ" || tg == "VBP" || tg == "MD" {
			return false
		}
		if tg == "," || tg == ":" || tg == "IN" && k < i-2 {
			break
		}
	}
	return true
}

// finiteVerbAfter reports a finite verb or modal after token i.
func finiteVerbAfter(toks []Token, i int) bool {
	for j := i + 1; j < len(toks); j++ {
		if finiteTag(toks[j].Tag) {
			return true
		}
	}
	return false
}

// isSubordinator reports conjunctions tagged IN that open a clause
// ("If Israel attacks, ...").
func isSubordinator(w string) bool { return subordinatorWord(strings.ToLower(w)) }

// subordinatorWord reports the lower-case words of isSubordinator.
func subordinatorWord(lw string) bool {
	switch lw {
	case "if", "when", "as", "because", "unless", "while", "after", "before", "since", "until", "although", "though", "whether", "once", "that":
		return true
	}
	return false
}

// isIntentWord reports an inflected form of a word that takes an
// infinitive of intent ("threatened", "agreed", "plans"), before lemmas
// are known.
func isIntentWord(w string) bool {
	m := intentMarkers()
	for _, suf := range [...]string{"", "s", "d", "ed", "ing", "ned", "ning"} {
		if strings.HasSuffix(w, suf) {
			if _, ok := m[w[:len(w)-len(suf)]]; ok {
				return true
			}
		}
	}
	return false
}

// isHaveBeForm reports forms of "have" and "be" that take a participle.
func isHaveBeForm(w string) bool {
	switch w {
	case "has", "have", "had", "having", "is", "are", "was", "were", "be", "been", "being", "'s", "’s", "'ve", "’ve", "ve", "'re", "’re", "get", "got", "gets":
		return true
	}
	return false
}

// noVerbBefore reports that no verb precedes token k in the sentence.
func noVerbBefore(toks []Token, k int) bool {
	for j := 0; j < k; j++ {
		if isVerb(toks[j].Tag) || toks[j].Tag == "MD" {
			return false
		}
	}
	return true
}

// isDemonym reports a singular nationality or group adjective of the
// gazetteer ("Iraqi", "Sunni"), written with a capital.
func isDemonym(w string) bool {
	if !startsUpper(w) || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		return false
	}
	var buf [24]byte
	if len(w) > len(buf) {
		return false
	}
	e, ok := gazetteer().names[string(lowerInto(buf[:0], w))]
	return ok && e.kind == Nationality
}

// moneyBeforeNumber reports a plural currency word written before its
// amount, as in some news styles ("pounds 63 a week", "dollars 5bn"),
// which is a noun and not the verb "pounds". A name and a plural noun
// around it keep the verb: "Israel pounds 30 targets".
func moneyBeforeNumber(toks []Token, i int, lw string) bool {
	if i+1 >= len(toks) || toks[i+1].Text == "" || !isDigit(toks[i+1].Text[0]) {
		return false
	}
	switch lw {
	case "dollars", "euros", "yen", "francs", "rupees", "pesos", "roubles", "rubles", "dinars", "riyals",
		"shekels", "marks", "lira", "krona", "kronor", "yuan", "rand", "cents", "pence":
		return true
	case "pounds":
		if i+2 < len(toks) {
			w := toks[i+2].Text
			if len(w) > 3 && w[len(w)-1] == 's' && startsLower(w) && i > 0 && startsUpper(toks[i-1].Text) {
				return false // "Israel pounds 30 targets"
			}
		}
		return true
	}
	return false
}

// fixSubjunctive gives the base tag VB to the verb of a mandative
// that-clause ("demanded that Washington withdraw its troops", "insists
// that Iran halt", "the demand that Assad step aside"), which the model
// reads as a past or present form or as a noun for want of an ending.
func (p *posTagger) fixSubjunctive(toks []Token, lowers []string) {
	for i := 1; i+2 < len(toks); i++ {
		if lowers[i] != "that" || !mandativeWord(lowers[i-1]) {
			continue
		}
		// The subject: a short noun phrase or a pronoun.
		k := i + 1
		for k < len(toks) && k < i+8 && npSubjectTag(toks[k].Tag) {
			k++
		}
		if k == i+1 {
			continue
		}
		// The verb is the word after that run ("Washington withdraw/VBD",
		// "Turkey not attack"), or a word inside it that follows a noun
		// ("the president resign/NN", "the council impose/JJ sanctions").
		v := k
		if v < len(toks) && lowers[v] == "not" {
			v++
		}
		if v >= len(toks) || !p.subjunctiveForm(toks, lowers, v) {
			v = -1
			for j := i + 2; j < k; j++ {
				if (toks[j].Tag == "NN" || toks[j].Tag == "JJ") && (isNoun(toks[j-1].Tag) || toks[j-1].Tag == "PRP") && p.subjunctiveForm(toks, lowers, j) {
					v = j
					break
				}
			}
			if v < 0 {
				continue
			}
		}
		// No other verb may stand in the clause before its end: then the
		// candidate is the only verb the clause can have.
		if !onlyVerb(toks, v) {
			continue
		}
		toks[v].Tag = "VB"
	}
}

// mandativeWord lists the words after which "that" opens a clause of
// demand, whose verb is a bare subjunctive.
func mandativeWord(w string) bool {
	switch w {
	case "demand", "demands", "demanded", "demanding", "insist", "insists", "insisted", "insisting", "insistence",
		"urge", "urges", "urged", "urging", "ask", "asks", "asked", "asking", "propose", "proposes", "proposed",
		"proposing", "proposal", "request", "requests", "requested", "requesting", "recommend", "recommends",
		"recommended", "recommending", "recommendation", "require", "requires", "required", "requiring",
		"requirement", "stipulate", "stipulates", "stipulated", "essential", "imperative", "vital":
		return true
	}
	return false
}

// npSubjectTag reports tags that may make up the short subject of a
// that-clause.
func npSubjectTag(tg string) bool {
	switch tg {
	case "DT", "PDT", "PRP", "PRP$", "CD", "JJ", "NN", "NNS", "NNP", "NNPS", "POS", "HYPH":
		return true
	}
	return false
}

// subjunctiveForm reports a word at v written as a bare verb and read as
// something else: a past or present tense, a noun or an adjective.
func (p *posTagger) subjunctiveForm(toks []Token, lowers []string, v int) bool {
	switch toks[v].Tag {
	case "VBD", "VBP", "NN", "JJ":
	default:
		return false
	}
	lw := lowers[v]
	if len(lw) < 2 || strings.HasSuffix(lw, "ed") || startsUpper(toks[v].Text) {
		return false
	}
	return p.model.wordWeight(lw, "VB") > 0 || p.canBeVerb(lw)
}

// onlyVerb reports that no verb or modal follows token v before the end
// of its clause (a comma, a colon, a semicolon, a conjunction or the
// end of the sentence).
func onlyVerb(toks []Token, v int) bool {
	for j := v + 1; j < len(toks); j++ {
		switch tg := toks[j].Tag; {
		case tg == "," || tg == ":" || tg == "." || tg == "CC":
			return true
		case tg == "MD" || tg == "VB" || tg == "VBD" || tg == "VBZ" || tg == "VBP":
			return false
		}
	}
	return true
}
