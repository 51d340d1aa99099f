package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestTitledPersonWithoutRole checks that "the king", "the queen" or "the
// pope" as a subject stands for the person named before with that title
// in the name or right before it, when the recognizer gives no role.
func TestTitledPersonWithoutRole(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	royals := []ent{
		{"King Harald", "person:harald", actor.Person, false},
		{"Margrethe", "person:margrethe", actor.Person, false},
		{"Francis", "person:francis", actor.Person, false},
	}
	for _, tc := range []struct {
		text, trigger, want string
	}{
		{"King Harald arrived in Moscow on Monday. The king urged Putin to end the war.", "urged",
			"agent=person:harald target=person:putin"},
		{"Denmark's Queen Margrethe arrived in Moscow on Monday. The queen urged Putin to end the war.", "urged",
			"agent=person:margrethe target=person:putin"},
		{"Pope Francis arrived in Kyiv on Monday. The pope condemned Putin on Tuesday.", "condemned",
			"agent=person:francis target=person:putin"},
	} {
		in := inputWith(tc.text, royals)
		in.Parse = p.Sentence
		m := mentionOf(t, in, tc.trigger)
		if got := roles(m); got != tc.want {
			t.Errorf("%q %s: roles %s, want %s", tc.text, tc.trigger, got, tc.want)
		}
	}
}

// TestReporterAgentOfOther checks that a news agency the parse makes the
// "by" agent of another verb ("a statement received by KCNA") is no party
// of a noun event the word windows reach.
func TestReporterAgentOfOther(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text, trigger, want string
	}{
		{"Kim condemned the Russian raid in a statement received by KCNA on Monday.", "raid", "agent=country:RUS"},
		{"Kim condemned the raid by Russia on Monday.", "raid", "agent=country:RUS"},
		{"Kim was killed by shells fired by Russia on Monday.", "killed", "agent=country:RUS target=person:kim"},
	} {
		in := input(tc.text)
		in.Parse = p.Sentence
		m := mentionOf(t, in, tc.trigger)
		if got := roles(m); got != tc.want {
			t.Errorf("%q %s: roles %s, want %s", tc.text, tc.trigger, got, tc.want)
		}
	}
}
