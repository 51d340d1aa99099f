package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/timex"
)

// TestSubjectNotReducedRelative checks that a bare plural the parse makes
// the subject of the finite verb after it is told, not referred to
// (subjectOfNext), while a participle describing the plural still marks
// background, and that a flood of things is no disaster.
func TestSubjectNotReducedRelative(t *testing.T) {
	for _, c := range []struct {
		rule, text, trigger string
		times               []tx
		background          bool
	}{
		{"a plural subject of a past verb", "Floods killed 12 people in Kenya on Thursday.", "Floods",
			[]tx{{"Thursday", timex.Date, "2024-06-20", true}}, false},
		{"a plural and its reduced relative", "Agreements reached in Moscow remain secret.", "Agreements", nil, true},
	} {
		m := find(t, parsed(t, c.text, c.times...), c.trigger)
		if m.Background != c.background {
			t.Errorf("%s: %q %q: background %v, want %v", c.rule, c.text, c.trigger, m.Background, c.background)
		}
	}
	for _, text := range []string{
		"A flood of refugees crossed into Chad on Thursday.",
		"Floods of cheap imports hurt the steel makers.",
	} {
		for _, m := range Extract(parsed(t, text)) {
			if m.Type == Disaster {
				t.Errorf("%q: a disaster %q", text, m.Trigger)
			}
		}
	}
}

// TestToldInRelative checks that a definite noun whose relative clause in
// the simple past has a time of its own tells its event (toldInRelative),
// and that a market word inside that clause makes no market movement of
// the main verb (inSubjectClause).
func TestToldInRelative(t *testing.T) {
	text := "The death toll in the fire that raged through the Kyiv market on Monday has risen to 18."
	in := parsed(t, text, tx{"Monday", timex.Date, "2024-06-17", true})
	if m := find(t, in, "fire"); m.Background {
		t.Errorf("%q: the fire is background", text)
	}
	for _, m := range Extract(in) {
		if m.Type == MarketMovement {
			t.Errorf("%q: a market movement %q", text, m.Trigger)
		}
	}
	if m := find(t, parsed(t, "The death toll in the fire that raged through the Kyiv market has risen to 18."), "fire"); !m.Background {
		t.Errorf("a fire whose relative clause has no time of its own refers back: not background")
	}
}
