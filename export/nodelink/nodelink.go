// Package nodelink writes the actor–event graph as NetworkX node-link JSON
// (the format of networkx.node_link_data, also read by D3 force layouts):
// {"directed":true,"multigraph":false,"graph":{...},"nodes":[{"id":...}],
// "edges":[{"source":...,"target":...}]}. It uses the "edges" key of
// NetworkX 3.4 and later; older NetworkX reads it with
// nx.node_link_graph(data, edges="edges").
package nodelink

import (
	"bytes"
	"encoding/json"
	"io"
	"path/filepath"

	"github.com/chronograph-news/chronograph/atomicfile"
	"github.com/chronograph-news/chronograph/export/graphattr"
	"github.com/chronograph-news/chronograph/graph"
	"github.com/chronograph-news/chronograph/timeline"
)

// FileName is the file name the build writes.
const FileName = "graph.nodelink.json"

// Encode writes the node-link JSON of g to w; when g is nil it is built
// from tl. Each node object holds "id" and the graphattr attributes; each
// edge object holds "source", "target" and the edge attributes.
func Encode(w io.Writer, tl *timeline.Timeline, g *graph.Graph) error {
	g, err := graphattr.Ensure(tl, g)
	if err != nil {
		return err
	}
	nodes := make([]map[string]any, 0, len(g.Nodes()))
	for _, n := range g.Nodes() {
		m := graphattr.Map(graphattr.Node(n))
		m["id"] = n.ID
		nodes = append(nodes, m)
	}
	events := graphattr.Events(g)
	edges := make([]map[string]any, 0, len(g.Edges()))
	for _, e := range g.Edges() {
		m := graphattr.Map(graphattr.Edge(e, events))
		m["source"] = e.Source
		m["target"] = e.Target
		edges = append(edges, m)
	}
	// fixed key order for the top level, sorted keys inside (encoding/json).
	var buf bytes.Buffer
	buf.WriteString("{\n")
	fields := []struct {
		key string
		val any
	}{
		{"directed", true},
		{"multigraph", false},
		{"graph", map[string]any{"name": "chronograph actor–event graph"}},
		{"nodes", nodes},
		{"edges", edges},
	}
	for i, f := range fields {
		b, err := marshal(f.val)
		if err != nil {
			return err
		}
		k, _ := json.Marshal(f.key)
		buf.WriteString("  ")
		buf.Write(k)
		buf.WriteString(": ")
		buf.Write(b)
		if i < len(fields)-1 {
			buf.WriteByte(',')
		}
		buf.WriteByte('\n')
	}
	buf.WriteString("}\n")
	_, err = w.Write(buf.Bytes())
	return err
}

func marshal(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("  ", "  ")
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}

// Write writes [FileName] into dir atomically (the build's writer
// signature).
func Write(dir string, tl *timeline.Timeline, g *graph.Graph) error {
	return atomicfile.Write(filepath.Join(dir, FileName), func(w io.Writer) error { return Encode(w, tl, g) })
}
