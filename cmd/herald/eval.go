package main

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/heraldevents/herald/article"
	"github.com/heraldevents/herald/eval"
	"github.com/heraldevents/herald/event"
)

// newEvalCmd is "herald eval": score the coder against a gold set.
func newEvalCmd(a *app) *cobra.Command {
	var flags codingFlags
	var misses int
	cmd := &cobra.Command{
		Use:   "eval GOLD",
		Short: "Score the coder against a gold set (PETRARCH unit-test records, PLOVER GSR or labelled stories)",
		Long: `Eval codes each gold sentence and prints the scores, overall and per category.

PETRARCH unit-test records (JSON Lines, or the PETRARCH validation XML):
triple (source, target, CAMEO code) precision, recall and F1, exact match
(all triples of the sentence right, no extra), root-code accuracy and no-event
accuracy. Run them with their own dictionaries:
  herald eval --no-builtin --patterns VERBS.txt --dict ACTORS.txt --dict AGENTS.txt petrarch_unit.jsonl

PLOVER gold-standard records (a JSON array, e.g. PLOVER_GSR_dev.json): PLOVER
type accuracy of the first event and of any event, source + target + type all
right (first event / any event) and mode accuracy. Older PLOVER names in the
gold (DEMAND, DISAPPROVE, FIGHT, ...) are mapped to the current ones.

Labelled stories (weak, document-level gold): a CSV, plain or zipped, with a
header naming a "text" and a "label" column (the PLOVER type the story is
about), e.g. the NGEC synthetic stories. Each story's text (not its title) is
coded as one article; per label and overall: share of stories with some event
of the labelled type (any), share whose most frequent event type is the label
(top, ties to the type seen first), share with no event (none), events per
story and the share of events of the labelled type. Bad rows get one line on
stderr naming the row and the reason; the others are scored.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			f, err := os.Open(args[0])
			if err != nil {
				return inputError{fmt.Errorf("gold: %w", err)}
			}
			g, err := eval.ReadGold(f)
			f.Close()
			if g != nil {
				for _, p := range g.Problems {
					fmt.Fprintf(a.stderr, "herald: gold %s: %s\n", args[0], p)
				}
			}
			if err != nil {
				return inputError{fmt.Errorf("gold %s: %w", args[0], err)}
			}
			kind, items, skipped := g.Kind, g.Items, g.Skipped
			if len(items) == 0 {
				return inputError{fmt.Errorf("gold %s: no records", args[0])}
			}
			st, err := flags.build()
			if err != nil {
				return err
			}
			code := func(ctx context.Context, text string, date time.Time) ([]event.Event, error) {
				art := article.Article{ID: "eval", Body: text, Published: date}
				return st.coder.Code(st.input(art)), nil
			}
			ctx := cmd.Context()
			if ctx == nil {
				ctx = context.Background()
			}
			start := time.Now()
			rep, err := eval.Run(ctx, kind, items, code)
			if err != nil {
				return err
			}
			fmt.Fprintf(a.stdout, "%s gold %s: %d records (%d skipped), coded in %s\n\n", kind, args[0], len(items), skipped, time.Since(start).Round(time.Millisecond))
			if err := rep.Write(a.stdout); err != nil {
				return fmt.Errorf("write report: %w", err)
			}
			if misses > 0 {
				fmt.Fprintln(a.stdout, "\nmisses:")
				for i, m := range rep.Misses {
					if i >= misses {
						break
					}
					fmt.Fprintln(a.stdout, " ", m)
				}
			}
			return nil
		},
	}
	flags.register(cmd)
	cmd.Flags().IntVar(&misses, "misses", 0, "also list up to N records the coder got wrong")
	return cmd
}
