package coder

import (
	"slices"
	"strings"

	"github.com/heraldevents/herald/cameo"
	"github.com/heraldevents/herald/event"
	"github.com/heraldevents/herald/nlp"
)

// modInfo is the modality of one event and where it came from.
type modInfo struct {
	modality string
	cue      string // the word or marker that decided it
	// governor is the clause whose verb carried the cue (the demander or
	// intender is its subject), or -1.
	governor int
	// irrealis is true when the event's verb is an infinitive or a
	// gerund after "for"/"of": its action has not (yet) happened.
	irrealis bool
}

// better keeps the stronger of two modalities.
func (mi *modInfo) offer(mod, cue string, gov int) {
	if mod == "" {
		return
	}
	if mi.modality == "" || modalityRank[mod] < modalityRank[mi.modality] {
		mi.modality, mi.cue, mi.governor = mod, cue, gov
	}
}

// clauseCues returns the modality cued by a clause's own verb group:
// negation, modal auxiliary, markers and future tense.
func (c *Coder) clauseCues(v *sview, ci int) (string, string) {
	cl := &v.s.Clauses[ci]
	mi := modInfo{governor: -1}
	// "did not rule out attending": the negation belongs to the pattern
	ruledOutSelf, ruledOutCompl := false, false
	if cl.Verb.Negated {
		ruledOutSelf, ruledOutCompl = v.notRuledOut(ci)
	}
	perfect := v.perfectModal(ci)
	// "ministers would not rule out ...": the option is open now
	openNow := ruledOutSelf && (cl.Verb.Modal == "would" || cl.Verb.Modal == "will")
	for _, mk := range cl.Verb.Markers {
		if (perfect || openNow) && strings.EqualFold(mk, cl.Verb.Modal) {
			continue // "will have shared": no plan (see perfectModal)
		}
		m, cue := c.cues.lookupWords(strings.Fields(strings.ToLower(mk)))
		if m == event.Negated && (ruledOutSelf || ruledOutCompl) {
			continue
		}
		if m == event.Denied && v.lemma[clampTok(v, cl.Verb.Head)] != "deny" {
			if v.coordinatedNotComplement(ci) {
				continue // "denied the attack and inspectors arrived": not denied
			}
			if p := cl.Parent; p >= 0 && p < len(v.s.Clauses) && v.refusedDenial(p) {
				// "refused to deny that Britain had sold arms": neither
				// confirmed nor denied
				mi.offer(event.Hypothetical, "refused to deny", ci)
				continue
			}
		}
		mi.offer(m, cue, ci)
	}
	if h := clampTok(v, cl.Verb.Head); h > 0 && h > cl.Verb.Start-1 && nearMiss[v.lower[h-1]] {
		// "almost triggered a war", "nearly expelled the envoy": it did
		// not happen
		mi.offer(event.Hypothetical, v.lower[h-1], ci)
	}
	if cl.Verb.Negated && !v.notOnly(ci) && !ruledOutSelf && !ruledOutCompl {
		if mi.modality == event.Denied {
			return mi.modality, mi.cue
		}
		return event.Negated, "negation"
	}
	if ruledOutCompl {
		// "did not rule out attending the conference": a possibility
		mi.offer(event.Hypothetical, cueNotRuledOut, ci)
		return mi.modality, mi.cue
	}
	if openNow {
		return mi.modality, mi.cue
	}
	if perfect {
		// "the police will already have shared information", "they must
		// have known": a judgement about the past, the act was done
		if mi.modality == "" {
			mi.modality, mi.cue = event.Asserted, cuePerfectModal
		}
		return mi.modality, mi.cue
	}
	modal := strings.ToLower(cl.Verb.Modal)
	if cj := v.modalConjunct(ci); modal == "" && cj >= 0 {
		// "could wage a campaign and go on to fight", "would shoot down
		// the missiles and attack their launchers": the modal of the
		// first verb governs the verb coordinated with it
		modal = strings.ToLower(v.s.Clauses[cj].Verb.Modal)
	}
	if (modal == "will" || modal == "would" || modal == "shall") && v.underReporting(ci) && !hasCondition(cl.Verb.Markers) {
		if v.underAnnouncement(ci) {
			// "X announced it would prohibit all aid": a decision made
			// public, coded as the action planned
			mi.offer(event.Planned, "announced ("+modal+")", ci)
			return mi.modality, mi.cue
		}
		// reported future: "X said it would boycott ..." is X's stated
		// intention, not a hypothesis
		mi.offer(event.Intended, "reported future ("+modal+")", ci)
		return mi.modality, mi.cue
	}
	if modal == "" && v.progressive(ci) && (v.announcedBy(ci) || v.afterAnnouncementNoun(ci)) {
		// "announced he was pulling the troops out", "the announcement
		// that it is sending troops": a decision made public, not yet done
		mi.offer(event.Planned, cueAnnouncedProgressive, ci)
		return mi.modality, mi.cue
	}
	if modal != "" {
		m, _ := c.cues.lookupWords([]string{modal})
		mi.offer(m, modal, ci)
	}
	if cl.Verb.Tense == nlp.Future && !(mi.modality == event.Asserted && modal == "") {
		// the language layer gives an infinitive after a marker future
		// tense; after an implicative marker ("has taken steps to
		// enhance", "tried to meet") the attempt's own clause decides
		mi.offer(event.Planned, "future tense", ci)
	}
	return mi.modality, mi.cue
}

// underReporting reports whether clause ci is the content of a reporting
// clause (directly or through non-reporting clauses).
func (v *sview) underReporting(ci int) bool {
	for p, n := v.s.Clauses[ci].Parent, 0; p >= 0 && p < len(v.s.Clauses) && n < 8; n++ {
		if v.s.Clauses[p].Reporting {
			return true
		}
		p = v.s.Clauses[p].Parent
	}
	return false
}

// underAnnouncement reports whether the nearest reporting clause above ci
// announces a decision (announce, declare, decide, confirm) rather than
// says or warns.
func (v *sview) underAnnouncement(ci int) bool {
	for p, n := v.s.Clauses[ci].Parent, 0; p >= 0 && p < len(v.s.Clauses) && n < 8; n++ {
		if pc := &v.s.Clauses[p]; pc.Reporting {
			switch v.lemma[clampTok(v, pc.Verb.Head)] {
			case "announce", "declare", "confirm", "decide", "decree":
				return true
			}
			return false
		}
		p = v.s.Clauses[p].Parent
	}
	return false
}

// hasCondition reports whether verb markers hold a condition ("if").
func hasCondition(markers []string) bool {
	for _, mk := range markers {
		for _, w := range strings.Fields(strings.ToLower(mk)) {
			if w == "if" || w == "unless" {
				return true
			}
		}
	}
	return false
}

// isIrrealis reports whether the verb of clause ci is a to-infinitive or a
// gerund after a preposition ("to hold", "for convening").
func (v *sview) isIrrealis(ci int) bool {
	vg := v.s.Clauses[ci].Verb
	st := vg.Start
	if st < 0 || st >= len(v.lemma) {
		return false
	}
	if v.lower[st] == "to" {
		return true
	}
	if st > 0 && v.lower[st-1] == "to" && v.s.Tokens[st-1].Tag == "TO" {
		return true
	}
	if h := vg.Head; h >= 0 && h < len(v.s.Tokens) && v.s.Tokens[h].Tag == "VBG" && st > 0 {
		switch v.lower[st-1] {
		case "for", "of", "toward", "towards", "on", "about", "from":
			return true
		}
	}
	return false
}

// wordsBefore returns up to n words before token k (each as its lemma and,
// when different, its surface form), stopping at a boundary.
func (v *sview) wordsBefore(k, n int) []string {
	var out []string
	for j, got := min(k, len(v.lemma))-1, 0; j >= 0 && got < n; j-- {
		if v.boundary[j] {
			break
		}
		got++
		if v.lower[j] == "not" && j+1 < len(v.lower) && v.lower[j+1] == "only" {
			continue // "not only ... but also" asserts
		}
		if v.lemma[j] == "press" && strings.HasPrefix(v.s.Tokens[j].Tag, "NN") {
			continue // "the press" (the newspapers) presses for nothing
		}
		if v.lemma[j] == "set" && strings.HasPrefix(v.s.Tokens[j].Tag, "VB") && j+2 < len(v.lower) &&
			(v.lower[j+1] == "the" || v.lower[j+1] == "a" || v.lower[j+1] == "an") && !timeNouns[v.lemma[j+2]] {
			continue // "could set the stage for a clash": set with an object schedules nothing
		}
		if v.lower[j] != v.lemma[j] {
			out = append(out, v.lower[j])
		}
		out = append(out, v.lemma[j])
	}
	// reverse to text order
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}

