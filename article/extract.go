package article

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	whatlanggo "github.com/RadhiFadlillah/whatlanggo"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"

	"github.com/heraldevents/herald/source"
)

// Options controls extraction. The zero value is the recommended setting.
type Options struct {
	// Published is a publication date given by the caller (a --date flag);
	// it is used when neither the page, the container nor the URL gives
	// one, with DateSource "flag".
	Published time.Time
	// NoFallback turns off go-trafilatura's fallback extractors
	// (readability and DOM distiller): faster, a little less accurate.
	NoFallback bool
	// FastDate makes the page-date search skip its extensive mode (no
	// free-text date parsing): much faster on large pages.
	FastDate bool
	// KeepTitleLine keeps the first line of plain text in Body even when
	// it is taken as the title.
	KeepTitleLine bool
	// NoLanguage leaves Language as the container or page declares it,
	// without detecting it from the body (for callers that do not use
	// it, such as the coder: detection costs up to ~1.5 ms an article).
	NoLanguage bool
}

// Errors wrapped by Extract's errors, for callers that sort failures.
var (
	ErrEmpty      = errors.New("empty input")
	ErrBinary     = errors.New("binary data, not text")
	ErrInvalidUTF = errors.New("invalid UTF-8")
	ErrNoText     = errors.New("no article text found")
)

// Extract turns one raw document into an Article: HTML pages go through
// go-trafilatura (main text and page metadata), plain text through Clean;
// both are normalised (see Normalize). The error, if any, names the input
// and the reason in one line.
func Extract(doc source.Document, opts Options) (Article, error) {
	origin := doc.Origin
	if origin == "" {
		origin = "input"
	}
	if doc.Err != nil {
		return Article{}, fmt.Errorf("%s: %w", origin, doc.Err)
	}
	if len(bytes.TrimSpace(doc.Body)) == 0 {
		return Article{}, fmt.Errorf("%s: %w", origin, ErrEmpty)
	}
	if isBinary(doc.Body) {
		return Article{}, fmt.Errorf("%s: %w", origin, ErrBinary)
	}
	kind := doc.Kind
	if kind == source.Unknown {
		kind = source.DetectKind(doc.Body)
	}
	a := Article{
		Origin: doc.Origin,
		URL:    doc.URL,
		Outlet: doc.Outlet,
		Title:  doc.Title,
		Author: doc.Author,
	}
	var err error
	if kind == source.HTML {
		err = extractHTML(&a, doc, opts)
	} else {
		err = extractText(&a, doc, opts)
	}
	if err != nil {
		return Article{}, fmt.Errorf("%s: %w", origin, err)
	}
	a.Title = strings.Join(strings.Fields(Normalize(a.Title)), " ")
	a.Title = trimSiteName(a.Title, a.Outlet, hostOf(a.URL))
	a.Author = strings.Join(strings.Fields(Normalize(a.Author)), " ")
	a.Outlet = strings.Join(strings.Fields(Normalize(a.Outlet)), " ")
	if strings.TrimSpace(a.Body) == "" {
		return Article{}, fmt.Errorf("%s: %w", origin, ErrNoText)
	}
	setDate(&a, doc, opts)
	if a.Outlet == "" {
		a.Outlet = hostOf(a.URL)
	}
	if a.Language == "" {
		a.Language = doc.Language
	}
	if a.Language == "" && !opts.NoLanguage {
		a.Language = detectLanguage(a.Body)
	}
	a.ID = ContentID(a.Body)
	return a, nil
}

// ContentID is the content hash of a normalised body: hex SHA-256.
func ContentID(body string) string {
	sum := sha256.Sum256([]byte(body))
	return hex.EncodeToString(sum[:])
}

// isBinary says whether data is not text: it holds NUL bytes, or more
// than one in ten of its first 8 KB are control characters.
func isBinary(b []byte) bool {
	if len(b) > 8192 {
		b = b[:8192]
	}
	if bytes.IndexByte(b, 0) >= 0 {
		return true
	}
	ctl := 0
	for _, c := range b {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' {
			ctl++
		}
	}
	return ctl*10 > len(b)
}

