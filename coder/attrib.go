package coder

import (
	"strings"

	"github.com/heraldevents/herald/actor"
	"github.com/heraldevents/herald/event"
	"github.com/heraldevents/herald/nlp"
)

// anonymousHeads are head words of an unnamed source ("a source",
// "diplomatic sources", "officials who declined to be named").
var anonymousHeads = map[string]bool{"source": true, "sources": true, "official": true, "officials": true,
	"diplomat": true, "diplomats": true, "insider": true, "insiders": true, "person": true, "people": true,
	"aide": true, "aides": true, "observer": true, "observers": true, "witness": true, "witnesses": true, "resident": true, "residents": true}

// anonymousCues mark a source that is explicitly unnamed.
var anonymousCues = []string{"anonymous", "anonymity", "unnamed", "not to be named", "not be named", "declined to be named",
	"declined to be identified", "not authorized", "not authorised", "on condition", "preferred not", "asked not"}

// attribution finds who the information of a match comes from: the outlet
// of the article, the agency cited (subject of a reporting clause or in
// "according to"), the speaker (a non-agency reporter or the speaker of a
// quotation) and whether the source is anonymous.
func (c *Coder) attribution(in Input, v *sview, m match) event.Attribution {
	a := event.Attribution{Outlet: in.Article.Outlet}
	// reporting clauses above the event's clause
	if ci := m.clause; ci >= 0 && ci < len(v.s.Clauses) {
		seen := 0
		for cur, p := ci, v.s.Clauses[ci].Parent; p >= 0 && p < len(v.s.Clauses) && seen < 8; seen++ {
			if v.coordinatedNotComplement(cur) {
				break // "Britain denied the attack and inspectors arrived": not Britain's report
			}
			pc := &v.s.Clauses[p]
			if pc.Reporting && v.reportsClause(p, cur) {
				subj := argSpan(pc.Subject)
				if subj.ok() && v.agencyIn(subj) == nil {
					// "the “Novosti” agency quoted": the name just before the head
					if ag := v.agencyBefore(subj.end - 1); ag != nil && ag.End > subj.start-1 {
						subj = span{min(ag.Start, subj.start), subj.end}
					}
				}
				if !subj.ok() {
					// "The official Iranian News Agency, IRNA, said": an
					// agency just before the verb is the reporter
					if ag := v.agencyBefore(pc.Verb.Start); ag != nil {
						subj = span{ag.Start, ag.End}
					}
				}
				v.attributeTo(&a, subj)
				// "revealed to Al-Watan", "told Reuters": an agency as the recipient
				for _, pr := range pc.Preps {
					if pr.Prep == "to" {
						if ag := v.agencyIn(argSpan(&pr)); ag != nil && a.ReportedBy == "" {
							a.ReportedBy = ag.Text
						}
					}
				}
				if ag := v.agencyIn(argSpan(pc.Object)); ag != nil && a.ReportedBy == "" {
					a.ReportedBy = ag.Text
				}
			}
			cur, p = p, pc.Parent
		}
	}
	// sentence-level attributions: "according to X", "X said", "X quoted"
	for _, at := range v.s.Attributions {
		if v.attributionBelow(span{at.Start, at.End}, m.clause, m.anchor.start) {
			continue
		}
		v.attributeTo(&a, span{at.Start, at.End})
	}
	// a quotation containing the event
	if k := m.anchor.start; k >= 0 && k < len(v.s.Tokens) {
		off := v.s.Tokens[k].Start
		for _, q := range v.doc.Quotes {
			if off >= q.Start && off < q.End {
				a.Quoted = true
				if q.SpeakerEnd > q.SpeakerStart && q.SpeakerStart >= 0 && q.SpeakerEnd <= len(v.doc.Text) {
					a.SaidBy = v.doc.Text[q.SpeakerStart:q.SpeakerEnd]
				}
				break
			}
		}
	}
	return a
}

