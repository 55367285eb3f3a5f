package actor

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/heraldevents/herald/nlp"
)

// group is a noun phrase assembled from items: determiners, country
// modifiers, agents, a core (name, organisation, country list) and an
// "of" tail ("the foreign ministers of Syria and Iran").
type group struct {
	first, last int // item indices [first, last)
	start, end  int // token span
	det         string
	num         int  // "two" -> 2, "both" -> 2
	definite    bool // "the two", "both", "these three": refers back
	mods        []*item
	orgs        []*item // named modifiers or "of" objects ("UN envoy", "head of the IAEA")
	agents      []*item
	core        *item // name or named entity
	pronoun     string
	pluralNoun  string // "sides", "countries" after a numeral
	ethnic      bool   // "ethnic Albanians": people, not the state
	// kinPeople: a nationality before another country's plural demonym
	// ("Bosnian Serbs", "Kosovo Albanians"): people of the first country.
	kinPeople  bool
	foreign    bool // "foreign fighters": not of the place they are in
	possessive bool // the country modifiers end in a possessive ("Israel's")
}

var determiners = map[string]bool{"the": true, "a": true, "an": true, "his": true, "her": true,
	"its": true, "their": true, "our": true, "this": true, "these": true, "all": true}

var premods = map[string]bool{"former": true, "top": true, "senior": true, "official": true,
	"new": true, "acting": true, "then": true, "veteran": true, "outgoing": true, "incoming": true,
	"interim": true, "current": true, "late": true, "powerful": true, "influential": true, "state": true,
	"state-run": true, "state-owned": true, "semi-official": true, "main": true, "leading": true,
	"local": true, "foreign": true, "last": true, "remaining": true, "several": true, "many": true,
	"some": true, "other": true, "more": true, "unnamed": true, "anonymous": true}

