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

// BenchmarkLoadWhole measures loading the whole gazetteer from scratch, as
// the first Default of a process does: the lexicon, the project's files,
// the Phoenix dictionary and the index of its names. The budget is
// loadBudget.
func BenchmarkLoadWhole(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := parseBuiltin(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoadWholeUser is BenchmarkLoadWhole and a user file merged
// over it (LoadGazetteer indexes the names of Phoenix again, so that the
// user's names win).
func BenchmarkLoadWholeUser(b *testing.B) {
	const user = "- id: person:jane-roe\n  name: Jane Roe\n  kind: person\n"
	for i := 0; i < b.N; i++ {
		if _, err := parseBuiltin(); err != nil {
			b.Fatal(err)
		}
		if _, err := LoadGazetteer(strings.NewReader(user)); err != nil {
			b.Fatal(err)
		}
	}
}
