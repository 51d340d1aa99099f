package event

import (
	"strings"

	"github.com/chronograph-news/chronograph/actor"
)

// individual.go (grammar): a country before a noun naming one unnamed
// person ("a US congressman pleaded guilty", "another US diplomat was
// suspended", "found a Jamaican man guilty") tells the person's
// nationality; the person acts or undergoes the act, not the state.

// individualNouns and indefiniteDeterminers are in data/words.yaml.
var (
	individualNouns       = wordList("individual_nouns")
	indefiniteDeterminers = wordList("indefinite_determiners")
)

// unnamedIndividual reports whether the noun at n names one person of no
// given name: a singular noun of individualNouns (or a privatePerson) after an indefinite
// determiner ("a US congressman", "another Kenyan diplomat") or, with an
// adjective of nationality, "the" ("the Serbian defender was found
// guilty": one person the article has in mind, still not the state), with
// no name of its own (no flat or appositive name).
func (s *syntax) unnamedIndividual(n node) bool {
	d := s.tr
	w := d.w(n)
	// the plural's own form is in no list; the tagger's lemma may be missing
	if lw := strings.ToLower(w.Form); w.UPOS != "NOUN" || !individualNouns[lw] && !s.privatePerson(lw) || w.XPOS == "NNS" || strings.Contains(w.Feats, "Number=Plur") {
		return false
	}
	if len(d.kids(n, nameRels)) > 0 {
		return false
	}
	for _, k := range d.kids(n, is("det")) {
		if f := strings.ToLower(d.w(k).Form); indefiniteDeterminers[f] || f == "the" && s.demonymModified(n) {
			return true
		}
	}
	return false
}

// demonymModified reports whether the noun at n has an adjective of
// nationality ("the Serbian defender", "the Somali engineer" the tagger
// may read as a name), not a place name ("the Moscow mayor": the city's,
// who acts for it).
func (s *syntax) demonymModified(n node) bool {
	d := s.tr
	for _, k := range d.kids(n, is("amod", "compound")) {
		if w := d.w(k); (w.UPOS == "ADJ" || w.UPOS == "PROPN") && demonym(w.Form) {
			return true
		}
	}
	return false
}

// privatePerson reports whether the lower-case singular noun w names a
// person by WordNet ("barmaid", "nun", "engineer") who holds no office
// and serves no party (titles, partyNouns, agentNouns, individualNouns'
// comment): such a person acts or suffers for themself.
func (s *syntax) privatePerson(w string) bool {
	return personWord(w) && !titles[w] && !s.d.lemmaIn(w, partyNouns) && !agentNouns[w] && !agentNouns[w+"s"] && !groupNouns[w]
}

// individualReach is how many adjectives may stand between a country
// and the noun of one person it qualifies ("a Jamaican young man").
const individualReach = 2

// nationalityOfIndividual reports whether the country phrase p only
// qualifies a noun naming one unnamed person ("a US congressman", "another
// Kenyan diplomat"): by the tree (a compound or adjective of an
// unnamedIndividual noun) or, where the parse hangs the words elsewhere
// ("found a Jamaican man guilty" read as "man guilty"), by the words: an
// indefinite determiner right before p and, past at most individualReach
// adjectives, a singular noun of individualNouns. It is the person's
// nationality, no participant.
func (s *syntax) nationalityOfIndividual(p np) bool {
	if s.actor(p).Kind != actor.Country {
		return false
	}
	if _, ok := s.treeNode(p.end - 1); !ok {
		return false
	}
	if h, ok := s.countryModified(p, true); ok && s.unnamedIndividual(h) {
		return true
	}
	if !indefiniteDeterminers[s.word(p.start-1)] {
		return false
	}
	for j := p.end; j <= p.end+individualReach; j++ {
		k, ok := s.treeNode(j)
		if !ok {
			return false
		}
		w := s.tr.w(k)
		if w.UPOS == "ADJ" {
			continue
		}
		return w.UPOS == "NOUN" && individualNouns[s.word(j)] && w.XPOS != "NNS"
	}
	return false
}

// stateVoice reports whether the country phrase p qualifies, by the tree,
// a noun of stateSpeakers (data/words.yaml, state_speakers) naming one
// person ("a Kestrian diplomat", "a senior Kestrian envoy"): telling a
// statement, such a person speaks for the state, so the state is the
// statement's agent ("a senior Kestrian diplomat warned that ..."), where
// the same person suspended or tried is only of its nationality
// (nationalityOfIndividual; the caller checks the event's type).
func (s *syntax) stateVoice(p np) bool {
	h, ok := s.countryModified(p, true)
	return ok && stateSpeakers[strings.ToLower(s.tr.w(h).Form)]
}

// collectiveDemonymEndings end the demonyms that, after "the", name a
// whole people rather than one person ("the Chinese", "the French", "the
// British", "the Swiss"): demonymPerson leaves them to the state.
var collectiveDemonymEndings = []string{"ese", "ch", "sh", "ss", "s"}

