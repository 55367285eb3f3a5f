package source

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha1"
	"encoding/base32"
	"encoding/hex"
	"fmt"
	"log/slog"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/heraldevents/herald/internal/testcorpus"
)

// rvRec builds one WARC record with a given id and date.
func rvRec(version, typ, id, date, uri, block string, extra ...string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "WARC/%s\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:%s>\r\nWARC-Date: %s\r\n", version, typ, id, date)
	if uri != "" {
		fmt.Fprintf(&b, "WARC-Target-URI: %s\r\n", uri)
	}
	for _, e := range extra {
		b.WriteString(e + "\r\n")
	}
	if typ == "response" || typ == "revisit" {
		b.WriteString("Content-Type: application/http; msgtype=response\r\n")
	}
	fmt.Fprintf(&b, "Content-Length: %d\r\n\r\n%s\r\n\r\n", len(block), block)
	return b.String()
}

func sha1Base32(s string) string {
	sum := sha1.Sum([]byte(s))
	return "sha1:" + base32.StdEncoding.EncodeToString(sum[:])
}

func sha1Hex(s string) string {
	sum := sha1.Sum([]byte(s))
	return "sha1:" + hex.EncodeToString(sum[:])
}

const (
	rvPageA   = "<html><body><p>The council voted to close the old bridge.</p></body></html>"
	rvPageB   = "Rail workers walked out on Tuesday over pay."
	rvIDA     = "11111111-0000-4000-8000-000000000001"
	rvProfDig = "WARC-Profile: http://netpreserve.org/warc/1.1/revisit/identical-payload-digest"
	rvProfNM  = "WARC-Profile: http://netpreserve.org/warc/1.1/revisit/server-not-modified"
)

// rvOriginals are three original captures: an HTML page, a text page and
// an image (which is no page, so never an original).
func rvOriginals() []string {
	return []string{
		rvRec("1.0", "warcinfo", "11111111-0000-4000-8000-000000000000", "2023-05-14T10:00:00Z", "", "software: herald-test\r\n"),
		rvRec("1.0", "response", rvIDA, "2023-05-14T10:00:00Z", "http://news.example/a",
			httpResp("200 OK", "text/html; charset=utf-8", rvPageA), "WARC-Payload-Digest: "+sha1Base32(rvPageA)),
		rvRec("1.0", "response", "11111111-0000-4000-8000-000000000002", "2023-05-14T10:05:00.000Z", "http://news.example/b",
			httpResp("200 OK", "text/plain", rvPageB), "WARC-Payload-Digest: "+sha1Base32(rvPageB)),
		rvRec("1.0", "response", "11111111-0000-4000-8000-000000000003", "2023-05-14T10:06:00Z", "http://news.example/i.png",
			httpResp("200 OK", "image/png", "\x89PNG...."), "WARC-Payload-Digest: "+sha1Base32("\x89PNG....")),
	}
}

// rvRevisits are revisits of every kind: by digest under another URI
// (the digest spelt in hexadecimal), not-modified by URI and date, by
// record id (WARC 1.1), an unknown digest, and an image.
func rvRevisits() []string {
	return []string{
		rvRec("1.0", "revisit", "22222222-0000-4000-8000-000000000001", "2023-06-01T08:00:00Z", "http://news.example/a?from=home",
			httpResp("200 OK", "text/html", ""), rvProfDig, "WARC-Payload-Digest: "+sha1Hex(rvPageA)),
		rvRec("1.1", "revisit", "22222222-0000-4000-8000-000000000002", "2023-06-02T08:00:00Z", "http://news.example/b",
			"HTTP/1.1 304 Not Modified\r\nDate: Fri, 02 Jun 2023 08:00:00 GMT\r\n\r\n", rvProfNM,
			"WARC-Refers-To-Target-URI: http://news.example/b", "WARC-Refers-To-Date: 2023-05-14T10:05:00Z"),
		rvRec("1.1", "revisit", "22222222-0000-4000-8000-000000000003", "2023-06-03T08:00:00Z", "http://news.example/a",
			httpResp("200 OK", "text/html", ""), rvProfDig, "WARC-Refers-To: <urn:uuid:"+rvIDA+">"),
		rvRec("1.0", "revisit", "22222222-0000-4000-8000-000000000004", "2023-06-04T08:00:00Z", "http://news.example/c",
			httpResp("200 OK", "text/html", ""), rvProfDig, "WARC-Payload-Digest: sha1:ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ"),
		rvRec("1.0", "revisit", "22222222-0000-4000-8000-000000000005", "2023-06-05T08:00:00Z", "http://news.example/i.png",
			httpResp("200 OK", "image/png", ""), rvProfDig, "WARC-Payload-Digest: "+sha1Base32("\x89PNG....")),
	}
}

