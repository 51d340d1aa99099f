// Package cytoscape writes the actor–event graph as Cytoscape.js elements
// JSON ({"elements":{"nodes":[{"data":...}],"edges":[...]}}), which
// cytoscape({elements: ...}) and Cytoscape desktop's JSON import load as is.
package cytoscape

import (
	"fmt"
	"io"
	"path/filepath"

	"github.com/chronograph-news/chronograph/atomicfile"
	"github.com/chronograph-news/chronograph/export/graphattr"
	"github.com/chronograph-news/chronograph/graph"
	"github.com/chronograph-news/chronograph/timeline"
)

// FileName is the file name the build writes.
const FileName = "cytoscape.json"

// Element is one Cytoscape.js node or edge.
type Element struct {
	Data    map[string]any `json:"data"`
	Classes string         `json:"classes,omitempty"`
}

// Elements is the elements object.
type Elements struct {
	Nodes []Element `json:"nodes"`
	Edges []Element `json:"edges"`
}

// Document is the whole file.
type Document struct {
	Elements Elements `json:"elements"`
}

// Build makes the Cytoscape.js document of g. Node data holds the
// [graphattr] attributes plus id; edge data holds source, target, a
// stable id ("e" and the edge's index in g.Edges()) and the edge
// attributes. Classes are the node class and kind ("actor country",
// "event visit") for styling.
func Build(g *graph.Graph) Document {
	doc := Document{Elements: Elements{Nodes: []Element{}, Edges: []Element{}}}
	for _, n := range g.Nodes() {
		d := graphattr.Map(graphattr.Node(n))
		d["id"] = n.ID
		doc.Elements.Nodes = append(doc.Elements.Nodes, Element{Data: d, Classes: n.Class + " " + n.Kind})
	}
	events := graphattr.Events(g)
	for i, e := range g.Edges() {
		d := graphattr.Map(graphattr.Edge(e, events))
		d["id"] = fmt.Sprintf("e%d", i)
		d["source"] = e.Source
		d["target"] = e.Target
		doc.Elements.Edges = append(doc.Elements.Edges, Element{Data: d, Classes: e.Kind})
	}
	return doc
}

// Encode writes the Cytoscape.js elements JSON of g to w; when g is nil it
// is built from tl.
func Encode(w io.Writer, tl *timeline.Timeline, g *graph.Graph) error {
	g, err := graphattr.Ensure(tl, g)
	if err != nil {
		return err
	}
	return timeline.EncodeJSON(w, Build(g))
}

// Write writes [FileName] into dir atomically (the build's writer
// signature).
func Write(dir string, tl *timeline.Timeline, g *graph.Graph) error {
	return atomicfile.Write(filepath.Join(dir, FileName), func(w io.Writer) error { return Encode(w, tl, g) })
}