// modality decides the modality of an event anchored at token k. ci is the
// clause of a verb anchor or the governing clause of a noun anchor (-1 if
// none); noun tells which.
func (c *Coder) modality(v *sview, ci, k int, noun bool) modInfo {
	mi := modInfo{governor: -1}
	if noun {
		if v.backgroundNominal(k) {
			// "after the resignation of ...", "following the attack": a
			// past event named as a time, asserted whatever the clause says
			mi.modality, mi.cue = event.Asserted, "background"
			return mi
		}
		if v.reactedTo(ci, k) {
			// "plans to respond to alleged chemical attacks", "their
			// response to the attack": what is reacted to was done (or
			// is alleged), whatever the reaction's own modality
			mi.modality, mi.cue = event.Asserted, "reacted to"
			if ch, ok := v.npAt(k); ok && ch.Start < k {
				if m, cue := c.cues.lookupWords(v.wordsBefore(k, k-ch.Start)); m == event.Hypothetical {
					mi.modality, mi.cue = m, cue
				}
			}
			return mi
		}
		if v.endedNominal(k) || v.endsItself(k) {
			// "would halt the slaughter of civilians", "planning to cut
			// short the air war": the act going on is ended, it happens
			mi.modality, mi.cue = event.Asserted, "ongoing (ended)"
			return mi
		}
		if v.pastModified(k) {
			// "Mr Trump's recent threats against Iran should be seen as
			// ...": an act already done, whatever the clause says of it
			mi.modality, mi.cue = event.Asserted, "past (modifier)"
			return mi
		}
		if v.toBeDone(k) {
			// "a summit between Russia, Turkey and Iran to be held on Friday"
			mi.offer(event.Planned, "to be (done)", ci)
		}
		if v.announcedParticiple(k) {
			// "the withdrawal from Syria, announced by the president": a
			// decision made public, not yet done
			mi.offer(event.Planned, cueAnnouncedParticiple, ci)
		}
		// words before the nominal inside its phrase: "the planned
		// meeting", "efforts to hold a meeting", "the need for the
		// withdrawal", "possible talks".
		ws := v.wordsBefore(k, v.sinceComplementizer(k, 6))
		if v.infoBefore(k) {
			// "could not give a timeline for the withdrawal", "not
			// hopeful of the talks": the negation is of the timeline
			ws = slices.DeleteFunc(ws, func(w string) bool { return negationWords[w] })
		}
		if w, ok := conditionWord(ws); ok {
			// "the truce hinged on the withdrawal of": a condition
			mi.offer(event.Hypothetical, w, ci)
		}
		if len(ws) > 0 {
			m, cue := c.cues.lookupWords(ws)
			if m != event.Asserted {
				mi.offer(m, cue, ci)
			}
		}
	}
	if ci < 0 || ci >= len(v.s.Clauses) {
		if mi.modality == "" {
			mi.modality = event.Asserted
		}
		return mi
	}
	cl := &v.s.Clauses[ci]
	if m, cue := c.clauseCues(v, ci); m != "" && !(noun && m == event.Negated && v.negationStops(ci, k)) &&
		!(noun && m == event.Demanded && demandModals[cue] && v.deepNominal(ci, k)) {
		mi.offer(m, cue, ci)
	}
	if noun && v.isRelative(ci) {
		// the nominal is the antecedent of a relative clause ("any talks
		// that bring Syria and Turkey together will start"): its own
		// clause gives the modality too
		for cj := range v.s.Clauses {
			if cj != ci && v.argContains(cj, k) {
				if m, cue := c.clauseCues(v, cj); m != "" {
					mi.offer(m, cue, cj)
				}
			}
		}
	}
	if noun {
		// the governing verb itself may cue the nominal: "demanded the
		// withdrawal", "insisted on the need for", "proposed talks".
		// ("could set the stage for a clash": set with an object other
		// than a date schedules nothing)
		lem := v.lemma[clampTok(v, cl.Verb.Head)]
		if m, cue := c.cues.lookupWords([]string{lem}); m != "" && m != event.Asserted && !(lem == "set" && v.setsNoTime(cl.Object)) {
			mi.offer(m, cue, ci)
		}
	}
	irrealis := v.isIrrealis(ci)
	mi.irrealis = irrealis
	if irrealis {
		// the word governing the infinitive: "efforts to hold", "plans to".
		st := cl.Verb.Start
		if st > 0 && v.lower[st] != "to" && v.lower[st-1] == "to" {
			st--
		}
		if ws := v.wordsBefore(st, 5); len(ws) > 0 {
			m, cue := c.cues.lookupWords(ws)
			mi.offer(m, cue, ci)
		}
		if st > 0 && v.lower[st] == "to" && v.lemma[st-1] == "threat" && strings.HasPrefix(v.s.Tokens[st-1].Tag, "NN") {
			// "a Russian threat to attack": a threat made, as "threatened to"
			mi.offer(event.Intended, "threat", ci)
		}
	}
	if ok, host := v.demandNounHost(ci); ok && mi.modality != event.Negated && mi.modality != event.Denied {
		// "their demands that Mubarak step down": asked for, by the one
		// holding the demand
		mi.modality, mi.cue, mi.governor = event.Demanded, cueDemandNoun, host
		return mi
	}
	// climb the clauses this one is embedded in; a relative clause
	// ("a helicopter that was captured") describes its antecedent and
	// takes no modality from the clause above it, but a nominal that is
	// the antecedent ("it would be a joint operation involving ...")
	// stands in the clause above and takes its modality
	seen := 0
	start := v.parentOf(ci)
	antecedent := noun && k < v.s.Clauses[ci].Verb.Start
	relative := v.relativeClause(ci)
	if relative && !antecedent || v.coordinatedNotComplement(ci) {
		start = -1
	}
	if start < 0 && !relative {
		// "could lead to Ankara signing a deal": a gerund complement of
		// another clause's preposition takes that clause's modality
		start, _ = v.gerundComplement(ci)
	}
	if start < 0 && !relative {
		// "he is sceptical that Obama will launch an attack"
		start = v.doubtHost(ci)
	}
	if h := v.accompanyingHost(ci); h >= 0 && (start < 0 || v.s.Clauses[start].Reporting) {
		// "said the US would leave while continuing to fight": what
		// goes with the act shares its modality
		start = h
	}
	prev := ci // the clause the climb came from
	for p := start; p >= 0 && p < len(v.s.Clauses) && seen < 8; seen++ {
		pc := &v.s.Clauses[p]
		lem := v.lemma[clampTok(v, pc.Verb.Head)]
		if v.refusedDenial(p) {
			mi.offer(event.Hypothetical, "refused to deny", p)
			break // the refusal is of the denial, not of this act
		}
		if v.hopedFor(p, prev) || v.keptFrom(p, prev) {
			// "I hope the strikes will hit", "is sceptical that Obama will
			// attack", "dissuaded the president from launching strikes":
			// nobody's intent or plan, and not done
			if mi.modality == "" || mi.modality == event.Asserted || mi.modality == event.Planned || mi.modality == event.Intended {
				mi.modality, mi.cue, mi.governor = event.Hypothetical, lem, -1
			}
			break
		}
		if v.askedOf(p, prev) {
			// "the council wants the government to expel the envoy": the
			// one who wants demands; the one asked intends nothing
			if mi.modality == event.Planned || mi.modality == event.Intended || mi.modality == event.Asserted {
				mi.modality = ""
			}
			if len(v.actorsIn(argSpan(pc.Subject))) == 0 {
				// "the group wants the prosecutor to open a case": no
				// demander to code, and still nobody's intent or plan
				mi.offer(event.Hypothetical, lem, -1)
				break
			}
			mi.offer(event.Demanded, lem, p)
			if pm, pcue := c.clauseCues(v, p); pm == event.Negated || pm == event.Denied {
				mi.offer(pm, pcue, p)
			}
			break
		}
		if pc.Reporting {
			if m, cue := c.cues.lookupWords([]string{lem}); m == event.Denied {
				mi.offer(m, cue, p)
			}
			if lem == "insist" && v.subjunctive(prev, v.s.Tokens[clampTok(v, pc.Verb.Head)].Tag == "VBD") {
				// "Iraq insisted that Turkey withdraw": a demand; "insisted
				// that Turkey had withdrawn" asserts a fact
				mi.offer(event.Demanded, lem, p)
				break
			}
			if pc.Verb.Negated {
				mi.offer(event.Negated, "negated report", p)
			}
			prev, p = p, pc.Parent
			continue
		}
		if v.relativeClause(p) && !(antecedent && p == start) && v.accompanyingHost(p) < 0 {
			if causatives[lem] && p != ci && pc.Verb.Tense == nlp.Past && !pc.Verb.Negated && pc.Verb.Modal == "" && mi.modality == "" {
				// "an uprising that forced Saleh to step down": the relative
				// clause's past causative made it happen
				if m, _ := c.clauseCues(v, p); m == "" {
					mi.modality, mi.cue, mi.governor = event.Asserted, lem, p
				}
			}
			break
		}
		m, cue := c.cues.lookupWords([]string{lem})
		if m == "" && accusationVerbs[lem] {
			// "accuses the UK of launching a campaign": alleged
			m, cue = event.Hypothetical, lem
		}
		if m == "" && verdictVerbs[lem] && ci != p {
			// "convicted of fighting against Isis": the court found it done
			m, cue = event.Asserted, lem
		}
		if m == "" && causatives[lem] && ci != p {
			// "it led Mattis to quit", "was forced to postpone": done
			m, cue = event.Asserted, lem
		}
		implicative := m == event.Asserted && !causatives[lem]
		if pm, pcue := c.clauseCues(v, p); pm != "" && (m == "" || modalityRank[pm] < modalityRank[m]) {
			m, cue, implicative = pm, pcue, false
		}
		if m != "" {
			if m == event.Asserted && implicative {
				// "accused Iran of attempting to establish a base", "has
				// taken steps to enhance": an attempt is coded as the act
				// attempted, with the attempt's own modality
				pm := c.modality(v, p, clampTok(v, pc.Verb.Head), false)
				if pm.modality == event.Asserted && (lem == "try" || lem == "attempt") {
					pm.cue = attemptCue // an outcome only tried for is not had (see attemptedOutcome)
				}
				if mi.modality == "" || mi.modality == event.Asserted || mi.modality == event.Planned && mi.cue == "future tense" {
					mi.modality, mi.cue, mi.governor = pm.modality, pm.cue, pm.governor
				} else {
					mi.offer(pm.modality, pm.cue, pm.governor)
				}
			} else if m == event.Asserted {
				if mi.modality == "" {
					mi.modality, mi.cue, mi.governor = event.Asserted, cue, p
				}
			} else {
				mi.offer(m, cue, p)
			}
			break
		}
		p = pc.Parent
	}
	if irrealis && (mi.modality == "" || mi.modality == event.Planned && mi.cue == "future tense") && c.realisedPurpose(v, ci) {
		// "used its veto to shield the regime": the purpose was done
		mi.modality, mi.cue = event.Asserted, "realised purpose"
	}
	if irrealis && (mi.modality == "" || mi.modality == event.Planned) && v.reportedState(ci) {
		// "is widely believed to be supporting the rebels", "is said to
		// have armed them": an ongoing or past act reported by others
		mi.modality, mi.cue = event.Asserted, "reported state"
	}
	if mi.modality == "" {
		if irrealis {
			mi.modality, mi.cue = event.Planned, "infinitive complement"
		} else {
			mi.modality = event.Asserted
		}
	}
	return mi
}

