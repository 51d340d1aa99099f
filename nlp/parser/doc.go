// Package parser is the dependency parser of the language core: a greedy
// transition-based parser (arc-eager, Nivre 2003) that gives every word of
// a tagged sentence its head and Universal Dependencies relation, with the
// subtypes of the treebanks ("nsubj:pass", "obl:tmod", "acl:relcl").
//
// Two averaged perceptrons ([perceptron]) make the decisions. The
// transition model chooses among shift, reduce, and a left or right arc
// with the group of its relation (function word, core argument, modifier,
// subject, object, oblique, noun modifier, clause: see groups.go), over the rich non-local features of
// Zhang & Nivre (2011): words and tags of the top two words of the stack
// and of the buffer, their heads and leftmost and rightmost children,
// their distance, valency and sets of child labels. The label model then
// names the relation within the group from the two ends of the arc and
// their dependents (labelfeatures.go). Splitting the decision keeps the
// transition model at fourteen classes, whose weights fit inside its index
// (one memory read per feature, where a class per relation took two),
// and runs the label model once per arc instead of scoring every relation
// at every transition: the whole analysis is about 10% faster, at equal
// accuracy. The transitions are trained with the dynamic oracle of
// Goldberg & Nivre (2012), which says for any configuration, including the
// wrong ones the parser reaches by following its own predictions, which
// transitions lose no gold arc; the label model learns on the arcs that
// are right.
//
// The parser is trained on gold tags but used on predicted ones, so
// training perturbs the tags of ambiguous words ([Config].TagNoise) and
// the features include word suffixes beside the tags; this costs half a
// point on gold tags and gains about one on predicted tags.
//
// The arc-eager system builds only projective trees: non-projective
// training trees are made projective by lifting their crossing arcs to the
// head's head (see [Projectivize]), so the parser learns the nearest
// projective analysis. Parse always returns a single-rooted tree covering
// every word, mended where Universal Dependencies rules the decoded tree
// out or news reads it wrong in a way the tree itself shows (repair.go).
package parser
