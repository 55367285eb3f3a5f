package actor

import (
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/heraldevents/herald/nlp"
)

// Tokenize splits plain text into tokens with byte offsets: words, numbers
// and punctuation; a possessive "'s" is its own token; dots inside
// abbreviations ("U.S.") stay with the word. It gives no tags: it serves
// Lookup and tests, not the pipeline (which uses package nlp).
func Tokenize(text string) []nlp.Token {
	var toks []nlp.Token
	i := 0
	for i < len(text) {
		r, w := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			i += w
			continue
		}
		start := i
		if isWordRune(r) {
			j := i + w
			for j < len(text) {
				r2, w2 := utf8.DecodeRuneInString(text[j:])
				if isWordRune(r2) {
					j += w2
					continue
				}
				if (r2 == '-' || r2 == '\'' || r2 == '\u2019' || r2 == '.' || r2 == '&') && j+w2 < len(text) {
					r3, _ := utf8.DecodeRuneInString(text[j+w2:])
					if isWordRune(r3) {
						if r2 == '.' && !(isUpperRun(text[start:j])) {
							break
						}
						j += w2
						continue
					}
					// "U.S." keeps its final dot.
					if r2 == '.' && isUpperRun(text[start:j]) && strings.Contains(text[start:j], ".") {
						j += w2
					}
				}
				break
			}
			// An initial keeps its dot ("Rufus T. Firefly").
			if j == start+w && unicode.IsUpper(r) && j < len(text) && text[j] == '.' {
				j++
			}
			word := text[start:j]
			// Split a possessive "'s".
			for _, suf := range []string{"'s", "\u2019s"} {
				if len(word) > len(suf) && strings.HasSuffix(word, suf) {
					toks = append(toks, nlp.Token{Text: word[:len(word)-len(suf)], Start: start, End: j - len(suf)})
					toks = append(toks, nlp.Token{Text: word[len(word)-len(suf):], Start: j - len(suf), End: j})
					word = ""
					break
				}
			}
			if word != "" {
				toks = append(toks, nlp.Token{Text: word, Start: start, End: j})
			}
			i = j
			continue
		}
		toks = append(toks, nlp.Token{Text: text[i : i+w], Start: i, End: i + w})
		i += w
	}
	return toks
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func isUpperRun(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) && !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// DocumentFromText builds a one-sentence-per-line document from plain text
// with Tokenize (no tags). It lets Lookup and tests run without package
// nlp; real documents come from nlp.
func DocumentFromText(text string, published time.Time) *nlp.Document {
	doc := &nlp.Document{Text: text, Published: published}
	off := 0
	for _, line := range strings.SplitAfter(text, "\n") {
		body := strings.TrimRight(line, "\r\n")
		for _, sent := range splitSentences(body) {
			a := off + sent[0]
			b := off + sent[1]
			s := nlp.Sentence{Index: len(doc.Sentences), Start: a, End: b, Text: text[a:b]}
			for _, t := range Tokenize(text[a:b]) {
				t.Start += a
				t.End += a
				s.Tokens = append(s.Tokens, t)
			}
			if len(s.Tokens) > 0 {
				doc.Sentences = append(doc.Sentences, s)
			}
		}
		off += len(line)
	}
	return doc
}

// splitSentences splits a line at ". " followed by a capital letter or a quote.
func splitSentences(s string) [][2]int {
	var out [][2]int
	start := 0
	for i := 0; i+2 < len(s); i++ {
		if (s[i] == '.' || s[i] == '?' || s[i] == '!') && s[i+1] == ' ' {
			r, _ := utf8.DecodeRuneInString(s[i+2:])
			if unicode.IsUpper(r) || r == '"' || r == '\u201c' {
				// Not after a one-letter initial or a title abbreviation.
				w := lastWord(s[start:i])
				if len(w) <= 1 || w == "Mr" || w == "Mrs" || w == "Dr" || w == "Ms" || w == "St" || isUpperRun(w) && strings.Contains(w, ".") {
					continue
				}
				out = append(out, [2]int{start, i + 1})
				start = i + 2
			}
		}
	}
	if strings.TrimSpace(s[start:]) != "" {
		out = append(out, [2]int{start, len(s)})
	}
	return out
}

func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// LookupResult says what a phrase in a text resolves to, and why.
type LookupResult struct {
	Mention Mention
	// Why explains the resolution in words.
	Why string
	// Entries are the dictionary entries whose phrases matched inside the
	// mention, including those whose dates do not hold at the lookup date.
	Entries []*Entry
}

// Lookup resolves the actors of a phrase or short text as of when (zero
// means today) and explains each.
func (r *Resolver) Lookup(text string, when time.Time) []LookupResult {
	doc := DocumentFromText(text, when)
	if when.IsZero() {
		when = time.Now().UTC()
	}
	var out []LookupResult
	for _, m := range r.Resolve(doc) {
		s := &doc.Sentences[m.Sentence]
		lr := LookupResult{Mention: m}
		tp := sentencePieces(s)
		for i := m.Start; i < m.End; {
			end, node := r.dict.trie.longestAt(tp, i)
			if node == nil {
				i++
				continue
			}
			for _, ix := range node.entries {
				lr.Entries = append(lr.Entries, r.dict.entries[ix])
			}
			i = end
		}
		lr.Why = explain(m, lr.Entries, when)
		out = append(out, lr)
	}
	return out
}

func explain(m Mention, ents []*Entry, when time.Time) string {
	var b strings.Builder
	codes := make([]string, len(m.Actors))
	for i, a := range m.Actors {
		codes[i] = a.Code
	}
	fmt.Fprintf(&b, "%q -> %s by %s", m.Text, strings.Join(codes, "+"), m.Basis)
	if m.Agency {
		b.WriteString(" (news agency: a reporting source)")
	}
	for _, e := range ents {
		held := "holds"
		if !e.holds(when) {
			held = "does not hold"
		}
		dates := ""
		if !e.From.IsZero() || !e.To.IsZero() {
			dates = fmt.Sprintf(" %s..%s (%s on %s)", fmtDate(e.From), fmtDate(e.To), held, when.Format("2006-01-02"))
		}
		fmt.Fprintf(&b, "; %s %q = %s%s [%s]", e.Kind, e.Phrase, e.Code, dates, e.Rule)
	}
	return b.String()
}

func fmtDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}