// perRecordGzip compresses each record as its own gzip member, as
// .warc.gz files are written.
func perRecordGzip(t testing.TB, recs []string) []byte {
	var b bytes.Buffer
	for _, r := range recs {
		b.Write(gz(t, []byte(r)))
	}
	return b.Bytes()
}

// warnings collects the log lines at warning level.
func warnLogger(buf *bytes.Buffer) *slog.Logger {
	return slog.New(slog.NewTextHandler(buf, &slog.HandlerOptions{Level: slog.LevelWarn}))
}

type rvWant struct {
	origin, url, body string
	date              string // revisit's own WARC-Date
}

func TestWARCRevisitsBuilt(t *testing.T) {
	all := append(rvOriginals(), rvRevisits()...)
	origs, revs := rvOriginals(), rvRevisits()
	join := func(recs []string) []byte { return []byte(strings.Join(recs, "")) }
	// The revisits resolved when their originals were read first; the
	// originals themselves are records 2 and 3 of their file.
	resolved := func(file string, first int) []rvWant {
		return []rvWant{
			{fmt.Sprintf("%s#%d", file, first), "http://news.example/a?from=home", rvPageA, "2023-06-01T08:00:00Z"},
			{fmt.Sprintf("%s#%d", file, first+1), "http://news.example/b", rvPageB, "2023-06-02T08:00:00Z"},
			{fmt.Sprintf("%s#%d", file, first+2), "http://news.example/a", rvPageA, "2023-06-03T08:00:00Z"},
		}
	}
	originals := func(file string) []rvWant {
		return []rvWant{
			{file + "#2", "http://news.example/a", rvPageA, "2023-05-14T10:00:00Z"},
			{file + "#3", "http://news.example/b", rvPageB, "2023-05-14T10:05:00Z"},
		}
	}
	tests := []struct {
		name   string
		files  map[string][]byte // written in a temporary directory
		inputs []string          // read in this order (names in the directory)
		stdin  []byte
		opts   Options
		want   []rvWant
		nwarn  int      // warning lines
		warns  []string // texts found in the warning lines
	}{
		{
			name:   "plain file",
			files:  map[string][]byte{"a.warc": join(all)},
			inputs: []string{"a.warc"},
			want:   append(originals("a.warc"), resolved("a.warc", 5)...),
			nwarn:  1,
			warns:  []string{"a.warc#8 url=http://news.example/c"},
		},
		{
			name:   "gzip member per record",
			files:  map[string][]byte{"a.warc.gz": perRecordGzip(t, all)},
			inputs: []string{"a.warc.gz"},
			want:   append(originals("a.warc.gz"), resolved("a.warc.gz", 5)...),
			nwarn:  1,
			warns:  []string{"a.warc.gz#8"},
		},
		{
			name:   "whole file in one gzip member",
			files:  map[string][]byte{"a.warc.gz": gz(t, join(all))},
			inputs: []string{"a.warc.gz"},
			want:   append(originals("a.warc.gz"), resolved("a.warc.gz", 5)...),
			nwarn:  1,
			warns:  []string{"a.warc.gz#8"},
		},
		{
			name:   "originals in an earlier file",
			files:  map[string][]byte{"1.warc.gz": perRecordGzip(t, origs), "2.warc": join(revs)},
			inputs: []string{"1.warc.gz", "2.warc"},
			want:   append(originals("1.warc.gz"), resolved("2.warc", 1)...),
			nwarn:  1,
			warns:  []string{"2.warc#4"},
		},
		{
			name:   "originals in a later file are not found",
			files:  map[string][]byte{"1.warc.gz": perRecordGzip(t, origs), "2.warc": join(revs)},
			inputs: []string{"2.warc", "1.warc.gz"},
			want:   originals("1.warc.gz"),
			nwarn:  4,
			warns:  []string{"not in the input read before it", "2.warc#2 url=http://news.example/b", "2.warc#3", "2.warc#4"},
		},
		{
			name:   "index off",
			files:  map[string][]byte{"a.warc": join(all)},
			inputs: []string{"a.warc"},
			opts:   Options{RevisitIndex: -1},
			want:   originals("a.warc"),
			nwarn:  0, // the user asked for revisits to be skipped
		},
		{
			name:   "index holds one original",
			files:  map[string][]byte{"a.warc": join(all)},
			inputs: []string{"a.warc"},
			opts:   Options{RevisitIndex: 1},
			want: []rvWant{originals("a.warc")[0], originals("a.warc")[1],
				{"a.warc#5", "http://news.example/a?from=home", rvPageA, "2023-06-01T08:00:00Z"},
				{"a.warc#7", "http://news.example/a", rvPageA, "2023-06-03T08:00:00Z"}},
			nwarn: 3,
			warns: []string{"index is full", "a.warc#6 url=http://news.example/b", "a.warc#8"},
		},
		{
			name:   "standard input cannot be read twice",
			stdin:  join(all),
			inputs: []string{"-"},
			want:   []rvWant{{"stdin#2", "http://news.example/a", rvPageA, "2023-05-14T10:00:00Z"}, {"stdin#3", "http://news.example/b", rvPageB, "2023-05-14T10:05:00Z"}},
			nwarn:  4,
			warns:  []string{"from a stream", "stdin#5", "stdin#6", "stdin#7", "stdin#8"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			for name, data := range tc.files {
				write(t, filepath.Join(dir, name), data)
			}
			var inputs []string
			for _, in := range tc.inputs {
				if in != "-" {
					in = filepath.Join(dir, in)
				}
				inputs = append(inputs, in)
			}
			var logs bytes.Buffer
			opts := tc.opts
			opts.Logger = warnLogger(&logs)
			opts.Stdin = bytes.NewReader(tc.stdin)
			docs := collect(t, inputs, opts)
			if len(docs) != len(tc.want) {
				for _, d := range docs {
					t.Logf("%s %s %v", d.Origin, d.URL, d.Err)
				}
				t.Fatalf("%d documents, want %d; log:\n%s", len(docs), len(tc.want), logs.String())
			}
			for i, w := range tc.want {
				d := docs[i]
				origin := w.origin
				if !strings.HasPrefix(origin, "stdin") {
					origin = filepath.Join(dir, origin)
				}
				if d.Err != nil || d.Origin != origin || d.URL != w.url || string(d.Body) != w.body ||
					d.DateSource != "warc" || d.Published.Format(time.RFC3339) != w.date {
					t.Errorf("doc %d = %s %s %v %q %s %s, want %+v", i, d.Origin, d.URL, d.Err, d.Body, d.DateSource, d.Published.Format(time.RFC3339), w)
				}
			}
			got := strings.ReplaceAll(logs.String(), dir+string(filepath.Separator), "")
			if n := strings.Count(got, "\n"); n != tc.nwarn {
				t.Errorf("%d warning lines, want %d:\n%s", n, tc.nwarn, got)
			}
			for _, w := range tc.warns {
				if !strings.Contains(got, w) {
					t.Errorf("no warning holds %q; log:\n%s", w, got)
				}
			}
			if strings.Contains(logs.String(), "i.png") {
				t.Errorf("a revisit of an image gave a warning:\n%s", logs.String())
			}
		})
	}
}

