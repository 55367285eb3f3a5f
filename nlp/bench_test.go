package nlp

import (
	"runtime"

	"strings"
	"testing"
	"time"

	"github.com/heraldevents/herald/internal/cputime"
	prosetag "github.com/jdkato/prose/v3/tag"
)

// benchCorpus analyses docs b.N times and reports sentences per second
// and allocations per sentence.
func benchCorpus(b *testing.B, docs []string) {
	a := newTestAnalyzer(b)
	pub := time.Date(2023, 3, 3, 0, 0, 0, 0, time.UTC)
	sents := 0
	for _, d := range docs {
		sents += len(a.Analyze(d, pub).Sentences)
	}
	var ms0, ms1 runtime.MemStats
	runtime.ReadMemStats(&ms0)
	b.ResetTimer()
	cpu0 := cputime.Used()
	start := time.Now()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			a.Analyze(d, pub)
		}
	}
	el := time.Since(start)
	cpu := cputime.Used() - cpu0
	b.StopTimer()
	runtime.ReadMemStats(&ms1)
	total := float64(sents) * float64(b.N)
	b.ReportMetric(total/el.Seconds(), "sent/s")
	// On a shared machine wall time depends on the other load; CPU time
	// used by this process gives the throughput of one busy core (GC
	// included: it runs on the same core with -cpu 1 and GOMAXPROCS=1).
	if cpu > 0 {
		b.ReportMetric(total/cpu.Seconds(), "sent/cpu-s")
	}
	b.ReportMetric(float64(ms1.Mallocs-ms0.Mallocs)/total, "allocs/sent")
	b.ReportMetric(float64(sents), "sent/op")
}

func BenchmarkAnalyzeBBC(b *testing.B) {
	docs := loadBBC(b)
	benchCorpus(b, docs[:500])
}

func BenchmarkAnalyzeReuters(b *testing.B) {
	benchCorpus(b, loadReuters(b, 1000))
}

// BenchmarkPathological analyses a 10,000-token sentence without
// punctuation, in capitals, with mixed scripts and control characters.
func BenchmarkPathological(b *testing.B) {
	var sb strings.Builder
	for i := 0; i < 10000; i++ {
		switch i % 7 {
		case 0:
			sb.WriteString("SYRIA ")
		case 1:
			sb.WriteString("attacked ")
		case 2:
			sb.WriteString("дамаск ")
		case 3:
			sb.WriteString("\x01\xff ")
		case 4:
			sb.WriteString("and ")
		case 5:
			sb.WriteString("the ")
		default:
			sb.WriteString("Minister ")
		}
	}
	text := sb.String()
	a := newTestAnalyzer(b)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		a.Analyze(text, time.Time{})
	}
}

// BenchmarkTagger compares prose's own tagger with our inference over the
// same weights, on the words of UD EWT (tags only, no other analysis).
func BenchmarkTagger(b *testing.B) {
	sents := loadUD(b)
	a := newTestAnalyzer(b)
	type sent struct {
		toks  []Token
		lower string
		words []prosetag.Token
	}
	var all []sent
	words := 0
	for _, s := range sents {
		toks, lower := udTokens(s)
		pw := make([]prosetag.Token, len(toks))
		for i, t := range toks {
			pw[i] = prosetag.Token{Text: tagNorm(t.Text)}
		}
		all = append(all, sent{toks, lower, pw})
		words += len(toks)
	}
	b.Run("prose", func(b *testing.B) {
		pt, err := prosetag.New()
		if err != nil {
			b.Fatal(err)
		}
		start := time.Now()
		for i := 0; i < b.N; i++ {
			for _, s := range all {
				pt.TagTokens(s.words)
			}
		}
		b.ReportMetric(float64(words*b.N)/time.Since(start).Seconds(), "words/s")
	})
	b.Run("ours", func(b *testing.B) {
		start := time.Now()
		for i := 0; i < b.N; i++ {
			for _, s := range all {
				a.tagger.tagSentence(s.toks, s.lower)
			}
		}
		b.ReportMetric(float64(words*b.N)/time.Since(start).Seconds(), "words/s")
	})
}
