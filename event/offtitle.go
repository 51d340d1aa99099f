package event

import (
	"strings"

	"github.com/chronograph-news/chronograph/actor"
)

// offtitle.go: a person's title that puts its holder out of the state's
// office. A country or body named as the possessor or the modifier of a
// title stands for the person in office ("Brovia's foreign minister
// said": Brovia, coarsely), but not when the title says the holder is out
// of office or in another camp: "Brovia's former leader", "the
// territory's future leader", "Kestria's opposition party chief" are no
// agents of Brovia or Kestria.

// offOfficeModifiers are the modifiers of a title that put its holder
// out of the office of whoever is named beside it (data/words.yaml).
var offOfficeModifiers = wordList("off_office_modifiers")

// officeKeepers are the modifiers that keep a party title's holder in
// the state's office ("the ruling party chief") (data/words.yaml).
var officeKeepers = wordList("office_keepers")

// offOfficeTitle reports whether the noun at n is a singular title of a
// person modified by one of offOfficeModifiers (and none of
// officeKeepers), of the title's owner p ("former president",
// "opposition leader", "chief executive-designate", "Democratic party
// chief"); a modifier inside p's own name stays its ("Communist Party
// leader": the party's own).
func (s *syntax) offOfficeTitle(n node, p np) bool {
	d := s.tr
	w := d.w(n)
	lw := strings.ToLower(w.Form)
	if w.UPOS != "NOUN" || w.XPOS == "NNS" || !titleWord(lw) {
		return false
	}
	off := false
	for _, k := range d.kids(n, is("amod", "compound", "advmod")) {
		if toks := s.tokensOf(k); len(toks) > 0 && toks[0] >= p.start && toks[0] < p.end {
			continue
		}
		for _, part := range strings.Split(strings.ToLower(d.w(k).Form), "-") {
			if officeKeepers[part] {
				return false
			}
			if offOfficeModifiers[part] {
				off = true
			}
		}
	}
	return off
}

// offOfficeOwner reports whether the name p modifies or possesses an
// offOfficeTitle ("Brovian opposition leader X urged": not Brovia); the
// word windows take it for a subject the tree does not give.
func (s *syntax) offOfficeOwner(p np) bool {
	d := s.tr
	w, ok := s.treeNode(p.start)
	if !ok || s.actor(p).Kind == actor.Person || !modRels(d.rel(w)) {
		return false
	}
	h, ok := d.head(w)
	return ok && s.offOfficeTitle(h, p)
}
