package dot

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/chronograph-news/chronograph/graph"
	"github.com/chronograph-news/chronograph/timeline"
)

// Timeline writes tl as a chronological diagram (timeline.dot): a vertical
// axis of period nodes (a year, then its seasons and months, in date
// order) inside one cluster per year, each event drawn on the row of its
// period, left to right by date. Day events are solid boxes; events dated
// only to a week, month, season or year are dashed and sit on that
// period's row; publication-bound events (no date of their own, on or
// before their article's date) are dotted, tinted boxes on a row of their
// own, "on or before DATE", after the month of that date. Each label holds the date, the wrapped title, the actors
// taking part and the number of sources. Undated events come last.
func Timeline(w io.Writer, tl *timeline.Timeline, opt Options) error {
	var sel *Selection
	if opt.Focus != "" || opt.Top > 0 {
		g, err := graph.Build(tl)
		if err != nil {
			return fmt.Errorf("timeline.dot: %w", err)
		}
		if sel, err = Select(tl, g, opt); err != nil {
			return fmt.Errorf("timeline.dot: %w", err)
		}
	}
	names := map[string]string{}
	for _, a := range tl.Actors {
		names[a.ID] = a.Name
	}
	rows := periodRows(tl, sel)

	p := &printer{w: w}
	font := opt.font()
	p.open("digraph \"timeline\"")
	gattrs := []attr{
		a("rankdir", "TB"), a("fontname", font), a("fontsize", "12"),
		a("nodesep", "0.2"), a("ranksep", "0.35"), a("newrank", "true"), a("bgcolor", "white"),
	}
	var caption []string
	if opt.Title != "" {
		caption = append(Wrap(opt.Title, 80), "")
	}
	caption = append(caption, timelineKey)
	gattrs = append(gattrs, al("label", lines(caption...)), a("labelloc", "t"))
	p.defaults("graph", gattrs...)
	p.defaults("node", a("fontname", font), a("fontsize", "10"), a("shape", "box"), a("style", "rounded,filled"), a("fillcolor", eventFill), a("color", eventLine), a("margin", "0.12,0.06"))
	p.defaults("edge", a("color", axisLine), a("arrowsize", "0.6"))

	wrap := opt.wrap()
	perRow := opt.perRow()
	var axis []string
	for i := 0; i < len(rows); {
		year := rows[i].year
		j := i
		for j < len(rows) && rows[j].year == year {
			j++
		}
		p.open("subgraph \"cluster_%s\"", escapeID(year))
		p.defaults("graph", a("label", ""), a("style", "rounded"), a("color", "#cccccc"))
		for _, r := range rows[i:j] {
			// a period with many events continues on further rows
			for k, chunk := range chunks(r.events, perRow) {
				id, lab := r.id, r.label
				if k > 0 {
					id, lab = r.id+" #"+strconv.Itoa(k+1), ""
				}
				p.open("subgraph")
				p.defaults("graph", a("rank", "same"))
				if k == 0 {
					p.node(id, a("label", lab), a("shape", "plaintext"), a("style", ""), a("fontsize", r.fontsize()), a("class", "axis"))
				} else {
					p.node(id, a("label", ""), a("shape", "point"), a("width", "0.05"), a("style", "filled"), a("fillcolor", axisLine), a("color", axisLine), a("class", "axis"))
				}
				prev := id
				for _, e := range chunk {
					p.node(e.ID, eventLabel(e, names, wrap)...)
				}
				for _, e := range chunk {
					p.edge(prev, e.ID, a("style", "invis"))
					prev = e.ID
				}
				p.close()
				axis = append(axis, id)
			}
		}
		p.close()
		i = j
	}
	for i := 1; i < len(axis); i++ {
		p.edge(axis[i-1], axis[i], a("weight", "100"), a("penwidth", "2"))
	}
	p.close()
	return p.err
}

// timelineKey explains the box styles under the diagram's title.
const timelineKey = "solid box: dated to the day · dashed: a week, month, season or year · dotted, own row: no date of its own, on or before publication · grey: reported or uncertain"

// row is one period on the axis and the events drawn on it.
type row struct {
	year   string // cluster
	id     string // axis node id
	label  string
	level  int    // 0 year, 1 season/quarter/half, 2 month/week/day, 3 on or before a day
	start  string // YYYY-MM-DD, for ordering
	events []*timeline.Event
}

func (r row) fontsize() string {
	if r.level == 0 {
		return "14"
	}
	return "11"
}

