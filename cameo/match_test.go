package cameo

import "testing"

// TestMatch checks the matcher on patterns of the real dictionary (the
// comment of each case quotes the pattern of patterns.tsv it relies on).
func TestMatch(t *testing.T) {
	tests := []struct {
		name          string
		c             Clause
		code, passive Code
		line          int // source line of the pattern; 0: the verb's own code
		source        Slot
		target        Slot
	}{
		{name: "verb alone takes its block's null code",
			c: Clause{Verb: w("rush"), Subject: np("Russia")}, code: "", line: 0},
		{name: "bare preposition: * to: [042:043]",
			c:    Clause{Verb: w("rush", "rushed"), Preps: []Prep{pp("to", np("Moscow"))}},
			code: "042", passive: "043", line: 718},
		{name: "prep with object beats bare prep: * to:border [154]",
			c:    Clause{Verb: w("rush"), Preps: []Prep{pp("to", np("border", "the"))}},
			code: "154", line: 725},
		{name: "object plus prep beats prep alone: * police to:border [153]",
			c:    Clause{Verb: w("rush"), Object: np("police"), Preps: []Prep{pp("to", np("border"))}},
			code: "153", line: 724},
		{name: "synonym set member as object: * &food [073]",
			c:    Clause{Verb: w("hasten"), Object: np("food")},
			code: "073", line: 722},
		{name: "synonym set in the subject: &military * [154]",
			c:    Clause{Verb: w("rush"), Subject: np("army")},
			code: "154", line: 727},
		{name: "phrase head and modifier: * for:financial_aid [0231]",
			c:    Clause{Verb: w("ask"), Preps: []Prep{pp("for", np("aid", "financial", "urgent"))}},
			code: "0231", line: 943},
		{name: "of two patterns alike, the one written for the verb: * explanation [101] # DEMAND, not [090] # WANT",
			c:    Clause{Verb: w("demand", "demanded"), Object: Phrase{Head: w("explanation", "explanations")}},
			code: "101", line: 7161},
		{name: "modifier missing: only the verb's code",
			c:    Clause{Verb: w("ask"), Preps: []Prep{pp("for", np("help"))}},
			code: "020", line: 0},
		{name: "set in a modifier position: * &military_aid [0232]",
			c:    Clause{Verb: w("ask"), Object: np("aid", "military")},
			code: "0232", line: 948},
		{name: "prepositional phrase of the object: * lifting of:immunity [025]",
			c: Clause{Verb: w("request"), Object: Phrase{Head: w("lifting"),
				Preps: []Prep{pp("of", np("immunity", "his"))}}},
			code: "025", line: 967},
		{name: "prepositional phrase of the subject: delivery of:&food * $ [073]",
			c: Clause{Verb: w("resume"), Subject: Phrase{Head: w("delivery"),
				Preps: []Prep{pp("of", np("food"))}}, Object: np("Gaza")},
			code: "073", line: 3105, source: Slot{ObjectSlot, 0}},
		{name: "object word by lemma: * extradition [0213]",
			c:    Clause{Verb: w("request"), Object: np("extradition")},
			code: "0213", line: 934},
		{name: "only a passive code: * before:court [:173]",
			c:    Clause{Verb: w("appear"), Preps: []Prep{pp("before", np("court"))}},
			code: "", passive: "173", line: 804},
		{name: "particle then object: * up resistance [110]",
			c:    Clause{Verb: w("put"), Particle: w("up"), Object: np("resistance")},
			code: "110", line: 852},
		{name: "preposition read as particle: * aside:rift [030]",
			c:    Clause{Verb: w("set"), Particle: w("aside"), Object: np("rift")},
			code: "030", line: 832},
		{name: "alternatives in a phrase: * in:air_attack|bombing|raid|strike [195]",
			c:    Clause{Verb: w("wound", "wounded"), Preps: []Prep{pp("in", np("raid", "air"))}},
			code: "195", line: 8452},
		{name: "null pattern overrides the verb: * in:accident [---]",
			c:    Clause{Verb: w("injure"), Preps: []Prep{pp("in", np("accident"))}},
			code: "", line: 8442},
		{name: "the verb's own code: injure [182]",
			c:    Clause{Verb: w("injure"), Object: np("civilian")},
			code: "182", line: 0},
		{name: "adverb before the verb: sharply * [111]",
			c:    Clause{Verb: w("attack"), Other: []Word{w("sharply")}},
			code: "111", line: 8968},
		{name: "placeholders bind roles: + inspector * into:$ [0862]",
			c: Clause{Verb: w("move"), Subject: np("inspector", "UN"),
				Preps: []Prep{pp("into", np("Iraq"))}},
			code: "0862", line: 2442, source: Slot{PrepSlot, 0}, target: Slot{SubjectSlot, 0}},
		{name: "target in a prepositional phrase: * troop into:+ [192]",
			c: Clause{Verb: w("move"), Object: np("troop"),
				Preps: []Prep{pp("across", np("river")), pp("into", np("Ukraine"))}},
			code: "192", line: 2457, target: Slot{PrepSlot, 1}},
		{name: "a pattern wins a tie with a multi-word verb: * off [160] over call off [160]",
			c:    Clause{Verb: w("call"), Particle: w("off"), Object: np("concert")},
			code: "160", line: 5575},
		{name: "its block's patterns apply to a multi-word verb: * visit [042:043]",
			c:    Clause{Verb: w("call"), Particle: w("off"), Object: np("visit")},
			code: "042", passive: "043", line: 1138},
		{name: "irregular form when the lemma is unknown",
			c:    Clause{Verb: Word{Form: "sped"}, Preps: []Prep{pp("to", np("border"))}},
			code: "154", line: 725},
	}
	d := dict(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, ok := d.Match(tt.c)
			if !ok {
				t.Fatal("no match")
			}
			line := 0
			if m.Pattern != nil {
				line = m.Pattern.Line
			}
			if m.Code != tt.code || m.Passive != tt.passive || line != tt.line {
				t.Errorf("got %s:%s from line %d (%v), want %s:%s from line %d",
					m.Code, m.Passive, line, m.Pattern, tt.code, tt.passive, tt.line)
			}
			if m.Source != tt.source || m.Target != tt.target {
				t.Errorf("roles: source %v target %v, want %v %v", m.Source, m.Target, tt.source, tt.target)
			}
		})
	}
}

