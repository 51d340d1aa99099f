package event

import (
	"slices"
	"strings"

	"github.com/chronograph-news/chronograph/token"
)

// background reports whether trigger t only refers back to an event or
// to a habit (see Mention.Background). own reports that the mention has a
// time expression of its own. A clause with a habitual adverb ("often",
// "usually") tells what happens in general, not an event; otherwise only
// nouns refer back, and a noun anchored by a verb ("held talks", "oversaw
// the launches") reports an event.
func (s *sent) background(t *trigger, m *Mention, own bool) bool {
	if t.adjectival && s.attributive(t) {
		// "the newly elected president": elected some time before the
		// clause's time, which dates the clause, not the participle
		return true
	}
	if s.treeGeneric(t, m, own) {
		return true // "have frequently targeted", "annual exercises", "had experiences with ceasefires"
	}
	if s.characterizing(t) || s.stateParticiple(t) || s.stateComplement(t) || s.passiveNaming(t) || s.pluperfectRelative(t) || s.iterativePerfect(t) {
		// "an independent body charged with supervising the banks", "a
		// brigade deployed north of the capital", "markets remain
		// closed", "was hailed the trial of the century", "a minister who
		// had declared himself president", "have been investigated over
		// the past ten years" (sense.go)
		return true
	}
	if !own && s.landmarkNoun(t) {
		return true // "the sharpest gain since February 2003, just before the US-led invasion of Iraq"
	}
	if !own && s.sinceStart(t) {
		// "tensions since Saakashvili came to power": the clause only
		// dates the main clause's state; with a time of its own ("since
		// he took office in 2001") it also tells when the power was taken
		return true
	}
	if s.spanToll(t) {
		return true // "traffic accidents killed 9,000 people last year" (toll.go)
	}
	if s.periodCount(t) {
		return true // "4,000 prisoners were executed last year" (periodcount.go)
	}
	if s.sinceTotal(t) {
		return true // "60,000 people have been killed since 1983" (sense.go)
	}
	if s.countedTally(t) {
		return true // "the number of troops killed has risen to 121" (countedtally.go)
	}
	if s.copularReference(t) {
		return true // "It was the first meeting of the group the president attended"
	}
	if s.momentOf(t) {
		return true // "was received on arrival by his counterpart": the arrival told before
	}
	if violentTypes[t.e.Type] && s.ongoingAdjective(t) {
		// "the ongoing Russian invasion of his country in late 2024": a
		// war under way; an ongoing summit or exercise is the news itself
		return true
	}
	if agentless[m.Type] && s.kindModifier(t, kindHeads) {
		// "aid to earthquake victims", "the quake-hit region": the
		// misfortune names what its victims or places are, told before
		return true
	}
	if s.kindModifier(t, roleHeads) {
		// "a hit squad", "strike leaders", "truce monitors", "a detention
		// camp": the noun says who does, runs or watches such acts, or
		// where or with what, no happening of the clause's time
		return true
	}
	if own || s.toldInRelative(t) {
		return false
	}
	if s.earlierAdjective(t) {
		// "at previous WTO meetings": other, earlier events than the
		// news told (anaphor.go: they refer back to no event told)
		return true
	}
	if s.tree() == nil && s.habitual(t) {
		return true // "North Korea often responds to drills with tests" (treeGeneric with a parse)
	}
	if t.noun && s.experiencer(t) >= 0 && s.bare(t) {
		return true // "the only nation to have suffered nuclear attack"
	}
	if !t.noun || t.anchor >= 0 {
		return false
	}
	if len(m.Participants) == 0 && !agentless[m.Type] {
		return true
	}
	return s.definite(t)
}

