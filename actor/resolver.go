package actor

import (
	"fmt"
	"io"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/heraldevents/herald/nlp"
)

// Options configure a Resolver.
type Options struct {
	// Dictionaries are user dictionary files, in the Herald format or in
	// the PETRARCH/TABARI formats (actors, agents, discards); the format is
	// detected per file. User entries take precedence over built-in ones
	// for the same phrase.
	Dictionaries []string
	// NoBuiltin leaves out the built-in dictionaries (for tests and
	// benchmarks that measure a user dictionary alone).
	NoBuiltin bool
	// Logger receives warnings about malformed dictionary lines; nil
	// discards them.
	Logger *slog.Logger
}

// Resolver turns the mentions of an analysed document into actors. It is
// built once and safe for concurrent use: Resolve keeps all per-document
// state to itself (its working arrays come from a pool, one set per call).
type Resolver struct {
	dict     *Dictionary
	warnings []Problem
	// scratch holds *resolveScratch: working space that one Resolve call
	// takes and gives back, so that the items and token pieces of every
	// document do not cost new memory.
	scratch sync.Pool
	// communities are the lower-case ethnic or religious adjectives of
	// the dictionaries ("kurdish", "shia"): flags=community.
	communities map[string]bool
}

// resolveScratch is the working space of one Resolve call: the items of
// every sentence (one backing array, sliced per sentence) and the pieces
// of the sentence being matched.
type resolveScratch struct {
	items  []item
	tp     tokPieces
	pieces []piece
	// piecesUsed and tpUsed are the most of pieces and tp that the
	// document's sentences filled (what is cleared after the call).
	piecesUsed, tpUsed int
	// ents holds the entries of every item of the document (each item's
	// ents is a part of it), keys the name keys of its names.
	ents []*Entry
	keys []string
	// mentions holds what the first pass of compose finds (only the
	// names it learns are kept).
	mentions []Mention
	sents    [][]item // the items of each sentence
	st       docState // cleared after each call, its maps and buffers kept
}

// NewResolver loads the built-in dictionaries and the user dictionaries of
// opts. A malformed line is a warning naming file and line (the rest of the
// file loads); a file that cannot be loaded at all is an error.
func NewResolver(opts Options) (*Resolver, error) {
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	d := newDictionary()
	r := &Resolver{dict: d}
	if !opts.NoBuiltin {
		probs, err := d.loadBuiltin()
		r.warnings = append(r.warnings, probs...)
		if err != nil {
			return nil, fmt.Errorf("load built-in dictionaries: %w", err)
		}
	}
	for _, p := range opts.Dictionaries {
		probs, err := d.loadFile(p)
		r.warnings = append(r.warnings, probs...)
		if err != nil {
			return nil, fmt.Errorf("load dictionary %s: %w", p, err)
		}
	}
	r.communities = map[string]bool{}
	for _, e := range d.entries {
		if e.Community {
			r.communities[strings.ToLower(e.Phrase)] = true
		}
	}
	for _, w := range r.warnings {
		log.Warn("dictionary line skipped", "file", w.File, "line", w.Line, "problem", w.Message)
	}
	return r, nil
}

// Warnings returns the problems met while loading (malformed lines).
func (r *Resolver) Warnings() []Problem { return r.warnings }

// Dictionary returns the loaded dictionary (read-only).
func (r *Resolver) Dictionary() *Dictionary { return r.dict }

// Discarded reports whether the sentence contains a phrase of a loaded
// PETRARCH discard list (such sentences should not be coded).
func (r *Resolver) Discarded(s *nlp.Sentence) bool {
	if len(r.dict.discards) == 0 {
		return false
	}
	tp := sentencePieces(s)
	var flat []piece
	for _, ps := range tp {
		flat = append(flat, ps...)
	}
	for _, d := range r.dict.discards {
		for i := 0; i+len(d) <= len(flat); i++ {
			ok := true
			for j, k := range d {
				if flat[i+j].lower != strings.ToLower(k) {
					ok = false
					break
				}
			}
			if ok {
				return true
			}
		}
	}
	return false
}

// Resolve returns every actor mention of the document in order, with
// in-document coreference. Token spans refer to
// doc.Sentences[m.Sentence].Tokens. Dated roles are taken at
// doc.Published, or today when it is zero.
func (r *Resolver) Resolve(doc *nlp.Document) []Mention {
	if doc == nil {
		return nil
	}
	when := doc.Published
	if when.IsZero() {
		when = time.Now().UTC()
	}
	sc, _ := r.scratch.Get().(*resolveScratch)
	if sc == nil {
		sc = &resolveScratch{}
	}
	st := &sc.st
	st.init(when)
	st.sport = sportText(doc)
	if cap(sc.sents) < len(doc.Sentences) {
		sc.sents = make([][]item, len(doc.Sentences))
	}
	sents := sc.sents[:len(doc.Sentences)]
	counts, first := st.total, st.first
	order := 0
	total := 0
	for i := range doc.Sentences {
		total += len(doc.Sentences[i].Tokens)
	}
	if cap(sc.items) < total {
		sc.items = make([]item, total)
	}
	slab := sc.items[:total]
	defer func() {
		// Nothing of the document stays reachable from the pool.
		clear(slab)
		clear(sc.pieces[:sc.piecesUsed])
		clear(sc.tp[:sc.tpUsed])
		sc.piecesUsed, sc.tpUsed = 0, 0
		clear(sc.ents[:cap(sc.ents)])
		clear(sc.keys[:cap(sc.keys)])
		clear(sc.mentions[:cap(sc.mentions)])
		clear(sents)
		st.clear()
		sc.ents, sc.keys, sc.mentions = sc.ents[:0], sc.keys[:0], sc.mentions[:0]
		r.scratch.Put(sc)
	}()
	off := 0
	for i := range doc.Sentences {
		n := len(doc.Sentences[i].Tokens)
		sents[i] = r.items(&doc.Sentences[i], when, slab[off:off:off+n], sc)
		off += n
	}
	r.settleAlternatives(doc, sents)
	r.settleTowns(doc, sents)
	for i := range doc.Sentences {
		for k := range sents[i] {
			it := &sents[i][k]
			if it.countryish() {
				c := it.country()
				if c == "" {
					continue
				}
				if _, ok := first[c]; !ok {
					first[c] = order
					order++
				}
				counts[c]++
			}
		}
	}
	dropForeignAcronyms(doc, sents, counts)
	best := ""
	for c, n := range counts {
		if best == "" || n > counts[best] || n == counts[best] && first[c] < first[best] {
			best = c
		}
	}
	// The focus is used for titles with no country ("Defence Secretary
	// X"): only when one country clearly leads (at least twice as often
	// as any other, and named twice unless the text is a sentence or
	// two), else such titles stay bare.
	second := 0
	for c, n := range counts {
		if c != best && n > second {
			second = n
		}
	}
	if best != "" && counts[best] >= 2*second && (counts[best] >= 2 || len(doc.Sentences) <= 2) {
		st.focus = best
	}
	// First pass: learn the names that titles and appositions give, so
	// that a headline naming people before the text introduces them
	// ("Al-Miqdad and Abdullahian discuss ...") resolves too.
	// Only sentences with a name, or a title with a nationality ("the
	// Pakistani president" gives a country to "President Musharraf"),
	// can teach one.
	for i := range doc.Sentences {
		if hasNames(sents[i]) {
			sc.mentions = r.compose(st, i, &doc.Sentences[i], sents[i], sc.mentions[:0])
		}
	}
	st.recent = st.recent[:0]
	st.sets = st.sets[:0]
	st.otherPersonOK = false
	var out []Mention
	var armed map[string]string // community word -> country of its armed group
	for i := range doc.Sentences {
		n := len(out)
		out = r.compose(st, i, &doc.Sentences[i], sents[i], out)
		armed = r.communityForces(&doc.Sentences[i], out[n:], armed)
		for k := n; k < len(out); k++ {
			if out[k].Agency && mediaActs(&doc.Sentences[i], &out[k]) {
				out[k].Agency = false
			}
		}
		igoEnvoys(&doc.Sentences[i], out[n:])
		for k := range sents[i] {
			if it := &sents[i][k]; it.countryish() && it.country() != "" {
				st.counts[it.country()]++
			}
		}
	}
	return out
}

