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
		for p := v.s.Clauses[ci].Parent; p >= 0 && p < len(v.s.Clauses) && seen < 8; seen++ {
			pc := &v.s.Clauses[p]
			if pc.Reporting {
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
			p = pc.Parent
		}
	}
	// sentence-level attributions: "according to X", "X said", "X quoted"
	for _, at := range v.s.Attributions {
		if v.attributionBelow(span{at.Start, at.End}, m.clause) {
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
	txt := v.text(sp)
	if txt == "" {
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
// ci: a relative clause ("an outcome that Ankara says it cannot
// deliver") or a clause embedded under ci itself.
func (v *sview) attributionBelow(sp span, ci int) bool {
	for cj := range v.s.Clauses {
		cl := &v.s.Clauses[cj]
		if !cl.Reporting || !overlaps(argSpan(cl.Subject), sp) {
			continue
		}
		if v.isRelative(cj) {
			return true
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
