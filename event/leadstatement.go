package event

import (
	"slices"
	"strings"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/timex"
	"github.com/chronograph-news/chronograph/token"
)

// leadstatement.go: a lead that tells no other news makes its statement an
// event when the speaker its subject names speaks on a day it gives
// ("Prodi said Saturday he was concerned over the tensions"): the
// opinion, state or intention said is the article's news.

// stateSpeakers are the nouns of a state's offices a country before them
// stands for (leadSpeaker: "French authorities said"; stateVoice in
// individual.go: "a French diplomat warned"; data/words.yaml).
var stateSpeakers = wordList("state_speakers")

// leadStatement makes the statement of an article's lead an event when
// the lead tells no other news: no mention of the sentence is told as
// done (asserted or reported, not background), and its speaker, an actor,
// speaks on a day the text gives ("Prodi said Saturday he was concerned
// over the tensions", "the minister said Friday the army would stay"). A
// statement of an opinion, a state or an intention is itself the news;
// one that frames an event the lead tells ("police said a bomb killed
// five") is only that event's source. The headline titles the statement
// when it names the speaker (headlineNames), as the lead's event.
func (s *sent) leadStatement(out []Mention) []Mention {
	if s.index >= headlineLead {
		return out
	}
	hl := s.articleHead()
	if !s.speaks() {
		// no verb of speech: every mention told as done is the lead's news
		hl.told = hl.told || s.index == 0 && slices.ContainsFunc(out, func(m Mention) bool { return newsMention(&m) })
		return out
	}
	if hl.stated || s.tree() == nil {
		return out
	}
	if s.tellsLeadNews(out) {
		hl.told = hl.told || s.index == 0
		return out
	}
	n := len(out)
	// "said at the start of a visit to Oslo that": the speaker's visit,
	// the speech's setting, keeps no statement from the lead
	kept := s.beyondSpeech(out)
	if st := s.itemStatement(kept, s.leadSpeaker); len(st) > len(kept) {
		out = append(out, st[len(kept):]...)
	}
	if len(out) == n {
		out = s.leadVerbalAct(out)
	}
	if len(out) == n {
		return out
	}
	m := &out[n]
	byPublication := false
	if !s.speechVerb(m.Trigger, m.Start) && leadActCode(strings.ToLower(m.Trigger)) == "" {
		return out[:n]
	}
	var occasion *timex.Timex
	undated := false
	if !s.spokenOn(m.Start) {
		if occasion = s.occasionDay(m.Start); occasion == nil {
			if byPublication = s.spokenByPublication(m.Start); !byPublication {
				if !s.undatedSaying(m, hl) {
					return out[:n]
				}
				undated = true
			}
		}
	}
	saying := m.Start
	if leadActCode(strings.ToLower(m.Trigger)) == "" {
		out = s.reportedInstead(out, n, s.tokenStarting(m.Start)) // "said it had bought a stake" (leadreported.go)
	}
	hl.stated = true
	if len(out) == n {
		return out // the statement only sourced the sentence's event
	}
	m = &out[n]
	if undated && m.Start == saying {
		// "…, said Jane Roe": said by the day of publication, on a day the
		// text does not give; a time of the clause it reports is not the saying's
		m.Time, m.Basis = nil, PublicationBound
	}
	if byPublication && m.Type == Statement {
		m.Time, m.Basis = nil, Publication // "has said": by the day of publication
	}
	if occasion != nil && m.Type == Statement {
		m.dateByOccasion(occasion)
	}
	if hl.title != "" && !hl.titled && !hl.planned && s.headlineNames(m.Participants[0].ActorID) {
		// the journalist's summary of what the speaker said ("UN worried
		// about hindrance of quake relief by winter")
		m.Title, hl.titled = hl.title, true
	}
	return out
}

