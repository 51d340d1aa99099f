package event

import (
	"slices"
	"strings"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/token"
)

// Checks on who can do what: uses of force need an armed cue, disasters
// and news agencies are never the agents of violence, and a journey "to"
// somewhere needs a traveller and a place.

// violentTypes are the types of uses of force.
var violentTypes = map[Type]bool{Attack: true, Killing: true, Invasion: true,
	Capture: true, Annexation: true, Assault: true, MassViolence: true, Coerce: true}

var armedCues = wordList("armed_cues")

// playCues are the armed cues that are also words of play in a game
// (data/words.yaml): no cue of force in a sentence of a game.
var playCues = wordList("play_cues")

var disasters = wordList("disasters")

var mediaWords = wordList("media_words")

var wireServices = wordList("wire_services")

var modifierPrefixes = wordList("modifier_prefixes")

// shouting reports whether token j is written in capitals ("AIDS",
// "NATO") in a sentence that is not itself all capitals: an acronym, no
// trigger word.
func (s *sent) shouting(j int) bool {
	text := s.tok(j).Text
	letters := 0
	for _, r := range text {
		switch {
		case r >= 'a' && r <= 'z':
			return false
		case r >= 'A' && r <= 'Z':
			letters++
		}
	}
	if letters < 2 {
		return false
	}
	for k := s.first; k < s.last; k++ {
		if t := s.tok(k); t.Kind == token.Word && strings.ToUpper(t.Text) != t.Text {
			return true
		}
	}
	return false
}

// slashed reports whether the match [i, end) is part of a slash compound
// ("HIV/AIDS", "aid/trade").
func (s *sent) slashed(i, end int) bool {
	return s.word(i-1) == "/" || s.word(end) == "/"
}

// armed reports whether the use of force of t has an armed cue: a weapon
// or military word in the sentence other than the trigger (for a noun,
// also in the sentence before), another use of force in the sentence
// that needs no cue ("killed"), or a country
// agent acting on a place or country ("Russia hit Kyiv").
func (s *sent) armed(t *trigger, m *Mention) bool {
	return s.armedBut(t, m, "")
}

// armedBut is armed, but another use of force of type play is no cue: in
// a game, one attack trigger does not arm another ("the striker's shot
// hit the bar": sense.go, gamePlay), nor does a word of play among the
// armed cues (playCues: "an attack that saw the winger strike the bar"),
// and a noun of play is read in its own sentence ("unable to force a
// save" before it is play too).
func (s *sent) armedBut(t *trigger, m *Mention, play Type) bool {
	from := s.first
	if t.noun && s.index > 0 && play == "" {
		// a noun goes on with the previous sentence's account ("Bombs
		// hit two embassies. The blast in Nairobi ...")
		from = max(s.d.in.Sentences[s.index-1].First, 0)
	}
	for j := from; j < s.last; j++ {
		if j >= t.start && j < t.end {
			continue
		}
		if w := strings.ToLower(s.d.in.Tokens[j].Text); s.d.lemmaIn(w, armedCues) && (play == "" || !s.d.lemmaIn(w, playCues)) {
			return true
		}
	}
	for _, o := range s.triggers {
		if o != t && violentTypes[o.e.Type] && !o.e.Armed && (play == "" || o.e.Type != play) {
			return true // "two were killed and eight injured"
		}
	}
	country, place := false, false
	for _, p := range m.Participants {
		k := s.kindOf(p.ActorID)
		switch p.Role {
		case Agent:
			country = country || k == actor.Country
		case Target, Location:
			place = place || k == actor.Place || k == actor.Country
		}
	}
	return country && place
}

// misfortune reports whether the sentence of t tells an accident or a
// disaster (another trigger of those types, or a verb of force framed as
// a crash before it): the deaths and injuries it tells are that
// misfortune's toll, no use of force ("the plane crashed, killing 36";
// "the typhoon caused mudslides, killing 388"; "a bus struck three
// pedestrians, killing one").
func (s *sent) misfortune(t *trigger) bool {
	for _, o := range s.triggers {
		if o != t && (o.e.Type == Accident || o.e.Type == Disaster || o.crashed) {
			return true
		}
	}
	return false
}

// disasterSubject reports whether the subject of t (the words before it
// in its clause) is a disaster or an economic force ("the quake struck",
// "the earthquake killed").
func (s *sent) disasterSubject(t *trigger) bool {
	for j, n := t.start-1, 0; j >= s.first && n < 8; j, n = j-1, n+1 {
		w := s.word(j)
		if w == "," || clauseStops[w] || objectStops[w] && w != "and" {
			break
		}
		if s.d.lemmaIn(w, disasters) {
			return true
		}
	}
	return false
}

