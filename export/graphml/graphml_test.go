package graphml

import (
	"bytes"
	"encoding/xml"
	"flag"
	"io"
	"path/filepath"
	"testing"

	"github.com/chronograph-news/chronograph/export/exporttest"
)

// update is read by exporttest.Golden through flag.Lookup.
var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func encode(t *testing.T) []byte { return exporttest.EncodeFixture(t, Encode) }

var golden = filepath.Join("testdata", "graph.graphml")

func TestGolden(t *testing.T) {
	exporttest.GoldenStable(t, golden, func() []byte { return encode(t) })
}

func TestWellFormed(t *testing.T) {
	d := xml.NewDecoder(bytes.NewReader(encode(t)))
	for {
		_, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
	}
}

// TestLoadsInNetworkX reads the file with nx.read_graphml and checks that
// attribute values and types survive.
func TestLoadsInNetworkX(t *testing.T) {
	_, g := exporttest.Graph(t)
	file := exporttest.TempFile(t, "graph.graphml", encode(t))
	script := `
import json, sys
import networkx as nx
G = nx.read_graphml(sys.argv[1])
ev = G.nodes["ev-2024-fa-military_deployment-1"]
print(json.dumps({
    "nodes": G.number_of_nodes(), "edges": G.number_of_edges(), "directed": G.is_directed(),
    "zoe": G.nodes["person:zoe-muller"]["label"],
    "ana": G.nodes["person:ana-o-neil"]["label"],
    "city": G.nodes["place:port-city"]["label"],
    "aliases": json.loads(G.nodes["country:ATL"]["aliases"]),
    "confidence": ev["confidence"], "conftype": type(ev["confidence"]).__name__,
    "sources": ev["sources"], "srctype": type(ev["sources"]).__name__,
    "quote": json.loads(G.nodes["ev-2025-03-meeting-2"]["quotes"])[0],
    "role": G.edges["country:ATL", "ev-2024-fa-military_deployment-1"]["label"],
}))
`
	out := exporttest.Python(t, script, file)
	var got struct {
		Nodes, Edges   int
		Directed       bool
		Zoe, Ana, City string
		Aliases        []string
		Confidence     float64
		Conftype       string
		Sources        int
		Srctype        string
		Quote, Role    string
	}
	exporttest.DecodeJSON(t, out, &got)
	if got.Nodes != len(g.Nodes()) || got.Edges != len(g.Edges()) || !got.Directed {
		t.Errorf("networkx read %d nodes, %d edges, directed=%v; want %d, %d, true", got.Nodes, got.Edges, got.Directed, len(g.Nodes()), len(g.Edges()))
	}
	if got.Zoe != "Zoë Müller" || got.Ana != `Ana "the Envoy" O'Neil` || got.City != `Port\City` {
		t.Errorf("labels = %q, %q, %q", got.Zoe, got.Ana, got.City)
	}
	if len(got.Aliases) != 2 || got.Aliases[0] != "Atlantean" {
		t.Errorf("aliases = %q", got.Aliases)
	}
	if got.Confidence != 0.9 || got.Conftype != "float" || got.Sources != 2 || got.Srctype != "int" {
		t.Errorf("confidence %v (%s), sources %v (%s)", got.Confidence, got.Conftype, got.Sources, got.Srctype)
	}
	if want := "O'Neil met Müller in late March.\nShe said: \"we agree\" \\ <b>&amp;</b>"; got.Quote != want {
		t.Errorf("quote = %q, want %q", got.Quote, want)
	}
	if got.Role != "agent" {
		t.Errorf("role = %q", got.Role)
	}
}

func TestWrite(t *testing.T) {
	exporttest.CheckWrite(t, Write, FileName, golden)
}

// TestStructure checks the rules of the GraphML specification that an
// XSD cannot (the official XSD is not committed: it carries no license
// grant): keys are declared before use with a matching domain and a known
// type, node ids are unique and every edge joins two declared nodes.
func TestStructure(t *testing.T) {
	var doc struct {
		XMLName xml.Name `xml:"http://graphml.graphdrawing.org/xmlns graphml"`
		Keys    []struct {
			ID   string `xml:"id,attr"`
			For  string `xml:"for,attr"`
			Name string `xml:"attr.name,attr"`
			Type string `xml:"attr.type,attr"`
		} `xml:"key"`
		Graph struct {
			EdgeDefault string `xml:"edgedefault,attr"`
			Nodes       []struct {
				ID   string `xml:"id,attr"`
				Data []struct {
					Key string `xml:"key,attr"`
				} `xml:"data"`
			} `xml:"node"`
			Edges []struct {
				Source string `xml:"source,attr"`
				Target string `xml:"target,attr"`
				Data   []struct {
					Key string `xml:"key,attr"`
				} `xml:"data"`
			} `xml:"edge"`
		} `xml:"graph"`
	}
	if err := xml.Unmarshal(encode(t), &doc); err != nil {
		t.Fatal(err)
	}
	domain := map[string]string{}
	for _, k := range doc.Keys {
		if _, dup := domain[k.ID]; dup {
			t.Errorf("key id %s declared twice", k.ID)
		}
		domain[k.ID] = k.For
		switch k.Type {
		case "boolean", "int", "long", "float", "double", "string":
		default:
			t.Errorf("key %s: attr.type %q", k.ID, k.Type)
		}
	}
	if doc.Graph.EdgeDefault != "directed" {
		t.Errorf("edgedefault = %q", doc.Graph.EdgeDefault)
	}
	nodes := map[string]bool{}
	for _, n := range doc.Graph.Nodes {
		if nodes[n.ID] {
			t.Errorf("node id %s twice", n.ID)
		}
		nodes[n.ID] = true
		for _, d := range n.Data {
			if domain[d.Key] != "node" {
				t.Errorf("node %s: data key %s is not a node key", n.ID, d.Key)
			}
		}
	}
	for _, e := range doc.Graph.Edges {
		if !nodes[e.Source] || !nodes[e.Target] {
			t.Errorf("edge %s -> %s joins an undeclared node", e.Source, e.Target)
		}
		for _, d := range e.Data {
			if domain[d.Key] != "edge" {
				t.Errorf("edge %s -> %s: data key %s is not an edge key", e.Source, e.Target, d.Key)
			}
		}
	}
	_, g := exporttest.Graph(t)
	if len(doc.Graph.Nodes) != len(g.Nodes()) || len(doc.Graph.Edges) != len(g.Edges()) {
		t.Errorf("%d nodes, %d edges; want %d, %d", len(doc.Graph.Nodes), len(doc.Graph.Edges), len(g.Nodes()), len(g.Edges()))
	}
}
