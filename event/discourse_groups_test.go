package event

import "testing"

// TestGroupPronoun: an active "they" or "it" opening a sentence stands for
// the group, body or state the previous sentence's main clause is about;
// a passive one ("They were charged") and one after a name in its own
// sentence are left alone, and "it" never stands for a person. After a
// copula ("It was Turkey's third gold medal"), the owner of its predicate
// noun is what the sentence is about.
func TestGroupPronoun(t *testing.T) {
	checkRoles(t, []roleCase{
		{"The rebels seized a border town on Monday. They also attacked a convoy near the river.", "attacked", "agent=agent:-:rebels"},
		{"NATO condemned the shelling on Monday. It also urged Russia to withdraw its troops.", "urged", "agent=org:nato target=country:RUS"},
		{"Russia and China signed a trade deal on Monday. They also agreed to hold joint drills.", "agreed", "agent=country:CHN agent=country:RUS"},
		{"The gunmen seized ten hostages on Monday. They were arrested on Tuesday.", "arrested", ""},
		{"Putin criticised the plan on Monday. It also attacked the convoy.", "attacked", ""},
		// after a copula, the owner of its predicate noun
		{"It was Turkey's third gold medal of the games. They also won the silver medal in 1998.", "won", "agent=country:TUR"},
	})
}
