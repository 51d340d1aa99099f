package actor

import "github.com/chronograph-news/chronograph/token"

// figureReach is how many tokens after a market verb its figure may stand
// ("rose 9 cents", "fell by 2.5 percent", "was down to 30"; marketSide).
const figureReach = 3

// marketSide reports whether the one-word name at token n is a company or
// an index whose price a market report moves: a market verb follows it
// right after (data/lexicon.yaml: market_verbs) and a figure within
// figureReach tokens after the verb, no punctuation between ("ANZ lost 25
// cents", "Mazda climbed 21 yen"), and the word is no word of the
// language (commonWord: "Gold fell 3 dollars", "Exports rose 5 percent"
// name nothing), nor a possessed one ("Serbia's GDP rose": a measure of
// the owner's).
func (l *lexer) marketSide(n int) bool {
	v := n + 1
	if v >= len(l.toks) || !l.g.lex.marketVerbs[l.folds[v]] || commonWord(l.toks[n].Text) || n > 0 && l.possessive(n-1) {
		return false
	}
	for q := v + 1; q < len(l.toks) && q <= v+figureReach; q++ {
		t := l.toks[q].Text
		if t != "" && t[0] >= '0' && t[0] <= '9' {
			return true
		}
		if l.toks[q].Kind == token.Punct {
			return false
		}
	}
	return false
}

// possessive reports whether token i is a possessive "'s", one token
// (isPossessive) or an "s" after an apostrophe token.
func (l *lexer) possessive(i int) bool {
	return isPossessive(l.toks[i].Text) || l.folds[i] == "s" && i > 0 && (l.toks[i-1].Text == "'" || l.toks[i-1].Text == "’")
}
