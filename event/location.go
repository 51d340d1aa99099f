package event

import (
	"strings"

	"github.com/chronograph-news/chronograph/actor"
)

// placeOf returns the id of the place a mention in a location role names.
// A capital standing for its country ("visited Pyongyang" resolved to the
// country) is the city itself when the document, or the names of Input,
// know it as a place: the city is more precise than the country.
func (d *analysis) placeOf(m actor.Mention) string {
	if m.Kind != actor.Country || strings.HasPrefix(m.ActorID, "place:") {
		return m.ActorID
	}
	if d.placeByText == nil {
		d.placeByText = map[string]string{}
		for _, a := range d.in.Actors {
			if a.Kind == actor.Place && a.ActorID != "" {
				if _, ok := d.placeByText[a.Text]; !ok {
					d.placeByText[a.Text] = a.ActorID
				}
			}
		}
	}
	if id, ok := d.placeByText[m.Text]; ok {
		return id
	}
	if demonym(m.Text) {
		return m.ActorID
	}
	id := "place:" + strings.ToLower(strings.Join(strings.Fields(m.Text), "-"))
	if _, ok := d.in.Names[id]; ok {
		return id
	}
	return m.ActorID
}

// location returns the most specific location among the participants: a
// place (city, region) before a country; the first on a tie.
func (s *sent) location(ps []Participant) string {
	loc, rank := "", -1
	for _, p := range ps {
		if p.Role != Location {
			continue
		}
		r := 0
		if strings.HasPrefix(p.ActorID, "place:") {
			r = 1
		}
		if r > rank {
			loc, rank = p.ActorID, r
		}
	}
	return loc
}