// communityForces gives a community's armed group with no country of its
// own ("Kurdish forces", "Kurdish militias") the country of the same
// community's armed group named before in the text with one ("Kurdish
// fighters in Syria", "Syrian Kurdish militias"): coreference, never the
// country of another phrase of the sentence or of the text's topic.
// armed holds what the text taught so far; the updated map is returned.
func (r *Resolver) communityForces(s *nlp.Sentence, ms []Mention, armed map[string]string) map[string]string {
	for k := range ms {
		m := &ms[k]
		if len(m.Actors) != 1 || m.Agency {
			continue
		}
		cw := ""
		for j := m.Start; j < m.End && j < len(s.Tokens); j++ {
			if !capitalized(s.Tokens[j].Text) {
				continue // (tested first: no lower-cased copy)
			}
			if t := strings.TrimSuffix(strings.ToLower(s.Tokens[j].Text), "-led"); r.communities[t] {
				cw = t
				break
			}
		}
		if cw == "" {
			continue
		}
		a := &m.Actors[0]
		switch {
		case a.Country != "" && (strings.HasSuffix(a.Code, "REB") || strings.HasSuffix(a.Code, "MIL")):
			if armed == nil {
				armed = map[string]string{}
			}
			armed[cw] = a.Country
		case a.Country == "" && a.Code == "REB":
			if c := armed[cw]; c != "" {
				a.Code, a.Country = c+"REB", c
				m.Basis = "coreference"
			}
		}
	}
	return armed
}

// envoyRoles are the roles of a diplomat sent somewhere on a mission.
var envoyRoles = map[string]bool{"diplomat": true, "envoy": true, "special envoy": true, "mediator": true,
	"representative": true, "special representative": true}

// igoEnvoys gives an international body's envoy to a country its body:
// in "the UN Syria envoy" or "the UN's Yemen envoy" the country names
// the mission, not the envoy's state, so the title is IGOUNO, not SYRGOV.
// ms are the mentions of one sentence in text order.
func igoEnvoys(s *nlp.Sentence, ms []Mention) {
	for k := 1; k < len(ms); k++ {
		m, prev := &ms[k], &ms[k-1]
		if m.Basis != "title+nationality" || len(m.Actors) != 1 || len(prev.Actors) != 1 ||
			!envoyRoles[m.Actors[0].Role] || !strings.HasPrefix(prev.Actors[0].Code, "IGO") {
			continue
		}
		gap := m.Start - prev.End
		if gap < 0 || gap > 1 || gap == 1 && s.Tokens[prev.End].Tag != "POS" {
			continue // only "the UN Syria envoy" or "the UN's Syria envoy"
		}
		// the mission's country must be the first word of the title
		// ("Syria special envoy"), not a nationality of the person
		if m.Start >= len(s.Tokens) || s.Tokens[m.Start].Tag != "NNP" {
			continue
		}
		a := prev.Actors[0]
		a.Role = m.Actors[0].Role
		a.Name = ""
		m.Actors = []Actor{a}
		m.Basis = "title+organisation"
	}
}

// dropForeignAcronyms unmakes acronym matches of national armed groups
// ("FSA", the Free Syrian Army) in a text that never names
// their country: there the letters are most often something else (the
// Financial Services Authority in a British business story).
func dropForeignAcronyms(doc *nlp.Document, sents [][]item, counts map[string]int) {
	for i, its := range sents {
		for k := range its {
			it := &its[k]
			if it.kind != itNamed || it.end-it.start != 1 || len(it.ents) == 0 {
				continue
			}
			e := it.ents[0]
			if e.Kind != KindGroup || e.Country == "" || counts[e.Country] > 0 || !isUpperRun(it.text) ||
				!slices.ContainsFunc(e.Sectors, func(s string) bool { return armedSectors[s] }) {
				continue
			}
			t := doc.Sentences[i].Tokens[it.start]
			*it = item{kind: itWord, start: it.start, end: it.end, word: strings.ToLower(t.Text), tag: t.Tag}
		}
	}
}

// isSentenceStartAt reports whether token i opens the sentence (after
// any opening quotes or brackets).
func isSentenceStartAt(s *nlp.Sentence, i int) bool {
	for k := 0; k < i; k++ {
		if t := s.Tokens[k].Text; !isQuote(t) && t != "(" && t != "[" {
			return false
		}
	}
	return true
}

