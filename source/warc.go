package source

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/http/httputil"
	"net/textproto"
	"os"
	"strings"
	"time"

	"github.com/andybalholm/brotli"
	gowarc "github.com/nlnwa/gowarc/v3"
)

// warcOptions are the gowarc settings for reading: lenient about syntax
// and the spec, blocks kept in memory up to 1 MB.
func warcOptions() []gowarc.WarcRecordOption {
	return []gowarc.WarcRecordOption{
		gowarc.WithSyntaxErrorPolicy(gowarc.ErrWarn),
		gowarc.WithSpecViolationPolicy(gowarc.ErrWarn),
		gowarc.WithUnknownRecordTypePolicy(gowarc.ErrWarn),
		gowarc.WithBlockErrorPolicy(gowarc.ErrIgnore),
		gowarc.WithBufferMaxMemBytes(1 << 20),
	}
}

// maxWARCErrors is how many consecutive unreadable records end the reading
// of one WARC file: past that the file is garbage, not a damaged record.
const maxWARCErrors = 3

// warc reads a WARC file (already gunzipped when the whole file was gzip).
// Response records with an HTML or text payload and a 2xx status become
// Documents named "origin#N" (N counts records from 1); other record types
// and media types are skipped. A revisit record gives its original
// capture's page (see revisit); truncated records give what they hold.
func (r *reader) warc(origin string, br *bufio.Reader) error {
	wf, err := gowarc.NewWarcFileReaderFromStream(br, 0, warcOptions()...)
	if err != nil {
		return r.fail(origin, fmt.Errorf("cannot read WARC: %w", err))
	}
	defer wf.Close()
	failures := 0
	for n := 1; ; n++ {
		if err := r.ctx.Err(); err != nil {
			return err
		}
		rec, err := wf.Next()
		name := fmt.Sprintf("%s#%d", origin, n)
		if err != nil {
			_ = rec.Close()
			if errors.Is(err, io.EOF) {
				return nil
			}
			if errors.Is(err, io.ErrUnexpectedEOF) {
				if d, ok := r.salvageClipped(origin, name, rec.Offset); ok {
					return r.emit(d)
				}
				err = fmt.Errorf("file ends inside the record (clipped download?): %w", err)
			}
			if ferr := r.fail(name, fmt.Errorf("bad WARC record at offset %d: %w", rec.Offset, err)); ferr != nil {
				return ferr
			}
			failures++
			if failures >= maxWARCErrors || errors.Is(err, io.ErrUnexpectedEOF) {
				return nil
			}
			continue
		}
		failures = 0
		if r.members != nil {
			r.members.prune(rec.Offset)
		}
		d, ok := r.warcRecord(origin, name, n, rec)
		_ = rec.Close()
		if !ok {
			continue
		}
		if err := r.emit(d); err != nil {
			return err
		}
	}
}

// warcRecord turns record n of origin into a Document; ok is false for
// records that carry no article (requests, metadata, images, redirects,
// revisits of those). A page read from a file is indexed so that later
// revisit records can find it.
func (r *reader) warcRecord(origin, name string, n int, rec gowarc.Record) (Document, bool) {
	wr := rec.WarcRecord
	if wr == nil {
		return Document{}, false
	}
	switch wr.Type() {
	case gowarc.Response, gowarc.Resource:
		d, ok := r.warcPage(name, wr)
		if ok && d.Err == nil {
			r.indexOriginal(origin, n, rec.Offset, wr.WarcHeader())
		}
		return d, ok
	case gowarc.Revisit:
		return r.revisit(name, wr)
	}
	return Document{}, false
}

