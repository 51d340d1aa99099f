package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/timex"
)

// TestNewsDay checks that a lead dating its news to the day before the
// publication date dates an undated simple-past act far down the body by
// that day, while a lead of an older day leaves it to the publication.
func TestNewsDay(t *testing.T) {
	body := " The village lies in the hills. The hills are green. The river is wide. The road is narrow." +
		" Russia expelled two diplomats from Kordo."
	for _, tc := range []struct {
		lead      tx
		text      string
		wantValue string
	}{
		{tx{"Wednesday", timex.Date, "2024-06-19", true}, "Gunmen killed five villagers in Rennia on Wednesday.", "2024-06-19"},
		{tx{"Tuesday", timex.Date, "2024-06-18", true}, "Gunmen killed five villagers in Rennia on Tuesday.", ""},
	} {
		in := parsed(t, tc.text+body, tc.lead)
		m := mentionOf(t, in, "expelled")
		got := ""
		if m.Time != nil {
			got = m.Time.Value
		}
		if got != tc.wantValue {
			t.Errorf("%q: expelled dated %q (%s), want %q", tc.text, got, m.Basis, tc.wantValue)
		}
	}
}

// TestNewsDayNoun checks that the lead's news day reaches an act a noun
// tells in the simple past ("issued a statement"), a lead whose dated act
// is a noun the subject of a simple-past verb ("the summit ended on
// Wednesday"), and a passive act that names only its target; a present
// act stays the publication day's.
func TestNewsDayNoun(t *testing.T) {
	filler := " The village lies in the hills. The hills are green. The river is wide."
	wed := tx{"Wednesday", timex.Date, "2024-06-19", true}
	for _, tc := range []struct {
		text, trigger, wantValue string
	}{
		{"Gunmen killed five villagers in Rennia on Wednesday." + filler + " Putin issued a statement on the raid.", "statement", "2024-06-19"},
		{"The summit of Putin and Xi ended in Rennia on Wednesday." + filler + " Russia expelled two diplomats from Kordo.", "expelled", "2024-06-19"},
		{"Gunmen killed five villagers in Rennia on Wednesday." + filler + " Kim was arrested by a patrol near the border.", "arrested", "2024-06-19"},
		{"Gunmen killed five villagers in Rennia on Wednesday." + filler + " Putin issues a statement on the raid.", "statement", ""},
	} {
		in := parsed(t, tc.text, wed)
		m := mentionOf(t, in, tc.trigger)
		got := ""
		if m.Time != nil {
			got = m.Time.Value
		}
		if got != tc.wantValue {
			t.Errorf("%q: %s dated %q (%s), want %q", tc.text, tc.trigger, got, m.Basis, tc.wantValue)
		}
	}
}
