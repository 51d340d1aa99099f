package event

import "testing"

// TestCarriedAct checks that a resolution told by the act it carries
// ("passed a resolution imposing sanctions") is that act alone, while
// one told otherwise stays its adoption.
func TestCarriedAct(t *testing.T) {
	for _, c := range []struct {
		text     string
		adoption bool
	}{
		{"NATO passed a resolution imposing new sanctions on Iran.", false},
		{"NATO adopted a resolution condemning the raid on the camp.", true},
		{"NATO adopted a resolution on the status of the city.", true},
	} {
		found := false
		for _, m := range Extract(parsed(t, c.text)) {
			found = found || m.Type == Statement && (m.Trigger == "passed" || m.Trigger == "adopted")
		}
		if found != c.adoption {
			t.Errorf("%q: adoption told %v, want %v", c.text, found, c.adoption)
		}
	}
}