// parentOf returns the clause ci is embedded in: its Parent, or the clause
// whose verb it directly follows as a that-complement when the language
// layer left it unattached.
func (v *sview) parentOf(ci int) int {
	if p := v.s.Clauses[ci].Parent; p >= 0 {
		return p
	}
	for cj := range v.s.Clauses {
		if cj != ci && v.isChild(ci, cj) {
			return cj
		}
	}
	return -1
}

// argContains reports whether an argument of clause ci contains token k.
func (v *sview) argContains(ci, k int) bool {
	cl := &v.s.Clauses[ci]
	in := func(a *nlp.Arg) bool { return a != nil && k >= a.Start && k < a.End }
	if in(cl.Subject) || in(cl.Object) || in(cl.SurfaceSubject) {
		return true
	}
	for i := range cl.Preps {
		if in(&cl.Preps[i]) {
			return true
		}
	}
	return false
}

// isRelative reports whether clause ci is a relative clause: a relative
// word (that, which, who, whom) right before its verb group with no
// subject of its own in between.
func (v *sview) isRelative(ci int) bool {
	if ci < 0 || ci >= len(v.s.Clauses) {
		return false
	}
	st := v.s.Clauses[ci].Verb.Start
	if st <= 0 || st > len(v.lower) {
		return false
	}
	switch v.lower[st-1] {
	case "that", "which", "who", "whom":
		t := v.s.Tokens[st-1].Tag
		return t == "WDT" || t == "WP" || t == "IN" || t == "DT"
	}
	return false
}

// relativeClause reports whether clause ci is a relative clause by the
// language layer's reading (subject, object, reduced and zero relatives:
// "the attack, which the UK has blamed on the Kremlin", "the agent used
// to poison") or by a relative word right before its verb. A relative
// clause describes its antecedent: it takes no modality from the clause
// above it.
func (v *sview) relativeClause(ci int) bool {
	if ci < 0 || ci >= len(v.s.Clauses) {
		return false
	}
	return v.s.Clauses[ci].Relative || v.isRelative(ci)
}

func clampTok(v *sview, k int) int {
	if k < 0 {
		return 0
	}
	if k >= len(v.lemma) {
		return len(v.lemma) - 1
	}
	return k
}

// intentCodes maps a cooperative action to CAMEO's "express intent" code.
var intentCodes = map[string]string{
	"04": "036", "040": "036", "041": "036", "042": "036", "043": "036", "044": "036", "045": "039", "046": "036",
	"05": "032", "050": "032", "051": "032", "052": "032", "053": "032", "054": "032", "055": "032", "056": "032", "057": "030",
	"06": "031", "060": "031", "061": "0311", "062": "0312", "063": "0313", "064": "0314",
	"07": "033", "070": "033", "071": "0331", "072": "0332", "073": "0333", "074": "0334", "075": "033",
	"08": "035", "080": "035", "081": "0351", "082": "0352", "083": "034", "0831": "0341", "0832": "0342", "0833": "0343", "0834": "0344",
	"084": "0353", "085": "0354", "086": "0355", "087": "0356",
	// an intended protest is a threat of protest
	"14": "133", "140": "133", "141": "133", "142": "133", "143": "133", "144": "133", "145": "133",
	// an intended use of force or coercion is a threat
	"15": "138", "150": "138", "151": "138", "152": "138", "153": "138", "154": "138",
	"16": "131", "160": "131", "161": "1313", "162": "1311", "163": "1312", "164": "134", "165": "135", "166": "136",
	"17": "130", "170": "130", "171": "131", "172": "132", "173": "137", "174": "136", "175": "137",
	"18": "1383", "180": "1383", "181": "1383", "182": "1383", "183": "1383", "184": "1383", "185": "1383", "186": "1383",
	"19": "1384", "190": "1384", "191": "1381", "192": "1382", "193": "1384", "194": "1384", "195": "1384", "196": "1384",
	"20": "1385", "200": "1383", "201": "1383", "202": "1383", "203": "1383", "204": "1385",
}

// demandCodes maps a demanded action to CAMEO's "demand" code.
var demandCodes = map[string]string{
	"03": "100", "036": "106", "037": "107", "038": "108", "039": "108",
	"04": "106", "040": "106", "041": "106", "042": "106", "043": "106", "044": "106", "045": "108", "046": "106",
	"05": "102", "050": "102", "051": "102", "052": "102", "053": "102", "054": "102", "055": "102", "056": "102", "057": "107",
	"06": "101", "060": "101", "061": "1011", "062": "1012", "063": "1013", "064": "1014",
	"07": "103", "070": "103", "071": "1031", "072": "1032", "073": "1033", "074": "1034", "075": "103",
	"08": "105", "080": "105", "081": "1051", "082": "1052", "083": "104", "0831": "1041", "0832": "1042", "0833": "1043", "0834": "1044",
	"084": "1053", "085": "1054", "086": "1055", "087": "1056",
}

// lookupMap finds the mapping for a code, trying the code, its 3-digit
// parent and its root.
func lookupMap(m map[string]string, code string) (string, bool) {
	for c := code; c != ""; c = cameo.Parent(c) {
		if v, ok := m[c]; ok {
			return v, true
		}
	}
	return "", false
}

// recode applies CAMEO's conventions for unrealised actions: an intended
// or planned cooperative action is the matching 03x "express intent" code
// (a threat for force), a demanded one the matching 10x "demand" code.
func recode(code, modality string) (string, string) {
	root := cameo.RootOf(code)
	switch modality {
	case event.Intended, event.Planned:
		if root == "03" || root == "13" || root == "10" {
			return code, ""
		}
		if root >= "15" && modality == event.Planned {
			return code, "" // a planned attack reported by others is not a threat
		}
		if nc, ok := lookupMap(intentCodes, code); ok {
			return nc, "intent:" + code
		}
	case event.Demanded:
		if root == "10" {
			return code, ""
		}
		if nc, ok := lookupMap(demandCodes, code); ok {
			return nc, "demand:" + code
		}
		if root == "01" || root == "09" || root == "11" || root == "12" || root == "14" {
			// "demanded that Hamas renounce ...": a demand
			return "100", "demand:" + code
		}
	}
	return code, ""
}

// backgroundNominal reports whether the nominal at k is the object of a
// preposition of time ("after the resignation of the minister",
// "following the attack", "since the invasion"): it names a past event.
func (v *sview) backgroundNominal(k int) bool {
	ch, ok := v.npAt(k)
	if !ok || ch.Start == 0 {
		return false
	}
	switch v.lower[ch.Start-1] {
	case "after", "following", "since":
		return true
	}
	return false
}

// npAt returns the noun-phrase chunk that holds token k, if any. Chunks
// are in token order and do not overlap, so the scan stops at the first
// chunk past k.
func (v *sview) npAt(k int) (nlp.Chunk, bool) {
	for _, ch := range v.s.Chunks {
		if ch.Start > k {
			break
		}
		if ch.Kind == nlp.NP && k < ch.End {
			return ch, true
		}
	}
	return nlp.Chunk{}, false
}

