package event

import (
	"strings"
	"testing"
)

// TestOccasionHeld: a ceremony, a banquet, an exhibition, a fair, a
// festival, a carnival or a training course the parse gives as the subject
// or the object of a verb of its taking place, hosting or staging is a
// meeting (triggers.yaml, the occasions block); one only named or attended is
// none, a ceremony for the dead stays a funeral, and a market's session
// is no body's.
func TestOccasionHeld(t *testing.T) {
	for _, tc := range []struct {
		text, trigger string
		want          Type
	}{
		{"The mayor held a lavish banquet for the visiting mayors on Sunday.", "banquet", Meeting},
		{"About 500 monks held a prayer ceremony in the old temple on Tuesday.", "ceremony", Meeting},
		{"An exhibition of Korean pottery was held in the capital on Friday.", "exhibition", Meeting},
		{"The annual trade fair opened in the port city on Wednesday.", "fair", Meeting},
		{"The five-day jazz festival kicked off in the old town on Thursday.", "festival", Meeting},
		{"The week-long harbour carnival has ended with a boat parade.", "carnival", Meeting},
		{"A two-week nursing training course opened here on Monday.", "training course", Meeting},
		{"The 12th session of the joint border commission ended in the hill town on Friday.", "session", Meeting},
		{"The ambassador hosted a reception for the visiting trade delegation on Monday.", "reception", Meeting},
		{"The two states formally signed the pact at a ceremony held in the old fort on Friday.", "ceremony", Meeting},
		{"The army held a ceremony in memory of the fallen pilots on Monday.", "ceremony", Funeral},
		{"Hundreds of guests attended the ceremony at the palace on Sunday.", "ceremony", ""},
		{"The festival organizers said on Monday that ticket sales had doubled.", "festival", ""},
		{"Lawyers said the defendant would not get a fair hearing on Monday.", "fair", ""},
		{"Tokyo shares ended the afternoon session higher on Tuesday.", "session", ""},
		// the subject of "hold" holds another gathering: it is a body
		{"The film festival held its first open-air screening on Monday.", "festival", ""},
	} {
		var got Type
		for _, m := range Extract(parsed(t, tc.text)) {
			if strings.EqualFold(m.Trigger, tc.trigger) {
				got = m.Type
			}
		}
		if got != tc.want {
			t.Errorf("%q: %q typed %q, want %q", tc.text, tc.trigger, got, tc.want)
		}
	}
}

// TestOccasionTitle: an occasion held is titled by its own noun, for
// its guests, never as talks held with them ("holds banquet", not
// "holds talks").
func TestOccasionTitle(t *testing.T) {
	for _, tc := range []struct{ text, trigger, want string }{
		{"Premier Wen Jiabao held a banquet for the Japanese delegation on Saturday.", "banquet", "banquet"},
		{"The governor hosted a reception for the Indian delegation on Monday.", "reception", "reception"},
	} {
		m := find(t, parsed(t, tc.text), tc.trigger)
		if !strings.Contains(m.Title, tc.want) || strings.Contains(m.Title, "talks") || strings.HasPrefix(strings.Fields(m.Title + " x")[1], "meet") {
			t.Errorf("%q: title %q, want one holding the %s", tc.text, m.Title, tc.want)
		}
	}
}

// TestOccasionOf checks the occasion noun a trigger ends with, singular,
// and none for a summit's or a visit's.
func TestOccasionOf(t *testing.T) {
	for in, want := range map[string]string{
		"opening ceremony": "ceremony", "Trade Fair": "fair", "festivals": "festival", "ceremonies": "ceremony",
		"summit": "", "talks": "", "visit": "", "": "",
	} {
		if got := OccasionOf(in); got != want {
			t.Errorf("OccasionOf(%q) = %q, want %q", in, got, want)
		}
	}
}
