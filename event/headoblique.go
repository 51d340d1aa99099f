package event

import (
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/chronograph-news/chronograph/timex"
)

// obliques returns the first oblique of the word at x a preposition
// marks, with it, as measure gives it, or "": an adjective whose only such
// oblique is a figure ("unchanged at 23,000 won") tells a state. An
// oblique of where (whereOblique) or a "with" phrase of what came with it
// ("with the index rising") is passed over.
func (h *head) obliques(x node) string {
	d := h.s.tr
	for _, c := range d.kids(x, func(r string) bool { return baseRel(r) == "obl" && r != "obl:tmod" && r != "obl:agent" }) {
		if h.whereOblique(c) || d.caseWord(c) == "with" && (len(d.kids(c, is("acl"))) > 0 || slices.ContainsFunc(d.kids(x, is("advcl")), func(v node) bool { return v > c })) {
			// "ended lower on the Frankfurt market", "closed higher
			// with the index rising" (the participle the noun's, or the
			// adjective's after it): where and what came with it, no
			// complement
			continue
		}
		if cw := d.caseWord(c); cw != "" && !h.isTime(c) {
			return cw + " " + h.nounPhrase(c, 0)
		}
	}
	return ""
}

// whereOblique reports whether the oblique at c says where: an "in",
// "on" or "at" phrase of a name or of a place-like noun ("on the
// Frankfurt market", "in Singapore"), never of a figure.
func (h *head) whereOblique(c node) bool {
	d := h.s.tr
	if cw := d.caseWord(c); cw != "in" && cw != "on" && cw != "at" || h.isTime(c) || d.w(c).UPOS == "NUM" || len(d.kids(c, is("nummod"))) > 0 {
		return false
	}
	return d.w(c).UPOS == "PROPN" || d.w(c).UPOS == "NOUN" && placeLikeNoun(strings.ToLower(d.w(c).Form))
}

// bareFigure returns the figure a verb with no object at n moves by that
// the parse gives no measure preposition: a counted noun it takes bare
// ("slipped 3.4 percent in March" → "3.4 percent"), the figure of a rate
// it goes at ("expanded at a yearly rate of 4.3 percent", "at a 1.5
// percent rate" → "4.3 percent", "1.5 percent") or the figure a "to as
// high as" phrase reaches ("climbed to as high as 87.40 crowns" → "to
// 87.40 crowns"); "" for none, a time ("10 minutes") or a type no thing
// moves in (type words' thing).
func (h *head) bareFigure(n node) string {
	d := h.s.tr
	if !theHeadWords.Types[h.m.Type].Thing {
		return "" // "met 14 times": a count of times, no move
	}
	counted := func(c node) bool {
		return d.w(c).UPOS == "NOUN" && len(d.kids(c, is("nummod"))) > 0 && !h.timeLike(c)
	}
	for _, c := range d.kids(n, is("obl:unmarked", "obl:npmod", "obj")) {
		if c > n && counted(c) && !commaBetween(d, n, c) {
			return h.nounPhrase(c, 0)
		}
	}
	for _, c := range d.kids(n, is("obl")) {
		switch cw, lw := d.caseWord(c), strings.ToLower(d.w(c).Form); {
		case cw == "at" && lw == "rate":
			for _, k := range d.kids(c, is("nmod", "compound")) {
				if counted(k) && (d.rel(k) == "compound" || d.caseWord(k) == "of") {
					return h.nounPhrase(k, 0)
				}
			}
		case cw == "to" && d.w(c).UPOS == "ADJ":
			for _, k := range d.kids(c, is("obl")) {
				if d.caseWord(k) == "as" && counted(k) {
					return "to " + h.nounPhrase(k, 0)
				}
			}
		}
	}
	return ""
}

// measureCases are the prepositions of a figure a verb with no object
// reaches or moves by ("closed at 2,483.17 points", "rose to 9 percent").
var measureCases = wordList("measure_cases")

