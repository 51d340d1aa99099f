// Package jgf writes the actor–event graph in JSON Graph Format v2
// (https://jsongraphformat.info): one directed graph whose nodes object is
// keyed by node id, with the graphattr attributes under each node's and
// edge's metadata.
package jgf

import (
	"io"
	"path/filepath"

	"github.com/chronograph-news/chronograph/atomicfile"
	"github.com/chronograph-news/chronograph/export/graphattr"
	"github.com/chronograph-news/chronograph/graph"
	"github.com/chronograph-news/chronograph/timeline"
)

// FileName is the file name the build writes.
const FileName = "graph.jgf.json"

// Node is a JGF node.
type Node struct {
	Label    string         `json:"label"`
	Metadata map[string]any `json:"metadata"`
}

// Edge is a JGF edge.
type Edge struct {
	Source   string         `json:"source"`
	Target   string         `json:"target"`
	Relation string         `json:"relation"`
	Label    string         `json:"label"`
	Metadata map[string]any `json:"metadata,omitempty"`
}

// Graph is a JGF graph.
type Graph struct {
	ID       string          `json:"id"`
	Label    string          `json:"label"`
	Directed bool            `json:"directed"`
	Type     string          `json:"type"`
	Metadata map[string]any  `json:"metadata"`
	Nodes    map[string]Node `json:"nodes"`
	Edges    []Edge          `json:"edges"`
}

// Document is the whole file: {"graph": ...}.
type Document struct {
	Graph Graph `json:"graph"`
}

// Build makes the JGF document of tl and its graph g. Edges are always
// present (possibly empty): the v2 schema tells a plain graph from a
// hypergraph by them. Graph metadata lists the source documents.
func Build(tl *timeline.Timeline, g *graph.Graph) Document {
	docs := []map[string]any{}
	if tl != nil {
		for _, d := range tl.Documents {
			m := map[string]any{"id": d.ID, "path": d.Path}
			for k, v := range map[string]string{"title": d.Title, "url": d.URL, "source": d.Source, "dct": d.DCT} {
				if v != "" {
					m[k] = v
				}
			}
			docs = append(docs, m)
		}
	}
	out := Graph{
		ID:       "chronograph",
		Label:    "chronograph actor–event graph",
		Directed: true,
		Type:     "actor-event",
		Metadata: map[string]any{"documents": docs},
		Nodes:    map[string]Node{},
		Edges:    []Edge{},
	}
	for _, n := range g.Nodes() {
		attrs := graphattr.Node(n)
		md := graphattr.Map(attrs[1:]) // attrs[0] is the label
		out.Nodes[n.ID] = Node{Label: n.Label, Metadata: md}
	}
	events := graphattr.Events(g)
	for _, e := range g.Edges() {
		md := graphattr.Map(graphattr.Edge(e, events)[2:]) // kind and label have their own fields
		if len(md) == 0 {
			md = nil
		}
		out.Edges = append(out.Edges, Edge{Source: e.Source, Target: e.Target, Relation: e.Kind, Label: e.Label, Metadata: md})
	}
	return Document{Graph: out}
}

// Encode writes the JGF v2 document of tl to w; when g is nil it is built
// from tl. Nodes come out sorted by id.
func Encode(w io.Writer, tl *timeline.Timeline, g *graph.Graph) error {
	g, err := graphattr.Ensure(tl, g)
	if err != nil {
		return err
	}
	return timeline.EncodeJSON(w, Build(tl, g))
}

// Write writes [FileName] into dir atomically (the build's writer
// signature).
func Write(dir string, tl *timeline.Timeline, g *graph.Graph) error {
	return atomicfile.Write(filepath.Join(dir, FileName), func(w io.Writer) error { return Encode(w, tl, g) })
}
