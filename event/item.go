package event

import (
	"slices"
	"strings"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/timex"
)

// item.go: a document of one sentence (Input.Item) is a dated news item,
// the entry a current-events digest lists under a day ("Merkel says
// Germany stands by the EU constitution", "Llanelli beat Wasps 21-13 in
// the European Cup").
// It tells one event, its main clause's, whose subject is its first actor,
// on the item's day unless a time expression says otherwise. Two rules
// make sure the item gets that event when the lexicon gives none to its
// subject:
//
//   - itemStatement: in an article "X said" frames the events it reports
//     and is no event itself, but an item says no more than that X made
//     the statement. A reporting verb that reports something
//     (reportsClause: "said that ...", "..., X told reporters",
//     "confirms outbreaks") and whose subject is an actor (not a news
//     medium) becomes a statement event of that actor.
//   - itemMainVerb: the main verb of the sentence, when no trigger of the
//     lexicon is there, becomes an event of its subject: of the type the
//     CAMEO dictionary gives the clause when one of its patterns fits,
//     else of type other (a game won, a prize given, a bill passed). Not
//     a verb of modality ("hopes to", "is going to"), nor the content of
//     a statement ("Russia stands by China, Putin said"), unless its
//     speaker's own subject names no one ("…, government sources said":
//     unnamedSpeaker), when the act is the event, reported.
//
// The subject (subjectActor) is the person named right before the verb
// when there is one, past a time expression or an apposition's comma
// ("Chinese Ambassador to Japan Wang Yi said", "its chairman, Tzahi
// Hanegbi, announced"): the person, not the country of the titles before
// the name; else the subject the text or the parse gives. A speaker that
// is a definite common noun after the clause it reports ("US prices rose,
// the government said") stands for that clause's first country or
// organization (framedSpeaker).
//
// Both rules leave out an actor some event of the sentence already has as
// its agent as real news of a day (agentOfAny), and an event told as
// planned, hypothetical or negated.

// itemConfidence is the confidence of an event read from a one-sentence
// item's main or reporting verb alone: a real act, plainly told, but one
// the trigger lexicon does not know.
const itemConfidence = 0.6

// itemStatementEntry and itemOtherEntry are the lexicon entries such
// events are made from.
var (
	itemStatementEntry = entry{Lemma: "say", POS: []string{"verb"}, Type: Statement, Confidence: itemConfidence}
	itemOtherEntry     = entry{POS: []string{"verb"}, Type: Other, Confidence: itemConfidence}
)

// itemEvents returns out with the events of the one-sentence document's
// reporting and main verbs added (see above).
func (s *sent) itemEvents(out []Mention) []Mention {
	if !s.d.in.Item {
		return s.laterStatement(s.leadStatement(s.leadMediumAct(s.leadAct(s.headlineStatement(out)))))
	}
	if len(s.d.in.Sentences) != 1 || s.tree() == nil {
		return out
	}
	out = s.itemStatement(out, s.itemSpeaker)
	return s.itemMainVerb(out)
}

// itemSpeaker returns the speaker of the reporting verb at token r in an
// item: its subject (subjectActor), else the actor a definite frame
// stands for (framedSpeaker); "" for an organization that reported a
// claim before (reportedOrg: "Israeli soldiers shot two Palestinians,
// Palestinian police said" tells the shooting, which the police only
// source).
func (s *sent) itemSpeaker(r int) string {
	id := s.subjectActor(r)
	if id == "" {
		id = s.framedSpeaker(r)
	}
	if s.reportedOrg(id) {
		return ""
	}
	return id
}

