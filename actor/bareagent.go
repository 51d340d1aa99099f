package actor

import (
	"strings"

	"github.com/chronograph-news/chronograph/actor/internal/dictfile"
	"github.com/chronograph-news/chronograph/token"
)

// bareagent.go: a generic agent named bare in a story that qualifies it
// elsewhere. "Indonesian police arrested two students on Monday. Police
// arrested five more on Tuesday": the bare "police" are the same
// Indonesian police. A bare agent name of the codes data/phoenix.yaml
// lists as agents, in the plural or one of those that may follow a
// country's name (after_name: "police", "army"; not "bomber", as often a
// plane as a man), is the actor of the one country the document's qualified
// mentions of that agent give (agent:IDN:police); when they give none or
// several, it is the document's own country's (doccountry.go: homeAgent),
// else, for a stationed agent ("police", "the court"), the one country
// its sentence names, else an agent of no country (agent:-:police), as
// is "a suicide bomber": "police fired tear gas" still tells who acts.
// Troops and soldiers the document leaves unqualified are no country's:
// as often a foreign force's, they are a group of their own
// (own_armed_agents: agent:-:soldiers), as "gunmen" are. A counted name ("10,000 teachers")
// in a sentence that names no country, which countedAgent leaves, is bare
// too: the document's "Palestinian teachers" tell whose; with none, such a
// counted crowd of people is a group of its own (agent:-:teachers,
// countedcrowd.go).

// BarePrefix begins the provisional id of a bare generic agent
// ("agent:?:police") until the document's qualified mentions resolve it
// (see bareCountries); no resolved mention keeps it.
const BarePrefix = AgentPrefix + "?:"

// bareAgent recognizes a generic agent's name at item p that nothing
// qualifies ("police", "the troops"; "Police" opening the sentence or its
// quotation): a candidate of id BarePrefix+NAME, NAME the agent's slug,
// for the resolver to give the country the document qualifies it with.
func (r *recognizer) bareAgent(p int) (int, bool) {
	its := r.its
	it := its[p]
	if it.kind != itemOther && !(it.kind == itemCap && r.sentenceOpening(it.first)) {
		return p, false
	}
	if p > 0 && its[p-1].last == it.first {
		switch its[p-1].kind {
		case itemCap:
			if !r.openingParticiple(p - 1) {
				return p, false // qualified: the qualifier's rules hold
			}
			// "Armed soldiers abducted …": the sentence's capitalized
			// participle, no qualifier
		case itemEntity, itemDemonym, itemPoss, itemTitle:
			return p, false // qualified: the qualifier's rules hold
		}
	}
	if p > 0 && r.g.lex.owners[its[p-1].key] {
		return p, false // "its forces": the owner's, told by the sentence
	}
	if r.countBefore(it.first) && r.sentenceCountry() != "" {
		return p, false // "600 troops" beside "Indonesian": countedAgent's
	}
	a, end := r.agentMatchFrom(it.first, its[len(its)-1].last, false)
	person := it.first > r.start && r.g.lex.personAgentModifiers[strings.ToLower(r.toks[it.first-1].Text)] // "a suicide bomber"
	if a == nil || !person && !r.g.px.afterName[string(r.spanKeyBytes(it.first, end))] && !pluralName(strings.ToLower(r.toks[end-1].Text)) {
		return p, false // "the bomber": as often a plane as a man
	}
	next := p
	for next < len(its) && its[next].first < end {
		next++
	}
	if next < len(its) && its[next].first != end || its[next-1].last != end {
		return p, false // the agent's name ends inside an item
	}
	id := BarePrefix + slug(a.Name)
	c := candidate{kind: candAgent, first: it.first, last: end, ids: []string{id}, sector: a.Sector}
	if person {
		// "a suicide bomber": an actor of its own, whose name is the
		// mention's, never the country's forces the agent's code
		// names ("the Israeli army" elsewhere in the story)
		c.first--
		c.ids = []string{UnaffiliatedPrefix + slug(strings.ToLower(r.text[r.toks[c.first].Start:r.toks[end-1].End]))}
		r.emit(c, next)
		return next, true
	}
	if r.g.lex.stationedAgents[nameKey(r.text[r.toks[it.first].Start:r.toks[end-1].End])] {
		c.home = r.sentenceCountry() // "police fired at protesters in Kenya"
		c.own = true
	}
	if crowd := r.crowdOf(it.first, end); crowd != "" {
		// "hundreds of students": a group of its own when nothing
		// resolves its country, its second id (resolve.go)
		c.ids = append(c.ids, UnaffiliatedPrefix+crowd)
	} else if words := r.text[r.toks[it.first].Start:r.toks[end-1].End]; r.g.lex.ownArmedAgents[nameKey(words)] {
		// "armed soldiers abducted 60 adults": an armed group of its
		// own when nothing resolves its country, its second id
		// (own_armed_agents, resolve.go)
		c.ids = append(c.ids, UnaffiliatedPrefix+slug(strings.ToLower(words)))
	}
	if country := r.stationedCountry(p, next); country != "" {
		// "Police in Bangladesh arrested": Bangladesh's police
		c.ids = []string{AgentPrefix + strings.TrimPrefix(country, "country:") + ":" + slug(a.Name)}
		c.affil, c.bare = country, true
	}
	r.emit(c, next)
	return next, true
}

