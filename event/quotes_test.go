package event

import "testing"

// TestQuotedPronoun: a "he" in a quotation is not the speaker its
// attribution between two quotations names; a quoted
// "he" with no attribution before it still takes the nearest person, and
// an unquoted one the person the sentence before is about
// (TestPronounTopic).
func TestQuotedPronoun(t *testing.T) {
	for _, tc := range []struct {
		text, trigger, want string
	}{
		{`"We mourn the loss of Kim," Putin said in a statement. "He visited Moscow in a critical time."`, "visited", "agent=person:kim location=place:moscow"},
		{`Kim left on Monday. "He visited Moscow in a critical time," Putin said.`, "visited", "agent=person:kim location=place:moscow"},
		{`Kim met Putin on Monday. He visited Moscow on Tuesday.`, "visited", "agent=person:kim location=place:moscow"},
	} {
		m := mentionOf(t, parsed(t, tc.text), tc.trigger)
		if got := roles(m); got != tc.want {
			t.Errorf("%q %s: roles %s, want %s", tc.text, tc.trigger, got, tc.want)
		}
	}
}

// TestFirstPersonQuote: a first-person subject of a quotation is its
// speaker, whether the reporting verb follows the quotation (a parataxis
// of its verb) or governs it.
func TestFirstPersonQuote(t *testing.T) {
	for _, tc := range []struct {
		text, trigger, want string
	}{
		{`"We signed the treaty with Russia on Monday," Erdogan said.`, "signed", "agent=person:erdogan counterpart=country:RUS"},
		{`"I met Kim in Pyongyang on Monday," Putin told reporters.`, "met", "agent=person:putin counterpart=person:kim location=place:pyongyang"},
		{`"We signed the treaty with Russia on Monday," NATO said.`, "signed", "agent=org:nato counterpart=country:RUS"},
	} {
		m := mentionOf(t, parsed(t, tc.text), tc.trigger)
		if got := roles(m); got != tc.want {
			t.Errorf("%q %s: roles %s, want %s", tc.text, tc.trigger, got, tc.want)
		}
	}
}

// TestPronounTopic: an unquoted "he" with no person before it in its
// sentence stands for the person the sentence before is about — the
// subject of its main clause, or of another of its clauses, or the person
// a pronoun subject there stands for — and for the nearest person when
// that sentence's subjects name none; never for a name in a prepositional
// phrase its own clause opens with ("In an open letter to Shoigu he
// accused"); a "he" in a quotation opened in an
// earlier sentence keeps the nearest person. The roles are those of the
// last mention of the trigger.
func TestPronounTopic(t *testing.T) {
	for _, tc := range []struct {
		text, trigger, want string
	}{
		{"Lavrov met Shoigu for the second time in two days. In between, he met Kim in Kursk.", "met",
			"agent=person:lavrov counterpart=person:kim location=place:kursk"},
		{"Lavrov, a rival of Shoigu, said on Monday that the deal held. He snubbed Shoigu on Tuesday. He visited Moscow on Friday.", "visited",
			"agent=person:lavrov location=place:moscow"},
		{"The summit ended on Monday with a speech by Putin. He visited Moscow on Tuesday.", "visited",
			"agent=person:putin location=place:moscow"},
		{`Lavrov said Shoigu would not come. "If he goes ahead, he will fail. This is what happened when he visited Moscow."`, "visited",
			"agent=person:shoigu location=place:moscow"},
		{"Lavrov visited Kursk on Monday. In an open letter to Shoigu he accused NATO of lying.", "accused",
			"agent=person:lavrov target=org:nato"},
	} {
		var got string
		found := false
		for _, m := range Extract(parsed(t, tc.text)) {
			if m.Trigger == tc.trigger {
				got, found = roles(m), true
			}
		}
		if !found || got != tc.want {
			t.Errorf("%q %s: roles %s (found %v), want %s", tc.text, tc.trigger, got, found, tc.want)
		}
	}
}
