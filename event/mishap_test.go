package event

import "testing"

// TestMishapWords checks the word rules that tell an accident when the
// parse does not: a vehicle heading the sentence's opening phrase before
// an interruption set off by commas is the subject of the accident verb
// after it (openingSubjectIn), and a verb of force after "and" and an
// accident's verb tells the same mishap (mishapAnd). Without a parse,
// only the words decide.
func TestMishapWords(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       []string
	}{
		{"a vehicle before the interruption", "A Russian cargo aircraft, bound for the far eastern port of Vladivostok, crashed on Monday.", []string{"accident:crashed/asserted"}},
		{"and hit: the same mishap", "A Russian cargo aircraft, bound for the far eastern port of Vladivostok, crashed on Monday and hit a school.", []string{"accident:crashed/asserted", "accident:hit/asserted"}},
		{"no vehicle: no accident", "Russian troops, backed by their allies, crashed into the town.", nil},
		{"no accident before: an attack", "Russian troops entered the town and hit a school.", []string{"attack:hit/asserted"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, m := range Extract(input(c.text)) {
				if m.Type == Accident || m.Type == Attack {
					got = append(got, string(m.Type)+":"+m.Trigger+"/"+string(m.Factuality))
				}
			}
			if len(got) != len(c.want) {
				t.Fatalf("%q: got %v, want %v", c.text, got, c.want)
			}
			for k := range got {
				if got[k] != c.want[k] {
					t.Errorf("%q: got %v, want %v", c.text, got, c.want)
				}
			}
		})
	}
}
