package source

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/base32"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"net/http"
	"os"
	"sort"
	"strings"
	"time"

	gowarc "github.com/nlnwa/gowarc/v3"
)

// DefaultRevisitIndex is how many original captures one Read call
// remembers for WARC revisit records when Options.RevisitIndex is zero
// (about 100 bytes each: some 10 MB when full).
const DefaultRevisitIndex = 100_000

// The kinds of key an original capture is found by. The key of a capture
// is the kind letter followed by the value.
const (
	keyRecordID = 'i' // WARC-Record-ID, named by WARC-Refers-To (WARC 1.1)
	keyURIDate  = 'u' // target URI and capture date, named by WARC-Refers-To-Target-URI and -Date
	keyDigest   = 'd' // payload digest, shared by a revisit of the identical-payload-digest profile
	keyLatest   = 'l' // target URI alone: the latest capture of that URI
)

// warcLoc says where an original capture can be read again.
type warcLoc struct {
	file int32 // index into revisitIndex.files
	n    int32 // record number in its file (its Origin is file#n)
	at   int64 // file offset where reading starts: the record's, or its gzip member's
	skip int64 // bytes to skip after at (decompressed) to reach the record; 0 for per-record gzip
	gz   bool  // the bytes at at are gzip
}

// revisitIndex maps the keys of the original captures read so far (pages
// only: 2xx HTML or text responses) to where they are, so a revisit
// record can be given its original's page by reading it again. Payloads
// are never kept: only 64-bit hashes of the keys and the locations, up to
// a cap. A hash collision cannot give a wrong page: the record read again
// must carry the key itself.
type revisitIndex struct {
	files []string
	locs  []warcLoc
	keys  map[uint64]int32
	full  bool
}

func keyHash(key string) uint64 {
	h := fnv.New64a()
	_, _ = h.Write([]byte(key))
	return h.Sum64()
}

// revisitCap is the number of originals the index may hold; 0 means none.
func (o Options) revisitCap() int {
	switch {
	case o.RevisitIndex == 0:
		return DefaultRevisitIndex
	case o.RevisitIndex < 0:
		return 0
	}
	return o.RevisitIndex
}

// uriOf reads a URI header field, which WARC 1.0 writers put in <>.
func uriOf(h *gowarc.WarcFields, name string) string {
	return strings.Trim(h.Get(name), "<> ")
}

// warcDateKey writes a WARC date as UTC RFC 3339 so "2014-03-25T12:23:41Z",
// "2014-03-25T12:23:41.000Z" and "20140325122341" give the same key.
func warcDateKey(s string) string {
	s = strings.TrimSpace(s)
	if t, ok := arcDate(s); ok {
		return t.Format(time.RFC3339)
	}
	if t, err := time.Parse(time.RFC3339Nano, s); err == nil {
		return t.UTC().Format(time.RFC3339)
	}
	return s
}

// digestKey normalises a payload digest: the algorithm in lower case, the
// value in upper-case base32 (a 40-digit hexadecimal SHA-1 is converted),
// so writers that spell the same digest differently still match.
func digestKey(s string) string {
	alg, val, ok := strings.Cut(strings.TrimSpace(s), ":")
	if !ok || val == "" {
		return ""
	}
	alg = strings.ToLower(strings.TrimSpace(alg))
	val = strings.TrimSpace(val)
	if len(val) == 40 && alg == "sha1" {
		if raw, err := hex.DecodeString(val); err == nil {
			val = base32.StdEncoding.EncodeToString(raw)
		}
	}
	return alg + ":" + strings.ToUpper(val)
}

// originalKeys are the keys an original capture is found by.
func originalKeys(h *gowarc.WarcFields) []string {
	var keys []string
	if id := strings.TrimSpace(h.Get(gowarc.WarcRecordID)); id != "" {
		keys = append(keys, string(rune(keyRecordID))+id)
	}
	if uri := uriOf(h, gowarc.WarcTargetURI); uri != "" {
		if date := h.Get(gowarc.WarcDate); date != "" {
			keys = append(keys, string(rune(keyURIDate))+uri+" "+warcDateKey(date))
		}
		keys = append(keys, string(rune(keyLatest))+uri)
	}
	if dg := digestKey(h.Get(gowarc.WarcPayloadDigest)); dg != "" {
		keys = append(keys, string(rune(keyDigest))+dg)
	}
	return keys
}

// wantedKeys are the keys of the original a revisit record refers to,
// most precise first. The latest capture of the same URI is a candidate
// only when the revisit gives no payload digest (a server-not-modified
// revisit), since a digest says exactly which payload it repeats.
func wantedKeys(h *gowarc.WarcFields) []string {
	var keys []string
	if id := strings.TrimSpace(h.Get(gowarc.WarcRefersTo)); id != "" {
		keys = append(keys, string(rune(keyRecordID))+id)
	}
	if uri, date := uriOf(h, gowarc.WarcRefersToTargetURI), h.Get(gowarc.WarcRefersToDate); uri != "" && date != "" {
		keys = append(keys, string(rune(keyURIDate))+uri+" "+warcDateKey(date))
	}
	if dg := digestKey(h.Get(gowarc.WarcPayloadDigest)); dg != "" {
		keys = append(keys, string(rune(keyDigest))+dg)
	} else if uri := uriOf(h, gowarc.WarcTargetURI); uri != "" {
		keys = append(keys, string(rune(keyLatest))+uri)
	}
	return keys
}

