package event

import "github.com/chronograph-news/chronograph/timex"

// againWords are the words between "and" and a second time expression
// that tell an act done once more ("won in 1998 and again in 2000"), and
// againPrepositions those that may open that expression ("and again on
// Friday") (data/words.yaml).
var (
	againWords        = wordList("again_words")
	againPrepositions = wordList("again_prepositions")
)

// repeatedDates adds, for each mention of out dated by a time expression
// followed by "and again" and another date ("a landslide victory in 1998
// and again in 2000", "met on Monday and again on Friday"), the same
// mention dated by the second expression: the act was done twice, and
// each time is an event of its own.
func (s *sent) repeatedDates(out []Mention) []Mention {
	n := len(out)
	for k := 0; k < n; k++ {
		m := out[k]
		if m.Time == nil {
			continue
		}
		x := s.againTime(m.Time)
		if x == nil {
			continue
		}
		c := m
		xc := *x
		c.Time = &xc
		c.Basis = Explicit
		if x.Relative {
			c.Basis = Relative
		}
		out = append(out, c)
	}
	return out
}

// againTime returns the time expression that follows x after "and again"
// (and perhaps a preposition) in the sentence, or nil.
func (s *sent) againTime(x *timex.Timex) *timex.Timex {
	end := -1
	for i := s.first; i < s.last; i++ {
		if xi := s.d.timexAt[i]; xi >= 0 && s.d.in.Times[xi].Start == x.Start {
			end = s.timexEnd(i)
			break
		}
	}
	if end < 0 || end+2 >= s.last || s.word(end) != "and" || !againWords[s.word(end+1)] {
		return nil
	}
	i := end + 2
	if againPrepositions[s.word(i)] {
		i++
	}
	if i >= s.last || s.d.timexAt[i] < 0 {
		return nil
	}
	y := &s.d.in.Times[s.d.timexAt[i]]
	if !datesEvents(y) || y.Start == x.Start {
		return nil
	}
	return y
}
