package merge

import (
	"strings"
	"unicode"

	"github.com/chronograph-news/chronograph/event"
)

// minStatementWord is the length from which a word of a statement's quote
// counts as its content (statementWords): shorter words are mostly
// articles, pronouns and prepositions.
const minStatementWord = 5

// minStatementOverlap is the share of the shorter quote's content words
// that a statement of one article must have in common with a statement
// of another article to join it (statementsApart): wire copies and
// rewrites of one report share most of their words (0.67 and more on
// TE3-Silver), two statements of one speaker on one day few (0.3 and
// less: "UN officials said paramilitary groups could not undermine
// security" / "Annan will speak on bird flu, the UN spokesman announced").
const minStatementOverlap = 0.5

// statementWords returns the content words of m's quote when m is a
// statement or an intent said (an offer, a promise, a vow: express intent
// to cooperate, which a speaker too voices many of in a day): its
// lower-cased words of minStatementWord letters or more. Nil for another
// type.
func statementWords(m *event.Mention) map[string]bool {
	if m.Type != event.Statement && m.Type != event.ExpressIntentToCooperate {
		return nil
	}
	var out map[string]bool
	for _, w := range strings.FieldsFunc(strings.ToLower(m.Quote), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if len([]rune(w)) < minStatementWord {
			continue
		}
		if out == nil {
			out = map[string]bool{}
		}
		out[w] = true
	}
	return out
}

// statementsApart reports whether the statement it, of an article c holds
// no mention of, tells another statement than c's: its quote shares less
// than minStatementOverlap of its content words with the quote of every
// statement c holds. A speaker says many things in a day, and the news of
// one day reports several of them; what is said tells one from another,
// as a place tells two journeys apart (journey.go).
func (c *cluster) statementsApart(it *item) bool {
	if it.said == nil || c.docs[it.m.Doc] {
		return false
	}
	apart := false
	for _, o := range c.items {
		if o.said == nil {
			continue
		}
		if overlap(it.said, o.said) >= minStatementOverlap {
			return false
		}
		apart = true
	}
	return apart
}

// overlap returns the share of the smaller of a and b that the other
// holds too.
func overlap(a, b map[string]bool) float64 {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) == 0 {
		return 0
	}
	n := 0
	for w := range a {
		if b[w] {
			n++
		}
	}
	return float64(n) / float64(len(a))
}

// otherSaying reports whether the statement it, which names no speaker,
// is told more than anaphoraWindow sentences from every mention of c: a
// day's news reports many sayings, and neither a date nor a place nor
// the day's most reported statement tells which one a speakerless saying
// far from it retells ("Traders have warned that a rate cut could lift
// prices" is no copy of the minister's statement of the lead).
func (c *cluster) otherSaying(it *item) bool {
	return it.said != nil && len(it.coreOf(true)) == 0 && c.distance(it.m) > anaphoraWindow
}
