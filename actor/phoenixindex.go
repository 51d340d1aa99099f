package actor

import (
	"bytes"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/chronograph-news/chronograph/actor/internal/dictfile"
	"github.com/chronograph-news/chronograph/token"
	"gopkg.in/yaml.v3"
)

// Thresholds of the rules for Phoenix names in running text (see
// data/phoenix.yaml).
const (
	// minPhoenixLetters is the fewest letters of a one-word Phoenix name.
	minPhoenixLetters = 3
	// phoenixCapsBelow: a one-word Phoenix name of fewer letters matches
	// only text in capitals ("ETA", not "Eta").
	phoenixCapsBelow = 5
)

// phoenixRulesFile is the layout of data/phoenix.yaml.
type phoenixRulesFile struct {
	CommonWords []string `yaml:"common_words"` // Phoenix names never recognized
	Agents      []string `yaml:"agents"`       // agent codes that take a country
	// AfterName are the agents' names that may follow a country's name
	// itself ("U.S. troops"; not "North Korea outlaws", a verb).
	AfterName []string `yaml:"after_name"`
	// Counted are the agent codes a count makes actors of the sentence's
	// country ("24 students" in a sentence about Indonesia).
	Counted []string `yaml:"counted"`
	// Unaffiliated are the agent codes whose names with no qualifier are
	// actors of their own ("gunmen" -> agent:-:gunmen).
	Unaffiliated []string `yaml:"unaffiliated"`
	// StateArmed are names of the agents above that, under a state's
	// demonym, stay the state: they name its soldiers as often as armed
	// men of no state ("North Korean fighters").
	StateArmed []string `yaml:"state_armed"`
	// StateCodes are the agent codes whose names, after a demonym, stand
	// for the state ("Spanish diplomats"), not a person of the country
	// (peoplenoun.go).
	StateCodes []string `yaml:"state_codes"`
	// LooseGroups are the plural nouns of groups that, after a singular
	// unaffiliated agent's name, make an actor ("militant groups").
	LooseGroups []string `yaml:"loose_groups"`
}

// phoenixIndex is what the recognizer uses of the Phoenix dictionary: the
// names it may match in text, indexed by their first token, the entries of
// their actors, and the agents that take a country.
type phoenixIndex struct {
	p        *Phoenix
	names    map[string]pxName // by nameKey: the actor, best reading
	firstTok map[string]int    // phonetic key of a name's first token -> most tokens
	entries  map[string]*Entry // by id: the actors names gives
	agents   map[string]*dictfile.Agent
	// agentFirst is firstTok for agents' names.
	agentFirst map[string]int
	// afterName holds the nameKeys of the agents' names that may follow a
	// country's name.
	afterName map[string]bool
	// counted holds the codes of the agents a count makes actors of the
	// sentence's country.
	counted map[string]bool
	// loose holds, by nameKey, the agents of the unaffiliated codes: actors
	// of their own when no qualifier stands before them (unaffiliated.go).
	loose map[string]*dictfile.Agent
	// looseFirst is firstTok for loose's names.
	looseFirst map[string]int
	// looseSingular holds the nameKeys of the singular names of the
	// unaffiliated codes, and looseGroups the nameKeys of the group nouns
	// that may follow them ("militant groups").
	looseSingular, looseGroups map[string]bool
	// stateNames holds the nameKeys of the names of the agents of the
	// state codes (phoenix.yaml state_codes) and of state_armed.
	stateNames map[string]bool
}

// pxName is a name of the Phoenix index: its actor's id and the fold of
// the name as written, which text in capitals must spell exactly ("HK" is
// not "KHK", though their phonetic keys agree).
type pxName struct {
	id, fold string
	// spelt holds, for an organization, the consonants of every Phoenix
	// spelling with this sound: a text must keep one of them (phoenixMatch)
	spelt []string
}

// loadPhoenixRules reads data/phoenix.yaml.
func loadPhoenixRules() (*phoenixRulesFile, error) {
	const name = "actor/data/phoenix.yaml"
	b, err := dataFS.ReadFile("data/phoenix.yaml")
	if err != nil {
		return nil, err
	}
	var f phoenixRulesFile
	dec := yaml.NewDecoder(bytes.NewReader(b))
	dec.KnownFields(true)
	if err := dec.Decode(&f); err != nil {
		return nil, &Error{File: name, Line: yamlLine(err), Msg: err.Error()}
	}
	return &f, nil
}