// periodRows groups the selected events by period, in date order.
func periodRows(tl *timeline.Timeline, sel *Selection) []row {
	byID := map[string]*row{}
	add := func(r row) *row {
		if old, ok := byID[r.id]; ok {
			return old
		}
		byID[r.id] = &r
		return &r
	}
	for i := range tl.Events {
		e := &tl.Events[i]
		if !sel.HasEvent(e.ID) {
			continue
		}
		r := add(period(e.Date))
		if r.level > 0 && r.year != "" { // every year cluster starts with its year row
			add(row{year: r.year, id: "axis " + r.year, label: r.year, level: 0, start: r.year + "-01-01"})
		}
		r.events = append(r.events, e)
	}
	var rows []row
	for _, r := range byID {
		slices.SortStableFunc(r.events, func(x, y *timeline.Event) int {
			return cmp.Or(timeline.CompareDates(x.Date, y.Date), cmp.Compare(x.Date.End, y.Date.End), cmp.Compare(x.ID, y.ID))
		})
		rows = append(rows, *r)
	}
	slices.SortFunc(rows, func(x, y row) int {
		// undated ("" year) last
		if (x.year == "") != (y.year == "") {
			if x.year == "" {
				return 1
			}
			return -1
		}
		return cmp.Or(cmp.Compare(x.year, y.year), cmp.Compare(x.start, y.start), cmp.Compare(x.level, y.level), cmp.Compare(x.id, y.id))
	})
	return rows
}

// period returns the axis row an event date belongs to.
func period(d timeline.Date) row {
	if d.Bound() && len(d.End) == 10 && isDigits(d.End[:4]) {
		// drawn apart from the day-dated events: a row of its own
		return row{year: d.End[:4], id: "axis before " + d.End, label: DateLabel(d), level: 3, start: d.End}
	}
	year := ""
	switch {
	case len(d.Value) >= 4 && isDigits(d.Value[:4]):
		year = d.Value[:4]
	case len(d.Start) >= 4 && isDigits(d.Start[:4]):
		year = d.Start[:4]
	default:
		return row{id: "axis undated", label: "undated", level: 0}
	}
	start := d.Start
	if start == "" {
		start = year + "-01-01"
	}
	rest := strings.TrimPrefix(strings.TrimPrefix(d.Value, year), "-")
	switch {
	case rest == "" && (d.Granularity == "year" || d.Granularity == "" && len(d.Value) == 4):
		return row{year: year, id: "axis " + year, label: year, level: 0, start: year + "-01-01"}
	case seasonNames[rest] != "" || len(rest) == 2 && (rest[0] == 'Q' || rest[0] == 'H'):
		return row{year: year, id: "axis " + year + "-" + rest, label: plainDate(timeline.Date{Value: year + "-" + rest}), level: 1, start: start}
	}
	// month, week and day events sit on the row of their start's month
	ym := year + "-01"
	if len(start) >= 7 && start[:4] == year {
		ym = start[:7]
	} else if len(rest) >= 2 && isDigits(rest[:2]) {
		ym = year + "-" + rest[:2]
	}
	m, _ := strconv.Atoi(ym[5:])
	label := ym
	if m >= 1 && m <= 12 {
		label = monthNames[m-1] + " " + year
	}
	return row{year: year, id: "axis " + ym, label: label, level: 2, start: ym + "-01"}
}

// eventLabel is a timeline box: date, title, actors, sources.
func eventLabel(e *timeline.Event, names map[string]string, wrap int) []attr {
	var actors []string
	seen := map[string]bool{}
	for _, p := range e.Participants {
		if n := names[p.Actor]; n != "" && !seen[p.Actor] {
			seen[p.Actor] = true
			actors = append(actors, n)
		}
	}
	if n := names[e.Location]; n != "" && !seen[e.Location] {
		actors = append(actors, "in "+n)
	}
	ls := []string{DateLabel(e.Date)}
	ls = append(ls, Wrap(e.Title, wrap)...)
	if len(actors) > 0 {
		ls = append(ls, Wrap(strings.Join(actors, ", "), wrap+10)...)
	}
	ls = append(ls, sourcesLabel(len(e.Sources)))
	style, fill := eventStyle(e.Date)
	if e.Factuality != "" && e.Factuality != "asserted" {
		fill = "#f7f7f7"
	}
	return []attr{
		al("label", lines(ls...)), a("style", style), a("fillcolor", fill),
		a("tooltip", e.ID), a("class", eventClass(e.Date, e.Type)),
	}
}

func sourcesLabel(n int) string {
	if n == 1 {
		return "1 source"
	}
	return strconv.Itoa(n) + " sources"
}

// chunks splits events into runs of at most n; a period without events
// still gets its (empty) row.
func chunks(events []*timeline.Event, n int) [][]*timeline.Event {
	if len(events) == 0 {
		return [][]*timeline.Event{nil}
	}
	var out [][]*timeline.Event
	for len(events) > n {
		out = append(out, events[:n])
		events = events[n:]
	}
	return append(out, events)
}
