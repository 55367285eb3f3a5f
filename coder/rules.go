package coder

import (
	"slices"
	"strings"

	"github.com/heraldevents/herald/actor"
	"github.com/heraldevents/herald/cameo"
	"github.com/heraldevents/herald/event"
	"github.com/heraldevents/herald/nlp"
)

// This file holds clause-level rules that are not tied to one verb: the
// speaker of a "must" complement as the demander, the generic demand of
// such a complement, refusals (negated cooperation coded as 12x), and the
// subject shared by an adjunct clause with the clause before it.

// demandModal reports whether clause ci's own verb group holds a modal of
// obligation: "Sudan must return the helicopter", "Iran should stop".
func (v *sview) demandModal(ci int) bool {
	if ci < 0 || ci >= len(v.s.Clauses) {
		return false
	}
	vg := v.s.Clauses[ci].Verb
	switch strings.ToLower(vg.Modal) {
	case "must", "should", "ought":
	default:
		return false
	}
	// "should have acted sooner" reproaches a past act; it asks for none
	for k := max(vg.Start, 0); k+1 < vg.End && k+1 < len(v.lower); k++ {
		if v.lower[k] == "have" && v.s.Tokens[k+1].Tag == "VBN" {
			return false
		}
	}
	return true
}

// speakerAbove returns the one who states clause ci: the speaker of the
// quotation holding token k, else the subject of the nearest clause above
// ci (a reporting or cognition verb: "Russia said that Sudan must ...",
// "the forum concluded that ...") that names an actor. An agency speaker
// ("Reuters reported that ...") is nobody's demand: nothing is returned.
func (v *sview) speakerAbove(ci, k int) (span, []aref) {
	if sp, as := v.quoteSpeaker(k); len(as) > 0 {
		return sp, as
	}
	for p, n := v.parentOf(ci), 0; p >= 0 && p < len(v.s.Clauses) && n < 8; n++ {
		sp := argSpan(v.s.Clauses[p].Subject)
		if v.agencyIn(sp) != nil {
			return span{}, nil
		}
		if as := v.actorsIn(sp); len(as) > 0 {
			return sp, as
		}
		p = v.parentOf(p)
	}
	return span{}, nil
}

// mustComplement reports whether clause ci, which matched no pattern, is a
// stated obligation of another actor: a finite, active, affirmative clause
// with a must/should modal, an actor subject that is not a pronoun, under
// a speaker who is a different actor ("Russia said Sudan must return the
// helicopter"). Such a clause is a demand (CAMEO 100) from the speaker to
// the subject whatever its verb.
func (c *Coder) mustComplement(v *sview, ci int) bool {
	cl := &v.s.Clauses[ci]
	if !v.demandModal(ci) || cl.Verb.Negated || cl.Verb.Passive || v.isIrrealis(ci) {
		return false
	}
	h := cl.Verb.Head
	if h < 0 || h >= len(v.lemma) || !strings.HasPrefix(v.s.Tokens[h].Tag, "VB") {
		return false
	}
	if statives[v.lemma[h]] {
		return false // states, thoughts and reports are not actions asked of anyone
	}
	sp := argSpan(cl.Subject)
	// the subject up to its first preposition: "the war against IS, and
	// the UN should ..." asks nothing of IS
	for k := sp.start; k < sp.end && k < len(v.s.Tokens); k++ {
		if v.s.Tokens[k].Tag == "IN" && v.lower[k] != "of" && k > sp.start {
			sp.end = k
			break
		}
	}
	if !sp.ok() || (sp.end-sp.start == 1 && subjectPronouns[v.lower[sp.start]]) || v.agencyIn(sp) != nil {
		return false
	}
	subj := v.actorsIn(sp)
	if len(subj) == 0 {
		return false
	}
	_, spk := v.speakerAbove(ci, h)
	if len(spk) == 0 || sameActors(spk, subj) {
		return false
	}
	// "Mr Blair said Britain must lead": a speaker exhorting his own
	// country is not a demand on another actor
	for _, s := range spk {
		for _, o := range subj {
			if s.a.Country != "" && s.a.Country == o.a.Country && o.a.Code == o.a.Country {
				return false
			}
		}
	}
	return true
}

// statives are verbs whose "must"/"should" is an opinion about a state,
// not an action asked of the subject ("the minister should know").
var statives = map[string]bool{
	"be": true, "have": true, "do": true, "get": true, "say": true, "tell": true, "know": true, "think": true,
	"believe": true, "realise": true, "realize": true, "understand": true, "remember": true, "feel": true,
	"seem": true, "appear": true, "look": true, "hope": true, "wish": true, "want": true, "need": true,
	"expect": true, "worry": true, "fear": true, "mind": true, "care": true, "face": true, "remain": true,
	"become": true, "wonder": true, "ask": true, "come": true, "go": true, "win": true, "lose": true,
}

// complementNouns take an infinitive of their own ("the power to bar",
// "no opportunity to vilify", "a responsibility to assist"): the
// infinitive after them is not the purpose of the clause before.
var complementNouns = map[string]bool{
	"power": true, "right": true, "authority": true, "time": true, "way": true, "mandate": true,
	"opportunity": true, "chance": true, "ability": true, "capacity": true, "responsibility": true,
	"duty": true, "obligation": true, "decision": true, "plan": true, "bid": true, "effort": true,
	"attempt": true, "move": true, "call": true, "order": true, "permission": true, "licence": true,
	"license": true, "freedom": true, "need": true, "reason": true, "option": true, "means": true,
	"tool": true, "money": true, "fund": true, "funding": true, "resource": true, "law": true, "bill": true,
	"proposal": true, "scheme": true, "measure": true, "powers": true, "rights": true, "one": true, "first": true,
}

// mustPattern is the pattern recorded on events from mustComplement.
var mustPattern = &Pattern{ID: "100.must-complement", Code: "100", Origin: "coder/rules.go",
	Text: "SPEAKER says|concludes ACTOR must|should VERB"}

// rejectCodes maps a cooperative action to CAMEO's code for refusing it
// ("will not accept refugees" 073 -> 1223; "refused to meet" 04x -> 125).
var rejectCodes = map[string]string{
	"04": "125", "040": "125", "041": "125", "042": "125", "043": "125", "044": "125", "045": "126", "046": "125",
	"05": "120", "050": "120", "051": "120", "052": "120", "053": "120", "054": "120", "055": "120", "056": "120", "057": "127",
	"06": "121", "060": "121", "061": "1211", "062": "1212", "063": "1213", "064": "1214",
	"07": "122", "070": "122", "071": "1221", "072": "1222", "073": "1223", "074": "1224", "075": "122",
	"08": "124", "080": "124", "081": "1241", "082": "1242", "083": "123", "0831": "1231", "0832": "1232", "0833": "1233", "0834": "1234",
	"084": "1243", "085": "1244", "086": "1245", "087": "1246",
}

// refusalCue reports whether a negation is a refusal by the actor rather
// than a report that something did not happen: an explicit refusal verb
// ("refused to", "declined to", "failed to reach"), or a negated
// will/would/shall/can ("Syria will not accept refugees", "we cannot
// accept"). A plain negated past ("did not meet") is not, nor the purpose
// of a negated act ("would not risk lives to rescue them").
//
// The refuser must be the source, named as the subject of the negated
// clause (or of the refusing verb), and, under a report, be the speaker
// ("Syria says it will not accept"): "we say the Americans will not
// protect you" is a prediction, not the Americans' refusal. A relative
// clause ("a speech which will not help him") describes, it does not
// refuse.
func (v *sview) refusalCue(ci int, mi modInfo, src span, srcs []aref, hasTarget bool) bool {
	if mi.modality != event.Negated || ci < 0 || ci >= len(v.s.Clauses) || len(srcs) == 0 || v.isRelative(ci) {
		return false
	}
	if slices.Contains(v.s.Clauses[ci].Verb.Markers, "in order to") {
		// "would not risk lives to rescue the hostages": the purpose of
		// an act not done is not itself refused
		return false
	}
	subj := argSpan(v.s.Clauses[ci].Subject)
	if g := mi.governor; g >= 0 && g < len(v.s.Clauses) && g != ci && !overlaps(src, subj) {
		subj = argSpan(v.s.Clauses[g].Subject)
	}
	pronoun := subj.end-subj.start == 1 && subjectPronouns[v.lower[subj.start]]
	if !overlaps(src, subj) && !pronoun {
		return false
	}
	if cl := &v.s.Clauses[ci]; overlaps(src, argSpan(cl.Object)) || !overlaps(src, subj) && v.inPreps(ci, src) {
		// "she refused an offer of assistance from the embassy": the
		// source named inside what is refused is not the refuser
		return false
	}
	if v.underReporting(ci) && !pronoun {
		if _, spk := v.speakerAbove(ci, v.s.Clauses[ci].Verb.Head); len(spk) > 0 && !sameActors(spk, srcs) {
			return false
		}
	}
	switch mi.cue {
	case "refuse", "decline":
		return true
	case "fail":
		// "failed to reach agreement with X"; "failed to meet the
		// targets" is no refusal of anyone
		return hasTarget
	case "negation":
		if ci < 0 || ci >= len(v.s.Clauses) || mi.governor != ci {
			// "did not feel the government would change its stance": the
			// belief is negated, nobody refuses
			return false
		}
		if v.promisedNot(ci) {
			// "vowed never to negotiate with Hamas", "gave assurances
			// that it would not accept": a commitment not to act
			return true
		}
		switch strings.ToLower(v.s.Clauses[ci].Verb.Modal) {
		case "will", "would", "shall", "can", "wo", "ca":
			return !hasCondition(v.s.Clauses[ci].Verb.Markers)
		}
	}
	return false
}

