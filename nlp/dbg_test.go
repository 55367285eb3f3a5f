package nlp

import (
	"os"
	"testing"
	"time"
)

func TestDbg(t *testing.T) {
	a := newTestAnalyzer(t)
	d := a.Analyze(os.Getenv("TXT"), time.Time{})
	a.Explain(d, os.Stdout)
}