// notOnly reports whether the negation of clause ci is "not only" ("not
// only to fight Isis but also to ..."), which asserts.
func (v *sview) notOnly(ci int) bool {
	vg := v.s.Clauses[ci].Verb
	for k := max(vg.Start-3, 0); k < vg.End && k+1 < len(v.lower); k++ {
		if (v.lower[k] == "not" || v.lower[k] == "n't") && v.lower[k+1] == "only" {
			return true
		}
	}
	return false
}

// meansVerbs put something to use for a purpose: "used its veto to
// shield", "sent troops to prop up", "wielded its veto to block". When
// such a clause is asserted, its purpose infinitive is what the act did.
var meansVerbs = map[string]bool{"use": true, "wield": true, "employ": true, "exploit": true, "deploy": true,
	"send": true, "dispatch": true, "harness": true, "cast": true, "exercise": true, "invoke": true,
	"mobilise": true, "mobilize": true}

// purposeAfterTime reports an infinitive at token to that follows clause
// p's last argument, a prepositional phrase, across a time expression only
// ("intervened in Syria in 2015 to prop up Assad"): a purpose the language
// layer did not mark because of the time phrase. A clause with an object
// of its own is left out ("told Mattis in December to withdraw" names
// whom it asks).
func (v *sview) purposeAfterTime(p, to int) bool {
	pc := &v.s.Clauses[p]
	if pc.Object != nil && pc.Object.Start >= pc.Verb.End || len(pc.Preps) == 0 {
		return false
	}
	end := pc.Verb.End
	for _, a := range pc.Preps {
		end = max(end, a.End)
	}
	if end >= to {
		return false
	}
	for _, t := range v.s.Times {
		st := t.Start
		if st == end+1 && timePreps[v.lower[end]] {
			st = end
		}
		if st == end && t.End == to {
			return true
		}
	}
	return false
}

// timePreps open a phrase of time.
var timePreps = map[string]bool{"in": true, "on": true, "at": true, "during": true, "since": true, "by": true}

// stagingVerbs ready an act rather than do it: their purpose infinitive
// has not happened yet ("massed troops on the border to invade").
var stagingVerbs = map[string]bool{"mass": true, "amass": true, "gather": true, "assemble": true, "station": true,
	"position": true, "prepare": true, "ready": true, "build": true, "reinforce": true, "move": true,
	"train": true, "arm": true, "equip": true, "stockpile": true, "plan": true, "plot": true, "organise": true,
	"organize": true, "set": true, "form": true, "create": true, "establish": true, "raise": true, "recruit": true,
	"return": true, "threaten": true, "warn": true, "vow": true, "pledge": true, "promise": true,
	"remain": true, "stay": true, "wait": true, "stand": true, "put": true, "place": true, "keep": true, "hold": true}

// nearMiss adverbs right before a verb say its act came close but did not
// happen.
var nearMiss = map[string]bool{"almost": true, "nearly": true}

// crowdVerbs bring people together in one place; with no object and in
// the past, their purpose infinitive is what the crowd did there.
var crowdVerbs = map[string]bool{"gather": true, "come": true, "assemble": true, "flock": true, "converge": true, "turn": true}

// realisedPurpose reports whether the infinitive of clause ci is the
// purpose of an asserted act that carries it out: right after the verb or
// object of a means verb ("Russia has used its veto six times to shield
// the regime", "Putin sent the air force to prop up Assad"), or the
// complement of a past "was able to" ("the fighters were able to repel
// the troops"). The purpose is then asserted, not planned. The act itself
// must be asserted: no modal, no negation, not future, not itself an
// infinitive or under a cue ("plans to send troops to ...").
func (c *Coder) realisedPurpose(v *sview, ci int) bool {
	cl := &v.s.Clauses[ci]
	st := cl.Verb.Start
	if st < 0 || st >= len(v.lower) {
		return false
	}
	to := st
	if v.lower[st] != "to" {
		to = st - 1
	}
	if to <= 0 || v.lower[to] != "to" {
		return false
	}
	// the clause the infinitive serves: its parent, else the nearest
	// clause before it
	p := v.parentOf(ci)
	if p < 0 {
		for cj := range v.s.Clauses {
			if cj != ci && v.s.Clauses[cj].Verb.End <= to && (p < 0 || v.s.Clauses[cj].Verb.End > v.s.Clauses[p].Verb.End) {
				p = cj
			}
		}
	}
	if p < 0 || p >= len(v.s.Clauses) || p == ci {
		return false
	}
	pc := &v.s.Clauses[p]
	if pc.Reporting || pc.Verb.Passive || pc.Verb.Negated || pc.Verb.Modal != "" || pc.Verb.Tense == nlp.Future || v.isIrrealis(p) {
		return false
	}
	if m, _ := c.clauseCues(v, p); m != "" {
		return false
	}
	if pm := c.modality(v, p, clampTok(v, pc.Verb.Head), false); pm.modality != event.Asserted {
		return false // "demanded that Turkey use its influence to dissolve ..."
	}
	lem := v.lemma[clampTok(v, pc.Verb.Head)]
	if lem == "be" && v.lemma[to-1] == "able" {
		// "were able to repel": a past ability that was used
		t := v.s.Tokens[clampTok(v, pc.Verb.Head)].Tag
		return t == "VBD" || t == "VBN"
	}
	// any act done in the past for a purpose the language layer marked
	// ("intervened in Syria in 2015 to prop up Assad", "flew to Moscow
	// to meet Putin"), unless the act only readies the purpose ("massed
	// troops on the border to invade")
	done := pc.Verb.Tense == nlp.Past && (slices.Contains(cl.Verb.Markers, "in order to") || v.purposeAfterTime(p, to)) && !stagingVerbs[lem]
	if crowdVerbs[lem] && pc.Verb.Tense == nlp.Past && pc.Object == nil {
		// "thousands gathered to mourn him", "came to pay tribute": people
		// who came together in the past did what they came for
		done = true
	}
	if !meansVerbs[lem] && !done || pc.Verb.End > to {
		return false
	}
	if h := clampTok(v, pc.Verb.Head); pc.Verb.Start == h && v.s.Tokens[h].Tag == "VBN" {
		return false // "the nerve agent used to poison": a participle on a noun, its user unnamed
	}
	if complementNouns[v.lemma[to-1]] {
		return false // "used its power to", "sent a bill to": the noun's own infinitive
	}
	// nothing but the object and adverbials between the act and "to"
	for k := pc.Verb.End; k < to; k++ {
		if v.verb[k] || v.boundary[k] && v.lower[k] != "," {
			return false
		}
	}
	return true
}

// coordinatedNotComplement reports whether clause ci, which the language
// layer hung under a reporting or denying verb, is really a clause
// coordinated with it: the verb has a noun-phrase object and ci's own
// subject comes after that object behind "and" or "but" ("the government
// denied the attack and a team of inspectors arrived in Damascus"). The
// verb's denial and speaker then do not reach ci.
func (v *sview) coordinatedNotComplement(ci int) bool {
	cl := &v.s.Clauses[ci]
	p := cl.Parent
	if p < 0 || p >= len(v.s.Clauses) || cl.Subject == nil || cl.Verb.Passive {
		return false
	}
	pc := &v.s.Clauses[p]
	if pc.Object == nil || pc.Object.End > cl.Subject.Start {
		return false
	}
	for k := pc.Object.End; k < cl.Subject.Start && k < len(v.lower); k++ {
		switch v.lower[k] {
		case "and", "but", "while", "whereas", ";":
			return true
		case "that":
			return false
		}
	}
	return false
}

// attemptCue marks an asserted modality that comes from an attempt ("is
// trying to strike a deal").
const attemptCue = "attempt"

// attemptedOutcome reports a code that names an outcome, not an
// activity: trying to strike a deal (057) has struck none, so the attempt
// is an expressed intent; trying to negotiate or to storm a base is
// negotiating or attacking, as CAMEO codes attempts.
func attemptedOutcome(code string) bool {
	return code == "057"
}

// accompanyingHost returns the clause an -ing clause after "while" or
// "by" goes with ("would leave at a proper pace while at the same time
// continuing to fight", "will force a vote by tabling a motion"): the
// nearest clause before it that is not a report, when the language layer
// hung the -ing clause on a report or on nothing. It returns -1 otherwise.
func (v *sview) accompanyingHost(ci int) int {
	cl := &v.s.Clauses[ci]
	h := cl.Verb.Head
	if h < 0 || h >= len(v.s.Tokens) || v.s.Tokens[h].Tag != "VBG" || cl.Verb.Start != h {
		return -1
	}
	if p := cl.Parent; p >= 0 && p < len(v.s.Clauses) && !v.s.Clauses[p].Reporting && !v.relativeClause(ci) {
		return -1 // attached where it belongs (a participle read as a relative is not)
	}
	found := false
	for k := h - 1; k >= 0 && k >= h-6; k-- {
		// "while at the same time continuing"; "by" right before it
		// ("by tabling"), not a passive's agent ("by the army
		// prosecuting authority")
		if v.lower[k] == "while" || v.lower[k] == "by" && k == h-1 {
			found = true
			break
		}
		switch v.lower[k] {
		case "“", "”", "\"", "``", "''", "‘", "’":
			continue // a quotation opening inside the sentence
		}
		if v.verb[k] || v.boundary[k] && v.lower[k] != "," {
			return -1
		}
	}
	if !found {
		return -1
	}
	best := -1
	for cj := range v.s.Clauses {
		c := &v.s.Clauses[cj]
		if cj == ci || c.Reporting || c.Verb.End > h || v.relativeClause(cj) {
			continue
		}
		if best < 0 || c.Verb.End > v.s.Clauses[best].Verb.End {
			best = cj
		}
	}
	return best
}

