package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/timex"
)

// TestSubjectNounTime checks, on a real parse, that a time right after a
// noun embedded in the subject is that noun's, not the verb's, when
// another time follows the verb, which dates the verb. (That a bare day
// right after the subject's own head stays the verb's, "police Tuesday
// arrested", no case here checks.)
func TestSubjectNounTime(t *testing.T) {
	years := tx{"12 years ago", timex.Date, "2012", true}
	friday := tx{"Friday", timex.Date, "2024-06-14", true}
	for _, tc := range []struct {
		text, trigger, want string
	}{
		{"The trial of the former mayor over a bombing 12 years ago made a slow start Friday in the capital.", "trial", "2024-06-14"},
		{"The trial of the former mayor over a bombing 12 years ago made a slow start Friday in the capital.", "bombing", "2012"},
	} {
		in := parsed(t, tc.text, years, friday)
		m := mentionOf(t, in, tc.trigger)
		if m.Time == nil || m.Time.Value != tc.want {
			t.Errorf("%q / %s: time %v, want %s", tc.text, tc.trigger, m.Time, tc.want)
		}
	}
}