// indexPhoenix builds g's index of the names of p it may recognize, by the
// rules of data/phoenix.yaml: the gazetteer's names win.
func (g *Gazetteer) indexPhoenix(p *Phoenix, rules *phoenixRulesFile) {
	x := &phoenixIndex{p: p, names: map[string]pxName{}, firstTok: map[string]int{}, entries: map[string]*Entry{},
		agents: map[string]*dictfile.Agent{}, agentFirst: map[string]int{}, afterName: map[string]bool{}}
	common := map[string]bool{}
	for _, w := range rules.CommonWords {
		common[nameKey(w)] = true
	}
	for i := range p.actors {
		a := &p.actors[i]
		if Kind(a.Kind) == Country {
			continue // the gazetteer has every state
		}
		for _, n := range append([]string{a.Name}, a.Aliases...) {
			toks := token.Tokenize(n)
			words := tokenWords(toks)
			f := strings.Join(words, "")
			k := phonetic(f)
			if nm := x.names[k]; nm.id != "" && strings.HasPrefix(nm.id, "org:") {
				// another spelling of an organization's name with this
				// sound ("Al-Aqsa" beside "Al Aqsa"): one it may be
				// written as
				if c := consonants(f); !slices.Contains(nm.spelt, c) {
					nm.spelt = append(nm.spelt, c)
					x.names[k] = nm
				}
				continue
			}
			if k == "" || common[k] || len(g.names[k]) > 0 || g.demonyms[k] != "" || x.names[k].id != "" {
				continue
			}
			if _, title := g.lex.titles[k]; title || g.lex.stopwords[f] || g.lex.nonNames[k] || g.lex.events[k] {
				continue
			}
			if !g.phoenixName(a, toks, len(words)) || n != a.Name && Kind(a.Kind) == Organization && g.notOrgAlias(a, words) {
				continue
			}
			best := a
			if ids := p.byName[k]; len(ids) > 0 {
				best = &p.actors[ids[0]]
			}
			if Kind(best.Kind) == Country {
				continue // a country's other name ("Kandahar"): no actor of its own
			}
			nm := pxName{id: best.ID, fold: f}
			if strings.HasPrefix(best.ID, "org:") {
				nm.spelt = []string{consonants(f)} // only an organization is held to its spelling
			}
			x.names[k] = nm
			if _, known := g.entries[best.ID]; !known && x.entries[best.ID] == nil {
				x.entries[best.ID] = phoenixEntry(best)
			}
			if f := phonetic(fold(toks[0].Text)); len(toks) > x.firstTok[f] {
				x.firstTok[f] = len(toks)
			}
		}
	}
	for _, w := range rules.AfterName {
		x.afterName[nameKey(w)] = true
	}
	x.counted = map[string]bool{}
	for _, c := range rules.Counted {
		x.counted[c] = true
	}
	x.indexLoose(p, rules.Unaffiliated, rules.LooseGroups, g)
	stateArmed := map[string]bool{}
	for _, w := range rules.StateArmed {
		stateArmed[nameKey(w)] = true
	}
	p.codedAgentNames(rules.Agents, g, func(a *dictfile.Agent, n, k string) {
		if x.agents[k] == nil && p.ownName(k, a) && !stateArmed[k] {
			x.agents[k] = a
			noteFirst(x.agentFirst, n)
		}
	})
	x.stateNames = maps.Clone(stateArmed) // "North Korean fighters" stay the state too
	p.codedAgentNames(rules.StateCodes, g, func(_ *dictfile.Agent, _, k string) { x.stateNames[k] = true })
	g.px = x
}

// codedAgentNames calls fn with each name of p's agents whose code is one
// of codes, and its key, but for names with no key and those a title
// starts ("security official" is a person with a title).
func (p *Phoenix) codedAgentNames(codes []string, g *Gazetteer, fn func(a *dictfile.Agent, name, key string)) {
	want := map[string]bool{}
	for _, c := range codes {
		want[c] = true
	}
	for i := range p.agents {
		a := &p.agents[i]
		if !want[a.Code] {
			continue
		}
		for _, n := range append([]string{a.Name}, a.Aliases...) {
			if k := nameKey(n); k != "" && !g.holdsTitle(n) {
				fn(a, n, k)
			}
		}
	}
}

// ownName reports whether the name of key is agent a's own, not another
// agent's.
func (p *Phoenix) ownName(key string, a *dictfile.Agent) bool {
	ai, ok := p.agentByName[key]
	return ok && &p.agents[ai] == a
}

// noteFirst records in first, under the phonetic key of name's first
// word, the length of name in tokens when it is the longest so far.
func noteFirst(first map[string]int, name string) {
	toks := token.Tokenize(name)
	if f := phonetic(fold(toks[0].Text)); len(toks) > first[f] {
		first[f] = len(toks)
	}
}

