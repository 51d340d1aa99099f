package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestPronounChain checks that a "he" or "she" with no person named
// within pronounReach tokens before it stands for the person an earlier
// subject pronoun of its gender stands for (chainedPronoun), read with a
// real parse.
func TestPronounChain(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	people := []ent{
		{"Rowan Kerrigan", "person:kerrigan", actor.Person, false},
		{"Ana Roe", "person:roe", actor.Person, false},
	}
	// two long sentences with no name in them: the person is named more
	// than pronounReach tokens before the last pronoun
	const trip = " During the long trip across the dry northern hills, he described the old stone wall that surrounds the quiet market town as a sign of what had gone deeply wrong with the policy of the region's rulers over many years." +
		" On the second day, he launched a strongly worded attack in a national newspaper against the short-sighted policy of the provincial council in the hills, which he said was putting farmers and their families at risk."
	for _, tc := range []struct {
		rule, text, trigger, want string
	}{
		{"the chain reaches the person the story is about",
			"Rowan Kerrigan's sermon comes after a visit to the hills." + trip + " He warned Russia that farmers could be chased out of the region.",
			"warned", "agent=person:kerrigan counterpart=country:RUS"},
		{"a person named only as an object is passed over",
			"Rowan Kerrigan was born in a small town by the sea, where he also met his wife Ana Roe." + trip + " He warned Russia that farmers could be chased out of the region.",
			"warned", "agent=person:kerrigan counterpart=country:RUS"},
		{"a pronoun after another subject in its sentence is not chained",
			"Rowan Kerrigan's sermon comes after a visit to the hills." + trip + " The bishop said he warned Russia that farmers could be chased out of the region.",
			"warned", "counterpart=country:RUS"},
		{"a pronoun of the other gender is not the chain's",
			"Rowan Kerrigan's sermon comes after a visit to the hills." + trip + " She warned Russia that farmers could be chased out of the region.",
			"warned", "counterpart=country:RUS"},
	} {
		in := inputWith(tc.text, people)
		in.Parse = p.Sentence
		m := mentionOf(t, in, tc.trigger)
		if got := roles(m); got != tc.want {
			t.Errorf("%s: roles %s, want %s", tc.rule, got, tc.want)
		}
	}
}
