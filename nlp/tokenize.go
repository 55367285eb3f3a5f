package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// rawTok is a token found by the tokenizer before sentence splitting.
type rawTok struct {
	start, end int
	// nl is the number of line breaks in the white space before the token.
	nl int
	// space reports white space (or the start of the text) before the token.
	space bool
	// glued marks a period split out of "homeland.Syrian": scraping glued
	// two sentences together and the period ends the first one.
	glued bool
}

// tokenizer splits text into tokens with byte offsets. It runs in linear
// time and never fails: bytes that are not valid UTF-8 stay inside words.
type tokenizer struct {
	text string
	out  []rawTok
}

// isSpaceRune reports white space and control characters, both of which
// separate tokens.
func isSpaceRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r <= ' ' || r == 0x7f
	}
	return unicode.IsSpace(r) || unicode.IsControl(r) || r == '\u200b' || r == '\ufeff'
}

// tokenize returns the tokens of text.
func tokenize(text string, out []rawTok) []rawTok {
	t := tokenizer{text: text, out: out[:0]}
	nl := 0
	space := true
	i := 0
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			if c <= ' ' || c == 0x7f {
				if c == '\n' {
					nl++
				}
				space = true
				i++
				continue
			}
		} else {
			r, n := utf8.DecodeRuneInString(text[i:])
			if r != utf8.RuneError && isSpaceRune(r) {
				if r == '\u2028' || r == '\u2029' {
					nl++
				}
				space = true
				i += n
				continue
			}
		}
		// A word runs to the next space. Its ASCII letters and digits
		// at the start are skipped at once: when they make up the whole
		// word, perhaps with one comma after them ("Syria,"), it needs
		// none of word's peeling and splitting.
		j := alnumEnd(text, i)
		plain := j
		for j < len(text) {
			c := text[j]
			if c < utf8.RuneSelf {
				if c <= ' ' || c == 0x7f {
					break
				}
				j++
				continue
			}
			r, n := utf8.DecodeRuneInString(text[j:])
			if r != utf8.RuneError && isSpaceRune(r) {
				break
			}
			j += n
		}
		first := len(t.out)
		if k := plain - i; k > 0 && (plain == j || plain == j-1 && text[plain] == ',') && !isCannot(text[i:plain]) {
			t.out = append(t.out, rawTok{start: i, end: plain})
			if plain < j {
				t.out = append(t.out, rawTok{start: plain, end: j})
			}
		} else if k == j-1-i && k > 0 && text[plain] == '.' && !isCannot(text[i:plain]) && !(k == 3 && strings.EqualFold(text[i:plain], "www")) {
			// A word and its period ("said.", "Mr."): the period is a
			// token of its own unless the word is an abbreviation, as
			// word would decide.
			if isAbbrevWord(text[i:j]) {
				t.out = append(t.out, rawTok{start: i, end: j})
			} else {
				t.out = append(t.out, rawTok{start: i, end: plain}, rawTok{start: plain, end: j})
			}
		} else {
			t.word(i, j)
		}
		if len(t.out) > first {
			t.out[first].nl = nl
			t.out[first].space = space
		}
		nl = 0
		space = false
		i = j
	}
	return t.out
}

// Byte kinds for the tokenizer's word scan.
const (
	kindOther = iota
	kindAlnum // ASCII letter or digit
)

// byteKind gives the kind of each byte.
var byteKind = func() (k [256]uint8) {
	for c := '0'; c <= '9'; c++ {
		k[c] = kindAlnum
	}
	for c := 'a'; c <= 'z'; c++ {
		k[c], k[c-'a'+'A'] = kindAlnum, kindAlnum
	}
	return k
}()

// alnumEnd returns the end of the run of ASCII letters and digits of
// text that starts at i.
func alnumEnd(text string, i int) int {
	for uint(i) < uint(len(text)) && byteKind[text[i]] == kindAlnum {
		i++
	}
	return i
}

// isCannot reports "cannot" in any case, which the tokenizer splits
// into "can" and "not" as Penn does.
func isCannot(w string) bool {
	return len(w) == 6 && strings.EqualFold(w, "cannot")
}

func (t *tokenizer) emit(s, e int) {
	if e > s {
		t.out = append(t.out, rawTok{start: s, end: e})
	}
}

// openers and closers are punctuation peeled from the edges of a word.
func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '“', '‘', '«', '(', '[', '{', '¿', '¡', '„', '‹', '`':
		return true
	}
	return false
}

func isCloser(r rune) bool {
	switch r {
	case '"', '”', '’', '»', ')', ']', '}', ',', ';', ':', '!', '?', '›', '\'':
		return true
	}
	return false
}

func isDash(r rune) bool { return r == '—' || r == '–' || r == '―' }

