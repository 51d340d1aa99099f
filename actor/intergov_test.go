package actor

import "testing"

// TestIntergovernmentalBodies: the forums and bodies of states that news
// names by acronym or in full (APEC, G8, GCC, Mercosur, IOC, FIFA, OECD)
// are known organizations under one id.
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
	} {
		var got *Mention
		ms := document(NewResolver(g), c.text)
		for i := range ms {
			if ms[i].Text == c.mention {
				got = &ms[i]
			}
		}
		if got == nil || got.ActorID != c.id {
			t.Errorf("%q: want %q as %s in %s", c.text, c.mention, c.id, dump(ms))
		}
	}
}
