package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestMisplacedSubject: a finite verb the parse joins to the main clause as
// a conjunct with no "and" nor comma before it ("expressed grief after an
// explosion killed 40" read as "expressed … and killed", with the
// explosion an oblique) has for subject the phrase a clause connector
// opens, not the main clause's: who expressed grief did not kill. A true
// conjunct still shares its subject.
func TestMisplacedSubject(t *testing.T) {
	extra := []ent{
		{"Honda", "org:honda", actor.Organization, false},
		{"Max Verstappen", "person:verstappen", actor.Person, false},
	}
	checkRolesWith(t, extra, []roleCase{
		{"Turkey's President Recep Tayyip Erdogan expressed grief here Sunday after an explosion near Ankara killed 40 worshippers.", "killed", ""},
		{"Honda's 2021 debut brought immediate success as Max Verstappen of the Netherlands won the opening race and captured the title.", "won", "agent=person:verstappen"},
		{"Honda's 2021 debut brought immediate success as Max Verstappen of the Netherlands won the opening race and captured the title.", "captured", "agent=person:verstappen"},
		{"Turkey's Foreign Minister Hakan Fidan arrived in Moscow on Tuesday and met Lavrov.", "met", "counterpart=person:lavrov"},
	})
	// the headline names the misplaced subject too
	text := "Turkey's President Recep Tayyip Erdogan expressed grief here Sunday after an explosion near Ankara killed 40 worshippers."
	if m := find(t, parsed(t, text), "killed"); m.Title != "Explosion kills 40 worshippers in Ankara" {
		t.Errorf("%q: title %q", text, m.Title)
	}
}

// TestPartitiveRelative: a subject "both of whom" stands for the noun
// before its comma; when that noun names no actor, the verb has no agent
// (not the parties of the main clause).
func TestPartitiveRelative(t *testing.T) {
	for _, tc := range []struct {
		text, trigger, want string
	}{
		{"Russian and Turkish investigators jointly questioned the two guards, both of whom deny any role in the theft.", "deny", ""},
		{"Russian investigators questioned the two guards, both of whom denied any role in the theft.", "questioned", "agent=country:RUS"},
	} {
		if got := triggerRoles(parsed(t, tc.text), tc.trigger); got != tc.want {
			t.Errorf("%q %s: roles %s, want %s", tc.text, tc.trigger, got, tc.want)
		}
	}
}
