package graph

import (
	_ "embed"

	"github.com/chronograph-news/chronograph/timeline"
)

//go:embed schema/graph.schema.json
var schema []byte

// SchemaID is the $id of the JSON Schema that graph.json follows.
const SchemaID = "https://chronograph-news.github.io/chronograph/schema/graph.schema.json"

// Schema returns the JSON Schema (draft 2020-12) of the file WriteJSON
// writes. The caller owns the returned slice.
func Schema() []byte { return append([]byte(nil), schema...) }

// ValidateJSON checks that data is a graph.json that follows Schema.
func ValidateJSON(data []byte) error { return timeline.ValidateWith(SchemaID, schema, data) }
