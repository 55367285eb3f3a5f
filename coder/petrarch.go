package coder

import (
	"bufio"
	"fmt"
	"io"
	"path/filepath"
	"regexp"
	"strings"
)

// PETRARCH and TABARI verb dictionaries are read as documented by those
// projects: synonym sets ("&NAME" followed by "+PHRASE" lines), verb blocks
// opened by "--- NAME [CODE] ---", verb lines ("WORD {FORMS} [CODE]"),
// and pattern lines "- WORDS * WORDS [CODE]" where "*" is the verb, "+"
// the target, "$" the source, "%" a compound that is both, "^" a skipped
// noun phrase and "_" joins words that must be consecutive. A code
// "[A:B]" is a paired event (source A target, target B source); "[---]"
// is a null code (a discard). Comments: "#", ";" and "<!-- ... -->".

var (
	rePetrBlock = regexp.MustCompile(`^-{3}\s*(.*?)\s*((?:\[[^\]]*\]\s*)*)-{3}\s*$`)
	rePetrCode  = regexp.MustCompile(`\[([^\]]*)\]`)
	reBraces    = regexp.MustCompile(`\{[^}]*\}`)
	// rePetrBlockAny finds a PETRARCH block header anywhere in a file.
	rePetrBlockAny = regexp.MustCompile(`(?m)^\s*-{3}.*\[[^\]]*\].*-{3}\s*$`)
	// reTabariPattern is a TABARI/PETRARCH pattern line "- ... [CODE]".
	reTabariPattern = regexp.MustCompile(`^-\s+.*\[[^\]]+\]`)
)

// isPetrarch reports whether the text looks like a PETRARCH/TABARI verb
// dictionary rather than a Herald pattern file.
func isPetrarch(data []byte) bool {
	sc := bufio.NewScanner(strings.NewReader(string(data)))
	sc.Buffer(make([]byte, 0, 64*1024), 1024*1024)
	blocks, herald, patterns := 0, 0, 0
	for sc.Scan() {
		l := strings.TrimSpace(sc.Text())
		switch {
		case rePetrBlock.MatchString(l):
			blocks++
		case reHeader.MatchString(l), reSet.MatchString(l), rePatID.MatchString(l) && !strings.HasPrefix(l, "-"):
			herald++
		case reTabariPattern.MatchString(l):
			patterns++
		}
	}
	if blocks > 0 && blocks >= herald {
		return true
	}
	// TABARI .verbs: no block headers, verb lines and "- ... [CODE]" lines
	return herald == 0 && patterns > 0
}

// stripPetrComments removes "<!-- -->" comments (possibly over several
// lines), then "#" and ";" comments.
func stripPetrComments(data string) string {
	var b strings.Builder
	for {
		i := strings.Index(data, "<!--")
		if i < 0 {
			b.WriteString(data)
			break
		}
		b.WriteString(data[:i])
		j := strings.Index(data[i:], "-->")
		if j < 0 {
			break
		}
		// keep line count stable: keep the newlines of the comment
		b.WriteString(strings.Repeat("\n", strings.Count(data[i:i+j], "\n")))
		data = data[i+j+3:]
	}
	return b.String()
}

