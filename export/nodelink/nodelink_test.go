package nodelink

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/chronograph-news/chronograph/export/exporttest"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func encode(t *testing.T) []byte {
	t.Helper()
	tl, g := exporttest.Graph(t)
	var buf bytes.Buffer
	if err := Encode(&buf, tl, g); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestGolden(t *testing.T) {
	got := encode(t)
	if !json.Valid(got) {
		t.Fatalf("invalid JSON:\n%s", got)
	}
	golden := filepath.Join("testdata", "graph.nodelink.json")
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("output differs from %s (run go test -update):\n%s", golden, got)
	}
	if again := encode(t); !bytes.Equal(got, again) {
		t.Error("output is not deterministic")
	}
}

// TestLoadsInNetworkX reads the file with nx.node_link_graph and checks
// counts, direction and attribute values (non-ASCII, quotes, lists).
func TestLoadsInNetworkX(t *testing.T) {
	py := exporttest.Tool(t, "python3")
	if err := exec.Command(py, "-c", "import networkx").Run(); err != nil {
		exporttest.Missing(t, "python3 module networkx not installed")
	}
	_, g := exporttest.Graph(t)
	file := filepath.Join(t.TempDir(), "graph.nodelink.json")
	if err := os.WriteFile(file, encode(t), 0o644); err != nil {
		t.Fatal(err)
	}
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
	out, err := exec.Command(py, "-c", script, file).CombinedOutput()
	if err != nil {
		t.Fatalf("networkx: %v\n%s", err, out)
	}
	var got struct {
		Nodes, Edges int
		Directed     bool
		Zoe, Ana     string
		Aliases      []string
		Confidence   float64
		Quote        string
		Role, Start  string
	}
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
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
	tl, g := exporttest.Graph(t)
	dir := t.TempDir()
	if err := Write(dir, tl, g); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(filepath.Join(dir, FileName))
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join("testdata", "graph.nodelink.json"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("Write output differs from testdata/graph.nodelink.json")
	}
	if err := Write(filepath.Join(dir, "missing", "dir"), tl, g); err == nil {
		t.Error("Write into a missing folder succeeded")
	}
}