// itemStatement adds the statement of the first reporting verb that
// reports something and has an actor as its subject, the one speaker
// returns, when that actor is no news organization by its name
// (mediaNamed) nor the agent of an event of the sentence told as done. A
// verb after an adjective is a verb ("a senior Saudi official said"); one
// after an article a noun ("the report"), and one inside the clause a
// later report closing the sentence reports is what that report says
// (reportedContent).
func (s *sent) itemStatement(out []Mention, speaker func(r int) string) []Mention {
	lx := s.d.lx
	for r := s.first; r < s.last; r++ {
		w := s.word(r)
		if !s.d.lemmaIn(w, lx.reporting) || w == "according" || articles[s.word(r-1)] || s.inTrigger(r) || !s.reportsClause(r) || s.reportedContent(r, speaker) {
			continue // reportedContent: what a closing report says (closingreport.go)
		}
		id := speaker(r)
		if id == "" || s.mediaNamed(id) && !s.ownOpinion(r) || agentOfAny(out, id) { // ownOpinion: "said in an editorial" (editorial.go)
			continue
		}
		e := itemStatementEntry // a copy: the entries are read only
		if l := s.cameoLemma(r); l != "" && !s.d.hasLemma(w, "say") && !s.d.hasLemma(w, "tell") {
			e.Lemma = l // "announced", "confirmed": the verb's own, which a title keeps
		}
		t := &trigger{start: r, end: r + 1, e: &e, lemma: e.Lemma, anchor: r, recipient: -1}
		s.threatFrame(t) // "said it would resort to force if the talks failed" (threatclause.go)
		if m, ok := s.itemMention(t, id, true); ok {
			if m.Type == Statement && (m.CAMEO == "" || m.CAMEO == Statement.CAMEO()) {
				if code, ok := s.saidIntent(r, id); ok { // the cheap test first: saidIntent parses
					m.Type, m.CAMEO = ExpressIntentToCooperate, code // "said it would send aid" (saidintent.go)
				}
			}
			if co := s.coSpeakers(r, id); len(co) > 0 {
				for _, a := range co {
					m.Participants = append(m.Participants, Participant{ActorID: a, Role: Agent}) // "X and Y said" (cospeakers.go)
				}
				m.Title = s.title(t, &m)
			}
			if c, ok := s.demandedClause(r); ok && m.Type == Statement {
				m.Type, m.CAMEO = Demand, Demand.CAMEO() // "insisted that sanctions must be lifted"
				if tg := s.demandTarget(c, id); tg != "" {
					m.Participants = append(m.Participants, Participant{ActorID: tg, Role: Target}) // "said India must help"
				}
			}
			return append(out, m)
		}
		return out
	}
	return out
}

// itemMainVerb adds the event of the sentence's main verb (the root of
// the parse) when it is no trigger nor reporting verb and its subject is
// an actor, a person or a body (personNode, bodyNoun: "Japan's lower
// house passes"), not a thing an actor's name qualifies. A reporting verb
// after it makes it a statement's content and no event, unless that
// verb's subject names no one (unnamedSpeaker): then the act is the
// event, kept with its reported factuality.
func (s *sent) itemMainVerb(out []Mention) []Mention {
	tr := s.tr
	root := noNode
	for k := range tr.words {
		if tr.rel(node(k)) == "root" {
			root = node(k)
			break
		}
	}
	if root == noNode || tr.w(root).UPOS != "VERB" {
		return out
	}
	i, ok := s.plainVerb(root)
	if !ok {
		return out
	}
	sourced := false
	for _, k := range tr.kids(root, func(string) bool { return true }) {
		if k > root && tr.w(k).UPOS == "VERB" && s.d.lemmaIn(strings.ToLower(tr.w(k).Form), s.d.lx.reporting) {
			if toks := s.tokensOf(k); len(toks) != 1 || !s.unnamedSpeaker(toks[0]) {
				return out // "Russia stands by China, Putin said": the statement's content
			}
			sourced = true // "X asked Y to form a cabinet, government sources said": X's act, only sourced
		}
	}
	id := s.subjectActor(i)
	if id == "" || s.media(id) || agentOfAny(out, id) {
		return out
	}
	if !s.bodySubjects(root) {
		return out // "Hong Kong stocks went up": the actor only qualifies what acts
	}
	t := s.cameoAt(i, false)
	if t == nil {
		t = s.otherTrigger(i, root)
	}
	if sourced {
		m := s.mention(t)
		if m.Factuality != Reported {
			return out // planned, hypothetical or negated
		}
		if !hasActor(&m, id) {
			m.Participants = append([]Participant{{ActorID: id, Role: Agent}}, m.Participants...)
		}
		m.Title = s.title(t, &m)
		return append(out, m)
	}
	if m, ok := s.itemMention(t, id, false); ok {
		return append(out, m)
	}
	return out
}

// itemMention builds the mention of an item's trigger t with agent id:
// false when the sentence tells it planned, hypothetical or negated. A
// statement has its speaker alone as participant: the actors of what is
// said are no parties to the saying.
func (s *sent) itemMention(t *trigger, id string, statement bool) (Mention, bool) {
	m := s.mention(t)
	if m.Factuality != Asserted && (m.Factuality != Reported || !statement) {
		return m, false // the main verb of "Russia stands by China, Putin said" is the statement's content
	}
	m.Factuality, m.Source = Asserted, ""
	loc := m.Location
	switch {
	case statement:
		// "said the Beijing summit helped": a place of what is said is
		// no place of the saying (objectplaces.go), though the title may
		// name it
		said := m
		said.Participants = slices.Clone(m.Participants)
		s.dropObjectPlaces(t, &said)
		loc = said.Location
		m.Participants = []Participant{{ActorID: id, Role: Agent}}
	case !hasActor(&m, id):
		m.Participants = append([]Participant{{ActorID: id, Role: Agent}}, m.Participants...)
	}
	m.Title = s.title(t, &m)
	m.Location = loc
	return m, true
}

