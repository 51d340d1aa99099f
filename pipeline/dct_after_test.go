package pipeline

import "testing"

// TestInferDCTYearsAfter: "N years after X" told in the present counts the
// article's year from X's year, named with X in the same sentence or in
// another.
func TestInferDCTYearsAfter(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"X's year in another sentence",
			"The town is rebuilding 15 years after the great flood swept it away. Thousands fled the 1990 flood.", "2005-01-01/2005-12-31"},
		{"after an apposition",
			"The country is healing 10 years after the province, long a battlefield, held its first free elections. The 1998 elections were peaceful.", "2008-01-01/2008-12-31"},
		{"years since, in the same sentence",
			"It has been 20 years since the 1986 accident at the plant.", "2006-01-01/2006-12-31"},
		{"a past count dates the past, not the article",
			"He was freed 12 years after the uprising. The 1980 uprising failed.", ""},
		{"a year before the count is of something else",
			"With a truce holding since 1991, the conflict has festered for 22 years since the withdrawal.", ""},
		{"X's year unnamed", "The town is rebuilding 15 years after the flood.", ""},
		{"X named with two years", "The town is rebuilding 15 years after the flood. The 1990 flood and the 1991 flood hit it.", ""},
		{"a count ahead is no evidence", "The town will rebuild 15 years after the flood. Thousands fled the 1990 flood.", ""},
	}
	for _, tt := range tests {
		inf, ok := inferText(tt.text)
		if got := inf.text(ok); got != tt.want {
			t.Errorf("%s: inferred %q (%s), want %q", tt.name, got, inf.Reason, tt.want)
		}
	}
}
