package timex

import (
	"time"

	"github.com/chronograph-news/chronograph/token"
)

// Quoted messages. A quotation holds the words of its own moment: in "In a
// letter dated May 3, 2019, he wrote: "We will meet on Friday."" the
// Friday is the one after the letter, not after the DCT. An older message
// is recognized by a full date told in the sentence that introduces the
// quotation, before its opening mark, as the date of the message: opening
// the sentence ("On May 3, 2019, he said: …") or right after a word of
// writing or speaking ("a letter dated …", "he wrote on …"), not a date
// of something else ("the firm, founded on May 3, 1950, said: …").

// olderMessageMinDays is how many days before the DCT the date introducing
// a quotation must lie for the quotation to be read as an older message;
// a quote from a few days ago still speaks of the DCT's week.
const olderMessageMinDays = 7

// quoteOpenings returns, for each token, the index of the double quotation
// mark that opened the quotation holding it, or -1 outside quotations.
// Straight quotes alternate; typographic and TeX-style quotes open and
// close explicitly. Single quotes are left alone (they are apostrophes
// as often).
func quoteOpenings(toks []token.Token) []int {
	open := make([]int, len(toks))
	cur := -1
	for i, t := range toks {
		if len(t.Text) == 0 {
			open[i] = cur
			continue
		}
		if c := t.Text[0]; len(t.Text) > 3 || c != '"' && c != '`' && c != '\'' && c != 0xE2 {
			open[i] = cur // no quotation mark (“ and ” start with byte 0xE2)
			continue
		}
		switch t.Text {
		case "\"":
			if cur < 0 {
				cur = i
				open[i] = -1
				continue
			}
			cur = -1
		case "“", "``":
			cur = i
			open[i] = -1
			continue
		case "”", "''":
			cur = -1
		}
		open[i] = cur
	}
	return open
}

// toldDate is a day-precise date already resolved: its tokens [first,
// last) and the day.
type toldDate struct {
	first, last int
	day         time.Time
}

// messageWords are the words of writing or speaking that a message's date
// follows closely ("a letter dated", "wrote on", "in a speech made to
// Congress on").
var messageWords = wordList("message_words")

// messageDateWindow is how many tokens before a date a message word may
// lie for the date to be the message's.
const messageDateWindow = 5

// messageDate reports whether the date d of the sentence starting at
// sFirst is told as a message's: it opens the sentence (after "On" or
// "In"), or a message word closely precedes it.
func messageDate(r *recognizer, d toldDate, sFirst int) bool {
	k := d.first
	if w := r.w(k - 1); w == "on" || w == "in" {
		k--
	}
	if k == sFirst {
		return true
	}
	for j := d.first - 1; j >= max(sFirst, d.first-messageDateWindow); j-- {
		if messageWords[r.w(j)] {
			return true
		}
	}
	return false
}

// messageAnchor returns the date of the older message a quotation opened at
// token q belongs to: the latest day-precise date told in the sentence
// starting at sFirst before q, when it is the message's date (see
// messageDate) and lies olderMessageMinDays or more before the DCT.
func messageAnchor(r *recognizer, told []toldDate, q, sFirst int, dct anchor) (anchor, bool) {
	for k := len(told) - 1; k >= 0; k-- {
		d := told[k]
		if d.last > q {
			continue
		}
		if d.last <= sFirst {
			break
		}
		if dct.ok && !d.day.Before(dct.t.AddDate(0, 0, -olderMessageMinDays)) || !messageDate(r, d, sFirst) {
			return anchor{}, false
		}
		return anchor{t: d.day, gran: Day, ok: true}, true
	}
	return anchor{}, false
}

// sentenceStart returns the first token of the sentence holding token k.
func sentenceStart(sents []token.Sentence, k int) int {
	for _, s := range sents {
		if s.First <= k && k < s.Last {
			return s.First
		}
	}
	return 0
}