// settleAlternatives decides the country of names that may mean two
// countries (Entry.Alt: "Congo", "Congolese"): the other country when
// the text points to it more than to the default one, by its unambiguous
// names and capitals ("Brazzaville", "Republic of Congo") and by the cue
// phrases of its dictionary line ("Pointe-Noire"; "Goma", "Kivu" for the
// default). A tie keeps the default.
func (r *Resolver) settleAlternatives(doc *nlp.Document, sents [][]item) {
	type pair struct{ def, alt string }
	var pairs []pair
	for _, its := range sents {
		for k := range its {
			if it := &its[k]; it.countryish() && len(it.ents) > 0 && it.ents[0].Alt != "" {
				p := pair{it.ents[0].Code, it.ents[0].Alt}
				if !slices.Contains(pairs, p) {
					pairs = append(pairs, p)
				}
			}
		}
	}
	if len(pairs) == 0 {
		return
	}
	score := map[string]int{}
	for _, its := range sents {
		for k := range its {
			if it := &its[k]; it.countryish() && len(it.ents) > 0 && it.ents[0].Alt == "" {
				score[it.country()]++
			}
		}
	}
	text := cueText(doc)
	for _, p := range pairs {
		if score[p.alt]+r.cueScore(text, p.alt) <= score[p.def]+r.cueScore(text, p.def) {
			continue
		}
		for _, its := range sents {
			for k := range its {
				it := &its[k]
				if it.countryish() && len(it.ents) > 0 && it.ents[0].Alt == p.alt && it.ents[0].Code == p.def {
					e := *it.ents[0]
					e.Code, e.Country, e.Alt = p.alt, p.alt, ""
					it.ents = []*Entry{&e}
				}
			}
		}
	}
}

// cueText is the lower-case words of a text, one space apart and with
// one at each end, sentences kept apart by an extra space (no cue phrase
// across them), for cueScore.
func cueText(doc *nlp.Document) string {
	var words []string
	for i := range doc.Sentences {
		for _, ps := range sentencePieces(&doc.Sentences[i]) {
			for _, p := range ps {
				words = append(words, p.lower)
			}
		}
		words = append(words, "") // no cue across sentences
	}
	return " " + strings.Join(words, " ") + " "
}

// cueScore counts the cue phrases of country c (cues=) in text, a
// cueText.
func (r *Resolver) cueScore(text, c string) int {
	n := 0
	for _, cue := range r.dict.cues[c] {
		n += strings.Count(text, " "+cue+" ")
	}
	return n
}

// settleTowns decides, once for the whole text, whether a capital whose
// name is also a town of another country (towns=: "Tripoli" in Libya and
// in Lebanon) means the town: when the text points more to the town's
// country than to the capital's own, by their names, adjectives and
// capitals and by the cue phrases of their dictionary lines ("Tripoli in
// northern Lebanon", "the north Lebanese port"). The item then is a
// place of that country (a town item): an "in" tail or a possessive
// gives its country ("militias in Tripoli"), alone it is no actor.
func (r *Resolver) settleTowns(doc *nlp.Document, sents [][]item) {
	var text string
	score := map[string]int{}
	scored := false
	for _, its := range sents {
		for k := range its {
			it := &its[k]
			if it.kind != itCapital || len(it.ents) == 0 {
				continue
			}
			towns := r.dict.townCountries(it.text)
			if len(towns) == 0 {
				continue
			}
			if !scored {
				scored = true
				for _, its2 := range sents {
					for k2 := range its2 {
						o := &its2[k2]
						if o.countryish() && (o.kind != itCapital || len(r.dict.townCountries(o.text)) == 0) {
							score[o.country()]++
						}
					}
				}
				text = cueText(doc)
			}
			own := it.country()
			best, bestScore := "", score[own]+r.cueScore(text, own)
			for _, t := range towns {
				if n := score[t] + r.cueScore(text, t); n > bestScore {
					best, bestScore = t, n
				}
			}
			if best == "" {
				continue
			}
			*it = item{kind: itCountry, start: it.start, end: it.end, text: it.text, town: true,
				ents: []*Entry{{Kind: KindCountry, Phrase: it.text, Code: best, Country: best, Name: it.text, Rule: it.ents[0].Rule}}}
		}
	}
}

// hasNames reports whether a sentence has a name or a dictionary
// person, or both a title and a nationality.
func hasNames(its []item) bool {
	agent, country := false, false
	for k := range its {
		switch {
		case its[k].kind == itName || its[k].kind == itNamed && its[k].ents[0].Kind == KindPerson:
			return true
		case its[k].kind == itAgent:
			agent = true
		case its[k].countryish():
			country = true
		}
	}
	return agent && country
}

// docState is what coreference remembers within one document.
type docState struct {
	when  time.Time
	focus string             // the country the document is most about
	names map[string]nameRef // name key -> actor, from titles and appositions
	// at is the position of the group being resolved (sentence, first
	// token), so that a name found again at its own first mention in the
	// second pass is not called coreference.
	atSentence, atStart int
	recent              []recentActor // most recent last
	// sets are the recent mentions of several actors of distinct
	// countries ("Kenya and Ethiopia", "the Syrian and Iranian foreign
	// ministers"), most recent last: what "both countries" and "the two
	// sides" refer to.
	sets []actorSet
	// here are the countries of the mentions met so far in the current
	// sentence, in order.
	here []string
	// titles is compose's buffer for the titles without a name so far in
	// the sentence (reused from sentence to sentence).
	titles []resolved
	// key is a buffer for building name keys to look up.
	key []byte
	// otherPerson is where the most recent person who is no actor was
	// named: a name not in any dictionary with an honorific ("Lord
	// Carlile") or a reporter ("our correspondent"). A "he" after it is
	// not someone named before it. ok is false when there is none.
	otherPerson   position
	otherPersonOK bool
	// gender maps a person's last name (lower case) to 'm' or 'f' when
	// the text wrote it after a gendered honorific ("Mr", "Mrs", "Lady"):
	// "he" and "she" never take a person of the other.
	gender map[string]byte
	// total is how often each country is named in the whole text.
	total map[string]int
	// sport is set when the text is sports news: a country's name is a
	// team there, no actor.
	sport bool
	// counts is how often each country is mentioned before the current
	// sentence (second pass), first its order of first mention in the
	// document.
	counts, first map[string]int
}

// init readies a docState for a document dated when: a new one, or
// one that clear emptied (its maps and buffers are reused).
func (st *docState) init(when time.Time) {
	st.when = when
	if st.names == nil {
		st.names = map[string]nameRef{}
		st.total = map[string]int{}
		st.first = map[string]int{}
		st.counts = map[string]int{}
	}
}

// clear empties a docState after a document, keeping its maps and the
// backing arrays of its slices; nothing of the document stays reachable.
func (st *docState) clear() {
	clear(st.names)
	clear(st.gender)
	clear(st.total)
	clear(st.first)
	clear(st.counts)
	clear(st.recent[:cap(st.recent)])
	clear(st.sets[:cap(st.sets)])
	clear(st.here[:cap(st.here)])
	clear(st.titles[:cap(st.titles)])
	*st = docState{names: st.names, gender: st.gender, total: st.total, first: st.first, counts: st.counts,
		recent: st.recent[:0], sets: st.sets[:0], here: st.here[:0], titles: st.titles[:0], key: st.key[:0]}
}

type actorSet struct {
	actors   []Actor
	sentence int
}

type recentActor struct {
	actor           Actor
	person          bool
	institution     bool // a body's title ("the government"): never a "he"
	sentence, start int
}

