package event

import (
	"slices"
	"strings"

	"github.com/chronograph-news/chronograph/actor"
)

// np is a noun phrase around an actor mention: the mention's tokens
// [start, end) and the head mention's index in Input.Actors.
type np struct {
	start, end int
	actor      int
}

// marked is an actor phrase after a trigger with the preposition that
// governs it ("" for a direct object).
type marked struct {
	p      np
	marker string
}

// complements collects the actor phrases after the trigger in its clause
// with their governing prepositions.
func (s *sent) complements(t *trigger) []marked {
	var out []marked
	marker, markerAt := "", t.end
	passed := false // another event noun lies between the trigger and j
	for j, n := t.end, 0; j < s.last && n < 18; n++ {
		w := s.word(j)
		if other := s.triggerAt(j); other != nil && other != t {
			if !other.noun && !s.impactOf(t, other) {
				break
			}
			if other.noun {
				passed = true
			}
		}
		if passed && symmetricMarkers[w] {
			break // "sparked clashes between protesters and troops": the clashes' parties
		}
		if w == "and" || w == "," || w == "&" || w == "or" {
			// continue a coordination ("with Kim and Shoigu"), else stop
			k := j + 1
			for k < s.last && (titles[s.word(k)] || determiners[s.word(k)]) && s.d.actorAt[k] < 0 {
				k++
			}
			if k < s.last && s.d.actorAt[k] >= 0 && len(out) > 0 {
				if p, ok := s.mentionAt(k); ok && w == "," && s.reporterAfter(p) {
					break // "…, Palestinian radio said": the source
				}
				j = k
				continue
			}
			break
		}
		if objectStops[w] || s.exchangeAt(j) {
			break // "freed 20 hostages in exchange for 300 prisoners": what is given back is no party
		}
		if p, ok := s.mentionAt(j); ok {
			if !s.possessor(p) && !s.affiliation(p) && !s.personsOrigin(p) && !s.outsiderModifier(p) {
				out = append(out, marked{p, marker})
			}
			j = p.end
			continue
		}
		if prepositions[w] {
			if w == "to" && s.infinitive(j) {
				break // infinitive: "to meet"
			}
			if w != "from" || !s.partyOf(j, marker, markerAt) {
				marker, markerAt = w, j
			}
		}
		j++
	}
	return out
}

// impactOf reports whether the verb trigger v tells the misfortune noun
// trigger t landing on what it hits ("a typhoon hit the Philippines",
// impactVerbs): its object is where t struck, no act of v's own.
func (s *sent) impactOf(t, v *trigger) bool {
	return t.noun && misfortunes[t.e.Type] && s.d.lemmaIn(s.word(v.start), impactVerbs)
}

// exchangeNouns are the nouns of "in exchange for", "in return for": what
// follows is given back for the act, no party of it (data/words.yaml).
var exchangeNouns = wordList("exchange_nouns")

// exchangeAt reports whether token j opens "in exchange for" or "in
// return for".
func (s *sent) exchangeAt(j int) bool {
	return s.word(j) == "in" && exchangeNouns[s.word(j+1)] && s.word(j+2) == "for"
}

// personsOrigin reports whether the country phrase p follows a person's
// name and "of" ("Foreign Minister Douste-Blazy of France"): the person's
// state, told with the name, no party of its own.
func (s *sent) personsOrigin(p np) bool {
	if s.actor(p).Kind != actor.Country || s.word(p.start-1) != "of" {
		return false
	}
	q, ok := s.mentionAt(p.start - 2)
	return ok && s.actor(q).Kind == actor.Person
}

// symmetricMarkers are the prepositions of the two sides of a symmetric
// event ("clashes between X and Y", "talks among them"): after another
// event noun, the sides are that noun's (data/words.yaml).
var symmetricMarkers = wordList("symmetric_markers")

// partyOf reports whether "from" at token j names the origin of a group
// that the marker before it governs closely: "talks with envoys from
// Iran" (Iran keeps "with"), "between delegations from Iran and France".
func (s *sent) partyOf(j int, marker string, markerAt int) bool {
	switch marker {
	case "with", "between", "among", "against", "to":
	default:
		return false
	}
	return j-markerAt <= 3 && s.d.lemmaIn(s.word(j-1), partyNouns)
}

// triggerAt returns the trigger starting at token i, or nil.
func (s *sent) triggerAt(i int) *trigger {
	for _, t := range s.triggers {
		if t.start == i {
			return t
		}
	}
	return nil
}

// premodifiers returns the actor phrases that modify a noun trigger from
// the left: a possessor ("Putin's visit") and names before it ("the
// Putin-Kim summit", "Russian strikes").
func (s *sent) premodifiers(t *trigger) (possessor []np, mods []np) {
	j := t.start - 1
	plain := 0
	for n := 0; j >= s.first && n < 6; n++ {
		w := s.word(j)
		if w == "'s" || w == "'" {
			if p, ok := s.mentionAt(j - 1); ok {
				possessor = append(possessor, p)
			}
			break
		}
		if p, ok := s.mentionAt(j); ok {
			mods = append([]np{p}, mods...)
			j = p.start - 1
			continue
		}
		if w == "-" || w == "–" || w == "and" || w == "/" {
			j--
			continue
		}
		if isPlainWord(w) && !s.d.lemmaIn(w, s.d.lx.light) && !strings.HasSuffix(w, "ed") && plain < 2 {
			plain++ // adjectives and noun modifiers: "joint naval", "missile"
			j--
			continue
		}
		break
	}
	return possessor, mods
}

// giving are the types whose act goes to someone who receives it: aid,
// arms, a call, a visit ("sent aid to Y", "called Y", "visited Y"); that
// party is the recipient.
var giving = map[Type]bool{Aid: true, WeaponsSupply: true, PhoneCall: true, Visit: true}

// undergone are the types of acts done to one person that a person's
// possessive on the noun names the one it is done to ("Hariri's
// assassination", "Olmert's arrest", "Saddam's trial", "Santer's
// appointment", "Suu Kyi's release"), as the passive would ("Hariri was
// assassinated").
var undergone = map[Type]bool{Killing: true, Arrest: true, Trial: true, Verdict: true, Appointment: true,
	Dismissal: true, Suspension: true, Abduction: true, Expulsion: true, Release: true, Funeral: true}

// possessorUndergoes reports whether the possessor p of the noun trigger
// t at n is the one the act is done to: a person's possessive on a noun of
// the undergone types with no "of" or "by" phrase of its own to name
// another patient or the agent ("Hamas's kidnapping of the soldier": Hamas
// kidnaps), and on the noun itself, not on a noun it qualifies ("the
// judge's arrest warrant").
func (s *sent) possessorUndergoes(t *trigger, n node, p np) bool {
	return s.actor(p).Kind == actor.Person && s.ownerUndergoes(t, n)
}

// ownerUndergoes reports whether the person who owns the noun trigger t at
// n, by a possessive name or pronoun ("Hariri's assassination", "before
// his arrest"), is the one the act is done to: a noun of the undergone
// types with no "of" or "by" phrase, participle or apposition of its own,
// heading its own phrase (possessorUndergoes).
func (s *sent) ownerUndergoes(t *trigger, n node) bool {
	if !undergone[t.e.Type] || s.tr.rel(n) == "compound" {
		return false // "the judge's arrest warrant": the warrant's, who issues it
	}
	for _, k := range s.tr.kids(n, is("nmod", "acl", "appos")) {
		if c := s.tr.caseWord(k); c == "of" || c == "by" || s.tr.rel(k) != "nmod" {
			return false // "his appointment, Finance Minister X": X is appointed
		}
	}
	return true
}

// sequenceCases mark a noun event told as before or after the act of the
// verb it is an oblique of ("spoke before his arrest"): an act of its own,
// whose owner may undergo it. They are the clause markers (clause_markers:
// "after", "before", "until") and the prepositions of data/words.yaml
// sequence_cases ("following", "upon").
var sequenceCases = union(clauseMarkers, wordList("sequence_cases"))

// union returns a new set holding the words of a and of b.
func union(a, b map[string]bool) map[string]bool {
	u := make(map[string]bool, len(a)+len(b))
	for w := range a {
		u[w] = true
	}
	for w := range b {
		u[w] = true
	}
	return u
}

// ousting are the types of acts by which a body puts out one of its own:
// the body one is expelled, dismissed or suspended "from" does it ("was
// expelled from the party"; not a state one is expelled from: a place).
var ousting = map[Type]bool{Expulsion: true, Dismissal: true, Suspension: true}

// addressed are the verbal acts aimed at someone: the addressee of an
// appeal, a demand, an accusation or a threat ("called on X to", "urged
// X", "accused X") is its target.
var addressed = map[Type]bool{Appeal: true, Demand: true, Disapprove: true, Threaten: true}

// atTargetVerbs are the verbs of a verbal act whose "at" phrase names its
// target, not its place ("hit out at the United States", "lashed out at
// the settlers"; data/words.yaml at_target_verbs).
var atTargetVerbs = wordList("at_target_verbs")

// hostile are the types of acts done to a target: its object, its "of",
// "against" or "into" phrase, its passive subject. A trial and a verdict
// are done to the defendant ("were acquitted", "the trial of X"), an
// investigation to its suspect ("X was interrogated"), an assault or mass
// violence (CAMEO 18, 20) to its victims, a dismissal or a suspension to
// the one dismissed or suspended ("the diplomat was suspended"), a
// funeral to the dead ("the funeral of X", "the victims were cremated").
var hostile = map[Type]bool{Attack: true, Invasion: true, Annexation: true, Capture: true,
	Sanction: true, Arrest: true, Killing: true, Expulsion: true, Abduction: true,
	Trial: true, Verdict: true, Investigate: true, Assault: true, MassViolence: true,
	Dismissal: true, Suspension: true, Funeral: true}

// onSiteTypes are the hostile types whose verb done to a person has a
// place in its "on" phrase for where it happened ("killed on the West
// Bank", "arrested on the island"), never for whom it was done to, as a
// place fired on or attacked is (an attack's passive verb, whose subject
// is whom, is one too: "were shot on the West Bank", in the rule's code).
var onSiteTypes = map[Type]bool{Killing: true, Arrest: true, Abduction: true, Capture: true}

