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
	const trip = " During the long ride across the windswept southern plains, he described the crumbling brick tower that overlooks the sleepy harbor town as a symbol of everything that had gone badly wrong under the rule of the coastal elites for decades." +
		" On the third day, he published a sharply worded essay in a regional weekly against the careless policy of the district board in the valley, which he said was putting herders and their children in danger."
	for _, tc := range []struct {
		rule, text, trigger, want string
	}{
		{"the chain reaches the person the story is about",
			"Rowan Kerrigan's homily follows a tour of the valley." + trip + " He warned Russia that herders could be driven from the valley.",
			"warned", "agent=person:kerrigan counterpart=country:RUS"},
		{"a person named only as an object is passed over",
			"Rowan Kerrigan grew up in a fishing village by the lake, where he also courted his bride Ana Roe." + trip + " He warned Russia that herders could be driven from the valley.",
			"warned", "agent=person:kerrigan counterpart=country:RUS"},
		{"a pronoun after another subject in its sentence is not chained",
			"Rowan Kerrigan's homily follows a tour of the valley." + trip + " The bishop said he warned Russia that herders could be driven from the valley.",
			"warned", "counterpart=country:RUS"},
		{"a pronoun of the other gender is not the chain's",
			"Rowan Kerrigan's homily follows a tour of the valley." + trip + " She warned Russia that herders could be driven from the valley.",
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
