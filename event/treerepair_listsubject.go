package event

import (
	"github.com/chronograph-news/chronograph/nlp/conllu"
)

// treerepair_listsubject.go: the twenty-third tree repair (treeRepairs). A
// list of clauses, each with its own subject and verb ("Acme lost 14 yen,
// Borvex Steel fell 3 yen and Kestrel Motors shed 2 yen", "Ardena beat
// Velna and Quellit drew with Morvia"), is read with a later clause's
// subject hung elsewhere: on the first verb (an oblique or a parataxis),
// on the object before it (a conjunct: "beat Velna and Quellit"), and its
// verb a conjunct of the first verb with no subject of its own, which then
// shares the first clause's: every move of the list becomes the first
// company's. A finite verb right after a name never shares the subject of
// the verb before that name. The cue is a verb conjunct in a finite tense
// (finiteXPOS) with no subject nor auxiliary, of a verb that has a
// subject of its own, right after a name of
// proper nouns (listNameTags, "of" between two of them: "State Bank of
// India"; a determiner before it) that opens after a comma, a coordinator or a subordinator
// ("while"), has one head word, and hangs on a word before it, not as a second "by"
// agent ("the delegation organized by X and the Carter Center released":
// a participle read as the verb). The repair
// makes the name's head the verb's subject, with the comma and coordinator
// hung on that head, the verb's.

// listNameMax is the most words a later clause's subject name may have
// (repairListSubject).
const listNameMax = 6

// listNameTags are the tags of the words of such a name.
var listNameTags = map[string]bool{"PROPN": true}

// repairListSubject returns ws with every later clause's subject of a list
// mended (see above), or ws itself when there is none. It never modifies
// ws.
func repairListSubject(ws []conllu.Token) []conllu.Token {
	out := ws
	for v := 1; v < len(ws); v++ {
		c := ws[v].Head - 1
		if ws[v].UPOS != "VERB" || ws[v].DepRel != "conj" || !finiteXPOS[ws[v].XPOS] || c < 0 || !hasSubject(ws, c) ||
			hasSubject(ws, v) || hasChild(ws, v, "aux") || hasChild(ws, v, "aux:pass") {
			continue
		}
		start, ok := listName(ws, v)
		if !ok {
			continue
		}
		head := -1
		for k := start; k < v; k++ {
			if h := ws[k].Head - 1; h < start || h >= v {
				if head >= 0 {
					head = -1 // two heads: no one name
					break
				}
				head = k
			}
		}
		if head < 0 || ws[head].Head-1 >= start || ws[head].Head == 0 ||
			ws[head].DepRel == "conj" && ws[ws[head].Head-1].DepRel == "obl:agent" {
			continue // (a second "by" agent: "organized by X and the Carter Center released")
		}
		if &out[0] == &ws[0] {
			out = append([]conllu.Token(nil), ws...)
		}
		out[head].Head, out[head].DepRel = v+1, "nsubj"
		for k := range start {
			if ws[k].Head-1 == head && (ws[k].DepRel == "punct" || ws[k].DepRel == "cc") {
				out[k].Head = v + 1 // the comma and coordinator before the name
			}
		}
	}
	return out
}

// listName returns the first word of the name of proper nouns right
// before word v, opened by a comma, coordinator or subordinator; ok is
// false when there is none.
func listName(ws []conllu.Token, v int) (int, bool) {
	k := v - 1
	if k < 0 || !listNameTags[ws[k].UPOS] {
		return 0, false
	}
	for k > 0 && v-k < listNameMax {
		p := ws[k-1]
		switch {
		case listNameTags[p.UPOS]:
			k--
			continue
		case p.Form == "of" && k >= 2 && listNameTags[ws[k-2].UPOS]:
			k -= 2
			continue
		}
		break
	}
	if k > 0 && ws[k-1].UPOS == "DET" {
		k-- // "the Commonwealth Bank"
	}
	if k == 0 {
		return 0, false
	}
	p := ws[k-1]
	return k, p.Form == "," || p.UPOS == "CCONJ" || p.UPOS == "SCONJ"
}
