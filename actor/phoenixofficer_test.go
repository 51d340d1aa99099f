package actor

import "testing"

// TestPhoenixOfficerAliases: an alias Phoenix lists under an organization
// that names one of its officers, another of its names followed by a title
// ("UN Secretary General", "World Bank President") or a person's name
// ("Hassan Nasrallah" under Hezbollah, "Khaled Meshaal" under Hamas, also
// with an honorific before it or as the surname alone), is no name of the organization: the person is the
// actor, affiliated with it.
func TestPhoenixOfficerAliases(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text, mention, id, affil string
	}{
		{"U.N. Secretary General Tomas Varga criticised the plan.", "Tomas Varga", "person:tomas-varga", "org:un"},
		{"UN Secretary-General Mira Loncar flew to Nairobi.", "Mira Loncar", "person:mira-loncar", "org:un"},
		{"World Bank President Otieno Mwangi resigned.", "Otieno Mwangi", "person:otieno-mwangi", "org:world-bank"},
		{"Hezbollah chief Hassan Nasrallah addressed a rally.", "Hassan Nasrallah", "person:hassan-nasrallah", "org:hezbollah"},
		{"Crowds cheered Sayyed Hassan Nasrallah on Friday.", "Hassan Nasrallah", "person:hassan-nasrallah", ""},
		{"Hassan Nasrallah spoke first. Later Nasrallah vowed to fight on.", "Nasrallah", "person:hassan-nasrallah", ""},
		{"Hamas leader Khaled Meshaal addressed a rally.", "Khaled Meshaal", "person:khaled-meshaal", "org:hamas"},
		{"Khaled Meshaal spoke first. Later Meshaal vowed to fight on.", "Meshaal", "person:khaled-meshaal", ""},
	} {
		ms := document(NewResolver(g), c.text)
		got := lastNamed(ms, c.mention)
		if got == nil {
			t.Errorf("%q: no mention %q in %s", c.text, c.mention, dump(ms))
			continue
		}
		if got.ActorID != c.id || got.Affiliation != c.affil {
			t.Errorf("%q: %q = %s affil %q, want %s affil %q", c.text, c.mention, got.ActorID, got.Affiliation, c.id, c.affil)
		}
	}
}
