package eval

import (
	"archive/zip"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"path"
	"sort"
	"strings"

	"github.com/heraldevents/herald/event"
	"github.com/heraldevents/herald/plover"
)

// maxRowErrors is the number of bad CSV rows after which a document file
// is given up as not being a labelled-story CSV at all.
const maxRowErrors = 1000

// zipMagic starts every zip archive.
var zipMagic = []byte("PK\x03\x04")

// isZip reports whether data is a zip archive.
func isZip(data []byte) bool { return bytes.HasPrefix(data, zipMagic) }

// unzipCSV returns the content of the first .csv member of a zip archive
// (or of its only member when none ends in .csv).
func unzipCSV(data []byte) ([]byte, string, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, "", fmt.Errorf("eval: zip: %w", err)
	}
	var pick *zip.File
	for _, f := range zr.File {
		if f.FileInfo().IsDir() || strings.HasPrefix(path.Base(f.Name), ".") || strings.HasPrefix(f.Name, "__MACOSX/") {
			continue
		}
		if strings.EqualFold(path.Ext(f.Name), ".csv") {
			pick = f
			break
		}
		if pick == nil {
			pick = f
		}
	}
	if pick == nil {
		return nil, "", fmt.Errorf("eval: zip: no file in the archive")
	}
	rc, err := pick.Open()
	if err != nil {
		return nil, "", fmt.Errorf("eval: zip member %s: %w", pick.Name, err)
	}
	defer rc.Close()
	b, err := io.ReadAll(io.LimitReader(rc, maxGoldBytes+1))
	if err != nil {
		return nil, "", fmt.Errorf("eval: zip member %s: %w", pick.Name, err)
	}
	if len(b) > maxGoldBytes {
		return nil, "", fmt.Errorf("eval: zip member %s: larger than %d bytes", pick.Name, maxGoldBytes)
	}
	return b, pick.Name, nil
}

// csvHeader returns the column index of each lower-cased header name of a
// CSV whose first record is a header, or nil when data does not start
// with a header naming both a "text" and a "label" column.
func csvHeader(data []byte) map[string]int {
	r := csv.NewReader(bytes.NewReader(data))
	r.FieldsPerRecord = -1
	rec, err := r.Read()
	if err != nil {
		return nil
	}
	cols := map[string]int{}
	for i, name := range rec {
		n := strings.ToLower(strings.TrimSpace(strings.TrimPrefix(name, "\ufeff")))
		if _, dup := cols[n]; !dup {
			cols[n] = i
		}
	}
	_, text := cols["text"]
	_, label := cols["label"]
	if !text || !label {
		return nil
	}
	return cols
}

// ReadDocuments reads labelled stories from a CSV file with a header
// naming at least a "text" and a "label" column, and optionally "mode",
// "title" and "id" (the NGEC synthetic-story files have disclaimer, text,
// title, source, prompt, label, mode). Each row is one document: the
// label is the PLOVER event type the story is about (older names are
// mapped with plover.Normalize), the mode is kept as given. Rows that
// cannot be used are skipped; each gets one line in problems naming the
// row (1 = first record after the header), its line and the reason.
func ReadDocuments(r io.Reader) (items []Item, problems []string, err error) {
	data, err := io.ReadAll(io.LimitReader(r, maxGoldBytes))
	if err != nil {
		return nil, nil, fmt.Errorf("eval: read documents: %w", err)
	}
	if isZip(data) {
		if data, _, err = unzipCSV(data); err != nil {
			return nil, nil, err
		}
	}
	cols := csvHeader(data)
	if cols == nil {
		return nil, nil, fmt.Errorf("eval: documents: no CSV header with text and label columns")
	}
	cr := csv.NewReader(bytes.NewReader(data))
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	if _, err := cr.Read(); err != nil { // header, checked above
		return nil, nil, fmt.Errorf("eval: documents: header: %w", err)
	}
	field := func(rec []string, name string) string {
		i, ok := cols[name]
		if !ok || i >= len(rec) {
			return ""
		}
		return strings.TrimSpace(rec[i])
	}
	width := 0
	for _, i := range cols {
		width = max(width, i+1)
	}
	for row := 1; ; row++ {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			line := 0
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				line = pe.StartLine
				err = pe.Err
			}
			problems = append(problems, fmt.Sprintf("row %d (line %d): %v", row, line, err))
			if len(problems) > maxRowErrors {
				return items, problems, fmt.Errorf("eval: documents: more than %d bad rows, giving up", maxRowErrors)
			}
			continue
		}
		line, _ := cr.FieldPos(0)
		bad := func(reason string) {
			problems = append(problems, fmt.Sprintf("row %d (line %d): %s", row, line, reason))
		}
		if len(rec) < width {
			bad(fmt.Sprintf("%d fields, the header has %d", len(rec), width))
			continue
		}
		text := strings.TrimSpace(field(rec, "text"))
		label := field(rec, "label")
		typ := plover.Normalize(label)
		switch {
		case text == "":
			bad("empty text")
			continue
		case label == "":
			bad("empty label")
			continue
		case typ == "":
			bad(fmt.Sprintf("label %q is not a PLOVER event type", label))
			continue
		}
		id := field(rec, "id")
		if id == "" {
			id = fmt.Sprintf("row %d", row)
		}
		items = append(items, Item{ID: id, Category: typ, Text: text, PloverType: typ,
			PloverMode: strings.ToLower(field(rec, "mode")), Title: field(rec, "title")})
	}
	return items, problems, nil
}