// misfortunes are the types of a happening no one does (a quake, a mine
// blast): a place its noun's verb takes as a direct object is where it
// struck ("the typhoon lashed Luzon").
var misfortunes = map[Type]bool{Disaster: true, Accident: true}

// patientVerbs are the types whose verb cannot go without the one it is
// done to: a capture, an arrest, an abduction has a captive. Such a verb
// with a subject and no object, bare in another verb's complement, is a
// participle: its subject is the captive.
var patientVerbs = map[Type]bool{Capture: true, Arrest: true, Abduction: true}

// sideFor reports whether a phrase marked by marker names the side the
// winner of the sport result t plays for ("Tanaka won gold for Japan"):
// a second agent beside the athlete, never the beaten opponent.
func sideFor(t *trigger, marker string) bool {
	return marker == "for" && t.e.Type == SportResult
}

// deployedSectors are the sectors (Phoenix's codes: military, police) of
// the actors a deployment's direct object names as the force it sends
// ("the ministry deployed 500 police", "Italy dispatched troops"): the
// deployer's means, no party to the event; the deployer is its agent.
var deployedSectors = map[string]bool{"MIL": true, "COP": true}

// roleFor gives the role of a complement of t, or false.
func roleFor(t *trigger, marker string, m actor.Mention) (Role, bool) {
	loc := m.Location || m.Kind == actor.Place
	place := loc || m.Kind == actor.Country
	typ := t.e.Type
	switch marker {
	case "":
		if t.noun {
			if misfortunes[typ] && place {
				return Location, true // "a quake rattled Los Angeles": where it struck
			}
			return "", false
		}
		switch {
		case t.lemma == "discuss":
			return "", false // the topic, not a party
		case t.lemma == "host":
			return Agent, true
		case typ == MilitaryDeployment && deployedSectors[m.Sector]:
			return "", false // "deployed 500 police": the force sent, no party
		case typ == Visit && place:
			return Location, true
		case giving[typ] && !loc && !t.endsInPreposition():
			return Recipient, true // "visited Kim", "called Putin"; not "spoke with"
		case hostile[typ] && !(m.Location && m.Kind == actor.Country) || addressed[typ] && !loc:
			return Target, true // not a country told as a place: "off the Somali coast"
		case typ == Appointment && !loc && !appointeeVerbs[t.lemma]:
			return Target, true // "appointed X", "newly appointed X": the appointee
		case typ == Release && !loc:
			return Target, true // "freed 20 hostages": the ones freed
		case typ == Coerce && !place:
			return Target, true // "dispersed the protesters": force used on them
		case typ == SportResult && m.Kind != actor.Country:
			return Counterpart, true // "Kursk beat Moscow": the team of that city, beaten
		case loc:
			return Location, true
		}
		return Counterpart, true
	case "with", "for":
		if marker == "with" && t.noun && oneSidedActs[typ] && !fightNouns[lastWord(t.lemma)] {
			// "the killing with a knife", "discussed the bombing with
			// Kim": what it is done with, or a party of another act;
			// but "clashes with police": the other side
			return "", false
		}
		if marker == "with" && theHeadWords.Types[typ].Thing {
			// "shares closed higher with the benchmark index rising 9
			// points": a move of a thing (data/headlines.yaml thing) has
			// no other side, its "with" phrase telling what came with it
			return "", false
		}
		if marker == "for" && typ == Visit && place {
			return Location, true // "left for Beijing", Beijing standing for China: the destination, no party
		}
		if loc {
			if marker == "for" && typ == Visit {
				return Location, true // "left for Beijing": the destination
			}
			return "", false
		}
		if marker == "for" && giving[typ] && typ != Visit {
			return Recipient, true // "aid for Ukraine"
		}
		if marker == "for" && typ == SportResult {
			return Agent, true // "won gold for Japan": the side the winner plays for (sideFor)
		}
		return Counterpart, true
	case "over":
		if typ == SportResult {
			return Counterpart, true // "a 4-1 win over Germany": the side beaten
		}
	case "to", "toward", "towards":
		if misfortunes[typ] {
			// "a typhoon moving towards the Philippines": where it may
			// go, not where it struck, and no side of a happening no one
			// does
			return "", false
		}
		if typ == Election && !t.noun && !place {
			return "", false // "elected to the council": the seat won, no party
		}
		if typ == SportResult && t.noun && lossNouns[t.lemma] && marker == "to" {
			return Agent, true // "a 2-1 defeat to Germany": the winner
		}
		if giving[typ] && typ != Visit {
			return Recipient, true // "sent aid to Y", "a call to Kim", "aid to Gaza"
		}
		if place && (typ == Visit || typ == MilitaryDeployment) || m.Kind == actor.Place {
			return Location, true
		}
		if giving[typ] {
			return Recipient, true // "a visit to Kim"
		}
		return Counterpart, true
	case "in", "at", "inside", "near", "within", "across":
		if marker == "at" && (hostile[typ] && !legalTypes[typ] || typ == WeaponsTest) && m.Kind != actor.Place {
			// "fired rockets at Israel"; not "at the airport"; a launch
			// aimed at a state ("launching rockets at Israel") has it
			// as its target too; a trial "at" a court is held there
			return Target, true
		}
		if marker == "at" && typ == Coerce && !place {
			return Target, true // "fired tear gas at protesters": whom the force is aimed at
		}
		if marker == "at" && addressed[typ] && atTargetVerbs[t.lemma] {
			return Target, true // "lashed out at the United States": whom the criticism hits, not where
		}
		if place {
			return Location, true
		}
	case "by":
		if t.passive || t.noun {
			return Agent, true
		}
	case "of":
		if t.noun {
			if typ == Visit && place {
				return Location, true // "a tour of Moscow"
			}
			if hostile[typ] {
				return Target, true
			}
			return Agent, true
		}
	case "against", "on", "upon":
		if marker == "on" && !t.noun && m.Kind == actor.Place && (onSiteTypes[typ] || typ == Attack && t.passive) {
			// "stabbed to death on the West Bank", "were shot on the
			// West Bank": where, not whom
			return Location, true
		}
		if hostile[typ] || addressed[typ] || typ == Statement {
			return Target, true
		}
		if marker == "against" && (typ == Coerce && !place || typ == Protest && !loc) {
			// "used tear gas against the crowd", "a mutiny against the
			// president", "rallied against Israel": whom the force or the
			// protest is aimed at; "a curfew on Baghdad" is where
			return Target, true
		}
		if typ == SportResult && marker == "against" && !loc {
			if t.noun && lossNouns[t.lemma] {
				return Agent, true // "a defeat against Brazil": the winner
			}
			return Counterpart, true // "a 28-12 win against Argentina": the side beaten
		}
		if loc {
			return Location, true
		}
	case "into":
		if hostile[typ] {
			return Target, true
		}
		if place {
			return Location, true
		}
	case "from":
		if typ == WeaponsSupply || typ == Aid || typ == PhoneCall {
			return Agent, true
		}
		if ousting[typ] && (t.passive || t.noun) && m.Kind == actor.Organization && !m.Location {
			return Agent, true // "was expelled from the party": the party expels
		}
		if (typ == Demand || t.lemma == "demand") && !loc {
			return Target, true // "demanded an apology from NATO": asked of NATO
		}
	case "between", "among":
		return Counterpart, true
	}
	return "", false
}

// sideTalkTypes are the two-sided types whose noun, with one side named in
// its "with" phrase, has the subject of the clause it hangs on for the
// other (talksSide).
var sideTalkTypes = map[Type]bool{Meeting: true, Negotiation: true}

// talksSide returns the actors of the active subject of the verb the noun
// event at n is an oblique of ("Putin left for talks with Kim", "agreed to
// talks with Kim", "said after talks with Kim", "before heading into talks
// with Kim", "was in Seoul for talks with Kim", the subject shared as
// treeSubject finds it), or the name a present participle of meeting
// tells of ("Putin, meeting with Kim, said"); none when the
// verb is passive or the noun hangs on it otherwise (an object: "the
// EU welcomed talks with Iran" holds none of them).
func (s *sent) talksSide(n node) []np {
	d := s.tr
	if d.rel(n) == "acl" && d.w(n).XPOS == "VBG" {
		// "Putin, meeting with Xi in Beijing, said": the name the
		// participle tells of meets
		if h, ok := d.head(n); ok {
			return s.phraseActors(h, true)
		}
	}
	if baseRel(d.rel(n)) != "obl" || d.rel(n) == "obl:agent" {
		return nil
	}
	h, ok := d.head(n)
	if !ok || !d.verbal(h) && len(d.kids(h, is("cop"))) == 0 {
		return nil // a verb, or a copula's predicate ("was in Moscow for talks")
	}
	subj, pass, ok := s.treeSubject(h)
	if !ok || pass {
		return nil
	}
	return subj
}

// statementOwners returns the actors of the active subject of the verb
// the statement noun at n is an oblique of, marked "in" ("In a statement,
// the party protested") or, for a reporting verb, "according to" ("the
// council said …, according to a statement"): who acts or speaks in it
// issued it. Nil for any other noun or verb ("X died, according to a
// statement": X issued nothing).
func (s *sent) statementOwners(n node) []np {
	d := s.tr
	h, ok := d.head(n)
	if !ok || !d.verbal(h) {
		return nil
	}
	if cw := d.caseWord(n); cw != "in" && !(accordingTo(d, n) && d.lemmaIn(h, s.d.lx.reporting)) {
		return nil
	}
	return s.obliqueSubject(n)
}

// obliqueOwners returns the actors of the subject of the verb the noun
// trigger t is an oblique of ("In its statement, the agency said": the
// agency), none without a parse. Only the verb's own nominal subject
// counts: treeSubject's climb to a governing clause would name another
// clause's actor ("sanctions imposed after its nuclear test").
func (s *sent) obliqueOwners(t *trigger) []np {
	n, ok := s.triggerNode(t)
	if !ok {
		return nil
	}
	return s.obliqueSubject(n)
}