// gerundComplement returns the clause whose prepositional object is the
// subject of the gerund clause ci, which the language layer left
// unattached ("could lead to Ankara signing a deal", "resulted in Turkey
// withdrawing": ci is that clause's complement), and that object: the
// subject the language layer gave ci starts the prepositional phrase, or
// ci's verb follows the phrase right away ("could lead to the Turkish
// president, Recep Tayyip Erdoğan, reaching a deal", where the language
// layer gave the gerund the subject of "lead"). It returns -1 otherwise.
func (v *sview) gerundComplement(ci int) (int, span) {
	cl := &v.s.Clauses[ci]
	h := cl.Verb.Head
	if cl.Parent >= 0 || h < 0 || h >= len(v.s.Tokens) || v.s.Tokens[h].Tag != "VBG" || cl.Verb.Start != h {
		return -1, span{}
	}
	st := -1
	if cl.Subject != nil {
		st = cl.Subject.Start
	}
	for cj := range v.s.Clauses {
		if cj == ci {
			continue
		}
		for i := range v.s.Clauses[cj].Preps {
			pr := &v.s.Clauses[cj].Preps[i]
			if pr.Start == st && st > 0 && (v.s.Tokens[st-1].Tag == "IN" || v.s.Tokens[st-1].Tag == "TO") {
				return cj, argSpan(pr)
			}
			switch pr.Prep {
			case "to", "of", "for", "from", "about", "on", "without", "against":
			default:
				continue
			}
			// right after the phrase, or after the comma closing an
			// apposition inside it; a comma after a plain phrase starts
			// an adjunct of the whole clause ("..., fearing ...")
			if e := pr.End; e == h || e+1 == h && v.lower[e] == "," && v.hasComma(argSpan(pr)) {
				return cj, argSpan(pr)
			}
		}
	}
	return -1, span{}
}

// conditionCues put the nominal after them in a condition, not a fact:
// "the truce hinged on the withdrawal of", "preconditions including the
// departure of", "depends on the disarmament of".
var conditionCues = map[string]bool{"hinge": true, "depend": true, "dependent": true, "contingent": true,
	"conditional": true, "precondition": true, "preconditions": true, "condition": true, "conditions": true,
	"provided": true, "providing": true, "unless": true, "if": true}

// conditionWord returns the first condition cue among the words before a
// nominal within its phrase (wordsBefore: up to six words back, not across
// a boundary).
func conditionWord(ws []string) (string, bool) {
	for _, w := range ws {
		if conditionCues[w] {
			return w, true
		}
	}
	return "", false
}

// refusedDenial reports whether clause p is a denial that is itself
// refused or negated ("refused to deny", "declined to deny", "did not
// deny"): what it is about is neither confirmed nor denied.
func (v *sview) refusedDenial(p int) bool {
	if p < 0 || p >= len(v.s.Clauses) {
		return false
	}
	pc := &v.s.Clauses[p]
	if v.lemma[clampTok(v, pc.Verb.Head)] != "deny" {
		return false
	}
	if pc.Verb.Negated {
		return true
	}
	for _, mk := range pc.Verb.Markers {
		switch strings.ToLower(mk) {
		case "refused to", "declined to", "failed to":
			return true
		}
	}
	if g := pc.Parent; g >= 0 && g < len(v.s.Clauses) {
		switch v.lemma[clampTok(v, v.s.Clauses[g].Verb.Head)] {
		case "refuse", "decline", "fail":
			return true
		}
	}
	return false
}

// toBeDone reports whether the nominal at k is followed, after its own
// phrase (modifiers, a list of parties), by a passive infinitive "to be
// held", "to be signed": an event still to come.
func (v *sview) toBeDone(k int) bool {
	for j := k + 1; j+2 < len(v.lower) && j < k+14; j++ {
		if v.lower[j] == "to" && v.lower[j+1] == "be" && v.s.Tokens[j+2].Tag == "VBN" {
			return true
		}
		if v.verb[j] || v.boundary[j] && v.lower[j] != "," {
			return false
		}
	}
	return false
}

// accusationVerbs put what they accuse someone of in doubt: "accused the
// UK of launching a campaign", "blamed Iran for arming the rebels".
var accusationVerbs = map[string]bool{"accuse": true, "blame": true, "charge": true, "suspect": true, "allege": true,
	"acquit": true, "clear": true}

// verdictVerbs find their complement done: "convicted of fighting
// against Isis", "jailed for joining the group".
var verdictVerbs = map[string]bool{"convict": true, "jail": true, "imprison": true, "sentence": true,
	"punish": true, "fine": true, "execute": true}

// causatives make their complement happen when they happened: "it led
// Mattis to quit", "the army was forced to withdraw", "prompted the
// minister to resign".
var causatives = map[string]bool{"lead": true, "force": true, "compel": true, "prompt": true, "cause": true, "oblige": true, "spur": true}

// hasComma reports whether the phrase sp holds a comma.
func (v *sview) hasComma(sp span) bool {
	for k := sp.start; k < sp.end && k < len(v.lower); k++ {
		if v.lower[k] == "," {
			return true
		}
	}
	return false
}

// modalConjunct returns the clause whose modal auxiliary also governs
// clause ci: ci has no modal and no subject of its own, its verb is a
// bare infinitive right after "and"/"or", and that clause is the nearest
// before it, past clauses nested in it ("could wage a campaign and go on
// to fight", "would shoot down incoming missiles and attack their
// launchers"). It returns -1 otherwise.
func (v *sview) modalConjunct(ci int) int {
	cl := &v.s.Clauses[ci]
	st := cl.Verb.Start
	if cl.Verb.Modal != "" || cl.Verb.Negated || st <= 0 || st >= len(v.lower) || v.lower[st-1] != "and" && v.lower[st-1] != "or" {
		return -1
	}
	if v.s.Tokens[st].Tag != "VB" {
		return -1 // "would retaliate and accused ...": a finite verb goes with another clause
	}
	for cj := ci - 1; cj >= 0; cj-- {
		pc := &v.s.Clauses[cj]
		if pc.Verb.Start >= st || pc.Verb.Modal == "" && pc.Parent >= 0 && pc.Parent < cj {
			continue // a clause nested in the first conjunct ("shoot down incoming missiles")
		}
		if pc.Verb.Modal == "" {
			return -1
		}
		return cj
	}
	return -1
}

// reportedState reports whether clause ci is a progressive or perfect
// infinitive after a passive verb of belief or report ("is believed to be
// supporting", "is said to have armed", "are thought to be holding"):
// others report an act going on or done, not one planned.
func (v *sview) reportedState(ci int) bool {
	st := v.s.Clauses[ci].Verb.Start
	if st < 0 || st+2 >= len(v.lower) {
		return false
	}
	if v.lower[st] != "to" {
		if st == 0 || v.lower[st-1] != "to" {
			return false
		}
		st--
	}
	switch {
	case v.lower[st+1] == "be" && v.s.Tokens[st+2].Tag == "VBG":
	case v.lower[st+1] == "have" && v.s.Tokens[st+2].Tag == "VBN":
	default:
		return false
	}
	for j := st - 1; j >= 0 && j >= st-3; j-- {
		switch v.lemma[j] {
		case "believe", "think", "say", "report", "understand", "know", "rumour", "rumor":
			return j > 0 && (v.s.Tokens[j].Tag == "VBN")
		}
	}
	return false
}

// conditionalForce reports whether clause ci (or gov, the clause whose
// modal governs it) has the future modal will/would/shall and a clause
// opened by "if" or "unless" that hangs on it or on nothing: a promise of
// force on a condition ("if Damascus uses gas again, the US will strike",
// "would attack the launchers if a strike threatened its troops").
func (v *sview) conditionalForce(ci, gov int) bool {
	if ci < 0 || ci >= len(v.s.Clauses) {
		return false
	}
	host := ci
	if gov >= 0 && gov < len(v.s.Clauses) {
		host = gov
	}
	if cj := v.modalConjunct(host); cj >= 0 {
		host = cj // "would shoot down the missiles and attack ... if"
	}
	switch strings.ToLower(v.s.Clauses[host].Verb.Modal) {
	case "will", "would", "shall", "'ll":
	default:
		return false
	}
	hc := &v.s.Clauses[host]
	st := hc.Verb.Start
	if hc.Subject != nil {
		st = hc.Subject.Start
	}
	for j := st - 1; j >= 0 && j >= st-2; j-- {
		if v.lower[j] == "whether" || v.lower[j] == "if" {
			return false // "asked whether Turkey would fight them if ...": a question
		}
	}
	for cj := range v.s.Clauses {
		if cj == ci || cj == host || !hasCondition(v.s.Clauses[cj].Verb.Markers) {
			continue
		}
		if cj != ci+1 && cj != ci-1 && cj != host+1 && cj != host-1 {
			continue // a condition of another part of the sentence
		}
		if p := v.s.Clauses[cj].Parent; p < 0 || p == ci || p == host || p == v.s.Clauses[host].Parent {
			return true // on the act, on nothing, or beside it under the same report
		}
	}
	return false
}

