// Package coder turns analysed sentences and resolved actors into events:
// who did what to whom (CAMEO and PLOVER), with modality, attribution,
// place, date, issues and evidence.
//
// The coder matches verb and noun patterns (docs/PATTERNS.md; built-in
// files in coder/data, embedded in the binary; user files in the Herald
// format or in the PETRARCH/TABARI verb dictionary format) against the
// clause structure given by package nlp, takes the source and target from
// the clause's arguments and the actor mentions given by package actor,
// and fills every field of event.Event. The rules are documented in
// docs/CODER.md.
//
// A Coder is built once with New and is safe for concurrent use.
package coder

import (
	"bytes"
	"cmp"
	"embed"
	"fmt"
	"io"
	"log/slog"
	"os"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/heraldevents/herald/actor"
	"github.com/heraldevents/herald/article"
	"github.com/heraldevents/herald/cameo"
	"github.com/heraldevents/herald/event"
	"github.com/heraldevents/herald/nlp"
)

//go:embed data
var dataFS embed.FS

// Files in coder/data that are not pattern files.
const (
	markersFile = "markers.txt"
	issuesFile  = "issues.txt"
)

// Options configure a Coder.
type Options struct {
	// Patterns are extra pattern files: Herald format (docs/PATTERNS.md)
	// or PETRARCH/TABARI verb dictionaries; the format is detected per file.
	Patterns []string
	// NoBuiltin leaves out the built-in verb and noun patterns (to run a
	// PETRARCH dictionary alone, for example). The modality markers and
	// issue keywords are always loaded.
	NoBuiltin bool
	// MaxGap is how many tokens the matcher may skip between two pattern
	// elements; 0 means the default, 4.
	MaxGap int
	// Logger receives warnings; nil discards them.
	Logger *slog.Logger
}

// Input is what the coder needs for one article: the article (for its
// identity, outlet and publication date), the analysed coding text and the
// resolved actor mentions.
type Input struct {
	Article  article.Article
	Doc      *nlp.Document
	Mentions []actor.Mention
}

// Coder codes events. It is immutable after New and safe for concurrent use.
type Coder struct {
	dict    *dictionary
	cues    *cueTable
	issues  []issueRule
	maxGap  int
	log     *slog.Logger
	sources []string // pattern files loaded, in order
	// scratch holds *viewScratch buffers for Code calls to reuse (a
	// Coder is otherwise immutable after New).
	scratch sync.Pool
}

// New loads the built-in patterns (unless opts.NoBuiltin) and the user
// pattern files, and returns a Coder.
func New(opts Options) (*Coder, error) {
	c := &Coder{dict: newDictionary(), maxGap: opts.MaxGap, log: opts.Logger}
	if c.maxGap <= 0 {
		c.maxGap = 4
	}
	if c.log == nil {
		c.log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	known := func(code string) bool { return cameo.Valid(code) }
	mk, err := dataFS.ReadFile("data/" + markersFile)
	if err != nil {
		return nil, fmt.Errorf("coder: built-in markers: %w", err)
	}
	if c.cues, err = parseCues(mk); err != nil {
		return nil, fmt.Errorf("coder: built-in markers: %w", err)
	}
	is, err := dataFS.ReadFile("data/" + issuesFile)
	if err != nil {
		return nil, fmt.Errorf("coder: built-in issues: %w", err)
	}
	if c.issues, err = parseIssues(is); err != nil {
		return nil, fmt.Errorf("coder: built-in issues: %w", err)
	}
	c.dict.issueIx = indexIssues(c.issues)
	if !opts.NoBuiltin {
		entries, err := dataFS.ReadDir("data")
		if err != nil {
			return nil, fmt.Errorf("coder: built-in patterns: %w", err)
		}
		names := make([]string, 0, len(entries))
		for _, e := range entries {
			n := e.Name()
			if e.IsDir() || !strings.HasSuffix(n, ".txt") || n == markersFile || n == issuesFile {
				continue
			}
			names = append(names, n)
		}
		sort.Strings(names)
		for _, n := range names {
			b, err := dataFS.ReadFile("data/" + n)
			if err != nil {
				return nil, fmt.Errorf("coder: built-in patterns %s: %w", n, err)
			}
			if err := c.dict.parseHerald("coder/data/"+n, b, known); err != nil {
				return nil, fmt.Errorf("coder: built-in %w", err)
			}
			c.sources = append(c.sources, "coder/data/"+n)
		}
	}
	for _, f := range opts.Patterns {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("coder: pattern file: %w", err)
		}
		if err := c.loadPatterns(f, b, known); err != nil {
			return nil, err
		}
	}
	c.dict.sortIndex()
	return c, nil
}

