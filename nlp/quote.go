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
			// A pronoun speaker ("he said") takes the speaker of the
			// quote before, or else the last person named before it.
			if who.End-who.Start == 1 && s.Tokens[who.Start].Tag == "PRP" {
				pw := strings.ToLower(s.Tokens[who.Start].Text)
				if pw != "he" && pw != "she" && pw != "they" {
					return true
				}
				if len(prev) > 0 && prev[len(prev)-1].SpeakerSentence >= 0 && !isPronoun(doc.Text[prev[len(prev)-1].SpeakerStart:prev[len(prev)-1].SpeakerEnd]) {
					p := prev[len(prev)-1]
					q.SpeakerStart, q.SpeakerEnd, q.SpeakerSentence = p.SpeakerStart, p.SpeakerEnd, p.SpeakerSentence
				} else if pw != "they" {
					lastPerson(doc, si, who.Start, q)
				}
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

func isPronoun(s string) bool {
	switch strings.ToLower(s) {
	case "he", "she", "they", "it", "we", "i", "you":
		return true
	}
	return false
}

// lastPerson points the quote's speaker at the last PERSON entity before
// token tok of sentence si (looking back at most five sentences).
func lastPerson(doc *Document, si, tok int, q *Quote) {
	for k := si; k >= 0 && k > si-6; k-- {
		s := &doc.Sentences[k]
		for e := len(s.Entities) - 1; e >= 0; e-- {
			en := s.Entities[e]
			if en.Kind != Person || k == si && en.End > tok {
				continue
			}
			q.SpeakerStart, q.SpeakerEnd, q.SpeakerSentence = s.Tokens[en.Start].Start, s.Tokens[en.End-1].End, k
			return
		}
	}
}
