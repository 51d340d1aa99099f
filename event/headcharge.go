package event

import (
	"slices"
	"strings"
)

// passiveCharge returns, with a leading space, what the patient of an
// agentless passive verb of charging at n (data/headlines.yaml
// charge_verbs) is accused of, charged with or blamed for: the gerund
// clause chargeClause finds ("was charged with taking bribes" → " with
// taking bribes"), else the oblique charge finds ("was accused of fraud"
// → " of fraud", "the blasts were blamed on rebels" → " on rebels"); else
// "". A headline of the bare participle ("Senator charged", "Minister
// accused") loses what the act is. Its noun phrases are bounded as every
// object's (maxPhraseWords), the title as every title (maxTitleChars,
// shorten).
func (h *head) passiveCharge(n node, base string) string {
	if !theHeadWords.chargeVerbs[base] || h.sentencedTo(n, base) != "" {
		// a sentence told says the verdict ("sentenced to death"), its
		// charge after it would read "sentenced on crimes to death"
		return ""
	}
	if g := h.chargeClause(n); g != "" {
		return " " + g
	}
	return h.charge(n, base)
}

// triggerCharge returns, with a leading space, what the patient of the
// verb of charging of trigger t is accused of or blamed for
// (chargeClause: "a letter accused the minister of taking bribes" → " of
// taking bribes"), for a title that names the patient alone ("Minister
// accused"); else "".
func (s *sent) triggerCharge(t *trigger, m *Mention) string {
	n, ok := s.parsedTrigger(t)
	if !ok {
		return ""
	}
	h := &head{s: s, m: m, used: map[string]bool{}, event: n}
	if !theHeadWords.chargeVerbs[h.verbBase(n)] {
		return ""
	}
	if g := h.chargeClause(n); g != "" {
		return " " + g
	}
	return ""
}

// ownComplement returns, with a leading space, the phrase the event's
// own noun at n needs when it is one of complement_nouns ("opened an
// investigation into the collapse of the bridge" → " into collapse of
// bridge", "held talks with the rebels" → " with rebels"), within
// maxPhraseWords with the noun, its own modifier or, the parse hanging it
// on the noun's verb, an oblique of that verb right after the noun; else
// "". Its bare noun ("Police open investigation") says nothing of what is
// looked into.
func (h *head) ownComplement(n node) string {
	d := h.s.tr
	cands := d.kids(n, is("nmod"))
	if v, ok := d.head(n); ok && d.rel(n) == "obj" {
		for _, c := range d.kids(v, is("obl")) {
			if c > n && !commaBetween(d, n, c) {
				cands = append(cands, c)
			}
		}
	}
	if more := h.complementIn(n, cands); len(more) > 0 {
		return " " + h.join(h.hyphenated(more))
	}
	return ""
}

// chargeMarks are the prepositions of a gerund clause that tells what a
// verb's object is accused of, blamed for or charged with.
var chargeMarks = wordList("charge_marks")