// unseenParties returns the actors of ps that are no place and not yet
// seen: the new parties a rule may add.
func (s *sent) unseenParties(ps []np, seen map[string]bool) []actor.Mention {
	var ms []actor.Mention
	for _, p := range ps {
		if m := s.actor(p); !seen[m.ActorID] && m.Kind != actor.Place {
			ms = append(ms, m)
		}
	}
	return ms
}

// obliqueSubject returns the actors of the nominal subject of the verb
// the word at n is an oblique of; nil when n is no oblique.
func (s *sent) obliqueSubject(n node) []np {
	if baseRel(s.tr.rel(n)) != "obl" {
		return nil
	}
	h, ok := s.tr.head(n)
	if !ok {
		return nil
	}
	var out []np
	for _, c := range s.tr.kids(h, is("nsubj")) {
		out = append(out, s.phraseActors(c, true)...)
	}
	return out
}

// eventSubjected reports whether the noun at n is the predicate of a
// subject that names no actor ("the meeting with Abdelaziz will be his
// first visit"): the owner of the noun is not in that subject's words,
// but the subject's possessor, returned, if it has one ("Maskhadov's
// hajj will be his first foreign trip").
func (s *sent) eventSubjected(n node) ([]np, bool) {
	d := s.tr
	if d == nil || n == noNode || len(d.kids(n, is("cop"))) == 0 {
		return nil, false
	}
	for _, k := range d.kids(n, is("nsubj")) {
		if _, named := s.actorWord(k); !named && d.w(k).UPOS == "NOUN" {
			var own []np
			for _, c := range d.kids(k, is("nmod:poss")) {
				own = append(own, s.phraseActors(c, true)...)
			}
			return own, true
		}
	}
	return nil, false
}

// hostsNoGuest reports whether the verb "host" at n has an object that
// names no actor and is no bare name ("Wen hosted a banquet", "Australia
// hosted the World Cup"): its subject then does the event, while "Abdullah hosted Olmert"
// makes the guest the one who acts (a visit) and the host the visited.
func (s *sent) hostsNoGuest(n node) bool {
	d := s.tr
	objs := d.kids(n, is("obj"))
	if len(objs) == 0 {
		return false
	}
	for _, o := range objs {
		if len(s.phraseActors(o, false)) > 0 {
			return false
		}
		if d.w(o).UPOS == "PROPN" && len(d.kids(o, is("det"))) == 0 {
			return false // "hosted Olmert": a guest's name the document knows no actor for
		}
	}
	return true
}

// armedGroupOutside reports whether p names an armed group of no country
// ("troops", "soldiers" the story never qualifies: agent:-:soldiers,
// actor/data/lexicon.yaml own_armed_agents) and the event of type typ is
// no hostile act: such a group is a party to the violence it does or
// suffers ("armed soldiers abducted 60 adults"), while "pledged troops"
// or "mobilized 10,000 soldiers" name what is sent, and whose troops
// withdraw or sign the story tells by other words.
func (s *sent) armedGroupOutside(p np, typ Type) bool {
	return !hostile[typ] && actor.ArmedGroup(s.actor(p).ActorID)
}

// placeCases are the prepositions that set a place name as where
// something is or happens ("in Kursk", "near Kyiv"): a place so named is
// no agent (data/words.yaml).
var placeCases = wordList("place_cases")