// figureOnDay returns the figure with no preposition the parse hangs on
// the day of the verb at n ("closed up 0.74 percent Thursday" parsed with
// "0.74 percent" on "Thursday" → "0.74 percent"), or "".
func (h *head) figureOnDay(n node) string {
	d := h.s.tr
	for _, c := range d.kids(n, func(r string) bool { return baseRel(r) == "obl" }) {
		if !h.timeLike(c) {
			continue // a day the time tagger may miss ("four percent Monday" read as one phrase) is a day all the same
		}
		for _, k := range d.kids(c, func(r string) bool { return baseRel(r) == "nmod" }) {
			if k < c && d.caseWord(k) == "" && len(d.kids(k, is("nummod"))) > 0 && !h.isTime(k) {
				return h.nounPhrase(k, 0)
			}
		}
	}
	return ""
}

// measure returns the first oblique of the verb at n that gives a figure
// with one of measureCases (" at 2,483.17 points" → "at 2,483.17
// points"), or "": a headline of a verb with no object says where it went.
// A figure the parse takes for an agent ("fell by 14 rupees" parsed as
// obl:agent) is such an oblique too: no figure does a deed.
func (h *head) measure(n node) string {
	d := h.s.tr
	for _, c := range d.kids(n, func(r string) bool { return baseRel(r) == "obl" && r != "obl:tmod" }) {
		cw := d.caseWord(c)
		if !measureCases[cw] || h.isTime(c) || d.rel(c) == "obl:agent" && cw != "by" {
			continue
		}
		if d.w(c).UPOS == "NUM" || len(d.kids(c, is("nummod"))) > 0 {
			return cw + " " + h.nounPhrase(c, 0)
		}
	}
	return ""
}

// postLeft returns the post or body a verb of leaving at n leaves
// (leave_verbs), with its preposition: its first "as" or "from" oblique
// after it, before any comma ("resigned as fisheries minister last
// month" → "as fisheries minister", "quit from the cabinet" → "from
// cabinet"), a post with the country that owns it ("as India's prime minister"); ""
// for none, a time, a vague noun or a bare noun only the subject's own
// ("from his post").
func (h *head) postLeft(n node) string {
	d := h.s.tr
	for _, c := range d.kids(n, is("obl")) {
		cw := d.caseWord(c)
		if c < n || cw != "as" && cw != "from" || !d.nominal(c) || h.isTime(c) || h.timeLike(c) || commaBetween(d, n, c) {
			continue
		}
		if text, ok := h.actorPhrase(c); ok && cw == "from" {
			return cw + " " + text // a body, by its name; a post is no actor ("as Congress president")
		}
		own := slices.ContainsFunc(d.kids(c, is("nmod:poss")), func(k node) bool { return d.w(k).UPOS == "PRON" })
		if text := h.nounPhrase(c, 0); text != "" && !theHeadWords.vague[text] && !(own && !strings.Contains(text, " ")) {
			// "stepped down from his post": the post is only the
			// subject's own, which says nothing
			if owner := h.possessorName(c); cw == "as" && owner != "" {
				text = possessive(owner) + " " + text // "as India's prime minister": whose post
			}
			return cw + " " + text
		}
		return ""
	}
	return ""
}

// postGiven returns, with a leading space, the post or the body a verb
// of choosing at n (base, post_verbs) gives its patient: its "as" phrase
// of a singular noun with no "a" or "an", said without "as" ("elected as
// president in 2004" → " president"), else its "to" phrase (bodyJoined:
// "promoted to brigadier-general" → " to brigadier-general"); "" for any
// other verb or none ("named as conspirators", "as a reward": no post).
// A headline of the bare participle ("Colonel promoted") loses what the
// patient becomes.
func (h *head) postGiven(n node, base string) string {
	d := h.s.tr
	if !theHeadWords.postVerbs[base] {
		return ""
	}
	for _, c := range d.kids(n, is("obl")) {
		if d.caseWord(c) != "as" || d.w(c).UPOS != "NOUN" || h.isTime(c) || pluralWord(d.w(c)) ||
			slices.ContainsFunc(d.kids(c, is("det")), func(k node) bool { w := strings.ToLower(d.w(k).Form); return w == "a" || w == "an" }) {
			continue
		}
		return " " + h.nounPhrase(c, 0)
	}
	return h.bodyJoined(n) // "elected to the Diet": "Kessler elected to Diet"
}

