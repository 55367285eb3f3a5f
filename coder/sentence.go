package coder

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/heraldevents/herald/actor"
	"github.com/heraldevents/herald/cameo"
	"github.com/heraldevents/herald/event"
	"github.com/heraldevents/herald/nlp"
	"github.com/heraldevents/herald/plover"
)

// tracer writes the explain trace; a nil tracer writes nothing.
type tracer struct{ w io.Writer }

func (t *tracer) printf(format string, args ...any) {
	if t == nil {
		return
	}
	fmt.Fprintf(t.w, format, args...)
}

// Bounds that keep pathological input cheap.
const (
	maxTokensPerSentence = 400
	maxActorsPerSide     = 40
	maxEventsPerSentence = 200
)

// aref is one actor with the mention it came from.
type aref struct {
	a actor.Actor
	m *actor.Mention
}

// actorsIn returns the non-agency actors of the mentions inside sp (a
// mention counts when its head, or all of it, is inside).
func (v *sview) actorsIn(sp span) []aref {
	if !sp.ok() {
		return nil
	}
	var out []aref
	seen := map[string]bool{}
	for _, m := range v.mentions {
		if m.Agency {
			continue
		}
		in := m.Start >= sp.start && m.End <= sp.end
		if !in && m.Head >= sp.start && m.Head < sp.end && m.Start < sp.end && m.End > sp.start {
			in = true
		}
		if !in {
			continue
		}
		if v.possessorOfAnother(m, sp) {
			continue // "the SNP's leader Nicola Sturgeon": the leader acts, not the party
		}
		if v.patientOfAgentNominal(m, sp) {
			continue // "the Russian invasion of Ukraine": Russia is the party, not Ukraine
		}
		for _, a := range m.Actors {
			if sectorOnly(a) {
				// "the opposition" in a sentence about Georgia only: GEOOPP
				cc := v.soleCountry()
				if cc == "" || (a.Code == "GOV" && v.pluralHead(m)) || v.namedCommunity(m) {
					// "foreign ministers" may be of any country
					continue
				}
				a.Sectors = append([]string{a.Code}, a.Sectors...)
				a.Code, a.Country = cc+a.Code, cc
			}
			if a.Code == "" || seen[a.Code] || len(out) >= maxActorsPerSide {
				continue
			}
			seen[a.Code] = true
			out = append(out, aref{a, m})
		}
	}
	// "President Musharraf of Pakistan": keep PAKGOV, drop PAK
	if len(out) > 1 {
		kept := out[:0]
		for i, x := range out {
			redundant := false
			for j, y := range out {
				if i != j && x.a.Country != "" && y.a.Country == x.a.Country && len(y.a.Code) > len(x.a.Code) && strings.HasPrefix(y.a.Code, x.a.Code) {
					redundant = true
					break
				}
			}
			if !redundant {
				kept = append(kept, x)
			}
		}
		out = kept
	}
	return out
}

// pluralHead reports whether a mention's head is a plural noun.
func (v *sview) pluralHead(m *actor.Mention) bool {
	h := m.Head
	if h < m.Start || h >= m.End {
		h = m.End - 1
	}
	if h < 0 || h >= len(v.s.Tokens) {
		return false
	}
	t := v.s.Tokens[h].Tag
	return t == "NNS" || t == "NNPS"
}

// soleCountry returns the one country that every actor with a country in
// the sentence belongs to, or "" when there are none or several, or when
// the country is only named bare ("the US", "Russia") and never as a place
// ("in Tbilisi", "across northern Mali") nor through one of its own
// bodies ("Georgia's president", "Syrian forces"). A country-less sector
// ("the rebels", "senators") facing a bare country is not of that country:
// "when the US failed to help the rebels" says nothing of where the rebels
// are from.
func (v *sview) soleCountry() string {
	if v.sole != nil {
		return *v.sole
	}
	cc := ""
	place := false
	for _, m := range v.mentions {
		if m.Agency || v.attackModifier(m) {
			continue // "Russian airstrikes" says who attacked, not where
		}
		for _, a := range m.Actors {
			if a.Country == "" {
				continue
			}
			if cc != "" && a.Country != cc {
				cc = ""
				v.sole = &cc
				return cc
			}
			cc = a.Country
			// a country's own body ("Georgia's president", "Syrian
			// forces") sets the scene as a place does; a bare country
			// ("the US", "Russia") is a party, often a foreign one
			if !place && (a.Code != a.Country || v.namedAsPlace(m)) {
				place = true
			}
		}
	}
	if !place {
		cc = ""
	}
	v.sole = &cc
	return cc
}

// namedCommunity reports whether a country-less mention names the
// community or bloc it belongs to with a capitalised word before its head
// ("Kurdish forces", "Shia militias", "Western diplomats", "Islamist
// rebels"): such people are of no one country, and the sentence's country
// is not theirs ("Kurdish forces" in a story about British fighters are
// no British rebels). The first word of the sentence is not read as one.
func (v *sview) namedCommunity(m *actor.Mention) bool {
	h := m.Head
	if h <= 0 || h >= len(v.s.Tokens) || v.lower[h] != v.text(span{h, h + 1}) || !strings.HasPrefix(v.s.Tokens[h].Tag, "NN") {
		return false // a name or title ("Lord Butler", "the Supreme Court")
	}
	// the word before the head's run of common nouns ("Kurdish militia
	// leaders")
	k := h - 1
	for k > m.Start && strings.HasPrefix(v.s.Tokens[k].Tag, "NN") && v.lower[k] == v.text(span{k, k + 1}) {
		k--
	}
	if k < m.Start {
		return false
	}
	if k == 0 {
		// any word is capitalised at the start of a sentence ("Armed men",
		// "Foreign fighters"): only a nationality the language layer found
		// ("Kurdish forces clashed ...") names a community there
		for _, e := range v.s.Entities {
			if e.Kind == nlp.Nationality && e.Start <= 0 && 0 < e.End {
				return true
			}
		}
		return false
	}
	t := v.s.Tokens[k]
	return (t.Tag == "JJ" || t.Tag == "NNP" || t.Tag == "NNPS") && v.lower[k] != v.text(span{k, k + 1})
}

// placeNouns head an "X of" phrase that still names a place: "in the
// north of Mali", "on the outskirts of Kabul".
var placeNouns = map[string]bool{
	"north": true, "south": true, "east": true, "west": true, "northeast": true, "northwest": true,
	"southeast": true, "southwest": true, "centre": true, "center": true, "capital": true, "city": true,
	"town": true, "outskirts": true, "parts": true, "part": true, "region": true, "province": true,
	"state": true, "streets": true, "heart": true, "rest": true, "border": true, "areas": true, "area": true,
}

// placePreps introduce a place a country-less sector may take its country from.
var placePreps = map[string]bool{
	"in": true, "inside": true, "across": true, "throughout": true, "within": true, "near": true,
	"outside": true, "around": true,
}

// namedAsPlace reports whether a mention stands as a place: after a
// locative preposition, past determiners, adjectives, numbers and a
// place noun with "of" ("in northern Mali", "in the north of Mali",
// "across the country's east").
func (v *sview) namedAsPlace(m *actor.Mention) bool {
	i := m.Start - 1
	for steps := 0; i >= 0 && steps < 5; steps++ {
		w := v.lower[i]
		if placePreps[w] {
			return true
		}
		t := v.s.Tokens[i].Tag
		switch {
		case t == "DT" || t == "JJ" || t == "CD" || t == "PRP$":
			i--
		case w == "of" && i > 0 && placeNouns[v.lower[i-1]]:
			i -= 2
		default:
			return false
		}
	}
	return false
}

// sectorOnly reports whether an actor is a bare sector with no country
// or organisation ("GOV" for "the leaders"): too vague to be an event's
// source or target.
func sectorOnly(a actor.Actor) bool {
	if a.Country != "" || len(a.Code) != 3 {
		return false
	}
	for _, s := range a.Sectors {
		if s == a.Code {
			return true
		}
	}
	return len(a.Sectors) == 0 && strings.ToUpper(a.Code) == a.Code && !isCountryish(a.Code)
}

// isCountryish is a weak test for a 3-letter code that is a country or
// organisation code rather than a sector: sector codes are few and known.
func isCountryish(code string) bool {
	switch code {
	case "GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "MED", "EDU", "BUS", "CRM", "CVL", "LAB", "LEG",
		"HLH", "REF", "MOD", "RAD", "NGO", "IGO", "UAF", "ELI", "AGR", "DEV", "HRI", "ENV", "SET", "INS":
		return false
	}
	return true
}

// possessorOfAnother reports whether m is a possessor ("X's") followed, in
// the same phrase sp, by another mention that it modifies.
func (v *sview) possessorOfAnother(m *actor.Mention, sp span) bool {
	e := m.End
	if e >= len(v.s.Tokens) || e >= sp.end {
		return false
	}
	if v.s.Tokens[e].Tag != "POS" && v.lower[e] != "'s" && v.lower[e] != "’s" && !strings.HasSuffix(v.lower[e-1], "'s") && !strings.HasSuffix(v.lower[e-1], "’s") {
		return false
	}
	for _, o := range v.mentions {
		if o != m && !o.Agency && o.Start > m.Start && o.Start <= e+4 && o.End <= sp.end && len(o.Actors) > 0 {
			if v.patientOfAgentNominal(o, sp) {
				continue // "Morocco's recognition of Israel": Morocco is the doer
			}
			// only when the possessed mention can stand as an actor itself
			for _, a := range o.Actors {
				if !sectorOnly(a) || v.soleCountry() != "" {
					return true
				}
			}
		}
	}
	return false
}

// agentNominals are nouns of an act done by one party to another: with
// the doer before them ("the Russian invasion of", "Turkey's offensive
// against") the party after "of"/"against"/"on" only undergoes it.
var agentNominals = map[string]bool{"invasion": true, "occupation": true, "annexation": true, "attack": true,
	"attacks": true, "bombing": true, "bombardment": true, "shelling": true, "incursion": true, "offensive": true,
	"assault": true, "intervention": true, "blockade": true, "siege": true, "treatment": true, "persecution": true,
	"seizure": true, "takeover": true, "strikes": true, "airstrikes": true, "war": true,
	// acts judged by praise or blame ("lauded the UAE's recognition of
	// Israel", "condemned Britain's expulsion of Russian diplomats"): the
	// doer is the party praised or blamed
	"recognition": true, "normalisation": true, "normalization": true, "expulsion": true, "expulsions": true,
	"arrest": true, "arrests": true, "detention": true, "killing": true, "killings": true, "execution": true,
	"handling": true, "mistreatment": true, "crackdown": true}

