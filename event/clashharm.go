package event

// Harm in a clash. An injury told in the course of a crowd's clash ("six
// officers were hurt during scuffles with marchers",
// "hurt in a riot") is the effect of that clash, told as a part of it: no
// killing of its own, the CAMEO code the clash has (145, a violent
// protest), so that the merge takes both for one happening. Deaths keep
// their killing ("two were killed in the clashes"): the timeline tells
// those apart.

// eventFrames mark the phrase of a verb that names the event its subject
// suffered in (data/words.yaml; clashHarm, befallenIn).
var eventFrames = wordList("event_frames")

// clashHarm gives each injury verb of the sentence the type and code of
// the protest mention its frame phrase names (see above): by the parse,
// an oblique of the verb marked by one of eventFrames whose noun is
// another kept trigger, of a mention typed Protest. ts and ms are the
// kept triggers and their mentions, in one order.
func (s *sent) clashHarm(ts []*trigger, ms []Mention) {
	for k, t := range ts {
		if t.noun || ms[k].Type != Killing || !s.d.lemmaIn(s.word(t.start), injuryVerbs) {
			continue
		}
		if s.tree() == nil {
			return // asked only for an injury: the parse is the costly part
		}
		n, ok := s.triggerNode(t)
		if !ok {
			continue
		}
		for _, c := range s.tr.kids(n, func(r string) bool { return baseRel(r) == "obl" }) {
			if !eventFrames[s.tr.caseWord(c)] {
				continue
			}
			for j, o := range ts {
				if j == k || ms[j].Type != Protest || !s.triggerNodes(o)[c] {
					continue
				}
				ms[k].Type, ms[k].CAMEO = ms[j].Type, ms[j].CAMEO
			}
		}
	}
}
