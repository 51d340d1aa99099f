package event

import "testing"

// TestParseSlipPatient checks the two parse slips patients reads past
// (sense.go): the passive subject of a second coordinated passive clause
// hung on the first verb (strayPassiveSubject), and a patient noun the
// tagger read as an adjective under a possessive (personNode). Each row
// names the dismissal's title; without the rule no dismissal is found,
// since its entry asks for a person as the one sacked (person_patient).
func TestParseSlipPatient(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, title string }{
		{"The captain has been detained, and an official with the city port authority has been sacked.", "Official sacked"},
		{"The company sacked its chief executive on Monday.", "Company sacks chief executive"},
	} {
		in := input(c.text)
		in.Parse = p.Sentence
		var got []string
		found := false
		for _, m := range Extract(in) {
			got = append(got, string(m.Type)+": "+m.Title)
			found = found || m.Type == Dismissal && m.Title == c.title
		}
		if !found {
			t.Errorf("%q: got %q, want a dismissal titled %q", c.text, got, c.title)
		}
	}
}
