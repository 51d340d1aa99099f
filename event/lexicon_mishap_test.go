package event

import "testing"

// TestMishapAndRouteTriggers checks the lexicon entries for a fire told by
// what it forced or damaged, a crowd's trampled dead, an outbreak of a
// disease but no tally of them, a direct route opened between two
// countries, a lawsuit filed, talks halted and a body set up to probe,
// each beside a sentence where the same word tells no such event.
func TestMishapAndRouteTriggers(t *testing.T) {
	for _, c := range []struct {
		text    string
		typ     Type   // "" for no mention of the entry's type
		code    string // the mention's CAMEO code, checked when not ""
		trigger string // for no mention, a word that must be none's trigger
	}{
		{"A fire at the substation forced the shutdown of three refineries on Monday.", Accident, "", "fire"},
		{"A fire damaged the roof of the town hall on Monday.", Accident, "", "fire"},
		{"Soldiers opened fire on the crowd on Monday.", "", "", ""},
		{"The minister came under fire from the unions.", "", "", ""},
		{"Nine fans were trampled to death outside the arena.", Accident, "", "trampled"},
		{"Vets confirmed a new outbreak of bird flu on a duck farm.", Disaster, "", "outbreak"},
		{"A cholera outbreak spread through the camps.", Disaster, "", "outbreak"},
		{"The outbreak of war ruined the harvest.", "", "", ""},
		{"The region has had nine outbreaks of bird flu since spring.", "", "", ""},
		{"The troops halted their advance on Monday.", "", "", ""},
		{"A judge threw out the lawsuit on Monday.", "", "", ""},
		{"The city set up a panel to run the new stadium.", "", "", "set up"},
		{"Turkey established the first direct shipping line with Ukraine.", MaterialCooperation, "061", "established"},
		{"France opened a direct sea route with Iran on Monday.", MaterialCooperation, "061", "opened"},
		{"The airline launched a new route to the coast.", "", "", ""},
		{"The tenor filed suit against a tabloid on Monday.", Disapprove, "115", "filed suit"},
		{"The tenor filed a lawsuit against the tabloid on Monday.", Disapprove, "115", "lawsuit"},
		{"Russia halted talks with Turkey on trade on Monday.", ReduceRelations, "164", "halted"},
		{"Russia broke off negotiations with Turkey on Monday.", ReduceRelations, "164", "broke off"},
		{"The senate set up a panel to probe the shooting on Monday.", Investigate, "", "set up"},
		{"The mayor formed a commission of inquiry into the collapse.", Investigate, "", "formed"},
		{"Turkey has put off opening a ferry link with Ukraine.", "", "", ""},
		{"Turkey opened an inquiry into flights by Russian aircraft.", "", "", ""},
	} {
		ms := Extract(input(c.text))
		if c.typ == "" {
			for _, m := range ms {
				if m.Type == Accident || m.Type == Disaster || m.Type == MaterialCooperation || m.Type == ReduceRelations || m.CAMEO == "115" || m.Trigger == c.trigger {
					t.Errorf("%q: want no mishap or route, got %v", c.text, summary(ms))
				}
			}
			continue
		}
		var m Mention
		ok := false
		for _, x := range ms {
			if x.Trigger == c.trigger {
				m, ok = x, true
			}
		}
		switch {
		case !ok:
			t.Errorf("%q: no mention at %q in %v", c.text, c.trigger, summary(ms))
		case m.Type != c.typ || c.code != "" && m.CAMEO != c.code:
			t.Errorf("%q: got %s/%s, want %s/%s", c.text, m.Type, m.CAMEO, c.typ, c.code)
		}
	}
}