// refusalCode returns the 12x code for refusing the cooperative action
// code, or "" when code is not cooperative (roots 04-08).
func refusalCode(code string) string {
	switch cameo.RootOf(code) {
	case "04", "05", "06", "07", "08":
		if rc, ok := lookupMap(rejectCodes, code); ok {
			return rc
		}
	}
	return ""
}

// sharedSubject returns the subject of an adjunct clause that has none: a
// to-infinitive or -ing clause takes the subject of the nearest clause
// before it that is not a report ("Egyptian police opened fire to
// disperse demonstrators", "... fired on the crowd, killing two").
func (c *Coder) sharedSubject(v *sview, ci int) (span, []aref) {
	cl := &v.s.Clauses[ci]
	if cl.Subject != nil {
		return span{}, nil
	}
	h := cl.Verb.Head
	if h < 0 || h >= len(v.s.Tokens) {
		return span{}, nil
	}
	// only a clause the language layer left unattached or hung on a
	// report: one attached to a verb or noun has its controller there
	if p := cl.Parent; p >= 0 && p < len(v.s.Clauses) && !v.s.Clauses[p].Reporting {
		return span{}, nil
	}
	st := cl.Verb.Start
	if st <= 0 || st >= len(v.lower) {
		return span{}, nil
	}
	gerund := v.s.Tokens[h].Tag == "VBG" && v.lower[st-1] == ","
	infinitive := v.lower[st] == "to" || v.lower[st-1] == "to"
	if !gerund && !infinitive {
		return span{}, nil
	}
	best := -1
	for cj := range v.s.Clauses {
		pc := &v.s.Clauses[cj]
		if cj == ci || pc.Reporting || pc.Verb.Head >= cl.Verb.Start || v.isRelative(cj) {
			continue
		}
		if best < 0 || pc.Verb.Head > v.s.Clauses[best].Verb.Head {
			best = cj
		}
	}
	if best < 0 || v.s.Clauses[best].Verb.Passive || v.s.Clauses[best].Verb.Negated {
		return span{}, nil
	}
	if infinitive {
		// a purpose infinitive follows its clause's verb or object
		// ("opened fire to disperse"), not a noun of its own ("a
		// committee to rewrite", "the power to bar")
		to := st
		if v.lower[st] != "to" {
			to = st - 1
		}
		pc := &v.s.Clauses[best]
		if to != pc.Verb.End && (pc.Object == nil || to != pc.Object.End) {
			return span{}, nil
		}
		if to > 0 && complementNouns[v.lemma[to-1]] {
			return span{}, nil
		}
		if ws := v.wordsBefore(to, 1); len(ws) > 0 {
			if m, _ := c.cues.lookupWords(ws); m != "" {
				return span{}, nil // "plans to", "the decision to": a cue, not a purpose
			}
		}
	}
	// only across a comma or nothing: not across another sentence-like unit
	for k := v.s.Clauses[best].Verb.End; k < cl.Verb.Start && k < len(v.lower); k++ {
		switch v.lower[k] {
		case ";", ":", "but", "while", "whereas", "although", "because", "after", "before", "when", "as":
			return span{}, nil
		}
	}
	sp := argSpan(v.s.Clauses[best].Subject)
	if !sp.ok() || v.agencyIn(sp) != nil {
		return span{}, nil
	}
	return sp, v.actorsIn(sp)
}

// ultimatum reports whether an announced action is made conditional on
// another's act with "unless": "Nigeria will withdraw its force unless the
// president arranges a ceasefire", "the party will boycott the elections
// unless ...". CAMEO codes such an announcement as a threat.
func (v *sview) ultimatum(ci, k int, mi modInfo) bool {
	if (mi.modality != event.Intended && mi.modality != event.Planned) || ci < 0 || ci >= len(v.s.Clauses) {
		return false
	}
	vg := v.s.Clauses[ci].Verb
	switch strings.ToLower(vg.Modal) {
	case "will", "would", "shall":
	default:
		if vg.Tense != nlp.Future {
			return false
		}
	}
	for j := k + 1; j < len(v.lower); j++ {
		switch v.lower[j] {
		case ";", ":":
			return false
		case "unless":
			return true
		}
	}
	return false
}

// attackNouns name a weapon or an attack, never an actor: the subject of
// "a roadside bomb killed two soldiers" or the means in "were killed in a
// suicide bombing".
var attackNouns = map[string]bool{
	"explosion": true, "blast": true, "bomb": true, "bombing": true, "attack": true, "airstrike": true,
	"strike": true, "raid": true, "shelling": true, "shell": true, "rocket": true, "missile": true,
	"mortar": true, "mine": true, "landmine": true, "grenade": true, "ambush": true, "gunfire": true,
	"shooting": true, "crossfire": true, "clash": true, "fighting": true, "drone": true, "explosive": true,
	"device": true, "ied": true, "bombardment": true, "barrage": true, "onslaught": true, "assault": true,
}

// unknownAgent reports whether a use of force (roots 18-20) has an agent
// that is only its instrument: the clause's subject is an attack or weapon
// noun ("a minefield explosion killed two youths"), or a passive with no
// "by" agent names the attack ("were killed in a suicide car bombing").
// Such an event is coded with no source, the victims as target.
func (v *sview) unknownAgent(ci int, code string) bool {
	if r := cameo.RootOf(code); r != "18" && r != "19" && r != "20" || ci < 0 || ci >= len(v.s.Clauses) {
		return false
	}
	cl := &v.s.Clauses[ci]
	head := func(a *nlp.Arg) bool {
		return a != nil && a.Head >= 0 && a.Head < len(v.lemma) && attackNouns[v.lemma[a.Head]]
	}
	if !cl.Verb.Passive {
		return head(cl.Subject)
	}
	if cl.Subject != nil && !head(cl.Subject) {
		return false // a named agent that is no actor: say nothing
	}
	for i := range cl.Preps {
		if p := &cl.Preps[i]; (p.Prep == "in" || p.Prep == "by" || p.Prep == "during") && head(p) {
			return true
		}
	}
	return head(cl.Subject)
}

// ownSubjectOrOrigin reports why a compound target with no source does
// not act on itself: the verb's clause has a subject of its own that
// names no actor ("FAI officials met representatives from Switzerland,
// France and Cyprus": the officials met them, not they each other), or a
// nominal's list says where its members come from ("a meeting with
// delegates from France and Cyprus").
func (v *sview) ownSubjectOrOrigin(ci int, noun bool, tgts []aref) bool {
	if !noun {
		if ci >= 0 && ci < len(v.s.Clauses) {
			cl := &v.s.Clauses[ci]
			sp := argSpan(cl.Subject)
			return sp.ok() && !cl.Verb.Passive && sp.start < cl.Verb.Start
		}
		return false
	}
	for _, t := range tgts {
		if m := t.m; m != nil {
			for k := m.Start; k < m.End && k < len(v.lower); k++ {
				if v.lower[k] == "from" {
					return true
				}
			}
			if k := m.Start - 1; k >= 0 && k < len(v.lower) && v.lower[k] == "from" {
				return true
			}
		}
	}
	return false
}

// oneSided reports codes whose act, said with a verb, needs no
// counterpart named: threats of force (138x: "Iran threatened military
// action") and vows to fight on (1246: "the rebels vowed to fight on"),
// whoever the enemy is.
func oneSided(code string) bool {
	return strings.HasPrefix(code, "138") || code == "1246"
}

// ruledOut reports a rejection (root 12) stated with "be" about a thing
// ("a second referendum is out of the question", "talks with the Taliban
// are off the table"): its subject is what is rejected, the one who
// rejects is the speaker.
func (v *sview) ruledOut(ci int, code string) bool {
	if cameo.RootOf(code) != "12" || ci < 0 || ci >= len(v.s.Clauses) {
		return false
	}
	cl := &v.s.Clauses[ci]
	if lem := v.lemma[clampTok(v, cl.Verb.Head)]; cl.Verb.Passive || cl.Subject == nil || lem != "be" && lem != "remain" {
		return false
	}
	// the subject's head names a thing, not an actor ("the Taliban are
	// out of the question" is no ruling by a speaker)
	h := cl.Subject.Head
	if h < 0 || h >= len(v.s.Tokens) || !strings.HasPrefix(v.s.Tokens[h].Tag, "NN") || strings.HasPrefix(v.s.Tokens[h].Tag, "NNP") {
		return false
	}
	for _, m := range v.mentions {
		if m.Start <= h && h < m.End {
			return false
		}
	}
	return true
}