// disasterDoer reports whether the verb trigger t has for its doer in
// the tree a disaster, an illness or an economic force (disasters): its
// subject, the noun a relative clause of it describes, or its passive
// "by" phrase ("the same strain of swine fever killed 900 pigs", "an
// outbreak that has killed nine people so far", "four who were killed by
// the fever"). Deaths it causes are no use of force. A noun with an "of"
// phrase stands for what that phrase names ("a wave of bombings killed
// 20" is the bombings').
func (s *sent) disasterDoer(t *trigger) bool {
	if t.noun || s.tree() == nil {
		return false
	}
	n, ok := s.triggerNode(t)
	if !ok {
		return false
	}
	doers := s.tr.kids(n, is("obl:agent"))
	if d, ok := s.eventDoer(n); ok {
		doers = append(doers, d)
	}
	for _, d := range doers {
		if s.disasterNoun(d, 0) {
			return true
		}
	}
	return false
}

// disasterNounDepth bounds the chain of "of" phrases disasterNoun follows
// ("a kind of strain of flu").
const disasterNounDepth = 2

// disasterNoun reports whether the noun n names a disaster, an illness or
// an economic force (disasters), by itself or by a compound before it
// ("the H5N1 variety"), or, with an "of" phrase, whether that phrase's
// noun does ("the same kind of swine fever").
func (s *sent) disasterNoun(n node, depth int) bool {
	tr := s.tr
	if u := tr.w(n).UPOS; u != "NOUN" && u != "PROPN" {
		return false
	}
	for _, k := range tr.kids(n, is("nmod")) {
		if tr.caseWord(k) == "of" {
			return depth < disasterNounDepth && s.disasterNoun(k, depth+1)
		}
	}
	if tr.lemmaIn(n, disasters) {
		return true
	}
	for _, k := range tr.kids(n, is("compound")) {
		if tr.lemmaIn(k, disasters) {
			return true
		}
	}
	return false
}

// kindOf returns the kind of the actor id in this document, or "".
func (s *sent) kindOf(id string) actor.Kind {
	if ms := s.d.mentionsOf[id]; len(ms) > 0 {
		return s.d.in.Actors[ms[0]].Kind
	}
	return ""
}

// media reports whether actor id names a news organization: a wire
// service, a name with a media word ("Xinhua News Agency", "Korea
// Times"), or an organization that reported a claim earlier in the
// document.
func (s *sent) media(id string) bool {
	return s.mediaNamed(id) || s.reportedOrg(id)
}

// reportedOrg reports whether actor id is an organization that reported a
// claim earlier in the document.
func (s *sent) reportedOrg(id string) bool {
	return s.d.mem.reported(id) && s.kindOf(id) == actor.Organization
}

// mediaNamed reports whether actor id is an organization, or a name the
// name finder took for a person's, whose name says it is a news
// organization: a wire service or a name with a media word.
func (s *sent) mediaNamed(id string) bool {
	if k := s.kindOf(id); k != actor.Organization && k != actor.Person {
		return false // a person's kind: a newspaper's name the name finder took for one ("Nihon Keizai Shimbun")
	}
	names := []string{s.d.name(id)}
	for _, a := range s.d.mentionsOfID(id) {
		names = append(names, a.Text)
		if s.d.mediaBefore(a) {
			return true // "the daily Le Monde", "the newspaper Ha'olam": a name a media noun introduces
		}
	}
	return slices.ContainsFunc(names, newsName)
}

// mediaBefore reports whether the word right before the name mention a
// is a word of mediaWords ("according to the daily Le Monde", "told the
// newspaper Ha'olam"): a name its own words do not tell a news
// organization, the word it stands by in apposition does (mediaNamed).
func (d *analysis) mediaBefore(a actor.Mention) bool {
	i, _ := tokenRange(d.in.Tokens, a.Start, a.End)
	return i > 0 && mediaWords[strings.ToLower(d.in.Tokens[i-1].Text)]
}

// newsName reports whether the name n says a news organization: a word of
// mediaWords or wireServices.
func newsName(n string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(n), func(r rune) bool { return r == ' ' || r == '\'' }) {
		if mediaWords[w] || wireServices[w] {
			return true
		}
	}
	return false
}

// mediaAgents removes news organizations from the agents of a violent
// mention. It returns false when one was the grammatical subject and not
// the mention's reporter ("Xinhua kills the rumor"): a figurative use. An
// organization known as news only because it reported a claim before
// ("an ISAF statement said") is no news organization when the mention
// has people, a country or a group as its target: "an ISAF patrol
// killed two civilians" is the force acting, and it stays the agent. A
// country's generic agent is never news: the police that said something
// ("…, police said") still act ("Police dispersed the crowd").
func (s *sent) mediaAgents(m *Mention) bool {
	keep := m.Participants[:0:0]
	ok := true
	victims := s.humanPatient(m)
	for _, p := range m.Participants {
		if p.Role == Agent && (s.mediaNamed(p.ActorID) || !victims && s.reportedOrg(p.ActorID) && !strings.HasPrefix(p.ActorID, actor.AgentPrefix)) {
			if p.ActorID != m.Source {
				ok = false
			}
			continue
		}
		keep = append(keep, p)
	}
	m.Participants = keep
	return ok
}

