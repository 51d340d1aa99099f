// Package graph builds the actor–event knowledge graph from a timeline:
// one node per actor and per event, participant edges from actors to the
// events they take part in (labelled with the role) and affiliation edges
// between actors. The model is a github.com/dominikbraun/graph directed
// graph; Nodes and Edges give it in a deterministic order for encoders.
package graph

import (
	"cmp"
	"slices"

	dg "github.com/dominikbraun/graph"

	"github.com/chronograph-news/chronograph/timeline"
)

// Node classes.
const (
	ActorNode = "actor"
	EventNode = "event"
)

// Edge kinds.
const (
	ParticipantEdge = "participant"
	AffiliationEdge = "affiliation"
)

// Node is an actor or an event.
type Node struct {
	ID    string `json:"id"`
	Class string `json:"class"` // actor or event
	// Kind is the actor kind (person, country, organization, place) or the
	// event type (visit, meeting...).
	Kind  string `json:"kind"`
	Label string `json:"label"`
	// Exactly one of Actor and Event is set, pointing into the timeline.
	Actor *timeline.Actor `json:"-"`
	Event *timeline.Event `json:"-"`
}

// Edge links an actor to an event (participant, labelled with the role) or
// an actor to the actor it is affiliated with.
type Edge struct {
	Source string `json:"source"`
	Target string `json:"target"`
	Kind   string `json:"kind"`  // participant or affiliation
	Label  string `json:"label"` // the role, or "affiliation"
}

// Graph is the actor–event graph of one timeline.
type Graph struct {
	g     dg.Graph[string, Node]
	nodes []Node
	edges []Edge
}

// Build makes the graph of tl. Participants that name an unknown actor are
// skipped, so every edge joins two nodes.
func Build(tl *timeline.Timeline) (*Graph, error) {
	g := &Graph{g: dg.New(func(n Node) string { return n.ID }, dg.Directed())}
	for i := range tl.Actors {
		a := &tl.Actors[i]
		if err := g.g.AddVertex(Node{ID: a.ID, Class: ActorNode, Kind: a.Kind, Label: a.Name, Actor: a}); err != nil {
			return nil, err
		}
	}
	for i := range tl.Events {
		e := &tl.Events[i]
		if err := g.g.AddVertex(Node{ID: e.ID, Class: EventNode, Kind: e.Type, Label: e.Title, Event: e}); err != nil {
			return nil, err
		}
	}
	addEdge := func(from, to, kind, label string) error {
		if _, err := g.g.Vertex(from); err != nil {
			return nil
		}
		if _, err := g.g.Vertex(to); err != nil {
			return nil
		}
		err := g.g.AddEdge(from, to, dg.EdgeAttribute("kind", kind), dg.EdgeAttribute("label", label))
		if err == dg.ErrEdgeAlreadyExists {
			return nil
		}
		return err
	}
	for _, a := range tl.Actors {
		if a.Affiliation != "" && a.Affiliation != a.ID {
			if err := addEdge(a.ID, a.Affiliation, AffiliationEdge, "affiliation"); err != nil {
				return nil, err
			}
		}
	}
	for _, e := range tl.Events {
		seen := map[string]bool{}
		for _, p := range e.Participants {
			if seen[p.Actor] {
				continue // one edge per actor and event: the first role wins
			}
			seen[p.Actor] = true
			if err := addEdge(p.Actor, e.ID, ParticipantEdge, p.Role); err != nil {
				return nil, err
			}
		}
		if e.Location != "" && !seen[e.Location] {
			if err := addEdge(e.Location, e.ID, ParticipantEdge, "location"); err != nil {
				return nil, err
			}
		}
	}
	if err := g.collect(); err != nil {
		return nil, err
	}
	return g, nil
}

func (g *Graph) collect() error {
	am, err := g.g.AdjacencyMap()
	if err != nil {
		return err
	}
	for id := range am {
		n, err := g.g.Vertex(id)
		if err != nil {
			return err
		}
		g.nodes = append(g.nodes, n)
		for to, e := range am[id] {
			g.edges = append(g.edges, Edge{Source: id, Target: to, Kind: e.Properties.Attributes["kind"], Label: e.Properties.Attributes["label"]})
		}
	}
	slices.SortFunc(g.nodes, func(a, b Node) int {
		return cmp.Or(cmp.Compare(classRank(a.Class), classRank(b.Class)), cmp.Compare(a.ID, b.ID))
	})
	slices.SortFunc(g.edges, func(a, b Edge) int {
		return cmp.Or(cmp.Compare(a.Source, b.Source), cmp.Compare(a.Target, b.Target))
	})
	return nil
}

func classRank(c string) int {
	if c == ActorNode {
		return 0
	}
	return 1
}

// Nodes returns the actor nodes sorted by id, then the event nodes sorted by id.
func (g *Graph) Nodes() []Node { return g.nodes }

// Edges returns every edge, sorted by source then target.
func (g *Graph) Edges() []Edge { return g.edges }

// Model returns the underlying github.com/dominikbraun/graph graph, for
// callers that want its algorithms (paths, components...).
func (g *Graph) Model() dg.Graph[string, Node] { return g.g }