// placeAuthority returns the agent of an agentless passive arrest or
// expulsion (173, 174: arrested, detained, jailed, charged, deported) done
// in a country named as such, in the first phrase after the verb: "a British man was arrested in Lebanon" is the Lebanese police
// acting (LBNCOP), as CAMEO coders read it. A city ("detained in Tehran")
// or a region names no authority; nor does a country that only modifies
// another noun ("in a Turkish prison").
func (v *sview) placeAuthority(ci int, noun bool, code string) (span, []aref) {
	if noun || !strings.HasPrefix(code, "173") && !strings.HasPrefix(code, "174") || ci < 0 || ci >= len(v.s.Clauses) {
		return span{}, nil
	}
	cl := &v.s.Clauses[ci]
	if !cl.Verb.Passive || cl.Subject != nil {
		return span{}, nil
	}
	// the first phrase after the verb, past phrases of time: "detained
	// during the group's reign in Syria" names who held them
	for i := range cl.Preps {
		a := &cl.Preps[i]
		if v.timeArg(a) {
			continue
		}
		if a.Prep != "in" && a.Prep != "inside" {
			break
		}
		for _, m := range v.mentions {
			if m.Start < a.Start || m.End > a.End || m.Agency || m.Basis != "dictionary" || len(m.Actors) != 1 {
				continue
			}
			ac := m.Actors[0]
			if ac.Country == "" || ac.Code != ac.Country || len(ac.Sectors) > 0 || m.End != a.End {
				continue // not a country named as the place ("in the Turkish capital")
			}
			police := actor.Actor{Code: ac.Country + "COP", Country: ac.Country, Sectors: []string{"COP"}}
			return span{m.Start, m.End}, []aref{{police, m}}
		}
		break
	}
	return span{}, nil
}

// timeArg reports a prepositional argument that is a phrase of time
// ("on Monday", "in 2015", "last week").
func (v *sview) timeArg(a *nlp.Arg) bool {
	for _, t := range v.s.Times {
		if t.Start <= a.Start+1 && t.End >= a.End && t.Start < a.End {
			return true
		}
	}
	return false
}

// auxSubject returns the subject of a bare auxiliary the language layer
// split from clause ci by adverbs ("Bangladesh has once again outright
// rejected"): a clause whose verb is only have/be/do/will/would with no
// object, ending right before ci's verb group with only adverbs between.
func (v *sview) auxSubject(ci int) span {
	cl := &v.s.Clauses[ci]
	if cl.Subject != nil {
		return span{}
	}
	for cj := range v.s.Clauses {
		a := &v.s.Clauses[cj]
		if cj == ci || a.Subject == nil || a.Object != nil || len(a.Preps) > 0 || a.Verb.End > cl.Verb.Start || cl.Verb.Start-a.Verb.End > 4 {
			continue
		}
		switch v.lemma[clampTok(v, a.Verb.Head)] {
		case "have", "be", "do", "will", "would", "shall", "can", "could", "may", "might", "must", "should":
		default:
			continue
		}
		ok := true
		for k := a.Verb.End; k < cl.Verb.Start; k++ {
			if t := v.s.Tokens[k].Tag; !strings.HasPrefix(t, "RB") && t != "JJ" {
				ok = false
				break
			}
		}
		if ok {
			return argSpan(a.Subject)
		}
	}
	return span{}
}

// unaskedObligation reports whether a demand cued by clause ci's own
// must/should has nobody to make it or nobody to ask: no speaker names an
// actor ("The government should consider a framework" in a report), or
// the one obliged is no actor ("Nobody should doubt that ..."). Such a
// clause is an opinion, not an event. So is the that-clause of a demand
// noun whose maker no clause names (see demandNounHost).
func (v *sview) unaskedObligation(ci, k int) bool {
	if ok, host := v.demandNounHost(ci); ok {
		// "the opposition's demand that Assad step aside": a demand whose
		// maker no clause names is nobody's act (rather than the
		// one asked to act demanding it)
		return host < 0 || len(v.actorsIn(argSpan(v.s.Clauses[host].Subject))) == 0
	}
	if !v.demandModal(ci) {
		return false
	}
	if _, spk := v.speakerAbove(ci, k); len(spk) == 0 {
		return true
	}
	sp := argSpan(v.s.Clauses[ci].Subject)
	if !sp.ok() {
		return false
	}
	if sp.end-sp.start == 1 && subjectPronouns[v.lower[sp.start]] {
		return false
	}
	return len(v.actorsIn(sp)) == 0
}

// placeActors turns a capital named as a place into its country: "a
// curfew in Algiers" is imposed on the city, not on the government the
// name stands for elsewhere ("Algiers said"). Only mentions resolved as a
// metonym right after in, at, across or throughout change (at the start
// of the phrase or inside it: "civilians in Kabul").
func (v *sview) placeActors(sp span, as []aref) []aref {
	if !sp.ok() {
		return as
	}
	as = v.dropRelationPossessors(as)
	if sp.start == 0 || !placePrepBefore(v.lower[sp.start-1]) {
		// "dozens of civilians in Kabul were killed": a capital after
		// "in" inside the phrase is a place too
		inner := false
		for _, a := range as {
			if a.m != nil && a.m.Start > sp.start && placePrepBefore(v.lower[a.m.Start-1]) {
				inner = true
				break
			}
		}
		if !inner {
			return as
		}
	}
	// "dozens of civilians in Kabul": the place after an actor of the
	// phrase is where, not another party
	first := -1
	for _, a := range as {
		if a.m != nil && (first < 0 || a.m.Start < first) {
			first = a.m.Start
		}
	}
	var kept []aref
	for _, a := range as {
		if a.m != nil && a.m.Start > first && a.m.Start > sp.start && placePrepBefore(v.lower[a.m.Start-1]) &&
			(a.m.Basis == "metonym" || a.a.Code == a.a.Country) {
			continue // a town or country, not an organisation ("at the UN")
		}
		kept = append(kept, a)
	}
	if len(kept) > 0 && len(kept) < len(as) {
		as = kept
	}
	out := as
	for i, a := range as {
		if a.m == nil || a.m.Basis != "metonym" || a.a.Country == "" || a.a.Code == a.a.Country {
			continue
		}
		if a.m.Start != sp.start && a.m.Start > 0 && !placePrepBefore(v.lower[a.m.Start-1]) {
			continue
		}
		if &out[0] == &as[0] {
			out = append([]aref(nil), as...)
		}
		out[i].a.Code, out[i].a.Sectors = a.a.Country, nil
	}
	return out
}

// descriptive reports whether clause ci is a participle that modifies the
// noun before it inside another clause's argument ("Syrian rebels *backed*
// by Ankara attacked", "forces *backing* Assad"): a standing relation that
// describes the noun, not an event of the sentence. A headline's own
// participle ("Three soldiers killed in Kabul blast") is inside no other
// clause and stays an event.
func (v *sview) descriptive(ci int) bool {
	cl := &v.s.Clauses[ci]
	h := cl.Verb.Head
	if h <= 0 || h >= len(v.s.Tokens) || cl.Verb.Start != h || cl.Verb.End != h+1 {
		return false
	}
	tag := v.s.Tokens[h].Tag
	if tag != "VBG" && tag != "VBN" {
		return false
	}
	if v.lower[h-1] == "," && tag == "VBN" && relationVerbs[v.lemma[h]] && h+1 < len(v.lower) && v.lower[h+1] == "by" {
		return true // "Kurdish militias hold sway, supported by 2,000 US troops"
	}
	if !strings.HasPrefix(v.s.Tokens[h-1].Tag, "NN") {
		return false
	}
	// a participle describes only for verbs of a standing relation
	// ("backed by", "led by", "forces backing Assad"); "a man arrested on
	// Monday" was arrested, "fighters besieging the town" besiege it
	if !relationVerbs[v.lemma[h]] {
		return false
	}
	for cj := range v.s.Clauses {
		if cj == ci {
			continue
		}
		// inside another clause's argument, or followed by the sentence's
		// own finite verb (the language layer may have given that verb the
		// by-phrase as subject: "rebels backed by Ankara attacked")
		if v.argContains(cj, h) || v.s.Clauses[cj].Verb.Head > h && !v.s.Clauses[cj].Reporting && nlp.FiniteTag(v.s.Tokens[clampTok(v, v.s.Clauses[cj].Verb.Start)].Tag) {
			return true
		}
	}
	return false
}

