package event

import (
	"strings"
	"unicode"
)

// This file holds who a noun trigger's headline names as its doer when
// the mention's own agents say it wrongly or not at all: the text's own
// phrase for a subject only a modifier ties to the agent ("the Norwegian
// shipping firm finalised a deal": the firm, not Norway), and the doer the
// noun's own phrase names when the mention holds no agent ("an
// announcement from the central bank", "the rebels' offensive").

// describedDoer returns the text's phrase for the subject of the verb the
// trigger noun at n is the object of, when that subject is people or a
// body only a modifier ties to the mention's one agent (people,
// describes: "the Norwegian shipping firm had finalised another deal" →
// "Norwegian shipping firm", not "Norway"), and whether it is plural; ok
// is false otherwise. A verb trigger's headline names its subject so too
// (headline.go, verb).
func (h *head) describedDoer(n node) (text string, plural, ok bool) {
	d := h.s.tr
	if len(h.agents) != 1 {
		return "", false, false
	}
	v, up := d.head(n)
	if !up || d.rel(n) != "obj" || d.w(v).UPOS != "VERB" {
		return "", false, false
	}
	c, found := h.treeSubjectWord(v)
	if !found {
		return "", false, false
	}
	return h.describedPhrase(c)
}

// describedPhrase returns the text's phrase for the subject word c when
// it is people or a body only a modifier ties to the mention's one agent
// (people, describes), and whether it is plural; ok is false otherwise,
// and when the phrase would say less than the agent's name: a state noun
// ("the Sudanese government", "local authorities": stateNouns) stands for
// the state itself, and a phrase that loses the modifier naming the agent
// ("APEC leaders" told as "leaders") or opens on no word names no one.
func (h *head) describedPhrase(c node) (text string, plural, ok bool) {
	d := h.s.tr
	if !(h.people(c) || h.describes(c)) || stateNouns[strings.ToLower(d.w(c).Form)] {
		return "", false, false
	}
	text = h.nounPhrase(c, 0)
	if text == "" || !unicode.IsLetter(rune(text[0])) && !unicode.IsDigit(rune(text[0])) || !h.keepsAgentWord(c, text) {
		return "", false, false
	}
	lf, ls := strings.ToLower(d.w(c).Form), strings.ToLower(text)
	plural = pluralWord(d.w(c)) || h.people(c) && ls != lf && !strings.HasSuffix(ls, " "+lf)
	return capitalize(text + h.sideOf(c, text)), plural, true
}

// keepsAgentWord reports whether text, the phrase of the word c, still
// says the words by which the phrase names one of the headline's agents
// ("Norwegian" of "the Norwegian shipping firm").
func (h *head) keepsAgentWord(c node, text string) bool {
	for _, p := range h.s.phraseActors(c, true) {
		a := h.s.actor(p)
		if (h.used[a.ActorID] || h.used[h.s.d.placeOf(a)]) && a.Text != "" && strings.Contains(strings.ToLower(text), strings.ToLower(a.Text)) {
			return true
		}
	}
	return false
}

// textDoer returns the text's phrase for the doer of trigger t's mention
// m, for a title composed from its agents and the thing it names
// (title.go, compose: "Norwegian shipping firm reaches deal with
// Denmark"), when the subject of the trigger's verb (or of the verb the
// trigger noun is the object of) is people or a body only a modifier ties
// to the mention's one agent (describedDoer); ok is false otherwise.
func (s *sent) textDoer(t *trigger, m *Mention) (text string, plural, ok bool) {
	if s.tree() == nil {
		return "", false, false
	}
	n, found := s.triggerNode(t)
	if !found {
		return "", false, false
	}
	h := &head{s: s, m: m, used: map[string]bool{}, event: n}
	for _, p := range m.Participants {
		if p.Role == Agent {
			h.agents = append(h.agents, s.name(p.ActorID))
			h.used[p.ActorID] = true
		}
	}
	if t.noun {
		return h.describedDoer(n)
	}
	if len(h.agents) != 1 || s.tr.w(n).UPOS != "VERB" {
		return "", false, false
	}
	c, found := h.treeSubjectWord(n)
	if !found {
		return "", false, false
	}
	return h.describedPhrase(c)
}