// attributeTo records the phrase sp as the agency (when it is one) or the
// speaker, keeping the nearest already found.
func (v *sview) attributeTo(a *event.Attribution, sp span) {
	if !sp.ok() || sp.start < 0 || sp.end > len(v.s.Tokens) {
		return
	}
	if ag := v.agencyIn(sp); ag != nil {
		if a.ReportedBy == "" {
			a.ReportedBy = ag.Text
		}
		return
	}
	if a.SaidBy != "" {
		return
	}
	sp = v.lastConjunct(sp)
	txt := v.text(sp)
	if txt == "" || !v.speakerLike(sp) {
		return
	}
	a.SaidBy = txt
	if len(v.actorsIn(sp)) == 0 && v.anonymous(sp) {
		a.Anonymous = true
	}
}

// agencyBefore returns the agency mention nearest before token k with
// nothing but punctuation and the agency's apposition in between.
func (v *sview) agencyBefore(k int) *actor.Mention {
	var best *actor.Mention
	for _, m := range v.mentions {
		if !m.Agency || m.End > k || k-m.End > 2 {
			continue
		}
		if best == nil || m.End > best.End {
			best = m
		}
	}
	return best
}

// anonymous reports whether a phrase is an unnamed source.
func (v *sview) anonymous(sp span) bool {
	lower := strings.ToLower(v.text(sp))
	for _, cue := range anonymousCues {
		if strings.Contains(lower, cue) {
			return true
		}
	}
	if anonymousHeads[v.lower[sp.end-1]] {
		return true
	}
	// the rest of the sentence may say it: "The source, who preferred not
	// to be named, ..."
	rest := strings.ToLower(v.s.Text)
	for _, cue := range anonymousCues[3:] {
		if strings.Contains(rest, cue) {
			return true
		}
	}
	return false
}

// location finds where the event took place: a place name after "in" or
// "at" in the event's clause (or after the event nominal), with the
// country of the actor it resolves to.
func (v *sview) location(m match) *event.Location {
	s := v.s
	isPlace := func(sp span) (span, bool) {
		for _, en := range s.Entities {
			if en.Kind == nlp.Place && en.Start >= sp.start && en.End <= sp.end && en.Start < en.End {
				return span{en.Start, en.End}, true
			}
		}
		return span{}, false
	}
	var found span
	if ci := m.clause; ci >= 0 && ci < len(s.Clauses) {
		for _, pr := range s.Clauses[ci].Preps {
			if pr.Prep != "in" && pr.Prep != "at" {
				continue
			}
			if sp, ok := isPlace(span{pr.Start, pr.End}); ok {
				found = sp
				break
			}
		}
	}
	if !found.ok() {
		// "in Moscow" right after the anchor phrase, within a few tokens
		for k := m.anchor.end; k < len(s.Tokens) && k < m.end+6; k++ {
			if v.lower[k] != "in" && v.lower[k] != "at" {
				continue
			}
			if sp, ok := isPlace(span{k + 1, min(k+5, len(s.Tokens))}); ok {
				found = sp
				break
			}
		}
	}
	if !found.ok() {
		return nil
	}
	loc := &event.Location{Text: v.text(found)}
	for _, mn := range v.mentions {
		if mn.Start < found.end && mn.End > found.start {
			for _, a := range mn.Actors {
				if a.Country != "" {
					loc.Country = a.Country
					break
				}
			}
			break
		}
	}
	if loc.Text == "" {
		return nil
	}
	return loc
}