var numerals = map[string]int{"two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4}

var pluralCorefNouns = map[string]bool{"sides": true, "countries": true, "parties": true, "leaders": true,
	"governments": true, "delegations": true, "men": true, "nations": true, "states": true,
	"neighbours": true, "neighbors": true}

// nameCountry gives a country to a recently named person who had none,
// or only the document's country as a guess (title+context): "President
// Musharraf" ... "the Pakistani president" makes Musharraf Pakistan's:
// the most recent such person of this or the three sentences before with
// the role's head word. The second pass then uses the name.
func (st *docState) nameCountry(a Actor) {
	hw := strings.Fields(strings.ToLower(a.Role))
	if len(hw) == 0 {
		return
	}
	head := hw[len(hw)-1]
	for i := len(st.recent) - 1; i >= 0 && st.atSentence-st.recent[i].sentence <= 3; i-- {
		ra := st.recent[i]
		if !ra.person || ra.actor.Name == "" {
			continue
		}
		if !strings.Contains(strings.ToLower(ra.actor.Role), head) || ra.actor.Country == a.Country {
			continue
		}
		name := ra.actor.Name
		found := false
		for k, ref := range st.names {
			if ref.actor.Name == name && (ref.actor.Country == "" || ref.basis == "title+context") {
				ref.actor = withSector(a.Country, strings.Join(ref.actor.Sectors, ""))
				ref.actor.Name, ref.actor.Role = name, ra.actor.Role
				st.names[k] = ref
				found = true
			}
		}
		if found {
			return
		}
	}
}

// pronounAntecedent resolves he, she and him. A subject pronoun (he,
// she) is the most recent named person before it in its sentence (not a
// bare title: "the home secretary" inside a quote before "he told the
// BBC"); else the first person of the sentence before, its
// subject as a rule ("Trump called Erdogan, urging him to stop. He urged
// Turkey ..." is Trump); otherwise, and for "him", the most recent person
// of this or the two sentences before, named or not. Further back a
// pronoun is too often someone never named as an actor; and when a person
// who is no actor ("Lord Carlile", unknown to the dictionaries, or "our
// correspondent") was named after the candidate (for the subject of the
// sentence before: before it there, or in the pronoun's own sentence),
// the pronoun is more likely that person: nothing.
func (st *docState) pronounAntecedent(p string) (Actor, bool) {
	want := byte('m')
	if p == "she" {
		want = 'f'
	}
	fits := func(ra *recentActor) bool {
		if len(st.gender) == 0 {
			return true // no gender noted: no lower-cased name to look up
		}
		g := st.gender[lastLower(ra.actor.Name)]
		return g == 0 || g == want
	}
	pick := func(ra *recentActor) (Actor, bool) {
		if st.otherPersonOK && st.otherPerson.after(position{ra.sentence, ra.start}) {
			return Actor{}, false
		}
		return ra.actor, true
	}
	if p != "him" {
		for i := len(st.recent) - 1; i >= 0 && st.recent[i].sentence == st.atSentence; i-- {
			if st.recent[i].person && !st.recent[i].institution && st.recent[i].actor.Name != "" && fits(&st.recent[i]) {
				return pick(&st.recent[i])
			}
		}
		var first *recentActor
		for i := len(st.recent) - 1; i >= 0 && st.recent[i].sentence >= st.atSentence-1; i-- {
			if ra := &st.recent[i]; ra.person && !ra.institution && ra.sentence == st.atSentence-1 && fits(ra) {
				first = ra
			}
		}
		if first != nil {
			// The subject of the sentence before, unless a person who is
			// no actor comes first there or was named in this sentence.
			if st.otherPersonOK && (st.otherPerson.sentence == st.atSentence ||
				st.otherPerson.sentence == first.sentence && st.otherPerson.start < first.start) {
				return Actor{}, false
			}
			return first.actor, true
		}
	}
	for i := len(st.recent) - 1; i >= 0 && st.atSentence-st.recent[i].sentence <= 2; i-- {
		if st.recent[i].person && !st.recent[i].institution && fits(&st.recent[i]) {
			return pick(&st.recent[i])
		}
	}
	return Actor{}, false
}

// genderedHonorifics say whether the person named after them is a man or
// a woman.
var genderedHonorifics = map[string]byte{"mr": 'm', "mister": 'm', "sir": 'm', "lord": 'm',
	"mrs": 'f', "ms": 'f', "miss": 'f', "lady": 'f', "baroness": 'f', "dame": 'f'}

// shortLower writes the ASCII lower case of a short word, without a final
// full stop ("Mr." -> "mr"), into b and returns it; a word longer than b
// gives nil. Honorifics are looked up this way without allocating.
func shortLower(t string, b *[9]byte) []byte {
	t = strings.TrimSuffix(t, ".")
	if len(t) > len(b) {
		return nil
	}
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return b[:len(t)]
}

// noteGender records the gender of a person whose name was written after
// a gendered honorific ("Mrs Follett", "Lord Carlile").
func (st *docState) noteGender(s *nlp.Sentence, core *item, name string) {
	if name == "" {
		return
	}
	for _, k := range []int{core.start - 1, core.start} {
		if k < 0 || k >= len(s.Tokens) {
			continue
		}
		var b [9]byte
		if g := genderedHonorifics[string(shortLower(s.Tokens[k].Text, &b))]; g != 0 {
			if st.gender == nil {
				st.gender = map[string]byte{}
			}
			st.gender[lastLower(name)] = g
			return
		}
	}
}

// personName reports whether a name not in any dictionary is a
// person's: written after an honorific ("Lord Carlile", "Mr Pierce") or
// inside a PERSON entity of the language layer.
func personName(s *nlp.Sentence, core *item) bool {
	honorific := func(t string) bool {
		var b [9]byte
		return honorifics[string(shortLower(t, &b))]
	}
	if core.start > 0 && honorific(s.Tokens[core.start-1].Text) || honorific(s.Tokens[core.start].Text) {
		return true
	}
	for _, e := range s.Entities {
		if e.Kind == nlp.Person && e.Start <= core.start && core.end <= e.End {
			return true
		}
	}
	return false
}

// refersBack reports whether a group points back to a country named
// before: "its Congress", "the country's Congress".
func refersBack(s *nlp.Sentence, g *group) bool {
	if g.det == "its" || g.det == "their" {
		return true
	}
	k := g.start
	if k >= 2 && (s.Tokens[k-1].Text == "'s" || s.Tokens[k-1].Text == "’s") {
		w := strings.ToLower(s.Tokens[k-2].Text)
		return w == "country" || w == "nation"
	}
	return false
}

// regionCodes are the region codes of the countries dictionary: never the
// possessor of "its army" or "their government".
var regionCodes = map[string]bool{"EUR": true, "AFR": true, "ASA": true, "MEA": true, "LAM": true, "WST": true,
	"WAF": true, "EAF": true, "NAF": true, "SAF": true, "EEU": true, "SAS": true, "CAU": true, "ARB": true,
	"NMR": true, "SAM": true, "CAS": true, "SEA": true, "BLK": true}

// possessor is what "its forces", "their government", "his ministry"
// belong to: the most recent actor of this or the two sentences before (a
// person for his/her). An actor with a country gives that country; a
// named organisation or group without one ("the PKK said its leader")
// is itself the possessor; a person with no country, or a bare sector,
// gives nothing (an older country would be a guess).
func (st *docState) possessor(personOnly bool) (Actor, bool) {
	for i := len(st.recent) - 1; i >= 0 && st.atSentence-st.recent[i].sentence <= 2; i-- {
		ra := st.recent[i]
		if personOnly && (!ra.person || ra.institution) {
			continue
		}
		if ra.actor.Country != "" && !regionCodes[ra.actor.Country] {
			return ra.actor, true
		}
		if regionCodes[ra.actor.Country] {
			continue // "Turkey ... guards Europe's borders ... its army": a region owns no army
		}
		if !ra.person && len(ra.actor.Code) > 3 && ra.actor.Code != strings.Join(ra.actor.Sectors, "") {
			a := ra.actor
			a.Name = ""
			return a, true
		}
		if personOnly {
			return Actor{}, false
		}
	}
	return Actor{}, false
}

// institutionWords end titles of bodies, not people: "the Syrian
// government", "Congress", "the Defence Ministry". A later "he" or "she"
// is never one of them.
var institutionWords = map[string]bool{"government": true, "administration": true, "ministry": true,
	"parliament": true, "congress": true, "senate": true, "assembly": true, "legislature": true, "cabinet": true,
	"regime": true, "army": true, "navy": true, "military": true, "police": true, "forces": true, "force": true,
	"court": true, "judiciary": true, "tribunal": true, "embassy": true, "consulate": true, "council": true,
	"committee": true, "agency": true, "office": true, "department": true, "party": true, "authorities": true,
	"authority": true, "junta": true, "presidency": true, "palace": true, "duma": true, "knesset": true,
	"majlis": true, "bundestag": true, "house": true, "commons": true, "lords": true, "coalition": true,
	"opposition": true, "media": true, "intelligence": true, "services": true, "service": true, "delegation": true,
	"mission": true, "pentagon": true, "treasury": true, "militia": true, "group": true, "gendarmerie": true}

// personWords in a title name a person even before an institution word
// ("the Defence Ministry spokesman", "Minister of Defence").
var personWords = map[string]bool{"minister": true, "secretary": true, "commissioner": true, "spokesman": true,
	"spokeswoman": true, "spokesperson": true, "chief": true, "director": true, "head": true, "officer": true,
	"official": true, "chairman": true, "general": true, "leader": true, "commander": true, "member": true}

// institution reports whether a title names a body rather than a person.
func institution(agents []*item) bool {
	var last string
	for _, a := range agents {
		rest := a.text
		for rest != "" {
			var w string
			w, rest, _ = strings.Cut(rest, " ")
			if w == "" {
				continue
			}
			if hasASCIIUpper(w) {
				w = strings.ToLower(w)
			}
			if personWords[w] {
				return false
			}
			last = w
		}
	}
	return institutionWords[last]
}

// diasporaCountries are countries whose demonym after another nationality
// names their own citizens of that origin ("Cuban Americans").
var diasporaCountries = map[string]bool{"USA": true, "CAN": true, "AUS": true, "NZL": true}

// armedSectors are the sectors of armed non-state groups.
var armedSectors = map[string]bool{"REB": true, "INS": true, "UAF": true, "SEP": true}

// armedGroup reports whether an actor is a named armed group
// ("IMGISI", "LBNREBHEZ"), not a bare sector.
func armedGroup(a Actor) bool {
	if strings.HasPrefix(a.Code, "IMG") {
		return true
	}
	if len(a.Code) <= 6 {
		return false // "SYRREB", "REB": a sector, not a named group
	}
	for _, s := range a.Sectors {
		if armedSectors[s] {
			return true
		}
	}
	return false
}

// localSectors are the sectors whose people an "in" tail places in the
// country: "police in Kenya" are Kenyan police.
var localSectors = map[string]bool{"GOV": true, "COP": true, "OPP": true, "REB": true, "INS": true, "SEP": true,
	"CVL": true, "LEG": true, "JUD": true, "PTY": true, "LAB": true, "BUS": true, "REL": true, "EDU": true,
	"HLH": true, "CRM": true, "AGR": true, "UAF": true, "HRI": true}

// headAgent is the entry of the last agent that is not generic (the
// first agent when all are generic), as agentInfo chooses it.
func headAgent(agents []*item) *Entry {
	var chosen *Entry
	for _, a := range agents {
		if e := a.ents[0]; chosen == nil || !e.Generic {
			chosen = e
		}
	}
	return chosen
}

// modifierTag are the tags of words that may stand between a nationality
// and a title.
var modifierTag = map[string]bool{"JJ": true, "VBG": true, "NN": true, "VBN": true}

// modifierWord reports whether a word item may stand between a
// nationality and a title: an adjective, participle or noun by its tag,
// or (untagged) a lower-case word with an adjective-like ending.
func modifierWord(it *item) bool {
	if it.tag != "" {
		return modifierTag[it.tag]
	}
	for _, suf := range []string{"ing", "al", "ary", "ic", "ive", "ar", "ist"} {
		if len(it.word) > len(suf)+2 && strings.HasSuffix(it.word, suf) {
			return true
		}
	}
	return false
}

// ethnicCountry is the country of "ethnic X": the country the text is
// about when that is another one ("ethnic Albanians" in a story about
// Macedonia), else X's.
func (st *docState) ethnicCountry(c string) string {
	if st.focus != "" {
		return st.focus
	}
	return c
}

// countryPlurals are plural nouns that, after "the two" or "both", name
// countries (their governments): "both countries", "the two governments".
var countryPlurals = map[string]bool{"countries": true, "nations": true, "states": true, "governments": true,
	"neighbours": true, "neighbors": true}

var pronouns = map[string]bool{"he": true, "she": true, "him": true}

func isWord(it *item, w ...string) bool {
	if it.kind != itWord {
		return false
	}
	for _, x := range w {
		if it.word == x {
			return true
		}
	}
	return false
}

func isPossessive(it *item) bool {
	return it.kind == itWord && (it.word == "'s" || it.word == "'" || it.word == "s")
}

// parseGroup reads a group starting at item p into g; it returns false
// when no actor phrase starts there.
func parseGroup(s *nlp.Sentence, its []item, p int, g *group) bool {
	*g = group{first: p}
	q := p
	for q < len(its) && its[q].kind == itWord && its[q].wc != 0 {
		w, wc := its[q].word, its[q].wc
		if wc&wcDeterminer != 0 && g.det == "" && g.num == 0 {
			g.det = w
		} else if wc&wcEthnic != 0 {
			g.ethnic = true
		} else if wc&wcNumeral != 0 {
			g.num = numerals[w]
			g.definite = w == "both" || g.det == "the" || g.det == "these" || g.det == "their" || g.det == "its" || g.det == "all"
		} else if wc&wcPremod == 0 {
			break
		} else if w == "foreign" {
			g.foreign = true
		}
		q++
	}
	if q < len(its) && its[q].kind == itWord && its[q].wc&wcPronoun != 0 && q == p {
		g.pronoun = its[q].word
		g.last = q + 1
		g.start, g.end = its[q].start, its[q].end
		return true
	}
	if g.num > 0 && q < len(its) && its[q].kind == itWord && its[q].wc&wcPluralCoref != 0 {
		g.pluralNoun = its[q].word
		g.last = q + 1
		g.start, g.end = its[p].start, its[q].end
		return true
	}
	if q == len(its) || its[q].kind == itWord {
		// Every reading below needs a modifier, an organisation, an
		// agent or a name here (most items are plain words).
		return false
	}
	// A generic agent before a nationality is a pre-modifier ("the
	// official Iranian news agency").
	for q+1 < len(its) && its[q].kind == itAgent && its[q].ents[0].Generic && its[q+1].countryish() {
		q++
	}
	// Country and organisation modifiers, joined by "and", "," and "-".
	for q < len(its) {
		it := &its[q]
		if it.countryish() {
			g.mods = append(g.mods, it)
			q++
			// "Bosnian Serbs", "Kosovo Albanians", "Bosnian Serb forces":
			// another country's demonym right after a nationality names an
			// ethnic community of the first country, not the second state.
			if len(g.mods) == 1 && it.kind != itCapital && q < len(its) && its[q].kind == itAdj && its[q].start == it.end &&
				its[q].country() != it.country() {
				w := strings.ToLower(its[q].text)
				if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
					g.kinPeople = true
					if diasporaCountries[its[q].country()] {
						// "Cuban Americans", "Chinese Canadians": people of
						// the second country.
						g.mods[0] = &its[q]
					}
					q++
					break
				}
				if q+1 < len(its) && its[q+1].kind == itAgent {
					q++
					break
				}
			}
			if q < len(its) && isPossessive(&its[q]) {
				q++
				g.possessive = true
				break
			}
			if q+1 < len(its) && isWord(&its[q], "and", "-", "&") && its[q+1].countryish() {
				q++
				continue
			}
			if q+2 < len(its) && isWord(&its[q], ",") && isWord(&its[q+1], "and") && its[q+2].countryish() {
				q += 2
				continue
			}
			if q+1 < len(its) && isWord(&its[q], ",") && its[q+1].countryish() &&
				!(introductory(s, g.mods[0].start) && subjectStartsAt(s, its[q+1].start)) {
				q++
				continue
			}
			break
		}
		if it.kind == itNamed && it.ents[0].Kind != KindPerson && it.ents[0].Kind != KindMedia && q+1 < len(its) &&
			(its[q+1].kind == itName && (its[q+1].end-its[q+1].start >= 2 || personName(s, &its[q+1])) ||
				its[q+1].kind == itNamed && its[q+1].ents[0].Kind == KindPerson) {
			// (A one-word name needs to be a person's: "the United
			// Nations Convention" is no UN official called Convention.)
			// "UN Secretary-General Antonio Guterres": the organisation
			// is the title of the name that follows.
			g.orgs = append(g.orgs, it)
			q++
			break
		}
		if it.kind == itNamed && q+1 < len(its) && its[q+1].kind == itAgent && strings.HasPrefix(it.ents[0].Code, "IGO") &&
			strings.Contains(strings.ToLower(its[q+1].text), "ambassador") {
			// "UN ambassador Susan Rice", "the EU ambassador": a country's
			// ambassador to the body; the country comes from elsewhere.
			q++
			break
		}
		// "Hamas's political leader Khaled Meshaal", "UKIP's deputy
		// leader": up to two modifier words between the possessive and
		// the title.
		titleAfter := func(k int) int {
			for n := 0; n < 2 && k < len(its) && its[k].kind == itWord && its[k].wc&wcDeterminer == 0 &&
				(premods[its[k].word] || its[k].word == "deputy" || modifierWord(&its[k])); n++ {
				k++
			}
			if k < len(its) && its[k].kind == itAgent && !its[k].ents[0].Community {
				return k
			}
			return -1
		}
		if it.kind == itNamed && q+1 < len(its) && (its[q+1].kind == itAgent || isPossessive(&its[q+1]) && titleAfter(q+2) >= 0) {
			g.orgs = append(g.orgs, it)
			q++
			if isPossessive(&its[q]) {
				q = titleAfter(q + 1)
			}
			break
		}
		break
	}
	// "Bangladeshi peacekeeping troops", "Iranian nuclear negotiators":
	// up to two tagged modifier words between a nationality and a title;
	// "Nicaragua's Sandinista government": a movement's name between.
	if len(g.mods) > 0 {
		k := q
		for k < len(its) && k-q < 2 && its[k].kind == itWord && its[k].wc == 0 && modifierWord(&its[k]) {
			k++
		}
		if k > q && k < len(its) && its[k].kind == itAgent && !its[k].ents[0].Generic && !placeNounAfter(s, its[k].end) {
			q = k
		} else if q+1 < len(its) && its[q].kind == itName && its[q].end-its[q].start <= 2 && its[q+1].kind == itAgent &&
			!its[q+1].ents[0].Generic {
			q++
		}
	}
	// "the Russian UN ambassador": the nationality decides.
	if len(g.mods) > 0 && q+1 < len(its) && its[q].kind == itNamed && its[q+1].kind == itAgent &&
		strings.HasPrefix(its[q].ents[0].Code, "IGO") && strings.Contains(strings.ToLower(its[q+1].text), "ambassador") {
		q++
	}
	// Pre-modifiers between a nationality and a title ("the Syrian
	// interim president", "the Syrian state news agency").
	for len(g.mods) > 0 && q+1 < len(its) && its[q].kind == itWord && premods[its[q].word] &&
		(its[q+1].kind == itAgent || its[q+1].kind == itWord && premods[its[q+1].word]) {
		q++
	}
	for {
		q = collectAgents(s, its, g, q)
		// "the party's spokeswoman", "the army's commander": a body's
		// possessive before a title makes the title the body's (the
		// possessor decides when both are generic, as a head would).
		// (Not inside a name: "the Pakistan People's Party".)
		if len(g.agents) > 0 && q+1 < len(its) && isPossessive(&its[q]) && its[q+1].kind == itAgent &&
			!its[q+1].ents[0].Community && !g.agents[len(g.agents)-1].ents[0].Community &&
			(s.Headline || !capitalized(s.Tokens[its[q+1].start].Text)) {
			q++
			continue
		}
		break
	}
	// "aerial photographs and other military intelligence", "shared
	// intelligence with": intelligence as information, not the service.
	if intelligenceAsInformation(s, its, g) {
		return false
	}
	return parseGroupTail(s, its, p, q, g)
}

