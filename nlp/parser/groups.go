package parser

import (
	"github.com/chronograph-news/chronograph/nlp/perceptron"
)

// The transition model chooses an arc together with the group of its
// relation; the label model then names the relation within the group.
// The groups follow the table of universal relations in the UD guidelines
// (core arguments, oblique and nominal dependents, function words,
// clauses), kept apart where an event reader needs the attachment right:
// the subject, the objects, the obliques (where and when an act happened)
// and the modifiers of nouns each have a group, so that the transition
// model weighs "attach to the verb" against "attach to the noun" with
// what it knows of each. Six groups make fourteen classes, whose weights
// fit in a 16-byte slot of the model's index (perceptron's inline layout).
const (
	groupFunction = iota // case, det, aux, cop, mark, cc, clf, discourse, punct
	groupSubject         // nsubj, csubj, expl
	groupObject          // obj, iobj, ccomp, xcomp
	groupOblique         // obl, advmod, vocative, dislocated
	groupModifier        // nmod, appos, acl, amod, nummod, compound, flat, fixed
	groupClause          // root, conj, advcl, parataxis, list, dep and the rest
	numGroups
)

// groupNames name the groups in the transition model's class names.
var groupNames = [numGroups]string{"function", "subject", "object", "oblique", "modifier", "clause"}

// relationGroups maps a universal relation (the part before any ':') to
// its group; a relation not listed is in groupClause.
var relationGroups = map[string]int{
	"case": groupFunction, "det": groupFunction, "aux": groupFunction, "cop": groupFunction,
	"mark": groupFunction, "cc": groupFunction, "clf": groupFunction, "discourse": groupFunction,
	"punct": groupFunction,
	"nsubj": groupSubject, "csubj": groupSubject, "expl": groupSubject,
	"obj": groupObject, "iobj": groupObject, "ccomp": groupObject, "xcomp": groupObject,
	"obl": groupOblique, "advmod": groupOblique, "vocative": groupOblique, "dislocated": groupOblique,
	"nmod": groupModifier, "appos": groupModifier, "acl": groupModifier, "amod": groupModifier,
	"nummod": groupModifier, "compound": groupModifier, "flat": groupModifier, "fixed": groupModifier,
}

// groupsOf returns the group of each label.
func groupsOf(labels []string) []int {
	out := make([]int, len(labels))
	for i, l := range labels {
		out[i] = groupOf(l)
	}
	return out
}

// bestInGroup returns the label of group g, root excepted, that scores
// highest (the lowest index on ties), or, if the group has none, the
// highest of all but root. group gives each label's group.
func bestInGroup[S int32 | float32](scores []S, group []int, g, root int) int {
	// one loop, not perceptron.Best with a filter: a call per label for
	// every arc of every sentence parsed
	group = group[:len(scores)]
	best := -1
	for c, s := range scores {
		if c != root && group[c] == g && (best < 0 || s > scores[best]) {
			best = c
		}
	}
	if best >= 0 {
		return best
	}
	return perceptron.Best(scores, func(c int) bool { return c != root })
}

// groupOf returns the group of relation label.
func groupOf(label string) int {
	if g, ok := relationGroups[baseRelation(label)]; ok {
		return g
	}
	return groupClause
}
