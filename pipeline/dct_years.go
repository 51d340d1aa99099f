package pipeline

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/chronograph-news/chronograph/token"
)

// The year of an article can be counted from what it marks: "the 50th
// anniversary of the company, founded in 1975" and "25 years ago, in
// 2000" are told in 2025.

// maxAnniversaryGap is how many tokens may stand between an ordinal and
// "anniversary" ("the 50th founding anniversary").
const maxAnniversaryGap = 3

// countedYear returns the year an article is written in by the arithmetic
// of its anniversaries ("its 50th anniversary", with the year counted from
// in the same sentence), of "N years ago" with a year in the same
// sentence, and of "N years after X" or "N years since X" told in the
// present tense, with X's year in the same sentence or, when it names
// none, named with X in another (see anchorYear), in sentences that do not
// speak of the future. Sentences that name more than one year are not
// read; when two readings disagree, there is no year.
func countedYear(text string) (year int, why string, ok bool) {
	toks := token.Tokenize(text)
	sents := token.Sentences(text, toks)
	for si, s := range sents {
		if futureSentence(text, toks, sents, s.Start) {
			continue
		}
		ts := toks[s.First:s.Last]
		n, cue, at, ago := yearsCounted(ts)
		anchor := -1 // the token of "after"/"since" of a present count
		if n == 0 {
			n, cue, anchor = yearsAfter(ts)
			if n == 0 {
				continue
			}
		}
		from, single := onlyYear(ts)
		switch {
		case ago:
			from, single = agoYear(ts, at)
		case anchor < 0 && marksAnniversary(ts, at):
			single = false // the anniversary's own year is named: no count
		case anchor < 0:
			from, single = onlyYear(ts[max(0, at-maxAnniversaryYearGap):min(len(ts), at+maxAnniversaryYearGap+1)])
		}
		if anchor >= 0 {
			// X's year is after "after"/"since", or named with X
			// elsewhere; a year before the count is of something else
			// ("a ceasefire holding since 1991")
			x := ts[anchor+1:]
			from, single = onlyYear(x)
			switch {
			case namesYear(ts[:anchor]):
				single = false
			case !namesYear(x):
				from, single = anchorYear(toks, sents, si, x)
			}
		}
		if !single {
			continue
		}
		y := from + n
		if ok && y != year {
			return 0, "", false // the readings disagree
		}
		year, why, ok = y, fmt.Sprintf("%s counted from %d", cue, from), true
	}
	return year, why, ok
}

// yearsCounted returns the years a sentence's tokens count from a past
// year to now: the N of "the Nth anniversary" or "N years ago", with the
// words that say it.
func yearsCounted(ts []token.Token) (n int, cue string, at int, ago bool) {
	for k, t := range ts {
		w := strings.ToLower(t.Text)
		if n, ok := ordinalNumber(w); ok {
			for j := k + 1; j < len(ts) && j <= k+maxAnniversaryGap; j++ {
				if strings.EqualFold(ts[j].Text, "anniversary") {
					return n, "the " + t.Text + " anniversary", k, false
				}
			}
		}
		if n, err := strconv.Atoi(w); err == nil && n > 0 && n < 1000 && k+2 < len(ts) &&
			strings.EqualFold(ts[k+1].Text, "years") && strings.EqualFold(ts[k+2].Text, "ago") {
			return n, t.Text + " years ago", k, true
		}
	}
	return 0, "", -1, false
}

// maxAnniversaryYearGap is how many tokens may stand between the ordinal
// of an anniversary and the year counted from ("founded in 1975, marked
// its 50th anniversary"); a year further away is of something else ("the
// 50th anniversary of the armed forces and ... Cuba's leader since 1959").
const maxAnniversaryYearGap = 10

// maxAgoGap is how many tokens may stand between "N years ago" and the
// year it names ("25 years ago, in 2000"; "in 2000, 25 years ago").
const maxAgoGap = 3

// agoYear returns the one year named within maxAgoGap tokens of "N years
// ago" at ts[k:k+3]: a year further away is of something else ("one in
// three in 2005, compared to one in six 10 years ago").
func agoYear(ts []token.Token, k int) (int, bool) {
	return onlyYear(ts[max(0, k-maxAgoGap):min(len(ts), k+3+maxAgoGap)])
}

// markingCues are the verbs by which a year marks an anniversary ("2006
// marks the 45th anniversary"): the year named before them is the
// anniversary's own, not the year counted from.
var markingCues = wordList("marking_cues")

// marksAnniversary reports whether a year is the subject of a marking verb
// standing within maxAnniversaryGap tokens before the ordinal at ts[k]
// ("2006 marks the 45th", not "founded in 1975, marked its 50th").
func marksAnniversary(ts []token.Token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-1-maxAnniversaryGap; j-- {
		if !markingCues[strings.ToLower(ts[j].Text)] {
			continue
		}
		if j > 0 {
			if _, ok := yearToken(ts[j-1].Text); ok {
				return true
			}
		}
	}
	return false
}

// ordinalNumber reads "50th", "1st", "22nd", "3rd".
func ordinalNumber(w string) (int, bool) {
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if d, ok := strings.CutSuffix(w, suf); ok {
			n, err := strconv.Atoi(d)
			return n, err == nil && n > 0 && n < 1000
		}
	}
	return 0, false
}

// onlyYear returns the one four-digit year (1000-2199) the tokens name;
// single is false when they name none or several.
func onlyYear(ts []token.Token) (year int, single bool) {
	for _, t := range ts {
		y, ok := yearToken(t.Text)
		if !ok {
			continue
		}
		if single && y != year {
			return 0, false
		}
		year, single = y, true
	}
	return year, single
}
