package testcorpus

import (
	"path/filepath"
	"strings"
	"testing"
)

func corpus(t *testing.T, name string) string {
	return Shared(t, "corpora", name)
}

// TestSharedFindsRoot checks that Shared resolves ../shared from the
// module root (this package is two levels below it).
func TestSharedFindsRoot(t *testing.T) {
	p := Shared(t, "corpora")
	want, err := filepath.Abs(filepath.Join("..", "..", "..", "shared", "corpora"))
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := filepath.Abs(p); got != want {
		t.Errorf("Shared(corpora) = %s, want %s", got, want)
	}
}

func TestReutersBodies(t *testing.T) {
	bodies, err := ReutersBodies(corpus(t, "reuters-21578"), 25)
	if err != nil {
		t.Fatal(err)
	}
	if len(bodies) != 25 {
		t.Fatalf("got %d bodies, want 25", len(bodies))
	}
	for i, b := range bodies {
		if b == "" || strings.Contains(b, "&lt;") || strings.Contains(b, "<BODY>") {
			t.Errorf("body %d not cleaned: %.80q", i, b)
		}
	}
}

func TestBBCTexts(t *testing.T) {
	texts, err := BBCTexts(corpus(t, "bbc-news-2225"), 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(texts) != 2225 {
		t.Errorf("got %d articles, want the corpus's 2,225", len(texts))
	}
	if _, err := BBCTexts(t.TempDir(), 0); err == nil {
		t.Error("empty folder: no error")
	}
}