// loadPatterns is used by New to read one user pattern file; the format
// (Herald or PETRARCH/TABARI) is detected from the content.
func (c *Coder) loadPatterns(name string, data []byte, known func(string) bool) error {
	if isPetrarch(data) {
		if err := c.dict.parsePetrarch(name, bytes.NewReader(data)); err != nil {
			return fmt.Errorf("coder: %w", err)
		}
	} else if err := c.dict.parseHerald(name, data, known); err != nil {
		return fmt.Errorf("coder: %w", err)
	}
	c.sources = append(c.sources, name)
	return nil
}

// Patterns returns the loaded patterns in load order (for linting and
// documentation). The returned values are copies.
func (c *Coder) Patterns() []Pattern {
	out := make([]Pattern, len(c.dict.all))
	for i, p := range c.dict.all {
		out[i] = *p
	}
	return out
}

// Code codes every sentence of the input and returns its events, in
// sentence order. It never panics on bad input; a nil Doc gives no events.
func (c *Coder) Code(in Input) []event.Event {
	return c.run(in, nil)
}

// Explain codes like Code and writes a readable trace to w: each sentence,
// its clauses, the actor mentions and how each was resolved, each pattern
// tried and why it matched or not, and for a sentence with no event, why.
func (c *Coder) Explain(in Input, w io.Writer) []event.Event {
	if w == nil {
		w = io.Discard
	}
	return c.run(in, &tracer{w: w})
}

// run codes all sentences; tr may be nil.
func (c *Coder) run(in Input, tr *tracer) []event.Event {
	if in.Doc == nil {
		tr.printf("no document: nothing to code\n")
		return nil
	}
	// The mentions of each sentence, in their order: one array sorted by
	// sentence (the resolver gives them so already).
	ms := make([]*actor.Mention, len(in.Mentions))
	for i := range in.Mentions {
		ms[i] = &in.Mentions[i]
	}
	slices.SortStableFunc(ms, func(a, b *actor.Mention) int { return cmp.Compare(a.Sentence, b.Sentence) })
	mentionsOf := func(si int) []*actor.Mention {
		lo, _ := slices.BinarySearchFunc(ms, si, func(m *actor.Mention, t int) int { return cmp.Compare(m.Sentence, t) })
		hi := lo
		for hi < len(ms) && ms[hi].Sentence == si {
			hi++
		}
		if lo == hi {
			return nil
		}
		return ms[lo:hi:hi]
	}
	art := articleRef(in.Article)
	var out []event.Event
	sc, _ := c.scratch.Get().(*viewScratch)
	if sc == nil {
		sc = &viewScratch{}
	}
	defer c.release(sc)
	for si := range in.Doc.Sentences {
		s := &in.Doc.Sentences[si]
		evs := c.codeSentence(in, s, mentionsOf(s.Index), art, tr, sc)
		out = append(out, evs...)
	}
	return out
}

// release returns the buffers of sc to the pool, without the references
// to the article just coded.
func (c *Coder) release(sc *viewScratch) {
	sc.v = sview{candBuf: sc.v.candBuf[:0], nounWords: sc.v.nounWords[:0]}
	clear(sc.strs)
	c.scratch.Put(sc)
}

// articleRef builds the event's article reference.
func articleRef(a article.Article) event.ArticleRef {
	r := event.ArticleRef{ID: a.ID, URL: a.URL, Outlet: a.Outlet, Title: a.Title, Origin: a.Origin}
	if !a.Published.IsZero() {
		r.Published = a.Published.Format("2006-01-02")
	}
	return r
}
