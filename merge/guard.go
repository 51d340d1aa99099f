package merge

import (
	"maps"
	"slices"
	"strings"

	"github.com/chronograph-news/chronograph/event"
	"github.com/chronograph-news/chronograph/nlp/wordnet"
)

// sides returns the participants of m that tell one instance of its act
// from another of the same type and day (rule 6 of the package comment):
// its targets, its recipients ("aid to A" / "aid to B") and, for an
// asymmetric type, its counterparts ("the army shelled Town A" / "...
// Town B"); for a symmetric type, every agent, counterpart and target (A
// met B / A met C). Locations are not among
// them: a place is often told loosely ("in Moscow", "at the Kremlin").
// It returns nil when m names none.
func sides(m *event.Mention) map[string]bool {
	sym := Symmetric(m.Type)
	var ids map[string]bool
	for _, p := range m.Participants {
		if p.Role == event.Target || p.Role == event.Counterpart || p.Role == event.Recipient || sym && p.Role == event.Agent {
			if ids == nil {
				ids = map[string]bool{}
			}
			ids[p.ActorID] = true
		}
	}
	return ids
}

// maxAffiliationDepth bounds the walk up an affiliation chain (a person →
// his ministry → his country; a town → its region → its country).
const maxAffiliationDepth = 4

// inside reports whether a lies inside b by the affiliation chain: a town
// inside its country, a minister inside his government.
func inside(a, b string, affil map[string]string) bool {
	for x, depth := affil[a], 0; x != "" && depth < maxAffiliationDepth; x, depth = affil[x], depth+1 {
		if x == b {
			return true
		}
	}
	return false
}

// related reports whether id is one of set, or lies inside one of them,
// or one of them lies inside it.
func related(id string, set map[string]bool, affil map[string]string) bool {
	if set[id] {
		return true
	}
	for x := range set {
		if inside(id, x, affil) || inside(x, id, affil) {
			return true
		}
	}
	return false
}

// specific returns the actors of set that contain no other actor of set:
// of Town A and its country, Town A. Comparing only these keeps a
// generic participant (the country every town lies in) from chaining the
// shellings of different towns into one event.
func specific(set map[string]bool, affil map[string]string) map[string]bool {
	out := make(map[string]bool, len(set))
	for id := range set {
		general := false
		for x := range set {
			if x != id && inside(x, id, affil) {
				general = true
				break
			}
		}
		if !general {
			out[id] = true
		}
	}
	return out
}

// distinct reports whether it tells another instance of an act of its
// type that c already holds (rule 6): both name distinguishing
// participants (sides) for that type, and, among the most specific of
// them, none of it's is related to one of c's. For a symmetric type the
// agents count too, so the test is that each names an actor the other
// lacks: Putin meeting Kim and Putin meeting Xi are two meetings, Putin
// meeting Kim and Kim meeting Putin one. A mention whose trigger word c
// already holds elsewhere in the same sentence is another instance too
// (repeatsTrigger), and so is a gathering of another kind than all of
// c's (otherOccasion: a banquet beside a summit), and a visit beside a
// gathering of many parties (otherGathering: the arrival for a summit),
// a gathering called by another noun than all of c's (otherKindOfGathering:
// a conference beside a summit),
// and a market movement or sport result stating figures none of c's state
// (otherFigures: two shares or two scores of one roundup), and a whole
// market's move beside one share's (shareApart: the lead of a roundup and a
// share it lists), and a market movement of another instrument than one
// of c's (otherInstrument: the index and the dollar of one roundup), or
// going the other way than one of c's (otherDirection: a rise and a fall),
// and an arrival naming no one beside a meeting (arrivalApart).
// A mention told by a noun where c holds a verb of its type in its
// sentence, or the other way round, is the same act whatever sides each
// names (nounOfVerb), and so are the deaths and the injuries one sentence
// tells (harmOfOneAct), and a toll told again near it (sameToll).
func (c *cluster) distinct(it *item, opt Options) bool {
	if c.repeatsTrigger(it) && !c.sessionIndex(it, opt) || c.otherOccasion(it) || c.otherGathering(it) || c.otherKindOfGathering(it) || c.otherFigures(it, opt) || c.shareApart(it) || c.otherInstrument(it) || c.otherDirection(it) || c.arrivalApart(it) {
		return true
	}
	if len(it.sides) == 0 || len(c.sides[it.m.Type]) == 0 || c.nounOfVerb(it) || c.harmOfOneAct(it, opt) || c.sameToll(it) {
		return false
	}
	mine := it.specific(opt)
	theirs := c.specific(it.m.Type, opt)
	oneDoc := len(c.docs) == 1 && c.docs[it.m.Doc]
	extra := false
	for id := range mine {
		if !related(id, theirs, opt.Affiliation) && !(oneDoc && c.describedPerson(it, id, theirs, opt)) {
			extra = true
		} else if !Symmetric(it.m.Type) {
			return false // one shared side is the same instance
		}
	}
	if !extra {
		return false
	}
	if !Symmetric(it.m.Type) {
		return true // disjoint sides
	}
	if sharedPersons(mine, theirs) >= sameMeetingPersons {
		return false // one meeting, each telling part of its company
	}
	for id := range theirs {
		if !related(id, mine, opt.Affiliation) {
			return true
		}
	}
	return false
}

