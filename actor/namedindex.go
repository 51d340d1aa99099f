package actor

import (
	"strings"

	"github.com/chronograph-news/chronograph/nlp/wordnet"
)

// namedIndex recognizes a market index named by the capitalized run
// [p, end), more capitalized runs joined to it by slashes or not, a number
// or not, and an index noun of data/lexicon.yaml index_nouns right after
// ("the Zedex index", "the Borsa 30 Index", "the Kelvar/Ost 20 index"): one
// organization named by the whole phrase, as the gazetteer's indexes are,
// never a person or a place its words may name. No common word opening
// the sentence ("Composite index"); a possessive ends the run, so "Orlan's
// index" is whose index, not its name.
func (r *recognizer) namedIndex(p, end int) (int, bool) {
	its := r.its
	if r.common(p) || r.opensSentence(p) && len(wordnet.SensesOfForm(strings.ToLower(r.toks[its[p].first].Text))) > 0 {
		return p, false
	}
	k := end
	for k+1 < len(its) && r.toks[its[k].first].Text == "/" && its[k+1].kind == itemCap {
		k = r.capEnd(k+1, false) // "Kelvar/Ost", "Kelvar/ Ost"
	}
	if r.numberSuffix(its, k) {
		k++ // "Borsa 30"
	}
	if k >= len(its) || its[k].last-its[k].first != 1 || !r.g.lex.indexNouns[nameKey(r.toks[its[k].first].Text)] {
		return p, false
	}
	r.emit(candidate{kind: candOrg, first: its[p].first, last: its[k].last}, k+1)
	return k + 1, true
}
