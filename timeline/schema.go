package timeline

import (
	"bytes"
	_ "embed"
	"fmt"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

//go:embed schema/timeline.schema.json
var schema []byte

// SchemaID is the $id of the JSON Schema that timeline.json follows.
const SchemaID = "https://chronograph-news.github.io/chronograph/schema/timeline.schema.json"

// Schema returns the JSON Schema (draft 2020-12) of the file WriteJSON
// writes. The caller owns the returned slice.
func Schema() []byte { return append([]byte(nil), schema...) }

// ValidateJSON checks that data is a timeline.json that follows Schema. The
// error lists every violation with its JSON pointer.
func ValidateJSON(data []byte) error {
	return ValidateWith(SchemaID, schema, data)
}

// ValidateWith checks data against the JSON Schema text whose $id is id.
// It lets other packages (graph) validate against their own embedded
// schemas the same way.
func ValidateWith(id string, schemaText, data []byte) error {
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(schemaText))
	if err != nil {
		return fmt.Errorf("schema %s: %w", id, err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource(id, doc); err != nil {
		return fmt.Errorf("schema %s: %w", id, err)
	}
	sch, err := c.Compile(id)
	if err != nil {
		return fmt.Errorf("schema %s: %w", id, err)
	}
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		return err
	}
	return sch.Validate(v)
}