// The cues of an announced act (see movementCode for the acts they make
// planned).
const (
	cueAnnouncedProgressive = "announced (progressive)"
	cueAnnouncedParticiple  = "announced (participle)"
)

// announcedWords are the participles and nouns that make a decision
// public before it is carried out.
var announcedWords = map[string]bool{"announce": true, "announcement": true, "pledge": true, "promise": true,
	"decision": true, "vow": true, "unveil": true}

// progressive reports whether clause ci's verb is a progressive form
// ("was pulling", "is sending") with no modal.
func (v *sview) progressive(ci int) bool {
	vg := v.s.Clauses[ci].Verb
	h := vg.Head
	if h <= 0 || h >= len(v.s.Tokens) || v.s.Tokens[h].Tag != "VBG" {
		return false
	}
	for j := max(vg.Start, 0); j < h; j++ {
		if v.lemma[j] == "be" {
			return true
		}
	}
	return false
}

// afterAnnouncementNoun reports whether clause ci is the that-clause of a
// noun making a decision public ("Trump's announcement that he was
// pulling the troops out").
func (v *sview) afterAnnouncementNoun(ci int) bool {
	cl := &v.s.Clauses[ci]
	st := cl.Verb.Start
	if cl.Subject != nil && cl.Subject.Start < st {
		st = cl.Subject.Start
	}
	return st >= 2 && v.lower[st-1] == "that" && announcedWords[v.lemma[st-2]] && strings.HasPrefix(v.s.Tokens[st-2].Tag, "NN")
}

// announcedParticiple reports whether the nominal at k is followed, after
// its own phrase, by a participle that makes it a decision made public
// ("the US withdrawal from Syria, announced by the president", "the
// pullout announced last week").
func (v *sview) announcedParticiple(k int) bool {
	for j := k + 1; j < len(v.lemma) && j <= k+6; j++ {
		if v.s.Tokens[j].Tag == "VBN" && announcedWords[v.lemma[j]] {
			return j == k+1 || v.lower[j-1] == ","
		}
		if v.lower[j] == "," {
			continue
		}
		if t := v.s.Tokens[j].Tag; strings.HasPrefix(t, "VB") || t == "." {
			return false
		}
	}
	return false
}

// announcedBy reports whether clause ci is the direct content of a verb
// that makes a decision public ("announced/confirmed that ...").
func (v *sview) announcedBy(ci int) bool {
	p := v.s.Clauses[ci].Parent
	if p < 0 || p >= len(v.s.Clauses) || !v.s.Clauses[p].Reporting || v.relativeClause(ci) {
		return false
	}
	switch v.lemma[clampTok(v, v.s.Clauses[p].Verb.Head)] {
	case "announce", "declare", "confirm", "decide", "decree":
		return true
	}
	return false
}

// timeNouns are the objects with which "set" schedules ("set a date for
// the talks").
var timeNouns = map[string]bool{"date": true, "time": true, "timetable": true, "deadline": true, "day": true,
	"schedule": true, "timeline": true}

// setsNoTime reports whether the object of "set" is a phrase that is no
// date or deadline ("set the stage for", "set preconditions on").
func (v *sview) setsNoTime(obj *nlp.Arg) bool {
	if obj == nil {
		return false
	}
	sp := argSpan(obj)
	for k := max(sp.start, 0); k < sp.end && k < len(v.lemma); k++ {
		if timeNouns[v.lemma[k]] {
			return false
		}
	}
	return true
}

// pastModified reports whether the nominal at k is modified, inside its
// phrase, by an adjective placing it in the past ("recent threats",
// "the previous talks", "earlier attacks").
func (v *sview) pastModified(k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		t := v.s.Tokens[j].Tag
		if !strings.HasPrefix(t, "JJ") && !strings.HasPrefix(t, "NN") && t != "POS" && t != "DT" && t != "PRP$" && t != "RB" {
			return false
		}
		switch v.lower[j] {
		case "recent", "previous", "earlier", "past", "former":
			return strings.HasPrefix(t, "JJ")
		case "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
			// "last Friday's suicide bombing", "yesterday's attack"
			return j+1 < k && v.s.Tokens[j+1].Tag == "POS" && (v.lower[j] == "yesterday" || j > 0 && v.lower[j-1] == "last")
		case "week", "month", "year", "weekend", "night":
			return j+1 < k && v.s.Tokens[j+1].Tag == "POS" && j > 0 && v.lower[j-1] == "last"
		}
	}
	return false
}

// sinceComplementizer returns how many of the n words before token k lie
// after "insist (that)": "insisted (that) the talks were going well"
// states a fact, so "insist" is no demand cue of a nominal in its
// complement ("insisted on the withdrawal" still demands);
// the clause chain decides (a subjunctive complement is demanded, see
// subjunctive).
func (v *sview) sinceComplementizer(k, n int) int {
	for j, got := min(k, len(v.lower))-1, 0; j > 0 && got < n; j, got = j-1, got+1 {
		if v.boundary[j] {
			break
		}
		if v.lower[j] == "that" && v.s.Tokens[j].Tag == "IN" && v.lemma[j-1] == "insist" {
			return got
		}
		if v.lemma[j] == "insist" && strings.HasPrefix(v.s.Tokens[j].Tag, "VB") && j+1 < k && v.lower[j+1] != "on" && v.lower[j+1] != "upon" {
			return got // "insisted his attack on Labour was no stunt"
		}

	}
	return n
}

// subjunctive reports whether clause ci is a finite clause in the
// subjunctive, a bare verb with no modal and no "to" ("that Turkey
// withdraw", "that talks be held"): what a mandative verb above it asks
// for, not a fact it states. A present form is one after a singular
// subject that is no pronoun ("that Turkey withdraw"), or after a past
// verb above (pastAbove: "insisted that the rebels withdraw"; a fact
// would be told in the past, "withdrew").
func (v *sview) subjunctive(ci int, pastAbove bool) bool {
	if ci < 0 || ci >= len(v.s.Clauses) {
		return false
	}
	vg := v.s.Clauses[ci].Verb
	st := vg.Start
	if st < 0 || st >= len(v.s.Tokens) || vg.Modal != "" || v.isIrrealis(ci) || v.s.Clauses[ci].Subject == nil {
		return false
	}
	if v.lower[st] == "not" && st+1 < len(v.s.Tokens) {
		st++ // "that Turkey not interfere"
	}
	tag := v.s.Tokens[st].Tag
	if tag == "VBD" && v.lower[st] == v.lemma[st] && !samePast[v.lemma[st]] {
		tag = "VBP" // a base form read as a past ("that Turkey withdraw")
	}
	switch tag {
	case "VB":
		return true
	case "VBP":
		if pastAbove {
			return true
		}
		sp := argSpan(v.s.Clauses[ci].Subject)
		if !sp.ok() || sp.end > len(v.s.Tokens) {
			return false
		}
		h := v.s.Tokens[sp.end-1].Tag
		return (h == "NNP" || h == "NN") && !subjectPronouns[v.lower[sp.end-1]]
	}
	return false
}

// samePast are verbs whose past is their base form: "that Turkey hit the
// town" may tell a fact.
var samePast = map[string]bool{"put": true, "cut": true, "set": true, "hit": true, "let": true, "shut": true,
	"spread": true, "cast": true, "quit": true, "hurt": true, "cost": true, "bid": true, "burst": true, "read": true,
	"thrust": true, "upset": true, "broadcast": true, "forecast": true}

// endingWords are the verbs that end an act going on: the act they take as
// object happens ("halt the slaughter", "end the war", "cut short the air
// war").
var endingWords = map[string]bool{"halt": true, "stop": true, "end": true, "short": true, "down": true}

// endedNominal reports whether the nominal at k is the object of a verb
// that ends it ("would halt the slaughter of civilians", "planning to cut
// short the air war against Isis", "wind down the war"): the act goes on,
// asserted whatever the clause says of its ending. Only past determiners,
// possessives and adjectives in its phrase.
func (v *sview) endedNominal(k int) bool {
	ch, ok := v.npAt(k)
	if !ok || ch.Start == 0 || ch.Start >= len(v.lemma) {
		return false
	}
	j := ch.Start - 1
	w := v.lemma[j]
	if !endingWords[w] || !strings.HasPrefix(v.s.Tokens[j].Tag, "VB") && !strings.HasPrefix(v.s.Tokens[j].Tag, "RP") && !strings.HasPrefix(v.s.Tokens[j].Tag, "RB") && !strings.HasPrefix(v.s.Tokens[j].Tag, "JJ") {
		return false
	}
	switch w {
	case "short":
		return j > 0 && v.lemma[j-1] == "cut"
	case "down":
		return j > 0 && v.lemma[j-1] == "wind"
	}
	return strings.HasPrefix(v.s.Tokens[j].Tag, "VB")
}

