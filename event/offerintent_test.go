package event

import "testing"

// TestOfferIntent checks offerFrame: an offer, a promise, a proposal or a
// decision with a to-infinitive is an express intent (030; 036 to meet),
// a threat when what it intends is harm, a refusal when the infinitive is
// negated, an economic policy when a decision sets a rate, a tax or an
// output; an offer, a promise or a proposal of a noun object is coded by
// the dictionary; with no infinitive nor such an object (a view or a
// detail given, a passive), or a thing as its subject, it is no event.
func TestOfferIntent(t *testing.T) {
	for _, c := range []struct {
		text, trigger string
		typ           Type // "" for no mention at the trigger
		code          string
	}{
		{"The Ardenian government offered on Monday to send engineers to the flooded province.", "offered", ExpressIntentToCooperate, "030"},
		{"Prime Minister Jane Roe promised to hold talks with the opposition.", "promised", ExpressIntentToCooperate, "036"},
		{"The Ardenian government has decided to build a new airport in the capital.", "decided", ExpressIntentToCooperate, "030"},
		{"The rebel leader Paul Okello decided to attack the garrison.", "decided", Threaten, "130"},
		{"France and Turkey have decided not to back the motion.", "decided", Reject, "120"},
		{"Iran decided on Tuesday to raise its key interest rate.", "decided", EconomicPolicy, ""},
		{"Macron offered an olive branch to the striking farmers on Thursday.", "offered", ExpressIntentToCooperate, "037"},
		{"Erdogan offered his condolences to the families of the miners.", "offered", Statement, "018"},
		{"Iran has proposed a referendum on the disputed islands.", "proposed", Appeal, "020"},
		{"Erdogan offered little insight into his plans.", "offered", "", ""},
		{"The miners were promised higher wages by the owners.", "promised", "", ""},
		{"The Ardenian government decided the matter.", "decided", "", ""},
		{"The new budget promised to reduce the deficit, Jane Roe said.", "promised", "", ""},
	} {
		var got *Mention
		for _, m := range Extract(parsed(t, c.text)) {
			if m.Trigger == c.trigger {
				got = &m
				break
			}
		}
		switch {
		case c.typ == "" && got != nil:
			t.Errorf("%q: %s gives %s/%s, want no mention", c.text, c.trigger, got.Type, got.CAMEO)
		case c.typ != "" && got == nil:
			t.Errorf("%q: no mention at %q", c.text, c.trigger)
		case c.typ != "" && (got.Type != c.typ || got.CAMEO != c.code):
			t.Errorf("%q: %s %s/%s, want %s/%s", c.text, c.trigger, got.Type, got.CAMEO, c.typ, c.code)
		}
	}
}

// TestOfferIntentTitle checks that an intent whose infinitive the tree's
// rules cannot tell says it in its own words, never the bare verb or the
// type's phrase ("decides late", "pledges cooperation").
func TestOfferIntentTitle(t *testing.T) {
	for _, c := range []struct{ text, trigger, want string }{
		{"Macron decided late on Friday night to go ahead with the new bridge.", "decided", "Macron decides to go ahead with new bridge"},
		{"Erdogan vowed on Monday to work to raise the standard of the clinics.", "vowed", "Erdogan vows to work to raise standard of clinics"},
	} {
		m := mentionOf(t, parsed(t, c.text), c.trigger)
		if m.Title != c.want {
			t.Errorf("%q: title %q, want %q", c.text, m.Title, c.want)
		}
	}
}

// TestEnactedDecision checks enactedDecision: a decision whose infinitive
// is a trigger of an act the decision itself enacts (decision_acts: a
// postponement) is no event beside that act, while a decision to do what
// it only plans stays the intent.
func TestEnactedDecision(t *testing.T) {
	for _, c := range []struct {
		text    string
		decided bool // a mention at "decided"
		act     string
	}{
		{"Iran decided on Monday to postpone the election.", false, "postpone"},
		{"Iran has decided to build a new airport in the capital.", true, ""},
	} {
		ms := Extract(parsed(t, c.text))
		got, act := false, c.act == ""
		for _, m := range ms {
			got = got || m.Trigger == "decided"
			act = act || m.Trigger == c.act
		}
		if got != c.decided || !act {
			t.Errorf("%q: mention at decided %v (want %v), at %q %v", c.text, got, c.decided, c.act, act)
		}
	}
}