// undatedSaying reports whether the lead's statement m, whose verb has no
// day of its own, is news all the same, said by the day of publication
// on a day the text does not give ("China will step up its aid, said Jane
// Roe, head of the agency"): a verb of leadSpeech (not a verbal act,
// whose "denied access to" or "admitted to the hospital" a day tells
// apart as said), outside a quotation (another speaker's words), and in
// the article's first sentence or in the one after it when the first
// told no news of its own (hl.told): there a saying with no day only adds
// its words to the lead's news.
func (s *sent) undatedSaying(m *Mention, hl *articleHead) bool {
	return s.speechVerb(m.Trigger, m.Start) && !s.inQuotation(s.tokenStarting(m.Start)) && (s.index == 0 || !hl.told)
}

// tellsLeadNews is tellsNews for the lead's statement: a mention whose
// trigger lies deep in a noun phrase of the main verb, a verb of
// leadSpeech, is no news of the lead's own but a detail of what is
// announced or of the speech's setting ("announced three days of mourning for the victims of a mine
// blast", "announced a fund for families hit by the floods"): the
// announcement is the news. The object's head itself is ("announced the
// arrest of two men", "announced her retirement": the arrest or the
// retirement is told). Nor is a participle telling who the speaker is
// (speakerModifier: "Visiting Prime Minister Jane Roe said").
func (s *sent) tellsLeadNews(out []Mention) bool {
	for i := range out {
		m := &out[i]
		if newsMention(m) && !s.inSpeechObject(m.Start) && !s.speakerModifier(m.Start) {
			return true
		}
	}
	return false
}

// speakerModifier reports whether the token starting at byte offset start
// is a participle modifying the subject of the parse's root, a verb of
// leadSpeech ("Visiting Prime Minister Jane Roe said on Tuesday"): who
// the speaker is, under way, not the lead's news.
func (s *sent) speakerModifier(start int) bool {
	tr, n, ok := s.treeAt(s.tokenStarting(start))
	if !ok || tr.rel(n) != "amod" || tr.w(n).XPOS != "VBG" {
		return false
	}
	r, ok := tr.root()
	if !ok || tr.w(r).UPOS != "VERB" || !leadSpeech[strings.ToLower(tr.w(r).Form)] {
		return false
	}
	for _, c := range tr.kids(r, is("nsubj")) {
		if inSubtree(tr.words, int(n), int(c)) {
			return true
		}
	}
	return false
}

// inSpeechObject reports whether the token starting at byte offset start
// lies below the head of a noun phrase the parse's root, a verb of
// leadSpeech, governs: its object, or an oblique, where the parse may
// hang the object's modifiers ("announced three days of mourning for the
// victims of": "for the victims" read as the verb's) and where a
// circumstance of the speech lies ("said at the start of a visit to
// Oslo that") (see tellsLeadNews).
func (s *sent) inSpeechObject(start int) bool {
	tr, n, ok := s.treeAt(s.tokenStarting(start))
	if !ok {
		return false
	}
	r, ok := tr.root()
	if !ok || tr.w(r).UPOS != "VERB" || !leadSpeech[strings.ToLower(tr.w(r).Form)] {
		return false
	}
	for _, o := range tr.kids(r, func(rel string) bool { return baseRel(rel) == "obj" || baseRel(rel) == "obl" }) {
		if n != o && inSubtree(tr.words, int(n), int(o)) {
			return true
		}
	}
	return false
}

// beyondSpeech returns, in a new slice, the mentions of ms that are no
// detail of a noun phrase the lead's speech verb governs (inSpeechObject):
// the speaker's own act there ("said at the start of a visit to Oslo
// that") is the speech's setting and leaves the saying the lead's news
// (itemStatement passes over a speaker who is the agent of a mention it is
// given).
func (s *sent) beyondSpeech(ms []Mention) []Mention {
	out := make([]Mention, 0, len(ms))
	for i := range ms {
		if !s.inSpeechObject(ms[i].Start) {
			out = append(out, ms[i])
		}
	}
	return out
}

// speaks reports whether the sentence holds a verb of leadSpeech or of
// the lead's verbal acts (leadActCode), before it is parsed for one: a
// lead sentence with no trigger and no such verb is not parsed.
func (s *sent) speaks() bool {
	for i := s.first; i < s.last; i++ {
		if leadSpeech[s.word(i)] || leadActCode(s.word(i)) != "" {
			return true
		}
	}
	return s.quotedSaying() // "was quoted as saying" (quotedsaying.go)
}

