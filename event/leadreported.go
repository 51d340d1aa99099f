package event

import (
	"strings"

	"github.com/chronograph-news/chronograph/actor"
)

// leadreported.go: a lead's statement that only sources an act. The lead
// statement (leadstatement.go) makes "X said" an event when the lead
// tells no other news: an opinion, a state or an intention said is the
// news. When the clause it reports tells an act done ("Tomen said it had
// bought a stake", "Gujral staked claim to form the government, a party
// leader said"), that act is the news and the saying only its source: the
// act is the lead's event, typed as the CAMEO dictionary types its clause
// (else Other), done by the actor its subject names, or by the speaker
// when the subject is a pronoun of the speaker's ("said it had"). An act
// of a thing ("the death toll rose, sources said", "explosives were
// detonated, police said") is no statement of the speaker's either: when
// the sentence already has an event (a background one: "in Sunday's
// blast"), the statement, which only sources it, is left out. The act
// with no time of its own takes the saying's day when told in the simple
// past ("said Thursday it bought"); told in the perfect ("said Thursday
// it had bought") it lies before the saying, how long before the text
// does not say, and is bounded by the publication (perfectAct).

// reportedAct returns the verb of the clause the reporting verb at token r
// reports, when that clause tells an act done (doneAct): its clausal
// complement ("said it had withdrawn"; or a clause with a subject the parse
// hangs on the day after the verb: "said Thursday it had bought"), or the main clause a verb after it
// reports ("X clashed Sunday, witnesses said": the parse hangs the
// reporting verb on a verb of that clause).
func (s *sent) reportedAct(r int) (node, bool) {
	tr, n, ok := s.treeAt(r)
	if !ok {
		return noNode, false
	}
	if c := tr.kids(n, is("ccomp")); len(c) > 0 {
		return c[0], s.doneAct(c[0])
	}
	for _, t := range tr.kids(n, func(string) bool { return true }) {
		toks := s.tokensOf(t)
		if t < n || len(toks) == 0 || s.d.timexAt[toks[0]] < 0 {
			continue
		}
		// the parse's misreading of "said Thursday it had bought": the
		// clause hung on the day after the verb
		for _, c := range tr.kids(t, func(string) bool { return true }) {
			if tr.w(c).UPOS == "VERB" && len(tr.kids(c, is("nsubj", "nsubj:pass"))) > 0 {
				return c, s.doneAct(c)
			}
		}
	}
	if tr.rel(n) == "root" {
		return noNode, false
	}
	for k := range tr.words {
		if v := node(k); tr.rel(v) == "root" && v < n {
			return v, s.doneAct(v)
		}
	}
	return noNode, false
}

// doneAct reports whether the verb v tells an act done: a verb of one
// word, no reporting verb, no name, no cue of another act's modality, no
// infinitive it governs (as plainVerb, but a trigger may be one), in the simple past ("rose",
// "docked"), the past perfect ("had bought") or the past passive ("was
// suspended"); no modal or future auxiliary, no negation; not a verb of a
// state, of the mind or of a stance (stative, experience, experiencers,
// attitudeVerbs, or one whose complement tells an act not done: "stood
// by", "had", "suffered", "respected", "believed", "wanted"): the simple
// past of reported speech tells them held at the time of speaking. The
// present perfect is left out: "has made efforts", "has marked a
// landmark" are claims, seldom one act of a day.
func (s *sent) doneAct(v node) bool {
	tr := s.tr
	w := tr.w(v)
	if w.UPOS != "VERB" {
		return false // a copula or an adjective: "is very ill", "was not responsible"
	}
	toks := s.tokensOf(v)
	if len(toks) != 1 {
		return false
	}
	i := toks[0]
	if s.d.lemmaIn(s.word(i), s.d.lx.reporting) || s.d.actorAt[i] >= 0 || s.modalityCue(i) || len(tr.kids(v, is("xcomp"))) > 0 {
		return false
	}
	if tr.lemmaIn(v, theModality.stative) || tr.lemmaIn(v, theModality.experience) || tr.lemmaIn(v, experiencers) ||
		tr.lemmaIn(v, attitudeVerbs) {
		return false // "said it respected the decision": the past of reported speech, a stance held now
	}
	for _, l := range tr.lemmas(v) {
		if _, ok := theModality.complement[l]; ok {
			return false
		}
	}
	for _, k := range tr.kids(v, is("advmod", "neg")) {
		if theModality.negators[strings.ToLower(tr.w(k).Form)] {
			return false
		}
	}
	past := w.XPOS == "VBD"
	for _, a := range tr.kids(v, is("aux", "aux:pass")) {
		f := strings.ToLower(tr.w(a).Form)
		switch {
		case futureAuxiliaries[f] || f == "to":
			return false
		case f == "had" || f == "was" || f == "were":
			past = past || w.XPOS == "VBN"
		case f == "has" || f == "have":
			if tr.rel(a) == "aux" && len(tr.kids(v, is("aux:pass"))) == 0 {
				return false // the present perfect active: a claim ("has made efforts")
			}
		}
	}
	return past
}

