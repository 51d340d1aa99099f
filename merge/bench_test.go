package merge

import (
	"fmt"
	"testing"

	"github.com/chronograph-news/chronograph/event"
)

// synthetic returns n mentions from n/10 documents: 50 agents, six
// types, dates spread over a year (one in five at month level), so that
// many mentions are candidates for the same events.
func synthetic(n int) []event.Mention {
	types := []event.Type{"visit", "meeting", "weapons_test", "military_deployment", "statement", "attack"}
	docs := max(n/10, 1)
	var ms []event.Mention
	for i := range n {
		day := fmt.Sprintf("2025-%02d-%02d", 1+i%12, 1+i%28)
		if i%5 == 0 {
			day = day[:7]
		}
		ms = append(ms, mention(fmt.Sprintf("doc%05d", i%docs), i/docs, types[i%len(types)], day,
			fmt.Sprintf("person:p%d", i%50), fmt.Sprintf("person:p%d", (i+7)%50)))
	}
	return ms
}

// BenchmarkMerge merges 2,000 mentions from 200 documents.
func BenchmarkMerge(b *testing.B) {
	ms := synthetic(2000)
	o := opts()
	b.ReportAllocs()
	for b.Loop() {
		Merge(ms, o)
	}
}

// BenchmarkMergeLarge merges 20,000 mentions from 2,000 documents.
func BenchmarkMergeLarge(b *testing.B) {
	ms := synthetic(20000)
	o := opts()
	b.ReportAllocs()
	for b.Loop() {
		Merge(ms, o)
	}
}

// BenchmarkMergeMixed merges 20,000 random mentions of every kind the
// index treats apart (see randomMentions).
func BenchmarkMergeMixed(b *testing.B) {
	ms := randomMentions(1, 20000)
	o := randomOptions()
	b.ReportAllocs()
	for b.Loop() {
		Merge(ms, o)
	}
}

// BenchmarkMergeOneDocument merges 20,000 random mentions told by one
// long document (see oneDocument): the case of a single huge article,
// where every event shares the document and most share its DCT's day.
func BenchmarkMergeOneDocument(b *testing.B) {
	ms := oneDocument(1, 20000)
	o := randomOptions()
	b.ReportAllocs()
	for b.Loop() {
		Merge(ms, o)
	}
}
