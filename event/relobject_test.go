package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestRelativeObject checks that the person or organization named right
// before an object relative pronoun is the object of the relative
// clause's verb ("Vell, whom Osk sacked": Osk sacked Vell), also when the
// parse joins the clause to the main one or reads "whom" as an oblique;
// but "which" stands for no person, and a place before it is no object
// (the parse hangs the clause on it in place of the noun it tells of).
func TestRelativeObject(t *testing.T) {
	extra := []ent{
		{"Karl Osk", "person:karl-osk", actor.Person, false},
		{"Anton Vell", "person:anton-vell", actor.Person, false},
		{"Ruritanian Socialist Party", "org:ruritanian-socialist-party", actor.Organization, false},
		{"Borduria", "country:BOR", actor.Country, true},
	}
	checkRolesWith(t, extra, []roleCase{
		{"The party is loyal to former prime minister Anton Vell, whom Karl Osk sacked on October 28.", "sacked", "agent=person:karl-osk target=person:anton-vell"},
		{"Anton Vell, whom rebels kidnapped on Monday, was freed on Friday.", "kidnapped", "agent=agent:-:rebels target=person:anton-vell"},
		{"In the capital, the Ruritanian Socialist Party which Karl Osk dismissed from government on October 28 reiterated its charges.", "dismissed", "agent=person:karl-osk target=org:ruritanian-socialist-party"},
		{"Karl Osk held an official meeting with Anton Vell which the president visited on Monday.", "visited", ""},
		{"Twenty civilians were killed in an attack in western Borduria which the government blamed on rebels.", "blamed", "agent=country:BOR target=agent:-:rebels"},
	})
}
