// Package cameo holds chronograph's CAMEO event dictionary: the twenty root
// categories of the CAMEO event codebook (codes.go) and the verb patterns of
// PETRARCH2's CAMEO verb dictionary, converted into chronograph's own files
// under data/ by cmd/convert (see data/README.md for the format, the
// attribution and how to rerun the conversion).
//
// Load returns the embedded Dictionary. Lookup gives the verb entries of a
// lemma; Match takes a clause as a dependency tree shows it (the verb, its
// subject, particle, object, prepositional phrases and other dependents,
// each by lemma and form) and returns the code of the most specific pattern
// that fits, else the verb's own code; the section Matching below says
// exactly what of PETRARCH's pattern language it implements.
//
// # Matching
//
// What Match implements of PETRARCH's pattern language, on a clause read
// from a dependency tree rather than on PETRARCH's constituency tree:
//
//   - The verb is looked up by lemma (Clause.Verb.Lemma), else by its form
//     among the irregular forms the dictionary lists (LemmaOf).
//   - A multi-word verb ("call off", "ask for", "get hold of") applies when
//     each of its After words is, distinctly, the clause's particle, the
//     object's head, one of the Other words, the preposition of one of the
//     verb's or the object's prepositional phrases, or the head of the
//     object of one of the verb's prepositional phrases.
//   - A pattern applies when each of its elements finds a distinct part of
//     the clause:
//     an element before the verb: the subject, or one of the Other words
//     (adverbs, auxiliaries: "strongly *", "will not *");
//     an element after the verb: the particle, the object, or one of the
//     Other words (complements: "* uncertain", "* intervene");
//     a prepositional phrase after the verb: one of the verb's
//     prepositional phrases or of the object's ("* lifting of:immunity"),
//     or the particle followed by the object ("* aside:rift" fits "set
//     aside the rift", where the parser made "aside" a particle);
//     a prepositional phrase before the verb: one of the subject's.
//     Parts of the clause that no element uses are ignored.
//   - A term fits a phrase when its last position fits the head and each
//     other position fits a distinct modifier (Phrase.Mods), in any order
//     and not necessarily adjacent (each word takes the first free modifier
//     it fits). A word fits a tree word whose lemma or
//     form is that word, case aside (so "sanctions" fits the form of
//     "sanctions"; synonym set members, which the source inflects for the
//     plural, fit through the lemma). A synonym set fits as any of its
//     members: a member phrase in the head position needs its last word on
//     the head and its other words among the modifiers; in a modifier
//     position all its words among the modifiers. Alternatives (a|b) fit
//     as either.
//   - A placeholder ($ source, + target, % both, ^ any) fits any non-empty
//     phrase in its position (before the verb: the subject; after it: the
//     object; in a prepositional phrase: its object) and, for $ + %, says
//     which part holds the actor (Match.Source, Match.Target). A
//     placeholder standing alone does not use its part up, so "+ inspector *"
//     fits the subject "UN inspectors": the actor and the head word share it.
//   - A prepositional phrase without object ("* to:") fits the preposition
//     with or without an object.
//   - Of the patterns that fit, the most specific wins: each word or set
//     position counts 2, each preposition 2, each placeholder 1, each word
//     of a multi-word verb 2; on a tie the one the source wrote for the
//     clause's verb (its "# VERB" comment), else the first in the source's
//     order. A
//     pattern wins over the verb's own code on a tie. Without a fitting
//     pattern the verb's own code (its block's unless it has one) applies.
//
// What it does not implement: the order of the elements (PETRARCH's
// before/after-the-verb split is kept, but the order among the elements
// after the verb is not checked); adjacency of the words of a phrase
// (PETRARCH's "_" and "{...}" are read as head plus modifiers); actor
// codes (a placeholder fits any phrase; whether it names an actor is the
// caller's to check); that ^ names no actor; the transformations ("~"
// lines: a verb that embeds another verb's event); the inflection of the
// pattern's plain words (PETRARCH makes plurals only for synonym sets; a
// plain plural such as "sanctions" fits only a plural in the text, as in
// PETRARCH); prepositions written without parentheses in old TABARI
// patterns ("* attack on +"), which stay plain words and rarely fit (159
// patterns have two or more bare elements after the verb; most are a
// particle and an object, "* up resistance", which fit); and PETRARCH's
// re-reading of a clause through its
// conjunctions, passives and relative clauses, which is the caller's work
// before building the Clause.
package cameo