// bodyJoined returns the body a verb of choosing at n (post_verbs) puts
// its patient in, its first "to" oblique after it, before any comma, with
// a space and its preposition ("was elected to the Diet in 1987" →
// " to Diet"); "" for none, a time or a vague noun. A noun of a post
// in general (post_nouns) says the post its "of" phrase names, when it
// has one.
func (h *head) bodyJoined(n node) string {
	d := h.s.tr
	for _, c := range d.kids(n, is("obl")) {
		if c < n || d.caseWord(c) != "to" || !d.nominal(c) || h.isTime(c) || h.timeLike(c) || commaBetween(d, n, c) {
			continue
		}
		if theHeadWords.postNouns[strings.ToLower(d.w(c).Form)] {
			// "promoted to the post of chief archivist": the post its
			// "of" phrase names
			for _, k := range d.kids(c, is("nmod")) {
				if d.caseWord(k) == "of" && d.w(k).UPOS == "NOUN" && !h.isTime(k) {
					return " to " + h.nounPhrase(k, 0)
				}
			}
		}
		if text, ok := h.actorPhrase(c); ok && h.isActorWord(c) {
			return " to " + text // not the union of "the Standing Council of the union"
		}
		if text := h.nounPhrase(c, 0); text != "" && !theHeadWords.vague[text] {
			return " to " + text
		}
		return ""
	}
	return ""
}

// adjectivePredicate returns the adjective or participle the verb at x
// says its object at c ends in, a word of its own right after the
// object's phrase ("to keep the port open", "to keep the borders
// closed"); else noNode.
func adjectivePredicate(d *tree, x, c node) node {
	for _, a := range d.kids(x, is("xcomp")) {
		w := d.w(a)
		if a > c && (w.UPOS == "ADJ" || w.UPOS == "VERB" && (participleWord(w) || strings.HasSuffix(strings.ToLower(w.Form), "ed"))) &&
			len(d.children[a]) == 0 && !commaBetween(d, c, a) && d.within(a-1, c) {
			return a
		}
	}
	return noNode
}

// titledOblique returns the oblique of the verb at x whose title or noun
// for a person right before the name at o makes one phrase with it, the parse taking
// the name for the verb's object ("to turn against Palestinian president
// Mahmud Abbas": "against" with Abbas); else noNode.
func titledOblique(d *tree, x, o node) node {
	start := o
	for k := o - 1; k > x && d.within(k, o); k-- {
		start = k
	}
	for _, c := range d.kids(x, is("obl")) {
		if lw := strings.ToLower(d.w(c).Form); c == start-1 && c > x && (titles[lw] || theHeadWords.personEnding(lw)) && d.caseWord(c) != "" {
			return c
		}
	}
	return noNode
}

// goalOblique returns the "to" oblique after the object at o of the
// infinitive at x, where the act takes its object (" to justice" of "to
// bring the killers to justice", " to Iraq" of "to send troops to Iraq"),
// or "": a time, a compound preposition ("due to") or a phrase its vague
// modifier leaves one word ("to a new level") is no goal.
func (h *head) goalOblique(x, o node) string {
	d := h.s.tr
	end := o // the object phrase's last word
	for k := o + 1; int(k) < len(d.words) && d.within(k, o); k++ {
		end = k
	}
	adv := "" // "to bring the region back under its control": where to, right after the object
	for _, a := range d.kids(x, is("advmod", "compound:prt")) {
		if lw := strings.ToLower(d.w(a).Form); a == end+1 && len(d.children[a]) == 0 && theHeadWords.goalAdverbs[lw] {
			adv = lw
			break
		}
	}
	for _, c := range d.kids(x, is("obl")) {
		cs := d.kids(c, is("case"))
		if c < o || len(cs) != 1 || len(d.children[cs[0]]) > 0 || h.isTime(c) || !d.nominal(c) {
			continue
		}
		cw := strings.ToLower(d.w(cs[0]).Form)
		if cw != "to" && (adv == "" || !placePreps[cw] && cw != "into" && cw != "under") {
			continue // "due to the closure": no goal
		}
		if text, _ := h.phrase(c, false); text != "" && (strings.Contains(text, " ") || len(d.kids(c, is("amod"))) == 0) {
			if adv != "" {
				return " " + adv + " " + cw + " " + text // "back under government control"
			}
			return " to " + text
		}
		break // "to a new level" would read "to level"
	}
	if adv != "" {
		return " " + adv // "to bring the troops home"
	}
	return ""
}

