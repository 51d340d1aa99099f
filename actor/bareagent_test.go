package actor

import "testing"

// TestBareAgents checks the rules of bareagent.go on made-up text: a bare
// generic agent is the agent of the one country the document qualifies it
// with, and no actor when the document gives several, none, or an owner
// before it, but for troops, then an armed group of their own
// (own_armed_agents); counted, with no country, a crowd of its own.
func TestBareAgents(t *testing.T) {
	checkDocuments(t, []documentCase{
		{"one country qualifies it elsewhere", "Indonesian police detained two students. Later the police freed them.",
			[]want{{Text: "police", ID: "agent:IDN:police", Affil: "country:IDN"}}, nil},
		{"opening the sentence", "Indonesian police detained two students. Police freed them later.",
			[]want{{Text: "Police", ID: "agent:IDN:police", Affil: "country:IDN"}}, nil},
		{"opening the quotation that opens the sentence", "Indonesian police detained two students. \"Police freed them later,\" a lawyer said.",
			[]want{{Text: "Police", ID: "agent:IDN:police", Affil: "country:IDN"}}, nil},
		{"a plural name", "Israeli soldiers entered the town. The soldiers left at dawn.",
			[]want{{Text: "soldiers", ID: "agent:ISR:military", Affil: "country:ISR"}}, nil},
		{"two countries qualify troops: a group of their own", "Israeli troops and Egyptian troops met at the border. The troops left.",
			[]want{{Text: "troops", ID: "agent:-:troops"}}, nil},
		{"no country qualifies troops: a group of their own", "The troops left the town at dawn.",
			[]want{{Text: "troops", ID: "agent:-:troops"}}, nil},
		{"an opening participle qualifies no one", "Armed soldiers seized a bus at dawn.",
			[]want{{Text: "soldiers", ID: "agent:-:soldiers"}}, nil},
		{"an opening adjective of another kind still does", "Israeli soldiers entered the town. Foreign soldiers left at dawn.",
			nil, []string{"soldiers"}},
		{"an owner before it: no bare agent", "Israeli soldiers left. The ministry said its soldiers had arrested two men.",
			nil, []string{"soldiers"}},
		{"counted, in a sentence naming no country", "Kenyan teachers went on strike. More than 9,000 teachers marched on Tuesday.",
			[]want{{Text: "teachers", ID: "agent:KEN:education", Affil: "country:KEN"}}, nil},
		{"counted, no country qualifies it: a crowd of its own (countedcrowd.go)", "More than 9,000 teachers marched on Tuesday.",
			[]want{{Text: "teachers", ID: "agent:-:teachers"}}, nil},
		{"an acronym in brackets after an agent (a candidate with no id)", "Indonesian police (POLRI) detained two students. Later the police freed them.",
			[]want{{Text: "police", ID: "agent:IDN:police", Affil: "country:IDN"}}, nil},
	})
}

// TestBareAgentName checks that a bare agent's word does not name its
// actor: the qualified mention names it, even when it comes after.
func TestBareAgentName(t *testing.T) {
	r := NewResolver(defaultGazetteer(t))
	document(r, "Police freed two students on Monday. Indonesian police had detained them.")
	for _, a := range r.Actors() {
		if a.ID != "agent:IDN:police" {
			continue
		}
		if a.Name != "Indonesian police" {
			t.Errorf("name %q, want Indonesian police", a.Name)
		}
		return
	}
	t.Errorf("no actor agent:IDN:police in %v", r.Actors())
}