// patientOfAgentNominal reports whether mention m, inside the span sp,
// follows "of", "against" or "on" after an act noun whose doer is
// another actor mention written right before that noun (a nationality or
// a possessive): "the Russian invasion of Ukraine", "Turkey's offensive
// against the Kurds". The doer is then the phrase's party.
func (v *sview) patientOfAgentNominal(m *actor.Mention, sp span) bool {
	k := m.Start - 1
	if k < 2 || k <= sp.start || k >= len(v.lower) {
		return false
	}
	if strings.HasPrefix(v.s.Tokens[k].Tag, "JJ") {
		k-- // "the Turkish invasion of northern Syria"
		if k < 2 || k <= sp.start {
			return false
		}
	}
	if p := v.lower[k]; p != "of" && p != "against" && p != "on" {
		return false
	}
	n := k - 1
	if !agentNominals[v.lower[n]] {
		return false
	}
	// The doer: a mention ending right before the noun (after at most one
	// adjective: "the Russian military intervention in") or before "'s".
	for _, o := range v.mentions {
		if o == m || o.Agency || len(o.Actors) == 0 || o.Start < sp.start {
			continue
		}
		e := o.End
		if e < len(v.lower) && (v.lower[e] == "'s" || v.lower[e] == "’s") {
			e++
		}
		if e == n || e+1 == n && strings.HasPrefix(v.s.Tokens[e].Tag, "JJ") {
			return true
		}
	}
	return false
}

// agencyIn returns the agency mention inside sp, preferring one found by
// name in a dictionary ("IRNA") to a descriptive one ("the official
// Iranian News Agency, IRNA").
func (v *sview) agencyIn(sp span) *actor.Mention {
	var first *actor.Mention
	for _, m := range v.mentions {
		if m.Agency && m.Start < sp.end && m.End > sp.start {
			if m.Basis == "dictionary" || m.Basis == "user-dictionary" {
				return m
			}
			if first == nil {
				first = m
			}
		}
	}
	return first
}

func argSpan(a *nlp.Arg) span {
	if a == nil {
		return span{}
	}
	return span{a.Start, a.End}
}

func (v *sview) text(sp span) string {
	if !sp.ok() || sp.start < 0 || sp.end > len(v.s.Tokens) {
		return ""
	}
	st, en := v.s.Tokens[sp.start].Start, v.s.Tokens[sp.end-1].End
	if st < 0 || en > len(v.doc.Text) || st > en {
		return ""
	}
	return v.doc.Text[st:en]
}

// proseLike reports whether the view's sentence looks like prose rather
// than code, markup or a table: at least 60% of its tokens have a letter,
// and fewer than 10% are code words (see newView, which counts them).
func (v *sview) proseLike() bool {
	n := len(v.s.Tokens)
	return n > 0 && v.letters*10 >= n*6 && v.code*10 < n
}

// hasLetter reports whether w has a letter.
func hasLetter(w string) bool {
	for k := 0; k < len(w); {
		if c := w[k]; c < utf8.RuneSelf {
			// an ASCII letter is a letter; no other ASCII byte is
			if (c|0x20) >= 'a' && (c|0x20) <= 'z' {
				return true
			}
			k++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[k:])
		if unicode.IsLetter(r) {
			return true
		}
		k += size
	}
	return false
}

// codeWord reports whether w is a token of program code.
func codeWord(w string) bool {
	if w == "" {
		return false
	}
	switch w[0] { // the first bytes of the code words below
	case '{', '}', '=', 'v', 'f', 'r', '&', '|', '[', ']':
		switch w {
		case "{", "}", "=", "==", "var", "function", "return", "&&", "||", "=>", "[", "]":
			return true
		}
	}
	return false
}

// governing returns the clause that governs token k (a noun anchor): the
// clause with an argument containing k (the smallest), else the nearest
// clause whose verb precedes k. It returns -1 when the sentence has no
// clause, and whether k sits inside that clause's subject.
func (v *sview) governing(k int) (int, bool) {
	best, bestLen, inSubj := -1, 1<<30, false
	consider := func(ci int, a *nlp.Arg, subj bool) {
		if a == nil || k < a.Start || k >= a.End {
			return
		}
		if l := a.End - a.Start; l < bestLen {
			best, bestLen, inSubj = ci, l, subj
		}
	}
	for ci := range v.s.Clauses {
		cl := &v.s.Clauses[ci]
		consider(ci, cl.Subject, true)
		consider(ci, cl.SurfaceSubject, true)
		consider(ci, cl.Object, false)
		for pi := range cl.Preps {
			consider(ci, &cl.Preps[pi], false)
		}
	}
	if best >= 0 {
		return best, inSubj
	}
	for ci := range v.s.Clauses {
		if h := v.s.Clauses[ci].Verb.Head; h < k && (best < 0 || h > v.s.Clauses[best].Verb.Head) {
			best = ci
		}
	}
	return best, false
}

// locativePreps are prepositions whose object is a place or time, not a
// target.
var locativePreps = map[string]bool{"in": true, "at": true, "near": true, "during": true, "since": true, "until": true,
	"after": true, "before": true, "inside": true, "outside": true, "throughout": true, "within": true, "amid": true, "by": true}

// defaultTarget finds the target of a clause when the pattern has no +:
// the logical object, then the first non-locative prepositional object
// that resolves to an actor, then the same in the clauses embedded in it
// (a relative clause on the object: "a meeting that includes Iran").
func (v *sview) defaultTarget(ci int, exclude span) (span, []aref) {
	if ci < 0 || ci >= len(v.s.Clauses) {
		return span{}, nil
	}
	try := func(cl *nlp.Clause) (span, []aref) {
		if sp := argSpan(cl.Object); sp.ok() && !overlaps(sp, exclude) {
			if as := v.actorsIn(sp); len(as) > 0 {
				return sp, as
			}
			// a prepositional phrase on the object: "boycott all contact
			// with the United States", "rejected calls by Belarus"
			if sp2 := v.extendPP(sp); sp2 != sp && !overlaps(sp2, exclude) {
				if as := v.actorsIn(span{sp.end, sp2.end}); len(as) > 0 {
					return span{sp.end, sp2.end}, as
				}
			}
		}
		for pi := range cl.Preps {
			pa := &cl.Preps[pi]
			if locativePreps[pa.Prep] || routePreps[pa.Prep] {
				continue // "across its caliphate straddling Iraq and Syria" is where
			}
			if pa.Prep == "over" {
				continue // "resigned over the Iraq war" is why
			}
			if pa.Prep == "as" && !v.asWellAs(pa.Start) {
				break // "resigned as president (of ...)": in what office, and no party after it
			}
			if pa.Start >= 2 && causalBefore(v.lower[pa.Start-2], pa.Prep) {
				continue // "because of the Asian tsunami" is why
			}
			sp := argSpan(pa)
			if !sp.ok() || overlaps(sp, exclude) {
				continue
			}
			if as := v.actorsIn(sp); len(as) > 0 {
				return sp, as
			}
		}
		return span{}, nil
	}
	if sp, as := try(&v.s.Clauses[ci]); len(as) > 0 {
		return sp, as
	}
	for cj := range v.s.Clauses {
		cl := &v.s.Clauses[cj]
		if !v.isChild(cj, ci) || cl.Reporting || v.adverbialClause(cj) {
			continue
		}
		if cs := argSpan(cl.Subject); len(v.actorsIn(cs)) > 0 && !sameSpan(cs, argSpan(v.s.Clauses[ci].Subject)) {
			continue // a clause with its own actor is its own event
		}
		if sp, as := try(cl); len(as) > 0 {
			return sp, as
		}
	}
	// the subject of a complement clause: "X demanded that Y withdraw",
	// "X warned that Y would pay"
	for cj := range v.s.Clauses {
		cl := &v.s.Clauses[cj]
		if !v.isChild(cj, ci) || cl.Reporting || v.adverbialClause(cj) {
			continue
		}
		sp := argSpan(cl.Subject)
		if overlaps(sp, exclude) || v.agencyIn(sp) != nil {
			continue
		}
		if as := v.actorsIn(sp); len(as) > 0 {
			return sp, as
		}
	}
	return span{}, nil
}

// pronouns that may refer to the subject of a reporting clause above.
var subjectPronouns = map[string]bool{"he": true, "she": true, "it": true, "they": true, "we": true, "i": true}

// pronounSubject reports whether clause ci (or the clauses it is embedded
// in, up to the first reporting one) has an unresolved pronoun subject.
func (v *sview) pronounSubject(ci int) bool {
	for p, n := ci, 0; p >= 0 && p < len(v.s.Clauses) && n < 8; n++ {
		cl := &v.s.Clauses[p]
		if cl.Reporting {
			return false
		}
		if sp := argSpan(cl.Subject); sp.ok() && sp.end-sp.start == 1 && sp.start < len(v.lower) && subjectPronouns[v.lower[sp.start]] {
			return len(v.actorsIn(sp)) == 0
		}
		p = cl.Parent
	}
	return false
}

// subjectBefore finds a subject the language layer missed: the nearest
// actor mention before the clause's verb group with no verb or clause
// boundary in between ("The United States on Thursday demanded").
func (v *sview) subjectBefore(ci int) span {
	vs := v.s.Clauses[ci].Verb.Start
	if vs <= 0 || vs > len(v.lemma) {
		return span{}
	}
	for k := vs - 1; k >= 0 && k >= vs-8; k-- {
		if v.boundary[k] || v.verb[k] {
			return span{}
		}
		switch v.lower[k] {
		case "that", "which", "who", "whom", "whose":
			return span{} // "communities that support them": the antecedent, not an actor before it
		}
		if mi := v.mEnd[k]; mi >= 0 {
			m := v.mentions[mi]
			if k > 0 && m.Start > 0 && (v.lower[m.Start-1] == "of" || v.s.Tokens[m.Start-1].Tag == "IN") {
				continue // inside a prepositional phrase
			}
			return span{m.Start, m.End}
		}
	}
	return span{}
}

// subordinators open an adverbial clause with a subject of its own.
var subordinators = map[string]bool{"until": true, "till": true, "when": true, "after": true, "before": true,
	"while": true, "because": true, "since": true, "once": true, "unless": true, "if": true, "although": true,
	"though": true, "whereas": true, "whenever": true}

// subordinateSubject returns the actor that opens an adverbial clause
// right before clause ci's verb ("who was losing the war *until Vladimir
// Putin* sent the air force") when the language layer gave the clause
// another subject (the antecedent of the relative clause before it).
func (v *sview) subordinateSubject(ci int) (span, bool) {
	cl := &v.s.Clauses[ci]
	vs := cl.Verb.Start
	if vs <= 1 || vs > len(v.mEnd) {
		return span{}, false
	}
	mi := v.mEnd[vs-1]
	if mi < 0 || mi >= len(v.mentions) {
		return span{}, false
	}
	m := v.mentions[mi]
	if m.Start <= 0 || m.Agency || !subordinators[v.lower[m.Start-1]] {
		return span{}, false
	}
	sp := span{m.Start, m.End}
	if overlaps(argSpan(cl.Subject), sp) || len(v.actorsIn(sp)) == 0 {
		return span{}, false
	}
	return sp, true
}

// isChild reports whether clause cj is embedded in clause ci: its Parent
// says so, or it is a complement that starts right after ci's verb ("X
// demanded that Y ...") and the language layer left it unattached.
func (v *sview) isChild(cj, ci int) bool {
	if cj == ci || cj < 0 || ci < 0 || cj >= len(v.s.Clauses) || ci >= len(v.s.Clauses) {
		return false
	}
	cl := &v.s.Clauses[cj]
	if cl.Parent == ci {
		return true
	}
	if cl.Parent >= 0 || cl.Subject == nil {
		return false
	}
	end := v.s.Clauses[ci].Verb.End
	if cl.Verb.Head <= end {
		return false
	}
	st := cl.Subject.Start
	if st == end {
		return true
	}
	return st == end+1 && end < len(v.lower) && (v.lower[end] == "that" || v.lower[end] == "for")
}