// leadAdmissions and leadAffirmations are the verb forms of the lead's
// verbal acts that no lexicon entry takes in general, as they are told in
// passing as often as done (data/words.yaml): an admission (CAMEO 015,
// acknowledge or claim responsibility: "admitted Friday he had made
// donations to the party") and a position restated, stressed or a report
// denied (010: "reiterated on Tuesday his country's position that",
// "reaffirmed their commitment to", "denied Thursday that its envoy had
// defected").
var (
	leadAdmissions   = wordList("lead_admissions")
	leadAffirmations = wordList("lead_affirmations")
)

// saysWhat reports whether the verb n has what it admits or restates: an
// object, a complement clause, or a clause the parse hangs on it as
// adverbial marked "that" ("admitted Sunday that he had erred") or as
// adverbial or conjunct with a subject and neither mark nor conjunction
// ("admitted Sunday he had erred"; not "admitted the charge and he was
// jailed").
func (s *sent) saysWhat(n node) bool {
	tr := s.tr
	if len(tr.kids(n, is("ccomp", "obj", "xcomp"))) > 0 {
		return true
	}
	for _, k := range tr.kids(n, is("advcl", "conj")) {
		if tr.rel(k) == "advcl" && hasMark(tr, k, "that") {
			return true
		}
		if len(tr.kids(k, is("mark", "cc"))) == 0 && len(tr.kids(k, is("nsubj"))) > 0 {
			return true // a clause with a subject, no mark and no conjunction, the parse's misreading of "admitted Friday he had"
		}
	}
	return false
}

// leadActCode returns the CAMEO code of the lead's verbal act the verb
// form w tells, or "" for none.
func leadActCode(w string) string {
	switch {
	case leadAdmissions[w]:
		return "015"
	case leadAffirmations[w]:
		return "010"
	}
	return ""
}

// leadVerbalAct adds the statement of the lead's main verb when it is a verbal
// act of leadActCode: the root of the parse, finite, with a clause or an
// object that says what is admitted or restated, its speaker the actor
// its subject names (leadSpeaker). A statement of the lead's, its day is
// checked by leadStatement as the reporting verb's is.
func (s *sent) leadVerbalAct(out []Mention) []Mention {
	for r := s.first; r < s.last; r++ {
		w := s.word(r)
		code := leadActCode(w)
		if code == "" || s.inTrigger(r) {
			continue
		}
		tr, n, ok := s.treeAt(r)
		if !ok || tr.rel(n) != "root" || tr.w(n).UPOS != "VERB" || !s.saysWhat(n) {
			continue // "a denial that ...", "denied in a report, he said": no act of the lead's own
		}
		id := s.leadSpeaker(r)
		if id == "" || s.mediaNamed(id) || agentOfAny(out, id) {
			continue
		}
		e := itemStatementEntry // a copy: the entries are read only
		e.Lemma = cmpOr(s.cameoLemma(r), w)
		if c, ty := s.stanceCode(r, e.Lemma); c != "" {
			code, e.Type = c, ty
		}
		e.Code = code
		t := &trigger{start: r, end: r + 1, e: &e, lemma: e.Lemma, anchor: r, recipient: -1, code: code}
		if m, ok := s.itemMention(t, id, true); ok {
			return append(out, m)
		}
		return out
	}
	return out
}