// collectAgents adds the agents of a group from item q on and returns the
// item after them.
func collectAgents(s *nlp.Sentence, its []item, g *group, q int) int {
	for q < len(its) && its[q].kind == itAgent {
		// An agent before a common noun is a modifier ("the official
		// statements", "a police station").
		if !(q+1 < len(its) && its[q+1].kind == itAgent) &&
			(its[q].ents[0].Generic && nounAfter(s, its[q].end) || placeNounAfter(s, its[q].end) ||
				adjAgentBeforeNoun(s, &its[q]) || populationBeforeNoun(s, &its[q])) {
			break
		}
		// An ethnic or religious adjective is an agent only before a
		// noun for people ("Kurdish fighters"), never alone ("the Kurdish
		// enclave", "the Kurdish People's Protection Units").
		if its[q].ents[0].Community && !(q+1 < len(its) && its[q+1].kind == itAgent && its[q+1].start == its[q].end &&
			!(thingNounAfter(s, its[q+1].end) &&
				!(q+2 < len(its) && its[q+2].kind == itAgent))) {
			break // ... nor before an agent word used as an adjective ("the Kurdish separatist movement")
		}
		g.agents = append(g.agents, &its[q])
		q++
	}
	return q
}

// removalWords are verbs and nouns of taking people out of a place: after
// them "troops from Syria" names the place left, not the troops' country
// ("withdraw its troops from Syria", "the evacuation of staff from Iraq").
var removalWords = map[string]bool{"withdraw": true, "withdrawal": true, "pull": true, "pullout": true,
	"remove": true, "removal": true, "evacuate": true, "evacuation": true, "recall": true, "redeploy": true,
	"redeployment": true, "relocate": true, "expel": true, "expulsion": true, "drive": true, "oust": true}

// afterRemoval reports whether the phrase starting at token k is the
// object of a removal word, seen back over determiners, possessives,
// numbers, adjectives and "of" ("withdraw all 2,000 of its troops").
func afterRemoval(s *nlp.Sentence, k int) bool {
	for j, n := k-1, 0; j >= 0 && n < 6; j, n = j-1, n+1 {
		t := &s.Tokens[j]
		if removalWords[t.Lemma] || removalWords[strings.ToLower(t.Text)] {
			return true
		}
		switch {
		case t.Tag == "DT" || t.Tag == "PRP$" || t.Tag == "CD" || t.Tag == "JJ" || t.Tag == "POS" || t.Tag == "PDT":
		case strings.EqualFold(t.Text, "of") || strings.EqualFold(t.Text, "out"):
		default:
			return false
		}
	}
	return false
}

// moreInList reads the rest of a list of items from r on: ", X", "and X"
// and ", and X" as long as ok(X) holds. It returns the items and the
// index after the last one (r when there is none).
func moreInList(its []item, r int, ok func(int) bool) ([]*item, int) {
	var more []*item
	for {
		if r+1 < len(its) && isWord(&its[r], ",", "and") && ok(r+1) {
			more = append(more, &its[r+1])
			r += 2
		} else if r+2 < len(its) && isWord(&its[r], ",") && isWord(&its[r+1], "and") && ok(r+2) {
			more = append(more, &its[r+2])
			r += 3
		} else {
			return more, r
		}
	}
}

// parseGroupTail reads what follows a group's agents (from item q): a
// core name and the "of", "from" and "in" tails.
func parseGroupTail(s *nlp.Sentence, its []item, p, q int, g *group) bool {
	// "Israel's militia ally in southern Lebanon", "Iran's proxy forces":
	// a possessor's ally or proxy is not the possessor's own.
	if g.possessive && len(g.agents) > 0 && q < len(its) && isWord(&its[q], "ally", "allies", "proxy", "proxies") {
		g.mods = nil
		q++
	}
	// "the Russian ambassador to Britain, Alexander Yakovenko", "Russia's
	// ambassador in London Alexander Yakovenko": the post is part of the
	// title and gives no country (a nationality in front decides); only
	// before the diplomat's name, so that "recalled its ambassador to
	// Washington" keeps Washington.
	if len(g.agents) > 0 && headAgent(g.agents).Role == "diplomat" && q+1 < len(its) && isWord(&its[q], "to", "in") {
		r := q + 1
		if r < len(its) && isWord(&its[r], "the") {
			r++
		}
		if r < len(its) && its[r].countryish() {
			r++
			named := func(k int) bool {
				return k < len(its) && (its[k].kind == itName || its[k].kind == itNamed && its[k].ents[0].Kind == KindPerson)
			}
			// With a nationality in front the post is always part of the
			// title ("Alexander Yakovenko, the Russian ambassador to
			// London,": London is no party).
			if named(r) || r+1 < len(its) && isWord(&its[r], ",") && named(r+1) || len(g.mods) > 0 {
				q = r
			}
		}
	}
	// "the party's spokeswoman for women Sandra Gidley": a name that the
	// language layer made a noun phrase of its own, in apposition to a
	// role before it, is not the core of the agent in front of it.
	if q < len(its) && (its[q].kind == itName || its[q].kind == itNamed) && (len(g.agents) > 0 || len(g.mods) == 0) &&
		!(its[q].kind == itName && len(g.agents) > 0 && afterRole(s, its[q-1].start, its[q].start)) {
		g.core = &its[q]
		q++
	}
	// "of" tail: "the foreign ministers of Syria, Russia, Iran and Turkey".
	// "from" tail without a nationality: "refugees from Syria", "an
	// envoy from Qatar".
	// A list counts: "troops from Chad and Niger" are two actors.
	// (Not a province or town: "jihadist forces from Idlib" are not Syria's.)
	if len(g.agents) > 0 && g.core == nil && len(g.mods) == 0 && q+1 < len(its) && isWord(&its[q], "from") &&
		(its[q+1].kind == itCountry || its[q+1].kind == itCapital) && !its[q+1].town && !afterRemoval(s, its[p].start) {
		g.mods = append(g.mods, &its[q+1])
		q += 2
		fromPlace := func(k int) bool { return k < len(its) && its[k].kind == itCountry && !its[k].town }
		more, r := moreInList(its, q, fromPlace)
		// "envoys from Qatar and Egypt's president": the possessive
		// starts a phrase of its own.
		if len(more) > 0 && !(r < len(its) && isPossessive(&its[r])) {
			g.mods = append(g.mods, more...)
			q = r
		}
	}
	// "refugees fleeing the civil war in Liberia", "civilians fleeing
	// Syria": people fleeing a country are its people.
	if len(g.agents) > 0 && g.core == nil && len(g.mods) == 0 && len(g.orgs) == 0 && q+1 < len(its) && isWord(&its[q], "fleeing") {
		if h := headAgent(g.agents); h.Code == "REF" || h.Code == "CVL" {
			r := q + 1
			for n := 0; n < 6 && r < len(its) && its[r].kind == itWord && its[r].wc&wcPronoun == 0 &&
				its[r].word != "," && its[r].word != "and" && its[r].word != "to" && !strings.HasPrefix(its[r].tag, "VB"); n++ {
				r++
			}
			if r < len(its) && its[r].kind == itCountry && (r == q+1 || isWord(&its[r-1], "in", "from")) &&
				!(r+1 < len(its) && isPossessive(&its[r+1])) {
				g.mods = append(g.mods, &its[r])
				q = r + 1
			}
		}
	}
	// "in" tail for people of a place: "security forces in Guinea",
	// "rebels in the Ivory Coast", "a terror group based in Trinidad".
	// Not for armed forces, refugees, aid workers, reporters, diplomats
	// or anyone "foreign", who are often foreigners where they are; after
	// a capital (often the venue of talks) only for a specific office
	// of state ("the ruling party in Ankara").
	head := (*Entry)(nil)
	if len(g.agents) > 0 {
		head = headAgent(g.agents)
	}
	if head != nil && g.core == nil && len(g.mods) == 0 && len(g.orgs) == 0 && !g.foreign &&
		(localSectors[head.Code] || head.Code == "MIL" && g.agents[0].ents[0].Community) && head.Role != "diplomat" {
		r := q
		if r < len(its) && isWord(&its[r], "based") {
			r++
		}
		if r+1 < len(its) && isWord(&its[r], "in") {
			r++
			if r+1 < len(its) && isWord(&its[r], "the") {
				r++
			}
			// "rebels in eastern Congo", "Moslem forces in east Bosnia"
			if r+1 < len(its) && its[r].kind == itWord && compassWords[its[r].word] && its[r+1].kind == itCountry {
				r++
			}
			capitalOK := !head.Generic && (head.Code == "GOV" || head.Code == "LEG" || head.Code == "JUD" || head.Code == "PTY") &&
				!visitingMinisters(g.agents) // "foreign ministers in Berlin" meet there
			place := func(k int) bool {
				return k < len(its) && (its[k].kind == itCountry || its[k].kind == itCapital && capitalOK && !its[k].ents[0].Courts)
			}
			// One place or a list: "courts in France, Germany and Sweden".
			var tail []*item
			if place(r) {
				more, end := moreInList(its, r+1, place)
				tail = append([]*item{&its[r]}, more...)
				r = end
			}
			if len(tail) > 0 && !(r < len(its) && isPossessive(&its[r])) {
				g.mods = append(g.mods, tail...)
				q = r
			}
		}
	}
	if len(g.agents) > 0 && g.core == nil && q+1 < len(its) && isWord(&its[q], "of") {
		r := q + 1
		if r < len(its) && isWord(&its[r], "the") {
			r++
		}
		if r < len(its) && its[r].countryish() {
			var tail []*item
			for r < len(its) && its[r].countryish() {
				tail = append(tail, &its[r])
				r++
				if r+1 < len(its) && isWord(&its[r], ",", "and") && its[r+1].countryish() {
					r++
				} else if r+2 < len(its) && isWord(&its[r], ",") && isWord(&its[r+1], "and") && its[r+2].countryish() {
					r += 2
				} else {
					break
				}
			}
			// "leaders of Romania's new government": the possessive
			// starts a phrase of its own.
			if !(r < len(its) && isPossessive(&its[r])) {
				g.mods = append(g.mods, tail...)
				q = r
			}
		} else if r < len(its) && its[r].kind == itNamed {
			g.orgs = append(g.orgs, &its[r])
			q = r + 1
		}
	}
	if len(g.mods) == 0 && len(g.orgs) == 0 && len(g.agents) == 0 && g.core == nil {
		return false
	}
	g.last = q
	g.start = its[p].start
	g.end = its[q-1].end
	if g.det == "" && g.num == 0 && q > p && its[p].kind == itWord && !determiners[its[p].word] {
		// Leading pre-modifiers without an article are part of the phrase.
		g.start = its[p].start
	}
	return true
}

