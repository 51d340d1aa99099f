package event

// plainDropOrder lists, in the order a long reported clause gives them up
// (plainDrops), the classes of phrase a headline may leave out: relative
// clauses, participial modifiers, appositions and asides first; then
// adverbial clauses (not an infinitive, which the parse often tears from
// the verb that needs it: "encourage firms to hire"; nor a noun's: "plans to
// build") and a verb's obliques it does not need; then a noun's prepositional
// modifiers; then a participle describing a noun ("newly-established"); last the later conjuncts of a coordination.
var plainDropOrder = []func(h *head, k node) bool{
	func(h *head, k node) bool {
		return h.s.tr.rel(k) == "acl:relcl" && !h.freeRelative(k) || h.s.tr.rel(k) == "appos" || h.s.tr.rel(k) == "parataxis"
	},
	func(h *head, k node) bool {
		return h.s.tr.rel(k) == "acl" && h.s.tr.w(k).UPOS == "VERB" && !h.toInfinitive(k)
	},
	func(h *head, k node) bool { return h.s.tr.rel(k) == "advcl" && !h.toInfinitive(k) || h.spareOblique(k) },
	func(h *head, k node) bool { return h.spareModifier(k) },
	func(h *head, k node) bool { return h.spareParticiple(k) },
	func(h *head, k node) bool { return h.s.tr.rel(k) == "conj" },
}

// minKeptList is the fewest members of a subject's list that a long
// reported clause keeps whole (plainDrops, listedNouns): "A, B and C" never loses B or C,
// while "A and others" may be told as "A".
const minKeptList = 3

// plainDrops returns the phrases (the roots of their subtrees) of the
// clause between first and last that a headline may leave out to fit its
// budget, in the order plainDropOrder gives them up, the later of one
// class first; never a member of a list of minKeptList or more before the
// finite verb (the subject's), nor a phrase holding the clause's finite verb, its
// subject or its first noun, so no cut parts a verb from its subject (the
// first noun stands for it when the parse tears the clause), and never the verb's
// object, so none parts it from what it needs.
func (h *head) plainDrops(first, last, finite, subject node) []node {
	d := h.s.tr
	lead := h.leadNoun(first, finite)
	var out []node
	taken := make([]bool, max(last-first, 0)) // taken[k-first]: k is in out
	for _, class := range plainDropOrder {
		for k := last - 1; k >= first; k-- {
			if k == finite || d.within(finite, k) || subject != noNode && d.within(subject, k) || lead != noNode && d.within(lead, k) || taken[k-first] {
				continue
			}
			if hd, ok := d.head(k); ok && k < finite && d.rel(k) == "conj" && len(d.kids(hd, is("conj"))) >= minKeptList-1 {
				continue // a member of the subject's list: without it the clause says less than was said ("Italian sex tourists" of three nations')
			}
			if hd, ok := d.head(k); !ok || hd < first || hd >= last {
				continue // a phrase whose head is outside the clause: the parse tore it
			}
			if class(h, k) {
				out = append(out, k)
				taken[k-first] = true
			}
		}
	}
	return out
}

// spareOblique reports whether the word k heads an oblique its verb does
// not need: the verb has an object or a passive subject besides it, or an
// earlier oblique ("will be announced on the day", "signed the deal in
// the capital"); a lone oblique of an intransitive verb ("will move to
// the capital") stays.
func (h *head) spareOblique(k node) bool {
	d := h.s.tr
	if baseRel(d.rel(k)) != "obl" {
		return false
	}
	hd, ok := d.head(k)
	if !ok || d.w(hd).UPOS != "VERB" {
		return false
	}
	if len(d.kids(hd, is("obj", "nsubj:pass", "aux:pass"))) > 0 {
		return true
	}
	obls := d.kids(hd, func(r string) bool { return baseRel(r) == "obl" })
	return len(obls) > 1 && obls[0] != k
}

// spareModifier reports whether the word k heads a noun's prepositional
// modifier a headline may leave out ("plan for the period"): never a
// possessive, nor a part of a name ("Association of Southeast Asian
// Nations"), nor a figure's unit ("percent of the vote").
func (h *head) spareModifier(k node) bool {
	d := h.s.tr
	if d.rel(k) != "nmod" {
		return false
	}
	hd, ok := d.head(k)
	if !ok || d.w(hd).UPOS == "NUM" || len(d.kids(hd, is("nummod"))) > 0 || d.w(hd).UPOS == "PROPN" && d.w(k).UPOS == "PROPN" {
		return false
	}
	return len(d.kids(k, is("case"))) > 0
}

// spareParticiple reports whether the word k is a participle describing
// the noun before which it stands ("the newly-established committee",
// "the long-awaited report"), no verb after its subject misread as one: a
// headline told at its last, longest budget (head.wide) may leave it out,
// the noun it describes staying.
func (h *head) spareParticiple(k node) bool {
	d := h.s.tr
	if !h.wide || d.rel(k) != "amod" {
		return false
	}
	w := d.w(k)
	if w.UPOS != "VERB" && w.XPOS != "VBN" && w.XPOS != "VBG" {
		return false
	}
	hd, ok := d.head(k)
	if !ok || hd < k || d.w(hd).UPOS != "NOUN" {
		return false
	}
	left := k // the participle's phrase's first word ("newly")
	for left > 0 && d.within(left-1, k) {
		left--
	}
	if left > 0 {
		if u := d.w(left - 1).UPOS; u == "NOUN" || u == "PROPN" || u == "PRON" {
			return false // "information indicated extremists ...": a verb after its subject, misread
		}
	}
	return true
}

// subjectPhrase returns the head of the phrase the subject word k stands
// in before the finite verb: k climbed to its highest head that is still
// between first and finite ("period" of "a plan for the period" → "plan",
// when a torn parse gives the verb no subject of its own).
func (h *head) subjectPhrase(k, first, finite node) node {
	d := h.s.tr
	if k == noNode {
		return k
	}
	for depth := 0; depth < len(d.words); depth++ {
		hd, ok := d.head(k)
		if !ok || hd < first || hd >= finite {
			return k
		}
		k = hd
	}
	return k
}

// freeRelative reports whether the relative clause at k hangs on a
// pronoun it defines ("resort to what he called a plan"): left out, it
// would leave the pronoun saying nothing.
func (h *head) freeRelative(k node) bool {
	hd, ok := h.s.tr.head(k)
	return ok && h.s.tr.w(hd).UPOS == "PRON"
}

// leadNoun returns the clause's first noun, name or pronoun before its
// finite verb: the head of its subject whatever the parse says, which no
// drop leaves out (plainDrops); noNode when there is none.
func (h *head) leadNoun(first, finite node) node {
	for k := first; k < finite; k++ {
		if u := h.s.tr.w(k).UPOS; u == "NOUN" || u == "PROPN" || u == "PRON" {
			return k
		}
	}
	return noNode
}

// toInfinitive reports whether the verb at k is a "to" infinitive.
func (h *head) toInfinitive(k node) bool {
	for _, c := range h.s.tr.kids(k, is("mark")) {
		if h.s.tr.w(c).XPOS == "TO" {
			return true
		}
	}
	return false
}
