package event

import "testing"

// TestUnnamedIndividual checks individual.go on made-up sentences read
// with a real parse: a country before a noun naming one unnamed person
// after "a" or "another" is that person's nationality, no participant,
// while the country's troops and a plural noun stay the state's, and so
// does a state's speaker telling a statement (stateVoice).
func TestUnnamedIndividual(t *testing.T) {
	for _, tc := range []struct {
		rule, text, trigger, want string
	}{
		{"an unnamed congressman is not his state",
			"A Russian congressman pleaded guilty on Monday to fraud charges.", "pleaded guilty", ""},
		{"another unnamed diplomat neither",
			"Last month another Russian diplomat was suspended from work over a fraud case.", "suspended", ""},
		{"an unnamed diplomat telling a statement speaks for the state",
			"A senior Russian diplomat warned on Monday that violence could derail the talks.", "warned", "agent=country:RUS"},
		{"an unnamed congressman telling one is still one person",
			"A Russian congressman warned on Monday that violence could derail the talks.", "warned", ""},
		{"an unnamed man as the object",
			"Police in Lima arrested a Somali man on Tuesday.", "arrested", ""},
		{"the words tell it where the parse hangs the noun elsewhere",
			"A Russian jury on Monday found a Somali man guilty.", "found", "agent=country:RUS"},
		{"a person noun by WordNet, of no office, is one person too",
			"A Somali barmaid was killed on Monday when gunmen attacked a bar.", "killed", "agent=agent:-:gunmen"},
		{"an officer serves his state",
			"A Somali officer was killed on Monday when gunmen attacked a bar.", "killed", "agent=agent:-:gunmen target=country:SOM"},
		{"the country's troops are the state's",
			"Russian troops arrested two smugglers on Monday.", "arrested", "agent=country:RUS"},
		{"a plural noun stays the state's",
			"Russian diplomats were expelled from the country on Monday.", "expelled", "target=country:RUS"},
		{"the person the article has in mind, by nationality, is not the state",
			"The Somali engineer was arrested by police in Lima on Tuesday.", "arrested", ""},
		{"the same noun as the agent",
			"The Somali coach suspended two players on Friday.", "suspended", ""},
		{"a guard is a body that serves its state",
			"The Somali presidential guard arrested two gunmen on Monday.", "arrested", "agent=country:SOM target=agent:-:gunmen"},
		{"a place name before the noun is no nationality",
			"The Moscow engineer was arrested on Tuesday.", "arrested", "target=place:moscow"},
	} {
		m := mentionOf(t, parsed(t, tc.text), tc.trigger)
		if got := roles(m); got != tc.want {
			t.Errorf("%s: %q: got %q, want %q", tc.rule, tc.text, got, tc.want)
		}
	}
}

// TestNamedLater: an unnamed individual a lead qualifies by a country ("A
// Russian journalist was arrested") is the person a later sentence names
// after the same noun; without such a name, no one (not the state).
func TestNamedLater(t *testing.T) {
	checkRoles(t, []roleCase{
		{"A Russian journalist was arrested on Monday. Police said the journalist Shoigu had been followed for weeks.", "arrested", "target=person:shoigu"},
		{"A Russian journalist was arrested on Monday. Police said Shoigu had been followed for weeks.", "arrested", ""},
		{"A journalist was arrested on Monday. Police said the journalist Shoigu had been followed for weeks.", "arrested", "target=person:shoigu"},
		{"A congressman pleaded guilty on Monday to bribery charges. Prosecutors said the congressman, Shoigu, sold his home.", "pleaded guilty", "agent=person:shoigu"},
	})
}