// indexOriginal remembers where the page just read from record n of the
// file being read can be found again. Only files are indexed (a stream
// cannot be read twice).
func (r *reader) indexOriginal(origin string, n int, offset int64, h *gowarc.WarcFields) {
	if r.path == "" || r.path != origin {
		return
	}
	limit := r.opts.revisitCap()
	idx := &r.revisits
	if len(idx.locs) >= limit {
		if !idx.full && limit > 0 {
			idx.full = true
			r.opts.logger().Warn("WARC revisit index is full: originals read from now on cannot serve revisit records",
				"origin", fmt.Sprintf("%s#%d", origin, n), "originals", limit)
		}
		return
	}
	loc := warcLoc{n: int32(n), at: offset}
	if r.members != nil {
		var ok bool
		if loc.at, loc.skip, ok = r.members.find(offset); !ok {
			return
		}
		loc.gz = true
	}
	if len(idx.files) == 0 || idx.files[len(idx.files)-1] != origin {
		idx.files = append(idx.files, origin)
	}
	loc.file = int32(len(idx.files) - 1)
	if idx.keys == nil {
		idx.keys = make(map[uint64]int32)
	}
	i := int32(len(idx.locs))
	idx.locs = append(idx.locs, loc)
	for _, k := range originalKeys(h) {
		idx.keys[keyHash(k)] = i // a later capture with the same key replaces the earlier
	}
}

// revisit turns a revisit record into its original capture's page, with
// the revisit's own URI and date. A revisit whose own HTTP header shows it
// is not a page (an image, an error) is skipped quietly; one whose original
// is not in this run's input (nor in the index) is skipped with a warning
// line: the archive is not broken, its original is elsewhere. With the index
// turned off (Options.RevisitIndex < 0) revisits are skipped without a word.
func (r *reader) revisit(name string, wr gowarc.WarcRecord) (Document, bool) {
	h := wr.WarcHeader()
	target := uriOf(h, gowarc.WarcTargetURI)
	log := r.opts.logger()
	if blk, ok := wr.Block().(gowarc.ProtocolHeaderBlock); ok && len(bytes.TrimSpace(blk.ProtocolHeaderBytes())) > 0 {
		hdr := blk.ProtocolHeaderBytes()
		if !bytes.HasSuffix(hdr, []byte("\r\n\r\n")) && !bytes.HasSuffix(hdr, []byte("\n\n")) {
			hdr = append(append([]byte(nil), hdr...), "\r\n\r\n"...)
		}
		if resp, err := http.ReadResponse(bufio.NewReader(bytes.NewReader(hdr)), nil); err == nil {
			_ = resp.Body.Close()
			code := resp.StatusCode
			if (code < 200 || code > 299) && code != http.StatusNotModified {
				return Document{}, false
			}
			if !textual(resp.Header.Get("Content-Type")) {
				return Document{}, false
			}
		}
	}
	for _, key := range wantedKeys(h) {
		i, ok := r.revisits.keys[keyHash(key)]
		if !ok {
			continue
		}
		loc := r.revisits.locs[i]
		d, from, err := r.reread(loc, key)
		if err != nil {
			log.Debug("cannot read a WARC revisit's original again", "origin", name, "original", from, "err", err)
			continue
		}
		d.Origin, d.URL = name, target
		d.Published, d.DateSource = time.Time{}, ""
		if t, err := h.GetTime(gowarc.WarcDate); err == nil && !t.IsZero() {
			d.Published, d.DateSource = t.UTC(), "warc"
		}
		log.Debug("WARC revisit read from its original capture", "origin", name, "original", from)
		return d, true
	}
	if r.opts.revisitCap() == 0 {
		// The user turned revisit resolution off: skipping is what was asked.
		log.Debug("WARC revisit skipped: revisit index off", "origin", name, "url", target)
		return Document{}, false
	}
	msg := "WARC revisit skipped: its original capture is not in the input read before it"
	if r.path == "" {
		msg = "WARC revisit skipped: originals cannot be looked up from a stream (name the WARC files instead)"
	} else if r.revisits.full {
		msg = "WARC revisit skipped: its original capture is not among those indexed before the index filled up"
	}
	args := []any{"origin", name, "url", target}
	for _, f := range []string{gowarc.WarcRefersToTargetURI, gowarc.WarcRefersToDate, gowarc.WarcPayloadDigest} {
		if v := uriOf(h, f); v != "" && v != target {
			args = append(args, strings.ToLower(strings.TrimPrefix(f, "WARC-")), v)
		}
	}
	log.Warn(msg, args...)
	return Document{}, false
}

