// Package plover holds the PLOVER event ontology as data: the 16 event
// types with their modes, the contexts, and Herald's CAMEO-to-PLOVER
// crosswalk (a type, mode and contexts for every code in package cameo).
//
// The tables are written by the Herald project from the PLOVER manual
// (Open Event Data Alliance, draft 2.0, 2024) and embedded in the binary.
// They are parsed once, on first use, and never mutated; every function
// returns copies. See docs/ONTOLOGY.md for how the crosswalk was built.
package plover

import (
	"bufio"
	_ "embed"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/heraldevents/herald/cameo"
)

// Type is one PLOVER event type.
type Type struct {
	// Name is the type's name in upper case ("CONSULT").
	Name string
	// Modes are the type's modes in the manual's order (may be empty).
	Modes []string
	// Description summarises the manual's definition.
	Description string
	// QuadClass is 1 verbal cooperation, 2 material cooperation,
	// 3 verbal conflict, 4 material conflict.
	QuadClass int
	// RequiresRecipient is true for types that need a recipient (target).
	RequiresRecipient bool
}

// HasMode reports whether mode is one of t's modes.
func (t Type) HasMode(mode string) bool { return slices.Contains(t.Modes, mode) }

// Mapping is the PLOVER reading of one CAMEO code.
type Mapping struct {
	// Type is the PLOVER event type ("CONSULT").
	Type string
	// Mode is the PLOVER mode ("phone"), or "".
	Mode string
	// Context lists PLOVER contexts ("diplomatic"), possibly none.
	Context []string
	// Dropped is true for CAMEO categories that the PLOVER manual drops
	// (roots 01 "make public statement" and 02 "appeal"); Type is then
	// Herald's nearest category, documented in docs/ONTOLOGY.md.
	Dropped bool
}

//go:embed types.tsv
var typesTSV string

//go:embed contexts.txt
var contextsTXT string

//go:embed crosswalk.tsv
var crosswalkTSV string

// tables holds the parsed, immutable data.
type tables struct {
	types    []Type
	byName   map[string]Type
	contexts []string
	ctxSet   map[string]bool
	cross    map[string]Mapping
}

// load parses the embedded tables once. A parse error is a build defect
// (the tests assert there is none) and is reported by Err, never a panic.
var load = sync.OnceValues(func() (*tables, error) {
	return parseAll(typesTSV, contextsTXT, crosswalkTSV)
})

// dataLines yields the non-blank, non-comment lines of s with their numbers.
func dataLines(s string, fn func(n int, line string) error) error {
	sc := bufio.NewScanner(strings.NewReader(s))
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), " \r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		if err := fn(n, line); err != nil {
			return err
		}
	}
	return sc.Err()
}

