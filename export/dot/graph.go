package dot

import (
	"fmt"
	"io"
	"strings"

	"github.com/chronograph-news/chronograph/graph"
	"github.com/chronograph-news/chronograph/timeline"
)

// Graph writes the actor–event graph g of tl as DOT (graph.dot): actors
// drawn by kind (shape and colour), events as boxes labelled with their
// date and wrapped title (dashed when the date spans more than a day),
// participant edges labelled with the role, dashed affiliation edges and
// a legend cluster. Nodes and edges come in g's sorted order.
func Graph(w io.Writer, tl *timeline.Timeline, g *graph.Graph, opt Options) error {
	sel, err := Select(tl, g, opt)
	if err != nil {
		return fmt.Errorf("graph.dot: %w", err)
	}
	p := &printer{w: w}
	font := opt.font()
	p.open("digraph \"chronograph\"")
	gattrs := []attr{
		a("rankdir", "LR"), a("newrank", "true"), a("fontname", font), a("fontsize", "12"),
		a("nodesep", "0.15"), a("ranksep", "0.3"), a("overlap", "scale"),
		a("outputorder", "edgesfirst"), a("bgcolor", "white"),
	}
	if len(g.Edges()) <= maxConcentrate {
		// merge parallel edge runs of busy actors into one line
		gattrs = append(gattrs, a("concentrate", "true"))
	}
	if opt.Title != "" {
		gattrs = append(gattrs, al("label", lines(Wrap(opt.Title, 80)...)), a("labelloc", "t"))
	}
	p.defaults("graph", gattrs...)
	p.defaults("node", a("fontname", font), a("fontsize", "10"), a("style", "filled"), a("margin", "0.1,0.05"))
	p.defaults("edge", a("fontname", font), a("fontsize", "8"), a("color", edgeLine), a("fontcolor", "#666666"), a("arrowsize", "0.5"), a("penwidth", "0.8"))
	legend(p)
	wrap := opt.wrap()
	for _, n := range g.Nodes() {
		switch n.Class {
		case graph.ActorNode:
			if sel.HasActor(n.ID) {
				p.node(n.ID, actorAttrs(n, wrap)...)
			}
		case graph.EventNode:
			if sel.HasEvent(n.ID) {
				p.node(n.ID, eventAttrs(n, wrap)...)
			}
		}
	}
	var edges []graph.Edge
	for _, e := range g.Edges() {
		if drawn(sel, g, e.Source) && drawn(sel, g, e.Target) {
			edges = append(edges, e)
		}
	}
	var cols []timeColumn
	if !opt.Flat {
		cols = timeColumns(g, sel)
	}
	slot, col := actorSlot(cols, edges)
	timeAxis(p, cols)
	for _, e := range edges {
		if e.Kind == graph.AffiliationEdge {
			as := []attr{a("style", "dashed"), a("arrowhead", "empty"), a("tooltip", "affiliation")}
			if _, placed := slot[e.Source]; placed {
				// affiliations do not pull actors out of their place in time
				as = append(as, a("constraint", "false"))
			}
			p.edge(e.Source, e.Target, as...)
			continue
		}
		c, dated := col[e.Target]
		if s, ok := slot[e.Source]; ok && dated && c < s {
			// an event earlier than its actor's column: the edge runs
			// right to left, its arrow still at the event
			p.edge(e.Target, e.Source, a("label", e.Label), a("dir", "back"), a("tooltip", e.Label))
			continue
		}
		p.edge(e.Source, e.Target, a("label", e.Label), a("tooltip", e.Label))
	}
	p.close()
	return p.err
}

// maxConcentrate is the most edges a graph may have for concentrate=true:
// merging edges is quadratic and takes minutes at a few hundred edges in
// go-graphviz's WebAssembly build.
const maxConcentrate = 150

