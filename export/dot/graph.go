package dot

import (
	"fmt"
	"io"
	"math"
	"strconv"
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
		a("rankdir", "LR"), a("fontname", font), a("fontsize", "12"),
		a("nodesep", "0.25"), a("ranksep", "0.6"), a("overlap", "scale"),
		a("outputorder", "edgesfirst"), a("bgcolor", "white"),
	}
	if opt.Title != "" {
		gattrs = append(gattrs, al("label", lines(Wrap(opt.Title, 80)...)), a("labelloc", "t"))
	}
	p.defaults("graph", gattrs...)
	p.defaults("node", a("fontname", font), a("fontsize", "10"), a("style", "filled"), a("margin", "0.1,0.05"))
	p.defaults("edge", a("fontname", font), a("fontsize", "9"), a("color", axisLine), a("fontcolor", "#333333"), a("arrowsize", "0.6"))
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
	lay := unflatten(g, sel, edges)
	for _, e := range edges {
		if e.Kind == graph.AffiliationEdge {
			p.edge(e.Source, e.Target, a("style", "dashed"), a("arrowhead", "empty"), a("tooltip", "affiliation"))
			continue
		}
		as := []attr{a("label", e.Label)}
		if n := lay.minlen[e.Target]; n > 1 {
			as = append(as, a("minlen", strconv.Itoa(n)))
		}
		p.edge(e.Source, e.Target, as...)
	}
	for _, c := range lay.chains {
		for i := 1; i < len(c); i++ {
			p.edge(c[i-1], c[i], a("style", "invis"))
		}
	}
	p.close()
	return p.err
}

// layering spreads events over several ranks so that the layered (dot)
// layout of a bipartite actor–event graph is not two very long columns,
// as Graphviz's unflatten tool does: events take turns at edge lengths
// 1..levels, and events without any edge are chained in short invisible
// rows instead of one column. Force-directed layouts ignore both.
type layering struct {
	minlen map[string]int // event id -> minimum length of its edges
	chains [][]string     // isolated events, chained
}

func unflatten(g *graph.Graph, sel *Selection, edges []graph.Edge) layering {
	linked := map[string]bool{}
	for _, e := range edges {
		linked[e.Source], linked[e.Target] = true, true
	}
	var events, isolated []string
	for _, n := range g.Nodes() {
		if n.Class != graph.EventNode || !sel.HasEvent(n.ID) {
			continue
		}
		if linked[n.ID] {
			events = append(events, n.ID)
		} else {
			isolated = append(isolated, n.ID)
		}
	}
	levels := min(4, max(1, int(math.Round(math.Sqrt(float64(len(events))/10)))))
	lay := layering{minlen: map[string]int{}}
	for i, id := range events {
		lay.minlen[id] = 1 + i%levels
	}
	for len(isolated) > 0 {
		n := min(len(isolated), levels+2)
		lay.chains = append(lay.chains, isolated[:n])
		isolated = isolated[n:]
	}
	return lay
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
	style := "rounded,filled"
	date := ""
	if e := n.Event; e != nil {
		date = DateLabel(e.Date)
		if imprecise(e.Date) {
			style = "rounded,filled,dashed"
		}
	}
	ls := append([]string{date}, Wrap(n.Label, wrap)...)
	return []attr{
		al("label", lines(ls...)),
		a("shape", "box"), a("style", style), a("fillcolor", eventFill), a("color", eventLine),
		a("tooltip", n.ID), a("class", "event "+classWord(n.Kind)),
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

// legend writes a cluster showing each actor kind and the two event
// styles; its nodes have class "legend" so that the viewer can tell them
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
	ids = append(ids, legendPrefix+"event", legendPrefix+"span")
	for i := 1; i < len(ids); i++ {
		p.edge(ids[i-1], ids[i], a("style", "invis"))
	}
	p.close()
}