// extractText handles plain (possibly scraped) text.
func extractText(a *Article, doc source.Document, opts Options) error {
	if !utf8.Valid(doc.Body) {
		return fmt.Errorf("%w at byte %d", ErrInvalidUTF, invalidAt(doc.Body))
	}
	// Clean sees the lines as they came (Normalize would make every line
	// a paragraph); normalisation follows.
	text := Normalize(Clean(string(doc.Body)))
	if a.Title == "" {
		first, rest, _ := strings.Cut(text, "\n\n")
		if looksLikeHeadline(first) && strings.TrimSpace(rest) != "" {
			a.Title = first
			if !opts.KeepTitleLine {
				text = rest
			}
		}
	}
	a.Body = text
	return nil
}

func invalidAt(b []byte) int {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return -1
}

// looksLikeHeadline: a first line of 2 to 40 words, at most 320
// characters, not ending with a period (a headline has none; "?" and "!"
// are allowed).
func looksLikeHeadline(l string) bool {
	if l == "" || len(l) > 320 || strings.Contains(l, "\n") {
		return false
	}
	n := wordCount(l)
	if n < 2 || n > 40 {
		return false
	}
	t := strings.TrimRight(l, " \"'”’»")
	return !strings.HasSuffix(t, ".") && !strings.HasSuffix(t, ",") && !strings.HasSuffix(t, ";") && !strings.HasSuffix(t, ":")
}

// extractHTML handles an HTML page or fragment.
func extractHTML(a *Article, doc source.Document, opts Options) error {
	text, err := decodeHTML(doc.Body, doc.ContentType)
	if err != nil {
		return err
	}
	root, err := html.Parse(strings.NewReader(text))
	if err != nil {
		return fmt.Errorf("cannot parse HTML: %w", err)
	}
	topts := trafilatura.Options{
		EnableFallback: !opts.NoFallback,
		Deduplicate:    false,
		HtmlDateMode:   trafilatura.Default,
	}
	if opts.FastDate {
		topts.HtmlDateMode = trafilatura.Fast
	}
	if u, err := url.Parse(doc.URL); err == nil && u.Scheme != "" && u.Host != "" {
		topts.OriginalURL = u
	}
	res, err := safeTrafilatura(root, topts)
	var body string
	if err == nil && res != nil {
		body = res.ContentText
		if res.ContentNode != nil {
			// ContentText runs paragraphs together; the node keeps them.
			t := nodeText(res.ContentNode)
			if len(strings.Fields(t)) > len(strings.Fields(body))*5/4 {
				// Much longer than the library's own text: a block came
				// out twice (its baseline mode does that).
				t = dropRepeatedParagraphs(t)
			}
			if strings.TrimSpace(t) != "" {
				body = t
			}
		}
		m := res.Metadata
		if a.Title == "" {
			a.Title = m.Title
		}
		if a.Author == "" {
			a.Author = m.Author
		}
		if a.Outlet == "" {
			a.Outlet = m.Sitename
		}
		if a.URL == "" {
			a.URL = m.URL
		}
		if !m.Date.IsZero() {
			a.Published, a.DateSource = m.Date.UTC(), "page"
		}
		a.Language = source.NormLang(m.Language)
	}
	if strings.TrimSpace(body) == "" {
		// A fragment (a feed item's description) or a page the extractor
		// rejects: fall back to the whole text of the markup, cleaned.
		body = Clean(nodeText(root))
	}
	a.Body = Normalize(dropJunkLines(body))
	return nil
}

