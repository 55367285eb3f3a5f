package nlp

import (
	"sync"
	"testing"
)

// sharedAnalyzer is built once for all tests of the package.
var sharedAnalyzer = sync.OnceValues(New)

func newTestAnalyzer(tb testing.TB) *Analyzer {
	tb.Helper()
	a, err := sharedAnalyzer()
	if err != nil {
		tb.Fatalf("New: %v", err)
	}
	return a
}
