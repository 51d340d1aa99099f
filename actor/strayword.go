package actor

import (
	"unicode/utf8"

	"github.com/chronograph-news/chronograph/token"
)

// minNameLetters is how many letters a word must have to name by itself a
// person its article never named: a lone capital ("Plan B", "hepatitis
// B", "Group B") is a label, not the last word of "Serie B".
const minNameLetters = 2

// strayWord reports whether the one-word mention at token n of candidate
// c, resolved to the person id whom its article has not named (recents,
// nor written with given names: lexer.writtenNames),
// is by its place in the sentence no mention of that person but of
// something else:
//
//   - a word of fewer than minNameLetters letters ("B shares");
//   - an adjective of the lexicon's opening_adjectives that opens the
//     sentence before a lower-case word ("Major roads will close"), not
//     the person of that surname;
//   - a word inside a run of capitalized words the recognizer did not
//     read as that person's name: a capitalized word right after it
//     ("Lee Hamilton", "Song Il-ho"), or right before it when that word
//     does not open the sentence ("said He Guoqiang"): a name of someone
//     else (otherName). A title before the word makes it a person's
//     (c.role) and is kept.
func (r *Resolver) strayWord(l *lexer, c *candidate, n int, id string, recent *recents) bool {
	if c.role != "" || recent.has(id) || r.kindOf(id) != Person {
		return false
	}
	if _, ok := recent.written[l.spanKey(n, n+1)]; ok {
		return false // "Peterson" of "Douglas Peterson" written before
	}
	t := l.toks[n].Text
	if utf8.RuneCountInString(t) < minNameLetters {
		return true
	}
	if n == c.sentence && l.g.lex.openingAdjectives[l.folds[n]] && n+1 < len(l.toks) && l.toks[n+1].Kind == token.Word && !isCapitalized(l.toks[n+1].Text) {
		return true
	}
	if r.otherName(l, id, n, n+1) {
		return true
	}
	return n == c.first && n-1 > c.sentence && r.otherName(l, id, n, n-1)
}

// otherName reports whether token k, next to the one-word mention at token
// n of the person id, goes on another name than theirs: a capitalized word
// (nameNeighbour) that is no word of the person's name ("Douglas" of
// "Douglas Peterson" is his) and no demonym ("Israeli Knesset": the
// country's, a qualifier, not a name).
func (r *Resolver) otherName(l *lexer, id string, n, k int) bool {
	if !l.nameNeighbour(n, k) || r.namedWith(id, l.folds[k]) {
		return false
	}
	_, demonym := r.g.demonyms[nameKey(l.toks[k].Text)]
	return !demonym
}

// nameNeighbour reports whether token k, next to token n with one space
// between them, is a capitalized word that may go on a name: not a
// stopword or a non_names word ("Monday", "Christmas").
func (l *lexer) nameNeighbour(n, k int) bool {
	if k < 0 || k >= len(l.toks) {
		return false
	}
	a, b := l.toks[min(n, k)], l.toks[max(n, k)]
	if b.Start != a.End+1 || l.text[a.End] != ' ' {
		return false
	}
	t := l.toks[k]
	return t.Kind == token.Word && isCapitalized(t.Text) && !isAllCaps(t.Text) && !l.g.lex.stopwords[l.folds[k]] && !l.nonName(k)
}
