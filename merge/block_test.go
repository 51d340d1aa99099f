package merge

import (
	"fmt"
	"reflect"
	"slices"
	"testing"

	"github.com/chronograph-news/chronograph/event"
	"github.com/chronograph-news/chronograph/timeline"
)

// TestBlocksMergeAlone checks Block's promise: merging each block's
// mentions alone and sorting the union with SortEvents gives what Merge
// gives for all of them, for mentions of many documents and of one long
// document, with and without the merge of named spans.
func TestBlocksMergeAlone(t *testing.T) {
	o := randomOptions()
	for seed := range uint64(24) {
		ms := randomMentions(seed, 100+60*int(seed))
		if seed%3 == 2 {
			ms = oneDocument(seed, 200+20*int(seed))
		}
		o.Spans = seed%2 == 1
		want := Merge(ms, o)
		blocks := map[string][]event.Mention{}
		var keys []string
		for _, m := range ms {
			k := Block(&m)
			if blocks[k] == nil {
				keys = append(keys, k)
			}
			blocks[k] = append(blocks[k], m)
		}
		var got []timeline.Event
		for _, k := range keys {
			got = append(got, Merge(blocks[k], o)...)
		}
		SortEvents(got)
		if !reflect.DeepEqual(canonical(got), canonical(want)) {
			t.Errorf("seed %d: the blocks merged alone give %d events, all at once %d:\n%v\n%v", seed, len(got), len(want), summary(got), summary(want))
		}
	}
}

// canonical returns events sorted by all they hold: the random mentions
// put mentions of different factualities at one place, so two events can
// share an id (made from their first source), which SortEvents leaves in
// either order.
func canonical(events []timeline.Event) []string {
	out := make([]string, len(events))
	for i, e := range events {
		out[i] = fmt.Sprintf("%+v", e)
	}
	slices.Sort(out)
	return out
}

// TestFirstClusterAbsorbed checks that a weak event (no named side) made
// first in its block joins the one event that takes it, as it does when
// events of other blocks come before it: "calls for his resignation" told
// on the day, then "Kim called for his resignation" and "the appeal".
func TestFirstClusterAbsorbed(t *testing.T) {
	appeals := []event.Mention{
		mention("a", 0, event.Appeal, "2025-03-21", ""),
		mention("a", 5, event.Appeal, "", "person:kim"),
		mention("a", 8, event.Appeal, "2025-03-21", ""),
	}
	other := mention("a", 0, event.Arrest, "2025-03-21", "agent:RUS:police")
	for _, ms := range [][]event.Mention{appeals, append(slices.Clone(appeals), other)} {
		var got []string
		for _, e := range Merge(ms, opts()) {
			if e.Type == string(event.Appeal) {
				got = append(got, fmt.Sprintf("%d sources", len(e.Sources)))
			}
		}
		if !slices.Equal(got, []string{"3 sources"}) {
			t.Errorf("with %d mentions: appeals merged as %v, want one event of 3 sources", len(ms), got)
		}
	}
}
