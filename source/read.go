// Package source reads raw news documents from every form they arrive in:
// files, directories, globs, standard input, gzip, JSON Lines, RSS/Atom/RDF
// feeds, WARC and ARC web archives, and HTTP(S) URLs.
//
// Read streams documents one at a time to a callback, so memory stays flat
// in the number of documents. An input or record that cannot be read is
// delivered as a Document with Err set and Origin naming the file and
// record; the batch goes on.
package source

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// Defaults used when an Options field is zero.
const (
	DefaultMaxBytes     = 50 << 20 // 50 MB per document
	DefaultTimeout      = 30 * time.Second
	DefaultMaxRedirects = 5
	DefaultUserAgent    = "Herald/0.1 (news event coder; +https://github.com/heraldevents/herald)"
)

// ErrTooLarge is wrapped by the error of a document larger than MaxBytes.
var ErrTooLarge = errors.New("document exceeds the size limit")

// Options controls reading. The zero value is usable: every zero field
// takes the default named in its comment.
type Options struct {
	// MaxBytes caps one document (and one JSONL line, one WARC record
	// payload, one HTTP body); larger ones are reported with ErrTooLarge.
	// Zero means DefaultMaxBytes; negative means no limit.
	MaxBytes int64
	// Fetch allows network access: http(s) inputs and, for feed items
	// that carry only a link, the linked page. Without it URLs are
	// reported as errors and link-only feed items give their summary.
	Fetch bool
	// Timeout bounds one HTTP request (zero: DefaultTimeout).
	Timeout time.Duration
	// MaxRedirects bounds redirects per HTTP request (zero: DefaultMaxRedirects).
	MaxRedirects int
	// UserAgent is sent with every HTTP request (empty: DefaultUserAgent).
	UserAgent string
	// IgnoreRobots skips the robots.txt check. Off by default.
	IgnoreRobots bool
	// JSONL field names. Empty means: try the usual names (text: "text",
	// "body", "content", "articleBody", "maintext", "article"; title:
	// "title", "headline"; date: "date", "published", "publish_date",
	// "date_publish", "pubdate", "datetime"; url: "url", "link", "source_url").
	JSONLText, JSONLTitle, JSONLDate, JSONLURL string
	// HTTPClient replaces the client built from Timeout and MaxRedirects
	// (tests use it); nil means build one.
	HTTPClient *http.Client
	// Stdin is read for the input "-"; nil means os.Stdin.
	Stdin io.Reader
	// Logger receives debug notes about skipped records and warnings
	// (a WARC revisit whose original is not in the input); nil means
	// slog.Default().
	Logger *slog.Logger
	// RevisitIndex caps how many original captures (WARC pages read from
	// files) are remembered so that later revisit records can be given
	// their page; only locations are kept, never payloads. Zero means
	// DefaultRevisitIndex; negative means no index (revisits are skipped).
	RevisitIndex int
}

func (o Options) maxBytes() int64 {
	switch {
	case o.MaxBytes == 0:
		return DefaultMaxBytes
	case o.MaxBytes < 0:
		return 1<<63 - 1
	}
	return o.MaxBytes
}

func (o Options) logger() *slog.Logger {
	if o.Logger != nil {
		return o.Logger
	}
	return slog.Default()
}

// Read reads every input in order and calls fn with each document found.
// An input is "-" (standard input), an http(s) URL, a glob pattern, a
// directory (read recursively, in name order) or a file. The format of a
// file is found from its content (gzip, WARC, ARC, feed, JSON Lines, HTML,
// text), not from its name.
//
// Unreadable inputs and records reach fn as Documents with Err set; Read
// itself returns only fn's error or the context's.
func Read(ctx context.Context, inputs []string, opts Options, fn func(Document) error) error {
	r := &reader{opts: opts, fn: fn, ctx: ctx}
	for _, in := range inputs {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := r.input(in); err != nil {
			return err
		}
	}
	return ctx.Err()
}

// ReadFrom reads one already-open stream named origin as Read reads a file.
func ReadFrom(ctx context.Context, origin string, rd io.Reader, opts Options, fn func(Document) error) error {
	r := &reader{opts: opts, fn: fn, ctx: ctx}
	return r.stream(origin, rd, "")
}

// reader carries one Read call's state.
type reader struct {
	ctx    context.Context
	opts   Options
	fn     func(Document) error
	client *http.Client
	robots map[string]*robotsRules // per scheme://host, for this Read call
	path   string                  // the file being read, when it can be reopened
	// members tracks the gzip members of the file being read (nil when
	// it is not gzip), so WARC records can be found again in it.
	members  *gzipMembers
	revisits revisitIndex // original captures for WARC revisit records, across the whole Read call
}

// emit hands one document to the callback, honouring cancellation.
func (r *reader) emit(d Document) error {
	if err := r.ctx.Err(); err != nil {
		return err
	}
	return r.fn(d)
}

// fail reports an unreadable input or record.
func (r *reader) fail(origin string, err error) error {
	return r.emit(Document{Origin: origin, Err: err})
}

