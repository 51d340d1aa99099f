package event

import "testing"

// TestStancePossessor checks collectPhrase on made-up sentences read with
// a real parse: the possessor of an object naming what a side says or
// wants (stanceNouns) is a participant, while the possessor of another
// object that is no party stays out.
func TestStancePossessor(t *testing.T) {
	for _, tc := range []struct {
		rule, text, trigger, want string
	}{
		{"the side whose demands are rebuffed",
			"Russia on Monday rebuffed Ukraine's demands for talks.", "rebuffed",
			"agent=country:RUS counterpart=country:UKR"},
		{"the side whose idea is rejected",
			"Russia on Monday rejected Ukraine's idea of a summit.", "rejected",
			"agent=country:RUS counterpart=country:UKR"},
		{"the side whose move is denounced",
			"Russia on Monday denounced Ukraine's move as a provocation.", "denounced",
			"agent=country:RUS target=country:UKR"},
		{"the side whose interference is condemned",
			"Russia on Monday condemned Ukraine's interference in the vote.", "condemned",
			"agent=country:RUS target=country:UKR"},
		{"the owner of a thing is no side",
			"Russia on Monday rebuffed Ukraine's border guards.", "rebuffed",
			"agent=country:RUS"},
	} {
		m := mentionOf(t, parsed(t, tc.text), tc.trigger)
		if got := roles(m); got != tc.want {
			t.Errorf("%s: %q: got %q, want %q", tc.rule, tc.text, got, tc.want)
		}
	}
}
