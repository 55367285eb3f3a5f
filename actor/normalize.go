package actor

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// piece is one normalised unit of a token: a word without case,
// diacritics, dots or hyphens. Acronym-shaped words ("US", "UN", "EU")
// keep an upper-case form as well, so that dictionary acronyms match only
// upper-case text and never the pronoun "us".
type piece struct {
	lower   string // lower-case key
	h       uint32 // keyHash(lower), set by sentencePiecesIn (the trie steps by it)
	upper   string // upper-case key when the written word is acronym-shaped, else ""
	acronym bool
	poss    bool // a possessive "'s" split off as a token of its own
}

// plainASCII reports whether w is a non-empty run of ASCII letters and
// digits (the fast path of appendPieces).
func plainASCII(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

// Token shapes for the fast paths of sentencePiecesIn.
const (
	shapeOther = iota // anything else: appendPieces decides
	shapeLower        // ASCII letters and digits, no capital
	shapeCaps         // ASCII letters and digits with a capital
	shapePunct        // one ASCII byte that is not a letter, digit, separator or apostrophe
)

// asciiShape classifies a token in one pass over its bytes; for
// shapeCaps it also counts its letters and capitals (what makePiece
// counts to tell an acronym). h is the keyHash of its lower case (for
// the shapes other than shapeOther).
func asciiShape(w string) (shape, letters, upper int, h uint32) {
	h = fnvOffset
	if len(w) == 1 {
		c := w[0]
		switch {
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			return shapeLower, 0, 0, (h ^ uint32(c)) * fnvPrime
		case c >= 'A' && c <= 'Z':
			return shapeCaps, 1, 1, (h ^ uint32(c+'a'-'A')) * fnvPrime
		case c < ' ' || c >= 0x7f || c == ' ' || c == '-' || c == '_' || c == '/' || c == '\'' || c == '`':
			return shapeOther, 0, 0, 0
		}
		return shapePunct, 0, 0, (h ^ uint32(c)) * fnvPrime
	}
	if w == "" {
		return shapeOther, 0, 0, 0
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= 'a' && c <= 'z':
			letters++
		case c >= 'A' && c <= 'Z':
			letters++
			upper++
			c += 'a' - 'A'
		case c >= '0' && c <= '9':
		default:
			return shapeOther, 0, 0, 0
		}
		h = (h ^ uint32(c)) * fnvPrime
	}
	if upper > 0 {
		return shapeCaps, letters, upper, h
	}
	return shapeLower, letters, 0, h
}

func hasASCIIUpper(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= 'A' && w[i] <= 'Z' {
			return true
		}
	}
	return false
}

// foldRunes removes diacritics and maps typographic variants of
// apostrophes, quotes and dashes to their ASCII forms.
func foldRunes(s string) string {
	isASCII := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			isASCII = false
			break
		}
	}
	if isASCII {
		return s
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == '\u2019' || r == '\u2018' || r == '\u02bc' || r == '`' || r == '\u00b4':
			b.WriteByte('\'')
		case r == '\u201c' || r == '\u201d' || r == '\u00ab' || r == '\u00bb':
			b.WriteByte('"')
		case r == '\u2010' || r == '\u2011' || r == '\u2012' || r == '\u2013' || r == '\u2014':
			b.WriteByte('-')
		case r == '\u0131':
			b.WriteByte('i') // dotless i (Turkish)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// splitWord splits a written word into pieces: hyphens, underscores,
// slashes and white space separate pieces; dots inside a word are dropped
// ("U.S." is one piece "US"); a trailing possessive "'s" is dropped.
func splitWord(w string) []piece {
	return appendPieces(nil, w)
}

// appendPieces appends the pieces of a written word to dst (splitWord
// without an allocation per word).
func appendPieces(dst []piece, w string) []piece {
	// Fast path: a plain ASCII word.
	if plainASCII(w) {
		return append(dst, makePiece(w))
	}
	w = foldRunes(w)
	if w == "'s" || w == "'S" || w == "'" {
		return append(dst, piece{lower: "s", poss: true})
	}
	out := dst
	// The fields between separators, as strings.FieldsFunc gives them,
	// without building the slice of fields.
	for rest := w; ; {
		start := strings.IndexFunc(rest, notPieceSep)
		if start < 0 {
			break
		}
		rest = rest[start:]
		f := rest
		if end := strings.IndexFunc(rest, isPieceSep); end >= 0 {
			f, rest = rest[:end], rest[end:]
		} else {
			rest = ""
		}
		if strings.HasSuffix(f, "'s") || strings.HasSuffix(f, "'S") {
			if len(f) > 2 {
				f = f[:len(f)-2]
			}
		}
		hasLetter := false
		for _, r := range f {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				hasLetter = true
				break
			}
		}
		if hasLetter {
			f = strings.Trim(strings.ReplaceAll(f, ".", ""), "'\"")
		}
		if f == "" {
			continue
		}
		out = append(out, makePiece(f))
	}
	return out
}

// isPieceSep reports a rune that separates the pieces of a token.
func isPieceSep(r rune) bool {
	return r == '-' || r == '_' || r == '/' || unicode.IsSpace(r)
}

func notPieceSep(r rune) bool { return !isPieceSep(r) }

func makePiece(f string) piece {
	return makePieceLower(f, strings.ToLower(f))
}

// makePieceLower is makePiece with the lower-case form given.
func makePieceLower(f, lower string) piece {
	p := piece{lower: lower}
	if p.lower == f {
		return p // no upper-case letter: not an acronym
	}
	letters, upper := 0, 0
	for _, r := range f {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	if letters >= 2 && letters <= 6 && upper == letters {
		p.upper = f
		p.acronym = true
	}
	return p
}

// phraseKeys turns a dictionary phrase into trie keys. When caseSensitive
// is true, acronym-shaped words keep their upper-case key (they then match
// only upper-case text); otherwise every key is lower case. A leading
// article ("the") is dropped: mentions may or may not carry it.
func phraseKeys(phrase string, caseSensitive bool) []string {
	var keys []string
	for _, w := range strings.Fields(phrase) {
		for _, p := range splitWord(w) {
			if caseSensitive && p.acronym {
				keys = append(keys, p.upper)
			} else {
				keys = append(keys, p.lower)
			}
		}
	}
	for len(keys) > 1 && (keys[0] == "the") {
		keys = keys[1:]
	}
	return keys
}
