package actor

import "github.com/chronograph-news/chronograph/token"

// figureReach is how many tokens after a market verb its figure may stand
// ("rose 9 cents", "fell by 2.5 percent", "was down to 30"; marketSide).
const figureReach = 3

// marketSide reports whether the name of tokens [n, end) is a company or
// an index whose price a market report moves: a market verb follows it
// right after (data/lexicon.yaml: market_verbs) and a figure within
// figureReach tokens after the verb, no punctuation between ("ANZ lost 25
// cents", "Kobe Steel shed 11 yen", "Westpac rose one cent"), or a verb of
// its level and a direction do (marketLevel: "Dravo closed unchanged at
// 1,240", after no "the": "the PPI was up 0.7 percent" is a measure's), and
// the name is no possessed one ("Serbia's GDP rose": a measure of the
// owner's) nor one word of the language (commonWord: "Gold fell 3 dollars",
// "Exports rose 5 percent" name nothing).
func (l *lexer) marketSide(n, end int) bool {
	v := end
	if v >= len(l.toks) || end == n+1 && commonWord(l.toks[n].Text) || n > 0 && l.possessive(n-1) {
		return false
	}
	switch {
	case l.g.lex.marketVerbs[l.folds[v]]:
	case l.marketLevel(v) && (n == 0 || l.folds[n-1] != "the"):
		v++ // the figure follows the direction
	default:
		return false
	}
	return l.figureAfter(v)
}

// marketLevel reports whether token v is a verb of a share's level
// (data/lexicon.yaml: market_level_verbs) with a direction right after it
// (market_level_words): "closed up", "was down", "ended unchanged".
func (l *lexer) marketLevel(v int) bool {
	return v+1 < len(l.toks) && l.g.lex.marketLevelVerbs[l.folds[v]] && l.g.lex.marketLevelWords[l.folds[v+1]]
}

// figureAfter reports whether a figure stands within figureReach tokens
// after token v, no punctuation between.
func (l *lexer) figureAfter(v int) bool {
	for q := v + 1; q < len(l.toks) && q <= v+figureReach; q++ {
		if l.figure(q) {
			return true
		}
		if l.toks[q].Kind == token.Punct {
			return false
		}
	}
	return false
}

// figure reports whether token q begins a market figure: digits, or a
// count in words (data/lexicon.yaml: single_counts, counts: "one cent",
// "two points").
func (l *lexer) figure(q int) bool {
	t := l.toks[q].Text
	return t != "" && t[0] >= '0' && t[0] <= '9' || l.g.lex.singleCounts[l.folds[q]] || l.g.lex.counts[l.folds[q]]
}

// possessive reports whether token i is a possessive "'s", one token
// (isPossessive) or an "s" after an apostrophe token.
func (l *lexer) possessive(i int) bool {
	return isPossessive(l.toks[i].Text) || l.folds[i] == "s" && i > 0 && (l.toks[i-1].Text == "'" || l.toks[i-1].Text == "’")
}
