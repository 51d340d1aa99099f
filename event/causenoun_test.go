package event

import "testing"

// TestCauseNoun checks that a definite event noun with no actor, named as
// what another act answers, is no event of its own, and that an envoy
// summoned is an official complaint.
func TestCauseNoun(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string // type:trigger of every mention
	}{
		{"Turkey summoned the Swedish ambassador on Tuesday over the sanctions.", []string{"disapprove:summoned"}},
		{"Turkey imposed sanctions on Sweden on Tuesday.", []string{"sanction:sanctions"}},
		{"The judge summoned the witness on Tuesday.", nil},
		{"The tribunal summoned the governor on Tuesday to answer charges of bribery.", nil},
	} {
		var got []string
		for _, m := range Extract(parsed(t, tc.text)) {
			got = append(got, string(m.Type)+":"+m.Trigger)
		}
		if len(got) != len(tc.want) || len(got) > 0 && got[0] != tc.want[0] {
			t.Errorf("%q: mentions %v, want %v", tc.text, got, tc.want)
		}
	}
}
