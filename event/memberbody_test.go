package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestMembersFromBody: a party noun "from" members named by a plural common
// noun "of" an organization is that organization's ("officials from member
// states of the alliance"), as "a delegation of members of" one already
// was; a place after the members stays none of the party's.
func TestMembersFromBody(t *testing.T) {
	extra := []ent{{"Quennick Trade Group", "org:qtf", actor.Organization, false}}
	for _, c := range []struct{ text, trigger, want string }{
		{"Trade envoys from the 14 member states of the Quennick Trade Group ended their meeting on Monday.", "meeting", "agent=org:qtf"},
		{"Officials from the member states of the Quennick Trade Group held talks in Moscow on Monday.", "held talks", "agent=org:qtf location=place:moscow"},
		{"Senior officials from the capitals of Turkey wrapped up their meeting on Monday.", "meeting", ""},
	} {
		in := inputWith(c.text, extra)
		p, err := testParser()
		if err != nil {
			t.Fatal(err)
		}
		in.Parse = p.Sentence
		if got := triggerRoles(in, c.trigger); got != c.want {
			t.Errorf("%q: %s roles %q, want %q", c.text, c.trigger, got, c.want)
		}
	}
}
