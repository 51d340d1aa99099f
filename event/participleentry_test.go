package event

import "testing"

// TestParticipleVerbEntry checks that an -ing word heading a participle
// clause takes the entry of its verb, not of its noun: a constitution
// signed is law made ("gave in, signing the constitution"), as with the
// finite verb, not the "signing" of an agreement.
func TestParticipleVerbEntry(t *testing.T) {
	for _, c := range []struct {
		text, trigger string
		want          Type
	}{
		{"After weeks of unrest, the king relented, signing the new charter and constitution.", "signing", Legislation},
		{"The two ministers met in Kursk, signing a trade accord.", "signing", Agreement},
		{"The bankers spoke on Monday, warning the new rules could raise prices.", "warning", Statement},
		{"The signing of the accord took place in Kursk.", "signing", Agreement},
	} {
		if got := triggerType(t, c.text, c.trigger); got != c.want {
			t.Errorf("%q: %q typed %q, want %q", c.text, c.trigger, got, c.want)
		}
	}
}
