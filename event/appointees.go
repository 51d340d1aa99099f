package event

import "github.com/chronograph-news/chronograph/actor"

// appointees.go: one appointment per named change. A verb of appointment
// often names several people, each with the post given ("Calderon named
// X as Attorney General, Y as Public Security Minister and Z as Navy
// Minister"): each pair is a change of its own, as a reshuffle is told
// change by change. splitAppointees makes one mention of each, sharing
// the trigger, its agent, date and modality; the merge keeps them apart
// by their different appointees (its sides).

// splitAppointees returns out with each appointment mention of kept whose
// clause pairs two or more people with a post of their own
// (appointeePosts) replaced by one mention per such person, its target.
func (s *sent) splitAppointees(kept []*trigger, out []Mention) []Mention {
	var res []Mention
	for k, t := range kept {
		m := out[k]
		if m.Type != Appointment || t.noun {
			res = append(res, m)
			continue
		}
		posted := s.appointeePosts(t.end, m)
		if len(posted) < 2 {
			res = append(res, m)
			continue
		}
		for _, a := range posted {
			id := a.ActorID
			c := m
			// each change is told at its appointee's name: the mentions
			// of one trigger stay apart (and their events' ids differ)
			c.Start, c.End = a.Start, a.End
			c.Participants = nil
			for _, p := range m.Participants {
				if p.Role != Target && p.ActorID != id {
					c.Participants = append(c.Participants, p)
				}
			}
			c.Participants = append(c.Participants, Participant{ActorID: id, Role: Target})
			res = append(res, c)
		}
	}
	return res
}

// appointeePosts returns the person mentions after token from, up to the
// end of the sentence or a clause stop, that the word "as" follows ("X as
// Attorney General"), in text order, each actor once, when one of them at
// least is a target of m (the list is the verb's appointees, though the
// roles may have missed some of them); else nil.
func (s *sent) appointeePosts(from int, m Mention) []actor.Mention {
	targets := map[string]bool{}
	for _, p := range m.Participants {
		if p.Role == Target {
			targets[p.ActorID] = true
		}
	}
	var found []actor.Mention
	seen := map[string]bool{}
	anyTarget := false
	for i := from; i < s.last; i++ {
		if clauseStops[s.word(i)] {
			break
		}
		a := s.d.actorAt[i]
		if a < 0 {
			continue
		}
		am := s.d.in.Actors[a]
		end := i
		for end+1 < s.last && s.d.actorAt[end+1] == a {
			end++
		}
		if am.Kind == actor.Person && !seen[am.ActorID] && s.word(end+1) == "as" {
			found = append(found, am)
			seen[am.ActorID] = true
			anyTarget = anyTarget || targets[am.ActorID]
		}
		i = end
	}
	if !anyTarget {
		return nil // the pairs are not the verb's appointees
	}
	return found
}