// relationVerbs describe a standing relation when used as a participle
// after a noun ("rebels backed by Turkey", "a coalition led by the US").
var relationVerbs = map[string]bool{"back": true, "support": true, "sponsor": true, "fund": true, "finance": true,
	"arm": true, "ally": true, "align": true, "link": true, "lead": true, "control": true, "dominate": true,
	"own": true, "run": true, "command": true, "oppose": true, "favour": true, "favor": true, "affiliate": true,
	"base": true, "loyal": true, "train": true, "equip": true, "protect": true, "host": true, "recognise": true,
	"recognize": true, "supply": true, "aid": true, "assist": true, "help": true, "bankroll": true, "endorse": true}

// armedSectors are sectors that can fight; an exchange between actors
// with none of them is a verbal clash.
var armedSectors = map[string]bool{"MIL": true, "REB": true, "INS": true, "UAF": true, "COP": true, "SPY": true, "CRM": true}

// politicalSectors are the sectors of people who clash in words: a
// government, a legislature, a party, a court, an opposition, an elite.
var politicalSectors = map[string]bool{"GOV": true, "LEG": true, "PTY": true, "JUD": true, "OPP": true, "ELI": true, "IGO": true}

// politicalOnly reports whether every actor is a named political actor
// (a political sector, none armed), not a bare country that may field an
// army, nor civilians or fighters ("British nationals fighting with
// Islamic State").
func politicalOnly(as []aref) bool {
	if len(as) == 0 {
		return false
	}
	for _, a := range as {
		if len(a.a.Sectors) == 0 || a.a.Code == a.a.Country {
			return false
		}
		political := false
		for _, s := range a.a.Sectors {
			if armedSectors[s] {
				return false
			}
			political = political || politicalSectors[s]
		}
		if !political {
			return false
		}
	}
	return true
}

// verbalClashes are the fighting words a politician also uses for a row
// (110) or for criticism (111: "Kennedy attacked Mr Brown for failing
// to ..."), with the code they then stand for.
var verbalClashes = map[string]string{"clash": "110", "spar": "110", "skirmish": "110",
	"attack": "111", "assail": "111", "savage": "111", "ambush": "111", "target": "111", "hit": "111",
	"bombard": "111", "blast": "111", "torpedo": "111"}

// privateSectors are actors whose travel is not a state visit.
var privateSectors = map[string]bool{"CVL": true, "REF": true, "CRM": true, "MED": true, "EDU": true, "BUS": true,
	"LAB": true, "MIL": true, "REB": true, "INS": true, "UAF": true, "HLH": true, "AGR": true}

// privateVisit reports whether a visit (042) is made, or a host (043)
// receives, someone who travels on no state's business: civilians,
// fighters, troops, journalists ("she arrived at the camp", "4,000
// Russian citizens travelled to Syria", "troops arrived in Bosnia").
//
// A rebel or insurgent delegation on a declared visit ("the SDF's leader
// toured Washington") is political; only arriving, flying and travelling
// by such actors is not.
func privateVisit(code, rule string, srcs, tgts []aref) bool {
	var who []aref
	switch code {
	case "042":
		who = srcs
	case "043":
		who = tgts
	default:
		return false
	}
	travel := travelRule(rule)
	for _, a := range who {
		for _, s := range a.a.Sectors {
			if privateSectors[s] && (travel || (s != "REB" && s != "INS" && s != "UAF")) {
				return true
			}
		}
	}
	return false
}

// ownForces reports whether the targets are only the armed forces of a
// source's own country in an action that moves or threatens with them
// (root 15, withdrawal 087 and the intent to withdraw 0356, and threats to do so): "threatened to send Turkish forces to
// retake the town", "we're going to be removing our troops". The forces
// are the instrument, not the one acted on.
//
// code is the pattern's own code (before any recoding to a threat or an
// intent), and the forces must be the clause's object: "surrendered to
// Syrian forces" names the other side.
func (v *sview) ownForces(ci int, code string, srcs, tgts []aref, tgtSpan span) bool {
	if r := cameo.RootOf(code); r != "13" && r != "15" && !strings.HasPrefix(code, "087") && !strings.HasPrefix(code, "0356") {
		return false
	}
	if len(tgts) == 0 || len(srcs) == 0 || ci < 0 || ci >= len(v.s.Clauses) {
		return false
	}
	object := overlaps(tgtSpan, argSpan(v.s.Clauses[ci].Object))
	for cj := 0; !object && cj < len(v.s.Clauses); cj++ {
		// "threatened to send Turkish troops": the object of the threat
		object = v.isChild(cj, ci) && overlaps(tgtSpan, argSpan(v.s.Clauses[cj].Object))
	}
	if !object {
		return false
	}
	for _, t := range tgts {
		armed, own := false, false
		for _, s := range t.a.Sectors {
			armed = armed || armedSectors[s]
		}
		for _, s := range srcs {
			own = own || (s.a.Country != "" && s.a.Country == t.a.Country)
		}
		if !armed || !own {
			return false
		}
	}
	return true
}

// attackModifier reports whether m is a nationality or country modifying
// an attack or weapon noun ("Russian airstrikes", "a US drone strike").
func (v *sview) attackModifier(m *actor.Mention) bool {
	if m.Basis != "modifier" {
		return false
	}
	for k := m.End; k < len(v.lemma) && k <= m.End+2; k++ {
		if attackNouns[v.lemma[k]] || v.lower[k] != v.lemma[k] && attackNouns[v.lower[k]] {
			return true
		}
		if !strings.HasPrefix(v.s.Tokens[k].Tag, "NN") && !strings.HasPrefix(v.s.Tokens[k].Tag, "JJ") {
			return false
		}
	}
	return false
}

// attackAgent returns the modifier naming the attacker in the attack
// phrase of clause ci ("killed in *Russian* airstrikes"), if any.
func (v *sview) attackAgent(ci int) (span, []aref) {
	cl := &v.s.Clauses[ci]
	args := []*nlp.Arg{cl.Subject}
	for i := range cl.Preps {
		args = append(args, &cl.Preps[i])
	}
	for _, a := range args {
		if a == nil {
			continue
		}
		for _, m := range v.mentions {
			if m.Start >= a.Start && m.End <= a.End && v.attackModifier(m) {
				sp := span{m.Start, m.End}
				return sp, v.actorsIn(sp)
			}
		}
	}
	return span{}, nil
}

// statePassives are participles that name the state of their surface
// subject, not an act done to it: "engaged in talks", "involved in the
// fighting", "embroiled in a war", "locked in negotiations".
var statePassives = map[string]bool{"engage": true, "involve": true, "embroil": true, "lock": true, "mire": true, "bog": true}

// dropModifiers leaves out actors found only as a modifier of another
// noun ("an Indian proposal").
func dropModifiers(as []aref) []aref {
	out := as[:0:0]
	for _, a := range as {
		if a.m != nil && a.m.Basis == "modifier" {
			continue
		}
		out = append(out, a)
	}
	return out
}

// requiredTarget reports whether the pattern has a target slot that is
// not optional.
func (p *Pattern) requiredTarget() bool {
	for _, e := range p.elems {
		if e.kind == elTarget && !e.optional {
			return true
		}
	}
	return false
}

// nounModifier reports whether the noun at k modifies the noun after it
// inside one noun phrase ("war crimes", "de-escalation zones", "attack
// helicopters", "invasion force"): it names a kind of thing, not an event.
func (v *sview) nounModifier(k int) bool {
	if k+1 >= len(v.s.Tokens) || !strings.HasPrefix(v.s.Tokens[k+1].Tag, "NN") {
		return false
	}
	ch, ok := v.npAt(k)
	return ok && k+1 < ch.End && ch.Head > k
}

// phraseAnchor reports whether a noun pattern anchored at k names a
// phrase longer than the word ("hunger strike", "air strike"), which is
// then the event noun even though its first word modifies the next.
func (c *Coder) phraseAnchor(v *sview, k int) bool {
	for i, idx := range [2]string{v.lemma[k], v.lower[k]} {
		if i == 1 && idx == v.lemma[k] {
			break // the surface form is the lemma: its patterns were tried
		}
		for _, p := range c.dict.nouns[idx] {
			if end := v.anchorAt(p.elems[p.anchor], k, v.lemma[k]); end >= k+2 {
				return true
			}
		}
	}
	return false
}

