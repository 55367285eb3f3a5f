package nlp

import (
	"errors"
	"strings"
	"testing"
	"time"
)

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestExplain(t *testing.T) {
	a := newTestAnalyzer(t)
	pub := time.Date(2023, 3, 3, 0, 0, 0, 0, time.UTC)
	d := a.Analyze("Talks end\n\nThe agency quoted Bogdanov as saying: “The talks will resume in Moscow next week.” Iran's envoy, a veteran, met Syria, Russia and Turkey yesterday, according to IRNA.", pub)
	var b strings.Builder
	if err := a.Explain(d, &b); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"published 2023-03-03",
		"(headline)",
		`entity PERSON "Bogdanov"`,
		`clause 0: verb "quoted" lemma=quote tense=past reporting`,
		`object "Bogdanov"`,
		`time "yesterday" 2023-03-02 precision=day relative=true`,
		`attribution "according to" source "IRNA"`,
		"possessor=#",
		"apposition=#",
		"conjuncts=[",
		`quote "The talks will resume in Moscow next week.": speaker "Bogdanov" (sentence 1)`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("explain output lacks %q:\n%s", want, out)
		}
	}
	if err := a.Explain(d, failWriter{}); err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Errorf("write error not returned: %v", err)
	}
}
