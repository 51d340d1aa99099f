package actor

import (
	"strings"
	"testing"
)

// BenchmarkDefault measures Default, which every build calls once per run
// (and tests once per test).
func BenchmarkDefault(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := Default(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoadGazetteerUser measures LoadGazetteer with a small user file
// merged over the built-in data.
func BenchmarkLoadGazetteerUser(b *testing.B) {
	const user = "- id: person:jane-roe\n  name: Jane Roe\n  kind: person\n  aliases: [J. Roe]\n"
	for i := 0; i < b.N; i++ {
		if _, err := LoadGazetteer(strings.NewReader(user)); err != nil {
			b.Fatal(err)
		}
	}
}
