package pipeline

import (
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/heraldevents/herald/article"
	"github.com/heraldevents/herald/event"
	"github.com/heraldevents/herald/source"
)

var shared = sync.OnceValues(func() (*Pipeline, error) {
	return New(Options{Published: time.Date(2023, 3, 8, 0, 0, 0, 0, time.UTC)})
})

func testPipeline(t testing.TB) *Pipeline {
	p, err := shared()
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestFallbackDate(t *testing.T) {
	p := testPipeline(t)
	evs := p.Code(article.Article{ID: "a", Body: "Iran condemned Israel yesterday."})
	if len(evs) == 0 {
		t.Fatal("no event")
	}
	e := evs[0]
	if e.Date != "2023-03-07" || e.DateBasis != "relative" || e.Article.Published != "2023-03-08" {
		t.Errorf("date %s basis %s published %s; want 2023-03-07 relative, published 2023-03-08", e.Date, e.DateBasis, e.Article.Published)
	}
	// An article's own date wins over the fallback.
	evs = p.Code(article.Article{ID: "b", Body: "Iran condemned Israel yesterday.", Published: time.Date(2020, 1, 2, 0, 0, 0, 0, time.UTC)})
	if len(evs) == 0 || evs[0].Date != "2020-01-01" {
		t.Errorf("article date not used: %+v", evs)
	}
}

// FuzzInput covers the whole input path after reading: content detection,
// extraction or cleaning, the language layer, actors and the coder. Any
// bytes must give either an error or events, never a panic, and every
// evidence span must lie inside the coding text.
func FuzzInput(f *testing.F) {
	f.Add([]byte("Iran condemned Israel yesterday.\n\nThe minister said."))
	f.Add([]byte("<html><head><title>Talks</title></head><body><p>Russia and China held talks in Moscow on Monday.</p></body></html>"))
	f.Add([]byte("(function(d, s, id){ var js; }(document, 'script', 'facebook-jssdk'));"))
	f.Add([]byte("\xff\xfe\x00\x01"))
	f.Add([]byte(strings.Repeat("Syria, ", 300) + "attacked Turkey."))
	f.Add([]byte("“He said: “We will “never” attack” Iran,” he said."))
	f.Fuzz(func(t *testing.T, data []byte) {
		p := testPipeline(t)
		art, err := article.Extract(source.Document{Origin: "fuzz", Body: data}, article.Options{})
		if err != nil {
			return
		}
		text := art.CodingText()
		for _, e := range p.Code(art) {
			ss := e.Evidence.SentenceSpan
			if ss.Start < 0 || ss.End > len(text) || ss.Start > ss.End {
				t.Fatalf("sentence span %v outside text of %d bytes", ss, len(text))
			}
			for _, sp := range []*event.Span{e.Evidence.Spans.Source, e.Evidence.Spans.Verb, e.Evidence.Spans.Target} {
				if sp != nil && (sp.Start < 0 || sp.End > len(text) || sp.Start > sp.End) {
					t.Fatalf("evidence span %v outside text of %d bytes", *sp, len(text))
				}
			}
			if e.CAMEO.Code == "" || e.Rule == "" || e.ID == "" {
				t.Fatalf("incomplete event %+v", e)
			}
		}
	})
}
