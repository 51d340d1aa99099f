package event

import "github.com/chronograph-news/chronograph/timex"

// happeningVerbs head a relative clause that dates the event noun before
// it (data/words.yaml).
var happeningVerbs = wordList("happening_verbs")

// maxHappenedGap bounds the tokens between a noun trigger and the
// relative pronoun of the clause that dates it (an appositive between:
// "another mine tragedy, also in the coal-rich province of Shanxi
// Province, which occurred on Nov. 5").
const maxHappenedGap = 14

// happenedTime returns the time expression of a relative clause headed
// by one of happeningVerbs ("which occurred on Nov. 5", "that happened
// on Monday") that follows the noun trigger t with no other trigger
// between, or nil. The parser often hangs such a clause on the nearest
// noun (a place in an appositive); only an event occurs.
func (s *sent) happenedTime(t *trigger) *timex.Timex {
	if !t.noun {
		return nil
	}
	for j := t.end; j < s.last && j-t.end <= maxHappenedGap; j++ {
		if s.inTrigger(j) || s.d.timexAt[j] >= 0 {
			return nil
		}
		if w := s.word(j); !relativizers[w] && w != "that" {
			continue // "which", "that" (a relative "that" is no relativizer of words.yaml: it is too often a conjunction)
		}
		v := j + 1
		if v >= s.last || !s.d.lemmaIn(s.word(v), happeningVerbs) {
			return nil
		}
		for k := v + 1; k < s.last && k <= v+2; k++ {
			if xi := s.d.timexAt[k]; xi >= 0 {
				if x := &s.d.in.Times[xi]; datesEvents(x) {
					return x
				}
				return nil
			}
		}
		return nil
	}
	return nil
}
