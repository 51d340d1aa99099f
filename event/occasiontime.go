package event

import (
	"strings"

	"github.com/chronograph-news/chronograph/timex"
)

// occasionTime returns the day of the occasion a verb trigger is told at,
// when the verb has no time of its own: a noun of speech_occasions the
// parse hangs on the verb as an oblique opened by one of
// occasion_prepositions, dated itself or through a past participle of it
// ("criticised the plan in a statement issued late Tuesday", "in an
// interview published on Wednesday, she pleaded", "said at a briefing
// Monday"). Not "according to a statement issued Tuesday" (the report's
// day, not the act's), nor a participle with a marker ("an interview to
// be broadcast Monday": a day to come). Nil for none or without a parse.
func (s *sent) occasionTime(t *trigger) *timex.Timex {
	if t.noun || s.tree() == nil {
		return nil
	}
	n, ok := s.triggerNode(t)
	if !ok {
		return nil
	}
	tr := s.tr
	for _, o := range tr.kids(n, func(rel string) bool { return baseRel(rel) == "obl" }) {
		if !occasionPrepositions[tr.caseWord(o)] {
			continue
		}
		if !speechOccasions[strings.ToLower(tr.w(o).Lemma)] && !speechOccasions[strings.ToLower(tr.w(o).Form)] {
			continue
		}
		if x := s.dayOn(o); x != nil {
			return x
		}
		for _, p := range tr.kids(o, is("acl")) {
			if tr.w(p).XPOS != "VBN" || len(tr.kids(p, is("mark"))) > 0 {
				continue
			}
			if x := s.dayOn(p); x != nil {
				return x
			}
		}
	}
	return nil
}

// occasionPrepositions open the oblique that tells the occasion a verb's
// act is told at (data/words.yaml occasion_prepositions).
var occasionPrepositions = wordList("occasion_prepositions")
