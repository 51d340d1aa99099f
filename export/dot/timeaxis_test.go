package dot

import (
	"fmt"
	"slices"
	"testing"

	"github.com/chronograph-news/chronograph/graph"
	"github.com/chronograph-news/chronograph/timeline"
)

func TestColumnSize(t *testing.T) {
	for _, c := range []struct{ n, want int }{{0, 6}, {4, 6}, {10, 7}, {43, 14}, {300, 35}} {
		if got := columnSize(c.n); got != c.want {
			t.Errorf("columnSize(%d) = %d, want %d", c.n, got, c.want)
		}
	}
}

// day makes a one-day date.
func day(s string) timeline.Date {
	return timeline.Date{Value: s, Start: s, End: s, Granularity: "day"}
}

func TestTimeColumns(t *testing.T) {
	tl := &timeline.Timeline{Actors: []timeline.Actor{{ID: "a", Name: "A", Kind: "person"}, {ID: "b", Name: "B", Kind: "country"}}}
	add := func(id string, d timeline.Date, actors ...string) {
		e := timeline.Event{ID: id, Type: "meeting", Title: id, Date: d}
		for _, a := range actors {
			e.Participants = append(e.Participants, timeline.Participant{Actor: a, Role: "agent"})
		}
		tl.Events = append(tl.Events, e)
	}
	// eleven events make columns of 7: a day of eight events does not
	// fit after the year's event, starts a column and spills into the
	// next, which the following day shares; undated events come last
	add("u1", timeline.Date{}, "a")
	for i := range 8 {
		add(fmt.Sprintf("d%d", i), day("2025-03-21"), "b")
	}
	add("y", timeline.Date{Value: "2024", Start: "2024-01-01", End: "2024-12-31", Granularity: "year"}, "a", "b")
	add("e", day("2025-03-22"), "a")
	g, err := graph.Build(tl)
	if err != nil {
		t.Fatal(err)
	}
	cols := timeColumns(g, nil)
	var got [][]string
	var labels []string
	for _, c := range cols {
		got = append(got, c.events)
		labels = append(labels, c.label)
	}
	want := [][]string{{"y"}, {"d0", "d1", "d2", "d3", "d4", "d5", "d6"}, {"d7", "e"}, {"u1"}}
	if !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("columns %q, want %q", got, want)
	}
	wantLabels := []string{"2024", "21 Mar 2025", "21 Mar 2025 – 22 Mar 2025", "undated"}
	if !slices.Equal(labels, wantLabels) {
		t.Errorf("labels %q, want %q", labels, wantLabels)
	}
	// a: events in columns 0, 2, 3: median 2; b: 0, 1 ×7, 2: median 1
	slot, col := actorSlot(cols, g.Edges())
	if slot["a"] != 2 || slot["b"] != 1 || col["u1"] != 3 || col["d7"] != 2 {
		t.Errorf("slots %v, columns %v", slot, col)
	}
}
