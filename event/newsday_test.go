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
