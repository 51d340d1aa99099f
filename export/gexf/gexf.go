// Package gexf writes the actor–event graph as a dynamic GEXF 1.3 file
// (https://gexf.net), Gephi's native format. The graph is
// mode="dynamic" timeformat="date": event nodes, and the participant
// edges into them, carry their event's start and end dates, so Gephi's
// timeline plays the events in order; actors are present throughout.
package gexf

import (
	"bufio"
	"fmt"
	"io"
	"path/filepath"
	"strconv"
	"time"

	"github.com/chronograph-news/chronograph/atomicfile"
	"github.com/chronograph-news/chronograph/export/graphattr"
	"github.com/chronograph-news/chronograph/graph"
	"github.com/chronograph-news/chronograph/timeline"
)

// FileName is the file name the build writes.
const FileName = "graph.gexf"

// Namespace is the GEXF 1.3 namespace.
const Namespace = "http://gexf.net/1.3"

// attrType maps a graphattr type to a GEXF attribute type. Lists are
// written as JSON array text in a string attribute.
func attrType(t graphattr.Type) string {
	switch t {
	case graphattr.Double:
		return "double"
	case graphattr.Int:
		return "integer"
	}
	return "string"
}

// spellKeys are attributes written as the element's start and end rather
// than as attvalues; label is the element's label.
var spellKeys = map[string]bool{"label": true, "start": true, "end": true}

// Encode writes the GEXF document of g to w; when g is nil it is built
// from tl. Attribute ids are "n0".. and "e0".. in graphattr order (label,
// start and end are element attributes instead); edge ids are "e" and the
// edge's index. Dates that are not valid YYYY-MM-DD are left out.
func Encode(w io.Writer, tl *timeline.Timeline, g *graph.Graph) error {
	g, err := graphattr.Ensure(tl, g)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	p := func(format string, args ...any) { fmt.Fprintf(bw, format, args...) }
	esc := graphattr.EscapeXML

	var first, last string
	for _, n := range g.Nodes() {
		if n.Event == nil {
			continue
		}
		if s := date(n.Event.Date.Start); s != "" && (first == "" || s < first) {
			first = s
		}
		if e := date(n.Event.Date.End); e != "" && e > last {
			last = e
		}
	}

	p("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
	p("<gexf xmlns=%q xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"%s http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n", Namespace, Namespace)
	p("  <meta>\n    <creator>chronograph</creator>\n    <description>actor–event graph: actors, events, participant and affiliation edges</description>\n  </meta>\n")
	p("  <graph defaultedgetype=\"directed\" mode=\"dynamic\" timeformat=\"date\"%s>\n", span(first, last))
	nodeKey := declare(bw, "node", "n", graphattr.NodeKeys)
	edgeKey := declare(bw, "edge", "e", graphattr.EdgeKeys)

	p("    <nodes count=\"%d\">\n", len(g.Nodes()))
	for _, n := range g.Nodes() {
		s := ""
		if n.Event != nil {
			s = span(date(n.Event.Date.Start), date(n.Event.Date.End))
		}
		p("      <node id=\"%s\" label=\"%s\"%s>\n", esc(n.ID), esc(n.Label), s)
		attvalues(bw, nodeKey, graphattr.Node(n))
		p("      </node>\n")
	}
	p("    </nodes>\n")

	events := graphattr.Events(g)
	p("    <edges count=\"%d\">\n", len(g.Edges()))
	for i, e := range g.Edges() {
		s := ""
		if ev := events[e.Target]; ev != nil && e.Kind == graph.ParticipantEdge {
			s = span(date(ev.Date.Start), date(ev.Date.End))
		}
		p("      <edge id=\"e%d\" source=\"%s\" target=\"%s\" label=\"%s\"%s>\n", i, esc(e.Source), esc(e.Target), esc(e.Label), s)
		attvalues(bw, edgeKey, graphattr.Edge(e, events))
		p("      </edge>\n")
	}
	p("    </edges>\n  </graph>\n</gexf>\n")
	return bw.Flush()
}

// declare writes an <attributes> block and returns the ids it gave.
func declare(w io.Writer, class, prefix string, keys []graphattr.Key) map[string]string {
	ids := map[string]string{}
	fmt.Fprintf(w, "    <attributes class=%q mode=\"static\">\n", class)
	for i, k := range keys {
		if spellKeys[k.Name] {
			continue
		}
		id := prefix + strconv.Itoa(i)
		ids[k.Name] = id
		fmt.Fprintf(w, "      <attribute id=%q title=%q type=%q/>\n", id, k.Name, attrType(k.Type))
	}
	fmt.Fprintf(w, "    </attributes>\n")
	return ids
}

func attvalues(w io.Writer, ids map[string]string, attrs []graphattr.Attr) {
	fmt.Fprintf(w, "        <attvalues>\n")
	for _, a := range attrs {
		if id, ok := ids[a.Name]; ok {
			fmt.Fprintf(w, "          <attvalue for=%q value=\"%s\"/>\n", id, graphattr.EscapeXML(graphattr.Text(a)))
		}
	}
	fmt.Fprintf(w, "        </attvalues>\n")
}

// span renders start and end attributes, leaving out empty ones.
func span(start, end string) string {
	s := ""
	if start != "" {
		s += ` start="` + start + `"`
	}
	if end != "" {
		s += ` end="` + end + `"`
	}
	return s
}

// date returns s when it is a valid YYYY-MM-DD date, else "".
func date(s string) string {
	if _, err := time.Parse(time.DateOnly, s); err != nil {
		return ""
	}
	return s
}

// Write writes [FileName] into dir atomically (the build's writer
// signature).
func Write(dir string, tl *timeline.Timeline, g *graph.Graph) error {
	return atomicfile.Write(filepath.Join(dir, FileName), func(w io.Writer) error { return Encode(w, tl, g) })
}
