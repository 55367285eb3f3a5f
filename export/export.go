// Package export writes events in the formats researchers load into their
// tools: JSON Lines (Herald's own record), a JSON array, a readable TSV, and
// the GDELT 2.0 event-table column order.
package export

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/heraldevents/herald/event"
)

// Formats returns the names accepted by NewWriter.
func Formats() []string { return []string{"jsonl", "json", "tsv", "gdelt"} }

// Writer writes a stream of events. Close must be called once at the end;
// it finishes the output (the closing bracket of a JSON array) but does not
// close the underlying io.Writer.
type Writer interface {
	Write(e *event.Event) error
	Close() error
}

// NewWriter returns a Writer for format ("jsonl", "json", "tsv" or "gdelt").
func NewWriter(format string, w io.Writer) (Writer, error) {
	switch format {
	case "jsonl", "":
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		return &jsonlWriter{enc: enc}, nil
	case "json":
		return &jsonWriter{w: w}, nil
	case "tsv":
		return newTableWriter(w, tsvHeader, tsvRow), nil
	case "gdelt":
		return newTableWriter(w, nil, gdeltRow), nil
	}
	return nil, fmt.Errorf("unknown format %q (want one of %s)", format, strings.Join(Formats(), ", "))
}

type jsonlWriter struct{ enc *json.Encoder }

func (j *jsonlWriter) Write(e *event.Event) error { return j.enc.Encode(e) }
func (j *jsonlWriter) Close() error               { return nil }

type jsonWriter struct {
	w io.Writer
	n int
}

func (j *jsonWriter) Write(e *event.Event) error {
	b, err := json.MarshalIndent(e, "  ", "  ")
	if err != nil {
		return fmt.Errorf("encode event %s: %w", e.ID, err)
	}
	sep := ",\n  "
	if j.n == 0 {
		sep = "[\n  "
	}
	j.n++
	if _, err := io.WriteString(j.w, sep); err != nil {
		return err
	}
	_, err = j.w.Write(b)
	return err
}

func (j *jsonWriter) Close() error {
	if j.n == 0 {
		_, err := io.WriteString(j.w, "[]\n")
		return err
	}
	_, err := io.WriteString(j.w, "\n]\n")
	return err
}

type tableWriter struct {
	w      io.Writer
	header []string
	row    func(*event.Event) []string
	wrote  bool
}

func newTableWriter(w io.Writer, header []string, row func(*event.Event) []string) *tableWriter {
	return &tableWriter{w: w, header: header, row: row}
}

func (t *tableWriter) Write(e *event.Event) error {
	if !t.wrote && t.header != nil {
		if err := t.line(t.header); err != nil {
			return err
		}
	}
	t.wrote = true
	return t.line(t.row(e))
}

func (t *tableWriter) line(fields []string) error {
	for i, f := range fields {
		fields[i] = cleanField(f)
	}
	_, err := io.WriteString(t.w, strings.Join(fields, "\t")+"\n")
	return err
}

func (t *tableWriter) Close() error {
	if !t.wrote && t.header != nil {
		return t.line(t.header)
	}
	return nil
}

// cleanField keeps a value on one TSV cell: tabs and line breaks become spaces.
func cleanField(s string) string {
	if !strings.ContainsAny(s, "\t\r\n") {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r == '\t' || r == '\r' || r == '\n' {
			return ' '
		}
		return r
	}, s)
}

var tsvHeader = []string{
	"id", "date", "date_precision", "date_basis",
	"source_code", "source_text", "cameo", "cameo_name", "target_code", "target_text",
	"goldstein", "quad_class", "plover_type", "plover_mode", "modality",
	"reported_by", "said_by", "location", "issues", "rule", "article_id", "sentence_index", "sentence",
}

func actorCode(a *event.Actor) string {
	if a == nil {
		return ""
	}
	return a.Code
}

func actorText(a *event.Actor) string {
	if a == nil {
		return ""
	}
	return a.Text
}

func tsvRow(e *event.Event) []string {
	loc := ""
	if e.Location != nil {
		loc = e.Location.Text
	}
	return []string{
		e.ID, e.Date, e.DatePrecision, e.DateBasis,
		actorCode(e.Source), actorText(e.Source), e.CAMEO.Code, e.CAMEO.Name, actorCode(e.Target), actorText(e.Target),
		formatFloat(e.Goldstein), strconv.Itoa(e.QuadClass), e.PLOVER.Type, e.PLOVER.Mode, e.Modality,
		e.Attribution.ReportedBy, e.Attribution.SaidBy, loc, strings.Join(e.Issues, ","), e.Rule,
		e.Evidence.ArticleID, strconv.Itoa(e.Evidence.SentenceIndex), e.Evidence.Sentence,
	}
}

func formatFloat(f float64) string { return strconv.FormatFloat(f, 'f', 1, 64) }
