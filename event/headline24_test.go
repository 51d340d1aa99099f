package event

import "testing"

// TestTitleMisparsedSubject checks that a verb's subject the parse hides
// still titles it: a subject parsed as a compound of the time after it
// ("the provincial court last month rejected" read with "month" the
// subject), and one parsed as the object of the clause connector before
// it ("after the government agreed last Friday" read as "return … after
// the government"), and one parsed as the object of the connector after
// a time the parse took for the subject ("a day after the company agreed"
// read with "day" the subject, "company" its modifier), never the bare
// noun "Rejection" or "Agreement".
func TestTitleMisparsedSubject(t *testing.T) {
	for _, c := range []struct {
		text, time, value, trigger, want string
	}{
		{"The provincial court last month rejected a request to reopen the case.", "last month", "2006-10", "rejected", "Provincial court rejects request"},
		{"Teachers will return to class Monday after the government agreed last Friday to pay their arrears.", "last Friday", "2006-11-03", "agreed", "Government agrees to pay arrears"},
		{"The strike ended, a day after the company agreed to rehire the workers.", "a day", "P1D", "agreed", "Company agrees to rehire workers"},
		{"The governor dissolved his cabinet Wednesday, a day after the proposed budget was rejected in a referendum.", "a day", "P1D", "rejected", "Proposed budget rejected"},
	} {
		in := parsed(t, c.text, tx{c.time, "DATE", c.value, true})
		if m := mentionOf(t, in, c.trigger); m.Title != c.want {
			t.Errorf("%q: title %q, want %q", c.text, m.Title, c.want)
		}
	}
}

// TestTitleOwnObject checks that a verb whose lemma names its own object
// ("took effect", "taking office") titles with the subject the parse
// gives, as it needs no object more, never the bare "Legislation" or
// "Appointment".
func TestTitleOwnObject(t *testing.T) {
	for _, c := range []struct {
		text, time, value, trigger, want string
	}{
		{"Dealers who overcharged buyers must watch out as a new method took effect on Monday.", "Monday", "2006-11-06", "took effect", "Method takes effect"},
		{"The new governor has raised taxes since taking office in March.", "March", "2006-03", "taking office", "Governor takes office"},
	} {
		in := parsed(t, c.text, tx{c.time, "DATE", c.value, true})
		if m := mentionOf(t, in, c.trigger); m.Title != c.want {
			t.Errorf("%q: title %q, want %q", c.text, m.Title, c.want)
		}
	}
}
