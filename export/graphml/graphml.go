// Package graphml writes the actor–event graph as GraphML
// (http://graphml.graphdrawing.org), read by NetworkX, igraph, yEd, Gephi
// and Cytoscape desktop. Attributes are declared once as typed <key>s from
// graphattr; list values (aliases, roles, quotes) are written as JSON
// arrays, since GraphML values are scalars.
package graphml

import (
	"bufio"
	"fmt"
	"io"
	"path/filepath"
	"strconv"

	"github.com/chronograph-news/chronograph/atomicfile"
	"github.com/chronograph-news/chronograph/export/graphattr"
	"github.com/chronograph-news/chronograph/graph"
	"github.com/chronograph-news/chronograph/timeline"
)

// FileName is the file name the build writes.
const FileName = "graph.graphml"

// Namespace is the GraphML namespace.
const Namespace = "http://graphml.graphdrawing.org/xmlns"

// attrType maps a graphattr type to a GraphML attr.type.
func attrType(t graphattr.Type) string {
	switch t {
	case graphattr.Double:
		return "double"
	case graphattr.Int:
		return "int"
	}
	return "string" // String, and Strings as JSON text
}

// Encode writes the GraphML document of g to w; when g is nil it is built
// from tl. Key ids are "n0".. for node keys and "e0".. for edge keys, in
// graphattr order; edge ids are "e" and the edge's index.
func Encode(w io.Writer, tl *timeline.Timeline, g *graph.Graph) error {
	g, err := graphattr.Ensure(tl, g)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	p := func(format string, args ...any) { fmt.Fprintf(bw, format, args...) }
	p("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
	p("<graphml xmlns=%q xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"%s http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n", Namespace, Namespace)
	nodeKey := map[string]string{}
	for i, k := range graphattr.NodeKeys {
		id := "n" + strconv.Itoa(i)
		nodeKey[k.Name] = id
		p("  <key id=%q for=\"node\" attr.name=%q attr.type=%q/>\n", id, k.Name, attrType(k.Type))
	}
	edgeKey := map[string]string{}
	for i, k := range graphattr.EdgeKeys {
		id := "e" + strconv.Itoa(i)
		edgeKey[k.Name] = id
		p("  <key id=%q for=\"edge\" attr.name=%q attr.type=%q/>\n", id, k.Name, attrType(k.Type))
	}
	p("  <graph id=\"chronograph\" edgedefault=\"directed\">\n")
	for _, n := range g.Nodes() {
		p("    <node id=\"%s\">\n", esc(n.ID))
		for _, a := range graphattr.Node(n) {
			p("      <data key=%q>%s</data>\n", nodeKey[a.Name], esc(graphattr.Text(a)))
		}
		p("    </node>\n")
	}
	events := graphattr.Events(g)
	for i, e := range g.Edges() {
		p("    <edge id=\"e%d\" source=\"%s\" target=\"%s\">\n", i, esc(e.Source), esc(e.Target))
		for _, a := range graphattr.Edge(e, events) {
			p("      <data key=%q>%s</data>\n", edgeKey[a.Name], esc(graphattr.Text(a)))
		}
		p("    </edge>\n")
	}
	p("  </graph>\n</graphml>\n")
	return bw.Flush()
}

func esc(s string) string { return graphattr.EscapeXML(s) }

// Write writes [FileName] into dir atomically (the build's writer
// signature).
func Write(dir string, tl *timeline.Timeline, g *graph.Graph) error {
	return atomicfile.Write(filepath.Join(dir, FileName), func(w io.Writer) error { return Encode(w, tl, g) })
}
