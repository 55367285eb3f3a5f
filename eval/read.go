package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/heraldevents/herald/plover"
)

// maxGoldBytes bounds a gold file read into memory.
const maxGoldBytes = 256 << 20

// Gold is one gold file as read.
type Gold struct {
	// Kind is "plover", "petrarch" or "document" (labelled stories).
	Kind  string
	Items []Item
	// Skipped counts the records that could not be used; Problems says
	// why, one line each, for the readers that can tell (documents).
	Skipped  int
	Problems []string
}

// Read reads a gold file and detects its form: a JSON array of PLOVER GSR
// records ("plover"), PETRARCH unit-test records as JSON Lines or the
// PETRARCH validation XML ("petrarch"), or a CSV of labelled stories,
// plain or zipped ("document", see ReadDocuments). Records that cannot be
// read are skipped and counted in skipped.
func Read(r io.Reader) (kind string, items []Item, skipped int, err error) {
	g, err := ReadGold(r)
	if g == nil {
		return "", nil, 0, err
	}
	return g.Kind, g.Items, g.Skipped, err
}

// ReadGold is Read, also returning the reasons records were skipped.
func ReadGold(r io.Reader) (*Gold, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxGoldBytes))
	if err != nil {
		return nil, fmt.Errorf("eval: read gold: %w", err)
	}
	if isZip(data) {
		items, problems, err := ReadDocuments(bytes.NewReader(data))
		return &Gold{Kind: "document", Items: items, Skipped: len(problems), Problems: problems}, err
	}
	trim := bytes.TrimSpace(data)
	g := &Gold{}
	switch {
	case len(trim) == 0:
		return nil, fmt.Errorf("eval: empty gold file")
	case trim[0] == '[':
		g.Kind = "plover"
		g.Items, g.Skipped, err = ReadPLOVER(bytes.NewReader(trim))
	case trim[0] == '<':
		g.Kind = "petrarch"
		g.Items, g.Skipped, err = ReadPetrarchXML(bytes.NewReader(trim))
	case trim[0] != '{' && csvHeader(trim) != nil:
		g.Kind = "document"
		g.Items, g.Problems, err = ReadDocuments(bytes.NewReader(trim))
		g.Skipped = len(g.Problems)
	default:
		g.Kind = "petrarch"
		g.Items, g.Skipped, err = ReadPetrarchJSONL(bytes.NewReader(trim))
	}
	return g, err
}

// gsrActor is one actor in a PLOVER GSR record.
type gsrActor struct {
	ActorText string `json:"actorText"`
	Code      string `json:"code"`
	Sector    string `json:"sector"`
}

// gsrRecord is one PLOVER GSR record.
type gsrRecord struct {
	ID     string          `json:"id"`
	Date   string          `json:"date"`
	Event  string          `json:"event"`
	Mode   string          `json:"mode"`
	Text   string          `json:"text"`
	Source json.RawMessage `json:"source"`
	Target json.RawMessage `json:"target"`
}

// gsrActors reads a source/target field: a list of actors, "" or null.
func gsrActors(raw json.RawMessage) []Actor {
	if len(raw) == 0 || raw[0] != '[' {
		return nil
	}
	var as []gsrActor
	if json.Unmarshal(raw, &as) != nil {
		return nil
	}
	out := make([]Actor, 0, len(as))
	for _, a := range as {
		out = append(out, Actor{Text: a.ActorText, Code: strings.ToUpper(strings.TrimSpace(a.Code)), Sector: a.Sector})
	}
	return out
}

// ReadPLOVER reads the PLOVER GSR JSON array. Older (v0.5) type and mode
// names are mapped to the current ones with plover.NormalizeEvent; the
// DOCUMENT record and records without text or type are skipped.
func ReadPLOVER(r io.Reader) ([]Item, int, error) {
	var recs []json.RawMessage
	if err := json.NewDecoder(io.LimitReader(r, maxGoldBytes)).Decode(&recs); err != nil {
		return nil, 0, fmt.Errorf("eval: PLOVER GSR: %w", err)
	}
	var items []Item
	skipped := 0
	for _, raw := range recs {
		var g gsrRecord
		if err := json.Unmarshal(raw, &g); err != nil || g.Event == "DOCUMENT" || strings.TrimSpace(g.Text) == "" {
			if err != nil || g.Event != "DOCUMENT" {
				skipped++
			}
			continue
		}
		typ, mode := plover.NormalizeEvent(g.Event, g.Mode)
		if typ == "" {
			skipped++
			continue
		}
		it := Item{ID: g.ID, Category: typ, Text: g.Text, PloverType: typ, PloverMode: mode,
			Sources: gsrActors(g.Source), Targets: gsrActors(g.Target)}
		if t, err := time.Parse("2006-01-02", g.Date); err == nil {
			it.Date = t
		}
		items = append(items, it)
	}
	return items, skipped, nil
}

