package event

import (
	"strings"

	"github.com/chronograph-news/chronograph/actor"
)

// This file holds the short name a headline gives a person who speaks
// when the full name leaves too little room for what is said.

// shortSpeaker returns the short name of the headline's one speaker,
// subj, a person named in full with more than one word ("Simon Upton"):
// the one word of that name the document itself calls the person by
// ("Upton said ..."): a one-word mention of the person, else the name's
// word the text uses more often than the whole name, as headlines name
// people; "" when subj is no such person or the document never names the
// person by one word alone (a family name may stand first or last, so
// none is guessed).
func (h *head) shortSpeaker(subj string) string {
	if len(h.m.Participants) == 0 || len(h.agents) != 1 || h.agents[0] != subj || !strings.Contains(subj, " ") {
		return ""
	}
	id := agentOf(h.m)
	if id == "" || h.s.kindOf(id) != actor.Person {
		return ""
	}
	words := strings.Fields(subj)
	for _, a := range h.s.d.mentionsOfID(id) {
		if strings.Contains(a.Text, " ") {
			continue
		}
		for _, w := range words {
			if w == a.Text {
				return w
			}
		}
	}
	full := h.s.d.wholeWords(subj)
	for i := len(words) - 1; i >= 0; i-- {
		if w := words[i]; len(w) >= minShortNameChars && h.s.d.wholeWords(w) > full {
			return w // the name's word the text also uses alone ("Hu" of "Hu Jintao", "Sharon" of "Ariel Sharon")
		}
	}
	return ""
}

// minShortNameChars is the fewest letters a word of a person's name must
// have to stand for the person alone (shortSpeaker): an initial or a
// particle ("al", "de") never does.
const minShortNameChars = 2

// wholeWords returns how many times w stands in the document's text as a
// whole word or words (wholeWordCount), counted once per document and
// name, so a name asked of by many statements costs one pass.
func (d *analysis) wholeWords(w string) int {
	if n, ok := d.wordCounts[w]; ok {
		return n
	}
	if d.wordCounts == nil {
		d.wordCounts = map[string]int{}
	}
	n := wholeWordCount(d.in.Text, w)
	d.wordCounts[w] = n
	return n
}

// wholeWordCount returns how many times w stands in text as a whole word
// or words (no letter or digit joined to it on either side).
func wholeWordCount(text, w string) int {
	n := 0
	for i := 0; ; {
		j := strings.Index(text[i:], w)
		if j < 0 {
			return n
		}
		a, b := i+j, i+j+len(w)
		if (a == 0 || !wordByte(text[a-1])) && (b == len(text) || !wordByte(text[b])) {
			n++
		}
		i = a + 1
	}
}

// wordByte reports whether c is an ASCII letter or digit, or a byte of a
// letter written beyond ASCII.
func wordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// shortReported returns the headline of a statement by subj telling what
// the verb of saying at n reports in the clause's own words
// (plainReported), told with verb (its base form), with the speaker's
// short name (shortSpeaker), when it tells more of the clause than full,
// the clause told beside the full name (cut or left out for the room the
// name takes); "" when it tells no more.
func (h *head) shortReported(n node, subj, verb string, plural bool, full string) string {
	short := h.shortSpeaker(subj)
	if short == "" {
		return ""
	}
	if r := h.plainReported(n, maxTitleChars-len(short)-len(" says ")); len(r) > len(full) && !strings.Contains(r, short) {
		return short + " " + theHeadWords.present(verb, plural) + " " + r
	}
	return ""
}
