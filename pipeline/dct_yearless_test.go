package pipeline

import "testing"

// TestInferDCTYearlessDay: in a year the evidence gives, a day named
// without its year raises the lower bound to the day, a holiday by its
// rule; "earlier this month" then closes the interval at the month's end.
func TestInferDCTYearlessDay(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"a yearless day in a counted year",
			"The firm, founded in 1975, marked its 50th anniversary. In March it opened a plant. The old plant closed on March 20.", "2025-03-20/2025-12-31"},
		{"and earlier this month the month",
			"The firm, founded in 1975, marked its 50th anniversary. In March it opened a plant. The old plant closed on March 20. Earlier this month its chief resigned.", "2025-03-20/2025-03-31"},
		{"a holiday by its rule",
			"The firm, founded in 1975, marked its 50th anniversary. In October sales rose. Shops were closed for Thanksgiving.", "2025-11-27/2025-12-31"},
		{"the day after a holiday",
			"The firm, founded in 1975, marked its 50th anniversary. In October sales rose. Sales rose the day after Thanksgiving.", "2025-11-28/2025-12-31"},
		{"a day to come is no bound",
			"The firm, founded in 1975, marked its 50th anniversary. In March it opened a plant. The old plant will close on March 20.", "2025-03-01/2025-12-31"},
		{"the latest full date alone gives a day no year",
			"The plant opened on January 5, 2001. The old plant closed on March 20.", ""},
	}
	for _, tt := range tests {
		inf, ok := inferText(tt.text)
		if got := inf.text(ok); got != tt.want {
			t.Errorf("%s: inferred %q (%s), want %q", tt.name, got, inf.Reason, tt.want)
		}
	}
}
