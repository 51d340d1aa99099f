package actor

import "testing"

// TestUnaffiliatedAgents checks the rules of unaffiliated.go on made-up
// text: a plural armed or criminal agent with nothing qualifying it is an
// actor of its own, one qualified elsewhere in the document is the
// qualified actor, and qualified, singular or happening names are not.
func TestUnaffiliatedAgents(t *testing.T) {
	checkDocuments(t, []documentCase{
		{"a bare plural agent", "Police said gunmen stormed the depot and four kidnappers fled.",
			[]want{{Text: "gunmen", ID: "agent:-:gunmen"}, {Text: "kidnappers", ID: "agent:-:kidnappers"}}, nil},
		{"a singular name and a group noun", "Police said militant groups fired rockets.",
			[]want{{Text: "militant groups", ID: "agent:-:militant-groups"}}, nil},
		{"the sentence's first word", "Insurgents ambushed a convoy on Monday.",
			[]want{{Text: "Insurgents", ID: "agent:-:insurgents"}}, nil},
		{"a capitalized adjective opening the sentence", "Masked gunmen stormed the depot.",
			[]want{{Text: "gunmen", ID: "agent:-:gunmen"}}, nil},
		{"an adjective opening the sentence, before a group noun", "Different militant groups fired rockets.",
			[]want{{Text: "militant groups", ID: "agent:-:militant-groups"}}, nil},
		{"ordinary people named by what they are", "Angry residents flooded the streets on Monday.",
			[]want{{Text: "residents", ID: "agent:-:residents"}}, nil},
		{"police named by what they are", "On Tuesday police officers seized a range of material.",
			[]want{{Text: "police officers", ID: "agent:-:police-officers"}}, nil},
		{"a name qualifies it", "Hamas militants fired rockets.",
			[]want{{Text: "Hamas", ID: "org:hamas"}}, []string{"militants"}},
		{"a demonym elsewhere in the document", "Militants shelled the town. Palestinian militants had warned of it.",
			[]want{{Text: "Militants", ID: "agent:PSE:unaffiliated-armed-forces", Affil: "country:PSE"}}, nil},
		{"a country's agent elsewhere in the document", "Pirates hijack ship. Somali pirates seized the vessel on Monday.",
			[]want{{Text: "Pirates", ID: "agent:SOM:criminals", Affil: "country:SOM"}}, nil},
		{"two countries qualify it: its own actor", "Syrian rebels and Libyan rebels met. The rebels left.",
			[]want{{Text: "rebels", ID: "agent:-:rebels"}}, nil},
		{"singular names and happenings are no actor", "A separatist region saw an armed insurgency and an uprising.",
			nil, []string{"separatist", "armed insurgency", "uprising"}},
	})
}

// TestUnaffiliatedSector checks that an unaffiliated agent's actor carries
// the Phoenix sector its name is listed under, one for the names of one
// class (gunmen, armed men), so that they can count as one agent, and
// that an actor of a country carries none.
func TestUnaffiliatedSector(t *testing.T) {
	r := NewResolver(defaultGazetteer(t))
	document(r, "Gunmen seized the depot. Later ten armed men attacked the vessel near Nigeria.")
	sectors := map[string]string{}
	for _, a := range r.Actors() {
		sectors[a.ID] = a.Sector
	}
	g, m := sectors["agent:-:gunmen"], sectors["agent:-:armed-men"]
	if g == "" || g != m {
		t.Errorf("sectors of gunmen %q and armed men %q: want one, not empty", g, m)
	}
	if s, ok := sectors["country:NGA"]; !ok || s != "" {
		t.Errorf("Nigeria: sector %q (found %v), want none", s, ok)
	}
}
