package event

import (
	"slices"
	"strings"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/nlp/wordnet"
)

// placeThings are the WordNet classes of a common noun that names a
// building, a thing or a place, no one who acts (thingOfActor).
var placeThings = []wordnet.Class{wordnet.Artifact, wordnet.Location, wordnet.Object}

// thingOfActor returns the noun phrase at c when its head is a common
// noun naming a thing or a place (placeThings) that an actor only
// modifies ("a US military detention center" → "US military detention
// center", whose actor is no side of the event), or "": a name, a
// person or a group ("Israeli troops") is the actor the phrase names.
func (h *head) thingOfActor(c node) string {
	d := h.s.tr
	if d.w(c).UPOS != "NOUN" || h.isActorWord(c) {
		return ""
	}
	if k, ok := wordnet.NounOfForm(strings.ToLower(d.w(c).Form)); !ok || !slices.Contains(placeThings, k) {
		return ""
	}
	return h.possessed(c, h.nounPhrase(c, 0)) // "for Sudan's position", the owner kept
}

// visitCases are the prepositions of the place a visit goes to.
var visitCases = wordList("visit_cases")

// unknownPlace returns the place a name the gazetteer lacks gives the
// visit at n, an oblique or "of"-less modifier marked by one of
// visitCases headed by a proper noun ("arrived in the South", "his
// arrival in the South"), with its preposition; else "", "".
func (h *head) unknownPlace(n node) (prep, name string) {
	d := h.s.tr
	for _, c := range d.kids(n, func(r string) bool { return baseRel(r) == "obl" || r == "nmod" }) {
		cw := d.caseWord(c)
		if !visitCases[cw] || d.w(c).UPOS != "PROPN" || h.isTime(c) || len(h.s.phraseActors(c, false)) > 0 {
			continue
		}
		if text := h.nounPhrase(c, 0); text != "" {
			return cw, text
		}
	}
	return "", ""
}

// namedPlace returns the place a visit's verb at n goes to when the
// mention holds no location: the country or place an oblique marked by one
// of visitCases is, or its possessor or compound names ("headed to
// Pakistan's mountainous northern region" → "to Pakistan"), with its
// preposition ("in" for an arrival verb); else "", "". A time, or a name
// deeper in the phrase ("headed to talks with Israel"), names no place.
func (h *head) namedPlace(n node) (prep, name string) {
	s, d := h.s, h.s.tr
	for _, c := range d.kids(n, is("obl")) {
		cw := d.caseWord(c)
		if !visitCases[cw] || h.isTime(c) {
			continue
		}
		for _, k := range append([]node{c}, d.kids(c, is("nmod:poss", "compound"))...) {
			p, ok := s.actorWord(k)
			if !ok {
				continue
			}
			a := s.actor(p)
			if a.Kind != actor.Place && a.Kind != actor.Country || demonym(a.Text) {
				continue
			}
			id := s.d.placeOf(a)
			if id == "" || h.used[id] {
				continue
			}
			h.used[id] = true
			if d.lemmaIn(n, theHeadWords.arrivalVerbs) {
				cw = "in"
			}
			return cw, s.name(id)
		}
	}
	return "", ""
}

// visitAim returns what a visit at n with no place named is for, its
// "for" oblique headed by a common noun ("arrived here for a three-day
// visit" → "for three-day visit", "for talks"), or "".
func (h *head) visitAim(n node) string {
	d := h.s.tr
	for _, c := range d.kids(n, is("obl")) {
		if d.caseWord(c) != "for" || d.w(c).UPOS != "NOUN" || h.isTime(c) {
			continue
		}
		if text := h.nounPhrase(c, 0); text != "" && !theHeadWords.vague[text] {
			return "for " + text
		}
	}
	return ""
}

// commonPlace returns where a visit's verb at n with no named place goes,
// its "in" or "at" oblique headed by a common noun that names no actor, no
// time and no vague place ("arrived in the camp" → "in camp"), with its
// preposition; else "". A verb that needs no object says the visit with
// it ("Refugees arrive in camp"), or alone, never "make visit".
func (h *head) commonPlace(n node) string {
	d := h.s.tr
	for _, c := range d.kids(n, is("obl")) {
		cw := d.caseWord(c)
		if cw != "in" && cw != "at" || d.w(c).UPOS != "NOUN" || h.isTime(c) || len(h.s.phraseActors(c, false)) > 0 {
			continue
		}
		if text := h.nounPhrase(c, 0); text != "" && !theHeadWords.vague[text] {
			return cw + " " + text
		}
	}
	return ""
}