// position is a place in the document: sentence and first token.
type position struct{ sentence, start int }

// after reports whether p comes after q.
func (p position) after(q position) bool {
	return p.sentence > q.sentence || p.sentence == q.sentence && p.start > q.start
}

// remember adds an actor to the recent ones: a person, or a body's
// title (institution) remembered like one but never a "he".
func (st *docState) remember(a Actor, person, institution bool) {
	if len(st.recent) == 64 {
		// Keep the last 63 in place (no new backing array each time).
		copy(st.recent, st.recent[1:])
		st.recent = st.recent[:63]
	}
	st.recent = append(st.recent, recentActor{actor: a, person: person, institution: institution,
		sentence: st.atSentence, start: st.atStart})
}

// nameRef is what a name resolved to and where it was first given.
type nameRef struct {
	actor           Actor
	sentence, start int
	basis           string
}

func (st *docState) registerName(keys []string, a Actor) {
	if len(keys) == 0 {
		return
	}
	ref := nameRef{actor: a, sentence: st.atSentence, start: st.atStart}
	put := func(k string) {
		if old, ok := st.names[k]; ok {
			ref.sentence, ref.start = old.sentence, old.start // keep the first position
			if old.sentence == st.atSentence && old.start == st.atStart {
				ref.basis = old.basis
			}
		}
		st.names[k] = ref
	}
	put(strings.Join(keys, " "))
	last := keys[len(keys)-1]
	put(last)
	if len(keys) >= 2 && nameParticles[keys[len(keys)-2]] {
		put(keys[len(keys)-2] + " " + last)
	}
}

// setBasis records how the name at the current position was resolved.
func (st *docState) setBasis(keys []string, basis string) {
	if len(keys) == 0 {
		return
	}
	set := func(k string) {
		if ref, ok := st.names[k]; ok && ref.sentence == st.atSentence && ref.start == st.atStart {
			ref.basis = basis
			st.names[k] = ref
		}
	}
	if len(keys) == 1 {
		set(keys[0])
	} else {
		set(strings.Join(keys, " "))
	}
	set(keys[len(keys)-1])
}

// joinedKey is strings.Join(keys, " ") in st.key (valid until the next
// call), for map look-ups that need no string of their own.
func (st *docState) joinedKey(keys []string) []byte {
	b := st.key[:0]
	for i, k := range keys {
		if i > 0 {
			b = append(b, ' ')
		}
		b = append(b, k...)
	}
	st.key = b
	return b
}

// lookupName finds a name given earlier (or later, for headlines). basis
// is "coreference", or the original basis at the name's own first mention.
func (st *docState) lookupName(keys []string) (Actor, string, bool) {
	if len(keys) == 0 {
		return Actor{}, "", false
	}
	ref, ok := st.names[string(st.joinedKey(keys))]
	if !ok && len(keys) <= 2 {
		ref, ok = st.names[keys[len(keys)-1]]
	}
	if !ok {
		return Actor{}, "", false
	}
	if ref.sentence == st.atSentence && ref.start == st.atStart && ref.basis != "" {
		return ref.actor, ref.basis, true
	}
	return ref.actor, "coreference", true
}

// titleNames are titles that are also personal names ("Hussein Amir
// Abdullahian"): inside a run of names they are part of the name.
var titleNames = map[string]bool{"amir": true, "emir": true, "sultan": true, "sheikh": true,
	"malik": true, "shah": true, "khan": true}

var nameParticles = map[string]bool{"al": true, "el": true, "bin": true, "ibn": true, "abu": true,
	"de": true, "van": true, "von": true, "da": true, "di": true, "la": true, "le": true, "du": true, "ben": true}

var honorifics = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "sir": true,
	"lord": true, "lady": true, "baroness": true, "dame": true, "sheikh": true, "mister": true}

// compassWords name part of a place when written before it.
var compassWords = map[string]bool{"west": true, "western": true, "east": true, "eastern": true,
	"north": true, "northern": true, "south": true, "southern": true, "central": true}

// mayBeCompass reports whether a text may be a compass word (each
// starts with w, e, n, s or c, in either case): most names are not, and
// need no lower-cased copy to look up.
func mayBeCompass(t string) bool {
	if t == "" {
		return false
	}
	switch t[0] {
	case 'w', 'W', 'e', 'E', 'n', 'N', 's', 'S', 'c', 'C':
		return true
	}
	return t[0] >= utf8.RuneSelf
}

// provinceWords name the unit after a province's name ("Sindh province").
var provinceWords = map[string]bool{"province": true, "state": true, "region": true, "governorate": true}

// portfolioHeads are titles that a portfolio written before them
// completes ("Planning and Investment Minister").
var portfolioHeads = map[string]bool{"minister": true, "ministry": true, "secretary": true,
	"commissioner": true, "department": true, "spokesman": true, "spokeswoman": true, "chief": true}

func lastLower(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		s = s[i+1:]
	}
	return strings.ToLower(s)
}

// itemKind classifies a span of a sentence.
type itemKind uint8

const (
	itWord    itemKind = iota // any other token
	itCountry                 // country name
	itAdj                     // adjective or demonym
	itCapital                 // capital or seat of government
	itNamed                   // organisation, group, media, person, user actor
	itAgent                   // role word or phrase
	itName                    // proper name not in any dictionary (or a person out of role)
)

type item struct {
	start, end int
	ents       []*Entry // entries that hold at the document date
	word       string   // lower-case text of a word item
	tag        string
	keys       []string // name keys (itName)
	text       string
	// role is set on a dictionary person out of role at the document
	// date (rare: kept apart so that items stay small).
	role *outOfRole
	kind itemKind
	wc   wordClass // classes of a word item (determiner, numeral, ...)
	// town: a capital's name read as a town of another country (the
	// country of its entry), or a province (flags=place): a place that
	// gives its country to a phrase, no actor alone.
	town bool
}

// outOfRole is what an item knows of a dictionary person out of role
// at the document date: the canonical name, the country of the role
// nearest in time, the sector of a title inside the phrase ("President
// Bush"), and whether the role has ended (a former office-holder).
type outOfRole struct {
	canon, country, sector string
	former                 bool
}

// canon is the canonical name of a dictionary person out of role, or "".
func (it *item) canon() string {
	if it.role == nil {
		return ""
	}
	return it.role.canon
}

// pcountry is the country of a dictionary person out of role, or "".
func (it *item) pcountry() string {
	if it.role == nil {
		return ""
	}
	return it.role.country
}

// psector is the sector of a title inside a person's phrase, or "".
func (it *item) psector() string {
	if it.role == nil {
		return ""
	}
	return it.role.sector
}

// former reports whether a person out of role held it before the date.
func (it *item) former() bool { return it.role != nil && it.role.former }

