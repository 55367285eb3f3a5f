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
		if closeLen == 0 {
			end = boundUnclosed(doc, open, end)
		}
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
		if n := len(out); q.SpeakerSentence < 0 && n > 0 && out[n-1].SpeakerSentence >= 0 && len(doc.Sentences) > 0 &&
			sentenceAt(doc, out[n-1].End) >= sentenceAt(doc, open)-1 {
			// A quote right after another, with no reporting clause of
			// its own, goes on with the same speaker ("“...,” Kemp
			// said. “... .” “... .”").
			sameSpeaker(&q, &out[n-1])
		}
		out = append(out, q)
	}
	return out
}

// nextOpenQuote finds the next opening quotation mark at or after i.
func nextOpenQuote(text string, i int) (pos, size int, curly bool) {
	// The next straight mark and the next first bytes of “ (0xe2) and
	// « (0xc2); only the one just looked at is searched for again.
	next := func(c byte, from int) int {
		if j := strings.IndexByte(text[from:], c); j >= 0 {
			return from + j
		}
		return len(text)
	}
	straight, e2, c2 := next('"', i), next(0xe2, i), next(0xc2, i)
	for {
		k := min(straight, e2, c2)
		if k >= len(text) {
			return -1, 0, false
		}
		switch text[k] {
		case 0xe2:
			if strings.HasPrefix(text[k:], "“") {
				return k, len("“"), true
			}
			e2 = next(0xe2, k+1)
		case 0xc2:
			if strings.HasPrefix(text[k:], "«") {
				return k, len("«"), true
			}
			c2 = next(0xc2, k+1)
		default:
			// A straight quote opens when it is not glued to the word
			// before it.
			if k == 0 || text[k-1] == ' ' || text[k-1] == '\n' || text[k-1] == '(' || text[k-1] == ':' {
				return k, 1, false
			}
			straight = next('"', k+1)
		}
	}
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
			if c := text[k]; c != 0xe2 && c != 0xc2 {
				continue // not the first byte of ” » “
			}
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
			// A straight mark after a space and before a word opens a
			// quote: after a sentence end this one was never closed
			// (a new paragraph of the quote reopens it: "... remains.
			// "He's been ..."); inside a sentence it is a quote inside
			// this one ("... and "we fled" as ..."), skipped to its own
			// closing mark.
			if k > from && (text[k-1] == ' ' || text[k-1] == '\n') && k+1 < len(text) && text[k+1] != ' ' && text[k+1] != '\n' {
				if j := strings.TrimRight(text[from:k], " \n"); j == "" || strings.ContainsAny(j[len(j)-1:], ".?!:") {
					return k, 0
				}
				if c := strings.IndexByte(text[k+1:], '"'); c >= 0 && !strings.Contains(text[k+1:k+1+c], "\n\n") {
					k += c + 1
					continue
				}
			}
			return k, 1
		}
	}
	return len(text), 0
}

// maxUnclosedSentences bounds a quote that is never closed: it ends at
// the end of its paragraph only when that comes within this many
// sentences, else with the sentence it opens in.
const maxUnclosedSentences = 3

// boundUnclosed returns the end of a quote opened at byte open and never
// closed before byte end (a paragraph end or the end of the text).
func boundUnclosed(doc *Document, open, end int) int {
	if len(doc.Sentences) == 0 {
		return end
	}
	so := sentenceAt(doc, open)
	se := sentenceAt(doc, max(end-1, open))
	if se-so < maxUnclosedSentences {
		return end
	}
	if e := doc.Sentences[so].End; e > open && e < end {
		return e
	}
	return end
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
		// The nearest reporting clause: the last one before the
		// opening mark, the first one after the closing mark. Its
		// subject must lie outside this quote ("“They said no,” the
		// minister said": the speaker is the minister).
		var who *Arg
		for ci := range s.Clauses {
			cl := &s.Clauses[ci]
			if !cl.Reporting {
				continue
			}
			vstart := s.Tokens[cl.Verb.Start].Start
			if before && vstart >= open || !before && vstart < close {
				continue
			}
			w := cl.Subject
			if cl.Verb.Lemma == "quote" && cl.Object != nil {
				w = cl.Object // "X quoted Y as saying"
			}
			if w == nil {
				continue
			}
			if ws := s.Tokens[w.Start].Start; ws >= open && ws < close {
				continue
			}
			who = w
			if !before {
				break
			}
		}
		if who == nil {
			return false
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
			// Of the two, the one named last: "“...,” the minister
			// said. Anna Berg disagreed. She said: “...”" is Berg.
			var pq *Quote
			if n := len(prev); n > 0 && prev[n-1].SpeakerSentence >= 0 && !isPronoun(doc.Text[prev[n-1].SpeakerStart:prev[n-1].SpeakerEnd]) {
				pq = &prev[n-1]
			}
			var lp Quote
			if pw != "they" {
				lastPerson(doc, si, who.Start, &lp, true)
			}
			switch {
			case lp.SpeakerEnd > 0 && (pq == nil || lp.SpeakerStart >= pq.End):
				sameSpeaker(q, &lp)
			case pq != nil:
				sameSpeaker(q, pq)
			case pw != "they":
				lastPerson(doc, si, who.Start, q, false)
			}
		}
		return true
	}
	if try(so, true) || try(sc, false) {
		return
	}
	// "He said:" at the end of the previous sentence.
	try(so-1, true)
}

// sameSpeaker gives quote q the speaker of quote p.
func sameSpeaker(q, p *Quote) {
	q.SpeakerStart, q.SpeakerEnd, q.SpeakerSentence = p.SpeakerStart, p.SpeakerEnd, p.SpeakerSentence
}

func isPronoun(s string) bool {
	switch strings.ToLower(s) {
	case "he", "she", "they", "it", "we", "i", "you":
		return true
	}
	return false
}

// lastPerson points the quote's speaker at the last PERSON entity before
// token tok of sentence si (looking back at most five sentences); with
// subject, only at a person who is the subject of a main clause: "he
// said" after "The minister criticised the French president, Emmanuel
// Macron" is not Macron.
func lastPerson(doc *Document, si, tok int, q *Quote, subject bool) {
	for k := si; k >= 0 && k > si-6; k-- {
		s := &doc.Sentences[k]
		for e := len(s.Entities) - 1; e >= 0; e-- {
			en := s.Entities[e]
			if en.Kind != Person || k == si && en.End > tok || subject && !inSubject(s, en.Start, en.End) {
				continue
			}
			q.SpeakerStart, q.SpeakerEnd, q.SpeakerSentence = s.Tokens[en.Start].Start, s.Tokens[en.End-1].End, k
			return
		}
	}
}

// inSubject reports whether tokens [start, end) lie inside the surface
// subject of a clause of s that is not a relative clause.
func inSubject(s *Sentence, start, end int) bool {
	for ci := range s.Clauses {
		if a := s.Clauses[ci].SurfaceSubject; a != nil && !s.Clauses[ci].Relative && a.Start <= start && end <= a.End {
			return true
		}
	}
	return false
}
