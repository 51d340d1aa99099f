package pipeline

import (
	"strconv"
	"strings"

	"github.com/chronograph-news/chronograph/token"
)

// "South Africa is healing 12 years after it held the first democratic
// elections" counts the article's year from the year of those elections,
// which the text may name elsewhere ("the 1994 democratic elections").
// Only a count told in the present tense reaches the article's own time:
// "he was freed 12 years after his arrest" dates the release, not the
// article.

// Bounds of the "N years after X" evidence.
const (
	// maxAnchorGap is how many tokens may stand between a year and a word
	// of X in the sentence that names X's year ("the 1994 democratic
	// elections", "elections held in 1994").
	maxAnchorGap = 3
	// minAnchorWordLen is the shortest word of X that identifies it
	// ("vote", "war"; shorter words are function words).
	minAnchorWordLen = 3
)

// presentCues and pastCues are the auxiliaries and copulas that tell the
// tense of the words before a count: a present one, and no past one, makes
// "N years after X" a count to the article's own time.
var (
	presentCues = wordList("present_cues")
	pastCues    = wordList("past_cues")
)

// anchorStopWords are words of X that do not identify it.
var anchorStopWords = wordList("anchor_stop_words")

// yearsAfter returns the N of "N years after" or "N years since" told in
// the present tense (see presentCues), with the words that say it and the
// index of "after"/"since" in ts; n is 0 when there is none.
func yearsAfter(ts []token.Token) (n int, cue string, anchor int) {
	present := false
	for k, t := range ts {
		w := strings.ToLower(t.Text)
		switch {
		case pastCues[w]:
			return 0, "", -1
		case presentCues[w]:
			present = true
		}
		v, err := strconv.Atoi(w)
		if err != nil || v <= 0 || v >= 1000 || k+2 >= len(ts) || !strings.EqualFold(ts[k+1].Text, "years") {
			continue
		}
		if a := strings.ToLower(ts[k+2].Text); (a == "after" || a == "since") && present {
			return v, t.Text + " years " + a, k + 2
		}
	}
	return 0, "", -1
}

// anchorYear returns the year of X, the words after "after"/"since" (to the
// end of the sentence: an apposition may come first), as another sentence of the text names it: a year
// within maxAnchorGap tokens of one of X's words. single is false when no
// sentence names one, or sentences name different years.
func anchorYear(toks []token.Token, sents []token.Sentence, self int, x []token.Token) (year int, single bool) {
	words := map[string]bool{}
	for _, t := range x {
		w := strings.ToLower(t.Text)
		if t.Kind == token.Word && len(w) >= minAnchorWordLen && !anchorStopWords[w] {
			if _, err := strconv.Atoi(w); err != nil {
				words[w] = true
			}
		}
	}
	if len(words) == 0 {
		return 0, false
	}
	for si, s := range sents {
		if si == self {
			continue
		}
		ts := toks[s.First:s.Last]
		for k, t := range ts {
			y, ok := yearToken(t.Text)
			if !ok {
				continue
			}
			near := false
			for j := max(0, k-maxAnchorGap); j < len(ts) && j <= k+maxAnchorGap; j++ {
				near = near || (j != k && words[strings.ToLower(ts[j].Text)])
			}
			if !near {
				continue
			}
			if single && y != year {
				return 0, false
			}
			year, single = y, true
		}
	}
	return year, single
}

// yearToken reads a four-digit year (1000-2199).
func yearToken(w string) (int, bool) {
	if len(w) != 4 {
		return 0, false
	}
	y, err := strconv.Atoi(w)
	return y, err == nil && y >= 1000 && y <= 2199
}

// namesYear reports whether the tokens name a year.
func namesYear(ts []token.Token) bool {
	for _, t := range ts {
		if _, ok := yearToken(t.Text); ok {
			return true
		}
	}
	return false
}
