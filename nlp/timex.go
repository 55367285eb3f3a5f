package nlp

import (
	"strings"
	"sync"
	"time"
)

// Time expressions are found by rules over tokens and resolved against
// the publication date. We do not use olebedev/when: it scans the text
// with dozens of regular expressions per call, is several times slower
// than the whole rest of the layer, and does not give token spans.

type timexFinder struct {
	s     *Sentence
	toks  []Token
	lower string
	pub   time.Time
	// pd is pub truncated to the day (see day).
	pd  time.Time
	out []Timex
	// trig is timexTriggers().
	trig *triggerSet
}

func (f *timexFinder) low(i int) string {
	if i < 0 || i >= len(f.toks) {
		return ""
	}
	return f.lower[f.toks[i].Start:f.toks[i].End]
}

// findTimes returns the time expressions of a sentence.
func findTimes(s *Sentence, lower string, published time.Time, sc *scratch) []Timex {
	f := &timexFinder{s: s, toks: s.Tokens, lower: lower, pub: published, out: sc.timeBuf[:0]}
	// The day of publication is the same for every sentence of the
	// document: it is computed once.
	if !sc.pubDaySet || !sc.pubDayOf.Equal(published) || sc.pubDayOf.Location() != published.Location() {
		sc.pubDay, sc.pubDayOf, sc.pubDaySet = f.truncDay(), published, true
	}
	f.pd = sc.pubDay
	f.trig = timexTriggers()
	for i := 0; i < len(f.toks); {
		// A word that is no number and has no trigger's shape, most
		// words, starts nothing (see match).
		if t := &f.toks[i]; t.End > t.Start && !isDigit(lower[t.Start]) && !f.trig.shapes.mayHave(lower[t.Start:t.End]) {
			i++
			continue
		}
		if n := f.match(i); n > 0 {
			// The match may start before i ("last Tuesday"); go on after
			// its end.
			i = f.out[len(f.out)-1].End
			continue
		}
		i++
	}
	sc.timeBuf = f.out[:0]
	return sc.timeSlab.copyOf(f.out, sc.tokLeft/50+2)
}

func (f *timexFinder) add(start, end int, v time.Time, p Precision, relative bool) int {
	t := Timex{Start: start, End: end, Precision: p, Relative: relative}
	t.Text = f.s.Text[f.toks[start].Start-f.s.Start : f.toks[end-1].End-f.s.Start]
	if !relative {
		t.Value, t.Resolved = v, true
	} else if !f.pub.IsZero() {
		t.Value, t.Resolved = v, true
	}
	f.out = append(f.out, t)
	return end - start
}

// day returns the publication date truncated to the day.
func (f *timexFinder) day() time.Time { return f.pd }

// truncDay computes day's value.
func (f *timexFinder) truncDay() time.Time {
	if f.pub.IsZero() {
		return time.Time{}
	}
	y, m, d := f.pub.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// month returns the month number of token i when it is a month name used
// as one ("May" the modal and "march" the verb are not).
func (f *timexFinder) month(i int) int {
	w := f.low(i)
	m, ok := monthNames()[w]
	if !ok {
		return 0
	}
	t := &f.toks[i]
	if !startsUpper(t.Text) {
		return 0
	}
	if w == "may" || w == "march" || w == "jan" || w == "mar" || w == "sep" || w == "dec" {
		// Ambiguous words need a date context: a number next to them or a
		// preposition before them.
		if !(isNumberTok(f.low(i+1)) || isNumberTok(f.low(i-1)) || isYear(f.low(i+1)) || isTimePrep(f.low(i-1))) {
			return 0
		}
	}
	return m
}

func isTimePrep(w string) bool {
	switch w {
	case "in", "since", "until", "till", "by", "from", "of", "during", "before", "after", "last", "next", "this", "early", "late", "mid", "through", "throughout":
		return true
	}
	return false
}

// isNumberTok reports a day-of-month number, possibly with an ordinal
// suffix ("3", "3rd", "21st").
func isNumberTok(w string) bool { _, ok := dayNum(w); return ok }

func dayNum(w string) (int, bool) {
	w = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(w, "st"), "nd"), "rd"), "th")
	if len(w) == 0 || len(w) > 2 {
		return 0, false
	}
	n, ok := atoi(w)
	if !ok || n < 1 || n > 31 {
		return 0, false
	}
	return n, true
}

func isYear(w string) bool { _, ok := yearNum(w); return ok }

func yearNum(w string) (int, bool) {
	if len(w) != 4 {
		return 0, false
	}
	for i := 0; i < 4; i++ {
		if !isDigit(w[i]) {
			return 0, false
		}
	}
	n, _ := atoi(w)
	if n < 1900 || n > 2100 {
		return 0, false
	}
	return n, true
}

