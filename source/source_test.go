package source

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// collect reads inputs and returns every document.
func collect(t *testing.T, inputs []string, opts Options) []Document {
	t.Helper()
	var docs []Document
	err := Read(context.Background(), inputs, opts, func(d Document) error {
		docs = append(docs, d)
		return nil
	})
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	return docs
}

func collectFrom(t testing.TB, data []byte, opts Options) []Document {
	t.Helper()
	var docs []Document
	err := ReadFrom(context.Background(), "mem", bytes.NewReader(data), opts, func(d Document) error {
		docs = append(docs, d)
		return nil
	})
	if err != nil {
		t.Fatalf("ReadFrom: %v", err)
	}
	return docs
}

func write(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

func gz(t testing.TB, data []byte) []byte {
	t.Helper()
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	if _, err := w.Write(data); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestDetectKind(t *testing.T) {
	tests := []struct {
		body string
		want Kind
	}{
		{"<!DOCTYPE html><html><body><p>Hi</p></body></html>", HTML},
		{"\ufeff  <html lang=en><p>x</p>", HTML},
		{"<p>The minister said.</p><p>More.</p>", HTML},
		{"<div class=a>Text</div>", HTML},
		{"The minister said <b>no</b> and <i>left</i>.", HTML},
		{"Talks resumed in Geneva on Monday.\n\nBoth sides said x < y.", Text},
		{"A headline\n\nBody text with 3 > 2 and a <3 heart.", Text},
		{"", Text},
	}
	for _, tt := range tests {
		if got := DetectKind([]byte(tt.body)); got != tt.want {
			t.Errorf("DetectKind(%q) = %q, want %q", tt.body, got, tt.want)
		}
	}
}

func TestSniffContainer(t *testing.T) {
	tests := []struct {
		head string
		want container
	}{
		{"WARC/1.0\r\nWARC-Type: warcinfo", containerWARC},
		{"filedesc://x.arc 0.0.0.0 20050614070144 text/plain 76\n", containerARC},
		{`<?xml version="1.0"?><rss version="2.0"><channel>`, containerFeed},
		{"<?xml version=\"1.0\"?>\n<!-- c -->\n<feed xmlns=\"http://www.w3.org/2005/Atom\">", containerFeed},
		{`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">`, containerFeed},
		{`<?xml version="1.0"?><html><body>`, containerNone},
		{`{"text": "a"}`, containerJSONL},
		{`[{"text": "a"}]`, containerJSONL},
		{`[Reuters] Talks resumed.`, containerNone},
		{"Plain text.", containerNone},
	}
	for _, tt := range tests {
		if got := sniffContainer([]byte(tt.head)); got != tt.want {
			t.Errorf("sniffContainer(%q) = %v, want %v", tt.head, got, tt.want)
		}
	}
}

func TestReadFilesDirsGlobsGzipStdin(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "a.txt"), []byte("Talks resumed in Geneva on Monday."))
	write(t, filepath.Join(dir, "sub", "b.html"), []byte("<html><body><p>Hello.</p></body></html>"))
	write(t, filepath.Join(dir, "sub", "c.dat.gz"), gz(t, []byte("<p>Zipped page.</p><p>Two.</p>")))
	write(t, filepath.Join(dir, ".hidden"), []byte("not news"))

	docs := collect(t, []string{dir}, Options{})
	if len(docs) != 3 {
		t.Fatalf("dir: %d documents, want 3: %+v", len(docs), docs)
	}
	wantOrigins := []string{filepath.Join(dir, "a.txt"), filepath.Join(dir, "sub", "b.html"), filepath.Join(dir, "sub", "c.dat.gz")}
	wantKinds := []Kind{Text, HTML, HTML}
	for i, d := range docs {
		if d.Err != nil || d.Origin != wantOrigins[i] || d.Kind != wantKinds[i] {
			t.Errorf("doc %d = {%q %q %v}, want {%q %q}", i, d.Origin, d.Kind, d.Err, wantOrigins[i], wantKinds[i])
		}
	}
	if got := string(docs[2].Body); got != "<p>Zipped page.</p><p>Two.</p>" {
		t.Errorf("gzip body = %q", got)
	}

	docs = collect(t, []string{filepath.Join(dir, "sub", "*.html")}, Options{})
	if len(docs) != 1 || docs[0].Kind != HTML {
		t.Fatalf("glob: %+v", docs)
	}

	docs = collect(t, []string{"-"}, Options{Stdin: strings.NewReader("From stdin.")})
	if len(docs) != 1 || docs[0].Origin != "stdin" || string(docs[0].Body) != "From stdin." {
		t.Fatalf("stdin: %+v", docs)
	}
}

func TestReadBadInputsGoOn(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	write(t, good, []byte("Fine."))
	big := filepath.Join(dir, "big.txt")
	write(t, big, bytes.Repeat([]byte("x"), 100))
	docs := collect(t, []string{filepath.Join(dir, "missing.txt"), big, filepath.Join(dir, "*.none"), good}, Options{MaxBytes: 50})
	if len(docs) != 4 {
		t.Fatalf("%d documents, want 4", len(docs))
	}
	for i, want := range []string{"no such file", "exceeds the size limit", "no file matches", ""} {
		d := docs[i]
		if want == "" {
			if d.Err != nil || string(d.Body) != "Fine." {
				t.Errorf("doc %d: %+v", i, d)
			}
			continue
		}
		if d.Err == nil || !strings.Contains(d.Err.Error(), want) {
			t.Errorf("doc %d (%s): err %v, want %q", i, d.Origin, d.Err, want)
		}
	}
	if !errors.Is(docs[1].Err, ErrTooLarge) {
		t.Errorf("size error does not wrap ErrTooLarge: %v", docs[1].Err)
	}
}

