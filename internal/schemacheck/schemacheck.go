// Package schemacheck validates Herald's JSON output against the Event
// record's JSON Schema. Tests use it to check real output.
package schemacheck

import (
	"bufio"
	"bytes"
	"fmt"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/heraldevents/herald/event"
)

// Validator checks event JSON against event.Schema().
type Validator struct{ sch *jsonschema.Schema }

// New compiles the event schema.
func New() (*Validator, error) {
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(event.Schema()))
	if err != nil {
		return nil, fmt.Errorf("parse event schema: %w", err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("event.schema.json", doc); err != nil {
		return nil, fmt.Errorf("add event schema: %w", err)
	}
	sch, err := c.Compile("event.schema.json")
	if err != nil {
		return nil, fmt.Errorf("compile event schema: %w", err)
	}
	return &Validator{sch: sch}, nil
}

// Event validates one JSON-encoded event.
func (v *Validator) Event(b []byte) error {
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
	if err != nil {
		return fmt.Errorf("parse event JSON: %w", err)
	}
	return v.sch.Validate(inst)
}

// Lines validates JSON Lines output, one event per line, and returns the
// number of events checked.
func (v *Validator) Lines(b []byte) (int, error) {
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	n := 0
	for sc.Scan() {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		n++
		if err := v.Event(line); err != nil {
			return n, fmt.Errorf("line %d: %w", n, err)
		}
	}
	return n, sc.Err()
}
