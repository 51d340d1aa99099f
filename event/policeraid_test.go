package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestPoliceRaid: a raid whose doers are all a state's police or
// prosecutors is coercion, a search by the authorities; one by troops or
// by gunmen, or with no doer told, stays an attack.
func TestPoliceRaid(t *testing.T) {
	extra := []ent{
		{"Kenyan police", "agent:KEN:police", actor.Organization, false},
		{"Kenyan prosecutors", "agent:KEN:judiciary", actor.Organization, false},
		{"Kenyan troops", "agent:KEN:military", actor.Organization, false},
	}
	for _, tc := range []struct {
		text, trigger string
		want          Type
	}{
		{"Kenyan police raided the offices of a newspaper on Tuesday.", "raided", Coerce},
		{"Kenyan prosecutors raided the homes of two bank managers on Tuesday.", "raided", Coerce},
		{"Kenyan troops raided a rebel camp on Tuesday.", "raided", Attack},
		{"Gunmen raided a village near the border on Tuesday.", "raided", Attack},
	} {
		m := mentionOf(t, parsedWith(t, tc.text, extra), tc.trigger)
		if m.Type != tc.want {
			t.Errorf("%q %s: type %s, want %s", tc.text, tc.trigger, m.Type, tc.want)
		}
	}
}