func TestReadStopsOnCallbackErrorAndCancel(t *testing.T) {
	dir := t.TempDir()
	for i := 0; i < 3; i++ {
		write(t, filepath.Join(dir, fmt.Sprintf("%d.txt", i)), []byte("x"))
	}
	stop := errors.New("stop")
	n := 0
	err := Read(context.Background(), []string{dir}, Options{}, func(Document) error { n++; return stop })
	if !errors.Is(err, stop) || n != 1 {
		t.Fatalf("err=%v n=%d", err, n)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err = Read(ctx, []string{dir}, Options{}, func(Document) error { t.Fatal("called after cancel"); return nil })
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err=%v, want context.Canceled", err)
	}
}

func TestJSONL(t *testing.T) {
	data := strings.Join([]string{
		`{"text": "First story.", "title": "One", "date": "2023-05-14T10:00:00Z", "url": "https://example.org/1", "author": "A. Writer", "source": "Example News"}`,
		``,
		`{"maintext": "Second story.", "headline": "Two", "publish_date": "2023-05-15"}`,
		`not json`,
		`{"title": "no text"}`,
		`{"text": "<p>HTML in a dump.</p><p>Yes.</p>", "published": 1684108800}`,
	}, "\n")
	docs := collectFrom(t, []byte(data), Options{})
	if len(docs) != 5 {
		t.Fatalf("%d documents, want 5", len(docs))
	}
	d := docs[0]
	if d.Origin != "mem#1" || string(d.Body) != "First story." || d.Title != "One" || d.URL != "https://example.org/1" ||
		d.Author != "A. Writer" || d.Outlet != "Example News" || d.DateSource != "jsonl" ||
		!d.Published.Equal(time.Date(2023, 5, 14, 10, 0, 0, 0, time.UTC)) || d.Kind != Text {
		t.Errorf("record 1 = %+v", d)
	}
	if d := docs[1]; d.Origin != "mem#3" || string(d.Body) != "Second story." || d.Title != "Two" || d.Published.Format("2006-01-02") != "2023-05-15" {
		t.Errorf("record 3 = %+v", d)
	}
	if d := docs[2]; d.Origin != "mem#4" || d.Err == nil || !strings.Contains(d.Err.Error(), "bad JSON") {
		t.Errorf("record 4 = %+v", d)
	}
	if d := docs[3]; d.Origin != "mem#5" || d.Err == nil || !strings.Contains(d.Err.Error(), "no text field") {
		t.Errorf("record 5 = %+v", d)
	}
	if d := docs[4]; d.Kind != HTML || d.Published.Format("2006-01-02") != "2023-05-15" {
		t.Errorf("record 6 = %+v", d)
	}

	// Custom field names, and a line over the size limit.
	data2 := `{"story": "Custom field.", "hed": "H", "when": "2020-01-02", "link2": "u"}` + "\n" +
		`{"story": "` + strings.Repeat("y", 200) + `"}` + "\n" + `{"story": "After."}`
	docs = collectFrom(t, []byte(data2), Options{JSONLText: "story", JSONLTitle: "hed", JSONLDate: "when", JSONLURL: "link2", MaxBytes: 100})
	if len(docs) != 3 || string(docs[0].Body) != "Custom field." || docs[0].Title != "H" || docs[0].URL != "u" || docs[0].Published.Year() != 2020 {
		t.Fatalf("custom fields: %+v", docs)
	}
	if !errors.Is(docs[1].Err, ErrTooLarge) || docs[1].Origin != "mem#2" || string(docs[2].Body) != "After." {
		t.Fatalf("long line: %+v", docs[1:])
	}
}

func TestJSONDocumentAndArray(t *testing.T) {
	obj := "{\n  \"title\": \"T\",\n  \"text\": \"Pretty printed.\"\n}\n"
	docs := collectFrom(t, []byte(obj), Options{})
	if len(docs) != 1 || docs[0].Origin != "mem" || string(docs[0].Body) != "Pretty printed." {
		t.Fatalf("object: %+v", docs)
	}
	arr := "[\n {\"text\": \"a\"},\n {\"text\": \"b\"}\n]"
	docs = collectFrom(t, []byte(arr), Options{})
	if len(docs) != 2 || docs[1].Origin != "mem#2" || string(docs[1].Body) != "b" {
		t.Fatalf("array: %+v", docs)
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want string
		ok   bool
	}{
		{"2023-05-14T10:00:00Z", "2023-05-14T10:00:00Z", true},
		{"2023-05-14T10:00:00+02:00", "2023-05-14T08:00:00Z", true},
		{"2023-05-14", "2023-05-14T00:00:00Z", true},
		{"2018-04-05T06:00", "2018-04-05T06:00:00Z", true},
		{"2017-11-03 03:01:00.000000", "2017-11-03T03:01:00Z", true},
		{"Sun, 14 May 2023 10:00:00 GMT", "2023-05-14T10:00:00Z", true},
		{"May 14, 2023", "2023-05-14T00:00:00Z", true},
		{"14 May 2023", "2023-05-14T00:00:00Z", true},
		{"20230514100000", "2023-05-14T10:00:00Z", true},
		{"yesterday", "", false},
		{"0001-01-01", "", false},
	}
	for _, tt := range tests {
		got, ok := ParseDate(tt.in)
		if ok != tt.ok || (ok && got.UTC().Format(time.RFC3339) != tt.want) {
			t.Errorf("ParseDate(%q) = %v, %v; want %s, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}
