package event

import "testing"

// TestApprovingLightVerbs: who approves, ratifies or endorses a noun event
// takes part in it ("light" in data/triggers.yaml).
func TestApprovingLightVerbs(t *testing.T) {
	for _, tc := range []struct {
		text, trigger, want string
	}{
		{"Turkey's security cabinet approved last week an agreement with Russia to reopen the border.", "agreement", "agent=country:TUR counterpart=country:RUS"},
		{"Iran's cabinet endorsed an accord with China on Sunday.", "accord", "agent=country:IRN counterpart=country:CHN"},
	} {
		m := mentionOf(t, parsed(t, tc.text), tc.trigger)
		if got := roles(m); got != tc.want {
			t.Errorf("%q %s: roles %s, want %s", tc.text, tc.trigger, got, tc.want)
		}
	}
}
