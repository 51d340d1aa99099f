package pipeline

import (
	"slices"
	"strings"

	"github.com/chronograph-news/chronograph/event"
)

// detach gives the strings of ms that are slices of their document's text
// (trigger, sentence, title, time expression and value, quantities) their own
// memory, so that the text can be let go while the mentions wait for the
// merge: a mention holding a slice of the text holds all of it. The
// mentions of one sentence share one copy of it.
func detach(ms []event.Mention) {
	quotes := map[int]string{}
	for i := range ms {
		m := &ms[i]
		m.Trigger = strings.Clone(m.Trigger)
		q, ok := quotes[m.QuoteStart]
		if !ok {
			q = strings.Clone(m.Quote)
			quotes[m.QuoteStart] = q
		}
		m.Quote = q
		m.Title = strings.Clone(m.Title)
		if m.Time != nil {
			t := *m.Time
			t.Text, t.Value, t.Mod = strings.Clone(t.Text), strings.Clone(t.Value), strings.Clone(t.Mod)
			m.Time = &t
		}
		if len(m.Quantities) > 0 {
			m.Quantities = slices.Clone(m.Quantities)
			for j := range m.Quantities {
				m.Quantities[j].Text = strings.Clone(m.Quantities[j].Text)
			}
		}
	}
}
