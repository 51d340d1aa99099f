package cytoscape

import (
	"encoding/json"
	"flag"
	"path/filepath"
	"testing"

	"github.com/chronograph-news/chronograph/export/exporttest"
)

// update is read by exporttest.Golden through flag.Lookup.
var update = flag.Bool("update", false, "rewrite the golden files in testdata")

var golden = filepath.Join("testdata", "cytoscape.json")

func encode(t *testing.T) []byte { return exporttest.EncodeFixture(t, Encode) }

func TestGolden(t *testing.T) {
	exporttest.GoldenStable(t, golden, func() []byte { return encode(t) })
}

func TestNoDanglingEdges(t *testing.T) {
	var doc Document
	if err := json.Unmarshal(encode(t), &doc); err != nil {
		t.Fatal(err)
	}
	ids := map[string]bool{}
	for _, n := range doc.Elements.Nodes {
		ids[n.Data["id"].(string)] = true
	}
	for _, e := range doc.Elements.Edges {
		if !ids[e.Data["source"].(string)] || !ids[e.Data["target"].(string)] {
			t.Errorf("dangling edge %v", e.Data)
		}
	}
}

// TestLoadsInCytoscape loads the file in headless Cytoscape.js and checks
// the counts and a few attribute values it reports.
func TestLoadsInCytoscape(t *testing.T) {
	_, g := exporttest.Graph(t)
	file := exporttest.TempFile(t, "cytoscape.json", encode(t))
	script := `
const cytoscape = require('cytoscape');
const fs = require('fs');
const doc = JSON.parse(fs.readFileSync(process.argv[1], 'utf8'));
const errors = [];
console.error = (...a) => errors.push(a.join(' '));
console.warn = (...a) => errors.push(a.join(' '));
const cy = cytoscape({headless: true, elements: doc.elements});
const dangling = cy.edges().filter(e => e.source().empty() || e.target().empty()).length;
const z = cy.getElementById('person:zoe-muller');
const m = cy.getElementById('ev-2025-03-meeting-2');
process.stdout.write(JSON.stringify({
  nodes: cy.nodes().length, edges: cy.edges().length, dangling, errors,
  zoe: z.data('label'), aliases: z.data('aliases'),
  quote: m.data('quotes')[0], outdeg: cy.getElementById('person:ana-o-neil').outgoers('edge').length,
  isActor: z.hasClass('actor'),
}));
`
	out := exporttest.Node(t, "cytoscape", script, file)
	var got struct {
		Nodes, Edges, Dangling int
		Errors                 []string
		Zoe                    string
		Aliases                []string
		Quote                  string
		Outdeg                 int
		IsActor                bool
	}
	exporttest.DecodeJSON(t, out, &got)
	if got.Nodes != len(g.Nodes()) || got.Edges != len(g.Edges()) {
		t.Errorf("cytoscape loaded %d nodes, %d edges; want %d, %d", got.Nodes, got.Edges, len(g.Nodes()), len(g.Edges()))
	}
	if got.Dangling != 0 || len(got.Errors) > 0 {
		t.Errorf("dangling edges %d, cytoscape errors %q", got.Dangling, got.Errors)
	}
	if got.Zoe != "Zoë Müller" || len(got.Aliases) != 1 || got.Aliases[0] != "Zoe Muller" || !got.IsActor {
		t.Errorf("actor data lost: %+v", got)
	}
	if want := "O'Neil met Müller in late March.\nShe said: \"we agree\" \\ <b>&amp;</b>"; got.Quote != want {
		t.Errorf("quote = %q, want %q", got.Quote, want)
	}
	if got.Outdeg != 3 { // affiliation + meeting + visit
		t.Errorf("person:ana-o-neil has %d outgoing edges, want 3", got.Outdeg)
	}
}

func TestWrite(t *testing.T) {
	exporttest.CheckWrite(t, Write, FileName, golden)
}
