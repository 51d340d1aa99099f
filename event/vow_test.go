package event

import "testing"

// TestVow checks vowFrame: a vow to act is an express intent (030), one to
// do harm a threat (130), and a vow the dictionary codes keeps its code.
func TestVow(t *testing.T) {
	for _, c := range []struct {
		text, trigger string
		typ           Type
		code          string
	}{
		{"The Danish cabinet vowed on Friday to deepen trade ties with Chile.", "vowed", ExpressIntentToCooperate, "030"},
		{"Rebel commander Paul Okello vowed to keep fighting the army.", "vowed", Threaten, "130"},
		{"The separatists vowed to continue the war until independence.", "vowed", Threaten, "130"},
		{"The clan elders vowed to mount a guerrilla campaign against the invaders.", "vowed", Threaten, "130"},
		{"The strike ended on Friday with the union pledging to accept the offer.", "pledging", ExpressIntentToCooperate, "030"},
		{"The militia vowed revenge for the death of its leader.", "vowed", Threaten, "138"},
	} {
		found := false
		for _, m := range Extract(parsed(t, c.text)) {
			if m.Trigger != c.trigger {
				continue
			}
			found = true
			if m.Type != c.typ || m.CAMEO != c.code {
				t.Errorf("%q: %s %s/%s, want %s/%s", c.text, c.trigger, m.Type, m.CAMEO, c.typ, c.code)
			}
		}
		if !found {
			t.Errorf("%q: no mention at %q", c.text, c.trigger)
		}
	}
}
