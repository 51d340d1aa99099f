// Package petrarch reads PETRARCH2's CAMEO verb dictionary (the format of
// CAMEO.2.0.txt: synonym sets, synonym blocks of verbs, patterns and
// transformations) into a cameo.Dictionary.
//
// The source format, as its header and PETRARCH2's documentation describe
// it: a synonym set is a line "&NAME" followed by "+member" lines; a block
// starts with "--- NAME [code] ---", lists verbs ("WORD {irregular forms}
// [code]", multi-word verbs as "+VERB_PARTICLE") and then patterns
// ("- before * after [code:passive] # verb"), where (...) is a
// prepositional phrase, {...} a noun phrase whose last word is the head,
// &NAME a synonym set and $ + % ^ placeholders for the source, the target,
// both and any phrase. Comments start with # or ;.
//
// What the conversion changes is listed in the cameo/data README: verb words
// become lemmas (lemmas.tsv lists the dictionary's non-base forms), regular
// inflections are dropped, A/B is read as alternatives, exact duplicate
// patterns are dropped, and patterns PETRARCH2 itself ignores (undefined
// synonym sets) or that cannot be read are skipped with a warning naming the
// file and line. Transformations (~ lines) are counted, not converted.
package petrarch