// phoenixName reports whether the name of Phoenix actor a tokenized as
// toks may be recognized: it neither starts with a title nor, for a
// person, holds one ("President Putin" is recognized as a title and a
// name), and a one-word name has minPhoenixLetters letters.
func (g *Gazetteer) phoenixName(a *dictfile.Actor, toks []token.Token, words int) bool {
	if words == 0 || words == 1 && len(toks) == 1 && len([]rune(fold(toks[0].Text))) < minPhoenixLetters {
		return false
	}
	for i, t := range toks {
		if t.Kind != token.Word || i > 0 && Kind(a.Kind) != Person {
			continue
		}
		k := phonetic(fold(t.Text))
		if _, title := g.lex.titles[k]; title && (i == 0 || Kind(a.Kind) == Person) {
			return false
		}
		if i == 0 && (g.lex.stopwords[fold(t.Text)] || g.lex.modifiers[k]) {
			return false
		}
	}
	return true
}

// minSharedLetters is the fewest letters of a word an organization's alias
// shares with its name for the alias to read as the organization's own:
// shorter words ("al", "el") are articles.
const minSharedLetters = 3

// notOrgAlias reports whether the alias of organization a made of words
// names a person rather than the organization (Phoenix lists its officers
// under it): an office held in it, another of its names followed by a
// title of the lexicon ("UN Secretary General", "United Nations Chief":
// the person named after it is the actor), or a person's name, starting
// with a given name of first_names and sharing no word of
// minSharedLetters letters with its name ("Hassan Nasrallah" under
// Hezbollah), or the last word of such a name ("Nasrallah") or such a
// name after an honorific ("Sayyed Hassan Nasrallah").
func (g *Gazetteer) notOrgAlias(a *dictfile.Actor, words []string) bool {
	for j := len(words) - 1; j > 0; j-- {
		if _, title := g.lex.titles[phonetic(strings.Join(words[j:], ""))]; !title {
			continue
		}
		head := phonetic(strings.Join(words[:j], ""))
		for _, n := range append([]string{a.Name}, a.Aliases...) {
			if nameKey(n) == head {
				return true
			}
		}
		for _, al := range g.names[head] {
			if al.id == a.ID {
				return true
			}
		}
	}
	if g.personAlias(a, words) {
		return true
	}
	for _, al := range a.Aliases { // such a person's surname or name after an honorific
		ws := nameWords(al)
		surname := len(words) == 1 && ws[len(ws)-1] == words[0]
		honorific := len(words) > len(ws) && slices.Equal(words[len(words)-len(ws):], ws)
		if (surname || honorific) && g.personAlias(a, ws) {
			return true
		}
	}
	return false
}

// personAlias reports whether words, an alias of organization a, are a
// person's name: they start with a given name of first_names and share no
// word of minSharedLetters letters with a's name.
func (g *Gazetteer) personAlias(a *dictfile.Actor, words []string) bool {
	if len(words) < 2 || !g.lex.firstNames[phonetic(words[0])] {
		return false
	}
	for _, w := range nameWords(a.Name) {
		if len([]rune(w)) >= minSharedLetters && slices.Contains(words, w) {
			return false
		}
	}
	return true
}

// holdsTitle reports whether one of the words of name is a title of the
// lexicon ("official", "chief").
func (g *Gazetteer) holdsTitle(name string) bool {
	for _, w := range wordKeys(name) {
		if _, ok := g.lex.titles[w]; ok {
			return true
		}
	}
	_, ok := g.lex.titles[nameKey(name)]
	return ok
}

// phoenixEntry is the gazetteer entry of Phoenix actor a: its id, name,
// kind and aliases; an organization's affiliation is the country of its
// default (or latest) role, a person's is given by each mention, as of its
// document's date.
func phoenixEntry(a *dictfile.Actor) *Entry {
	e := &Entry{ID: a.ID, Name: a.Name, Kind: Kind(a.Kind), Aliases: a.Aliases}
	if e.Kind == Organization {
		if r := roleAt(a.Roles, time.Time{}); r != nil && r.Country != "" {
			e.Affiliation = "country:" + r.Country
		}
	}
	return e
}

// entry returns the entry with the given id: the gazetteer's, else the
// Phoenix actor's, else nil.
func (g *Gazetteer) entry(id string) *Entry {
	if e, ok := g.entries[id]; ok {
		return e
	}
	if g.px != nil {
		return g.px.entries[id]
	}
	return nil
}

// gazetteer reports whether id is an actor of the gazetteer's own files.
func (g *Gazetteer) gazetteer(id string) bool {
	_, ok := g.entries[id]
	return ok
}

// known reports whether id is an actor of the gazetteer or of Phoenix.
func (g *Gazetteer) known(id string) bool { return g.entry(id) != nil }

