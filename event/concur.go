package event

// concur.go: an agreement verb that tells a shared opinion, not an
// agreement reached between parties: "the visit was a turning point, many
// analysts agreed", "\"It turned the page,\" agreed an academic", "most
// experts agreed that the reform had failed".

// concurVerbs are the agreement verbs that may tell an opinion
// (data/words.yaml).
var concurVerbs = wordList("concur_verbs")

// concurCases are the prepositions of an oblique naming the matter or the
// party of an agreement (data/words.yaml).
var concurCases = wordList("concur_cases")

// concurring reports whether the verb trigger t of an agreement verb
// tells an opinion: it has no open complement ("agreed to meet") nor an
// oblique of a matter or a party ("agreed on a truce", "agreed with
// Greece"; a time oblique such as "on Monday" aside), and it is an aside to another clause (parataxis), follows a
// quotation before its subject (the quote's speaker), or takes a
// that-clause in the past or the perfect with no modal ("agreed that the
// talks had failed"; not "agreed that talks would resume") or one that
// holds under a condition ("agreed that if he kept his word, it would be
// good news").
func (s *sent) concurring(t *trigger) bool {
	if t.noun || !concurVerbs[t.lemma] || s.tree() == nil {
		return false
	}
	n, ok := s.triggerNode(t)
	if !ok {
		return false
	}
	d := s.tr
	if len(d.kids(n, is("xcomp"))) > 0 {
		return false
	}
	for _, o := range d.kids(n, is("obl")) {
		if concurCases[d.caseWord(o)] && !s.timeNode(o) {
			return false
		}
	}
	if d.rel(n) == "parataxis" {
		return true
	}
	if s.afterQuote(n) && !subjectBefore(d, n) {
		return true
	}
	for _, c := range d.kids(n, is("ccomp", "parataxis")) {
		if d.rel(c) == "parataxis" && d.markWord(c) != "that" {
			continue // the that-clause the parse hangs apart past a comma ("agreed, however, that ...")
		}
		if pastJudgement(d, c) || conditionalJudgement(d, c) {
			return true
		}
	}
	return false
}

// conditionalJudgement reports whether the clause at c holds only under a
// condition it states ("agreed that if Jiang kept his promise, it would be
// good news"): a judgement, not terms agreed.
func conditionalJudgement(d *tree, c node) bool {
	for _, a := range d.kids(c, is("advcl")) {
		if d.marked(a, theModality.conditionals) {
			return true
		}
	}
	return false
}

// subjectBefore reports whether the verb n has a subject before it.
func subjectBefore(d *tree, n node) bool {
	for _, k := range d.kids(n, is("nsubj", "nsubj:pass")) {
		if k < n {
			return true
		}
	}
	return false
}

// pastJudgement reports whether the clause at c is finite, with no modal,
// and in the past or the perfect ("the reform had failed", "the meeting
// was a success", "talks have stalled").
func pastJudgement(d *tree, c node) bool {
	if d.modal(c) != "" || d.infinitive(c) {
		return false
	}
	if d.w(c).XPOS == "VBD" {
		return true
	}
	for _, k := range d.kids(c, is("aux", "cop", "aux:pass")) {
		if d.w(k).XPOS == "VBD" || d.isLemma(k, "have") {
			return true
		}
	}
	return false
}
