package actor

import "github.com/chronograph-news/chronograph/token"

// scoreWindow is how many tokens on either side of a name a game's score
// ("2-1", "101-99") may stand for the name to be read as a side of that
// game (gameSide).
const scoreWindow = 12

// teamNounReach is how many capitalized modifiers a team noun before a
// side's name may have ("beat Tuscan rivals Empoli").
const teamNounReach = 2

// modifierReach is how many lower-case words may stand between a game
// verb or marker and a side's name ("over lowly Dunmore").
const modifierReach = 2

// plainModifier reports whether token i is a lower-case word that may
// qualify a side's name between a game verb or marker and the name: no
// game verb, noun or marker, no "the", no number.
func (l *lexer) plainModifier(i int) bool {
	lex := l.g.lex
	t, f := l.toks[i], l.folds[i]
	if t.Kind != token.Word || isCapitalized(t.Text) || token.AllDigits(t.Text) || f == "the" {
		return false
	}
	return !lex.gameVerbs[f] && !lex.gameNouns[f] && !lex.gameMarkers[f] && !lex.teamNouns[f] && !lex.stopwords[f]
}

// markerReach is how many tokens before a game marker its game verb or
// noun may stand, with only a score between them ("lost 2 - 0 to").
const markerReach = 4

// gameSide reports whether the name of tokens [first, last) is a
// side of a game the sentence reports with its score: a game verb follows
// it ("Chelsea beat ...", "Lyon drew ...") or a game verb, or a game noun
// and its preposition, comes right before it or its "the" ("... beat
// Arsenal 2-1", "beat the Bobcats 101-99", "a 3-1 win over Lille", "lost
// 2-0 to Monaco"; a team noun and its capitalized modifiers, or up to
// modifierReach lower-case words, may stand between: "beat hosts Bolton",
// "over lowly Dunmore"), or a verb of its standing follows it in a clause
// telling the game (sideClause), or a game is given to it ("gave Charlton
// a 1-0 win": givenGame), and a score stands within scoreWindow
// tokens (data/lexicon.yaml: game_verbs, game_nouns, game_markers,
// team_nouns, side_verbs). Such a name is a team, whatever the gazetteer says its
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
	if l.sideClause(last) {
		return true // "Everton suffered a 2-1 defeat": the clause's side
	}
	if l.givenGame(last) {
		return true // "a late header gave Dunmore a 2-0 win": the winner
	}
	if last < len(l.toks) && lex.teamNouns[l.folds[last]] {
		return false // "beat Tuscan rivals Empoli": the team is named after
	}
	p := first - 1
	if p >= 0 && lex.teamNouns[l.folds[p]] {
		// "beat hosts Bolton 1-0", "beat Tuscan rivals Empoli": the name
		// the team noun and its capitalized modifiers stand before
		p--
		for k := 0; k < teamNounReach && p >= 0 && isCapitalized(l.toks[p].Text) && !lex.gameVerbs[l.folds[p]]; k++ {
			p--
		}
	}
	for k := 0; k < modifierReach && p > 0 && l.plainModifier(p); k++ {
		p-- // "a 31-7 victory over lowly Dunmore", "beat visiting Harwick"
	}
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
		if !token.IsScore(l.toks[q].Text) && l.toks[q].Kind != token.Punct && !token.AllDigits(l.toks[q].Text) {
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
		return token.IsScore(l.toks[q].Text) || q+2 < len(l.toks) && token.IsScore(l.toks[q].Text+l.toks[q+1].Text+l.toks[q+2].Text)
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

// sideReach is how many tokens after a side's verb its game noun may
// stand ("moved closer to the top of the league table with a 24-17
// victory": a score counts as three tokens).
const sideReach = 16

// sideClause reports whether the name ending before token last opens a
// clause that tells its own game's result: a verb of a side's standing
// follows it (data/lexicon.yaml: side_verbs) and the clause, before any
// comma and within sideReach tokens, holds a score right before a game
// noun ("Harwick moved closer to the lead with a 24-17 victory", "Everton
// suffered a 2-1 defeat at Fulham"). The subject of such a clause played
// the game.
func (l *lexer) sideClause(last int) bool {
	lex := l.g.lex
	if last >= len(l.toks) || !lex.sideVerbs[l.folds[last]] {
		return false
	}
	for q := last + 1; q < len(l.toks) && q <= last+sideReach; q++ {
		t := l.toks[q].Text
		if sentenceEnd(t) || t == "," || t == ";" {
			return false
		}
		if !lex.gameNouns[l.folds[q]] {
			continue
		}
		for k := q - 1; k >= last+1 && k >= q-markerReach; k-- {
			if token.IsScore(l.toks[k].Text) || k >= 2 && token.IsScore(l.toks[k-2].Text+l.toks[k-1].Text+l.toks[k].Text) {
				return true // "a 2-1 defeat", "a 1-0 home win"
			}
		}
	}
	return false
}

// givenReach is how many tokens after a side's name a game noun it is
// given may stand: an article, a score of up to three tokens and a
// modifier ("a 1-0 home win").
const givenReach = 6

// givenGame reports whether the name ending before token last is followed
// by "a" or "an", a score and a game noun, with only words between the
// score and the noun, all within givenReach tokens of the name ("gave
// Dunmore a 2-0 home win", "earned Velda a 3-1 victory"): the name is the
// side the result is given to.
func (l *lexer) givenGame(last int) bool {
	if last >= len(l.toks) || l.folds[last] != "a" && l.folds[last] != "an" {
		return false
	}
	scored := false
	for q := last + 1; q < len(l.toks) && q <= last+givenReach; q++ {
		t := l.toks[q].Text
		switch {
		case token.IsScore(t) || token.AllDigits(t) || token.IsScoreDash(t):
			scored = scored || token.IsScore(t) || q+2 < len(l.toks) && token.IsScore(t+l.toks[q+1].Text+l.toks[q+2].Text)
		case l.g.lex.gameNouns[l.folds[q]]:
			return scored
		case !scored || l.toks[q].Kind != token.Word:
			return false
		}
	}
	return false
}
