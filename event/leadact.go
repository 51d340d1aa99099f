package event

import (
	"strings"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/timex"
)

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
// actor (subjectActor), or, for a passive, the one after "by" or its
// passive subject names a person or a body (leadPassive: "the coach was
// fined on Saturday", the coach its target); a time expression of its own
// dates it, not the day of the report, near the publication (news) — or,
// told in the present perfect, it is bound by the publication
// (reportBoundAct: "has disowned the remarks, newspapers reported
// Friday"); it is told as done; and the article's headline tells it
// (headlineVerb), whose words title it. A verb of onset's act is the act
// of the verb it takes ("started on Friday to recruit volunteers":
// onsetAct), dated by the onset's day. Its type is Other: the lexicon
// knows no sense of its verb.
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
	act, onset := s.onsetAct(v)
	i, ok := s.plainVerb(act)
	if !ok {
		return out
	}
	passive := len(s.tr.kids(v, is("nsubj"))) == 0
	if passive && (onset || !s.leadPassive(v)) || !s.bodySubjects(v) {
		return out // a clause with no subject of its own; "oil prices were steady"
	}
	vt := s.tokensOf(v)
	if len(vt) == 0 {
		return out // (a tree word no token holds)
	}
	vi := vt[0]
	if !s.headlineVerb(i, hl) && (!onset || !s.headlineVerb(vi, hl)) {
		return out
	}
	id := s.subjectActor(vi)
	if passive {
		id = s.leadPassiveActor(v)
	}
	if id == "" || s.mediaNamed(id) || passive && s.kindOf(id) == actor.Place {
		return out
	}
	// Other: the dictionary's bare verbs miss the news' senses ("sweeps
	// the awards" is no search, "kicks off" no negotiation)
	m := s.mention(s.otherTrigger(i, act))
	if onset && m.Time == nil {
		m.Time, m.Basis = s.onsetTime(vi, v)
	}
	if m.Background || m.Factuality != Asserted && m.Factuality != Reported {
		return out
	}
	if m.Time == nil || m.ReportDated {
		// "has disowned the charges, newspapers reported Friday": the
		// headline makes the act the news, done before the report; how
		// long before the text does not say
		if !s.reportBoundAct(v) || s.kindOf(id) == actor.Place {
			return out // dated by a time of its own, else none: not the report's day ("his publisher announced Monday")
		}
		m.Time, m.ReportDated, m.Basis = nil, false, PublicationBound
	} else if m.Basis != Explicit && m.Basis != Relative || !s.news(&m) {
		return out
	}
	if passive {
		if m.Participants = s.leadPassiveParts(v, m.Participants); len(m.Participants) == 0 {
			return out
		}
	} else if !hasActor(&m, id) {
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

// leadPassive reports whether the verb v, with no active subject, is a
// passive of a person or a body ("the coach was fined on Saturday"), or
// of anything when an agent follows "by" ("the mass celebrated Sunday by
// the Pope"): the lead tells the act done to it.
func (s *sent) leadPassive(v node) bool {
	subj := s.tr.kids(v, is("nsubj:pass"))
	if len(subj) == 0 || len(s.tr.kids(v, is("aux:pass"))) == 0 {
		return false
	}
	for _, c := range s.tr.kids(v, is("obl:agent", "obl")) {
		if s.byAgent(c) {
			return true
		}
	}
	return s.personNode(subj[0]) || bodyNoun(strings.ToLower(s.tr.w(subj[0]).Form))
}

// leadPassiveActor returns the actor of the lead's passive verb v: the
// one after "by" ("was fined by the league"), else the one its passive
// subject names ("the coach was fined"), or "".
func (s *sent) leadPassiveActor(v node) string {
	for _, c := range s.tr.kids(v, is("obl:agent", "obl", "nsubj:pass")) {
		if id := s.phraseActor(c); id != "" && (s.tr.rel(c) == "nsubj:pass" || s.byAgent(c)) {
			return id
		}
	}
	return ""
}

// byAgent reports whether the oblique c of a passive is its doer: the
// parse's agent, or an oblique "by" marks ("was fined on Monday by the
// league").
func (s *sent) byAgent(c node) bool {
	return s.tr.rel(c) == "obl:agent" || s.tr.caseWord(c) == "by"
}

// leadPassiveParts returns the participants of the lead's passive verb v:
// the doer after "by" as agent, the one its passive subject names as
// target ("the coach was fined by the league": the coach the target),
// and the places of ps; not the actors of the clauses hung on it ("for
// criticising the referee").
func (s *sent) leadPassiveParts(v node, ps []Participant) []Participant {
	var out []Participant
	for _, c := range s.tr.kids(v, is("obl:agent", "obl", "nsubj:pass")) {
		id, role := s.phraseActor(c), Target
		if s.tr.rel(c) == "nsubj:pass" && c != s.lastPassiveSubject(v) {
			continue // a misparse giving the verb two subjects: the one nearest it
		}
		if s.tr.rel(c) != "nsubj:pass" {
			if !s.byAgent(c) {
				continue
			}
			role = Agent
		}
		if id != "" && !hasParticipant(out, id) && !s.mediaNamed(id) && s.kindOf(id) != actor.Place {
			out = append(out, Participant{ActorID: id, Role: role})
		}
	}
	for _, p := range ps {
		if p.Role == Location && !hasParticipant(out, p.ActorID) {
			out = append(out, p)
		}
	}
	return out
}

// lastPassiveSubject returns the last passive subject of the verb v.
func (s *sent) lastPassiveSubject(v node) node {
	subj := s.tr.kids(v, is("nsubj:pass"))
	if len(subj) == 0 {
		return noNode
	}
	return subj[len(subj)-1]
}

// hasParticipant reports whether ps names the actor id.
func hasParticipant(ps []Participant, id string) bool {
	for _, p := range ps {
		if p.ActorID == id {
			return true
		}
	}
	return false
}

// phraseActor returns the actor the noun phrase headed by n names: its
// head's, else that of a name hung on it ("coach Carl Mabbott": the parse
// heads the phrase by the title), or "".
func (s *sent) phraseActor(n node) string {
	if id := s.nodeActor(n); id != "" {
		return id
	}
	for _, k := range s.tr.kids(n, is("flat", "appos")) {
		if id := s.nodeActor(k); id != "" {
			return id
		}
	}
	return ""
}

// reportBoundAct reports whether the lead's act v, with no time of its
// own (or dated only by the day of the verb reporting it), is told in the
// present perfect ("has disowned the remarks, newspapers reported
// Friday"): done before the publication, the headline making it the news.
// A simple past under a report ("celebrated, her office announced
// Monday") may tell an act of any day before. Not a state, a stance or a
// view restated ("have stressed the need"), which the lead statement
// tells.
func (s *sent) reportBoundAct(v node) bool {
	tr := s.tr
	if tr.lemmaIn(v, theModality.stative) || tr.lemmaIn(v, theModality.experience) || tr.lemmaIn(v, experiencers) ||
		tr.lemmaIn(v, attitudeVerbs) || leadAffirmations[strings.ToLower(tr.w(v).Form)] {
		return false
	}
	for _, a := range tr.kids(v, is("aux")) {
		if tr.isLemma(a, "have") {
			return true
		}
	}
	return false
}

// onsetVerbs begin an act the verb they take as open complement tells
// (data/words.yaml).
var onsetVerbs = wordList("onset_verbs")

// onsetAct returns the act the lead's verb v begins ("started on Thursday
// to recruit volunteers", "has begun monitoring the outbreak": recruit,
// monitor) and true, else v and false: the act is the news, begun on the
// day the clause gives.
func (s *sent) onsetAct(v node) (node, bool) {
	if !s.tr.lemmaIn(v, onsetVerbs) {
		return v, false
	}
	for _, x := range s.tr.kids(v, is("xcomp")) {
		if s.tr.w(x).UPOS == "VERB" {
			return x, true
		}
	}
	return v, false
}

// onsetTime returns the time and basis a mention of the onset verb v at
// token vi gets (onsetAct): the day the act began.
func (s *sent) onsetTime(vi int, v node) (*timex.Timex, Basis) {
	m := s.mention(s.otherTrigger(vi, v))
	return m.Time, m.Basis
}
