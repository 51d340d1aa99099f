package event

import (
	"strings"

	"github.com/chronograph-news/chronograph/nlp/conllu"
)

// treerepair_currency.go: the twentieth tree repair (treeRepairs). The
// Korean currency "won" right after an amount is read as the past tense of
// "win" ("closed unchanged at 18,500 won", "ended at 1,184.20 won against
// one U.S. dollar"): a verb with no object of its own, hung on the clause
// as a complement or an adverbial clause, the amount left bare. The cue is
// "won", lower case, tagged a verb, right after a number that is no year
// (yearLike: "who in 2000 won Florida" is a win) and with no object of its
// own. The repair makes it the noun, in the amount's place in the tree,
// with the amount its number and the amount's case word its own ("at
// 18,500 won"); its obliques become its noun modifiers ("against one U.S.
// dollar"). A headline then keeps the unit with the figure.

// repairCurrencyWon returns ws with every currency read as a verb mended
// (see above: "closed at 18,500 won, up 300 won" has two), or ws itself
// when there is none. It never modifies ws.
func repairCurrencyWon(ws []conllu.Token) []conllu.Token {
	for v := 1; v < len(ws); v++ {
		n := v - 1
		if ws[v].Form != "won" || ws[v].UPOS != "VERB" || ws[n].UPOS != "NUM" || yearLike(ws[n].Form) ||
			headedBelow(ws, n, v) || hasChild(ws, v, "obj") {
			continue
		}
		out := append([]conllu.Token(nil), ws...)
		out[v].UPOS, out[v].XPOS, out[v].Lemma, out[v].Feats = "NOUN", "NN", "won", "_"
		out[v].Head, out[v].DepRel = ws[n].Head, ws[n].DepRel
		out[n].Head, out[n].DepRel = v+1, "nummod"
		for k := range ws {
			switch {
			case k == n || k == v:
			case ws[k].Head-1 == n:
				out[k].Head = v + 1 // the amount's case word and modifiers
			case ws[k].Head-1 == v && strings.HasPrefix(ws[k].DepRel, "obl"):
				out[k].DepRel = "nmod" // "against one U.S. dollar"
			}
		}
		return repairCurrencyWon(out) // the next one, past this one now a noun
	}
	return ws
}

// headedBelow reports whether the word n hangs on v or on a word below
// it: the amount cannot then take v's place without a cycle.
func headedBelow(ws []conllu.Token, n, v int) bool {
	for k, steps := ws[n].Head-1, 0; k >= 0 && k < len(ws) && steps < len(ws); k, steps = ws[k].Head-1, steps+1 {
		if k == v {
			return true
		}
	}
	return false
}

// yearLike reports whether a number's form is a year of four digits
// ("2000"), not an amount ("18,500", "1,184.20", "320").
func yearLike(form string) bool {
	if len(form) != 4 {
		return false
	}
	for _, r := range form {
		if r < '0' || r > '9' {
			return false
		}
	}
	return form >= "1800" && form <= "2099"
}