// leadSpeaker returns the speaker of the reporting verb at token r that
// its subject in the parse names, for a lead's statement, outside the
// clauses below the subject: the actor its head word is ("the Cairo-based
// Arab League said"); else a person in it ("Italian composer Ennio
// Morricone, who is to receive an award, said"); else its first
// organization; else its first country, when the head is a state's office
// or body (stateSpeakers: "French authorities said", not "the US lawmaker
// said"). A definite frame naming no actor ("the committee said") stands
// for the organization of the clause it reports only when its noun is a
// word of that organization's name (framedSpeaker: "the committee" for
// "the Sports Committee"). "" when the subject names no one: "witnesses
// said", "a report said", "the organisers said". After a quotation or a
// comma, "said" and "told" take the speaker named after them
// (speakerAfter: "\"...,\" said the UN's relief chief, Andrew MacLeod,
// here on Tuesday") when the parse gives the verb no subject before it.
// A subject that is a document its issuer's agent phrase names speaks
// for that issuer (issuedBy: "a report issued by the institute said").
func (s *sent) leadSpeaker(r int) string {
	tr, n, ok := s.treeAt(r)
	if !ok {
		return ""
	}
	subject := is("nsubj")
	if h, ok := s.quotedHead(r); ok {
		n, subject = h, is("nsubj:pass") // "Jane Roe was quoted as saying": the quoted one speaks
	}
	subj := tr.kids(n, subject)
	if s.inverted(r) && (len(subj) == 0 || subj[0] > n) {
		// no subject before the verb: the comma closes no apposition of it
		// ("Zhou Jiping, vice president of the firm, said Thursday")
		if id, ok := s.speakerAfter(r); ok && s.kindOf(id) != actor.Place {
			return id
		}
	}
	if len(subj) == 0 {
		return s.unparsedSpeaker(r)
	}
	subj = afterQuotation(tr, subj, n)
	if by := s.issuedBy(subj[len(subj)-1]); by != noNode {
		subj = []node{by} // "a statement put out by the railway said": the railway speaks (issuedstatement.go)
	}
	// the parse may split a title from its name into two subjects
	// ("EU foreign policy chief" and "Javier Solana")
	noun := strings.ToLower(tr.w(subj[len(subj)-1]).Form)
	if (mediaWords[noun] || s.mediaNamedBy(subj[len(subj)-1])) && !s.ownOpinion(r) {
		return "" // "the leading economic daily said", "the Nihon Keizai Shimbun said", whatever kind its name is given; not "said in an editorial" (editorial.go)
	}
	var person, org, country string
	for k := s.first; k < s.last; k++ {
		a := s.d.actorAt[k]
		if a < 0 {
			continue
		}
		sc, ok := s.subjectOf(k, subj)
		if !ok || s.underClause(k, sc) {
			continue
		}
		m := &s.d.in.Actors[a]
		if m.Location || m.Kind == actor.Place || s.demonymSpeaker(np{start: k, end: k + 1, actor: a}) {
			continue // "the Croatian said": a person, whom speakerAfter resolves when it can
		}
		if m.Kind == actor.Person && s.servedPerson(k, sc) {
			continue // "an aide to the minister said": the aide speaks, not the minister
		}
		if kn, _ := s.treeNode(k); kn == sc {
			return m.ActorID
		}
		switch {
		case m.Kind == actor.Person && person == "":
			person = m.ActorID
		case m.Kind == actor.Organization && org == "":
			org = m.ActorID
		case m.Kind == actor.Country && country == "":
			country = m.ActorID
		}
	}
	switch {
	case person != "":
		return person
	case org != "":
		return org
	case country != "":
		if stateSpeakers[noun] {
			return country
		}
		return ""
	}
	id := s.framedSpeaker(r)
	if id == "" {
		return s.describedSpeaker(subj[len(subj)-1], r) // "…, the flag carrier said" (describedspeaker.go)
	}
	for k := s.first; k < s.last; k++ {
		a := s.d.actorAt[k]
		if a >= 0 && s.d.in.Actors[a].ActorID == id && slices.Contains(strings.Fields(strings.ToLower(s.d.in.Actors[a].Text)), noun) {
			return id
		}
	}
	return s.describedSpeaker(subj[len(subj)-1], r) // "…, the flag carrier said" (describedspeaker.go)
}

// demonymSpeaker reports whether the country phrase p is a demonym
// standing for a person (demonymPerson: "said the Croatian"), a word
// derived from its country's name (demonymOf), not the name itself ("the
// Vatican said").
func (s *sent) demonymSpeaker(p np) bool {
	return s.demonymPerson(p) && s.demonymOf(s.actor(p))
}

