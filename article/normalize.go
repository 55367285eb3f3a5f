package article

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// Normalize makes text uniform for the language layer: mojibake from
// UTF-8 read as Windows-1252 is repaired where the repair is certain,
// the text is put in Unicode NFC, odd quote marks become the usual
// typographic ones, invisible characters go, every kind of space becomes
// a plain space, runs of spaces shrink to one, lines are trimmed and
// paragraphs are separated by exactly one blank line.
func Normalize(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	s = RepairMojibake(s)
	s = norm.NFC.String(s)
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch r {
		case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u200E', '\u200F':
			// soft hyphen, zero-width characters, BOM, direction marks
			continue
		case '\u201E', '\u201F', '\u2033', '\u301D', '\u301E', '\uFF02':
			b.WriteRune('\u201C') // „ ‟ ″ 〝 〞 ＂ -> “ (the closing form is found by position below)
			continue
		case '\u201A', '\u201B', '\u2032', '\uFF07':
			b.WriteRune('\u2018') // ‚ ‛ ′ ＇ -> ‘
			continue
		case '\u2028', '\u2029', '\u0085':
			b.WriteByte('\n')
			continue
		case '\t', '\v', '\f':
			b.WriteByte(' ')
			continue
		}
		if r != '\n' && unicode.IsSpace(r) {
			b.WriteByte(' ')
			continue
		}
		if r < 0x20 && r != '\n' || r == 0x7F || (r >= 0x80 && r < 0xA0) {
			continue // control characters
		}
		b.WriteRune(r)
	}
	return fixQuotes(layout(b.String()))
}

// fixQuotes turns a left double quote that closes a quotation (it follows
// a letter, digit or punctuation and is followed by a space, punctuation
// or the end) into a right one: „Wort“ and ″word″ arrive as “word“.
func fixQuotes(s string) string {
	if !strings.ContainsRune(s, '\u201C') {
		return s
	}
	rs := []rune(s)
	for i, r := range rs {
		if r != '\u201C' || i == 0 {
			continue
		}
		prev := rs[i-1]
		if unicode.IsSpace(prev) || prev == '(' || prev == '[' {
			continue
		}
		if i+1 == len(rs) || unicode.IsSpace(rs[i+1]) || unicode.IsPunct(rs[i+1]) {
			rs[i] = '\u201D'
		}
	}
	return string(rs)
}

// layout trims lines, collapses runs of spaces and separates paragraphs
// (non-empty lines) by one blank line.
func layout(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, line := range strings.Split(s, "\n") {
		line = strings.Join(strings.Fields(line), " ")
		if line == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(line)
	}
	return b.String()
}

// mojibakeMarks are characters that start the Windows-1252 reading of a
// UTF-8 lead byte (Â Ã Ä Å Æ Ç Ð Ñ Ø Ù Ú Û Ü Ý Þ ß à á â ã ä å æ ç è é ê ë ì í î ï ð).
func mojibakeMark(r rune) bool { return r >= 0xC2 && r <= 0xF0 }

// RepairMojibake undoes the commonest encoding accident: UTF-8 text
// decoded as Windows-1252 ("Ã©" for "é", "â€™" for "’"). Each run of
// non-ASCII characters that encodes to Windows-1252 bytes forming valid
// multi-byte UTF-8 is replaced by that UTF-8 reading. A run whose bytes
// are not valid UTF-8 (real Latin-1 text such as "café") is left alone.
func RepairMojibake(s string) string {
	if !strings.ContainsFunc(s, mojibakeMark) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	changed := false
	i := 0
	for i < len(s) {
		if s[i] < utf8.RuneSelf {
			b.WriteByte(s[i])
			i++
			continue
		}
		j := i
		for j < len(s) && s[j] >= utf8.RuneSelf {
			_, size := utf8.DecodeRuneInString(s[j:])
			j += size
		}
		run := s[i:j]
		if fixed, ok := unMojibake(run); ok {
			b.WriteString(fixed)
			changed = true
		} else {
			b.WriteString(run)
		}
		i = j
	}
	if !changed {
		return s
	}
	return b.String()
}

// cp1252 maps each rune of the Windows-1252 reading of a byte back to
// the byte; the five bytes Windows-1252 leaves undefined (0x81, 0x8D,
// 0x8F, 0x90, 0x9D) map from the C1 controls decoders give for them.
var cp1252 = sync.OnceValue(func() map[rune]byte {
	m := make(map[rune]byte, 256)
	for i := 0; i < 256; i++ {
		m[rune(i)] = byte(i) // Latin-1 identity, C1 controls included
	}
	for i := 0x80; i < 0xA0; i++ {
		if r := charmap.Windows1252.DecodeByte(byte(i)); r != utf8.RuneError && r != rune(i) {
			delete(m, rune(i))
			m[r] = byte(i)
		}
	}
	return m
})

// unMojibake re-encodes a run of non-ASCII characters to Windows-1252
// bytes and reads them as UTF-8.
func unMojibake(run string) (string, bool) {
	if !strings.ContainsFunc(run, mojibakeMark) {
		return "", false
	}
	table := cp1252()
	buf := make([]byte, 0, len(run))
	for _, r := range run {
		c, ok := table[r]
		if !ok {
			return "", false
		}
		buf = append(buf, c)
	}
	raw := string(buf)
	if !utf8.ValidString(raw) || raw == run {
		return "", false
	}
	// The repaired run must be shorter in characters (two or three
	// mojibake characters stand for one real one).
	if utf8.RuneCountInString(raw) >= utf8.RuneCountInString(run) {
		return "", false
	}
	return raw, true
}
