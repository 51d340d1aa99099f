package event

import "testing"

// TestForcedRescue: captives freed by an assault, its noun the freeing
// verb's subject or its verb in a when-clause, are rescued (aid 073);
// captives freed by their captors, or freed after an assault, are released.
func TestForcedRescue(t *testing.T) {
	for _, c := range []struct {
		text, want string
	}{
		{"The raid freed 40 hostages on Tuesday.", "aid"},
		{"Officials praised the bold assault that freed 40 hostages on Tuesday.", "aid"},
		{"The kidnappers freed 40 hostages on Tuesday.", "release"},
		{"The kidnappers freed 40 hostages on Tuesday after troops stormed the camp.", "release"},
	} {
		got := ""
		for _, m := range Extract(parsed(t, c.text)) {
			if m.Trigger == "freed" {
				got = string(m.Type)
			}
		}
		if got != c.want {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
		}
	}
}

// TestCapturedFighters: fighters of no state captured by no captor the
// sentence names are taken prisoner (arrest 173); a captor of no state
// still makes the capture an abduction.
func TestCapturedFighters(t *testing.T) {
	for _, c := range []struct {
		text, want string
	}{
		{"Nine rebels were captured in heavy fighting on Monday.", "arrest"},
		{"Nine rebels were captured near the border on Monday.", "arrest"},
		{"Nine rebels were captured by gunmen near the border on Monday.", "abduction"},
		{"Twelve villagers were captured near the border on Monday.", "abduction"},
	} {
		got := ""
		for _, m := range Extract(parsed(t, c.text)) {
			if m.Trigger == "captured" {
				got = string(m.Type)
			}
		}
		if got != c.want {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
		}
	}
}