// afterQuotation returns the subjects of subj that lie between the
// quotation closed before the verb n and n, when there are some: a
// subject the parse finds inside the quotation is the quoted clause's
// ("\"Ardena, with its trade, matters to us,\" Jane Roe said": Roe, not
// Ardena). subj itself when no subject lies after a closing quotation mark.
func afterQuotation(tr *tree, subj []node, n node) []node {
	q := noNode
	for k := n - 1; k >= 0; k-- {
		if quoteMarks[tr.w(k).Form] {
			q = k
			break
		}
	}
	if q == noNode {
		return subj
	}
	var kept []node
	for _, c := range subj {
		if c > q && c < n {
			kept = append(kept, c)
		}
	}
	if len(kept) == 0 {
		return subj
	}
	return kept
}

// mediaNamedBy reports whether the name n is named a news medium by a word
// of media_words it is compounded with or in apposition to ("Nordic
// broadcaster NRK said": "NRK" is the subject, "broadcaster" its
// compound). A common noun is not ("the press office said").
func (s *sent) mediaNamedBy(n node) bool {
	if s.tr.w(n).UPOS != "PROPN" {
		return false
	}
	for _, k := range s.tr.kids(n, is("compound", "appos", "nmod:desc")) {
		if mediaWords[strings.ToLower(s.tr.w(k).Form)] {
			return true
		}
	}
	return false
}

// spokenOn reports whether the lead's reporting verb, the token that
// starts at byte offset start, has a time expression of its own: right
// next to it (speechTime: "said Saturday", "on Tuesday said") or hung on
// it by the parse ("said here on Monday"), bare or after "on", or the
// time a when-clause it is told in describes ("the party suffered a blow
// Tuesday when its chairman announced his defection": treeWhen). A time of
// the clause it reports ("said the envoy was invited in January") is not
// the statement's, nor a span or a bound the parse hangs on the verb
// ("announced the price rises from Nov. 15").
func (s *sent) spokenOn(start int) bool {
	r := s.tokenStarting(start)
	n, ok := s.treeNode(r)
	if !ok {
		return false
	}
	// not a span or a bound: "confirmed their part in a tournament from January 5"
	t := &trigger{start: r, end: r + 1}
	return s.speechTime(t) != nil || s.datedHere(n) || s.inverted(r) && s.closingDay(r) || s.treeWhen(t) != nil
}

// occasionDay returns the time expression that dates the occasion of the
// lead's verb of speech, the token that starts at byte offset start, when
// it has no day of its own (spokenOn): a noun of speech_occasions the
// parse hangs on it as an oblique ("said in a newspaper interview
// Monday"), or a past participle of that noun ("said in an interview
// published on Monday", "in a statement released Friday, the firm
// said"), dated bare or after "on" (dayOn). Not a participle with "to"
// ("a speech to be aired Monday": a day to come). Else the day its
// subject, an issued document, was issued on (issuedDay: "a report
// published on Tuesday said"). nil for none.
func (s *sent) occasionDay(start int) *timex.Timex {
	n, ok := s.treeNode(s.tokenStarting(start))
	if !ok {
		return nil
	}
	if h, ok := s.quotedHead(s.tokenStarting(start)); ok {
		if x := s.dayOn(h); x != nil {
			return x // "was quoted by the daily on Tuesday as saying": the quotation's day
		}
	}
	tr := s.tr
	for _, o := range tr.kids(n, func(rel string) bool { return baseRel(rel) == "obl" || rel == "dep" }) {
		if x := s.occasionNounDay(o); x != nil {
			return x
		}
	}
	return s.issuedDay(n) // "a report published on Tuesday said" (issuedstatement.go)
}

// occasionNounDay returns the day of the speech occasion at o (a noun of
// speech_occasions: "interview", "statement", "briefing") on it or on a
// past participle of it (participleDay). nil when o is no occasion or has
// no such day.
func (s *sent) occasionNounDay(o node) *timex.Timex {
	tr := s.tr
	if !speechOccasions[strings.ToLower(tr.w(o).Lemma)] && !speechOccasions[strings.ToLower(tr.w(o).Form)] {
		return nil
	}
	return s.participleDay(o)
}

