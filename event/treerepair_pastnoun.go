package event

import (
	"strings"

	"github.com/chronograph-news/chronograph/nlp/conllu"
)

// treerepair_pastnoun.go: the nineteenth tree repair (treeRepairs). An
// irregular past tense that is also a noun ("rose", "fell") right after
// its subject is read as that noun, the subject then its modifiers ("the
// Nikkei stock average rose 160 points": "average rose" as in "a garden
// rose"), and the noun as the subject of the number that follows, or as
// the sentence's head. A noun so placed is no noun: the cue is such a word
// (an irregular past of a verb trigger of the lexicon: verbReading) with
// a noun, name or adjective right before it as its dependent, a number or
// a preposition right after it ("rose 3 percent", "fell by 2 points",
// "rose for the third day"; not "a rose garden", "fresh rose petals"),
// and the word heading the sentence or a clause, or the subject of a noun
// or number after it. The repair makes the word a verb of its lemma in the
// past, the word before it its subject with the word's modifiers before
// that, and, when the word was the subject of a noun after it, the verb
// takes that noun's place and the noun becomes its object (its oblique,
// with a case word: "rose 2.15 to 9,310.42", the bare amount before a
// level then the object; "rose by 5 percent" keeps its number), with the noun's dependents before the verb now the
// verb's (repairPastNoun).

// pastNounHeads are the tags of the word a past read as a noun may be the
// subject of (repairPastNoun): "rose 160 points" read with "points" as head.
var pastNounHeads = map[string]bool{"NOUN": true, "NUM": true, "PROPN": true}

// pastNounSubjects are the tags of the word right before a past read as a
// noun that may be its subject: "the index rose", "the Dow Jones
// Industrial Average rose" (the last word tagged an adjective).
var pastNounSubjects = map[string]bool{"NOUN": true, "PROPN": true, "ADJ": true}

// repairPastNoun returns ws with a past tense read as a noun mended (see
// above), or ws itself when there is none. It never modifies ws.
func repairPastNoun(ws []conllu.Token) []conllu.Token {
	for v := 1; v+1 < len(ws); v++ {
		if !pastNoun(ws, v) {
			continue
		}
		rel, h := ws[v].DepRel, ws[v].Head-1
		subject := rel == "nsubj" && h > v && pastNounHeads[ws[h].UPOS]
		if !subject && !nounVerbRels[rel] {
			continue
		}
		lemma, _ := verbReading(ws[v].Form)
		out := append([]conllu.Token(nil), ws...)
		out[v].UPOS, out[v].XPOS, out[v].Lemma, out[v].Feats = "VERB", "VBD", lemma, "_"
		p := v - 1
		out[p].DepRel = "nsubj"
		for k := 0; k < p; k++ {
			if ws[k].Head-1 == v {
				out[k].Head = p + 1 // the subject's own modifiers ("the Nikkei stock average")
			}
		}
		if subject {
			out[v].Head, out[v].DepRel = ws[h].Head, ws[h].DepRel
			out[h].Head, out[h].DepRel = v+1, "obj"
			if hasChild(ws, h, "case") {
				out[h].DepRel = "obl" // "rose 2.15 to 9,310.42": the level reached
				for k := v + 1; k < h && ws[h].UPOS == "NUM"; k++ {
					if ws[k].Head-1 == h && pastNounHeads[ws[k].UPOS] && !hasChild(ws, k, "case") {
						out[k].Head, out[k].DepRel = v+1, "obj" // the amount risen
					}
				}
			}
			for k := 0; k < v; k++ {
				if ws[k].Head-1 == h {
					out[k].Head = v + 1 // "In early trading, the index rose": the clause's, not the number's
				}
			}
		}
		return out
	}
	return ws
}

// pastNoun reports whether the word at v is a noun of an irregular past's
// form with a verb reading in the lexicon, a noun, name or adjective right
// before it as its dependent and a number or a preposition right after it.
func pastNoun(ws []conllu.Token, v int) bool {
	w := ws[v]
	if w.UPOS != "NOUN" {
		return false
	}
	f := strings.ToLower(w.Form)
	l, ok := irregular[f]
	if !ok || !pastForm(f) {
		return false
	}
	if lemma, ok := verbReading(w.Form); !ok || lemma != l {
		return false
	}
	if n := ws[v+1].UPOS; n != "NUM" && n != "ADP" {
		return false
	}
	p := ws[v-1]
	return p.Head-1 == v && pastNounSubjects[p.UPOS]
}