// splitList splits a comma-separated list, dropping empty items.
func splitList(s string) []string {
	var out []string
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

func parseAll(typesData, ctxData, crossData string) (*tables, error) {
	t := &tables{byName: map[string]Type{}, ctxSet: map[string]bool{}, cross: map[string]Mapping{}}
	err := dataLines(typesData, func(n int, line string) error {
		f := strings.Split(line, "\t")
		if len(f) != 5 {
			return fmt.Errorf("types line %d: want 5 tab-separated fields, got %d", n, len(f))
		}
		q, err := strconv.Atoi(f[1])
		if err != nil || q < 1 || q > 4 {
			return fmt.Errorf("types line %d: bad quad class %q", n, f[1])
		}
		ty := Type{Name: f[0], QuadClass: q, RequiresRecipient: f[2] == "yes",
			Modes: splitList(f[3]), Description: f[4]}
		if _, dup := t.byName[ty.Name]; dup {
			return fmt.Errorf("types line %d: duplicate type %s", n, ty.Name)
		}
		t.byName[ty.Name] = ty
		t.types = append(t.types, ty)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("plover types: %w", err)
	}
	err = dataLines(ctxData, func(n int, line string) error {
		c := strings.TrimSpace(line)
		if t.ctxSet[c] {
			return fmt.Errorf("contexts line %d: duplicate %q", n, c)
		}
		t.ctxSet[c] = true
		t.contexts = append(t.contexts, c)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("plover contexts: %w", err)
	}
	err = dataLines(crossData, func(n int, line string) error {
		f := strings.Split(line, "\t")
		if len(f) < 2 || len(f) > 5 {
			return fmt.Errorf("crosswalk line %d: want 2 to 5 tab-separated fields, got %d", n, len(f))
		}
		for len(f) < 5 {
			f = append(f, "")
		}
		code := strings.TrimSpace(f[0])
		ty, ok := t.byName[f[1]]
		if !ok {
			return fmt.Errorf("crosswalk line %d: unknown type %q", n, f[1])
		}
		m := Mapping{Type: ty.Name, Mode: strings.TrimSpace(f[2]), Context: splitList(f[3])}
		if m.Mode != "" && !ty.HasMode(m.Mode) {
			return fmt.Errorf("crosswalk line %d: %s has no mode %q", n, ty.Name, m.Mode)
		}
		for _, c := range m.Context {
			if !t.ctxSet[c] {
				return fmt.Errorf("crosswalk line %d: unknown context %q", n, c)
			}
		}
		switch strings.TrimSpace(f[4]) {
		case "":
		case "dropped":
			m.Dropped = true
		default:
			return fmt.Errorf("crosswalk line %d: unknown flag %q", n, f[4])
		}
		if _, dup := t.cross[code]; dup {
			return fmt.Errorf("crosswalk line %d: duplicate code %s", n, code)
		}
		t.cross[code] = m
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("plover crosswalk: %w", err)
	}
	return t, nil
}

// Err reports whether the embedded tables failed to load. It is nil in any
// correctly built binary; the package tests assert that.
func Err() error {
	_, err := load()
	return err
}

// copyType returns a deep copy of t.
func copyType(t Type) Type {
	t.Modes = slices.Clone(t.Modes)
	return t
}

// Types returns the 16 PLOVER event types in the manual's order
// (AGREE ... ASSAULT), as fresh copies.
func Types() []Type {
	t, err := load()
	if err != nil {
		return nil
	}
	out := make([]Type, len(t.types))
	for i, ty := range t.types {
		out[i] = copyType(ty)
	}
	return out
}

// LookupType returns the type called name (case-insensitive; older GSR
// names are normalised first, see Normalize).
func LookupType(name string) (Type, bool) {
	t, err := load()
	if err != nil {
		return Type{}, false
	}
	ty, ok := t.byName[Normalize(name)]
	if !ok {
		return Type{}, false
	}
	return copyType(ty), true
}

// Contexts returns the PLOVER contexts in the manual's order, written with
// underscores ("political_institutions").
func Contexts() []string {
	t, err := load()
	if err != nil {
		return nil
	}
	return slices.Clone(t.contexts)
}

// ValidContext reports whether c is a PLOVER context.
func ValidContext(c string) bool {
	t, err := load()
	if err != nil {
		return false
	}
	return t.ctxSet[c]
}

// FromCAMEO returns the PLOVER reading of a CAMEO code. A code missing from
// the crosswalk falls back to its 3-digit parent and then to its root
// ("0411" -> "041" -> "04"). The boolean is false when not even the root is
// known.
func FromCAMEO(code string) (Mapping, bool) {
	t, err := load()
	if err != nil {
		return Mapping{}, false
	}
	for c := strings.TrimSpace(code); c != ""; c = cameo.Parent(c) {
		if m, ok := t.cross[c]; ok {
			m.Context = slices.Clone(m.Context)
			return m, true
		}
	}
	return Mapping{}, false
}

// successor maps an older PLOVER type name (v0.5, used in the 2016 gold
// standard records) to the current name where exactly one exists.
func successor(name string) (string, bool) {
	switch name {
	case "DEMAND":
		return "REQUEST", true
	case "DISAPPROVE", "INVESTIGATE":
		return "ACCUSE", true
	case "FIGHT":
		return "ASSAULT", true
	}
	return "", false
}

// Normalize returns the current PLOVER type name for name: it upper-cases
// and trims name, and maps older (v0.5 GSR) names to their successor
// (DEMAND -> REQUEST, DISAPPROVE and INVESTIGATE -> ACCUSE,
// FIGHT -> ASSAULT). It returns "" for a name that is neither a current
// type nor an older name with a single successor (YIELD, split into
// CONCEDE and RETREAT, has none).
func Normalize(name string) string {
	n := strings.ToUpper(strings.TrimSpace(name))
	if s, ok := successor(n); ok {
		return s
	}
	t, err := load()
	if err != nil {
		return ""
	}
	if _, ok := t.byName[n]; ok {
		return n
	}
	return ""
}

// renameMode maps a (current type, v0.5 mode) pair to the current pair.
func renameMode(typ, mode string) (string, string) {
	switch typ + "/" + mode {
	case "ASSAULT/assassinate":
		return "ASSAULT", "targeted"
	case "COERCE/detain":
		return "COERCE", "arrest"
	case "COERCE/confiscate":
		return "COERCE", "seize"
	case "COERCE/destroy":
		return "ASSAULT", "destroy"
	case "ASSAULT/deport":
		return "COERCE", "deport"
	case "CONSULT/host":
		return "CONSULT", "visit"
	case "PROTEST/demo-org", "PROTEST/demo-spon":
		return "PROTEST", "demo"
	case "PROTEST/riot-org", "PROTEST/riot-spon":
		return "PROTEST", "riot"
	case "PROTEST/strike-gen", "PROTEST/strike-lim":
		return "PROTEST", "strike"
	case "PROTEST/strike-hun", "PROTEST/hunger-strike":
		return "PROTEST", "hunger"
	}
	return typ, mode
}

// NormalizeEvent maps an older (v0.5 GSR) type and mode pair to the current
// type and mode: it applies Normalize to the type, gives the mode implied
// by a renamed type (INVESTIGATE -> ACCUSE investigate, DISAPPROVE ->
// ACCUSE disapprove) when none is given, and renames old modes
// (FIGHT assassinate -> ASSAULT targeted, COERCE detain -> COERCE arrest,
// PROTEST strike-hun -> PROTEST hunger, ...). A mode the current type does
// not have is returned as "". The type is "" when Normalize gives "".
func NormalizeEvent(typ, mode string) (string, string) {
	old := strings.ToUpper(strings.TrimSpace(typ))
	n := Normalize(old)
	if n == "" {
		return "", ""
	}
	m := strings.ToLower(strings.TrimSpace(mode))
	if m == "" {
		switch old {
		case "INVESTIGATE":
			m = "investigate"
		case "DISAPPROVE":
			m = "disapprove"
		}
	}
	n, m = renameMode(n, m)
	if ty, ok := LookupType(n); !ok || (m != "" && !ty.HasMode(m)) {
		m = ""
	}
	return n, m
}
