package event

import (
	"strings"

	"github.com/chronograph-news/chronograph/actor"
)

// namedParty reports whether a participant of m is an actor with a
// country or a name ("British detectives": agent:GBR:police), not a bare
// group of unknown side ("protesters": agent:-:protesters).
func namedParty(m *Mention) bool {
	for _, p := range m.Participants {
		if p.Role != Location && !strings.HasPrefix(p.ActorID, actor.UnaffiliatedPrefix) {
			return true
		}
	}
	return false
}

// frame applies the frame constraints of t's lexicon entry to its mention
// (see data/triggers.yaml: parties, place_object, goal_place, armed,
// medium) and the checks of force.go on violent mentions. It returns
// false when the mention is no event of the entry's type.
func (s *sent) frame(t *trigger, m *Mention) bool {
	e := t.e
	if s.comparedAmount(t) || s.strayObject(t) || s.domainCompound(t) || s.ailment(t) || s.officeOf(t) || s.offTopicSubject(t) || s.passiveMovement(t) || s.passiveStatement(t) || s.bareObject(t) || s.determinedNoun(t) || s.concurring(t) || s.crowdFlow(t) {
		// "the pledge was lower than asked", "fighting inflation", "an oil
		// strike", "a heart attack", "the chairman of the summit", "HIV
		// prevalence soared", "the market
		// was closed to imports", "was declared bankrupt", "the judge
		// ruled a break" (sense.go), "the 3-percent rule" (nounverb.go),
		// "…, analysts agreed" (concur.go), "immigrants flooding in"
		// (crowdflow.go)
		return false
	}
	if s.mediumNoun(t) {
		return false // "criticised the envoy in a statement": the text the act was told in (mediumnoun.go)
	}
	if s.actingBody(t) {
		return false // "the Italian Episcopal Conference criticized": a body, no meeting (actingbody.go)
	}
	if s.abstractSubject(t, m) {
		return false // "a row that threatened to disrupt supplies": a risk, no one's threat (abstractsubject.go)
	}
	if s.namedCrime(t) || s.asPredicate(t) || s.likened(t) || s.genericViolence(t) {
		return false // "a man convicted of murder", "acclaimed as the largest meeting", "stepped up attacks" (sense.go); "it was an accident" is background (copularReference)
	}
	if s.gamePlay(t, m) {
		return false // "the striker's shot hit the bar" (sense.go)
	}
	switch s.traveller(t) {
	case "crowd":
		if !namedParty(m) {
			return false // "some 2,000 protesters arrived in the capital" (sense.go)
		}
	case "force":
		m.Type, m.CAMEO = MilitaryDeployment, MilitaryDeployment.CAMEO() // "500 troops arrived in Basra"
	}
	if s.privateGathering(t, m) {
		return false // "some of their families have arrived at the mine", "after they met in a bar" (sense.go)
	}
	if e.PlaceObject && (!s.placeObject(t) || !s.personAgent(m)) {
		return false
	}
	if e.GoalPlace && (!s.goalPlace(t) || !s.agentOfKind(m, actor.Person, actor.Organization)) {
		return false // "the medal went to a skater", "the index went up to"
	}
	if e.PersonAgent && !s.agentOfKind(m, actor.Person) {
		return false // "Chile quit the bloc": a country leaving, no one resigning
	}
	if s.causeNoun(t, m) {
		return false // "summoned the envoy over the sanctions": what the act answers (causenoun.go)
	}
	if t.dictionary && countRoles(m, Agent, Counterpart, Target, Recipient) == 0 && !s.groupBefore(t.start) && !(m.Type == Appeal && s.partySubject(t.start)) {
		return false // a dictionary verb with no actor nor group agent: rarely news ("prices rallied")
	}
	if violentTypes[m.Type] && s.crash(t, m) {
		m.Type, m.CAMEO = Accident, Accident.CAMEO() // "a plane hit an apartment block" (sense.go)
		t.crashed = !s.armedCueBesides(t)            // not "a car exploded during an air strike, wounding three"
		return true
	}
	if violentTypes[m.Type] && !s.misfortune(t) && !s.armedCueBesides(t) && s.vehicleToll(t, m) {
		m.Type, m.CAMEO = Accident, Accident.CAMEO() // "a lorry ploughed into a stall, killing three" (sense.go)
		t.crashed = true
		return true
	}
	if d, ok := s.mishapCause(t, m); ok && !s.misfortune(t) {
		if s.definiteNode(d) {
			return false // "another 500 were injured in the inferno": the mishap named with "the" was told before; the verb only adds to its toll
		}
		m.Type, m.CAMEO = Accident, Accident.CAMEO() // "a stampede killed 40 pilgrims" (mishapcause.go)
		t.crashed = true
		return true
	}
	if s.whenMishap(t, m) && !s.misfortune(t) {
		m.Type, m.CAMEO = Accident, Accident.CAMEO() // "one worker was killed when part of a wall fell onto the road" (mishapcause.go)
		t.crashed = true
		return true
	}
	if s.accidentBefore(t, m) && !s.misfortune(t) {
		m.Type, m.CAMEO = Accident, Accident.CAMEO() // "A bus crashed into a lorry. Six were killed" (mishapcause.go)
		t.crashed = true
		return true
	}
	if violentTypes[m.Type] && s.tollOfEvent(t) {
		return false // "the clash left 20 people injured": the clash's toll
	}
	crowd := e.Crowd != "" && e.Armed && s.crowdForce(t) // a crowd is its own cue of force
	if violentTypes[m.Type] {
		if s.disasterSubject(t) || s.disasterDoer(t) || s.conditionCause(t) || (e.Armed && !crowd && !s.armed(t, m)) || !s.mediaAgents(m) || s.misfortune(t) {
			return false
		}
	} else if e.Armed && !s.armed(t, m) {
		return false // "hospitals were put on alert": no forces' alert
	}
	if e.Parties > 0 {
		if countRoles(m, Agent, Counterpart, Recipient) < e.Parties && s.groupSubject(t) {
			for _, id := range s.d.mem.lastPair {
				if !hasActor(m, id) {
					m.Participants = append(m.Participants, Participant{ActorID: id, Role: Agent})
				}
			}
		}
		if countRoles(m, Agent, Counterpart, Recipient) < e.Parties && countRoles(m, Counterpart, Recipient) == 0 {
			return false
		}
	}
	if s.agreedDeal(t) {
		m.Type, m.CAMEO = BusinessDeal, BusinessDeal.CAMEO() // "agreed to purchase a stake" (sense.go)
	}
	if crowd || e.Crowd != "" && !e.Armed && s.crowdParty(m) {
		m.Type, m.CAMEO = e.Crowd, e.CrowdCAMEO // "Palestinians clashed with troops": a riot
		if t.noun {
			s.crowdLeads(m) // a verb's subject stays its agent: "police clashed with residents"
		}
	}
	if s.officialProtest(t, m) {
		m.Type, m.CAMEO = Disapprove, officialCode // "Estonia protested to Russia": a complaint, no march (sense.go)
	}
	if e.Medium {
		if !t.noun && countRoles(m, Counterpart, Recipient) == 0 && !s.titleAfter(t.end) {
			return false // "spoke with reporters"
		}
		m.Type = s.medium(t, m)
	}
	return true
}

