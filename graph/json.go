package graph

import (
	"github.com/chronograph-news/chronograph/timeline"
	"io"
)

// jsonGraph is the shape of graph.json (see schema/graph.schema.json).
type jsonGraph struct {
	Nodes []jsonNode `json:"nodes"`
	Edges []Edge     `json:"edges"`
}

// jsonNode is a Node with its main attributes flattened in. Actor nodes
// carry aliases, roles and affiliation; event nodes the date (value,
// start, end and basis: a publication-bound date has no start), CAMEO
// code, location, factuality, confidence and number of sources.
type jsonNode struct {
	ID    string `json:"id"`
	Class string `json:"class"`
	Kind  string `json:"kind"`
	Label string `json:"label"`

	Aliases     []string `json:"aliases,omitempty"`
	Roles       []string `json:"roles,omitempty"`
	Affiliation string   `json:"affiliation,omitempty"`

	CAMEO      string   `json:"cameo,omitempty"`
	Date       string   `json:"date,omitempty"`  // TIMEX3 value
	Start      string   `json:"start,omitempty"` // none for a publication-bound date (open start)
	End        string   `json:"end,omitempty"`
	Basis      string   `json:"basis,omitempty"`
	Location   string   `json:"location,omitempty"`
	Factuality string   `json:"factuality,omitempty"`
	Confidence *float64 `json:"confidence,omitempty"`
	Sources    *int     `json:"sources,omitempty"`
}

// WriteJSON writes g as indented JSON: the nodes in Nodes order and the
// edges in Edges order, so the same graph always gives the same bytes.
func (g *Graph) WriteJSON(w io.Writer) error {
	out := jsonGraph{Nodes: []jsonNode{}, Edges: []Edge{}}
	for _, n := range g.nodes {
		j := jsonNode{ID: n.ID, Class: n.Class, Kind: n.Kind, Label: n.Label}
		if a := n.Actor; a != nil {
			j.Aliases, j.Roles, j.Affiliation = a.Aliases, a.Roles, a.Affiliation
		}
		if e := n.Event; e != nil {
			conf, nsrc := e.Confidence, len(e.Sources)
			j.CAMEO, j.Date, j.Start, j.End, j.Basis = e.CAMEO, e.Date.Value, e.Date.Start, e.Date.End, e.Date.Basis
			j.Location, j.Factuality, j.Confidence, j.Sources = e.Location, e.Factuality, &conf, &nsrc
		}
		out.Nodes = append(out.Nodes, j)
	}
	out.Edges = append(out.Edges, g.edges...)
	return timeline.EncodeJSON(w, out)
}
