package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestBefallenIn: a noun event in the "in" or "during" phrase of a verb of
// harm, detention or removal takes that verb's passive subject (whom a
// hostile act or an uprising was against, or a side of a fight; its "by"
// phrase did the hostile act) or its active subject and object. Those
// detained at a protest are no one it was against; a violent verb tells
// its own victims; one detained "in" a bombing is held in connection with
// it, unlike one taken in an ambush; one hurt in a fight with no other side
// named may be a bystander.
func TestBefallenIn(t *testing.T) {
	extra := []ent{
		{"Zulfikar Bhatti", "person:bhatti", actor.Person, false},
		{"Kenyan policemen", "agent:KEN:police", actor.Organization, false},
		{"Kenyan students", "agent:KEN:students", actor.Organization, false},
		{"Russian police", "agent:RUS:police", actor.Organization, false},
		{"World Trade Center", "org:wtc", actor.Organization, false},
	}
	for _, tc := range []struct {
		text, trigger, want string
	}{
		{"President Zulfikar Bhatti was toppled in a popular uprising in May.", "uprising", "target=person:bhatti"},
		{"Several Kenyan policemen were hurt during clashes with gunmen on Friday.", "clashes", "agent=agent:KEN:police counterpart=agent:-:gunmen"},
		{"Two rebels were seized in the ambush on Tuesday.", "ambush", "target=agent:-:rebels"},
		{"Two Russian officers were abducted by rebels in an ambush on Tuesday.", "ambush", "agent=agent:-:rebels target=country:RUS"},
		{"Russian soldiers abducted two rebels in a dawn ambush on Tuesday.", "ambush", "agent=country:RUS target=agent:-:rebels"},
		{"Russian police detained forty Kenyan students during the protest on Tuesday.", "protest", ""},
		{"Two rebels were detained in the bombing on Tuesday.", "bombing", ""},
		{"Zulfikar Bhatti was shot dead in an ambush on Tuesday.", "ambush", ""},
		{"Zulfikar Bhatti was hurt in street fighting on Tuesday.", "fighting", ""},
		{"The rebels claimed the ambush on the convoy on Tuesday.", "ambush", "agent=agent:-:rebels"},
		{"The ambush on the convoy was claimed by rebels on Tuesday.", "ambush", "agent=agent:-:rebels"},
		{"Families of the World Trade Center attack victims gathered on Tuesday.", "attack", "target=org:wtc"},
		{"Forty Kenyan students were detained during the protest on Tuesday.", "protest", ""},
	} {
		m := mentionOf(t, parsedWith(t, tc.text, extra), tc.trigger)
		if got := roles(m); got != tc.want {
			t.Errorf("%q %s: roles %s, want %s", tc.text, tc.trigger, got, tc.want)
		}
	}
}

// TestCrowdLeads: a clash a crowd takes part in, told by a noun, is its
// riot, the crowd its agent, though the rules gave the agent to the side
// it faced; a verb's subject stays its agent.
func TestCrowdLeads(t *testing.T) {
	extra := []ent{
		{"Kenyan policemen", "agent:KEN:police", actor.Organization, false},
		{"students", "agent:-:students", actor.Organization, false},
	}
	for _, tc := range []struct {
		text, trigger, want string
	}{
		{"Several Kenyan policemen were hurt during clashes with students on Friday.", "clashes", "agent=agent:-:students counterpart=agent:KEN:police"},
		{"Kenyan policemen clashed with students on Friday.", "clashed", "agent=agent:KEN:police counterpart=agent:-:students"},
	} {
		in := parsedWith(t, tc.text, extra)
		for i := range in.Actors {
			if in.Actors[i].ActorID == "agent:-:students" {
				in.Actors[i].Sector = "EDU"
			}
		}
		m := mentionOf(t, in, tc.trigger)
		if got := roles(m); got != tc.want || m.Type != Protest {
			t.Errorf("%q %s: %s %s, want protest %s", tc.text, tc.trigger, m.Type, got, tc.want)
		}
	}
}