// catenated returns the gerund or the "to" infinitive a "to" infinitive
// at x governs, with its object, the infinitive a verb of going on
// ("vowed to keep fighting Israel" → "fighting Israel", "to continue
// building new bases" → "building new bases", "to continue to seek
// alternatives" → "to seek alternatives"), the bare infinitive of "help"
// ("to help gather relics" → "gather relics"), or "" when it has no
// object a phrase names (a pronoun, a time).
func (h *head) catenated(x node) string {
	d := h.s.tr
	for _, y := range d.kids(x, is("xcomp")) {
		w := d.w(y)
		to := "" // "to continue to seek alternatives": the infinitive's own "to"
		if w.UPOS == "VERB" && hasMark(d, y, "to") && (w.XPOS == "VB" || w.XPOS == "") {
			to = "to "
		}
		// "to help gather relics": a bare infinitive, unmarked, after
		// the verb that takes one
		bare := w.XPOS == "VB" && len(d.kids(y, is("mark"))) == 0 && y > x
		if w.UPOS != "VERB" || to == "" && !bare && !(w.XPOS == "VBG" || w.XPOS == "" && strings.HasSuffix(strings.ToLower(w.Form), "ing")) || negation(d, y) != "" {
			continue
		}
		if slices.ContainsFunc(d.kids(x, is("obj", "iobj")), func(c node) bool { return c < y }) {
			// "to let more farmers settle in towns": the
			// infinitive is what the object does; without the object
			// ("let to settle in towns") it would be garbled
			return ""
		}
		objs := d.kids(y, is("obj"))
		for _, c := range objs {
			if u := d.w(c).UPOS; h.isTime(c) || u != "NOUN" && u != "PROPN" {
				break
			}
			if text, _ := h.phrase(c, false); text != "" {
				return to + strings.ToLower(w.Form) + " " + text
			}
			break
		}
		if len(objs) == 0 && len(d.kids(y, is("ccomp", "xcomp"))) == 0 {
			if ob := h.firstOblique(y); ob != "" {
				return to + strings.ToLower(w.Form) + " " + ob // "to continue donating for flood victims"
			}
		}
	}
	return ""
}

// firstOblique returns the first oblique of the verb at x with its
// preposition, not a time ("to push for closer cooperation", "donating
// for the victims"), with an adverb between the verb and it that belongs
// to the verb ("to go ahead with the plan"), or "".
func (h *head) firstOblique(x node) string {
	d := h.s.tr
	for _, c := range d.kids(x, is("obl")) {
		if u := d.w(c).UPOS; h.isTime(c) || (u != "NOUN" && u != "PROPN") || d.caseWord(c) == "" {
			continue
		}
		if d.caseWord(c) == "in" && theHeadWords.aimNouns[strings.ToLower(d.w(c).Form)] &&
			slices.ContainsFunc(d.kids(c, is("det")), func(k node) bool { a := strings.ToLower(d.w(k).Form); return a == "a" || a == "an" }) {
			// "voted to unite in a bid to form ...": a purpose, never the
			// verb's complement ("vote to unite in bid"), said only with
			// its infinitive ("to participate in a bid to settle the
			// feud"); "participate in the initiative" stays
			if aim := h.purposeAfter(x, c); aim != "" {
				return d.casePhrase(c) + " " + strings.ToLower(d.w(c).Form) + " " + aim
			}
			return ""
		}
		object := ""
		if text, _ := h.phrase(c, false); text != "" {
			object = d.casePhrase(c) + " " + text
			if a, cs := x+1, d.kids(c, is("case")); len(cs) > 0 && cs[0] == a+1 && slices.Contains(d.kids(x, is("advmod")), a) &&
				d.w(a).UPOS == "ADV" && len(d.children[a]) == 0 {
				// "to go ahead with the plan": the adverb between
				// the verb and its oblique is part of the verb
				object = strings.ToLower(d.w(a).Form) + " " + object
			}
		}
		return object
	}
	return ""
}