// sameMeetingPersons is how many named persons two mentions of a
// symmetric act must both name to be one meeting whatever other company
// each names: "Bush and Rice met Maliki in Amman" / "Bush met King
// Abdullah and Maliki" are the Amman talks told twice, while "Putin met
// Kim" / "Putin met Xi", sharing one, are two meetings (rule 6).
const sameMeetingPersons = 2

// sharedPersons counts the named persons (actor ids person:…) in both a
// and b.
func sharedPersons(a, b map[string]bool) int {
	n := 0
	for id := range a {
		if b[id] && strings.HasPrefix(id, namedPersonPrefix) {
			n++
		}
	}
	return n
}

// describedPerson reports whether id and an actor of set may be one
// person a story first describes and then names ("a Jamaican man was
// found guilty ... Convicted on 58 counts, Tyrone Williams faces"): one
// is a generic agent whose noun is one person (actor id agent:JAM:man,
// a singular noun WordNet knows first as a person; not "police", "army"
// nor a plural), the other a named person (person:…) of the agent's
// country when the affiliations give the person one (describedAs), and
// the two hold a same role, it's id in it and the other in c's mentions
// of it's type. Within one document such sides tell no other instance
// apart (rule 6).
func (c *cluster) describedPerson(it *item, id string, set map[string]bool, opt Options) bool {
	for x := range set {
		if (describedAs(id, x, opt.Affiliation) || describedAs(x, id, opt.Affiliation)) && c.sharesRole(it, id, x) {
			return true
		}
	}
	return false
}

// describedAs reports whether the generic agent a of one person
// (onePersonAgent) may describe the named person p: the country of p's
// affiliation chain, when there is one, is the agent's country, when it
// has one ("agent:-:man" has none).
func describedAs(a, p string, affil map[string]string) bool {
	if !onePersonAgent(a) || !strings.HasPrefix(p, namedPersonPrefix) {
		return false
	}
	k, iso := countryOf(p, affil), strings.Split(a, ":")[1]
	return k == "" || iso == "-" || k == countryPrefix+iso
}

// sharesRole reports whether id holds in it's mention a role that x holds
// in a mention of c of the same type.
func (c *cluster) sharesRole(it *item, id, x string) bool {
	for _, p := range it.m.Participants {
		if p.ActorID != id {
			continue
		}
		for _, o := range c.items {
			if o.m.Type == it.m.Type && slices.Contains(o.m.Participants, event.Participant{ActorID: x, Role: p.Role}) {
				return true
			}
		}
	}
	return false
}

// namedPersonPrefix begins a named person's actor id.
const namedPersonPrefix = "person:"

// onePersonAgent reports whether id is a generic agent's (agent:ISO:noun)
// whose noun is a singular noun WordNet knows first as a person.
func onePersonAgent(id string) bool {
	if !strings.HasPrefix(id, "agent:") {
		return false
	}
	noun := id[strings.LastIndexByte(id, ':')+1:]
	c, ok := wordnet.Noun(noun)
	return ok && c == wordnet.Person
}

// sharesSide reports whether it names a distinguishing participant
// (sides) related to one c holds for its type.
func (c *cluster) sharesSide(it *item, opt Options) bool {
	theirs := c.sides[it.m.Type]
	for id := range it.sides {
		if related(id, theirs, opt.Affiliation) {
			return true
		}
	}
	return false
}