func (it *item) countryish() bool {
	return it.kind == itCountry || it.kind == itAdj || it.kind == itCapital
}

func (it *item) country() string {
	if len(it.ents) == 0 {
		return ""
	}
	e := it.ents[0]
	if e.Country != "" {
		return e.Country
	}
	return e.Code
}

func (it *item) rule() string {
	if len(it.ents) == 0 {
		return ""
	}
	return it.ents[0].Rule
}

// sentencePieces normalises every token of a sentence.
func sentencePieces(s *nlp.Sentence) tokPieces {
	return sentencePiecesIn(s, nil)
}

// sentencePiecesIn is sentencePieces in the buffers of sc when sc is not
// nil; the result is then valid until the next call with sc.
func sentencePiecesIn(s *nlp.Sentence, sc *resolveScratch) tokPieces {
	var tp tokPieces
	var flat []piece
	if sc != nil {
		if cap(sc.tp) < len(s.Tokens) {
			sc.tp = make(tokPieces, len(s.Tokens))
		}
		tp = sc.tp[:len(s.Tokens)]
		flat = sc.pieces[:0]
	} else {
		tp = make(tokPieces, len(s.Tokens))
		flat = make([]piece, 0, len(s.Tokens)+len(s.Tokens)/4)
	}
	// Plain ASCII words with capitals are lower-cased into one buffer
	// that becomes one string for the sentence (not one per word).
	var bufArr [256]byte
	var atArr [48]int
	buf := bufArr[:0]
	at := atArr[:0] // flat index, buffer offset, length: triples
	// tp[i] is sliced from flat as soon as token i is done; if flat
	// grows into a new array, they are sliced again at the end.
	cap0 := cap(flat)
	for i := range s.Tokens {
		w := s.Tokens[i].Text
		a := len(flat)
		switch shape, letters, upper, h := asciiShape(w); shape {
		case shapeLower:
			// A plain word without capitals is its own key.
			flat = append(flat, piece{lower: w, h: h})
		case shapeCaps:
			p := piece{h: h}
			if letters >= 2 && letters <= 6 && upper == letters {
				p.upper, p.acronym = w, true
			}
			at = append(at, len(flat), len(buf), len(w))
			for k := 0; k < len(w); k++ {
				c := w[k]
				if c >= 'A' && c <= 'Z' {
					c += 'a' - 'A'
				}
				buf = append(buf, c)
			}
			flat = append(flat, p)
		case shapePunct:
			// One punctuation byte that neither separates pieces nor is
			// an apostrophe is its own key.
			flat = append(flat, piece{lower: w, h: h})
		default:
			flat = appendPieces(flat, w)
			for k := a; k < len(flat); k++ {
				flat[k].h = keyHash(flat[k].lower)
			}
		}
		b := len(flat)
		tp[i] = flat[a:b:b]
	}
	if len(at) > 0 {
		all := string(buf)
		for k := 0; k < len(at); k += 3 {
			flat[at[k]].lower = all[at[k+1] : at[k+1]+at[k+2]]
		}
	}
	if sc != nil {
		sc.pieces = flat // keep the grown buffer for the next sentence
		sc.piecesUsed = max(sc.piecesUsed, len(flat))
		sc.tpUsed = max(sc.tpUsed, len(tp))
	}
	if cap(flat) != cap0 { // (append moved flat to a larger array)
		// One backing array for the whole sentence, sliced per token.
		a := 0
		for i := range tp {
			b := a + len(tp[i])
			tp[i] = flat[a:b:b]
			a = b
		}
	}
	return tp
}

// lastWordCapitalized reports whether the last word of a phrase starts
// with a capital.
func lastWordCapitalized(phrase string) bool {
	if i := strings.LastIndexByte(phrase, ' '); i >= 0 {
		phrase = phrase[i+1:]
	}
	return capitalized(phrase)
}

// notNameEnd reports whether a lower-case token cannot end a name: a
// time word or a word not tagged as a noun.
func notNameEnd(t nlp.Token) bool {
	if capitalized(t.Text) {
		return false
	}
	return timeWords[strings.ToLower(t.Text)] || t.Tag != "" && !strings.HasPrefix(t.Tag, "NN")
}

func capitalized(s string) bool {
	if s != "" && s[0] < utf8.RuneSelf {
		return s[0] >= 'A' && s[0] <= 'Z'
	}
	return capitalizedRune(s)
}

// capitalizedRune is capitalized for a text that does not start with an
// ASCII byte.
func capitalizedRune(s string) bool {
	for _, r := range s {
		return r >= 'A' && r <= 'Z' || (r > 127 && strings.ToUpper(string(r)) == string(r) && strings.ToLower(string(r)) != string(r))
	}
	return false
}

// stopCaps are capitalised words that do not start a name.
var stopCaps = map[string]bool{"the": true, "a": true, "an": true, "in": true, "on": true, "at": true,
	"but": true, "and": true, "or": true, "he": true, "she": true, "it": true, "they": true, "we": true,
	"i": true, "this": true, "that": true, "these": true, "those": true, "yesterday": true, "today": true,
	"tomorrow": true, "according": true, "while": true, "when": true, "after": true, "before": true,
	"if": true, "as": true, "for": true, "with": true, "from": true, "by": true, "his": true, "her": true,
	"their": true, "its": true, "our": true, "there": true, "what": true, "who": true, "how": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true,
	"sunday": true, "january": true, "february": true, "march": true, "april": true, "may": true,
	"june": true, "july": true, "august": true, "september": true, "october": true, "november": true,
	"december": true, "meanwhile": true, "however": true, "also": true, "last": true, "next": true,
	"speaking": true, "asked": true, "ethnic": true, "under": true, "since": true, "during": true, "both": true, "all": true}

func isNameToken(t *nlp.Token, ps []piece, headline bool) bool {
	if len(ps) <= 1 && (t.Text == "" || t.Text[0] < utf8.RuneSelf && !(t.Text[0] >= 'A' && t.Text[0] <= 'Z')) {
		return false // not capitalised, and no "al-" particle: the tests below all fail
	}
	// "al-Jubeir", "bin-Salman", "el-Sisi": a lower-case particle joined
	// to a capitalised name.
	if len(ps) > 1 && strings.IndexByte(t.Text, '-') > 0 && nameParticles[ps[0].lower] {
		if _, rest, ok := strings.Cut(t.Text, "-"); ok && capitalized(rest) {
			return true
		}
	}
	if len(ps) == 1 && capitalized(t.Text) && honorifics[ps[0].lower] {
		return true // "Mr", often tagged NN at the start of a sentence
	}
	// Taggers often miss names in headlines: there capitals decide.
	if t.Tag != "" && !headline {
		if t.Tag != "NNP" && t.Tag != "NNPS" {
			return false
		}
	}
	if !capitalized(t.Text) {
		return false
	}
	return len(ps) != 1 || !stopCaps[ps[0].lower]
}

