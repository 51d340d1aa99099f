package merge

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/chronograph-news/chronograph/event"
	"github.com/chronograph-news/chronograph/timeline"
)

// Block returns the merge block of m, for merging on many machines:
// merging each block's mentions alone and sorting the union of the events
// with [SortEvents] gives what [Merge] gives for all of them.
//
// Why: every step of the merge that joins two mentions or two events
// looks only within a bucket (the factuality class and compatibility row
// of their types; see bucket) — the candidates of the index, absorb,
// joinSpans and attachSalient all read the bucket's own lists — except
// the first, dateFromSentence, which dates a mention by a mention of the
// same type in its sentence whatever their factuality. A block is the
// compatibility row (or the type, for a type in no row), so it holds whole
// buckets and every mention of a type: no step reaches across blocks.
// Within a block the mentions are sorted by the same total order as in
// the whole (compareItems, then compareTies), clusters are numbered in
// that order, and an event's id is made from its own first source, so
// each block's events come out as they would among all the others; the
// rest of Merge (the events' order) is SortEvents. Merge's options (the
// documents' DCTs, affiliations) are the whole build's in every block.
func Block(m *event.Mention) string {
	row, _ := typeRank(m.Type)
	if row < 0 {
		return "type/" + string(m.Type)
	}
	return fmt.Sprintf("row/%d", row)
}

// SortEvents sorts events as Merge returns them: by date
// (timeline.CompareDates), then id.
func SortEvents(events []timeline.Event) {
	slices.SortFunc(events, func(a, b timeline.Event) int {
		return cmp.Or(timeline.CompareDates(a.Date, b.Date), cmp.Compare(a.ID, b.ID))
	})
}
