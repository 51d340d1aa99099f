package event

import "testing"

// TestAimedRoles checks that force used on people and a protest aimed at
// someone take them as the target ("fired tear gas at", "used tear gas
// against", "dispersed"; "rallied against"), and that a verb naming or
// empowering someone to do a thing leaves its infinitive to them, not to
// its subject.
func TestAimedRoles(t *testing.T) {
	checkRoles(t, []roleCase{
		// riot police aim tear gas at a crowd
		{"Russian police fired tear gas at the rebels in Kursk on Monday.", "fired",
			"agent=country:RUS location=place:kursk target=agent:-:rebels"},
		// force used against people
		{"Russian police used batons against the rebels on Monday.", "used",
			"agent=country:RUS target=agent:-:rebels"},
		// a crowd dispersed
		{"Russian police dispersed the rebels on Monday.", "dispersed",
			"agent=country:RUS target=agent:-:rebels"},
		// a protest against a leader
		{"Thousands of students rallied against Putin in Kursk on Monday.", "rallied",
			"location=place:kursk target=person:putin"},
		// the object of an appointing verb investigates
		{"Putin appointed a panel on Monday to investigate NATO.", "investigate",
			"target=org:nato"},
	})
}