// purposeAfter returns the "to" infinitive with its object that says the
// aim of the aim noun at c, an oblique of the verb at x: the noun's own
// (aimOf), or the one the parse hangs on the verb right after the noun
// ("to participate in a bid to settle the feud" → "to settle feud");
// else "".
func (h *head) purposeAfter(x, c node) string {
	d := h.s.tr
	if aim := h.aimOf(c); aim != "" {
		return aim
	}
	for _, y := range d.kids(x, is("advcl")) {
		if y != c+2 || d.w(y).UPOS != "VERB" || !hasMark(d, y, "to") || d.w(y-1).Form != "to" {
			continue
		}
		for _, o := range d.kids(y, is("obj")) {
			if u := d.w(o).UPOS; (u == "NOUN" || u == "PROPN") && !h.isTime(o) { // not "one of the largest"
				if text, _ := h.phrase(o, false); text != "" {
					return "to " + strings.ToLower(d.w(y).Form) + " " + text
				}
			}
		}
	}
	return ""
}

// aimOfEffort returns the verb of the purpose clause of a verb at x whose
// object is an effort (data/headlines.yaml effort_objects: "do everything
// possible to hunt down the killers", "make every effort to end the
// war"), the aim a headline says; else noNode.
func (h *head) aimOfEffort(x node) node {
	d := h.s.tr
	heads := []node{x}
	for _, c := range d.kids(x, is("obj")) {
		if theHeadWords.effortObjects[strings.ToLower(d.w(c).Form)] {
			heads = append(heads, c) // "every effort to end": the clause may hang on the noun
		}
	}
	if len(heads) == 1 {
		return noNode
	}
	for _, y := range d.kids(heads[0], is("advcl", "xcomp")) {
		if d.w(y).UPOS == "VERB" && hasMark(d, y, "to") {
			return y
		}
	}
	for _, y := range d.kids(heads[1], is("acl")) {
		if d.w(y).UPOS == "VERB" && hasMark(d, y, "to") {
			return y
		}
	}
	return noNode
}

// targetCases are the prepositions a verb's target may keep in a headline
// when the headline names it by its actor ("called on the Lebanese
// people": "calls on Lebanon").
var targetCases = wordList("target_cases")

// askedOn returns the common noun an appeal or a demand at n is made on
// ("called on the mayors", "called on cooperation"), an oblique marked
// "on" or "upon" that no actor names, or noNode.
func (h *head) askedOn(n node) node {
	d := h.s.tr
	if h.m.Type != Appeal && h.m.Type != Demand {
		return noNode
	}
	for _, c := range d.kids(n, func(r string) bool { return baseRel(r) == "obl" && r != "obl:tmod" && r != "obl:agent" }) {
		if cw := d.caseWord(c); (cw == "on" || cw == "upon") && d.w(c).UPOS == "NOUN" && !h.isTime(c) {
			return c
		}
	}
	return noNode
}

// targetCase returns the preposition of the first oblique of the verb at n
// marked by one of targetCases, or "".
func (h *head) targetCase(n node) string {
	d := h.s.tr
	for _, c := range d.kids(n, func(r string) bool { return baseRel(r) == "obl" && r != "obl:tmod" && r != "obl:agent" }) {
		if cw := d.caseWord(c); targetCases[cw] && !h.isTime(c) {
			return cw
		}
	}
	return ""
}

// forPhrase returns the "for" phrase of the noun at c, with the actor of
// its own "of" phrase (" for ouster of Gloria Arroyo" of "calls for the
// ouster of Gloria Arroyo"), or "": what a call or a plea is for.
func (h *head) forPhrase(c node) string {
	d := h.s.tr
	for _, k := range d.kids(c, is("nmod")) {
		if d.caseWord(k) == "for" && !h.isTime(k) && d.nominal(k) {
			return " for " + h.phraseOfActor(k)
		}
	}
	return ""
}

// phraseOfActor returns the noun phrase of c with the actor it is of
// (ofActor), or with the "of" phrase it keeps itself ("the withdrawal of
// Ethiopian troops"), never both ("withdrawal of Ethiopian troops of
// Ethiopia").
func (h *head) phraseOfActor(c node) string {
	p := h.nounPhrase(c, 0)
	if strings.Contains(p, " of ") {
		return p
	}
	return p + h.ofActor(c)
}

