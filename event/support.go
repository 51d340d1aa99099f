package event

import (
	"slices"
	"strings"

	"github.com/chronograph-news/chronograph/token"
)

// A noun or verb trigger often has a verb beside it that carries its event
// without naming it. The extent of a mention is its trigger's span widened
// to that verb when the two lie close together with no punctuation or
// clause boundary between them: the whole expression of the event, where
// TimeML marks both words as events. The TimeML measurements
// (recall_test.go) count a gold event the extent covers as found; the
// Mention keeps the trigger's own span.
//
//   - the light verb of a noun trigger, before it ("held talks", "began
//     talks", "completed the withdrawal": anchorNouns), or the noun
//     object a verb trigger merged (mergeObjects: "signed an agreement",
//     "agreed in the accord": objectnoun.go);
//   - a verb of support_verbs whose subject, in the parse, is the noun
//     trigger ("the talks ended", "the summit was held", "the
//     negotiations resumed"), or a light verb whose passive subject it is
//     ("the treaty was signed"), or a light or support verb's past
//     participle that modifies it ("the talks held in Geneva", "the
//     agreement signed on Friday");
//   - a verb of aspectual_verbs or intent_verbs whose open complement, in
//     the parse, is the verb trigger ("began withdrawing", "continued to
//     fight", "decided to invite", "was forced to withdraw"): it tells
//     the event's phase or modality, not an event of its own.
//
// The trigger itself (its type, participants, date and title) is
// unchanged.

// supportGap is the most tokens a support verb and its trigger may have
// between them for the span to take both.
const supportGap = 4

var (
	supportVerbs   = wordList("support_verbs")
	aspectualVerbs = wordList("aspectual_verbs")
	intentVerbs    = wordList("intent_verbs")
)

// supportSpan returns the tokens [start, end) the mention of t spans:
// t's own, widened to the support verb or merged object found by
// supportTokens when it lies within supportGap tokens with nothing but
// words between.
func (s *syntax) supportSpan(t *trigger) (start, end int) {
	start, end = t.start, t.end
	for _, j := range s.supportTokens(t) {
		switch {
		case j < start && start-j-1 <= supportGap && s.plainGap(j+1, start):
			start = j
		case j >= end && j-end <= supportGap && s.plainGap(end, j):
			end = j + 1
		}
	}
	return start, end
}

// supportTokens returns the tokens of the support verb or merged object
// of t, if any (see above).
func (s *syntax) supportTokens(t *trigger) []int {
	var out []int
	if t.noun && t.anchor >= 0 && t.anchor < t.start {
		out = append(out, t.anchor)
	}
	if t.object != nil {
		out = append(out, t.object.end-1)
	}
	if t.merged >= 0 {
		out = append(out, t.merged)
	}
	tr, n, ok := s.treeAt(t.start)
	if !ok {
		return out
	}
	if t.noun {
		n, ok = s.triggerNode(t)
	}
	h, hok := tr.head(n)
	if !ok || !hok {
		return out
	}
	switch r := tr.rel(n); {
	case t.noun && s.supportsSubject(tr, n, h):
		out = append(out, s.tokensOf(h)...) // "the treaty was signed", "the talks ended"
	case !t.noun && r == "xcomp" && (tr.lemmaIn(h, aspectualVerbs) || tr.lemmaIn(h, intentVerbs)):
		out = append(out, s.tokensOf(h)...)
	}
	if t.noun {
		for _, k := range tr.kids(n, is("acl")) {
			if tr.w(k).XPOS == "VBN" && (tr.lemmaIn(k, s.d.lx.light) || tr.lemmaIn(k, supportVerbs)) {
				out = append(out, s.tokensOf(k)...) // "the talks held in Geneva"
			}
		}
	}
	return out
}

