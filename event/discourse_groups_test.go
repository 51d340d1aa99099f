package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestGroupPronoun: an active "they" or "it" opening a sentence stands for
// the group, body or state the previous sentence's main clause is about;
// a passive one ("They were charged") and one after a name in its own
// sentence are left alone, and "it" never stands for a person. After a
// copula ("It was Turkey's third gold medal"), the owner of its predicate
// noun is what the sentence is about. In an adverbial clause after a
// name, the pronoun stands for the subject of the clause it modifies (or
// that subject's owner), never a person for "it".
func TestGroupPronoun(t *testing.T) {
	checkRoles(t, []roleCase{
		{"The rebels seized a border town on Monday. They also attacked a convoy near the river.", "attacked", "agent=agent:-:rebels"},
		{"NATO condemned the shelling on Monday. It also urged Russia to withdraw its troops.", "urged", "agent=org:nato target=country:RUS"},
		{"Russia and China signed a trade deal on Monday. They also agreed to hold joint drills.", "agreed", "agent=country:CHN agent=country:RUS"},
		{"The gunmen seized ten hostages on Monday. They were arrested on Tuesday.", "arrested", ""},
		{"Putin criticised the plan on Monday. It also attacked the convoy.", "attacked", ""},
		// after a copula, the owner of its predicate noun
		{"It was Turkey's third gold medal of the games. They also won the silver medal in 1998.", "won", "agent=country:TUR"},
		// in an adverbial clause, the subject of the clause it modifies, or its owner
		{"The rebels reached the city in March when they attacked a convoy near the river.", "attacked", "agent=agent:-:rebels"},
		{"Russia's ties with China remain strained since it invaded its neighbour in 2008.", "invaded", "agent=country:RUS"},
		{"NATO warned on Monday, as it condemned the shelling of the town.", "condemned", "agent=org:nato"},
		{"Putin criticised the plan on Monday after it attacked the convoy.", "attacked", ""},
	})
}

// TestPairPhrase: "the two countries", "the two leaders" or "both sides"
// as an active subject (or a passive's "by" phrase) stands for the two parties named together nearest
// before it, of its kind (states for "countries", persons for "leaders",
// bodies for "companies"; any for a bare "the two", "the pair", "both"),
// or, when no one stretch names two, the one its own sentence names and
// the nearest other before,
// never one who only reports or is reported to; with fewer than two named,
// none.
func TestPairPhrase(t *testing.T) {
	extra := []ent{
		{"Peru", "country:PER", actor.Country, false},
		{"Chile", "country:CHL", actor.Country, false},
		{"Alan Garcia", "person:alan-garcia", actor.Person, false},
		{"Michelle Bachelet", "person:michelle-bachelet", actor.Person, false},
		{"Jose Belaunde", "person:jose-belaunde", actor.Person, false},
		{"Evo Morales", "person:evo-morales", actor.Person, false},
		{"Gazprom", "org:gazprom", actor.Organization, false},
		{"Naftogaz", "org:naftogaz", actor.Organization, false},
	}
	checkRolesWith(t, extra, []roleCase{
		{"Peru and Chile signed a fishing accord on Monday. The two countries also agreed to hold joint patrols.", "agreed", "agent=country:CHL agent=country:PER"},
		// the pair named together, not the speaker nor a name alone in a later sentence
		{"Alan Garcia hosted Michelle Bachelet in Lima on Monday. Foreign Minister Jose Belaunde told reporters that Evo Morales was not invited. The two leaders agreed to open the border.", "agreed", "agent=person:alan-garcia agent=person:michelle-bachelet"},
		{"Peru rejected the plan on Monday. Both sides agreed to meet again.", "agreed", ""},
		{"Gazprom signed a gas deal with Naftogaz on Monday. The two companies also agreed to extend their supply contract.", "agreed", "agent=org:gazprom agent=org:naftogaz"},
		// a news agency told something is none of the sides, whatever verb tells it
		{"Gazprom and Naftogaz met in Kyiv on Monday. A spokesman confirmed to Tass that Peru had joined the talks. Both sides agreed to extend the contract.", "agreed", "agent=org:gazprom agent=org:naftogaz"},
		// "the two", "the pair" and "both" with no noun stand for the pair too
		{"Alan Garcia hosted Michelle Bachelet in Lima on Monday. The two agreed to open the border.", "agreed", "agent=person:alan-garcia agent=person:michelle-bachelet"},
		{"Gazprom signed a gas deal with Naftogaz on Monday. The pair also agreed to extend their supply contract.", "agreed", "agent=org:gazprom agent=org:naftogaz"},
		{"Peru and Chile signed a fishing accord on Monday. Both agreed to hold joint patrols.", "agreed", "agent=country:CHL agent=country:PER"},
		// one of the two named in its own sentence, the other before
		{"Michelle Bachelet will visit Lima next week, an official said. Alan Garcia invited her in March when the two met in Quito.", "met", "agent=person:alan-garcia agent=person:michelle-bachelet"},
		{"Alan Garcia invited her in March when the two met in Quito.", "met", ""},
		// the "by" phrase of a passive: the two do it
		{"Peru and Chile held talks on Monday. The fishing pact, which was signed in Lima by the two governments, takes effect in May.", "signed", "agent=country:CHL agent=country:PER"},
		// but not "two" with no "the", nor "both of whom", told of others
		{"Peru and Chile signed a fishing accord on Monday. Two agreed to hold joint patrols.", "agreed", ""},
		{"Peru and Chile questioned the two sailors, both of whom denied the charges.", "denied", ""},
	})
}
