package source

import "time"

// Kind is what a document's bytes hold.
type Kind string

// Kinds of document content.
const (
	Unknown Kind = ""     // detect by content
	HTML    Kind = "html" // an HTML page
	Text    Kind = "text" // plain (possibly scraped) text
)

// Document is one raw document as read from an input, with whatever
// metadata its container gave (feed item, JSONL fields, WARC headers).
// A Document with Err set stands for a record that could not be read:
// Origin names it and Err says why; the batch goes on.
type Document struct {
	Origin    string // file path, "path#N" for the Nth record of a container, or URL
	Body      []byte
	Kind      Kind
	Title     string
	URL       string
	Author    string
	Outlet    string
	Published time.Time // zero when the container gave none
	// DateSource says where Published came from: "feed", "jsonl", "warc",
	// "http" (Last-Modified) or "" when Published is zero.
	DateSource string
	// Language is the language the container declared (feed, HTTP
	// Content-Language, JSONL field), ISO 639-1 when known, else "".
	Language string
	// ContentType is the media type the container declared (HTTP or WARC
	// header), with its parameters (charset); "" when none was given.
	ContentType string
	Err         error
}