// phoenixMatch finds the longest Phoenix name starting at token i, by the
// rules of data/phoenix.yaml.
func (l *lexer) phoenixMatch(i, last int) (item, bool) {
	x := l.g.px
	if x == nil || l.toks[i].Kind != token.Word || !isCapitalized(l.toks[i].Text) {
		return item{}, false
	}
	n := l.spanLimit(i, last, x.firstTok[l.keys[i]])
	if n == 0 {
		return item{}, false
	}
	for ; n >= 1; n-- {
		j := i + n
		if l.toks[j-1].Kind == token.Punct || !l.capitalized(i, j) {
			continue
		}
		kb := l.spanKeyBytes(i, j)
		nm, ok := x.names[string(kb)]
		if !ok || len(l.g.names[string(kb)]) > 0 || l.g.demonyms[string(kb)] != "" {
			continue // a user's file gives the name to its own actor
		}
		text, f := l.spanText(i, j), l.spanFold(i, j)
		if isAllCaps(text) && nm.fold != f {
			continue // an acronym spelt otherwise
		}
		if strings.HasPrefix(nm.id, "person:") && l.g.lex.placeSuffixes[l.keys[j-1]] {
			continue // "Indian Ocean", which Phoenix lists as a person: a place
		}
		if l.spanWordCount(i, j) == 1 {
			n := len([]rune(f))
			if n < minPhoenixLetters || n < phoenixCapsBelow && !isAllCaps(text) || l.lower[f] {
				continue // "Eta"; "Shell" where the text says "shell"
			}
		}
		it := item{kind: itemEntity, first: i, last: j, key: string(kb), ids: []string{nm.id}}
		if strings.HasPrefix(nm.id, "org:") && !slices.Contains(nm.spelt, consonants(f)) {
			// "Sony Corp." sounds like Phoenix's "Sonic Corp": an
			// organization's name is spelt, its vowels transliterated at
			// most ("Jemaah Islamiyah", "Hizbollah"); a shorter name
			// spelt as written may still be meant
			continue
		}
		return it, true
	}
	return item{}, false
}

// consonants returns the fold f without its vowels (and "y"): the letters
// a transliteration keeps ("hzbllh" for both "hezbollah" and
// "hizballah").
func consonants(f string) string {
	return strings.Map(func(r rune) rune {
		if strings.ContainsRune("aeiouy", r) {
			return -1
		}
		return r
	}, f)
}

// capitalized reports whether every word of tokens [i, j) is capitalized,
// but connectors inside ("of") and the parts after a hyphen ("Jong-un").
func (l *lexer) capitalized(i, j int) bool {
	for k := i; k < j; k++ {
		t := l.toks[k]
		if t.Kind != token.Word || isCapitalized(t.Text) {
			continue
		}
		if k > i && l.toks[k-1].Text == "-" && token.Adjacent(l.toks[k-1], t) {
			continue
		}
		if k > i && k < j-1 && l.g.lex.connect[l.keys[k]] {
			continue
		}
		return false
	}
	return true
}

// spanWordCount is the number of words of tokens [i, j), hyphenated parts
// joined.
func (l *lexer) spanWordCount(i, j int) int { return len(l.spanWords(i, j)) }

// spanFold is the fold of tokens [i, j) run together.
func (l *lexer) spanFold(i, j int) string {
	if j == i+1 {
		return l.folds[i]
	}
	return strings.Join(l.folds[i:j], "")
}

// agentMatch finds the longest name of a Phoenix agent that takes a
// country at token i ("police", "riot police", "troops"), in lower case;
// afterName keeps to those that may follow a country's name.
func (l *lexer) agentMatch(i, last int, afterName bool) (*dictfile.Agent, int) {
	if i >= last || l.toks[i].Kind != token.Word || isCapitalized(l.toks[i].Text) {
		return nil, i // "U.S. Navy" is a body's name, not an agent
	}
	return l.agentMatchKey(i, last, afterName)
}

// agentMatchKey is agentMatch whatever the case of token i.
func (l *lexer) agentMatchKey(i, last int, afterName bool) (*dictfile.Agent, int) {
	x := l.g.px
	if x == nil {
		return nil, i
	}
	max := x.agentFirst[l.keys[i]]
	if i+max > last {
		max = last - i
	}
	for n := max; n >= 1; n-- {
		j := i + n
		if l.toks[j-1].Kind == token.Punct {
			continue
		}
		k := l.spanKeyBytes(i, j)
		if a := x.agents[string(k)]; a != nil && (!afterName || x.afterName[string(k)]) {
			return a, j
		}
	}
	return nil, i
}
