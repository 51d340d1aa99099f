package jgf

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/chronograph-news/chronograph/export/exporttest"
	"github.com/chronograph-news/chronograph/timeline"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

const schemaFile = "testdata/json-graph-schema_v2.json"

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
	golden := filepath.Join("testdata", "graph.jgf.json")
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

func schema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	f, err := os.Open(schemaFile)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("jgf-v2.json", doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile("jgf-v2.json")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func validate(t *testing.T, s *jsonschema.Schema, b []byte) error {
	t.Helper()
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	return s.Validate(inst)
}

func TestValidatesAgainstJGFv2(t *testing.T) {
	s := schema(t)
	if err := validate(t, s, encode(t)); err != nil {
		t.Errorf("fixture graph: %v", err)
	}
	// an empty timeline still gives a valid (plain, not hyper-) graph.
	var buf bytes.Buffer
	if err := Encode(&buf, &timeline.Timeline{}, nil); err != nil {
		t.Fatal(err)
	}
	if err := validate(t, s, buf.Bytes()); err != nil {
		t.Errorf("empty graph: %v", err)
	}
	// the schema is not vacuous: a node with an unknown field is rejected.
	if err := validate(t, s, []byte(`{"graph":{"nodes":{"a":{"name":"x"}},"edges":[]}}`)); err == nil {
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

// TestAjv validates with ajv too, when .ci/run installed it.
func TestAjv(t *testing.T) {
	nm := exporttest.NodeModules(t, "ajv")
	file := filepath.Join(t.TempDir(), "graph.jgf.json")
	if err := os.WriteFile(file, encode(t), 0o644); err != nil {
		t.Fatal(err)
	}
	script := `
const Ajv = require('ajv');
const fs = require('fs');
const ajv = new Ajv({strict: false, allErrors: true});
const validate = ajv.compile(JSON.parse(fs.readFileSync(process.argv[1], 'utf8')));
if (!validate(JSON.parse(fs.readFileSync(process.argv[2], 'utf8')))) {
  console.log(JSON.stringify(validate.errors));
  process.exit(1);
}
console.log('ok');
`
	cmd := exec.Command("node", "-e", script, schemaFile, file)
	cmd.Env = append(os.Environ(), "NODE_PATH="+nm)
	out, err := cmd.CombinedOutput()
	if err != nil || string(bytes.TrimSpace(out)) != "ok" {
		t.Errorf("ajv: %v\n%s", err, out)
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
	want, err := os.ReadFile(filepath.Join("testdata", "graph.jgf.json"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("Write output differs from testdata/graph.jgf.json")
	}
	if err := Write(filepath.Join(dir, "missing", "dir"), tl, g); err == nil {
		t.Error("Write into a missing folder succeeded")
	}
}
