package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"sync"
)

// lineHandler is a slog.Handler that writes each record of level Warn or
// above as one line in the command's own style:
//
//	herald: warning: WARC revisit skipped: original not in the input (url=..., origin=...)
//
// Stages log through the *slog.Logger they are given; the command line
// gives them one built on this handler so their warnings read like the rest
// of its stderr.
type lineHandler struct {
	mu    *sync.Mutex
	w     io.Writer
	attrs []slog.Attr
}

// newLineLogger returns a logger that writes warnings and errors to w.
func newLineLogger(w io.Writer) *slog.Logger {
	return slog.New(&lineHandler{mu: new(sync.Mutex), w: w})
}

// Enabled reports whether a record of level l is written: warnings and up.
func (h *lineHandler) Enabled(_ context.Context, l slog.Level) bool {
	return l >= slog.LevelWarn
}

// Handle writes r as one line.
func (h *lineHandler) Handle(_ context.Context, r slog.Record) error {
	var b strings.Builder
	b.WriteString("herald: ")
	if r.Level >= slog.LevelError {
		b.WriteString("error: ")
	} else {
		b.WriteString("warning: ")
	}
	b.WriteString(r.Message)
	n := 0
	add := func(a slog.Attr) bool {
		if a.Equal(slog.Attr{}) {
			return true
		}
		if n == 0 {
			b.WriteString(" (")
		} else {
			b.WriteString(", ")
		}
		n++
		fmt.Fprintf(&b, "%s=%v", a.Key, a.Value.Resolve())
		return true
	}
	for _, a := range h.attrs {
		add(a)
	}
	r.Attrs(add)
	if n > 0 {
		b.WriteByte(')')
	}
	b.WriteByte('\n')
	h.mu.Lock()
	defer h.mu.Unlock()
	_, err := io.WriteString(h.w, b.String())
	return err
}

// WithAttrs returns a handler that adds attrs to every line.
func (h *lineHandler) WithAttrs(attrs []slog.Attr) slog.Handler {
	c := *h
	c.attrs = append(append([]slog.Attr(nil), h.attrs...), attrs...)
	return &c
}

// WithGroup returns h: groups are not shown on one-line messages.
func (h *lineHandler) WithGroup(string) slog.Handler { return h }
