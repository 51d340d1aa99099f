package event

import "testing"

// TestAppointers checks appointer.go on made-up sentences read with a real
// parse: the appointees of a "replaced" change are targets of the
// appointer named before, and stay as the clause gives them with none.
func TestAppointers(t *testing.T) {
	for _, tc := range []struct {
		rule, text, trigger, want string
	}{
		{"the appointer named before appoints both sides of a change",
			"Putin announced a cabinet reshuffle on Monday. Shoigu replaced Lavrov as defence minister.", "replaced",
			"agent=person:putin target=person:lavrov target=person:shoigu"},
		{"a passive change too",
			"Putin announced a cabinet reshuffle on Monday. Defence minister Lavrov was replaced by industry minister Shoigu.", "replaced",
			"agent=person:putin target=person:lavrov target=person:shoigu"},
		{"the object of an appointing verb is its appointee, a target",
			"Putin appointed Shoigu and Lavrov as deputy prime ministers on Monday.", "appointed",
			"agent=person:putin target=person:lavrov target=person:shoigu"},
		{"so is the noun a participle of appointment qualifies",
			"The newly appointed defence minister Shoigu met Kim in Moscow on Monday.", "appointed",
			"target=person:shoigu"},
		{"and the subject of a passive one, whose 'by' phrase appoints",
			"Shoigu was appointed defence minister by Putin on Monday.", "appointed",
			"agent=person:putin target=person:shoigu"},
		{"several names each with its office are all appointees, one mention each (appointees.go): the first",
			"Putin on Monday named Shoigu as defence minister and Lavrov as foreign minister.", "named",
			"agent=person:putin target=person:shoigu"},
		{"a name qualifying the office is no appointee",
			"Putin on Monday named Shoigu as Kim's envoy.", "named",
			"agent=person:putin target=person:shoigu"},
		{"with no appointer named before, the clause's roles stay",
			"Shoigu replaced Lavrov as defence minister on Monday.", "replaced",
			"agent=person:shoigu counterpart=person:lavrov"},
	} {
		m := mentionOf(t, parsed(t, tc.text), tc.trigger)
		if got := roles(m); got != tc.want {
			t.Errorf("%s: %q: roles %s, want %s", tc.rule, tc.text, got, tc.want)
		}
	}
}
