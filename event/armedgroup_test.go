package event

import (
	"strings"
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// armedEnts are the armed groups of no country the actor rules give bare
// "soldiers" and "troops" (own_armed_agents), and a group of rebels.
var armedEnts = []ent{
	{"soldiers", "agent:-:soldiers", actor.Organization, false},
	{"troops", "agent:-:troops", actor.Organization, false},
	{"Rebels", "agent:-:rebels", actor.Organization, false},
}

// TestArmedGroupOutside checks armedGroupOutside on made-up sentences read
// with a real parse: troops or soldiers no country qualifies are an armed
// group of their own (agent:-:soldiers) that does or suffers a hostile
// act, and no party to any other: what is pledged, sent or mobilized.
func TestArmedGroupOutside(t *testing.T) {
	for _, c := range []struct {
		text, trigger string
		has           string // a role the mention must hold, when not ""
		hasNot        string // an actor it must not hold, when not ""
	}{
		{"Armed soldiers abducted forty villagers near the border.", "abducted", "agent=agent:-:soldiers", ""},
		{"The troops stormed the embassy before dawn.", "stormed", "agent=agent:-:troops", ""},
		{"Rebels ambushed and killed twelve soldiers near the border.", "killed", "target=agent:-:soldiers", ""},
		{"Ardenia pledged troops for the peace force.", "pledged", "", "agent:-:troops"},
		{"The province mobilized more than 9,000 soldiers after the flood.", "mobilized", "", "agent:-:soldiers"},
	} {
		m := mentionOf(t, parsedWith(t, c.text, armedEnts), c.trigger)
		r := roles(m)
		if c.has != "" && !strings.Contains(r, c.has) {
			t.Errorf("%q: roles %q, want %q", c.text, r, c.has)
		}
		if c.hasNot != "" && strings.Contains(r, c.hasNot) {
			t.Errorf("%q: roles %q, want no %q", c.text, r, c.hasNot)
		}
	}
}
