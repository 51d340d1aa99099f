package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestFigureOwner: a figure told with "its" is the figure of the body the
// pronoun stands for, the agent of its move or report: a subject before
// it in its sentence, the name a relative clause holding it modifies, or
// the body the story named most before it; never a name in an object.
func TestFigureOwner(t *testing.T) {
	ents := []ent{
		{"Norland Steel", "org:norland-steel", actor.Organization, false},
		{"Kestrel Motors", "org:kestrel-motors", actor.Organization, false},
		{"Halvard Bank", "org:halvard-bank", actor.Organization, false},
	}
	for _, tc := range []struct {
		text, trigger, want string
	}{
		{"Norland Steel said on Tuesday its net profit fell 12 percent in the third quarter.", "fell", "agent=org:norland-steel"},
		{"Kestrel Motors sold more cars in May. Its operating profit rose 4 percent in the quarter.", "rose", "agent=org:kestrel-motors"},
		{"Two brokers posted losses on Monday, joining Halvard Bank which booked its own net loss of 20 million dollars on Friday.", "net loss", "agent=org:halvard-bank"},
		{"Russia criticized Norland Steel on Monday, while its exports fell 3 percent in May.", "fell", "agent=country:RUS"},
	} {
		got := triggerRoles(parsedWith(t, tc.text, ents), tc.trigger)
		if got != tc.want {
			t.Errorf("%q %s: roles %s, want %s", tc.text, tc.trigger, got, tc.want)
		}
	}
}

// TestTitleFigureOwner checks that a figure told with "its" keeps its own
// noun for the title's subject ("Operating profit rises"), never the body
// "its" stands for ("Kestrel Motors rises").
func TestTitleFigureOwner(t *testing.T) {
	checkTitlesWith(t, false, []ent{{"Kestrel Motors", "org:kestrel-motors", actor.Organization, false}}, []headlineCase{
		{"Kestrel Motors sold more cars in May. Its operating profit rose 4 percent in the quarter.", "rose", "Operating profit rises 4 percent"},
	})
}