// TestWARCRevisitsRealFiles reads real archives with revisit records:
// the British Library crawl of data.gov.uk (a second crawl whose
// unchanged pages are revisit records pointing by payload digest into
// the first) and warcio's example (a revisit naming its original by URI
// and date).
func TestWARCRevisitsRealFiles(t *testing.T) {
	dir := testcorpus.Shared(t, "corpora", "warc-samples")
	first := filepath.Join(dir, "ukwa-govuk-revisit", "BL-20140325121225068-00000-32090~opera~8443.warc.gz")
	second := filepath.Join(dir, "ukwa-govuk-revisit", "BL-20140325122341434-00000-32090~opera~8443.warc.gz")
	tests := []struct {
		name          string
		inputs        []string
		docs          int // documents from the last input
		resolved      int // of which read from an original capture
		warns         int
		home          string // URL of a revisit whose page must equal its original's
		origin, date  string // that revisit and its own date
		originalFrom  string // the input the original is in
		originalFound bool
	}{
		{name: "second crawl alone", inputs: []string{second}, docs: 6, warns: 28},
		{name: "first crawl then second", inputs: []string{first, second}, docs: 34, resolved: 28,
			home: "http://data.gov.uk/", origin: second + "#6", date: "2014-03-25T12:23:51Z", originalFrom: first, originalFound: true},
		{name: "second crawl before the first", inputs: []string{second, first}, docs: 34, warns: 28},
		{name: "warcio example", inputs: []string{filepath.Join(dir, "warcio", "example.warc")}, docs: 2, resolved: 1,
			home: "http://example.com/", date: "2017-03-06T04:03:48Z", originalFound: true},
		{name: "warcio example gzip", inputs: []string{filepath.Join(dir, "warcio", "example.warc.gz")}, docs: 2, resolved: 1,
			home: "http://example.com/", date: "2017-03-06T04:03:48Z", originalFound: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var logs bytes.Buffer
			byInput := map[string][]Document{}
			err := Read(context.Background(), tc.inputs, Options{Logger: warnLogger(&logs)}, func(d Document) error {
				in, _, _ := strings.Cut(d.Origin, "#")
				byInput[in] = append(byInput[in], d)
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			last := byInput[tc.inputs[len(tc.inputs)-1]]
			if len(last) != tc.docs {
				t.Errorf("%d documents from %s, want %d", len(last), tc.inputs[len(tc.inputs)-1], tc.docs)
			}
			if n := strings.Count(logs.String(), "WARC revisit skipped"); n != tc.warns {
				t.Errorf("%d revisits not found, want %d", n, tc.warns)
			}
			if !tc.originalFound {
				return
			}
			from := tc.originalFrom
			if from == "" {
				from = tc.inputs[0]
			}
			var orig, rev *Document
			for i := range byInput[from] {
				if d := &byInput[from][i]; d.URL == tc.home && orig == nil {
					orig = d
				}
			}
			for i := range last {
				d := &last[i]
				if d.URL == tc.home && d.Published.Format(time.RFC3339) == tc.date {
					rev = d
				}
			}
			if orig == nil || rev == nil {
				t.Fatalf("original %v or revisit %v of %s not read", orig != nil, rev != nil, tc.home)
			}
			if tc.origin != "" && rev.Origin != tc.origin {
				t.Errorf("revisit origin %s, want %s", rev.Origin, tc.origin)
			}
			if rev.Err != nil || !bytes.Equal(rev.Body, orig.Body) || rev.Kind != orig.Kind || rev.ContentType != orig.ContentType ||
				rev.DateSource != "warc" || rev.Published.Equal(orig.Published) {
				t.Errorf("revisit %s (%s, %d bytes) does not give its original %s (%s, %d bytes)",
					rev.Origin, rev.Published, len(rev.Body), orig.Origin, orig.Published, len(orig.Body))
			}
		})
	}
}

func TestDigestKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"sha1:G7HRM7BGOKSKMSXZAHMUQTTV53QOFSMK", "sha1:G7HRM7BGOKSKMSXZAHMUQTTV53QOFSMK"},
		{" SHA1:g7hrm7bgokskmsxzahmuqttv53qofsmk ", "sha1:G7HRM7BGOKSKMSXZAHMUQTTV53QOFSMK"},
		{"sha1:37CF167C2672A4A64AF901D9484E75EEE0E2C98A", "sha1:G7HRM7BGOKSKMSXZAHMUQTTV53QOFSMK"},
		{"sha256:abc", "sha256:ABC"},
		{"nodigest", ""},
		{"sha1:", ""},
	}
	for _, tc := range tests {
		if got := digestKey(tc.in); got != tc.want {
			t.Errorf("digestKey(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestGzipMembersFindAndPrune(t *testing.T) {
	parts := []string{"first record\n", "second\n", "", "third one\n"}
	var file bytes.Buffer
	var at []int64
	for _, p := range parts {
		at = append(at, int64(file.Len()))
		w := gzip.NewWriter(&file)
		_, _ = w.Write([]byte(p))
		_ = w.Close()
	}
	cr := &countingReader{r: bytes.NewReader(file.Bytes())}
	gm, err := newGzipMembers(cr, bufio.NewReaderSize(cr, 16))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if _, err := out.ReadFrom(gm); err != nil {
		t.Fatal(err)
	}
	if out.String() != strings.Join(parts, "") {
		t.Fatalf("decompressed %q", out.String())
	}
	tests := []struct {
		plain    int64
		at, skip int64
	}{
		{0, at[0], 0},
		{5, at[0], 5},
		{13, at[1], 0},
		{15, at[1], 2},
		{20, at[3], 0}, // the empty member before it is passed over
		{25, at[3], 5},
	}
	for _, tc := range tests {
		if a, s, ok := gm.find(tc.plain); !ok || a != tc.at || s != tc.skip {
			t.Errorf("find(%d) = %d, %d; want %d, %d", tc.plain, a, s, tc.at, tc.skip)
		}
	}
	gm.prune(15)
	if a, s, ok := gm.find(15); !ok || a != at[1] || s != 2 || len(gm.starts) != 3 {
		t.Errorf("after prune: find(15) = %d, %d, %v with %d starts kept", a, s, ok, len(gm.starts))
	}
	if _, _, ok := gm.find(5); ok {
		t.Errorf("find(5) after prune: the start of its member was forgotten, want ok false")
	}
}
