package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// stateEnts are the actors of the state-complement and on-site cases.
var stateEnts = []ent{
	{"Ukrainian sailors", "agent:UKR:sailors", actor.Organization, false},
	{"Somali herdsmen", "agent:SOM:herdsmen", actor.Organization, false},
	{"Somali men", "agent:SOM:men", actor.Organization, false},
	{"Israeli farmers", "agent:ISR:farmers", actor.Organization, false},
	{"Garissa", "place:garissa", actor.Place, false},
	{"West Bank", "place:west-bank", actor.Place, false},
}

// parsedWith is parsed with the extra actors ents.
func parsedWith(t *testing.T, text string, ents []ent) Input {
	t.Helper()
	in := parsed(t, text)
	return inputParsed(in, inputWith(text, ents))
}

// inputParsed is in's parse with the actors of with.
func inputParsed(in, with Input) Input {
	in.Actors = with.Actors
	return in
}

// TestObjectState: a past participle the parse makes the complement of a
// state verb with an object before it ("found the bodies of two farmers
// shot dead") is said of that object, the "of" phrase of a remains noun;
// the state verb's subject did not do it, however long the object phrase.
func TestObjectState(t *testing.T) {
	for _, tc := range []struct {
		text, trigger, want string
	}{
		{"Rangers on Tuesday found the bodies of four young Ukrainian sailors stabbed to death near Kursk.", "stabbed", "location=place:kursk target=agent:UKR:sailors"},
		{"On Friday police found the bodies of three young Somali men shot dead in northern Garissa.", "shot", "location=place:garissa target=agent:SOM:men"},
		{"Kenyan police on Sunday found the bodies of three young Somali herdsmen stabbed to death near Garissa, officials said.", "stabbed", "location=place:garissa target=agent:SOM:herdsmen"},
	} {
		got := triggerRoles(parsedWith(t, tc.text, stateEnts), tc.trigger)
		if got != tc.want {
			t.Errorf("%q %s: roles %s, want %s", tc.text, tc.trigger, got, tc.want)
		}
	}
}

// TestOnSiteLocation: a place in the "on" phrase of a killing or of an
// attack told in the passive is where it happened, not whom it was done
// to.
func TestOnSiteLocation(t *testing.T) {
	for _, tc := range []struct {
		text, trigger, want string
	}{
		{"Two Israeli farmers were killed on the West Bank on Sunday.", "killed", "location=place:west-bank target=agent:ISR:farmers"},
		{"Three Israeli farmers were shot on the West Bank on Sunday.", "shot", "location=place:west-bank target=agent:ISR:farmers"},
	} {
		got := triggerRoles(parsedWith(t, tc.text, stateEnts), tc.trigger)
		if got != tc.want {
			t.Errorf("%q %s: roles %s, want %s", tc.text, tc.trigger, got, tc.want)
		}
	}
}

// TestTitleObjectState checks that the title of a participle said of a
// state verb's object names that object as its patient ("Four young
// sailors shot"), never the state verb's subject as its agent.
func TestTitleObjectState(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"On Friday police found the bodies of three young Somali men shot dead in northern Garissa.", "shot", "Three young Somali men shot"},
	})
}
