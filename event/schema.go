package event

import _ "embed"

//go:embed schema.json
var schema string

// Schema returns the JSON Schema (draft 2020-12) of the Event record's JSON form.
func Schema() []byte { return []byte(schema) }