// locationsConflict reports whether it and c both name a place and none
// of c's is it's place, or contains it, or lies inside it; unless c is
// told by it's article alone and, of the two, one names only countries
// and the other, a little below, only places in no known country
// (unplacedInCountry).
func (c *cluster) locationsConflict(it *item, opt Options) bool {
	l := it.m.Location
	if l == "" || len(c.locations) == 0 || related(l, c.locations, opt.Affiliation) {
		return false
	}
	return !c.unplacedInCountry(it, opt)
}

// unplacedInCountry reports whether c, told by it's article alone, and
// it name a country and a place the gazetteer puts in no country, one
// each: an article telling "a road accident in central Nepal" and then
// the bus that "fell into Trishuli river" tells one place at two scales
// (the river is in the country the article is about), while two named
// towns, or two countries, stay two places. A province the gazetteer
// puts in no country (named with a noun of data/regions.yaml) is such a
// country here: "a traffic accident in Vell Province" / "the bus
// overturned near Osk village" (region.go).
func (c *cluster) unplacedInCountry(it *item, opt Options) bool {
	if len(c.docs) != 1 || !c.docs[it.m.Doc] {
		return false
	}
	// a country, or a province the gazetteer places in none, holds a spot
	// placed in none
	isCountry := func(id string) bool {
		return strings.HasPrefix(id, countryPrefix) || region(id) && countryOf(id, opt.Affiliation) == ""
	}
	unplaced := func(id string) bool { return countryOf(id, opt.Affiliation) == "" && !region(id) }
	all := func(set map[string]bool, f func(string) bool) bool {
		for id := range set {
			if !f(id) {
				return false
			}
		}
		return true
	}
	l := it.m.Location
	first := -1 // c's first sentence naming a place
	for _, o := range c.items {
		if o.m.Location != "" && (first < 0 || o.m.Sentence < first) {
			first = o.m.Sentence
		}
	}
	switch {
	case isCountry(l) && all(c.locations, unplaced):
		return zoomsIn(it.m.Sentence, first)
	case unplaced(l) && all(c.locations, isCountry):
		return zoomsIn(first, it.m.Sentence)
	}
	return false
}

// zoomsIn reports whether the sentence place, naming a place in no known
// country, follows the sentence country, naming a country, by at most
// anaphoraWindow sentences: an article names the country first and then
// the spot ("in central Nepal" / "fell into Trishuli river"); a place
// told before the country, in the same sentence, or far below it is as
// often another one ("detained at Guantanamo Bay" / "charged with
// fighting in Afghanistan"; a day's clashes across a country / a
// separate clash in a province eight sentences below).
func zoomsIn(country, place int) bool {
	return country >= 0 && place > country && place-country <= anaphoraWindow
}

// specific returns specific(it.sides), computed once.
func (it *item) specific(opt Options) map[string]bool {
	if it.sidesSpecific == nil {
		it.sidesSpecific = specific(it.sides, opt.Affiliation)
	}
	return it.sidesSpecific
}

// specific returns specific(c.sides[t]), computed once for each state of
// c's sides (cluster.add forgets it).
func (c *cluster) specific(t event.Type, opt Options) map[string]bool {
	s := c.sidesSpecific[t]
	if s == nil {
		s = specific(c.sides[t], opt.Affiliation)
		if c.sidesSpecific == nil {
			c.sidesSpecific = map[event.Type]map[string]bool{}
		}
		c.sidesSpecific[t] = s
	}
	return s
}

// repeatsTrigger reports whether c holds a mention of it's sentence whose
// trigger is it's word at another place, neither told in the background:
// a sentence that uses one verb twice tells two acts ("A was replaced by
// B, while B was replaced by C"; "a bomb killed two in Town A and a mine
// killed three in Town B"), whatever participants they share; not one
// market's movement told twice (marketRestated), nor one act told with
// two of its counts, naming the same named sides (sidesRestated), nor, as distinct asks,
// a session and its index ("Ardenian shares fell as the composite index
// fell 5 points": sessionIndex).
func (c *cluster) repeatsTrigger(it *item) bool {
	if it.m.Background || !slices.Contains(c.sents[it.m.Doc], it.m.Sentence) {
		return false
	}
	for _, o := range c.items {
		m := o.m
		if m.Doc == it.m.Doc && m.Sentence == it.m.Sentence && m.Start != it.m.Start && !m.Background && strings.EqualFold(m.Trigger, it.m.Trigger) && !marketRestated(it, o) && !sidesRestated(it, o) {
			return true
		}
	}
	return false
}

