package event

import (
	"github.com/chronograph-news/chronograph/timex"
)

// Noun events told as a lasting cause or span. An event noun may stand in
// a sentence only to describe someone or somewhere: the agent or oblique of
// a past participle on another noun ("aid to thousands of people affected
// by severe floods", "three men suspected of the bombing"), or the thing a
// duration counts ("a region hit by three years of drought", "after two
// decades of war"). Such a noun tells what came about before, or lasted
// over, a span the sentence does not date; the day its main clause tells
// ("the Red Cross on Monday launched an appeal to help people affected by
// floods") is not the noun's. It takes no time told before the
// participle's clause (participleNoun; one after it, "made during their
// meeting with Bush in September", the word rules still weigh) or none at
// all (spanNoun), and, undated, is bounded by the publication date
// (bindLasting).

// spanReach is how many words may stand between a duration's "of" and the
// noun it counts ("three years of severe drought").
const spanReach = 2

// participleNoun returns the past participle whose clause holds the noun
// trigger t as an oblique (its by-agent: "affected by floods"; "suspected
// of the bombing"; not a noun deeper down, "signals sent about the
// resumption of talks", which tells a topic), when that participle describes a noun before it (acl: "people
// affected by floods"; or xcomp right after a noun, as the parse may
// hang it) and is itself no trigger of the sentence: the
// clause tells who the noun is, not the news. ok is false without a
// parse.
func (s *sent) participleNoun(t *trigger) (node, bool) {
	if !t.noun || s.tree() == nil {
		return noNode, false
	}
	tr := s.tr
	n, ok := s.triggerNode(t)
	if !ok || baseRel(tr.rel(n)) != "obl" {
		return noNode, false
	}
	cur, ok := tr.head(n)
	if !ok || !tr.verbal(cur) || tr.w(cur).XPOS != "VBN" {
		return noNode, false
	}
	if len(tr.kids(cur, is("nsubj", "nsubj:pass", "aux", "aux:pass", "mark"))) > 0 {
		return noNode, false
	}
	h, up := tr.head(cur)
	if !up || h > cur {
		return noNode, false
	}
	switch tr.rel(cur) {
	case "acl":
		if !tr.nominal(h) {
			return noNode, false
		}
	case "xcomp":
		// the parse may hang the participle on the clause's verb
		// ("opened shelters for families affected by floods"): a noun
		// right before it is still what it describes
		toks := s.tokensOf(cur)
		if len(toks) == 0 {
			return noNode, false
		}
		if tb, nb, ok := s.treeAt(toks[0] - 1); !ok || !tb.nominal(nb) {
			return noNode, false
		}
	default:
		return noNode, false
	}
	for _, o := range s.triggers {
		if on, ok := s.triggerNode(o); ok && o != t && on == cur {
			return noNode, false // "soldiers captured by troops": the capture is told
		}
	}
	return cur, true
}

// spanNoun reports whether the noun trigger t is the thing a duration of
// months or years counts ("three years of drought", "more than ten years
// of war"): the event lasted that long, and no day dates it.
func (s *sent) spanNoun(t *trigger) bool {
	if !t.noun {
		return false
	}
	for j, n := t.start-1, 0; j > s.first && n <= spanReach; j, n = j-1, n+1 {
		if s.word(j) != "of" {
			if s.d.timexAt[j] >= 0 || clauseStops[s.word(j)] || s.word(j) == "," {
				return false
			}
			continue
		}
		xi := s.d.timexAt[j-1]
		if xi < 0 {
			return false
		}
		x := &s.d.in.Times[xi]
		return x.Type == timex.Duration && longCount(x.Value)
	}
	return false
}

// bindLasting bounds by the publication date each asserted or reported
// noun mention of the sentence, undated, told as a lasting cause or span
// (participleNoun, spanNoun; see above).
func (s *sent) bindLasting(ts []*trigger, ms []Mention) {
	for k, t := range ts {
		m := &ms[k]
		if !dayOfPublication(m) {
			continue
		}
		if _, ok := s.participleNoun(t); ok || s.spanNoun(t) {
			m.Basis = PublicationBound
		}
	}
}