// appositionRole returns the chunk of a role that the language layer set
// in apposition to a noun phrase starting at token tok without a comma
// between ("spokeswoman" for "Sandra Gidley" in "the party's spokeswoman
// for women Sandra Gidley"), or -1.
func appositionRole(s *nlp.Sentence, tok int) int {
	if tok == 0 || s.Tokens[tok-1].Text == "," {
		return -1
	}
	for ci := range s.Chunks {
		c := &s.Chunks[ci]
		if c.Apposition < 0 || c.Apposition >= len(s.Chunks) || c.End >= tok || c.Kind != nlp.NP {
			continue
		}
		if a := &s.Chunks[c.Apposition]; a.Kind == nlp.NP && a.Start == tok {
			return ci
		}
	}
	return -1
}

// infoLeads are words before "intelligence" that make it information
// ("other intelligence", "new intelligence"), not a service.
var infoLeads = map[string]bool{"other": true, "the": true, "some": true, "new": true, "more": true, "fresh": true,
	"any": true, "no": true, "further": true, "additional": true, "much": true, "such": true, "this": true,
	"that": true, "good": true, "credible": true, "reliable": true, "raw": true, "actionable": true,
	"vital": true, "crucial": true, "detailed": true, "useful": true, "valuable": true, "sensitive": true,
	"classified": true, "secret": true, "faulty": true, "flawed": true}

// infoAfter are words after "intelligence" that make it information
// ("intelligence about the plot", "intelligence that he was alive").
var infoAfter = map[string]bool{"about": true, "that": true, "suggesting": true, "indicating": true, "showing": true}

// spyNouns after "intelligence" name the service or its people
// ("intelligence agents", "the intelligence community").
var spyNouns = map[string]bool{"community": true, "agents": true, "agent": true, "operatives": true, "operative": true,
	"sources": true, "source": true, "officers": true, "officials": true, "official": true, "chiefs": true,
	"head": true, "director": true, "minister": true, "ministry": true, "committee": true, "service": true,
	"services": true, "agency": true, "agencies": true, "apparatus": true, "branch": true, "directorate": true,
	"unit": true, "units": true, "personnel": true, "men": true, "forces": true, "bureau": true}

// intelligenceAsInformation reports a group whose head is the bare word
// "intelligence" (no country, organisation or name in it) used for
// information: after a word such as "other", "the", "new" in front of
// its agents ("other military intelligence"), or as a verb's object with
// nothing in front ("shared intelligence with"), after "on" ("acted on
// intelligence"), before "about"/"that" or a common noun ("intelligence
// reports"). Only the organisation
// is SPY: "the military intelligence service", "Syria's military
// intelligence", "Pakistani intelligence".
func intelligenceAsInformation(s *nlp.Sentence, its []item, g *group) bool {
	if len(g.agents) == 0 || len(g.mods) > 0 || len(g.orgs) > 0 || g.possessive {
		return false
	}
	last := g.agents[len(g.agents)-1]
	if !strings.EqualFold(last.text, "intelligence") {
		return false
	}
	k := -1
	for i := range its {
		if &its[i] == g.agents[0] {
			k = i
			break
		}
	}
	for k > 0 && its[k-1].kind == itAgent {
		k-- // "other military intelligence" read from "intelligence"
	}
	// "intelligence reports suggested", "intelligence about a plot",
	// "acted on intelligence": information, not the service (but "the
	// intelligence community" is the service).
	if e := last.end; e < len(s.Tokens) {
		w := strings.ToLower(s.Tokens[e].Text)
		if spyNouns[w] {
			return false
		}
		if infoAfter[w] || s.Tokens[e].Tag == "NN" || s.Tokens[e].Tag == "NNS" {
			return true
		}
	}
	if k > 0 && its[k-1].kind == itWord && its[k-1].word == "on" && len(g.agents) == 1 {
		return true
	}
	if k <= 0 || its[k-1].kind != itWord {
		return false
	}
	if infoLeads[its[k-1].word] {
		return true
	}
	return len(g.agents) == 1 && its[k].start == last.start && strings.HasPrefix(s.Tokens[last.start-1].Tag, "VB") &&
		its[k-1].end == last.start
}

// rivalWords before an armed group make it a local one ("rival
// militias", "warring factions").
var rivalWords = map[string]bool{"rival": true, "warring": true, "feuding": true, "tribal": true, "clan": true,
	"factional": true, "competing": true}

// precedingWord is the text of the token before token i, or "".
func precedingWord(s *nlp.Sentence, i int) string {
	if i <= 0 || i > len(s.Tokens) {
		return ""
	}
	return s.Tokens[i-1].Text
}

// sentenceCountry is the one country a sentence names (its names,
// adjectives, capitals and towns), or the focus country when the
// sentence names it among others; else "".
func sentenceCountry(its []item, focus string) string {
	var seen []string
	for k := range its {
		if !its[k].countryish() {
			continue
		}
		// Regions ("Arab world", "Europe") have codes of three letters
		// too, but they are no country of a local militia.
		if c := its[k].country(); c != "" && !slices.Contains(seen, c) && !regionCodes[c] {
			seen = append(seen, c)
		}
	}
	switch {
	case len(seen) == 1:
		return seen[0]
	case focus != "" && slices.Contains(seen, focus):
		return focus
	}
	return ""
}

// afterRole reports whether a name starting at token tok is in
// apposition to a role (appositionRole) that ends before token from: the
// words from there on are the role's for/of phrase ("for women"), not a
// title of the name. A dictionary title that takes in the phrase
// ("Secretary of State Rex Tillerson") stays the name's.
func afterRole(s *nlp.Sentence, from, tok int) bool {
	c := appositionRole(s, tok)
	return c >= 0 && from >= s.Chunks[c].End
}

// agentInfo combines the agents of a group: the sector of the last
// agent that is not generic (the head: "the civilian government" is a
// government, "government forces" are forces), the role as written.
func agentInfo(agents []*item) (sector, role, rule, country string, plural, agency bool) {
	chosen := headAgent(agents)
	var roles []string
	for _, a := range agents {
		e := a.ents[0]
		if e.Role != "" {
			roles = append(roles, e.Role)
		} else {
			roles = append(roles, strings.ToLower(a.text))
		}
		if e.Agency {
			agency = true
		}
		if e.Country != "" {
			country = e.Country
		}
	}
	last := agents[len(agents)-1].ents[0]
	plural = last.Plural
	sector = chosen.Code
	if sector == "MIL" && agents[0].ents[0].Community {
		sector = "REB" // a community's forces are a militia ("Moslem forces", "Kurdish forces")
	}
	return sector, strings.Join(roles, " "), chosen.Rule, country, plural, agency
}

// actorOf returns the actor of a named entry or country item.
func actorOf(e *Entry) Actor {
	a := Actor{Code: e.Code, Country: e.Country, Name: e.Name, Role: e.Role}
	if len(e.Sectors) > 0 {
		a.Sectors = append([]string(nil), e.Sectors...)
	}
	if e.Kind == KindCountry || e.Kind == KindAdj {
		a.Country = e.Code
		a.Code = e.Code
		a.Sectors = nil
		a.Role = ""
	}
	if e.Kind == KindCapital {
		c := e.Code
		if e.Country != "" {
			c = e.Country
		}
		a = Actor{Code: c + "GOV", Country: c, Sectors: []string{"GOV"}, Name: e.Name, Role: "government"}
	}
	return a
}

func withSector(country, sector string) Actor {
	a := Actor{Code: country + sector, Country: country}
	if sector != "" {
		a.Sectors = splitSectors(sector)
	}
	return a
}

