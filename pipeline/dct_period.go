package pipeline

import (
	_ "embed"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/chronograph-news/chronograph/token"
)

// News reports the statistics of a period once it has ended: "inflation
// in the first 10 months of 2006 stayed low at 4.96 percent" and "exports
// rose 5 percent in September 2006" are written after the period's last
// day, and before the next period's figures replace them (see
// statisticsLag). The period's end bounds the DCT from below, its year
// named; a yearless period ("in October") is not read.

//go:embed data/dct_periods.yaml
var dctPeriodsYAML []byte

// periodWords is the parsed data/dct_periods.yaml.
type periodWords struct {
	Statistics []string `yaml:"statistic_words"`
	Prospects  []string `yaml:"prospect_words"`
	Comparing  []string `yaml:"comparison_words"`

	statistics, prospects, comparing map[string]bool
}

// loadPeriodWords parses data/dct_periods.yaml once.
var loadPeriodWords = sync.OnceValues(func() (*periodWords, error) {
	var w periodWords
	if err := yaml.Unmarshal(dctPeriodsYAML, &w); err != nil {
		return nil, fmt.Errorf("pipeline/data/dct_periods.yaml: %w", err)
	}
	if len(w.Statistics) == 0 {
		return nil, fmt.Errorf("pipeline/data/dct_periods.yaml: no statistic_words")
	}
	w.statistics, w.prospects, w.comparing = map[string]bool{}, map[string]bool{}, map[string]bool{}
	for _, s := range w.Comparing {
		w.comparing[strings.ToLower(s)] = true
	}
	for _, s := range w.Statistics {
		w.statistics[strings.ToLower(s)] = true
	}
	for _, s := range w.Prospects {
		w.prospects[strings.ToLower(s)] = true
	}
	return &w, nil
})

// maxComparisonGap is how many tokens before a period a comparison word
// may stand, in its clause, to make the period a comparison ("equal to
// the growth rate in the first quarter of 2004").
const maxComparisonGap = 8

// periodMonths are the month words of the periods; the month of a period
// is 1-12.
var periodMonths = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}

// periodCounts are the counts of "the first N months" and the ordinals of
// "the third quarter", "the second half".
var periodCounts = map[string]int{
	"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
	"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
}

const (
	yearRx  = `((?:1[89]|20|21)\d\d)`
	monthRx = `(January|February|March|April|May|June|July|August|September|October|November|December)`
)

// The periods a text may report (each with its year): "the first 10
// months of 2006", "the third quarter of 2005", "the first half of 2006",
// "January-October 2006". A single month ("in May 2004") is not read: it
// is mostly the time of an event, long past ("joined the EU in May 2004").
var (
	firstMonthsRx = regexp.MustCompile(`(?i)\bthe first (\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven) months (?:of|in) ` + yearRx + `\b`)
	quarterRx     = regexp.MustCompile(`(?i)\bthe (first|second|third|fourth|1st|2nd|3rd|4th) quarter (?:of|in) ` + yearRx + `\b`)
	halfRx        = regexp.MustCompile(`(?i)\bthe (first|second) half (?:of|in) ` + yearRx + `\b`)
	monthSpanRx   = regexp.MustCompile(`(?i)\b` + monthRx + `\s*(?:-|–|to|through) ?` + monthRx + `,? ` + yearRx + `\b`)
)

// completedPeriod returns the latest end of a period whose statistics the
// text reports (see the periods above): in a sentence that names a
// statistic word and does not speak of the future or of a prospect. ok is
// false when there is none.
func completedPeriod(text string) (end time.Time, why string, ok bool) {
	w, err := loadPeriodWords()
	if err != nil {
		return time.Time{}, "", false // the embedded file is checked by the tests
	}
	var toks []token.Token // tokenized when a period is found
	var sents []token.Sentence
	consider := func(loc []int, month, year int) {
		if month < 1 || month > 12 {
			return
		}
		e := time.Date(year, time.Month(month)+1, 0, 0, 0, 0, 0, time.UTC) // the last day of the month
		if ok && !e.After(end) {
			return
		}
		if toks == nil {
			toks = token.Tokenize(text)
			sents = token.Sentences(text, toks)
		}
		if futureSentence(text, toks, sents, loc[0]) || !reportsStatistic(w, text, toks, sents, loc) {
			return
		}
		end, why, ok = e, fmt.Sprintf("the end of %q, a period whose statistics it reports", text[loc[0]:loc[1]]), true
	}
	for _, m := range firstMonthsRx.FindAllStringSubmatchIndex(text, -1) {
		n, err := strconv.Atoi(text[m[2]:m[3]])
		if err != nil {
			n = periodCounts[strings.ToLower(text[m[2]:m[3]])]
		}
		y, _ := strconv.Atoi(text[m[4]:m[5]])
		consider(m[:2], n, y)
	}
	for _, m := range quarterRx.FindAllStringSubmatchIndex(text, -1) {
		y, _ := strconv.Atoi(text[m[4]:m[5]])
		consider(m[:2], 3*periodCounts[strings.ToLower(text[m[2]:m[3]])], y)
	}
	for _, m := range halfRx.FindAllStringSubmatchIndex(text, -1) {
		y, _ := strconv.Atoi(text[m[4]:m[5]])
		consider(m[:2], 6*periodCounts[strings.ToLower(text[m[2]:m[3]])], y)
	}
	for _, m := range monthSpanRx.FindAllStringSubmatchIndex(text, -1) {
		from, to := periodMonths[strings.ToLower(text[m[2]:m[3]])], periodMonths[strings.ToLower(text[m[4]:m[5]])]
		y, _ := strconv.Atoi(text[m[6]:m[7]])
		if from < to {
			consider(m[:2], to, y)
		}
	}
	return end, why, ok
}

// reportsStatistic reports whether the sentence holding the period at
// loc names a statistic word and no prospect word, and the period is not
// a comparison (a comparison word within maxComparisonGap tokens before it
// in its clause).
func reportsStatistic(w *periodWords, text string, toks []token.Token, sents []token.Sentence, loc []int) bool {
	for _, s := range sents {
		if loc[0] < s.Start || loc[0] >= s.End {
			continue
		}
		statistic := false
		for k := s.First; k < s.Last && toks[k].Start < loc[0]; k++ {
			if toks[k].Text == "," || toks[k].Text == ";" {
				continue
			}
			if w.comparing[strings.ToLower(toks[k].Text)] && comparisonReaches(toks, k, loc[0]) {
				return false
			}
		}
		for _, t := range toks[s.First:s.Last] {
			lw := strings.ToLower(t.Text)
			if w.prospects[lw] {
				return false
			}
			statistic = statistic || w.statistics[lw]
		}
		return statistic
	}
	return false
}

// comparisonReaches reports whether the comparison word toks[k] reaches the
// period at offset off: at most maxComparisonGap tokens before it, and no
// clause break between.
func comparisonReaches(toks []token.Token, k, off int) bool {
	for j := k + 1; j < len(toks) && toks[j].Start < off; j++ {
		if j-k > maxComparisonGap || toks[j].Text == "," || toks[j].Text == ";" {
			return false
		}
	}
	return true
}
