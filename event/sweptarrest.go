package event

// Arrests made in a raid. A raid, a crackdown or a sweep named in the
// "in" or "during" phrase of an arrest verb ("troops detained ten
// activists in a dawn raid") is the way the arrest was made: the arrest,
// with its captors and captives, is the news, and the raid told with no
// act of its own is the same happening ("Dawn raid takes place" beside
// "Troops detain ten activists" is a duplicate). A raid that does more
// than take people ("killed two in a raid and arrested five") has its own
// trigger for what else it did; an ambush, an assault or an offensive is an
// attack in its own right ("abducted in an ambush").

// attackSweeps are the sweepNouns that are attacks in their own right
// (an ambush, an assault); the others name the way people were taken
// (data/words.yaml).
var attackSweeps = wordList("attack_sweeps")

// arrestTypes are the types of a custody verb's mention that take in a
// sweep noun of their frame phrase (sweptArrests).
var arrestTypes = map[Type]bool{Arrest: true, Abduction: true}

// sweptArrests returns kept and out without the hostile sweep-noun
// mentions (arrestOperation) that stand, by the parse, in a frame phrase
// (eventFrames) of a custody verb (custodyVerbs) whose own mention in out
// is an arrest or an abduction (see above). kept and out are the kept
// triggers and their mentions, in one order.
func (s *sent) sweptArrests(kept []*trigger, out []Mention) ([]*trigger, []Mention) {
	drop := map[int]bool{}
	for k, t := range kept {
		if !t.noun || !arrestOperation(lastWord(t.lemma)) || !hostile[out[k].Type] {
			continue
		}
		if s.tree() == nil {
			break
		}
		n, ok := s.triggerNode(t)
		if !ok || baseRel(s.tr.rel(n)) != "obl" || !eventFrames[s.tr.caseWord(n)] {
			continue
		}
		h, ok := s.tr.head(n)
		if !ok || !s.tr.verbal(h) || !s.tr.lemmaIn(h, custodyVerbs) {
			continue
		}
		for j, o := range kept {
			if j != k && !o.noun && arrestTypes[out[j].Type] && s.triggerNodes(o)[h] {
				drop[k] = true
				break
			}
		}
	}
	if len(drop) == 0 {
		return kept, out
	}
	var ts []*trigger
	var ms []Mention
	for k := range kept {
		if !drop[k] {
			ts, ms = append(ts, kept[k]), append(ms, out[k])
		}
	}
	return ts, ms
}

// arrestOperation reports whether the noun w names an operation in which
// forces take people (sweepNouns less attackSweeps: "raid", "crackdown").
func arrestOperation(w string) bool {
	return sweepNouns[w] && !attackSweeps[w]
}