// kindModifier reports whether the noun trigger t is a compound
// modifying a noun that is no trigger itself, directly or through the
// participle it is hyphened to, one of heads (kindHeads: "earthquake victims",
// "the quake-hit region", "flood relief"): it says what kind of people,
// place or work the noun is, not what happened at the clause's time;
// "bombing attacks" are told by their head, "typhoon Durian" by its name,
// and "typhoon rains" did what the typhoon did.
func (s *sent) kindModifier(t *trigger, heads map[string]bool) bool {
	_, h, ok := s.compoundTrigger(t)
	kind := ok && s.tr.lemmaIn(h, heads)
	for k := 0; ok && k < maxTreeWalk && s.tr.rel(h) == "compound"; k++ {
		h, ok = s.tr.head(h) // "quake-hit region": past the participle to its noun
		kind = kind || ok && s.tr.lemmaIn(h, heads)
	}
	if !ok || !kind || s.tr.w(h).UPOS != "NOUN" || theHeadWords.strikeVerbs[strings.ToLower(s.tr.w(h).Form)] {
		// "the tremor struck at dawn" read as a compound: the verb of
		// striking (strike_verbs) it does
		return false
	}
	for _, i := range s.tokensOf(h) {
		if s.inTrigger(i) {
			return false
		}
	}
	return true
}

// kindHeads are the nouns, and the participles hyphened to them, that a
// misfortune's noun qualifies as their kind (data/words.yaml).
var kindHeads = wordList("kind_heads")

// roleHeads are the nouns naming the people, bodies, places, dates and
// gear of a kind of act that a noun event compounded to them qualifies
// ("a hit squad", "protest organizers", "the election date": data/words.yaml
// role_heads, and the role_nouns of compound.go).
var roleHeads = union(wordList("role_heads"), roleNouns)

// momentOf reports whether the noun trigger t, an arrival or a
// departure (momentNouns) bare and singular after "on" or "upon", names
// the moment of a journey as a time ("was received on arrival by his
// counterpart", "upon arrival in Hanoi"): the clause tells what happened
// then, the journey itself is told elsewhere. Not "went on strike".
func (s *sent) momentOf(t *trigger) bool {
	if !t.noun || t.end-t.start != 1 || t.start == s.first || !momentNouns[s.word(t.start)] {
		return false
	}
	prev := s.word(t.start - 1)
	return prev == "on" || prev == "upon"
}

// momentNouns name the moments of a journey that "on" or "upon" makes a
// time (momentOf).
var momentNouns = wordList("moment_nouns")

// toldInRelative reports whether the noun trigger t has a relative clause
// in the simple past with a time expression of its own: the clause tells
// the event ("the fire that raged through the market on Monday"), it does
// not refer back to it.
func (s *sent) toldInRelative(t *trigger) bool {
	if !t.noun || s.tree() == nil {
		return false
	}
	n, ok := s.triggerNode(t)
	if !ok {
		return false
	}
	for _, rc := range s.tr.kids(n, is("acl:relcl")) {
		if s.tr.w(rc).XPOS != "VBD" || s.tr.lemmaIn(rc, theModality.causes) {
			continue // "uprisings which led to the invasion in 1979": the time of what they caused
		}
		for k := range s.tr.words {
			if !s.tr.within(node(k), rc) || s.underOtherTrigger(node(k), rc) {
				continue // "uprisings which led to the invasion in 1979": the invasion's time
			}
			for _, i := range s.tokensOf(node(k)) {
				if s.d.timexAt[i] >= 0 {
					return true // "raged through the market on Monday", however attached
				}
			}
		}
	}
	return false
}

// underOtherTrigger reports whether a word on the way from k up to top
// (top excluded) is a trigger: what k tells belongs to that event.
func (s *sent) underOtherTrigger(k, top node) bool {
	for depth := 0; depth < len(s.tr.words) && k != top; depth++ {
		for _, i := range s.tokensOf(k) {
			if s.inTrigger(i) {
				return true
			}
		}
		h, ok := s.tr.head(k)
		if !ok {
			return false
		}
		k = h
	}
	return false
}

// agentless are the types of events that happen with no actor taking
// part: a noun naming one tells the event unless it refers back ("16
// miners were killed in a gas explosion"; not "the explosion").
var agentless = map[Type]bool{Accident: true, Disaster: true}