// participleDay returns the day hung on the noun o or on a past
// participle of it ("an interview published on Monday", "a statement
// released Friday"), bare or after "on" (dayOn); not a participle with a
// marker ("a speech to be aired Monday": a day to come). nil for none.
func (s *sent) participleDay(o node) *timex.Timex {
	tr := s.tr
	if x := s.dayOn(o); x != nil {
		return x
	}
	for _, p := range tr.kids(o, is("acl")) {
		if tr.w(p).XPOS != "VBN" || len(tr.kids(p, is("mark"))) > 0 {
			continue
		}
		if x := s.dayOn(p); x != nil {
			return x
		}
	}
	return nil
}

// speechOccasions are the nouns of the occasions a speaker speaks on
// (data/words.yaml: "in an interview", "in a statement", "at a news
// conference"), whose day is the saying's.
var speechOccasions = wordList("speech_occasions")

// spokenByPublication reports whether the lead's reporting verb, the
// token that starts at byte offset start, has no day of its own but is
// told in the present perfect ("has announced her retirement"): spoken by
// the day of publication, which dates it, not a time of what is said
// ("has confirmed its part in a tournament from January 5"). Not in a
// quotation, where the perfect is the quoted speaker's, of a day before.
func (s *sent) spokenByPublication(start int) bool {
	n, ok := s.treeNode(s.tokenStarting(start))
	return ok && !quoteMarks[s.word(s.first)] && s.presentPerfect(n)
}

// presentPerfect reports whether the verb n is told in the present
// perfect ("has said", "have announced"): the lead's speaker spoke by the
// day of publication, which dates the statement when no day is given.
func (s *sent) presentPerfect(n node) bool {
	return s.tr.hasDepWord(n, is("aux"), func(f, _ string) bool { return presentPerfectAuxiliaries[f] })
}

// presentPerfectAuxiliaries are the forms of "have" that make a present
// perfect (data/words.yaml).
var presentPerfectAuxiliaries = wordList("present_perfect_auxiliaries")

// tokenStarting returns the token of the sentence that starts at byte
// offset start, or s.last for none.
func (s *sent) tokenStarting(start int) int {
	r := s.first
	for r < s.last && s.tok(r).Start != start {
		r++
	}
	return r
}

// inverted reports whether the verb of speech at token r comes after the
// words it reports, a closing quotation mark or a comma right before it,
// and takes its speaker after it (invertedSpeech: ", said the minister").
func (s *sent) inverted(r int) bool {
	w := s.word(r - 1)
	return r > s.first && invertedSpeech[s.word(r)] && (w == "," || quoteMarks[w])
}

// closingDay reports whether the sentence ends with a time expression that
// dates events after the verb at token r, with no verb between them: the
// day of an attribution that closes the sentence ("..., said the
// spokesman, Andrew MacLeod, here on Tuesday.").
func (s *sent) closingDay(r int) bool {
	c := -1
	for i := r + 1; i < s.last; i++ {
		if xi := s.d.timexAt[i]; xi >= 0 {
			if c < 0 {
				c = i
			}
			continue
		}
		if c >= 0 && !quoteMarks[s.word(i)] && s.tok(i).Kind == token.Word {
			return false // words after the time: it is not the sentence's close
		}
		if n, ok := s.treeNode(i); ok && c < 0 && (s.tr.w(n).UPOS == "VERB" || s.tr.w(n).UPOS == "AUX") {
			return false // a clause of its own after the verb
		}
	}
	return c >= 0 && datesEvents(&s.d.in.Times[s.d.timexAt[c]])
}

