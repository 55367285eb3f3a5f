package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxSentenceTokens bounds the length of a sentence. Longer runs without a
// boundary (tables, code, text without punctuation) are cut into pieces
// so that every later stage works on bounded input.
const maxSentenceTokens = 200

// sentSpan is a sentence as a token range [start, end) plus flags.
type sentSpan struct {
	start, end int
	headline   bool
}

func isTerminal(s string) bool {
	switch s {
	case ".", "!", "?", "…":
		return true
	}
	if s != "" && (s[0] == '?' || s[0] == '!') && strings.Trim(s, "?!") == "" {
		return true
	}
	if len(s) >= 2 && s[0] == '.' && s[len(s)-1] == '.' {
		return true // "..."
	}
	return false
}

// mayBeTerminal reports whether s starts with a byte that a terminal
// mark (see isTerminal) starts with: '.', '!', '?' or that of "…".
func mayBeTerminal(s string) bool {
	if s == "" {
		return false
	}
	c := s[0]
	return c == '.' || c == '!' || c == '?' || c == "…"[0]
}

// isListBullet reports whether s is a list bullet sign such as "•" that
// starts a new item (and so a new sentence) wherever it stands.
func isListBullet(s string) bool {
	switch s {
	case "•", "▪", "■", "●", "◆", "►", "▶", "‣", "◦":
		return true
	}
	return false
}

func isClosingMark(s string) bool {
	switch s {
	case "”", "’", ")", "]", "}", "»", "'", "\"":
		return true
	}
	return false
}

