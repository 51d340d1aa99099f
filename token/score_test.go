package token

import "testing"

// TestScore checks the shape of a game's score: the marks that join its
// figures as a word of their own, the split of a score written as one
// word, and the bound on its figures' digits.
func TestScore(t *testing.T) {
	for _, c := range []struct {
		in    string
		dash  bool   // IsScoreDash
		split string // SplitScore's figures as "a b", "" when not ok
		score bool   // IsScore
	}{
		{"-", true, "", false},
		{"–", true, "", false},
		{"--", false, "", false},
		{"—", false, "", false}, // an em dash sets off a phrase
		{"", false, "", false},
		{"2-1", false, "2 1", true},
		{"101–99", false, "101 99", true},
		{"1998-2000", false, "1998 2000", false}, // a range of years
		{"2-1-0", false, "", false},
		{"2--1", false, "", false},
		{"2-", false, "", false},
		{"-1", false, "", false},
		{"A-1", false, "", false},
		{"21", false, "", false},
	} {
		if got := IsScoreDash(c.in); got != c.dash {
			t.Errorf("IsScoreDash(%q) = %v, want %v", c.in, got, c.dash)
		}
		a, b, ok := SplitScore(c.in)
		got := ""
		if ok {
			got = a + " " + b
		}
		if got != c.split {
			t.Errorf("SplitScore(%q) = %q, want %q", c.in, got, c.split)
		}
		if got := IsScore(c.in); got != c.score {
			t.Errorf("IsScore(%q) = %v, want %v", c.in, got, c.score)
		}
	}
}
