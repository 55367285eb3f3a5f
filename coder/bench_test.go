package coder_test

import (
	"os"
	"testing"
	"time"

	"github.com/heraldevents/herald/coder"
	"github.com/heraldevents/herald/internal/cputime"
	"github.com/heraldevents/herald/internal/testcorpus"
)

func writeFile(path string, data []byte) error { return os.WriteFile(path, data, 0o600) }

// bbcTexts reads up to n articles of the BBC corpus.
func bbcTexts(tb testing.TB, n int) []string {
	texts, err := testcorpus.BBCTexts(testcorpus.Shared(tb, "corpora", "bbc-news-2225"), n)
	if err != nil {
		tb.Fatal(err)
	}
	return texts
}

// reutersTexts reads up to n article bodies of Reuters-21578.
func reutersTexts(tb testing.TB, n int) []string {
	texts, err := testcorpus.ReutersBodies(testcorpus.Shared(tb, "corpora", "reuters-21578"), n)
	if err != nil {
		tb.Fatal(err)
	}
	return texts
}

// benchPipeline measures raw text -> nlp -> actor -> coder -> events.
func benchPipeline(b *testing.B, texts []string) {
	st := mustStages(b)
	pub := time.Date(2005, 1, 1, 0, 0, 0, 0, time.UTC)
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cputime.Used()
	sents, events := 0, 0
	for i := 0; i < b.N; i++ {
		in := st.input(texts[i%len(texts)], pub)
		sents += len(in.Doc.Sentences)
		events += len(st.c.Code(in))
	}
	cputime.ReportSentenceRates(b, sents, cpu0)
	b.ReportMetric(float64(events)/float64(b.N), "events/article")
}

func BenchmarkPipelineBBC(b *testing.B)     { benchPipeline(b, bbcTexts(b, 2225)) }
func BenchmarkPipelineReuters(b *testing.B) { benchPipeline(b, reutersTexts(b, 5000)) }

// BenchmarkCoderOnly measures the coder alone on analysed BBC articles.
func BenchmarkCoderOnly(b *testing.B) {
	st := mustStages(b)
	texts := bbcTexts(b, 300)
	ins := make([]coder.Input, len(texts))
	for i, t := range texts {
		ins[i] = st.input(t, time.Time{})
	}
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cputime.Used()
	sents := 0
	for i := 0; i < b.N; i++ {
		in := ins[i%len(ins)]
		sents += len(in.Doc.Sentences)
		st.c.Code(in)
	}
	cputime.ReportSentenceRates(b, sents, cpu0)
}

// BenchmarkPathological measures the bad inputs (no verb, 300 actors,
// nested quotes, flattened tables) through the whole pipeline.
func BenchmarkPathological(b *testing.B) {
	st := mustStages(b)
	texts := pathological()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		st.c.Code(st.input(texts[i%len(texts)], time.Time{}))
	}
}
