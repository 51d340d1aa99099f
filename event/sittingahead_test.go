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

// TestSittingArranged checks sittingArranged: a sitting the subject of an
// infinitive after "be" that tells it run its course is planned; one told
// with the aim it is to serve is not.
func TestSittingArranged(t *testing.T) {
	checkFactuality(t, []factualityCase{
		{"The Varnel regional conference is to run from Nov. 25 to 27 in Dorvik.", "conference", Planned},
		{"The Kestan summit meetings are to take place in the third week of this month in Dorvik.", "meetings", Planned},
		{"The Tesk summit is to open on Monday in Dorvik.", "summit", Planned},
		{"The meeting is also to take stock of the new farm policy.", "meeting", Planned},
		{"The Varnel regional conference ran from Nov. 25 to 27 in Dorvik.", "conference", Asserted},
		{"The meeting between the two sides is to solve problems.", "meeting", Asserted},
	})
}

// TestSittingAnnounced checks sittingAnnounced: a sitting with a
// participle of sitting_announced after it ("announced", also when the
// parse reads it as the noun's verb) is planned; one told held is not.
func TestSittingAnnounced(t *testing.T) {
	checkFactuality(t, []factualityCase{
		{"The Tesk Office praised the Varnel peace talks announced Tuesday as a step toward ending the war.", "talks", Planned},
		{"The Tesk Office praised the Varnel peace talks held Tuesday as a step toward ending the war.", "talks", Asserted},
	})
}

// TestMisreadConjunct checks the climb of a noun the parse read as a
// conjunct of a verb: it shares the class the verb gives the noun before
// it ("gear for": planned), as that noun does.
func TestMisreadConjunct(t *testing.T) {
	checkFactuality(t, []factualityCase{
		{"Some 200 Varnel officials are also gearing up for the Third Tesk Conference on Thursday, and the summit over the weekend.", "summit", Planned},
		{"Some 200 Varnel officials are also gearing up for the Third Tesk Conference on Thursday.", "Conference", Planned},
	})
}