// definite reports whether the noun trigger t heads a definite or
// possessive noun phrase ("the treaty", "their recent summits", "Putin's
// trip") or a bare plural followed by a participle that refers back
// ("agreements reached in June").
func (s *sent) definite(t *trigger) bool {
	j := t.start - 1
	for n := 0; j >= s.first && n < 4; n++ {
		w := s.word(j)
		switch {
		case definiteDeterminers[w] || w == "'s" || w == "'":
			return true // "the treaty", "Putin's trip"
		case s.d.actorAt[j] >= 0:
			return false // a name modifier: "the Putin-Kim summit"
		case isPlainWord(w) || w == "-":
			j--
			continue
		}
		break
	}
	if w := s.word(t.end); t.end < s.last && pluralNounForm(s.word(t.end-1)) && isParticiple(w) && !beForms[w] && s.tok(t.end).Text == w && !s.subjectOfNext(t) {
		return true // a bare plural and its participle: "agreements reached in June"
	}
	return false
}

// subjectOfNext reports whether the parse makes the noun trigger t the
// subject of the verb right after it ("Floods killed 12 people"): a
// finite verb, not a participle describing the noun.
func (s *sent) subjectOfNext(t *trigger) bool {
	if s.tree() == nil {
		return false
	}
	n, ok1 := s.triggerNode(t)
	v, ok2 := s.treeNode(t.end)
	if !ok1 || !ok2 {
		return false
	}
	h, ok := s.tr.head(n)
	return ok && h == v && s.tr.rel(n) == "nsubj"
}