// warcPage reads the page of a response or resource record; ok is false
// when the record holds no page (not 2xx, not HTML or text, empty).
func (r *reader) warcPage(name string, wr gowarc.WarcRecord) (Document, bool) {
	h := wr.WarcHeader()
	log := r.opts.logger()
	d := Document{Origin: name, URL: uriOf(h, gowarc.WarcTargetURI)}
	if t, err := h.GetTime(gowarc.WarcDate); err == nil && !t.IsZero() {
		d.Published, d.DateSource = t.UTC(), "warc"
	}
	if tr := h.Get(gowarc.WarcTruncated); tr != "" {
		log.Debug("WARC record is truncated; reading what it holds", "origin", name, "reason", tr)
	}
	var (
		payload     io.Reader
		contentType string
		header      http.Header
		err         error
	)
	switch blk := wr.Block().(type) {
	case gowarc.HttpResponseBlock:
		if code := blk.HttpStatusCode(); code < 200 || code > 299 {
			return Document{}, false
		}
		if hp := blk.HttpHeader(); hp != nil {
			header = hp.Clone()
		}
		if header == nil {
			header = http.Header{}
		}
		// The parsed header has lost Transfer-Encoding; the raw one has it.
		if bytes.Contains(bytes.ToLower(blk.ProtocolHeaderBytes()), []byte("transfer-encoding: chunked")) {
			header.Set("Transfer-Encoding", "chunked")
		}
		contentType = header.Get("Content-Type")
		payload, err = blk.PayloadBytes()
	default:
		if wr.Type() == gowarc.Response {
			// A response that is not HTTP (dns:, ftp:) carries no page.
			return Document{}, false
		}
		contentType = h.Get(gowarc.ContentType)
		payload, err = wr.Block().RawBytes()
	}
	if !textual(contentType) {
		return Document{}, false
	}
	if err != nil {
		d.Err = fmt.Errorf("cannot read WARC payload: %w", err)
		return d, true
	}
	body, err := r.readAll(payload)
	if err != nil {
		d.Err = fmt.Errorf("WARC payload: %w", err)
		return d, true
	}
	return archivedPage(d, body, header, contentType)
}

// archivedPage completes d with an archived HTTP body (WARC, ARC): the
// transfer and content codings are undone and the body, content type,
// kind and declared language set. ok is false when no text is left (no
// page); a coding that does not decode sets d.Err.
func archivedPage(d Document, body []byte, header http.Header, contentType string) (Document, bool) {
	body, err := decodeHTTPBody(body, header)
	if err != nil {
		d.Err = err
		return d, true
	}
	if len(bytes.TrimSpace(body)) == 0 {
		return Document{}, false
	}
	d.Body, d.ContentType, d.Kind = body, contentType, DetectKind(body)
	if header != nil {
		d.Language = NormLang(header.Get("Content-Language"))
	}
	return d, true
}

// textual says whether a declared media type can hold an article: HTML,
// XHTML or plain text, or no type at all (then content decides).
func textual(contentType string) bool {
	if strings.TrimSpace(contentType) == "" {
		return true
	}
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		mt = strings.ToLower(strings.TrimSpace(strings.SplitN(contentType, ";", 2)[0]))
	}
	switch mt {
	case "text/html", "application/xhtml+xml", "text/plain", "application/xml", "text/xml", "unk", "no-type", "":
		return true
	}
	return false
}

// decodeHTTPBody undoes chunked transfer coding and gzip/deflate content
// coding of an archived HTTP body. Archives often hold bodies whose
// headers lie (a "chunked" body already de-chunked), so a coding that does
// not decode leaves the body as it was.
func decodeHTTPBody(body []byte, header http.Header) ([]byte, error) {
	if header == nil {
		return body, nil
	}
	if strings.Contains(strings.ToLower(header.Get("Transfer-Encoding")), "chunked") {
		if dec, err := io.ReadAll(httputil.NewChunkedReader(bytes.NewReader(body))); err == nil {
			body = dec
		}
	}
	switch enc := strings.ToLower(strings.TrimSpace(header.Get("Content-Encoding"))); enc {
	case "", "identity", "none":
	case "gzip", "x-gzip":
		if len(body) >= 2 && body[0] == 0x1f && body[1] == 0x8b {
			zr, err := gzip.NewReader(bytes.NewReader(body))
			if err != nil {
				return nil, fmt.Errorf("bad gzip content coding: %w", err)
			}
			dec, err := io.ReadAll(zr)
			if err != nil && len(dec) == 0 {
				return nil, fmt.Errorf("bad gzip content coding: %w", err)
			}
			body = dec
		}
	case "deflate":
		if dec, err := io.ReadAll(flateOrZlib(body)); err == nil || len(dec) > 0 {
			body = dec
		}
	case "br":
		dec, err := io.ReadAll(brotli.NewReader(bytes.NewReader(body)))
		if err != nil && len(dec) == 0 {
			return nil, fmt.Errorf("bad brotli content coding: %w", err)
		}
		body = dec
	default:
		return nil, fmt.Errorf("unsupported content coding %q", enc)
	}
	return body, nil
}