// word tokenizes one white-space-delimited word [s, e).
func (t *tokenizer) word(s, e int) {
	text := t.text
	w := text[s:e]
	// (Words of ASCII letters and digits, perhaps with a comma after
	// them, were taken whole by tokenize, apart from "cannot".)
	if len(w) <= 3 && isEmoticon(w) {
		t.emit(s, e) // ":)" stays one token
		return
	}
	// URLs, e-mail addresses and handles stay whole apart from trailing
	// punctuation.
	if strings.Contains(w, "://") || strings.HasPrefix(w, "www.") || (strings.IndexByte(w, '@') > 0 && strings.IndexByte(w, '.') > 0) {
		end := e
		var tail []int
		for end > s {
			r, n := utf8.DecodeLastRuneInString(text[s:end])
			if r == '.' || isCloser(r) {
				tail = append(tail, end-n)
				end -= n
				continue
			}
			break
		}
		t.emit(s, end)
		for k := len(tail) - 1; k >= 0; k-- {
			p := tail[k]
			_, n := utf8.DecodeRuneInString(text[p:])
			t.emit(p, p+n)
		}
		return
	}
	// Leading openers and dashes.
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:e])
		if r == '\'' || r == '’' {
			// "'s", "'re", "'90s" at the start of a word are not quotes.
			if contractionAt(text[s:e]) > 0 || (s+n < e && text[s+n] >= '0' && text[s+n] <= '9') {
				break
			}
		}
		if isOpener(r) || isDash(r) {
			t.emit(s, s+n)
			s += n
			continue
		}
		if r == '-' && s+1 < e && text[s+1] == '-' {
			k := s
			for k < e && text[k] == '-' {
				k++
			}
			t.emit(s, k)
			s = k
			continue
		}
		if r == '$' || r == '£' || r == '€' || r == '#' {
			if s+n < e {
				t.emit(s, s+n)
				s += n
				continue
			}
		}
		break
	}
	if s >= e {
		return
	}
	// Trailing closers, periods and ellipses, collected right to left.
	var tailBuf [8][2]int
	tail := tailBuf[:0]
	for e > s {
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if r == '.' {
			// An ellipsis "..." is one token.
			k := e - 1
			for k > s && text[k-1] == '.' {
				k--
			}
			if e-k >= 2 {
				tail = append(tail, [2]int{k, e})
				e = k
				continue
			}
			if isAbbrevWord(text[s:e]) {
				break
			}
			tail = append(tail, [2]int{e - 1, e})
			e--
			continue
		}
		if r == '?' || r == '!' {
			// "?!", "!!!" and "???" are one token.
			k := e - 1
			for k > s && (text[k-1] == '?' || text[k-1] == '!') {
				k--
			}
			tail = append(tail, [2]int{k, e})
			e = k
			continue
		}
		if r == '…' || isDash(r) || r == '%' {
			tail = append(tail, [2]int{e - n, e})
			e -= n
			continue
		}
		if r == '\'' || r == '’' {
			// Plural possessive "ministers'" keeps the mark as a token;
			// "rock 'n'" is rare enough to ignore.
			tail = append(tail, [2]int{e - n, e})
			e -= n
			continue
		}
		if isCloser(r) {
			tail = append(tail, [2]int{e - n, e})
			e -= n
			continue
		}
		if r == '-' && e-s > 1 && text[e-2] == '-' {
			k := e
			for k > s && text[k-1] == '-' {
				k--
			}
			tail = append(tail, [2]int{k, e})
			e = k
			continue
		}
		break
	}
	if len(tail) == cap(tailBuf) {
		// Very long punctuation runs: give up splitting them finely.
		t.inner(s, e)
		lo := tail[len(tail)-1][0]
		hi := tail[0][1]
		t.emit(lo, hi)
		return
	}
	if e > s {
		t.core(s, e)
	}
	for k := len(tail) - 1; k >= 0; k-- {
		t.emit(tail[k][0], tail[k][1])
	}
}

// contractionAt returns the byte length of a clitic ("'s", "’re", "'ll",
// "'ve", "'d", "'m") that makes up all of w, or 0.
func contractionAt(w string) int {
	var rest string
	switch {
	case strings.HasPrefix(w, "'"):
		rest = w[1:]
	case strings.HasPrefix(w, "’"):
		rest = w[len("’"):]
	default:
		return 0
	}
	if len(rest) > 2 {
		return 0
	}
	switch strings.ToLower(rest) {
	case "s", "re", "ll", "ve", "d", "m":
		return len(w)
	}
	return 0
}

