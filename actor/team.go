package actor

import (
	"strings"

	"github.com/chronograph-news/chronograph/token"
)

// scoreWindow is how many tokens on either side of a name a game's score
// ("2-1", "101-99") may stand for the name to be read as a side of that
// game (gameSide).
const scoreWindow = 12

// markerReach is how many tokens before a game marker its game verb or
// noun may stand, with only a score between them ("lost 2 - 0 to").
const markerReach = 4

// gameSide reports whether the name of tokens [first, last) is a
// side of a game the sentence reports with its score: a game verb follows
// it ("Chelsea beat ...", "Lyon drew ...") or a game verb, or a game noun
// and its preposition, comes right before it or its "the" ("... beat
// Arsenal 2-1", "beat the Bobcats 101-99", "a 3-1 win over Lille", "lost
// 2-0 to Monaco"), and a score stands within
// scoreWindow tokens (data/lexicon.yaml: game_verbs, game_nouns,
// game_markers). Such a name is a team, whatever the gazetteer says its
// word names alone (a town, a district).
func (l *lexer) gameSide(first, last int) bool {
	if !l.scoreNear(first, last) {
		return false
	}
	lex := l.g.lex
	if last < len(l.toks) && lex.gameVerbs[l.folds[last]] {
		return true
	}
	if l.possessedGame(last) {
		return true // "Real's 1-0 win at ...": the winner's
	}
	if last < len(l.toks) && lex.teamNouns[l.folds[last]] {
		return false // "beat Tuscan rivals Empoli": the team is named after
	}
	p := first - 1
	if p > 0 && l.folds[p] == "the" {
		p-- // "beat the Bobcats"
	}
	if p < 0 {
		return false
	}
	if lex.gameVerbs[l.folds[p]] {
		return true
	}
	if !lex.gameMarkers[l.folds[p]] {
		return false
	}
	// "a 3-1 win over", "lost 2-0 to": the score may stand between the
	// noun or verb and its preposition
	for q := p - 1; q >= 0 && q >= p-markerReach; q-- {
		if f := l.folds[q]; lex.gameNouns[f] || lex.gameVerbs[f] {
			return true
		}
		if !isScore(l.toks[q].Text) && l.toks[q].Kind != token.Punct && !token.AllDigits(l.toks[q].Text) {
			return false
		}
	}
	return false
}

// possessReach is how many tokens after a possessive "'s" its game noun
// may stand ("Real's 1-0 away win": the score and a modifier between).
const possessReach = 5

// possessedGame reports whether token i is a possessive "'s" whose noun
// phrase ends in a game noun within possessReach tokens, passing only
// numbers, a score's hyphen and words that are no game noun ("PSG's 4-2
// UEFA Cup loss"): the name before it owns the game, as a side of it.
func (l *lexer) possessedGame(i int) bool {
	if i >= len(l.toks) || l.folds[i] != "s" && l.toks[i].Text != "'s" && l.toks[i].Text != "’s" {
		return false
	}
	for q := i + 1; q < len(l.toks) && q <= i+possessReach; q++ {
		if l.g.lex.gameNouns[l.folds[q]] {
			return true
		}
		if l.toks[q].Kind == token.Punct && l.toks[q].Text != "-" {
			return false
		}
	}
	return false
}

// scoreNear reports whether a score is written within scoreWindow tokens
// of tokens [first, last).
func (l *lexer) scoreNear(first, last int) bool {
	score := func(q int) bool {
		return isScore(l.toks[q].Text) || q+2 < len(l.toks) && isScore(l.toks[q].Text+l.toks[q+1].Text+l.toks[q+2].Text)
	}
	for q := first - 1; q >= 0 && q >= first-scoreWindow && !sentenceEnd(l.toks[q].Text); q-- {
		if score(q) {
			return true // "2-1" as one token or three
		}
	}
	for q := last; q < len(l.toks) && q < last+scoreWindow && !sentenceEnd(l.toks[q].Text); q++ {
		if score(q) {
			return true
		}
	}
	return false
}

// sentenceEnd reports whether token text s ends a sentence.
func sentenceEnd(s string) bool { return s == "." || s == "!" || s == "?" }

// isScore reports whether s is a game's score: two numbers joined by a
// hyphen or a dash ("2-1", "101-99"), neither longer than three digits.
func isScore(s string) bool {
	a, b, ok := strings.Cut(strings.ReplaceAll(s, "–", "-"), "-")
	return ok && token.AllDigits(a) && token.AllDigits(b) && len(a) <= 3 && len(b) <= 3
}
