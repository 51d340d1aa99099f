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
// ("Upton said ..."), as headlines name people; "" when subj is no such
// person or the document never names the person by one word alone (a
// family name may stand first or last, so none is guessed).
func (h *head) shortSpeaker(subj string) string {
	if len(h.m.Participants) == 0 || len(h.agents) != 1 || h.agents[0] != subj || !strings.Contains(subj, " ") {
		return ""
	}
	id := ""
	for _, p := range h.m.Participants {
		if p.Role == Agent {
			id = p.ActorID
			break
		}
	}
	if id == "" || h.s.kindOf(id) != actor.Person {
		return ""
	}
	words := strings.Fields(subj)
	for _, a := range h.s.d.in.Actors {
		if a.ActorID != id || strings.Contains(a.Text, " ") {
			continue
		}
		for _, w := range words {
			if w == a.Text {
				return w
			}
		}
	}
	return ""
}

// shortReported returns the headline of a statement by subj telling what
// the verb of saying at n reports in the clause's own words
// (plainReported), told with verb (its base form), with the speaker's
// short name (shortSpeaker), for a
// clause that the full name left too long; "" when there is none.
func (h *head) shortReported(n node, subj, verb string, plural bool) string {
	short := h.shortSpeaker(subj)
	if short == "" {
		return ""
	}
	if r := h.plainReported(n, maxTitleChars-len(short)-len(" says ")); r != "" && !strings.Contains(r, short) {
		return short + " " + theHeadWords.present(verb, plural) + " " + r
	}
	return ""
}
