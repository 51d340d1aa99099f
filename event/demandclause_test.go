package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/timex"
)

// TestDemandClause checks that a lead's statement whose reported clause
// says what must be done is a demand, made of the actor the clause's
// active subject names, and that an obligation denied or a guess about
// the past stays a statement.
func TestDemandClause(t *testing.T) {
	mon := tx{"Monday", timex.Date, "2024-06-17", true}
	for _, c := range []struct {
		name, text string
		typ        Type
		roles      string
	}{
		{"a demand made of a state", "Turkey said on Monday that Russia must withdraw its troops from Crimea.", Demand, "agent=country:TUR target=country:RUS"},
		{"a demand with a passive clause", "Turkey insisted on Monday that the sanctions must be lifted.", Demand, "agent=country:TUR"},
		{"an obligation denied: no demand", "Turkey said on Monday that Russia must not send its fleet.", Statement, "agent=country:TUR"},
		{"a guess about the past: no demand", "Turkey said on Monday that the smugglers must have crossed from Iran.", Statement, "agent=country:TUR"},
	} {
		t.Run(c.name, func(t *testing.T) {
			in := parsed(t, c.text+" The debate went on.", mon)
			var found *Mention
			all := Extract(in)
			for k := range all {
				if all[k].Type == Demand || all[k].Type == Statement {
					found = &all[k]
				}
			}
			if found == nil {
				t.Fatalf("%q: no statement or demand in %v", c.text, summary(all))
			}
			if found.Type != c.typ || roles(*found) != c.roles {
				t.Errorf("%q: got %s %s, want %s %s", c.text, found.Type, roles(*found), c.typ, c.roles)
			}
		})
	}
}
