package event

import "strings"

// siteWords name buildings and sites an attack strikes: before a
// hostile noun event, a name ending in one, or the owner named in front
// of one, tells what was struck, not who struck it ("the World Trade
// Center attack", "the US Embassy bombing"; data/words.yaml).
var siteWords = wordList("site_words")

// maxCompoundClimb bounds the climb from a name's last word up the
// compounds to the noun event it modifies ("US" → "Embassy" → "bombing").
const maxCompoundClimb = 4

// siteModifier reports whether the actor phrase p is, or modifies, a
// compound of the noun event at n whose head word is one of siteWords
// ("the World Trade Center attack": the centre; "the US Embassy
// bombing": the embassy of the United States): the site struck or its
// owner.
func (s *syntax) siteModifier(p np, n node) bool {
	d := s.tr
	k, ok := s.treeNode(p.end - 1)
	if !ok {
		return false
	}
	for range maxCompoundClimb {
		if r := d.rel(k); r != "compound" && r != "flat" && r != "amod" {
			return false
		}
		h, ok := d.head(k)
		if !ok {
			return false
		}
		if d.rel(k) == "flat" {
			k = h // a name's later word: its head is the name's first
			continue
		}
		if h == n {
			return siteWords[strings.ToLower(d.w(k).Form)]
		}
		k = h
	}
	return false
}
