package merge

import (
	_ "embed"
	"fmt"

	"github.com/chronograph-news/chronograph/event"
	"gopkg.in/yaml.v3"
)

//go:embed data/compat.yaml
var compatYAML []byte

// compatRows lists the event types that may describe one happening, as
// data/compat.yaml gives them (see that file). It is read once and never
// changed.
var compatRows = mustRows(compatYAML)

// mustRows is parseRows for the embedded table: an error there is a
// programming error.
func mustRows(data []byte) [][]event.Type {
	rows, err := parseRows(data)
	if err != nil {
		panic(err)
	}
	return rows
}

// parseRows reads a compatibility table: every type must be one of
// event.Types, and no type may be in two rows (rows are the merge's
// buckets, so they must not overlap).
func parseRows(data []byte) ([][]event.Type, error) {
	var file struct {
		Rows [][]event.Type `yaml:"rows"`
	}
	if err := yaml.Unmarshal(data, &file); err != nil {
		return nil, fmt.Errorf("merge/data/compat.yaml: %w", err)
	}
	seen := map[event.Type]int{}
	for r, row := range file.Rows {
		if len(row) < 2 {
			return nil, fmt.Errorf("merge/data/compat.yaml: row %d: a row needs two types or more", r+1)
		}
		for _, t := range row {
			if !t.Valid() {
				return nil, fmt.Errorf("merge/data/compat.yaml: row %d: unknown type %q", r+1, t)
			}
			if prev, ok := seen[t]; ok {
				return nil, fmt.Errorf("merge/data/compat.yaml: row %d: type %q is already in row %d", r+1, t, prev+1)
			}
			seen[t] = r
		}
	}
	return file.Rows, nil
}