// ofActor returns the actors the "of" phrase of the noun at c names (" of
// Gloria Arroyo" of "the ouster of Gloria Arroyo"), or "".
func (h *head) ofActor(c node) string {
	d := h.s.tr
	for _, k := range d.kids(c, is("nmod")) {
		if d.caseWord(k) == "of" && h.isActorWord(k) {
			if text, ok := h.actorPhrase(k); ok {
				return " of " + text
			}
		}
	}
	return ""
}

// topic returns the first oblique of the verb at n that its preposition
// marks as what is spoken of (topic_cases: "warned against excessive
// euphoria", "warned of a famine"), with that preposition, else such a
// gerund clause with its object ("warned against putting a lid on
// inquiries" → "against putting lid on inquiries"), or "".
func (h *head) topic(n node) string {
	return h.topicWith(n, theHeadWords.topicCases)
}

// topicWith is topic with the prepositions cases.
func (h *head) topicWith(n node, cases map[string]bool) string {
	d := h.s.tr
	for _, c := range d.kids(n, is("obl")) {
		cw := d.caseWord(c)
		if !cases[cw] || h.isTime(c) || d.w(c).UPOS != "NOUN" && d.w(c).UPOS != "PROPN" {
			continue
		}
		if text, _ := h.phrase(c, false); text != "" {
			if theHeadWords.stanceNouns[strings.ToLower(d.w(c).Form)] {
				if x := h.nounContent(c); x != "" {
					text += " " + x // "agreed on the need to curb smuggling": "on need to curb smuggling"
				}
			} else if !strings.Contains(text, " ") {
				text += h.nounNmod(c) // "hinted at changes to the calendar": one word alone says little
			}
			return cw + " " + text
		}
	}
	for _, x := range d.kids(n, is("advcl")) {
		// "warned against putting a lid on inquiries": the gerund
		// clause with its object and the object's own phrase
		mw, form := d.markWord(x), strings.ToLower(d.w(x).Form)
		if !cases[mw] || d.w(x).UPOS != "VERB" || !strings.HasSuffix(form, "ing") || negation(d, x) != "" {
			continue
		}
		for _, o := range d.kids(x, is("obj")) {
			obj, _ := h.phrase(o, false)
			if obj == "" || h.isTime(o) {
				break
			}
			return mw + " " + form + " " + obj + h.nounNmod(o)
		}
	}
	return ""
}

// placeBeyond returns the headline's place phrase (place) unless the
// phrase text already names the place ("hints at canceling visit to
// Tokyo": never "... in Tokyo").
func (h *head) placeBeyond(text string) string {
	pl := h.place()
	if name := strings.TrimSpace(pl); name != "" {
		if _, place, ok := strings.Cut(name, " "); ok && strings.Contains(text, place) {
			return ""
		}
	}
	return pl
}

// nounNmod returns the first modifier phrase of the noun at o with its
// preposition, other than "of" or a time, with a space before it (" to
// electoral calendar"), or "".
func (h *head) nounNmod(o node) string {
	d := h.s.tr
	for _, k := range d.kids(o, is("nmod")) {
		if cw := d.caseWord(k); cw != "" && cw != "of" && !h.isTime(k) && d.nominal(k) {
			return " " + cw + " " + h.nounPhrase(k, 0)
		}
		break
	}
	return ""
}