// statedFact reports whether a demand verb's complement clause only
// states a fact ("insisted that Turkey *has* the right to ...", "demanded
// that it *is* recognised" is not this: a passive asks for an act): the
// complement of clause ci whose subject is in tgt has a be/have verb, no
// obligation modal and is not passive. "Insist" then asserts; it asks for
// nothing.
func (v *sview) statedFact(ci int, tgt span) bool {
	for cj := range v.s.Clauses {
		cl := &v.s.Clauses[cj]
		if !v.isChild(cj, ci) || !overlaps(argSpan(cl.Subject), tgt) || cl.Verb.Passive || v.demandModal(cj) {
			continue
		}
		switch v.lemma[clampTok(v, cl.Verb.Head)] {
		case "be", "have":
			return strings.ToLower(cl.Verb.Modal) == "" && !v.isIrrealis(cj)
		}
	}
	return false
}

// nounComplement reports whether the nominal at k is the object of a
// preposition that itself follows a noun ("the inquiry into the Brixton
// riots", "claims about the attack"): it belongs to that noun, and the
// subject of the clause is not its agent.
func (v *sview) nounComplement(k int) bool {
	ch, ok := v.npAt(k)
	if !ok {
		return false
	}
	st := ch.Start
	if st < 2 || v.s.Tokens[st-1].Tag != "IN" {
		return false
	}
	switch v.lower[st-1] {
	case "into", "about", "of", "over", "regarding", "concerning":
		// the prepositions that tie a noun to its topic; "during a
		// meeting with" or "through a conversation with" place the
		// clause's own act
	default:
		return false
	}
	return strings.HasPrefix(v.s.Tokens[st-2].Tag, "NN")
}

// reactionVerbs take as object an act of someone other than their
// subject: "respond to the chemical attacks", "condemned the killing",
// "investigate the bombing". A nominal they govern does not take their
// subject as its agent.
var reactionVerbs = map[string]bool{
	"respond": true, "react": true, "reply": true, "retaliate": true, "condemn": true, "denounce": true,
	"deplore": true, "decry": true, "criticise": true, "criticize": true, "protest": true, "investigate": true,
	"probe": true, "mourn": true, "commemorate": true, "mark": true, "blame": true, "accuse": true,
	"deny": true, "fear": true, "warn": true, "report": true, "document": true, "witness": true,
	"survive": true, "escape": true, "flee": true, "avert": true, "prevent": true, "avoid": true,
	"investigate_into": true, "question": true, "doubt": true, "dispute": true, "confirm": true,
	"answer": true, "rebut": true, "refute": true, "reject": true, "dismiss": true, "counter": true,
	// verbs of undergoing or causing another's act: "faced criticism",
	// "drew condemnation", "has led to criticism of", "sparked protests"
	"face": true, "draw": true, "attract": true, "receive": true, "suffer": true, "endure": true, "win": true,
	"earn": true, "spark": true, "trigger": true, "provoke": true, "prompt": true, "cause": true,
	"fuel": true, "invite": true, "incur": true,
}

// antecedent returns the phrase a relative clause ci describes: the
// phrase ending right before its relative pronoun, or before the comma
// in front of it ("Bashar al-Assad, who is backed by ...").
func (v *sview) antecedent(ci int) span {
	k := v.s.Clauses[ci].Verb.Start - 2
	if k >= 0 && v.lower[k] == "," {
		k--
	}
	if k < 0 {
		return span{}
	}
	return v.slotBack(k)
}

// senseGuard checks a match against readings its words do not carry and
// returns the pattern to code with (p itself, or a copy with another
// code), or nil with the reason when the match gives no event:
//
//   - "engaged in disputes with X" is a row (110), "engaged in combat
//     with X" fighting (190), not consultation (040);
//   - "did not rule out the possibility of conflict" judges a risk; it
//     considers no policy (014);
//   - "is not solely responsible for" shares blame; it denies none (016);
//   - a state running riot ("the Russians run riot across a region") is
//     a figure of speech, not a riot (145).
func (c *Coder) senseGuard(v *sview, m match, srcs []aref) (*Pattern, string) {
	p := m.p
	a := clampTok(v, m.anchor.start)
	root := cameo.RootOf(p.Code)
	recode := func(code string) *Pattern {
		cp := *p
		cp.Code, cp.ID = code, p.ID+"+"+code
		return &cp
	}
	switch {
	case p.Code == "040" && v.lemma[a] == "engage":
		for k := m.anchor.end; k < m.end && k < len(v.lemma); k++ {
			if code := conflictNouns[v.lemma[k]]; code != "" {
				return recode(code), ""
			}
		}
	case p.Code == "014" && strings.Contains(p.ID, "rule-out"):
		for k := m.anchor.end; k+2 < len(v.lemma) && k < m.anchor.end+5; k++ {
			switch v.lemma[k] {
			case "possibility", "prospect", "likelihood", "chance", "risk":
				for j := k + 1; j < len(v.lemma) && j < k+6; j++ {
					if conflictNouns[v.lemma[j]] != "" || attackNouns[v.lemma[j]] {
						return nil, "a risk judged, not a policy considered"
					}
				}
			}
		}
	case strings.HasPrefix(p.Code, "016"):
		for k := max(a-1, 0); k < m.end && k < len(v.lower); k++ {
			if v.lower[k] == "not" && k+1 < len(v.lower) {
				switch v.lower[k+1] {
				case "solely", "only", "entirely", "wholly", "alone", "directly", "just":
					return nil, "shared responsibility, not a denial"
				}
			}
		}
	case p.Code == "130" && v.lemma[a] == "threaten" && (a+1 >= len(v.lower) || v.lower[a+1] != "to"):
		// "Trump threatens British interests": endangers, threatens nobody
		for k := a + 1; k < len(v.lemma) && k < a+6; k++ {
			if endangerNouns[v.lower[k]] {
				return nil, "something endangered, not a threat made"
			}
			if t := v.s.Tokens[k].Tag; !strings.HasPrefix(t, "JJ") && !strings.HasPrefix(t, "NN") && t != "DT" && t != "PRP$" && t != "POS" && t != "CC" {
				break
			}
		}
	case (root == "18" || root == "19") && verbalClashes[v.lemma[a]] != "" && v.criticisedObject(m.clause):
		// "Jack Straw attacked the decision by the court": words
		return recode("111"), ""
	case (root == "18" || root == "19") && v.withWords(a):
		// "MPs bombarded the minister with requests": no force
		return nil, "bombarded with words, no force"
	case v.lemma[a] == "give" && a+2 < len(v.lower) && v.lower[a+1] == "in" && v.lower[a+2] != "to" && (v.s.Tokens[a+2].Tag == "NNP" || v.s.Tokens[a+2].Tag == "DT" || v.s.Tokens[a+2].Tag == "CD"):
		// "the speech he gave in Riyadh": "in" starts a place, it is no
		// particle of "give in"
		return nil, "'gave in PLACE' is no giving in"
	case v.inTimex(a):
		// "the 12 March game against Italy": a date, no march
		return nil, "the anchor is part of a time expression"
	case p.Noun && !m.src.ok() && len(srcs) > 0 && (v.reactedTo(m.clause, a) || root >= "18" && root <= "20" && (v.backgroundNominal(a) || v.pastModified(a))) && !v.ownAgents(srcs, a, m.end):
		// "Trump remained vague on plans to respond to alleged chemical
		// attacks", "the strike Trump ordered after a chemical attack",
		// "will not tolerate attacks such as last Friday's bombing": the
		// one who reacts did not do what he reacts to
		return nil, "the act reacted to is not the reacting actor's"
	case p.Both && c.modality(v, m.clause, m.anchor.start, p.Noun).modality == event.Demanded:
		// "Putin urged Iran to start talks with him", "Iran called for
		// talks with Riyadh": a demand is the demander's, one direction
		cp := *p
		cp.Both = false
		return &cp, ""
	case (root == "15" || root >= "17" && root <= "20") && m.clause >= 0 && m.clause < len(v.s.Clauses) && a < len(v.vgClause) && v.vgClause[a] == m.clause && v.promisedNot(m.clause):
		// "gave assurances that its army would not attack Sudan",
		// "promised not to strike": a commitment about an act not done,
		// never the act itself
		return nil, "a promise not to use force or coercion is no use of it"
	case p.Code == "180" && stateAttackWords[v.lemma[a]] && stateForce(srcs):
		// "the air force would not attack Turkish units", "Russia's
		// attack on the town": force used by a state or its army is
		// conventional military force, not unconventional violence
		return recode("190"), ""
	case p.Code == "173" && v.lemma[a] == "pick" && !armedSource(srcs):
		// "the children were picked up by a delegation": collected; only
		// police, soldiers or fighters pick people up into custody
		return nil, "picked up by no security force: collected, not arrested"
	case root == "14" && (v.lemma[a] == "run" || a+1 < len(v.lemma) && v.lemma[a] == "riot" && a > 0 && v.lemma[a-1] == "run"):
		for _, s := range srcs {
			if s.a.Code == s.a.Country || hasSector(s.a, "GOV") || hasSector(s.a, "MIL") || hasSector(s.a, "LEG") {
				return nil, "a state running riot is a figure of speech"
			}
		}
	}
	return p, ""
}

