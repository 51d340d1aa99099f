package event

import (
	"slices"
	"strings"
)

// objectplaces.go: a place named within what a speech act is about or
// says ("the EU condemned the attack on a camp in Sri Lanka", "welcomed
// the elections in Haiti") is where that thing is or happened, not where
// the condemnation or the welcome was: the title may still name it ("EU
// condemns attack on camp in Sri Lanka"), the participants do not hold it
// as the act's location. A place in the verb's own oblique ("said in
// Hanoi") stays.

// objectRels are the relations of a verb's dependents that tell what it
// is about or said: a place within them is theirs, not the verb's.
var objectRels = is("obj", "iobj", "ccomp", "xcomp")

// objectClimb is how many words inObjectOf climbs from a name to the verb.
const objectClimb = 8

// inObjectOf reports whether the phrase p lies, by the parse, within the
// object or the complement clause of the verb at n ("condemned the attack
// on a camp in Sri Lanka", "welcomed the elections in Haiti"), not in one
// of its own obliques ("said in Hanoi"), even one the parse takes for an
// object (placeCases).
func (s *sent) inObjectOf(p np, n node) bool {
	x, ok := s.treeNode(p.start)
	if !ok {
		return false
	}
	for range objectClimb {
		h, ok := s.tr.head(x)
		if !ok {
			return false
		}
		if h == n {
			return objectRels(s.tr.rel(x)) && !s.markedObject(p, x) && !s.toldOccasion(x, n)
		}
		x = h
	}
	return false
}

// markedObject reports whether the place p is itself the word x the
// parse makes an object although a place preposition comes before it
// (placeCases: "said in Cape Town" read as the verb's object): an oblique
// still.
func (s *sent) markedObject(p np, x node) bool {
	if !placeCases[s.tr.caseWord(x)] && !placeCases[s.word(p.start-1)] {
		return false
	}
	for i := p.start; i < p.end; i++ {
		if k, ok := s.treeNode(i); ok && k == x {
			return true
		}
	}
	return false
}

// toldOccasion reports whether the object x of the reporting verb at n is
// the occasion it is told at (speechOccasions: "told a press conference
// at the UN office in Kathmandu"): the place of that occasion is the
// saying's.
func (s *sent) toldOccasion(x, n node) bool {
	return s.d.lemmaIn(strings.ToLower(s.tr.w(n).Form), s.d.lx.reporting) && s.tr.lemmaIn(x, speechOccasions)
}

// dropObjectPlaces removes from m, after its title, the locations the
// speech act t's object named (objectPlaces); a location of m that was one
// of them becomes that of the participants left.
func (s *sent) dropObjectPlaces(t *trigger, m *Mention) {
	if len(t.objectPlaces) == 0 {
		return
	}
	m.Participants = slices.DeleteFunc(m.Participants, func(p Participant) bool {
		return p.Role == Location && slices.Contains(t.objectPlaces, p.ActorID)
	})
	if slices.Contains(t.objectPlaces, m.Location) {
		m.Location = s.location(m.Participants)
	}
}
