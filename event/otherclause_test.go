package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestOtherClauseAgent: the word windows never give a clause the subject
// of another one (a tensed clause whose subject the parse hung elsewhere
// takes no subject of the clause before it), and a "by" phrase of a
// participle deep in a noun event's phrase names who did that participle,
// not the event.
func TestOtherClauseAgent(t *testing.T) {
	extra := []ent{{"Somali farmer", "agent:SOM:farmer", actor.Person, false}}
	for _, tc := range []struct {
		text, trigger, want string
	}{
		// "hundreds … took": the farmer is shot, he does not take to the streets
		{"A Somali farmer was shot dead and at least six others hurt on Sunday as hundreds of angry miners from the region took to the streets of the capital.", "took to the streets", ""},
		// Iran filed the complaints; Turkey investigates
		{"Turkey opened an investigation into complaints filed by Iran.", "investigation", "agent=country:TUR"},
		// the same with an aside before the verb, which the parse makes the verb's head
		{"A Somali farmer was shot dead and at least six others hurt on Sunday as hundreds of angry miners from the region, some of them masked, took to the streets of the capital.", "took to the streets", ""},
		// verbs of one subordinate clause share its subject
		{"Two villagers died when rebels stormed a school and abducted 40 pupils in Kursk.", "abducted", "agent=agent:-:rebels location=place:kursk"},
		// a subject the parse hangs on a participle of its own phrase
		{"Police said gunmen wearing army uniforms stormed a bank in Moscow.", "stormed", "agent=agent:-:gunmen location=place:moscow"},
		// a support verb's participle carries the noun event
		{"Tass reported a conference on farming held by Russia.", "conference", "agent=country:RUS"},
		// a means: who fired the shells shelled
		{"Two villagers were wounded in shelling with mortars fired by Russia.", "shelling", "agent=country:RUS"},
	} {
		m := mentionOf(t, parsedWith(t, tc.text, extra), tc.trigger)
		if got := roles(m); got != tc.want {
			t.Errorf("%q %s: roles %s, want %s", tc.text, tc.trigger, got, tc.want)
		}
	}
}
