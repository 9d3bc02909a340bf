package pipeline

import _ "embed"

// SchemaJSON is the JSON Schema (draft 2020-12) of lede/v1: a Result or an
// ErrorRecord, as lede writes them. "lede schema" prints it; the tests
// validate every golden and error record against it.
//
//go:embed schema.json
var SchemaJSON []byte