// ArmedGroup reports whether id is an armed group of no country, one of
// the built-in lexicon's own_armed_agents named bare where nothing
// resolved its country ("agent:-:soldiers"): a party to hostile acts
// only (the event rules).
func ArmedGroup(id string) bool {
	name, ok := strings.CutPrefix(id, UnaffiliatedPrefix)
	if !ok {
		return false
	}
	b, err := loadBuiltin()
	if err != nil {
		return false
	}
	return b.lex.ownArmedAgents[nameKey(strings.ReplaceAll(name, "-", " "))]
}

// openingParticiple reports whether item p is one capitalized word that
// opens the sentence and ends in "-ed", a participle that qualifies no
// one's agents ("Armed soldiers", "Masked gunmen"), unlike a name or
// another adjective ("Ballesteros police", "Foreign troops").
func (r *recognizer) openingParticiple(p int) bool {
	it := r.its[p]
	return it.kind == itemCap && it.last-it.first == 1 && it.first == r.start &&
		strings.HasSuffix(r.toks[it.first].Text, "ed") && !r.g.lex.firstNames[it.key] // not "Ahmed"
}

// stationedCountry returns the country (country:ISO) of the bare agent
// of items [p, next) when the lexicon's stationed_agents name it and "in"
// and a country's name, or a place's of that country, follow it right
// away ("police in Bangladesh", "a court in Nairobi"); "" otherwise.
func (r *recognizer) stationedCountry(p, next int) string {
	its := r.its
	if next+1 >= len(its) || its[next].kind != itemOther || its[next].last != its[next].first+1 ||
		!strings.EqualFold(r.toks[its[next].first].Text, "in") || its[next+1].kind != itemEntity || len(its[next+1].ids) == 0 {
		return ""
	}
	text := r.text[r.toks[its[p].first].Start:r.toks[its[next-1].last-1].End]
	if !r.g.lex.stationedAgents[nameKey(text)] {
		return ""
	}
	id := its[next+1].ids[0]
	if strings.HasPrefix(id, "country:") {
		return id
	}
	if e := r.g.entry(id); e != nil && e.Kind == Place && strings.HasPrefix(e.Affiliation, "country:") {
		return e.Affiliation
	}
	return ""
}

// agentMatchFrom is agentMatch for a word that may open the sentence in
// capitals ("Police arrested …").
func (l *lexer) agentMatchFrom(i, last int, afterName bool) (*dictfile.Agent, int) {
	if i >= last || l.toks[i].Kind != token.Word {
		return nil, i
	}
	if t := l.toks[i].Text; isCapitalized(t) && !isAllCaps(t) {
		return l.agentMatchKey(i, last, afterName)
	}
	return l.agentMatch(i, last, afterName)
}

// bareCountries returns, for a document's sentences of candidates, the
// country code (ISO) of each agent name (its slug) that the document's
// qualified agent mentions give one country only ("Indonesian police":
// police → IDN); a name qualified by two countries has none.
func bareCountries(sents [][]candidate) map[string]string {
	var out map[string]string
	for _, cands := range sents {
		for _, c := range cands {
			if c.kind != candAgent || len(c.ids) == 0 || strings.HasPrefix(c.ids[0], BarePrefix) || strings.HasPrefix(c.ids[0], UnaffiliatedPrefix) {
				continue
			}
			iso, name, ok := strings.Cut(strings.TrimPrefix(c.ids[0], AgentPrefix), ":")
			if !ok || iso == "" || name == "" {
				continue
			}
			if out == nil {
				out = map[string]string{}
			}
			if prev, ok := out[name]; ok && prev != iso {
				out[name] = ""
				continue
			}
			out[name] = iso
		}
	}
	return out
}

// placeAgent recognizes a generic agent named after a place of a known
// country (the gazetteer's affiliation; a capital's is its state) at item
// p, the agent's name one that may follow a country's name ("Istanbul
// police", "a Nairobi court"): the agent of that country, as "Turkish
// police" is, yet named bare, as "police in Istanbul" is, so the place
// never becomes the agent's name. A place after a locative ("in Istanbul
// police arrested") stays a place of its own, and one inside a longer
// name ("Task Force Baghdad soldiers") names no agent of its country.
func (r *recognizer) placeAgent(p int) (int, bool) {
	its := r.its
	it := its[p]
	e := r.g.entry(it.ids[0])
	if e == nil || e.Kind != Place || !strings.HasPrefix(e.Affiliation, "country:") || r.locative(p) {
		return p, false
	}
	if p > 0 && its[p-1].last == it.first {
		switch its[p-1].kind {
		case itemEntity, itemDemonym, itemCap, itemTitle:
			return p, false
		}
	}
	n := len(r.out)
	next, ok := r.agent(p, p+1, e.Affiliation)
	if ok {
		r.out[n].bare = true
	}
	return next, ok
}
