package event

import (
	"slices"
	"strings"

	"github.com/chronograph-news/chronograph/actor"
)

// appositiveNames returns the names a common noun of people at c is told
// by in apposition right after it, between commas ("questioned two men,
// Karl Brenner and Otto Lind, over ..." → "Karl Brenner and Otto Lind",
// "arrested a suspect, Anna Holm, on Friday" → "Anna Holm"), or "": a
// headline names the people rather than the generic noun (a singular
// one before the name, as a title: "suspect Anna Holm"). The parse
// rarely hangs the names on the noun, so the words tell it: a comma, a
// name and its conjuncts (names only), then a comma or the sentence's
// end; a plural noun takes two names or more, a singular one exactly
// one. The noun is no name's own (a generic agent at most); a name that
// is a place, or one a possessive or a verb follows ("two men, Brenner
// said"), is no apposition.
func (h *head) appositiveNames(c node) string {
	d := h.s.tr
	w := d.w(c)
	if w.UPOS != "NOUN" || !slices.ContainsFunc(append(d.lemmas(c), strings.ToLower(w.Form)), theHeadWords.personEnding) {
		return "" // a lemma too: "men" is "man"
	}
	if p, ok := h.s.actorWord(c); ok && !strings.HasPrefix(h.s.actor(p).ActorID, actor.AgentPrefix) {
		return "" // a named side ("Norland's envoy"); a generic agent ("two men") is no name
	}
	a := c + 2
	if int(a) >= len(d.words) || d.w(c+1).Form != "," || d.w(a).UPOS != "PROPN" {
		return ""
	}
	heads := []node{a}
	for _, k := range d.kids(a, is("conj")) {
		if d.w(k).UPOS != "PROPN" {
			return "" // "Karl Brenner and his brother": no list of names
		}
		heads = append(heads, k)
	}
	end := a // the last word of the names
	var names []string
	for _, x := range heads {
		last := x
		for _, f := range d.kids(x, is("flat", "compound")) {
			last = max(last, f)
		}
		end = max(end, last)
		if p, ok := h.s.actorWord(x); ok {
			if k := h.s.actor(p).Kind; k == actor.Place || k == actor.Country {
				return ""
			}
		}
		text, _ := h.phrase(x, false)
		if text == "" {
			text = h.nounPhrase(x, 0)
		}
		if text == "" {
			return ""
		}
		names = append(names, text)
	}
	for i := a; i <= end; i++ {
		// names, their joining "and" and commas only
		if u := d.w(i).UPOS; u != "PROPN" && u != "CCONJ" && d.w(i).Form != "," {
			return ""
		}
	}
	if next := end + 1; int(next) < len(d.words) && d.w(next).Form != "," && d.w(next).Form != "." {
		return ""
	}
	if pl := pluralWord(w); pl && len(names) < 2 || !pl && len(names) != 1 {
		return ""
	}
	return joinNames(names)
}
