package event

import "github.com/chronograph-news/chronograph/actor"

// cospeakers.go: a reporting verb with coordinated subjects ("Microsoft
// and Hewlett-Packard said", "France and Germany announced") is spoken by
// every conjunct, not the first alone: the statement keeps each named
// conjunct as an agent beside the speaker. So too two names joined by
// "and" before an event noun ("the US and British invasion"): the second
// acts with the first (agentConjunct).

// coSpeakers returns the actors other than id named by the conjuncts of
// the subject of the reporting verb at token r, when id is the actor of
// that subject's head ("Microsoft and Google said": Google beside
// Microsoft). Places, news media and actors inside a clause of the
// subject are left out, and a conjunct no "and" joins (a name listed
// in brackets, "or"); nil when the subject is not id's.
func (s *sent) coSpeakers(r int, id string) []string {
	tr, n, ok := s.treeAt(r)
	if !ok {
		return nil
	}
	var out []string
	for _, c := range tr.kids(n, is("nsubj")) {
		if s.nodeActor(c) != id {
			continue
		}
		for cur, depth := []node{c}, 0; len(cur) > 0 && depth < maxConj; depth++ {
			var next []node
			for _, h := range cur {
				for _, j := range tr.kids(h, is("conj")) {
					next = append(next, j)
					if !s.andJoined(j) {
						continue // "spokesman of the party (BJP, Indian People's Party)": a name, no second speaker
					}
					a := s.nodeActor(j)
					if a == "" || a == id || s.kindOf(a) == actor.Place || s.mediaNamed(a) || contains(out, a) {
						continue
					}
					out = append(out, a)
				}
			}
			cur = next
		}
	}
	return out
}

// nodeActor returns the actor (not a location) whose name has a token
// at parse word n, or "".
func (s *sent) nodeActor(n node) string {
	for _, k := range s.tokensOf(n) {
		if a := s.d.actorAt[k]; a >= 0 && !s.d.in.Actors[a].Location {
			return s.d.in.Actors[a].ActorID
		}
	}
	return ""
}

// andJoined reports whether the conjunct at n is joined by "and" (or
// "&") of its own.
func (s *sent) andJoined(n node) bool {
	for _, c := range s.tree().kids(n, is("cc")) {
		if f := s.tree().w(c).Form; f == "and" || f == "&" {
			return true
		}
	}
	return false
}

// agentConjunct reports whether the modifier p of an event noun is a
// conjunct joined by "and" to another of its modifiers mods that is an
// agent in out ("the US and British invasion": Britain invades beside
// the United States, no counterpart of it).
func (s *sent) agentConjunct(p np, mods []np, out []Participant) bool {
	n, ok := s.treeNode(p.end - 1)
	if !ok || s.tr.rel(n) != "conj" || !s.andJoined(n) {
		return false
	}
	h, ok := s.tr.head(n)
	if !ok {
		return false
	}
	for _, q := range mods {
		if k, ok := s.treeNode(q.end - 1); ok && k == h {
			id := s.actor(q).ActorID
			for _, o := range out {
				if o.ActorID == id && o.Role == Agent {
					return true
				}
			}
		}
	}
	return false
}
