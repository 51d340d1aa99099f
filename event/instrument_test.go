package event

import "testing"

// TestInstrument: a market movement's instrument is read on its subject:
// the head's class, an economic measure heading it, a generic head's
// modifier, a company's name, and the one its sentence's other movements
// share when its subject tells none; a bare generic head tells none.
func TestInstrument(t *testing.T) {
	for _, tc := range []struct {
		text, trigger, want string
	}{
		{"The peso weakened 0.6 percent against the dollar on Monday.", "weakened", "currency"},
		{"The main share index fell 14.2 points to 3,120.5 on Friday.", "fell", "stocks"},
		{"Ardenian share prices rose 2.4 percent in early deals.", "rose", "stocks"},
		{"Oil prices rose 2 percent on Friday on supply fears.", "rose", "oil"},
		{"Crude futures fell 40 cents to 61.20 dollars a barrel.", "fell", "oil"},
		{"Trading volume rose 12 percent to 410 million shares.", "rose", "volume"},
		{"Acme Motors rose 30 cents to 15.30 dollars.", "rose", "share:motors acme"},
		{"Ad sales revenues fell 12 million dollars in the half.", "fell", "measure:revenue"},
		{"The market opened at 612.40 dollars an ounce.", "opened", ""},
		{"It rose 0.9 percent on Friday while the blue-chip index jumped 1.1 percent.", "rose", "stocks"},
	} {
		got, found := "", false
		for _, m := range Extract(parsed(t, tc.text+" Traders were cautious.")) {
			if m.Trigger == tc.trigger {
				got, found = m.Instrument, true
			}
		}
		if !found {
			t.Errorf("%q: no mention of %q", tc.text, tc.trigger)
		} else if got != tc.want {
			t.Errorf("%q: %q moves %q, want %q", tc.text, tc.trigger, got, tc.want)
		}
	}
}

// TestSessionMove: a publication-dated movement of a thing traded in a
// day's session is its day's news; a measure, a movement told as done
// before the day and one of no known instrument are not.
func TestSessionMove(t *testing.T) {
	for _, tc := range []struct {
		m    Mention
		want bool
	}{
		{Mention{Type: MarketMovement, Instrument: "stocks", Basis: Publication}, true},
		{Mention{Type: MarketMovement, Instrument: "share:acme", Basis: Publication}, true},
		{Mention{Type: MarketMovement, Instrument: "measure:sale", Basis: Publication}, false},
		{Mention{Type: MarketMovement, Instrument: "oil", Basis: PublicationBound}, false},
		{Mention{Type: MarketMovement, Basis: Publication}, false},
	} {
		if got := SessionMove(&tc.m); got != tc.want {
			t.Errorf("%+v: SessionMove %v, want %v", tc.m, got, tc.want)
		}
	}
}

// TestCopularMove: a market or a share told up or down by a figure with
// "be", or at its day's limit, is a market movement titled with the title
// verb and the figure; a person "down in the south" is none.
func TestCopularMove(t *testing.T) {
	for _, tc := range []struct {
		text, trigger, want string
	}{
		{"The Ardena composite index was down 0.41 percent to 812.66 points on Monday.", "was down", "Ardena composite index falls 0.41 percent"},
		{"Acme Motors was up 1.2 percent at 41.30 dollars.", "was up", "Acme Motors rises 1.2 percent"},
		{"Velmont Industries was limit-down 320 won at 6,180 won.", "was limit-down", "Velmont Industries hits limit-down"},
		{"The minister was down in the south on Friday.", "was down", ""},
	} {
		got := ""
		for _, m := range Extract(parsed(t, tc.text+" Traders were cautious.")) {
			if m.Trigger == tc.trigger && m.Type == MarketMovement {
				got = m.Title
			}
		}
		if got != tc.want {
			t.Errorf("%q: %q titled %q, want %q", tc.text, tc.trigger, got, tc.want)
		}
	}
}