// items matches the dictionary against a sentence and classifies spans.
// The items are appended to buf (its capacity is the sentence's tokens);
// the token pieces are built in sc.
func (r *Resolver) items(s *nlp.Sentence, when time.Time, buf []item, sc *resolveScratch) []item {
	tp := sentencePiecesIn(s, sc)
	out := buf
	// Whether the language layer set a role in apposition to a name
	// (appositionRole), which splits a run of capitals.
	appos := false
	for k := range s.Chunks {
		if s.Chunks[k].Apposition >= 0 {
			appos = true
			break
		}
	}
	// Tokens inside a PERSON entity of the language layer are names even
	// when the tagger missed them.
	var inPerson []bool
	for _, e := range s.Entities {
		if e.Kind != nlp.Person || e.Start < 0 || e.End > len(tp) || e.Start >= e.End {
			continue
		}
		if inPerson == nil {
			inPerson = make([]bool, len(tp))
		}
		for k := e.Start; k < e.End; k++ {
			inPerson[k] = true
		}
	}
	isName := func(k int) bool {
		return isNameToken(&s.Tokens[k], tp[k], s.Headline) || inPerson != nil && inPerson[k] && capitalized(s.Tokens[k].Text)
	}
	for i := 0; i < len(tp); {
		end, node := i, (*trieNode)(nil)
		if r.dict.trie.mayStart(tp[i]) {
			end, node = r.dict.trie.longestAt(tp, i)
		}
		matched := false
		for node != nil {
			if it, ok := r.matchItem(s, tp, node, i, end, when, &sc.ents); ok {
				out = append(out, it)
				i = end
				matched = true
				break
			}
			// A shorter phrase may hold where the longest does not
			// ("Russia" in "Russia today").
			end, node = r.dict.trie.longestBefore(tp, i, end-1)
		}
		if matched {
			continue
		}
		t := &s.Tokens[i]
		// (The first tests of both calls are made here too: most tokens
		// then skip both calls and their zeroed items.)
		if ps := tp[i]; len(ps) >= 2 && ps[len(ps)-1].lower == "led" {
			if it, ok := r.ledBy(s, tp, i); ok {
				out = append(out, it)
				i++
				continue
			}
		}
		if t0 := t.Text; len(tp[i]) == 1 && i+1 < len(tp) && t0 != "" && t0[0] >= 'A' && t0[0] <= 'Z' && honorifics[tp[i][0].lower] {
			if it, ok := r.honorificBeforeKnown(s, tp, i, when, &sc.ents); ok {
				// "Mr Putin", "Mrs May": the dictionary matches the name
				// after the honorific, and the mention keeps the honorific.
				out = append(out, it)
				i = it.end
				continue
			}
		}
		if isName(i) {
			j := i + 1
			for j < len(tp) {
				if appos && appositionRole(s, j) >= 0 {
					// "Minister for Interior Aftab Ahmad Khan Sherpao": the
					// language layer starts the holder's name here.
					break
				}
				if isName(j) || (j+1 < len(tp) && nameParticles[strings.ToLower(s.Tokens[j].Text)] && isName(j+1)) {
					if e2, n2 := r.dict.trie.longestAt(tp, j); n2 != nil && e2 > j {
						if it, ok := r.matchItem(s, tp, n2, j, e2, when, &sc.ents); ok && it.kind != itNamed && it.kind != itName {
							// A one-word title inside a name ("Hussein Amir
							// Abdullahian") is part of the name.
							if !(it.kind == itAgent && e2 == j+1 && e2 < len(tp) && isName(e2) &&
								titleNames[strings.ToLower(s.Tokens[j].Text)]) {
								break
							}
						}
					}
					j++
					continue
				}
				break
			}
			it := item{kind: itName, start: i, end: j, text: joinTokens(s, i, j)}
			mark := len(sc.keys)
			for k := i; k < j; k++ {
				for _, p := range tp[k] {
					if honorifics[p.lower] {
						continue
					}
					sc.keys = append(sc.keys, p.lower)
				}
			}
			if n := len(sc.keys); n > mark {
				it.keys = sc.keys[mark:n:n]
			}
			if len(it.keys) == 0 {
				// An honorific alone ("Mr") is not a name.
				it = item{kind: itWord, start: i, end: j, word: strings.ToLower(t.Text), tag: t.Tag}
			}
			out = append(out, it)
			i = j
			continue
		}
		var w string
		var h uint32
		if len(tp[i]) == 1 && len(tp[i][0].lower) == len(t.Text) && !tp[i][0].poss {
			w, h = tp[i][0].lower, tp[i][0].h // a plain word: its piece is its lower case
		} else {
			w = strings.ToLower(foldRunes(t.Text))
			h = keyHash(w)
		}
		out = append(out, item{kind: itWord, start: i, end: i + 1, word: w, tag: t.Tag, wc: wordClassOf(w, h)})
		i++
	}
	// A compass word before a place ("Western Cambodia", "West Darfur",
	// "Southern Lebanon") names part of that place, not the West: it is
	// a plain word and the place that follows decides.
	for k := 0; k+1 < len(out); k++ {
		it := &out[k]
		if (it.kind == itAdj || it.kind == itCountry) && it.end-it.start == 1 && mayBeCompass(it.text) && compassWords[strings.ToLower(it.text)] &&
			out[k+1].start == it.end && (out[k+1].countryish() || out[k+1].kind == itName) {
			*it = item{kind: itWord, start: it.start, end: it.end, word: strings.ToLower(it.text), tag: s.Tokens[it.start].Tag}
		}
	}
	// Portfolio words written before a title are part of the title
	// ("Planning and Investment Minister Tran Van X", "Trade and
	// Industry Secretary"): the name run before it is not a person.
	portfolio := func(it *item) bool {
		if it.kind == itName {
			return true
		}
		t := s.Tokens[it.start].Text
		return it.kind == itWord && capitalized(t) && !stopCaps[it.word] && len(t) > 2
	}
	for k := 0; k+1 < len(out); k++ {
		if !portfolio(&out[k]) {
			continue
		}
		j := k
		for j+2 < len(out) && isWord(&out[j+1], "and", "&", ",") && portfolio(&out[j+2]) {
			j += 2
		}
		t := j + 1
		if t >= len(out) || out[t].kind != itAgent || !portfolioHeads[lastLower(out[t].text)] ||
			!capitalized(s.Tokens[out[t].start].Text) || k > 0 && out[k-1].kind == itAgent {
			continue
		}
		ag := out[t]
		ag.start = out[k].start
		ag.text = joinTokens(s, ag.start, ag.end)
		out[k] = ag
		out = append(out[:k+1], out[t+1:]...)
	}
	// ... and after it: "Minister for Interior", "Secretary of State for
	// Health and Social Care".
	for k := 0; k+2 < len(out); k++ {
		ag := &out[k]
		if ag.kind != itAgent || !portfolioHeads[lastLower(ag.text)] || !capitalized(s.Tokens[ag.end-1].Text) ||
			!isWord(&out[k+1], "for", "of") || !portfolio(&out[k+2]) {
			continue
		}
		j := k + 2
		for j+2 < len(out) && isWord(&out[j+1], "and", "&") && portfolio(&out[j+2]) {
			j += 2
		}
		ag.end = out[j].end
		ag.text = joinTokens(s, ag.start, ag.end)
		out = append(out[:k+1], out[j+1:]...)
	}
	// A bound institution written with a capital ("Congress") right after
	// a name or another capitalised word is the end of some other name
	// ("the Trade Unions Congress", "the 3GSM World Congress"); after a
	// nationality it is that country's ("the Peruvian Congress").
	for k := 1; k < len(out); k++ {
		it, pr := &out[k], &out[k-1]
		if it.kind != itAgent || !it.ents[0].Capital || it.ents[0].Country == "" || pr.end != it.start {
			continue
		}
		if !pr.countryish() && capitalized(s.Tokens[pr.end-1].Text) && !stopCaps[strings.ToLower(s.Tokens[pr.end-1].Text)] &&
			!(pr.end-pr.start == 1 && isSentenceStartAt(s, pr.start)) {
			*it = item{kind: itWord, start: it.start, end: it.end, word: strings.ToLower(it.text), tag: s.Tokens[it.start].Tag}
		}
	}
	// A known person out of role before a title ("the Obama national
	// security adviser", "the Obama administration") says whose: the
	// person's country, like a nationality.
	for k := 0; k+1 < len(out); k++ {
		it := &out[k]
		if it.kind == itName && it.pcountry() != "" && out[k+1].kind == itAgent && out[k+1].start == it.end {
			it.kind = itAdj
			it.ents = []*Entry{{Kind: KindAdj, Phrase: it.text, Code: it.pcountry(), Country: it.pcountry(), Name: it.canon(), Rule: "person:" + it.canon()}}
		}
	}
	// "Sindh province", "Rakhine state": the word for the unit is part of
	// a province's name.
	for k := 0; k < len(out); k++ {
		it := &out[k]
		if it.kind == itCountry && it.town && it.end < len(s.Tokens) &&
			(k+1 == len(out) || out[k+1].start > it.end || out[k+1].kind == itWord) &&
			provinceWords[strings.ToLower(s.Tokens[it.end].Text)] {
			it.end++
			it.text = joinTokens(s, it.start, it.end)
			if k+1 < len(out) && out[k+1].start < it.end {
				out = append(out[:k+1], out[k+2:]...)
			}
		}
	}
	// A dictionary person preceded by unknown name tokens ("Ibrahim" +
	// "Kalin") is one name.
	for k := 1; k < len(out); k++ {
		if out[k].kind == itNamed && out[k-1].kind == itName && out[k-1].end == out[k].start &&
			out[k].ents[0].Kind == KindPerson {
			out[k].start = out[k-1].start
			out[k].text = joinTokens(s, out[k].start, out[k].end)
			out = append(out[:k-1], out[k:]...)
			k--
		}
	}
	return out
}

