package source

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestFeeds(t *testing.T) {
	docs := collect(t, []string{filepath.Join("testdata", "rss.xml")}, Options{})
	if len(docs) != 3 {
		t.Fatalf("rss: %d documents, want 3", len(docs))
	}
	d := docs[0]
	if d.Origin != filepath.Join("testdata", "rss.xml")+"#1" || d.Title != "Ministers meet in Geneva" ||
		d.URL != "https://news.example.org/2023/05/14/geneva-talks" || d.Author != "Jane Reporter" ||
		d.Outlet != "Example Wire" || d.Language != "en" || d.DateSource != "feed" ||
		!d.Published.Equal(time.Date(2023, 5, 14, 10, 0, 0, 0, time.UTC)) || d.Kind != HTML ||
		!strings.Contains(string(d.Body), "met in Geneva") {
		t.Errorf("rss item 1 = %+v", d)
	}
	if d := docs[1]; d.Err != nil || string(d.Body) != "Talks resumed on Monday &amp; went on late." && string(d.Body) != "Talks resumed on Monday & went on late." {
		t.Errorf("rss item 2 = %+v (%s)", d, d.Body)
	}
	if d := docs[2]; d.Err == nil || !strings.Contains(d.Err.Error(), "no content") {
		t.Errorf("rss link-only item without fetching = %+v", d)
	}

	docs = collect(t, []string{filepath.Join("testdata", "atom.xml")}, Options{})
	if len(docs) != 1 || docs[0].Title != "Ceasefire holds" || docs[0].Author != "A. Correspondent" ||
		docs[0].URL != "https://atom.example.org/ceasefire" || docs[0].Published.Month() != time.June || docs[0].Kind != HTML {
		t.Errorf("atom = %+v", docs)
	}
	docs = collect(t, []string{filepath.Join("testdata", "rdf.xml")}, Options{})
	if len(docs) != 1 || docs[0].Title != "Parliament votes" || docs[0].Outlet != "RDF Times" || docs[0].Published.Day() != 4 {
		t.Errorf("rdf = %+v", docs)
	}
	docs = collectFrom(t, []byte(`<?xml version="1.0"?><rss version="2.0"><channel><item><title>x</ti`), Options{})
	if len(docs) != 1 || docs[0].Err == nil {
		t.Errorf("broken feed = %+v", docs)
	}
}

// warcRec builds one WARC/1.0 record dated 2023-05-14 10:00 UTC.
func warcRec(typ, uri, block string, extra ...string) string {
	id := fmt.Sprintf("%08d-0000-4000-8000-000000000000", len(block)+len(uri))
	return rvRec("1.0", typ, id, "2023-05-14T10:00:00Z", uri, block, extra...)
}

func httpResp(status, ctype, body string, headers ...string) string {
	h := "HTTP/1.1 " + status + "\r\nContent-Type: " + ctype + "\r\n"
	for _, x := range headers {
		h += x + "\r\n"
	}
	return h + "\r\n" + body
}

func gzipBytes(s string) string {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	_, _ = w.Write([]byte(s))
	_ = w.Close()
	return b.String()
}

func testWARC() string {
	page := "<html><body><p>Archived article text.</p></body></html>"
	chunked := "<p>Chunked page.</p><p>Two.</p>"
	chunkedBody := fmt.Sprintf("%x\r\n%s\r\n0\r\n\r\n", len(chunked), chunked)
	return warcRec("warcinfo", "", "software: herald-test\r\n") +
		warcRec("request", "http://a.example/page", "GET /page HTTP/1.1\r\nHost: a.example\r\n\r\n") +
		warcRec("response", "http://a.example/page", httpResp("200 OK", "text/html; charset=utf-8", page)) +
		warcRec("response", "http://a.example/logo.png", httpResp("200 OK", "image/png", "\x89PNG....")) +
		warcRec("response", "http://a.example/gone", httpResp("404 Not Found", "text/html", "<p>gone</p>")) +
		warcRec("revisit", "http://a.example/page", httpResp("200 OK", "text/html", ""), "WARC-Profile: http://netpreserve.org/warc/1.0/revisit/identical-payload-digest") +
		warcRec("response", "http://a.example/chunked", httpResp("200 OK", "text/html", chunkedBody, "Transfer-Encoding: chunked")) +
		warcRec("response", "http://a.example/zipped", httpResp("200 OK", "text/plain", gzipBytes("Zipped plain text."), "Content-Encoding: gzip")) +
		warcRec("response", "http://a.example/cut", httpResp("200 OK", "text/html", "<p>Cut short"), "WARC-Truncated: length")
}