// routePreps name a way, a topic or a comparison, never the party acted
// on: "rockets to the group via a land route with Syria", "calls about
// Syria".
var routePreps = map[string]bool{"via": true, "through": true, "across": true, "along": true, "around": true,
	"about": true, "regarding": true, "concerning": true, "like": true, "despite": true, "beyond": true}

// causalBefore reports whether word w before preposition prep makes a
// phrase of cause: "because of", "due to", "owing to", "thanks to",
// "in response to".
func causalBefore(w, prep string) bool {
	switch prep {
	case "of":
		switch w {
		case "because", "instead", "regardless", "ahead", "spite":
			return true
		}
	case "to":
		switch w {
		case "due", "owing", "thanks", "response", "reaction":
			return true
		}
	}
	return false
}

// extendPP extends a noun phrase by up to two following prepositional
// phrases whose preposition is not a place or time one.
func (v *sview) extendPP(sp span) span {
	for i := 0; i < 2; i++ {
		e := sp.end
		if e+1 >= len(v.lower) || v.s.Tokens[e].Tag != "IN" && v.s.Tokens[e].Tag != "TO" {
			return sp
		}
		if locativePreps[v.lower[e]] && v.lower[e] != "by" || routePreps[v.lower[e]] {
			return sp // ("efforts by the UN": the UN's efforts)
		}
		next := v.slotFwd(e + 1)
		if !next.ok() {
			return sp
		}
		sp.end = next.end
	}
	return sp
}

func sameSpan(a, b span) bool { return a.ok() && a == b }

func overlaps(a, b span) bool {
	return a.ok() && b.ok() && a.start < b.end && b.start < a.end
}

// climbSource looks for a source up the clause chain: the subject of the
// nearest embedding clause that resolves to a non-agency actor. Reporting
// clauses are crossed only when through is true (the speaker expresses an
// intent or demand); an agency never becomes a source.
func (v *sview) climbSource(ci int, through bool) (span, []aref, int) {
	if ci >= 0 && ci < len(v.s.Clauses) && v.ownNonActorSubject(ci) {
		// "mothers would welcome it, he said": the clause names who acts;
		// the speaker is not that one
		return span{}, nil, -1
	}
	seen := 0
	for p := ci; p >= 0 && p < len(v.s.Clauses) && seen < 8; seen++ {
		if v.isRelative(p) {
			break // "hunts which are threatening to break the law": not whoever is above
		}
		cl := &v.s.Clauses[p]
		p = cl.Parent
		if p < 0 || p >= len(v.s.Clauses) {
			break
		}
		pc := &v.s.Clauses[p]
		if pc.Reporting && !through {
			break
		}
		sp := argSpan(pc.Subject)
		if v.agencyIn(sp) != nil {
			break
		}
		if as := v.actorsIn(sp); len(as) > 0 {
			if !v.pronounAgrees(ci, sp, as) {
				break // "Sara Khan said ... how they targeted young people": they are not she
			}
			return sp, as, p
		}
	}
	return span{}, nil, -1
}

// ownNonActorSubject reports whether clause ci, reported by a speaker or
// quoted, has a subject of its own that is a noun phrase naming no actor
// at all ("Voters would welcome a deal, the Labour leader said"): not a
// pronoun, not a relative word, not the subject the language layer lent
// an infinitive from the clause above.
func (v *sview) ownNonActorSubject(ci int) bool {
	cl := &v.s.Clauses[ci]
	sp := argSpan(cl.Subject)
	if !sp.ok() || sp.end > len(v.s.Tokens) || sp.start >= cl.Verb.Start || v.isIrrealis(ci) || v.isRelative(ci) {
		return false
	}
	if _, in := v.quoteSpeaker(cl.Verb.Head); !v.underReporting(ci) && len(in) == 0 {
		return false // only what a speaker says of others: "mothers would welcome it, he said"
	}
	if p := cl.Parent; p >= 0 && p < len(v.s.Clauses) && overlaps(sp, argSpan(v.s.Clauses[p].Subject)) {
		return false
	}
	noun := false
	for k := sp.start; k < sp.end; k++ {
		t := v.s.Tokens[k].Tag
		if strings.HasPrefix(t, "PRP") || t == "WDT" || t == "WP" || t == "EX" {
			return false
		}
		noun = noun || strings.HasPrefix(t, "NN")
	}
	if !noun {
		return false
	}
	for _, m := range v.mentions {
		if m.Start < sp.end && m.End > sp.start {
			return false
		}
	}
	return true
}

// pronounAgrees reports whether an unresolved pronoun subject below (in
// clause ci or the clauses it is embedded in) can refer to the phrase sp:
// "they" needs a plural or a coordination, "he" and "she" a singular.
func (v *sview) pronounAgrees(ci int, sp span, as []aref) bool {
	pron := ""
	for p, n := ci, 0; p >= 0 && p < len(v.s.Clauses) && n < 8; n++ {
		if a := argSpan(v.s.Clauses[p].Subject); a.ok() && a.end-a.start == 1 {
			if w := v.lower[a.start]; subjectPronouns[w] && len(v.actorsIn(a)) == 0 {
				pron = w
				break
			}
		}
		p = v.s.Clauses[p].Parent
	}
	if pron == "" || !sp.ok() {
		return true
	}
	h := sp.end - 1
	for _, m := range v.mentions {
		if m.Start >= sp.start && m.End <= sp.end && m.Head >= m.Start && m.Head < m.End {
			h = m.Head
		}
	}
	plural := len(as) > 1 || (h >= 0 && h < len(v.s.Tokens) && (v.s.Tokens[h].Tag == "NNS" || v.s.Tokens[h].Tag == "NNPS"))
	switch pron {
	case "they", "we":
		return plural || !strings.HasPrefix(v.s.Tokens[clampTok(v, h)].Tag, "NNP") || len(as[0].a.Sectors) == 0
	case "he", "she":
		return !plural
	}
	return true
}

// codeSentence codes one sentence.
func (c *Coder) codeSentence(in Input, s *nlp.Sentence, ms []*actor.Mention, art event.ArticleRef, tr *tracer, sc *viewScratch) []event.Event {
	if tr != nil {
		tr.printf("\nsentence %d [%d-%d]: %q\n", s.Index, s.Start, s.End, s.Text)
	}
	if len(s.Tokens) == 0 {
		tr.printf("  no event: no tokens\n")
		return nil
	}
	v := newView(c.dict, in.Doc, s, ms, sc)
	if !v.proseLike() {
		tr.printf("  no event: not prose (code, markup or a table)\n")
		return nil
	}
	if len(s.Tokens) > maxTokensPerSentence {
		tr.printf("  no event: sentence too long (%d tokens; limit %d)\n", len(s.Tokens), maxTokensPerSentence)
		return nil
	}
	c.traceStructure(v, tr)
	if len(s.Clauses) == 0 && len(v.nounAnchors(c)) == 0 {
		tr.printf("  no event: no clause (no verb) and no event noun\n")
		return nil
	}
	var matches []match
	var consumed []bool // tokens a match already covers
	if sc != nil {
		if cap(sc.consumed) < len(s.Tokens) {
			sc.consumed = make([]bool, len(s.Tokens), 2*len(s.Tokens))
		}
		consumed = sc.consumed[:len(s.Tokens)]
		clear(consumed)
	} else {
		consumed = make([]bool, len(s.Tokens))
	}
	// verb patterns, clause by clause
	for ci := range s.Clauses {
		cl := &s.Clauses[ci]
		h := cl.Verb.Head
		if h < 0 || h >= len(s.Tokens) {
			continue
		}
		var lemma string
		var lemmaLex int32
		if cl.Verb.Lemma == s.Tokens[h].Lemma {
			lemma, lemmaLex = v.lemma[h], v.lemmaLex[h] // the head's lemma, lower-cased and looked up once
		} else if lemma = strings.ToLower(cl.Verb.Lemma); lemma == "" {
			lemma, lemmaLex = v.lemma[h], v.lemmaLex[h]
		} else {
			lemmaLex = c.dict.lookup(lemma)
		}
		if cl.Reporting {
			if c.mustComplement(v, ci) {
				// "Russia said Georgia must explain the incident"
				if tr != nil {
					tr.printf("  clause %d %q: %s (an obligation stated by another actor)\n", ci, lemma, mustPattern.ID)
				}
				matches = append(matches, match{p: mustPattern, clause: ci, anchor: span{h, h + 1}, start: h, end: h + 1})
				continue
			}
			if tr != nil {
				tr.printf("  clause %d %q: reporting verb; it carries attribution, not an event\n", ci, lemma)
			}
			continue
		}
		if v.descriptive(ci) {
			if tr != nil {
				tr.printf("  clause %d %q: a participle describing the noun before it, not an event\n", ci, lemma)
			}
			continue
		}
		if m, ok := c.attackOrder(v, ci); ok {
			// "ordered a missile strike on the airbase": an attack
			if tr != nil {
				tr.printf("  clause %d %q: %s (an attack ordered)\n", ci, lemma, m.p.ID)
			}
			matches = append(matches, m)
			for t := m.start; t < m.end && t < len(consumed); t++ {
				consumed[t] = true
			}
			continue
		}
		cands := v.candidates(c.dict.candsOf(lemmaLex, false), lemma == v.lower[h], c.dict.candsOf(v.lowerLex[h], false))
		label := ""
		if tr != nil {
			label = fmt.Sprintf("clause %d %q", ci, lemma)
		}
		if len(cands) == 0 {
			if tr != nil {
				tr.printf("  clause %d %q: no pattern for this verb\n", ci, lemma)
			}
		} else if m, ok, discarded := c.bestMatch(v, cands, h, ci, lemma, tr, label); ok {
			matches = append(matches, m)
			for t := m.start; t < m.end && t < len(consumed); t++ {
				consumed[t] = true
			}
			continue
		} else if discarded {
			continue
		}
		if c.mustComplement(v, ci) {
			// "Russia said Sudan must return the helicopter": a demand
			if tr != nil {
				tr.printf("  clause %d %q: %s (an obligation stated by another actor)\n", ci, lemma, mustPattern.ID)
			}
			matches = append(matches, match{p: mustPattern, clause: ci, anchor: span{h, h + 1}, start: h, end: h + 1})
		}
	}
	// noun patterns on event nominals not already used by a verb pattern
	for _, k := range v.nounAnchors(c) {
		if consumed[k] {
			if tr != nil {
				tr.printf("  noun %q: part of a verb pattern already matched\n", v.lower[k])
			}
			continue
		}
		ci, inSubj := v.governing(k)
		if v.namedCoalition(k, inSubj) {
			if tr != nil {
				tr.printf("  noun %q: names an existing coalition, no act\n", v.lower[k])
			}
			continue
		}
		cands := v.candidates(c.dict.candsOf(v.lemmaLex[k], true), v.lemma[k] == v.lower[k], c.dict.candsOf(v.lowerLex[k], true))
		label := ""
		if tr != nil {
			label = fmt.Sprintf("noun %q", v.lower[k])
		}
		if m, ok, _ := c.bestMatch(v, cands, k, ci, v.lemma[k], tr, label); ok {
			matches = append(matches, m)
			for t := m.start; t < m.end && t < len(consumed); t++ {
				consumed[t] = true
			}
		}
	}
	if len(matches) == 0 {
		tr.printf("  no event: no pattern matched\n")
		return nil
	}
	// the main event first: verb matches by clause depth, then nominals
	depth := func(m match) int {
		if m.p.Noun && (m.clause < 0 || m.clause >= len(s.Clauses)) {
			return 1 << 20
		}
		d := 0
		for p, n := m.clause, 0; p >= 0 && p < len(s.Clauses) && n < 16; n++ {
			p = s.Clauses[p].Parent
			if p >= 0 && p < len(s.Clauses) && !s.Clauses[p].Reporting {
				d++
			}
		}
		return d
	}
	// a nominal ranks with the clause that governs it, after that
	// clause's own verb ("mounted its invasion of Lebanon, ploughing
	// through ...": the invasion before the ploughing)
	pos := func(m match) int {
		if m.clause < 0 || m.clause >= len(s.Clauses) {
			return 2 * m.anchor.start
		}
		p := 2 * s.Clauses[m.clause].Verb.Head
		if m.p.Noun {
			p++
		}
		return p
	}
	sort.SliceStable(matches, func(i, j int) bool {
		di, dj := depth(matches[i]), depth(matches[j])
		if di != dj {
			return di < dj
		}
		return pos(matches[i]) < pos(matches[j])
	})
	issues := issuesOf(c.issues, c.dict, v)
	seen := map[string]bool{}
	var out []event.Event
	for _, m := range matches {
		evs, why := c.eventsFrom(in, v, m, art, issues, seen)
		if len(evs) == 0 && tr != nil {
			tr.printf("  %s matched but no event: %s\n", m.p.ID, why)
		}
		for i := range evs {
			if tr != nil {
				e := &evs[i]
				tr.printf("  EVENT %s %s -> %s  %s %q (%s) modality=%s rule=%s%s\n", e.ID, actorCode(e.Source), actorCode(e.Target),
					e.CAMEO.Code, e.CAMEO.Name, e.PLOVER.Type, e.Modality, e.Rule, attrString(e.Attribution))
			}
		}
		out = append(out, evs...)
		if len(out) >= maxEventsPerSentence {
			tr.printf("  event limit reached (%d)\n", maxEventsPerSentence)
			break
		}
	}
	if len(out) == 0 {
		tr.printf("  no event: patterns matched but no actors could be placed\n")
	}
	return dropSubsumed(out, tr)
}