// sidesRestated reports whether a and b, mentions of one sentence with
// one trigger word, are one act told with two of its counts: of one type
// (not a market movement or a result, whose figures tell instances
// apart), with the same agents, the same sides, one of them a named actor
// (not an actor named by what it is), the same place, and no other amount
// of one unit: "the party withdrew support, accusing the premier of
// pandering to the far right and accusing him of incompetence" tells one
// accusation.
func sidesRestated(a, b *item) bool {
	if a.m.Type != b.m.Type || a.m.Moves() || a.m.Type == event.SportResult ||
		len(a.sides) == 0 || !maps.Equal(a.sides, b.sides) || !slices.Equal(a.agents, b.agents) ||
		a.m.Location != b.m.Location || otherAmounts(a.m, b.m) {
		return false
	}
	for id := range a.sides {
		if !strings.HasPrefix(id, "agent:") {
			return true
		}
	}
	return false
}

// marketRestated reports whether a and b, market movements of one
// sentence, are one market's movement told twice: they name the same
// agents, or are both a whole market's at the same places (wholeMarket),
// and one of them states no figures of its own (figures), or
// both state one figure (the first verb's stretch reaching the second's
// figures): "the market's shares fell Friday as its main index fell 5
// points" tells one session's fall, and so does "Ardenian shares fell
// from their record with the index in Ardena falling 5 points", while "Acme fell 4 cents, Beta fell 2 cents" tells two
// shares (their agents differ, and each states its figures).
func marketRestated(a, b *item) bool {
	if a.m.Type != event.MarketMovement || b.m.Type != event.MarketMovement {
		return false
	}
	if len(a.agents) == 0 && !(wholeMarket(a) && wholeMarket(b) && slices.Equal(locations(a), locations(b))) {
		return false
	}
	if !slices.Equal(a.agents, b.agents) || len(a.figs) == 0 || len(b.figs) == 0 {
		return slices.Equal(a.agents, b.agents)
	}
	for f := range a.figs {
		if b.figs[f] {
			return true
		}
	}
	return false
}

// apart reports whether it and a mention of c are told apart by their
// document: of two mentions of one document in different sentences, the
// later one's sentence tells its happening as another one than those told
// before it (event.Mention.Apart: "In a separate incident, ..."), so
// whatever they share, they are two events; and so are two mentions of
// one type and document whose later one adds, with "also", the act of
// doers none of whom did the earlier one (event.Mention.Also, also.go).
func (c *cluster) apart(it *item) bool {
	for _, o := range c.items {
		if alsoByOther(o.m, it.m) || alsoByOther(it.m, o.m) {
			return true
		}
		if o.m.Doc != it.m.Doc || o.m.Sentence == it.m.Sentence {
			continue
		}
		if it.m.Apart && o.m.Sentence < it.m.Sentence || o.m.Apart && it.m.Sentence < o.m.Sentence {
			return true
		}
	}
	return false
}

// otherOccasion reports whether it and c tell gatherings of different
// kinds: no mention of c has the occasion noun of it's trigger
// (item.occasion, occasionOf: a ceremony, a banquet, a fair; "" for a
// summit, talks or a visit). A banquet or a ceremony held on a summit's
// day, or a fair and a conference of one day, are other events than it,
// whatever sides and places they share; a festival told twice is one.
func (c *cluster) otherOccasion(it *item) bool {
	for _, o := range c.items {
		if o.occasion == it.occasion {
			return false
		}
	}
	return true
}

// occasionOf returns the occasion noun of a meeting mention's trigger
// (event.OccasionOf), or "" for any other: a signing ceremony is the
// agreement's, no occasion of its own.
func occasionOf(m *event.Mention) string {
	if m.Type != event.Meeting {
		return ""
	}
	return event.OccasionOf(m.Trigger)
}

// echoNoun reports whether it is a noun mention that names sides none of
// which a verb mention of c of its type in its sentence names: the act
// told again (nounOfVerb), whose sides the noun phrase gives less surely
// than the verb's clause ("raiders stormed the depot, setting off heavy
// fighting with the guards": the raid's sides are the raiders and the
// depot). The event takes its participants from the other mentions. Not
// for a type a document tells many instances of (manyOfDay): such a noun
// and verb are two acts, each with its own sides.
func (c *cluster) echoNoun(it *item) bool {
	if manyOfDay[it.m.Type] || !it.m.Noun || len(it.sides) == 0 {
		return false
	}
	shares := func(o *item) bool {
		for id := range it.sides {
			if o.sides[id] {
				return true
			}
		}
		return false
	}
	return slices.ContainsFunc(c.items, func(o *item) bool {
		return sameSentenceType(o, it) && !o.m.Noun && len(o.sides) > 0 && !shares(o)
	})
}

