package merge

import "github.com/chronograph-news/chronograph/event"

// alsoByOther reports whether the mention later, told with "also" after a
// named subject (event.Mention.Also), adds its own doers' act to the
// mention earlier of its document and type, told before it: earlier
// names no agent, or none of later's agents is one of earlier's ("the
// minister blasted Ardena" / "legislators also criticised Ardena": two
// criticisms, even though the legislators stand for the minister's
// country; "leaders of 16 nations arrived" / "representatives of two
// bodies have also arrived": two arrivals). The same doer
// told again ("the minister also criticised ...") is judged as any other
// mention, and so is a symmetric act, whose sides rule 6 compares ("the
// two sides also discussed trade" is the meeting told before).
func alsoByOther(earlier, later *event.Mention) bool {
	if !later.Also || earlier.Doc != later.Doc || earlier.Type != later.Type || Symmetric(later.Type) {
		return false
	}
	if earlier.Sentence > later.Sentence || earlier.Sentence == later.Sentence && earlier.Start >= later.Start {
		return false
	}
	mine := agentsOf(later)
	if len(mine) == 0 {
		return false
	}
	theirs := agentsOf(earlier)
	if len(theirs) == 0 {
		// an act whose doer earlier does not name ("leaders of 16
		// nations arrived" / "representatives of two bodies have also
		// arrived"): "also" adds these doers' own act to it
		return true
	}
	for a := range theirs {
		if mine[a] {
			return false
		}
	}
	return true
}

// agentsOf returns the actor ids of m's agents.
func agentsOf(m *event.Mention) map[string]bool {
	out := map[string]bool{}
	for _, p := range m.Participants {
		if p.Role == event.Agent {
			out[p.ActorID] = true
		}
	}
	return out
}
