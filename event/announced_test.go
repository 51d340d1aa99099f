package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/timex"
)

// TestAnnouncedAid checks that aid told as still to come is the
// announcement of it (announcedAid): an asserted intent to cooperate
// (033), never dated by the aid's own future date; aid given stays aid.
func TestAnnouncedAid(t *testing.T) {
	for _, c := range []struct {
		name, text string
		times      []tx
		typ        Type
		fact       Factuality
		date       string
	}{
		{"will send, said", "Russia will send emergency aid to North Korea, Lavrov said.", nil, ExpressIntentToCooperate, Asserted, ""},
		{"to come next month: the publication", "Russia will send emergency aid to North Korea in July.", []tx{{"July", timex.Date, "2024-07", true}}, ExpressIntentToCooperate, Asserted, ""},
		{"aid pledged", "Russia has pledged emergency aid to North Korea, Lavrov said on Monday.", nil, ExpressIntentToCooperate, Asserted, ""},
		{"aid promised", "Russia promised emergency aid to North Korea, Lavrov said.", nil, ExpressIntentToCooperate, Asserted, ""},
		{"aid given", "Russia sent emergency aid to North Korea on Tuesday.", []tx{{"Tuesday", timex.Date, "2024-06-18", true}}, Aid, Asserted, "2024-06-18"},
	} {
		t.Run(c.name, func(t *testing.T) {
			m := mentionOf(t, parsed(t, c.text, c.times...), "aid")
			got := ""
			if m.Time != nil {
				got = m.Time.Value
			}
			if m.Type != c.typ || m.Factuality != c.fact || got != c.date {
				t.Errorf("%q: %s %s %q, want %s %s %q", c.text, m.Type, m.Factuality, got, c.typ, c.fact, c.date)
			}
			if m.Type == ExpressIntentToCooperate && m.CAMEO != announcedAidCode {
				t.Errorf("%q: code %s, want %s", c.text, m.CAMEO, announcedAidCode)
			}
		})
	}
}
