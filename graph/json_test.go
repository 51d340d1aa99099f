package graph_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/chronograph-news/chronograph/export/exporttest"
	"github.com/chronograph-news/chronograph/graph"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

func fixtureJSON(t *testing.T) []byte {
	t.Helper()
	g, err := graph.Build(exporttest.Fixture())
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := g.WriteJSON(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestWriteJSONGolden(t *testing.T) {
	got := fixtureJSON(t)
	golden := filepath.Join("testdata", "fixture.json")
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("WriteJSON differs from %s (run go test -update if intended):\n%s", golden, got)
	}
	for range 3 {
		if again := fixtureJSON(t); !bytes.Equal(got, again) {
			t.Fatal("WriteJSON is not deterministic")
		}
	}
}

func TestWriteJSONValidates(t *testing.T) {
	data := fixtureJSON(t)
	if err := graph.ValidateJSON(data); err != nil {
		t.Fatalf("%v\n%s", err, data)
	}
	var m struct {
		Nodes []map[string]any
		Edges []map[string]any
	}
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	// 6 actors + 5 events; every participant/location edge and the
	// affiliation edges of the fixture.
	if len(m.Nodes) != 11 {
		t.Errorf("%d nodes, want 11", len(m.Nodes))
	}
	ids := map[string]bool{}
	for _, n := range m.Nodes {
		ids[n["id"].(string)] = true
	}
	for _, e := range m.Edges {
		if !ids[e["source"].(string)] || !ids[e["target"].(string)] {
			t.Errorf("edge %v joins an unknown node", e)
		}
	}
}

func TestSchemaRejects(t *testing.T) {
	valid := fixtureJSON(t)
	tests := map[string]func(m map[string]any){
		"no nodes":           func(m map[string]any) { delete(m, "nodes") },
		"edge without label": func(m map[string]any) { delete(m["edges"].([]any)[0].(map[string]any), "label") },
		"bad edge kind":      func(m map[string]any) { m["edges"].([]any)[0].(map[string]any)["kind"] = "friend" },
		"bad class":          func(m map[string]any) { m["nodes"].([]any)[0].(map[string]any)["class"] = "thing" },
		"event without date": func(m map[string]any) {
			for _, n := range m["nodes"].([]any) {
				if n.(map[string]any)["class"] == "event" {
					delete(n.(map[string]any), "date")
				}
			}
		},
		"event without basis": func(m map[string]any) { delete(eventNode(m, "ev-2025-03-21-visit-3"), "basis") },
		"dated event without start": func(m map[string]any) {
			delete(eventNode(m, "ev-2025-03-21-visit-3"), "start")
		},
		"publication-bound event with a start": func(m map[string]any) {
			eventNode(m, "ev-2025-03-22-release-5")["start"] = "2025-03-01"
		},
	}
	for name, mutate := range tests {
		var m map[string]any
		if err := json.Unmarshal(valid, &m); err != nil {
			t.Fatal(err)
		}
		mutate(m)
		data, _ := json.Marshal(m)
		if err := graph.ValidateJSON(data); err == nil {
			t.Errorf("%s: schema accepted it", name)
		}
	}
}

// eventNode returns the node of event id in a decoded graph.json.
func eventNode(m map[string]any, id string) map[string]any {
	for _, n := range m["nodes"].([]any) {
		if n.(map[string]any)["id"] == id {
			return n.(map[string]any)
		}
	}
	panic("no node " + id)
}
