package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestTitleToldBody checks that whoever is told after the clause a
// report tells ("..., the director told the budget subcommittee") is the
// addressee, a body or a medium as well as a person, never what is said
// ("says budget subcommittee").
func TestTitleToldBody(t *testing.T) {
	checkTitlesWith(t, true, []ent{{"John Perry", "person:john-perry", actor.Person, false}}, []headlineCase{
		{"The first flight will take place \"no later than May,\" NASA director John Perry told the budget subcommittee of the Senate on Tuesday.", "told", "John Perry says first flight will take place no later than May"},
		{"The port will reopen to shipping next week, John Perry told a local radio station on Monday.", "told", "John Perry says port will reopen to shipping"},
		{"The government will raise fuel prices, John Perry told the finance committee of parliament on Monday.", "told", "John Perry says government will raise fuel prices"},
	})
}

// TestTitleStrandedVerb checks that a reported clause the parse splits
// from its subject ("warned that gas supplies to Ukraine will be halted",
// "supplies" read as the verb) gives no cut clause ("warns gas
// supplies to Ukraine") but the clause in its own words (headplain.go),
// its condition left out.
func TestTitleStrandedVerb(t *testing.T) {
	checkTitlesWith(t, true, []ent{{"Ivan Sokolov", "person:ivan-sokolov", actor.Person, false}}, []headlineCase{
		{"Energy chief Ivan Sokolov has warned that gas supplies to Ukraine will be halted on Friday unless Ukraine pays its debts.", "warned", "Ivan Sokolov warns gas supplies to Ukraine will be halted on Friday"},
	})
}

// TestTitleControlInfinitive checks that a reported verb whose object is
// the subject of the infinitive after it (control_verbs: "expects the
// economy to grow") says the infinitive too, while another verb's
// infinitive of purpose is left out, and that a passive with a "to"
// gerund keeps it ("committed to strengthening ties", never bare
// "committed").
func TestTitleControlInfinitive(t *testing.T) {
	checkTitlesWith(t, true, []ent{{"Karl Weber", "person:karl-weber", actor.Person, false}}, []headlineCase{
		{"The central bank expects the Dutch economy to expand by about 2 percent next year, Karl Weber said on Monday.", "said", "Karl Weber says central bank expects Dutch economy to expand by 2 percent"},
		{"Chinese Foreign Minister Li Peng will visit Brazil next week to meet with President Silva, Karl Weber said Tuesday.", "said", "Karl Weber says Li Peng will visit Brazil"},
		{"The government is committed to expanding its trade links with Peru, Karl Weber said on Tuesday.", "said", "Karl Weber says government committed to expanding trade links"},
	})
}

// TestTitleWarnedOf checks that a warning to a named side says of what
// ("warned Ukraine of grave consequences"), also when the parse hangs
// the phrase on the name, never the bare "warns Ukraine".
func TestTitleWarnedOf(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"The Kremlin warned Ukraine of grave consequences if its pipelines were closed.", "warned", "Kremlin warns Ukraine of grave consequences"},
	})
}

// TestTitleCommonByAgent checks that a participle whose by-phrase is a
// common noun naming no actor is told active with it ("Wolf attacks
// ..."), never as the reduced passive of the noun the participle hangs
// on.
func TestTitleCommonByAgent(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Doctors treated the arm of a young shepherd attacked by a wolf last week.", "attacked", "Wolf attacks arm of young shepherd"},
		{"The report released by the ministry shows a rise in exports.", "released", "Ministry releases report"},
	})
}

// TestTitleSpacedScore checks that a score the text spaces at its hyphen
// ("a 2- 1 win") is said as one ("2-1"), never two numbers.
func TestTitleSpacedScore(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Leeds earned a 2- 1 win over Fulham on Saturday thanks to a late goal.", "win", "2-1 win"},
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

// TestTitleEventOfPlace checks that a "which" clause after the place of
// an event noun ("the bombing in Kislovodsk, which killed three people")
// is the event's: the place does no act.
func TestTitleEventOfPlace(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"The minister said two women were detained over the bombing in Kislovodsk, which killed three people and injured 12.", "killed", "Bombing kills three people"},
	})
}

// TestTitleInvertedRequest checks that a request told after what is
// asked, its speaker after the verb ("'...,' urged President Kibaki"),
// names the speaker as who urges and the clause's duty with "to", never
// the speaker as the one urged ("Kibaki urged").
func TestTitleInvertedRequest(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"\"The Kenyan people must unite to fight corruption,\" urged President Mwangi on Monday.", "urged", "Mwangi urges Kenyan people to unite to fight corruption"},
	})
}

// TestTitleSaidInStatement checks that a statement noun that is the "in"
// phrase of a verb of saying ("added in an official statement that
// ...") says what the verb reports, never "issues statement".
func TestTitleSaidInStatement(t *testing.T) {
	checkTitlesWith(t, true, []ent{{"Karl Weber", "person:karl-weber", actor.Person, false}}, []headlineCase{
		{"In a separate statement, Karl Weber said the accord provides the mechanism for both governments to work together.", "statement", "Karl Weber says accord provides mechanism"},
	})
}

// TestTitleWhetherInfinitive checks that an infinitive "whether" opens
// ("decided on whether to bring charges") is no act said or decided:
// never "says she decides to bring fraud charges".
func TestTitleWhetherInfinitive(t *testing.T) {
	checkTitlesWith(t, true, []ent{{"Anna Berg", "person:anna-berg", actor.Person, false}}, []headlineCase{
		{"Chief prosecutor Anna Berg said Friday she has now decided on whether to bring fraud charges against Jens Olsen.", "said", "Anna Berg issues statement"},
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
