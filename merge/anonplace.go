package merge

import (
	"strings"

	"github.com/chronograph-news/chronograph/actor"
)

// anonymousElsewhere reports whether every core actor of it is one named
// by what it is (a generic agent, actor.AgentPrefix: "Israeli troops",
// "militants", "police"), so that any actor it shares with c is one, and
// it is told at another place than c
// (locationsConflict): such a group is no one body whose every act is one
// happening, so "troops shot a leader in Town A" and, a few hours later,
// "a man was killed by troops' gunfire in Town B" are two shootings, and
// "militants killed a volunteer in Province A" / "a farmer was shot dead
// by militants in Province B" two killings. A named actor (a person, a
// body, a country) shared still joins them whatever the place: one
// leader meets officials at a palace and tours the country he visits.
// A country and a place the gazetteer puts in no country (a region, a
// sea: "the Gulf") do not tell two places: "drills in the Gulf" / "the
// third round of drills in Iran this year".
func (c *cluster) anonymousElsewhere(it *item, opt Options) bool {
	sym := c.sym || Symmetric(it.m.Type) || crossed[it.m.Type]
	for id := range it.coreOf(sym) {
		if !strings.HasPrefix(id, actor.AgentPrefix) {
			return false
		}
	}
	// a country and a place the gazetteer puts in no country may be one
	// place at two scales
	scales := func(a, b string) bool {
		return strings.HasPrefix(a, countryPrefix) && countryOf(b, opt.Affiliation) == ""
	}
	l := it.m.Location
	for o := range c.locations {
		if scales(l, o) || scales(o, l) {
			return false
		}
	}
	return c.locationsConflict(it, opt)
}
