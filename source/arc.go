package source

// The ARC format (the Internet Archive's pre-WARC container) is read here
// by a small reader of our own: gowarc reads WARC only, and no maintained
// Go module reads ARC. The format is one header line per record
//
//	URL IP-address 14-digit-date content-type length            (version 1)
//	URL IP date content-type code checksum location offset filename length  (version 2)
//
// followed by length bytes (for http records, the HTTP response with its
// headers) and a newline. The first record, "filedesc://...", describes the
// file and names the version.

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
)

// maxARCHeader caps an ARC header line.
const maxARCHeader = 8 << 10

// arc reads an ARC file; records are named "origin#N" (N from 1, the
// filedesc record included).
func (r *reader) arc(origin string, br *bufio.Reader) error {
	version := 1
	for n := 1; ; n++ {
		if err := r.ctx.Err(); err != nil {
			return err
		}
		name := fmt.Sprintf("%s#%d", origin, n)
		line, err := arcHeaderLine(br)
		if err != nil {
			if errors.Is(err, io.EOF) {
				return nil
			}
			return r.fail(name, fmt.Errorf("bad ARC header: %w", err))
		}
		h, err := parseARCHeader(line, version)
		if err != nil {
			// Without a length the next record cannot be found: stop here.
			return r.fail(name, fmt.Errorf("bad ARC header %q: %w", clip(line, 80), err))
		}
		if h.length > r.opts.maxBytes() {
			if _, err := io.CopyN(io.Discard, br, h.length); err != nil {
				return r.fail(name, fmt.Errorf("ARC record truncated: %w", err))
			}
			if err := r.fail(name, fmt.Errorf("%w: ARC record of %d bytes", ErrTooLarge, h.length)); err != nil {
				return err
			}
			continue
		}
		body := make([]byte, h.length)
		m, err := io.ReadFull(br, body)
		truncated := err != nil
		body = body[:m]
		if strings.HasPrefix(h.url, "filedesc://") {
			if v := arcVersion(body); v > 0 {
				version = v
			}
			continue
		}
		d, ok := arcRecord(name, h, body)
		if ok {
			if err := r.emit(d); err != nil {
				return err
			}
		}
		if truncated {
			r.opts.logger().Debug("ARC file ends inside a record", "origin", name)
			return nil
		}
	}
}

type arcHeader struct {
	url, date, contentType string
	length                 int64
}

// arcHeaderLine reads the next non-blank line.
func arcHeaderLine(br *bufio.Reader) (string, error) {
	for {
		line, tooLong, err := readLine(br, maxARCHeader)
		if tooLong {
			return "", errors.New("header line too long")
		}
		if s := strings.TrimSpace(string(line)); s != "" {
			return s, nil
		}
		if err != nil {
			return "", err
		}
	}
}

// parseARCHeader splits a header line. A URL may hold spaces, so fields
// are counted from the end.
func parseARCHeader(line string, version int) (arcHeader, error) {
	f := strings.Fields(line)
	tail := 4 // ip date type length
	if version == 2 && len(f) >= 10 {
		tail = 9
	}
	if len(f) < tail+1 {
		return arcHeader{}, fmt.Errorf("%d fields, want at least %d", len(f), tail+1)
	}
	n, err := strconv.ParseInt(f[len(f)-1], 10, 64)
	if err != nil || n < 0 {
		return arcHeader{}, errors.New("bad record length")
	}
	urlEnd := len(f) - tail
	return arcHeader{
		url:         strings.Join(f[:urlEnd], "%20"),
		date:        f[urlEnd+1],
		contentType: f[urlEnd+2],
		length:      n,
	}, nil
}

// arcVersion reads the version from a filedesc record body ("1 0 ...").
func arcVersion(body []byte) int {
	line, _, _ := bytes.Cut(body, []byte("\n"))
	f := strings.Fields(string(line))
	if len(f) == 0 {
		return 0
	}
	v, err := strconv.Atoi(f[0])
	if err != nil || v < 1 || v > 2 {
		return 0
	}
	return v
}

func arcRecord(name string, h arcHeader, body []byte) (Document, bool) {
	d := Document{Origin: name, URL: h.url}
	if t, ok := arcDate(h.date); ok {
		d.Published, d.DateSource = t, "warc"
	}
	contentType := h.contentType
	var header http.Header
	if bytes.HasPrefix(body, []byte("HTTP/")) {
		resp, err := http.ReadResponse(bufio.NewReader(bytes.NewReader(body)), nil)
		if err != nil {
			d.Err = fmt.Errorf("bad HTTP response in ARC record: %w", err)
			return d, true
		}
		if resp.StatusCode < 200 || resp.StatusCode > 299 {
			return Document{}, false
		}
		header = resp.Header
		if ct := header.Get("Content-Type"); ct != "" {
			contentType = ct
		}
		// ReadResponse already undid chunking; read what the record holds.
		b, err := io.ReadAll(resp.Body)
		if err != nil && len(b) == 0 {
			d.Err = fmt.Errorf("bad HTTP body in ARC record: %w", err)
			return d, true
		}
		header.Del("Transfer-Encoding")
		body = b
	}
	if !textual(contentType) {
		return Document{}, false
	}
	return archivedPage(d, body, header, contentType)
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "..."
}