// nearestYear picks the year for a month (and day) given without one: the
// occurrence nearest to the publication date.
func (f *timexFinder) nearestYear(m, d int) time.Time {
	if f.pub.IsZero() {
		return time.Time{}
	}
	y := f.pub.Year()
	best := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	pd := f.day()
	for _, yy := range []int{y - 1, y + 1} {
		c := time.Date(yy, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		if absDur(c.Sub(pd)) < absDur(best.Sub(pd)) {
			best = c
		}
	}
	return best
}

func absDur(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}

// match tries every rule at token i and returns the tokens consumed.
func (f *timexFinder) match(i int) int {
	w := f.low(i)
	if w == "" {
		return 0
	}
	// A number can only start a date, a year or "3 days ago"; a word
	// only when it is a trigger, and only the rules of its kind (month,
	// weekday) read it.
	digit := isDigit(w[0])
	var kind uint8
	if !digit {
		if kind = f.trig.kind(w); kind == 0 {
			return 0
		}
	}
	// ISO date 2023-03-03.
	if digit && len(w) == 10 && w[4] == '-' && w[7] == '-' {
		if t, err := time.Parse("2006-01-02", w); err == nil {
			return f.add(i, i+1, t, Day, false)
		}
	}
	// Numeric dates 3/3/2023, 03.03.2023.
	if !digit {
		// (Neither a numeric date nor a day or year number.)
	} else if n := f.numericDate(i, w); n > 0 {
		return n
	}
	// "mid-March".
	if strings.HasPrefix(w, "mid-") {
		if m, ok := monthNames()[w[4:]]; ok {
			v := f.nearestYear(m, 15)
			if y, ok := yearNum(f.low(i + 1)); ok {
				return f.add(i, i+2, time.Date(y, time.Month(m), 15, 0, 0, 0, 0, time.UTC), Month, false)
			}
			return f.add(i, i+1, v, Month, true)
		}
	}
	// Month-first: "March 3, 2023", "March 3", "March 2023", "March".
	if kind&trigMonth == 0 {
		// (No month name.)
	} else if m := f.month(i); m > 0 {
		j := i + 1
		if d, ok := dayNum(f.low(j)); ok {
			j++
			k := j
			if f.low(k) == "," {
				k++
			}
			if y, ok := yearNum(f.low(k)); ok {
				return f.add(f.startWithMod(i), k+1, time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC), Day, false)
			}
			return f.add(f.startWithMod(i), j, f.nearestYear(m, d), Day, true)
		}
		k := j
		if f.low(k) == "," || f.low(k) == "of" {
			k++
		}
		if y, ok := yearNum(f.low(k)); ok {
			return f.add(f.startWithMod(i), k+1, time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC), Month, false)
		}
		start := f.startWithMod(i)
		v := f.nearestYear(m, 1)
		if !f.pub.IsZero() {
			switch f.low(i - 1) {
			case "last":
				v = time.Date(f.pub.Year(), time.Month(m), 1, 0, 0, 0, 0, time.UTC)
				if !v.Before(f.day()) || v.Month() == f.pub.Month() {
					v = v.AddDate(-1, 0, 0)
				}
			case "next":
				v = time.Date(f.pub.Year(), time.Month(m), 1, 0, 0, 0, 0, time.UTC)
				if !v.After(f.day()) {
					v = v.AddDate(1, 0, 0)
				}
			}
		}
		return f.add(start, j, v, Month, true)
	}
	// Day-first: "3 March 2023", "3rd of March", "3 March".
	if !digit {
		// (No day number.)
	} else if d, ok := dayNum(w); ok {
		j := i + 1
		if f.low(j) == "of" {
			j++
		}
		if m, ok2 := monthNames()[f.low(j)]; ok2 && startsUpper(f.toks[j].Text) {
			k := j + 1
			if f.low(k) == "," {
				k++
			}
			if y, ok := yearNum(f.low(k)); ok {
				return f.add(i, k+1, time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC), Day, false)
			}
			return f.add(i, j+1, f.nearestYear(m, d), Day, true)
		}
	}
	// A year after a preposition: "in 2023".
	if !digit {
		// (No year.)
	} else if y, ok := yearNum(w); ok && isTimePrep(f.low(i-1)) && f.low(i-1) != "last" && f.low(i-1) != "next" {
		return f.add(i, i+1, time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), Year, false)
	}
	pd := f.day()
	switch w {
	case "yesterday":
		return f.add(i, i+1, addDays(pd, -1), Day, true)
	case "today", "tonight":
		return f.add(i, i+1, pd, Day, true)
	case "tomorrow":
		return f.add(i, i+1, addDays(pd, 1), Day, true)
	case "the":
		if f.low(i+1) == "day" && f.low(i+2) == "before" && f.low(i+3) == "yesterday" {
			return f.add(i, i+4, addDays(pd, -2), Day, true)
		}
		if f.low(i+1) == "weekend" {
			// "over the weekend": the last weekend before publication.
			return f.add(i, i+2, f.lastSaturday(pd), Week, true)
		}
	case "last":
		if f.low(i+1) == "night" {
			return f.add(i, i+2, addDays(pd, -1), Day, true)
		}
	case "this":
		switch f.low(i + 1) {
		case "morning", "afternoon", "evening":
			return f.add(i, i+2, pd, Day, true)
		}
	}
	// Weekdays: "on Tuesday", "last Tuesday", "next Tuesday".
	if kind&trigWeekday == 0 {
		// (No weekday name.)
	} else if wd, ok := weekdayNames()[w]; ok && startsUpper(f.toks[i].Text) {
		start := i
		dir := -1
		switch f.low(i - 1) {
		case "last", "past":
			start = i - 1
		case "next", "coming":
			start, dir = i-1, 1
		case "this":
			start, dir = i-1, 0
		}
		var v time.Time
		if !pd.IsZero() {
			diff := int(wd) - int(pd.Weekday())
			switch dir {
			case -1:
				if diff > 0 {
					diff -= 7
				}
				if diff == 0 && start != i {
					diff = -7
				}
			case 1:
				if diff <= 0 {
					diff += 7
				}
			}
			v = addDays(pd, diff)
		}
		return f.add(start, i+1, v, Day, true)
	}
	// "last week", "next month", "this year", "earlier this month".
	if n := f.relativePeriod(i, w, pd); n > 0 {
		return n
	}
	// "a few days ago", "three weeks ago", "two years ago".
	if n := f.ago(i, w, pd); n > 0 {
		return n
	}
	return 0
}