// causePreps open a phrase of cause or agent: a resignation takes no
// target from it.
var causePreps = map[string]bool{"by": true, "between": true, "over": true, "after": true, "following": true,
	"amid": true, "because": true, "of": true}

// coalitionNouns name a body of allies ("the coalition against Isis").
var coalitionNouns = map[string]bool{"coalition": true, "alliance": true, "front": true, "bloc": true}

// nameModifiers before a coalition noun mark a body that already exists.
var nameModifiers = map[string]bool{"international": true, "global": true, "multinational": true, "western": true, "military": true}

// namedCoalition reports whether the coalition noun at k is the name of an
// existing body rather than the rallying of one: it is the subject of its
// clause ("the coalition against Isis took over the city") or carries a
// "-led" or "international" modifier ("the US-led coalition against Isis").
// Nobody rallies opposition there (no 113).
func (v *sview) namedCoalition(k int, inSubj bool) bool {
	if k >= len(v.lemma) || !coalitionNouns[v.lemma[k]] || k+1 >= len(v.lower) || v.lower[k+1] != "against" {
		return false
	}
	if inSubj {
		return true
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		w := v.lower[j]
		if strings.HasSuffix(w, "-led") || strings.HasSuffix(w, "-backed") || nameModifiers[w] {
			return true
		}
		if w == "the" || w == "a" || w == "an" || v.boundary[j] {
			break
		}
	}
	return false
}

// isThreatCue reports whether a modality cue is a threat ("threatened to",
// "warned it would").
func isThreatCue(cue string) bool {
	for _, w := range strings.Fields(cue) {
		switch w {
		case "threaten", "threatened", "threatens", "threat", "warn", "warned", "warns", "ultimatum":
			return true
		}
	}
	return false
}

// verbalConflict reports whether a code is in CAMEO roots 10-14.
func verbalConflict(code string) bool {
	r := cameo.RootOf(code)
	return r >= "10" && r <= "14"
}

// laterActor returns the first actor mention after token k that is not
// inside exclude, not an agency and not the subject of a reporting clause.
func (v *sview) laterActor(k int, exclude span) (span, []aref) {
	for _, m := range v.mentions {
		if m.Start < k || m.Agency || overlaps(span{m.Start, m.End}, exclude) {
			continue
		}
		if v.adverbialBetween(k, m.Start) {
			// "refused access to her after she was discharged from
			// hospital": another clause's actors are not this event's
			break
		}
		if v.afterLocative(m.Start) || v.afterCause(m.Start) {
			continue // "in East Jerusalem" is where, not whom; "because of the tsunami" why
		}
		if v.relationPossessor(m.End) {
			// "warnings to all Syria's neighbours": the neighbours, not
			// Syria, and nobody named after them
			return span{}, nil
		}
		reporter := false
		for ci := range v.s.Clauses {
			if cl := &v.s.Clauses[ci]; cl.Reporting && overlaps(argSpan(cl.Subject), span{m.Start, m.End}) {
				reporter = true
				break
			}
		}
		if reporter {
			continue
		}
		sp := span{m.Start, m.End}
		if as := v.actorsIn(sp); len(as) > 0 {
			return sp, as
		}
	}
	return span{}, nil
}

// afterCause reports whether the phrase starting at token k follows a
// preposition of cause ("because of the Asian tsunami", "due to").
func (v *sview) afterCause(k int) bool {
	for j := k - 1; j >= 1 && j >= k-3; j-- {
		switch v.s.Tokens[j].Tag {
		case "IN", "TO":
			return causalBefore(v.lower[j-1], v.lower[j])
		case "DT", "JJ", "NNP", "CD":
		default:
			return false
		}
	}
	return false
}

// afterLocative reports whether the phrase starting at token k follows a
// place or time preposition (skipping a determiner and modifiers).
func (v *sview) afterLocative(k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if locativePreps[v.lower[j]] && v.lower[j] != "by" {
			return true
		}
		if t := v.s.Tokens[j].Tag; t != "DT" && t != "JJ" && t != "NNP" && t != "CD" {
			return false
		}
	}
	return false
}

// dropSubsumed removes an event without a target when another event of the
// sentence has the same source and a target ("Russia threatened to stop
// negotiations with the US": 134 RUS->USA makes 130 RUS->- redundant).
func dropSubsumed(evs []event.Event, tr *tracer) []event.Event {
	// the same source is the same actor named at the same place: "the
	// defense secretary resigned over Trump's decision to pull out" has
	// two USAGOV sources that are different people; a pronoun may be
	// either
	pronoun := func(e event.Event) bool { return subjectPronouns[strings.ToLower(e.Source.Text)] }
	withTarget := map[string][]event.Event{}
	for _, e := range evs {
		if e.Source != nil && e.Target != nil {
			withTarget[e.Source.Code] = append(withTarget[e.Source.Code], e)
		}
	}
	same := func(e event.Event) bool {
		others := withTarget[e.Source.Code]
		if len(others) > 0 && pronoun(e) {
			return true
		}
		for _, o := range others {
			if pronoun(o) || o.Source.Text == e.Source.Text || o.Evidence.Spans.Source == nil || e.Evidence.Spans.Source == nil ||
				o.Evidence.Spans.Source.Start == e.Evidence.Spans.Source.Start {
				return true
			}
		}
		return false
	}
	out := evs[:0]
	for _, e := range evs {
		if e.Target == nil && e.Source != nil && same(e) {
			tr.printf("  dropped %s %s -> - (%s): the same source has a more specific event with a target\n", e.Source.Code, e.CAMEO.Code, e.Rule)
			continue
		}
		out = append(out, e)
	}
	return out
}

func actorCode(a *event.Actor) string {
	if a == nil {
		return "-"
	}
	return a.Code
}

func attrString(a event.Attribution) string {
	var b strings.Builder
	if a.ReportedBy != "" {
		fmt.Fprintf(&b, " reported_by=%q", a.ReportedBy)
	}
	if a.SaidBy != "" {
		fmt.Fprintf(&b, " said_by=%q", a.SaidBy)
	}
	if a.Quoted {
		b.WriteString(" quoted")
	}
	if a.Anonymous {
		b.WriteString(" anonymous")
	}
	return b.String()
}

// nounAnchors lists the tokens that are nouns with a noun pattern.
func (v *sview) nounAnchors(c *Coder) []int {
	var out []int
	for _, k := range v.nounWords { // the words with a noun pattern (few)
		if !strings.HasPrefix(v.s.Tokens[k].Tag, "NN") {
			continue
		}
		if v.nounModifier(k) && !c.phraseAnchor(v, k) {
			continue // "de-escalation zones", "war crimes", "invasion force"
		}
		if v.inOrganisationName(k) {
			continue // "the Organisation for the Prohibition of Chemical Weapons"
		}
		out = append(out, k)
	}
	return out
}

// inOrganisationName reports whether the capitalised event noun at k is a
// word of an organisation's proper name: it follows "for/of/on/against
// (the)" right after another capitalised word ("Organisation for the
// Prohibition of ...", "Commission on the Abolition of ..."), or it is a
// later word of a named actor mention ("... of Chemical Weapons"). Nobody
// bans or attacks anything there.
func (v *sview) inOrganisationName(k int) bool {
	capital := func(j int) bool {
		if j < 0 || j >= len(v.s.Tokens) {
			return false
		}
		t := v.s.Tokens[j].Text
		return t != "" && t[0] >= 'A' && t[0] <= 'Z'
	}
	if k < 1 || !capital(k) {
		return false
	}
	for _, m := range v.mentions {
		if m.Start < k && k < m.End {
			return true // a capitalised word inside a named actor ("... Chemical Weapons")
		}
	}
	j := k - 1
	if v.lower[j] == "the" {
		j--
	}
	if j < 1 {
		return false
	}
	switch v.lower[j] {
	case "for", "of", "on", "against":
		return capital(j - 1)
	}
	return false
}

// candidates merges the patterns anchored on the lemma (a) and on the
// surface form (b), keeping the weight order; same reports that the
// surface form is the lemma (b is then a again). The merged list lives in
// the view's buffer until the next call.
func (v *sview) candidates(a []cand, same bool, b []cand) []cand {
	if same || len(b) == 0 {
		return a
	}
	if len(a) == 0 {
		return b
	}
	out := v.candBuf[:0]
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		var cd cand
		if j >= len(b) || (i < len(a) && a[i].weight >= b[j].weight) {
			cd = a[i]
			i++
		} else {
			cd = b[j]
			j++
		}
		// a pattern under both words has one weight: look for it among
		// the candidates of that weight already taken
		dup := false
		for x := len(out) - 1; x >= 0 && out[x].weight == cd.weight; x-- {
			if out[x].p == cd.p {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, cd)
		}
	}
	v.candBuf = out
	return out
}

