package actor

import "testing"

// TestIntergovernmentalBodies: the forums and bodies of states that news
// names by acronym or in full (APEC, G8, GCC, Mercosur, IOC, FIFA, OECD,
// ADB, ISAF, the Middle East Quartet, ECB, IEA, UNEP, UEFA), and parties
// and armed groups named so (CPC, LTTE, ANC, LRA, MILF, NPA, UMNO, IRA), are
// known organizations under one id: "African National Congress" is no US
// Congress, "Lord's Resistance Army" no "Resistance Army".
func TestIntergovernmentalBodies(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, mention, id string }{
		{"APEC trade ministers met on Monday.", "APEC", "org:apec"},
		{"The Asia-Pacific Economic Cooperation forum opened on Monday.", "Asia-Pacific Economic Cooperation", "org:apec"},
		{"G8 leaders met on Monday.", "G8", "org:g8"},
		{"Leaders of the Gulf Cooperation Council met on Monday.", "Gulf Cooperation Council", "org:gcc"},
		{"Mercosur ministers met on Monday.", "Mercosur", "org:mercosur"},
		{"The IOC opened an inquiry on Monday.", "IOC", "org:ioc"},
		{"FIFA suspended the federation on Monday.", "FIFA", "org:fifa"},
		{"The OECD cut its forecast on Monday.", "OECD", "org:oecd"},
		{"Officials of the CPC met on Monday.", "CPC", "org:cpc"},
		{"A delegation of the Chinese Communist Party arrived on Monday.", "Chinese Communist Party", "org:cpc"},
		{"The LTTE denied the report on Monday.", "LTTE", "org:ltte"},
		{"A Tamil Tigers spokesman denied the report on Monday.", "Tamil Tigers", "org:ltte"},
		{"The ADB approved a loan on Monday.", "ADB", "org:adb"},
		{"An ISAF patrol was hit on Monday.", "ISAF", "org:isaf"},
		{"Abbas urged the International Quartet on the Middle East to act.", "International Quartet on the Middle East", "org:middle-east-quartet"},
		{"The Quartet groups the UN, the US, Russia and the EU.", "Quartet", "org:middle-east-quartet"},
		{"The ECB raised its key rate on Thursday.", "ECB", "org:ecb"},
		{"The IEA cut its forecast on Friday.", "IEA", "org:iea"},
		{"UNEP urged governments to act.", "UNEP", "org:unep"},
		{"UEFA banned the striker for five matches.", "UEFA", "org:uefa"},
		{"The African National Congress won the vote.", "African National Congress", "org:anc"},
		{"Rebels of the Lord's Resistance Army attacked a village.", "Lord's Resistance Army", "org:lra"},
		{"The MILF denied the attack.", "MILF", "org:milf"},
		{"The NPA ambushed a patrol.", "NPA", "org:npa"},
		{"UMNO delegates met on Monday.", "UMNO", "org:umno"},
		{"The IRA issued a statement.", "IRA", "org:ira"},
	} {
		ms := document(NewResolver(g), c.text)
		got := lastNamed(ms, c.mention)
		if got == nil || got.ActorID != c.id {
			t.Errorf("%q: want %q as %s in %s", c.text, c.mention, c.id, dump(ms))
		}
	}
}

// TestOtherCommunistParty: another country's party whose acronym differs
// by a letter ("CPP", the Philippines') is not the Communist Party of
// China.
func TestOtherCommunistParty(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range document(NewResolver(g), "Manila suspended peace talks with the CPP on Monday.") {
		if m.ActorID == "org:cpc" {
			t.Errorf("%q taken for org:cpc", m.Text)
		}
	}
}
