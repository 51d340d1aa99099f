package gexf

import (
	"flag"
	"io"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/chronograph-news/chronograph/export/exporttest"
	"github.com/chronograph-news/chronograph/timeline"
)

// update is read by exporttest.Golden through flag.Lookup.
var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func encode(t *testing.T, tl *timeline.Timeline) []byte { return exporttest.Encode(t, Encode, tl, nil) }

var golden = filepath.Join("testdata", "graph.gexf")

func TestGolden(t *testing.T) {
	exporttest.GoldenStable(t, golden, func() []byte { return encode(t, exporttest.Sorted()) })
}

func TestDates(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2024-09-01", "2024-09-01"},
		{"2024-02-30", ""},
		{"2024-09", ""},
		{"", ""},
		{"XXXX-06-01", ""},
	}
	for _, tt := range tests {
		if got := date(tt.in); got != tt.want {
			t.Errorf("date(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	// a bad date is dropped, not written where the XSD would reject it.
	tl := exporttest.Sorted()
	tl.Events[0].Date.Start = "2023-00-00"
	out := string(encode(t, tl))
	if strings.Contains(out, "2023-00-00") {
		t.Error("invalid date written")
	}
}

// xmllint validates file against the committed GEXF 1.3 schema and
// returns what xmllint printed.
func xmllint(t *testing.T, file string) ([]byte, error) {
	t.Helper()
	bin := exporttest.Tool(t, "xmllint")
	return exec.Command(bin, "--noout", "--nonet", "--schema", filepath.Join("testdata", "schema", "gexf.xsd"), file).CombinedOutput()
}

// xsdValidate fails the test when file does not validate against the
// GEXF 1.3 schema.
func xsdValidate(t *testing.T, file string) {
	t.Helper()
	if out, err := xmllint(t, file); err != nil {
		t.Errorf("xmllint: %v\n%s", err, out)
	}
}

func TestValidatesAgainstXSD(t *testing.T) {
	xsdValidate(t, filepath.Join("testdata", "graph.gexf"))
	// an empty timeline still gives a valid document.
	xsdValidate(t, exporttest.TempFile(t, "empty.gexf", encode(t, &timeline.Timeline{})))
}

// TestLoadsInNetworkX reads the file with nx.read_gexf and checks the
// dynamic spells and attribute values.
func TestLoadsInNetworkX(t *testing.T) {
	_, g := exporttest.Graph(t)
	file := exporttest.TempFile(t, "graph.gexf", encode(t, exporttest.Sorted()))
	script := `
import json, sys
import networkx as nx
G = nx.read_gexf(sys.argv[1])
ev = G.nodes["ev-2024-fa-military_deployment-1"]
e = G.edges["country:ATL", "ev-2024-fa-military_deployment-1"]
print(json.dumps({
    "nodes": G.number_of_nodes(), "edges": G.number_of_edges(), "directed": G.is_directed(),
    "mode": G.graph.get("mode"),
    "zoe": G.nodes["person:zoe-muller"]["label"],
    "ana": G.nodes["person:ana-o-neil"]["label"],
    "aliases": json.loads(G.nodes["country:ATL"]["aliases"]),
    "start": ev.get("start"), "end": ev.get("end"),
    "actorstart": G.nodes["country:ATL"].get("start"),
    "confidence": ev["confidence"], "sources": ev["sources"],
    "quote": json.loads(G.nodes["ev-2025-03-meeting-2"]["quotes"])[0],
    "role": e["label"], "edgestart": e.get("start"),
}))
`
	out := exporttest.Python(t, script, file)
	var got struct {
		Nodes, Edges    int
		Directed        bool
		Mode            string
		Zoe, Ana        string
		Aliases         []string
		Start, End      string
		Actorstart      *string
		Confidence      float64
		Sources         int
		Quote           string
		Role, Edgestart string
	}
	exporttest.DecodeJSON(t, out, &got)
	if got.Nodes != len(g.Nodes()) || got.Edges != len(g.Edges()) || !got.Directed || got.Mode != "dynamic" {
		t.Errorf("networkx read %d nodes, %d edges, directed=%v, mode %q; want %d, %d, true, dynamic", got.Nodes, got.Edges, got.Directed, got.Mode, len(g.Nodes()), len(g.Edges()))
	}
	if got.Zoe != "Zoë Müller" || got.Ana != `Ana "the Envoy" O'Neil` {
		t.Errorf("labels = %q, %q", got.Zoe, got.Ana)
	}
	if len(got.Aliases) != 2 || got.Aliases[1] != "Republic of Atlantis" {
		t.Errorf("aliases = %q", got.Aliases)
	}
	if got.Start != "2024-09-01" || got.End != "2024-11-30" || got.Actorstart != nil {
		t.Errorf("event spell %q..%q, actor start %v", got.Start, got.End, got.Actorstart)
	}
	if got.Confidence != 0.9 || got.Sources != 2 || got.Role != "agent" || got.Edgestart != "2024-09-01" {
		t.Errorf("confidence %v, sources %d, role %q, edge start %q", got.Confidence, got.Sources, got.Role, got.Edgestart)
	}
	if want := "O'Neil met Müller in late March.\nShe said: \"we agree\" \\ <b>&amp;</b>"; got.Quote != want {
		t.Errorf("quote = %q, want %q", got.Quote, want)
	}
}

// TestHostileInputValid validates output made from text with control
// characters, invalid UTF-8 and bad dates, and checks that the schema does
// reject a broken document (so the validation is real).
func TestHostileInputValid(t *testing.T) {
	tl := exporttest.Sorted()
	tl.Actors[0].Name = "nul\x00 bell\x07 bad\xff \"q\" <x> & y\r\n"
	tl.Actors[0].Aliases = []string{"a\tb", "\uFFFE"}
	tl.Events[1].Date.Start = "2024-9-1"
	tl.Events[2].Title = "   spaced    title   "
	xsdValidate(t, exporttest.TempFile(t, "hostile.gexf", encode(t, tl)))

	bad := strings.Replace(string(encode(t, exporttest.Sorted())), `mode="dynamic"`, `mode="sometimes"`, 1)
	if out, err := xmllint(t, exporttest.TempFile(t, "bad.gexf", []byte(bad))); err == nil {
		t.Errorf("xmllint accepted an invalid mode:\n%s", out)
	}
}

func BenchmarkEncode(b *testing.B) {
	tl := exporttest.Sorted()
	for i := 0; i < 200; i++ { // ~1,000 events over the fixture's actors
		tl.Events = append(tl.Events, exporttest.Sorted().Events...)
	}
	for i := range tl.Events {
		tl.Events[i].ID = tl.Events[i].ID + "-" + strconv.Itoa(i)
	}
	b.ResetTimer()
	for b.Loop() {
		if err := Encode(io.Discard, tl, nil); err != nil {
			b.Fatal(err)
		}
	}
}

func TestWrite(t *testing.T) {
	exporttest.CheckWrite(t, Write, FileName, golden)
}