// ReadPetrarchJSONL reads PETRARCH unit-test records, one JSON object a
// line. The field names accepted are those of the PETRARCH validation
// records turned into JSON: id, category, date (YYYYMMDD or YYYY-MM-DD),
// text (or sentence), and the expected codings as "events" (or "codings",
// "expected", "eventcoding") with sourcecode/targetcode/eventcode (or
// source/target/code), and "noevents" (true, "True") for a sentence that
// should give nothing.
func ReadPetrarchJSONL(r io.Reader) ([]Item, int, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 16<<20)
	var items []Item
	skipped := 0
	for sc.Scan() {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 || line[0] == '#' {
			continue
		}
		var m map[string]any
		if err := json.Unmarshal(line, &m); err != nil {
			skipped++
			continue
		}
		it, ok := petrarchItem(m)
		if !ok {
			skipped++
			continue
		}
		items = append(items, it)
	}
	if err := sc.Err(); err != nil {
		return items, skipped, fmt.Errorf("eval: PETRARCH JSONL: %w", err)
	}
	return items, skipped, nil
}

func str(m map[string]any, keys ...string) string {
	for _, k := range keys {
		for mk, v := range m {
			if !strings.EqualFold(mk, k) {
				continue
			}
			switch x := v.(type) {
			case string:
				return strings.TrimSpace(x)
			case float64:
				return strings.TrimSpace(fmt.Sprint(int64(x)))
			case bool:
				if x {
					return "true"
				}
				return "false"
			}
		}
	}
	return ""
}

func list(m map[string]any, keys ...string) []any {
	for _, k := range keys {
		for mk, v := range m {
			if strings.EqualFold(mk, k) {
				switch x := v.(type) {
				case []any:
					return x
				case map[string]any:
					return []any{x}
				}
			}
		}
	}
	return nil
}

func parseDate(s string) time.Time {
	for _, layout := range []string{"20060102", "2006-01-02", "060102"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t
		}
	}
	return time.Time{}
}

func petrarchItem(m map[string]any) (Item, bool) {
	it := Item{
		ID:       str(m, "id", "sentence_id", "sid"),
		Category: str(m, "category", "cat"),
		Text:     strings.Join(strings.Fields(str(m, "text", "sentence", "Text")), " "),
		Date:     parseDate(str(m, "date")),
	}
	if it.Text == "" {
		return it, false
	}
	no := strings.ToLower(str(m, "noevents", "noevent", "no_events", "no_event"))
	it.NoEvent = no == "true" || no == "1"
	for _, e := range list(m, "events", "codings", "expected", "eventcoding", "eventcodings", "gold") {
		em, ok := e.(map[string]any)
		if !ok {
			continue
		}
		if strings.EqualFold(str(em, "noevents", "noevent"), "true") {
			it.NoEvent = true
			continue
		}
		t := Triple{Source: str(em, "sourcecode", "source", "src"), Target: str(em, "targetcode", "target", "tgt"), Code: str(em, "eventcode", "code", "event")}
		if t.Code == "" {
			continue
		}
		it.Events = append(it.Events, t)
	}
	if it.NoEvent {
		it.Events = nil
	}
	return it, true
}

// xmlSentence is one record of the PETRARCH validation XML.
type xmlSentence struct {
	ID       string `xml:"id,attr"`
	Date     string `xml:"date,attr"`
	Category string `xml:"category,attr"`
	Valid    string `xml:"sentence,attr"`
	Codings  []struct {
		Source   string `xml:"sourcecode,attr"`
		Target   string `xml:"targetcode,attr"`
		Code     string `xml:"eventcode,attr"`
		NoEvents string `xml:"noevents,attr"`
	} `xml:"EventCoding"`
	Text string `xml:"Text"`
}

// ReadPetrarchXML reads the PETRARCH validation file
// (PETR.UnitTest.records): <Sentence> elements with <EventCoding>
// attributes and <Text>. Records marked sentence="false" are skipped, as
// PETRARCH itself skips them.
func ReadPetrarchXML(r io.Reader) ([]Item, int, error) {
	dec := xml.NewDecoder(io.LimitReader(r, maxGoldBytes))
	dec.Strict = false
	var items []Item
	skipped := 0
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return items, skipped, fmt.Errorf("eval: PETRARCH XML: %w", err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok || se.Name.Local != "Sentence" {
			continue
		}
		var s xmlSentence
		if err := dec.DecodeElement(&s, &se); err != nil {
			skipped++
			continue
		}
		if strings.EqualFold(s.Valid, "false") {
			skipped++
			continue
		}
		it := Item{ID: s.ID, Category: s.Category, Text: strings.Join(strings.Fields(s.Text), " "), Date: parseDate(s.Date)}
		if it.Text == "" {
			skipped++
			continue
		}
		for _, c := range s.Codings {
			if strings.EqualFold(c.NoEvents, "true") {
				it.NoEvent = true
				continue
			}
			if c.Code != "" {
				it.Events = append(it.Events, Triple{Source: c.Source, Target: c.Target, Code: c.Code})
			}
		}
		if it.NoEvent {
			it.Events = nil
		}
		items = append(items, it)
	}
	return items, skipped, nil
}