// bestMatch tries the candidates in order (most specific first) and
// returns the first that matches, unless a discard pattern matches;
// discarded reports that one did.
func (c *Coder) bestMatch(v *sview, cands []cand, k, ci int, lemma string, tr *tracer, label string) (best match, found, discarded bool) {
	for i := range cands {
		p := cands[i].p
		if !v.mayMatch(cands[i].req) {
			if tr != nil {
				tr.printf("  %s: %s (%s) no match: element %d %s not found\n", label, p.ID, p.Text, p.anchor+2, elemAt(p, p.anchor+1))
			}
			continue
		}
		m, ok := c.tryPattern(v, p, k, ci, lemma)
		if !ok {
			if tr != nil {
				tr.printf("  %s: %s (%s) no match: element %d %s not found\n", label, p.ID, p.Text, m.deepest+1, elemAt(p, m.deepest))
			}
			continue
		}
		if p.Discard {
			if tr != nil {
				tr.printf("  %s: %s (%s) DISCARD matched: no event from this %s\n", label, p.ID, p.Text, kindName(p))
			}
			return match{}, false, true
		}
		if !found {
			best, found = m, true
			if tr == nil {
				// without a trace only discards can change the outcome
				// (those before this one did not match)
				if !c.anyDiscard(v, cands[i+1:], k, ci, lemma) {
					return best, true, false
				}
				return match{}, false, true
			}
			tr.printf("  %s: %s (%s) MATCHED [%s]\n", label, p.ID, p.Text, v.text(span{m.start, m.end}))
			continue
		}
		tr.printf("  %s: %s (%s) also matches (less specific; not used)\n", label, p.ID, p.Text)
	}
	return best, found, false
}

// elemAt describes element i of p for a trace ("" when there is none).
func elemAt(p *Pattern, i int) string {
	if i >= 0 && i < len(p.elems) {
		return elemString(p.elems[i])
	}
	return ""
}

// anyDiscard reports whether a discard pattern among cands matches.
func (c *Coder) anyDiscard(v *sview, cands []cand, k, ci int, lemma string) bool {
	for i := range cands {
		if !cands[i].discard || !v.mayMatch(cands[i].req) {
			continue
		}
		if _, ok := c.tryPattern(v, cands[i].p, k, ci, lemma); ok {
			return true
		}
	}
	return false
}

func kindName(p *Pattern) string {
	if p.Noun {
		return "noun"
	}
	return "verb"
}

func elemString(e elem) string {
	switch e.kind {
	case elTarget:
		return "+ (target phrase)"
	case elSource:
		return "$ (source phrase)"
	}
	var alts []string
	for _, a := range e.alts {
		alts = append(alts, strings.Join(a, " "))
		if len(alts) == 6 {
			alts = append(alts, "...")
			break
		}
	}
	return fmt.Sprintf("%q", strings.Join(alts, "|"))
}

// traceStructure prints the clauses and mentions of a sentence.
func (c *Coder) traceStructure(v *sview, tr *tracer) {
	if tr == nil {
		return
	}
	for ci := range v.s.Clauses {
		cl := &v.s.Clauses[ci]
		var b strings.Builder
		fmt.Fprintf(&b, "  clause %d: verb %q (lemma %s", ci, v.text(span{clampTok(v, cl.Verb.Start), min(cl.Verb.End, len(v.lemma))}), cl.Verb.Lemma)
		if cl.Verb.Passive {
			b.WriteString(", passive")
		}
		if cl.Verb.Negated {
			b.WriteString(", negated")
		}
		if cl.Verb.Modal != "" {
			fmt.Fprintf(&b, ", modal %s", cl.Verb.Modal)
		}
		if len(cl.Verb.Markers) > 0 {
			fmt.Fprintf(&b, ", markers %q", cl.Verb.Markers)
		}
		if cl.Reporting {
			b.WriteString(", reporting")
		}
		if cl.Relative {
			b.WriteString(", relative")
		}
		if cl.Parent >= 0 {
			fmt.Fprintf(&b, ", inside clause %d", cl.Parent)
		}
		b.WriteString(")")
		if cl.Subject != nil {
			fmt.Fprintf(&b, " subject %q", v.text(argSpan(cl.Subject)))
		}
		if cl.Object != nil {
			fmt.Fprintf(&b, " object %q", v.text(argSpan(cl.Object)))
		}
		for _, p := range cl.Preps {
			fmt.Fprintf(&b, " %s %q", p.Prep, v.text(span{p.Start, p.End}))
		}
		tr.printf("%s\n", b.String())
	}
	if len(v.s.Clauses) == 0 {
		tr.printf("  no clauses\n")
	}
	for _, m := range v.mentions {
		var codes []string
		for _, a := range m.Actors {
			codes = append(codes, a.Code)
		}
		ag := ""
		if m.Agency {
			ag = " AGENCY (attribution only)"
		}
		tr.printf("  mention %q -> %s (basis %s, rule %s)%s\n", m.Text, strings.Join(codes, ","), m.Basis, m.Rule, ag)
	}
	if len(v.mentions) == 0 {
		tr.printf("  no actor mentions\n")
	}
}

// reciprocalCodes are the CAMEO codes (or their 3-digit parents) whose
// action two parties do to each other, so that a compound subject with no
// target acts on itself: "Syria and Iran met" (040), "agreed to
// cooperate" (030), "restored relations" (050), "signed a deal" (057).
// Fighting is reciprocal only where the pattern says "both" ("clashed").
// Directional actions (visit, host, mediate, praise, support, storm) are
// not: "peace talks brokered by Russia, Turkey and Iran" is not Russia
// mediating for Turkey.
var reciprocalCodes = map[string]bool{"030": true, "031": true, "032": true, "036": true,
	"040": true, "041": true, "044": true, "046": true, "050": true, "054": true, "057": true,
	"060": true, "061": true, "062": true, "063": true, "064": true}

// reciprocalCode reports whether code is in reciprocalCodes (or its parent is).
func reciprocalCode(code string) bool {
	if reciprocalCodes[code] {
		return true
	}
	if len(code) == 4 {
		return reciprocalCodes[code[:3]]
	}
	return false
}

