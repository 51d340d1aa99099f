package jgf

import (
	"encoding/json"
	"flag"
	"path/filepath"
	"testing"

	"github.com/chronograph-news/chronograph/export/exporttest"
	"github.com/chronograph-news/chronograph/timeline"
)

// update is read by exporttest.Golden through flag.Lookup.
var update = flag.Bool("update", false, "rewrite the golden files in testdata")

const schemaFile = "testdata/json-graph-schema_v2.json"

var golden = filepath.Join("testdata", "graph.jgf.json")

func encode(t *testing.T) []byte { return exporttest.EncodeFixture(t, Encode) }

func TestGolden(t *testing.T) {
	exporttest.GoldenStable(t, golden, func() []byte { return encode(t) })
}

func TestValidatesAgainstJGFv2(t *testing.T) {
	s := exporttest.JSONSchema(t, schemaFile)
	if err := exporttest.ValidateJSON(t, s, encode(t)); err != nil {
		t.Errorf("fixture graph: %v", err)
	}
	// an empty timeline still gives a valid (plain, not hyper-) graph.
	if err := exporttest.ValidateJSON(t, s, exporttest.Encode(t, Encode, &timeline.Timeline{}, nil)); err != nil {
		t.Errorf("empty graph: %v", err)
	}
	// the schema is not vacuous: a node with an unknown field is rejected.
	if err := exporttest.ValidateJSON(t, s, []byte(`{"graph":{"nodes":{"a":{"name":"x"}},"edges":[]}}`)); err == nil {
		t.Error("schema accepted an invalid node")
	}
}

func TestContent(t *testing.T) {
	var doc Document
	if err := json.Unmarshal(encode(t), &doc); err != nil {
		t.Fatal(err)
	}
	_, g := exporttest.Graph(t)
	if len(doc.Graph.Nodes) != len(g.Nodes()) || len(doc.Graph.Edges) != len(g.Edges()) {
		t.Fatalf("%d nodes, %d edges; want %d, %d", len(doc.Graph.Nodes), len(doc.Graph.Edges), len(g.Nodes()), len(g.Edges()))
	}
	for _, e := range doc.Graph.Edges {
		if _, ok := doc.Graph.Nodes[e.Source]; !ok {
			t.Errorf("edge source %s is not a node", e.Source)
		}
		if _, ok := doc.Graph.Nodes[e.Target]; !ok {
			t.Errorf("edge target %s is not a node", e.Target)
		}
	}
	if got := doc.Graph.Nodes["person:ana-o-neil"].Label; got != `Ana "the Envoy" O'Neil` {
		t.Errorf("label = %q", got)
	}
	if got := doc.Graph.Nodes["ev-2024-fa-military_deployment-1"].Metadata["granularity"]; got != "season" {
		t.Errorf("granularity = %v", got)
	}
}

// TestAjv validates with ajv too, when .ci/run installed it. The JGF
// schema uses keywords ajv's strict mode rejects.
func TestAjv(t *testing.T) {
	exporttest.Ajv(t, schemaFile, exporttest.TempFile(t, "graph.jgf.json", encode(t)), false)
}

func TestWrite(t *testing.T) {
	exporttest.CheckWrite(t, Write, FileName, golden)
}
