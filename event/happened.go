package event

import (
	"strings"

	"github.com/chronograph-news/chronograph/timex"
)

// happeningVerbs head a relative clause that dates the event noun before
// it (data/words.yaml).
var happeningVerbs = wordList("happening_verbs")

// maxHappenedGap bounds the tokens between a noun trigger and the
// relative pronoun of the clause that dates it (an appositive between:
// "another pit disaster, also in the hilly northern district of Korvan
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

// happenedTreeTime returns, with a parse, the time of a relative clause on
// the noun trigger t whose subject is its relative pronoun and whose verb
// is one of relative_happening_verbs, a time of that verb's clause
// (happenedClauseTime), bare or after "on" or "in" ("talks that ended in Velna on Tuesday", "a
// fire which raged through the market on Monday", "blasts which left five
// dead on Sunday"): the clause tells when the noun's event took place or
// ended, past any words between that happenedTime's window does not
// reach. Nil for none.
func (s *sent) happenedTreeTime(t *trigger) *timex.Timex {
	if !t.noun || s.tree() == nil {
		return nil
	}
	n, ok := s.triggerNode(t)
	if !ok {
		return nil
	}
	tr := s.tr
	for _, v := range tr.kids(n, is("acl:relcl")) {
		if !s.d.lemmaIn(strings.ToLower(tr.w(v).Form), relativeHappeningVerbs) || !relativeSubject(tr, v) || len(tr.kids(v, is("aux", "aux:pass"))) > 0 {
			continue
		}
		if x := s.eventTime(func(c int) bool {
			w := s.word(c - 1)
			return (happenedCases[w] || !prepositions[w]) && s.happenedClauseTime(c, v)
		}); x != nil {
			return x
		}
	}
	return nil
}

// happenedClauseTime reports whether the time expression at token c belongs to
// the clause of verb v: the parse hangs it on v, or on a noun of v's
// phrase with no other verb between ("ended in Velna Tuesday", where the
// parse may hang the day on the place).
func (s *sent) happenedClauseTime(c int, v node) bool {
	a, ok := s.attachmentOf(c)
	if !ok {
		return false
	}
	tr := s.tr
	for h, depth := a.head, 0; depth < maxTreeWalk; depth++ {
		if h == v {
			return true
		}
		if p := tr.w(h).UPOS; p != "NOUN" && p != "PROPN" {
			return false
		}
		up, ok := tr.head(h)
		if !ok {
			return false
		}
		h = up
	}
	return false
}

// relativeSubject reports whether the relative clause verb v has a
// relative pronoun as its subject ("that ended", "which raged").
func relativeSubject(tr *tree, v node) bool {
	for _, k := range tr.kids(v, is("nsubj", "nsubj:pass")) {
		if f := strings.ToLower(tr.w(k).Form); f == "that" || relativizers[f] {
			return true
		}
	}
	return false
}

// relativeHappeningVerbs head a relative clause whose time is the time of
// the event noun it describes (happeningVerbs and data/words.yaml
// relative_happening_verbs);
// happenedCases are the prepositions a time on them may follow, besides
// none (a bare day): not "since" or "until", a span's bound.
var (
	relativeHappeningVerbs = union(happeningVerbs, wordList("relative_happening_verbs"))
	happenedCases          = wordList("happened_cases")
)