// eventsFrom turns one match into events; the second result says why
// there are none.
func (c *Coder) eventsFrom(in Input, v *sview, m match, art event.ArticleRef, issues []string, seen map[string]bool) ([]event.Event, string) {
	p := m.p
	ci := m.clause
	noun := p.Noun
	anchor := m.anchor.start
	mi := c.modality(v, ci, anchor, noun)

	if !noun && v.ultimatum(ci, anchor, mi) {
		mi.modality, mi.cue = event.Intended, "ultimatum (unless)"
	}

	// source
	srcSpan, srcs := m.src, []aref(nil)
	controlled := false // the source is the object of an object-control verb
	if srcSpan.ok() {
		srcs = v.actorsIn(srcSpan)
	}
	if len(srcs) == 0 && noun {
		// a possessor or a modifier before the nominal: "Turkey's withdrawal", "the Turkish withdrawal"
		if ch := v.npStart; ch != nil {
			for _, chk := range v.s.Chunks {
				if chk.Kind == nlp.NP && anchor >= chk.Start && anchor < chk.End {
					if chk.Possessor >= 0 && chk.Possessor < len(v.s.Chunks) {
						pc := v.s.Chunks[chk.Possessor]
						srcSpan = span{pc.Start, pc.End}
						srcs = v.actorsIn(srcSpan)
					}
					if len(srcs) == 0 && anchor > chk.Start {
						srcSpan = span{chk.Start, anchor}
						srcs = v.actorsIn(srcSpan)
					}
					break
				}
			}
		}
		if len(srcs) == 0 && ci >= 0 && !v.nounComplement(anchor) && !v.reactionGoverned(ci, anchor) {
			if _, inSubj := v.governing(anchor); !inSubj {
				srcSpan = argSpan(v.s.Clauses[ci].Subject)
				if !overlaps(srcSpan, m.tgt) {
					// not a nationality modifying a non-actor ("the
					// Romanian and Bulgarian visas scandal led to the
					// resignation of ...")
					srcs = dropModifiers(v.actorsIn(srcSpan))
				}
			}
		}
	} else if len(srcs) == 0 && ci >= 0 && v.s.Clauses[ci].Verb.Passive && v.s.Clauses[ci].Subject == nil && statePassives[v.lemma[clampTok(v, anchor)]] {
		// "Turkey has been engaged in a war with the PKK": a state, the
		// surface subject is the one engaged
		srcSpan = argSpan(v.s.Clauses[ci].Object)
		srcs = v.actorsIn(srcSpan)
	} else if len(srcs) == 0 && ci >= 0 {
		srcSpan = argSpan(v.s.Clauses[ci].Subject)
		if sb, ok := v.subordinateSubject(ci); ok && !v.s.Clauses[ci].Verb.Passive {
			srcSpan = sb
		} else if pp := v.s.Clauses[ci].Parent; pp >= 0 && pp < len(v.s.Clauses) && sameSpan(srcSpan, argSpan(v.s.Clauses[pp].Subject)) {
			// "... until Putin sent the air force to prop up Assad": the
			// infinitive shares the corrected subject of its clause
			if sb, ok := v.subordinateSubject(pp); ok {
				srcSpan = sb
			}
		}
		if (!srcSpan.ok() || len(v.actorsIn(srcSpan)) == 0) && !v.isIrrealis(ci) && !v.s.Clauses[ci].Verb.Passive && !v.speakerPronoun(srcSpan) {
			// (before a passive verb stands the one acted on, not the agent)
			// "Washington along with its allies demanded"
			if sb := v.subjectBefore(ci); sb.ok() {
				srcSpan = sb
			} else if sb := v.auxSubject(ci); sb.ok() {
				srcSpan = sb
			}
		}
		if host, gs := v.gerundComplement(ci); host >= 0 && !noun && !overlaps(gs, argSpan(v.s.Clauses[host].Subject)) &&
			(gs.end == v.s.Clauses[ci].Verb.Head || gs.end+1 == v.s.Clauses[ci].Verb.Head) {
			// "could lead to the Turkish president reaching a deal": the
			// prepositional object before the gerund acts
			srcSpan, controlled = gs, true
		}
		if nc, ok := v.nounControlled(ci); ok {
			// "the decision by Donald Trump to withdraw", "Trump's
			// decision to withdraw": the one who decided acts
			srcSpan, controlled = nc, true
		}
		if oc, ok := v.objectControlled(ci); ok {
			// "US troops trained Kurdish-led units to fight Isis": the
			// units fight
			srcSpan, controlled = oc, true
		}
		if v.agencyIn(srcSpan) == nil {
			srcs = v.actorsIn(srcSpan)
		}
	}
	// target
	tgtSpan, tgts := m.tgt, []aref(nil)
	relPassive := !noun && ci >= 0 && v.s.Clauses[ci].Verb.Passive && v.isRelative(ci) && v.s.Clauses[ci].Verb.Start >= 2
	if relPassive {
		// "the campaign against Islamic State that was backed by the
		// coalition": the antecedent is what was backed
		tgtSpan = v.antecedent(ci)
		tgts = v.actorsIn(tgtSpan)
	} else if m.compound {
		tgts = srcs
	} else if tgtSpan.ok() {
		if !noun && ci >= 0 && v.s.Clauses[ci].Verb.Passive && overlaps(tgtSpan, argSpan(v.s.Clauses[ci].Subject)) {
			// "the camp was attacked by militiamen": the by-phrase is the
			// agent; the target is the passive's surface subject
			tgtSpan = argSpan(v.s.Clauses[ci].Object)
		}
		tgts = v.actorsIn(tgtSpan)
		if len(tgts) == 0 {
			// the slot is the tail of a longer mention ("expelled nine
			// diplomats from Venezuela", "withdraw troops from Syria"):
			// the place named there is the target, as its country
			for _, mm := range v.mentions {
				if !mm.Agency && mm.Start < tgtSpan.start && mm.End >= tgtSpan.end && mm.End <= tgtSpan.end+1 && !overlaps(span{mm.Start, mm.End}, srcSpan) {
					for _, a := range v.actorsIn(span{mm.Start, mm.End}) {
						if a.a.Country != "" {
							a.a.Code, a.a.Sectors = a.a.Country, nil
							tgts = append(tgts, a)
						}
					}
					if len(tgts) > 0 {
						break
					}
				}
			}
		}
		if len(tgts) == 0 {
			// "+" filled by "all contact" in "all contact with the US"
			if sp2 := v.extendPP(tgtSpan); sp2.end > tgtSpan.end {
				if as := v.actorsIn(span{tgtSpan.end, sp2.end}); len(as) > 0 && !overlaps(span{tgtSpan.end, sp2.end}, srcSpan) {
					tgtSpan, tgts = span{tgtSpan.end, sp2.end}, as
				}
			}
			// a place inside a place: "a curfew in the town of Cizre in
			// south-eastern Turkey" is imposed on Turkey's people
			if e := tgtSpan.end; len(tgts) == 0 && tgtSpan.start > 0 && e+1 < len(v.lower) && v.lower[tgtSpan.start-1] == "in" && v.lower[e] == "in" {
				if sp2 := v.slotFwd(e + 1); sp2.ok() && !overlaps(sp2, srcSpan) {
					if as := v.actorsIn(sp2); len(as) > 0 {
						tgtSpan, tgts = sp2, as
					}
				}
			}
		}
	}
	// a required slot filled by a phrase that names no actor ("asked to
	// speak with me", "breaches of a truce deal") is the target position:
	// nothing elsewhere in the sentence stands in for it
	slotEmpty := m.tgt.ok() && len(tgts) == 0 && p.requiredTarget() || relPassive && len(tgts) == 0
	// "Russia and Turkey met to discuss Syria": a reciprocal pattern with a
	// compound source and no slot acts on itself, not on a topic
	slotEmpty = slotEmpty || p.Both && !m.tgt.ok() && len(srcs) >= 2
	// "a bank commandeered by Islamic State to sort money across its
	// caliphate straddling Iraq and Syria": the one acted on in a passive
	// is its surface subject; when that names no actor, no other phrase
	// stands in for it
	if !noun && !relPassive && ci >= 0 && !m.tgt.ok() && v.s.Clauses[ci].Verb.Passive {
		if ob := argSpan(v.s.Clauses[ci].Object); ob.ok() && ob.end <= len(v.s.Tokens) && len(v.actorsIn(ob)) == 0 {
			// a noun, not a dummy "it" ("It was agreed that ...") nor
			// an unresolved pronoun
			for k := ob.start; k < ob.end; k++ {
				if t := v.s.Tokens[k].Tag; strings.HasPrefix(t, "PRP") || t == "EX" {
					break
				}
				if strings.HasPrefix(v.s.Tokens[k].Tag, "NN") {
					slotEmpty = true
					break
				}
			}
		}
	}
	if len(tgts) == 0 && !m.compound && ci >= 0 && !slotEmpty {
		// no slot, or a slot with no actor: the clause's own arguments
		excl := srcSpan
		if noun {
			excl = span{anchor, m.anchor.end}
		}
		tgtSpan, tgts = v.defaultTarget(ci, excl)
		if overlaps(tgtSpan, srcSpan) {
			tgtSpan, tgts = span{}, nil
		}
		if p.Code == "0831" && tgtSpan.start > 0 && tgtSpan.start <= len(v.lower) && causePreps[v.lower[tgtSpan.start-1]] {
			// "the resignation of X was triggered by a call between A
			// and B", "resigned over A's decision": a cause, not whom
			// the resigner yields to
			tgtSpan, tgts = span{}, nil
		}
	}
	tgts = v.placeActors(tgtSpan, tgts)
	if e := tgtSpan.end; cameo.RootOf(p.Code) == "19" && tgtSpan.start > 0 && v.lower[tgtSpan.start-1] == "with" && e+1 < len(v.lower) && v.lower[e] == "against" {
		// "fought with the US against Isis": the one fought with is an
		// ally; the enemy follows "against"
		if sp := v.slotFwd(e + 1); sp.ok() {
			tgtSpan, tgts = sp, v.actorsIn(sp)
		}
	}
	// verbal conflict (demand, disapprove, reject, threaten, protest)
	// aimed at someone named later in the sentence: "staged demonstrations
	// to demand reforms by President Suharto's government"
	if len(tgts) == 0 && !m.compound && verbalConflict(p.Code) && !slotEmpty {
		tgtSpan, tgts = v.laterActor(m.anchor.end, srcSpan)
	}
	// the one who intends or demands
	unrealised := mi.modality == event.Intended || mi.modality == event.Demanded || mi.modality == event.Planned
	govSpan, govs := span{}, []aref(nil)
	if mi.governor >= 0 && mi.governor != ci && mi.governor < len(v.s.Clauses) {
		gs := argSpan(v.s.Clauses[mi.governor].Subject)
		if v.agencyIn(gs) == nil {
			govSpan, govs = gs, v.actorsIn(gs)
		}
	} else if noun && mi.governor == ci && ci >= 0 && (mi.modality == event.Demanded || mi.modality == event.Intended) {
		gs := argSpan(v.s.Clauses[ci].Subject)
		if v.agencyIn(gs) == nil && !overlaps(gs, span{anchor, m.anchor.end}) {
			govSpan, govs = gs, v.actorsIn(gs)
		}
	}
	if mi.modality == event.Demanded && !noun && v.unaskedObligation(ci, anchor) {
		return nil, "an obligation nobody states, or of nobody"
	}
	if mi.modality == event.Demanded && len(govs) == 0 && !noun && v.demandModal(ci) {
		// "Russia said that Sudan must return ...": the speaker demands
		govSpan, govs = v.speakerAbove(ci, anchor)
	}
	if mi.modality == event.Demanded && len(govs) == 0 {
		govSpan, govs = c.demander(v, anchor)
	}
	if mi.modality == event.Demanded && len(govs) > 0 && !sameActors(govs, srcs) {
		// "Damascus insisted on the withdrawal of Turkish forces": the
		// demander is the source, the one asked to act the target.
		if len(srcs) > 0 {
			tgtSpan, tgts = srcSpan, srcs
		}
		srcSpan, srcs = govSpan, govs
	}
	if len(srcs) == 0 && ci >= 0 && !noun && v.isRelative(ci) {
		// "organisations that threaten Syria": the antecedent is the
		// subject; when it names no actor, nobody above it is. In a
		// passive ("a soldier who was arrested in Turkey") the
		// antecedent is the one acted on, never the agent.
		if v.s.Clauses[ci].Subject == nil && !v.s.Clauses[ci].Verb.Passive {
			srcSpan = v.antecedent(ci)
			srcs = v.actorsIn(srcSpan)
		}
	} else if len(srcs) == 0 && ci >= 0 && (noun || !v.s.Clauses[ci].Verb.Passive) && !controlled {
		// a pronoun subject ("X said it would ...") refers to the reporter;
		// the unnamed agent of a passive ("X said they were detained") is
		// not whoever is above it ("Interpol said fighters will be
		// released"), and the one "expected to be charged" is the one
		// charged
		sp, as, _ := v.climbSource(ci, unrealised || v.pronounSubject(ci))
		srcSpan, srcs = sp, as
	}
	if len(srcs) == 0 && ci >= 0 && !noun && !controlled {
		// "police opened fire to disperse the demonstrators"
		if sp, as := c.sharedSubject(v, ci); len(as) > 0 && !overlaps(sp, tgtSpan) {
			srcSpan, srcs = sp, as
		}
	}
	// "a ceasefire between Ethiopia and Eritrea": a compound target of a
	// reciprocal action with no source acts on itself
	if len(srcs) == 0 && len(tgts) >= 2 && p.Both && !v.ownSubjectOrOrigin(ci, noun, tgts) {
		srcSpan, srcs = tgtSpan, tgts
	}
	if !noun && v.ruledOut(ci, p.Code) {
		// "talks with the Taliban are out of the question, the minister
		// said": the speaker rules out what the subject names, and an
		// actor named in it is the target
		sp, as := v.speakerAbove(ci, anchor)
		if len(tgts) == 0 || sameActors(tgts, as) {
			tgtSpan, tgts = srcSpan, srcs
		}
		srcSpan, srcs = sp, as // nobody when no one says it
		if sameActors(srcs, tgts) {
			tgtSpan, tgts = span{}, nil
		}
	}
	if len(srcs) == 0 && unrealised {
		if sp, as := v.quoteSpeaker(anchor); len(as) > 0 {
			srcSpan, srcs = sp, as
		}
	}
	if noun && tgtSpan.ok() && tgtSpan.start > 0 && v.lower[tgtSpan.start-1] == "by" && !m.src.ok() && len(tgts) > 0 {
		// "a coup attempt by a group of fighters": the by-phrase of a
		// nominal is its agent
		srcSpan, srcs, tgtSpan, tgts = tgtSpan, tgts, span{}, nil
	}
	if len(srcs) == 0 && !noun && v.unknownAgent(ci, p.Code) {
		// "killed in Russian airstrikes": the attack's modifier is its agent
		srcSpan, srcs = v.attackAgent(ci)
		if len(srcs) == 0 {
			// "killed in clashes with US-backed forces": the other side
			// fought them
			if sp, as := v.clashOpponent(ci); len(as) > 0 && !sameActors(as, tgts) {
				srcSpan, srcs = sp, as
				if p.Code == "180" {
					cp := *p
					cp.Code, cp.ID = "190", p.ID+"+clash"
					p, m.p = &cp, &cp
				}
			}
		}
	} else if len(srcs) == 0 && !p.NoSource {
		// "a British man was arrested in Lebanon": the country's police
		if srcSpan, srcs = v.placeAuthority(ci, noun, p.Code); len(srcs) == 0 {
			return nil, "no source actor"
		}
	}
	srcs = v.dropPlacesInPP(srcSpan, srcs)
	gp, why := c.senseGuard(v, m, srcs)
	if gp == nil {
		return nil, why
	}
	p, m.p = gp, gp
	if strings.HasPrefix(p.Code, "015") && !noun && v.othersFact(ci, srcs, tgtSpan, tgts) {
		return nil, "an admitted fact about another actor, no responsibility claimed"
	}
	reciprocal := p.Both
	// a compound subject acting on itself: only for a reciprocal action
	// done by the active subject ("Syria and Iran met"), not by a passive's
	// agent or a list found elsewhere ("backed by Iranian and Russian
	// allies")
	if len(tgts) == 0 && len(srcs) >= 2 && (p.Both || p.Pair != "" ||
		reciprocalCode(p.Code) && !noun && ci >= 0 && !v.s.Clauses[ci].Verb.Passive && overlaps(srcSpan, argSpan(v.s.Clauses[ci].Subject))) {
		tgts, tgtSpan, reciprocal = srcs, srcSpan, true
	}
	// "Syria will not accept refugees", "refused to meet": a refusal is
	// the actor's act, coded as the matching 12x rejection
	refusal := ""
	if v.refusalCue(ci, mi, srcSpan, srcs, len(tgts) > 0 && !sameActors(tgts, srcs)) {
		refusal = refusalCode(p.Code)
	}
	// an expression of intent (or a threat), or a refusal, is one-sided:
	// the counterpart may be unnamed; but a meeting's required target
	// must be an actor ("he will meet the golden rule"), and an action two
	// parties do together needs both ("wanted to meet as many members of
	// the public")
	if len(tgts) == 0 && !p.NoTarget && (mi.modality != event.Intended && refusal == "" && (noun || !oneSided(p.Code)) ||
		refusal == "" && (p.Both || m.tgt.ok() && p.requiredTarget() && cameo.RootOf(p.Code) == "04")) {
		return nil, "no target actor"
	}
	if mi.modality == event.Asserted && mi.cue == attemptCue && attemptedOutcome(p.Code) {
		mi.modality = event.Intended // "is trying to strike a deal with Russia": 030
	}
	if r := cameo.RootOf(p.Code); r >= "15" && r <= "20" && !noun && (mi.modality == event.Planned || mi.modality == event.Hypothetical) &&
		futureCue(mi.cue) && v.conditionalForce(ci, mi.governor) {
		// "if Damascus uses gas again, the US will strike Syria": force
		// promised on a condition is a threat (13x)
		mi.modality, mi.cue = event.Intended, "conditional threat"
	}
	if (mi.cue == cueAnnouncedProgressive || mi.cue == cueAnnouncedParticiple) && !movementCode(p.Code) {
		// "announced he was stepping down", "announced they were
		// launching talks": made public as it is done; only moving
		// forces out or in is announced ahead
		mi.modality = event.Asserted
	}
	code, recodeNote := recode(p.Code, mi.modality)
	if refusal != "" {
		code, recodeNote = refusal, "refusal:"+p.Code
		mi.modality = event.Asserted
		reciprocal = false // a refusal is one actor's
		if sameActors(tgts, srcs) {
			tgts = nil
		}
	} else if mi.modality == event.Intended && len(srcs) > 0 && !overlaps(srcSpan, tgtSpan) {
		// "Iran plans to meet the Saudi king", "the US would continue to
		// fight Isis": an intent or threat is the one actor's
		reciprocal = false
	}
	if !noun && v.ownForces(ci, p.Code, srcs, tgts, tgtSpan) {
		tgts = nil
		if strings.HasPrefix(p.Code, "087") || strings.HasPrefix(p.Code, "0356") {
			// "agreed to withdraw its troops from Lebanon": the place
			// left is the target
			tgtSpan, tgts = v.withdrawnFrom(ci)
		}
		if len(tgts) == 0 && !p.NoTarget && mi.modality != event.Intended {
			return nil, "the source's own forces are its instrument, not a target"
		}
	}
	if cameo.RootOf(p.Code) == "10" && !noun && v.statedFact(ci, tgtSpan) {
		return nil, "the complement states a fact; nothing is asked"
	}
	if (code == "042" || code == "043" || code == "036") && len(tgts) > 0 {
		// "Britons who travelled to Isis territory": a place owned, not
		// a host
		kept := tgts[:0:0]
		for _, t := range tgts {
			if !v.placeOwner(t) {
				kept = append(kept, t)
			}
		}
		if len(kept) == 0 {
			return nil, "the target is a place held by the actor, not a host"
		}
		tgts = kept
	}
	if privateVisit(code, p.ID, srcs, tgts) || v.privateTraveller(code, p.ID, srcs) {
		return nil, "a private person's travel, not a state visit"
	}
	if r := cameo.RootOf(code); (r == "18" || r == "19") && (!noun || partiesOnly(tgts)) && politicalOnly(srcs) && politicalOnly(tgts) {
		// "the minister clashed with the prime minister over ...": a row
		if vc := verbalClashes[v.lemma[clampTok(v, anchor)]]; vc != "" {
			code, recodeNote = vc, "verbal:"+p.Code
		}
	}
	if code == "171" && len(tgts) > 0 && v.peopleOnly(tgts) {
		// "a journalist was seized by Hamas": people seized are abducted
		// or captured (181); only things are confiscated
		code, recodeNote = "181", "people:"+p.Code
	}
	if mi.modality == event.Intended && (mi.cue == "prepare" || mi.cue == "preparation") {
		if r := cameo.RootOf(p.Code); r == "18" || r == "19" || r == "20" {
			// "the army prepared to resume shelling", "preparing an
			// offensive": readying force is mobilisation, not a threat
			code, recodeNote = "154", "prepare:"+p.Code
		}
	}
	if mi.modality == event.Intended && isThreatCue(mi.cue) && cameo.RootOf(code) != "13" {
		// "threatened to withdraw": a threat, whatever the action
		code, recodeNote = "130", "threat:"+p.Code
	}
	base := c.baseEvent(in, v, m, mi, art, issues, code, recodeNote)

	var out []event.Event
	emit := func(s, t *aref, code string, sSp, tSp span) {
		if s != nil && t != nil && s.a.Code == t.a.Code {
			return
		}
		if s == nil && t == nil {
			return // an event with no actor at all says nothing about who did what
		}
		key := actorKey(s) + "\x1f" + actorKey(t) + "\x1f" + code
		if seen[key] {
			return
		}
		seen[key] = true
		e := base
		if code != base.CAMEO.Code {
			c.setCode(&e, code, p.Mode)
		}
		e.Issues = append([]string(nil), base.Issues...)
		if s != nil {
			e.Source = toEventActor(s)
			e.Evidence.Spans.Source = v.byteSpan(mentionSpan(s, sSp))
		}
		if t != nil {
			e.Target = toEventActor(t)
			e.Evidence.Spans.Target = v.byteSpan(mentionSpan(t, tSp))
		}
		e.SetID()
		out = append(out, e)
	}
	if len(srcs) == 0 {
		srcs = []aref{{}}
	}
	var pairs map[string]uint64
	if overlaps(srcSpan, tgtSpan) && len(srcs) > 2 {
		// "clashes between A and B, C and D": each named pair only
		pairs = v.listPairs(span{min(srcSpan.start, tgtSpan.start), max(srcSpan.end, tgtSpan.end)}, srcs)
	}
	for i := range srcs {
		var s *aref
		if srcs[i].m != nil {
			s = &srcs[i]
		}
		if len(tgts) == 0 {
			emit(s, nil, code, srcSpan, span{})
			continue
		}
		for j := range tgts {
			t := &tgts[j]
			if pairs != nil && s != nil && pairs[s.a.Code]&pairs[t.a.Code] == 0 {
				continue
			}
			emit(s, t, code, srcSpan, tgtSpan)
			if s != nil && (reciprocal || p.Pair != "") {
				rc := code
				if p.Pair != "" {
					rc, _ = recode(p.Pair, mi.modality)
				}
				emit(t, s, rc, tgtSpan, srcSpan)
			}
		}
		if len(out) >= maxEventsPerSentence {
			break
		}
	}
	if len(out) == 0 {
		return nil, "source and target are the same actor, or the events were already coded from this sentence"
	}
	return out, ""
}

