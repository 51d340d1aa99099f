package actor

import (
	"strings"
	"testing"
)

// BenchmarkLoadPhoenix measures parsing and indexing the embedded Phoenix
// dictionary (LoadPhoenix does it once per process).
func BenchmarkLoadPhoenix(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := parsePhoenix(phoenixName, phoenixFile); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoadWhole measures loading what a run with dated lookups loads:
// the gazetteer (rebuilt with a user file, as LoadGazetteer does without
// its cache) and the Phoenix dictionary. The budget is 300 ms.
func BenchmarkLoadWhole(b *testing.B) {
	const user = "- id: person:jane-roe\n  name: Jane Roe\n  kind: person\n"
	for i := 0; i < b.N; i++ {
		g, err := LoadGazetteer(strings.NewReader(user))
		if err != nil {
			b.Fatal(err)
		}
		p, err := parsePhoenix(phoenixName, phoenixFile)
		if err != nil {
			b.Fatal(err)
		}
		NewDictionary(g, p)
	}
}