// parsePetrarch reads a PETRARCH/TABARI verb dictionary into d.
func (d *dictionary) parsePetrarch(name string, r io.Reader) error {
	raw, err := io.ReadAll(io.LimitReader(r, 64<<20))
	if err != nil {
		return fmt.Errorf("read %s: %w", name, err)
	}
	text := stripPetrComments(string(raw))
	base := filepath.Base(name)
	lines := strings.Split(text, "\n")
	var errs []string
	type block struct {
		code  string
		verbs [][]string
		own   map[int]string // verb index -> its own code
	}
	var cur *block
	var curSet string
	tabari := !rePetrBlockAny.MatchString(text)
	var pending []*Pattern // patterns of the current block (anchors filled at block end)
	flush := func() {
		if cur == nil {
			return
		}
		if len(cur.verbs) == 0 {
			cur, pending = nil, nil
			return
		}
		// bare-verb patterns: one per verb with its own code, one for the rest
		var rest [][]string
		for i, v := range cur.verbs {
			if c, ok := cur.own[i]; ok {
				if nullCode(c) {
					continue // an isolated verb with a null code gives no event
				}
				p := &Pattern{ID: fmt.Sprintf("%s:verb:%s", base, strings.Join(v, "_")), Origin: base, Text: strings.Join(v, " "),
					elems: []elem{{kind: elVerb, alts: [][]string{v}}}}
				setPetrCode(p, c)
				p.finish()
				if err := d.add(p); err != nil {
					errs = append(errs, err.Error())
				}
				continue
			}
			rest = append(rest, v)
		}
		if len(rest) > 0 && !nullCode(cur.code) {
			p := &Pattern{ID: fmt.Sprintf("%s:verb:%s", base, strings.Join(rest[0], "_")), Origin: base, Text: strings.Join(rest[0], " "),
				elems: []elem{{kind: elVerb, alts: rest}}}
			setPetrCode(p, cur.code)
			p.finish()
			if err := d.add(p); err != nil {
				errs = append(errs, err.Error())
			}
		}
		for _, p := range pending {
			p.elems[p.anchor].alts = cur.verbs
			p.finish()
			if err := d.add(p); err != nil {
				errs = append(errs, err.Error())
			}
		}
		cur, pending = nil, nil
	}
	for n, line := range lines {
		lineNo := n + 1
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		if i := strings.IndexByte(line, ';'); i >= 0 {
			line = line[:i]
		}
		l := strings.TrimSpace(line)
		where := fmt.Sprintf("%s:%d", base, lineNo)
		if l == "" {
			curSet = ""
			continue
		}
		if m := rePetrBlock.FindStringSubmatch(l); m != nil {
			flush()
			cur = &block{own: map[int]string{}}
			if cm := rePetrCode.FindStringSubmatch(m[2]); cm != nil {
				cur.code = strings.TrimSpace(cm[1])
			}
			curSet = ""
			continue
		}
		if strings.HasPrefix(l, "&") {
			curSet = strings.ToLower(strings.TrimSuffix(strings.Fields(l)[0][1:], "_"))
			if _, ok := d.sets[curSet]; !ok {
				d.sets[curSet] = nil
			}
			continue
		}
		if curSet != "" && strings.HasPrefix(l, "+") {
			item := strings.TrimSpace(l[1:])
			if strings.HasPrefix(item, "&") {
				d.sets[curSet] = append(d.sets[curSet], d.sets[strings.ToLower(strings.TrimSuffix(item[1:], "_"))]...)
				continue
			}
			if w := phrase(strings.TrimSuffix(item, "_")); len(w) > 0 {
				d.sets[curSet] = append(d.sets[curSet], w)
			}
			continue
		}
		if cur == nil || (tabari && !strings.HasPrefix(l, "-") && len(pending) > 0) {
			if !tabari && cur == nil {
				continue // verb words outside a block: not in the documented format
			}
			// TABARI: every verb line not under a block header opens its own
			// block; its code is the block's code
			flush()
			cur = &block{own: map[int]string{}}
		}
		if strings.HasPrefix(l, "-") {
			body := strings.TrimSpace(l[1:])
			code := ""
			if cm := rePetrCode.FindAllStringSubmatchIndex(body, -1); len(cm) > 0 {
				last := cm[len(cm)-1]
				code = strings.TrimSpace(body[last[2]:last[3]])
				body = strings.TrimSpace(body[:last[0]])
			}
			p, err := d.compilePetr(where, body)
			if err != nil {
				errs = append(errs, fmt.Sprintf("%s: %v", where, err))
				continue
			}
			setPetrCode(p, code)
			pending = append(pending, p)
			continue
		}
		// a verb line: WORD {FORMS} [CODE]; "+" marks the verb of a phrase
		v := reBraces.ReplaceAllString(l, " ")
		code := ""
		if cm := rePetrCode.FindStringSubmatchIndex(v); cm != nil {
			code = strings.TrimSpace(v[cm[2]:cm[3]])
			v = v[:cm[0]]
		}
		v = strings.TrimSpace(v)
		if i := strings.IndexByte(v, '+'); i >= 0 {
			v = v[i+1:] // words before the marked verb are not kept
		}
		w := phrase(v)
		if len(w) == 0 {
			continue
		}
		if tabari && len(cur.verbs) == 0 {
			cur.code = code
		} else if code != "" {
			cur.own[len(cur.verbs)] = code
		}
		cur.verbs = append(cur.verbs, w)
	}
	flush()
	if len(errs) > 0 {
		if len(errs) > 20 {
			errs = append(errs[:20], fmt.Sprintf("... and %d more", len(errs)-20))
		}
		return fmt.Errorf("PETRARCH dictionary %s: %s", name, strings.Join(errs, "; "))
	}
	return nil
}

// nullCode reports whether a PETRARCH code is empty or null ("---", "+++").
func nullCode(c string) bool {
	c = strings.TrimSpace(c)
	return c == "" || strings.HasPrefix(c, "---") || strings.HasPrefix(c, "+++")
}

// setPetrCode sets the code, paired code or discard of a PETRARCH pattern.
func setPetrCode(p *Pattern, code string) {
	code = strings.TrimSpace(code)
	a, b, paired := strings.Cut(code, ":")
	switch {
	case code == "" || a == "---" || a == "+++":
		p.Discard = code == "---" || a == "---"
		if !p.Discard {
			p.Code = ""
			p.Discard = true
		}
	default:
		p.Code = a
		if paired && b != "" && b != "---" {
			p.Pair = b
		}
	}
}

// compilePetr compiles the body of a PETRARCH pattern line. The anchor
// alternatives are filled in when the block ends.
func (d *dictionary) compilePetr(where, body string) (*Pattern, error) {
	p := &Pattern{ID: where, Origin: where, Text: body, anchor: -1}
	fields := strings.Fields(body)
	for _, f := range fields {
		parts := strings.Split(f, "_")
		for j, part := range parts {
			if part == "" {
				continue
			}
			e := elem{adjacent: j > 0}
			switch {
			case part == "*":
				e.kind = elVerb
			case part == "+":
				e.kind = elTarget
			case part == "$":
				e.kind = elSource
			case part == "%":
				e.kind = elSource
				p.Both = true
			case part == "^":
				continue // a skipped noun phrase: the matcher's gap covers it
			case strings.HasPrefix(part, "&"):
				set, ok := d.sets[strings.ToLower(strings.TrimSuffix(part[1:], "_"))]
				if !ok || len(set) == 0 {
					return nil, fmt.Errorf("undefined synonym set %s", part)
				}
				e.alts = set
			default:
				e.alts = [][]string{{strings.ToLower(part)}}
			}
			if e.kind == elVerb {
				if p.anchor >= 0 {
					return nil, fmt.Errorf("two verbs in pattern")
				}
				p.anchor = len(p.elems)
			}
			p.elems = append(p.elems, e)
		}
	}
	if p.anchor < 0 {
		return nil, fmt.Errorf("pattern without * (verb)")
	}
	return p, nil
}
