package event

import "github.com/chronograph-news/chronograph/actor"

// possessedTarget gives a hostile act told by a verb whose object names
// no actor the owner of that object as its target: a country or place
// the possessive names ("Israel struck Iran's nuclear facilities",
// "Russia hit Ukraine's energy grid"), when the mention has no target
// yet. A person's thing is left alone ("shot the driver's car").
func (s *sent) possessedTarget(t *trigger, m *Mention) {
	if t.noun || !hostile[m.Type] || s.tree() == nil || countRoles(m, Target) > 0 {
		return
	}
	n, ok := s.triggerNode(t)
	if !ok {
		return
	}
	d := s.tr
	for _, o := range d.kids(n, is("obj")) {
		if _, named := s.actorWord(o); named {
			return
		}
		if a, ok := s.stateOwner(o); ok {
			if id := s.actor(a).ActorID; !hasActor(m, id) {
				m.Participants = append(m.Participants, Participant{ActorID: id, Role: Target})
			}
			return
		}
	}
}

// stateOwner returns the country or place whose possessive owns the word
// at c ("Iran's nuclear facilities", "Japan's ambassador"), if any.
func (s *sent) stateOwner(c node) (np, bool) {
	for _, k := range s.tr.kids(c, is("nmod:poss")) {
		if p, ok := s.actorWord(k); ok {
			if kind := s.actor(p).Kind; kind == actor.Country || kind == actor.Place {
				return p, true
			}
		}
	}
	return np{}, false
}
