package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestCutOblique checks that a reported clause too long for a title is
// cut before a verb's oblique telling where it is done (cut_obliques),
// never before a preposition the verb is bound to (the clause is then
// cut later, within maxSaidChars).
func TestCutOblique(t *testing.T) {
	for _, c := range []struct {
		rule, text, want string
	}{
		{"a verb's place oblique", "The Ruritanian judiciary said Monday the three bankers would be summoned to testify at a district tribunal soon after complaints from more than 300 savers of the failed lender.",
			"Ruritanian judiciary says three bankers will be summoned to testify"},
		{"a bound preposition", "The Ruritanian judiciary said Monday the three bankers would be forced to rely on a district tribunal soon after complaints from more than 300 savers of the failed lender.",
			"Ruritanian judiciary says three bankers will be forced to rely on district tribunal soon"},
	} {
		ents := []ent{{"Ruritanian judiciary", "agent:RUR:judiciary", actor.Organization, false}}
		got := ""
		for _, m := range Extract(parsedWith(t, c.text, ents)) {
			if m.Type == Statement {
				got = m.Title
			}
		}
		if got != c.want {
			t.Errorf("%s: got %q, want %q", c.rule, got, c.want)
		}
	}
}
