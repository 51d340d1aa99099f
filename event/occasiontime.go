package event

import (
	"strings"

	"github.com/chronograph-news/chronograph/timex"
)

// occasionTime returns the day of the occasion a verb trigger is told at,
// when the verb has no time of its own: a noun of speech_occasions the
// parse hangs on the verb as an oblique opened by one of
// occasion_prepositions, dated itself or through a past participle of it
// ("condemned the vote in a written statement issued late Tuesday", "in an
// interview printed on Wednesday, she pleaded", "said at a briefing
// Monday"). Not "according to a statement issued Tuesday" (the report's
// day, not the act's), nor a participle with a marker ("an interview to
// be aired Monday": a day to come). Nil for none or without a parse.
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
		if x := s.occasionNounDay(o); x != nil {
			return x
		}
	}
	return nil
}

// occasionPrepositions open the oblique that tells the occasion a verb's
// act is told at (data/words.yaml occasion_prepositions).
var occasionPrepositions = wordList("occasion_prepositions")

// contestTime returns the time of the contest a sports result is won or
// lost in, when the verb has no time of its own: a time expression the
// parse makes a modifier (compound, nummod, amod) or the possessive of a
// noun of contest_nouns, and that noun the verb's object or an oblique of
// it opened by one of occasion_prepositions, directly or as a modifier of
// such an oblique's name ("won the 1990 World Cup", "won gold at the 2000
// Olympics", "lost to the Hawks in the 1998 NBA Finals", "won Monday's
// second match", "beat the Hawks in Saturday's late game"). Not "won a
// ticket to the 2010 World Cup" (to: a contest to come), nor a possessive
// day after the publication date ("won a place in Sunday's final"). Nil
// for other triggers or without a parse.
func (s *sent) contestTime(t *trigger) *timex.Timex {
	if t.noun || t.e == nil || t.e.Type != SportResult || s.tree() == nil {
		return nil
	}
	v, ok := s.triggerNode(t)
	if !ok {
		return nil
	}
	tr := s.tr
	framed := func(h node) bool {
		switch baseRel(tr.rel(h)) {
		case "obj":
			return true
		case "obl":
			return occasionPrepositions[tr.caseWord(h)]
		}
		return false
	}
	return s.eventTime(func(c int) bool {
		a, ok := s.attachmentOf(c)
		if !ok || !contestModifierRels(a.rel) {
			return false
		}
		if a.rel == "nmod:poss" && s.afterDCT(&s.d.in.Times[s.d.timexAt[c]]) {
			return false // "won a place in Sunday's final": a contest to come
		}
		n := a.head
		for k := 0; k < modifierReach && !contestNouns[strings.ToLower(tr.w(n).Form)] && nameParts(tr.rel(n)); k++ {
			// "the 2002 Busan Asian Games": the year on "Busan", a part
			// of the contest's name
			up, ok := tr.head(n)
			if !ok {
				return false
			}
			n = up
		}
		if !contestNouns[strings.ToLower(tr.w(n).Form)] {
			return false
		}
		if tr.rel(n) == "nmod" && occasionPrepositions[tr.caseWord(n)] {
			// "lost to the Hawks in the 1998 NBA Finals": the parse
			// hangs the contest on the name before it
			if up, ok := tr.head(n); ok {
				n = up
			}
		}
		h, ok := tr.head(n)
		return ok && h == v && framed(n)
	})
}

// contestModifierRels are the relations of a time expression that names
// the edition of a contest ("the 2000 Olympics", "the 1990 World Cup") or
// its day ("Monday's second match").
var contestModifierRels = is("compound", "nummod", "amod", "nmod:tmod", "nmod:poss")

// nameParts are the relations of a word to the next word of a contest's
// name ("Busan" to "Games" in "the 2002 Busan Asian Games").
var nameParts = is("compound", "amod", "flat")

// contestNouns are the nouns of sports contests held on a time of their
// own (data/words.yaml contest_nouns).
var contestNouns = wordList("contest_nouns")
