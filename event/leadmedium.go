package event

import (
	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/token"
)

// leadmedium.go: a lead that tells no event the lexicon knows and whose
// act only a news medium or an unnamed source reports, closing it
// ("the Ruritanian army has set up a border unit, the state news
// agency reported Tuesday", "a village council has banned fireworks,
// press reports said Monday"), tells its news in the clause reported: no
// one the text names makes a statement (the lead statement leaves media
// out), and the headline need not echo the act (leadAct). The act is its
// main clause's, done by the actor its subject names, typed as the CAMEO
// dictionary types its clause, else Other; told in the present perfect it
// lies before the report, bounded by the publication (reportBoundAct);
// told in the simple past it may be of any day before the report, and is
// left out.

// leadMediumAct adds the act of the lead's main clause when the lead, the
// article's first sentence, tells no news (tellsNews) and the clause is
// reported by a verb whose speaker is a news medium (media) or no one
// the text names, closing the sentence (mediumReports). The
// clause's verb is a plain verb of its own (plainVerb), a past participle
// told in the present perfect (reportBoundAct); active, its
// subjects are persons or bodies (bodySubjects) and the first names an
// actor that is no medium and no place; passive, it is a person's or a
// body's, or done by one named after "by" (leadPassive).
func (s *sent) leadMediumAct(out []Mention) []Mention {
	if s.index != 0 || s.d.in.Item || tellsNews(out) || !s.mayCloseOnReport() || s.tree() == nil {
		return out // mayCloseOnReport first: a lead not closed by a report is not parsed
	}
	if s.articleHead().stated {
		return out
	}
	v, ok := s.leadClause()
	if !ok {
		return out
	}
	if !s.mediumReports(v) {
		return out
	}
	i, ok := s.plainVerb(v)
	if !ok || s.tr.w(v).XPOS != "VBN" {
		return out // "is looking into", "has been missing": a state or a course under way, no act done
	}
	if s.tr.hasDepWord(v, is("advmod", "obl"), func(f, _ string) bool { return tallyHeads[f] }) {
		return out // "has launched six satellites so far": a tally, no act of a day
	}
	passive := len(s.tr.kids(v, is("nsubj"))) == 0
	if passive && !s.leadPassive(v) || !passive && !s.bodySubjects(v) {
		return out
	}
	id := s.subjectActor(i)
	if passive {
		id = s.leadPassiveActor(v)
	}
	if id == "" || s.media(id) || !passive && s.kindOf(id) == actor.Place {
		return out
	}
	t := s.cameoAt(i, false)
	if t == nil {
		t = s.otherTrigger(i, v)
	}
	m := s.mention(t)
	if m.Background || m.Factuality != Asserted && m.Factuality != Reported {
		return out
	}
	if !s.reportBoundAct(v) {
		return out // "set up a unit, the agency reported Tuesday": on any day before the report
	}
	// "has set up a unit, the agency reported Tuesday": done before the
	// report, how long before the text does not say
	m.Time, m.ReportDated, m.Basis = nil, false, PublicationBound
	if passive {
		if m.Participants = s.leadPassiveParts(v, m.Participants); len(m.Participants) == 0 {
			return out
		}
	} else if !hasActor(&m, id) {
		m.Participants = append([]Participant{{ActorID: id, Role: Agent}}, m.Participants...)
	}
	m.Title = s.title(t, &m)
	return append(out, m)
}

// mediumReports reports whether the lead's clause v is closed by a
// report ("..., the state news agency reported Tuesday."): the
// sentence's last reporting verb follows a comma after v and a time
// expression closes the sentence after it (closingDay), or the verb
// closes it itself (closingVerb: "..., state media reported."), and its speaker,
// the words between that comma and the verb, is a news medium (a word of
// media_words or wire_services, or an actor that is one) or names no
// actor and is no pronoun ("press reports said Monday", "a monitoring
// group reported Monday"): no one the text names vouches for the act.
func (s *sent) mediumReports(v node) bool {
	vt := s.tokensOf(v)
	if len(vt) == 0 {
		return false
	}
	r := s.last - 1
	for r > vt[0] && (!s.d.lemmaIn(s.word(r), s.d.lx.reporting) || s.word(r) == "according") {
		r--
	}
	c := r - 1
	for c > vt[0] && s.word(c) != "," {
		c--
	}
	if c <= vt[0] || c == r-1 || !s.closingDay(r) && !s.closingVerb(r) {
		return false
	}
	named := false
	for j := c + 1; j < r; j++ {
		w := s.word(j)
		if mediaWords[w] || wireServices[w] {
			return true
		}
		if a := s.d.actorAt[j]; a >= 0 {
			if s.media(s.d.in.Actors[a].ActorID) {
				return true
			}
			named = true
		}
		if s.tok(j).Kind == token.Word && pronouns[w] {
			named = true
		}
	}
	return !named
}

// closingVerb reports whether the verb at token r ends the sentence, only
// punctuation after it ("..., state media reported."): a report of the
// day of publication.
func (s *sent) closingVerb(r int) bool {
	for i := r + 1; i < s.last; i++ {
		if s.tok(i).Kind == token.Word {
			return false
		}
	}
	return true
}

// tallyHeads head the adverbials that make a present perfect a tally
// summed up to now ("so far", "to date"), no act, and the time after one
// a tally's span (tallySpan, dating.go; data/words.yaml).
var tallyHeads = wordList("tally_heads")

// mayCloseOnReport reports, before the sentence is parsed, whether it may
// be a lead mediumReports takes: a form of "have" (the present perfect)
// before a comma, and a reporting verb after them with no word after it
// but a time expression or a preposition.
func (s *sent) mayCloseOnReport() bool {
	r := s.last - 1
	for r > s.first && (s.tok(r).Kind != token.Word || s.d.timexAt[r] >= 0 || prepositions[s.word(r)]) {
		r--
	}
	if !s.d.lemmaIn(s.word(r), s.d.lx.reporting) {
		return false
	}
	comma, have := false, false
	for j := s.first; j < r; j++ {
		comma = comma || have && s.word(j) == ","
		have = have || presentPerfectAuxiliaries[s.word(j)]
	}
	return comma
}
