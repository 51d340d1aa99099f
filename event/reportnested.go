package event

// A reporting verb's time dates the report, and the act that is the
// report's immediate content when told in the same simple past (timetree.go:
// reportedApart). An event with a clause of its own (finiteClause) told
// deeper in what is reported — in a clause that content's verb governs as
// a complement, a relative clause or a clause describing a noun ("said
// Monday that the talks will build on the pact that was
// signed in the second round") — is no news of the report's day: the
// report's time leaves it to its own clause's time, else to the
// publication (reportNested), and told in the past it is bounded by the
// publication (reportedDeeper). A clause reached from the content's verb
// by adverbial clauses and conjuncts alone ("troops stormed the town and
// killed five when they entered, officials said Saturday") is the
// content's own, and a participle or infinitive with no subject shares its
// clause's time ("thus condemning the plan").

// nestedRels are the relations that open a clause of its own below the
// content a report tells: a complement, a clausal subject, or a clause
// describing a noun.
var nestedRels = is("ccomp", "xcomp", "csubj", "csubj:pass", "acl", "acl:relcl")

// sharedRels are the relations by which a clause stays in the content
// it hangs on: an adverbial clause and a conjunct.
var sharedRels = is("advcl", "conj")

// reportNested reports whether the time expression whose first token is c
// is hung by the parse on a reporting verb whose reported content holds
// t's clause only deeper down (see above). False without a parse, for a
// time of t's own verb or clause, and for the reporting verb itself.
func (s *syntax) reportNested(c int, t *trigger) bool {
	if s.tree() == nil {
		return false
	}
	at, ok := s.attachmentOf(c)
	if !ok || !timeRels(at.rel) {
		return false
	}
	h := at.head
	if !s.reportingVerb(h) {
		return false
	}
	v, ok := s.reportedClause(t)
	if !ok {
		return false
	}
	if v == h || s.triggerNodes(t)[h] {
		return false
	}
	if !s.finiteClause(v) {
		return false
	}
	content, ok := s.reportContent(h, v)
	if !ok || content == v {
		return false
	}
	return s.nestedBelow(v, content)
}

// reportContent returns the head of the clause the reporting verb h
// reports that holds the word v: its complement or parataxis ("said Monday
// that …", "…, officials said Saturday" hung on the clause's verb), or the
// clause h hangs on as a parataxis or conjunct ("troops shelled the town,
// officials said").
func (s *syntax) reportContent(h, v node) (node, bool) {
	tr := s.tr
	for _, k := range tr.kids(h, reportRels) {
		if s.reportingVerb(k) {
			continue // "said in October …, and last week said …": another report
		}
		if tr.within(v, k) {
			return k, true
		}
	}
	if p, ok := tr.head(h); ok && reportRels(tr.rel(h)) && tr.within(v, p) && !tr.within(v, h) {
		return p, true
	}
	return noNode, false
}

// nestedBelow reports whether the clause head v lies below content through
// a clause of its own (nestedRels), climbing adverbial clauses, conjuncts
// (sharedRels) and noun-phrase relations; false when it reaches content
// by those alone.
func (s *syntax) nestedBelow(v, content node) bool {
	tr := s.tr
	for n, k := v, 0; k < maxTreeWalk; k++ {
		if n == content {
			return false
		}
		r := tr.rel(n)
		if nestedRels(r) {
			return true
		}
		if !sharedRels(r) && !nominalRels(r) {
			return false
		}
		up, ok := tr.head(n)
		if !ok {
			return false
		}
		n = up
	}
	return false
}

// finiteClause reports whether the verb v heads a clause of its own: it
// has a subject, or a finite form or auxiliary ("who were arrested",
// "that will lay"). A participle or an infinitive with neither shares the
// subject and the time of the clause it hangs on ("thus condemning the
// plan").
func (s *syntax) finiteClause(v node) bool {
	tr := s.tr
	if len(tr.kids(v, is("nsubj", "nsubj:pass", "aux", "aux:pass"))) > 0 {
		return true
	}
	switch tr.w(v).XPOS {
	case "VBD", "VBZ", "VBP":
		return true
	}
	return false
}

// reportedDeeper reports whether t's clause, told in the past, lies in
// what a reporting verb reports only deeper than its immediate content
// (nestedBelow): "said on Sunday she believed that gunmen had shot
// him", "said it was appalling to hear that an official killed his
// superior". Such an act is told at second hand as done before the report,
// by how long unknown: with no time of its own it is bounded by the
// publication (bindUndated), not dated by it. False without a parse.
func (s *syntax) reportedDeeper(t *trigger) bool {
	if s.tree() == nil {
		return false
	}
	v, ok := s.reportedClause(t)
	if !ok || !s.finiteClause(v) || !s.toldPast(v) {
		return false
	}
	tr := s.tr
	for n, k := v, 0; k < maxTreeWalk; k++ {
		up, ok := tr.head(n)
		if !ok {
			return false
		}
		n = up
		if h, ok := s.reporterOf(n); ok {
			content, ok := s.reportContent(h, v)
			return ok && content != v && s.nestedBelow(v, content)
		}
	}
	return false
}

// reporterOf returns the reporting verb that reports the clause headed by
// n: n itself, or a reporting verb hung on n as a parataxis ("…, officials
// said").
func (s *syntax) reporterOf(n node) (node, bool) {
	if s.reportingVerb(n) {
		return n, true
	}
	for _, k := range s.tr.kids(n, is("parataxis")) {
		if s.reportingVerb(k) {
			return k, true
		}
	}
	return noNode, false
}

// reportingVerb reports whether the parse reads n as a verb of reporting
// (the lexicon's reporting lemmas: "say", "tell", "announce").
func (s *syntax) reportingVerb(n node) bool {
	return s.tr.verbal(n) && s.tr.lemmaIn(n, s.d.lx.reporting)
}

// toldPast reports whether the verb v is told in a past tense: a simple
// past or a past participle with a past or perfect auxiliary ("killed",
// "was killed", "had killed").
func (s *syntax) toldPast(v node) bool {
	tr := s.tr
	if tr.w(v).XPOS == "VBD" {
		return true
	}
	if tr.w(v).XPOS != "VBN" {
		return false
	}
	for _, a := range tr.kids(v, is("aux", "aux:pass")) {
		if x := tr.w(a).XPOS; x == "VBD" || tr.isLemma(a, "have") {
			return true
		}
	}
	return false
}
