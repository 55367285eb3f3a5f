package actor

import (
	"fmt"
	"math/rand/v2"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/heraldevents/herald/internal/testcorpus"
)

var syllables = []string{"ka", "ro", "mi", "zu", "tel", "bar", "qui", "nox", "vel", "dra", "po", "lis", "gan", "tor", "fe", "shi"}

func genWord(rng *rand.Rand) string {
	n := 2 + rng.IntN(2)
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(syllables[rng.IntN(len(syllables))])
	}
	w := b.String()
	return strings.ToUpper(w[:1]) + w[1:]
}

// genResolver builds a resolver over n generated two- and three-word
// actor phrases (no built-in data), and returns some of the phrases.
func genResolver(n int) (*Resolver, []string) {
	rng := rand.New(rand.NewPCG(1, uint64(n)))
	d := newDictionary()
	var phrases []string
	for i := 0; i < n; i++ {
		words := 2 + rng.IntN(2)
		ws := make([]string, words)
		for j := range ws {
			ws[j] = genWord(rng)
		}
		p := strings.Join(ws, " ")
		d.add(&Entry{Kind: KindActor, Phrase: p, Code: fmt.Sprintf("X%05dGOV", i), Rule: fmt.Sprintf("gen:%d", i)}, true)
		if i%(n/50+1) == 0 {
			phrases = append(phrases, p)
		}
	}
	return &Resolver{dict: d}, phrases
}

// genSentence makes a sentence of about n tokens mentioning some phrases.
func genSentence(rng *rand.Rand, phrases []string, n int) string {
	filler := []string{"the", "officials", "said", "on", "Monday", "that", "talks", "with", "would", "continue", "in", "city", "and", "after", "a", "meeting"}
	var ws []string
	for len(ws) < n {
		if rng.IntN(8) == 0 {
			ws = append(ws, phrases[rng.IntN(len(phrases))])
			continue
		}
		ws = append(ws, filler[rng.IntN(len(filler))])
	}
	return strings.Join(ws, " ") + "."
}

// BenchmarkResolveSentence compares dictionary sizes (1k and 50k phrases)
// over sentence lengths: cost per sentence should follow its length, not
// the dictionary's size.
func BenchmarkResolveSentence(b *testing.B) {
	for _, size := range []int{1000, 50000} {
		r, phrases := genResolver(size)
		for _, n := range []int{20, 80, 320} {
			rng := rand.New(rand.NewPCG(7, uint64(n)))
			doc := DocumentFromText(genSentence(rng, phrases, n), time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC))
			b.Run(fmt.Sprintf("dict=%d/tokens=%d", size, n), func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					r.Resolve(doc)
				}
			})
		}
	}
}

// BenchmarkResolveExample resolves the example article with the built-in
// dictionaries.
func BenchmarkResolveExample(b *testing.B) {
	data, err := os.ReadFile(testcorpus.Shared(b, "examples", "quartet-phone-call.txt"))
	if err != nil {
		b.Fatal(err)
	}
	r, err := NewResolver(Options{})
	if err != nil {
		b.Fatal(err)
	}
	doc := DocumentFromText(string(data), time.Time{})
	b.ReportAllocs()
	for b.Loop() {
		r.Resolve(doc)
	}
}

// BenchmarkNewResolver loads the built-in dictionaries.
func BenchmarkNewResolver(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := NewResolver(Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// TestMatchingWorkIndependentOfDictionarySize counts trie nodes visited
// for the same sentences against a 1,000- and a 50,000-phrase dictionary
// that both hold the phrases the sentences mention.
func TestMatchingWorkIndependentOfDictionarySize(t *testing.T) {
	small, phrases := genResolver(1000)
	large, _ := genResolver(50000)
	for _, p := range phrases {
		large.dict.add(&Entry{Kind: KindActor, Phrase: p, Code: "PROBE"}, true)
	}
	rng := rand.New(rand.NewPCG(3, 3))
	for _, n := range []int{20, 80, 320} {
		doc := DocumentFromText(genSentence(rng, phrases, n), time.Time{})
		tp := sentencePieces(&doc.Sentences[0])
		vs, vl := small.dict.trie.visits(tp), large.dict.trie.visits(tp)
		// Each start position walks at most the longest phrase (3 words).
		if bound := 3 * len(tp); vs > bound || vl > bound {
			t.Errorf("%d tokens: visits %d (1k) / %d (50k) exceed %d", len(tp), vs, vl, bound)
		}
		t.Logf("%d tokens: %d trie visits with 1k phrases, %d with 50k", len(tp), vs, vl)
	}
}
