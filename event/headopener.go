package event

import (
	"strings"

	"github.com/chronograph-news/chronograph/nlp/conllu"
)

// thatOpener returns the first word of the clause a "that" opens when an
// adverbial set off by a comma stands first in it ("said that, to reach
// the goal, new rules will be made", "said that in 2005, demand would
// rise"): the opener starts at first with a preposition, a subordinator,
// the "to" of an infinitive or an adverb, holds at most maxOpenerWords
// words, hangs as one phrase (its words but one headed inside it) and is
// followed after its comma by a noun phrase or a pronoun (clauseStarts);
// noNode for any other opening, or a condition (conditionMarks: "that if
// sanctions are warranted, ..." is no plain claim).
func (h *head) thatOpener(first node) node {
	d := h.s.tr
	if int(first) >= len(d.words) {
		return noNode
	}
	w := d.w(first)
	if conditionMarks[strings.ToLower(w.Form)] || strings.EqualFold(w.Form, "that") {
		return noNode
	}
	if u := w.UPOS; u != "ADP" && u != "SCONJ" && u != "ADV" && !(u == "PART" && strings.EqualFold(w.Form, "to")) {
		return noNode
	}
	comma := noNode
	for k := first + 1; k <= first+maxOpenerWords && int(k) < len(d.words); k++ {
		if d.w(k).Form == "," {
			comma = k
			break
		}
	}
	if comma == noNode || int(comma)+1 >= len(d.words) {
		return noNode
	}
	top := noNode // the opener's head: its one word hung outside it
	for k := first; k < comma; k++ {
		if hd, ok := d.head(k); ok && hd >= first && hd < comma {
			continue
		}
		if top != noNode {
			return noNode
		}
		top = k
	}
	if top == noNode || d.marked(top, conditionMarks) {
		return noNode
	}
	next := d.w(comma + 1)
	if !clauseStarts[next.UPOS] || next.XPOS == "WDT" || next.XPOS == "WP" {
		return noNode
	}
	return comma + 1
}

// standIn reports whether w is a demonstrative pronoun standing for a noun
// its own phrase names ("runs as fast as that of its rival", "those of
// the crew"): a clause told plainly never ends in one, cut
// from that phrase (plainClause).
func standIn(w *conllu.Token) bool {
	return w.XPOS == "DT" && (w.UPOS == "PRON" || w.UPOS == "DET")
}