// startWithMod includes "early", "mid", "late" before a month.
func (f *timexFinder) startWithMod(i int) int {
	switch f.low(i - 1) {
	case "early", "mid", "late", "mid-":
		return i - 1
	}
	return i
}

func addDays(t time.Time, n int) time.Time {
	if t.IsZero() {
		return t
	}
	return t.AddDate(0, 0, n)
}

func (f *timexFinder) numericDate(i int, w string) int {
	slashes, dots := 0, 0
	for k := 0; k < len(w); k++ {
		switch w[k] {
		case '/':
			slashes++
		case '.':
			dots++
		}
	}
	sep := byte(0)
	if slashes == 2 {
		sep = '/'
	} else if dots == 2 && len(w) >= 8 {
		sep = '.'
	}
	if sep == 0 {
		return 0
	}
	parts := strings.Split(w, string(sep))
	a, ok1 := atoi(parts[0])
	b, ok2 := atoi(parts[1])
	y, ok3 := atoi(parts[2])
	if !ok1 || !ok2 || !ok3 || len(parts[2]) != 4 {
		return 0
	}
	m, d := a, b
	if sep == '.' || a > 12 {
		m, d = b, a
	}
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return 0
	}
	return f.add(i, i+1, time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC), Day, false)
}

func (f *timexFinder) relativePeriod(i int, w string, pd time.Time) int {
	start := i
	j := i
	shift := 0 // -1 last, +1 next, 0 this
	switch w {
	case "earlier", "later":
		if f.low(i+1) != "this" {
			return 0
		}
		j = i + 1
	case "last", "past", "previous":
		shift = -1
	case "next", "coming":
		shift = 1
	case "this", "the":
		if w == "the" && f.low(i+1) != "past" && f.low(i+1) != "coming" {
			return 0
		}
		if w == "the" {
			j = i + 1
			if f.low(j) == "past" {
				shift = -1
			} else {
				shift = 1
			}
		}
	default:
		return 0
	}
	unit := f.low(j + 1)
	var v time.Time
	var p Precision
	switch unit {
	case "week":
		p = Week
		v = addDays(pd, 7*shift)
	case "month":
		p = Month
		if !pd.IsZero() {
			v = time.Date(pd.Year(), pd.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, shift, 0)
		}
	case "year":
		p = Year
		if !pd.IsZero() {
			v = time.Date(pd.Year()+shift, 1, 1, 0, 0, 0, 0, time.UTC)
		}
	case "weekend":
		p = Week
		v = f.lastSaturday(pd)
		if shift > 0 || w == "this" && !pd.IsZero() && pd.Weekday() >= time.Monday && pd.Weekday() <= time.Thursday {
			v = addDays(v, 7) // the coming weekend
		}
	default:
		return 0
	}
	return f.add(start, j+2, v, p, true)
}