// dropJunkLines removes from extracted HTML text the lines that are junk
// whatever their context: code, widgets, notices, captions. The extractor
// has already chosen the main block, so Clean's block rules do not apply.
func dropJunkLines(text string) string {
	lines := strings.Split(text, "\n")
	out := lines[:0]
	for _, l := range lines {
		// Long paragraphs are content here: the extractor chose them.
		if n := len(l); n > 0 && n < 400 {
			t := strings.Join(strings.Fields(l), " ")
			if k := classify(t); t != "" && (k == lineDrop || k == lineCode) {
				continue
			}
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

// safeTrafilatura runs the extractor, turning a panic inside the library
// on hostile markup into an error.
func safeTrafilatura(root *html.Node, opts trafilatura.Options) (res *trafilatura.ExtractResult, err error) {
	defer func() {
		if p := recover(); p != nil {
			res, err = nil, fmt.Errorf("extractor failed: %v", p)
		}
	}()
	return trafilatura.ExtractDocument(root, opts)
}

// decodeHTML returns the page as UTF-8. A declared or sniffed charset
// (BOM, Content-Type, <meta>) is used when it is certain; a page that is
// valid UTF-8 is taken as UTF-8 even when it claims Latin-1, the commonest
// mislabel; otherwise the HTML5 sniffing default applies.
func decodeHTML(body []byte, contentType string) (string, error) {
	enc, name, certain := charset.DetermineEncoding(body, contentType)
	if name == "utf-8" || (utf8.Valid(body) && (!certain || isLatin1Label(name))) {
		if !utf8.Valid(body) {
			return strings.ToValidUTF8(string(body), "\uFFFD"), nil
		}
		return string(body), nil
	}
	out, err := io.ReadAll(enc.NewDecoder().Reader(bytes.NewReader(body)))
	if err != nil {
		return "", fmt.Errorf("cannot decode %s: %w", name, err)
	}
	return string(out), nil
}

func isLatin1Label(name string) bool {
	switch name {
	case "windows-1252", "iso-8859-1", "iso-8859-15", "us-ascii":
		return true
	}
	return false
}

// nodeText is the text of an HTML tree without script and style, one
// block element per line. Text on both sides of an inline element
// boundary is kept apart by a space when the markup gave none (page
// templates drop the white space between a word and a link), except
// before closing punctuation.
func nodeText(n *html.Node) string {
	var b strings.Builder
	boundary := false
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			t := n.Data
			if t == "" {
				return
			}
			if boundary && b.Len() > 0 && needSpace(b.String()[b.Len()-1], t) {
				b.WriteByte(' ')
			}
			b.WriteString(t)
			boundary = false
			return
		case html.ElementNode:
			switch n.Data {
			case "script", "style", "noscript", "template", "head", "iframe", "svg":
				return
			}
		}
		boundary = true
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		boundary = true
		if n.Type == html.ElementNode && blockElement(n.Data) {
			b.WriteByte('\n')
		}
	}
	walk(n)
	return b.String()
}

// dropRepeatedParagraphs removes a paragraph that repeats the one before
// it (the extractor's baseline mode can emit a block twice).
func dropRepeatedParagraphs(s string) string {
	lines := strings.Split(s, "\n")
	out := lines[:0]
	prev := ""
	for _, l := range lines {
		t := strings.Join(strings.Fields(l), " ")
		if t != "" && t == prev {
			continue
		}
		if t != "" {
			prev = t
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

// needSpace says whether a space must separate the last byte written and
// the next text at an element boundary.
func needSpace(last byte, next string) bool {
	switch last {
	case ' ', '\n', '\t', '(', '[', '{', '/', '-', '"', '\'':
		return false
	}
	switch next[0] {
	case ' ', '\n', '\t', '.', ',', ';', ':', '!', '?', ')', ']', '}', '/', '-', '\'', '"', '%':
		return false
	}
	return true
}

func blockElement(tag string) bool {
	switch tag {
	case "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote",
		"section", "article", "header", "footer", "ul", "ol", "table", "pre", "figure", "figcaption", "dd", "dt",
		"td", "th", "hr", "dl", "main", "aside", "nav", "address", "details", "summary", "caption":
		return true
	}
	return false
}

// detectLanguage guesses the language of a body of at least 20 words,
// returning "" when the guess is unreliable.
func detectLanguage(body string) string {
	if wordCount(body) < 20 {
		return ""
	}
	body = languageSample(body)
	if looksEnglish(body) {
		return "en"
	}
	info := whatlanggo.Detect(body)
	if info.Lang < 0 || !info.IsReliable() {
		return ""
	}
	return info.Lang.Iso6391()
}

// languageSample is the part of a body the language is told from: its
// first 4000 bytes, cut back to whole characters.
func languageSample(body string) string {
	if len(body) > 4000 {
		body = body[:4000]
		for !utf8.ValidString(body) && len(body) > 0 {
			body = body[:len(body)-1]
		}
	}
	return body
}

// looksEnglish says whether a body is plainly English: at least 15% of
// its words are common English function words and at least 3% are "the".
// Text in other languages hardly ever passes both (they lack "the"), so
// detectLanguage can skip the trigram comparison of every language, which
// costs about a millisecond per article, for the common case; anything
// else still goes to the full detector.
func looksEnglish(body string) bool {
	words, function, the := 0, 0, 0
	for i := 0; i < len(body); {
		for i < len(body) && body[i] < utf8.RuneSelf && !isASCIILetter(body[i]) {
			i++
		}
		j := i
		for j < len(body) && (body[j] >= utf8.RuneSelf || isASCIILetter(body[j])) {
			j++
		}
		if j > i {
			words++
			if w := body[i:j]; len(w) <= 5 {
				var low [5]byte
				for k := 0; k < len(w); k++ {
					low[k] = w[k] | 0x20
				}
				switch string(low[:len(w)]) {
				case "the":
					the++
					function++
				case "of", "and", "to", "that", "for", "with", "was", "by", "from", "has", "have",
					"are", "it", "be", "said", "this", "which", "were", "their", "would", "been",
					"an", "at", "not", "but", "he", "his", "they", "its", "who", "will":
					function++
				}
			}
		}
		i = j
	}
	return words >= 20 && function*100 >= words*15 && the*100 >= words*3
}

// isASCIILetter says whether c is an ASCII letter.
func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// titleSeparators split a page title from the site name around it.
var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " « ", " » "}

// trimSiteName removes the site name that page titles carry ("Obama
// admits ... - BBC News"): a first or last part that is the outlet name or
// the host, or any last part of at most four words after a separator when
// the rest is a long title.
func trimSiteName(title, outlet, host string) string {
	same := func(part string) bool {
		p := strings.ToLower(strings.TrimSpace(part))
		if p == "" {
			return false
		}
		if o := strings.ToLower(outlet); o != "" && (p == o || strings.Contains(o, p) && len(p) >= 4) {
			return true
		}
		if host != "" {
			h := strings.ReplaceAll(host, "-", "")
			compact := strings.ReplaceAll(strings.ReplaceAll(p, " ", ""), "-", "")
			if compact == h || strings.HasPrefix(h, compact+".") {
				return true
			}
		}
		return false
	}
	for _, sep := range titleSeparators {
		if i := strings.LastIndex(title, sep); i > 0 && same(title[i+len(sep):]) {
			return strings.TrimSpace(title[:i])
		}
		if i := strings.Index(title, sep); i > 0 && same(title[:i]) {
			return strings.TrimSpace(title[i+len(sep):])
		}
	}
	return title
}

func hostOf(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}

// urlDate finds a publication date in a URL path: /2019/11/19/,
// /2019-11-19/, /20191119/ (a day needs a month and year around it).
var urlDate = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?:^|[/_-])((?:19|20)\d\d)[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?:$|[/_.-]|\d{0,0}[^\d])`)
})

// DateFromURL returns the date a URL's path spells, if any.
func DateFromURL(raw string) (time.Time, bool) {
	u, err := url.Parse(raw)
	if err != nil {
		return time.Time{}, false
	}
	m := urlDate().FindStringSubmatch(u.EscapedPath())
	if m == nil {
		return time.Time{}, false
	}
	y, _ := strconv.Atoi(m[1])
	mo, _ := strconv.Atoi(m[2])
	d, _ := strconv.Atoi(m[3])
	t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d { // 31 February
		return time.Time{}, false
	}
	return t, true
}

// setDate picks the publication date: the page's own, then the feed's or
// dump's, then the URL's, then the archive's capture date or the HTTP
// Last-Modified, then the caller's.
func setDate(a *Article, doc source.Document, opts Options) {
	if !a.Published.IsZero() && a.DateSource == "page" {
		return
	}
	if !doc.Published.IsZero() && (doc.DateSource == "feed" || doc.DateSource == "jsonl") {
		a.Published, a.DateSource = doc.Published.UTC(), doc.DateSource
		return
	}
	if t, ok := DateFromURL(a.URL); ok {
		a.Published, a.DateSource = t, "url"
		return
	}
	if !doc.Published.IsZero() {
		a.Published, a.DateSource = doc.Published.UTC(), doc.DateSource
		return
	}
	if !opts.Published.IsZero() {
		a.Published, a.DateSource = opts.Published.UTC(), "flag"
	}
}