// timeAxis writes the date header of each column on top of its events,
// all on one rank, and links the headers left to right by a visible
// arrow two ranks long, leaving a rank between columns for the actors
// drawn before their median column.
func timeAxis(p *printer, cols []timeColumn) {
	for _, c := range cols {
		p.open("subgraph")
		p.defaults("graph", a("rank", "same"))
		p.node(c.id, a("label", c.label), a("shape", "plaintext"), a("style", ""), a("fontsize", "11"), a("fontcolor", "#333333"), a("class", "legend axis"))
		for _, id := range c.events {
			p.node(id)
		}
		// a flat invisible chain keeps the header on top and the events
		// in date order below it
		prev := c.id
		for _, id := range c.events {
			p.edge(prev, id, a("style", "invis"))
			prev = id
		}
		p.close()
	}
	for i := 1; i < len(cols); i++ {
		p.edge(cols[i-1].id, cols[i].id, a("minlen", "2"), a("weight", "100"), a("color", axisLine), a("penwidth", "1.5"), a("class", "axis"))
	}
}

// drawn reports whether a node of g is in the selection.
func drawn(sel *Selection, g *graph.Graph, id string) bool {
	if sel == nil {
		return true
	}
	return sel.Actors[id] || sel.Events[id]
}

func actorAttrs(n graph.Node, wrap int) []attr {
	st := styleOf(n.Kind)
	tip := n.ID
	if n.Actor != nil && len(n.Actor.Roles) > 0 {
		tip += " (" + strings.Join(n.Actor.Roles, ", ") + ")"
	}
	return []attr{
		al("label", lines(Wrap(n.Label, wrap)...)),
		a("shape", st.shape), a("fillcolor", st.fill), a("color", st.line),
		a("tooltip", tip), a("class", "actor "+classWord(n.Kind)),
	}
}

func eventAttrs(n graph.Node, wrap int) []attr {
	style, fill, class := "rounded,filled", eventFill, "event "+classWord(n.Kind)
	date := ""
	if e := n.Event; e != nil {
		date = DateLabel(e.Date)
		style, fill = eventStyle(e.Date)
		class = eventClass(e.Date, n.Kind)
	}
	ls := append([]string{date}, Wrap(n.Label, wrap)...)
	return []attr{
		al("label", lines(ls...)),
		a("shape", "box"), a("style", style), a("fillcolor", fill), a("color", eventLine),
		a("tooltip", n.ID), a("class", class),
	}
}

// classWord makes a kind usable as an SVG class name.
func classWord(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_' || r == '-' {
			b.WriteRune(r)
		} else {
			b.WriteByte('_')
		}
	}
	return b.String()
}

// legendPrefix starts the ids of legend nodes; it cannot begin an actor
// or event id, which are slugs.
const legendPrefix = "legend "

// legend writes a cluster showing each actor kind and the three event
// styles (day, longer period, publication-bound); its nodes have class "legend" so that the viewer can tell them
// from the data.
func legend(p *printer) {
	p.open("subgraph \"cluster_legend\"")
	p.defaults("graph", a("label", "Legend"), a("style", "rounded"), a("color", "#bbbbbb"), a("fontsize", "11"))
	var ids []string
	for _, k := range actorKinds {
		st := actorStyles[k]
		id := legendPrefix + k
		p.node(id, a("label", k), a("shape", st.shape), a("fillcolor", st.fill), a("color", st.line), a("class", "legend"))
		ids = append(ids, id)
	}
	p.node(legendPrefix+"event", al("label", lines("date", "event")), a("shape", "box"), a("style", "rounded,filled"), a("fillcolor", eventFill), a("color", eventLine), a("class", "legend"))
	p.node(legendPrefix+"span", al("label", lines("month / season / year", "event")), a("shape", "box"), a("style", "rounded,filled,dashed"), a("fillcolor", eventFill), a("color", eventLine), a("class", "legend"))
	p.node(legendPrefix+"bound", al("label", lines("on or before publication", "event (no date of its own)")), a("shape", "box"), a("style", "rounded,filled,dotted"), a("fillcolor", boundFill), a("color", eventLine), a("class", "legend"))
	ids = append(ids, legendPrefix+"event", legendPrefix+"span", legendPrefix+"bound")
	for i := 1; i < len(ids); i++ {
		p.edge(ids[i-1], ids[i], a("style", "invis"))
	}
	p.close()
}
