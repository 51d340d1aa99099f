package event

import (
	"slices"
	"strings"

	"github.com/chronograph-news/chronograph/timex"
)

// hostRels are the relations that keep a noun inside the arguments of the
// verb above it: its object, an oblique, a nominal modifier of one of them
// ("voiced grief on Friday over the murder of a singer"), or a noun
// compounded to one ("condemned on Monday the bombing attacks"). A clause
// between them (acl, advcl, ccomp, xcomp) tells the noun in a clause of its
// own, and a subject's word the circumstance of its doers ("militants in
// the attack on Tuesday killed").
var hostRels = is("obj", "iobj", "obl", "nmod", "compound")

// hostKeptCases mark an oblique of the verb that tells where, when or by
// what its act happens, or what it is for (data/words.yaml): a noun there
// shares its time or lies after it.
var hostKeptCases = wordList("host_kept_cases")

// hostDated reports whether x, the expression that dates the noun trigger
// t, is the time of the verb of another act whose argument t is, not a
// time of t's own: the act is told of a happening already there on its
// day ("rejected on Wednesday an accord reached between the two sides",
// "voiced grief on Friday over the murder of a singer"), which lies
// on that day or a little before it, as a reported act does (merge:
// reported.go). A noun in the subject is not ("the trial resumed
// Wednesday"), nor one a verb of its own type, its light verb or a
// reporting verb governs ("signed the accord on Monday", "held talks on
// Monday", "told a news conference on Monday"). It is false without a
// parse.
func (s *sent) hostDated(t *trigger, x *timex.Timex) bool {
	if x == nil || !t.noun || s.tree() == nil {
		return false
	}
	c := -1
	for i := s.first; i < s.last; i++ {
		if xi := s.d.timexAt[i]; xi >= 0 && s.d.in.Times[xi].Start == x.Start {
			c = i
			break
		}
	}
	if c < 0 {
		return false
	}
	at, ok := s.attachmentOf(c)
	n, ok2 := s.triggerNode(t)
	if !ok || !ok2 || !timeRels(at.rel) {
		return false
	}
	tr, h := s.tr, at.head
	own := s.triggerNodes(t)
	if c == t.end || own[h] || !tr.verbal(h) || tr.lemmaIn(h, s.d.lx.reporting) || s.sameTypeAt(t, h) {
		// a time right after the noun is its own ("the inauguration
		// Friday"); what a report is told at is the report's occasion
		// ("told a press conference Tuesday")
		return false
	}
	if t.anchor >= 0 {
		if a, ok := s.treeNode(t.anchor); ok && a == h {
			return false // the light verb: "held talks on Monday"
		}
	}
	for k := 0; k < maxTreeWalk; k++ {
		r := tr.rel(n)
		up, ok := tr.head(n)
		if !ok || !hostRels(r) && !hostRels(baseRel(r)) {
			return false
		}
		if up == h {
			// the noun the verb tells of, not the occasion of its act
			// ("killed in an attack on Monday") nor its purpose ("prepared
			// for the inauguration")
			return !hostKept(tr, n)
		}
		n = up
	}
	return false
}

// hostKept reports whether the preposition marking n is one of
// hostKeptCases, by any of its words ("ahead of the talks" read as one
// preposition of two), or is "of" after an adverb of them the parse hangs
// on the verb: "rose on Friday ahead of the summit", "ahead" an advmod and
// "of" the summit's case. Its last word alone, "of", tells nothing.
func hostKept(tr *tree, n node) bool {
	for _, w := range strings.Fields(tr.casePhrase(n)) {
		if hostKeptCases[w] {
			return true
		}
	}
	cs := tr.kids(n, is("case"))
	if len(cs) == 0 {
		return false
	}
	prev := slices.Min(cs) - 1
	return prev >= 0 && tr.rel(prev) == "advmod" && hostKeptCases[strings.ToLower(tr.w(prev).Form)]
}

// sameTypeAt reports whether the tree node h is a word of another trigger
// of t's type: a verb telling t's act itself ("the accord signed on
// Monday").
func (s *sent) sameTypeAt(t *trigger, h node) bool {
	for _, o := range s.triggers {
		if o != t && o.e != nil && t.e != nil && o.e.Type == t.e.Type && s.triggerNodes(o)[h] {
			return true
		}
	}
	return false
}
