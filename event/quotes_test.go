package event

import "testing"

// TestQuotedPronoun: a "he" in a quotation is not the speaker its
// attribution between two quotations names; a quoted
// "he" with no attribution before it, and an unquoted one, still take the
// nearest person.
func TestQuotedPronoun(t *testing.T) {
	for _, tc := range []struct {
		text, trigger, want string
	}{
		{`"We mourn the loss of Kim," Putin said in a statement. "He visited Moscow in a critical time."`, "visited", "agent=person:kim location=place:moscow"},
		{`Kim left on Monday. "He visited Moscow in a critical time," Putin said.`, "visited", "agent=person:kim location=place:moscow"},
		{`Kim met Putin on Monday. He visited Moscow on Tuesday.`, "visited", "agent=person:putin location=place:moscow"},
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