// plainVerb returns the one token of the verb v when it is an act of its
// own: no trigger, no reporting verb, no name, no cue of another act's
// modality, and no verb governing an infinitive ("is going to say",
// "hopes to meet": the event is the infinitive's, if any).
func (s *sent) plainVerb(v node) (int, bool) {
	toks := s.tokensOf(v)
	if len(toks) != 1 {
		return 0, false
	}
	i := toks[0]
	if s.inTrigger(i) || s.d.lemmaIn(s.word(i), s.d.lx.reporting) || s.d.actorAt[i] >= 0 || s.modalityCue(i) ||
		len(s.tr.kids(v, is("xcomp"))) > 0 {
		return 0, false
	}
	return i, true
}

// bodySubjects reports whether every subject of the verb v is a person or
// a body (personNode, bodyNoun), not a thing an actor's name qualifies
// ("Hong Kong stocks went up").
func (s *sent) bodySubjects(v node) bool {
	for _, c := range s.tr.kids(v, is("nsubj")) {
		if !s.personNode(c) && !bodyNoun(strings.ToLower(s.tr.w(c).Form)) {
			return false
		}
	}
	return true
}

// otherTrigger returns a trigger of type Other for the verb v at token i:
// its lemma is the dictionary's for the form (the pipeline's parse gives
// none), else its base by its inflection ("topped" → "top"), else the
// form itself.
func (s *sent) otherTrigger(i int, v node) *trigger {
	e := itemOtherEntry
	e.Lemma = s.cameoLemma(i)
	if e.Lemma == "" {
		w := s.tr.w(v)
		e.Lemma = cmpOr(guessBase(w.Form, w.XPOS), strings.ToLower(w.Form))
	}
	e.words = []string{e.Lemma}
	return &trigger{start: i, end: i + 1, e: &e, lemma: e.Lemma, anchor: i, recipient: -1}
}

// invertedSpeech are the verbs a speaker may follow after a comma or a
// quote (subjectActor: ", said spokesman Liu Jianchao"; data/words.yaml).
var invertedSpeech = wordList("inverted_speech")

// subjectActor returns the actor id of the subject of the verb at token
// i, or "": after a comma or a quote, the speaker named after a verb of
// speech (speakerAfter: "..., said the spokesman Liu Jianchao"; not
// ", citing the situation in the Palestinian territories"); else the person
// named right before the verb when there is one
// (past a time expression or an adverb: "Chinese Ambassador to Japan Wang
// Yi said", "Kofi Annan on Tuesday welcomed"), the person and not the
// country or office of the titles before the name; else the subject the
// text or the parse gives.
func (s *sent) subjectActor(i int) string {
	if s.inverted(i) {
		if id, ok := s.speakerAfter(i); ok {
			return id // "..., said Chinese Foreign Ministry spokesman Liu Jianchao"
		}
	}
	if id := s.personBefore(i); id != "" {
		return id
	}
	if s.d.lemmaIn(s.word(i), s.d.lx.reporting) && s.unnamedSpeaker(i) {
		return "" // "…, government sources said": no actor of the clause reported
	}
	if subj := s.subject(i); len(subj) > 0 {
		return s.actor(subj[0]).ActorID
	}
	if n, ok := s.treeNode(i); ok {
		if subj, passive, ok := s.treeSubject(n); ok && !passive && len(subj) > 0 {
			return s.actor(subj[0]).ActorID
		}
	}
	return ""
}

// unnamedSpeaker reports whether the parse gives the verb at token i a
// subject of its own before it ("a poll official announced", "medical
// sources and witnesses said") that is no pronoun and names no actor: the
// speaker is no one the text names, and an actor of the clause it
// reports, or of the clause the parse hangs it on, is not the speaker
// ("X asked Y to form a cabinet, government sources said": not X).
func (s *sent) unnamedSpeaker(i int) bool {
	n, ok := s.treeNode(i)
	if !ok {
		return false
	}
	subj := s.tr.kids(n, is("nsubj"))
	if len(subj) == 0 {
		return false
	}
	for _, k := range subj {
		if k > n || s.tr.w(k).UPOS == "PRON" || len(s.phraseActors(k, true)) > 0 {
			return false
		}
	}
	return true
}