func joinTokens(s *nlp.Sentence, i, j int) string {
	if i >= j {
		return ""
	}
	if s.Text != "" && len(s.Tokens) > 0 {
		a, b := s.Tokens[i].Start-s.Start, s.Tokens[j-1].End-s.Start
		if a >= 0 && b <= len(s.Text) && a < b {
			return s.Text[a:b]
		}
	}
	parts := make([]string, 0, j-i)
	for k := i; k < j; k++ {
		parts = append(parts, s.Tokens[k].Text)
	}
	return strings.Join(parts, " ")
}

// honorificBeforeKnown matches a person the dictionaries know, in role or
// out of it, written after an honorific ("Mr Putin", "Mrs May", "Dr
// Tedros") at token i. The item spans the honorific too; personName and
// noteGender read it there.
func (r *Resolver) honorificBeforeKnown(s *nlp.Sentence, tp tokPieces, i int, when time.Time, arena *[]*Entry) (item, bool) {
	if i+1 >= len(tp) || len(tp[i]) != 1 {
		return item{}, false
	}
	if t0 := s.Tokens[i].Text; t0 == "" || t0[0] < 'A' || t0[0] > 'Z' || !honorifics[tp[i][0].lower] {
		return item{}, false // honorifics are capitalised: most tokens stop at the first byte
	}
	for end, node := r.dict.trie.longestAt(tp, i+1); node != nil; end, node = r.dict.trie.longestBefore(tp, i+1, end-1) {
		it, ok := r.matchItem(s, tp, node, i+1, end, when, arena)
		if !ok {
			continue
		}
		if it.kind != itName && !(it.kind == itNamed && len(it.ents) > 0 && it.ents[0].Kind == KindPerson) {
			return item{}, false
		}
		it.start = i
		if it.text != "" {
			it.text = joinTokens(s, i, it.end)
		}
		return it, true
	}
	return item{}, false
}

