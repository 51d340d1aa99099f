package actor

import (
	"strings"
	"time"

	"github.com/chronograph-news/chronograph/actor/internal/dictfile"
)

// Dictionary looks names up in a gazetteer and in the Phoenix dictionary
// together. The gazetteer (the project's own data/*.yaml and the user's
// files) is newer than Phoenix's late-2010s data, so it wins where both
// know an actor; Phoenix adds the actors the gazetteer lacks, and dates:
//
//   - An actor is the same in both when the Phoenix actor has the
//     gazetteer entry's id ("person:vladimir-putin", "country:RUS"), or
//     carries one of the entry's names with the entry's kind and, when
//     the entry has a country, a role in that country.
//   - A name the gazetteer knows resolves to the gazetteer's actor, even
//     if Phoenix gives the name to another actor ("Kabul" is the
//     gazetteer's city, not Phoenix's Afghanistan).
//   - The match takes the id, name and kind of the gazetteer's entry, and
//     its country (its affiliation, or itself for a country).
//   - The sector, code and interval come from the Phoenix actor's role at
//     the date when that role's country agrees with the gazetteer's (or
//     either has none); a role in another country is ignored, and the
//     match has the gazetteer's country and no sector.
//
// A Dictionary is read-only and safe for concurrent use.
type Dictionary struct {
	g *Gazetteer
	p *Phoenix
}

// NewDictionary returns a dictionary over g and p.
func NewDictionary(g *Gazetteer, p *Phoenix) *Dictionary { return &Dictionary{g: g, p: p} }

// Lookup finds the actor named name and its affiliation at date, by the
// rules of [Dictionary]; a zero date asks for the default role, else the
// latest (see [Phoenix.Lookup]).
func (d *Dictionary) Lookup(name string, date time.Time) (Match, bool) {
	if ids := d.g.Find(name); len(ids) > 0 {
		e := d.g.entries[ids[0]]
		return d.merged(e, d.counterpart(e, name), date), true
	}
	m, ok := d.p.Lookup(name, date)
	if !ok || m.Kind == Agent {
		return m, ok
	}
	if e, known := d.g.entries[m.ID]; known {
		return d.merged(e, d.p.byID(m.ID), date), true
	}
	return m, true
}

// counterpart returns the Phoenix actor that is gazetteer entry e, found
// under e's id or one of its names or name, or nil.
func (d *Dictionary) counterpart(e *Entry, name string) *dictfile.Actor {
	if a := d.p.byID(e.ID); a != nil {
		return a
	}
	country := entryCountry(e)
	for _, n := range append([]string{name, e.Name}, e.Aliases...) {
		for _, a := range d.p.find(n) {
			if Kind(a.Kind) != e.Kind {
				continue
			}
			if country == "" || hasCountry(a.Roles, country) {
				return a
			}
		}
	}
	return nil
}

// merged makes the match of gazetteer entry e dated by Phoenix actor a
// (nil when Phoenix does not know it).
func (d *Dictionary) merged(e *Entry, a *dictfile.Actor, date time.Time) Match {
	m := Match{ID: e.ID, Name: e.Name, Kind: e.Kind, Country: entryCountry(e), Source: "project"}
	if a == nil {
		return m
	}
	m.Source = "project+phoenix"
	r := roleAt(a.Roles, date)
	if r == nil || r.Country != "" && m.Country != "" && r.Country != m.Country {
		return m
	}
	country := m.Country
	setRole(&m, r)
	if country != "" {
		m.Country = country
	}
	return m
}

// entryCountry returns the ISO code of the country e is or belongs to, or
// "".
func entryCountry(e *Entry) string {
	if e.Kind == Country {
		return strings.TrimPrefix(e.ID, "country:")
	}
	if c, ok := strings.CutPrefix(e.Affiliation, "country:"); ok {
		return c
	}
	return ""
}

// hasCountry reports whether one of rs is in country.
func hasCountry(rs []dictfile.Role, country string) bool {
	for _, r := range rs {
		if r.Country == country {
			return true
		}
	}
	return false
}
