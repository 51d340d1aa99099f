package event

import (
	"slices"
	"strings"
)

// This file holds the headlines of an act whose doer the parse hides: a
// participle it hangs on a noun (acl) that is an active verb after all,
// its noun the one who acts (no reduced passive, "soldiers captured in
// Kursk", takes a "that" clause of its own, nor stands right after the
// noun it would leave without a verb, "the pact both countries
// signed"), a by-phrase no actor stands for ("attacked by a wolf"), and
// the event a "which" clause after its place is about.

// thatActive returns the headline of the participle at n the parse hangs
// on the noun hd before it when the participle opens a clause of its own
// with "that" ("the High Court on Monday ruled that the army must halt
// the demolitions"): the noun is its agent, the clause what it says
// ("High Court rules army must halt demolitions"; "High Court rules"
// when the clause makes no headline), never the reduced passive "High
// Court ruled". A participle with an object, an agent or a passive
// auxiliary of its own is left to the other rules ("").
func (h *head) thatActive(n, hd node, base string) string {
	d := h.s.tr
	if u := d.w(hd).UPOS; u != "NOUN" && u != "PROPN" || hd > n || h.isTime(hd) || len(d.kids(n, is("obj", "obl:agent", "aux:pass"))) > 0 {
		return ""
	}
	thatAfter := func(x node) bool { return x > n && hasMark(d, x, "that") }
	if !slices.ContainsFunc(d.kids(n, is("ccomp", "advcl")), thatAfter) {
		// the parse may hang the clause on the noun instead, right past
		// the participle ("Court on Thursday ruled that the army must
		// halt ...", "halt" an adverbial clause of "Court")
		for _, x := range d.kids(hd, is("ccomp", "advcl")) {
			if thatAfter(x) {
				if r := h.saidClause(x, true); r != "" {
					return capitalize(h.nounPhrase(hd, 0)) + " " + theHeadWords.present(base, pluralWord(d.w(hd))) + " " + r + h.place()
				}
			}
		}
		return ""
	}
	subj := h.nounPhrase(hd, 0)
	if subj == "" {
		return ""
	}
	out := capitalize(subj) + " " + theHeadWords.present(base, pluralWord(d.w(hd)))
	if r := h.reportedClause(n); r != "" {
		out += " " + r
	}
	return out + h.place()
}

// gapActive returns the headline of the participle at n the parse hangs
// on the noun hd when hd's phrase follows right after a common noun with
// a determiner of its own, outside hd's phrase ("the security pact both
// countries signed in 1995"): a relative clause with no "that", whose
// object is that noun ("Both countries sign security pact"), never the
// reduced passive "Countries signed". A participle with an object, an
// agent, a passive auxiliary or a subject of its own, a noun before it
// that is a time ("on Monday police arrested"), a name ("in Baghdad
// police arrested") or no determiner's, or a comma between, is left to
// the other rules (""), as is a verb that takes no object.
func (h *head) gapActive(n, hd node, base string) string {
	d := h.s.tr
	hw := theHeadWords
	if hw.noObject[base] || hw.symmetricVerbs[base] || hw.Types[h.m.Type].Thing {
		return "" // a verb that takes no object ("the day both leaders met")
	}
	if u := d.w(hd).UPOS; u != "NOUN" && u != "PROPN" || hd > n || len(d.kids(n, is("obj", "obl:agent", "aux:pass", "nsubj", "nsubj:pass", "ccomp", "xcomp"))) > 0 {
		return ""
	}
	if d.caseWord(hd) != "" {
		return "" // "the trial of a suspect detained": a preposition's noun is no clause's subject
	}
	first := hd // the first word of hd's phrase
	for k := hd - 1; k > 0 && d.within(k, hd); k-- {
		first = k
	}
	if first <= 1 {
		return ""
	}
	o := first - 1 // the noun the relative clause is on
	if d.w(o).UPOS != "NOUN" || d.within(o, hd) || h.isTime(o) || h.timeLike(o) || hd < o {
		return ""
	}
	if !slices.ContainsFunc(d.kids(o, is("det")), func(c node) bool { return hw.gapDeterminers[strings.ToLower(d.w(c).Form)] }) {
		return ""
	}
	subj, obj := h.determinedPhrase(hd), h.nounPhrase(o, 0)
	if subj == "" || obj == "" || hw.vague[obj] {
		return ""
	}
	return capitalize(subj) + " " + hw.present(base, pluralWord(d.w(hd))) + h.particle(n, set(strings.Fields(base)...)) + " " + obj + h.place()
}

