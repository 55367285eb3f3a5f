package nlp

import (
	"sort"
	"strings"
)

// minQuoteWords is the fewest words a quotation needs; shorter quoted
// text is a scare quote or a name ("the “Quartet” meeting").
const minQuoteWords = 4

// findQuotes finds direct quotations and their speakers.
func findQuotes(doc *Document) []Quote {
	text := doc.Text
	var out []Quote
	i := 0
	for i < len(text) {
		open, openLen, curly := nextOpenQuote(text, i)
		if open < 0 {
			break
		}
		qs := open + openLen
		end, closeLen := findClose(text, qs, curly)
		i = end + closeLen
		if i <= open {
			i = open + openLen
		}
		if strings.Count(strings.TrimSpace(text[qs:end]), " ")+1 < minQuoteWords {
			continue
		}
		q := Quote{Start: qs, End: end, SpeakerSentence: -1}
		// Trim the quoted text.
		for q.Start < q.End && (text[q.Start] == ' ' || text[q.Start] == '\n') {
			q.Start++
		}
		for q.End > q.Start && (text[q.End-1] == ' ' || text[q.End-1] == '\n') {
			q.End--
		}
		speaker(doc, &q, open, end+closeLen, out)
		out = append(out, q)
	}
	return out
}

// nextOpenQuote finds the next opening quotation mark at or after i.
func nextOpenQuote(text string, i int) (pos, size int, curly bool) {
	for k := i; k < len(text); k++ {
		switch {
		case strings.HasPrefix(text[k:], "“"):
			return k, len("“"), true
		case strings.HasPrefix(text[k:], "«"):
			return k, len("«"), true
		case text[k] == '"':
			// A straight quote opens when it is not glued to the word
			// before it.
			if k == 0 || text[k-1] == ' ' || text[k-1] == '\n' || text[k-1] == '(' || text[k-1] == ':' {
				return k, 1, false
			}
		}
	}
	return -1, 0, false
}

// findClose returns the offset of the closing mark and its size. A quote
// that is never closed runs to the end of its paragraph.
func findClose(text string, from int, curly bool) (int, int) {
	for k := from; k < len(text); k++ {
		if k+1 < len(text) && text[k] == '\n' && text[k+1] == '\n' {
			// Blank line: a new paragraph. Multi-paragraph quotes reopen
			// with a mark of their own, so the quote ends here.
			return k, 0
		}
		if curly {
			if strings.HasPrefix(text[k:], "”") {
				return k, len("”")
			}
			if strings.HasPrefix(text[k:], "»") {
				return k, len("»")
			}
			if strings.HasPrefix(text[k:], "“") {
				return k, 0 // a new quote opens: this one was never closed
			}
		} else if text[k] == '"' {
			return k, 1
		}
	}
	return len(text), 0
}

// sentenceAt returns the index of the sentence containing byte offset p.
func sentenceAt(doc *Document, p int) int {
	ss := doc.Sentences
	k := sort.Search(len(ss), func(i int) bool { return ss[i].End > p })
	if k >= len(ss) {
		return len(ss) - 1
	}
	return k
}

// speaker finds the speaker of a quote in the sentences around it.
func speaker(doc *Document, q *Quote, open, close int, prev []Quote) {
	if len(doc.Sentences) == 0 {
		return
	}
	so := sentenceAt(doc, open)
	sc := sentenceAt(doc, max(close-1, open))
	// A reporting clause outside the quote: before the opening mark in its
	// sentence ("He added: “...”") or after the closing mark ("“...,” he
	// said").
	try := func(si int, before bool) bool {
		if si < 0 || si >= len(doc.Sentences) {
			return false
		}
		s := &doc.Sentences[si]
		for ci := range s.Clauses {
			cl := &s.Clauses[ci]
			if !cl.Reporting {
				continue
			}
			vstart := s.Tokens[cl.Verb.Start].Start
			if before && vstart >= open || !before && vstart < close {
				continue
			}
			who := cl.Subject
			if cl.Verb.Lemma == "quote" && cl.Object != nil {
				who = cl.Object // "X quoted Y as saying"
			}
			if who == nil {
				continue
			}
			q.SpeakerStart = s.Tokens[who.Start].Start
			q.SpeakerEnd = s.Tokens[who.End-1].End
			q.SpeakerSentence = si
			// A pronoun speaker takes the speaker of the quote before.
			if who.End-who.Start == 1 && s.Tokens[who.Start].Tag == "PRP" && len(prev) > 0 && prev[len(prev)-1].SpeakerSentence >= 0 {
				p := prev[len(prev)-1]
				q.SpeakerStart, q.SpeakerEnd, q.SpeakerSentence = p.SpeakerStart, p.SpeakerEnd, p.SpeakerSentence
			}
			return true
		}
		return false
	}
	if try(so, true) || try(sc, false) {
		return
	}
	// "He said:" at the end of the previous sentence.
	try(so-1, true)
}
