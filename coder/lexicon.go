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
	// keys has bit n set in keys[b] when a key of single or multi starts
	// with byte b and is n bytes long (n < 64; 63 stands for longer):
	// a word that fails it is not looked up.
	keys [256]uint64
}

// keyBit returns the bit of keys for a word of n bytes.
func keyBit(n int) uint64 { return 1 << min(n, 63) }

// mayBeKey reports whether a word of n bytes starting with byte b may be
// a key of single or multi.
func (t *cueTable) mayBeKey(b byte, n int) bool { return t.keys[b]&keyBit(n) != 0 }

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
	for w := range t.single {
		t.keys[w[0]] |= keyBit(len(w))
	}
	for w := range t.multi {
		t.keys[w[0]] |= keyBit(len(w))
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

// variantRules are the crude inflection endings variant strips (and the
// ending each is replaced with), for cues found in marker strings that are
// not lemmatised ("plans to", "called for").
var variantRules = [...][2]string{{"ies", "y"}, {"ied", "y"}, {"ing", ""}, {"ing", "e"}, {"ed", ""}, {"ed", "e"}, {"es", ""}, {"s", ""}, {"d", ""}}

// variant returns the stem and the new ending of variant r of w (r = -1
// is w itself), and whether w has that variant: the word is the stem
// followed by the ending.
func variant(w string, r int) (stem, end string, ok bool) {
	if r < 0 {
		return w, "", true
	}
	s := variantRules[r]
	if strings.HasSuffix(w, s[0]) && len(w) > len(s[0])+1 {
		return w[:len(w)-len(s[0])], s[1], true
	}
	return "", "", false
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
	var kb [64]byte
	for i, w := range words {
		for r := -1; r < len(variantRules); r++ {
			stem, end, ok := variant(w, r)
			if !ok {
				continue
			}
			if len(stem) == 0 || !t.mayBeKey(stem[0], len(stem)+len(end)) {
				continue // no cue has that first byte and length
			}
			// the variant stem+end, built without a string of its own
			// unless it is a cue
			var key []byte
			v := stem
			if end != "" {
				key = append(append(kb[:0], stem...), end...)
			}
			var phrases []cuePhrase
			var m string
			var single bool
			if key != nil {
				phrases = t.multi[string(key)]
				m, single = t.single[string(key)]
			} else {
				phrases = t.multi[v]
				m, single = t.single[v]
			}
			for _, p := range phrases {
				ok := i+len(p.words) <= len(words)
				for j := 1; ok && j < len(p.words); j++ {
					ok = matchesVariant(words[i+j], p.words[j])
				}
				if ok {
					better(p.mod, p.text)
				}
			}
			if single {
				if key != nil {
					v = string(key)
				}
				better(m, v)
			}
		}
	}
	return best, cue
}

// matchesVariant reports whether want is a variant of w.
func matchesVariant(w, want string) bool {
	for r := -1; r < len(variantRules); r++ {
		if stem, end, ok := variant(w, r); ok && len(stem)+len(end) == len(want) &&
			want[:len(stem)] == stem && want[len(stem):] == end {
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
func issuesOf(rules []issueRule, d *dictionary, v *sview) []string {
	var hit []bool
	n := len(v.lemma)
	for i := 0; i < n; i++ {
		// the keywords that start with the lemma, then with the surface
		// form when it is another word
		for x, e := range [2]int32{v.lemmaLex[i], v.lowerLex[i]} {
			if x == 1 && e == v.lemmaLex[i] {
				break
			}
			if e < 0 {
				continue
			}
			for _, k := range d.entries[e].issues {
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