// reportedInstead returns out with the lead's statement out[n], made by
// the reporting verb at token r, replaced by the act the clause it
// reports tells (see above), or left out when that act is a thing's and
// the sentence has an event before it; else out as it is.
func (s *sent) reportedInstead(out []Mention, n, r int) []Mention {
	v, ok := s.reportedAct(r)
	if !ok {
		return out
	}
	tr := s.tr
	i := s.tokensOf(v)[0]
	subj := tr.kids(v, is("nsubj"))
	if len(subj) == 0 {
		if len(tr.kids(v, is("nsubj:pass"))) > 0 && n > 0 {
			return out[:n] // "explosives were detonated near a vehicle, police said": the sentence's event is sourced
		}
		return out
	}
	speaker := out[n].Participants[0].ActorID
	id := ""
	switch sw := tr.w(subj[0]); {
	case sw.UPOS == "PRON":
		_, rn, ok := s.treeAt(r)
		if !ok || !s.speakerPronoun(strings.ToLower(sw.Form), rn, speaker, map[string]bool{speaker: true}) {
			return out // a person's "it", a body's "he", a "they" of others
		}
		id = speaker // "Toyota said it had withdrawn", "the ministry said they had arrested"
	case (s.personNode(subj[0]) || bodyNoun(strings.ToLower(sw.Form))) && s.kindOf(s.subjectActor(i)) != actor.Place:
		id = s.subjectActor(i)
	default: // a thing, a place
		if n > 0 {
			return out[:n] // "the death toll rose in Sunday's blast, sources said"
		}
		return out
	}
	if id == "" || s.mediaNamed(id) {
		return out
	}
	t := s.triggerAt(i) // one the sentence left out for want of an agent ("said it had bought a stake")
	if t == nil {
		t = s.cameoAt(i, false)
	}
	if t == nil {
		t = s.otherTrigger(i, v)
	}
	m := s.mention(t)
	if m.Factuality != Asserted && m.Factuality != Reported {
		return out
	}
	// the lead's news, though the parse may hang it as a relative clause
	// ("said Thursday it had bought") or read its past perfect as background
	m.Background = false
	switch st := &out[n]; {
	case m.Time != nil:
	case s.perfectAct(v):
		// "said Friday it had sold 20 tonnes of gold": done before the
		// saying, how long before the text does not say
		m.Basis = PublicationBound
	case st.Time != nil:
		m.Time, m.Basis, m.ReportDated = st.Time, st.Basis, true // "said Thursday it bought": on that day or a little before
	}
	if !hasActor(&m, id) {
		m.Participants = append([]Participant{{ActorID: id, Role: Agent}}, m.Participants...)
	}
	m.Title = s.title(t, &m)
	out[n] = m
	return out
}

// perfectAct reports whether the reported act v is told in the perfect
// ("had bought", "had been arrested").
func (s *sent) perfectAct(v node) bool {
	for _, a := range s.tr.kids(v, is("aux")) {
		if s.tr.isLemma(a, "have") {
			return true
		}
	}
	return false
}

// attitudeVerbs are verbs of a stance or a state of mind, which the past
// of reported speech tells held when spoken ("said it respected the
// decision", "learned with distress of the ordination"), not done
// (data/words.yaml).
var attitudeVerbs = wordList("attitude_verbs")
