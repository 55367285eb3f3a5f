package source

import (
	"bufio"
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// fuzzReader runs one reader method on data and checks the invariants
// every reader keeps: no panic, every document names its origin, and a
// document has either an error or a body within the size limit.
func fuzzReader(t *testing.T, data []byte, run func(r *reader, br *bufio.Reader) error) {
	const limit = 1 << 16
	r := &reader{ctx: context.Background(), opts: Options{MaxBytes: limit, Logger: discardLogger()}}
	n := 0
	r.fn = func(d Document) error {
		n++
		if d.Origin == "" {
			t.Fatalf("document without origin")
		}
		if d.Err == nil && int64(len(d.Body)) > limit {
			t.Fatalf("%s: body of %d bytes over the %d limit", d.Origin, len(d.Body), limit)
		}
		if d.Err == nil && d.Kind != HTML && d.Kind != Text {
			t.Fatalf("%s: kind %q", d.Origin, d.Kind)
		}
		return nil
	}
	if err := run(r, bufio.NewReader(bytes.NewReader(data))); err != nil {
		t.Fatalf("reader returned %v (only callback and context errors may stop a batch)", err)
	}
	if n > len(data)+1 {
		t.Fatalf("%d documents from %d bytes", n, len(data))
	}
}

func FuzzJSONL(f *testing.F) {
	f.Add([]byte(`{"text": "a", "title": "t", "date": "2023-05-14"}` + "\n" + `{"text": 3}`))
	f.Add([]byte("{\n\"text\": \"pretty\"\n}"))
	f.Add([]byte(`[{"text":"x"},{"body":"y","published":1684108800}]`))
	f.Add([]byte(`{"text": ["a", "b"], "authors": ["x", "y"]}` + "\n\n\n" + `{`))
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzReader(t, data, func(r *reader, br *bufio.Reader) error { return r.jsonl("fuzz", br) })
	})
}

func FuzzFeed(f *testing.F) {
	for _, name := range []string{"rss.xml", "atom.xml", "rdf.xml"} {
		if b, err := os.ReadFile(filepath.Join("testdata", name)); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte(`<rss><channel><item><description>&amp;</description></item></channel></rss>`))
	f.Add([]byte(`<feed><entry><content>x</content></entry>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzReader(t, data, func(r *reader, br *bufio.Reader) error {
			body, err := r.readAll(br)
			if err != nil {
				return r.fail("fuzz", err)
			}
			return r.feed("fuzz", body)
		})
	})
}

func FuzzWARC(f *testing.F) {
	f.Add([]byte(testWARC()))
	f.Add([]byte(gzipBytes(testWARC())))
	f.Add([]byte(testWARC()[:300]))
	f.Add([]byte(strings.Join(append(rvOriginals(), rvRevisits()...), "")))
	f.Add([]byte("WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 5\r\n\r\nHTTP/"))
	f.Add([]byte("WARC/1.0\r\nWARC-Type: response\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: 999999999999\r\n\r\nHTTP/1.1 200 OK\r\n\r\nx"))
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzReader(t, data, func(r *reader, br *bufio.Reader) error { return r.warc("fuzz", br) })
	})
}

func FuzzARC(f *testing.F) {
	f.Add([]byte(testARC()))
	f.Add([]byte(testARC()[:150]))
	f.Add([]byte("filedesc://a 0 0 t 2\n2 0\n\nhttp://x 1 2 text/html 9999999999\nabc"))
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzReader(t, data, func(r *reader, br *bufio.Reader) error { return r.arc("fuzz", br) })
	})
}

// FuzzReadFrom covers format detection over any stream.
func FuzzReadFrom(f *testing.F) {
	f.Add([]byte(testWARC()))
	f.Add([]byte(testARC()))
	f.Add([]byte(`{"text":"a"}`))
	f.Add([]byte("<html><p>x</p></html>"))
	f.Add([]byte(gzipBytes("plain text")))
	f.Add([]byte(strings.Repeat("\x1f\x8b", 3)))
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzReader(t, data, func(r *reader, br *bufio.Reader) error { return r.stream("fuzz", br, "") })
	})
}

// FuzzReadFile covers what only files get: WARC revisits looked up by
// reading the file again, gzip member tracking, clipped-record salvage.
func FuzzReadFile(f *testing.F) {
	recs := append(rvOriginals(), rvRevisits()...)
	f.Add([]byte(strings.Join(recs, "")))
	f.Add(perRecordGzip(f, recs))
	f.Add(gz(f, []byte(strings.Join(recs, ""))))
	f.Add(perRecordGzip(f, append(recs[:3], recs[4][:200])))
	path := filepath.Join(f.TempDir(), "in") // one worker runs its inputs one at a time
	f.Fuzz(func(t *testing.T, data []byte) {
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		fuzzReader(t, data, func(r *reader, _ *bufio.Reader) error { return r.input(path) })
	})
}