// demander finds who demands an action named by a nominal when no clause
// above it says: the subject of the nearest clause before the nominal
// whose verb is a demand ("Damascus insisted on ... the withdrawal of").
func (c *Coder) demander(v *sview, anchor int) (span, []aref) {
	best := -1
	for ci := range v.s.Clauses {
		h := v.s.Clauses[ci].Verb.Head
		if h < 0 || h >= anchor || h >= len(v.lemma) {
			continue
		}
		if m, _ := c.cues.lookupWords([]string{v.lemma[h]}); m != event.Demanded {
			continue
		}
		if best < 0 || h > v.s.Clauses[best].Verb.Head {
			best = ci
		}
	}
	if best < 0 {
		return span{}, nil
	}
	sp := argSpan(v.s.Clauses[best].Subject)
	if v.agencyIn(sp) != nil {
		return span{}, nil
	}
	return sp, v.actorsIn(sp)
}

func sameActors(a, b []aref) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].a.Code != b[i].a.Code {
			return false
		}
	}
	return true
}

func actorKey(a *aref) string {
	if a == nil {
		return ""
	}
	return a.a.Code
}

func mentionSpan(a *aref, fallback span) span {
	if a != nil && a.m != nil {
		return span{a.m.Start, a.m.End}
	}
	return fallback
}

func toEventActor(r *aref) *event.Actor {
	a := &event.Actor{Code: r.a.Code, Country: r.a.Country, Name: r.a.Name, Role: r.a.Role}
	if len(r.a.Sectors) > 0 {
		a.Sectors = append([]string(nil), r.a.Sectors...)
	}
	if r.m != nil {
		a.Text, a.Basis = r.m.Text, r.m.Basis
	}
	return a
}

// byteSpan converts a token span to a byte span in the coding text.
func (v *sview) byteSpan(sp span) *event.Span {
	if !sp.ok() || sp.start < 0 || sp.end > len(v.s.Tokens) {
		return nil
	}
	return &event.Span{Start: v.s.Tokens[sp.start].Start, End: v.s.Tokens[sp.end-1].End}
}

// quoteSpeaker returns the actors of the speaker of a quotation that
// contains token k.
func (v *sview) quoteSpeaker(k int) (span, []aref) {
	if k < 0 || k >= len(v.s.Tokens) {
		return span{}, nil
	}
	off := v.s.Tokens[k].Start
	for _, q := range v.doc.Quotes {
		if off < q.Start || off >= q.End || q.SpeakerEnd <= q.SpeakerStart {
			continue
		}
		for _, m := range v.mentions {
			if m.Agency || m.Start < 0 || m.End > len(v.s.Tokens) || m.Start >= m.End {
				continue
			}
			if v.s.Tokens[m.Start].Start < q.SpeakerEnd && v.s.Tokens[m.End-1].End > q.SpeakerStart {
				return span{m.Start, m.End}, v.actorsIn(span{m.Start, m.End})
			}
		}
	}
	return span{}, nil
}