// endingSubjectVerbs end the act that is their subject: "the assault
// would finish within days", "the war will end".
var endingSubjectVerbs = map[string]bool{"finish": true, "end": true, "conclude": true, "cease": true, "stop": true}

// endsItself reports whether the nominal at k is in the subject of a
// clause whose verb ends it ("a final assault on the redoubt would finish
// within days"): the act goes on.
func (v *sview) endsItself(k int) bool {
	for ci := range v.s.Clauses {
		cl := &v.s.Clauses[ci]
		if sp := argSpan(cl.Subject); sp.ok() && k >= sp.start && k < sp.end && !cl.Verb.Passive &&
			endingSubjectVerbs[v.lemma[clampTok(v, cl.Verb.Head)]] && cl.Object == nil {
			return true
		}
	}
	return false
}

// infoNouns and attitudeWords name what a negated clause denies instead
// of the act in its complement: "could not give a timeline for the
// withdrawal", "not hopeful of Trump's threats".
var infoNouns = map[string]bool{"timeline": true, "timetable": true, "date": true, "detail": true, "details": true,
	"figure": true, "figures": true, "comment": true, "information": true, "indication": true, "update": true,
	"estimate": true, "explanation": true, "word": true, "hopeful": true, "optimistic": true, "confident": true}

// negationWords are the words of a negation cue.
var negationWords = map[string]bool{"not": true, "n't": true, "no": true, "never": true}

// infoBefore reports whether a word of infoNouns stands among the six
// words before the nominal at k, with a preposition after it that takes
// the nominal ("a timeline for the withdrawal").
func (v *sview) infoBefore(k int) bool {
	for j, got := min(k, len(v.lower))-1, 0; j >= 0 && got < 6; j, got = j-1, got+1 {
		if v.boundary[j] {
			return false
		}
		if v.infoWordFor(j, k) {
			return true
		}
	}
	return false
}

// infoWordFor reports whether token j is a word of infoNouns with a
// preposition after it, before the nominal at k, that takes the nominal.
func (v *sview) infoWordFor(j, k int) bool {
	if !infoNouns[v.lemma[j]] && !infoNouns[v.lower[j]] {
		return false
	}
	for p := j + 1; p < k; p++ {
		switch v.lower[p] {
		case "for", "on", "of", "about", "over", "regarding":
			return true
		}
	}
	return false
}

// negationStops reports whether the negation of clause ci stops before
// the nominal at k: a word between the verb and the nominal names what is
// denied (a timeline, details, a comment; being hopeful or sure of it),
// followed by the preposition that takes the nominal.
func (v *sview) negationStops(ci, k int) bool {
	h := v.s.Clauses[ci].Verb.Head
	if h < 0 || k <= h || k > len(v.lemma) {
		return false
	}
	for j := h + 1; j < k && j < h+8; j++ {
		if v.boundary[j] {
			return false
		}
		if v.infoWordFor(j, k) {
			return true
		}
	}
	return false
}

// reactionNouns name a reaction to another's act: "their response to the
// attack", "retaliation for the bombing".
var reactionNouns = map[string]bool{"response": true, "reaction": true, "retaliation": true, "reply": true,
	"answer": true, "condemnation": true, "investigation": true, "inquiry": true, "probe": true,
	"outrage": true, "revenge": true, "reprisal": true, "reprisals": true}

// reactedTo reports whether the nominal at k names an act that others
// react to: its phrase follows a reaction noun or verb and the
// preposition that takes it ("respond to the chemical attacks", "their
// response to the attack", "in retaliation for the bombing"), or is the
// object of a reaction verb of clause ci that condemns, investigates or
// mourns it. Clause ci is the nominal's governing clause or -1.
func (v *sview) reactedTo(ci, k int) bool {
	ch, ok := v.npAt(k)
	if !ok || ch.Start < 2 || ch.Start > len(v.lemma) {
		return false
	}
	ch.Start = v.nominalStart(ch)
	if ch.Start < 2 {
		return false
	}
	if v.lower[ch.Start-1] == "of" {
		// "react to the use of chemical weapons": the phrase the of-phrase hangs on
		if hc, ok := v.npAt(ch.Start - 2); ok && hc.Start >= 2 {
			ch.Start = hc.Start
		}
	}
	switch v.lower[ch.Start-1] {
	case "to", "for", "into", "over", "against":
		w := v.lemma[ch.Start-2]
		if reactionNouns[w] && strings.HasPrefix(v.s.Tokens[ch.Start-2].Tag, "NN") {
			return true
		}
		if w == "respond" || w == "react" || w == "retaliate" || w == "reply" {
			return true
		}
	}
	if ci >= 0 && ci < len(v.s.Clauses) {
		cl := &v.s.Clauses[ci]
		if ob := argSpan(cl.Object); ob.ok() && ob.start == ch.Start {
			switch v.lemma[clampTok(v, cl.Verb.Head)] {
			case "condemn", "denounce", "deplore", "decry", "investigate", "probe", "mourn", "commemorate", "avenge", "punish":
				return true
			}
		}
	}
	return false
}

// nominalStart returns where the phrase of chunk ch begins, its possessor
// included ("Saturday's chemical attack", "Donald Trump's threats").
func (v *sview) nominalStart(ch nlp.Chunk) int {
	if p := ch.Possessor; p >= 0 && p < len(v.s.Chunks) && v.s.Chunks[p].Start < ch.Start {
		return v.s.Chunks[p].Start
	}
	if ch.Start >= 2 && ch.Start <= len(v.s.Tokens) && v.s.Tokens[ch.Start-1].Tag == "POS" {
		if pc, ok := v.npAt(ch.Start - 2); ok {
			return pc.Start
		}
		if mi := v.mEnd[ch.Start-1]; mi >= 0 && mi < len(v.mentions) {
			return v.mentions[mi].Start
		}
		return ch.Start - 2 // a one-word possessor outside any chunk
	}
	if ch.Start >= 1 && ch.Start <= len(v.s.Tokens) {
		// a mention holding its own "'s" right before the chunk
		if mi := v.mEnd[ch.Start-1]; mi >= 0 && mi < len(v.mentions) && v.s.Tokens[ch.Start-1].Tag == "POS" {
			return v.mentions[mi].Start
		}
	}
	return ch.Start
}

// Cues of the rules below, as reported in an event's modality cue.
const (
	cueNotRuledOut  = "not ruled out"
	cuePerfectModal = "perfect modal"
	cueDemandNoun   = "demand (noun)"
)

// askedOf reports whether clause p wants, asks or expects someone else to
// do what its infinitive complement ci names ("the council wants the
// French government to expel the ambassador"): the act is demanded by p's
// subject, never the intent or plan of the one asked.
func (v *sview) askedOf(p, ci int) bool {
	pc, cl := &v.s.Clauses[p], &v.s.Clauses[ci]
	switch v.lemma[clampTok(v, pc.Verb.Head)] {
	case "want", "ask", "expect", "wish":
	default:
		return false
	}
	if pc.Verb.Passive || pc.Object == nil || cl.Subject == nil || !v.isIrrealis(ci) {
		return false
	}
	if st := cl.Verb.Start; st < 0 || st >= len(v.lower) || v.lower[st] != "to" && (st == 0 || v.lower[st-1] != "to") {
		return false // "to" + infinitive only, not "from launching"
	}
	obj, subj := argSpan(pc.Object), argSpan(cl.Subject)
	if obj.start < pc.Verb.End {
		return false // "the deal that Trump wants to destroy": no one asked
	}
	return overlaps(obj, subj) && !overlaps(argSpan(pc.Subject), subj)
}

// doubtAdjectives are the adjectives of hope and doubt that make a
// that-complement a hypothesis ("is sceptical that Obama will attack").
var doubtAdjectives = map[string]bool{
	"sceptical": true, "skeptical": true, "doubtful": true, "hopeful": true, "optimistic": true,
	"pessimistic": true, "unsure": true, "uncertain": true,
}

// hopedFor reports whether clause p hopes or doubts that the finite clause
// ci happens ("I hope the strikes will hit", "she doubts that Germany will
// attack", "he is sceptical that Obama will launch an attack"): a
// hypothesis, not the intent or plan of anyone in ci.
func (v *sview) hopedFor(p, ci int) bool {
	if v.isIrrealis(ci) {
		return false // "hopes to meet": the subject's own intent
	}
	pc := &v.s.Clauses[p]
	h := clampTok(v, pc.Verb.Head)
	switch v.lemma[h] {
	case "hope":
		// "Kenya hopes it will sign a deal": its own intent, as "hopes to"
		return strings.HasPrefix(v.s.Tokens[h].Tag, "VB") && !v.sameSubject(p, ci)
	case "doubt":
		return strings.HasPrefix(v.s.Tokens[h].Tag, "VB")
	case "be", "remain", "seem", "appear":
		for k := h + 1; k < len(v.lower) && k <= h+3 && k < v.s.Clauses[ci].Verb.Start; k++ {
			if doubtAdjectives[v.lower[k]] {
				return true
			}
		}
	}
	return false
}

