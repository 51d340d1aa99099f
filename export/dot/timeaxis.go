package dot

import (
	"cmp"
	"math"
	"slices"
	"strconv"

	"github.com/chronograph-news/chronograph/graph"
	"github.com/chronograph-news/chronograph/timeline"
)

// timeColumn is one column of the actor–event graph: events of
// consecutive dates, drawn on one rank under a date header.
type timeColumn struct {
	id     string // header node id
	label  string // date or date range of the events
	events []string
}

// axisPrefix starts the ids of the time axis's header nodes; like
// legendPrefix it cannot begin a slug.
const axisPrefix = "time "

// columnSize is the most events one column of the graph holds: about
// 2·√n, so that n events make roughly √n/2 columns and the diagram is
// wider than tall, as a screen is.
func columnSize(n int) int {
	return max(6, int(math.Ceil(2*math.Sqrt(float64(n)))))
}

// timeColumns sorts the drawn events by date (undated last) and packs
// events of consecutive dates into columns of at most columnSize events.
// A date never shares a column with a later date once the column is
// full; a date with more events than a column holds fills several.
// Publication-bound events (on or before a day) take columns of their
// own, before the events of that day.
func timeColumns(g *graph.Graph, sel *Selection) []timeColumn {
	var evs []graph.Node
	for _, n := range g.Nodes() {
		if n.Class == graph.EventNode && sel.HasEvent(n.ID) && n.Event != nil {
			evs = append(evs, n)
		}
	}
	key := func(n graph.Node) string {
		if n.Event.Date.Bound() {
			return "before " + n.Event.Date.SortKey()
		}
		return n.Event.Date.SortKey()
	}
	slices.SortStableFunc(evs, func(x, y graph.Node) int {
		dx, dy := x.Event.Date, y.Event.Date
		if (dx.SortKey() == "") != (dy.SortKey() == "") { // undated last
			if dx.SortKey() == "" {
				return 1
			}
			return -1
		}
		return cmp.Or(timeline.CompareDates(dx, dy), cmp.Compare(dx.End, dy.End), cmp.Compare(x.ID, y.ID))
	})
	size := columnSize(len(evs))
	var cols []timeColumn
	var cur []graph.Node
	flush := func() {
		if len(cur) == 0 {
			return
		}
		first, last := DateLabel(cur[0].Event.Date), DateLabel(cur[len(cur)-1].Event.Date)
		c := timeColumn{id: axisPrefix + strconv.Itoa(len(cols)+1), label: first}
		if last != first {
			c.label = first + " – " + last
		}
		for _, n := range cur {
			c.events = append(c.events, n.ID)
		}
		cols = append(cols, c)
		cur = nil
	}
	for i := 0; i < len(evs); {
		j := i // evs[i:j] share a date
		for j < len(evs) && key(evs[j]) == key(evs[i]) {
			j++
		}
		undated := key(evs[i]) == ""
		apart := len(cur) > 0 && cur[0].Event.Date.Bound() != evs[i].Event.Date.Bound()
		if len(cur) > 0 && (len(cur)+j-i > size || undated || apart) {
			flush()
		}
		for _, n := range evs[i:j] {
			if len(cur) == size {
				flush()
			}
			cur = append(cur, n)
		}
		i = j
	}
	flush()
	return cols
}

// actorSlot returns, for each actor with participant edges, the column
// it is drawn just before: the (lower) median column of its events, so
// that an actor sits among its events in time. Edges to events in
// earlier columns are drawn backwards (see Graph).
func actorSlot(cols []timeColumn, edges []graph.Edge) (slot map[string]int, col map[string]int) {
	col = map[string]int{}
	for i, c := range cols {
		for _, id := range c.events {
			col[id] = i
		}
	}
	at := map[string][]int{}
	for _, e := range edges {
		if e.Kind != graph.ParticipantEdge {
			continue
		}
		if c, ok := col[e.Target]; ok {
			at[e.Source] = append(at[e.Source], c)
		}
	}
	slot = map[string]int{}
	for id, cs := range at {
		slices.Sort(cs)
		slot[id] = cs[(len(cs)-1)/2]
	}
	return slot, col
}
