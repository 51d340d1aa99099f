package graphattr

import (
	"math"
	"testing"

	"github.com/chronograph-news/chronograph/export/exporttest"
	"github.com/chronograph-news/chronograph/graph"
)

func TestNodeAttributes(t *testing.T) {
	_, g := exporttest.Graph(t)
	got := map[string]map[string]any{}
	for _, n := range g.Nodes() {
		got[n.ID] = Map(Node(n))
	}
	tests := []struct {
		node, key string
		want      string
	}{
		{"person:zoe-muller", "label", "Zoë Müller"},
		{"person:zoe-muller", "aliases", `["Zoe Muller"]`},
		{"country:LEM", "aliases", `[]`},
		{"person:ana-o-neil", "affiliation", "country:ATL"},
		{"ev-2024-fa-military_deployment-1", "start", "2024-09-01"},
		{"ev-2024-fa-military_deployment-1", "confidence", "0.9"},
		{"ev-2024-fa-military_deployment-1", "sources", "2"},
		{"ev-2025-03-meeting-2", "quotes", `["O'Neil met Müller in late March.\nShe said: \"we agree\" \\ <b>&amp;</b>"]`},
		{"ev-2025-03-meeting-2", "mod", "END"},
	}
	for _, tt := range tests {
		v, ok := got[tt.node][tt.key]
		if !ok {
			t.Errorf("%s: no %s", tt.node, tt.key)
			continue
		}
		if s := Text(Attr{Key{tt.key, String}, v}); s != tt.want {
			t.Errorf("%s %s = %s, want %s", tt.node, tt.key, s, tt.want)
		}
	}
	if _, ok := got["country:ATL"]["affiliation"]; ok {
		t.Error("empty affiliation should be left out")
	}
	if _, ok := got["ev-2023-weapons_test-4"]["mod"]; ok {
		t.Error("empty mod should be left out")
	}
}

func TestKeysDeclared(t *testing.T) {
	_, g := exporttest.Graph(t)
	declared := map[string]Type{}
	for _, k := range NodeKeys {
		declared[k.Name] = k.Type
	}
	for _, n := range g.Nodes() {
		for _, a := range Node(n) {
			if typ, ok := declared[a.Name]; !ok || typ != a.Type {
				t.Errorf("node %s: attribute %s (type %d) not declared in NodeKeys", n.ID, a.Name, a.Type)
			}
		}
	}
	edeclared := map[string]bool{}
	for _, k := range EdgeKeys {
		edeclared[k.Name] = true
	}
	ev := Events(g)
	starts := 0
	for _, e := range g.Edges() {
		for _, a := range Edge(e, ev) {
			if !edeclared[a.Name] {
				t.Errorf("edge attribute %s not declared", a.Name)
			}
			if a.Name == "start" {
				starts++
			}
		}
	}
	if starts == 0 {
		t.Error("no participant edge carries its event's start date")
	}
}

func TestNonFiniteConfidence(t *testing.T) {
	tl := exporttest.Sorted()
	tl.Events[0].Confidence = math.NaN()
	g, err := graph.Build(tl)
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range g.Nodes() {
		if n.Event != nil && n.Event.ID == tl.Events[0].ID {
			if got := Map(Node(n))["confidence"]; got != 0.0 {
				t.Errorf("confidence = %v, want 0", got)
			}
		}
	}
}
