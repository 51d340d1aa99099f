package timex

import (
	"testing"
	"time"
)

// TestFuture: Timex.Future records a future tense cue nearest the
// expression, which a reader of dates named without a DCT needs (a date
// in a prospect need not have come yet).
func TestFuture(t *testing.T) {
	tests := []struct {
		text, expr string
		want       bool
	}{
		{"The ministers will meet in 2007.", "2007", true},
		{"The panel urged wrapping up operations by early 2008.", "early 2008", true},
		{"The court ruled in 2004.", "2004", false},
		{"Sales rose 5 percent in 2004, the firm said.", "2004", false},
	}
	for _, tt := range tests {
		found := false
		for _, x := range Tag(tt.text, time.Time{}) {
			if x.Text == tt.expr {
				found = true
				if x.Future != tt.want {
					t.Errorf("%q: %q Future = %v, want %v", tt.text, tt.expr, x.Future, tt.want)
				}
			}
		}
		if !found {
			t.Errorf("%q: %q not tagged", tt.text, tt.expr)
		}
	}
}
