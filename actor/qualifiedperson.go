package actor

import (
	"strings"
	"time"
)

// A person's short name the text qualifies by a country ("Saudi King
// Abdullah", "Jordan's King Abdullah", "Pakistani Prime Minister Sharif")
// names the person of that country: of the bearers of the name the
// gazetteer and the Phoenix dictionary know, the one whose country as of the
// document's date is the qualifier's; never a bearer of another country.
// A full name ("Hamid Karzai") names its bearer whatever the qualifier.

// qualifiedEntity recognizes a known person's name, title included ("King
// Abdullah"), at item q after a qualifier's country: the person of that
// country (resolved by Resolver.countryPerson), not the country and a
// person.
func (r *recognizer) qualifiedEntity(q int, country string) (int, bool) {
	its := r.its
	if country == "" || q >= len(its) || its[q].kind != itemEntity || r.g.entry(its[q].ids[0]).Kind != Person {
		return q, false
	}
	it := its[q]
	c := candidate{kind: candEntity, first: it.first, last: it.last, ids: it.ids, affil: country}
	r.apposition(&c, q+1)
	r.emit(c, q+1)
	return q + 1, true
}

// countryPerson returns the person a short name of tokens [first, last)
// qualified by country names: id when its country at date is country or
// unknown, else the bearer of the same name of that country, else a
// person of the document's own ("" when the name has no words).
func (r *Resolver) countryPerson(l *lexer, id, country string, first, last int, date time.Time) string {
	if country == "" || id == "" || r.kindOf(id) != Person || r.personCountry(id, date) == "" || r.personCountry(id, date) == country {
		return id
	}
	// the name without the titles before it ("King Abdullah": "Abdullah")
	for first < last-1 && l.g.lex.titles[nameKey(l.toks[first].Text)] != "" {
		first++
	}
	if last-first != 1 {
		return id // a full name names its bearer
	}
	name := l.text[l.toks[first].Start:l.toks[last-1].End]
	key := nameKey(name)
	var cands []string
	cands = append(cands, r.g.Find(name)...)
	cands = append(cands, r.g.surnames[key]...)
	if x := r.g.px; x != nil {
		for _, a := range x.p.find(name) {
			cands = append(cands, a.ID)
		}
	}
	for _, c := range cands {
		if r.kindOf(c) == Person && r.personCountry(c, date) == country {
			return c
		}
	}
	iso := strings.ToLower(strings.TrimPrefix(country, "country:"))
	return r.newID("person:", "person:"+iso+":"+key, name)
}

// personCountry returns the country id of person id at date: its Phoenix
// role then, else the gazetteer's affiliation ("" when neither knows).
func (r *Resolver) personCountry(id string, date time.Time) string {
	if c, _ := r.dated(id, date); c != "" {
		return "country:" + c
	}
	if e := r.g.entry(id); e != nil && strings.HasPrefix(e.Affiliation, "country:") {
		return e.Affiliation
	}
	return ""
}