// servedPerson reports whether the person at token k lies in a phrase
// that a preposition attaches to the subject c's head, a common noun
// ("an aide to Jane Roe", "a lawyer for Jane Roe"): the one the speaker
// serves, not the speaker. A person in apposition or compounded to the
// head is the speaker ("its chairman, Jane Roe"), and so is one after a
// capitalized title ("Secretary to the Treasury Jane Roe", whose name the
// parse may hang on the title's phrase).
func (s *sent) servedPerson(k int, c node) bool {
	tr := s.tr
	if f := tr.w(c).Form; f == "" || f != strings.ToLower(f) {
		return false
	}
	m, ok := s.treeNode(k)
	for depth := 0; ok && m != c && depth < maxTreeWalk; depth++ {
		if baseRel(tr.rel(m)) == "nmod" && servedCases[tr.caseWord(m)] {
			return true
		}
		m, ok = tr.head(m)
	}
	return false
}

// servedCases are the prepositions by which a speaker's noun names whom
// the speaker serves (data/words.yaml).
var servedCases = wordList("served_cases")

// subjectOf returns the subject among subj whose subtree holds token k.
func (s *sent) subjectOf(k int, subj []node) (node, bool) {
	for _, c := range subj {
		if s.inSubtree(k, c) {
			return c, true
		}
	}
	return noNode, false
}

// underClause reports whether token k lies in a clause below node c: a
// relative, adverbial or complement clause on the way up to c.
func (s *sent) underClause(k int, c node) bool {
	tr := s.tr
	m, ok := s.treeNode(k)
	for depth := 0; ok && m != c && depth < maxTreeWalk; depth++ {
		switch baseRel(tr.rel(m)) {
		case "acl", "advcl", "ccomp", "xcomp", "parataxis":
			return true
		}
		m, ok = tr.head(m)
	}
	return false
}

// datedHere reports whether a time expression that dates events hangs on
// the word n in the parse, a verb or the noun of its occasion
// (occasionDated), bare or after "on" ("completed the spacewalk on
// Thursday", "on Friday won"), a month after "in" too ("In July, the
// agency said"): not a span or a bound ("from January 5", "until
// Monday"), nor the time of another clause.
func (s *sent) datedHere(n node) bool {
	return s.dayOn(n) != nil
}

// dayOn returns the time expression datedHere finds on the word n, or nil.
func (s *sent) dayOn(n node) *timex.Timex {
	for c := s.first; c < s.last; c++ {
		xi := s.d.timexAt[c]
		if xi < 0 || c > s.first && s.d.timexAt[c-1] == xi || !datesEvents(&s.d.in.Times[xi]) {
			continue
		}
		if a, ok := s.attachmentOf(c); ok && a.head == n && (s.word(c-1) == "on" || !prepositions[s.word(c-1)] || s.word(c-1) == "in" && s.d.in.Times[xi].Granularity == timex.Month) {
			return &s.d.in.Times[xi]
		}
	}
	return nil
}

// stanceRoots are the CAMEO codes (by prefix) of a stance toward another
// that a restatement or an admission can take: approval (051), appeals
// (02), demands (10), disapproval (11), rejection (12) and threats (13).
// A pledge or a commitment restated (03, 050) is the speaker's own
// statement (one reaffirmed is the CAMEO dictionary's trigger before this
// rule, with the pattern's code: cameo_always in data/triggers.yaml), and a material act it names no act of the speaker's that day
// ("admitted Norway as a member" is no accession).
var stanceRoots = []string{"051", "02", "10", "11", "12", "13"}

// stanceCode returns the CAMEO code and type a pattern of the CAMEO verb
// dictionary gives the lead's verbal act at token r, of lemma lemma, by
// what it restates or admits, or "" when no pattern fits or the pattern's
// code is the null code, a plain statement or a consultation: a position
// restated is the stance it names ("reiterated his refusal of" 120 reject,
// "reaffirmed their opposition to" 110 disapprove, "reiterated its
// support for" 051), not a bare statement. The bare verb's own code never
// counts: it is what leadActCode already gives.
func (s *sent) stanceCode(r int, lemma string) (string, Type) {
	m, ok := cameoDict().Match(s.clauseAt(r, lemma))
	if !ok || m.Pattern == nil || m.Code == "" {
		return "", ""
	}
	code := string(m.Code)
	if code == catchAllStatement || code == catchAllConsult || !slices.ContainsFunc(stanceRoots, func(p string) bool { return strings.HasPrefix(code, p) }) {
		return "", ""
	}
	ty := typeOfCode(code)
	if ty == "" {
		return "", ""
	}
	return code, ty
}

