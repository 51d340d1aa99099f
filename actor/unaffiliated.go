package actor

import (
	"strings"

	"github.com/chronograph-news/chronograph/actor/internal/dictfile"
	"github.com/chronograph-news/chronograph/token"
)

// unaffiliated.go: the generic agents that are actors of their own when
// nothing qualifies them ("gunmen stormed the ministry", "pirates seized
// the ship"): the names of the agent codes data/phoenix.yaml lists as
// unaffiliated, each name one actor, agent:-:NAME.

// UnaffiliatedPrefix begins the id of an unaffiliated generic agent
// ("agent:-:gunmen"): an agent of no country.
const UnaffiliatedPrefix = AgentPrefix + "-:"

// looseNonActors are the last words of the unaffiliated codes' names that
// name a happening or a thing, not who acts ("armed insurgency", "rebel
// base", "uprising"): those names make no actor.
var looseNonActors = wordList("loose_non_actors")

// indexLoose indexes the plural names of p's agents of the given codes in
// x.loose, but for the names of happenings (looseNonActors), titles
// ("rebel leaders" are persons) and names another agent holds. A singular
// name is as often a modifier ("separatist regions", "militant groups").
func (x *phoenixIndex) indexLoose(p *Phoenix, codes, groups []string, g *Gazetteer) {
	x.loose, x.looseFirst = map[string]*dictfile.Agent{}, map[string]int{}
	x.looseSingular, x.looseGroups = map[string]bool{}, map[string]bool{}
	for _, w := range groups {
		x.looseGroups[nameKey(w)] = true
	}
	p.codedAgentNames(codes, g, func(a *dictfile.Agent, n, k string) {
		f := strings.Fields(strings.ToLower(n))
		if len(f) == 0 || looseNonActors[f[len(f)-1]] || x.loose[k] != nil {
			return
		}
		if !pluralName(f[len(f)-1]) {
			if len(f) == 1 {
				x.looseSingular[k] = true // "militant" of "militant groups"
			}
			return
		}
		if p.ownName(k, a) {
			x.loose[k] = a
			noteFirst(x.looseFirst, n)
		}
	})
}

// looseMatch finds the longest unaffiliated agent's name at token i, in
// lower case unless capital is true (the sentence's first word: "Gunmen
// stormed …"), or a singular name and a group noun ("militant groups"); it
// returns i when there is none.
func (l *lexer) looseMatch(i, last int, capital bool) int {
	x := l.g.px
	if x == nil || i >= last || l.toks[i].Kind != token.Word || !capital && isCapitalized(l.toks[i].Text) {
		return i
	}
	max := x.looseFirst[l.keys[i]]
	if i+max > last {
		max = last - i
	}
	for n := max; n >= 1; n-- {
		j := i + n
		if l.toks[j-1].Kind == token.Punct {
			continue
		}
		if x.loose[string(l.spanKeyBytes(i, j))] != nil {
			return j
		}
	}
	if i+1 < last && x.looseSingular[string(l.spanKeyBytes(i, i+1))] && x.looseGroups[string(l.spanKeyBytes(i+1, i+2))] {
		return i + 2 // "militant groups"
	}
	return i
}

// looseCountries returns, for a document's sentences of candidates, the
// actor a qualified mention gives each unaffiliated agent's name: the
// country of a demonym before it ("Palestinian militants": country:PSE)
// or the country's agent ("Somali pirates": agent:SOM:criminals), by the
// bare name's id (agent:-:pirates); a name two actors qualify has none.
func (l *lexer) looseCountries(sents [][]candidate) map[string]string {
	var out map[string]string
	add := func(start, end int, id string) {
		key := UnaffiliatedPrefix + slug(strings.ToLower(l.text[l.toks[start].Start:l.toks[end-1].End]))
		if out == nil {
			out = map[string]string{}
		}
		if prev, ok := out[key]; ok && prev != id {
			out[key] = ""
			return
		}
		out[key] = id
	}
	for _, cands := range sents {
		for _, c := range cands {
			if len(c.ids) == 0 {
				continue
			}
			switch {
			case c.kind == candCountry && c.last < len(l.toks):
				if end := l.looseMatch(c.last, len(l.toks), false); end > c.last {
					add(c.last, end, c.ids[0])
				}
			case c.kind == candAgent && !strings.HasPrefix(c.ids[0], UnaffiliatedPrefix):
				for j := c.first + 1; j < c.last; j++ {
					if l.looseMatch(j, c.last, false) == c.last {
						add(j, c.last, c.ids[0])
						break
					}
				}
			}
		}
	}
	return out
}

