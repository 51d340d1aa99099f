package event

import "testing"

// TestChargeGerund checks that an -ing clause marked "of" or "for" after
// a verb with a named object ("accused X of arresting") is done by that
// object, not by the verb's subject, and that a clause of time hung on it
// ("while urging") is the subject's again, read with a real parse.
func TestChargeGerund(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		rule, text, trigger, want string
	}{
		{"a conjunct of the act too", "Lavrov accused the Russian government of beating students and arresting dozens of reporters.", "arresting",
			"agent=country:RUS"},
		{"an unnamed accused: not the accuser", "Lavrov accused the guards of arresting dozens of reporters last week.", "arresting",
			""},
		{"a clause of time on the charge: the critic's", "Lavrov criticized Russia for delaying the talks while urging Iran to resume them.", "urging",
			"agent=person:lavrov target=country:IRN"},
	} {
		in := inputWith(tc.text, nil)
		in.Parse = p.Sentence
		m := mentionOf(t, in, tc.trigger)
		if got := roles(m); got != tc.want {
			t.Errorf("%s: %q: roles %s, want %s", tc.rule, tc.text, got, tc.want)
		}
	}
}
