package nlp

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestExplainQuartet(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "..", "shared", "examples", "quartet-phone-call.txt"))
	if err != nil {
		t.Skip("shared examples absent")
	}
	a, err := New()
	if err != nil {
		t.Fatal(err)
	}
	d := a.Analyze(string(b), time.Time{})
	if os.Getenv("NLP_EXPLAIN") != "" {
		a.Explain(d, os.Stdout)
	}
}