// participants assigns roles to the actors of the trigger's clause.
func (s *sent) participants(t *trigger) ([]Participant, string) {
	var out []Participant
	seen := map[string]bool{}
	n, hasTree := s.triggerNode(t)
	dateline := s.datelineEnd()
	// addID adds the actor id in role r unless a role of the mention
	// already holds it
	addID := func(id string, r Role) {
		if seen[id] {
			return
		}
		seen[id] = true
		out = append(out, Participant{ActorID: id, Role: r})
	}
	add := func(p np, r Role) {
		if s.armedGroupOutside(p, t.e.Type) {
			return // "pledged troops": what is sent, no party
		}
		if r != Location && hasTree && s.reporterPhrase(p.start, n, spokenVenues[t.e.Type]) {
			return // "…, official Palestinian radio said": the source
		}
		if r != Location && hasTree && s.toldMedium(p, n) {
			return // "Hassan told Reuters that "we withdrew"": the medium only hears it
		}
		if r != Location && p.start >= s.first && p.start < dateline {
			return // "MOGADISHU, Dec 23 (AFP) - Somali Islamists captured": where the report was filed
		}
		if s.inEventName(p) {
			return // "the Visiting Forces Agreement": a word of a name
		}
		if s.inBodyName(p) {
			return // "the Boao Forum for Asia": a word of a name (namedsite.go)
		}
		if s.originQualifier(p) {
			return // "the UAE-flagged ship": where it comes from
		}
		if hasTree && s.awardName(p) {
			return // "won the Carlsberg Player of the Game award": a word of the award's name
		}
		if t.e.Type == SportResult && hasTree && s.prizeQualifier(p) {
			return // "won the German title": where the title is held, no side
		}
		if hasTree && s.backerQualifier(p, n) {
			return // "agreed to an Egypt-proposed plan": who backs the plan
		}
		if hasTree && s.stanceName(p, n) {
			return // "a pro-American mayor was shot": the side the mayor takes, no party
		}
		if hasTree && t.e.FinderSubject && s.finderPhrase(p, n) {
			return // "police found the bodies of three men": who finds them, no party
		}
		if r == Agent && s.opposedName(p) {
			// "anti-Israeli bombings", "anti-Russian protests": who the act
			// is against, never who does it
			if !hostile[t.e.Type] {
				return
			}
			r = Target
		}
		if r == Agent && s.actor(p).Kind == actor.Place && placeCases[s.word(p.start-1)] {
			// "the bombing in Kursk, which killed two": where, never who
			r = Location
		}
		if t.e.Type == MarketMovement && hasTree && s.tradedPlace(p) {
			// "New York's main contract lost 45 cents", "In London, Brent
			// crude gained": where it trades, no party (tradedplace.go)
			return
		}
		if r == Agent && t.e.Type == MarketMovement && hasTree && s.marketPlace(p) {
			// "Hong Kong stocks went up", "Australian share prices
			// slipped": where the market trades, not who moves it
			r = Location
		}
		if r == Location && hasTree && s.causePlace(p, n, t.e.Type) {
			return // "rose, tracking gains on Wall Street": where the cause happened (causeplace.go)
		}
		if r == Location && s.nearBorder(p) {
			return // "a town near the Iranian border": beside that state, not in it
		}
		if r != Location && s.nationalityOfIndividual(p) && !(r == Agent && t.e.Type == Statement && s.stateVoice(p)) {
			// "a US congressman pleaded guilty": not the state, but the
			// person a later sentence names so; yet "a US diplomat
			// warned" speaks for the state (stateVoice)
			if m, ok := s.namedLater(p); ok {
				addID(m.ActorID, r)
			}
			return
		}
		if r != Location && hasTree && s.demonymPerson(p) {
			// "The Malaysian won the title": the person named before
			if m, ok := s.resolveDemonym(p, seen); ok {
				addID(m.ActorID, r)
			}
			return
		}
		id := s.actor(p).ActorID
		if r == Location {
			id = s.d.placeOf(s.actor(p))
			if !t.noun && hasTree && speechActs[t.e.Type] && s.inObjectOf(p, n) {
				t.objectPlaces = append(t.objectPlaces, id) // objectplaces.go
			}
		}
		addID(id, r)
	}
	hasAgent := func() bool {
		for _, p := range out {
			if p.Role == Agent {
				return true
			}
		}
		return false
	}
	var anchor node
	hasAnchor := false
	if t.anchor >= 0 {
		anchor, hasAnchor = s.treeNode(t.anchor)
	}
	visitor := false // a participle's noun names who does it (participle.go)
	if !t.noun && hasTree && t.e.Type == Visit {
		if o, ok := s.attributiveVisitor(n); ok {
			for _, a := range s.phraseActors(o, true) {
				add(a, Agent) // "Tang and visiting Minister Lavrov said": Lavrov visits, no one visited
			}
			if h, ok := s.receptionHead(n); ok {
				if subj, passive, ok := s.treeSubject(h); ok && !passive {
					for _, p := range subj {
						add(p, Counterpart) // "Hu received visiting President Kibaki": Hu hosts
					}
				}
			}
		}
	}
	if t.noun && hasTree {
		if p, ok := s.visitorNamed(t); ok {
			for _, a := range p {
				add(a, Agent) // "his visiting counterpart Shinzo Abe": Abe visits
			}
			visitor = true
		}
	}
	if hasTree && hostile[t.e.Type] && s.tr.w(n).UPOS == "NOUN" {
		// (the trigger may be read as a verb: "has been under arrest")
		for _, p := range s.underHolders(n) {
			add(p, Target) // "Suu Kyi has been under house arrest": she is held
		}
	}
	if t.noun && !visitor {
		var poss, mods []np
		if hasTree {
			poss, mods = s.treeModifiers(n)
			if len(poss) == 0 && len(mods) == 0 && s.subjectlessVerb(t, n) {
				// "protested the German court ruling", the parse's verb
				// "ruling" with the names hung elsewhere: the names
				// written before the noun
				poss, mods = s.premodifiers(t)
			}
			if p, ok := s.possessorBefore(t); ok && len(poss) == 0 {
				poss = append(poss, p) // "X (Y)'s takeover" the parse hung elsewhere
			}
		} else {
			poss, mods = s.premodifiers(t)
		}
		contested := hasTree && t.e.Type == Election && s.contestedBy(n)
		for _, p := range poss {
			if k := s.actor(p).Kind; k == actor.Place && !hostile[t.e.Type] && t.e.Type != SportResult || contested && k == actor.Country {
				// (a town owning a game's result is its team: "Chelsea's
				// final win over Liverpool")
				add(p, Location) // "Guangdong's economic conference": where it is held
				continue
			}
			if hasTree && s.possessorUndergoes(t, n, p) {
				add(p, s.passiveRole(t, s.actor(p))) // "Hariri's assassination": Hariri was killed
				continue
			}
			if t.e.Type == SportResult && s.actor(p).Kind == actor.Place {
				addID(s.actor(p).ActorID, Agent) // "scoring in Chelsea's final win": the town's team, not where
				continue
			}
			add(p, Agent)
		}
		if len(poss) == 0 && t.anchor < 0 && hasTree {
			if subj := s.venueSubject(n, t.e.Type); len(subj) > 0 {
				// "at the White House press conference, Bush said": who
				// speaks there acts; the names before the noun are its
				// venue, but for people ("the Putin-Kim summit")
				for _, p := range subj {
					add(p, Agent)
				}
				mods = slices.DeleteFunc(mods, func(p np) bool { return s.actor(p).Kind != actor.Person })
			}
		}
		for _, p := range mods {
			if k := s.actor(p).Kind; contested && (k == actor.Country || k == actor.Place) {
				// "Trump won the US election": where it is held; who
				// won it is its agent (contestants)
				add(p, Location)
				continue
			}
			if t.e.Type == Election && electedBody(s.actor(p)) {
				continue // "the Legislative Council election": the body elected, no party
			}
			if t.e.Type == Verdict && s.actor(p).Kind != actor.Place && s.courtModifier(t, p) {
				add(p, Agent) // "the German court ruling", "a Berlin court verdict": the court rules
				continue
			}
			if len(mods) == 1 && (len(poss) == 0 || t.e.Type == Visit) && !s.pairedName(p) && s.venueModifier(t.e.Type, s.actor(p)) {
				// "the Hong Kong meeting", "a Beirut bombing": where, not
				// who; a trip's place is where it goes, whoever makes it
				// ("Bush's China trip")
				add(p, Location)
				continue
			}
			if hostile[t.e.Type] && hasTree && s.siteModifier(p, n) {
				add(p, Target) // "the World Trade Center attack", "the US Embassy bombing": what was struck
				continue
			}
			if a := s.actor(p); hostile[t.e.Type] && !s.attackerModifier(t.e.Type, a) && !s.targetAfter(t, n, hasTree) {
				add(p, Target) // "the Ukraine invasion"; but "Russian strikes", "UN sanctions against Libya"
				continue
			}
			switch {
			case hasTree && s.agentConjunct(p, mods, out):
				add(p, Agent) // "the US and British invasion": both invade (cospeakers.go)
			case hasAgent():
				add(p, Counterpart)
			default:
				add(p, Agent)
			}
		}
	}
	if t.recipient >= 0 {
		// "Kim gave Shoigu a tour": the recipient visits, the giver hosts;
		// "Russia granted Ukraine a loan": the recipient receives, the
		// giver gives (guestRecipient)
		role := Recipient
		if t.guestRecipient() {
			role = Agent
		}
		if p, ok := s.mentionAt(t.recipient); ok {
			add(p, role)
		} else {
			exclude := map[string]bool{}
			for _, p := range s.subject(t.anchor) {
				exclude[s.actor(p).ActorID] = true
			}
			if id, ok := s.resolvePerson(t.recipient, exclude); ok && !seen[id] {
				seen[id] = true
				out = append(out, Participant{ActorID: id, Role: role})
			}
		}
	}
	if t.noun && hasTree && !hasAgent() && t.anchor < 0 && len(s.tr.kids(n, is("nmod:poss"))) == 0 {
		// "was ousted by Venn in an election": the passive verb's agent
		// (passivenoun.go)
		for _, p := range s.passiveHeadAgents(n) {
			add(p, Agent)
		}
	}
	if t.noun && hasTree {
		// "a coup that ousted Karimov": he undergoes the coup
		// (undergone.go)
		for _, p := range s.undergoers(t, n) {
			add(p, Target)
		}
	}
	if t.noun && !hasAgent() && t.anchor < 0 {
		// "his conversation with Putin": the subject of the clause
		if j := s.possessivePronoun(t); j >= 0 && s.word(j) == "its" {
			// "In its statement, the agency said": the body or state the
			// clause the noun is an oblique of has for subject
			var own []np
			if hasTree {
				own = s.reasonOwners(n)
			}
			if len(own) == 1 {
				// "sanctions on Ruritania over its missile launch": the
				// one the act is done to (reasonowner.go)
				add(own[0], Agent)
			} else if subj := s.obliqueOwners(t); len(subj) == 1 && s.actor(subj[0]).Kind != actor.Person {
				add(subj[0], Agent)
			}
		} else if j >= 0 {
			// "before his arrest": the person the pronoun stands for is
			// arrested, as a possessive name would be (ownerUndergoes)
			ownerRole := func(a actor.Mention) Role {
				if hasTree && s.ownerUndergoes(t, n) {
					return s.passiveRole(t, a)
				}
				return Agent
			}
			if own := s.obliqueOwners(t); len(own) == 1 && s.actor(own[0]).Kind == actor.Person {
				// "Koizumi brought in Abe and Aso in his reshuffle": who
				// brought them in, not the name nearest the pronoun; but
				// "spoke to reporters before his arrest": an act of its
				// own, before or after the verb's, done to the subject
				role := Agent
				if sequenceCases[s.tr.caseWord(n)] {
					role = ownerRole(s.actor(own[0]))
				}
				add(own[0], role)
			} else if own, ok := s.eventSubjected(n); ok {
				// "the meeting with Abdelaziz will be his first visit": the
				// pronoun stands for no name of that subject, but for its
				// owner ("Maskhadov's hajj will be his first trip")
				if len(own) == 1 && s.actor(own[0]).Kind == actor.Person {
					add(own[0], ownerRole(s.actor(own[0])))
				}
			} else if subj := s.subject(j); len(subj) == 1 && s.actor(subj[0]).Kind == actor.Person {
				// "Abe said his visit went well": the pronoun stands for
				// the speaker, who owns the noun though he reports it
				// (speakerowned.go): no reporter phrase to pass over
				addID(s.actor(subj[0]).ActorID, ownerRole(s.actor(subj[0])))
			} else if len(subj) == 0 {
				// "His visit to Moscow ...": the person named before
				if m, ok := s.resolvePronoun(j, seen); ok {
					seen[m.ActorID] = true
					out = append(out, Participant{ActorID: m.ActorID, Role: ownerRole(m)})
				}
			}
		}
	}
	if hasTree && t.e.Type == Visit && !hasAgent() && (t.noun && t.anchor < 0 || !t.noun && t.anchor == t.start && s.tr.w(n).UPOS == "NOUN") &&
		len(s.tr.kids(n, is("nmod:poss"))) == 0 {
		// "he was detained on a visit to friends": the subject of the
		// clause the visit is the occasion of makes it (visitor.go); also
		// a verb entry the parse reads as a noun ("at the start of a
		// three-day visit")
		if m, ok := s.visitorOf(n, seen); ok {
			addID(m.ActorID, Agent)
		}
	}
	if t.noun && hasTree && !hasAgent() && t.anchor < 0 && t.e.Type != SportResult {
		// "after their talks, X and Y signed": X and Y talk (pluralowner.go);
		// not a game's result, whose owner may be its loser ("their loss")
		for _, p := range s.pluralOwners(n) {
			add(p, Agent)
		}
	}
	if t.noun && hasTree && hostile[t.e.Type] {
		// "an attack blamed on Syria": Syria is said to have done it
		for _, p := range s.assignedTo(n) {
			add(p, Agent)
		}
	}
	passive := t.passive
	reduced := false // a participle read as passive though the parse has no passive
	if t.anchor >= 0 && !(t.noun && hasAgent() && t.recipient < 0) && !(t.passive && t.lemma == "discuss") {
		var subj []np
		ok, speaker := false, false
		if hasAnchor {
			if subj, ok = s.speakerOfConjunct(t, anchor); ok {
				passive, speaker = false, true // "X said Y were Z but assured …": X assured
			} else {
				var pass bool
				subj, pass, ok = s.treeSubject(anchor)
				if !ok {
					subj, pass, ok = s.purposeSubject(anchor)
				}
				if ok {
					passive = pass
				}
			}
		}
		if !ok {
			subj = s.subject(t.anchor)
			if hasAnchor {
				subj = s.withinSubject(anchor, subj)
			}
			passive = t.passive
			if !passive && hostile[t.e.Type] && hasAnchor && anchor == n && s.nounParticiple(anchor) {
				passive, reduced = true, true // "soldiers captured by troops": the noun undergoes the act
			}
		} else if !passive && !speaker && anchor == n && patientVerbs[t.e.Type] && s.bareComplementClause(anchor) {
			passive, reduced = true, true // "videos showed soldiers captured": no active capture without a captive
		}
		if p, named, ok := s.stateObject(t); ok && !passive {
			// "the war saw 160 soldiers killed": they were killed
			subj, passive, speaker = nil, true, false
			if named {
				subj = []np{p}
			}
		}
		if p, ok := s.forSubject(t); ok {
			// "clear for Shoigu to sign an agreement": Shoigu signs
			subj, passive, speaker = []np{p}, false, false
		}
		if p, ok := s.visitorNamed(t); ok {
			// "his visiting counterpart Shinzo Abe": Abe visits
			// (participle.go)
			subj, passive, speaker = p, false, false
		}
		if p, ok := s.appositiveParticiple(t); ok {
			// "Shoigu, arrested in Moscow on Monday, denied …": the
			// name the participle is set beside undergoes it
			subj, passive, speaker = []np{p}, true, false
		}
		for _, p := range subj {
			switch {
			case t.recipient >= 0 && t.e.Type == SportResult:
				// "a late header gave Dunmore a 2-0 win", "Kelsby scored
				// to give Dunmore a win": the scorer plays for the winner, no
				// other side of the game
			case t.recipient >= 0 && t.guestRecipient():
				add(p, Counterpart)
			case t.lemma == "host" && !(hasTree && s.hostsNoGuest(n)):
				add(p, Counterpart)
			case s.receives(t):
				add(p, Recipient) // "Y received a call from X"
			case s.receivesAct(t):
				add(p, Target) // "Y received a warning": Y is warned
			case passive && hasAnchor && s.weaponSubject(anchor):
				add(p, Agent) // "an Israeli missile was fired": Israel fired it
			case passive:
				add(p, s.passiveRole(t, s.actor(p)))
			case speaker:
				if id := s.actor(p).ActorID; !seen[id] {
					seen[id] = true // the reporter here acts: no source to drop
					out = append(out, Participant{ActorID: id, Role: Agent})
				}
			default:
				add(p, Agent)
			}
		}
		if hasAnchor && len(subj) == 0 {
			// "A congressman pleaded guilty": the person a later
			// sentence names "the congressman"
			if k, ok := s.climbedSubject(anchor); ok && s.unnamedIndividual(k) {
				if m, ok := s.namedLaterNoun(k); ok && !seen[m.ActorID] {
					r := Agent
					if passive {
						r = s.passiveRole(t, m)
					}
					addID(m.ActorID, r)
				}
			}
		}
	} else if t.adjectival && hasTree {
		if subj, pass, ok := s.treeSubject(n); ok && pass {
			for _, p := range subj {
				add(p, s.passiveRole(t, s.actor(p)))
			}
		}
	}
	if hasAnchor && !passive && !hasAgent() {
		// "The council also urged …": the body named before
		if m, ok := s.resolveBody(anchor); ok && !seen[m.ActorID] {
			seen[m.ActorID] = true
			out = append(out, Participant{ActorID: m.ActorID, Role: Agent})
		}
	}
	if hasAnchor && !passive && !hasAgent() {
		// "The statement condemned …": who issued the statement told
		// before (statementsubject.go)
		if m, ok := s.statementIssuer(t, anchor); ok && !seen[m.ActorID] {
			seen[m.ActorID] = true
			out = append(out, Participant{ActorID: m.ActorID, Role: Agent})
		}
	}
	if !t.noun && hasTree && passive && !hasAgent() {
		// "was killed in an Israeli air strike": the strike's side
		for _, p := range s.instrumentAgents(n) {
			add(p, Agent)
		}
	}
	var comps []marked
	if hasTree {
		args := s.treeComplements(n, t.noun)
		if t.noun && hasAnchor && anchor != n {
			for _, a := range s.treeComplements(anchor, false) {
				if a.rel != "obj" && a.rel != "iobj" {
					args = append(args, a)
				}
			}
		}
		if t.object != nil {
			if on, ok := s.triggerNode(t.object); ok {
				args = append(args, s.treeComplements(on, true)...)
			}
		}
		if !t.noun {
			args = append(args, s.triggerObjectPartners(t, n)...)
		}
		for _, a := range args {
			if a.rel == "obl:agent" && s.activeVerb(t, n) {
				continue // "hailed … a statement by X": the parse's slip, X is no agent of hailing
			}
			if a.rel == "obl:agent" && s.statusAgentSlip(t, n) {
				continue // "listed as killed by the air force": the air force lists (asstatus.go)
			}
			if a.rel == "obl:agent" {
				add(a.p, Agent)
				continue
			}
			comps = append(comps, marked{a.p, a.marker})
		}
	}
	if !hasTree || len(comps) == 0 {
		// the tree attaches no actor: the word window may (a misattached
		// "with" phrase, a name the parse split)
		comps = s.complements(t)
		if hasTree {
			// a name the tree hangs on an act noun in a cause or purpose phrase
			// is that act's ("jailed for insult to Putin": actNounParty)
			comps = slices.DeleteFunc(comps, func(c marked) bool {
				// "vowing China is willing": China is no party of the vow;
				// but "demanded Iran stop": the demand's addressee, and a
				// name after a preposition is the trigger's whatever the parse
				return c.marker == "by" && s.agentOfOther(c.p.end-1, n) ||
					c.marker == "by" && t.noun && s.nestedAgent(c.p.end-1, n) ||
					c.marker == "" && !addressed[t.e.Type] && s.subjectOfOther(c.p.end-1, n) ||
					c.marker != "by" && groundTypes[t.e.Type] && s.inGroundClause(c.p.start, n) ||
					t.noun && s.objectOfSubjectNoun(c.p.end-1, n) ||
					!t.noun && s.actNounParty(c.p.end-1, n) && !locationRole(t, c.marker, s.actor(c.p))
			})
		}
		if reduced {
			// "soldiers captured fighting on the Russian side": the
			// side is the fighting's; a place there is the capture's too
			comps = slices.DeleteFunc(comps, func(c marked) bool {
				r, _ := roleFor(t, c.marker, s.actor(c.p))
				return r != Location && s.inClauseOf(c.p.start, anchor)
			})
		}
	}
	if hasTree && !t.noun && hostile[t.e.Type] {
		// "raided the home of Odinga": the owner of what is struck; added
		// after the word windows, which still find where it happened
		for _, p := range s.heldOwners(n) {
			comps = slices.DeleteFunc(comps, func(c marked) bool { return c.p == p }) // the window's "of X": no role
			comps = append(comps, marked{p, ""})
		}
	}
	for _, c := range comps {
		r, ok := roleFor(t, c.marker, s.actor(c.p))
		if ok && r == Location && hasTree && s.demonymOfPeople(c.p) {
			continue // "visited ill Palestinian prisoners in jail": whose, not where
		}
		if c.marker == "to" && hasTree && t.e.Type != Visit && s.postedTo(c.p) {
			// "summoned the Venezuelan ambassador to Ecuador": the
			// envoy's title, no party; a visit's "to" may be where it
			// goes ("sent an envoy to Ecuador")
			continue
		}
		if (!ok || r != Location) && hasTree && s.demonymVenue(c.p) {
			if t.e.Type == Protest || hostile[t.e.Type] {
				add(c.p, Target) // "a sit-in outside the German embassy", "the bombing of the Australian embassy": aimed at that state
			}
			continue // "met at the Israeli embassy": where, not who
		}
		if t.adjectival && c.marker == "" {
			r, ok = s.passiveRole(t, s.actor(c.p)), true
		}
		if !ok {
			continue
		}
		if (c.marker == "between" || c.marker == "among" || c.marker == "of") && r != Target && !hasAgent() {
			r = Agent
		}
		if r == Agent && hasAgent() && !passive && !sideFor(t, c.marker) && !(t.noun && c.marker == "by") {
			// a second agent is a counterpart, but the names of a noun's
			// "by" phrase all do it ("a boycott by Russia, Iran and China")
			r = Counterpart
		}
		if (r == Agent || r == Counterpart) && c.marker != "between" && c.marker != "among" && (s.actor(c.p).Kind == actor.Place || hasTree && s.venueCompound(c.p)) &&
			t.e.Type != SportResult {
			// "jolted the city of Jiujiang, Jiangxi Province", "signed the
			// Helsinki accord": where, not a side; but a town a game's
			// result is won over, lost to or drawn with is its team ("a
			// final win over Liverpool")
			r = Location
		}
		add(c.p, r)
	}
	if !t.noun && hasTree && !passive {
		// "Police arrested him", "Mubarak met her": whom the pronoun stands for
		for _, m := range s.pronounObjects(n, seen) { // seen holds the parties of out
			if r, ok := roleFor(t, "", m); ok && r != Location {
				addID(m.ActorID, r)
			}
		}
	}
	if !t.noun && !hasAgent() {
		// "US food aid pledged in February": the aid's giver pledged
		for _, p := range s.eventOwners(t) {
			add(p, Agent)
		}
	}
	if !t.noun && hasTree && passive && !hasAgent() {
		// "X was kidnapped when gunmen stormed his house"
		for _, p := range s.whenAgents(n) {
			add(p, Agent)
		}
	}
	if t.noun && hasTree && !hasAgent() && t.anchor < 0 && !hostile[t.e.Type] {
		// "Abdullah opened the summit with a warning": who opened it warned
		for _, p := range s.mannerSubject(n) {
			add(p, Agent)
		}
	}
	if t.noun && hasTree && !hasAgent() {
		// "Hamas was behind the attack", "claimed responsibility for it"
		for _, p := range s.blamed(n) {
			add(p, Agent)
		}
	}
	if t.noun && hasTree && t.e.Type == SportResult && (lossNouns[t.lemma] || !hasAgent()) {
		// "Jordan recorded a 13-0 victory over Macao": the winner;
		// "United slumped to a 1-0 defeat": the loser, the other side
		r := Agent
		if lossNouns[t.lemma] {
			r = Counterpart
		}
		for _, p := range s.sportSide(n) {
			add(p, r)
		}
	}
	if t.noun && hasTree && !hasAgent() && t.e.Type == Election {
		// "Nazarbayev won 91 percent in Sunday's poll": a contestant
		for _, p := range s.contestants(n) {
			add(p, Agent)
		}
		if m, ok := s.pronounContestant(n, seen); ok && !hasAgent() {
			// "allegations she cheated to win the election"
			seen[m.ActorID] = true
			out = append([]Participant{{ActorID: m.ActorID, Role: Agent}}, out...)
		}
	}
	if t.noun && hasTree && t.e.Type == Election && hasAgent() {
		// "won the election, defeating her rival": who lost it
		for _, p := range s.rivals(n) {
			add(p, Counterpart)
		}
	}
	if hasAnchor && !hasAgent() && !(t.noun && t.anchor < 0) {
		// "the bank said it was raising rates": the reporter speaks of its own act
		if subj, ok := s.reporterSubject(anchor); ok {
			for _, p := range subj {
				r := Agent
				if passive {
					r = s.passiveRole(t, s.actor(p))
				}
				if id := s.actor(p).ActorID; !seen[id] {
					seen[id] = true // the reporter here is who acts: no source to drop
					out = append(out, Participant{ActorID: id, Role: r})
				}
			}
		}
	}
	if hasAnchor && !hasAgent() && !passive && !(t.noun && t.anchor < 0) {
		// ""We condemn the attack," she said": the person she stands for
		if m, ok := s.firstPersonReporter(anchor, seen); ok && !seen[m.ActorID] {
			out = agentsFirst([]actor.Mention{m}, seen, out)
		}
	}
	if hasAnchor && !(t.noun && t.anchor < 0) {
		// "He held talks with ...": the person the pronoun stands for;
		// "He was appointed by Yeltsin": the one appointed, beside the agent
		if i, pass := s.pronounSubject(anchor); i >= 0 && (pass || !hasAgent()) {
			exclude := seen
			if pass {
				// the pronoun is none of the agents; a patient already
				// taken ("Rumsfeld, … when he was appointed") is the one
				exclude = map[string]bool{}
				for _, p := range out {
					if p.Role == Agent {
						exclude[p.ActorID] = true
					}
				}
			}
			if m, ok := s.resolvePronoun(i, exclude); ok && !seen[m.ActorID] {
				r := Agent
				if pass {
					r = s.passiveRole(t, m)
				}
				seen[m.ActorID] = true
				out = append([]Participant{{ActorID: m.ActorID, Role: r}}, out...)
			}
		}
	}
	if hasAnchor && !hasAgent() && !passive && !(t.noun && t.anchor < 0) {
		// "They also attacked a boat": the group the sentence before is about
		if i, plural := s.groupPronounSubject(anchor); i >= 0 {
			if ms, ok := s.resolveGroupPronoun(i, plural, seen); ok {
				out = agentsFirst(ms, seen, out)
			}
		}
	}
	if hasAnchor && !hasAgent() && !passive && !(t.noun && t.anchor < 0) {
		// "The two countries also agreed …": the two named before
		if i, kind := s.pairSubject(anchor); i >= 0 {
			if ms, ok := s.resolvePair(i, kind, seen); ok {
				out = agentsFirst(ms, seen, out)
			}
		}
	}
	if hasAnchor && !hasAgent() && passive && !(t.noun && t.anchor < 0) {
		// "the accord signed by the two governments": the two named before
		if i, kind := s.pairByAgent(anchor); i >= 0 {
			if ms, ok := s.resolvePair(i, kind, seen); ok {
				out = agentsFirst(ms, seen, out)
			}
		}
	}
	if hasTree && !hasAgent() && figureTypes[t.e.Type] {
		// "its operating profit dropped": the body "its" stands for
		// (figureowner.go)
		if m, ok := s.figureOwner(t, n); ok && !seen[m.ActorID] {
			out = agentsFirst([]actor.Mention{m}, seen, out)
		}
	}
	if t.noun && hasTree && !hasAgent() && sideTalkTypes[t.e.Type] && slices.ContainsFunc(out, func(p Participant) bool { return p.Role == Counterpart }) {
		// "Arafat spoke before heading into talks with Mubarak": the
		// other side of the talks is who goes to them
		out = agentsFirst(s.unseenParties(s.talksSide(n), seen), seen, out)
	}
	if t.noun && hasTree && t.anchor < 0 && !hasAgent() {
		for _, p := range s.embarkedBy(t, n) {
			add(p, Agent) // "supporters went on the rampage" (embark.go)
		}
	}
	if t.noun && hasTree && t.anchor < 0 {
		// "the president was toppled in a popular uprising": whom it was against;
		// "police were injured in clashes with protesters": a side
		// (befallen.go)
		suffered, doers := s.befallenIn(t, n)
		for _, p := range doers {
			add(p, Agent)
		}
		for _, p := range suffered {
			switch {
			case !fightNouns[lastWord(t.lemma)]:
				add(p, Target)
			case hasAgent():
				add(p, Counterpart)
			default:
				add(p, Agent)
			}
		}
	}
	if t.noun && hasTree && !hasAgent() && t.e.Type == Statement {
		// "In a press statement, the party protested", "the council said
		// …, according to a statement": who says it issued it
		out = agentsFirst(s.unseenParties(s.statementOwners(n), seen), seen, out)
	}
	if t.noun && hasTree && !slices.ContainsFunc(out, func(p Participant) bool { return p.Role == Location }) {
		for _, p := range s.relativePlaces(t, n) {
			add(p, Location) // "a flood that trapped eight in Liaoning" (relativeplace.go)
		}
	}
	if undergoneSubject[t.e.Type] {
		// "the poet Olav Brenner died": the one who dies undergoes it,
		// named as the victims of a killing are
		agentsToTargets(out)
	}
	return out, s.location(out)
}

