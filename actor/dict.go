package actor

import (
	"bufio"
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"sort"
	"strings"
	"time"
)

//go:embed data/*.txt
var builtinFS embed.FS

// Kind is the kind of a dictionary entry.
type Kind string

// Entry kinds. Country-like kinds (country, adjective, capital) give a
// country; named kinds (igo, ngo, media, group, person, actor) give a
// whole actor; agents give a sector that combines with a country.
const (
	KindCountry Kind = "country" // a country or territory by name: "Syria"
	KindAdj     Kind = "adj"     // adjective or demonym: "Syrian", "Syrians"
	KindCapital Kind = "capital" // capital or seat of government used as metonym: "Damascus", "the Kremlin"
	KindIGO     Kind = "igo"     // international or regional organisation
	KindNGO     Kind = "ngo"     // non-governmental organisation
	KindMedia   Kind = "media"   // news agency or outlet: a reporting source
	KindGroup   Kind = "group"   // non-state armed group, movement or party
	KindPerson  Kind = "person"  // a person, usually with dated roles
	KindActor   Kind = "actor"   // a user actor entry (PETRARCH/TABARI actors)
	KindAgent   Kind = "agent"   // a role word or phrase: "foreign minister", "rebels"
)

var validKinds = map[Kind]bool{KindCountry: true, KindAdj: true, KindCapital: true, KindIGO: true,
	KindNGO: true, KindMedia: true, KindGroup: true, KindPerson: true, KindActor: true, KindAgent: true}

// Entry is one phrase of a dictionary with what it means.
type Entry struct {
	Kind    Kind
	Phrase  string // the phrase as written in the dictionary
	Code    string // actor code; for agents the sector code ("GOV")
	Country string // ISO 3166 alpha-3 of the actor ("" for international bodies)
	Sectors []string
	Name    string // canonical name
	Role    string
	// From and To bound the time the entry holds (inclusive); zero means open.
	From, To time.Time
	// Default marks a PETRARCH primary code used only when no dated
	// restriction of the same phrase holds.
	Default bool
	Agency  bool // news agency or outlet
	Plural  bool // the phrase is a plural form ("ministers")
	Generic bool // agent that says little of the sector ("official", "leader")
	Capital bool // matches only text written with a capital ("General", not "in general")
	// HomeDefault marks an agent's country= binding as the usual reading
	// only ("Congress" is the US Congress): pointed back to ("its
	// Congress", "the country's Congress") in a text that never names
	// that country, it is the other country's.
	HomeDefault bool
	// Courts marks a capital that is the seat of international courts
	// ("The Hague"): a court as the subject of a legal verb, else a place.
	Courts bool
	// Community marks an ethnic or religious adjective used as an agent
	// before a noun for people ("Kurdish leaders", "Moslem forces"): it
	// gives no country, and makes the forces of a community a militia.
	Community bool
	// Place marks a province or region on a country line (flags=place):
	// it gives its country to a phrase ("the government of Sindh",
	// "police in Helmand", "Idlib's governor") but alone is no actor.
	Place bool
	User  bool // from a user dictionary
	// Alt is the other country a country name or adjective may mean
	// ("Congo": COD, or COG); the text's cues decide (see Resolve).
	Alt  string
	Rule string
	keys []string
}

// holds reports whether the entry is valid at time t.
func (e *Entry) holds(t time.Time) bool {
	if !e.From.IsZero() && t.Before(e.From) {
		return false
	}
	if !e.To.IsZero() && t.After(e.To) {
		return false
	}
	return true
}

// Problem is a finding about a dictionary: a malformed line, a duplicate,
// a conflict, an overlapping date range or an entry that can never match.
type Problem struct {
	File    string
	Line    int
	Kind    string // "malformed", "duplicate", "conflict", "overlap", "unreachable", "unreadable"
	Message string
}

// String formats a problem as "file:line: kind: message".
func (p Problem) String() string {
	if p.Line > 0 {
		return fmt.Sprintf("%s:%d: %s: %s", p.File, p.Line, p.Kind, p.Message)
	}
	return fmt.Sprintf("%s: %s: %s", p.File, p.Kind, p.Message)
}

// Dictionary is a set of entries indexed by a token trie.
type Dictionary struct {
	entries  []*Entry
	trie     *trie
	discards [][]string // PETRARCH discard phrases (keys)
	// towns maps the key of a town's name to the countries that have a town
	// of that name which is also another country's capital ("Tripoli":
	// LBN), from the towns= attribute of country lines.
	towns map[string][]string
	// cues maps a country to lower-case phrases (places, leaders) whose
	// presence in a text points to it, from the cues= attribute of country
	// lines; they decide between a name's two countries (Entry.Alt).
	cues map[string][]string
}

