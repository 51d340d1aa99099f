package cameo

import (
	"embed"
	"io/fs"
)

//go:embed data/*.tsv
var data embed.FS

// Load reads the dictionary embedded from data/ (verbs.tsv, patterns.tsv,
// sets.tsv). Each call builds a new Dictionary.
func Load() (*Dictionary, error) {
	sub, err := fs.Sub(data, "data")
	if err != nil {
		return nil, err
	}
	return ReadFS(sub)
}