// setDate fills the date fields of e: the time expression of the sentence
// nearest the anchor, else the publication date, else none.
func (c *Coder) setDate(e *event.Event, in Input, v *sview, anchor int) {
	var best *nlp.Timex
	bestDist := 1 << 30
	for i := range v.s.Times {
		t := &v.s.Times[i]
		d := t.Start - anchor
		if d < 0 {
			d = -d
		}
		if d < bestDist {
			best, bestDist = t, d
		}
	}
	if best != nil {
		e.DateText = best.Text
		if best.Resolved && !best.Value.IsZero() {
			e.Date = best.Value.Format("2006-01-02")
			e.DatePrecision = string(best.Precision)
			if e.DatePrecision == "" {
				e.DatePrecision = event.PrecisionDay
			}
			e.DateBasis = event.BasisExplicit
			if best.Relative {
				e.DateBasis = event.BasisRelative
			}
			return
		}
		// a relative expression with nothing to resolve it against
		e.DatePrecision, e.DateBasis = event.PrecisionUnknown, event.BasisNone
		return
	}
	pub := in.Article.Published
	if pub.IsZero() && v.doc != nil {
		pub = v.doc.Published
	}
	if !pub.IsZero() {
		e.Date = pub.Format("2006-01-02")
		e.DatePrecision, e.DateBasis = event.PrecisionDay, event.BasisPublished
		return
	}
	e.DatePrecision, e.DateBasis = event.PrecisionUnknown, event.BasisNone
}

// attributionBelow reports whether the sentence attribution sp is the
// subject of a reporting clause that does not report the event of clause
// ci anchored at token k: a reporting clause with an object that does
// not hold the event, a relative clause ("an outcome that Ankara says it cannot
// deliver") or a clause embedded under ci itself.
func (v *sview) attributionBelow(sp span, ci, k int) bool {
	for cj := range v.s.Clauses {
		cl := &v.s.Clauses[cj]
		if !cl.Reporting || !overlaps(argSpan(cl.Subject), sp) {
			continue
		}
		if v.isRelative(cj) {
			return true
		}
		if v.objectIsContent(cj) && !(k >= cl.Object.Start && k < cl.Object.End) && (ci < 0 || ci == cj || !v.isChild(ci, cj)) {
			// "Within hours of Trump's ban ..., Trudeau tweeted a photo":
			// a nominal around the reporting verb that is not what it
			// reports (its object says what it reports)
			return true
		}
		// "Britain denied the attack and inspectors arrived": the event's
		// clause is hung under cj but coordinated with it, or describes
		// cj's object ("answered the accusations made by ...")
		for cur, n := ci, 0; cur >= 0 && cur < len(v.s.Clauses) && n < 8; n++ {
			p := v.s.Clauses[cur].Parent
			if p < 0 || p >= len(v.s.Clauses) {
				break
			}
			if v.coordinatedNotComplement(cur) || v.s.Clauses[p].Reporting && !v.reportsClause(p, cur) {
				if p == cj {
					return true
				}
				break
			}
			if p == cj {
				break
			}
			cur = p
		}
		// "an outcome that Ankara says it cannot deliver": an object relative
		if st := argSpan(cl.Subject).start; st > 0 {
			if t := v.s.Tokens[st-1].Tag; t == "WDT" || t == "WP" {
				return true
			}
		}
		for p, n := cl.Parent, 0; p >= 0 && p < len(v.s.Clauses) && n < 8; n++ {
			if p == ci {
				return true
			}
			p = v.s.Clauses[p].Parent
		}
	}
	return false
}

// answerVerbs report speech only as an answer to something named as
// their object ("answered the accusations made by Riyadh"): what that
// object holds is someone else's.
var answerVerbs = map[string]bool{"answer": true, "reply": true, "respond": true, "react": true, "rebut": true, "counter": true,
	"question": true, "challenge": true, "dispute": true, "doubt": true}

// reportsClause reports whether the reporting clause p carries clause ci
// as what it reports: not when ci only describes p's object ("answered
// the accusations made by the Saudi government", "denied the reports
// that ...": a participle or relative on the object), and never for an
// answer verb with an object of its own.
func (v *sview) reportsClause(p, ci int) bool {
	pc := &v.s.Clauses[p]
	if pc.Object == nil || ci < 0 || ci >= len(v.s.Clauses) {
		return true
	}
	if answerVerbs[v.lemma[clampTok(v, pc.Verb.Head)]] {
		return false
	}
	cl := &v.s.Clauses[ci]
	obj := argSpan(pc.Object)
	if overlaps(argSpan(cl.SurfaceSubject), obj) || cl.Verb.Passive && overlaps(argSpan(cl.Object), obj) {
		return false
	}
	return !(v.isRelative(ci) && cl.Verb.Start >= obj.end && cl.Verb.Start <= obj.end+1)
}

