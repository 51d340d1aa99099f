package event

import "testing"

// TestUnderHostileNoun: a hostile noun marked by "under" tells the state
// its holder is in: the subject of the noun as predicate or of the verb it
// hangs on is its target ("has been under house arrest", "came under
// attack"), or the verb's object when it has one ("placed Lavrov under
// arrest"), never its agent.
func TestUnderHostileNoun(t *testing.T) {
	checkRoles(t, []roleCase{
		{"Lavrov has been under house arrest in Moscow since March.", "arrest", "location=place:moscow target=person:lavrov"},
		{"Former minister Lavrov remains under house arrest in Moscow.", "arrest", "location=place:moscow target=person:lavrov"},
		{"A judge placed Lavrov under house arrest on Monday.", "arrest", "target=person:lavrov"},
		{"Russian troops came under attack near Kursk on Monday.", "attack", "location=place:kursk target=country:RUS"},
	})
}
