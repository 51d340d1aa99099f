package event

import (
	"slices"
	"strings"
)

// headfinite.go: the finite verb and the adverbial clauses of a clause
// told in its own words (plainClause) are read by their tags, which the
// tagger sometimes gets wrong; the tree then says what the tag does not.

// treeFinite reports whether the verb at k, tagged a participle or a base
// form, is its clause's finite verb by the tree: a past tense tagged as a
// participle with a subject of its own before it and no auxiliary
// ("indices remained at low levels", "the future depended on ...",
// "remained" and "depended" tagged VBN), or the first auxiliary of a verb
// with its subject before it ("42 have died", "have" tagged VB). A
// participle modifying a noun ("the particles found at the site") has no
// subject of its own and is none, nor is a participle a finite verb
// after it follows ("equipment based on the standard could operate",
// "based" parsed with "equipment" for subject), nor one the event's own
// verb is coordinated with ("Roe crushed dissent, declared himself
// president": no clause "declared" reports).
func (h *head) treeFinite(k node) bool {
	d := h.s.tr
	w := d.w(k)
	switch {
	case w.XPOS == "VBN" && w.UPOS == "VERB":
		if len(d.kids(k, is("aux", "aux:pass", "cop"))) > 0 || slices.Contains(d.kids(k, is("conj")), h.event) {
			return false
		}
		for _, m := range d.kids(k, is("mark")) {
			if !strings.EqualFold(d.w(m).Form, "that") {
				return false // "to" of an infinitive, a subordinator's adverbial clause; the "that" of what is said opens a finite clause
			}
		}
		for j := k + 1; int(j) < len(d.words) && d.w(j).Form != "," && d.w(j).Form != "."; j++ {
			if x := d.w(j).XPOS; x == "MD" || finiteXPOS[x] {
				return false
			}
		}
		return hasSubjectBefore(d, k, k)
	case w.XPOS == "VB" && w.UPOS == "AUX" && d.rel(k) == "aux":
		v, ok := d.head(k)
		if !ok || v < k {
			return false
		}
		for _, a := range d.kids(v, is("aux", "aux:pass", "mark")) {
			if a < k {
				return false // "will have died", "to have died": the first says it
			}
		}
		return hasSubjectBefore(d, v, k)
	}
	return false
}

// hasSubjectBefore reports whether the verb at v has a subject (nsubj,
// nsubj:pass) before the word k.
func hasSubjectBefore(d *tree, v, k node) bool {
	for _, s := range d.kids(v, is("nsubj", "nsubj:pass")) {
		if s < k {
			return true
		}
	}
	return false
}

// gerundPreposition reports whether the word at k, tagged a
// subordinator, is a preposition a verb or a noun takes before a gerund
// ("contributes to maintaining stability", "depended on forming an
// alliance", "suspected of bringing immigrants"): one of complement_cases,
// or "of", right before a gerund. Such a word opens no adverbial clause
// (unlike "if", "after", "while"), and a clause told in its own words
// goes on past it.
func (h *head) gerundPreposition(k node) bool {
	d := h.s.tr
	if int(k)+1 >= len(d.words) || d.w(k+1).XPOS != "VBG" {
		return false
	}
	lw := strings.ToLower(d.w(k).Form)
	return lw == "of" || complementCases[lw]
}
