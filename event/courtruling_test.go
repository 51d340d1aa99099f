package event

import (
	"strings"
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestCourtRulingAgent checks that a court named before a ruling or a
// verdict is who rules, not whom the ruling is against: a judicial body
// ("the Dutch court ruling", where the parse reads "ruling" as a verb),
// or a state's name the word "court" follows ("a Berlin court verdict",
// Berlin read as Germany); a city that is no state stays where the court
// sits, and a body tried is still the target ("the Acme verdict").
func TestCourtRulingAgent(t *testing.T) {
	extra := []ent{
		{"Dutch court", "agent:NLD:judiciary", actor.Organization, false},
		{"Paris", "place:paris", actor.Place, false},
		{"Berlin", "country:DEU", actor.Country, false},
		{"Acme", "org:acme", actor.Organization, false},
		{"Ruritania", "country:RUR", actor.Country, false},
	}
	checkRolesWith(t, extra, []roleCase{
		{"Ruritania protested against the Dutch court ruling on Monday.", "ruling", "agent=agent:NLD:judiciary"},
		{"Ruritania protested against a Berlin court verdict on Monday.", "verdict", "agent=country:DEU"},
		{"Ruritania protested against a Paris court verdict on Monday.", "verdict", "location=place:paris"},
		{"Ruritania welcomed the Acme verdict on Monday.", "verdict", "target=org:acme"},
	})
}

// TestCourtNoAttacker checks that a court before an act of violence is
// what was attacked ("the court bombings": a body of sector JUD), and that
// a trial "at" a court is held there, the court no target of it.
func TestCourtNoAttacker(t *testing.T) {
	for _, c := range []struct{ text, trigger, want string }{
		{"The court bombings killed two people on Monday.", "bombings", "target=agent:NLD:judiciary"},
		{"Six men go on trial Monday at the high security court.", "go on trial", ""},
	} {
		in := parsed(t, c.text)
		i := strings.Index(c.text, "court")
		in.Actors = append(in.Actors, actor.Mention{Start: i, End: i + len("court"), Text: "court", ActorID: "agent:NLD:judiciary", Kind: actor.Organization, Sector: "JUD"})
		if got := triggerRoles(in, c.trigger); got != c.want {
			t.Errorf("%q %s: roles %s, want %s", c.text, c.trigger, got, c.want)
		}
	}
}
