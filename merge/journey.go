package merge

import (
	"strings"

	"github.com/chronograph-news/chronograph/event"
)

// countryPrefix starts the actor id of a country ("country:JOR").
const countryPrefix = "country:"

// countryOf returns the country a place lies in by the affiliation chain
// (a town, its region, its country), the place itself when it is a
// country, or "" when the chain reaches none (a region, a sea).
func countryOf(id string, affil map[string]string) string {
	for depth := 0; id != "" && depth <= maxAffiliationDepth; id, depth = affil[id], depth+1 {
		if strings.HasPrefix(id, countryPrefix) {
			return id
		}
	}
	return ""
}

// journeysApart reports whether it and c tell two journeys: both are
// visits told at a place in a country, and no country of c's visits is
// it's. A visit's place is where it goes, so "visited Jordan last month"
// and "arrived in Vietnam on Friday" are two trips of one traveller,
// whatever they share, however their dates nest; "arrived in Hanoi" and
// "his visit to Vietnam" are one. A place in no known country (a region:
// "his Asian tour") tells nothing.
func (c *cluster) journeysApart(it *item, opt Options) bool {
	if it.m.Type != event.Visit || len(c.journeys) == 0 {
		return false
	}
	mine := countryOf(it.m.Location, opt.Affiliation)
	return mine != "" && !c.journeys[mine]
}
