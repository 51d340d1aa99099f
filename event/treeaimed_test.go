package event

import "testing"

// TestAimedRoles checks that force used on people and a protest aimed at
// someone take them as the target ("fired tear gas at", "used tear gas
// against", "dispersed"; "rallied against"), and that a verb naming or
// empowering someone to do a thing leaves its infinitive to them, not to
// its subject.
func TestAimedRoles(t *testing.T) {
	for _, tc := range []struct {
		rule, text, trigger, want string
	}{
		{"riot police aim tear gas at a crowd",
			"Russian police fired tear gas at the rebels in Kursk on Monday.", "fired",
			"agent=country:RUS location=place:kursk target=agent:-:rebels"},
		{"force used against people",
			"Russian police used batons against the rebels on Monday.", "used",
			"agent=country:RUS target=agent:-:rebels"},
		{"a crowd dispersed",
			"Russian police dispersed the rebels on Monday.", "dispersed",
			"agent=country:RUS target=agent:-:rebels"},
		{"a protest against a leader",
			"Thousands of students rallied against Putin in Kursk on Monday.", "rallied",
			"location=place:kursk target=person:putin"},
		{"the object of an appointing verb investigates",
			"Putin appointed a panel on Monday to investigate NATO.", "investigate",
			"target=org:nato"},
	} {
		m := mentionOf(t, parsed(t, tc.text), tc.trigger)
		if got := roles(m); got != tc.want {
			t.Errorf("%s: %q: %s roles %s, want %s", tc.rule, tc.text, m.Type, got, tc.want)
		}
	}
}

// TestControlledActiveInfinitive checks that the subject of a passive verb
// controlling an active infinitive does the infinitive's act ("troops who
// were sent to fight the rebels": the troops fight), while a passive
// infinitive keeps it the one acted on.
func TestControlledActiveInfinitive(t *testing.T) {
	checkRoles(t, []roleCase{
		{"Russian troops, who were sent to fight NATO, killed 20 rebels on Monday.", "fight", "agent=country:RUS target=org:nato"},
		{"Putin was expected to be arrested by NATO on Monday.", "arrested", "agent=org:nato target=person:putin"},
		{"Russian troops were deployed in Kursk on Monday to fight NATO.", "fight", "agent=country:RUS target=org:nato"},
	})
}

// TestSupposedPlanned checks that an act one was supposed to do is
// planned, not told as done.
func TestSupposedPlanned(t *testing.T) {
	checkFactuality(t, []factualityCase{
		{"Putin was supposed to leave for Ankara on Monday.", "leave", Planned},
	})
}

// TestHeldOwners checks that the owner of the home, office or convoy a
// hostile act strikes is its target, told by an "of" phrase or a
// possessive.
func TestHeldOwners(t *testing.T) {
	checkRoles(t, []roleCase{
		{"Russian police raided the home of Putin on Monday.", "raided", "agent=country:RUS target=person:putin"},
		{"Russian troops stormed NATO's offices in Kursk on Monday.", "stormed", "agent=country:RUS location=place:kursk target=org:nato"},
	})
}
