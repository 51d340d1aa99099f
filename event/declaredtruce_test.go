package event

import "testing"

// TestDeclaredTruce checks that a truce declared is one event, the
// declaration (yield 0871), with no bare agreement beside it, while a
// truce signed stays an agreement.
func TestDeclaredTruce(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"The militia declared a unilateral truce on Sunday.", []string{"yield:declared"}},
		{"The two factions signed a truce on Sunday.", []string{"agreement:signed"}},
	} {
		var got []string
		for _, m := range Extract(parsed(t, tc.text)) {
			got = append(got, string(m.Type)+":"+m.Trigger)
		}
		if len(got) != len(tc.want) || got[0] != tc.want[0] {
			t.Errorf("%q: mentions %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestDeclaredState checks that martial law or a curfew declared is one
// event, the coercion (1724, 1723) told by its verb, with no statement
// beside it.
func TestDeclaredState(t *testing.T) {
	for _, tc := range []struct {
		text, want string
	}{
		{"President Amara Diallo declared martial law on Sunday night.", "coerce/1724:declared"},
		{"The governor declared a curfew in the port city on Sunday.", "coerce/1723:declared"},
		{"The governor declared that the port was safe on Sunday.", "statement/010:declared"},
	} {
		var got []string
		for _, m := range Extract(parsed(t, tc.text)) {
			got = append(got, string(m.Type)+"/"+m.CAMEO+":"+m.Trigger)
		}
		if len(got) != 1 || got[0] != tc.want {
			t.Errorf("%q: mentions %v, want [%s]", tc.text, got, tc.want)
		}
	}
}