// compose turns the items of one sentence into mentions.
//
// The mentions are appended to out, which may hold those of earlier
// sentences (only mentions of sentence si are looked at or changed).
func (r *Resolver) compose(st *docState, si int, s *nlp.Sentence, its []item, out []Mention) []Mention {
	emit := func(g *group, actors []Actor, basis, rule string, agency bool) {
		if len(actors) == 0 {
			return
		}
		m := Mention{Sentence: si, Start: g.start, End: g.end, Head: g.end - 1,
			Text: joinTokens(s, g.start, g.end), Actors: actors, Basis: basis, Agency: agency, Rule: rule}
		if g.core != nil {
			m.Head = g.core.end - 1
		} else if len(g.agents) > 0 {
			m.Head = g.agents[len(g.agents)-1].end - 1
		}
		out = append(out, m)
	}
	var prev *resolved
	// The outcomes of the current and the previous group, in turn (prev
	// points to the other one).
	var both [2]resolved
	cur := 0
	titles := st.titles[:0] // titles without a name so far in the sentence
	defer func() { st.titles = titles[:0] }()
	st.here = st.here[:0]
	var g group // one value filled by each parseGroup, not one copy per call
	for p := 0; p < len(its); {
		if its[p].kind == itWord && its[p].wc == 0 || !parseGroup(s, its, p, &g) {
			// (A plain word starts no group: tested here first, without
			// the call.)
			p++
			continue
		}
		st.atSentence, st.atStart = si, g.start
		res := &both[cur]
		r.resolveGroup(st, s, its, &g, res)
		// Apposition: "TITLE, NAME" and "NAME, TITLE".
		if prev != nil && prev.g.last+1 == g.first && isWord(&its[prev.g.last], ",") {
			switch {
			case prev.titleOnly && res.bareName && len(res.actors) == 1 && res.actors[0].Country != "" &&
				g.core.pcountry() == "" && (g.core.kind == itNamed || res.basis == "coreference"):
				// "The foreign secretary, Jack Straw": a known office-holder
				// (or a person named before) decides; the title before the
				// comma is the same person.
				if n := len(out); n > 0 && out[n-1].Sentence == si && out[n-1].Start == prev.g.start &&
					len(out[n-1].Actors) == 1 && out[n-1].Actors[0].Country == "" {
					a := res.actors[0]
					a.Role = out[n-1].Actors[0].Role
					out[n-1].Actors = []Actor{a}
					out[n-1].Basis = "apposition"
				}
				if n := len(st.recent); n > 0 && st.recent[n-1].actor.Name == "" &&
					(st.recent[n-1].actor.Country == "" || st.recent[n-1].actor.Code == res.actors[0].Code) {
					st.recent = st.recent[:n-1]
				}
			case prev.titleOnly && res.bareName:
				country := st.focus
				if g.core.pcountry() != "" {
					country = g.core.pcountry() // a known person out of role
				}
				if len(prev.actors) == 1 && prev.actors[0].Country == "" && country != "" && len(prev.actors[0].Sectors) > 0 &&
					prev.actors[0].Code == strings.Join(prev.actors[0].Sectors, "") {
					a := withSector(country, strings.Join(prev.actors[0].Sectors, ""))
					a.Role = prev.actors[0].Role
					prev.actors = []Actor{a}
					prev.basis = "title+context"
					if n := len(out); n > 0 && out[n-1].Sentence == si && out[n-1].Start == prev.g.start {
						out[n-1].Actors, out[n-1].Basis = []Actor{a}, "title+context"
					}
				}
				res.actors = nameActors(prev.actors, g.core)
				res.basis, res.rule = "apposition", prev.rule
				// The title and the name are one person: forget the
				// nameless title so that plurals count people once.
				if n := len(st.recent); n > 0 && st.recent[n-1].actor.Name == "" && st.recent[n-1].actor.Code == res.actors[0].Code {
					st.recent = st.recent[:n-1]
				}
				st.registerName(g.core.keys, res.actors[0])
				st.setBasis(g.core.keys, "apposition")
			case prev.bareName && res.titleOnly && len(res.actors) == 1:
				if st.otherPersonOK && st.otherPerson == (position{si, prev.g.start}) {
					st.otherPersonOK = false // "Mike Nattrass, UKIP's deputy leader": an actor after all
				}
				a := res.actors[0]
				a.Name = prev.g.core.text
				res.actors = []Actor{a}
				st.atSentence, st.atStart = si, prev.g.start
				st.registerName(prev.g.core.keys, a)
				st.setBasis(prev.g.core.keys, "apposition")
				st.atSentence, st.atStart = si, g.start
				// The name before the comma takes the title's actor too.
				m := Mention{Sentence: si, Start: prev.g.start, End: prev.g.end, Head: prev.g.end - 1,
					Text: joinTokens(s, prev.g.start, prev.g.end), Actors: []Actor{a}, Basis: "apposition", Rule: res.rule}
				if len(out) > 0 && out[len(out)-1].Start == prev.g.start && out[len(out)-1].Sentence == si {
					out[len(out)-1] = m
				} else {
					out = append(out, m)
				}
			}
		}
		// "the party's spokeswoman for women Sandra Gidley": a name in
		// apposition to a role before it without a comma (the language
		// layer's chunks say so) is the role's holder; the role's for/of
		// phrase between them is part of the title, no actor.
		if res.bareName && g.core.kind == itName && (len(res.actors) == 0 || res.actors[0].Country == "" || res.basis == "apposition") {
			if c := appositionRole(s, g.core.start); c >= 0 {
				head := s.Chunks[c].Head
				for k := len(titles) - 1; k >= 0; k-- {
					t := titles[k]
					if head < t.g.start || head >= t.g.end {
						continue
					}
					res.actors = nameActors(t.actors, g.core)
					res.basis, res.rule, res.person = "apposition", t.rule, true
					st.registerName(g.core.keys, res.actors[0])
					st.setBasis(g.core.keys, "apposition")
					kept := out[:0]
					for _, m := range out {
						if !(m.Sentence == si && m.Start >= t.g.end && m.End <= g.start) {
							kept = append(kept, m)
						}
					}
					out = kept
					break
				}
			}
		}
		if res.titleOnly && len(res.actors) == 1 {
			titles = append(titles, *res)
		}
		if g.core != nil && len(res.actors) == 1 && res.person {
			st.noteGender(s, g.core, res.actors[0].Name)
		}
		if res.agency && (len(g.agents) > 0 || g.core != nil && g.core.kind == itName) ||
			len(res.actors) == 0 && g.core != nil && g.core.kind == itName && personName(s, g.core) {
			// A reporter or a person unknown to the dictionaries: not an
			// actor, but what a later "he" may mean.
			st.otherPerson, st.otherPersonOK = position{si, g.start}, true
		}
		if len(res.actors) == 1 && res.titleOnly && res.basis == "title+nationality" && res.actors[0].Country != "" {
			st.nameCountry(res.actors[0])
		}
		if len(res.actors) > 0 {
			emit(&g, res.actors, res.basis, res.rule, res.agency)
			if len(res.actors) == 1 && res.basis != "coreference" && res.basis != "modifier" && !res.agency {
				st.remember(res.actors[0], res.person, res.institution)
			}
			if len(res.actors) == 1 && res.basis == "coreference" && res.person {
				st.remember(res.actors[0], true, false)
			}
			if res.basis != "modifier" && !res.agency {
				st.rememberSet(res.actors)
			}
			if !res.agency && res.basis != "coreference" {
				for _, a := range res.actors {
					if a.Country != "" && !slices.Contains(st.here, a.Country) {
						st.here = append(st.here, a.Country)
					}
				}
			}
		}
		prev = res
		cur = 1 - cur
		p = g.last
	}
	return out
}

// resolved is the outcome of one group.
type resolved struct {
	g         group
	actors    []Actor
	basis     string
	rule      string
	agency    bool
	person    bool
	titleOnly bool // agents (and country) but no name: may name an apposition
	// institution: a title of a body ("the government", "Congress"),
	// remembered like a person for "the government" but never a "he".
	institution bool
	bareName    bool // a name with nothing else
}

func nameActors(as []Actor, core *item) []Actor {
	out := make([]Actor, len(as))
	for i, a := range as {
		if core != nil {
			if core.canon() != "" {
				a.Name = core.canon()
			} else {
				a.Name = core.text
			}
		}
		out[i] = a
	}
	return out
}