// speakerLike reports whether a phrase can be a speaker, judged by its
// head: the last noun or pronoun before the first preposition, relative
// word or comma ("Richard Barrett, the former director of ...": Barrett;
// "the director of MI6": director). A personal pronoun, a proper noun or
// a noun for a person, body or document that speaks ("officials", "a
// statement", "reports") speaks; "bias" ("citing bias"), "there",
// "multiple disputes with the US" or "his Treasury post" do not.
func (v *sview) speakerLike(sp span) bool {
	end := sp.end
	for k := sp.start + 1; k < sp.end && k < len(v.s.Tokens); k++ {
		if t := v.s.Tokens[k].Tag; t == "IN" || t == "TO" || t == "WDT" || t == "WP" || v.lower[k] == "," {
			end = k
			break
		}
	}
	if end <= sp.start || end > len(v.s.Tokens) {
		return false
	}
	for h := end - 1; h >= sp.start; h-- {
		t := v.s.Tokens[h].Tag
		switch {
		case strings.HasPrefix(t, "PRP"):
			return v.lower[h] != "it" || sp.end-sp.start == 1
		case strings.HasPrefix(t, "NNP"):
			return true
		case strings.HasPrefix(t, "NN"):
			w := v.lemma[h]
			if i := strings.LastIndexByte(w, '-'); i >= 0 && i+1 < len(w) {
				w = w[i+1:] // "co-chairman"
			}
			return speakingNouns[w] || speakingNouns[v.lower[h]] || anonymousHeads[v.lower[h]] || v.mentionHead(h)
		}
	}
	return false
}

// mentionHead reports whether token h is the head of an actor or agency
// mention ("Labour has said", "the UN children's fund").
func (v *sview) mentionHead(h int) bool {
	for _, m := range v.mentions {
		if m.Head == h || m.End == h+1 && m.Start <= h {
			return len(m.Actors) > 0 || m.Agency
		}
	}
	return false
}

// objectIsContent reports whether reporting clause cj has an object
// that is what it reports ("tweeted a photo", "released a statement"),
// not the one told ("told reporters", "told him").
func (v *sview) objectIsContent(cj int) bool {
	ob := v.s.Clauses[cj].Object
	if ob == nil || ob.Head < 0 || ob.Head >= len(v.s.Tokens) {
		return false
	}
	h := ob.Head
	if t := v.s.Tokens[h].Tag; !strings.HasPrefix(t, "NN") || strings.HasPrefix(t, "NNP") {
		return false
	}
	return !speakingNouns[v.lemma[h]] && !anonymousHeads[v.lower[h]] && !v.mentionHead(h)
}

// lastConjunct returns the part of a speaker phrase after its last ",
// and" when the language layer glued two clauses' words into it ("a
// brutal six-year conflict, and some Syrians say"): the speaker is the
// last one.
func (v *sview) lastConjunct(sp span) span {
	for k := sp.end - 1; k > sp.start+1 && k < len(v.lower); k-- {
		if v.lower[k] == "and" && v.lower[k-1] == "," {
			if k+1 < sp.end {
				return span{k + 1, sp.end}
			}
			break
		}
	}
	return sp
}