// prizeNouns name what a sports result wins (data/words.yaml).
var prizeNouns = wordList("prize_nouns")

// prizeQualifier reports whether the country phrase p qualifies, as an
// adjective or a compound, a noun of prizeNouns ("won the German title",
// "the Kenya national title", "her first US outdoor title"): it tells
// where the title is held, not who is beaten nor whom the winner plays for.
func (s *sent) prizeQualifier(p np) bool {
	k, ok := s.countryModified(p, true)
	d := s.tr
	for i := 0; ok && i < prizeReach; i++ {
		if prizeNouns[strings.ToLower(d.w(k).Form)] {
			return true
		}
		if r := d.rel(k); r != "amod" && r != "compound" {
			return false
		}
		k, ok = d.head(k)
	}
	return false
}

// awardNouns end the names of awards (data/words.yaml).
var awardNouns = wordList("award_nouns")

// awardName reports whether the phrase p is a word of an award's name:
// its last word a compound or flat modifier, within prizeReach steps, of
// a noun of awardNouns ("the Sakharov Prize"), or followed by the rest of
// the name, capitalized words and "of the", and such a noun ("the
// Carlsberg Player of the Game award", which the parse may split).
func (s *sent) awardName(p np) bool {
	for j := p.end; j < s.last && j < p.end+awardNameReach; j++ {
		w := s.word(j)
		if awardNouns[w] {
			return j > p.end
		}
		if j == p.end && w == "the" || w != "of" && w != "the" && !capitalized(s.tok(j).Text) {
			break // "awarded Kim the Order of Lenin": the award after its winner
		}
	}
	k, ok := s.treeNode(p.end - 1)
	d := s.tr
	for i := 0; ok && i < prizeReach; i++ {
		if r := d.rel(k); r != "compound" && baseRel(r) != "flat" {
			return false
		}
		k, ok = d.head(k)
		if ok && awardNouns[strings.ToLower(d.w(k).Form)] {
			return true
		}
	}
	return false
}