// resolveGroup resolves the actors of group g, writing the outcome to
// *res (compose keeps two, the current group's and the previous one's).
func (r *Resolver) resolveGroup(st *docState, s *nlp.Sentence, its []item, g *group, res *resolved) {
	*res = resolved{g: *g}
	switch {
	case g.pronoun != "":
		if a, ok := st.pronounAntecedent(g.pronoun); ok {
			res.actors = []Actor{a}
			res.basis, res.person = "coreference", true
		}
		return
	case g.pluralNoun != "":
		if !g.definite {
			return // "two countries signed": not a reference back
		}
		switch {
		case countryPlurals[g.pluralNoun]:
			res.actors = st.countrySet(g.num, "GOV")
		case g.pluralNoun == "sides" || g.pluralNoun == "parties":
			res.actors = st.countrySet(g.num, "")
		default:
			res.actors = st.lastDistinct(g.num, "", g.pluralNoun == "men", "")
			if len(res.actors) != g.num && g.pluralNoun != "men" {
				res.actors = st.countrySet(g.num, "GOV")
			}
		}
		if len(res.actors) == g.num {
			res.basis = "coreference"
		} else {
			res.actors = nil
		}
		return
	}
	if len(g.agents) > 0 {
		sector, role, rule, agCountry, plural, agency := agentInfo(g.agents)
		if agCountry == "" && len(g.orgs) == 0 && len(g.mods) == 0 && g.core == nil {
			agCountry = r.basedCountry(s, g.agents[0].start)
		}
		res.agency = agency
		res.rule = rule
		var why []string
		switch {
		case len(g.orgs) > 0:
			a := actorOf(g.orgs[0].ents[0])
			a.Role = role
			res.actors = []Actor{a}
			res.basis, res.rule = "dictionary", g.orgs[0].rule()
			if g.orgs[0].ents[0].Agency {
				res.agency = true
			}
		case len(g.mods) > 0:
			for _, m := range g.mods {
				c := m.country()
				if g.ethnic {
					c = st.ethnicCountry(c)
				}
				a := withSector(c, sector)
				a.Role = role
				res.actors = append(res.actors, a)
				why = append(why, m.rule())
			}
			res.basis = "title+nationality"
			res.rule = strings.Join(append(why, rule), ",")
			if g.det == "his" || g.det == "her" || g.det == "their" {
				res.basis = "title+nationality"
			}
		case agCountry != "":
			if h := headAgent(g.agents); h.HomeDefault && st.total[agCountry] == 0 && refersBack(s, g) {
				// "Brazil's bankruptcy law was approved by the country's
				// Congress" (in a text that never names the US): the
				// country the text is about, or the one "its" points to.
				c := st.focus
				if a, ok := st.possessor(false); ok && (g.det == "its" || g.det == "their") && a.Country != "" {
					c = a.Country
				}
				if c == "" {
					res.actors = []Actor{{Code: sector, Sectors: splitSectors(sector), Role: role}}
					res.basis = "dictionary"
					return
				}
				agCountry = c
			}
			a := withSector(agCountry, sector)
			a.Role = role
			res.actors = []Actor{a}
			res.basis = "dictionary"
		case g.core != nil && g.core.kind == itNamed:
			a := actorOf(g.core.ents[0])
			if a.Role == "" {
				a.Role = role
			}
			res.actors = []Actor{a}
			res.basis, res.rule = "dictionary", g.core.rule()
			res.person = g.core.ents[0].Kind == KindPerson
			if res.person {
				st.registerName(nameKeys(g.core), a)
			}
			return
		default:
			// No country in the phrase: coreference, then the name's
			// history, then the document's country.
			if g.det == "its" || g.det == "their" || g.det == "his" || g.det == "her" {
				if a, ok := st.possessor(g.det == "his" || g.det == "her"); ok {
					if a.Country != "" {
						a = withSector(a.Country, sector)
					}
					a.Role = role
					res.actors = []Actor{a}
					res.basis = "coreference"
					if g.core != nil {
						res.actors = nameActors(res.actors, g.core)
						res.person = true
						st.registerName(nameKeys(g.core), res.actors[0])
					}
					return
				}
			}
			if g.core != nil {
				if a, basis, ok := st.lookupName(g.core.keys); ok {
					res.actors = []Actor{a}
					res.basis, res.person = basis, true
					return
				}
				// A known person out of role: the person's country, the
				// text's title ("President Obama" dated 2000); else the
				// country the document is about.
				country, basis := g.core.pcountry(), "title+person"
				if country == "" {
					country, basis = st.focus, "title+context"
				}
				if country != "" {
					a := withSector(country, sector)
					a.Role = role
					res.actors = nameActors([]Actor{a}, g.core)
					res.basis, res.person = basis, true
					st.registerName(nameKeys(g.core), res.actors[0])
					st.setBasis(nameKeys(g.core), basis)
					return
				} else {
					res.actors = []Actor{{Code: sector, Sectors: splitSectors(sector), Role: role}}
					res.basis = "dictionary"
				}
				break
			}
			if g.det == "the" && armedSectors[sector] && !strings.HasPrefix(strings.ToLower(g.agents[len(g.agents)-1].text), "rebel") {
				// "the militants", "the insurgents" just after a named
				// armed group ("Islamic State claimed ... The militants
				// said") are that group. Not "the rebels": in war news a
				// standing name for one side, whoever was named last.
				for i := len(st.recent) - 1; i >= 0 && st.atSentence-st.recent[i].sentence <= 1; i-- {
					ra := st.recent[i]
					if ra.person || !armedGroup(ra.actor) {
						continue
					}
					res.actors = []Actor{ra.actor}
					res.basis = "coreference"
					return
				}
			}
			if g.det == "the" && armedSectors[sector] {
				// "Rebels in Congo attacked ... The rebels seized Goma": the
				// same sector with a country in this or the sentence before
				// (a sector, not a named group: see above).
				for i := len(st.recent) - 1; i >= 0 && st.atSentence-st.recent[i].sentence <= 1; i-- {
					ra := st.recent[i]
					if ra.person || ra.actor.Country == "" || ra.actor.Code != ra.actor.Country+sector {
						continue
					}
					a := ra.actor
					a.Role = role
					res.actors = []Actor{a}
					res.basis = "coreference"
					return
				}
			}
			if plural && g.num > 0 && g.definite {
				// "the two ministers": the last persons with that role;
				// "the two presidents" after two foreign ministers: the
				// presidents of the two countries.
				last := g.agents[len(g.agents)-1].ents[0]
				head := ""
				if !last.Generic {
					head = last.Role
				}
				as := st.lastDistinct(g.num, sector, true, head)
				if len(as) != g.num {
					as = st.countrySet(g.num, sector)
					for k := range as {
						as[k].Role = role
					}
				}
				if len(as) == g.num {
					res.actors, res.basis = as, "coreference"
					return
				}
			}
			appos := g.last+1 < len(its) && isWord(&its[g.last], ",") && its[g.last+1].kind == itName
			if !plural && !appos && (g.det == "the" || g.det == "this" || g.det == "that") {
				// (Not before an apposition: "the minister, Tran Thi Lan,"
				// names the person.)
				head := strings.ToLower(g.agents[len(g.agents)-1].text)
				if a, person, ok := st.lastWithRole(head, sector); ok {
					if !person {
						a.Role = role
					}
					res.actors = []Actor{a}
					res.basis, res.person = "coreference", person
					return
				}
			}
			if strings.HasPrefix(role, "counterpart") || sector == "" {
				return
			}
			// "rival militias", "warring factions": local armed groups of
			// the country the sentence names (one country, or the text's
			// own among several).
			if (sector == "REB" || sector == "UAF") && rivalWords[strings.ToLower(precedingWord(s, g.agents[0].start))] {
				if c := sentenceCountry(its, st.focus); c != "" {
					a := withSector(c, sector)
					a.Role = role
					res.actors = []Actor{a}
					res.basis = "title+context"
					return
				}
			}
			a := Actor{Code: sector, Sectors: splitSectors(sector), Role: role}
			res.actors = []Actor{a}
			res.basis = "dictionary"
			res.titleOnly = !plural
			return
		}
		// "counterpart" takes the role of the person it answers to.
		if strings.Contains(role, "counterpart") {
			for i := len(st.recent) - 1; i >= 0; i-- {
				if st.recent[i].person && st.recent[i].actor.Role != "" {
					for k := range res.actors {
						res.actors[k].Role = st.recent[i].actor.Role
					}
					break
				}
			}
		}
		if g.core != nil {
			res.actors = nameActors(res.actors, g.core)
			if g.core.kind == itNamed && g.core.ents[0].Kind == KindPerson {
				for k := range res.actors {
					res.actors[k].Name = g.core.ents[0].Name
				}
			}
			if len(res.actors) == 1 {
				st.registerName(nameKeys(g.core), res.actors[0])
			}
			res.person = true
		} else {
			res.titleOnly = !plural && len(res.actors) == 1
			res.person = !plural && len(res.actors) == 1 && !res.agency
			res.institution = institution(g.agents)
		}
		return
	}
	if len(g.orgs) > 0 && g.core != nil {
		e := g.orgs[0].ents[0]
		a := actorOf(e)
		a.Name = g.core.text
		if g.core.kind == itNamed {
			a.Name = g.core.ents[0].Name
		} else if g.core.canon() != "" {
			a.Name = g.core.canon()
		}
		res.actors = []Actor{a}
		res.basis, res.rule, res.person = "title+organisation", e.Rule, true
		st.registerName(nameKeys(g.core), a)
		return
	}
	if g.core != nil && len(g.mods) == 0 {
		if g.core.kind == itNamed {
			e := g.core.ents[0]
			res.actors = []Actor{actorOf(e)}
			res.rule = e.Rule
			res.basis = "dictionary"
			if e.User {
				res.basis = "user-dictionary"
			}
			res.agency = e.Agency || e.Kind == KindMedia
			res.person = e.Kind == KindPerson
			if res.person {
				st.registerName(nameKeys(g.core), res.actors[0])
				res.bareName = true
			}
			return
		}
		res.bareName = true
		if a, basis, ok := st.lookupName(g.core.keys); ok {
			res.actors = []Actor{a}
			res.basis, res.person = basis, true
		} else if g.core.pcountry() != "" {
			// A known person out of role: with a title in the phrase
			// ("President Bush") its sector, a former office-holder an
			// elite (ELI), else the person's country alone.
			sector := g.core.psector()
			if sector == "" && g.core.former() {
				sector = "ELI"
			}
			res.actors = nameActors([]Actor{withSector(g.core.pcountry(), sector)}, g.core)
			res.basis, res.person = "dictionary", true
			st.registerName(nameKeys(g.core), res.actors[0])
			st.setBasis(nameKeys(g.core), "dictionary")
		}
		return
	}
	if len(g.mods) == 1 && g.kinPeople {
		a := withSector(g.mods[0].country(), "CVL")
		a.Role = "civilians"
		res.actors, res.basis, res.rule = []Actor{a}, "title+nationality", g.mods[0].rule()
		return
	}
	if len(g.mods) > 0 && (st.sport || sportNameAround(s, g)) {
		// A country's name or adjective alone in sports news ("England
		// meet Italy", "French and English clubs"), or beside a sport word ("Athletics Kenya", "UK
		// Athletics", "the Germany coach", "the Syrian national football
		// team"), is a team or a sports body, not the state.
		return
	}
	if len(g.mods) > 0 {
		// Adjectives alone modify some other noun ("Syrian talks"): not an
		// actor, unless used as a noun ("the Syrians", "Iraqis said").
		allAdj := true
		for _, m := range g.mods {
			if m.kind != itAdj {
				allAdj = false
			}
		}
		// A nationality or country modifying another noun ("an Indian
		// proposal", "the UK economy") is marked as a modifier: it names
		// whose thing it is, which the coder may or may not take as an
		// actor. Capitals before a noun ("the Astana talks") are places.
		modifier := allAdj && !adjAsNoun(s, its, g) || !allAdj && modifiesNoun(s, g)
		if modifier {
			for _, m := range g.mods {
				if m.kind == itCapital || m.town {
					return
				}
			}
			var rules []string
			for _, m := range g.mods {
				a := actorOf(m.ents[0])
				res.actors = append(res.actors, a)
				rules = append(rules, m.rule())
			}
			res.basis, res.rule = "modifier", strings.Join(rules, ",")
			return
		}
		var rules []string
		metonym := false
		if len(g.mods) == 1 && g.mods[0].kind == itCapital && g.mods[0].ents[0].Courts {
			// "The Hague ruled": the court; "talks in The Hague": a place.
			if a, ok := st.seatCourt(s, g); ok {
				res.actors, res.basis, res.rule = []Actor{a}, "metonym", g.mods[0].rule()
			}
			return
		}
		if len(g.mods) == 1 && (g.mods[0].kind == itCapital && r.townOfFocus(st, g.mods[0]) || g.mods[0].town) {
			// "Tripoli" in a story about Lebanon: the Lebanese town, a
			// place and no government.
			return
		}
		if len(g.mods) == 1 && g.mods[0].kind == itCapital && len(g.agents) == 0 && placePreposition(precedingWord(s, g.start)) &&
			ownedPeopleBefore(its, g.start-1) {
			// "G20 health ministers in Berlin", "an EU spokesman in
			// Washington": people who have their own actor are only
			// somewhere; the capital is no second actor, least of all the
			// host government. (People without one, "protesters in
			// Tbilisi", take the capital's country as before.)
			return
		}
		for _, m := range g.mods {
			if g.ethnic {
				// "Ethnic Albanians": people of that group, civilians of
				// the country the text is about.
				res.actors = append(res.actors, withSector(st.ethnicCountry(m.country()), "CVL"))
				rules = append(rules, m.rule())
				continue
			}
			res.actors = append(res.actors, actorOf(m.ents[0]))
			rules = append(rules, m.rule())
			if m.kind == itCapital {
				metonym = true
			}
			if m.ents[0].User {
				res.basis = "user-dictionary"
			}
		}
		res.rule = strings.Join(rules, ",")
		switch {
		case len(res.actors) > 1:
			res.basis = "compound"
		case metonym:
			res.basis = "metonym"
		case res.basis == "":
			res.basis = "dictionary"
		}
	}
}

// legalVerbs are what a court does; their subject, when it is the seat
// of international courts, is the court.
var legalVerbs = map[string]bool{"rule": true, "convict": true, "sentence": true, "acquit": true, "indict": true,
	"order": true, "try": true, "charge": true, "find": true, "issue": true, "reject": true, "dismiss": true,
	"hear": true, "uphold": true, "overturn": true, "jail": true, "summon": true, "prosecute": true,
	"judge": true, "declare": true, "decide": true, "award": true, "refuse": true, "throw": true}

// courtCodes are the international courts that sit in The Hague.
var courtCodes = map[string]bool{"IGOICC": true, "IGOUNOICJ": true, "IGOUNOICT": true}

// seatCourt resolves the seat of international courts written as an
// actor: the subject of a legal verb is the court named last in the text
// (the ICC when none was); anything else is a place, no actor.
func (st *docState) seatCourt(s *nlp.Sentence, g *group) (Actor, bool) {
	subject := false
	for _, c := range s.Clauses {
		if c.Subject != nil && g.start <= c.Subject.Head && c.Subject.Head < g.end && legalVerbs[c.Verb.Lemma] {
			subject = true
			break
		}
	}
	if !subject {
		return Actor{}, false
	}
	for i := len(st.recent) - 1; i >= 0; i-- {
		if courtCodes[st.recent[i].actor.Code] {
			a := st.recent[i].actor
			a.Name = ""
			return a, true
		}
	}
	return Actor{Code: "IGOICC", Name: "International Criminal Court", Role: "court"}, true
}