// medium tells a phone call from a meeting: a phone cue in the sentence, a
// phone call between the same parties earlier in the document, or, for a
// verb ("spoke with"), the absence of a place and of any visit or meeting
// in the sentence (leaders far apart) make it a phone call.
func (s *sent) medium(t *trigger, m *Mention) Type {
	for i := s.first; i < s.last; i++ {
		switch s.word(i) {
		case "phone", "telephone", "phoned", "telephoned", "call", "video", "videoconference":
			return PhoneCall
		}
	}
	if ids := parties(m); len(ids) > 0 && s.d.mem.calledBefore(ids) {
		return PhoneCall
	}
	if t.noun || m.Location != "" {
		return Meeting
	}
	cl := s.clauses()
	for _, o := range s.triggers {
		if o != t && (o.e.Type == Visit || o.e.Type == Meeting) && cl.of(o.start) == cl.of(t.start) {
			return Meeting
		}
	}
	return PhoneCall
}

// subset reports whether every id of a is in b.
func subset(a, b []string) bool {
	for _, x := range a {
		found := false
		for _, y := range b {
			found = found || x == y
		}
		if !found {
			return false
		}
	}
	return true
}

// countRoles counts the participants of m with one of the roles.
func countRoles(m *Mention, roles ...Role) int {
	n := 0
	for _, p := range m.Participants {
		for _, r := range roles {
			if p.Role == r {
				n++
			}
		}
	}
	return n
}

