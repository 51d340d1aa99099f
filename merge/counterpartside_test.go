package merge

import (
	"testing"

	"github.com/chronograph-news/chronograph/event"
)

// TestCounterpartCountryGuard checks that a leader who stands for a
// country an event names only as its counterpart does not join that
// event when it names another agent he does not ("Osk held talks with
// Ardenia's envoy" / "Vell met the mediators": two meetings), while his
// meeting with the event's agent itself still does.
func TestCounterpartCountryGuard(t *testing.T) {
	o := guardOpts()
	o.Affiliation["person:vell"] = "country:ARD"
	o.Affiliation["person:osk"] = "country:BOR"
	checkMerges(t, o, []mergeCase{
		{
			"Osk's talks with Ardenia; Vell meets others the same day: two",
			[]event.Mention{
				mention("a", 0, event.Meeting, "2025-03-21", "person:osk", "country:ARD"),
				mention("a", 2, event.Meeting, "2025-03-21", "person:vell"),
			},
			[]string{"2025-03-21 meeting a", "2025-03-21 meeting a"},
		},
		{
			"Osk's talks with Ardenia; Vell meets Osk the same day: one",
			[]event.Mention{
				mention("a", 0, event.Meeting, "2025-03-21", "person:osk", "country:ARD"),
				mention("a", 2, event.Meeting, "2025-03-21", "person:vell", "person:osk"),
			},
			[]string{"2025-03-21 meeting a"},
		},
	})
}