// stateAttackWords are the verbs and nouns of an attack that a state's
// forces carry out as conventional military force (190).
var stateAttackWords = map[string]bool{"attack": true, "assault": true, "strike": true, "hit": true, "target": true,
	"storm": true, "raid": true, "overrun": true, "ambush": true, "carry": true, "carry_out": true, "launch": true, "mount": true,
	"stage": true, "conduct": true, "set_upon": true}

// stateForce reports whether every source is a state, its government or
// its military (not rebels, insurgents, militias or civilians).
func stateForce(srcs []aref) bool {
	for _, s := range srcs {
		if !(s.a.Code == s.a.Country && s.a.Country != "" || hasSector(s.a, "GOV") || hasSector(s.a, "MIL")) ||
			hasSector(s.a, "REB") || hasSector(s.a, "INS") || hasSector(s.a, "UAF") {
			return false
		}
	}
	return len(srcs) > 0
}

// armedSource reports whether some source is police, an army, a security
// service or an armed group, or whether the source is unknown.
func armedSource(srcs []aref) bool {
	for _, s := range srcs {
		for _, x := range s.a.Sectors {
			if armedSectors[x] || x == "JUD" {
				return true
			}
		}
	}
	return len(srcs) == 0
}

// hasSector reports whether an actor has sector s.
func hasSector(a actor.Actor, s string) bool {
	return slices.Contains(a.Sectors, s)
}

// conflictNouns name a dispute (a row, 110) or a fight (190) one can be
// engaged in with another party.
var conflictNouns = map[string]string{"dispute": "110", "row": "110", "spat": "110", "feud": "110",
	"quarrel": "110", "argument": "110", "standoff": "110", "stand-off": "110", "wrangle": "110", "tussle": "110",
	"war": "190", "warfare": "190", "conflict": "190", "fighting": "190", "battle": "190", "combat": "190",
	"clash": "190", "hostility": "190", "hostilities": "190", "skirmish": "190", "confrontation": "190",
	"escalation": "190", "violence": "190"}

// orderVerbs give an order for an attack carried out by others.
var orderVerbs = map[string]bool{"order": true, "authorise": true, "authorize": true, "approve": true, "sanction": true}

// airAttackWords make an ordered attack an aerial one (195).
var airAttackWords = map[string]bool{"air": true, "airstrike": true, "airstrikes": true, "missile": true, "cruise": true,
	"tomahawk": true, "drone": true, "bombing": true, "bomb": true, "aerial": true, "rocket": true}

// orderAttackPattern is recorded on events from attackOrder.
var orderAttackPattern = &Pattern{ID: "19x.order-attack", Code: "190", Origin: "coder/rules.go",
	Text: "ACTOR orders|authorises a strike|attack|raid|offensive on|against TARGET"}

// attackOrder reports whether clause ci orders an attack ("Trump ordered
// a cruise missile strike on the airbase", "the president authorised
// air raids against the militants"): the orderer's military act, coded
// 195 for an aerial attack and 190 otherwise, aimed at the object of
// on/against after the attack noun. The modality is the order's own
// (asserted when it was given). It returns the match.
func (c *Coder) attackOrder(v *sview, ci int) (match, bool) {
	cl := &v.s.Clauses[ci]
	h := cl.Verb.Head
	if h < 0 || h >= len(v.lemma) || !orderVerbs[v.lemma[h]] || cl.Object == nil || cl.Verb.Passive {
		return match{}, false
	}
	obj := argSpan(cl.Object)
	head := clampTok(v, cl.Object.Head)
	if !attackNouns[v.lemma[head]] && v.lemma[head] != "offensive" && v.lemma[head] != "invasion" || v.lemma[head] == "device" || v.lemma[head] == "mine" {
		return match{}, false
	}
	code := "190"
	for k := obj.start; k <= head && k < len(v.lemma); k++ {
		if airAttackWords[v.lemma[k]] || v.lower[k] != v.lemma[k] && airAttackWords[v.lower[k]] {
			code = "195"
			break
		}
	}
	p := *orderAttackPattern
	p.Code, p.ID = code, strings.Replace(p.ID, "19x", code, 1)
	m := match{p: &p, clause: ci, anchor: span{head, head + 1}, start: h, end: obj.end}
	// the target: on/against right after the attack noun
	for _, pr := range cl.Preps {
		if (pr.Prep == "on" || pr.Prep == "against") && pr.Start >= obj.end && pr.Start <= obj.end+1 {
			m.tgt, m.end = argSpan(&pr), pr.End
			break
		}
	}
	if !m.tgt.ok() {
		if k := obj.end; k+1 < len(v.lower) && (v.lower[k] == "on" || v.lower[k] == "against") {
			if sp := v.slotFwd(k + 1); sp.ok() {
				m.tgt, m.end = sp, sp.end
			}
		}
	}
	return m, true
}

// othersFact reports whether the target of an admission (015) is the
// subject of the admitted that-clause and of another country than the
// source: "US Central Command conceded that the Turkish offensive has
// crippled efforts against Isis" acknowledges a fact about Turkey; it
// claims no responsibility. "Russia admitted that its jets bombed the
// hospital" stays.
func (v *sview) othersFact(ci int, srcs []aref, tgtSpan span, tgts []aref) bool {
	if ci < 0 || ci >= len(v.s.Clauses) || len(tgts) == 0 || len(srcs) == 0 {
		return false
	}
	inComplement := false
	for cj := range v.s.Clauses {
		if v.isChild(cj, ci) && overlaps(argSpan(v.s.Clauses[cj].Subject), tgtSpan) {
			inComplement = true
			break
		}
	}
	if !inComplement {
		return false
	}
	for _, t := range tgts {
		for _, s := range srcs {
			if t.a.Country != "" && t.a.Country == s.a.Country {
				return false
			}
		}
	}
	return true
}

// placePrepBefore reports whether w puts the phrase after it in a place.
func placePrepBefore(w string) bool {
	switch w {
	case "in", "at", "across", "throughout":
		return true
	}
	return false
}

// inPreps reports whether sp lies inside a prepositional argument of
// clause ci.
func (v *sview) inPreps(ci int, sp span) bool {
	for i := range v.s.Clauses[ci].Preps {
		if overlaps(sp, argSpan(&v.s.Clauses[ci].Preps[i])) {
			return true
		}
	}
	return false
}

// placeNounsAfter are nouns that make the actor before them the owner of
// a place, not a party: "travelled to Isis territory", "Kurdish areas".
var placeNounsAfter = map[string]bool{"territory": true, "territories": true, "area": true, "areas": true,
	"land": true, "lands": true, "soil": true, "enclave": true, "enclaves": true, "stronghold": true,
	"strongholds": true, "region": true, "regions": true, "zone": true, "zones": true, "heartland": true,
	"side": true, "positions": true, "lines": true, "bastion": true, "redoubt": true}

// placeOwner reports whether actor a's mention is followed by a place
// noun of its phrase ("Isis territory", "rebel-held areas").
func (v *sview) placeOwner(a aref) bool {
	if a.m == nil {
		return false
	}
	for k := a.m.End; k < len(v.lower) && k <= a.m.End+1; k++ {
		if placeNounsAfter[v.lower[k]] {
			return true
		}
		if !strings.HasPrefix(v.s.Tokens[k].Tag, "JJ") && v.s.Tokens[k].Tag != "VBN" {
			return false
		}
	}
	return false
}

// travelRule reports whether a pattern id names arriving, flying, landing
// or travelling: movement, which private people make as well as envoys.
func travelRule(rule string) bool {
	return strings.Contains(rule, "arrive") || strings.Contains(rule, "fly") || strings.Contains(rule, "land") || strings.Contains(rule, "travel")
}

// privateTraveller reports whether a visit (042) by arriving, flying or
// travelling is made by people named by a plural nationality ("Britons
// who travelled to Syria", "4,000 Russians flew to ..."): private
// travel, no state visit.
func (v *sview) privateTraveller(code, rule string, srcs []aref) bool {
	if code != "042" || !travelRule(rule) {
		return false
	}
	for _, a := range srcs {
		if a.m == nil || a.a.Code != a.a.Country || !v.pluralHead(a.m) {
			return false
		}
	}
	return len(srcs) > 0
}

// endangerNouns are what one endangers rather than threatens an actor
// with: "Trump threatens British interests", "threatened regional
// stability".
var endangerNouns = map[string]bool{"interest": true, "interests": true, "security": true, "peace": true,
	"stability": true, "life": true, "lives": true, "future": true, "existence": true, "economy": true,
	"livelihood": true, "livelihoods": true, "health": true, "safety": true, "unity": true, "survival": true,
	"gains": true, "progress": true, "recovery": true, "relations": true, "ties": true, "prospects": true,
	"job": true, "jobs": true, "stocks": true, "supply": true, "supplies": true, "foundation": true, "foundations": true,
	"deal": true, "agreement": true, "plan": true, "plans": true, "project": true, "industry": true, "business": true,
	"sector": true, "harvest": true, "crops": true, "growth": true, "investment": true}

