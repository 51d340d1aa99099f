package event

import (
	"github.com/chronograph-news/chronograph/nlp/conllu"
)

// treerepair_possessive.go: the twenty-first tree repair (treeRepairs). A
// participle used as an adjective right after a possessive, before a name
// ("the country's ruling National Party has denied ...", "the firm's
// leading Widget brand"), read as a gerund clause with the possessor its
// subject and the name its object ("the country" ruling "the party"), the
// clause then the subject (csubj) of the verb or the possessor itself the
// verb's subject: the party, the true doer, is lost to the verb. A gerund
// with its own subject in the possessive takes its object with a
// determiner or a pronoun ("the minister's ruling the party with an iron
// hand" is rare in news, and "ruling the party" has "the"); the cue is a
// verb tagged as a gerund (VBG) right after a possessive marker ("'s",
// "'") whose object, a noun or name, opens right after it with no
// determiner. The repair makes the object the head in the gerund's place
// in the tree (a clausal subject becomes a nominal one), the gerund its
// adjective (amod), and the possessor its possessive (nmod:poss) when it
// hung on the gerund or on the gerund's head.

// possessiveMarkers are the forms of the possessive case marker the repair
// looks for before the gerund.
var possessiveMarkers = wordList("possessive_markers")

// gerundNominalRel maps a clausal relation of the gerund to the nominal
// relation its object takes in its place; a relation not listed is kept.
var gerundNominalRel = map[string]string{
	"csubj": "nsubj", "csubj:pass": "nsubj:pass", "ccomp": "obj", "xcomp": "obj", "advcl": "obl", "acl": "nmod",
}

// repairPossessiveGerund returns ws with the misreading above mended, or ws
// itself when there is none. It never modifies ws.
func repairPossessiveGerund(ws []conllu.Token) []conllu.Token {
	for v := 2; v < len(ws); v++ {
		if ws[v].XPOS != "VBG" || ws[v].UPOS != "VERB" || !possessiveMarkers[ws[v-1].Form] || ws[v-1].DepRel != "case" {
			continue
		}
		o := gerundObject(ws, v)
		if o < 0 {
			continue
		}
		p := ws[v-1].Head - 1 // the possessor
		out := append([]conllu.Token(nil), ws...)
		rel := ws[v].DepRel
		if r, ok := gerundNominalRel[rel]; ok {
			rel = r
		}
		out[o].Head, out[o].DepRel = ws[v].Head, rel
		out[v].Head, out[v].DepRel = o+1, "amod"
		if p >= 0 && p < v-1 && (ws[p].Head-1 == v || ws[p].Head == ws[v].Head) {
			out[p].Head, out[p].DepRel = o+1, "nmod:poss"
		}
		for k := range ws {
			if k != o && k != p && ws[k].Head-1 == v {
				out[k].Head = o + 1 // the gerund's other dependents go with the noun
			}
		}
		return out
	}
	return ws
}

// gerundObject returns the object of the gerund v when it is a noun or a
// name whose phrase opens right after v with no determiner, or -1.
func gerundObject(ws []conllu.Token, v int) int {
	for o := v + 1; o < len(ws); o++ {
		if ws[o].Head-1 != v || ws[o].DepRel != "obj" {
			continue
		}
		if ws[o].UPOS != "NOUN" && ws[o].UPOS != "PROPN" {
			return -1
		}
		for k := v + 1; k < o; k++ {
			if ws[k].UPOS == "DET" || ws[k].UPOS == "PRON" || !headedBelow(ws, k, o) {
				return -1
			}
		}
		return o
	}
	return -1
}
