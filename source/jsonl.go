package source

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
)

// Field names tried, in order, when the Options leave a JSONL field empty.
var (
	jsonlTextFields   = []string{"text", "body", "content", "articleBody", "maintext", "article", "story"}
	jsonlTitleFields  = []string{"title", "headline"}
	jsonlDateFields   = []string{"date", "published", "publish_date", "date_publish", "pubdate", "datetime", "publication_date", "published_at"}
	jsonlURLFields    = []string{"url", "link", "source_url", "href"}
	jsonlAuthorFields = []string{"author", "authors", "byline"}
	jsonlOutletFields = []string{"outlet", "source", "site_name", "sitename", "publisher", "source_domain"}
	jsonlLangFields   = []string{"language", "lang"}
)

func fieldList(name string, defaults []string) []string {
	if name != "" {
		return []string{name}
	}
	return defaults
}

// jsonl reads JSON Lines: one JSON object per line, each one document.
// Blank lines are skipped; a bad line is reported as "origin#N" (1-based
// line number) and reading goes on.
func (r *reader) jsonl(origin string, br *bufio.Reader) error {
	limit := r.opts.maxBytes()
	textF := fieldList(r.opts.JSONLText, jsonlTextFields)
	titleF := fieldList(r.opts.JSONLTitle, jsonlTitleFields)
	dateF := fieldList(r.opts.JSONLDate, jsonlDateFields)
	urlF := fieldList(r.opts.JSONLURL, jsonlURLFields)
	if first, _ := br.Peek(peekSize); !firstLineComplete(first) {
		// Not JSON Lines: one JSON document (an object, or an array of
		// objects) spread over many lines.
		body, err := r.readAll(br)
		if err != nil {
			return r.fail(origin, err)
		}
		return r.jsonDoc(origin, body, textF, titleF, dateF, urlF)
	}
	for lineNo := 1; ; lineNo++ {
		if err := r.ctx.Err(); err != nil {
			return err
		}
		line, tooLong, err := readLine(br, limit)
		if err != nil && !errors.Is(err, io.EOF) {
			return r.fail(fmt.Sprintf("%s#%d", origin, lineNo), fmt.Errorf("read failed: %w", err))
		}
		rec := fmt.Sprintf("%s#%d", origin, lineNo)
		switch {
		case tooLong:
			if ferr := r.fail(rec, fmt.Errorf("%w of %d bytes", ErrTooLarge, limit)); ferr != nil {
				return ferr
			}
		case len(bytes.TrimSpace(line)) > 0:
			if eerr := r.emit(jsonlDoc(rec, line, textF, titleF, dateF, urlF)); eerr != nil {
				return eerr
			}
		}
		if err != nil { // io.EOF
			return nil
		}
	}
}

// firstLineComplete says whether the first line of head is a whole JSON
// value (so the stream is JSON Lines). A first line longer than head is
// taken for a JSON Lines record.
func firstLineComplete(head []byte) bool {
	line, _, found := bytes.Cut(head, []byte("\n"))
	if !found && len(head) == peekSize {
		return true
	}
	return json.Valid(bytes.TrimSpace(line))
}

// jsonDoc reads a whole JSON document: an object is one record named
// origin, an array gives records named "origin#N".
func (r *reader) jsonDoc(origin string, body []byte, textF, titleF, dateF, urlF []string) error {
	body = bytes.TrimSpace(bytes.TrimPrefix(body, utf8BOM))
	if len(body) > 0 && body[0] == '[' {
		var items []json.RawMessage
		if err := json.Unmarshal(body, &items); err != nil {
			return r.fail(origin, fmt.Errorf("bad JSON: %w", err))
		}
		for i, it := range items {
			if err := r.emit(jsonlDoc(fmt.Sprintf("%s#%d", origin, i+1), it, textF, titleF, dateF, urlF)); err != nil {
				return err
			}
		}
		return nil
	}
	return r.emit(jsonlDoc(origin, body, textF, titleF, dateF, urlF))
}

