package actor

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

// Lint checks dictionary files (built-in ones when paths is empty) and
// returns their problems: malformed lines, unreadable files, duplicates,
// conflicting codes, overlapping date ranges and entries that can never
// match. Files are checked together, so a phrase defined in two files is
// a conflict too.
func Lint(paths []string) []Problem {
	d := newDictionary()
	var probs []Problem
	if len(paths) == 0 {
		p, err := d.loadBuiltin()
		probs = append(probs, p...)
		if err != nil {
			probs = append(probs, Problem{File: "built-in", Kind: "unreadable", Message: err.Error()})
		}
	}
	for _, p := range paths {
		ps, err := d.loadFile(p)
		probs = append(probs, ps...)
		if err != nil {
			probs = append(probs, Problem{File: p, Kind: "unreadable", Message: err.Error()})
		}
	}
	probs = append(probs, lintEntries(d.entries)...)
	sort.SliceStable(probs, func(i, j int) bool {
		if probs[i].File != probs[j].File {
			return probs[i].File < probs[j].File
		}
		return probs[i].Line < probs[j].Line
	})
	return probs
}

var (
	earliest = time.Date(1800, 1, 1, 0, 0, 0, 0, time.UTC)
	latest   = time.Date(2200, 1, 1, 0, 0, 0, 0, time.UTC)
)

func splitRule(rule string) (string, int) {
	i := strings.LastIndexByte(rule, ':')
	if i < 0 {
		return rule, 0
	}
	n := 0
	fmt.Sscanf(rule[i+1:], "%d", &n)
	return rule[:i], n
}

func kindClass(k Kind) string {
	if k == KindAgent {
		return "agent"
	}
	return "actor"
}

func lintEntries(entries []*Entry) []Problem {
	var probs []Problem
	add := func(e *Entry, kind, format string, args ...any) {
		f, l := splitRule(e.Rule)
		probs = append(probs, Problem{File: f, Line: l, Kind: kind, Message: fmt.Sprintf(format, args...)})
	}
	byKey := map[string][]*Entry{}
	var order []string
	for _, e := range entries {
		if !e.From.IsZero() && e.From.Before(earliest) || !e.To.IsZero() && e.To.After(latest) ||
			!e.From.IsZero() && e.From.After(latest) || !e.To.IsZero() && e.To.Before(earliest) {
			add(e, "unreachable", "phrase %q: date range %s..%s lies outside any news", e.Phrase, fmtDate(e.From), fmtDate(e.To))
		}
		k := strings.Join(e.keys, " ")
		if _, ok := byKey[k]; !ok {
			order = append(order, k)
		}
		byKey[k] = append(byKey[k], e)
	}
	for _, k := range order {
		es := byKey[k]
		if len(es) < 2 {
			continue
		}
		// The matcher keeps the entries of the first kind of a phrase
		// (user entries first): entries of another kind never match.
		first := es[0]
		for _, e := range es {
			if e.User {
				first = e
				break
			}
		}
		for j, e := range es {
			if e.User == first.User && kindClass(e.Kind) != kindClass(first.Kind) {
				add(e, "unreachable", "phrase %q as %s is shadowed by the %s entry at %s", e.Phrase, e.Kind, first.Kind, first.Rule)
				continue
			}
			for _, o := range es[:j] {
				if o.Rule == e.Rule || kindClass(o.Kind) != kindClass(e.Kind) || o.User != e.User {
					continue
				}
				dated := !e.From.IsZero() || !e.To.IsZero() || !o.From.IsZero() || !o.To.IsZero()
				n := len(probs)
				switch {
				case o.Code == e.Code && o.From.Equal(e.From) && o.To.Equal(e.To):
					add(e, "duplicate", "phrase %q = %s already defined at %s", e.Phrase, e.Code, o.Rule)
				case o.Code != e.Code && !dated && !o.Default && !e.Default:
					add(e, "conflict", "phrase %q = %s, but %s gives %s", e.Phrase, e.Code, o.Rule, o.Code)
				case o.Code != e.Code && dated && !o.Default && !e.Default && overlaps(o, e):
					add(e, "overlap", "phrase %q = %s %s..%s overlaps %s %s..%s at %s", e.Phrase, e.Code,
						fmtDate(e.From), fmtDate(e.To), o.Code, fmtDate(o.From), fmtDate(o.To), o.Rule)
				}
				if len(probs) > n {
					break // one finding per entry
				}
			}
		}
	}
	return probs
}

// overlaps reports whether two entries' date ranges share a day.
func overlaps(a, b *Entry) bool {
	aFrom, aTo := a.From, a.To
	bFrom, bTo := b.From, b.To
	if aFrom.IsZero() {
		aFrom = earliest
	}
	if bFrom.IsZero() {
		bFrom = earliest
	}
	if aTo.IsZero() {
		aTo = latest
	}
	if bTo.IsZero() {
		bTo = latest
	}
	return !aTo.Before(bFrom) && !bTo.Before(aFrom)
}
