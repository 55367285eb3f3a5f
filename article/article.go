package article

import "time"

// Article is clean article text with metadata: what the coder sees.
type Article struct {
	ID     string // content hash of the normalised body (hex); same article twice, same ID
	Origin string // where it was read from
	URL    string
	Outlet string // site or publication name
	Title  string
	Author string
	// Published is the publication date; zero when unknown.
	Published time.Time
	// DateSource says where Published came from: "page", "feed", "warc", "url", "jsonl", "flag", "".
	DateSource string
	Language   string // ISO 639-1, "" when unknown
	Body       string // clean main text, paragraphs separated by blank lines
}

// CodingText is the text the language layer and the coder work on: the
// title as the first paragraph (when it is not already the body's first
// line) followed by the body. Evidence offsets point into this string.
func (a Article) CodingText() string {
	if a.Title == "" {
		return a.Body
	}
	first := a.Body
	for i := 0; i < len(first); i++ {
		if first[i] == '\n' {
			first = first[:i]
			break
		}
	}
	if normSpace(first) == normSpace(a.Title) {
		return a.Body
	}
	return a.Title + "\n\n" + a.Body
}

func normSpace(s string) string {
	out := make([]byte, 0, len(s))
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ' ' || c == '\t' || c == '\r' || c == '\n' {
			space = true
			continue
		}
		if space && len(out) > 0 {
			out = append(out, ' ')
		}
		space = false
		out = append(out, c)
	}
	return string(out)
}
