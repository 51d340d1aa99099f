package timex

import "testing"

// TestTagQuotedMessage checks that the deictic times of a quotation
// introduced by an older full date count from that date, and that other
// quotations still count from the DCT.
func TestTagQuotedMessage(t *testing.T) {
	tests := []struct {
		text, span, value string
	}{
		{`In a letter dated May 6, 2019, he wrote: "We will meet on Friday."`, "Friday", "2019-05-10"},
		{`In a message sent on May 6, 2019, she wrote: "I arrived yesterday."`, "yesterday", "2019-05-05"},
		{`He wrote on May 6, 2019: "The talks begin tomorrow."`, "tomorrow", "2019-05-07"},
		{`On May 6, 2019, the minister said: "We will meet on Friday."`, "Friday", "2019-05-10"},
		{`In a speech made to parliament on May 6, 2019, she said "we will vote on Friday".`, "Friday", "2019-05-10"},
		// an old date of something else is not the message's
		{`The firm, founded on May 6, 1950, said: "We will report on Monday."`, "Monday", "2025-03-24"},
		// a date a few days before the DCT still speaks of its week; a
		// quotation without a date speaks of the DCT's
		{`On March 19, 2025, he said: "We will meet on Friday."`, "Friday", "2025-03-21"},
		{`He said: "We will meet on Monday."`, "Monday", "2025-03-24"},
		// a date after the closing quotation mark does not reach into it
		{`"We will meet on Monday," he wrote in a letter on May 6, 2019.`, "Monday", "2025-03-24"},
	}
	for _, tt := range tests {
		x, ok := find(Tag(tt.text, friday), tt.span)
		if !ok {
			t.Errorf("%q: no expression %q", tt.text, tt.span)
			continue
		}
		if x.Value != tt.value {
			t.Errorf("%q: %q = %s, want %s", tt.text, tt.span, x.Value, tt.value)
		}
	}
}