// topType returns the most frequent PLOVER type among evs, ties going to
// the type seen first; "" when there is no event.
func topType(evs []event.Event) string {
	count := map[string]int{}
	best, bestN := "", 0
	for i := range evs {
		t := evs[i].PLOVER.Type
		count[t]++
	}
	for i := range evs {
		t := evs[i].PLOVER.Type
		if count[t] > bestN {
			best, bestN = t, count[t]
		}
	}
	return best
}

// scoreDocument scores one labelled story: is some event of the labelled
// type (DocAny), is the labelled type the most frequent one (DocTop), is
// there no event at all (DocNone); LabelEvents counts its events of the
// labelled type.
func scoreDocument(it *Item, evs []event.Event, s *Scores) string {
	s.Sentences = 1
	s.GoldEvents = 1
	s.PredEvents = len(evs)
	if len(evs) == 0 {
		s.DocNone = 1
		return fmt.Sprintf("%s: want %s, got no event", it.ID, it.PloverType)
	}
	for i := range evs {
		if evs[i].PLOVER.Type == it.PloverType {
			s.LabelEvents++
		}
	}
	if s.LabelEvents > 0 {
		s.DocAny = 1
		s.TruePos = 1
	}
	top := topType(evs)
	if top == it.PloverType {
		s.DocTop = 1
		return ""
	}
	return fmt.Sprintf("%s: want %s, most frequent %s (%s)", it.ID, it.PloverType, top, typeCounts(evs))
}

// typeCounts lists the PLOVER types of evs with their counts, most
// frequent first.
func typeCounts(evs []event.Event) string {
	count := map[string]int{}
	for i := range evs {
		count[evs[i].PLOVER.Type]++
	}
	types := make([]string, 0, len(count))
	for t := range count {
		types = append(types, t)
	}
	sort.Slice(types, func(i, j int) bool {
		if count[types[i]] != count[types[j]] {
			return count[types[i]] > count[types[j]]
		}
		return types[i] < types[j]
	})
	parts := make([]string, len(types))
	for i, t := range types {
		parts[i] = fmt.Sprintf("%s %d", t, count[t])
	}
	return strings.Join(parts, ", ")
}

// writeDocument prints the document-level table.
func (r *Report) writeDocument(b *strings.Builder, cats []string) {
	fmt.Fprintf(b, "%-12s %6s %8s %8s %8s %8s %10s\n", "label", "docs", "any", "top", "none", "ev/doc", "label-ev")
	row := func(name string, s *Scores) {
		fmt.Fprintf(b, "%-12s %6d %8.3f %8.3f %8.3f %8.2f %10.3f\n", name, s.Sentences, ratio(s.DocAny, s.Sentences),
			ratio(s.DocTop, s.Sentences), ratio(s.DocNone, s.Sentences),
			float64(s.PredEvents)/float64(max(s.Sentences, 1)), ratio(s.LabelEvents, s.PredEvents))
	}
	for _, c := range cats {
		row(c, r.ByCategory[c])
	}
	row("ALL", &r.Overall)
	fmt.Fprintf(b, "macro avg: any %.3f, top %.3f, none %.3f over %d labels\n", r.macro(func(s *Scores) int { return s.DocAny }),
		r.macro(func(s *Scores) int { return s.DocTop }), r.macro(func(s *Scores) int { return s.DocNone }), len(cats))
}

// macro is the mean over categories of f(scores)/documents.
func (r *Report) macro(f func(*Scores) int) float64 {
	if len(r.ByCategory) == 0 {
		return 0
	}
	sum := 0.0
	for _, s := range r.ByCategory {
		sum += ratio(f(s), s.Sentences)
	}
	return sum / float64(len(r.ByCategory))
}
