package merge

import (
	_ "embed"

	"github.com/chronograph-news/chronograph/event"
)

// namesSameAcross reports whether mine, the actors of a mention told in
// another document than every mention of c, names one of theirs (c's
// agents, or its core for a symmetric type) itself, not only through an
// affiliation (a minister for his country, a navy for its state). The
// news of one day tells many acts of one country's officials: another
// article's happening of that day sharing no more than the country is
// judged by the weak evidence of rule 3 (the same place, the same quote):
// "a fair organized by the Ardenian embassy" / "the Ardenian deputy
// minister praised trade"; "the Ardenian-led force arrested a
// suspect" / "smugglers seized by the Ardenian navy last spring". A
// happening of note recalled by a noun (recalled) is named by its
// country or its leader alike ("Ardenia's last elections four years
// ago" / "the election of Vell in 2019"; "last month's truce reached by
// Vell and Osk"): the affiliation still counts for it. So it does
// when mine names two of c's countries or actors (matched, counted
// once each), as the two sides of a symmetric act do: "talks with the
// leaders of Ardenia and Borduria" / "the Bordurian president's talks
// with the Ardenian president" on one day are one meeting.
func namesSameAcross(it *item, c *cluster, mine, theirs map[string]bool, matched func(string) string) bool {
	if nationalActs[it.m.Type] || recalled(it) || c.from != nil && recalled(c.from) {
		return true
	}
	sides := map[string]bool{}
	for id := range mine {
		if theirs[id] {
			return true
		}
		if k := matched(id); k != "" {
			sides[k] = true
		}
	}
	return len(sides) >= 2
}

// recalled reports whether it is a noun naming a happening of the past
// rather than the day's news: dated by its own expression to a span
// longer than a day ("last month's truce", "the 1992 election") or bound
// by its publication ("since the withdrawal"). A verb so dated tells a
// happening anew ("smugglers who were seized last spring").
func recalled(it *item) bool {
	return it.m.Noun && (it.strong && !withinDay(it.gran) || it.m.Basis == event.PublicationBound)
}

//go:embed data/national.yaml
var nationalYAML []byte

// nationalActs holds the types of data/national.yaml: acts a country
// performs as one whole. It is read once and never changed.
var nationalActs = mustTypeSet(nationalYAML, "national.yaml", "national")
