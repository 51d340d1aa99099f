package event

import (
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
	case t.noun && r == "nsubj:pass" && tr.lemmaIn(h, s.d.lx.light):
		out = append(out, s.tokensOf(h)...) // "the treaty was signed"
	case t.noun && (r == "nsubj" || r == "nsubj:pass") && tr.lemmaIn(h, supportVerbs):
		if r == "nsubj" && tr.isLemma(h, "hold") {
			break // "the truce holds": no support; "the talks were held" is one
		}
		if tr.isLemma(h, "take") && !s.takesPlace(h) {
			break // "the attack took 20 lives"; "the attack took place" is one
		}
		out = append(out, s.tokensOf(h)...)
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