// demonymPerson reports whether the country phrase p is a singular
// demonym standing alone after "the" as the head of its phrase ("The
// Malaysian won the title", "said the Pakistani"): a sports or news story
// names so the person it has just named, not the state. The head must be
// the demonym itself in the parse (not "the Malaysian team", where it
// qualifies a noun), and collective demonyms ("the Chinese") stay out.
func (s *syntax) demonymPerson(p np) bool {
	a := s.actor(p)
	if a.Kind != actor.Country || p.end-p.start != 1 || !strings.EqualFold(s.word(p.start-1), "the") || !demonym(a.Text) {
		return false
	}
	for _, e := range collectiveDemonymEndings {
		if strings.HasSuffix(a.Text, e) {
			return false
		}
	}
	n, ok := s.treeNode(p.start)
	if !ok {
		return false
	}
	switch s.tr.rel(n) {
	case "nsubj", "nsubj:pass", "obj", "iobj", "obl", "nmod", "conj", "appos":
		return true
	}
	return false
}

// demonymTries bounds the people resolveDemonym passes over for being of
// another nationality.
const demonymTries = 3

// resolveDemonym returns the person a demonymPerson phrase p stands for:
// the one a "he" or "she" there would (resolvePronoun), passing over a
// person the text gives another state ("Hong Kong's Rebecca Chiu",
// "Natalie Grinham of Australia": no Malaysian).
func (s *syntax) resolveDemonym(p np, exclude map[string]bool) (actor.Mention, bool) {
	country := s.actor(p).ActorID
	skip := map[string]bool{}
	for id := range exclude {
		skip[id] = true
	}
	for range demonymTries {
		m, ok := s.resolvePronoun(p.start, skip)
		if !ok || !s.otherNationality(m, country) {
			return m, ok
		}
		skip[m.ActorID] = true
	}
	return actor.Mention{}, false
}

// otherNationality reports whether the person mention m is given a state
// other than country: by its affiliation, by a country's possessive
// before it ("Hong Kong's Rebecca Chiu") or by "of" and a country after
// it ("Natalie Grinham of Australia").
func (s *syntax) otherNationality(m actor.Mention, country string) bool {
	if strings.HasPrefix(m.Affiliation, "country:") && m.Affiliation != country {
		return true
	}
	toks, actors := s.d.in.Tokens, s.d.in.Actors
	countryAt := func(j int) (string, bool) {
		if j < 0 || j >= len(toks) || s.d.actorAt[j] < 0 {
			return "", false
		}
		a := actors[s.d.actorAt[j]]
		return a.ActorID, a.Kind == actor.Country
	}
	ts := tokensIn(toks, m.Start, m.End)
	if len(ts) == 0 || toks[ts[0]].Start != m.Start {
		return false
	}
	j := ts[0]
	if j >= 2 && toks[j-1].Text == "'s" {
		if id, ok := countryAt(j - 2); ok && id != country {
			return true
		}
	}
	e := j
	for e < len(toks) && toks[e].End <= m.End {
		e++
	}
	if e+1 < len(toks) && strings.EqualFold(toks[e].Text, "of") {
		if id, ok := countryAt(e + 1); ok && id != country {
			return true
		}
	}
	return false
}

// namedLaterReach is how many tokens after its sentence namedLater looks
// for the name of the person a lead tells of unnamed (about two
// sentences).
const namedLaterReach = 60

// namedLaterGap is how many tokens may stand between the person's noun
// and the name namedLater takes for it ("congressman Randy Cunningham",
// "the congressman, Randy Cunningham").
const namedLaterGap = 3

// namedLater returns the person a country phrase p that only qualifies an
// unnamed individual (nationalityOfIndividual: "A US congressman pleaded
// guilty") stands beside, when a later sentence names that person after
// the same noun ("the 63-year-old Republican congressman Randy
// Cunningham"): news leads withhold the name the next sentences give.
func (s *sent) namedLater(p np) (actor.Mention, bool) {
	h, ok := s.countryModified(p, true)
	if !ok {
		return actor.Mention{}, false
	}
	return s.namedLaterNoun(h)
}

// namedLaterNoun is namedLater for the noun at h of an unnamed
// individual, qualified by a country or not ("A congressman pleaded
// guilty").
func (s *sent) namedLaterNoun(h node) (actor.Mention, bool) {
	noun := strings.ToLower(s.tr.w(h).Form)
	toks, actors := s.d.in.Tokens, s.d.in.Actors
	for j := s.last; j < len(toks) && j < s.last+namedLaterReach; j++ {
		if strings.ToLower(toks[j].Text) != noun {
			continue
		}
		for k := j + 1; k < len(toks) && k <= j+1+namedLaterGap; k++ {
			if a := s.d.actorAt[k]; a >= 0 {
				if actors[a].Kind == actor.Person {
					return actors[a], true
				}
				break
			}
		}
	}
	return actor.Mention{}, false
}
