package event

import "strings"

// countedtally.go: a happening told only inside what a count counts ("the
// number of guards killed in the province has climbed to 84", "bringing the
// total count of victims so far this year to 410", "brings to 19
// the number of hangings this year"): a running total, no act told as
// one. The acts it sums are told, if at all, by their own clauses.

// countHeads are the nouns of a count whose "of" phrase names what is
// counted (data/words.yaml count_heads).
var countHeads = wordList("count_heads")

// countedTally reports whether trigger t only names what a count noun
// (countHeads) counts: a participle or adjective trigger hung, through
// participle, modifier and conjunct links, on the noun of that count's
// "of" phrase ("the number of troops killed", "the number of dead or
// injured"), or a bare plural noun trigger no determiner or possessor
// picks out that is itself that phrase ("the number of executions").
// "The death toll of a suicide attack rose to 35" tells the attack; "a
// number of attacks" is some attacks, no count.
func (s *sent) countedTally(t *trigger) bool {
	n, ok := s.parsedTrigger(t)
	if !ok {
		return false
	}
	d := s.tr
	if t.noun && (!d.barePluralOf(n) || d.pickedOut(n)) {
		return false
	}
	cur := n
	for k := 0; k < maxTreeWalk; k++ {
		h, ok := d.head(cur)
		if !ok {
			return false
		}
		switch r := baseRel(d.rel(cur)); {
		case r == "nmod" && strings.EqualFold(d.caseWord(cur), "of"):
			return d.lemmaIn(h, countHeads) && !d.hasDepWord(h, is("det"), func(f, _ string) bool { return f == "a" || f == "an" })
		case !t.noun && (r == "acl" || r == "amod" || r == "conj"):
			cur = h
		default:
			return false
		}
	}
	return false
}
