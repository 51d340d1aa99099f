package event

import (
	"strings"
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestAddresseeSaid checks that a statement told to someone
// (addressee_verbs) whose clause the rules of saidClause cannot tell
// gives whom it is told to and what is said in the clause's own words,
// never the one told to alone.
func TestAddresseeSaid(t *testing.T) {
	for _, c := range []struct {
		text, want string
	}{
		{"Ben Wardle, who worked as a clerk on the harbour case, told the website that Carver has been the subject of a police inquiry.", "Ben Wardle tells website Carver has been subject of police inquiry"},
		{"Ben Wardle told ABC television Thursday that dock guards will be prepared to run the port in May.", "Ben Wardle tells ABC television dock guards will be prepared to run port"},
	} {
		ents := []ent{{"Ben Wardle", "person:wardle", actor.Person, false}}
		got := ""
		for _, m := range Extract(parsedWith(t, c.text, ents)) {
			if m.Type == Statement {
				got = m.Title
			}
		}
		if !strings.HasPrefix(got, c.want) {
			t.Errorf("%q: got %q, want it to open %q", c.text, got, c.want)
		}
	}
}
