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