func hasActor(m *Mention, id string) bool {
	for _, p := range m.Participants {
		if p.ActorID == id {
			return true
		}
	}
	return false
}

// groupSubject reports whether the subject of verb trigger t is a pair
// standing for the two parties named last: "the two", "both sides", "the
// leaders".
func (s *sent) groupSubject(t *trigger) bool {
	j := t.start - 1
	for j >= s.first && (s.isAdverb(j) || auxiliaries[s.word(j)]) {
		j--
	}
	switch s.word(j) {
	case "two", "both", "sides", "leaders":
		return true
	}
	return false
}

// placeObject reports whether the direct object of t, or its "for"
// phrase, is a place ("departed Pyongyang", "left the capital Moscow",
// "left Tuesday for Beijing"), past a time, its preposition and the
// dateline's "here" ("left here on Friday for Hanoi").
func (s *sent) placeObject(t *trigger) bool {
	j := t.end
	for j < s.last && (s.d.timexAt[j] >= 0 || s.isAdverb(j) || s.timePreposition(j) || s.word(j) == "here") {
		j++ // "left Tuesday for Beijing", "left here on Friday for Hanoi" (the dateline's city)
	}
	if s.word(j) == "for" {
		j++ // the destination: "left for Beijing", "departed for Europe"
	}
	for j < s.last && articles[s.word(j)] {
		j++
	}
	p, ok := s.mentionAt(j)
	if !ok {
		return false
	}
	a := s.actor(p)
	return a.Location || a.Kind == actor.Place || a.Kind == actor.Country
}

// timePreposition reports whether token j is a preposition opening a
// time expression ("on Friday", "in the morning", "at dawn").
func (s *sent) timePreposition(j int) bool {
	return j+1 < s.last && prepositions[s.word(j)] && s.d.timexAt[j] < 0 && s.d.timexAt[j+1] >= 0
}

// titleNounReach is how many tokens from i titleAfter looks at.
const titleNounReach = 5

// titleAfter reports whether a title noun standing for a person follows
// token i closely, within titleNounReach tokens ("spoke with the countries'
// leaders").
func (s *sent) titleAfter(i int) bool {
	for j := i; j < s.last && j < i+titleNounReach; j++ {
		w := s.word(j)
		if objectStops[w] {
			return false
		}
		if personTitles[w] {
			return true
		}
	}
	return false
}

var personTitles = wordList("person_titles")

// resolvePerson resolves a personal pronoun at token i to the nearest
// person named before it in the document who is not in exclude.
func (s *sent) resolvePerson(i int, exclude map[string]bool) (string, bool) {
	for j, n := i-1, 0; j >= 0 && n < 80; j, n = j-1, n+1 {
		a := s.d.actorAt[j]
		if a < 0 {
			continue
		}
		m := s.d.in.Actors[a]
		if m.Kind == actor.Person && !exclude[m.ActorID] {
			return m.ActorID, true
		}
	}
	return "", false
}

var objectPronouns = wordList("object_pronouns")

// possessivePronoun returns the index of the possessive pronoun ("his",
// "her", "its") before the noun trigger t ("his conversation
// with Putin", "its Feb. 27 statement": a date between them is passed;
// the parse's possessor of the noun however many words stand between:
// "his first trip"), or -1.
func (s *sent) possessivePronoun(t *trigger) int {
	if n, ok := s.triggerNode(t); ok {
		// "his first trip": the pronoun the parse makes the noun's possessor
		for _, k := range s.tr.kids(n, is("nmod:poss")) {
			if toks := s.tokensOf(k); len(toks) == 1 && possessivePronouns[s.word(toks[0])] && toks[0] < t.start {
				return toks[0]
			}
		}
	}
	for j, n := t.start-1, 0; j >= s.first && n < 3; j-- {
		w := s.word(j)
		if possessivePronouns[w] {
			return j
		}
		if s.d.timexAt[j] >= 0 {
			continue
		}
		if !isPlainWord(w) && w != "-" {
			break
		}
		n++
	}
	return -1
}

