// Package cameo holds the CAMEO 1.1b3 event ontology as data: every root,
// 3-digit and 4-digit event code with its name, Goldstein (1992) score,
// quad class and root.
//
// The table is written by the Herald project from the public facts of the
// CAMEO codebook and embedded in the binary (codes.tsv). It is parsed once,
// on first use, and never mutated afterwards; every function returns copies.
package cameo

import (
	"bufio"
	_ "embed"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// Quad classes: the four-way grouping of CAMEO roots.
const (
	// VerbalCooperation covers roots 01-05.
	VerbalCooperation = 1
	// MaterialCooperation covers roots 06-09.
	MaterialCooperation = 2
	// VerbalConflict covers roots 10-14.
	VerbalConflict = 3
	// MaterialConflict covers roots 15-20.
	MaterialConflict = 4
)

// Code is one CAMEO event code.
type Code struct {
	// Code is the code as written in the codebook: "04", "041", "1056".
	Code string
	// Root is the 2-digit root of the code ("04" for "041").
	Root string
	// Name is the codebook name ("Discuss by telephone").
	Name string
	// Goldstein is the code's score on the Goldstein (1992) scale,
	// from -10 (most conflictual) to +10 (most cooperative).
	Goldstein float64
	// QuadClass is 1 verbal cooperation, 2 material cooperation,
	// 3 verbal conflict, 4 material conflict.
	QuadClass int
}

// IsRoot reports whether c is one of the 20 two-digit roots.
func (c Code) IsRoot() bool { return len(c.Code) == 2 }

// Parent returns the code one level up: the 3-digit code for a 4-digit
// code, the root for a 3-digit code, and "" for a root.
func (c Code) Parent() string { return Parent(c.Code) }

//go:embed codes.tsv
var codesTSV string

// table is the parsed, immutable code table.
type table struct {
	byCode map[string]Code
	all    []Code // sorted by code string
	roots  []Code // sorted
}

// load parses the embedded table exactly once. The embedded data is ours
// and tested, so a parse error is a build defect; it is kept as an error
// value (reported by Err) rather than a panic.
var load = sync.OnceValues(func() (*table, error) {
	return parse(codesTSV)
})

// parse reads the TSV code table.
func parse(data string) (*table, error) {
	t := &table{byCode: make(map[string]Code)}
	sc := bufio.NewScanner(strings.NewReader(data))
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		f := strings.Split(text, "\t")
		if len(f) != 3 {
			return nil, fmt.Errorf("cameo table line %d: want 3 tab-separated fields, got %d", line, len(f))
		}
		code := strings.TrimSpace(f[0])
		if !wellFormed(code) {
			return nil, fmt.Errorf("cameo table line %d: malformed code %q", line, code)
		}
		g, err := strconv.ParseFloat(strings.TrimSpace(f[1]), 64)
		if err != nil {
			return nil, fmt.Errorf("cameo table line %d: goldstein: %w", line, err)
		}
		if g < -10 || g > 10 {
			return nil, fmt.Errorf("cameo table line %d: goldstein %v out of [-10,10]", line, g)
		}
		if _, dup := t.byCode[code]; dup {
			return nil, fmt.Errorf("cameo table line %d: duplicate code %q", line, code)
		}
		root := code[:2]
		q := quadOf(root)
		if q == 0 {
			return nil, fmt.Errorf("cameo table line %d: root %q out of 01..20", line, root)
		}
		c := Code{Code: code, Root: root, Name: strings.TrimSpace(f[2]), Goldstein: g, QuadClass: q}
		t.byCode[code] = c
		t.all = append(t.all, c)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("cameo table: %w", err)
	}
	for _, c := range t.all {
		if p := c.Parent(); p != "" {
			if _, ok := t.byCode[p]; !ok {
				return nil, fmt.Errorf("cameo table: code %s has no parent %s", c.Code, p)
			}
		}
	}
	sort.Slice(t.all, func(i, j int) bool { return t.all[i].Code < t.all[j].Code })
	for _, c := range t.all {
		if c.IsRoot() {
			t.roots = append(t.roots, c)
		}
	}
	return t, nil
}

// wellFormed reports whether s is 2 to 4 ASCII digits.
func wellFormed(s string) bool {
	if len(s) < 2 || len(s) > 4 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// quadOf returns the quad class of a 2-digit root, or 0 if it is not one.
func quadOf(root string) int {
	n, err := strconv.Atoi(root)
	if err != nil {
		return 0
	}
	switch {
	case n >= 1 && n <= 5:
		return VerbalCooperation
	case n >= 6 && n <= 9:
		return MaterialCooperation
	case n >= 10 && n <= 14:
		return VerbalConflict
	case n >= 15 && n <= 20:
		return MaterialConflict
	}
	return 0
}

// Err reports whether the embedded table failed to load. It is nil in any
// correctly built binary; the package tests assert that.
func Err() error {
	_, err := load()
	return err
}

// Lookup returns the code's entry. Surrounding space is ignored.
func Lookup(code string) (Code, bool) {
	t, err := load()
	if err != nil {
		return Code{}, false
	}
	c, ok := t.byCode[strings.TrimSpace(code)]
	return c, ok
}

// Valid reports whether code is a CAMEO code in the table.
func Valid(code string) bool {
	_, ok := Lookup(code)
	return ok
}

// All returns every code (roots, 3-digit and 4-digit), sorted by code.
// The slice is a fresh copy.
func All() []Code {
	t, err := load()
	if err != nil {
		return nil
	}
	return append([]Code(nil), t.all...)
}

// Roots returns the 20 roots, "01" to "20", as a fresh slice.
func Roots() []Code {
	t, err := load()
	if err != nil {
		return nil
	}
	return append([]Code(nil), t.roots...)
}

// Children returns the codes directly below code (the 3-digit codes of a
// root, the 4-digit codes of a 3-digit code), sorted.
func Children(code string) []Code {
	t, err := load()
	if err != nil {
		return nil
	}
	var out []Code
	for _, c := range t.all {
		if c.Parent() == code {
			out = append(out, c)
		}
	}
	return out
}

// Parent returns the code one level up from code by its shape: "104" for
// "1041", "10" for "104", "" for a root or a malformed code. It does not
// check that the code exists.
func Parent(code string) string {
	switch len(code) {
	case 3, 4:
		return code[:len(code)-1]
	}
	return ""
}

// RootOf returns the 2-digit root of a well-formed code ("10" for "1056"),
// or "" if the code is malformed.
func RootOf(code string) string {
	if !wellFormed(code) {
		return ""
	}
	return code[:2]
}

// Resolve returns the entry for code, falling back to its 3-digit parent and
// then to its root when the exact code is not in the table (some coders emit
// codes such as "0110" or "1713" that CAMEO 1.1b3 does not define). The
// boolean is false when not even the root exists.
func Resolve(code string) (Code, bool) {
	code = strings.TrimSpace(code)
	for c := code; c != ""; c = Parent(c) {
		if e, ok := Lookup(c); ok {
			return e, true
		}
	}
	return Code{}, false
}