// humanPatient reports whether m has a target or counterpart that is a
// person, a country or a group of people.
func (s *sent) humanPatient(m *Mention) bool {
	for _, p := range m.Participants {
		if p.Role != Target && p.Role != Counterpart {
			continue
		}
		if strings.HasPrefix(p.ActorID, actor.AgentPrefix) {
			return true
		}
		switch s.kindOf(p.ActorID) {
		case actor.Person, actor.Country:
			return true
		}
	}
	return false
}

// goalReach is how many tokens after its trigger goalPlace looks for the
// goal's preposition.
const goalReach = 4

// goalPlace reports whether a "to" phrase of t, or one marked by one of
// the entry's needed prepositions ("headed for Jordan"), names a place
// ("went to Moscow", "flew to the capital Pyongyang"): on the parse
// (treeGoalPlace), else right after t, within goalReach tokens.
func (s *sent) goalPlace(t *trigger) bool {
	if s.treeGoalPlace(t) {
		return true
	}
	for j := t.end; j < s.last && j < t.end+goalReach; j++ {
		w := s.word(j)
		if w != "to" && !contains(t.e.Needs, w) {
			if objectStops[w] || s.d.actorAt[j] >= 0 {
				return false
			}
			continue
		}
		k := j + 1
		for k < s.last && (articles[s.word(k)] || s.word(k) == "capital" || s.word(k) == "city") {
			k++
		}
		p, ok := s.mentionAt(k)
		if !ok {
			return false
		}
		a := s.actor(p)
		return a.Location || a.Kind == actor.Place || a.Kind == actor.Country
	}
	return false
}

// goalRels are the words of a goal's noun phrase that may name its place
// besides the noun itself: the names before it ("the remote Jajarkot
// district", "the quake-hit Kathmandu valley"). A nationality adjective
// names no place ("went to the Russian people").
var goalRels = is("compound", "flat", "nmod:unmarked")

// treeGoalPlace reports whether the parse gives the verb trigger t an
// oblique marked "to" (or one of the entry's needed prepositions) whose
// noun, or a name within its phrase (goalRels) when the noun is no
// person, is a place or a country: the goal, however many words stand
// before it ("flew to the remote Jajarkot district on Saturday", where
// the word window stops at the adjective; not "went to the Kabul
// shopkeeper"). False without a parse.
func (s *sent) treeGoalPlace(t *trigger) bool {
	n, ok := s.triggerNode(t)
	if !ok {
		return false
	}
	d := s.tr
	for _, c := range d.kids(n, is("obl")) {
		if cw := d.caseWord(c); cw != "to" && !contains(t.e.Needs, cw) {
			continue
		}
		words := []node{c}
		if !personWord(strings.ToLower(d.w(c).Form)) {
			words = append(words, d.kids(c, goalRels)...)
		}
		for _, k := range words {
			for _, i := range s.tokensOf(k) {
				if p, ok := s.mentionAt(i); ok {
					if a := s.actor(p); a.Location || a.Kind == actor.Place || a.Kind == actor.Country {
						return true
					}
				}
			}
		}
	}
	return false
}

// agentOfKind reports whether an agent of m has one of the kinds.
func (s *sent) agentOfKind(m *Mention, kinds ...actor.Kind) bool {
	for _, p := range m.Participants {
		if p.Role != Agent {
			continue
		}
		k := s.kindOf(p.ActorID)
		for _, want := range kinds {
			if k == want {
				return true
			}
		}
	}
	return false
}

// aimedCases mark the phrase a launch or a shot is aimed at: "fired
// rockets at Israel", "into Israeli communities", "on the town".
var aimedCases = wordList("aimed_cases")

// aimedAt reports whether the parse aims the weapons launch t at a
// target: the verb, or its object, has an oblique or a modifier marked
// by one of aimedCases that names an actor ("launched several homemade
// rockets at Israel"; not "fired two missiles into the sea").
// A launch aimed at someone is an attack, not a test.
func (s *sent) aimedAt(t *trigger) bool {
	n, ok := s.triggerNode(t)
	if !ok {
		return false
	}
	d := s.tr
	heads := []node{n}
	for _, o := range d.kids(n, is("obj")) {
		heads = append(heads, o)
	}
	for _, h := range heads {
		for _, c := range d.children[h] {
			if r := baseRel(d.rel(c)); (r == "obl" || r == "nmod") && aimedCases[d.caseWord(c)] && !s.timeNode(c) &&
				len(s.phraseActors(c, false)) > 0 {
				return true
			}
		}
	}
	return false
}

// timeNode reports whether the parse word n is part of a time expression
// ("on Monday").
func (s *syntax) timeNode(n node) bool {
	for _, i := range s.tokensOf(n) {
		if s.d.timexAt[i] >= 0 {
			return true
		}
	}
	return false
}
