package actor

import (
	"strings"
	"testing"
)

// TestAgentName: a country's agent is named by its most frequent qualified
// text, the first seen on a tie, and by nothing when none was seen.
func TestAgentName(t *testing.T) {
	for _, c := range []struct {
		name   string
		counts map[string]int
		first  []string
		want   string
	}{
		{"the most frequent", map[string]int{"Ruritanian navy": 1, "Ruritanian troops": 3}, []string{"Ruritanian navy", "Ruritanian troops"}, "Ruritanian troops"},
		{"a tie: the first seen", map[string]int{"Ruritanian troops": 2, "Ruritanian army": 2}, []string{"Ruritanian troops", "Ruritanian army"}, "Ruritanian troops"},
		{"none", nil, nil, ""},
		{"a former name only when no other", map[string]int{"Zemblan troops": 3, "Ruritanian troops": 1}, []string{"Zemblan troops", "Ruritanian troops"}, "Ruritanian troops"},
		{"the most frequent present name", map[string]int{"Zemblan troops": 3, "Ruritanian army": 1, "Ruritanian troops": 2}, []string{"Zemblan troops", "Ruritanian army", "Ruritanian troops"}, "Ruritanian troops"},
		{"a former name alone", map[string]int{"Zemblan troops": 1, "Zemblan army": 2}, []string{"Zemblan troops", "Zemblan army"}, "Zemblan army"},
	} {
		former := func(s string) bool { return strings.HasPrefix(s, "Zemblan ") }
		if got := agentName(c.counts, c.first, former); got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}

// TestAgentNameAcrossDocuments: across documents, a country's agent takes
// the name most of them call it by, not the first document's.
func TestAgentNameAcrossDocuments(t *testing.T) {
	r := NewResolver(defaultGazetteer(t))
	document(r, "Indonesian soldiers crossed the river on Monday.")
	document(r, "Indonesian troops left the island on Tuesday.")
	document(r, "Indonesian troops built a bridge on Friday.")
	for _, a := range r.Actors() {
		if a.ID != "agent:IDN:military" {
			continue
		}
		if a.Name != "Indonesian troops" {
			t.Errorf("name %q, want Indonesian troops", a.Name)
		}
		return
	}
	t.Errorf("no actor agent:IDN:military in %v", r.Actors())
}

// TestAgentNameFormerState: a renamed state's agent is named by its
// present demonym when an article wrote it, however often older
// articles wrote the former one (countries.yaml former_names).
func TestAgentNameFormerState(t *testing.T) {
	r := NewResolver(defaultGazetteer(t))
	document(r, "Zairean troops crossed the river on Monday.")
	document(r, "Zairean troops left the town on Tuesday.")
	document(r, "Congolese troops built a bridge on Friday.")
	for _, a := range r.Actors() {
		if a.ID != "agent:COD:military" {
			continue
		}
		if a.Name != "Congolese troops" {
			t.Errorf("name %q, want Congolese troops", a.Name)
		}
		return
	}
	t.Errorf("no actor agent:COD:military in %v", r.Actors())
}