// startsUpper reports whether s starts with an upper-case letter.
func startsUpper(s string) bool {
	if s != "" && s[0] < utf8.RuneSelf {
		return s[0] >= 'A' && s[0] <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

func startsLower(s string) bool {
	if s != "" && s[0] < utf8.RuneSelf {
		return s[0] >= 'a' && s[0] <= 'z'
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

func isOpeningMark(s string) bool {
	switch s {
	case "“", "‘", "(", "[", "\"", "'", "«", "`":
		return true
	}
	return false
}

// splitSentences groups tokens into sentences.
func splitSentences(text string, toks []rawTok, out []sentSpan) []sentSpan {
	out = out[:0]
	n := len(toks)
	start := 0
	tokText := func(i int) string { return text[toks[i].start:toks[i].end] }
	for i := 0; i < n; i++ {
		end := -1 // the sentence ends after token end-1 when >= 0
		w := tokText(i)
		if (i+1 == n || toks[i+1].nl == 0) && plainEdges(w) {
			// Most tokens: a word that begins and ends with an ASCII
			// letter or digit, with no line break after it, can end a
			// sentence only by its length.
			if i+1-start >= maxSentenceTokens {
				end = i + 1
				out = append(out, sentSpan{start: start, end: end})
				start = end
			}
			continue
		}
		switch {
		case i+1 < n && toks[i+1].nl >= 2:
			end = i + 1
		case i+1 < n && toks[i+1].nl == 1 && (start == 0 || toks[start].nl > 0) && i+1-start <= 8 && startsLower(w) && !isFunctionWord(w) && (startsUpper(tokText(i+1)) || isOpeningMark(tokText(i+1))):
			// A short line of its own ending in a lower-case content
			// word, before a capitalised line: a title or a table row.
			// (A line ending in a name or in "of" is more often a
			// sentence wrapped early: "Standard Oil Co and BP North
			// America\nInc said ...".)
			end = i + 1
		case i > start && i+1 < n && isListBullet(w):
			// A list bullet inside a line opens a new item: "Jane Roe
			// Leeds • Turkey has said ..." (a letter's sign-off before
			// the next letter) or "… 2% • Exports fell".
			end = i
		case isEmoticon(w) && i+1 < n && i > start && toks[i+1].nl == 0 && startsUpper(tokText(i+1)):
			end = i + 1 // "Thanks :) See you": a face closes its sentence
		case mayBeTerminal(w) && isTerminal(w):
			j := i + 1
			// Closing quotes and brackets attached to the terminal belong to
			// this sentence.
			for j < n && (isClosingMark(tokText(j)) && !toks[j].space || (isTerminal(tokText(j)) || isEmoticon(tokText(j))) && toks[j].nl == 0) {
				j++
			}
			if j >= n {
				end = j
				break
			}
			next := tokText(j)
			if toks[i].glued {
				end = j
				break
			}
			if startsLower(next) && toks[j].nl == 0 {
				// Careless text starts sentences in lower case: "... is
				// interested. i have to go". Break only before words that
				// usually open a sentence.
				var buf [16]byte
				if len(next) > len(buf) || w == "…" || (len(w) >= 2 && w[0] == '.') {
					break
				}
				if _, ok := sentenceStarters()[string(lowerInto(buf[:0], next))]; !ok {
					break
				}
			}
			if w == "…" || (len(w) >= 2 && w[0] == '.') {
				// An ellipsis ends a sentence only before a capital or a
				// line break.
				if !(startsUpper(next) || toks[j].nl > 0 || isOpeningMark(next)) {
					break
				}
			}
			if next == "," || next == ";" || next == ":" {
				break
			}
			end = j
			i = j - 1
		case len(w) > 1 && w[len(w)-1] == '.' && i+1 < n:
			// An abbreviation kept its period.
			next := tokText(i + 1)
			if toks[i+1].nl > 0 && !startsLower(next) {
				end = i + 1
				break
			}
			kind := abbrevKindOf(w)
			if kind == abbrevTitle || !startsUpper(next) {
				break
			}
			var buf [16]byte
			if len(next) <= len(buf) {
				if _, ok := sentenceStarters()[string(lowerInto(buf[:0], next))]; ok {
					end = i + 1
				}
			}
		}
		if end < 0 && i+1-start >= maxSentenceTokens {
			end = i + 1
		}
		if end > start {
			out = append(out, sentSpan{start: start, end: end})
			start = end
		}
	}
	if start < n {
		out = append(out, sentSpan{start: start, end: n})
	}
	markHeadlines(text, toks, out)
	return out
}

// plainEdges reports a word that begins and ends with an ASCII letter or
// digit and is no emoticon ("XD"): no list bullet, terminal, emoticon or
// abbreviation that splitSentences looks for.
func plainEdges(w string) bool {
	return w != "" && byteKind[w[0]] == kindAlnum && byteKind[w[len(w)-1]] == kindAlnum && !(len(w) == 2 && (w == "XD" || w == "xD"))
}

// abbrevKindOf classifies a token that ends in a period.
func abbrevKindOf(w string) abbrevKind {
	core := w[:len(w)-1]
	if len(core) == 1 {
		return abbrevTitle // an initial
	}
	var buf [16]byte
	if len(core) > len(buf) {
		return abbrevOther
	}
	if k, ok := abbreviations()[string(lowerInto(buf[:0], core))]; ok {
		return k
	}
	return abbrevOther
}

// markHeadlines marks the sentences of the first paragraph of the text as
// a headline when that paragraph does not end in final punctuation and
// ends at a line break or at the end of the text.
func markHeadlines(text string, toks []rawTok, sents []sentSpan) {
	if len(sents) == 0 {
		return
	}
	// The first paragraph: sentences until one that starts on a new line.
	last := 0
	for last < len(sents)-1 && toks[sents[last+1].start].nl == 0 {
		last++
	}
	if last >= 3 {
		return // a long first paragraph is running text
	}
	e := sents[last].end - 1
	w := text[toks[e].start:toks[e].end]
	for e > sents[last].start && isClosingMark(w) {
		e--
		w = text[toks[e].start:toks[e].end]
	}
	if isTerminal(w) && w != "…" {
		return
	}
	for k := 0; k <= last; k++ {
		sents[k].headline = true
	}
}

// isFunctionWord reports words that do not end a title: function words
// and the verbs that lead into a clause on the next line.
func isFunctionWord(w string) bool {
	switch w {
	case "of", "and", "the", "a", "an", "to", "in", "for", "with", "by", "on", "at", "from", "or", "but", "as", "that", "its", "their", "his", "her",
		"said", "says", "say", "told", "added", "reported", "stated", "announced", "noted", "is", "are", "was", "were", "will", "would":
		return true
	}
	return false
}