// chargeClause returns the gerund clause, with its preposition, that the
// object of a verb of charging at n (data/headlines.yaml charge_verbs) is
// said to do ("accused the guild of trading with the Syldavian Navy" →
// "of trading with Syldavian Navy"), hung on the verb or on its object:
// the gerund with its object or its first oblique; else "".
func (h *head) chargeClause(n node) string {
	d := h.s.tr
	var clauses []node
	if !theHeadWords.chargeVerbs[h.verbBase(n)] {
		return "" // "hailed the decision of selecting Khartoum": no one is charged
	}
	for _, o := range d.kids(n, is("obj")) {
		if lo := strings.ToLower(d.w(o).Form); !h.s.eventNoun(lo) && !theHeadWords.aimNouns[lo] {
			// (an act's own clause says what it is: "hailed the
			// decision of selecting the capital")
			clauses = append(clauses, d.kids(o, is("acl"))...)
		}
		for _, k := range d.kids(o, is("nmod", "acl", "advcl", "conj")) {
			// "accused the inquiry of being a ploy", "of being
			// biased": a predicate with "being" says the charge, a
			// noun's phrase or the adjective or participle itself
			being := func(c node) bool { return strings.EqualFold(d.w(c).Form, "being") }
			if !chargeMarks[d.markWord(k)] || !slices.ContainsFunc(d.kids(k, is("cop", "aux:pass")), being) {
				continue
			}
			switch w := d.w(k); {
			case w.UPOS == "NOUN":
				if text := h.nounPhrase(k, 0); text != "" && !theHeadWords.vague[text] {
					return d.markWord(k) + " being " + text
				}
			case w.UPOS == "ADJ" || w.UPOS == "VERB" && participleWord(w):
				return d.markWord(k) + " being " + strings.ToLower(w.Form)
			}
		}
	}
	clauses = append(clauses, d.kids(n, is("advcl"))...)
	for _, c := range d.kids(n, is("obl:agent", "obl")) {
		// "had been accused by the president of selling arms", the
		// charge parsed as a clause of the agent's name, or of the
		// people charged too ("accused with three other politicians of
		// taking bribes")
		if d.rel(c) == "obl" && (d.caseWord(c) != "with" || !h.namesPeople(c) && !h.counted(c)) {
			continue
		}
		clauses = append(clauses, d.kids(c, is("acl"))...)
	}
	if objs := d.kids(n, is("obj")); len(objs) > 0 {
		for _, c := range d.kids(n, is("obl")) {
			// "accused the council for the second time of sheltering
			// smugglers": the charge the parse hangs on an oblique between
			// the object and it
			if c > objs[0] {
				clauses = append(clauses, d.kids(c, is("acl"))...)
			}
		}
		if text := h.chargeNoun(objs[0]); text != "" {
			return text
		}
	}
	for _, x := range clauses {
		mw, form := d.markWord(x), strings.ToLower(d.w(x).Form)
		if perfect := d.w(x).XPOS == "VBN" && slices.ContainsFunc(d.kids(x, is("aux")), func(a node) bool { return strings.EqualFold(d.w(a).Form, "having") }); perfect {
			form = "having " + form // "for having squandered the chance"
		}
		if !chargeMarks[mw] || d.w(x).UPOS != "VERB" || !strings.HasSuffix(form, "ing") && !strings.HasPrefix(form, "having ") {
			continue
		}
		form = negation(d, x) + form // "for not taking part": the negation is the charge's
		for _, p := range d.kids(x, is("compound:prt")) {
			if p == x+1 {
				form += " " + strings.ToLower(d.w(p).Form) // "of presiding over a cabinet": the verb's particle
			}
		}
		for _, o := range d.kids(x, is("obj")) {
			if slices.ContainsFunc(d.kids(x, is("obl")), func(c node) bool { return x < c && c < o }) {
				// "of agreeing to store a crate" parsed with "store" a
				// noun: an object past the gerund's oblique is not its
				// own ("of agreeing crate"); the charge goes unsaid
				return ""
			}
			if obj, _ := h.phrase(o, false); obj != "" && !h.isTime(o) {
				if cw := d.caseWord(o); cw != "" {
					obj = cw + " " + obj // "of presiding over a weak cabinet" parsed with the object keeping its preposition
				}
				return mw + " " + form + " " + obj
			}
			return ""
		}
		for _, c := range d.kids(x, is("obl")) {
			cw := d.caseWord(c)
			if cw == "" || h.isTime(c) || !d.nominal(c) || commaBetween(d, x, c) {
				continue // (never an aside: "for failing, in his words, to ...")
			}
			if p := x + 1; p < c && d.w(p).UPOS == "ADV" && (d.rel(p) == "advmod" || d.rel(p) == "compound:prt") {
				cw = strings.ToLower(d.w(p).Form) + " " + cw // "for going back on its word": the verb's particle
			}
			if text, ok := h.actorPhrase(c); ok {
				return mw + " " + form + " " + cw + " " + text
			}
			return mw + " " + form + " " + cw + " " + h.nounPhrase(c, 0)
		}
		if inf := h.infinitive(x); inf != "" {
			return mw + " " + form + " " + inf // "of trying to assassinate Haniya"
		}
		for _, y := range d.kids(x, is("xcomp")) {
			if hasMark(d, y, "to") && d.w(y).UPOS == "VERB" && (y+1 == node(len(d.words)) || clauseEnds[d.w(y+1).Form]) {
				// "of refusing to cooperate.": the infinitive alone ends
				// the clause, and says the charge
				return mw + " " + form + " " + toNegated(d, y) + strings.ToLower(d.w(y).Form)
			}
		}
		if len(d.kids(x, is("xcomp", "ccomp"))) > 0 || x+1 < node(len(d.words)) && strings.EqualFold(d.w(x+1).Form, "to") || form == "having" || form == "being" {
			// "of trying to 'burn' Turks" misparsed, "of agreeing to
			// store a box": a gerund whose complement the headline
			// cannot say reads cut ("accuses Germany of trying"); the
			// charge goes unsaid
			return ""
		}
		if int(x)+2 < len(d.words) && d.w(x+1).Form == "," && d.w(x+2).UPOS == "ADP" {
			// "for failing, in his words, to give ...": what the
			// gerund says comes after an aside the parse tears off;
			// the bare gerund reads cut
			return ""
		}
		return mw + " " + form
	}
	objs := d.kids(n, is("obj"))
	cands := d.kids(n, is("obl"))
	if len(objs) > 0 {
		// "blamed the bombing on rebels", "blamed the opposition for the
		// violence" parsed with the phrase on the object; an act's own
		// "for" phrase is what it is for ("the move for a new charter")
		lo := strings.ToLower(d.w(objs[0]).Form)
		act := h.s.eventNoun(lo) || theHeadWords.actionNoun(lo) || theHeadWords.Nouns[lo] != ""
		for _, k := range d.kids(objs[0], is("nmod")) {
			if cw := d.caseWord(k); cw == "on" || cw == "for" && !act {
				cands = append(cands, k)
			}
		}
	}
	for _, c := range cands {
		// "blamed rainy weather for the weak data", "blamed the attack,
		// which broke out Sunday, on rival dock gangs": the phrase
		// the charge is for, or on whom it is laid
		if cw := d.caseWord(c); !chargeCases[cw] || len(objs) == 0 || !d.nominal(objs[0]) || c < objs[0] || h.isTime(c) || h.timeLike(c) || !d.nominal(c) ||
			theHeadWords.spanNouns[strings.ToLower(d.w(c).Form)] || h.strandedFrom(objs[0], c) {
			continue
		}
		if text, ok := h.actorPhrase(c); ok {
			return d.casePhrase(c) + " " + text
		}
		if text := h.nounPhrase(c, 0); text != "" && !theHeadWords.vague[text] {
			return d.casePhrase(c) + " " + text
		}
	}
	return ""
}