// readLine reads one line (without its end) of at most limit bytes; a
// longer line is consumed and reported as tooLong.
func readLine(br *bufio.Reader, limit int64) (line []byte, tooLong bool, err error) {
	var buf []byte
	for {
		frag, e := br.ReadSlice('\n')
		if !tooLong {
			if int64(len(buf)+len(frag)) > limit+1 { // +1: the newline itself
				tooLong = true
				buf = nil
			} else {
				buf = append(buf, frag...)
			}
		}
		if e == bufio.ErrBufferFull {
			continue
		}
		if e != nil {
			return bytes.TrimRight(buf, "\r\n"), tooLong, e
		}
		return bytes.TrimRight(buf, "\r\n"), tooLong, nil
	}
}

// jsonlDoc turns one JSON object into a Document.
func jsonlDoc(origin string, line []byte, textF, titleF, dateF, urlF []string) Document {
	var obj map[string]any
	dec := json.NewDecoder(bytes.NewReader(line))
	dec.UseNumber()
	if err := dec.Decode(&obj); err != nil {
		return Document{Origin: origin, Err: fmt.Errorf("bad JSON: %w", err)}
	}
	if obj == nil {
		return Document{Origin: origin, Err: errors.New("bad JSON: not an object")}
	}
	text, ok := firstString(obj, textF)
	if !ok {
		return Document{Origin: origin, Err: fmt.Errorf("no text field (looked for %s)", strings.Join(textF, ", "))}
	}
	d := Document{Origin: origin, Body: []byte(text)}
	d.Kind = DetectKind(d.Body)
	d.Title, _ = firstString(obj, titleF)
	d.URL, _ = firstString(obj, urlF)
	d.Author, _ = firstString(obj, jsonlAuthorFields)
	d.Outlet, _ = firstString(obj, jsonlOutletFields)
	d.Language, _ = firstString(obj, jsonlLangFields)
	if ds, ok := firstString(obj, dateF); ok {
		if t, ok := ParseDate(ds); ok {
			d.Published, d.DateSource = t, "jsonl"
		}
	} else if n, ok := firstNumber(obj, dateF); ok {
		// A Unix time in seconds (or milliseconds when too large for seconds).
		if n > 1e11 {
			n /= 1000
		}
		if n > 0 && n < 1e11 {
			d.Published, d.DateSource = time.Unix(int64(n), 0).UTC(), "jsonl"
		}
	}
	return d
}

// firstString returns the first named field that holds a non-empty string
// (or a list of strings, joined with ", ").
func firstString(obj map[string]any, names []string) (string, bool) {
	for _, n := range names {
		switch v := obj[n].(type) {
		case string:
			if s := strings.TrimSpace(v); s != "" {
				return s, true
			}
		case []any:
			var parts []string
			for _, e := range v {
				if s, ok := e.(string); ok && strings.TrimSpace(s) != "" {
					parts = append(parts, strings.TrimSpace(s))
				}
			}
			if len(parts) > 0 {
				return strings.Join(parts, ", "), true
			}
		}
	}
	return "", false
}

func firstNumber(obj map[string]any, names []string) (float64, bool) {
	for _, n := range names {
		if v, ok := obj[n].(json.Number); ok {
			f, err := strconv.ParseFloat(string(v), 64)
			if err == nil {
				return f, true
			}
		}
	}
	return 0, false
}

// dateLayouts are the date forms ParseDate accepts, most specific first.
var dateLayouts = []string{
	time.RFC3339Nano,
	time.RFC3339,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006-01-02",
	"2006/01/02",
	"20060102150405",
	"20060102",
	time.RFC1123Z,
	time.RFC1123,
	time.RFC850,
	time.ANSIC,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"2 Jan 2006",
	"2 January 2006",
	"January 2, 2006",
	"Jan 2, 2006",
	"2006-01",
}

// ParseDate parses the date forms found in JSON dumps, feeds and HTTP
// headers (RFC 3339, ISO dates, RFC 1123, 14-digit timestamps, "2 January
// 2006", "January 2, 2006"). Times without a zone are taken as UTC.
func ParseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, false
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			if t.Year() < 1800 || t.Year() > 2200 {
				return time.Time{}, false
			}
			return t, true
		}
	}
	return time.Time{}, false
}