// reactionGoverned reports whether the nominal at k is governed by a
// verb that takes another's act as its object (reactionVerbs), or by
// "lead to" ("has led to criticism of the Conservatives"; "led revolts
// against" is the subject's own act).
func (v *sview) reactionGoverned(ci, k int) bool {
	lem := v.lemma[clampTok(v, v.s.Clauses[ci].Verb.Head)]
	if reactionVerbs[lem] {
		return true
	}
	if lem != "lead" {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		if v.lower[j] == "to" {
			return true
		}
		if v.boundary[j] || v.verb[j] {
			return false
		}
	}
	return false
}

// objectControlVerbs pass their object to the infinitive after it as its
// subject: "trained Kurdish units to fight Isis", "helped the rebels to
// retake the town". (Demands keep their own reading: the one asked is
// the target of the demander.)
var objectControlVerbs = map[string]bool{"train": true, "help": true, "encourage": true, "allow": true,
	"enable": true, "equip": true, "arm": true, "persuade": true, "invite": true, "permit": true,
	"authorise": true, "authorize": true, "mentor": true, "recruit": true, "convince": true, "inspire": true,
	"fund": true, "pay": true, "assist": true, "form": true, "raise": true, "create": true, "build": true,
	"back": true, "support": true}

// objectControlled returns the object of the clause an infinitive clause
// ci depends on when that clause's verb passes its object to the
// infinitive ("US troops trained Kurdish-led units to fight Isis": the
// units fight; "a force it had formed to fight Isis": the force; in the
// passive, "the force raised by Washington to fight Isis", the one
// raised; and a gerund after "from" under a verb that keeps someone from
// acting, see keptFrom). The language layer gives such infinitives the
// subject of the clause above.
func (v *sview) objectControlled(ci int) (span, bool) {
	cl := &v.s.Clauses[ci]
	p := cl.Parent
	if p < 0 || p >= len(v.s.Clauses) || !v.isIrrealis(ci) {
		return span{}, false
	}
	pc := &v.s.Clauses[p]
	if v.keptFrom(p, ci) && pc.Object != nil {
		// "UN resolutions bar the North from conducting tests", "the
		// firms were banned from boycotting Israel": the one kept from
		// the act would do it, never the one keeping it
		return argSpan(pc.Object), true
	}
	if !objectControlVerbs[v.lemma[clampTok(v, pc.Verb.Head)]] {
		return span{}, false
	}
	if pc.Verb.Passive {
		// "the force raised by Washington to fight Isis": the one raised
		// fights, not its by-agent
		ob := argSpan(pc.Object)
		if !ob.ok() || cl.Verb.Start <= pc.Verb.End || cl.Verb.Start > len(v.boundary) {
			return span{}, false
		}
		for j := pc.Verb.End; j < cl.Verb.Start; j++ {
			if v.boundary[j] {
				return span{}, false // "plans, backed by the UK, to lift": the plan's infinitive
			}
		}
		return ob, true
	}
	if cl.Subject != nil && pc.Object != nil && overlaps(argSpan(cl.Subject), argSpan(pc.Object)) {
		return argSpan(cl.Subject), true // the language layer already gave the object
	}
	if cl.Subject != nil && !sameSpan(argSpan(cl.Subject), argSpan(pc.Subject)) {
		return span{}, false
	}
	st := cl.Verb.Start
	if v.lower[st] != "to" {
		st--
	}
	if pc.Object != nil && pc.Object.End == st && pc.Object.End > pc.Verb.End {
		return argSpan(pc.Object), true
	}
	// a relative clause on the object: "a force it had formed to fight"
	if v.isRelative(p) || pc.Object == nil && pc.Verb.End == st && st >= 0 {
		if a := v.antecedentOfObjectRelative(p); a.ok() {
			return a, true
		}
	}
	return span{}, false
}

// antecedentOfObjectRelative returns the noun phrase right before the
// subject of clause p when p is an object relative without a relative
// word ("a Kurdish-led force it had formed"), or an empty span.
func (v *sview) antecedentOfObjectRelative(p int) span {
	sub := argSpan(v.s.Clauses[p].Subject)
	if !sub.ok() || v.s.Clauses[p].Object != nil || sub.start < 1 {
		return span{}
	}
	k := sub.start - 1
	if v.lower[k] == "that" || v.lower[k] == "which" {
		k--
	}
	if k < 0 || !strings.HasPrefix(v.s.Tokens[k].Tag, "NN") {
		return span{}
	}
	return v.slotBack(k)
}

// criticisableNouns are things one attacks with words: "attacked the
// decision", "savaged the plans", "hit out at the policy".
var criticisableNouns = map[string]bool{"decision": true, "plan": true, "plans": true, "policy": true,
	"policies": true, "proposal": true, "proposals": true, "remark": true, "remarks": true, "comment": true,
	"comments": true, "report": true, "ruling": true, "bill": true, "law": true, "idea": true, "record": true,
	"stance": true, "budget": true, "move": true, "approach": true, "handling": true, "claim": true,
	"claims": true, "statement": true, "speech": true, "strategy": true, "reform": true, "reforms": true,
	"legislation": true, "manifesto": true, "pledge": true, "pledges": true, "scheme": true, "deal": true,
	"verdict": true, "judgment": true, "judgement": true, "response": true, "position": true, "view": true,
	"views": true, "attitude": true, "rhetoric": true, "language": true, "tactics": true, "campaign": true}

// criticisedObject reports whether the object of clause ci is a decision,
// plan, remark or the like (criticisableNouns): attacking it is words.
func (v *sview) criticisedObject(ci int) bool {
	if ci < 0 || ci >= len(v.s.Clauses) || v.s.Clauses[ci].Object == nil {
		return false
	}
	h := v.s.Clauses[ci].Object.Head
	return h >= 0 && h < len(v.lower) && criticisableNouns[v.lower[h]]
}

// wordNouns are what one is bombarded or pelted with in a debate.
var wordNouns = map[string]bool{"request": true, "requests": true, "question": true, "questions": true,
	"letter": true, "letters": true, "call": true, "calls": true, "complaint": true, "complaints": true,
	"email": true, "emails": true, "message": true, "messages": true, "demand": true, "demands": true,
	"criticism": true, "abuse": true, "insults": true, "queries": true, "petitions": true, "barrage": true}

// withWords reports whether the verb at a is followed, within its
// clause, by "with" and a noun of words ("bombarded the minister with a
// barrage of requests").
func (v *sview) withWords(a int) bool {
	for k := a + 1; k+1 < len(v.lower) && k < a+10; k++ {
		if v.boundary[k] || v.verb[k] {
			return false
		}
		if v.lower[k] == "with" {
			for j := k + 1; j < len(v.lower) && j < k+5; j++ {
				if wordNouns[v.lower[j]] {
					return true
				}
			}
			return false
		}
	}
	return false
}

// withdrawnFrom returns the actor a withdrawal leaves: the object of
// "from" or "out of" in clause ci or in a clause embedded in it
// ("agreed to withdraw its troops from Lebanon").
func (v *sview) withdrawnFrom(ci int) (span, []aref) {
	for cj := range v.s.Clauses {
		if cj != ci && !v.isChild(cj, ci) {
			continue
		}
		for i := range v.s.Clauses[cj].Preps {
			pr := &v.s.Clauses[cj].Preps[i]
			if pr.Prep != "from" && pr.Prep != "of" {
				continue
			}
			if pr.Prep == "of" && (pr.Start < 2 || v.lower[pr.Start-2] != "out") {
				continue
			}
			sp := argSpan(pr)
			if as := v.actorsIn(sp); len(as) > 0 {
				return sp, v.placeActors(sp, as)
			}
		}
	}
	// "from neighbouring Lebanon" when the language layer found no
	// prepositional phrase: the first actor within a few words of "from"
	h := v.s.Clauses[ci].Verb.Head
	for k := h + 1; k < len(v.lower) && k < h+12 && !v.boundary[k]; k++ {
		if v.lower[k] != "from" {
			continue
		}
		for j := k + 1; j < len(v.lower) && j <= k+3 && !v.boundary[j]; j++ {
			if mi := v.mStart[j]; mi >= 0 && mi < len(v.mentions) {
				sp := span{v.mentions[mi].Start, v.mentions[mi].End}
				if as := v.actorsIn(sp); len(as) > 0 {
					return sp, as
				}
			}
		}
		break
	}
	return span{}, nil
}

