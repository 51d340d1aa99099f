package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestMannerSubject checks that an event noun in the "with" phrase after
// an active verb is done by that verb's subject ("Putin opened the
// session with a warning": Putin warned), but not a hostile act ("police
// charged Tomas Varga with murder": the police murdered no one), not a
// "with" phrase set before the verb ("With talks due to resume, Putin
// said"), and not after a passive verb.
func TestMannerSubject(t *testing.T) {
	extra := []ent{{"Tomas Varga", "person:tomas-varga", actor.Person, false}}
	checkRolesWith(t, extra, []roleCase{
		{"Putin opened the annual session on Monday with a warning that the region could explode.", "warning", "agent=person:putin"},
		{"Police charged Tomas Varga with murder on Monday.", "murder", ""},
		{"With fresh talks due to resume on Monday, Putin said the issue mattered.", "talks", ""},
	})
}
