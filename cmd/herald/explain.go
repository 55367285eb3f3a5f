package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/heraldevents/herald/actor"
	"github.com/heraldevents/herald/article"
	"github.com/heraldevents/herald/coder"
	"github.com/heraldevents/herald/nlp"
)

// codingFlags are the flags shared by explain and eval: extra pattern and
// actor dictionary files.
type codingFlags struct {
	patterns  []string
	dicts     []string
	noBuiltin bool
}

func (f *codingFlags) register(cmd *cobra.Command) {
	cmd.Flags().StringArrayVar(&f.patterns, "patterns", nil, "extra verb/noun pattern file (Herald or PETRARCH/TABARI format); repeatable")
	cmd.Flags().StringArrayVar(&f.dicts, "dict", nil, "extra actor dictionary file (Herald or PETRARCH/TABARI format); repeatable")
	cmd.Flags().BoolVar(&f.noBuiltin, "no-builtin", false, "use only the given --patterns and --dict files, not the built-in dictionaries")
}

// stages are the three stages of coding text, built once.
type stages struct {
	nlp      *nlp.Analyzer
	resolver *actor.Resolver
	coder    *coder.Coder
}

func (f *codingFlags) build() (*stages, error) {
	an, err := nlp.New()
	if err != nil {
		return nil, fmt.Errorf("language layer: %w", err)
	}
	r, err := actor.NewResolver(actor.Options{Dictionaries: f.dicts, NoBuiltin: f.noBuiltin})
	if err != nil {
		return nil, inputError{fmt.Errorf("actor dictionaries: %w", err)}
	}
	c, err := coder.New(coder.Options{Patterns: f.patterns, NoBuiltin: f.noBuiltin})
	if err != nil {
		return nil, inputError{fmt.Errorf("patterns: %w", err)}
	}
	return &stages{nlp: an, resolver: r, coder: c}, nil
}

// input analyses an article and resolves its actors.
func (s *stages) input(a article.Article) coder.Input {
	doc := s.nlp.Analyze(a.CodingText(), a.Published)
	return coder.Input{Article: a, Doc: doc, Mentions: s.resolver.Resolve(doc)}
}

func parseDateFlag(date string) (time.Time, error) {
	if date == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse("2006-01-02", date)
	if err != nil {
		return time.Time{}, usageError{fmt.Errorf("--date: want YYYY-MM-DD: %w", err)}
	}
	return t, nil
}

// newExplainCmd is "herald explain": code text and show why.
func newExplainCmd(a *app) *cobra.Command {
	var flags codingFlags
	var date string
	var jsonOut bool
	cmd := &cobra.Command{
		Use:   `explain "sentence or text"... | -`,
		Short: "Code text and print a readable trace of how each event was (or was not) found",
		Long: `Explain analyses the text, resolves its actors and codes its events, printing
for every sentence: its clauses, the actor mentions and how each was resolved,
each pattern tried and why it matched or not, the events, and for a sentence
with no event, why. Several arguments are coded as one text; "-" reads stdin.`,
		Example: `  herald explain "Syria and Iran discussed by phone the latest developments."
  herald explain --date 2023-03-07 - < article.txt`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			pub, err := parseDateFlag(date)
			if err != nil {
				return err
			}
			text := strings.Join(args, "\n\n")
			if len(args) == 1 && args[0] == "-" {
				b, err := io.ReadAll(io.LimitReader(a.stdin, 64<<20))
				if err != nil {
					return inputError{fmt.Errorf("stdin: %w", err)}
				}
				text = string(b)
			}
			if strings.TrimSpace(text) == "" {
				return inputError{fmt.Errorf("nothing to explain: empty text")}
			}
			st, err := flags.build()
			if err != nil {
				return err
			}
			art := article.Article{ID: "explain", Origin: "command line", Body: text, Published: pub}
			evs := st.coder.Explain(st.input(art), a.stdout)
			fmt.Fprintf(a.stdout, "\n%d event(s)\n", len(evs))
			if jsonOut {
				enc := json.NewEncoder(a.stdout)
				for i := range evs {
					if err := enc.Encode(&evs[i]); err != nil {
						return fmt.Errorf("write event: %w", err)
					}
				}
			}
			return nil
		},
	}
	flags.register(cmd)
	cmd.Flags().StringVar(&date, "date", "", "publication date YYYY-MM-DD, to resolve \"yesterday\" and to date events")
	cmd.Flags().BoolVar(&jsonOut, "json", false, "also print the events as JSON Lines")
	return cmd
}
