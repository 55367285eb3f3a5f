package nlp

import (
	"fmt"
	"io"
	"strings"
)

// Explain writes a readable account of an analysed document to w: each
// sentence with its tokens (tag and lemma), entities, chunks, clauses,
// time expressions and attributions, then the quotes. It is what
// `herald explain` prints. It returns the first write error.
func (a *Analyzer) Explain(d *Document, w io.Writer) error {
	ew := &errWriter{w: w}
	if !d.Published.IsZero() {
		ew.printf("published %s\n", d.Published.Format("2006-01-02"))
	}
	for si := range d.Sentences {
		s := &d.Sentences[si]
		span := func(a, b int) string {
			if a < 0 || b > len(s.Tokens) || a >= b {
				return ""
			}
			return d.Text[s.Tokens[a].Start:s.Tokens[b-1].End]
		}
		head := ""
		if s.Headline {
			head = " (headline)"
		}
		ew.printf("\n[%d] bytes %d-%d%s\n  %s\n", s.Index, s.Start, s.End, head, oneLine(s.Text))
		var b strings.Builder
		for i, t := range s.Tokens {
			if i > 0 {
				b.WriteByte(' ')
			}
			fmt.Fprintf(&b, "%s/%s", t.Text, t.Tag)
			if t.Lemma != strings.ToLower(t.Text) {
				fmt.Fprintf(&b, "(%s)", t.Lemma)
			}
		}
		ew.printf("  tokens: %s\n", oneLine(b.String()))
		for _, e := range s.Entities {
			ew.printf("  entity %-6s %q\n", e.Kind, span(e.Start, e.End))
		}
		for ci, c := range s.Chunks {
			extra := ""
			if c.Apposition >= 0 {
				extra += fmt.Sprintf(" apposition=#%d", c.Apposition)
			}
			if c.Possessor >= 0 {
				extra += fmt.Sprintf(" possessor=#%d", c.Possessor)
			}
			if len(c.Conjuncts) > 0 {
				extra += fmt.Sprintf(" conjuncts=%v", c.Conjuncts)
			}
			ew.printf("  chunk #%d %s %q head=%q%s\n", ci, c.Kind, span(c.Start, c.End), s.Tokens[c.Head].Text, extra)
		}
		for ci, cl := range s.Clauses {
			v := cl.Verb
			ew.printf("  clause %d: verb %q lemma=%s tense=%s", ci, span(v.Start, v.End), v.Lemma, v.Tense)
			if v.Passive {
				ew.printf(" passive")
			}
			if v.Negated {
				ew.printf(" negated")
			}
			if v.Modal != "" {
				ew.printf(" modal=%s", v.Modal)
			}
			if len(v.Markers) > 0 {
				ew.printf(" markers=%q", v.Markers)
			}
			if cl.Reporting {
				ew.printf(" reporting")
			}
			if cl.Relative {
				ew.printf(" relative")
			}
			if cl.Parent >= 0 {
				ew.printf(" parent=%d", cl.Parent)
			}
			ew.printf("\n")
			if cl.Subject != nil {
				ew.printf("    subject %q\n", span(cl.Subject.Start, cl.Subject.End))
			}
			if cl.SurfaceSubject != nil && (cl.Subject == nil || *cl.SurfaceSubject != *cl.Subject) {
				ew.printf("    surface subject %q\n", span(cl.SurfaceSubject.Start, cl.SurfaceSubject.End))
			}
			if cl.Object != nil {
				ew.printf("    object %q\n", span(cl.Object.Start, cl.Object.End))
			}
			for _, p := range cl.Preps {
				ew.printf("    %s %q\n", p.Prep, span(p.Start, p.End))
			}
		}
		for _, t := range s.Times {
			val := "unresolved"
			if t.Resolved {
				val = t.Value.Format("2006-01-02")
			}
			ew.printf("  time %q %s precision=%s relative=%v\n", t.Text, val, t.Precision, t.Relative)
		}
		for _, at := range s.Attributions {
			ew.printf("  attribution %q source %q\n", at.Cue, span(at.Start, at.End))
		}
	}
	for _, q := range d.Quotes {
		who := "unknown speaker"
		if q.SpeakerEnd > q.SpeakerStart {
			who = fmt.Sprintf("speaker %q (sentence %d)", d.Text[q.SpeakerStart:q.SpeakerEnd], q.SpeakerSentence)
		}
		ew.printf("\nquote %q: %s\n", oneLine(d.Text[q.Start:q.End]), who)
	}
	return ew.err
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// errWriter keeps the first write error and skips later writes.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err != nil {
		return
	}
	_, e.err = fmt.Fprintf(e.w, format, args...)
}
