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

// concurViews are the nouns of an oblique that name a view or a judgement
// shared, not terms agreed (data/words.yaml).
var concurViews = wordList("concur_views")

// accordCode is CAMEO's express accord (019): a statement sharing the
// view of another, as the codebook files "agree on the importance".
const accordCode = "019"

// accordFrame retypes the verb trigger t of an agreement verb
// (concurVerbs) with no infinitive as a statement of accord (019) when
// what is agreed is a view: an oblique of a matter or a party whose noun
// is one of concurViews ("agreed with the auditors' conclusions", "agreed
// on the importance of close ties", "agreed Monday on the need for a
// truce monitor"), or a "with" party before a that-clause judging the past or
// the present ("I agree with the bank that the deficit poses a risk");
// not terms agreed ("agreed with Turkey on a ceasefire", "agreed on a
// new prime minister", "agreed with them that talks would resume").
func (s *sent) accordFrame(t *trigger) {
	if t == nil || t.noun || t.e.Type != Agreement || !concurVerbs[t.lemma] || s.tree() == nil {
		return
	}
	n, ok := s.triggerNode(t)
	if !ok {
		return
	}
	d := s.tr
	if len(d.kids(n, is("xcomp"))) > 0 {
		return // "agreed to meet"
	}
	judged := false
	for _, c := range d.kids(n, is("ccomp")) {
		judged = judged || pastJudgement(d, c) || presentJudgement(d, c)
	}
	view := false
	for _, o := range d.kids(n, is("obl")) {
		if !concurCases[d.caseWord(o)] || s.timeNode(o) {
			continue
		}
		if !d.lemmaIn(o, concurViews) && (!judged || d.caseWord(o) != "with") {
			return // "agreed with Turkey on a ceasefire": terms too
		}
		view = true
	}
	if !view {
		return
	}
	e := *t.e
	e.Type = Statement
	t.e, t.code, t.ownVerb = &e, accordCode, true // titled by its own verb: "agree on need for force"
}

// concurring reports whether the verb trigger t of an agreement verb
// tells an opinion: it has no open complement ("agreed to meet") nor an
// oblique of a matter or a party ("agreed on a truce", "agreed with
// Greece"; a time oblique such as "on Monday" aside), and it is an aside to another clause (parataxis), follows a
// quotation before its subject (the quote's speaker), is told bare by a
// verb of saying ("said he agreed": bareAgreement), or takes a
// that-clause in the past, the perfect or the present with no modal
// ("agreed that the talks had failed", "agreed that consumers need
// clearer bills"; not "agreed that talks would resume") or one that
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
	if s.bareAgreement(n) {
		return true
	}
	if s.afterQuote(n) && !subjectBefore(d, n) {
		return true
	}
	for _, c := range d.kids(n, is("ccomp", "parataxis")) {
		if d.rel(c) == "parataxis" && d.markWord(c) != "that" {
			continue // the that-clause the parse hangs apart past a comma ("agreed, however, that ...")
		}
		if pastJudgement(d, c) || presentJudgement(d, c) || conditionalJudgement(d, c) {
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

// presentJudgement reports whether the clause at c is finite, with no
// modal, in the simple present ("consumers need clearer bills", "the
// plan is sound"): a view of how things stand, not terms agreed, which
// a modal or a future tells ("would resume", "will withdraw").
func presentJudgement(d *tree, c node) bool {
	if d.modal(c) != "" || d.infinitive(c) {
		return false
	}
	if x := d.w(c).XPOS; x == "VBZ" || x == "VBP" {
		return true
	}
	for _, k := range d.kids(c, is("cop", "aux")) {
		if x := d.w(k).XPOS; x == "VBZ" || x == "VBP" {
			if d.isLemma(k, "have") {
				return false // a perfect: pastJudgement's
			}
			return true
		}
	}
	return false
}

// bareAgreement reports whether the agreement verb n, in the active,
// takes no object, clause or oblique at all and is itself the clause a
// verb of saying reports ("Karl said he agreed"): a speaker telling his
// view, no terms between parties, which name what or with whom ("said
// they agreed on a truce", "said the sides agreed to meet").
func (s *sent) bareAgreement(n node) bool {
	d := s.tr
	if d.rel(n) != "ccomp" || len(d.kids(n, is("obj", "ccomp", "xcomp", "obl", "advcl", "aux:pass", "parataxis"))) > 0 {
		return false
	}
	h, ok := d.head(n)
	return ok && d.verbal(h) && d.lemmaIn(h, s.d.lx.reporting)
}