// core splits clitics off the end of a word and then splits its inside.
func (t *tokenizer) core(s, e int) {
	text := t.text
	w := text[s:e]
	lw := len(w)
	if !hasApostrophe(w) {
		// (Only the ASCII spelling folds to "cannot": no other letter
		// folds to c, a, n, o or t.)
		if isCannot(w) {
			t.emit(s, s+3)
			t.emit(s+3, e)
			return
		}
		t.inner(s, e)
		return
	}
	// n't
	if lw > 3 {
		if hasSuffixFold(w, "n't") {
			stem := e - 3
			if strings.EqualFold(w, "can't") {
				stem = s + 2
			}
			t.inner(s, stem)
			t.emit(stem, e)
			return
		}
		if lw > 5 && hasSuffixFold(w, "n’t") {
			stem := e - len("n’t")
			if strings.EqualFold(w, "can’t") {
				stem = s + 2
			}
			t.inner(s, stem)
			t.emit(stem, e)
			return
		}
	}
	for _, cl := range [...]string{"'s", "’s", "'re", "’re", "'ll", "’ll", "'ve", "’ve", "'d", "’d", "'m", "’m"} {
		if lw > len(cl) && hasSuffixFold(w, cl) {
			t.inner(s, e-len(cl))
			t.emit(e-len(cl), e)
			return
		}
	}
	t.inner(s, e)
}

// hasApostrophe reports a straight or curly (’) apostrophe in w.
func hasApostrophe(w string) bool {
	for k := 0; k < len(w); k++ {
		switch w[k] {
		case '\'':
			return true
		case 0xe2: // ’ is e2 80 99
			if k+2 < len(w) && w[k+1] == 0x80 && w[k+2] == 0x99 {
				return true
			}
		}
	}
	return false
}

func hasSuffixFold(s, suf string) bool {
	return len(s) >= len(suf) && strings.EqualFold(s[len(s)-len(suf):], suf)
}

// inner splits inside a word: commas and semicolons between letters,
// dashes, ellipses and periods gluing two sentences ("homeland.Syrian").
func (t *tokenizer) inner(s, e int) {
	text := t.text
	// A piece of ASCII letters and digits only ("said" of "said.") has
	// nothing to split.
	if alnumEnd(text[:e], s) == e {
		t.emit(s, e)
		return
	}
	start := s
	i := s
	lastDot := -1 // the last period inside the current piece
	for i < e {
		r, n := utf8.DecodeRuneInString(text[i:e])
		split := 0
		glued := false
		switch {
		case isDash(r) || r == '…':
			split = n
		case r == '-' && i+1 < e && text[i+1] == '-':
			split = 2
		case r == ',' || r == ';':
			// "1,000" keeps its comma.
			if !(i > s && isDigit(text[i-1]) && i+1 < e && isDigit(text[i+1])) {
				split = 1
			}
		case r == '.':
			// word.Word: at least two lower-case letters before, an
			// upper-case letter after.
			if i+1 < e && i-2 >= start && isLowerASCII(text[i-1]) && isLowerASCII(text[i-2]) {
				nr, _ := utf8.DecodeRuneInString(text[i+1 : e])
				if unicode.IsUpper(nr) && lastDot < start {
					split = 1
					glued = true
				}
			}
			if split == 0 {
				lastDot = i
			}
		case r == '?' || r == '!':
			if i+1 < e {
				nr, _ := utf8.DecodeRuneInString(text[i+1 : e])
				if unicode.IsLetter(nr) {
					split = 1
				}
			}
		}
		if split > 0 {
			if i > start {
				t.emit(start, i)
			}
			t.emit(i, i+split)
			if glued {
				t.out[len(t.out)-1].glued = true
			}
			i += split
			start = i
			continue
		}
		i += n
	}
	if e > start {
		t.emit(start, e)
	}
}

func isDigit(c byte) bool      { return c >= '0' && c <= '9' }
func isLowerASCII(c byte) bool { return c >= 'a' && c <= 'z' }

// isAbbrevWord reports whether w, which ends in a period, keeps the period
// as part of the word: known abbreviations, initials ("J."), and dotted
// acronyms ("U.S.", "e.g.").
func isAbbrevWord(w string) bool {
	if len(w) < 2 {
		return false
	}
	core := w[:len(w)-1]
	// Initial or dotted acronym: letters separated by periods.
	dotted := true
	letters := 0
	for i := 0; i < len(core); i++ {
		c := core[i]
		if c == '.' {
			if i == 0 || core[i-1] == '.' {
				dotted = false
				break
			}
			continue
		}
		if !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
			dotted = false
			break
		}
		letters++
		if i+1 < len(core) && core[i+1] != '.' {
			dotted = false
			break
		}
	}
	if dotted && letters >= 1 {
		return true
	}
	if len(core) > 6 {
		return false
	}
	var buf [8]byte
	lw := lowerInto(buf[:0], core)
	_, ok := abbreviations()[string(lw)]
	return ok
}

// lowerInto appends the ASCII lower-case form of s to dst.
func lowerInto(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}