// personBefore returns the person whose name ends right before token i,
// past time expressions and adverbs and the prepositions that open them,
// and past the comma closing an apposition ("its chairman, cabinet
// minister Tzahi Hanegbi, announced"), or "".
func (s *sent) personBefore(i int) string {
	comma := false
	for j := i - 1; j >= s.first; j-- {
		if s.d.timexAt[j] >= 0 || s.isAdverb(j) || prepositions[s.word(j)] && s.d.timexAt[j+1] >= 0 {
			continue
		}
		if s.word(j) == "," && j == i-1 && !comma {
			comma = true
			continue
		}
		a := s.d.actorAt[j]
		if a < 0 || s.d.in.Actors[a].Kind != actor.Person {
			return ""
		}
		return s.d.in.Actors[a].ActorID
	}
	return ""
}

// framedSpeaker returns the speaker of a reporting frame after the
// clause it reports whose subject is a definite common noun ("US inflation
// rose, the government said"; "JP Morgan's profits fell, the bank
// announced"): in a one-sentence item the noun stands for the first actor
// of the reported clause, a country or an organization. It returns ""
// for a frame of another shape or a clause with no such actor.
func (s *sent) framedSpeaker(r int) string {
	j := r - 1
	for j > s.first && s.d.timexAt[j] < 0 && s.d.actorAt[j] < 0 && isPlainWord(s.word(j)) && s.word(j-1) != "the" {
		j-- // "the Finance Ministry", "the central bank": the noun's modifiers
	}
	if j-2 < s.first || s.word(j-1) != "the" || s.word(j-2) != "," || s.d.actorAt[j] >= 0 || !isPlainWord(s.word(j)) {
		return ""
	}
	for k := s.first; k < j-2; k++ {
		a := s.d.actorAt[k]
		if a < 0 {
			continue
		}
		m := s.d.in.Actors[a]
		if m.Location || m.Kind != actor.Country && m.Kind != actor.Organization {
			continue
		}
		return m.ActorID
	}
	return ""
}

// reportsClause reports whether the parse gives the reporting verb at
// token i something it reports: a verb or a subject below it ("said that
// Russia stands by China", however the parse attaches "stands"; "says the
// target is within reach"), a noun object ("confirms bird flu outbreaks",
// not "told Kim nothing"), or a main clause it follows after a comma
// ("Russia stands by China, Putin said"); or a present -s form after a
// name that an object follows (presentAfterName), however the parse reads
// it. A word the parse reads as a noun ("staked claim to") reports
// nothing, nor does any word without a parse.
func (s *sent) reportsClause(i int) bool {
	tr, n, ok := s.treeAt(i)
	if !ok {
		return false
	}
	if s.presentAfterName(i) {
		return true // "the Ministry of Agriculture confirms bird flu outbreaks", which the tagger reads as a noun phrase
	}
	if h, ok := s.quotedHead(i); ok {
		return s.quotedReports(n, h) // "was quoted as saying" (quotedsaying.go)
	}
	if tr.w(n).UPOS != "VERB" {
		return false // "staked a claim to": a noun
	}
	for k := range tr.words {
		kn := node(k)
		h, ok := tr.head(kn)
		if kn == n || tr.w(kn).UPOS != "VERB" && (baseRel(tr.rel(kn)) != "nsubj" || h == n) {
			continue // a clause below has a verb or a subject of its own
		}
		for d := 0; ok && d < len(tr.words); d++ { // bounded: a malformed parse may hold a cycle
			if h == n {
				return true
			}
			h, ok = tr.head(h)
		}
	}
	for _, k := range tr.kids(n, is("obj")) {
		if tr.w(k).UPOS == "NOUN" && !s.d.hasLemma(s.word(i), "tell") {
			return true // the addressee is the object of "tell"
		}
	}
	h, ok := tr.head(n)
	if !ok || h > n || tr.w(h).UPOS != "VERB" && tr.rel(h) != "root" {
		return false // the head of a main clause: its verb, or the predicate of a copula ("stocks were low")
	}
	for k := h + 1; k < n; k++ {
		if tr.w(k).Form == "," {
			return true
		}
	}
	return false
}