// townOfFocus reports whether a capital's name is also that of a town in
// the country the text is about, while the capital's own country is not
// named in the text so far.
func (r *Resolver) townOfFocus(st *docState, m *item) bool {
	towns := r.dict.townCountries(m.text)
	if len(towns) == 0 || st.focus == "" {
		return false
	}
	own := m.ents[0].Country
	if st.focus == own || st.counts[own] > 0 || slices.Contains(st.here, own) {
		return false
	}
	return slices.Contains(towns, st.focus)
}

// adjAsNoun reports whether a run of adjectives is used as a noun.
func adjAsNoun(s *nlp.Sentence, its []item, g *group) bool {
	last := g.mods[len(g.mods)-1]
	if strings.HasSuffix(strings.ToLower(last.text), "s") && !strings.HasSuffix(strings.ToLower(last.text), "ss") {
		return true
	}
	k := last.end
	for k < len(s.Tokens) && isQuote(s.Tokens[k].Text) {
		k++ // a quoted adjective: "Western" diplomatic source
	}
	if k >= len(s.Tokens) {
		return true
	}
	next := s.Tokens[k]
	if next.Tag != "" {
		return !strings.HasPrefix(next.Tag, "NN") && !strings.HasPrefix(next.Tag, "JJ") && next.Tag != "CD"
	}
	for _, r := range next.Text {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z')
	}
	return true
}

func nameKeys(it *item) []string {
	if len(it.keys) > 0 {
		return it.keys
	}
	var ks []string
	for _, p := range splitWord(it.text) {
		if !honorifics[p.lower] {
			ks = append(ks, p.lower)
		}
	}
	return ks
}

// lastDistinct returns the n most recent distinct person actors
// (oldest first), those of the given sector when sector is not "" and
// those whose role contains role when role is not "".
func (st *docState) lastDistinct(n int, sector string, personOnly bool, role string) []Actor {
	var out []Actor
	seen := map[string]bool{}
	for i := len(st.recent) - 1; i >= 0 && len(out) < n; i-- {
		ra := st.recent[i]
		if personOnly && !ra.person {
			continue
		}
		if sector != "" && !hasSector(ra.actor, sector) {
			continue
		}
		if role != "" && !strings.Contains(strings.ToLower(ra.actor.Role), role) {
			continue
		}
		k := ra.actor.Code + "|" + ra.actor.Name
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, ra.actor)
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}

func hasSector(a Actor, sector string) bool {
	for _, s := range a.Sectors {
		if strings.HasPrefix(sector, s) {
			return true
		}
	}
	return false
}

// lastWithRole resolves "the minister", "the government": the most
// recent person whose role has the title's head word ("the minister" ->
// "foreign minister"); otherwise the sector of the most recent actor with
// a country ("the government" after "Gordon Brown" -> GBRGOV), which is
// an institution, not a person.
func (st *docState) lastWithRole(head, sector string) (Actor, bool, bool) {
	hw := strings.Fields(head)
	if len(hw) == 0 {
		return Actor{}, false, false
	}
	h := strings.TrimSuffix(hw[len(hw)-1], "s")
	// In a text about one country, "the president" is first that
	// country's among the persons of the last three sentences (a US story
	// naming Assad in passing still means Trump).
	var found *recentActor
	for i := len(st.recent) - 1; i >= 0; i-- {
		ra := &st.recent[i]
		if ra.person && strings.Contains(strings.ToLower(ra.actor.Role), h) {
			if st.atSentence-ra.sentence > 3 && found != nil {
				break // past the window: the nearest one
			}
			if st.focus == "" || ra.actor.Country == st.focus || st.atSentence-ra.sentence > 3 {
				return ra.actor, true, true
			}
			if found == nil {
				found = ra
			}
		}
	}
	if found != nil {
		return found.actor, true, true
	}
	for i := len(st.recent) - 1; i >= 0; i-- {
		ra := st.recent[i]
		if ra.actor.Country != "" && sector != "" && hasSector(ra.actor, sector) {
			return withSector(ra.actor.Country, sector), false, true
		}
	}
	return Actor{}, false, false
}

// eventNouns are nouns that a place name modifies without being an actor
// ("the Astana talks", "a Syria summit"); used when tokens have no tags.
var eventNouns = map[string]bool{"talks": true, "process": true, "format": true, "meeting": true,
	"summit": true, "agreement": true, "accord": true, "accords": true, "deal": true, "conference": true,
	"declaration": true, "negotiations": true, "protocol": true, "memorandum": true, "peace": true,
	"war": true, "conflict": true, "crisis": true, "border": true, "policy": true, "file": true}

// modifiesNoun reports whether a country or capital is a modifier of a
// following common noun ("the Astana talks") rather than an actor.
func modifiesNoun(s *nlp.Sentence, g *group) bool {
	last := g.mods[len(g.mods)-1]
	if last.end >= len(s.Tokens) {
		return false
	}
	next := s.Tokens[last.end]
	if timeWords[strings.ToLower(next.Text)] {
		return false // "Russia today rejected": often tagged NN
	}
	if next.Tag != "" && (next.Tag == "NN" || next.Tag == "NNS") {
		return true
	}
	return eventNouns[strings.ToLower(next.Text)]
}

// nounWords are common nouns that an agent word can modify ("official
// statements"), for tokens without tags.
var nounWords = map[string]bool{"statement": true, "statements": true, "source": true, "sources": true,
	"media": true, "figures": true, "visit": true, "data": true, "documents": true, "channels": true,
	"news": true, "website": true, "account": true, "position": true, "policy": true, "report": true,
	"reports": true, "residence": true, "talks": true, "meeting": true, "visits": true, "level": true,
	"results": true, "figure": true, "language": true, "title": true, "capacity": true, "duties": true,
	"election": true, "elections": true, "strike": true, "assembly": true, "manager": true}

// adjAgentBeforeNoun reports whether a one-word agent used as an
// adjective ("a new military operation", "civilian casualties") modifies
// the common noun after it: a thing, not an actor.
func adjAgentBeforeNoun(s *nlp.Sentence, it *item) bool {
	if it.end-it.start != 1 || s.Tokens[it.start].Tag != "JJ" {
		return false
	}
	return thingNounAfter(s, it.end)
}

// introductory reports whether token i, after a preposition, is inside
// a phrase that opens its sentence (or a "that" clause) with a preposition
// or subordinator and no finite verb of its own before i: "While Russia
// and Turkey argued over Syria, ...", "Despite the talks in the Middle
// East, ...", "that through a deal between the US and Mexico, ...". A
// list after "Talks between Iran, Israel and Syria" is no such phrase.
func introductory(s *nlp.Sentence, i int) bool {
	if i <= 0 || i > len(s.Tokens) || s.Tokens[i-1].Tag != "IN" && s.Tokens[i-1].Tag != "DT" {
		return false
	}
	k := i - 1
	for ; k > 0; k-- {
		w := strings.ToLower(s.Tokens[k-1].Text)
		if w == "that" || w == ";" || w == ":" || w == "\u2014" || w == "\u2013" {
			break
		}
	}
	for k < i && (s.Tokens[k].Tag == "CC" || isQuote(s.Tokens[k].Text)) {
		k++ // "But while ...", a quotation mark
	}
	return k < i-1 && s.Tokens[k].Tag == "IN"
}

// subjectStartsAt reports whether a clause's subject starts at token i:
// after an introductory phrase, a comma before it closes that phrase ("While Russia found an accommodation over Syria, Ankara and
// Washington remain at odds"), so the name before the comma is no member
// of the list after it.
func subjectStartsAt(s *nlp.Sentence, i int) bool {
	for k := range s.Clauses {
		if sub := s.Clauses[k].SurfaceSubject; sub != nil && sub.Start == i {
			return true
		}
		if sub := s.Clauses[k].Subject; sub != nil && sub.Start == i {
			return true
		}
	}
	return false
}

// populationBeforeNoun reports whether a singular noun for a population
// (refugees, migrants, civilians) only modifies a following common noun:
// "the Syrian refugee crisis", "a migrant camp" name no refugee or migrant.
func populationBeforeNoun(s *nlp.Sentence, it *item) bool {
	if it.end-it.start != 1 || s.Tokens[it.start].Tag != "NN" {
		return false
	}
	switch it.ents[0].Code {
	case "REF", "CVL":
	default:
		return false
	}
	return thingNounAfter(s, it.end)
}

// thingNounAfter reports whether token i is a common noun that is not
// one of peopleNouns.
func thingNounAfter(s *nlp.Sentence, i int) bool {
	return nounAfter(s, i) && !peopleNouns[strings.ToLower(s.Tokens[i].Text)]
}

// peopleNouns are nouns for people that keep an adjectival agent before
// them an actor ("military personnel", "military men").
var peopleNouns = map[string]bool{"personnel": true, "men": true, "women": true, "staff": true,
	"man": true, "woman": true, "people": true, "figures": true, "brass": true, "sources": true}

// placeNouns are places named after an agent ("a police station", "an
// army base"): the agent is then not an actor.
var placeNouns = map[string]bool{"station": true, "stations": true, "base": true, "bases": true,
	"headquarters": true, "building": true, "buildings": true, "checkpoint": true, "checkpoints": true,
	"barracks": true, "academy": true, "hospital": true, "compound": true, "post": true}

func placeNounAfter(s *nlp.Sentence, i int) bool {
	return i < len(s.Tokens) && placeNouns[strings.ToLower(s.Tokens[i].Text)]
}

// nounAfter reports whether token i is a common noun.
func nounAfter(s *nlp.Sentence, i int) bool {
	if i >= len(s.Tokens) {
		return false
	}
	t := s.Tokens[i]
	if timeWords[strings.ToLower(t.Text)] {
		return false // "a U.S. official today praised ...": often tagged NN
	}
	if t.Tag != "" {
		return t.Tag == "NN" || t.Tag == "NNS"
	}
	return nounWords[strings.ToLower(t.Text)]
}

func isQuote(t string) bool {
	switch t {
	case "\"", "'", "``", "''", "\u201c", "\u201d", "\u2018", "\u2019", "\u00ab", "\u00bb":
		return true
	}
	return false
}

