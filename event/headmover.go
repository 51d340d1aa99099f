package event

import (
	"slices"
	"strings"

	"github.com/chronograph-news/chronograph/actor"
)

// namedMover returns the subject of a headline whose subject word c is a
// bare generic mover (data/headlines.yaml generic_movers: "the index",
// "shares") and subj says no more than that word, told by what names it:
// the name set in apposition to it, or to its "of" phrase, as the parse
// may hang it there ("the index of mid-sized firms, MIDX, rose" → "MIDX
// rises"); else its own prepositional phrase (mover_cases: "the index of
// B-shares fell" → "Index of B-shares falls", "shares in Acme fell" →
// "Shares in Acme fall"), never a place's, which says where it moved
// ("shares in Moscow closed higher": the place the headline ends in).
// Any other subject stays subj, as does plural.
func (h *head) namedMover(c node, subj string, plural bool) (string, bool) {
	d, hw := h.s.tr, theHeadWords
	lw := strings.ToLower(d.w(c).Form)
	if !hw.movers[lw] || !strings.EqualFold(subj, d.w(c).Form) {
		return subj, plural
	}
	var phrase node = noNode
	for _, k := range d.kids(c, is("nmod")) {
		if k > c && hw.moverCases[d.caseWord(k)] && (d.w(k).UPOS == "NOUN" || d.w(k).UPOS == "PROPN") && !h.isTime(k) && !h.placePhrase(k) {
			phrase = k
			break
		}
	}
	for _, at := range []node{c, phrase} {
		if at == noNode {
			continue
		}
		for _, a := range d.kids(at, is("appos")) {
			if a > at && d.w(a).UPOS == "PROPN" {
				return h.nounPhrase(a, 0), false // a name is one mover
			}
		}
	}
	if phrase == noNode {
		return subj, plural
	}
	return capitalize(lw + " " + d.caseWord(phrase) + " " + h.nounPhrase(phrase, 1)), plural
}

// placePhrase reports whether the phrase at k names a place or a
// location actor.
func (h *head) placePhrase(k node) bool {
	return slices.ContainsFunc(h.s.phraseActors(k, false), func(p np) bool {
		a := h.s.actor(p)
		return a.Kind == actor.Place || a.Location
	})
}