// errNotOriginal is returned when the record read again is not the
// original wanted (the file changed, or two keys share a hash).
var errNotOriginal = errors.New("the record found there is not the original")

// reread reads the original capture at loc again and returns its page,
// checking that the record carries key. from names the original (file#n).
func (r *reader) reread(loc warcLoc, key string) (Document, string, error) {
	path := r.revisits.files[loc.file]
	from := fmt.Sprintf("%s#%d", path, loc.n)
	f, err := os.Open(path)
	if err != nil {
		return Document{}, from, fmt.Errorf("reopen: %w", unwrapPath(err))
	}
	defer f.Close()
	if _, err := f.Seek(loc.at, io.SeekStart); err != nil {
		return Document{}, from, fmt.Errorf("seek to %d: %w", loc.at, err)
	}
	var rd io.Reader = bufio.NewReader(f) // not a Seeker: gowarc would seek back to 0
	if loc.gz {
		zr, err := gzip.NewReader(rd)
		if err != nil {
			return Document{}, from, fmt.Errorf("gzip member at %d: %w", loc.at, err)
		}
		defer zr.Close()
		rd = zr
	}
	if loc.skip > 0 {
		if _, err := io.CopyN(io.Discard, rd, loc.skip); err != nil {
			return Document{}, from, fmt.Errorf("skip to the record: %w", err)
		}
	}
	wf, err := gowarc.NewWarcFileReaderFromStream(rd, 0, warcOptions()...)
	if err != nil {
		return Document{}, from, fmt.Errorf("read WARC: %w", err)
	}
	defer wf.Close()
	rec, err := wf.Next()
	if err != nil {
		_ = rec.Close()
		return Document{}, from, fmt.Errorf("read record: %w", err)
	}
	defer rec.Close()
	wr := rec.WarcRecord
	if wr == nil || (wr.Type() != gowarc.Response && wr.Type() != gowarc.Resource) {
		return Document{}, from, errNotOriginal
	}
	found := false
	for _, k := range originalKeys(wr.WarcHeader()) {
		found = found || k == key
	}
	if !found {
		return Document{}, from, errNotOriginal
	}
	d, ok := r.warcPage(from, wr)
	if !ok {
		return Document{}, from, errNotOriginal
	}
	if d.Err != nil {
		return Document{}, from, d.Err
	}
	return d, from, nil
}

// gzipMembers decompresses concatenated gzip members, as a multistream
// gzip.Reader does, and remembers where each member starts in the file
// and in the decompressed stream, so that a record found at a
// decompressed offset can be read again by seeking to its member
// (.warc.gz files hold one member per record). Only the starts still
// needed are kept (see prune).
type gzipMembers struct {
	file   *countingReader // the file under br
	br     *bufio.Reader   // an io.ByteReader: gzip reads no further than a member's end
	zr     *gzip.Reader
	out    int64         // decompressed bytes handed out
	starts []memberStart // in order; starts[0] is the first member
	// untracked stops the recording of starts (the content is not WARC).
	untracked bool
}

type memberStart struct{ at, plain int64 }

// countingReader counts the bytes read through it.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// newGzipMembers reads the gzip stream br, which buffers file from its
// start.
func newGzipMembers(file *countingReader, br *bufio.Reader) (*gzipMembers, error) {
	zr, err := gzip.NewReader(br)
	if err != nil {
		return nil, err
	}
	zr.Multistream(false)
	return &gzipMembers{file: file, br: br, zr: zr, starts: []memberStart{{0, 0}}}, nil
}

func (g *gzipMembers) Read(p []byte) (int, error) {
	for {
		n, err := g.zr.Read(p)
		g.out += int64(n)
		if err != io.EOF {
			return n, err
		}
		at := g.file.n - int64(g.br.Buffered())
		if rerr := g.zr.Reset(g.br); rerr != nil {
			if rerr == io.EOF {
				return n, io.EOF
			}
			return n, rerr
		}
		g.zr.Multistream(false)
		if !g.untracked {
			g.starts = append(g.starts, memberStart{at, g.out})
		}
		if n > 0 {
			return n, nil
		}
	}
}

// Close releases the decompressor.
func (g *gzipMembers) Close() error { return g.zr.Close() }

// find returns the file offset of the member holding decompressed offset
// plain and how far into the member's output plain lies; ok is false when
// that member's start is no longer known.
func (g *gzipMembers) find(plain int64) (at, skip int64, ok bool) {
	i := sort.Search(len(g.starts), func(i int) bool { return g.starts[i].plain > plain }) - 1
	if i < 0 || g.untracked {
		return 0, 0, false
	}
	return g.starts[i].at, plain - g.starts[i].plain, true
}

// prune forgets the member starts before the one holding decompressed
// offset plain: records are read in order, so they are no longer needed.
func (g *gzipMembers) prune(plain int64) {
	i := sort.Search(len(g.starts), func(i int) bool { return g.starts[i].plain > plain }) - 1
	if i > 0 {
		g.starts = append(g.starts[:0], g.starts[i:]...)
	}
}