func flateOrZlib(b []byte) io.Reader {
	if zr, err := zlib.NewReader(bytes.NewReader(b)); err == nil {
		return zr
	}
	return flate.NewReader(bytes.NewReader(b))
}

// arcDate parses the 14-digit timestamp of ARC and WARC 1.0 headers.
func arcDate(s string) (time.Time, bool) {
	t, err := time.Parse("20060102150405", s)
	if err != nil {
		return time.Time{}, false
	}
	return t.UTC(), true
}

// salvageClipped reads the last record of a WARC file that ends before the
// record's declared Content-Length (a clipped download, which gowarc
// rejects): the file is opened again, the record's WARC and HTTP headers
// are read with net/textproto and net/http, and the payload is what the
// file holds. Only files can be reopened; ok is false otherwise, or when
// the record is not an HTML/text response.
func (r *reader) salvageClipped(origin, name string, offset int64) (Document, bool) {
	if r.path == "" || r.path != origin {
		return Document{}, false
	}
	f, err := os.Open(origin)
	if err != nil {
		return Document{}, false
	}
	defer f.Close()
	var rd io.Reader = bufio.NewReader(f)
	if head, _ := rd.(*bufio.Reader).Peek(2); len(head) == 2 && head[0] == 0x1f && head[1] == 0x8b {
		zr, err := gzip.NewReader(rd)
		if err != nil {
			return Document{}, false
		}
		defer zr.Close()
		rd = zr
	}
	if _, err := io.CopyN(io.Discard, rd, offset); err != nil {
		return Document{}, false
	}
	rest, _ := io.ReadAll(io.LimitReader(rd, r.opts.maxBytes())) // ends in an error: keep what was read
	if len(rest) == 0 {
		return Document{}, false
	}
	tp := textproto.NewReader(bufio.NewReader(bytes.NewReader(rest)))
	if line, err := tp.ReadLine(); err != nil || !strings.HasPrefix(line, "WARC/") {
		return Document{}, false
	}
	h, err := tp.ReadMIMEHeader()
	if err != nil || !strings.EqualFold(h.Get("WARC-Type"), "response") {
		return Document{}, false
	}
	block, _ := io.ReadAll(tp.R)
	resp, err := http.ReadResponse(bufio.NewReader(bytes.NewReader(block)), nil)
	if err != nil || resp.StatusCode < 200 || resp.StatusCode > 299 || !textual(resp.Header.Get("Content-Type")) {
		return Document{}, false
	}
	body, _ := io.ReadAll(resp.Body) // the body is cut short: keep what there is
	header := resp.Header.Clone()
	header.Del("Transfer-Encoding")
	d, ok := archivedPage(Document{Origin: name, URL: strings.Trim(h.Get("WARC-Target-URI"), "<> ")},
		body, header, resp.Header.Get("Content-Type"))
	if !ok || d.Err != nil {
		return Document{}, false
	}
	if t, err := time.Parse(time.RFC3339, h.Get("WARC-Date")); err == nil {
		d.Published, d.DateSource = t.UTC(), "warc"
	}
	r.opts.logger().Debug("read a clipped WARC record: the file ends inside it", "origin", name)
	return d, true
}