// nounOfVerb reports whether it and a mention of c of its type are told
// by one sentence, one by a noun and the other by a verb: one act told
// twice, whatever sides each names ("rallies against the mayor turned
// violent when marchers hurled stones at officers"; "raiders stormed the
// depot, setting off heavy fighting with the guards"). Not for a type a
// document tells many instances of (data/soletype.yaml: "X stormed past Y
// before Z levelled with a victory over W" tells two results).
func (c *cluster) nounOfVerb(it *item) bool {
	if manyOfDay[it.m.Type] {
		return false
	}
	return slices.ContainsFunc(c.items, func(o *item) bool { return sameSentenceType(o, it) && o.m.Noun != it.m.Noun })
}

// harmOfOneAct reports whether it and a mention of c are the deaths and
// the injuries one sentence tells of one act, told at no two places: the
// killed and the wounded are both its victims, so their sides tell no
// other instance apart ("gunmen opened fire on the car, killing its
// driver and wounding a guard"; "four were killed and nine hurt in the
// blast"). One of the two is an injury (event.Mention.Injury), the other
// not. It holds not for a mention told as done before the news
// (event.PublicationBound: "the bandits had killed or wounded guards")
// joining an event dated by another sentence: that background is most
// often another act than the news next to it ("ten bandits were hanged"),
// and its victims are none of that act's (rule 5, boundOtherAct).
func (c *cluster) harmOfOneAct(it *item, opt Options) bool {
	if it.m.Type != event.Killing || it.m.Basis == event.PublicationBound && c.from != nil && !sameSentenceType(c.from, it) {
		return false
	}
	return slices.ContainsFunc(c.items, func(o *item) bool {
		return sameSentenceType(o, it) && o.m.Injury != it.m.Injury &&
			(o.m.Location == "" || it.m.Location == "" || o.m.Location == it.m.Location ||
				inside(o.m.Location, it.m.Location, opt.Affiliation) || inside(it.m.Location, o.m.Location, opt.Affiliation))
	})
}

// tollWindow is how many sentences apart, at most, a toll of one
// document is told again (sameToll): the lead and the next sentences that
// quote it.
const tollWindow = anaphoraWindow

// sameToll reports whether it and a mention of c of exactly its type,
// told in one document at most tollWindow sentences apart and both dated
// by their own expressions to one day, state the very same amount of one
// unit, and none states another amount of that unit: one act's toll told
// again, whatever sides each names ("a suicide car bomber killed four
// soldiers on Monday" / "four Ardenian Task Force soldiers were killed
// when a bomber attacked their checkpoint on Monday": its victims named
// twice, by what they are and by their unit). Not a type a document tells
// many instances of, whose amounts tell instances apart (data/soletype.yaml:
// results, market movements), nor an amount of one (a single victim names
// nothing of its act), nor an injury: the wounded of a lead that sums up
// three blasts are counted again by each blast ("injuring three soldiers
// and 11 civilians" / "three soldiers were injured" by the first bomb).
func (c *cluster) sameToll(it *item) bool {
	if manyOfDay[it.m.Type] || it.m.Injury || !it.strong || it.iv == nil || !withinDay(it.gran) || !c.docs[it.m.Doc] || c.otherAmount(it) {
		return false
	}
	return slices.ContainsFunc(c.items, func(o *item) bool {
		if o.m.Doc != it.m.Doc || o.m.Type != it.m.Type || o.m.Injury || !o.strong || o.iv == nil || !withinDay(o.gran) ||
			!day(o.iv.Start).Equal(day(it.iv.Start)) || max(o.m.Sentence-it.m.Sentence, it.m.Sentence-o.m.Sentence) > tollWindow {
			return false
		}
		for _, q := range it.m.Quantities {
			for _, p := range o.m.Quantities {
				if p.Unit == q.Unit && p.Min == q.Min && p.Max == q.Max && q.Min > 1 {
					return true
				}
			}
		}
		return false
	})
}

// sameSentenceType reports whether a and b are mentions of one type told
// by one sentence of one document.
func sameSentenceType(a, b *item) bool {
	return a.m.Doc == b.m.Doc && a.m.Sentence == b.m.Sentence && a.m.Type == b.m.Type
}
