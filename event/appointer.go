package event

import "github.com/chronograph-news/chronograph/actor"

// appointer.go: who appoints in a reshuffle. A story of a reshuffle names
// the appointer once ("the president announced a cabinet reshuffle") and
// then tells each change with the appointees alone ("X replaced Y as
// finance minister", "Y was replaced by X"). Both sides of such a change
// are its appointees (targets), and its agent is the appointer the
// document named before, as for any appointment.

// appointeeVerbs are the lemmas of the appointment triggers whose subject
// and object are both appointees, the one who comes and the one who goes
// (data/words.yaml).
var appointeeVerbs = wordList("appointee_verbs")

// appointers gives the appointment mentions of the sentence whose verb
// makes the appointees its parties (appointeeVerbs) the appointer the
// document named before, the appointees then being targets; it records
// the person agent of any other appointment as the appointer for later
// sentences. ts and ms are the sentence's triggers and their mentions.
func (s *sent) appointers(ts []*trigger, ms []Mention) {
	mem := &s.d.mem
	for k, t := range ts {
		m := &ms[k]
		if m.Type != Appointment {
			continue
		}
		if !appointeeVerbs[t.lemma] {
			for _, p := range m.Participants {
				if p.Role == Agent && s.d.person(p.ActorID) {
					mem.appointer = p.ActorID
					break
				}
			}
			continue
		}
		if mem.appointer == "" || hasActor(m, mem.appointer) {
			continue
		}
		for i := range m.Participants {
			if r := m.Participants[i].Role; r == Agent || r == Counterpart {
				m.Participants[i].Role = Target
			}
		}
		m.Participants = append([]Participant{{ActorID: mem.appointer, Role: Agent}}, m.Participants...)
	}
}

// person reports whether the document mentions actor id as a person.
func (d *analysis) person(id string) bool {
	if ms := d.mentionsOf[id]; len(ms) > 0 {
		return d.in.Actors[ms[0]].Kind == actor.Person
	}
	return false
}
