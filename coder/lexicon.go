package coder

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"

	"github.com/heraldevents/herald/event"
)

// modalityRank orders modalities: when several cues apply, the lowest
// rank wins.
var modalityRank = map[string]int{
	event.Denied:       0,
	event.Negated:      1,
	event.Demanded:     2,
	event.Intended:     3,
	event.Planned:      4,
	event.Hypothetical: 5,
	event.Asserted:     6,
}

// cueTable maps cue lemmas and phrases to modalities.
type cueTable struct {
	single map[string]string      // one-word cue -> modality
	multi  map[string][]cuePhrase // first word -> full phrases ("call for")
	phrase map[string]string      // full phrase -> modality
}

// cuePhrase is a multi-word cue with its words split once.
type cuePhrase struct {
	text  string   // the words joined by one space ("call for")
	words []string // the words
	mod   string   // the modality it cues
}

// parseCues reads markers.txt.
func parseCues(data []byte) (*cueTable, error) {
	t := &cueTable{single: map[string]string{}, multi: map[string][]cuePhrase{}, phrase: map[string]string{}}
	err := eachLine(data, func(n int, line string) error {
		mod, list, ok := strings.Cut(line, ":")
		mod = strings.TrimSpace(mod)
		if _, known := modalityRank[mod]; !ok || !known {
			return fmt.Errorf("markers.txt:%d: want MODALITY: cue|cue, got %q", n, line)
		}
		for _, c := range strings.Split(list, "|") {
			w := strings.Fields(strings.ToLower(c))
			switch len(w) {
			case 0:
			case 1:
				if _, dup := t.single[w[0]]; !dup {
					t.single[w[0]] = mod
				}
			default:
				p := strings.Join(w, " ")
				if _, dup := t.phrase[p]; !dup {
					t.phrase[p] = mod
					t.multi[w[0]] = append(t.multi[w[0]], cuePhrase{p, w, mod})
				}
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return t, nil
}

// eachLine calls fn with the number and text of every line of data that is
// not blank once '#' comments are cut and space is trimmed. It stops at the
// first error fn returns.
func eachLine(data []byte, fn func(n int, line string) error) error {
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64*1024), 1024*1024)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if err := fn(n, line); err != nil {
			return err
		}
	}
	return sc.Err()
}

// variants gives crude base forms of an inflected word, for cues found in
// marker strings that are not lemmatised ("plans to", "called for"). They
// are written into buf (the word and at most nine forms).
func variants(w string, buf *[10]string) []string {
	out := append(buf[:0], w)
	for _, s := range [][2]string{{"ies", "y"}, {"ied", "y"}, {"ing", ""}, {"ing", "e"}, {"ed", ""}, {"ed", "e"}, {"es", ""}, {"s", ""}, {"d", ""}} {
		if strings.HasSuffix(w, s[0]) && len(w) > len(s[0])+1 {
			out = append(out, strings.TrimSuffix(w, s[0])+s[1])
		}
	}
	return out
}

// lookupWords returns the strongest modality cued by a sequence of words
// (lemmas or surface forms), or "" when none. The cue found is returned too.
func (t *cueTable) lookupWords(words []string) (string, string) {
	best, cue := "", ""
	better := func(m, c string) {
		if m == "" {
			return
		}
		if best == "" || modalityRank[m] < modalityRank[best] {
			best, cue = m, c
		}
	}
	var vb [10]string
	for i, w := range words {
		for _, v := range variants(w, &vb) {
			for _, p := range t.multi[v] {
				ok := i+len(p.words) <= len(words)
				for j := 1; ok && j < len(p.words); j++ {
					ok = matchesVariant(words[i+j], p.words[j])
				}
				if ok {
					better(p.mod, p.text)
				}
			}
			if m, ok := t.single[v]; ok {
				better(m, v)
			}
		}
	}
	return best, cue
}

func matchesVariant(w, want string) bool {
	var vb [10]string
	for _, v := range variants(w, &vb) {
		if v == want {
			return true
		}
	}
	return false
}

// issueRule is one issue with its keyword phrases.
type issueRule struct {
	name    string
	phrases [][]string
}

// parseIssues reads issues.txt.
func parseIssues(data []byte) ([]issueRule, error) {
	var out []issueRule
	err := eachLine(data, func(n int, line string) error {
		name, list, ok := strings.Cut(line, ":")
		if !ok || strings.TrimSpace(name) == "" {
			return fmt.Errorf("issues.txt:%d: want ISSUE: keyword|keyword, got %q", n, line)
		}
		r := issueRule{name: strings.TrimSpace(name)}
		for _, k := range strings.Split(list, "|") {
			if w := strings.Fields(strings.ToLower(k)); len(w) > 0 {
				r.phrases = append(r.phrases, w)
			}
		}
		out = append(out, r)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// issueIndex maps the first word of every issue keyword to the keywords.
type issueIndex map[string][]issueKey

type issueKey struct {
	issue  int // index into the rules
	phrase []string
}

func indexIssues(rules []issueRule) issueIndex {
	ix := issueIndex{}
	for i, r := range rules {
		for _, p := range r.phrases {
			ix[p[0]] = append(ix[p[0]], issueKey{i, p})
		}
	}
	return ix
}

// issuesOf returns the issues whose keywords occur in the sentence view, in
// the order of the rules.
func issuesOf(rules []issueRule, ix issueIndex, v *sview) []string {
	var hit []bool
	n := len(v.lemma)
	for i := 0; i < n; i++ {
		for _, first := range [2]string{v.lemma[i], v.lower[i]} {
			for _, k := range ix[first] {
				if hit != nil && hit[k.issue] {
					continue
				}
				ok := i+len(k.phrase) <= n
				for j := 1; ok && j < len(k.phrase); j++ {
					ok = v.lemma[i+j] == k.phrase[j] || v.lower[i+j] == k.phrase[j]
				}
				if ok {
					if hit == nil {
						hit = make([]bool, len(rules))
					}
					hit[k.issue] = true
				}
			}
			if v.lemma[i] == v.lower[i] {
				break
			}
		}
	}
	var out []string
	for i, h := range hit {
		if h {
			out = append(out, rules[i].name)
		}
	}
	return out
}
