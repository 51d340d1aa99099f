package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestOfBodyRelative: a "which" clause the parse hangs on the noun an
// organization's "of" phrase follows ("a splinter of Hamas, which
// signed") tells of the organization, also after its acronym in brackets
// (ofBodyRelative).
func TestOfBodyRelative(t *testing.T) {
	extra := []ent{
		{"Hamas", "org:hamas", actor.Organization, false},
		{"Kestrel Liberation Front", "org:klf", actor.Organization, false},
		{"KLF", "org:klf", actor.Organization, false},
	}
	checkRolesWith(t, extra, []roleCase{
		{"The Kestrel Front is a splinter of Hamas, which last year signed a truce with Russia.", "signed", "agent=org:hamas counterpart=country:RUS"},
		{"The Osk Front is a splinter of the Kestrel Liberation Front (KLF), which last year signed a truce with Russia.", "signed", "agent=org:klf counterpart=country:RUS"},
	})
}
