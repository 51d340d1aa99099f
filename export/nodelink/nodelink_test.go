package nodelink

import (
	"encoding/json"
	"flag"
	"path/filepath"
	"testing"

	"github.com/chronograph-news/chronograph/export/exporttest"
)

// update is read by exporttest.Golden through flag.Lookup.
var update = flag.Bool("update", false, "rewrite the golden files in testdata")

var golden = filepath.Join("testdata", "graph.nodelink.json")

func encode(t *testing.T) []byte { return exporttest.EncodeFixture(t, Encode) }

func TestGolden(t *testing.T) {
	got := encode(t)
	if !json.Valid(got) {
		t.Fatalf("invalid JSON:\n%s", got)
	}
	exporttest.Golden(t, golden, got)
	exporttest.Deterministic(t, got, func() []byte { return encode(t) })
}

// TestLoadsInNetworkX reads the file with nx.node_link_graph and checks
// counts, direction and attribute values (non-ASCII, quotes, lists).
func TestLoadsInNetworkX(t *testing.T) {
	_, g := exporttest.Graph(t)
	file := exporttest.TempFile(t, "graph.nodelink.json", encode(t))
	script := `
import json, sys
import networkx as nx
with open(sys.argv[1], encoding="utf-8") as f:
    data = json.load(f)
try:
    G = nx.node_link_graph(data, edges="edges")
except TypeError:  # NetworkX < 3.4 names the key argument "link"
    G = nx.node_link_graph(data, link="edges")
print(json.dumps({
    "nodes": G.number_of_nodes(), "edges": G.number_of_edges(), "directed": G.is_directed(),
    "zoe": G.nodes["person:zoe-muller"]["label"],
    "ana": G.nodes["person:ana-o-neil"]["label"],
    "aliases": G.nodes["country:ATL"]["aliases"],
    "confidence": G.nodes["ev-2024-fa-military_deployment-1"]["confidence"],
    "quote": G.nodes["ev-2025-03-meeting-2"]["quotes"][0],
    "role": G.edges["country:ATL", "ev-2024-fa-military_deployment-1"]["label"],
    "start": G.edges["country:ATL", "ev-2024-fa-military_deployment-1"]["start"],
}))
`
	out := exporttest.Python(t, script, file)
	var got struct {
		Nodes, Edges int
		Directed     bool
		Zoe, Ana     string
		Aliases      []string
		Confidence   float64
		Quote        string
		Role, Start  string
	}
	exporttest.DecodeJSON(t, out, &got)
	if got.Nodes != len(g.Nodes()) || got.Edges != len(g.Edges()) || !got.Directed {
		t.Errorf("networkx read %d nodes, %d edges, directed=%v; want %d, %d, true", got.Nodes, got.Edges, got.Directed, len(g.Nodes()), len(g.Edges()))
	}
	if got.Zoe != "Zoë Müller" || got.Ana != `Ana "the Envoy" O'Neil` {
		t.Errorf("labels = %q, %q", got.Zoe, got.Ana)
	}
	if len(got.Aliases) != 2 || got.Aliases[1] != "Republic of Atlantis" {
		t.Errorf("aliases = %q", got.Aliases)
	}
	if got.Confidence != 0.9 || got.Role != "agent" || got.Start != "2024-09-01" {
		t.Errorf("confidence %v, role %q, start %q", got.Confidence, got.Role, got.Start)
	}
	if want := "O'Neil met Müller in late March.\nShe said: \"we agree\" \\ <b>&amp;</b>"; got.Quote != want {
		t.Errorf("quote = %q, want %q", got.Quote, want)
	}
}

func TestWrite(t *testing.T) {
	exporttest.CheckWrite(t, Write, FileName, golden)
}