// unaffiliated recognizes an unaffiliated agent at item p that nothing
// qualifies: no name, demonym, possessive nor title right before it
// ("Hamas militants" are Hamas, "Palestinian militants" Palestine's). Its
// actor is agent:-:NAME, NAME the words as written in lower case.
func (r *recognizer) unaffiliated(p int) (int, bool) {
	its := r.its
	it := its[p]
	if it.kind != itemOther && it.kind != itemCap {
		return p, false
	}
	if p > 0 && its[p-1].last == it.first {
		switch its[p-1].kind {
		case itemCap:
			if !r.openingWord(p-1) && !r.civilians(it.first) {
				return p, false // "Tiger rebels": namedGroup's
			}
		case itemEntity, itemDemonym, itemPoss, itemTitle:
			return p, false
		}
	}
	end := r.looseMatch(it.first, its[len(its)-1].last, it.first == r.start)
	if end == it.first {
		return p, false
	}
	next := p
	for next < len(its) && its[next].first < end {
		next++
	}
	if next < len(its) && its[next].first != end || its[next-1].last != end {
		return p, false // the agent's name ends inside an item
	}
	sector := ""
	if a := r.g.px.loose[string(r.spanKeyBytes(it.first, end))]; a != nil {
		sector = a.Sector
	}
	id := UnaffiliatedPrefix + slug(strings.ToLower(r.text[r.toks[it.first].Start:r.toks[end-1].End]))
	r.emit(candidate{kind: candAgent, first: it.first, last: end, ids: []string{id}, sector: sector}, next)
	return next, true
}

// civilians reports whether the unaffiliated agent's name starting at
// token i names ordinary people (civilianSector: "women", "villagers"):
// an unknown name before it tells their people or place ("two Ingush
// women"), so they stay agent:-:NAME.
func (r *recognizer) civilians(i int) bool {
	its := r.its
	end := r.looseMatch(i, its[len(its)-1].last, false)
	if end == i {
		return false
	}
	a := r.g.px.loose[string(r.spanKeyBytes(i, end))]
	return a != nil && a.Sector == civilianSector
}

// pluralName reports whether the last word of an agent's name is plural
// ("gunmen", "pirates").
func pluralName(w string) bool {
	return strings.HasSuffix(w, "s") || strings.HasSuffix(w, "men")
}

// openingWord reports whether item p is one capitalized word that opens
// the sentence and names no one: a word written in lower case elsewhere
// in the document (common), or one no list gives as a given name
// ("Masked gunmen stormed …", "Different militant groups claimed …"). A
// name there would be the agent's qualifier ("Hamas militants"), but the
// gazetteer knows those; an unknown word there is far more often the
// sentence's capitalized adjective.
func (r *recognizer) openingWord(p int) bool {
	it := r.its[p]
	if it.kind != itemCap || it.last-it.first != 1 {
		return false
	}
	return r.common(p) || it.first == r.start && !r.g.lex.firstNames[it.key] && !isAllCaps(r.toks[it.first].Text)
}

// civilianSector is Phoenix's code of ordinary people ("women",
// "villagers"): an unknown name before them tells their people or place,
// not the name of a group (namedGroup).
const civilianSector = "CVL"

// namedGroup recognizes a group named by an unknown name and an
// unaffiliated agent's name at item p ("Tiger rebels", "Tamil Tiger
// rebels", "Mungiki gangs"): one organization, the name's and the agent's
// words together. A known name before the agent is its own actor ("Hamas
// militants"), as is an acronym ("MILF fighters": the front named
// before). A capitalized word opening the sentence is most often an
// adjective ("Masked gunmen": see unaffiliated; "Suspected Tiger rebels":
// openingAdjective). Ordinary people (civilianSector) make no group so
// ("Ingush women").
func (r *recognizer) namedGroup(p int) (int, bool) {
	its := r.its
	end, first := r.capEnd(p, false), p
	if end-p == 1 && r.openingWord(p) || end-p > 1 && r.openingAdjective(p) {
		first++ // "Suspected Tiger rebels": the opening adjective is no part of the name
	}
	if end == first || end >= len(its) || its[end-1].last != its[end].first {
		return p, false
	}
	if r.hasCaps(its[first].first, its[end-1].last) {
		return p, false // "MILF fighters", "LTTE rebels": the acronym of a name told before
	}
	if its[end].kind != itemOther {
		return p, false
	}
	stop := r.looseMatch(its[end].first, its[len(its)-1].last, false)
	if stop == its[end].first {
		return p, false
	}
	next := end
	for next < len(its) && its[next].first < stop {
		next++
	}
	if next < len(its) && its[next].first != stop || its[next-1].last != stop {
		return p, false // the agent's name ends inside an item
	}
	if a := r.g.px.loose[string(r.spanKeyBytes(its[end].first, stop))]; a != nil && a.Sector == civilianSector {
		return p, false // "two Ingush women": a people's or a place's, no group's name
	}
	r.emit(candidate{kind: candOrg, first: its[first].first, last: stop}, next)
	return next, true
}

// openingAdjective reports whether item p, the first of a run of
// capitalized words, is an adjective capitalized because it opens the
// sentence: a word written in lower case elsewhere in the document, or a
// participle ("Suspected Tiger rebels", "Armed Maoist rebels"); a run's
// other first words are part of the name ("Tupac Amaru guerrillas").
func (r *recognizer) openingAdjective(p int) bool {
	it := r.its[p]
	if it.kind != itemCap || it.last-it.first != 1 || it.first != r.start {
		return false
	}
	return r.common(p) || strings.HasSuffix(strings.ToLower(r.toks[it.first].Text), "ed")
}
