package event

import (
	"slices"
	"strings"
)

// causeplace.go: a place named inside a phrase that tells what led to an
// event ("rose on the wings of a rally on Wall Street", "rose, tracking
// gains on Wall Street", "fell after a slump in sales in Britain") is where
// that cause happened, not where the event did: it is no location of the
// event.

// antecedentCases mark a phrase or clause as the cause or antecedent of the
// event it hangs on ("after", "following", "amid"); antecedentNouns head the
// multi-word ones ("on the wings of", "in the wake of", "on the back of");
// antecedentVerbs head a participle clause that ties a move to another
// ("tracking gains", "extending gains", "mirroring losses")
// (data/words.yaml, read by causePlace).
var (
	antecedentCases = wordList("antecedent_cases")
	antecedentNouns = wordList("antecedent_nouns")
	antecedentVerbs = wordList("antecedent_verbs")
)

// causePlace reports whether the phrase p lies, in the parse, inside a
// phrase or clause that tells the cause of t's event: a word on the path
// from p up to the trigger's word n (or to the predicate n modifies,
// underAntecedent) is marked by a word of
// antecedentCases, heads a multi-word cause preposition (antecedentNouns),
// is an adverbial clause of a verb of antecedentVerbs, or is a clause whose
// first word is of antecedentCases ("rose after comment encouraged buying
// on Wall Street", where the parser hangs "after" on the clause's
// subject and the clause as a complement or conjunct). A cause phrase that tells the event itself keeps its place:
// the phrase from p up to the marked word holds a noun trigger of the
// same type, or of a violent type for a violent event ("killings in the
// wake of the bombing in Lanark", sameEventBelow).
func (s *sent) causePlace(p np, n node, typ Type) bool {
	k, ok := s.treeNode(p.end - 1)
	return ok && s.tree() != nil && s.antecedentPlace(k, n, typ)
}

// antecedentPlace is causePlace for the parse word k of a place.
func (s *sent) antecedentPlace(k, n node, typ Type) bool {
	below, ok := s.tr.underAntecedent(k, n)
	return ok && !s.sameEventBelow(below, typ)
}

// sameEventBelow reports whether one of the words is the word of a noun
// trigger of type typ, or of a violent type when typ is one.
func (s *sent) sameEventBelow(words []node, typ Type) bool {
	for _, o := range s.triggers {
		if !o.noun || o.e.Type != typ && !(violentTypes[typ] && violentTypes[o.e.Type]) {
			continue
		}
		if on, ok := s.triggerNode(o); ok && slices.Contains(words, on) {
			return true
		}
	}
	return false
}

// underAntecedent reports whether a word on the path from the place's
// word k up to the trigger's word n, or up to its predicateHead when the
// place is not under n ("were up 2.4 percent in early dealing following
// the Tokyo gains", where the parse hangs the cause on the
// predicate "percent" and the trigger's "were" below it), marks the
// event's cause (that word left out), and returns the words from k up to
// that mark.
func (d *tree) underAntecedent(k, n node) ([]node, bool) {
	if k == noNode || n == noNode {
		return nil, false
	}
	top := n
	if !d.within(k, n) {
		top = d.predicateHead(n)
	}
	if !d.within(k, top) {
		return nil, false // the place is not in the trigger's clause
	}
	path := []node{k}
	for k != top {
		h, _ := d.head(k)
		path = append(path, h)
		k = h
	}
	path = path[:len(path)-1] // the word joining the place to n tells the event, not its cause
	for i, c := range path {
		if i == 0 {
			continue // the place's own word
		}
		if d.marksAntecedent(c) {
			return path[:i+1], true
		}
	}
	return nil, false
}

// predicateHead returns n, or the word n hangs on when n is the copula or
// an adverb of a copular predicate ("were up 1.3 percent": "were" and "up"
// on "percent"), with whatever else hangs there: the word the trigger's
// clause is built on.
func (d *tree) predicateHead(n node) node {
	if r := baseRel(d.rel(n)); r == "cop" || r == "advmod" {
		if h, ok := d.head(n); ok {
			return h
		}
	}
	return n
}

// marksAntecedent reports whether the word c heads a phrase or clause that
// tells a cause (causePlace): its one-word preposition or subordinator,
// or its whole preposition ("due to", "because of"), is of
// antecedentCases.
func (d *tree) marksAntecedent(c node) bool {
	if antecedentCases[d.caseWord(c)] || antecedentCases[d.markWord(c)] || antecedentCases[d.casePhrase(c)] {
		return true
	}
	if len(d.kids(c, is("case"))) > 0 && d.lemmaIn(c, antecedentNouns) {
		return true
	}
	switch baseRel(d.rel(c)) {
	case "advcl", "xcomp":
		if d.lemmaIn(c, antecedentVerbs) {
			return true
		}
		fallthrough
	case "ccomp", "conj":
		return antecedentCases[strings.ToLower(d.w(d.firstWord(c)).Form)]
	}
	return false
}

// firstWord returns the first word of n's subtree in the sentence, found
// down the chain of leftmost dependents that precede their heads.
func (t *tree) firstWord(n node) node {
	for {
		ks := t.kids(n, func(string) bool { return true })
		if len(ks) == 0 || ks[0] > n {
			return n
		}
		n = ks[0]
	}
}
