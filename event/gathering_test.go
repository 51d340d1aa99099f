package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/timex"
)

// TestGatheringTakesPlace: a seminar, a symposium, a workshop, a gathering
// or a forum the parse gives as the subject or the object of a verb of its
// taking place is a meeting (frame_verbs in data/triggers.yaml,
// gatheredBy); one only named, or a word of the verb in another phrase,
// is none.
func TestGatheringTakesPlace(t *testing.T) {
	for _, tc := range []struct {
		text, trigger string
		want          bool
	}{
		{"A seminar on river pollution opened here on Tuesday.", "seminar", true},
		{"A two-day symposium on coastal fisheries ended on Thursday with a call for quotas.", "symposium", true},
		{"A workshop on rural credit was held in the provincial capital on Friday.", "workshop", true},
		{"The minister opened a gathering of farmers' leaders here Wednesday.", "gathering", true},
		{"The regional forum on dairy trade opened Sunday in the port city.", "forum", true},
		{"A workshop on maritime boundary rights (MBR) protection opened here on Tuesday.", "workshop", true}, // "workshop" parsed a compound of "protection"
		{"The workshop manager opened the gate on Monday.", "workshop", false},
		{"The group is a regional forum for promoting open markets.", "forum", false},
		{"Officials attending a symposium on housing said prices would fall.", "symposium", false},
	} {
		got := false
		for _, m := range Extract(parsed(t, tc.text)) {
			if m.Trigger == tc.trigger && m.Type == Meeting {
				got = true
			}
		}
		if got != tc.want {
			t.Errorf("%q: meeting at %q %v, want %v", tc.text, tc.trigger, got, tc.want)
		}
	}
}

// TestGatheringDatedByItsVerb: the day the verb of a gathering's taking
// place gives is the gathering's, not a year in its name (gatheringTime).
func TestGatheringDatedByItsVerb(t *testing.T) {
	in := parsed(t, "A global forum for furniture makers, Timber 2024, one of a series of shows of week-long programs to promote the craft, was kicked off here Monday.",
		tx{"2024", timex.Date, "2024", false}, tx{"Monday", timex.Date, "2024-06-17", true})
	m := find(t, in, "forum")
	if m.Time == nil || m.Time.Value != "2024-06-17" {
		t.Errorf("forum dated %v, want 2024-06-17", m.Time)
	}
}

// TestGatheringDayOnItsPlace: a day the parse hangs on the place of the
// gathering's verb ("kicked off in the Ghanaian capital Accra on Wednesday",
// "Wednesday" on "Accra") is the verb's, and the gathering is told, not
// referred back to (timeHungOn).
func TestGatheringDayOnItsPlace(t *testing.T) {
	in := parsed(t, "The general workshop of Ghana's ruling New Patriotic Party (NPP) party kicked off in the Ghanaian capital Accra on Wednesday.",
		tx{"Wednesday", timex.Date, "2024-06-19", true})
	m := find(t, in, "workshop")
	if m.Background || m.Time == nil || m.Time.Value != "2024-06-19" {
		t.Errorf("workshop background %v dated %v, want told on 2024-06-19", m.Background, m.Time)
	}
}
