package merge

import (
	_ "embed"
	"fmt"
	"strings"

	"gopkg.in/yaml.v3"
)

//go:embed data/regions.yaml
var regionsYAML []byte

// regionNouns holds the nouns of data/regions.yaml: the last word of the
// name of a country's first-level division ("Hunan Province").
var regionNouns = mustWordSet(regionsYAML, "regions.yaml", "regions")

// mustWordSet reads the word list under key of an embedded data file; an
// error there is a programming error.
func mustWordSet(data []byte, name, key string) map[string]bool {
	var file map[string][]string
	if err := yaml.Unmarshal(data, &file); err != nil {
		panic(fmt.Errorf("merge/data/%s: %w", name, err))
	}
	set := map[string]bool{}
	for _, w := range file[key] {
		set[strings.ToLower(w)] = true
	}
	return set
}

// placePrefix begins a place's actor id.
const placePrefix = "place:"

// region reports whether id is a place named as a country's first-level
// division (data/regions.yaml): its id's last word is one of those nouns
// ("place:hunan-province").
func region(id string) bool {
	if !strings.HasPrefix(id, placePrefix) {
		return false
	}
	return regionNouns[id[strings.LastIndexByte(id, '-')+1:]]
}
