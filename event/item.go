package event

// item.go: a document of one sentence is a dated news item, the entry a
// current-events digest lists under a day ("Merkel says Germany stands by
// the EU constitution", "Spokesman Liu Jianchao told a press conference
// on Tuesday that ..."). Its main clause is its event even when that
// clause only reports: in an article "X said" frames the events it
// reports and is no event itself, but an item says no more than that X
// made the statement, on the item's day. So in a one-sentence document a
// reporting verb that reports a clause (reportsClause: "said that ...",
// "..., X told reporters") and whose subject is an actor (not a news
// medium) becomes a statement event of that actor, unless an event of the
// sentence already has the actor as its agent. A statement planned,
// hypothetical or negated stays out, as any such event does.

// itemStatementConfidence is the confidence of a statement read from a
// one-sentence item's reporting verb: a real act, plainly told, but the
// weakest kind of event.
const itemStatementConfidence = 0.6

// itemStatementEntry is the lexicon entry such a statement is made from.
var itemStatementEntry = entry{Lemma: "say", POS: []string{"verb"}, Type: Statement, Confidence: itemStatementConfidence}

// itemStatement returns out with the statement of the one-sentence
// document's reporting verb added (see above), or out unchanged.
func (s *sent) itemStatement(out []Mention) []Mention {
	if len(s.d.in.Sentences) != 1 {
		return out
	}
	lx := s.d.lx
	for r := s.first; r < s.last; r++ {
		w := s.word(r)
		if !s.d.lemmaIn(w, lx.reporting) || w == "according" || determiners[s.word(r-1)] || s.inTrigger(r) || !s.reportsClause(r) {
			continue
		}
		subj := s.subject(r)
		if len(subj) == 0 {
			continue
		}
		id := s.actor(subj[0]).ActorID
		if id == "" || s.media(id) || agentOfAny(out, id) {
			continue
		}
		t := &trigger{start: r, end: r + 1, e: &itemStatementEntry, lemma: itemStatementEntry.Lemma, anchor: r, recipient: -1}
		m := s.mention(t)
		if m.Factuality != Asserted && m.Factuality != Reported {
			return out
		}
		// the speaker alone: the actors of what is said are no parties
		// to the saying
		m.Factuality, m.Source = Asserted, ""
		m.Participants = []Participant{{ActorID: id, Role: Agent}}
		m.Title = s.title(t, &m)
		return append(out, m)
	}
	return out
}

// reportsClause reports whether the parse gives the reporting verb at
// token i a clause it reports: a verb or a subject below it ("said that
// Russia stands by China", however the parse attaches "stands"; "says the
// target is within reach"), or a main clause it
// follows after a comma ("Russia stands by China, Putin said"). "Putin
// told Kim nothing" reports none. Without a parse it reports false.
func (s *sent) reportsClause(i int) bool {
	tr, n, ok := s.treeAt(i)
	if !ok {
		return false
	}
	for k := range tr.words {
		if k == int(n) || tr.w(node(k)).UPOS != "VERB" && baseRel(tr.rel(node(k))) != "nsubj" {
			continue // a clause below has a verb or a subject of its own
		}
		h, ok := tr.head(node(k))
		for d := 0; ok && d < len(tr.words); d++ { // bounded: a malformed parse may hold a cycle
			if h == n {
				return true
			}
			h, ok = tr.head(h)
		}
	}
	h, ok := tr.head(n)
	if !ok || h > n || tr.w(h).UPOS != "VERB" {
		return false
	}
	for k := h + 1; k < n; k++ {
		if tr.w(k).Form == "," {
			return true
		}
	}
	return false
}

// inTrigger reports whether token i lies in one of the sentence's triggers.
func (s *sent) inTrigger(i int) bool {
	for _, t := range s.triggers {
		if i >= t.start && i < t.end {
			return true
		}
	}
	return false
}

// agentOfAny reports whether one of ms has actor id as its agent.
func agentOfAny(ms []Mention, id string) bool {
	for i := range ms {
		for _, p := range ms[i].Participants {
			if p.ActorID == id && p.Role == Agent {
				return true
			}
		}
	}
	return false
}