// modalityCue reports whether the word at token i is a cue of
// factuality.go, a verb that tells the modality of another event
// ("fails", "plans", "hopes", "refuses") rather than an event.
func (s *sent) modalityCue(i int) bool {
	w := s.word(i)
	for _, l := range s.d.lem(w) {
		if negatingVerbs[l] || plannedCues[l] || hypotheticalCues[l] {
			return true
		}
	}
	return negatingVerbs[w] || plannedCues[w] || hypotheticalCues[w]
}

// ofADay reports whether m is dated by the publication or by a time
// expression of a day or finer.
func ofADay(m *Mention) bool {
	if m.Time == nil {
		return true
	}
	switch m.Time.Granularity {
	case timex.Day, timex.PartOfDay, timex.Hour, timex.Minute, timex.Second:
		return true
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

// agentOfAny reports whether one of ms, told as real news of a day
// (asserted or reported, not background, dated by the publication or to
// a day or finer), has actor id as its agent: a planned or background
// event of the actor, or one dated to a month or a year ("US wholesale
// prices jumped in November, the government reported"), is not the
// item's.
func agentOfAny(ms []Mention, id string) bool {
	for i := range ms {
		if ms[i].Background || ms[i].Factuality != Asserted && ms[i].Factuality != Reported || !ofADay(&ms[i]) {
			continue
		}
		for _, p := range ms[i].Participants {
			if p.ActorID == id && p.Role == Agent {
				return true
			}
		}
	}
	return false
}

// speakerReach is how many words after a reporting verb speakerAfter
// looks for the speaker it names.
const speakerReach = 8

// opensPhrase reports whether token j is a preposition or, in the parse,
// a word that opens a phrase or a clause ("before his visit").
func (s *sent) opensPhrase(j int) bool {
	if prepositions[s.word(j)] {
		return true
	}
	n, ok := s.treeNode(j)
	return ok && (s.tr.w(n).UPOS == "ADP" || s.tr.w(n).UPOS == "SCONJ")
}

// onlyTimeBetween reports whether the tokens between i and j are all
// "here", words of a time expression or a preposition before one ("said
// here on Tuesday in Oslo").
func (s *sent) onlyTimeBetween(i, j int) bool {
	for k := i + 1; k < j; k++ {
		if s.word(k) != "here" && s.d.timexAt[k] < 0 && !(prepositions[s.word(k)] && s.d.timexAt[k+1] >= 0) {
			return false
		}
	}
	return true
}

// speakerAfter returns the speaker named after the reporting verb at i
// in an attribution set off by a comma (", said Chinese Foreign Ministry
// spokesman Liu Jianchao here Tuesday"): the first person among the
// actors up to the clause's end or the name in apposition after it
// (", said the UN's relief chief, Andrew MacLeod"), else the first actor
// ("said the Polish foreign minister": Poland). A demonym standing alone
// after "the" is a person, the one it stands for ("said the Croatian":
// demonymSpeaker), never the state, and a clause after the noun is none
// of the speaker's (", said reports reaching here from Oslo": no Norway).
// A preposition right after the verb, past "here" and a time, opens a
// phrase of the verb, not a speaker (", Jane Roe said in Oslo"). ok is
// false when a word of the clause follows the verb at once (",
// said that ...") or no actor is there.
func (s *sent) speakerAfter(i int) (string, bool) {
	first := ""
	for j := i + 1; j < min(s.last, i+1+speakerReach); j++ {
		w := s.word(j)
		if w == "," && j+1 < s.last && s.d.actorAt[j+1] >= 0 && s.d.in.Actors[s.d.actorAt[j+1]].Kind == actor.Person {
			continue // the name in apposition: ", said the UN's relief chief, Andrew MacLeod"
		}
		if w == "," || w == "." || w == ";" || w == "that" || s.opensPhrase(j) && (j+1 >= s.last || s.d.timexAt[j+1] < 0) && s.onlyTimeBetween(i, j) {
			break // a phrase of the verb's first: "..., Jane Roe, head of the agency, said in Oslo"
		}
		a := s.d.actorAt[j]
		if a < 0 {
			if n, ok := s.treeNode(j); ok && s.tr.w(n).UPOS == "VERB" && s.tr.rel(n) != "amod" {
				break // a clause of the noun after the verb: "reports reaching here from Oslo"
			}
			continue
		}
		m := s.d.in.Actors[a]
		if p := (np{start: j, end: j + 1, actor: a}); s.demonymSpeaker(p) {
			if pm, ok := s.resolveDemonym(p, nil); ok {
				return pm.ActorID, true
			}
			return "", false
		}
		if m.Kind == actor.Person {
			return m.ActorID, true
		}
		if first == "" {
			first = m.ActorID
		}
	}
	return first, first != ""
}
