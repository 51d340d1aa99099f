package dot

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/chronograph-news/chronograph/graph"
	"github.com/chronograph-news/chronograph/timeline"
)

// Selection is the part of a timeline a diagram draws: sets of actor and
// event ids. A nil Selection keeps everything.
type Selection struct {
	Actors map[string]bool
	Events map[string]bool
}

// HasActor reports whether the actor id is drawn.
func (s *Selection) HasActor(id string) bool { return s == nil || s.Actors[id] }

// HasEvent reports whether the event id is drawn.
func (s *Selection) HasEvent(id string) bool { return s == nil || s.Events[id] }

// Select applies opt.Focus and opt.Top to the graph of tl. It returns nil
// (everything) when neither is set, and an error when Focus names no actor.
// With both, Top picks among the actors of the Focus neighbourhood.
func Select(tl *timeline.Timeline, g *graph.Graph, opt Options) (*Selection, error) {
	if opt.Focus == "" && opt.Top <= 0 {
		return nil, nil
	}
	var sel *Selection
	if opt.Focus != "" {
		id, err := FindActor(tl, opt.Focus)
		if err != nil {
			return nil, err
		}
		sel = neighbourhood(g, id, opt.hops())
	}
	if opt.Top > 0 {
		sel = top(g, sel, opt.Top)
	}
	return sel, nil
}

// FindActor resolves an actor named by id, then by name, then by alias,
// ignoring case. Among several matches the smallest id wins.
func FindActor(tl *timeline.Timeline, name string) (string, error) {
	want := strings.TrimSpace(name)
	for _, a := range tl.Actors {
		if a.ID == want {
			return a.ID, nil
		}
	}
	var byName, byAlias []string
	for _, a := range tl.Actors {
		if strings.EqualFold(a.ID, want) || strings.EqualFold(a.Name, want) {
			byName = append(byName, a.ID)
			continue
		}
		for _, al := range a.Aliases {
			if strings.EqualFold(al, want) {
				byAlias = append(byAlias, a.ID)
				break
			}
		}
	}
	for _, ids := range [][]string{byName, byAlias} {
		if len(ids) > 0 {
			return slices.Min(ids), nil
		}
	}
	return "", fmt.Errorf("focus %q: no actor has this id, name or alias", name)
}

// neighbourhood keeps the nodes within hops edges of start, following
// edges in both directions.
func neighbourhood(g *graph.Graph, start string, hops int) *Selection {
	adj := map[string][]string{}
	for _, e := range g.Edges() {
		adj[e.Source] = append(adj[e.Source], e.Target)
		adj[e.Target] = append(adj[e.Target], e.Source)
	}
	dist := map[string]int{start: 0}
	frontier := []string{start}
	for d := 1; d <= hops && len(frontier) > 0; d++ {
		var next []string
		for _, n := range frontier {
			for _, m := range adj[n] {
				if _, seen := dist[m]; !seen {
					dist[m] = d
					next = append(next, m)
				}
			}
		}
		frontier = next
	}
	return fromSet(g, func(id string) bool { _, ok := dist[id]; return ok })
}

// top keeps the n actors (within in, when set) taking part in the most
// events of in, and those events.
func top(g *graph.Graph, in *Selection, n int) *Selection {
	degree := map[string]int{}
	for _, e := range g.Edges() {
		if e.Kind == graph.ParticipantEdge && in.HasActor(e.Source) && in.HasEvent(e.Target) {
			degree[e.Source]++
		}
	}
	var actors []string
	for _, nd := range g.Nodes() {
		if nd.Class == graph.ActorNode && in.HasActor(nd.ID) {
			actors = append(actors, nd.ID)
		}
	}
	slices.SortStableFunc(actors, func(x, y string) int {
		return cmp.Or(cmp.Compare(degree[y], degree[x]), cmp.Compare(x, y))
	})
	actors = actors[:min(n, len(actors))]
	sel := &Selection{Actors: map[string]bool{}, Events: map[string]bool{}}
	for _, id := range actors {
		sel.Actors[id] = true
	}
	for _, e := range g.Edges() {
		if e.Kind == graph.ParticipantEdge && sel.Actors[e.Source] && in.HasEvent(e.Target) {
			sel.Events[e.Target] = true
		}
	}
	return sel
}

func fromSet(g *graph.Graph, keep func(string) bool) *Selection {
	sel := &Selection{Actors: map[string]bool{}, Events: map[string]bool{}}
	for _, nd := range g.Nodes() {
		if !keep(nd.ID) {
			continue
		}
		if nd.Class == graph.ActorNode {
			sel.Actors[nd.ID] = true
		} else {
			sel.Events[nd.ID] = true
		}
	}
	return sel
}
