package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestTitleChargeClause checks that what an object is accused of or
// blamed for, a gerund clause, completes the title ("accuses opposition of
// working with China"), never a bare side ("accuses opposition with
// China").
func TestTitleChargeClause(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Putin, who is running for re-election, has accused the opposition of working with China to disrupt the vote.", "accused", "Putin accuses opposition of working with China"},
		{"Putin blamed the rebels for killing three soldiers in Kursk.", "blamed", "Putin blames rebels for killing three soldiers"},
		{"Putin accused Kim of lying.", "accused", "Putin accuses Kim Jong Un of lying"},
	})
}

// TestTitleReducedChargePassive checks that a reduced passive of blame or
// accusation reads patient first with what it is blamed for ("the rebel
// group blamed for the blasts has planned attacks" → "Rebel group blamed
// for blasts"), never the group blaming ("Rebel group blames").
func TestTitleReducedChargePassive(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	const text = "According to the police report, the banned rebel group the Red Dawn (RD) blamed for nationwide bomb blasts on May 17 has again planned attacks in Lima."
	in := inputWith(text, []ent{
		{"Red Dawn", "org:red-dawn", actor.Organization, false},
		{"Lima", "place:lima", actor.Place, true},
	})
	in.Parse = p.Sentence
	const want = "Banned rebel group blamed for nationwide bomb blasts"
	if m := find(t, in, "blamed"); m.Title != want {
		t.Errorf("title %q, want %q", m.Title, want)
	}
}

// TestTitleChargeOfBeing checks that a charge "of being" something keeps
// what it says ("accused the inquiry of being a ploy" → "accuses inquiry
// of being ploy"), never the bare "accuses inquiry".
func TestTitleChargeOfBeing(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Putin accused the inquiry of being a ploy to protect Lavrov.", "accused", "Putin accuses inquiry of being ploy"},
		{"Putin accused the commission of being biased.", "accused", "Putin accuses commission of being biased"},
		{"Putin accused Russia of being a rogue state.", "accused", "Putin accuses Russia of being rogue state"},
	})
}

// TestTitleChargeOblique checks that a charge verb keeps the phrase
// saying what the charge is for or on whom it is laid, where the parse
// hangs it on the object too ("blamed the bombing on the rebel groups" →
// "blames bombing on rebel groups"), never a title that reads cut
// ("blames bombing").
func TestTitleChargeOblique(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
	}, []headlineCase{
		{"Karl Brenner on Monday blamed the heavy rain for the weak retail sales.", "blamed", "Karl Brenner blames heavy rain for weak retail sales"},
		{"Karl Brenner blamed the bombing on the rebel groups in the north.", "blamed", "Karl Brenner blames bombing on rebel groups"},
	})
}

// TestTitleChargeGerundCut checks that a charge's gerund keeps an
// infinitive that ends its clause ("accused Greece of refusing to
// cooperate" → "... of refusing to cooperate") and is left out when its
// complement cannot be said ("accused Greece of agreeing to store a crate
// for a friend" parsed with "store" a noun → "... accuses Greece"), never
// kept cut ("accuses Greece of trying", "of agreeing").
func TestTitleChargeGerundCut(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Greece", "country:GRC", actor.Country, true},
	}, []headlineCase{
		{"The Albanian interior minister accused Greece of refusing to cooperate.", "accused", "Albanian interior minister accuses Greece of refusing to cooperate"},
		{"The Albanian interior minister accused Greece of trying to interfere.", "accused", "Albanian interior minister accuses Greece of trying to interfere"},
		{"Prosecutors accused Greece of agreeing to store a crate for a friend.", "accused", "Prosecutors accuse Greece"},
	})
}

// TestTitleChargeOnName checks that a charge verb keeps the charge the
// parse hangs on its named object ("accused Chile of complicity" with
// "of complicity" read as Chile's own phrase) or on an oblique between
// them ("accused Chile for the second time of hiding ..."), never the bare
// "accuses Chile".
func TestTitleChargeOnName(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Chile", "country:CHL", actor.Country, true},
		{"Peru", "country:PER", actor.Country, true},
	}, []headlineCase{
		{"The Bolivian foreign minister on Friday accused Chile of complicity in the smuggling.", "accused", "Bolivian foreign minister accuses Chile of complicity"},
		{"Peru openly accused the Chilean navy for the second time of harassing fishing boats.", "accused", "Peru accuses Chilean navy of harassing fishing boats"},
	})
}

