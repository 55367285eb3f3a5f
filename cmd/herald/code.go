package main

import (
	"bytes"
	"fmt"
	"runtime"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/heraldevents/herald/actor"
	"github.com/heraldevents/herald/article"
	"github.com/heraldevents/herald/coder"
	"github.com/heraldevents/herald/event"
	"github.com/heraldevents/herald/export"
	"github.com/heraldevents/herald/internal/ordered"
	"github.com/heraldevents/herald/pipeline"
	"github.com/heraldevents/herald/source"
)

// codeFlags are the flags of `herald code`.
type codeFlags struct {
	read     readFlags
	format   string
	date     string
	explain  bool
	dicts    []string
	patterns []string
	workers  int
}

func newCodeCmd(a *app) *cobra.Command {
	var f codeFlags
	cmd := &cobra.Command{
		Use:   "code [FILE|DIR|GLOB|URL|-]...",
		Short: "Code news into events (JSON Lines on stdout)",
		Long: `Code reads news (plain or scraped text, HTML pages, feeds, WARC, JSON Lines;
the kind is detected by content) and writes one event per line.

With no input, or with "-", it reads standard input. A bad input gets one
line on stderr naming it and the reason; the others are still coded, and the
exit code is 1.`,
		Example: `  herald code examples/border-talks.txt
  herald code --date 2023-03-08 --explain article.txt
  cat page.html | herald code --format tsv -`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runCode(cmd, a, &f, args)
		},
	}
	fs := cmd.Flags()
	f.read.register(fs)
	fs.StringVar(&f.format, "format", "jsonl", "output format: "+strings.Join(export.Formats(), ", "))
	fs.StringVar(&f.date, "date", "", "publication date `YYYY-MM-DD` for articles that give none (resolves \"yesterday\")")
	fs.BoolVar(&f.explain, "explain", false, "write a readable trace (sentences, actors, patterns tried) to stderr")
	fs.StringSliceVar(&f.dicts, "dict", nil, "extra actor dictionary `FILE` (Herald, PETRARCH or TABARI format); repeatable")
	fs.StringSliceVar(&f.patterns, "patterns", nil, "extra verb pattern dictionary `FILE` (Herald, PETRARCH or TABARI format); repeatable")
	fs.IntVar(&f.workers, "workers", runtime.GOMAXPROCS(0), "articles coded in parallel (output order is kept)")
	return cmd
}

// coded is the outcome for one input document.
type coded struct {
	origin string
	events []event.Event
	trace  []byte
	err    error
}

func runCode(cmd *cobra.Command, a *app, f *codeFlags, args []string) error {
	var published time.Time
	if f.date != "" {
		t, err := time.Parse("2006-01-02", f.date)
		if err != nil {
			return usageError{fmt.Errorf("--date %q: want YYYY-MM-DD", f.date)}
		}
		published = t
	}
	w, err := export.NewWriter(f.format, a.stdout)
	if err != nil {
		return usageError{fmt.Errorf("--format: %w", err)}
	}
	p, err := pipeline.New(pipeline.Options{
		Actors:    actor.Options{Dictionaries: f.dicts},
		Coder:     coder.Options{Patterns: f.patterns},
		Published: published,
	})
	if err != nil {
		return inputError{err}
	}
	if len(args) == 0 {
		args = []string{"-"}
	}
	ctx := cmd.Context()
	ropts := f.read.options(a)
	bad := 0
	err = ordered.Map(ctx, f.workers,
		func(send func(source.Document) bool) error {
			return source.Read(ctx, args, ropts, func(doc source.Document) error {
				if !send(doc) {
					return ctx.Err()
				}
				return nil
			})
		},
		func(doc source.Document) coded {
			if doc.Err != nil {
				return coded{origin: doc.Origin, err: doc.Err}
			}
			// The coder does not read the language: no detection.
			art, err := article.Extract(doc, article.Options{NoLanguage: true})
			if err != nil {
				return coded{origin: doc.Origin, err: err}
			}
			if !f.explain {
				return coded{origin: doc.Origin, events: p.Code(art)}
			}
			var trace bytes.Buffer
			fmt.Fprintf(&trace, "== %s\n", doc.Origin)
			evs := p.Explain(art, &trace)
			return coded{origin: doc.Origin, events: evs, trace: trace.Bytes()}
		},
		func(c coded) error {
			if c.err != nil {
				bad++
				fmt.Fprintf(a.stderr, "herald: %s\n", namedError(c.origin, c.err))
				return nil
			}
			a.stderr.Write(c.trace)
			for i := range c.events {
				if err := w.Write(&c.events[i]); err != nil {
					return fmt.Errorf("write output: %w", err)
				}
			}
			return nil
		})
	if cerr := w.Close(); err == nil && cerr != nil {
		err = fmt.Errorf("write output: %w", cerr)
	}
	if err != nil {
		return inputError{err}
	}
	if bad > 0 {
		return errInputs
	}
	return nil
}

// namedError is the one-line message for a bad input: it names the input
// (once) and the reason.
func namedError(origin string, err error) string {
	msg := strings.Join(strings.Fields(err.Error()), " ")
	if strings.HasPrefix(msg, origin) {
		return msg
	}
	return origin + ": " + msg
}