// unparsedSpeaker returns the speaker of the reporting verb at token r
// the parse gives no subject, by the words before it: the person named
// right before it, past a time expression ("..., Foreign Minister Jane
// Roe said on Wednesday"; personBefore), the person set off by commas
// before an apposition that the verb follows ("Norway is ready to help,
// Jane Roe, head of the agency, said Monday"; appositiveSpeaker), or the
// person or organization that opens the sentence, an apposition closed by
// a comma between them and the verb ("John Doe, the head of the union,
// said Monday"). "" for any other shape.
func (s *sent) unparsedSpeaker(r int) string {
	j := r - 1
	for j > s.first && (s.d.timexAt[j] >= 0 || s.isAdverb(j) || prepositions[s.word(j)] && s.d.timexAt[j+1] >= 0) {
		j--
	}
	if id := s.personBefore(r); id != "" {
		k := j
		for k > s.first && s.d.actorAt[k-1] == s.d.actorAt[j] {
			k--
		}
		if k > s.first && (prepositions[s.word(k-1)] || s.word(k-1) == "'s") {
			return "" // "aides to the minister said": the person is not the subject's head
		}
		return id
	}
	if s.word(j) != "," {
		return ""
	}
	if id := s.appositiveSpeaker(j); id != "" {
		return id
	}
	a := s.d.actorAt[s.first]
	if a < 0 {
		return ""
	}
	m := &s.d.in.Actors[a]
	if m.Kind != actor.Person && m.Kind != actor.Organization || m.Location {
		return ""
	}
	k := s.first
	for k < s.last && s.d.actorAt[k] == a {
		k++
	}
	if k >= j || s.word(k) != "," {
		return "" // the name is no subject set off by an apposition
	}
	for i := k + 1; i < j; i++ {
		if n, ok := s.treeNode(i); ok && (s.tr.w(n).UPOS == "VERB" && s.tr.rel(n) != "amod" || s.tr.w(n).UPOS == "AUX") {
			return "" // a clause between them: the name is its subject, not the apposition's
		}
	}
	return m.ActorID
}

// appositionReach is how many tokens back from the comma before a
// reporting verb appositiveSpeaker looks for the name an apposition
// follows ("Jane Roe, head of grid planning of the Nordic agency (NA),").
const appositionReach = 20

// appositiveSpeaker returns the person named between two commas right
// before an apposition that the comma at token j closes, the reporting
// verb right after j ("..., Jane Roe, head of the Nordic agency, said";
// after a quotation's closing mark too),
// or "" when no such name lies within appositionReach or a verb comes
// between them (a clause of its own: "..., Jane Roe left, an aide said").
func (s *sent) appositiveSpeaker(j int) string {
	for c := j - 1; c > s.first && j-c <= appositionReach; c-- {
		if n, ok := s.treeNode(c); ok && (s.tr.w(n).UPOS == "VERB" && s.tr.rel(n) != "amod" || s.tr.w(n).UPOS == "AUX") {
			return ""
		}
		if s.word(c) != "," || c+1 >= j {
			continue
		}
		b := c + 1
		if quoteMarks[s.word(b)] {
			b++ // the quotation's close: "\"...,\" Jane Roe, head of the agency, said"
		}
		a := s.d.actorAt[b]
		if a < 0 || s.d.in.Actors[a].Kind != actor.Person || s.d.in.Actors[a].Location {
			continue
		}
		e := b
		for e < j && s.d.actorAt[e] == a {
			e++
		}
		if e < j && s.word(e) == "," {
			return s.d.in.Actors[a].ActorID
		}
	}
	return ""
}

// dateByOccasion dates statement m by a copy of the day of the occasion
// it was made at ("said in an interview published on Monday": that
// Monday), explicit or relative as that day is told.
func (m *Mention) dateByOccasion(occasion *timex.Timex) {
	x := *occasion
	m.Time, m.Basis = &x, Explicit
	if x.Relative {
		m.Basis = Relative
	}
}