func TestWARC(t *testing.T) {
	check := func(t *testing.T, docs []Document) {
		t.Helper()
		if len(docs) != 4 {
			for _, d := range docs {
				t.Logf("%s %v %q", d.Origin, d.Err, d.Body)
			}
			t.Fatalf("%d documents, want 4", len(docs))
		}
		want := []struct{ origin, url, body string }{
			{"mem#3", "http://a.example/page", "<html><body><p>Archived article text.</p></body></html>"},
			{"mem#7", "http://a.example/chunked", "<p>Chunked page.</p><p>Two.</p>"},
			{"mem#8", "http://a.example/zipped", "Zipped plain text."},
			{"mem#9", "http://a.example/cut", "<p>Cut short"},
		}
		for i, w := range want {
			d := docs[i]
			if d.Err != nil || d.Origin != w.origin || d.URL != w.url || string(d.Body) != w.body || d.DateSource != "warc" || d.Published.Year() != 2023 {
				t.Errorf("doc %d = %s %s %v %q %s, want %+v", i, d.Origin, d.URL, d.Err, d.Body, d.DateSource, w)
			}
		}
	}
	t.Run("plain", func(t *testing.T) { check(t, collectFrom(t, []byte(testWARC()), Options{})) })
	t.Run("gzip", func(t *testing.T) { check(t, collectFrom(t, []byte(gzipBytes(testWARC())), Options{})) })
	t.Run("garbage tail", func(t *testing.T) {
		data := warcRec("response", "http://a.example/page", httpResp("200 OK", "text/html", "<p>ok</p>")) + "WARC/1.0\r\nContent-Length: zz\r\n\r\nrubbish"
		docs := collectFrom(t, []byte(data), Options{})
		if len(docs) < 1 || docs[0].Err != nil || string(docs[0].Body) != "<p>ok</p>" {
			t.Fatalf("docs = %+v", docs)
		}
		for _, d := range docs[1:] {
			if d.Err == nil {
				t.Errorf("garbage record read as a document: %+v", d)
			}
		}
	})
}

func testARC() string {
	desc := "1 0 Herald test\nURL IP-address Archive-date Content-type Archive-length\n"
	page := httpResp("200 OK", "text/html", "<html><body><p>ARC page text.</p></body></html>", "Content-Language: fr")
	img := httpResp("200 OK", "image/gif", "GIF89a")
	return fmt.Sprintf("filedesc://test.arc 0.0.0.0 20230514100000 text/plain %d\n%s\n", len(desc), desc) +
		fmt.Sprintf("http://arc.example/a b 127.0.0.1 20230514100000 text/html %d\n%s\n", len(page), page) +
		fmt.Sprintf("http://arc.example/i.gif 127.0.0.1 20230514100000 image/gif %d\n%s\n", len(img), img) +
		fmt.Sprintf("http://arc.example/plain 127.0.0.1 20230514100001 text/plain %d\n%s\n", len("Raw text record."), "Raw text record.")
}

func TestARC(t *testing.T) {
	docs := collectFrom(t, []byte(testARC()), Options{})
	if len(docs) != 2 {
		t.Fatalf("%d documents, want 2: %+v", len(docs), docs)
	}
	if d := docs[0]; d.Err != nil || d.URL != "http://arc.example/a%20b" || d.Kind != HTML || !strings.Contains(string(d.Body), "ARC page text.") || d.Published.Year() != 2023 || d.Language != "fr" {
		t.Errorf("page = %+v", d)
	}
	if d := docs[1]; d.Err != nil || string(d.Body) != "Raw text record." || d.Origin != "mem#4" {
		t.Errorf("text record = %+v", d)
	}
	// A bad length stops the file with one error naming the record.
	docs = collectFrom(t, []byte("filedesc://x.arc 0.0.0.0 20230514100000 text/plain -1\n"), Options{})
	if len(docs) != 1 || docs[0].Err == nil || docs[0].Origin != "mem#1" {
		t.Errorf("bad ARC = %+v", docs)
	}
}