// awardNameReach is how many words of an award's name may follow a name
// inside it before the award noun ("Man [of the Match] award").
const awardNameReach = 5

// prizeReach is how many modifiers a country may stand before the prize
// noun it qualifies ("the Kenya national 3000m steeplechase title").
const prizeReach = 3

// underHolders returns the actors a hostile noun at n is done to when
// the noun, marked by "under", tells the state they are in: the subject
// of the noun as predicate or of the verb it is an oblique of ("Suu Kyi,
// who has been under house arrest", "Abbas remains under house arrest",
// "Pinochet was placed under house arrest", "the town came under
// attack"), or that verb's object when it has one ("a judge placed
// Pinochet under house arrest": the judge is no patient).
func (s *sent) underHolders(n node) []np {
	d := s.tr
	if d.rel(n) == "compound" {
		if h, ok := d.head(n); ok {
			n = h // "house arrest": the phrase's head
		}
	}
	if d.caseWord(n) != "under" {
		return nil
	}
	if len(d.kids(n, is("nsubj", "nsubj:pass"))) > 0 {
		subj, _, _ := s.treeSubject(n)
		return subj
	}
	h, ok := d.head(n)
	if !ok || d.rel(n) != "obl" && d.rel(n) != "nmod" || !d.verbal(h) {
		return nil
	}
	if o := d.kids(h, is("obj")); len(o) > 0 {
		return s.phraseActors(o[0], false)
	}
	subj, _, _ := s.treeSubject(h)
	return subj
}

// finderPhrase reports whether the actor phrase p lies in the active
// subject of the verb at n, whose entry tells an event by its discovery
// (finder_subject in data/triggers.yaml): "police found the bodies of
// three men" is a death the police did not undergo nor cause.
func (s *sent) finderPhrase(p np, n node) bool {
	d := s.tr
	subj := d.kids(n, is("nsubj"))
	for _, k := range subj {
		if lo, hi := s.subtreeTokens(k); p.start >= lo && p.start < hi {
			return true
		}
	}
	if len(subj) > 0 || len(d.kids(n, is("nsubj:pass", "aux:pass"))) > 0 || d.w(n).XPOS == "VBN" {
		return false
	}
	// an active verb the parse gave no subject ("Israeli police on Monday
	// found the bodies" misread as a verb beside the noun): a phrase
	// before it is who finds
	toks := s.tokensOf(n)
	return len(toks) > 0 && p.end <= toks[0] && p.start >= s.first
}

// undergoneSubject are the types whose subject undergoes the event, no
// one doing it: a death's subject is its target, as a killing's victim is.
var undergoneSubject = map[Type]bool{Death: true}

// partnerMarkers mark the other side of a light verb's event noun: "held
// talks with Egypt", "signed a deal between the two".
var partnerMarkers = wordList("partner_markers")

// triggerObjectPartners returns the actor phrases the parse hangs, marked
// by one of partnerMarkers, on the noun object of the verb at n when that
// noun is a word of the trigger t ("held talks with Egyptian officials in
// Cairo": the officials' Egypt, which the word windows miss once the tree
// gives the place).
func (s *syntax) triggerObjectPartners(t *trigger, n node) []treeArg {
	var out []treeArg
	for _, c := range s.tr.kids(n, is("obj")) {
		toks := s.tokensOf(c)
		if len(toks) == 0 || toks[0] < t.start || toks[0] >= t.end {
			continue
		}
		for _, a := range s.treeComplements(c, true) {
			if partnerMarkers[a.marker] {
				out = append(out, a)
			}
		}
	}
	return out
}

// targetMarkers are the prepositions of the phrase naming whom a hostile
// noun event is aimed at ("sanctions against Libya", "an attack on Kyiv").
var targetMarkers = wordList("target_markers")