// intentNouns take an infinitive whose subject is their agent: "the
// decision by Donald Trump to withdraw", "Russia's bid to broker".
var intentNouns = map[string]bool{"decision": true, "plan": true, "plans": true, "move": true, "order": true,
	"bid": true, "call": true, "threat": true, "threats": true, "promise": true, "pledge": true,
	"proposal": true, "attempt": true, "attempts": true, "effort": true, "efforts": true, "offer": true,
	"refusal": true, "failure": true, "vow": true, "intention": true, "determination": true, "readiness": true,
	"willingness": true, "agreement": true, "demand": true, "request": true, "push": true, "drive": true}

// nounControlled returns the agent of an intent noun right before the
// "to" of infinitive clause ci: "the decision by Donald Trump to
// withdraw US troops" (Trump), "Trump's decision to withdraw" (Trump).
func (v *sview) nounControlled(ci int) (span, bool) {
	if !v.isIrrealis(ci) {
		return span{}, false
	}
	to := v.s.Clauses[ci].Verb.Start
	if v.lower[to] != "to" {
		to--
	}
	if to < 2 || v.lower[to] != "to" {
		return span{}, false
	}
	// "the decision by X to"
	if mi := v.mEnd[to-1]; mi >= 0 && mi < len(v.mentions) {
		m := v.mentions[mi]
		if m.Start >= 2 && v.lower[m.Start-1] == "by" && intentNouns[v.lower[m.Start-2]] {
			if sp, ok := v.actorMention(mi); ok {
				return sp, true
			}
		}
	}
	// "X's decision to"
	if intentNouns[v.lower[to-1]] {
		k := to - 2
		for k >= 0 && strings.HasPrefix(v.s.Tokens[k].Tag, "JJ") {
			k-- // "Trump's sudden decision to"
		}
		if k >= 1 && v.s.Tokens[k].Tag == "POS" {
			if sp, ok := v.actorMention(v.mEnd[k-1]); ok {
				return sp, true
			}
			if sp, ok := v.actorMention(v.mEnd[k]); ok { // a mention holding its "'s"
				return sp, true
			}
		}
		// "the US decision to", "a Russian plan to", "the Security
		// Council decision to": a modifier that names an actor
		for j, n := to-2, 0; j >= 0 && n < 3; j, n = j-1, n+1 {
			tag := v.s.Tokens[j].Tag
			if !strings.HasPrefix(tag, "JJ") && !strings.HasPrefix(tag, "NN") {
				break
			}
			if mi := v.mEnd[j]; mi >= 0 && mi < len(v.mentions) {
				if sp, ok := v.actorMention(mi); ok {
					return sp, true
				}
				break
			}
		}
		// "would complicate efforts to suppress the group": efforts acted
		// on by a clause that does not make them have no known agent
		for cj := range v.s.Clauses {
			if cj == ci {
				continue
			}
			ob := argSpan(v.s.Clauses[cj].Object)
			if ob.ok() && to-1 >= ob.start && to-1 < ob.end && effortAffectVerbs[v.lemma[clampTok(v, v.s.Clauses[cj].Verb.Head)]] {
				return span{}, true
			}
		}
	}
	return span{}, false
}

// effortAffectVerbs act on another's plan or effort without making it:
// "complicate efforts to", "welcomed the decision to".
var effortAffectVerbs = map[string]bool{"complicate": true, "hamper": true, "hinder": true, "undermine": true,
	"obstruct": true, "derail": true, "jeopardise": true, "jeopardize": true, "endanger": true, "frustrate": true,
	"thwart": true, "disrupt": true, "weaken": true, "undercut": true, "slow": true, "stall": true,
	"welcome": true, "praise": true, "applaud": true, "criticise": true, "criticize": true, "condemn": true,
	"oppose": true, "question": true, "reject": true, "doubt": true, "fear": true}

// actorMention returns the span of mention mi (an index into v.mentions,
// or -1) and whether it names an actor.
func (v *sview) actorMention(mi int) (span, bool) {
	if mi < 0 || mi >= len(v.mentions) {
		return span{}, false
	}
	m := v.mentions[mi]
	sp := span{m.Start, m.End}
	return sp, len(v.actorsIn(sp)) > 0
}

// commissiveWords are the verbs and nouns of a commitment about one's own
// future act: what is promised is not done.
var commissiveWords = map[string]bool{"promise": true, "pledge": true, "vow": true, "swear": true, "guarantee": true,
	"assure": true, "reassure": true, "undertake": true, "assurance": true, "undertaking": true, "commitment": true,
	"commit": true, "oath": true}

// promisedNot reports whether clause ci is a negated act that its actor
// commits to not doing: its governing verb is a commitment ("promised not
// to attack", "vowed that it would never invade"), or a commitment noun
// stands right before it ("gave assurances that its army would not
// attack", "a pledge not to strike"). The act is not done; a promise
// about it is no report of it.
func (v *sview) promisedNot(ci int) bool {
	if ci < 0 || ci >= len(v.s.Clauses) {
		return false
	}
	cl := &v.s.Clauses[ci]
	if !cl.Verb.Negated || v.relativeClause(ci) {
		return false
	}
	if p := v.parentOf(ci); p >= 0 && p < len(v.s.Clauses) && !v.s.Clauses[p].Verb.Negated &&
		commissiveWords[v.lemma[clampTok(v, v.s.Clauses[p].Verb.Head)]] {
		return true
	}
	starts := []int{cl.Verb.Start}
	if sp := argSpan(cl.Subject); sp.ok() && sp.start < cl.Verb.Start {
		starts = append(starts, sp.start)
	}
	for _, first := range starts {
		// back over "not to", "never to", "that": the word before is the
		// commitment
		for j, n := first-1, 0; j >= 0 && j < len(v.lower) && n < 4; j, n = j-1, n+1 {
			switch v.lower[j] {
			case "not", "never", "to", "that":
				continue
			}
			if commissiveWords[v.lemma[j]] && strings.HasPrefix(v.s.Tokens[j].Tag, "NN") {
				return true
			}
			break
		}
	}
	return false
}

// relationNouns name a party by its tie to another: "Syria's neighbours",
// "America's Kurdish allies" are not Syria or America.
var relationNouns = map[string]bool{"neighbour": true, "neighbor": true, "ally": true, "partner": true,
	"friend": true, "enemy": true, "rival": true, "backer": true, "supporter": true, "critic": true,
	"opponent": true, "adversary": true, "foe": true, "proxy": true, "client": true, "patron": true,
	"sponsor": true, "creditor": true, "debtor": true}

// dropRelationPossessors leaves out of a target the actors named only as
// the possessor of a relation noun ("warnings to all Syria's neighbours",
// "talks with America's Kurdish allies"): the party is the one related,
// not the possessor. A possessor of anything else stays ("strikes on
// Iran's nuclear sites" hit Iran).
func (v *sview) dropRelationPossessors(as []aref) []aref {
	var out []aref
	dropped := false
	for _, a := range as {
		if a.m != nil && v.relationPossessor(a.m.End) {
			dropped = true
			continue
		}
		out = append(out, a)
	}
	if !dropped {
		return as
	}
	return out
}

// relationPossessor reports whether a mention ending at token e with a
// possessive marker (inside it or right after it) is followed, past
// adjectives and nationality words, by a relation noun.
func (v *sview) relationPossessor(e int) bool {
	switch {
	case e > 0 && e <= len(v.s.Tokens) && v.s.Tokens[e-1].Tag == "POS":
		// the mention holds its "'s"
	case e >= 0 && e < len(v.s.Tokens) && v.s.Tokens[e].Tag == "POS":
		e++
	default:
		return false
	}
	for j := e; j < len(v.s.Tokens) && j < e+4; j++ {
		t := v.s.Tokens[j].Tag
		if strings.HasPrefix(t, "NN") {
			if relationNouns[v.lemma[j]] || relationNouns[strings.TrimSuffix(v.lower[j], "s")] {
				return true
			}
			if j+1 < len(v.s.Tokens) && strings.HasPrefix(v.s.Tokens[j+1].Tag, "NN") {
				continue // "Syria's Kurdish allies" tagged as nouns
			}
			return false
		}
		if !strings.HasPrefix(t, "JJ") && t != "CD" && t != "VBN" {
			return false
		}
	}
	return false
}

// ownAgents reports whether some source mention lies inside the phrase
// of the nominal at a, up to the end of its match ("Russia's attack",
// "the attack by Syrian forces"), rather than in a clause above it.
func (v *sview) ownAgents(srcs []aref, a, end int) bool {
	start := a
	if ch, ok := v.npAt(a); ok {
		start = v.nominalStart(ch)
	}
	for _, s := range srcs {
		if s.m != nil && s.m.Start >= start && s.m.Start < max(end, a+1) {
			return true
		}
	}
	return false
}

// inTimex reports whether token k lies inside one of the sentence's time
// expressions ("the 12 March game", "since March").
func (v *sview) inTimex(k int) bool {
	for _, t := range v.s.Times {
		if k >= t.Start && k < t.End {
			return true
		}
	}
	return false
}
