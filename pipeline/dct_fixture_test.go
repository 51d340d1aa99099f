package pipeline

import "testing"

// TestInferDCTFixture: a full date told as to come bounds the DCT from
// above; with a lower bound less than maxFixtureSpan days before it, the
// DCT lies between the two.
func TestInferDCTFixture(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"a reported date and a coming one", "The firm opened a plant on March 3, 2009. The second line will open on May 20, 2009.", "2009-03-03/2009-05-19"},
		{"a coarse bound is capped too", "In March it opened a plant, its 50th anniversary of 1959. The second line will open on May 20, 2009.", "2009-03-01/2009-05-19"},
		{"a fixture alone bounds nothing", "The second line will open on May 20, 2009.", ""},
		{"a fixture years after the bound says too little", "The firm opened a plant on March 3, 2001. The second line will open on May 20, 2009.", ""},
		{"a yearless fixture is not read", "The firm opened a plant on March 3, 2009. The second line will open on May 20.", ""},
	}
	for _, tt := range tests {
		inf, ok := inferText(tt.text)
		if got := inf.text(ok); got != tt.want {
			t.Errorf("%s: inferred %q (%s), want %q", tt.name, got, inf.Reason, tt.want)
		}
	}
}
