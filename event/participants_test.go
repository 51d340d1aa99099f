package event

import "testing"

func TestDemonym(t *testing.T) {
	for name, want := range map[string]bool{"Russian": true, "North Korean": true, "Chinese": true,
		"Turkish": true, "Israeli": true, "French": true, "Pakistani": true,
		"Russia": false, "Iran": false, "Sudan": false, "Japan": false, "Ukraine": false, "Oman": false} {
		if got := demonym(name); got != want {
			t.Errorf("demonym(%q) = %v, want %v", name, got, want)
		}
	}
}
