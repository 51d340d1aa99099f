package actor

import "testing"

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
	} {
		if got := agentName(c.counts, c.first); got != c.want {
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
