package textmetric

import (
	"math"
	"reflect"
	"testing"
)

func TestTokens(t *testing.T) {
	got := Tokens("Al-Miqdad's call, 2023 — “quartet” déjà_vu 서울")
	want := []string{"Al", "Miqdad", "s", "call", "2023", "quartet", "déjà_vu", "서울"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("Tokens = %q, want %q", got, want)
	}
}

func TestShingles(t *testing.T) {
	tests := []struct {
		text string
		want map[string]int
	}{
		{"", map[string]int{}},
		{"one two", map[string]int{"one two": 1}},
		{"a b c d e", map[string]int{"a b c d": 1, "b c d e": 1}},
		{"a b c d a b c d", map[string]int{"a b c d": 2, "b c d a": 1, "c d a b": 1, "d a b c": 1}},
	}
	for _, tt := range tests {
		if got := Shingles(tt.text, N); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Shingles(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestMatchAndSummarize(t *testing.T) {
	gold := "the cat sat on the mat today"                 // 4 shingles
	pred := "menu home the cat sat on the mat today login" // 7 shingles: 4 right, 3 extra
	c := Match(gold, pred)
	// raw TP 4, FP 3, FN 0 -> scaled 4/7, 3/7, 0
	if !near(c.TP, 4.0/7) || !near(c.FP, 3.0/7) || !near(c.FN, 0) {
		t.Fatalf("Match = %+v", c)
	}
	if !near(c.Precision(), 4.0/7) || !near(c.Recall(), 1) {
		t.Fatalf("P=%v R=%v", c.Precision(), c.Recall())
	}
	exact := Match(gold, gold)
	if exact.Precision() != 1 || exact.Recall() != 1 {
		t.Fatalf("exact match P=%v R=%v", exact.Precision(), exact.Recall())
	}
	empty := Match(gold, "")
	if empty.Precision() != 0 || empty.Recall() != 0 {
		t.Fatalf("empty prediction P=%v R=%v", empty.Precision(), empty.Recall())
	}
	s := Summarize([]Counts{c, exact, empty})
	// precision averaged over docs with TP+FP>0: (4/7+1)/2; recall over 3: (1+1+0)/3
	wantP := (4.0/7 + 1) / 2
	if !near(s.Precision, wantP) || !near(s.Recall, 2.0/3) {
		t.Fatalf("Summarize = %+v", s)
	}
	wantF1 := 2 * wantP * (2.0 / 3) / (wantP + 2.0/3)
	if !near(s.F1, wantF1) {
		t.Fatalf("F1 = %v, want %v", s.F1, wantF1)
	}
}