// supportsSubject reports whether the verb h carries the event of the
// noun n, its subject: a light verb whose passive subject it is ("the
// treaty was signed"), or a verb of support_verbs ("the talks ended",
// "the summit was held"; not "the truce holds", nor "the attack took 20
// lives").
func (s *syntax) supportsSubject(tr *tree, n, h node) bool {
	switch r := tr.rel(n); {
	case r == "nsubj:pass" && tr.lemmaIn(h, s.d.lx.light):
		return true
	case (r == "nsubj" || r == "nsubj:pass") && tr.lemmaIn(h, supportVerbs):
		if r == "nsubj" && tr.isLemma(h, "hold") {
			return false // "the truce holds": no support; "the talks were held" is one
		}
		return !tr.isLemma(h, "take") || s.takesPlace(h) // "the attack took place"
	}
	return false
}

// supportTime returns the candidate time (a token of cands) the parse
// hangs on the support verb of the noun trigger t (supportsSubject), or
// else on a verb coordinated with it that shares its subject, or -1: the
// support verb tells the noun's event taking place and the conjunct its
// next phase, so their day is the noun's ("the trial was opened and then
// adjourned on Monday", "the talks began and ended on Friday"). A
// conjunct with a subject of its own tells another event ("the summit
// opened and leaders signed a pact on Monday").
func (s *sent) supportTime(t *trigger, cands []int) int {
	if !t.noun || len(cands) == 0 || s.tree() == nil {
		return -1
	}
	tr := s.tr
	n, ok := s.triggerNode(t)
	if !ok {
		return -1
	}
	h, ok := tr.head(n)
	if !ok || !s.supportsSubject(tr, n, h) || tr.rel(n) == "nsubj" && !tr.isLemma(h, "take") && len(tr.kids(h, is("obj"))) > 0 {
		return -1 // "the strike closed the schools": an act of its own
	}
	if toks := s.tokensOf(h); len(toks) > 0 {
		// a time between the noun and its verb lies in the subject's
		// phrase, whatever the parse hangs it on ("the trial of men
		// accused of a killing earlier this year opened on Friday")
		v := toks[0]
		cands = slices.DeleteFunc(slices.Clone(cands), func(c int) bool { return c >= t.end && c < v })
	}
	if c := s.nearestHungOn(h, cands); c >= 0 {
		return c
	}
	for _, k := range tr.kids(h, is("conj")) {
		if !tr.verbal(k) || len(tr.kids(k, is("nsubj", "nsubj:pass", "expl"))) > 0 {
			continue
		}
		if c := s.nearestHungOn(k, cands); c >= 0 {
			return c
		}
	}
	return -1
}

// nearestHungOn returns the candidate time the parse hangs on the word h
// (timeHungOn) nearest to it, or -1: "opened in the town on Friday" over
// a year of a clause the parse also hangs there.
func (s *sent) nearestHungOn(h node, cands []int) int {
	toks := s.tokensOf(h)
	if len(toks) == 0 {
		return -1
	}
	at := toks[0]
	best, bestD := -1, 1<<30
	for _, c := range cands {
		if s.timeHungOn(h, []int{c}) < 0 {
			continue
		}
		if d := max(c-at, at-c); d < bestD {
			best, bestD = c, d
		}
	}
	return best
}

// plainGap reports whether the tokens [from, to) are all words of no
// clause boundary: no punctuation, no relativizer, conjunction or clause
// stop.
func (s *syntax) plainGap(from, to int) bool {
	for j := from; j < to; j++ {
		w := s.word(j)
		if s.tok(j).Kind != token.Word || clauseStops[w] || objectStops[w] || relativizers[w] {
			return false
		}
	}
	return true
}

// takesPlace reports whether the verb at node h has "place" as its
// object ("took place").
func (s *syntax) takesPlace(h node) bool {
	for _, k := range s.tr.kids(h, is("obj")) {
		if strings.EqualFold(s.tr.w(k).Form, "place") {
			return true
		}
	}
	return false
}
