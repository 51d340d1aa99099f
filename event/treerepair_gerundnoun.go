package event

import (
	"strings"

	"github.com/chronograph-news/chronograph/nlp/conllu"
)

// treerepair_gerundnoun.go: the twenty-second tree repair (treeRepairs).
// A noun in -ing closing a prepositional phrase after a noun that
// modifies it ("died in heavy artillery shelling", "hurt in police
// shooting") read as a gerund clause of the verb, with no subject or
// object, the phrase then ending at the modifier ("in heavy artillery"):
// the act is lost to the verb's clause and its doer's adjective ("heavy",
// a nationality) stays on the wrong word. The cue: a gerund (VBG) right
// after a singular common noun (a plural is the clause's subject: "aid for
// troops fighting abroad") that has a case word and no determiner, hung with it
// on one head, the gerund an adverbial, relative or open clause
// (gerundNounRels) with no subject, object, auxiliary or marker of its own,
// whose form is a noun trigger of the lexicon ("shelling"; "information
// leading to", "troops advancing" are clauses: no noun trigger).
// A gerund with an object ("in an attack targeting civilians") or with a
// determined noun before it ("in the streets chanting") stays a clause.
// The repair makes the gerund a noun in the modifier's place in the tree,
// the modifier its compound, and the modifier's dependents before it (its
// case word, its adjectives) the gerund's.

// gerundNounRels are the relations of a gerund the repair reads as a noun.
var gerundNounRels = map[string]bool{"advcl": true, "acl": true, "xcomp": true}

// gerundClauseRels are the relations of a dependent that make the gerund a
// clause of its own.
var gerundClauseRels = map[string]bool{
	"nsubj": true, "nsubj:pass": true, "obj": true, "iobj": true, "aux": true, "aux:pass": true, "mark": true,
	"ccomp": true, "xcomp": true,
}

// repairGerundNoun returns ws with the misreading above mended, or ws
// itself when there is none. It never modifies ws.
func repairGerundNoun(ws []conllu.Token) []conllu.Token {
	for v := 1; v < len(ws); v++ {
		n := v - 1
		if ws[v].XPOS != "VBG" || !gerundNounRels[ws[v].DepRel] || ws[n].UPOS != "NOUN" || ws[n].XPOS == "NNS" ||
			ws[v].Head != ws[n].Head || !hasChild(ws, n, "case") || hasChild(ws, n, "det") || gerundClause(ws, v) ||
			!nounReading(ws[v].Form) {
			continue
		}
		out := append([]conllu.Token(nil), ws...)
		out[v].UPOS, out[v].XPOS, out[v].Lemma, out[v].Feats = "NOUN", "NN", strings.ToLower(ws[v].Form), "Number=Sing"
		out[v].Head, out[v].DepRel = ws[n].Head, ws[n].DepRel
		out[n].Head, out[n].DepRel = v+1, "compound"
		for k := 0; k < n; k++ {
			if ws[k].Head-1 == n {
				out[k].Head = v + 1 // the case word and adjectives go with the head noun
			}
		}
		return repairGerundNoun(out)
	}
	return ws
}

// gerundClause reports whether the gerund v has a dependent that only a
// clause takes (see gerundClauseRels).
func gerundClause(ws []conllu.Token, v int) bool {
	for k := range ws {
		if ws[k].Head-1 == v && gerundClauseRels[ws[k].DepRel] {
			return true
		}
	}
	return false
}

// nounReading reports whether form, lower-cased, is a one-word noun trigger
// of the lexicon ("shelling", "bombing").
func nounReading(form string) bool {
	l := strings.ToLower(form)
	for _, i := range theLexicon.byFirst[l] {
		if e := &theLexicon.entries[i]; len(e.words) == 1 && e.noun() {
			return true
		}
	}
	return false
}