func TestHTTP(t *testing.T) {
	var gotUA string
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "User-agent: *\nDisallow: /private\n")
	})
	mux.HandleFunc("/page", func(w http.ResponseWriter, r *http.Request) {
		gotUA = r.Header.Get("User-Agent")
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Last-Modified", "Sun, 14 May 2023 10:00:00 GMT")
		fmt.Fprint(w, "<html><body><p>Fetched page.</p></body></html>")
	})
	mux.HandleFunc("/private", func(w http.ResponseWriter, r *http.Request) {
		t.Error("robots.txt disallowed path was fetched")
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, strings.Repeat("z", 5000))
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	mux.HandleFunc("/missing", http.NotFound)
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(10 * time.Second):
		}
	})
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Loopback</title>
<item><title>Linked</title><link>http://%s/page</link></item></channel></rss>`, r.Host)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()

	opts := Options{Fetch: true, MaxBytes: 1000, Timeout: 300 * time.Millisecond, UserAgent: "HeraldTest/1"}
	docs := collect(t, []string{srv.URL + "/page", srv.URL + "/private", srv.URL + "/big", srv.URL + "/loop", srv.URL + "/missing", srv.URL + "/slow", srv.URL + "/feed.xml"}, opts)
	if len(docs) != 7 {
		t.Fatalf("%d documents, want 7", len(docs))
	}
	if d := docs[0]; d.Err != nil || d.Kind != HTML || d.URL != srv.URL+"/page" || d.DateSource != "http" || d.Published.Year() != 2023 || !strings.Contains(string(d.Body), "Fetched page.") {
		t.Errorf("page = %+v", d)
	}
	if gotUA != "HeraldTest/1" {
		t.Errorf("User-Agent = %q", gotUA)
	}
	for i, want := range []string{"robots.txt", "size limit", "redirects", "404", "fetch failed"} {
		d := docs[i+1]
		if d.Err == nil || !strings.Contains(d.Err.Error(), want) {
			t.Errorf("%s: err %v, want %q", d.Origin, d.Err, want)
		}
	}
	if d := docs[6]; d.Err != nil || d.Title != "Linked" || d.Outlet != "Loopback" || !strings.Contains(string(d.Body), "Fetched page.") {
		t.Errorf("feed item with fetched link = %+v", d)
	}

	// Without --fetch a URL is an error, not a request.
	docs = collect(t, []string{srv.URL + "/page"}, Options{})
	if len(docs) != 1 || docs[0].Err == nil || !strings.Contains(docs[0].Err.Error(), "fetching is disabled") {
		t.Errorf("no fetch = %+v", docs)
	}
}

func TestReadCorpusFileNamesInOrigin(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "dump.jsonl")
	if err := os.WriteFile(p, []byte("{\"text\":\"a\"}\nbroken\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	docs := collect(t, []string{p}, Options{})
	if len(docs) != 2 || docs[1].Origin != p+"#2" || docs[1].Err == nil {
		t.Fatalf("docs = %+v", docs)
	}
}

func TestWARCClippedFileIsSalvaged(t *testing.T) {
	page := httpResp("200 OK", "text/html", "<html><body><p>The first paragraph survived the cut.</p><p>The second")
	rec := "WARC/1.0\r\nWARC-Type: response\r\nWARC-Date: 2016-10-17T14:57:38Z\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-000000000001>\r\n" +
		"WARC-Target-URI: http://clip.example/story\r\nContent-Type: application/http; msgtype=response\r\n" +
		fmt.Sprintf("Content-Length: %d\r\n\r\n", len(page)+5000) + page
	dir := t.TempDir()
	z := gzipBytes(rec + strings.Repeat("more text ", 500))
	cut := z[:len(z)-40] // a gzip file cut off in the middle of the record
	for name, data := range map[string]string{"clip.warc": rec, "clip.warc.gz": cut} {
		p := filepath.Join(dir, name)
		write(t, p, []byte(data))
		docs := collect(t, []string{p}, Options{})
		if len(docs) != 1 || docs[0].Err != nil || docs[0].URL != "http://clip.example/story" || docs[0].DateSource != "warc" ||
			!strings.Contains(string(docs[0].Body), "survived the cut") || docs[0].Origin != p+"#1" {
			t.Errorf("%s: %+v", name, docs)
		}
	}
	// A gzip stream that cannot be reopened: the record is reported.
	docs := collectFrom(t, []byte(cut), Options{})
	if len(docs) != 1 || docs[0].Err == nil || !strings.Contains(docs[0].Err.Error(), "ends inside the record") {
		t.Errorf("stream: %+v", docs)
	}
}