// targetAfter reports whether the noun event t (at n in the tree when
// hasTree) has an actor phrase marked by one of targetMarkers, in the tree
// or, where the parse hangs it elsewhere, right after the noun ("UN
// sanctions against Libya"): that one is the target, and a name before
// the noun is who acts.
func (s *sent) targetAfter(t *trigger, n node, hasTree bool) bool {
	var comps []marked
	if hasTree {
		for _, a := range s.treeComplements(n, true) {
			comps = append(comps, marked{a.p, a.marker})
		}
	}
	comps = append(comps, s.complements(t)...)
	for _, c := range comps {
		if targetMarkers[c.marker] && s.actor(c.p).Kind != actor.Place && !s.actor(c.p).Location {
			return true
		}
	}
	return false
}

// attackerModifier reports whether the name m before a hostile noun event
// of type typ names who does it rather than whom it is done to: a
// nationality adjective or a state's initials used as one ("Russian
// strikes", "a US air strike"), or, before an act of violence, a body or
// a group ("a NATO strike", "a Hamas attack", "the rebel kidnapping"),
// and before sanctions a body, which imposes them ("the UN sanctions",
// "EU sanctions"). A place or a person there is the target ("the Ukraine
// invasion", "the Bhutto assassination"), and so is a body tried or
// investigated ("the Yukos trial") and a court ("court bombings": courts
// try, they do not bomb).
func (s *sent) attackerModifier(typ Type, m actor.Mention) bool {
	switch m.Kind {
	case actor.Country:
		return !m.Location && (demonym(m.Text) || initials(m.Text))
	case actor.Organization:
		if m.Sector == "JUD" {
			return false // "court bombings": the courts were bombed
		}
		return violentTypes[typ] || typ == Abduction || typ == Sanction
	}
	return false
}

// oneSidedActs are the types of a violent act one side does to another:
// a noun of one takes no party by "with" (roleFor), but a fight
// (fightNouns) does.
var oneSidedActs = map[Type]bool{Attack: true, Killing: true, Assault: true, MassViolence: true,
	Invasion: true, Abduction: true, Capture: true}

// fightNouns are the nouns of a violent act of two sides, whose "with"
// phrase names the other side ("clashes with police", "a gun battle with
// rebels") (data/words.yaml).
var fightNouns = wordList("fight_nouns")

// lastWord returns the last space-separated word of s ("gun battle":
// "battle").
func lastWord(s string) string {
	return s[strings.LastIndexByte(s, ' ')+1:]
}

// legalTypes are the hostile types a court does: a trial "at" a court is
// held there, not aimed at it.
var legalTypes = map[Type]bool{Trial: true, Verdict: true}

// subjectlessVerb reports whether the parse reads the noun trigger t at n
// as a verb with no subject of its own, set right after the words before
// it rather than after a conjunction: "protested the German court
// ruling", "OPEC ministers meeting in Nigeria announced", where the parse
// hangs the names before the noun elsewhere. Not "the United States
// strikes Muslims" (a verb with its subject), "troops are fighting
// insurgents and training forces", "Chechnya is part of Russia and talks
// ... have bogged down" (the word before is a conjunction), "a document
// proposed by the United States talks of five" (a clause of its own);
// a participle modifying a noun ("rebels fighting the regime") only
// right after that noun.
func (s *sent) subjectlessVerb(t *trigger, n node) bool {
	d := s.tr
	if d.w(n).UPOS != "VERB" || len(d.kids(n, is("nsubj", "nsubj:pass"))) > 0 {
		return false
	}
	switch d.rel(n) {
	case "ccomp":
		return false
	case "acl":
		if h, ok := d.head(n); !ok || h+1 != n {
			return false // "the bulk of the US fighting presence": a participle of "bulk"
		}
	}
	switch strings.ToLower(s.word(t.start - 1)) {
	case "and", "or", ",", "but":
		return false
	}
	return true
}

// personObjects are the object pronouns that stand for one person.
var personObjects = wordList("person_objects")

// pronounObjects returns the persons the object pronouns of the verb at n
// stand for ("Police arrested him", "Mubarak met her", "accusing him of
// graft"): each resolved as resolvePronoun resolves a subject, none of
// the parties exclude holds (the verb's agent is not its own object:
// "Mubarak met him" is not Mubarak). A possessive "her" is no object.
func (s *sent) pronounObjects(n node, exclude map[string]bool) []actor.Mention {
	d := s.tr
	var ms []actor.Mention
	for _, o := range d.kids(n, is("obj")) {
		toks := s.tokensOf(o)
		if len(toks) != 1 || d.w(o).UPOS != "PRON" || !personObjects[strings.ToLower(d.w(o).Form)] {
			continue
		}
		if m, ok := s.resolvePronoun(toks[0], exclude); ok {
			ms = append(ms, m)
		}
	}
	return ms
}

// mannerSubject returns the actors of the active subject of the verb
// whose "with" oblique is the event noun at n: the act by which the
// subject did what the verb tells ("King Abdullah opened the summit with
// a warning", "North Korea stunned the world with its first nuclear
// test"), and the event noun of its "as part of" oblique, of which the
// verb's act is a piece ("Putin, who arrived in Cairo as part of a tour").
// Nothing for a passive verb ("was launched with a pledge"), a
// noun the "with" phrase hangs on ("in connection with the killing"), a
// "with" phrase before the verb ("With talks set to resume, Noland
// said"), or a subject naming no actor; the caller leaves hostile acts
// ("charged him with murder", "equated rendition with kidnapping": the
// verb's subject did neither).
func (s *sent) mannerSubject(n node) []np {
	d := s.tr
	if p, ok := d.head(n); ok && d.rel(n) == "nmod" && d.caseWord(n) == "of" && strings.EqualFold(d.w(p).Form, "part") &&
		baseRel(d.rel(p)) == "obl" && d.caseWord(p) == "as" {
		n = p // "arrived in Cairo as part of a regional tour": the tour is the subject's too
	} else if baseRel(d.rel(n)) != "obl" || d.caseWord(n) != "with" {
		return nil
	}
	h, ok := d.head(n)
	if !ok || !d.verbal(h) || n < h {
		return nil // "With talks set to resume, Noland said": no act of Noland's
	}
	subj, pass, ok := s.treeSubject(h)
	if !ok || pass {
		return nil
	}
	return subj
}

// courtNouns are the words naming a court or its judges (data/words.yaml):
// such a name before a ruling ("the German court ruling") is who rules.
var courtNouns = wordList("court_nouns")

// courtModifier reports whether the name p before the noun trigger t
// names a court: a judicial body (sector JUD, or a name ending in a word
// of courtNouns: "the Supreme Court ruling"), or a name one such word
// follows right before the trigger ("a Berlin court verdict", Berlin
// standing for its state: Germany's court; a place that is no state
// stays where the court sits).
func (s *sent) courtModifier(t *trigger, p np) bool {
	if s.actor(p).Sector == "JUD" || courtNouns[strings.ToLower(s.word(p.end-1))] {
		return true
	}
	return p.end+1 == t.start && courtNouns[strings.ToLower(s.word(p.end))]
}

// initials reports whether a name is written as a few capital initials
// ("US", "U.S.", "UK").
func initials(name string) bool {
	letters := 0
	for _, r := range name {
		switch {
		case r == '.':
		case r >= 'A' && r <= 'Z':
			letters++
		default:
			return false
		}
	}
	return letters >= 2 && letters <= 3
}

// gatherings are the types whose noun a place name before it locates
// rather than names a side of: "the Geneva talks", "the Hong Kong
// meeting" were held there, and a trip goes there ("the Russia visit",
// "Bush's China trip"), while "the Iran sanctions" name a party.
var gatherings = map[Type]bool{Meeting: true, Negotiation: true, Protest: true}

// venueModifier reports whether m, the one name before an event noun of
// type typ, says where the event took place: a place that is no state (a
// city, a region: "the Kursk bombing", "the New York meeting"), a capital
// the document knows as a city or the gazetteer knows as a capital ("the
// Beirut bombing", "the Helsinki accord", resolved to Lebanon and
// Finland), or, for a gathering, any name that is not a nationality
// adjective. Two names before the noun ("the Moscow-Pyongyang treaty")
// stand for their governments and stay parties.
func (s *sent) venueModifier(typ Type, m actor.Mention) bool {
	if m.Kind == actor.Place {
		return true
	}
	if m.Kind != actor.Country || demonym(m.Text) {
		return false
	}
	return gatherings[typ] || typ == Visit || strings.HasPrefix(s.d.placeOf(m), "place:") || s.d.in.Capital != nil && s.d.in.Capital(m.Text)
}

// electedBodies end the names of the bodies an election fills
// (data/words.yaml).
var electedBodies = wordList("elected_bodies")

// electedBody reports whether m names an organization an election fills
// ("the Legislative Council", "the Senate").
func electedBody(m actor.Mention) bool {
	return m.Kind == actor.Organization && electedBodies[strings.ToLower(lastWord(m.Text))]
}

// pairedName reports whether the name p is joined to another word by a
// hyphen, a slash or "and" ("Moscow-Pyongyang", "Seoul and Tokyo"): one
// of two sides, though the other side may be no known actor.
func (s *sent) pairedName(p np) bool {
	joint := func(w string) bool { return w == "-" || w == "–" || w == "/" || w == "and" }
	return p.start > s.first && joint(s.word(p.start-1)) || p.end < s.last && joint(s.word(p.end))
}

// demonym reports whether a name looks like a nationality adjective
// ("Russian", "Chinese", "Turkish", "Israeli", "French") rather than a
// proper noun.
func demonym(name string) bool {
	name = strings.TrimSpace(name)
	name = strings.TrimSuffix(name, "s") // "North Koreans"
	for _, suf := range []string{"ian", "ean", "can", "man", "ese", "ish", "li", "ni", "ch", "ek", "ic"} {
		if strings.HasSuffix(name, suf) && len(name) > len(suf)+2 {
			return true
		}
	}
	return false
}

// pronounAgrees reports whether a pronoun ("" for none) can stand for an
// actor of the kind: he and she for people, it for states and
// organizations.
func pronounAgrees(pronoun string, k actor.Kind) bool {
	switch pronoun {
	case "he", "she":
		return k == actor.Person
	case "it":
		return k != actor.Person
	}
	return true
}

