package timeline_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronograph-news/chronograph/export/exporttest"
	"github.com/chronograph-news/chronograph/timeline"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

func writeJSON(t *testing.T, tl *timeline.Timeline) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := tl.WriteJSON(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestWriteJSONGolden(t *testing.T) {
	got := writeJSON(t, exporttest.Fixture())
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
	if again := writeJSON(t, exporttest.Fixture()); !bytes.Equal(got, again) {
		t.Error("WriteJSON is not deterministic")
	}
}

func TestWriteJSONValidates(t *testing.T) {
	for name, tl := range map[string]*timeline.Timeline{
		"fixture": exporttest.Fixture(),
		"empty":   {},
		"nil lists": {
			Actors: []timeline.Actor{{ID: "country:ATL", Name: "Atlantis", Kind: "country"}},
			Events: []timeline.Event{{ID: "ev-1", Type: "visit", CAMEO: "042", Title: "x",
				Date:    timeline.Date{Value: "2024", Start: "2024-01-01", End: "2024-12-31", Granularity: "year", Basis: "explicit"},
				Sources: []timeline.Source{{Doc: "a", Quote: "q"}}, Factuality: "asserted", Confidence: 1}},
		},
	} {
		data := writeJSON(t, tl)
		if err := timeline.ValidateJSON(data); err != nil {
			t.Errorf("%s: %v\n%s", name, err, data)
		}
		if bytes.Contains(data, []byte("null")) {
			t.Errorf("%s: output has null:\n%s", name, data)
		}
	}
}

// TestSchemaRejects checks that the schema is not vacuous: each broken
// variant of a valid file must fail validation.
func TestSchemaRejects(t *testing.T) {
	valid := writeJSON(t, exporttest.Fixture())
	tests := []struct {
		name   string
		mutate func(m map[string]any)
	}{
		{"no events", func(m map[string]any) { delete(m, "events") }},
		{"event without id", func(m map[string]any) { delete(event0(m), "id") }},
		{"event without cameo", func(m map[string]any) { delete(event0(m), "cameo") }},
		{"event without location", func(m map[string]any) { delete(event0(m), "location") }},
		{"event without quantities", func(m map[string]any) { delete(event0(m), "quantities") }},
		{"no sources", func(m map[string]any) { event0(m)["sources"] = []any{} }},
		{"bad granularity", func(m map[string]any) { event0(m)["date"].(map[string]any)["granularity"] = "fortnight" }},
		{"bad start", func(m map[string]any) { event0(m)["date"].(map[string]any)["start"] = "March 2025" }},
		{"date without basis", func(m map[string]any) { delete(event0(m)["date"].(map[string]any), "basis") }},
		{"bad factuality", func(m map[string]any) { event0(m)["factuality"] = "rumoured" }},
		{"participant without role", func(m map[string]any) {
			delete(event0(m)["participants"].([]any)[0].(map[string]any), "role")
		}},
		{"source without quote", func(m map[string]any) {
			delete(event0(m)["sources"].([]any)[0].(map[string]any), "quote")
		}},
		{"actor without aliases", func(m map[string]any) { delete(m["actors"].([]any)[0].(map[string]any), "aliases") }},
		{"actor without affiliation", func(m map[string]any) { delete(m["actors"].([]any)[0].(map[string]any), "affiliation") }},
		{"bad actor kind", func(m map[string]any) { m["actors"].([]any)[0].(map[string]any)["kind"] = "animal" }},
		{"confidence above 1", func(m map[string]any) { event0(m)["confidence"] = 1.5 }},
		{"unknown field", func(m map[string]any) { event0(m)["colour"] = "red" }},
		{"bad basis", func(m map[string]any) { event0(m)["date"].(map[string]any)["basis"] = "guessed" }},
		{"open start not publication-bound", func(m map[string]any) { event0(m)["date"].(map[string]any)["start"] = "" }},
		{"publication-bound with a start", func(m map[string]any) { boundDate(m)["start"] = "2025-03-01" }},
		{"publication-bound without mod", func(m map[string]any) { delete(boundDate(m), "mod") }},
		{"publication-bound with another mod", func(m map[string]any) { boundDate(m)["mod"] = "END" }},
	}
	for _, tt := range tests {
		var m map[string]any
		if err := json.Unmarshal(valid, &m); err != nil {
			t.Fatal(err)
		}
		tt.mutate(m)
		data, _ := json.Marshal(m)
		if err := timeline.ValidateJSON(data); err == nil {
			t.Errorf("%s: schema accepted it", tt.name)
		}
	}
}

func event0(m map[string]any) map[string]any { return m["events"].([]any)[0].(map[string]any) }

// boundDate returns the date of the fixture's publication-bound event.
func boundDate(m map[string]any) map[string]any {
	for _, e := range m["events"].([]any) {
		d := e.(map[string]any)["date"].(map[string]any)
		if d["basis"] == timeline.BasisPublicationBound {
			return d
		}
	}
	panic("the fixture has no publication-bound event")
}

func TestSchemaIsDraft2020(t *testing.T) {
	s := string(timeline.Schema())
	if !strings.Contains(s, `"https://json-schema.org/draft/2020-12/schema"`) || !strings.Contains(s, timeline.SchemaID) {
		t.Error("schema does not declare draft 2020-12 and its $id")
	}
}
