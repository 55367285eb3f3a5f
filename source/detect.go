package source

import "bytes"

type container int

const (
	containerNone container = iota
	containerWARC
	containerARC
	containerFeed
	containerJSONL
)

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// trimLead drops a UTF-8 byte-order mark and leading white space.
func trimLead(b []byte) []byte {
	b = bytes.TrimPrefix(b, utf8BOM)
	return bytes.TrimLeft(b, " \t\r\n")
}

// sniffContainer finds the container format from the first bytes of a
// (decompressed) stream.
func sniffContainer(head []byte) container {
	h := trimLead(head)
	switch {
	case bytes.HasPrefix(h, []byte("WARC/")):
		return containerWARC
	case bytes.HasPrefix(h, []byte("filedesc://")):
		return containerARC
	case len(h) > 0 && h[0] == '{',
		len(h) > 0 && h[0] == '[' && len(trimLead(h[1:])) > 0 && (trimLead(h[1:])[0] == '{' || trimLead(h[1:])[0] == ']'):
		return containerJSONL
	case isFeed(h):
		return containerFeed
	}
	return containerNone
}

// isFeed says whether an XML head is an RSS, Atom or RDF feed: the first
// element (after the XML declaration, comments, processing instructions
// and a doctype) is <rss>, <feed> or <rdf:RDF>.
func isFeed(h []byte) bool {
	for {
		h = bytes.TrimLeft(h, " \t\r\n")
		if len(h) == 0 || h[0] != '<' {
			return false
		}
		switch {
		case bytes.HasPrefix(h, []byte("<?")):
			i := bytes.Index(h, []byte("?>"))
			if i < 0 {
				return false
			}
			h = h[i+2:]
		case bytes.HasPrefix(h, []byte("<!--")):
			i := bytes.Index(h, []byte("-->"))
			if i < 0 {
				return false
			}
			h = h[i+3:]
		case bytes.HasPrefix(h, []byte("<!")):
			i := bytes.IndexByte(h, '>')
			if i < 0 {
				return false
			}
			h = h[i+1:]
		default:
			name := h[1:]
			end := bytes.IndexAny(name, " \t\r\n/>")
			if end < 0 {
				end = len(name)
			}
			name = bytes.ToLower(name[:end])
			if i := bytes.IndexByte(name, ':'); i >= 0 && !bytes.Equal(name, []byte("rdf:rdf")) {
				name = name[i+1:] // a namespace prefix such as <atom:feed>
			}
			switch string(name) {
			case "rss", "feed", "rdf:rdf", "rdf":
				return true
			}
			return false
		}
	}
}

// htmlMarkers are tags whose presence near the start of a document marks it
// as HTML; matched case-insensitively.
var htmlMarkers = [][]byte{
	[]byte("<!doctype html"), []byte("<html"), []byte("<head"), []byte("<body"),
	[]byte("<meta "), []byte("<title>"), []byte("<div"), []byte("<p>"), []byte("<p "),
	[]byte("<article"), []byte("<br>"), []byte("<br/>"), []byte("<br />"), []byte("<span"),
	[]byte("<a href"), []byte("<h1"), []byte("<h2"), []byte("<table"), []byte("<script"),
	[]byte("<link "), []byte("<section"), []byte("<ul"), []byte("<li>"), []byte("<em>"),
	[]byte("<strong>"), []byte("<b>"), []byte("<i>"), []byte("<img "), []byte("<figure"),
}

// DetectKind says whether body is HTML or plain text, by content (never by
// a file name): a document starting with markup, or whose first 4 KB hold
// at least two HTML tags, is HTML; everything else is text.
func DetectKind(body []byte) Kind {
	h := trimLead(body)
	if len(h) > peekSize {
		h = h[:peekSize]
	}
	lower := bytes.ToLower(h)
	if bytes.HasPrefix(lower, []byte("<!doctype html")) || bytes.HasPrefix(lower, []byte("<html")) {
		return HTML
	}
	hits := 0
	for _, m := range htmlMarkers {
		if bytes.Contains(lower, m) {
			hits++
			if hits >= 2 {
				return HTML
			}
		}
	}
	if bytes.HasPrefix(lower, []byte("<")) && hits >= 1 {
		return HTML
	}
	return Text
}