// countrySet resolves "both countries", "the two sides": the n
// countries named earlier in the same sentence ("Britain and the US are
// the two countries ..."); else the most recent mention of exactly n
// actors of distinct countries ("Kenya and Ethiopia", "the Syrian and
// Iranian ministers") in the last three sentences; else the n countries
// the text has named most so far, when they clearly lead. With a sector
// the countries take it (GOV for "the two governments"); without, the
// actors of a set are kept as they were. Otherwise nil: no guess.
func (st *docState) countrySet(n int, sector string) []Actor {
	here := func() []Actor {
		out := make([]Actor, n)
		for k, c := range st.here {
			out[k] = withSector(c, sector)
		}
		return out
	}
	if len(st.here) == n && sector != "" {
		return here()
	}
	for i := len(st.sets) - 1; i >= 0; i-- {
		set := st.sets[i]
		if st.atSentence-set.sentence > 3 {
			break
		}
		if len(set.actors) != n {
			continue
		}
		out := make([]Actor, n)
		for k, a := range set.actors {
			if sector == "" {
				out[k] = a
			} else {
				out[k] = withSector(a.Country, sector)
			}
		}
		return out
	}
	if len(st.here) == n {
		return here()
	}
	type cc struct {
		c    string
		n, f int
	}
	var all []cc
	for c, k := range st.counts {
		if len(c) == 3 && k > 0 {
			all = append(all, cc{c, k, st.first[c]})
		}
	}
	if len(all) < n {
		return nil
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].n != all[j].n {
			return all[i].n > all[j].n
		}
		return all[i].f < all[j].f
	})
	if len(all) > n && all[n-1].n == all[n].n {
		return nil // a tie for the last place: no safe answer
	}
	top := all[:n]
	sort.Slice(top, func(i, j int) bool { return top[i].f < top[j].f })
	out := make([]Actor, n)
	for k, x := range top {
		out[k] = withSector(x.c, sector)
	}
	return out
}

// rememberSet records a mention of several actors of distinct countries.
func (st *docState) rememberSet(as []Actor) {
	if len(as) < 2 {
		return
	}
	seen := make(map[string]bool, len(as))
	for _, a := range as {
		if a.Country == "" || seen[a.Country] {
			return
		}
		seen[a.Country] = true
	}
	st.sets = append(st.sets, actorSet{append([]Actor(nil), as...), st.atSentence})
	if len(st.sets) > 16 {
		// The last 16, moved to the front (the array is reused).
		n := copy(st.sets, st.sets[len(st.sets)-16:])
		clear(st.sets[n:])
		st.sets = st.sets[:n]
	}
}

var timeWords = map[string]bool{"today": true, "yesterday": true, "tomorrow": true, "tonight": true,
	"now": true, "again": true, "also": true}

// wordClass is a set of the closed classes a word item belongs to, looked
// up once per word instead of once per map at every group start.
type wordClass uint8

const (
	wcDeterminer wordClass = 1 << iota
	wcNumeral
	wcPremod
	wcPronoun
	wcPluralCoref
	wcEthnic
)

// wordClasses maps a lower-case word to its classes.
var wordClasses = func() map[string]wordClass {
	m := map[string]wordClass{}
	for w := range determiners {
		m[w] |= wcDeterminer
	}
	for w := range numerals {
		m[w] |= wcNumeral
	}
	for w := range premods {
		m[w] |= wcPremod
	}
	for w := range pronouns {
		m[w] |= wcPronoun
	}
	for w := range pluralCorefNouns {
		m[w] |= wcPluralCoref
	}
	m["ethnic"] |= wcEthnic
	return m
}()

// wordClassFilter holds the words of wordClasses (built once, read
// only): most words are in no class, and the filter says so without a
// map look-up.
var wordClassFilter = func() *keyFilter {
	f := new(keyFilter)
	for w := range wordClasses {
		f.add(w)
	}
	return f
}()

// wordClassOf returns the classes of a lower-case word of hash h
// (keyHash).
func wordClassOf(w string, h uint32) wordClass {
	if !wordClassFilter.mayHave(h) {
		return 0
	}
	return wordClasses[w]
}

// placePreposition reports whether w is a preposition that puts the
// noun after it as a place ("in Berlin", "inside Kabul"); not "at",
// which is also the target of firing and aiming ("missiles at Riyadh").
func placePreposition(w string) bool {
	switch strings.ToLower(w) {
	case "in", "inside", "near", "outside", "around", "across":
		return true
	}
	return false
}

// basedCountry is the country of a "<place>-based" adjective before the
// agents starting at token i ("Australia-based activists", "a
// London-based rights group", "Canada-based refugee and rights
// activists"), or "": the people are of that country.
func (r *Resolver) basedCountry(s *nlp.Sentence, i int) string {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		w := s.Tokens[k].Text
		if len(w) <= len("-based") || !strings.EqualFold(w[len(w)-len("-based"):], "-based") {
			// Back over lower-case nouns and adjectives and a
			// coordination: "Canada-based refugee and rights activists".
			if tag := s.Tokens[k].Tag; w != "and" && w != "," && (hasASCIIUpper(w) ||
				tag != "" && !strings.HasPrefix(tag, "NN") && !strings.HasPrefix(tag, "JJ")) {
				return ""
			}
			continue
		}
		ps := &nlp.Sentence{Tokens: Tokenize(w[:len(w)-len("-based")])}
		if len(ps.Tokens) == 0 {
			return ""
		}
		end, node := r.dict.trie.longestAt(sentencePieces(ps), 0)
		if node == nil || end != len(ps.Tokens) {
			return ""
		}
		for _, ix := range node.entries {
			if e := r.dict.entries[ix]; (e.Kind == KindCountry || e.Kind == KindCapital) && e.Country != "" {
				return e.Country
			}
		}
		return ""
	}
	return ""
}

// ownedPeopleBefore reports whether people with an actor of their own
// end right before token k: an agent that is not a body, or a person's
// name, in a phrase that also names an organisation or a nationality
// ("G20 health ministers", "an EU spokesman", "French diplomats"); or
// ministers in the plural, who meet where they are ("foreign ministers").
func ownedPeopleBefore(its []item, k int) bool {
	for i := range its {
		if its[i].end != k {
			continue
		}
		switch its[i].kind {
		case itAgent:
			if institution([]*item{&its[i]}) {
				return false
			}
			if visitingMinisters([]*item{&its[i]}) {
				return true
			}
		case itName:
		case itNamed:
			if its[i].ents[0].Kind != KindPerson {
				return false
			}
		default:
			return false
		}
		for j := i - 1; j >= 0 && its[j].end == its[j+1].start && its[j].kind != itWord; j-- {
			switch its[j].kind {
			case itNamed:
				if its[j].ents[0].Kind != KindPerson {
					return true
				}
			case itCountry, itAdj:
				return true
			}
		}
		return false
	}
	return false
}

// sportNames are sport words that make a country's name beside them a
// sports body or team ("Athletics Kenya", "England rugby", "the Germany
// coach").
var sportNames = map[string]bool{"athletics": true, "sport": true, "sports": true, "football": true,
	"soccer": true, "rugby": true, "cricket": true, "tennis": true, "hockey": true, "golf": true,
	"coach": true, "squad": true, "striker": true, "goalkeeper": true, "olympic": true}

// sportNameAround reports whether a sport word stands right before the
// group or right after it (after a possessive: "Kenya's athletics body").
func sportNameAround(s *nlp.Sentence, g *group) bool {
	if w := precedingWord(s, g.start); w != "" && sportNames[strings.ToLower(w)] {
		return true
	}
	k := g.end
	if k < len(s.Tokens) && (s.Tokens[k].Text == "'s" || s.Tokens[k].Text == "’s" || s.Tokens[k].Text == "'") {
		k++
	}
	if k < len(s.Tokens) && strings.EqualFold(s.Tokens[k].Text, "national") {
		k++
	}
	return k < len(s.Tokens) && sportNames[strings.ToLower(s.Tokens[k].Text)]
}

// sportWords are words of sports news: a text with at least four of
// them, three different, is about sport, where countries are teams.
var sportWords = map[string]bool{"match": true, "coach": true, "squad": true, "striker": true,
	"goalkeeper": true, "midfielder": true, "tournament": true, "championship": true, "league": true,
	"cup": true, "rugby": true, "football": true, "footballer": true, "cricket": true, "tennis": true,
	"athletics": true, "athlete": true, "marathon": true, "olympic": true, "olympics": true, "medal": true,
	"semi-final": true, "quarter-final": true, "referee": true, "innings": true, "wicket": true,
	"twickenham": true, "premiership": true, "stadium": true, "fixture": true, "sprinter": true,
	"doping": true, "golf": true, "golfer": true, "boxer": true, "cyclist": true, "scrum": true,
	"fly-half": true, "winger": true, "batsman": true, "bowler": true, "goalscorer": true}

// sportFilter holds sportWords and their forms in -s, all that
// sportText looks up (built once, read only).
var sportFilter = func() *keyFilter {
	f := new(keyFilter)
	for w := range sportWords {
		f.add(w)
		f.add(w + "s")
	}
	return f
}()

// asciiLowerHash is the keyHash of the lower case of an ASCII text; ok
// is false when the text has a byte that is not ASCII.
func asciiLowerHash(w string) (h uint32, ok bool) {
	h = fnvOffset
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return 0, false
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		h = (h ^ uint32(c)) * fnvPrime
	}
	return h, true
}

// sportText reports whether a document is sports news (see sportWords).
func sportText(doc *nlp.Document) bool {
	n := 0
	var seen [3]string
	distinct := 0
	for i := range doc.Sentences {
		toks := doc.Sentences[i].Tokens
		for k := range toks {
			w := toks[k].Lemma
			if w == "" {
				w = toks[k].Text
			}
			if len(w) < 3 || len(w) > 13 {
				continue
			}
			if h, ok := asciiLowerHash(w); ok && !sportFilter.mayHave(h) {
				continue // (most words: no lower-cased copy, no map look-up)
			}
			if hasASCIIUpper(w) {
				w = strings.ToLower(w)
			}
			if !sportWords[w] {
				b, ok := strings.CutSuffix(w, "s")
				if !ok || !sportWords[b] {
					continue
				}
				w = b
			}
			n++
			if distinct < 3 && w != seen[0] && w != seen[1] {
				seen[distinct] = w
				distinct++
			}
			if n >= 4 && distinct >= 3 {
				return true
			}
		}
	}
	return false
}

// visitingMinisters reports whether the head of a title is ministers of
// one portfolio in the plural ("foreign ministers", "health ministers"):
// before "in <capital>" they are counterparts meeting there, not that
// capital's government ("government ministers in London" still are).
func visitingMinisters(agents []*item) bool {
	if len(agents) == 0 {
		return false
	}
	t := strings.ToLower(agents[len(agents)-1].text)
	if len(agents) > 1 && !strings.Contains(t, " ") {
		t = strings.ToLower(agents[len(agents)-2].text) + " " + t
	}
	rest, ok := strings.CutSuffix(t, " ministers")
	if !ok {
		return false
	}
	if i := strings.LastIndexByte(rest, ' '); i >= 0 {
		rest = rest[i+1:]
	}
	return portfolios[rest]
}

// portfolios are the words of a minister's portfolio.
var portfolios = map[string]bool{"foreign": true, "finance": true, "health": true, "defence": true,
	"defense": true, "trade": true, "energy": true, "interior": true, "environment": true,
	"agriculture": true, "economy": true, "economic": true, "education": true, "justice": true,
	"transport": true, "labour": true, "labor": true, "culture": true, "tourism": true, "oil": true,
	"petroleum": true, "fisheries": true, "development": true}