// strandedFrom reports whether a word of another phrase than the object
// at o and the oblique at c (nor an adverb, a time or punctuation: "praised
// the hospital here on Tuesday for ...") stands between them: the oblique is then no ground the verb gives for its
// object ("blasted the party as riddled with corruption": never "blasts
// party with corruption").
func (h *head) strandedFrom(o, c node) bool {
	d := h.s.tr
	v, _ := d.head(o)
	for k := o + 1; k < c; k++ {
		if w := d.w(k); w.UPOS != "PUNCT" && w.UPOS != "ADV" && !d.within(k, o) && !d.within(k, c) && !h.isTime(k) && !h.inTime(k, v) {
			return true
		}
	}
	return false
}

// chargeNoun returns the charge a named object at o is accused of, as
// the parse hangs it on the name ("accused Moscow of involvement in the
// murder" → "of involvement"): a common noun's phrase after "of", "for"
// or "with", a name taking no such phrase of its own; else "". A common
// noun's "of" phrase is its own ("the leader of the opposition").
func (h *head) chargeNoun(o node) string {
	d, hw := h.s.tr, theHeadWords
	lo := strings.ToLower(d.w(o).Form)
	if d.w(o).UPOS != "PROPN" && !(d.w(o).UPOS == "NOUN" && h.namesPeople(o) && (!titles[lo] || h.s.d.lemmaIn(lo, partyNouns)) && !hw.keepOf[lo] && hw.partCases[lo] == "") {
		return "" // (a common noun naming people or a body may be charged: "accused the ruling party of fraud"; a post's or a part's "of" phrase is its own)
	}
	for _, k := range d.kids(o, is("nmod")) {
		cw := d.caseWord(k)
		if k < o || !chargeMarks[cw] || d.w(k).UPOS != "NOUN" || h.isTime(k) || h.timeLike(k) || theHeadWords.personEnding(strings.ToLower(d.w(k).Form)) {
			continue
		}
		if text := h.nounPhrase(k, 0); text != "" && !theHeadWords.vague[text] {
			return cw + " " + text
		}
	}
	return ""
}

// chargeCases are the prepositions of a charge verb's oblique that says
// what the charge is for or on whom it is laid ("blamed X for Y", "blamed
// Y on X", "charged X with Y").
var chargeCases = wordList("charge_cases")

// charge returns " for X", " of X", " with X" or " on X" (chargeCases)
// when the participle n of a verb of chargeVerbs says what its patient is
// charged or convicted for ("the outfit blamed for the bomb blasts", "a
// prisoner convicted for public insult ... was denied leave", "charged
// with fraud", "blamed on rebels"), else "". A "with" phrase of people is
// who else is charged, no charge.
func (h *head) charge(n node, base string) string {
	d, hw := h.s.tr, theHeadWords
	if !hw.chargeVerbs[base] {
		return ""
	}
	for _, c := range d.kids(n, is("obl")) {
		cw := d.caseWord(c)
		if cw == "with" && (h.namesPeople(c) || h.counted(c)) {
			continue // "accused with three other politicians of ...": who is charged too, no charge
		}
		if chargeCases[cw] && c > n && d.nominal(c) && !h.isTime(c) && !h.timeLike(c) && !hw.spanNouns[strings.ToLower(d.w(c).Form)] && !commaBetween(d, n, c) {
			if text, _ := h.phrase(c, false); text != "" {
				return " " + cw + " " + text
			}
			return ""
		}
	}
	return ""
}