// speakingNouns are common nouns for people, bodies and documents that
// say things: the speaker of "X said" or "according to X".
var speakingNouns = map[string]bool{
	"official": true, "spokesman": true, "spokeswoman": true, "spokesperson": true, "minister": true,
	"secretary": true, "president": true, "leader": true, "chief": true, "head": true, "commander": true,
	"general": true, "ambassador": true, "envoy": true, "diplomat": true, "source": true, "statement": true,
	"report": true, "account": true, "analyst": true, "expert": true, "observer": true, "witness": true,
	"resident": true, "activist": true, "group": true, "monitor": true, "agency": true, "ministry": true,
	"government": true, "office": true, "department": true, "military": true, "army": true, "police": true,
	"spokesmen": true, "aide": true, "adviser": true, "advisor": true, "lawyer": true, "family": true,
	"mother": true, "father": true, "wife": true, "husband": true, "son": true, "daughter": true, "friend": true,
	"man": true, "woman": true, "people": true, "person": true, "member": true, "mp": true, "senator": true,
	"lawmaker": true, "legislator": true, "campaigner": true, "critic": true, "opponent": true, "supporter": true,
	"doctor": true, "journalist": true, "reporter": true, "correspondent": true, "editor": true, "paper": true,
	"newspaper": true, "broadcaster": true, "channel": true, "television": true, "radio": true, "website": true,
	"document": true, "letter": true, "readout": true, "communique": true, "communiqué": true, "study": true,
	"survey": true, "poll": true, "figure": true, "data": true, "record": true, "investigation": true,
	"inquiry": true, "committee": true, "council": true, "court": true, "judge": true, "prosecutor": true,
	"party": true, "union": true, "organisation": true, "organization": true, "charity": true, "ngo": true,
	"authority": true, "regime": true, "administration": true, "presidency": true, "palace": true,
	"embassy": true, "mission": true, "delegation": true, "team": true, "force": true, "coalition": true,
	"alliance": true, "movement": true, "faction": true, "militia": true, "fighter": true, "rebel": true,
	"soldier": true, "troop": true, "officer": true, "staff": true, "insider": true, "aid": true, "worker": true,
	"director": true, "chairman": true, "chairwoman": true, "chair": true, "founder": true, "researcher": true,
	"professor": true, "scholar": true, "author": true, "writer": true, "historian": true, "economist": true,
	"citizen": true, "voter": true, "refugee": true, "survivor": true, "victim": true, "relative": true,
	"parent": true, "brother": true, "sister": true, "colleague": true, "partner": true, "counterpart": true,
	"speech": true, "tweet": true, "post": true, "message": true, "announcement": true, "interview": true,
	"note": true, "memo": true, "briefing": true, "transcript": true, "book": true, "article": true,
	"claim": true, "estimate": true, "tally": true, "count": true, "assessment": true, "finding": true,
	"prime": true, "premier": true, "chancellor": true, "king": true, "queen": true, "prince": true, "emir": true,
	"sheikh": true, "cleric": true, "imam": true, "bishop": true, "pope": true, "mayor": true, "governor": true,
	"deputy": true, "representative": true, "delegate": true, "negotiator": true, "mediator": true,
	"counsel": true, "attorney": true, "bank": true, "company": true, "firm": true, "manufacturer": true,
	"observatory": true, "network": true, "watchdog": true, "body": true, "board": true, "panel": true,
	"tribunal": true, "commission": true, "assembly": true, "parliament": true, "congress": true, "senate": true,
	"house": true, "cabinet": true, "kremlin": true, "pentagon": true, "opposition": true, "side": true,
	"defender": true, "spokespeople": true, "leadership": true, "unit": true, "camp": true, "club": true,
	"capital": true, "ally": true, "speaker": true, "leaflet": true, "dictatorship": true, "junta": true,
	"nation": true, "state": true, "country": true, "power": true, "community": true, "public": true,
	"crowd": true, "protester": true, "demonstrator": true, "student": true, "teacher": true, "nurse": true,
	"candidate": true, "councillor": true, "peer": true, "lord": true, "baroness": true, "ex-minister": true,
	"backbencher": true, "whip": true, "constituent": true, "businessman": true, "executive": true,
	"strategist": true, "dossier": true, "review": true, "paper's": true, "release": true, "bulletin": true,
}
