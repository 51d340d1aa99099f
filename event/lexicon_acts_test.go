package event

import "testing"

// TestActTriggers checks the lexicon entries for dated acts the build
// missed: a commitment reaffirmed (cameo_always, through the dictionary's
// pattern), an arrest warrant issued, a disease breaking out (its name
// heading the subject) and animals culled, each beside a sentence where
// the same verb tells no such event.
func TestActTriggers(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text    string
		typ     Type   // "" for no mention of the trigger
		code    string // the mention's CAMEO code, checked when not ""
		trigger string
	}{
		{"Russia on Monday reaffirmed its commitment to free trade.", DiplomaticCooperation, "050", "reaffirmed"},
		{"Russia on Monday reaffirmed its determination to fight graft.", ExpressIntentToCooperate, "030", "reaffirmed"},
		{"Russia on Monday reaffirmed the figures.", "", "", "reaffirmed"},
		{"A court in Moscow issued an arrest warrant for the banker on Monday.", Arrest, "173", "issued"},
		{"A warrant was issued on Monday for the banker.", Arrest, "173", "issued"},
		{"Police issued search warrants for 22 homes on Monday.", "", "", "issued"},
		{"Police issued a warning to drivers on Monday.", "", "", "issued"},
		{"Bird flu broke out in two villages near Moscow on Monday.", Disaster, "", "broke out"},
		{"A cholera epidemic broke out in the port on Monday.", Disaster, "", "broke out"},
		{"A fierce row broke out in the cabinet on Monday.", "", "", "broke out"},
		{"Farmers in Ukraine culled 20,000 chickens on Monday.", Other, "", "culled"},
	} {
		in := input(c.text)
		in.Parse = p.Sentence
		ms := Extract(in)
		var got []Mention
		for _, m := range ms {
			if m.Trigger == c.trigger {
				got = append(got, m)
			}
		}
		if c.typ == "" {
			if len(got) != 0 {
				t.Errorf("%q: want no mention on %q, got %v", c.text, c.trigger, summary(got))
			}
			continue
		}
		if len(got) != 1 || got[0].Type != c.typ || c.code != "" && got[0].CAMEO != c.code {
			t.Errorf("%q: want one %s mention on %q (code %q), got %v", c.text, c.typ, c.trigger, c.code, summary(ms))
		}
	}
}
