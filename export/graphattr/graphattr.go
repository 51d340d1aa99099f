// Package graphattr flattens the actor–event graph into the typed
// attribute tables that graph interchange formats carry (Cytoscape.js,
// JSON Graph Format, node-link JSON, GraphML, GEXF). Every encoder shares
// one attribute vocabulary, so a column means the same thing in every tool.
package graphattr

import (
	"encoding/json"
	"math"
	"strings"

	"github.com/chronograph-news/chronograph/graph"
	"github.com/chronograph-news/chronograph/timeline"
)

// Type is the value type of an attribute.
type Type int

// Attribute value types.
const (
	String  Type = iota // Value is a string
	Double              // Value is a float64
	Int                 // Value is an int
	Strings             // Value is a []string, never nil
)

// Key declares one attribute: its name and value type.
type Key struct {
	Name string
	Type Type
}

// Attr is one attribute value of a node or an edge.
type Attr struct {
	Key
	Value any
}

// NodeKeys lists every node attribute in the order encoders declare them.
// Actor nodes set the actor keys, event nodes the event keys; class, kind
// and label are set on both.
var NodeKeys = []Key{
	{"label", String},
	{"class", String},
	{"kind", String},
	// actors
	{"aliases", Strings},
	{"roles", Strings},
	{"affiliation", String},
	// events
	{"cameo", String},
	{"date", String},
	{"start", String},
	{"end", String},
	{"granularity", String},
	{"basis", String},
	{"mod", String},
	{"location", String},
	{"factuality", String},
	{"confidence", Double},
	{"sources", Int},
	{"quotes", Strings},
	{"conflicts", Strings},
}

// EdgeKeys lists every edge attribute in declaration order.
var EdgeKeys = []Key{
	{"kind", String},
	{"label", String},
	{"start", String},
	{"end", String},
}

// Node returns the attributes of n in [NodeKeys] order. Empty optional
// strings are left out; list attributes of the node's class are always
// present (possibly empty).
func Node(n graph.Node) []Attr {
	var out []Attr
	add := func(name string, t Type, v any) {
		if s, ok := v.(string); ok && s == "" && name != "label" {
			return
		}
		out = append(out, Attr{Key{name, t}, v})
	}
	add("label", String, n.Label)
	add("class", String, n.Class)
	add("kind", String, n.Kind)
	switch {
	case n.Actor != nil:
		a := n.Actor
		add("aliases", Strings, list(a.Aliases))
		add("roles", Strings, list(a.Roles))
		add("affiliation", String, a.Affiliation)
	case n.Event != nil:
		e := n.Event
		add("cameo", String, e.CAMEO)
		add("date", String, e.Date.Value)
		add("start", String, e.Date.Start)
		add("end", String, e.Date.End)
		add("granularity", String, e.Date.Granularity)
		add("basis", String, e.Date.Basis)
		add("mod", String, e.Date.Mod)
		add("location", String, e.Location)
		add("factuality", String, e.Factuality)
		add("confidence", Double, finite(e.Confidence))
		add("sources", Int, len(e.Sources))
		add("quotes", Strings, Quotes(e))
		add("conflicts", Strings, list(e.Conflicts))
	}
	return out
}

// Edge returns the attributes of e in [EdgeKeys] order. A participant edge
// carries the dates of its event (looked up in events by id), so dynamic
// viewers show it while the event lasts.
func Edge(e graph.Edge, events map[string]*timeline.Event) []Attr {
	out := []Attr{{Key{"kind", String}, e.Kind}, {Key{"label", String}, e.Label}}
	if ev := events[e.Target]; ev != nil && e.Kind == graph.ParticipantEdge {
		if ev.Date.Start != "" {
			out = append(out, Attr{Key{"start", String}, ev.Date.Start})
		}
		if ev.Date.End != "" {
			out = append(out, Attr{Key{"end", String}, ev.Date.End})
		}
	}
	return out
}

// Events indexes the event nodes of g by id.
func Events(g *graph.Graph) map[string]*timeline.Event {
	m := map[string]*timeline.Event{}
	for _, n := range g.Nodes() {
		if n.Event != nil {
			m[n.ID] = n.Event
		}
	}
	return m
}

// Quotes returns the source quotes of e in source order.
func Quotes(e *timeline.Event) []string {
	q := make([]string, 0, len(e.Sources))
	for _, s := range e.Sources {
		q = append(q, s.Quote)
	}
	return q
}

// Map returns attrs as a JSON-ready map (lists stay lists).
func Map(attrs []Attr) map[string]any {
	m := make(map[string]any, len(attrs))
	for _, a := range attrs {
		m[a.Name] = a.Value
	}
	return m
}

// Text renders a value as text for formats whose attributes are scalars
// (GraphML, GEXF): lists become a JSON array, so values that contain any
// separator still round-trip; numbers use Go's shortest form.
func Text(a Attr) string {
	if s, ok := a.Value.(string); ok {
		return s
	}
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(a.Value) // strings, numbers and string lists always encode
	return strings.TrimSuffix(b.String(), "\n")
}

// finite maps NaN and infinities, which JSON cannot hold, to 0.
func finite(f float64) float64 {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return 0
	}
	return f
}

func list(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// Ensure returns g, or the graph of tl when g is nil, so encoders can be
// called with the timeline alone.
func Ensure(tl *timeline.Timeline, g *graph.Graph) (*graph.Graph, error) {
	if g != nil {
		return g, nil
	}
	if tl == nil {
		tl = &timeline.Timeline{}
	}
	return graph.Build(tl)
}
