package event

import (
	"strings"
	"unicode"

	"github.com/chronograph-news/chronograph/actor"
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

// visitorParticiple reports whether the visit's trigger at n is a present
// participle set before the visitor's own phrase ("Visiting Prime Minister
// of Japan Taro Aso said", parsed as a verb with the phrase for its
// object, or as its adjective): the phrase names who visits, not what is
// visited, and the headline says the visit from the mention's agent and
// place instead (title.go, compose: "Taro Aso visits Egypt", never "Taro
// Aso visits Prime Minister").
func (h *head) visitorParticiple(n node) bool {
	d := h.s.tr
	if h.m.Type != Visit || d.w(n).XPOS != "VBG" {
		return false
	}
	names := func(c node) bool {
		for _, p := range h.s.phraseActors(c, true) {
			if h.used[h.s.actor(p).ActorID] {
				return true
			}
		}
		return false
	}
	for _, o := range d.kids(n, is("obj")) {
		// the visitor's phrase, or its title the parse cut from the name
		// ("Prime Minister" of "Prime Minister of Japan Taro Aso")
		if o > n && firstOfSubtree(d.words, int(o)) == int(n)+1 && d.nominal(o) && (names(o) || len(h.agents) > 0 && titles[strings.ToLower(d.w(o).Form)]) {
			return true
		}
	}
	hd, ok := d.head(n)
	return ok && d.rel(n) == "amod" && hd > n && d.nominal(hd) && names(hd)
}

// sourceTypes are the types whose noun names its doer in a "from" phrase
// ("an announcement from the central bank", "an appeal from the
// families", "protests from landowners"); of any other the phrase names
// where from ("a withdrawal from Iraq", "a release from prison").
var sourceTypes = map[Type]bool{Statement: true, Appeal: true, Demand: true, Threaten: true, Disapprove: true, Reject: true, Aid: true, Protest: true}

// nounDoer returns who does the event of the trigger noun at n, of a
// mention that holds no agent, as its own phrase or its clause names
// them, and whether that is plural; "" when none does:
//   - its possessor ("the rebels' offensive", "Moody's announcement"), but
//     not a time ("Monday's talks"), a place, nor the patient of a type
//     done to someone ("Saddam's trial") or striking a place ("Pakistan's
//     quake");
//   - its "by" phrase ("a rate hike by the central bank"), not a figure
//     ("a rise by 5 percent") nor a means ("by the sword");
//   - its "from" phrase, for sourceTypes;
//   - the antecedent of a relative pronoun it is the predicate of ("Lee,
//     who is on a visit to Kuwait"), a name the gazetteer may lack.
//
// Each other must name people, a body or an actor that is no place, or a
// share of people ("59 percent of eligible voters"). None is looked for
// in a type done to someone or befalling it (patient, strikes, thing,
// accident: "Saddam's trial", "Pakistan's quake"). The subject of a light
// verb the noun is the object of is supportClause's (headline_noun.go).
func (h *head) nounDoer(n node) (string, bool) {
	d, tw := h.s.tr, theHeadWords.Types[h.m.Type]
	doer := func(c node) (string, bool) {
		if c == noNode || !d.nominal(c) || h.isTime(c) || h.placeNamed(c) {
			return "", false
		}
		if !h.actsAs(c) {
			return h.sharePhrase(c), true
		}
		text, plural := h.phrase(c, true)
		if text == "" {
			return "", false
		}
		return capitalize(text), plural || pluralWord(d.w(c)) || pluralNoun(d.w(c).Form)
	}
	if tw.Patient || tw.Strikes || tw.Thing || h.m.Type == Accident {
		// done to its possessor, or befalling it: no doer
		return "", false
	}
	if w := d.w(n).Form; w == strings.ToLower(w) {
		// not a possessive inside a name ("the Economic Leaders' Meeting")
		for _, c := range d.kids(n, is("nmod:poss")) {
			if text, plural := doer(c); text != "" {
				return text, plural
			}
		}
	}
	for _, c := range d.kids(n, is("nmod")) {
		cw := d.caseWord(c)
		if cw != "by" && !(cw == "from" && sourceTypes[h.m.Type]) || d.w(c).UPOS == "NUM" || len(d.kids(c, is("nummod"))) > 0 {
			continue
		}
		if text, plural := doer(c); text != "" {
			return text, plural
		}
	}
	if v, ok := d.head(n); ok && len(d.kids(n, is("cop"))) > 0 {
		// "Lee, who is on a visit": the relative pronoun's antecedent
		for _, s := range d.kids(n, is("nsubj")) {
			if w := d.w(s); w.UPOS != "PRON" || !relativizers[strings.ToLower(w.Form)] {
				break
			}
			a, ok := v, d.rel(n) == "acl:relcl" || d.rel(n) == "appos"
			if !ok {
				a, ok = h.antecedent(s)
			}
			if ok && d.w(a).UPOS == "PROPN" && !h.placeNamed(a) && !h.isTime(a) {
				text, plural := h.phrase(a, true) // a name the gazetteer lacks ("Lee, who is on a visit")
				return capitalize(text), plural
			}
			if ok {
				return doer(a)
			}
		}
	}
	return "", false
}

// placeNamed reports whether the word c is part of a place's name or a
// country named as a place ("in Japan"), which does no act.
func (h *head) placeNamed(c node) bool {
	p, ok := h.s.actorWord(c)
	if !ok {
		return false
	}
	a := h.s.actor(p)
	return a.Kind == actor.Place || a.Location
}

// actsAs reports whether the word c names one who may act: a name, an
// actor, people, a party, an office holder or a body ("the central
// bank"), or a quantity of them.
func (h *head) actsAs(c node) bool {
	lw := strings.ToLower(h.s.tr.w(c).Form)
	return h.namesPeople(c) || bodyNoun(lw) || quantityNouns[lw]
}

// sharePhrase returns the headline's phrase of the word c when it is a
// share or a count of people its "of" phrase names, which a verb agrees
// with in the plural ("59 percent of eligible voters", not "59 percent"
// alone); "" when c is no such word or its phrase says the "of" already.
func (h *head) sharePhrase(c node) string {
	d := h.s.tr
	for _, k := range d.kids(c, is("nmod")) {
		if d.caseWord(k) != "of" || !h.actsAs(k) {
			continue
		}
		of, _ := h.phrase(k, true)
		if text := h.nounPhrase(c, 0); of != "" && !strings.Contains(text, " of ") {
			return capitalize(text + " of " + of)
		}
		break
	}
	return ""
}

// companyNouns name a business by its kind (data/words.yaml), a noun
// describes takes.
var companyNouns = wordList("company_nouns")