// TestTitlePassiveCharge checks that a passive charge says what the
// patient is charged with, also when the parse hangs the charge on the
// agent's name ("was accused by the president of selling equipment"),
// that a side named only inside the charge is no side of it ("with
// Syria"), and that a criticized thing keeps the sides it names.
func TestTitlePassiveCharge(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"The opposition leader was accused by President Bush of plotting a coup.", "accused", "Bush accuses opposition leader of plotting coup"},
		{"Karl Brenner had been accused by President Bush of supplying parts used for building missiles to Syria.", "accused", "Bush accuses Karl Brenner of supplying parts"},
	})
	// a criticism of a thing keeps the sides its object names
	checkTitlesWith(t, false, []ent{
		{"Peru", "country:PER", actor.Country, false}, {"Chile", "country:CHL", actor.Country, false},
		{"Bolivia", "country:BOL", actor.Country, false}, {"Norland", "country:NOR", actor.Country, false},
	}, []headlineCase{
		{"At the summit, Peru and Chile criticized the close ties between Bolivia and Norland on Monday.", "criticized", "Peru and Chile criticize close ties with Bolivia and Norland"},
	})
}

// TestTitleSentencedTo checks that a sentence says what it is ("was
// sentenced to death", "to 20 years in prison"), for a passive with no
// agent as for an active verb, never the bare "sentenced".
func TestTitleSentencedTo(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"On Sunday the ex-governor and two of his deputies were sentenced to death in another case.", "sentenced", "Ex-governor sentenced to death"},
		{"A court sentenced the rebel chief to 20 years in prison on Monday.", "sentenced", "Court sentences rebel chief to 20 years"},
	})
}

// TestPassiveChargeKept checks that an agentless passive of charging
// (charge_verbs) keeps what its patient is charged with, accused of or
// blamed for, a gerund clause or a noun phrase, never the bare
// participle; that a "with" phrase of people is no charge; and that a
// sentence told keeps its "to" phrase alone.
func TestPassiveChargeKept(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct{ text, trigger, want string }{
		{"The senator was charged with taking bribes from a builder.", "charged", "Senator charged with taking bribes"},
		{"Two senators were charged with fraud on Tuesday.", "charged", "Two senators charged with fraud"},
		{"Karl Brenner was accused of hiding the audit from the board.", "accused", "Karl Brenner accused of hiding audit"},
		{"Karl Brenner, accused with two other officials of taking bribes, resigned.", "accused", "Karl Brenner accused of taking bribes"},
		{"The smuggler was sentenced to ten years in prison for fraud.", "sentenced", "Smuggler sentenced to ten years"},
	}
	for _, c := range cases {
		in := inputWith(c.text, nil)
		in.Parse = p.Sentence
		if m := find(t, in, c.trigger); m.Title != c.want {
			t.Errorf("%q: title %q, want %q", c.text, m.Title, c.want)
		}
	}
}

// TestTitlePassiveAgentComplement checks that a passive with a named
// agent, said active, keeps the complement the agentless passive keeps:
// what the patient is accused of, the rank it is promoted to ("Army
// promotes colonel to general"), never the bare "accuses minister"; the
// agentless passive names the rank a general post noun's "of" phrase
// gives, its hyphenated word whole.
func TestTitlePassiveAgentComplement(t *testing.T) {
	checkTitlesWith(t, true, []ent{
		{"Norland", "country:norland", actor.Country, false},
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
	}, []headlineCase{
		{"The fisheries minister was accused of embezzlement by Norland on Monday.", "accused", "Norland accuses fisheries minister of embezzlement"},
		{"The veteran pilot was promoted to major-general by the air force on Monday.", "promoted", "Air force promotes veteran pilot to major-general"},
		{"Karl Brenner was promoted in March to the post of deputy auditor-general.", "promoted", "Karl Brenner promoted to deputy auditor-general"},
	})
}
