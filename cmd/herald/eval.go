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
		Short: "Score the coder against a gold set (PETRARCH unit-test records or PLOVER GSR)",
		Long: `Eval codes each gold sentence and prints the scores, overall and per category.

PETRARCH unit-test records (JSON Lines, or the PETRARCH validation XML):
triple (source, target, CAMEO code) precision, recall and F1, exact match
(all triples of the sentence right, no extra), root-code accuracy and no-event
accuracy. Run them with their own dictionaries:
  herald eval --no-builtin --patterns VERBS.txt --dict ACTORS.txt --dict AGENTS.txt petrarch_unit.jsonl

PLOVER gold-standard records (a JSON array, e.g. PLOVER_GSR_dev.json): PLOVER
type accuracy of the first event and of any event, source + target + type all
right (first event / any event) and mode accuracy. Older PLOVER names in the
gold (DEMAND, DISAPPROVE, FIGHT, ...) are mapped to the current ones.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			f, err := os.Open(args[0])
			if err != nil {
				return inputError{fmt.Errorf("gold: %w", err)}
			}
			kind, items, skipped, err := eval.Read(f)
			f.Close()
			if err != nil {
				return inputError{fmt.Errorf("gold %s: %w", args[0], err)}
			}
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