// keptFrom reports whether clause ci is a gerund after "from" that clause
// p keeps someone from doing ("steered the president away from launching
// strikes", "a bill to ban firms from boycotting Israel", "deter Iran from
// attacking"): the act is not done, and its agent is the one kept from
// it, not p's subject.
func (v *sview) keptFrom(p, ci int) bool {
	switch v.lemma[clampTok(v, v.s.Clauses[p].Verb.Head)] {
	case "steer", "dissuade", "deter", "discourage", "ban", "bar", "prohibit", "forbid", "restrain",
		"block", "stop", "keep", "talk", "warn", "exclude", "disqualify":
	default:
		return false
	}
	vg := v.s.Clauses[ci].Verb
	h := vg.Head
	return h >= 0 && h < len(v.s.Tokens) && v.s.Tokens[h].Tag == "VBG" && vg.Start > 0 && v.lower[vg.Start-1] == "from"
}

// perfectModal reports whether clause ci is "will/must have" + a past
// participle ("the police will already have shared the data", "they must
// have known"): a judgement about the past, so the act was done. A future
// perfect with a deadline in its own clause ("will have withdrawn by May",
// "by next year Britain will have withdrawn") is a plan and is left alone.
func (v *sview) perfectModal(ci int) bool {
	vg := v.s.Clauses[ci].Verb
	modal := strings.ToLower(vg.Modal)
	if modal != "will" && modal != "must" {
		return false
	}
	perfect := false
	for k := max(vg.Start, 0); k+1 < vg.End && k+1 < len(v.lower); k++ {
		if v.lower[k] == "have" && v.s.Tokens[k+1].Tag == "VBN" {
			perfect = true
		}
	}
	if !perfect || modal == "must" {
		return perfect
	}
	deadline := func(k int) bool {
		switch v.lower[k] {
		case "by", "before", "until", "when", "once", "within", "next":
			return true
		}
		return false
	}
	for k := min(vg.Start, len(v.lower)) - 1; k >= 0 && !v.boundary[k]; k-- {
		if deadline(k) {
			return false
		}
	}
	// forward to the end of the clause: a boundary, a coordinator or the
	// verb of another clause ("... will have shared some data but talks
	// will cease until ...": not this clause's deadline)
	for k := max(vg.End, 0); k < len(v.lower) && !v.boundary[k]; k++ {
		if w := v.lower[k]; w == "but" || w == "and" || w == "while" || w == "although" || w == "though" || v.clauseVerbAt(k) {
			break
		}
		if deadline(k) {
			return false
		}
	}
	return true
}

// clauseVerbAt reports whether token k starts the verb group of a clause.
func (v *sview) clauseVerbAt(k int) bool {
	for i := range v.s.Clauses {
		if v.s.Clauses[i].Verb.Start == k {
			return true
		}
	}
	return false
}

// notRuledOut reports whether clause ci is "not rule out" itself or a
// complement of it that took its negation ("Turkey did not rule out
// attending the conference"). The pattern holds the negation: the
// consideration is asserted, what is considered is a possibility.
// It returns (self, complement).
func (v *sview) notRuledOut(ci int) (bool, bool) {
	ruleOut := func(c int) bool {
		vg := v.s.Clauses[c].Verb
		h := clampTok(v, vg.Head)
		return vg.Negated && v.lemma[h] == "rule" && h+1 < len(v.lower) && v.lower[h+1] == "out"
	}
	if ruleOut(ci) {
		return true, false
	}
	p := v.s.Clauses[ci].Parent
	if p < 0 || p >= len(v.s.Clauses) || !ruleOut(p) {
		return false, false
	}
	// the complement's own negation ("did not rule out not attending")
	vg := v.s.Clauses[ci].Verb
	for k := max(vg.Start-1, 0); k < vg.End && k < len(v.lower); k++ {
		if negationWords[v.lower[k]] {
			return false, false
		}
	}
	return false, true
}

// doubtHost returns the clause whose adjective of hope or doubt takes
// clause ci as its that-complement when the language layer left ci
// unattached ("he is sceptical (that) Obama will attack"), or -1.
func (v *sview) doubtHost(ci int) int {
	subj := v.s.Clauses[ci].Subject
	if subj == nil {
		return -1
	}
	for cj := range v.s.Clauses {
		e := v.s.Clauses[cj].Verb.End
		if cj == ci || e < 0 || e+1 >= len(v.lower) || !doubtAdjectives[v.lower[e]] {
			continue
		}
		if subj.Start == e+1 || subj.Start == e+2 && v.lower[e+1] == "that" {
			return cj
		}
	}
	return -1
}

// demandNouns are the nouns whose that-clause names an act asked of
// someone ("their demands that Mubarak step down").
var demandNouns = map[string]bool{"demand": true, "insistence": true, "ultimatum": true, "request": true, "call": true}

// demandMakers are the verbs whose subject makes the demand they take as
// object ("renewed its demand that").
var demandMakers = map[string]bool{
	"make": true, "issue": true, "repeat": true, "renew": true, "reiterate": true, "restate": true,
	"press": true, "voice": true, "stress": true, "echo": true, "deliver": true, "have": true,
	"put": true, "underline": true, "emphasise": true, "emphasize": true,
}

// demandNounHost reports whether clause ci is the that-clause of a demand
// noun ("the protesters repeated their demands that Mubarak step down",
// "the opposition's demand that Assad step aside"): the act is demanded,
// not done. It returns the clause whose subject makes the demand (the
// clause holding the noun, when the noun has no possessor of its own other
// than a pronoun), or -1 when no clause does.
func (v *sview) demandNounHost(ci int) (bool, int) {
	subj := v.s.Clauses[ci].Subject
	if subj == nil || subj.Start < 2 || v.lower[subj.Start-1] != "that" {
		return false, -1
	}
	n := subj.Start - 2
	if ch, ok := v.npAt(n); ok && ch.Start >= 2 && v.lower[ch.Start-1] == "of" {
		// "the demands of the Syrian opposition that Assad step aside":
		// the maker follows the noun, and no clause names it
		if m := ch.Start - 2; demandNouns[v.lemma[m]] && strings.HasPrefix(v.s.Tokens[m].Tag, "NN") {
			return true, -1
		}
	}
	if !demandNouns[v.lemma[n]] || !strings.HasPrefix(v.s.Tokens[n].Tag, "NN") {
		return false, -1
	}
	ch, ok := v.npAt(n)
	if !ok {
		return true, -1
	}
	for k := ch.Start; k < n; k++ {
		if v.s.Tokens[k].Tag == "POS" {
			return true, -1 // "the opposition's demand": the possessor, no clause
		}
	}
	for cj := range v.s.Clauses {
		if cj != ci && v.argContains(cj, n) {
			if v.s.Clauses[cj].Verb.Passive || !demandMakers[v.lemma[clampTok(v, v.s.Clauses[cj].Verb.Head)]] {
				return true, -1 // "Kenya rejected the demand that ...": not Kenya's
			}
			return true, cj
		}
	}
	return true, -1
}

// demandModals are the modals of obligation.
var demandModals = map[string]bool{"must": true, "should": true, "ought": true}

// deepNominal reports whether the nominal at k lies two or more
// prepositional phrases below the verb of clause ci ("Kenya must pay
// compensation for its role in the killing of Ugandan soldiers"): a modal
// of obligation is about the verb's own act and does not reach an act
// named inside a phrase of another noun, which was done. An act one
// preposition away ("should push for the withdrawal of troops") is still
// the one asked for.
func (v *sview) deepNominal(ci, k int) bool {
	ch, ok := v.npAt(k)
	if !ok {
		return false
	}
	e := v.s.Clauses[ci].Verb.End
	if e < 0 || ch.Start <= e || ch.Start > len(v.s.Tokens) {
		return false
	}
	preps := 0
	for j := e; j < ch.Start; j++ {
		if v.boundary[j] {
			return false
		}
		if v.s.Tokens[j].Tag == "IN" {
			preps++
		}
	}
	return preps >= 2
}

// sameSubject reports whether the subject of clause ci is a subject pronoun
// or names the same actors as the subject of clause p ("Kenya hopes it
// will sign", "Kenya hopes Kenya will sign").
func (v *sview) sameSubject(p, ci int) bool {
	sp := argSpan(v.s.Clauses[ci].Subject)
	if !sp.ok() {
		return true
	}
	if sp.end-sp.start == 1 && subjectPronouns[v.lower[sp.start]] {
		return true
	}
	a, b := v.actorsIn(argSpan(v.s.Clauses[p].Subject)), v.actorsIn(sp)
	return len(a) > 0 && sameActors(a, b)
}