// determinedPhrase returns the noun phrase at c as a headline says it,
// with a determiner of number ("both", "two") that the phrase would
// drop kept before it ("both countries" → "Both countries").
func (h *head) determinedPhrase(c node) string {
	d := h.s.tr
	text := h.nounPhrase(c, 0)
	if text == "" {
		return ""
	}
	for _, k := range d.kids(c, is("det")) {
		if lw := strings.ToLower(d.w(k).Form); k < c && theHeadWords.numberDeterminers[lw] && !strings.HasPrefix(strings.ToLower(text), lw+" ") {
			return lw + " " + text
		}
	}
	return text
}

// commonAgent returns the headline of a participle whose by-phrase at c
// is a common noun that names no actor ("a shepherd attacked by a wolf"
// → "Wolf attacks shepherd"): the by-phrase is its agent, the noun hd it
// modifies its patient, never the noun a phrase of ("face of shepherd
// attacked"), or "": a time, a figure ("by 5 percent") or a name no
// actor stands for is left to the other rules.
func (h *head) commonAgent(c, hd node, base string) string {
	d := h.s.tr
	if d.w(c).UPOS != "NOUN" || h.isTime(c) || len(d.kids(c, is("nummod"))) > 0 || len(h.s.phraseActors(c, false)) > 0 || theHeadWords.Types[h.m.Type].Thing {
		return ""
	}
	if u := d.w(hd).UPOS; u != "NOUN" && u != "PROPN" {
		return ""
	}
	subj, plural := h.phrase(c, true)
	obj, _ := h.phrase(hd, false)
	if subj == "" || obj == "" || theHeadWords.vague[subj] {
		return ""
	}
	return capitalize(subj) + " " + theHeadWords.present(base, plural) + " " + obj + h.place()
}

// eventOfPlace returns the antecedent of the relative pronoun r the
// parse gives as a, or, for "which" after the name of where an event
// was ("the bombing in Kislovodsk, which killed three people"), the
// event: a place does no act ("Kislovodsk kills three people"), the
// bombing does.
func (h *head) eventOfPlace(r, a node) node {
	d := h.s.tr
	if contentTypes[h.m.Type] {
		return a // an event says nothing: a statement's subject is no bombing
	}
	if !strings.EqualFold(d.w(r).Form, "which") || d.w(a).UPOS != "PROPN" || d.rel(a) != "nmod" || !placeCases[d.caseWord(a)] {
		return a
	}
	if hd, ok := d.head(a); ok && d.w(hd).UPOS == "NOUN" && h.s.eventNoun(strings.ToLower(d.w(hd).Form)) {
		return hd
	}
	return a
}

// sentencedTo returns the "to" phrase that completes a verb of sentencing
// at n (sentence_verbs: "sentenced to death" → " to death", "sentenced
// the leader to 20 years in prison" → " to 20 years"), with a leading
// space, or "": a sentence told without what it is says little
// ("Former leader sentenced"). A span is the sentence here, no time of
// the act.
func (h *head) sentencedTo(n node, base string) string {
	d := h.s.tr
	if !theHeadWords.sentenceVerbs[base] || h.m.Type != Verdict {
		return "" // "condemning the plan to failure" is no sentence
	}
	for _, c := range d.kids(n, is("obl")) {
		if d.caseWord(c) != "to" || c < n || !d.nominal(c) || commaBetween(d, n, c) {
			continue
		}
		text := h.nounPhrase(c, 0)
		for _, k := range d.kids(c, is("nummod")) {
			// "to 20 years in prison": the count is the sentence
			if f := d.w(k).Form; k < c && !strings.Contains(text, f) {
				text = f + " " + text
			}
		}
		if text != "" {
			return " to " + text
		}
		return ""
	}
	return ""
}
