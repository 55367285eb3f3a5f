// Command herald turns raw news into political event data: who did what to
// whom, when, where, and according to whom.
//
// This package holds the command line only: flags, wiring and exit codes.
// Every stage of the work lives in its own package.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"

	"github.com/spf13/cobra"
)

// Exit codes.
const (
	exitOK    = 0
	exitInput = 1 // some input could not be read or coded
	exitUsage = 2 // the command line is wrong
)

// inputError marks an error caused by the input (exit code 1). Commands
// report each bad input on stderr as they go and return an inputError at
// the end so the exit code says some input failed.
type inputError struct{ err error }

func (e inputError) Error() string { return e.err.Error() }
func (e inputError) Unwrap() error { return e.err }

// errInputs is returned by a command after it has already reported one or
// more bad inputs on stderr.
var errInputs = inputError{errors.New("some inputs could not be processed")}

// app carries what every command needs; it replaces global state.
type app struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
}

func newRootCmd(a *app) *cobra.Command {
	root := &cobra.Command{
		Use:   "herald",
		Short: "Herald turns raw news into political event data (CAMEO and PLOVER)",
		Long: `Herald reads news (HTML pages, scraped text, feeds, WARC archives, JSON Lines)
and codes who did what to whom, when, where and according to whom, as CAMEO and
PLOVER events with modality, attribution, place, date and evidence.`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetIn(a.stdin)
	root.SetOut(a.stdout)
	root.SetErr(a.stderr)
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return usageError{err}
	})
	root.AddCommand(
		newVersionCmd(a),
		newCodeCmd(a),
		newExtractCmd(a),
		newDictCmd(a),
		newExplainCmd(a), newEvalCmd(a),
	)
	return root
}

// usageError marks a command-line mistake (exit code 2).
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

func run(ctx context.Context, args []string, a *app) int {
	root := newRootCmd(a)
	root.SetArgs(args)
	err := root.ExecuteContext(ctx)
	if err == nil {
		return exitOK
	}
	var ie inputError
	if errors.As(err, &ie) {
		if err != errInputs {
			fmt.Fprintln(a.stderr, "herald:", err)
		}
		return exitInput
	}
	fmt.Fprintln(a.stderr, "herald:", err)
	var ue usageError
	if errors.As(err, &ue) || isCobraUsage(err) {
		return exitUsage
	}
	return exitInput
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := run(ctx, os.Args[1:], &app{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr})
	stop()
	os.Exit(code)
}