var auxiliaries = wordList("auxiliaries")

// verbLike reports whether w may be a verb governing a following noun
// phrase: a plain content word or a cue verb ("invited", "agreed").
func verbLike(w string) bool {
	return isPlainWord(w) || ((plannedCues[w] || hypotheticalCues[w]) && !auxiliaries[w] && w != "if" && w != "whether")
}

// opposedName reports whether the name p is written right after a prefix
// of opposition, inside its word ("anti-Israeli", "anti-NATO"; opposedPrefixes),
// or after the prefix's hyphen with a space a wrapped line left ("anti- US
// base protests").
func (s *sent) opposedName(p np) bool {
	return s.prefixedName(p, opposedPrefixes)
}

// prefixedName reports whether the name p is written right after one of
// prefixes, inside its word or after a hyphen a wrapped line left.
func (s *sent) prefixedName(p np, prefixes map[string]bool) bool {
	return s.prefixedAt(s.actor(p).Start, prefixes)
}

// prefixedAt reports whether the text right before offset start ends in
// one of prefixes, a hyphen and the spaces after it aside ("anti- US").
func (s *sent) prefixedAt(start int, prefixes map[string]bool) bool {
	text := s.d.in.Text
	if hy := strings.TrimRight(text[:start], " \t\n"); len(hy) < start && strings.HasSuffix(hy, "-") {
		start = len(hy) // "anti- US": the prefix ends at the hyphen
	}
	for pre := range prefixes {
		if start >= len(pre) && strings.EqualFold(text[start-len(pre):start], pre) {
			return true
		}
	}
	return false
}

// opposedPrefixes are the prefixes that make a name the side an act is
// against.
var opposedPrefixes = wordList("opposed_prefixes")

// supportPrefixes make the name written right after them the side a
// person or a group takes ("pro-Western", "pro-Syrian") (data/words.yaml).
var supportPrefixes = wordList("support_prefixes")

// stanceName reports whether the name p, written after a prefix of stance
// against or for it (opposedPrefixes, supportPrefixes), modifies in the
// parse a word other than the trigger at n: "a pro-American mayor was
// shot", "an anti-Syrian lawmaker was killed", "pro-Russian separatists
// attacked" tell the side the person or group takes, and that side is no
// party of what they do or suffer. On the trigger itself the name is what
// the act is against ("anti-Israeli bombings"; opposedName).
func (s *sent) stanceName(p np, n node) bool {
	if !s.prefixedName(p, opposedPrefixes) && !s.prefixedName(p, supportPrefixes) {
		return false
	}
	k, ok := s.treeNode(p.end - 1)
	if !ok {
		return false
	}
	if r := s.tr.rel(k); r != "amod" && r != "compound" {
		return false
	}
	h, ok := s.tr.head(k)
	return ok && h != n
}

// locativeCases are the prepositions of a phrase telling where something
// happens ("in", "outside", "near" the embassy); "of" counts after such a
// phrase of a spatialNouns word ("in front of the embassy")
// (data/words.yaml).
var locativeCases = wordList("locative_cases")

// demonymVenue reports whether the phrase p is a nationality adjective on a
// common noun in a phrase telling where ("a sit-in in front of the German
// embassy", "met at an Israeli army base"): the building or site is that
// nation's, but the nation is no party of what happens there, only the
// target of a protest or an attack aimed at it.
func (s *sent) demonymVenue(p np) bool {
	h, ok := s.demonymHead(p)
	d := s.tr
	if !ok || d.w(h).UPOS != "NOUN" || titles[strings.ToLower(d.w(h).Form)] {
		return false
	}
	c := d.caseWord(h)
	if c == "of" {
		// "in front of the embassy": the case of the spatial noun "of" hangs on
		if g, ok := d.head(h); ok && spatialNouns[strings.ToLower(d.w(g).Form)] {
			c = d.caseWord(g)
		}
	}
	return locativeCases[c]
}

// postedTo reports whether the phrase p is the "to" phrase of an envoy
// noun right before it, however the parse hangs it ("the Venezuelan
// Ambassador to Ecuador", "its envoy to the United Nations"): the state an
// envoy is posted to is part of the envoy's title, neither a party of the
// event nor where it goes; but the post of one's own envoy ("its
// ambassador to X") is.
func (s *sent) postedTo(p np) bool {
	h, ok := s.treeNode(p.start)
	return ok && s.postedAt(h)
}

// postedAt reports whether the word at h opens or heads the "to" phrase
// of an envoy noun right before it (postedTo).
func (s *syntax) postedAt(h node) bool {
	d := s.tr
	for h > 0 && (d.rel(h-1) == "det" || d.w(h-1).UPOS == "PROPN" || d.rel(h-1) == "compound") {
		h-- // "to the United Nations"
	}
	if h < 2 || !strings.EqualFold(d.w(h-1).Form, "to") || !postedNouns[strings.ToLower(d.w(h-2).Form)] {
		return false
	}
	// one's own envoy ("recalled its ambassador to New Zealand") is
	// posted to the other side of what is done
	return !slices.ContainsFunc(d.kids(h-2, is("nmod:poss")), func(k node) bool { return d.w(k).UPOS == "PRON" })
}

// postedNouns name envoys by the state or body they are posted to
// ("ambassador to Ecuador") (data/words.yaml).
var postedNouns = wordList("posted_nouns")

// spatialNouns name a spot by what it lies beside: "in front of", "at the
// gates of", "in the vicinity of" (data/words.yaml).
var spatialNouns = wordList("spatial_nouns")

// demonymOfPeople reports whether the phrase p is a nationality adjective on
// a plural common noun of people ("ill Palestinian prisoners", "Russian
// pensioners"): it tells whose they are, not where an event takes place.
// Singular nouns stay out: "the Mexican state of Michoacan" (WordNet counts
// a state among people), "the Japanese ambassador's residence".
func (s *sent) demonymOfPeople(p np) bool {
	h, ok := s.demonymHead(p)
	d := s.tr
	return ok && d.w(h).XPOS == "NNS" && theHeadWords.personEnding(strings.ToLower(d.w(h).Form))
}

// demonymHead returns the noun the phrase p, a nationality adjective of a
// country, modifies in the parse ("the German embassy": embassy).
func (s *sent) demonymHead(p np) (node, bool) {
	if !demonym(s.actor(p).Text) {
		return noNode, false
	}
	return s.countryModified(p, false)
}

// countryModified returns the word the country phrase p modifies in the
// parse: as an adjective (amod: "the German embassy"), or, with noun set,
// as a noun too (compound: "the Rwanda border").
func (s *syntax) countryModified(p np, noun bool) (node, bool) {
	if s.actor(p).Kind != actor.Country {
		return noNode, false
	}
	n, ok := s.treeNode(p.end - 1)
	if !ok {
		return noNode, false
	}
	if r := s.tr.rel(n); r != "amod" && (!noun || r != "compound") {
		return noNode, false
	}
	return s.tr.head(n)
}

// borderNouns name the edge two states share (data/words.yaml).
var borderNouns = wordList("border_nouns")

// besideCases are the prepositions that set a place beside, not inside, a
// border (data/words.yaml).
var besideCases = wordList("beside_cases")

// nearBorder reports whether the phrase p names a state by its border in a
// phrase setting a place beside it ("near the Iranian border", "along the
// Syrian frontier", "close to the Rwanda border"): the place lies by that
// state, as often on the other side as on its own.
func (s *sent) nearBorder(p np) bool {
	h, ok := s.countryModified(p, true)
	d := s.tr
	return ok && borderNouns[strings.ToLower(d.w(h).Form)] && besideCases[d.caseWord(h)]
}

// locationRole reports whether a complement with marker and actor m would
// be the event's location.
func locationRole(t *trigger, marker string, m actor.Mention) bool {
	r, _ := roleFor(t, marker, m)
	return r == Location
}

// purposeSubject returns the subject of the active verb whose purpose
// infinitive is the verb at n, when n has no subject of its own nor an
// object of that verb to control it ("Lanark scored twice to seal a win",
// "farmers marched to protest the tax": Lanark wins, the farmers
// protest). After a passive verb ("was arrested to stop …") its subject is
// not the actor: ok is false then. Only a trigger's own verb or light verb
// asks it: a noun told in an oblique of the infinitive ("set up an inquiry
// into deaths during a raid") is no act of that subject.
func (s *syntax) purposeSubject(n node) (subj []np, passive, ok bool) {
	d := s.tr
	h, hasHead := d.head(n)
	if !hasHead || d.rel(n) != "advcl" || !d.infinitive(n) || d.w(h).UPOS != "VERB" {
		return nil, false, false
	}
	if len(d.kids(n, is("nsubj", "nsubj:pass"))) > 0 || len(d.kids(h, is("nsubj:pass", "aux:pass"))) > 0 {
		return nil, false, false
	}
	if _, ok := s.controller(h); ok || s.unnamedController(h) {
		return nil, false, false
	}
	subj, pass, ok := s.treeSubject(h)
	if pass {
		return nil, false, false
	}
	return subj, false, ok
}

// agentsFirst returns out with the actors of ms put before it as agents,
// marking them seen: the parties a pronoun or "the two countries" stands
// for.
func agentsFirst(ms []actor.Mention, seen map[string]bool, out []Participant) []Participant {
	front := make([]Participant, 0, len(ms)+len(out))
	for _, m := range ms {
		seen[m.ActorID] = true
		front = append(front, Participant{ActorID: m.ActorID, Role: Agent})
	}
	return append(front, out...)
}

// guestRecipient reports whether the indirect object of t's giving light
// verb is the one who acts: a visit given ("gave Shoigu a tour": Shoigu
// tours, the giver hosts) or an act of another type than the giving ones
// ("gave him a landslide victory": he wins), not aid or a loan given
// ("granted Ukraine a loan": Ukraine receives it, the giver is the agent).
func (t *trigger) guestRecipient() bool {
	return !giving[t.e.Type] || t.e.Type == Visit
}
