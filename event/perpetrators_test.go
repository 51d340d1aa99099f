package event

import "testing"

// TestLedByAgent: who leads, orders, hosts or does (imposes, announces …)
// a noun event in a "by" phrase of a participle after it is its agent, also when the parse hangs
// the participle after the noun's comma on the main verb, or reads it as
// the main verb (reducedPassive).
func TestLedByAgent(t *testing.T) {
	for _, tc := range []struct {
		text, trigger, want string
	}{
		{"The ministers said the 1999 bombing of Ukraine, led by Russia, was a mistake.", "bombing", "agent=country:RUS target=country:UKR"},
		{`Historians argue that the 2014 Crimea invasion, led by Russia but backed by Iran, still shapes the region.`, "invasion", "agent=country:RUS location=place:crimea"},
		{"The summit, hosted by Turkey, ended on Monday.", "summit", "agent=country:TUR"},
		{"The airstrikes, ordered by Russia, killed 10 on Monday.", "airstrikes", "agent=country:RUS"},
		// a participle with no comma the parse reads as the main verb
		{"On Monday, bombings carried out by Russia in two towns left three people dead.", "bombings", "agent=country:RUS"},
		{"The summit, hosted by Moscow's city council, ended on Monday.", "summit", ""},
		// the light verb by which the noun event is done
		{"Iran vowed to defy the sanctions imposed by Russia last week.", "sanctions", "agent=country:RUS"},
		{"The sanctions, announced by Russia on Monday, angered farmers in Iran.", "sanctions", "agent=country:RUS"},
		// but not one who only judges it
		{"The attack, condemned by Russia on Monday, killed ten.", "attack", ""},
		// a host of talks between named sides is no side of them
		{"Talks between Israel and Syria, hosted by Turkey, ended on Monday.", "Talks", ""},
	} {
		m := mentionOf(t, parsed(t, tc.text), tc.trigger)
		if got := roles(m); got != tc.want {
			t.Errorf("%q %s: roles %s, want %s", tc.text, tc.trigger, got, tc.want)
		}
	}
}
