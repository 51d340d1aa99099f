package event

import (
	"strings"

	"github.com/chronograph-news/chronograph/timex"
)

// statistic.go: an economic statistic released for a period is a report
// of the economy, not a market's move. "Consumer prices fell 0.5 percent
// in October", "the trade surplus was down 26.8 percent in March", "the
// economy grew 2.0 percent in the third quarter" tell figures an office
// publishes for a month, a quarter or a year (economic_report); "the
// index fell 1.4 percent on Tuesday", "oil prices climbed" tell a
// market's session (market_movement).

// statisticMeasures are the words that, in the phrase of a market
// movement's subject or object, make its figure an economic statistic
// (data/words.yaml statistic_measures).
var statisticMeasures = wordList("statistic_measures")

// statisticTraded are the classes of market_instruments (data/triggers.yaml)
// whose word in the phrase makes it a traded market's, not a statistic's
// ("the Dow Jones industrial average", "the Stock Price Index of all
// issues"): an index of shares, a currency, a metal or a crop. An index
// alone names no class here ("the consumer price index").
var statisticTraded = map[string]bool{"stocks": true, currencyClass: true, "metal": true, "crop": true}

// statisticPeriods are the granularities of the time that makes a
// statistic's move a release for a period: a month, a quarter, a half, a
// season or a year ("in October", "in the third quarter", "last year");
// a day's or a week's move is the market's session.
var statisticPeriods = map[timex.Granularity]bool{
	timex.Month: true, timex.Quarter: true, timex.Half: true, timex.Season: true, timex.Year: true,
}

// statisticReport retypes the market movement m of the verb trigger t as
// an economic report when the phrase of the verb's subject or object
// names an economic statistic (statisticMeasures: "consumer prices",
// "Japan's trade surplus", "industrial output") and no traded market
// (statisticTraded), and its time is a period (statisticPeriods).
func (s *sent) statisticReport(t *trigger, m *Mention) {
	if t.noun || m.Type != MarketMovement || m.Time == nil || !statisticPeriods[m.Time.Granularity] {
		return
	}
	stat := s.statisticPhrase(t)
	if stat == "" {
		return
	}
	m.Type, m.CAMEO = EconomicReport, EconomicReport.CAMEO()
	if m.Instrument == "" {
		m.Instrument = measureKey + stat // "consumer prices": "measure:consumer"
	}
}

// statisticPhrase returns the first word of statisticMeasures that the
// subjects and objects of the verb trigger t, with their compounds,
// adjectives, possessors and "of" nouns, hold, or "" when they hold none or
// name a traded market. A verb the parse gives no subject reads the
// subjectReach words before it instead, as offTopicSubject does ("British
// retail sales rose" misparsed).
func (s *sent) statisticPhrase(t *trigger) string {
	n, ok := s.triggerNode(t)
	if !ok {
		return ""
	}
	d := s.tr
	var words [][]string // the lemmas of each word of the phrases
	subj := s.triggerSubjects(t)
	if len(subj) == 0 {
		for i := max(s.first, t.start-subjectReach); i < t.start; i++ {
			words = append(words, s.d.lem(strings.ToLower(s.word(i))))
		}
	}
	for _, c := range append(subj, d.kids(n, is("obj"))...) {
		for _, w := range append([]node{c}, d.kids(c, is("compound", "amod", "nmod", "nmod:poss", "flat"))...) {
			words = append(words, d.lemmas(w))
		}
	}
	stat := ""
	for _, ls := range words {
		for _, l := range ls {
			if l != "index" && statisticTraded[s.d.lx.instruments[l]] {
				return "" // "the Dow Jones industrial average"
			}
			if stat == "" && statisticMeasures[l] {
				stat = l
			}
		}
	}
	return stat
}
