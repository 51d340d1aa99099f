package event

import "strings"

// leadact.go: a lead that tells no event the lexicon knows tells its
// news in its main clause ("Two astronauts on Thursday completed the
// second spacewalk", "Serbian President Boris Tadic went home from a
// hospital on Wednesday, his office said"): the act of that clause's
// verb, done by the actor its subject names, on the day the clause
// gives, is an event.

// leadAct adds the act of the lead's main clause when the lead tells no
// news (tellsNews) and the clause is the article's news: its verb is the
// root of the parse, or the clause a reporting root reports ("police
// said the convoy reached the border on Monday"); it is no trigger, no
// reporting verb and no cue of another act's modality, and governs no
// infinitive ("hopes to meet": the event is the infinitive's, if any);
// its subject is a person or a body (personNode, bodyNoun) that names an
// actor (subjectActor); a time expression of its own dates it, not the
// day of the report, near the publication (news); it is told as done; and the
// article's headline tells it (headlineVerb), whose words title it. Its
// type is Other: the lexicon knows no sense of its verb.
func (s *sent) leadAct(out []Mention) []Mention {
	hl := s.articleHead()
	if s.index >= headlineLead || hl.stated || hl.titled || hl.title == "" || hl.planned || tellsNews(out) ||
		!s.echoesHeadline(hl) || s.tree() == nil {
		return out // echoesHeadline first: a lead with no trigger is parsed only when it may tell the act
	}
	v, ok := s.leadClause()
	if !ok {
		return out
	}
	i, ok := s.plainVerb(v)
	if !ok {
		return out
	}
	if len(s.tr.kids(v, is("nsubj"))) == 0 || !s.bodySubjects(v) {
		return out // a passive, a clause with no subject of its own; "oil prices were steady"
	}
	if !s.headlineVerb(i, hl) {
		return out
	}
	id := s.subjectActor(i)
	if id == "" || s.mediaNamed(id) {
		return out
	}
	// Other: the dictionary's bare verbs miss the news' senses ("sweeps
	// the awards" is no search, "kicks off" no negotiation)
	m := s.mention(s.otherTrigger(i, v))
	if m.Background || m.Factuality != Asserted && m.Factuality != Reported || m.Time == nil || m.ReportDated ||
		m.Basis != Explicit && m.Basis != Relative || !s.news(&m) {
		return out // dated by a time of its own: not the report's day ("his publisher announced Monday")
	}
	if !hasActor(&m, id) {
		m.Participants = append([]Participant{{ActorID: id, Role: Agent}}, m.Participants...)
	}
	m.Title, hl.titled, hl.stated = hl.title, true, true
	return append(out, m)
}

// headlineVerb reports whether the word at token i shares a lemma with the
// headline's main verb (headlineCore), a lemma of no light verb: the
// headline tells the act ("Defector walks into South Korea" over "a North
// Korean defector walked into South Korea early Sunday").
func (s *sent) headlineVerb(i int, hl *articleHead) bool {
	if !s.mayEchoHeadline(i, hl) {
		return false // the headline's parse is spared
	}
	s.headlineCore(hl)
	for _, l := range s.d.lem(s.word(i)) {
		if hl.verb[l] && !headlineLightVerbs[l] {
			return true
		}
	}
	return false
}

// echoesHeadline reports, before the sentence is parsed, whether it may
// tell the headline's act: it holds a time expression that dates events
// and a word sharing a lemma with the headline's main verb (headlineVerb).
func (s *sent) echoesHeadline(hl *articleHead) bool {
	dated := false
	for i := s.first; i < s.last && !dated; i++ {
		dated = s.d.timexAt[i] >= 0 && datesEvents(&s.d.in.Times[s.d.timexAt[i]])
	}
	if !dated {
		return false
	}
	for i := s.first; i < s.last; i++ {
		if s.headlineVerb(i, hl) {
			return true
		}
	}
	return false
}

// tellsNews reports whether a mention of out is told as done in the
// foreground: asserted or reported, not background.
func tellsNews(out []Mention) bool {
	for i := range out {
		if newsMention(&out[i]) {
			return true
		}
	}
	return false
}

// newsMention reports whether m tells news: not background, and asserted
// or reported (tellsNews, tellsLeadNews).
func newsMention(m *Mention) bool {
	return !m.Background && (m.Factuality == Asserted || m.Factuality == Reported)
}

// root returns the parse's root word, if it has one.
func (t *tree) root() (node, bool) {
	for k := range t.words {
		if t.rel(node(k)) == "root" {
			return node(k), true
		}
	}
	return noNode, false
}

// leadClause returns the verb of the sentence's main clause: the root of
// the parse when it is a verb other than a reporting one, else the verb
// of the clause a reporting root reports (its ccomp).
func (s *sent) leadClause() (node, bool) {
	tr := s.tr
	r, ok := tr.root()
	if !ok || tr.w(r).UPOS != "VERB" {
		return noNode, false
	}
	if !s.d.lemmaIn(strings.ToLower(tr.w(r).Form), s.d.lx.reporting) {
		return r, true
	}
	for _, c := range tr.kids(r, is("ccomp")) {
		if tr.w(c).UPOS == "VERB" {
			return c, true
		}
	}
	return noNode, false
}
