package event

import (
	"strings"

	"github.com/chronograph-news/chronograph/nlp/conllu"
)

// treerepair_timeroot.go: the eighteenth tree repair (treeRepairs). News
// opens a sentence with the time of its act, set off by a comma ("Later
// Wednesday, gunmen killed a teacher", "Earlier Monday in the capital,
// the minister had resigned", "On Friday morning, two men were
// arrested"). The parser then often takes the time noun for the
// sentence's root and hangs the true verb on it as a relative clause, a
// parataxis or a bare dependent: the rules see a clause hanging on a
// weekday, not the sentence's act, and the place of the opening phrase
// ("in the capital") hangs on the weekday, lost to the act. A time noun
// heads no clause with a subject of its own: the cue is a root of
// timeHeads whose phrase opens the sentence, with nothing before it but
// its own modifiers ("Later", "Also on"), and a verb after it, hung on it,
// with a subject of its own after a comma. The repair makes that verb the
// root, the time phrase its oblique (bare: obl:unmarked), and the time
// noun's other dependents after it the verb's (a noun modifier becoming an
// oblique) (repairTimeRoot).

// timeRootRels are the relations by which the parse hangs the true verb
// on a time noun it took for the root.
var timeRootRels = map[string]bool{
	"acl": true, "acl:relcl": true, "parataxis": true, "dep": true, "list": true, "appos": true, "advcl": true,
}

// timeOpeningRels are the relations of the words before a time noun in
// its opening phrase: its preposition, its adverbs and modifiers ("Also
// on", "Later", "Last", "Friday" of "Friday morning").
var timeOpeningRels = map[string]bool{
	"case": true, "advmod": true, "amod": true, "det": true, "compound": true, "nmod:unmarked": true,
}

// repairTimeRoot returns ws with the misreading above mended, or ws
// itself when there is none. It never modifies ws.
func repairTimeRoot(ws []conllu.Token) []conllu.Token {
	r := rootOf(ws)
	if r < 0 || ws[r].UPOS != "NOUN" && ws[r].UPOS != "PROPN" || !timeHeads[strings.ToLower(ws[r].Form)] {
		return ws
	}
	for k := 0; k < r; k++ {
		if !inSubtree(ws, k, r) || ws[k].Head-1 == r && !timeOpeningRels[ws[k].DepRel] {
			return ws
		}
	}
	v := timeRootVerb(ws, r)
	if v < 0 {
		return ws
	}
	out := append([]conllu.Token(nil), ws...)
	rel := "obl:unmarked"
	if hasChild(ws, r, "case") {
		rel = "obl"
	}
	out[v].Head, out[v].DepRel = 0, "root"
	out[r].Head, out[r].DepRel = v+1, rel
	for k := r + 1; k < len(out); k++ {
		if k != v && ws[k].Head-1 == r {
			out[k].Head, out[k].DepRel = v+1, clauseRel(ws[k].DepRel)
		}
	}
	return out
}

// timeRootVerb returns the first verb after r that the parse hangs on r
// by one of timeRootRels, with a subject of its own after a comma that
// ends r's phrase; -1 when there is none.
func timeRootVerb(ws []conllu.Token, r int) int {
	for v := r + 1; v < len(ws); v++ {
		if ws[v].Head-1 != r || ws[v].UPOS != "VERB" || !timeRootRels[ws[v].DepRel] {
			continue
		}
		for k := r + 1; k < v; k++ {
			if ws[k].Head-1 == v && strings.HasPrefix(ws[k].DepRel, "nsubj") {
				first := firstOfSubtree(ws, k)
				if first > 0 && ws[first-1].Form == "," {
					return v
				}
			}
		}
	}
	return -1
}