func (f *timexFinder) ago(i int, w string, pd time.Time) int {
	// Forms: N unit ago; a few unit ago; a couple of unit ago. "ago" is
	// at most four tokens on.
	if f.low(i+1) != "ago" && f.low(i+2) != "ago" && f.low(i+3) != "ago" && f.low(i+4) != "ago" {
		return 0
	}
	j := i
	n := 0
	vague := false
	if v, ok := atoi(w); ok && v > 0 && v < 10000 {
		n = v
		j = i + 1
	} else if v, ok := numberWords()[w]; ok {
		n = v
		j = i + 1
		if w == "a" || w == "an" {
			switch f.low(j) {
			case "few":
				n, vague = 3, true
				j++
			case "couple":
				n = 2
				j++
				if f.low(j) == "of" {
					j++
				}
			}
		} else if w == "few" || w == "several" {
			vague = true
		}
	} else {
		return 0
	}
	unit := f.low(j)
	if f.low(j+1) != "ago" {
		return 0
	}
	var v time.Time
	var p Precision
	switch strings.TrimSuffix(unit, "s") {
	case "day":
		p = Day
		if vague {
			p = Week
		}
		v = addDays(pd, -n)
	case "week":
		p = Week
		v = addDays(pd, -7*n)
	case "month":
		p = Month
		if !pd.IsZero() {
			v = pd.AddDate(0, -n, 0)
		}
	case "year":
		p = Year
		if !pd.IsZero() {
			v = pd.AddDate(-n, 0, 0)
		}
	default:
		return 0
	}
	return f.add(i, j+2, v, p, true)
}

// atoi parses a short unsigned decimal number without allocating.
func atoi(s string) (int, bool) {
	if s == "" || len(s) > 9 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

// wordSet is a set of words with a quick first test: most words are
// ruled out by their first byte, length and last byte alone. The test
// reads bytes&31, the same for an ASCII letter in either case, so it also
// screens a word that is looked up in lower case (see isInterjection).
type wordSet struct {
	words map[string]struct{}
	// shape has bit last&31 of entry [first&31][len] set when a word of
	// len bytes (31 for longer ones) starts with first and ends with last.
	shape [32][32]uint32
}

// newWordSet returns the set of the words of m.
func newWordSet(m map[string]struct{}) *wordSet {
	t := &wordSet{words: m}
	for w := range m {
		f, n, bit := shapeOf(w)
		t.shape[f][n] |= bit
	}
	return t
}

// shapeOf returns the shape entry and bit of a non-empty word.
func shapeOf(w string) (first, n int, bit uint32) {
	return int(w[0] & 31), min(len(w), 31), 1 << (w[len(w)-1] & 31)
}

// mayHave reports whether a non-empty w has the shape of a word of the
// set, in any case: false rules it out.
func (t *wordSet) mayHave(w string) bool {
	f, n, bit := shapeOf(w)
	return t.shape[f][n]&bit != 0
}

// has reports whether w is in the set, looking in the map only when w
// has the shape of one of its words.
func (t *wordSet) has(w string) bool {
	if w == "" || !t.mayHave(w) {
		return false
	}
	_, ok := t.words[w]
	return ok
}

// timexTriggers are the words that can start a time expression (besides
// numbers).
var timexTriggers = sync.OnceValue(func() *triggerSet {
	m := setOf(`yesterday today tonight tomorrow the this earlier later last past previous next
		mid-january mid-february mid-march mid-april mid-may mid-june mid-july mid-august
		mid-september mid-october mid-november mid-december
		coming early late mid mid- a an few several couple`)
	kinds := make(map[string]uint8, len(m))
	for w := range m {
		kinds[w] |= trigOther
	}
	for w := range monthNames() {
		m[w] = struct{}{}
		kinds[w] |= trigMonth
	}
	for w := range weekdayNames() {
		m[w] = struct{}{}
		kinds[w] |= trigWeekday
	}
	for w := range numberWords() {
		m[w] = struct{}{}
		kinds[w] |= trigOther
	}
	return &triggerSet{shapes: newWordSet(m), kinds: kinds}
})

// triggerSet holds the words that can start a time expression, each
// with its kind: the rules that can read it.
type triggerSet struct {
	shapes *wordSet // the same words, for the quick first test
	kinds  map[string]uint8
}

// Kinds of trigger words (bits).
const (
	trigMonth   = 1 << iota // a key of monthNames
	trigWeekday             // a key of weekdayNames
	trigOther               // any other trigger
)

// kind returns the kind of a non-empty word, 0 when it is no trigger.
func (t *triggerSet) kind(w string) uint8 {
	if !t.shapes.mayHave(w) {
		return 0
	}
	return t.kinds[w]
}

// lastSaturday returns the Saturday on or before d (zero for zero).
func (f *timexFinder) lastSaturday(d time.Time) time.Time {
	if d.IsZero() {
		return d
	}
	back := (int(d.Weekday()) + 1) % 7 // Saturday=0 days back
	return addDays(d, -back)
}