// matchItem turns a trie match into an item, choosing the entries that
// hold at the document date. User entries shadow built-in ones.
// The entries kept are appended to *arena (the working space of one
// Resolve call) and the item's ents slice that part of it.
func (r *Resolver) matchItem(s *nlp.Sentence, tp tokPieces, node *trieNode, i, end int, when time.Time, arena *[]*Entry) (item, bool) {
	user := false
	for _, ix := range node.entries {
		if r.dict.entries[ix].User {
			user = true
			break
		}
	}
	mark := len(*arena)
	dated := false
	for _, ix := range node.entries {
		e := r.dict.entries[ix]
		if user && !e.User {
			continue
		}
		if e.Kind != KindAgent && capitalized(e.Phrase) && (!capitalized(s.Tokens[i].Text) ||
			end-i > 1 && lastWordCapitalized(e.Phrase) && notNameEnd(s.Tokens[end-1])) {
			// Country and organisation names are written with a capital;
			// a name does not end in a lower-case adverb: "Russia today"
			// is not Russia Today (but "the European parliament" is the
			// European Parliament).
			continue
		}
		if e.Capital && !capitalized(s.Tokens[i].Text) {
			continue
		}
		if !e.holds(when) {
			continue
		}
		if !e.Default && (!e.From.IsZero() || !e.To.IsZero()) {
			dated = true
		}
		*arena = append(*arena, e)
	}
	ents := (*arena)[mark:]
	if dated {
		kept := ents[:0]
		for _, e := range ents {
			if !e.Default {
				kept = append(kept, e)
			}
		}
		ents = kept
	}
	if len(ents) == 0 {
		// A known person out of role: a name to be resolved from context,
		// keeping the person's country (the role that ended last before
		// the date, else the first one).
		*arena = (*arena)[:mark]
		var pick *Entry
		for _, ix := range node.entries {
			e := r.dict.entries[ix]
			if (e.Kind != KindPerson && e.Kind != KindActor) || !capitalized(s.Tokens[i].Text) {
				continue
			}
			if pick == nil || !e.To.IsZero() && e.To.Before(when) && (pick.To.IsZero() || !pick.To.Before(when) || e.To.After(pick.To)) {
				pick = e
			}
		}
		if pick == nil {
			return item{}, false
		}
		it := item{kind: itName, start: i, end: end, text: joinTokens(s, i, end),
			role: &outOfRole{canon: pick.Name, country: pick.Country, former: !pick.To.IsZero() && pick.To.Before(when)}}
		for _, p := range splitWord(it.text) {
			if !honorifics[p.lower] {
				it.keys = append(it.keys, p.lower)
			}
		}
		if e2, n2 := r.dict.trie.longestBefore(tp, i, end-1); n2 != nil && e2 > i {
			for _, ix := range n2.entries {
				if e := r.dict.entries[ix]; e.Kind == KindAgent && !e.Generic {
					it.role.sector = e.Code // "President Bush": the title in the phrase
					break
				}
			}
		}
		return it, true
	}
	// Keep entries of the kind of the first (entries of one phrase share a kind).
	k := ents[0].Kind
	same := ents[:0]
	for _, e := range ents {
		if e.Kind == k {
			same = append(same, e)
		}
	}
	ents = same[:len(same):len(same)]
	*arena = (*arena)[:mark+len(ents)]
	it := item{start: i, end: end, ents: ents, text: joinTokens(s, i, end)}
	switch k {
	case KindCountry:
		it.kind = itCountry
		it.town = ents[0].Place
	case KindAdj:
		it.kind = itAdj
	case KindCapital:
		it.kind = itCapital
	case KindAgent:
		it.kind = itAgent
	case KindActor:
		if len(ents[0].Code) == 3 {
			it.kind = itCountry
		} else {
			it.kind = itNamed
		}
	default:
		it.kind = itNamed
	}
	return it, true
}

// pressVerbs are lemmas of what outlets and reporters do as reporters:
// publishing, interviewing, finding out. Their subject or object is no
// actor of an event.
var pressVerbs = map[string]bool{"publish": true, "print": true, "carry": true, "run": true, "cite": true,
	"broadcast": true, "air": true, "show": true, "interview": true, "contact": true, "obtain": true,
	"see": true, "learn": true, "cover": true, "read": true, "reach": true, "quote": true, "feature": true,
	"ask": true, "question": true, "speak": true, "talk": true, "give": true, "receive": true, "have": true,
	"be": true, "become": true, "get": true, "understand": true, "know": true, "hear": true, "find": true,
}

// leakVerbs are verbs whose "to" object is a newspaper as the reporter
// ("leaked the memo to the newspaper"), not an addressee.
var leakVerbs = map[string]bool{"leak": true, "send": true, "provide": true, "show": true, "pass": true,
	"hand": true, "explain": true, "describe": true, "confide": true, "complain": true, "reveal": true, "admit": true,
	"write": true, "tell": true, "say": true, "talk": true, "speak": true, "give": true, "grant": true}

// mediaActs reports whether a news outlet or reporter (an agency mention)
// takes part in an action rather than reports it: the subject of a verb
// that is neither of saying nor of the press ("An official Syrian
// newspaper called on Arabs to unite"), or the object of such a verb or
// of its "against", or its addressee after "to" unless the verb gives
// the press something ("apologised to the newspaper"; not "leaked the
// memo to the newspaper") ("the government closed the newspaper",
// "police arrested two journalists"); never after "by" ("as first
// reported by the Guardian, Canada and ..."). Then it is a MED actor of
// its country like any other, no reporting source.
func mediaActs(s *nlp.Sentence, m *Mention) bool {
	in := func(a *nlp.Arg) bool { return a != nil && a.Head >= m.Start && a.Head < m.End }
	if m.Start > 0 && strings.EqualFold(s.Tokens[m.Start-1].Text, "by") {
		return false // "as first reported by the Guardian", "approached by a reporter"
	}
	for _, at := range s.Attributions {
		if at.Start < m.End && at.End > m.Start {
			return false
		}
	}
	for i := range s.Clauses {
		c := &s.Clauses[i]
		if c.Reporting || pressVerbs[c.Verb.Lemma] || c.Verb.Lemma == "" {
			continue
		}
		// (Not the "by" agent of a passive, nor the subject the language
		// layer gives an -ing form: "a reporter following a party".)
		if in(c.Subject) && !c.Verb.Passive && s.Tokens[c.Verb.Head].Tag != "VBG" || in(c.Object) {
			return true
		}
		for k := range c.Preps {
			if (c.Preps[k].Prep == "against" || c.Preps[k].Prep == "to" && !leakVerbs[c.Verb.Lemma]) && in(&c.Preps[k]) {
				return true
			}
		}
	}
	return false
}

// ledBy reads a token "X-led" where X is a country or nationality
// ("Vietnamese-led forces", "Saudi-led coalition"): the leader's
// nationality, so the forces are its own; or an ethnic or religious
// community ("Kurdish-led forces"), an agent item. "X-backed" is not: backers are
// not the forces they back.
func (r *Resolver) ledBy(s *nlp.Sentence, tp tokPieces, i int) (item, bool) {
	ps := tp[i]
	if len(ps) < 2 || ps[len(ps)-1].lower != "led" || !capitalized(s.Tokens[i].Text) {
		return item{}, false
	}
	n := r.dict.trie.root
	for k := range ps[:len(ps)-1] {
		if n = n.step(&ps[k]); n == nil {
			return item{}, false
		}
	}
	for _, ix := range n.entries {
		e := r.dict.entries[ix]
		if e.Kind == KindCountry || e.Kind == KindAdj {
			return item{kind: itAdj, start: i, end: i + 1, ents: []*Entry{e}, text: s.Tokens[i].Text}, true
		}
	}
	for _, ix := range n.entries {
		// "Kurdish-led forces": a community's lead makes the forces its
		// militia, as "Kurdish forces" (REB, no country of its own).
		if e := r.dict.entries[ix]; e.Kind == KindAgent && e.Community {
			return item{kind: itAgent, start: i, end: i + 1, ents: []*Entry{e}, text: s.Tokens[i].Text}, true
		}
	}
	return item{}, false
}
