package pipeline

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/heraldevents/herald/article"
	"github.com/heraldevents/herald/event"
)

// TestResultsSurviveLaterCalls codes a set of articles, then codes them
// again in the other order, and checks that the events kept from the
// first calls are unchanged and equal to the second coding: the stages
// reuse pooled work space between calls, and nothing they return may
// point into it.
func TestResultsSurviveLaterCalls(t *testing.T) {
	texts := []string{
		"Iran condemned Israel yesterday. Turkish troops attacked Kurdish militants in northern Syria on Tuesday.",
		"Russian Foreign Minister Sergei Lavrov held talks with his Chinese counterpart Wang Yi in Moscow, the ministry said. The two sides signed an agreement on trade.",
		"The United Nations urged both sides to resume negotiations. Protesters in Cairo demanded the resignation of the prime minister.",
	}
	b, err := os.ReadFile(filepath.Join("..", "examples", "border-talks.txt"))
	if err != nil {
		t.Fatal(err)
	}
	texts = append(texts, string(b))
	p := testPipeline(t)
	encode := func(evs []event.Event) string {
		b, err := json.Marshal(evs)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	kept := make([][]event.Event, len(texts))
	first := make([]string, len(texts))
	total := 0
	for i, text := range texts {
		kept[i] = p.Code(article.Article{ID: "doc", Body: text})
		first[i] = encode(kept[i])
		total += len(kept[i])
	}
	if total < len(texts) {
		t.Fatalf("only %d events from %d articles: the test needs events", total, len(texts))
	}
	for i := len(texts) - 1; i >= 0; i-- {
		if again := encode(p.Code(article.Article{ID: "doc", Body: texts[i]})); again != first[i] {
			t.Errorf("article %d coded again differently:\n%s\n%s", i, first[i], again)
		}
	}
	for i := range texts {
		if now := encode(kept[i]); now != first[i] {
			t.Errorf("article %d: kept events changed by later calls:\n%s\n%s", i, first[i], now)
		}
	}
}
