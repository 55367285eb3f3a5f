package main

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/heraldevents/herald/actor"
)

// newDictCmd is "herald dict": checking dictionaries and looking phrases up.
func newDictCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "dict",
		Short: "Check actor dictionaries and look phrases up",
		Long: `Herald's actor dictionaries are built in; users add their own in the Herald
format or in the PETRARCH/TABARI formats (see docs/ACTORS.md).`,
	}
	cmd.AddCommand(newDictLintCmd(a), newDictLookupCmd(a))
	return cmd
}

func newDictLintCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "lint [FILE]...",
		Short: "Report duplicates, conflicting codes, overlapping dates and unreachable entries",
		Long: `Lint the given dictionary files together (the built-in dictionaries when no
file is given). Each problem is printed as FILE:LINE: KIND: message. The exit
code is 1 when any problem is found.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			probs := actor.Lint(args)
			for _, p := range probs {
				fmt.Fprintln(a.stdout, p.String())
			}
			if len(probs) > 0 {
				return inputError{fmt.Errorf("%d dictionary problem(s)", len(probs))}
			}
			fmt.Fprintln(a.stderr, "no problems found")
			return nil
		},
	}
}

func newDictLookupCmd(a *app) *cobra.Command {
	var dicts []string
	var date string
	cmd := &cobra.Command{
		Use:   `lookup "text"`,
		Short: "Show what a phrase resolves to, and why",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			when := time.Time{}
			if date != "" {
				t, err := time.Parse("2006-01-02", date)
				if err != nil {
					return usageError{fmt.Errorf("--date: want YYYY-MM-DD: %w", err)}
				}
				when = t
			}
			r, err := actor.NewResolver(actor.Options{Dictionaries: dicts})
			if err != nil {
				return inputError{err}
			}
			for _, w := range r.Warnings() {
				fmt.Fprintln(a.stderr, "warning:", w.String())
			}
			res := r.Lookup(args[0], when)
			if len(res) == 0 {
				fmt.Fprintf(a.stdout, "%q: no actor\n", args[0])
				return inputError{errors.New("no actor found")}
			}
			for _, lr := range res {
				m := lr.Mention
				var codes []string
				for _, ac := range m.Actors {
					s := ac.Code
					if ac.Name != "" {
						s += " (" + ac.Name + ")"
					}
					codes = append(codes, s)
				}
				fmt.Fprintf(a.stdout, "%s\t%s\t%s\n", m.Text, strings.Join(codes, ", "), m.Basis)
				fmt.Fprintf(a.stdout, "  why: %s\n", lr.Why)
			}
			return nil
		},
	}
	cmd.Flags().StringSliceVar(&dicts, "dict", nil, "user dictionary file (repeatable; Herald or PETRARCH/TABARI format)")
	cmd.Flags().StringVar(&date, "date", "", "date at which dated roles are taken (YYYY-MM-DD; default today)")
	return cmd
}