// setCode fills the CAMEO and PLOVER fields of e for code.
func (c *Coder) setCode(e *event.Event, code, mode string) {
	e.CAMEO = event.CAMEO{Code: code, Root: cameo.RootOf(code)}
	e.Goldstein, e.QuadClass = 0, 0
	if cc, ok := cameo.Resolve(code); ok {
		e.CAMEO.Name, e.CAMEO.Root = cc.Name, cc.Root
		e.Goldstein, e.QuadClass = cc.Goldstein, cc.QuadClass
	} else if len(code) >= 2 {
		e.CAMEO.Root = code[:2]
	}
	e.PLOVER = event.PLOVER{}
	if pm, ok := plover.FromCAMEO(code); ok {
		e.PLOVER = event.PLOVER{Type: pm.Type, Mode: pm.Mode}
		if len(pm.Context) > 0 {
			e.PLOVER.Context = append([]string(nil), pm.Context...)
		}
	} else if cc, ok := cameo.Resolve(code); ok {
		if pm, ok := plover.FromCAMEO(cc.Code); ok {
			e.PLOVER = event.PLOVER{Type: pm.Type, Mode: pm.Mode, Context: append([]string(nil), pm.Context...)}
		}
	}
	if mode != "" {
		e.PLOVER.Mode = mode
	}
}

// baseEvent fills everything but the actors.
func (c *Coder) baseEvent(in Input, v *sview, m match, mi modInfo, art event.ArticleRef, issues []string, code, note string) event.Event {
	var e event.Event
	c.setCode(&e, code, m.p.Mode)
	e.Modality = mi.modality
	e.Rule = m.p.ID
	if note != "" {
		e.Rule = m.p.ID
	}
	e.Article = art
	e.Issues = issues
	e.Evidence = event.Evidence{ArticleID: in.Article.ID, SentenceIndex: v.s.Index, Sentence: v.s.Text,
		SentenceSpan: event.Span{Start: v.s.Start, End: v.s.End}}
	e.Evidence.Spans.Verb = v.byteSpan(m.anchor)
	e.Attribution = c.attribution(in, v, m)
	e.Location = v.location(m)
	c.setDate(&e, in, v, m.anchor.start)
	return e
}

// futureCue reports whether a modality cue is a future or conditional
// auxiliary ("will", "would", the future tense), not a question
// ("whether") or an opinion.
func futureCue(cue string) bool {
	switch strings.ToLower(cue) {
	case "will", "would", "shall", "'ll", "'d", "future tense":
		return true
	}
	return false
}

// partiesOnly reports whether every actor is a party or a legislature:
// a politician's "attack on Labour" is words.
func partiesOnly(as []aref) bool {
	for _, a := range as {
		if !hasSector(a.a, "PTY") && !hasSector(a.a, "LEG") {
			return false
		}
	}
	return len(as) > 0
}

// movementCode reports whether a code moves forces out (087x withdrawal,
// 0874 retreat) or in (15x mobilisation, deployment): acts that an
// announcement makes public before they are done.
func movementCode(code string) bool {
	return strings.HasPrefix(code, "087") || cameo.RootOf(code) == "15"
}

// listPairs reads a list of pairs, "between Iran and Israel, Russia and
// Ukraine, and India and Pakistan": the members of sp split at commas into
// groups and at "and" within a group. When every group holds exactly two
// members (and there are at least two groups), it returns for each actor
// code of as the set of groups (a bit mask) it is a member of; otherwise
// nil, and any two actors of the list may pair.
func (v *sview) listPairs(sp span, as []aref) map[string]uint64 {
	if !sp.ok() || len(as) < 3 {
		return nil
	}
	// a member the slot left out because it names no actor ("..., and
	// Turkey and the Kurds") still counts
	for more := true; more; {
		more = false
		j := sp.end
		for j < len(v.lower) && (v.lower[j] == "," || v.lower[j] == "and") {
			j++
		}
		if j == sp.end {
			break
		}
		for _, ch := range v.s.Chunks {
			if ch.Kind == nlp.NP && ch.Start == j {
				sp.end, more = ch.End, true
				break
			}
		}
	}
	// parts: the token where each member starts, and its group
	var partStart, partGroup []int
	group, inPart, sawComma := 0, false, false
	for j := sp.start; j < sp.end && j < len(v.lower); j++ {
		switch w := v.lower[j]; w {
		case ",", ";":
			sawComma = true
			inPart = false
		case "and", "&":
			inPart = false
		default:
			if !inPart {
				if sawComma && len(partStart) > 0 {
					group++
				}
				partStart = append(partStart, j)
				partGroup = append(partGroup, group)
				inPart, sawComma = true, false
			}
		}
	}
	if group < 1 || group >= 64 {
		return nil
	}
	size := make([]int, group+1)
	for _, g := range partGroup {
		size[g]++
	}
	for _, n := range size {
		if n != 2 {
			return nil
		}
	}
	partAt := func(k int) int {
		p := -1
		for i, s := range partStart {
			if s <= k {
				p = i
			}
		}
		return p
	}
	out := map[string]uint64{}
	for _, a := range as {
		if a.m == nil {
			return nil
		}
		p0 := partAt(a.m.Start)
		if p0 < 0 {
			return nil
		}
		if len(a.m.Actors) > 1 {
			// a compound mention: one actor per member it spans
			if partAt(a.m.End-1)-p0+1 != len(a.m.Actors) {
				return nil
			}
			for i, x := range a.m.Actors {
				if x.Code == a.a.Code || strings.HasSuffix(a.a.Code, x.Code) {
					out[a.a.Code] |= 1 << uint(partGroup[p0+i])
				}
			}
		} else {
			out[a.a.Code] |= 1 << uint(partGroup[partAt(a.m.Head)])
		}
		if out[a.a.Code] == 0 {
			return nil
		}
	}
	return out
}

// whereFromPreps open a phrase naming where something is or goes.
var whereFromPreps = map[string]bool{"in": true, "into": true, "from": true, "inside": true, "across": true,
	"at": true, "near": true, "within": true, "throughout": true}

// dropPlacesInPP leaves out of a source the places (a country, or a city
// standing for its government) named only inside a place phrase of the
// source ("US air strikes in Syria", "the withdrawal
// of US troops from Iraq"): the place is where, not who. It does so only
// when another actor of the source remains.
func (v *sview) dropPlacesInPP(sp span, as []aref) []aref {
	if len(as) < 2 || !sp.ok() {
		return as
	}
	var out []aref
	for _, a := range as {
		place := len(a.a.Sectors) == 0 || a.m != nil && a.m.Basis == "metonym"
		if place && a.m != nil && a.m.Start > sp.start && v.afterPlacePrep(a.m.Start) {
			continue
		}
		out = append(out, a)
	}
	if len(out) == 0 {
		return as
	}
	return out
}

// afterPlacePrep reports whether token k follows a place preposition,
// past a determiner.
func (v *sview) afterPlacePrep(k int) bool {
	j := k - 1
	if j >= 0 && (v.lower[j] == "the" || v.lower[j] == "a") {
		j--
	}
	return j >= 0 && whereFromPreps[v.lower[j]]
}

// personNouns name people one may seize, capture or hold.
var personNouns = map[string]bool{"journalist": true, "reporter": true, "correspondent": true, "photographer": true,
	"worker": true, "soldier": true, "hostage": true, "tourist": true, "civilian": true, "man": true, "woman": true,
	"child": true, "citizen": true, "national": true, "sailor": true, "fisherman": true, "crew": true,
	"activist": true, "official": true, "diplomat": true, "people": true, "person": true, "student": true,
	"leader": true, "commander": true, "fighter": true, "militant": true, "officer": true, "policeman": true,
	"contractor": true, "engineer": true, "missionary": true, "priest": true, "businessman": true,
	"volunteer": true, "pilot": true, "resident": true, "villager": true, "girl": true, "boy": true}

// peopleOnly reports whether every actor of as is named by a noun for
// people ("a journalist", "two aid workers").
func (v *sview) peopleOnly(as []aref) bool {
	for _, a := range as {
		if a.m == nil {
			return false
		}
		h := clampTok(v, a.m.Head)
		if a.m.Basis == "modifier" && a.m.End < len(v.lemma) {
			h = a.m.End // "British hostage Cantlie": the hostage
		}
		if !personNouns[v.lemma[h]] && !personNouns[strings.TrimSuffix(v.lower[h], "s")] {
			return false
		}
	}
	return true
}

// asWellAs reports whether the "as" phrase starting at token k is the
// conjunction "as well as", not a role ("served as president").
func (v *sview) asWellAs(k int) bool {
	return k >= 2 && k-2 < len(v.lower) && v.lower[k-2] == "well" || k >= 0 && k < len(v.lower) && v.lower[k] == "well"
}

// clashNouns name fighting between two sides.
var clashNouns = map[string]bool{"clash": true, "fighting": true, "battle": true, "firefight": true,
	"gunbattle": true, "gunfight": true, "skirmish": true, "combat": true}

// clashOpponent returns the other side of the fighting a passive clause
// ci names as where its subject was hurt: "were killed in clashes with X"
// gives X.
func (v *sview) clashOpponent(ci int) (span, []aref) {
	cl := &v.s.Clauses[ci]
	if !cl.Verb.Passive {
		return span{}, nil
	}
	for i := range cl.Preps {
		pa := &cl.Preps[i]
		if pa.Prep != "in" && pa.Prep != "during" || pa.Head < 0 || pa.Head >= len(v.lemma) || !clashNouns[v.lemma[pa.Head]] {
			continue
		}
		for j := pa.Head + 1; j < len(v.lower) && j <= pa.Head+2; j++ {
			if v.lower[j] == "with" {
				if sp := v.slotFwd(j + 1); sp.ok() {
					return sp, v.actorsIn(sp)
				}
			}
		}
	}
	return span{}, nil
}

// adverbialSubordinators open a clause of time, cause, condition or
// concession.
var adverbialSubordinators = map[string]bool{"after": true, "before": true, "when": true, "while": true,
	"since": true, "until": true, "once": true, "because": true, "if": true, "unless": true,
	"although": true, "though": true, "whereas": true, "whenever": true}

// adverbialBetween reports whether an adverbial clause opens between
// tokens from and to: a subordinator followed by a clause's verb before to.
func (v *sview) adverbialBetween(from, to int) bool {
	for j := max(from, 0); j < to && j < len(v.lower); j++ {
		if !adverbialSubordinators[v.lower[j]] {
			continue
		}
		for ci := range v.s.Clauses {
			if vs := v.s.Clauses[ci].Verb.Start; vs > j && vs < to {
				return true
			}
		}
	}
	return false
}

// adverbialClause reports whether clause cj is opened by a subordinator
// of time, cause, condition or concession ("after she was discharged").
func (v *sview) adverbialClause(cj int) bool {
	cl := &v.s.Clauses[cj]
	start := cl.Verb.Start
	if sp := argSpan(cl.Subject); sp.ok() && sp.start < start && sp.end+2 >= start {
		start = sp.start // its own subject, not one shared with the clause above
	}
	return start >= 1 && start-1 < len(v.lower) && adverbialSubordinators[v.lower[start-1]]
}

// speakerPronoun reports whether sp is a first or second person pronoun
// ("I have been resisting Isis ... and cannot give up"): it never stands
// for a third party named before it in the sentence.
func (v *sview) speakerPronoun(sp span) bool {
	if !sp.ok() || sp.end-sp.start != 1 || sp.start >= len(v.lower) {
		return false
	}
	switch v.lower[sp.start] {
	case "i", "we", "you":
		return true
	}
	return false
}
