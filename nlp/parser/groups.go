package parser

import "strings"

// The transition model chooses an arc together with the group of its
// relation; the label model then names the relation within the group.
// Groups follow the rows and columns of the table of universal relations
// in the UD guidelines (core arguments, function words, modifiers,
// clauses and loose joining, punctuation), so that the transition model
// keeps most of what a model with one class per relation learns, at the
// price of a few classes.
const (
	groupFunction = iota // case, det, aux, cop, mark, cc, expl, clf, discourse
	groupCore            // nsubj, obj, iobj, csubj, ccomp, xcomp
	groupModifier        // advmod, amod, obl, nmod, nummod, compound, flat, fixed, appos, acl…
	groupClause          // root, conj, advcl, parataxis, list, dep and the rest
	groupPunct           // punct
	numGroups
)

// groupNames name the groups in the transition model's class names.
var groupNames = [numGroups]string{"function", "core", "modifier", "clause", "punct"}

// relationGroups maps a universal relation (the part before any ':') to
// its group; a relation not listed is in groupClause.
var relationGroups = map[string]int{
	"case": groupFunction, "det": groupFunction, "aux": groupFunction, "cop": groupFunction,
	"mark": groupFunction, "cc": groupFunction, "expl": groupFunction, "clf": groupFunction,
	"discourse": groupFunction,
	"nsubj": groupCore, "obj": groupCore, "iobj": groupCore, "csubj": groupCore, "ccomp": groupCore,
	"xcomp": groupCore,
	"advmod": groupModifier, "amod": groupModifier, "obl": groupModifier, "nmod": groupModifier,
	"nummod": groupModifier, "compound": groupModifier, "flat": groupModifier, "fixed": groupModifier,
	"appos": groupModifier, "acl": groupModifier, "vocative": groupModifier, "dislocated": groupModifier,
	"punct": groupPunct,
}

// groupOf returns the group of relation label.
func groupOf(label string) int {
	u, _, _ := strings.Cut(label, ":")
	if g, ok := relationGroups[u]; ok {
		return g
	}
	return groupClause
}
