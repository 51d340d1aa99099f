package event

import "testing"

// TestDescribingParticiple checks that a lasting activity's bare present
// participle right after a noun (a reduced relative: what the noun's
// people are doing) is told in the background, and that the tree test
// passes it alone: not with an auxiliary, a marker, a punctual verb, or
// after a frame word, where the parse took the event noun for a
// participle.
func TestDescribingParticiple(t *testing.T) {
	for _, tc := range []struct {
		text, word string
		want       bool
	}{
		{"The president said foreign fighters are aiding northern rebels fighting the military government in Vellia.", "fighting", true},
		{"The city was taken on March 15 by Ardenian rebels fighting the regime of President Vell Osk.", "fighting", true},
		{"Officials said the rebels had been fighting the army near Osk for weeks.", "fighting", false},
		{"The soldiers were captured while fighting alongside the rebels in the north.", "fighting", false},
		{"Police said gunmen firing on a crowd in Osk killed two people on Monday.", "firing", false},
		{"Vell is charged over the killing of farmers in the village of Tarn during Ardenian-Serb fighting in 1993.", "fighting", false},
	} {
		s := firstSent(t, tc.text)
		n, ok := s.treeNode(tokenOf(t, s, tc.word))
		if !ok {
			t.Fatalf("%q: no node for %q", tc.text, tc.word)
		}
		if got := s.tr.describingParticiple(n); got != tc.want {
			t.Errorf("%q: describingParticiple(%q) = %v, want %v", tc.text, tc.word, got, tc.want)
		}
		if tc.want {
			if m := mentionOf(t, parsed(t, tc.text), tc.word); !m.Background {
				t.Errorf("%q: %q is no background", tc.text, tc.word)
			}
		}
	}
}
