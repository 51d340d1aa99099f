package event

import "testing"

// TestTitleMisparsedSubject checks that a verb's subject the parse hides
// still titles it: a subject parsed as a compound of the time after it
// ("the provincial court last month rejected" read with "month" the
// subject), and one parsed as the object of the clause connector before
// it ("after the government agreed last Friday" read as "return … after
// the government"), never the bare noun "Rejection" or "Agreement".
func TestTitleMisparsedSubject(t *testing.T) {
	for _, c := range []struct {
		text, time, value, trigger, want string
	}{
		{"The provincial court last month rejected a request to reopen the case.", "last month", "2006-10", "rejected", "Provincial court rejects request"},
		{"Teachers will return to class Monday after the government agreed last Friday to pay their arrears.", "last Friday", "2006-11-03", "agreed", "Government agrees to pay arrears"},
	} {
		in := parsed(t, c.text, tx{c.time, "DATE", c.value, true})
		if m := mentionOf(t, in, c.trigger); m.Title != c.want {
			t.Errorf("%q: title %q, want %q", c.text, m.Title, c.want)
		}
	}
}