func newDictionary() *Dictionary {
	return &Dictionary{trie: newTrie(), towns: map[string][]string{}, cues: map[string][]string{}}
}

// kindCue marks a cue phrase of a country line's cues= attribute: kept
// apart from the phrase trie.
const kindCue Kind = "cue"

// kindTown marks a town named by a country line's towns= attribute: it is
// kept apart from the phrase trie and only disambiguates capitals.
const kindTown Kind = "town"

// townCountries are the countries with a town called like the capital
// written as text.
func (d *Dictionary) townCountries(text string) []string {
	return d.towns[strings.Join(phraseKeys(text, true), " ")]
}

// Len is the number of entries.
func (d *Dictionary) Len() int { return len(d.entries) }

// Entries returns the entries in load order. The slice must not be modified.
func (d *Dictionary) Entries() []*Entry { return d.entries }

func (d *Dictionary) add(e *Entry, caseSensitive bool) bool {
	e.keys = phraseKeys(e.Phrase, caseSensitive)
	if len(e.keys) == 0 {
		return false
	}
	d.entries = append(d.entries, e)
	d.trie.insert(e.keys, len(d.entries)-1)
	return true
}

// loadFile reads one user dictionary file, detecting its format.
func (d *Dictionary) loadFile(p string) ([]Problem, error) {
	data, err := os.ReadFile(p)
	if err != nil {
		return nil, fmt.Errorf("read dictionary: %w", err)
	}
	return d.loadBytes(p, data, true)
}

// Format names of dictionary files.
const (
	FormatHerald   = "herald"
	FormatPetrarch = "petrarch"
	FormatDiscard  = "discard"
)