// possessivePronouns are the pronouns possessivePronoun looks for
// (data/words.yaml).
var possessivePronouns = wordList("possessive_pronouns")

// sameDay reports whether a time expression refers to the day told
// before: "the same day", "that same day".
func sameDay(text string) bool {
	return strings.Contains(strings.ToLower(text), "same day")
}

// personAgent reports whether an agent of m is a person.
func (s *sent) personAgent(m *Mention) bool {
	for _, p := range m.Participants {
		if p.Role != Agent {
			continue
		}
		if ms := s.d.mentionsOf[p.ActorID]; len(ms) > 0 && s.d.in.Actors[ms[0]].Kind == actor.Person {
			return true
		}
	}
	return false
}

// groupWindow is how many tokens before a dictionary verb groupBefore
// looks at.
const groupWindow = 3

// groupBefore reports whether a group noun ("police", "troops",
// "officials", "rebels") stands in the groupWindow tokens before token i:
// an agent the gazetteer does not name.
func (s *sent) groupBefore(i int) bool {
	for j := max(s.first, i-groupWindow); j < i; j++ {
		if s.d.lemmaIn(s.word(j), partyNouns) || groupNouns[s.word(j)] || agentNouns[s.word(j)] {
			return true
		}
	}
	return false
}

// crowdLeads makes the crowd the agent of the riot m, told by a noun, when
// the rules gave its agent to the other side and the crowd is its
// counterpart ("police were injured in clashes with protesters": the
// protesters riot, the police face them).
func (s *sent) crowdLeads(m *Mention) {
	crowd := func(id string) bool {
		for _, a := range s.d.mentionsOfID(id) {
			if s.d.lx.crowdSectors[a.Sector] {
				return true
			}
		}
		return false
	}
	agent, counterpart := -1, -1
	for i, p := range m.Participants {
		switch {
		case p.Role == Agent && crowd(p.ActorID):
			return // the crowd already leads
		case p.Role == Agent && agent < 0:
			agent = i
		case p.Role == Counterpart && counterpart < 0 && crowd(p.ActorID):
			counterpart = i
		}
	}
	if agent >= 0 && counterpart >= 0 {
		m.Participants[agent].Role, m.Participants[counterpart].Role = Counterpart, Agent
	}
}

// crowdParty reports whether a crowd takes part in mention m: a party is
// an actor of one of the lexicon's crowd_sectors ("hundreds of
// Palestinians", "students"), or one of its crowd_words is in the sentence
// ("a clash between protesters and police", "stones").
func (s *sent) crowdParty(m *Mention) bool {
	if s.crowdSector(m) {
		return true
	}
	for i := s.first; i < s.last; i++ {
		if s.d.lemmaIn(s.word(i), s.d.lx.crowdWords) {
			return true
		}
	}
	return false
}

// resultVerbs tell the toll of the event that is their subject
// (data/words.yaml).
var resultVerbs = wordList("result_verbs")

// tollOfEvent reports whether the verb trigger t tells the toll of another
// event of its sentence: the participle a result verb governs ("the clash
// left 20 people injured": xcomp, or acl of its object) whose subject is
// another trigger's noun told as new (not "the blast", which may refer
// back to an event the toll alone reports here).
func (s *sent) tollOfEvent(t *trigger) bool {
	n, ok := s.verbNode(t)
	if !ok {
		return false
	}
	d := s.tr
	h, ok := d.head(n)
	if !ok {
		return false
	}
	switch d.rel(n) {
	case "xcomp":
	case "acl":
		if d.rel(h) != "obj" {
			return false
		}
		if h, ok = d.head(h); !ok {
			return false
		}
	default:
		return false
	}
	if !d.verbal(h) || !d.lemmaIn(h, resultVerbs) {
		return false
	}
	for _, k := range d.kids(h, is("nsubj")) {
		for _, o := range s.triggers {
			if o != t && o.noun {
				if on, ok := s.triggerNode(o); ok && on == k && !s.definite(o) {
					return true
				}
			}
		}
	}
	return false
}