// pluralNounForm reports whether a noun looks plural (ends in s, not ss).
func pluralNounForm(w string) bool { return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") }

var definiteDeterminers = wordList("definite_determiners")

var habitualCues = wordList("habitual_cues")

// habitual reports whether t's clause has a habitual adverb.
func (s *sent) habitual(t *trigger) bool {
	cl := s.clauses()
	for i := s.first; i < s.last; i++ {
		if habitualCues[s.word(i)] && cl.of(i) == cl.of(t.start) {
			return true
		}
	}
	return false
}

var experiencers = wordList("experiencers")

// experiencer returns the token of the experiencer verb whose object the
// noun trigger t heads, or -1.
func (s *sent) experiencer(t *trigger) int { return s.experiencerBefore(t.start) }

// experiencerBefore returns the token of an experiencer verb whose object
// starts a noun phrase ending at token i ("suffered a massive attack"),
// or -1.
func (s *sent) experiencerBefore(i int) int {
	j := i - 1
	for n := 0; j >= s.first && n < 3 && (determiners[s.word(j)] || isPlainWord(s.word(j)) && !s.d.lemmaIn(s.word(j), experiencers) || s.word(j) == "-"); n++ {
		j--
	}
	if j >= s.first && s.d.lemmaIn(s.word(j), experiencers) {
		return j
	}
	return -1
}

// bare reports whether the noun trigger t has no determiner: a generic
// use ("suffered nuclear attack", "faces sanctions").
func (s *sent) bare(t *trigger) bool {
	for j, n := t.start-1, 0; j >= s.first && n < 3; j, n = j-1, n+1 {
		w := s.word(j)
		if determiners[w] || s.tok(j).Kind == token.Number {
			return false
		}
		if !isPlainWord(w) && w != "-" {
			return true
		}
	}
	return true
}

// experiencedRoles makes the agents of a noun trigger that an
// experiencer verb governs its targets ("Japan suffered an attack":
// Japan is attacked).
func (s *sent) experiencedRoles(t *trigger, m *Mention) {
	if !t.noun || !violentTypes[m.Type] && m.Type != Sanction || s.experiencer(t) < 0 {
		return
	}
	agentsToTargets(m.Participants)
	for _, p := range s.subject(s.experiencer(t)) {
		id := s.actor(p).ActorID
		if !hasActor(m, id) {
			m.Participants = append(m.Participants, Participant{ActorID: id, Role: Target})
		}
	}
}

// victimSubject makes the agents of the verb trigger t, whose entry
// marks its subject as the one who suffers it (subject_victim in
// data/triggers.yaml), its targets: "the journalist died of gunshot
// wounds" is a killing of the journalist, not by her.
func victimSubject(t *trigger, m *Mention) {
	if t.noun || !t.e.SubjectVictim {
		return
	}
	agentsToTargets(m.Participants)
}

// loserSubject swaps the agents and counterparts of the verb trigger t,
// whose entry marks its subject as the side that lost (loser_subject in
// data/triggers.yaml): the winner, named by "to", is the agent of a
// game's result, the loser its counterpart.
func loserSubject(t *trigger, m *Mention) {
	if t.noun || !t.e.LoserSubject {
		return
	}
	for k, p := range m.Participants {
		switch p.Role {
		case Agent:
			m.Participants[k].Role = Counterpart
		case Counterpart:
			m.Participants[k].Role = Agent
		}
	}
}

// agentsToTargets makes the agents among ps targets: those who undergo
// what the trigger tells.
func agentsToTargets(ps []Participant) {
	for k := range ps {
		if ps[k].Role == Agent {
			ps[k].Role = Target
		}
	}
}

// unwilled are the types of happenings no one does: an accident, a
// disaster. What crashed or sank is no agent ("the Iranian military
// aircraft crashed": the Iranian military did not act).
var unwilled = map[Type]bool{Accident: true, Disaster: true}

// dropUnwilledAgents removes the agents of a mention of an unwilled type.
func dropUnwilledAgents(m *Mention) {
	if !unwilled[m.Type] {
		return
	}
	m.Participants = slices.DeleteFunc(m.Participants, func(p Participant) bool { return p.Role == Agent })
}

// sinceStart reports whether the verb trigger t of an entry marked
// state_start heads a clause of "since" ("relations have been strained
// since Saakashvili came to power"): the clause tells when the main
// clause's state began. background calls it only for a clause with no
// time of its own: one dated by its own time ("since Saakashvili came to
// power in 2003") tells that start as an event of that time too.
func (s *sent) sinceStart(t *trigger) bool {
	return !t.noun && t.e.StateStart && s.sinceClause(t.start)
}

// referringSubjects are the subjects of a copula whose noun predicate
// describes an event told before ("It was the first meeting ...").
var referringSubjects = wordList("referring_subjects")

// copularReference reports whether the noun trigger t is the predicate of
// a copula whose subject is a pronoun referring back ("It was the first
// meeting of the group he has attended", "This was the worst attack
// since 2001"): the sentence describes an event told before, it tells no
// new one. It is false without a parse.
func (s *sent) copularReference(t *trigger) bool {
	if !t.noun || s.tree() == nil {
		return false
	}
	n, ok := s.triggerNode(t)
	if !ok || len(s.tr.kids(n, is("cop"))) == 0 {
		return false
	}
	for _, k := range s.tr.kids(n, is("nsubj")) {
		if referringSubjects[strings.ToLower(s.tr.w(k).Form)] {
			return true
		}
	}
	return false
}

// landmarkNoun reports whether the noun trigger t, with no time of its
// own, is the object of "before" or "until" or "since": the event serves
// as a landmark in time for another ("just before the US-led invasion of
// Iraq", "since the invasion"), told as known, not as news.
func (s *sent) landmarkNoun(t *trigger) bool {
	if !t.noun || s.tree() == nil {
		return false
	}
	n, ok := s.triggerNode(t)
	if !ok {
		return false
	}
	switch s.tr.caseWord(n) {
	case "before", "until", "since":
		return true
	}
	return false
}

// compoundTrigger returns the tree node of the noun trigger t when it
// modifies another noun as a compound ("flood relief", "the Summit
// delegates"), and the node of that noun; ok is false for a verb, no
// tree, or another relation.
func (s *sent) compoundTrigger(t *trigger) (n, h node, ok bool) {
	if !t.noun || s.tree() == nil {
		return 0, 0, false
	}
	n, ok = s.triggerNode(t)
	if !ok || s.tr.rel(n) != "compound" {
		return 0, 0, false
	}
	h, ok = s.tr.head(n)
	return n, h, ok
}
