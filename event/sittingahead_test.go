package event

import "testing"

// TestSittingAhead checks sittingAhead: a sitting told as the subject of
// business still ahead (under "will", or of a predicate of ahead_raising
// with an infinitive) is planned; a sitting told as the subject of a past
// act, of a purpose, or as the passive subject of a future act, is not.
func TestSittingAhead(t *testing.T) {
	checkFactuality(t, []factualityCase{
		{"The three-day meeting will review the activities of the federation.", "meeting", Planned},
		{"The summit was likely to adopt a declaration on energy.", "summit", Planned},
		{"Vell said the conference was unlikely to settle the quota dispute.", "conference", Planned},
		{"The three-day meeting reviewed the activities of the federation.", "meeting", Asserted},
		{"Osk said the meeting was intended to signal backing for the reforms.", "meeting", Reported},
	})
}
