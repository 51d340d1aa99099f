package event

import "testing"

// TestDescribingParticiple checks that a lasting activity's bare present
// participle right after a noun (a reduced relative: what the noun's
// people are doing) is told in the background, and that the tree test
// passes it alone: not with an auxiliary, a marker, a punctual verb, a
// finite verb, or after a frame word, where the parse took the event noun
// for a participle.
func TestDescribingParticiple(t *testing.T) {
	for _, tc := range []struct {
		text, word string
		want       bool
	}{
		{"Tarn has sent arms to eastern rebels fighting the military rulers of its neighbour.", "fighting", true},
		{"Aid workers said the Osk valley was shelled by western rebels fighting the government of Jon Tarr.", "fighting", true},
		{"Officials said the rebels had been fighting the army near Osk for weeks.", "fighting", false},
		{"Two of the men were hurt while fighting a fire in the port.", "fighting", false},
		{"Police said gunmen firing on a crowd in Osk killed two people on Monday.", "firing", false},
		{"Militias fought the army in the hills near Osk for a week.", "fought", false},
		{"Hundreds of homes in the valley were burned during Vellish-Oskan fighting in 2004.", "fighting", false},
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