// TestHomeAgents checks homeAgent on made-up text: a bare "police",
// "army" or "court" that nothing qualifies is the agent of the country the document
// names far more than any other, the headline and lead counting double;
// no actor when two countries share the story; troops, as often a
// foreign force, are no home agent but an armed group of their own. A court follows a country's name as police do ("a Kenya
// court").
func TestHomeAgents(t *testing.T) {
	checkDocuments(t, []documentCase{
		{"one country's story", "Riots spread across Kenya on Monday. Kenyan officials blamed the opposition. Police arrested forty men overnight.",
			[]want{{Text: "Police", ID: "agent:KEN:police", Affil: "country:KEN"}}, nil},
		{"the army of one country's story", "Unrest grew in Kenya on Monday. Kenyan officials blamed the opposition. The army sealed off the town.",
			[]want{{Text: "army", ID: "agent:KEN:military", Affil: "country:KEN"}}, nil},
		{"two countries share the story: police of no country", "Kenya and Uganda signed a trade deal on Monday. Kenyan and Ugandan officials praised it. Police arrested forty men.",
			[]want{{Text: "Police", ID: "agent:-:police"}}, nil},
		{"the court of one country's story", "Unrest grew in Kenya on Monday. Kenyan officials blamed the opposition. The constitutional court ruled the vote valid.",
			[]want{{Text: "constitutional court", ID: "agent:KEN:judiciary", Affil: "country:KEN"}}, nil},
		{"a court after a country's name", "A Kenya court freed forty men on Monday.",
			[]want{{Text: "Kenya court", ID: "agent:KEN:judiciary", Affil: "country:KEN"}}, nil},
		{"troops are no home agent", "Riots spread across Kenya on Monday. Kenyan officials blamed the opposition. The troops left the town.",
			[]want{{Text: "troops", ID: "agent:-:troops"}}, nil},
		{"the lead tells where the story is", "Riots spread in Kenya during the summit. Demonstrators clashed with police near the venue. The US delegation stayed away, US officials said, and American flags burned.",
			[]want{{Text: "police", ID: "agent:-:police"}}, nil},
	})
}

// TestOwnBareAgents checks the bare agents that are actors of their own
// when no country resolves them: the stationed agents, of the one country
// their sentence names or else of none, and a singular agent's name after
// a person modifier ("a suicide bomber"); troops are an armed group of
// their own (own_armed_agents), the army no actor.
func TestOwnBareAgents(t *testing.T) {
	checkDocuments(t, []documentCase{
		{"police, the sentence naming one country", "Police dispersed a crowd of farmers in Ghana on Friday.",
			[]want{{Text: "Police", ID: "agent:GHA:police", Affil: "country:GHA"}}, nil},
		{"a court, no country named", "The appeals court freed the two editors on Friday.",
			[]want{{Text: "appeals court", ID: "agent:-:judiciary"}}, nil},
		{"a suicide bomber", "A suicide bomber struck a bus depot on Friday.",
			[]want{{Text: "suicide bomber", ID: "agent:-:suicide-bomber"}}, nil},
		{"a suicide bomber in a story of one state's army is not that army", "Israeli troops sealed the town. A suicide bomber struck a bus depot on Friday.",
			[]want{{Text: "suicide bomber", ID: "agent:-:suicide-bomber"}}, nil},
		{"the bomber alone is as often a plane", "The bomber struck a bus depot on Friday.",
			nil, []string{"bomber"}},
		{"troops, no country named: a group of their own", "The troops left the valley on Friday.",
			[]want{{Text: "troops", ID: "agent:-:troops"}}, nil},
		{"the army, no country named: no actor", "Two parties met on Monday. The army left the valley on Friday.",
			nil, []string{"army"}},
	})
}

// TestHomeLooseAgents checks that ordinary people named bare ("civilians",
// "residents") in a story of one country are that country's, as its
// demonym would make them, but not when their sentence names a country,
// when the story names its country only once, when an unknown name
// stands before them, nor for armed men.
func TestHomeLooseAgents(t *testing.T) {
	checkDocuments(t, []documentCase{
		{"civilians of one country's story", "Bombs shook Kenya on Monday. Kenyan officials blamed the rebels. Two civilians died in the blasts.",
			[]want{{Text: "civilians", ID: "agent:KEN:civilians", Affil: "country:KEN"}}, nil},
		{"residents of one country's story", "Floods hit Kenya on Monday. Kenyan officials sent boats. Residents fled to higher ground.",
			[]want{{Text: "Residents", ID: "agent:KEN:civilians", Affil: "country:KEN"}}, nil},
		{"the sentence names a country", "Bombs shook Kenya on Monday. Kenyan officials blamed the rebels. Ugandan troops fired on civilians.",
			[]want{{Text: "civilians", ID: "agent:-:civilians"}}, nil},
		{"the story names its country once", "A Kenyan band played on Monday. Residents complained of the noise.",
			[]want{{Text: "Residents", ID: "agent:-:residents"}}, nil},
		{"an unknown name before them", "Bombs shook Kenya on Monday. Kenyan officials blamed the rebels. Police detained two Tarvani women.",
			[]want{{Text: "women", ID: "agent:-:women"}}, nil},
		{"armed men stay of no country", "Bombs shook Kenya on Monday. Kenyan officials blamed the rebels. Gunmen fired on a bus.",
			[]want{{Text: "Gunmen", ID: "agent:-:gunmen"}}, nil},
	})
}