// DetectFormat guesses the format of a dictionary file from its name and
// first significant lines.
func DetectFormat(name string, data []byte) string {
	lname := strings.ToLower(path.Base(strings.ReplaceAll(name, "\\", "/")))
	if strings.Contains(lname, "discard") {
		return FormatDiscard
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	seen := 0
	brackets := false
	for sc.Scan() && seen < 50 {
		line := strings.TrimSpace(stripHeraldComment(sc.Text()))
		if line == "" || strings.HasPrefix(line, "<!--") {
			continue
		}
		seen++
		f := strings.Fields(line)
		if len(f) >= 3 && validKinds[Kind(f[0])] {
			return FormatHerald
		}
		if strings.Contains(line, "[") {
			brackets = true
		}
	}
	if seen > 0 && !brackets {
		return FormatDiscard
	}
	return FormatPetrarch
}

func (d *Dictionary) loadBytes(name string, data []byte, user bool) ([]Problem, error) {
	if !isText(data) {
		return nil, fmt.Errorf("dictionary %s: not a text file", name)
	}
	switch DetectFormat(name, data) {
	case FormatHerald:
		return d.loadHerald(name, bytes.NewReader(data), user)
	case FormatDiscard:
		return d.loadDiscard(name, bytes.NewReader(data))
	default:
		return d.loadPetrarch(name, bytes.NewReader(data))
	}
}

func isText(data []byte) bool {
	n := len(data)
	if n > 8192 {
		n = 8192
	}
	return !bytes.Contains(data[:n], []byte{0})
}

func stripHeraldComment(s string) string {
	if i := strings.Index(s, "#"); i >= 0 {
		return s[:i]
	}
	return s
}

// loadHerald reads the Herald line format (docs/ACTORS.md):
//
//	KIND CODE phrase | phrase | ... [; key=value]...
func (d *Dictionary) loadHerald(name string, r io.Reader, user bool) ([]Problem, error) {
	var probs []Problem
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	lineNo := 0
	loaded := 0
	for sc.Scan() {
		lineNo++
		line := strings.TrimSpace(stripHeraldComment(sc.Text()))
		if line == "" {
			continue
		}
		es, err := parseHeraldLine(line)
		if err != nil {
			probs = append(probs, Problem{File: name, Line: lineNo, Kind: "malformed", Message: err.Error()})
			continue
		}
		rule := fmt.Sprintf("%s:%d", name, lineNo)
		for _, e := range es {
			e.User = user
			e.Rule = rule
			if e.Kind == kindTown {
				k := strings.Join(phraseKeys(e.Phrase, true), " ")
				d.towns[k] = append(d.towns[k], e.Country)
				continue
			}
			if e.Kind == kindCue {
				k := strings.Join(phraseKeys(e.Phrase, false), " ")
				d.cues[e.Code] = append(d.cues[e.Code], k)
				continue
			}
			if !d.add(e, true) {
				probs = append(probs, Problem{File: name, Line: lineNo, Kind: "unreachable",
					Message: fmt.Sprintf("phrase %q has no words", e.Phrase)})
				continue
			}
			loaded++
		}
	}
	if err := sc.Err(); err != nil {
		return probs, fmt.Errorf("dictionary %s: %w", name, err)
	}
	if loaded == 0 && lineNo > 0 && len(probs) > 0 {
		return probs, fmt.Errorf("dictionary %s: no valid entry (%d problems)", name, len(probs))
	}
	return probs, nil
}

var errNoPhrase = errors.New("no phrase")

func parseHeraldLine(line string) ([]*Entry, error) {
	parts := strings.Split(line, ";")
	head := strings.Fields(parts[0])
	if len(head) < 3 {
		return nil, fmt.Errorf("want KIND CODE phrase, got %q", parts[0])
	}
	kind := Kind(head[0])
	if !validKinds[kind] {
		return nil, fmt.Errorf("unknown kind %q", head[0])
	}
	code := head[1]
	if !validCode(code) {
		return nil, fmt.Errorf("bad code %q (want upper-case letters and digits)", code)
	}
	if (kind == KindCountry || kind == KindAdj || kind == KindCapital) && len(code) != 3 {
		return nil, fmt.Errorf("%s code %q: want an ISO 3166 alpha-3 code", kind, code)
	}
	rest := strings.TrimSpace(parts[0][strings.Index(parts[0], code)+len(code):])
	var phrases []string
	for _, p := range strings.Split(rest, "|") {
		if p = strings.TrimSpace(p); p != "" {
			phrases = append(phrases, p)
		}
	}
	if len(phrases) == 0 {
		return nil, errNoPhrase
	}
	base := Entry{Kind: kind, Code: code}
	var adjs, caps, towns, cues []string
	for _, kv := range parts[1:] {
		kv = strings.TrimSpace(kv)
		if kv == "" {
			continue
		}
		k, v, ok := strings.Cut(kv, "=")
		if !ok {
			return nil, fmt.Errorf("attribute %q: want key=value", kv)
		}
		k, v = strings.TrimSpace(k), strings.TrimSpace(v)
		switch k {
		case "role":
			base.Role = v
		case "name":
			base.Name = v
		case "country":
			if !validCode(v) || len(v) != 3 {
				return nil, fmt.Errorf("bad country %q", v)
			}
			base.Country = v
		case "from", "to":
			t, err := time.Parse("2006-01-02", v)
			if err != nil {
				return nil, fmt.Errorf("bad date %q: %w", v, err)
			}
			if k == "from" {
				base.From = t
			} else {
				base.To = t
			}
		case "adj":
			adjs = append(adjs, splitList(v)...)
		case "capital":
			caps = append(caps, splitList(v)...)
		case "towns":
			towns = append(towns, splitList(v)...)
		case "cues":
			if kind != KindCountry {
				return nil, fmt.Errorf("cues= is only for country lines")
			}
			cues = append(cues, splitList(v)...)
		case "alt":
			if kind != KindCountry && kind != KindAdj || !validCode(v) || len(v) != 3 {
				return nil, fmt.Errorf("bad alt %q (a country code, on country or adj lines)", v)
			}
			base.Alt = v
		case "flags":
			for _, f := range splitList(v) {
				switch f {
				case "agency":
					base.Agency = true
				case "plural":
					base.Plural = true
				case "generic":
					base.Generic = true
				case "capital":
					base.Capital = true
				case "community":
					base.Community = true
				case "courts":
					base.Courts = true
				case "place":
					if kind != KindCountry {
						return nil, fmt.Errorf("flags=place is only for country lines")
					}
					base.Place = true
				case "default":
					base.HomeDefault = true
				case "noplural":
				default:
					return nil, fmt.Errorf("unknown flag %q", f)
				}
			}
		default:
			return nil, fmt.Errorf("unknown attribute %q", k)
		}
	}
	if !base.From.IsZero() && !base.To.IsZero() && base.To.Before(base.From) {
		return nil, fmt.Errorf("date range ends (%s) before it starts (%s)",
			base.To.Format("2006-01-02"), base.From.Format("2006-01-02"))
	}
	noPlural := strings.Contains(line, "noplural")
	fillActor(&base)
	if base.Name == "" && kind != KindAgent {
		base.Name = phrases[0]
	}
	var out []*Entry
	for _, p := range phrases {
		e := base
		e.Phrase = p
		if kind == KindMedia {
			e.Name = p
		}
		if kind == KindAgent && looksPlural(p) {
			e.Plural = true
		}
		out = append(out, &e)
		if kind == KindAgent && !noPlural && !base.Plural {
			if pl := pluralize(p); pl != p {
				e2 := base
				e2.Phrase = pl
				e2.Plural = true
				out = append(out, &e2)
			}
		}
	}
	for _, a := range adjs {
		out = append(out, &Entry{Kind: KindAdj, Phrase: a, Code: code, Country: base.Country, Name: base.Name, Sectors: base.Sectors, Alt: base.Alt})
	}
	for _, c := range caps {
		out = append(out, &Entry{Kind: KindCapital, Phrase: c, Code: code, Country: base.Country, Name: base.Name, Sectors: base.Sectors})
	}
	for _, c := range cues {
		out = append(out, &Entry{Kind: kindCue, Phrase: c, Code: code})
	}
	for _, t := range towns {
		out = append(out, &Entry{Kind: kindTown, Phrase: t, Code: code, Country: base.Country, Name: base.Name})
	}
	return out, nil
}

func splitList(v string) []string {
	var out []string
	for _, s := range strings.FieldsFunc(v, func(r rune) bool { return r == '|' || r == ',' }) {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

func validCode(c string) bool {
	if c == "" || len(c) > 24 {
		return false
	}
	for _, r := range c {
		if !(r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}

// fillActor derives Country and Sectors from the code of a non-agent entry.
func fillActor(e *Entry) {
	if e.Kind == KindAgent {
		if e.Sectors == nil {
			e.Sectors = splitSectors(e.Code)
		}
		return
	}
	if e.Country == "" && e.Kind == KindActor && len(e.Code) == 3 {
		e.Country = e.Code // a three-letter PETRARCH actor code is a country
	} else if e.Country == "" && len(e.Code) >= 3 && isCountryCode(e.Code[:3]) {
		e.Country = e.Code[:3]
		e.Sectors = splitSectors(e.Code[3:])
	} else if e.Sectors == nil && e.Country != "" && strings.HasPrefix(e.Code, e.Country) {
		e.Sectors = splitSectors(e.Code[3:])
	} else if e.Sectors == nil && len(e.Code) >= 3 {
		e.Sectors = []string{e.Code[:3]}
	}
}

func splitSectors(s string) []string {
	var out []string
	for len(s) >= 3 {
		out = append(out, s[:3])
		s = s[3:]
	}
	return out
}

// pluralize makes the regular plural of the last word of a phrase.
func pluralize(p string) string {
	words := strings.Fields(p)
	if len(words) == 0 {
		return p
	}
	w := words[len(words)-1]
	lw := strings.ToLower(w)
	var pl string
	switch {
	case strings.HasSuffix(lw, "man") && !strings.HasSuffix(lw, "german"):
		pl = w[:len(w)-3] + "men"
	case strings.HasSuffix(lw, "s") || strings.HasSuffix(lw, "x") || strings.HasSuffix(lw, "ch") || strings.HasSuffix(lw, "sh"):
		if strings.HasSuffix(lw, "ss") || strings.HasSuffix(lw, "x") || strings.HasSuffix(lw, "ch") || strings.HasSuffix(lw, "sh") {
			pl = w + "es"
		} else {
			return p // already plural or uncountable
		}
	case strings.HasSuffix(lw, "y") && len(lw) > 1 && !strings.ContainsRune("aeiou", rune(lw[len(lw)-2])):
		pl = w[:len(w)-1] + "ies"
	default:
		pl = w + "s"
	}
	words[len(words)-1] = pl
	return strings.Join(words, " ")
}

// builtinNames lists the embedded dictionary files in a stable order.
func builtinNames() ([]string, error) {
	des, err := builtinFS.ReadDir("data")
	if err != nil {
		return nil, fmt.Errorf("read built-in dictionaries: %w", err)
	}
	var names []string
	for _, de := range des {
		names = append(names, "data/"+de.Name())
	}
	sort.Strings(names)
	return names, nil
}

// loadBuiltin loads the embedded dictionaries.
func (d *Dictionary) loadBuiltin() ([]Problem, error) {
	names, err := builtinNames()
	if err != nil {
		return nil, err
	}
	var probs []Problem
	for _, n := range names {
		data, err := builtinFS.ReadFile(n)
		if err != nil {
			return probs, fmt.Errorf("read built-in dictionary %s: %w", n, err)
		}
		p, err := d.loadHerald("built-in:"+path.Base(n), bytes.NewReader(data), false)
		probs = append(probs, p...)
		if err != nil {
			return probs, err
		}
	}
	return probs, nil
}

// looksPlural reports whether the last word of a phrase is a regular plural.
func looksPlural(p string) bool {
	w := strings.ToLower(p)
	if i := strings.Index(w, " of "); i >= 0 {
		w = w[:i] // "ministers of foreign affairs": the head is before "of"
	}
	if i := strings.LastIndexByte(w, ' '); i >= 0 {
		w = w[i+1:]
	}
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is")
}
