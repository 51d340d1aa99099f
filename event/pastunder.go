package event

// Past events told under a present-tense clause. A verb in the simple
// past that hangs, with no time of its own, on a clause told in the
// present ("the venue is famous as it hosted the first games after the
// war", "the custom rests on a story that a sailor swam the strait") is
// told as done before the time of that clause, the time of the report:
// it is bounded by the publication date, not dated by it. A present
// reporting verb ("police say they arrested a man") tells the day's news
// and is left out. So is an event noun in a clause that judges it in the
// present ("the dispute over the visit is the main obstacle to ties").

// presentClauseClimb is how many noun heads the search for the governing
// clause climbs from the past verb ("a story that ...", "the first games
// of a league that ...").
const presentClauseClimb = 3

// pastUnderPresent reports whether the verb of trigger t is a simple past
// in a clause (adverbial, complement or clause of a noun) that hangs,
// directly or through at most presentClauseClimb nouns, on a predicate
// told in the present that is no reporting verb. The clause must be
// subordinated to it (subordinated) and hold no time expression. A noun
// trigger goes by its light or governing verb (aspectVerb).
func (s *syntax) pastUnderPresent(t *trigger) bool {
	tr := s.tree()
	if tr == nil {
		return false
	}
	v := s.aspectVerb(t)
	if v < 0 {
		return false
	}
	n, ok := s.treeNode(v)
	if !ok || !tr.verbal(n) || !pastFinite(tr, n) {
		return false
	}
	switch tr.rel(n) {
	case "advcl", "ccomp", "acl":
	default:
		return false
	}
	if !s.subordinated(n) || s.timeBelow(n) {
		// a quotation the parse hangs its speaker's verb on ("'I am
		// ready,' he vowed"); a time in the clause, even one dating only
		// a noun ("won in Tuesday's vote"), places it
		return false
	}
	for range presentClauseClimb + 1 {
		h, ok := tr.head(n)
		if !ok {
			return false
		}
		if tr.verbal(h) || tr.copular(h) {
			return presentPredicate(tr, h) && !tr.lemmaIn(h, s.d.lx.reporting)
		}
		switch baseRel(tr.rel(h)) {
		case "obl", "nmod", "obj", "nsubj", "iobj":
		default:
			return false
		}
		n = h
	}
	return false
}

// subordinated reports whether the clause of verb n is joined to its head
// as a subordinate clause: it opens with a subordinator ("as", "that"),
// or no punctuation or conjunction stands between it and its head (a
// quotation and its speaker's verb are set apart by a comma or quotation
// mark; a clause the parse misreads as subordinate may be a conjunct:
// "has closed the border and rebels attacked the town").
func (s *syntax) subordinated(n node) bool {
	tr := s.tr
	if len(tr.kids(n, is("mark"))) > 0 {
		return true
	}
	h, ok := tr.head(n)
	if !ok {
		return false
	}
	lo, hi := min(h, n), max(h, n)
	for c := lo + 1; c < hi; c++ {
		if u := tr.w(c).UPOS; u == "PUNCT" || u == "CCONJ" {
			return false
		}
	}
	return true
}

// timeBelow reports whether a time expression that dates events hangs,
// in the parse, on node n or on a node below it.
func (s *syntax) timeBelow(n node) bool {
	tr := s.tr
	for i := s.first; i < s.last; i++ {
		if s.d.timexAt[i] < 0 || !datesEvents(&s.d.in.Times[s.d.timexAt[i]]) {
			continue
		}
		c, ok := s.treeNode(i)
		for steps := 0; ok && steps < len(tr.words); steps++ {
			if c == n {
				return true
			}
			c, ok = tr.head(c)
		}
	}
	return false
}

// presentCopularNoun reports whether the noun trigger t is the subject,
// or in the subject (inSubject), of a clause whose predicate is a noun or adjective
// after a present copula ("the dispute over the visit is the main
// obstacle", "the issue featuring the visit is an obstacle"): a judgement
// on an event told before, not the news of the day (reportedClause).
func (s *syntax) presentCopularNoun(t *trigger) bool {
	if !t.noun || s.tree() == nil {
		return false
	}
	v, ok := s.reportedClause(t)
	if !ok || s.tr.verbal(v) || len(s.tr.kids(v, is("aux"))) > 0 || !s.inSubject(t, v) {
		return false
	}
	return presentPredicate(s.tr, v) && !s.timeBelow(v)
}

// inSubject reports whether the noun trigger t lies in the subject of the
// predicate p: what a present copula judges ("the visit is an obstacle")
// was done before, while an event in the predicate may be under way ("the
// leaders are in the capital for the summit").
func (s *syntax) inSubject(t *trigger, p node) bool {
	tr := s.tr
	n, ok := s.triggerNode(t)
	for k := 0; ok && k < maxTreeWalk; k++ {
		h, up := tr.head(n)
		if !up {
			return false
		}
		if h == p {
			return baseRel(tr.rel(n)) == "nsubj" || baseRel(tr.rel(n)) == "csubj"
		}
		n = h
	}
	return false
}

// presentPredicate reports whether the predicate h is told in the
// present: a present verb (presentFinite) or a present copula ("is a
// venue").
func presentPredicate(tr *tree, h node) bool {
	if tr.verbal(h) && presentFinite(tr, h) {
		return true
	}
	for _, c := range tr.kids(h, is("cop")) {
		if x := tr.w(c).XPOS; x == "VBZ" || x == "VBP" {
			return true
		}
	}
	return false
}