// issue returns the first oblique after the verb at n, when its
// preposition (issue_cases) says what the act is on or about, with that
// preposition ("agreed on an interim security report" → "on interim
// security report", "clashed over the border" → "over border"), or "": a
// verb with nothing after it reads truncated ("Japan and United States
// agree"). A verb with an object, even one a relative pronoun stands for
// ("which the army blamed on a malfunction"), or a visit ("arrived on
// foot") has no issue; nor does an oblique after another ("called for an
// inquiry into the deaths"), nor one past a comma, which belongs to
// another clause. A time, or a phrase the parse builds around one, says
// no issue; a noun of the trigger's own lemma (inLemma: "went on trial")
// is said already.
func (h *head) issue(n node, inLemma map[string]bool) string {
	d := h.s.tr
	if h.m.Type == Visit || len(d.kids(n, is("obj"))) > 0 {
		return ""
	}
	for _, c := range d.kids(n, is("obl")) {
		cw := d.caseWord(c)
		if c < n || h.isTime(c) || cw == "" {
			continue
		}
		if !theHeadWords.issueCases[cw] && (cw != "to" || !h.consents(inLemma)) || commaBetween(d, n, c) || !d.nominal(c) || inLemma[strings.ToLower(d.w(c).Form)] ||
			slices.ContainsFunc(d.kids(c, is("compound", "amod", "nmod:unmarked")), h.isTime) { // "on Wednesday amid supply concerns" parsed as one phrase
			return ""
		}
		used := maps.Clone(h.used) // a phrase left out names no one
		text, _ := h.phrase(c, false)
		lc := strings.ToLower(d.w(c).Form)
		if text == "" || len(timex.Tag(text, time.Time{})) > 0 ||
			// "on the fringes of the congress": "on fringes" reads cut,
			// and a noun only its "of" phrase completes is a place, no
			// issue ("on the edge of the town"); "on the terms of the
			// merger" is one
			(!strings.Contains(text, " of ") || !theHeadWords.keepOf[lc] && !theHeadWords.actionNoun(lc)) &&
				slices.ContainsFunc(d.kids(c, is("nmod")), func(k node) bool { return d.caseWord(k) == "of" }) {
			// a day the document's tagger left untagged
			h.used = used
			return ""
		}
		if theHeadWords.stanceNouns[lc] {
			if x := h.nounContent(c); x != "" {
				text += " " + x // "agreed on the need for a speedy deployment": "on need for speedy deployment"
			}
		}
		return cw + " " + text
	}
	return ""
}

// complementOblique returns the first oblique of the verb at x that
// completes it, with its preposition (complement_cases, issue_cases:
// "would resort to other means" → "to other means"), or "": a time, a
// phrase past a comma or one naming no one new says nothing the clause
// needs.
func (h *head) complementOblique(x node) string {
	d := h.s.tr
	for _, c := range d.kids(x, is("obl")) {
		cw := d.caseWord(c)
		if !complementCases[cw] && !theHeadWords.issueCases[cw] || h.isTime(c) || c > x && commaBetween(d, x, c) || !d.nominal(c) {
			continue
		}
		if text, _ := h.phrase(c, false); text != "" && len(timex.Tag(text, time.Time{})) == 0 {
			return cw + " " + text
		}
		return ""
	}
	return ""
}

// verbOblique returns the first oblique after the verb at x with its
// preposition, what completes a verb with no object in what is said
// ("140 geese had died of marsh fever" → "of marsh fever", "the mission
// would stay on in Borduria" → "in Borduria"), or "": a time, a phrase
// past a comma, one before the verb or one naming no one new says
// nothing the clause needs.
func (h *head) verbOblique(x node) string {
	d := h.s.tr
	for _, c := range d.kids(x, is("obl")) {
		cw := d.caseWord(c)
		if c < x || cw == "" || h.isTime(c) || !d.nominal(c) {
			continue
		}
		if commaBetween(d, x, c) {
			return ""
		}
		if text, _ := h.phrase(c, false); text != "" && len(timex.Tag(text, time.Time{})) == 0 {
			return cw + " " + text
		}
		return ""
	}
	return ""
}

// adjectiveOblique returns the oblique of the predicate adjective at x
// with its preposition ("responsible for the deaths" → "for deaths"), or
// "": the adjective's only oblique that is no time, names a noun and
// stands right after the adjective's phrase, no comma between.
func (h *head) adjectiveOblique(x node) string {
	d := h.s.tr
	var obl []node
	for _, c := range d.kids(x, is("obl")) {
		if !h.isTime(c) {
			obl = append(obl, c)
		}
	}
	if len(obl) != 1 {
		return ""
	}
	c := obl[0]
	if u := d.w(c).UPOS; c < x || u != "NOUN" && u != "PROPN" || d.caseWord(c) == "" || commaBetween(d, x, c) {
		return ""
	}
	text, _ := h.phrase(c, false)
	if text == "" {
		return ""
	}
	return d.casePhrase(c) + " " + text
}