func isURL(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

func (r *reader) input(in string) error {
	switch {
	case in == "-":
		in := r.opts.Stdin
		if in == nil {
			in = os.Stdin
		}
		return r.stream("stdin", in, "")
	case isURL(in):
		return r.url(in)
	}
	st, err := os.Stat(in)
	if err != nil {
		if strings.ContainsAny(in, "*?[") {
			return r.glob(in)
		}
		return r.fail(in, fmt.Errorf("cannot open: %w", unwrapPath(err)))
	}
	if st.IsDir() {
		return r.dir(in)
	}
	return r.file(in)
}

// unwrapPath drops the *fs.PathError wrapper whose text repeats the path
// that Origin already names.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func (r *reader) glob(pattern string) error {
	matches, err := filepath.Glob(pattern)
	if err != nil {
		return r.fail(pattern, fmt.Errorf("bad glob pattern: %w", err))
	}
	if len(matches) == 0 {
		return r.fail(pattern, errors.New("no file matches the pattern"))
	}
	for _, m := range matches {
		if err := r.ctx.Err(); err != nil {
			return err
		}
		st, err := os.Stat(m)
		if err != nil {
			if err := r.fail(m, fmt.Errorf("cannot open: %w", unwrapPath(err))); err != nil {
				return err
			}
			continue
		}
		if st.IsDir() {
			err = r.dir(m)
		} else {
			err = r.file(m)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func (r *reader) dir(root string) error {
	var files []string
	walkErr := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if ferr := r.fail(p, fmt.Errorf("cannot read directory entry: %w", unwrapPath(err))); ferr != nil {
				return ferr
			}
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		name := d.Name()
		if p != root && strings.HasPrefix(name, ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil // hidden files are not news
		}
		if d.Type().IsRegular() {
			files = append(files, p)
		}
		return nil
	})
	if walkErr != nil {
		return walkErr
	}
	sort.Strings(files)
	for _, f := range files {
		if err := r.ctx.Err(); err != nil {
			return err
		}
		if err := r.file(f); err != nil {
			return err
		}
	}
	return nil
}

func (r *reader) file(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return r.fail(path, fmt.Errorf("cannot open: %w", unwrapPath(err)))
	}
	defer f.Close()
	r.path = path
	defer func() { r.path = "" }()
	return r.stream(path, f, "")
}

// peekSize is how much of a stream is looked at to find its format.
const peekSize = 4096

// stream reads one input stream: it undoes gzip and dispatches on content.
// contentType is the declared media type, if any.
func (r *reader) stream(origin string, rd io.Reader, contentType string) error {
	var file *countingReader
	if r.path != "" && r.path == origin {
		file = &countingReader{r: rd}
		rd = file
	}
	br := bufio.NewReaderSize(rd, 64<<10)
	head, _ := br.Peek(peekSize)
	if len(head) >= 2 && head[0] == 0x1f && head[1] == 0x8b {
		if file != nil {
			// A file: keep track of its gzip members to find records again.
			gm, err := newGzipMembers(file, br)
			if err != nil {
				return r.fail(origin, fmt.Errorf("bad gzip data: %w", err))
			}
			defer gm.Close()
			r.members = gm
			defer func() { r.members = nil }()
			br = bufio.NewReaderSize(gm, 64<<10)
		} else {
			zr, err := gzip.NewReader(br)
			if err != nil {
				return r.fail(origin, fmt.Errorf("bad gzip data: %w", err))
			}
			defer zr.Close()
			br = bufio.NewReaderSize(zr, 64<<10)
		}
		head, _ = br.Peek(peekSize)
	}
	if r.members != nil && sniffContainer(head) != containerWARC {
		r.members.untracked = true // only WARC records are looked up again
	}
	switch sniffContainer(head) {
	case containerWARC:
		return r.warc(origin, br)
	case containerARC:
		return r.arc(origin, br)
	case containerFeed:
		body, err := r.readAll(br)
		if err != nil {
			return r.fail(origin, err)
		}
		return r.feed(origin, body)
	case containerJSONL:
		return r.jsonl(origin, br)
	}
	body, err := r.readAll(br)
	if err != nil {
		return r.fail(origin, err)
	}
	return r.emit(Document{Origin: origin, Body: body, Kind: DetectKind(body), ContentType: contentType})
}

// readAll reads rd up to the size limit.
func (r *reader) readAll(rd io.Reader) ([]byte, error) {
	return readLimited(rd, r.opts.maxBytes())
}

func readLimited(rd io.Reader, limit int64) ([]byte, error) {
	var buf bytes.Buffer
	n, err := io.Copy(&buf, io.LimitReader(rd, limit))
	if err != nil {
		return nil, fmt.Errorf("read failed after %d bytes: %w", n, err)
	}
	if n == limit {
		// One more byte means the input was larger than the cap.
		var one [1]byte
		if m, _ := io.ReadFull(rd, one[:]); m > 0 {
			return nil, fmt.Errorf("%w of %d bytes", ErrTooLarge, limit)
		}
	}
	return buf.Bytes(), nil
}