// TestMatchUnknown checks that an unknown verb, and a multi-word verb whose
// words are missing, give no match.
func TestMatchUnknown(t *testing.T) {
	d := dict(t)
	if m, ok := d.Match(Clause{Verb: w("frobnicate")}); ok {
		t.Errorf("unknown verb matched %+v", m)
	}
	// "seem confident" [013] is the only entry of "seem" with a code; bare
	// "seem" is in APPEAR with the null code.
	m, ok := d.Match(Clause{Verb: w("seem"), Other: []Word{w("confident")}})
	if !ok || m.Code != "013" || len(m.Verb.After) != 1 {
		t.Errorf("seem confident: %+v %v", m, ok)
	}
	m, ok = d.Match(Clause{Verb: w("seem"), Other: []Word{w("worried")}})
	if !ok || m.Code != "" {
		t.Errorf("seem worried: %+v %v", m, ok)
	}
}

// TestMatchDistinctParts checks that two elements cannot use the same part
// of the clause: "* police to:border" needs an object besides the
// prepositional phrase.
func TestMatchDistinctParts(t *testing.T) {
	d := dict(t)
	m, _ := d.Match(Clause{Verb: w("rush"), Preps: []Prep{pp("to", np("border", "police"))}})
	if m.Pattern == nil || m.Pattern.Line != 725 {
		t.Errorf("got %v", m.Pattern)
	}
}
