package merge

import (
	"fmt"
	"testing"

	"github.com/chronograph-news/chronograph/event"
)

// BenchmarkMerge merges 2,000 mentions from 200 documents: 50 agents, six
// types, dates spread over a year, so that many mentions are candidates
// for the same events.
func BenchmarkMerge(b *testing.B) {
	types := []event.Type{"visit", "meeting", "weapons_test", "military_deployment", "statement", "attack"}
	var ms []event.Mention
	for i := range 2000 {
		day := fmt.Sprintf("2025-%02d-%02d", 1+i%12, 1+i%28)
		if i%5 == 0 {
			day = day[:7]
		}
		ms = append(ms, mention(fmt.Sprintf("doc%03d", i%200), i/200, types[i%len(types)], day,
			fmt.Sprintf("person:p%d", i%50), fmt.Sprintf("person:p%d", (i+7)%50)))
	}
	o := opts()
	b.ReportAllocs()
	for b.Loop() {
		Merge(ms, o)
	}
}
