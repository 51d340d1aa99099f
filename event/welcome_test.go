package event

import "testing"

// TestWelcomedAct: an act, a decision or an agreement welcomed is
// endorsed (diplomatic cooperation, CAMEO 051); a guest welcomed is not.
func TestWelcomedAct(t *testing.T) {
	for _, tc := range []struct {
		text string
		want Type
		code string
	}{
		{"The Norwegian foreign minister on Tuesday welcomed the truce agreement reached by the two rebel groups.", DiplomaticCooperation, "051"},
		{"Canada welcomed Monday a vote by the assembly to adopt the new charter.", DiplomaticCooperation, "051"},
		{"The mayor welcomed the decision of the court to reopen the case on Friday.", DiplomaticCooperation, "051"},
		{"The mayor welcomed the visiting delegation at the airport on Friday.", "", ""},
		{"The prime minister welcomed his Thai counterpart to Hanoi on Friday.", "", ""},
	} {
		var got Type
		var code string
		for _, m := range Extract(parsed(t, tc.text+" Officials gave no details.")) {
			if m.Trigger == "welcomed" {
				got, code = m.Type, m.CAMEO
			}
		}
		if got != tc.want || code != tc.code {
			t.Errorf("%q: welcomed typed %q %q, want %q %q", tc.text, got, code, tc.want, tc.code)
		}
	}
}
