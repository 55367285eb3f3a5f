package actor

import (
	"bufio"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// This file reads the PETRARCH and TABARI dictionary formats: actor files
// (a primary phrase, "+" synonyms, dated codes "[CODE >YYMMDD]" inline or
// on tab-indented lines), agent files ("PHRASE {PLURALS} [~CODE]", "!SET! =
// a, b" substitution markers), synonym sets ("&LABEL" with "+" members)
// and discard lists. Comments: "#", ";" and "<!-- -->".

var (
	reBracket = regexp.MustCompile(`\[([^\]]*)\]`)
	reBrace   = regexp.MustCompile(`\{([^}]*)\}`)
	reSubst   = regexp.MustCompile(`^!([A-Za-z0-9_]+)!\s*=\s*(.+)$`)
	reMarker  = regexp.MustCompile(`!([A-Za-z0-9_]+)!`)
)

// petrarchLines strips comments and returns significant lines with their
// line numbers, keeping leading white space (it marks date restrictions).
func petrarchLines(r io.Reader) ([]string, []int, error) {
	var lines []string
	var nums []int
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	inComment := false
	n := 0
	for sc.Scan() {
		n++
		s := sc.Text()
		if inComment {
			i := strings.Index(s, "-->")
			if i < 0 {
				continue
			}
			s = s[i+3:]
			inComment = false
		}
		for {
			i := strings.Index(s, "<!--")
			if i < 0 {
				break
			}
			j := strings.Index(s[i:], "-->")
			if j < 0 {
				s = s[:i]
				inComment = true
				break
			}
			s = s[:i] + s[i+j+3:]
		}
		if i := strings.IndexAny(s, "#;"); i >= 0 {
			s = s[:i]
		}
		if strings.TrimSpace(s) == "" {
			continue
		}
		lines = append(lines, strings.TrimRight(s, " \t\r"))
		nums = append(nums, n)
	}
	if err := sc.Err(); err != nil {
		return nil, nil, fmt.Errorf("read: %w", err)
	}
	return lines, nums, nil
}

// petrarchPhrase turns "AL-MAKTOUM_" or "FOREIGN MINISTER" into a phrase.
func petrarchPhrase(s string) string {
	s = strings.TrimSpace(s)
	s = strings.ReplaceAll(s, "_", " ")
	return strings.Join(strings.Fields(s), " ")
}

// parsePetrarchDate reads YYMMDD or YYYYMMDD.
func parsePetrarchDate(s string) (time.Time, error) {
	switch len(s) {
	case 6:
		yy, err := strconv.Atoi(s[:2])
		if err != nil {
			return time.Time{}, fmt.Errorf("bad date %q", s)
		}
		century := "19"
		if yy < 30 {
			century = "20"
		}
		s = century + s
	case 8:
	default:
		return time.Time{}, fmt.Errorf("bad date %q (want YYMMDD or YYYYMMDD)", s)
	}
	t, err := time.Parse("20060102", s)
	if err != nil {
		return time.Time{}, fmt.Errorf("bad date %q: %w", s, err)
	}
	return t, nil
}

// codeRestriction is one "[CODE ...]" of an actor entry.
type codeRestriction struct {
	code     string
	from, to time.Time
	dflt     bool
}

func parseRestriction(s string) (codeRestriction, error) {
	f := strings.Fields(s)
	if len(f) == 0 {
		return codeRestriction{}, fmt.Errorf("empty code []")
	}
	c := codeRestriction{code: strings.ToUpper(f[0])}
	if !validCode(strings.Trim(c.code, "~")) {
		return c, fmt.Errorf("bad code %q", f[0])
	}
	if strings.Trim(c.code, "0123456789") == "" {
		return c, fmt.Errorf("code %q is an event code, not an actor code (a verbs dictionary?)", f[0])
	}
	if len(f) == 1 {
		c.dflt = true
		return c, nil
	}
	if len(f) > 2 {
		return c, fmt.Errorf("bad restriction %q", s)
	}
	r := f[1]
	var err error
	switch {
	case strings.HasPrefix(r, "<"):
		c.to, err = parsePetrarchDate(r[1:])
	case strings.HasPrefix(r, ">"):
		c.from, err = parsePetrarchDate(r[1:])
	case strings.Contains(r, "-"):
		a, b, _ := strings.Cut(r, "-")
		if c.from, err = parsePetrarchDate(a); err == nil {
			c.to, err = parsePetrarchDate(b)
		}
		if err == nil && c.to.Before(c.from) {
			err = fmt.Errorf("date range %s ends before it starts", r)
		}
	default:
		err = fmt.Errorf("bad date restriction %q", r)
	}
	return c, err
}

// loadPetrarch reads a PETRARCH/TABARI actors or agents file.
func (d *Dictionary) loadPetrarch(name string, r io.Reader) ([]Problem, error) {
	lines, nums, err := petrarchLines(r)
	if err != nil {
		return nil, fmt.Errorf("dictionary %s: %w", name, err)
	}
	var probs []Problem
	bad := func(i int, format string, args ...any) {
		probs = append(probs, Problem{File: name, Line: nums[i], Kind: "malformed", Message: fmt.Sprintf(format, args...)})
	}
	substs := map[string][]string{}
	synsets := map[string][]string{}
	loaded := 0

	// One actor record: primary phrase, synonyms, restrictions.
	type record struct {
		line     int
		phrases  []string
		restr    []codeRestriction
		plurals  map[string][]string // phrase -> explicit plurals
		noPlural map[string]bool
	}
	var cur *record
	var curSyn string
	flush := func() {
		if cur == nil {
			return
		}
		rec := cur
		cur = nil
		if len(rec.restr) == 0 {
			return // a phrase without code: nothing to match it to
		}
		rule := fmt.Sprintf("%s:%d", name, rec.line)
		var phrases []string
		for _, p := range rec.phrases {
			phrases = append(phrases, expandPetrarch(p, substs, synsets)...)
		}
		for _, rs := range rec.restr {
			agent := strings.Contains(rs.code, "~")
			for _, p := range phrases {
				e := &Entry{Phrase: p, Rule: rule, User: true, From: rs.from, To: rs.to}
				if agent {
					e.Kind = KindAgent
					e.Code = strings.Trim(rs.code, "~")
					e.Sectors = splitSectors(e.Code)
				} else {
					e.Kind = KindActor
					e.Code = rs.code
					e.Default = rs.dflt && len(rec.restr) > 1
					e.Name = phrases[0]
					fillActor(e)
				}
				if d.add(e, petrarchCaseSensitive(p)) {
					loaded++
				}
				if agent && !rec.noPlural[p] {
					pls := rec.plurals[p]
					if pls == nil {
						pls = []string{pluralize(p)}
					}
					for _, pl := range pls {
						if pl == p || pl == "" {
							continue
						}
						e2 := *e
						e2.Phrase = pl
						e2.Plural = true
						if d.add(&e2, false) {
							loaded++
						}
					}
				}
			}
		}
	}

	for i, raw := range lines {
		line := strings.TrimSpace(raw)
		indented := raw != "" && (raw[0] == '\t' || raw[0] == ' ')
		if m := reSubst.FindStringSubmatch(line); m != nil {
			var items []string
			for _, it := range strings.Split(m[2], ",") {
				if it = strings.TrimSpace(it); it != "" {
					items = append(items, it)
				}
			}
			substs[strings.ToUpper(m[1])] = items
			continue
		}
		switch {
		case strings.HasPrefix(line, "&") && !strings.Contains(line, "["):
			flush()
			curSyn = strings.ToUpper(petrarchPhrase(line))
			synsets[curSyn] = nil
			continue
		case strings.HasPrefix(line, "+") && curSyn != "" && cur == nil:
			synsets[curSyn] = append(synsets[curSyn], petrarchPhrase(line[1:]))
			continue
		case strings.HasPrefix(line, "+"):
			if cur == nil {
				bad(i, "synonym %q without a primary phrase", line)
				continue
			}
			ph, rs, perr := splitPetrarchEntry(line[1:])
			if perr != nil {
				bad(i, "%v", perr)
				continue
			}
			cur.phrases = append(cur.phrases, ph)
			cur.restr = append(cur.restr, rs...)
			continue
		case strings.HasPrefix(line, "[") && (indented || cur != nil):
			if cur == nil {
				bad(i, "date restriction %q without a phrase", line)
				continue
			}
			for _, m := range reBracket.FindAllStringSubmatch(line, -1) {
				rs, rerr := parseRestriction(m[1])
				if rerr != nil {
					bad(i, "%v", rerr)
					continue
				}
				cur.restr = append(cur.restr, rs)
			}
			continue
		case strings.HasPrefix(line, "-") || strings.HasPrefix(line, "---"):
			continue // verb patterns and block headers: not actor data
		}
		curSyn = ""
		flush()
		// Explicit plurals {A B} (agents).
		var plurals []string
		hasBrace := false
		if m := reBrace.FindStringSubmatch(line); m != nil {
			hasBrace = true
			for _, p := range strings.Fields(m[1]) {
				plurals = append(plurals, petrarchPhrase(p))
			}
			line = reBrace.ReplaceAllString(line, " ")
		}
		ph, rs, perr := splitPetrarchEntry(line)
		if perr != nil {
			bad(i, "%v", perr)
			continue
		}
		cur = &record{line: nums[i], phrases: []string{ph}, restr: rs,
			plurals: map[string][]string{}, noPlural: map[string]bool{}}
		if hasBrace {
			if len(plurals) == 0 {
				cur.noPlural[ph] = true
			} else {
				cur.plurals[ph] = plurals
			}
		}
	}
	flush()
	if loaded == 0 && len(probs) > 0 {
		return probs, fmt.Errorf("dictionary %s: no valid entry (%d problems)", name, len(probs))
	}
	return probs, nil
}

// splitPetrarchEntry splits "PHRASE_ [CODE] [CODE >YYMMDD]" into the phrase
// and its code restrictions.
func splitPetrarchEntry(s string) (string, []codeRestriction, error) {
	phrase := s
	if i := strings.Index(s, "["); i >= 0 {
		phrase = s[:i]
		if strings.Count(s, "[") != strings.Count(s, "]") {
			return "", nil, fmt.Errorf("unbalanced brackets in %q", strings.TrimSpace(s))
		}
	}
	phrase = petrarchPhrase(phrase)
	if phrase == "" {
		return "", nil, fmt.Errorf("no phrase in %q", strings.TrimSpace(s))
	}
	var rs []codeRestriction
	for _, m := range reBracket.FindAllStringSubmatch(s, -1) {
		r, err := parseRestriction(m[1])
		if err != nil {
			return "", nil, err
		}
		rs = append(rs, r)
	}
	return phrase, rs, nil
}

// expandPetrarch expands "!SET!" markers and "&SYNSET" references.
func expandPetrarch(p string, substs, synsets map[string][]string) []string {
	out := []string{p}
	if m := reMarker.FindStringSubmatch(p); m != nil {
		if items, ok := substs[strings.ToUpper(m[1])]; ok {
			out = out[:0]
			for _, it := range items {
				out = append(out, petrarchPhrase(strings.Replace(p, m[0], it, 1)))
			}
		}
	}
	var res []string
	for _, o := range out {
		expanded := false
		if strings.Contains(o, "&") {
			for label, items := range synsets {
				if strings.Contains(strings.ToUpper(o), label) {
					for _, it := range items {
						res = append(res, petrarchPhrase(strings.Replace(strings.ToUpper(o), label, it, 1)))
					}
					expanded = true
					break
				}
			}
		}
		if !expanded {
			res = append(res, o)
		}
	}
	return res
}

// petrarchCaseSensitive keeps short one-word phrases ("US", "UN") as
// acronyms so that they do not match lower-case words such as "us".
func petrarchCaseSensitive(p string) bool {
	f := strings.Fields(p)
	return len(f) == 1 && len(f[0]) <= 3
}

// loadDiscard reads a discard list: one phrase per line, "+" for
// story-level discards.
func (d *Dictionary) loadDiscard(name string, r io.Reader) ([]Problem, error) {
	lines, _, err := petrarchLines(r)
	if err != nil {
		return nil, fmt.Errorf("dictionary %s: %w", name, err)
	}
	for _, l := range lines {
		l = strings.TrimPrefix(strings.TrimSpace(l), "+")
		if k := phraseKeys(petrarchPhrase(l), false); len(k) > 0 {
			d.discards = append(d.discards, k)
		}
	}
	return nil, nil
}
