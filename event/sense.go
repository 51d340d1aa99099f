package event

import (
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/nlp/wordnet"
	"github.com/chronograph-news/chronograph/timex"
	"github.com/chronograph-news/chronograph/token"
)

// sense.go: constraints on the dependency tree that tell a trigger word
// used in another sense than the event its lexicon entry names: a noun
// that only names an amount compared ("the pledge was lower than asked"),
// a verb of combat whose object is no party ("fighting inflation"). Each
// returns false without a parse.

// comparedAmount reports whether the noun trigger t is the subject of a
// comparative predicate ("the US pledge was sharply lower than the amount
// requested", "the aid is larger than last year's"): the noun names an
// amount that is measured, not an act that happened.
func (s *sent) comparedAmount(t *trigger) bool {
	if !t.noun || s.tree() == nil {
		return false
	}
	n, ok := s.triggerNode(t)
	if !ok {
		return false
	}
	d := s.tr
	if baseRel(d.rel(n)) != "nsubj" {
		return false
	}
	h, ok := d.head(n)
	if !ok || len(d.kids(h, is("cop"))) == 0 {
		return false
	}
	return comparative(d.w(h).XPOS, d.w(h).Feats)
}

// comparative reports whether a word's tags mark the comparative degree
// ("lower", "more").
func comparative(xpos, feats string) bool {
	return xpos == "JJR" || xpos == "RBR" || strings.Contains(feats, "Degree=Cmp")
}

// passiveStatement reports whether the verb trigger t of a statement is
// in the passive: who says it is left untold, and the verb mostly names a
// state or a status ("patients declared positive for the virus", "the
// company was declared bankrupt", "the summit was declared open", "a
// state declared in 1983"); the statement told is its speaker's active
// verb ("Kulikov declared that ...").
func (s *sent) passiveStatement(t *trigger) bool {
	return !t.noun && t.passive && t.e.Type == Statement
}

// passiveMovement reports whether the verb trigger t of a market's move
// is in the passive: a market moves of itself ("shares closed higher",
// "the index fell 2 percent"); a market that was closed or opened to
// something was shut, a state ("the market was closed to imported
// fruits until recently").
func (s *sent) passiveMovement(t *trigger) bool {
	return !t.noun && t.passive && t.e.Type == MarketMovement
}

// offTopicSubject reports whether the verb trigger t, whose entry asks for
// a market's subject (subject_context in data/triggers.yaml), has a noun
// subject whose phrase — the noun, its compounds, adjectives, possessor
// and "of" phrase — holds none of the entry's context words nor an
// economic measure ("HIV prevalence soared to 25 percent", "violence
// against women rose 12 percent"; not "the dollar rose 2 percent",
// "prices of crude oil fell", "spending rose 0.2 percent"). A name or a
// pronoun as subject passes ("Toyota rose 3 percent", "it fell"), but for
// a person's pronoun where the entry's subject alone may carry the market
// (subject_only: "he held a firm belief"), and so does a market word
// among the tokens just before the verb, which a misparse may have hung
// elsewhere.
func (s *sent) offTopicSubject(t *trigger) bool {
	if t.noun || !t.e.SubjectContext {
		return false
	}
	subj := s.triggerSubjects(t)
	d := s.tr
	market := func(w string) bool {
		if s.d.lemmaIn(w, s.d.lx.measures) {
			return true
		}
		for _, c := range t.e.Context {
			if s.d.hasLemma(w, c) {
				return true
			}
		}
		return false
	}
	// a reporting verb told as a market's move ("the index added 15
	// points") needs a market word in its subject, a name's too: the
	// verb's usual sense is speech ("adding that visas were up 15
	// percent") or a player's tally ("forward Li added 15 points"); "the
	// Amsterdam AEX added 0.95 percent" is lost
	reported := t.e.SubjectOnly && s.d.lx.reporting[t.e.Lemma]
	if len(subj) == 0 && reported {
		return true
	}
	if len(subj) == 0 {
		// a participle the tagger took for a noun has no subject in the
		// parse ("with HIV prevalence of 1 percent in 1990 soaring to 25
		// percent"): a market word just before it must stand for one. A
		// noun of the verb's form is left alone ("a one-time gain of $18
		// million")
		n, ok := s.triggerNode(t)
		if !ok || d.w(n).UPOS == "VERB" || d.w(n).UPOS == "AUX" || !strings.HasSuffix(strings.ToLower(d.w(n).Form), "ing") {
			return false
		}
		return !s.marketBefore(t, market)
	}
	for _, c := range subj {
		if w := strings.ToLower(d.w(c).Form); t.e.SubjectOnly && pronouns[w] && w != "it" {
			return true // a person: "he held a firm belief"; not "it held steady", "the baht, which hit a high"
		}
		if !reported && (d.w(c).UPOS != "NOUN" || d.capitalizedNoun(c)) {
			return false // a name: "the Amsterdam AEX rose 0.95 percent"
		}
		for _, k := range d.kids(c, is("appos", "flat")) {
			if !reported && d.w(k).UPOS == "PROPN" {
				return false // "TPS part-owner TF1 rose 0.51 percent"
			}
		}
		for _, w := range append([]node{c}, d.kids(c, is("compound", "amod", "nmod", "nmod:poss", "flat"))...) {
			if market(strings.ToLower(d.w(w).Form)) {
				return false
			}
		}
	}
	// a misparse may hang the subject's words elsewhere ("Exports to the
	// EU countries rose"): any market word just before the verb will do,
	// but for one of a clause inside the subject ("the death toll in the
	// fire that raged through the market on Monday has risen")
	return !s.marketBefore(t, market, subj...)
}

// marketBefore reports whether a market word (market) lies among the
// subjectReach tokens before the trigger t.
func (s *sent) marketBefore(t *trigger, market func(string) bool, subj ...node) bool {
	for i := max(s.first, t.start-subjectReach); i < t.start; i++ {
		if market(s.word(i)) && !s.inSubjectClause(i, subj) {
			return true
		}
	}
	return false
}

// inSubjectClause reports whether token i lies in a clause inside one of
// the subjects subj (a relative clause or a clause its noun modifier
// holds), not in the subject's own phrase.
func (s *sent) inSubjectClause(i int, subj []node) bool {
	k, ok := s.treeNode(i)
	if !ok {
		return false
	}
	d := s.tr
	for _, c := range subj {
		for x := range d.words {
			if r := d.rel(node(x)); (r == "acl:relcl" || r == "acl") && d.within(node(x), c) && d.within(k, node(x)) {
				return true
			}
		}
	}
	return false
}

// capitalizedNoun reports whether the noun n is written capitalized not
// as the sentence's first word: a name the tagger took for a noun ("AEX").
func (t *tree) capitalizedNoun(n node) bool {
	f := t.w(n).Form
	return n > 0 && f != "" && unicode.IsUpper([]rune(f)[0])
}

// subjectReach is how many tokens before a market verb offTopicSubject
// looks for a market word the parse did not give its subject.
const subjectReach = 8

// bareObject reports whether the verb trigger t, whose entry takes no bare
// object (no_bare_object in data/triggers.yaml), has a noun object and no
// clause or predicate complementing it: "the judge ruled a 10-minute
// break" orders a pause and "ruled the country" governs; "ruled that the
// law was void", "ruled the law unconstitutional" and "ruled against the
// government" decide.
func (s *sent) bareObject(t *trigger) bool {
	if t.noun || !t.e.NoBareObject || s.tree() == nil {
		return false
	}
	n, ok := s.triggerNode(t)
	if !ok {
		return false
	}
	d := s.tr
	if len(d.kids(n, is("ccomp", "xcomp"))) > 0 {
		return false
	}
	for _, o := range d.kids(n, is("obj")) {
		if d.nominal(o) && len(d.kids(o, is("acl", "amod"))) == 0 {
			return true
		}
	}
	return false
}

// gamePlay reports whether the attack trigger t tells play in a game: its
// sentence or its document names a sport or a game (cameo_games in
// data/triggers.yaml: "striker", "wicket", "medal"; gameDocument), and the
// mention names no target but countries (victimTargets; any, with a
// score in the sentence) nor victim and
// has no armed cue but the other words of play (force.go, armedBut): "the
// striker's close-range shot hit the bar", "a pace attack on a wicket", "a
// gold medal clash", "the Netherlands clash with Pakistan"; not "the
// champion was attacked and robbed", "rebels attacked a village near the
// stadium". A market move is play in a sentence on a game of a document
// telling one.
func (s *sent) gamePlay(t *trigger, m *Mention) bool {
	if m.Type == Attack && !t.noun && s.shotScore(t.end) {
		return true // "shot 43 percent from the field", "shot 15-of-29", "shot a 68 in the final round"
	}
	if m.Type == MarketMovement {
		// a side's progress told in a market's words in a sentence on a
		// game of a match report: "gold medallists Australia opened their
		// campaign with a 4-1 win", "fought hard to close the margin to
		// five points in the semifinal"
		return s.games() && s.d.gameDocument()
	}
	if m.Type != Attack || !s.games() && !s.d.matchReport() || s.victim(t) {
		return false
	}
	if victimTargets(m) && !s.score() {
		// a score in the sentence tells the other side a side, whatever
		// it resolved to ("battled to a 1-1 draw against Kordo")
		return false
	}
	// "rebels attacked a village near the stadium"; another attack word is
	// play too ("the striker's shot hit the bar")
	return !s.armedBut(t, m, Attack)
}

// shotScore reports whether a verb of force ending before token j has a
// score for its object, in any document: a rate ("shot 43 percent"), a
// tally of tries ("shot 15-of-29") or a round's score after "a" ("shot a
// 68 in the final round"), not a count of people or things ("shot 12
// protesters", "shot two of the robbers").
func (s *sent) shotScore(j int) bool {
	if s.word(j) == "a" && j+1 < s.last && s.tok(j+1).Kind == token.Number {
		w := s.word(j + 2)
		return j+2 >= s.last || prepositions[w] || w == "," || w == "." || w == ";" // "a 68 in", not "a 12-year-old", "a 10-story block"
	}
	if j >= s.last || s.tok(j).Kind != token.Number {
		return false
	}
	next := s.word(j + 1)
	return next == "percent" || next == "%" || next == "per" && s.word(j+2) == "cent" ||
		(next == "-" || next == "–") && (s.word(j+2) == "of" || j+2 < s.last && s.tok(j+2).Kind == token.Number)
}

// victimTargets reports whether the mention has a target other than a
// country: in a game a country is a national side ("the Netherlands clash
// with Pakistan", "we have fought Serbia and Slovakia"), a person or a
// place is a victim ("rebels attacked a village near the stadium").
func victimTargets(m *Mention) bool {
	for _, p := range m.Participants {
		if p.Role == Target && !strings.HasPrefix(p.ActorID, "country:") {
			return true
		}
	}
	return false
}

// minGameWords is how many words of games a document holds to tell a
// game throughout ("blocking the Dutchman's shot" in a match report).
const minGameWords = 3

// sportNames are the names of sports and leagues (data/words.yaml), words
// of games for gameDocument only.
var sportNames = wordList("sport_names")

// gameDocument reports whether the document holds minGameWords words of
// games (cameo_games) or names of sports (sportNames) or more.
func (d *doc) gameDocument() bool {
	if d.gameDoc == nil {
		n := 0
		for _, t := range d.in.Tokens {
			if w := strings.ToLower(t.Text); d.lemmaIn(w, d.lx.games) || d.lemmaIn(w, sportNames) {
				n++
			}
		}
		b := n >= minGameWords
		d.gameDoc = &b
	}
	return *d.gameDoc
}

// minScores is how many scores (scoreAt) tell a match report that names
// no sport ("a 3-0 win over the visitors", "led 1-0 at half-time").
const minScores = 2

// matchReport reports whether the document tells games: a game document
// (gameDocument) or one holding minScores scores or more. Play told in
// the words of force ("Arsenal's shot", "attacking when it had to") and
// results ("beat the Clippers") are read as play there; the entries
// that tell no event in a game (no_game) keep to game documents, as a
// manager sacked after a defeat is dismissed all the same.
func (d *doc) matchReport() bool {
	if d.gameDocument() {
		return true
	}
	if d.scores == nil {
		n := 0
		for i := range d.in.Tokens {
			if d.scoreAt(i) {
				n++
			}
		}
		d.scores = &n
	}
	return *d.scores >= minScores
}

// scoreVoteReach is how many tokens before two numbers a verb of a tally
// (tallyVerbs) may stand that makes them its count ("voted 60-54", "voted
// with 60-54"): no score (scoreAt).
const scoreVoteReach = 2

// nonScoreUnits and tallyVerbs are the words that make two numbers joined
// by a hyphen a range or a tally, not a game's score (data/words.yaml).
var (
	nonScoreUnits = wordList("non_score_units")
	tallyVerbs    = wordList("tally_verbs")
)

// scoreAt reports whether token i opens a score: two numbers of at most
// token.MaxScoreDigits digits joined by a hyphen or a dash, outside any time
// expression ("June 22-24", "the 1998-2000 war"), not a range of a rate
// nor a vote's tally (nonScoreUnits after it: "2-3 percent", "a 71-41
// margin"; tallyVerbs up to scoreVoteReach tokens before it: "voted
// 60-54").
func (d *doc) scoreAt(i int) bool {
	ts := d.in.Tokens
	if i+2 >= len(ts) || ts[i].Kind != token.Number || ts[i+2].Kind != token.Number ||
		!token.IsScoreDash(ts[i+1].Text) || len(ts[i].Text) > token.MaxScoreDigits || len(ts[i+2].Text) > token.MaxScoreDigits {
		return false
	}
	if d.timexAt[i] >= 0 || d.timexAt[i+2] >= 0 {
		return false
	}
	if i+3 < len(ts) && nonScoreUnits[strings.ToLower(ts[i+3].Text)] {
		return false
	}
	for j := max(0, i-scoreVoteReach); j < i; j++ {
		if d.lemmaIn(strings.ToLower(ts[j].Text), tallyVerbs) {
			return false
		}
	}
	return true
}

// victim reports whether the parse gives the trigger t, a verb there, a
// passive subject ("the champion was attacked") or a name or person as
// its object ("attacked a referee", "a mob attacking a fan").
func (s *sent) victim(t *trigger) bool {
	if s.tree() == nil {
		return false
	}
	n, ok := s.triggerNode(t)
	if !ok || !s.tr.verbal(n) {
		return false
	}
	for _, c := range s.tr.kids(n, is("nsubj:pass")) {
		if u := s.tr.w(c).UPOS; u == "PROPN" || u == "NOUN" {
			return true
		}
	}
	for _, c := range s.tr.kids(n, is("obj")) {
		w := s.tr.w(c)
		if w.UPOS == "PROPN" || w.UPOS == "NOUN" && theHeadWords.personEnding(strings.ToLower(w.Form)) {
			return true
		}
	}
	return false
}

// strayObject reports whether the verb trigger t, whose entry asks for a
// party as its object (party_object in data/triggers.yaml), has a direct
// object or a passive subject that names no party: no actor, no person,
// group or force noun, no name the parse reads as a noun (midCapital)
// ("fighting inflation", "fight corruption", "the row is still being
// fought in the courts"; not "fought the rebels", "fighting Taliban
// militants", "the rebels were fought back", "purchased DreamWorks").
func (s *sent) strayObject(t *trigger) bool {
	if t.noun || !t.e.PartyObject || s.tree() == nil {
		return false
	}
	n, ok := s.triggerNode(t)
	if !ok {
		return false
	}
	d := s.tr
	for _, o := range d.kids(n, is("obj", "nsubj:pass")) {
		if d.w(o).UPOS != "NOUN" {
			return false // a name or a pronoun: a party
		}
		for _, j := range s.tokensOf(o) {
			if s.d.actorAt[j] >= 0 {
				return false
			}
		}
		if toks := s.tokensOf(o); len(toks) > 0 && s.midCapital(toks[0]) {
			return false // a name the parse reads as a noun ("bought DreamWorks")
		}
		lw := strings.ToLower(d.w(o).Form)
		if s.d.lemmaIn(lw, personNouns) || s.d.lemmaIn(lw, partyNouns) || s.d.lemmaIn(lw, troopUnits) ||
			titles[lw] || groupNouns[lw] || agentNouns[lw] || s.d.lemmaIn(lw, armedCues) {
			return false
		}
		return true
	}
	return false
}

// characterizing reports whether the verb trigger t is a participle
// modifying a predicate noun ("the commission is an independent body
// charged with supervising the banks") or a present participle modifying
// any noun, with no time in its clause ("a unit investigating war
// criminals"): it says what the subject is or does, a standing role, not
// an event. A past participle right after its noun with a time of its own
// tells its act ("they were among the sailors seized by pirates on
// Monday"; not one set off from a noun before it: "a step towards
// returning the province, captured in 1991", whose noun the parse may
// miss).
func (s *sent) characterizing(t *trigger) bool {
	n, ok := s.verbNode(t)
	if !ok || s.tr.rel(n) != "acl" {
		return false
	}
	switch s.tr.w(n).XPOS {
	case "VBN":
		h, ok := s.tr.head(n)
		return ok && len(s.tr.kids(h, is("cop"))) > 0 && (h != n-1 || !s.clauseTime(n))
	case "VBG":
		// "an Australian unit investigating war criminals": what the
		// noun's bearer does as its task, unless a time is told ("troops
		// firing on the crowd on Monday")
		return !s.clauseTime(n)
	}
	return false // "the first minister to visit Tunisia" tells the visit
}

// stateParticiple reports whether the verb trigger t, whose entry names a
// lasting state when its participle modifies a noun or stands in the
// simple present passive (state_participle in data/triggers.yaml), is
// such a participle, or the verb of a relative clause in the present or
// present perfect (standingRelative): "a brigade deployed north of the
// capital", "troops stationed in the south", "2,000 troops are deployed
// in the region", "a charge the Kremlin has denied" tell where forces or
// parties are, not their moving there. With a time expression in its own clause
// ("troops deployed last week") it tells the event.
func (s *sent) stateParticiple(t *trigger) bool {
	if t.noun || !t.e.StateParticiple || s.tree() == nil {
		return false
	}
	n, ok := s.triggerNode(t)
	if !ok {
		return false
	}
	if s.tr.rel(n) == "acl:relcl" && s.standingRelative(n) {
		return !s.clauseTime(n) // "a charge the Kremlin has denied", "troops that have been stationed there"
	}
	if s.tr.w(n).XPOS != "VBN" || s.tr.rel(n) != "acl" && !s.tr.presentPassive(n) {
		return false
	}
	return !s.clauseTime(n) // "troops deployed there last week" tells the deployment
}

// standingRelative reports whether the relative clause verb n is in the
// present or the present perfect ("a charge the minister has denied",
// "men who deny any role"): where things stand, not a past act told
// ("troops that were deployed to the border").
func (s *sent) standingRelative(n node) bool {
	switch s.tr.w(n).XPOS {
	case "VBP", "VBZ":
		return true
	case "VBN":
		for _, a := range s.tr.kids(n, is("aux")) {
			if f := strings.ToLower(s.tr.w(a).Form); f == "has" || f == "have" {
				return true
			}
		}
	}
	return false
}

// passiveNaming reports whether the verb trigger t is a verb of naming
// (naming in data/modality.yaml) in the passive with a noun predicate:
// "the drama has been hailed the trial of the century" judges the drama,
// it tells no act of praise.
func (s *sent) passiveNaming(t *trigger) bool {
	if t.noun || s.tree() == nil {
		return false
	}
	n, ok := s.triggerNode(t)
	if !ok || !s.tr.lemmaIn(n, theModality.naming) || len(s.tr.kids(n, is("nsubj:pass"))) == 0 {
		return false
	}
	for _, k := range s.tr.kids(n, is("obj", "xcomp")) {
		if s.tr.nominal(k) {
			return true
		}
	}
	return false
}

// stateComplement reports whether the verb trigger t is read as the
// adjective or participle complement of a verb of state (stative in
// data/modality.yaml): "markets remain closed", "the crossing stayed
// shut" tell a lasting state, not the closing. The parser may hang the
// verb of state on the participle as its auxiliary ("stayed" aux:pass of
// "closed").
func (s *sent) stateComplement(t *trigger) bool {
	if t.noun || s.tree() == nil {
		return false
	}
	n, ok := s.triggerNode(t)
	if !ok {
		return false
	}
	if u := s.tr.w(n).UPOS; u != "ADJ" && s.tr.w(n).XPOS != "VBN" {
		return false
	}
	for _, a := range s.tr.kids(n, is("aux", "aux:pass", "cop")) {
		if s.tr.lemmaIn(a, theModality.stative) {
			return true
		}
	}
	if len(s.tr.kids(n, is("mark", "aux"))) > 0 {
		return false // "appeared to have sent troops": an infinitive, the act itself
	}
	h, ok := s.tr.head(n)
	return ok && s.tr.rel(n) == "xcomp" && s.tr.lemmaIn(h, theModality.stative)
}

// clauseTime reports whether a time expression lies in the clause the
// word n heads (n or its dependents at any depth).
func (s *sent) clauseTime(n node) bool {
	return s.anyWithin(n, s.d.timexAt)
}

// anyWithin reports whether a token of the sentence marked in at (an
// index, or -1 for none: timexAt, actorAt) lies in the phrase the word n
// heads (n or its dependents at any depth).
func (s *sent) anyWithin(n node, at []int) bool {
	for j := s.first; j < s.last; j++ {
		if at[j] < 0 {
			continue
		}
		if k, ok := s.treeNode(j); ok && s.tr.within(k, n) {
			return true
		}
	}
	return false
}

// runEnd returns the last word of the run of k's dependents that follows
// k without a break (k itself when the next word is none of them): where
// the phrase k heads ends when it ends after k.
func (t *tree) runEnd(k node) node {
	end := k
	for e := k + 1; int(e) < len(t.words) && t.within(e, k); e++ {
		end = e
	}
	return end
}

// within reports whether the word k is n or one of its dependents, at any
// depth.
func (t *tree) within(k, n node) bool {
	for depth := 0; depth < len(t.words); depth++ {
		if k == n {
			return true
		}
		h, ok := t.head(k)
		if !ok {
			return false
		}
		k = h
	}
	return false
}

// maxConjuncts bounds the walk up a chain of coordinated verbs to the
// first one.
const maxConjuncts = 4

// pluperfectRelative reports whether the verb trigger t is in the past
// perfect in a relative clause ("a former minister who had declared
// himself president"), or in the present perfect in a relative clause set
// off by a comma ("the six officers, who have pleaded not guilty, face
// ...", "the rebels, who have vowed to fight on, stepped up ..."): what
// the person had done before the story, told to say who they are, unless
// its clause has a time expression of its own. A verb coordinated with it
// shares its tense ("who had declared himself president and urged the
// army to join him").
func (s *sent) pluperfectRelative(t *trigger) bool {
	n, ok := s.verbNode(t)
	for depth := 0; ok && depth < maxConjuncts && s.tr.rel(n) == "conj"; depth++ {
		n, ok = s.tr.head(n) // "who had declared himself president and urged ...": the first verb's aux
	}
	if !ok || s.tr.rel(n) != "acl:relcl" {
		return false
	}
	for _, a := range s.tr.kids(n, is("aux")) {
		if !s.tr.isLemma(a, "have") {
			continue
		}
		switch s.tr.w(a).XPOS {
		case "VBD":
			return !s.clauseTime(n) // "who had visited Kabul in May" dates that visit
		case "VBZ", "VBP":
			return s.asideRelative(n) && !s.clauseTime(n)
		}
	}
	return false
}

// asideRelative reports whether the relative clause n is set off by a
// comma before its relative pronoun ("the officers, who have ..."): it
// describes a referent already named, it does not pick it out.
func (s *sent) asideRelative(n node) bool {
	for _, k := range s.tr.kids(n, is("nsubj", "nsubj:pass", "obj")) {
		switch strings.ToLower(s.tr.w(k).Form) {
		case "who", "which":
			return k > 0 && s.tr.w(k-1).Form == ","
		}
	}
	return false
}

// domainCompound reports whether the noun trigger t, whose entry is a use
// of force only with a weapon cue (armed in data/triggers.yaml), has a
// common noun before it that names a trade, a good or a cause rather than
// a weapon or a force: "an oil strike", "a hunger strike", "a price war"
// are no attacks; "an air strike", "a missile strike", "a police raid"
// are.
func (s *sent) domainCompound(t *trigger) bool {
	if !t.e.Armed || s.tree() == nil {
		return false
	}
	n, ok := s.triggerNode(t)
	if !ok || !s.tr.nominal(n) {
		return false // the parse decides: "a massive oil strike" matched as a verb is a noun
	}
	d := s.tr
	for _, c := range d.kids(n, is("compound")) {
		if d.w(c).UPOS != "NOUN" {
			continue // a name: "the Gaza strike"
		}
		for _, j := range s.tokensOf(c) {
			if s.d.actorAt[j] >= 0 {
				return false
			}
		}
		lw := strings.ToLower(d.w(c).Form)
		if s.d.lemmaIn(lw, armedCues) || s.d.lemmaIn(lw, troopUnits) || s.d.lemmaIn(lw, personNouns) ||
			groupNouns[lw] || agentNouns[lw] || s.d.lemmaIn(lw, partyNouns) {
			return false
		}
		return true
	}
	return false
}

// officeHolders are the nouns of an office whose "of" phrase names what
// it presides (data/words.yaml).
var officeHolders = wordList("office_holders")

// officeOf reports whether the noun trigger t is the "of" phrase of an
// office's noun (officeHolders, or a compound of one: "president-designate",
// "summit chairman"): "the president of the climate conference", "the
// chairman of the summit" name an office holder, no news of the
// gathering itself.
func (s *sent) officeOf(t *trigger) bool {
	if !t.noun || s.tree() == nil {
		return false
	}
	d := s.tr
	n, ok := s.triggerNode(t)
	if !ok || d.rel(n) != "nmod" || d.caseWord(n) != "of" {
		return false
	}
	h, ok := d.head(n)
	if !ok || d.w(h).UPOS != "NOUN" {
		return false
	}
	if officeHolders[strings.ToLower(d.w(h).Form)] {
		return true
	}
	for _, c := range d.kids(h, is("compound")) {
		if officeHolders[strings.ToLower(d.w(c).Form)] {
			return true // "the president-designate of"
		}
	}
	return false
}

// ailments are the compounds that make a violent noun a fit of illness
// (data/words.yaml).
var ailments = wordList("ailments")

// ailment reports whether the violent noun trigger t has an ailment for
// compound: "suffered a heart attack" is no attack.
func (s *sent) ailment(t *trigger) bool {
	if !violentTypes[t.e.Type] || s.tree() == nil {
		return false
	}
	n, ok := s.triggerNode(t)
	if !ok || !s.tr.nominal(n) {
		return false
	}
	for _, c := range s.tr.kids(n, is("compound", "amod")) {
		if s.tr.lemmaIn(c, ailments) {
			return true
		}
	}
	return false
}

// ailing reports whether the word at token j follows an ailment ("a
// heart attack", "an asthma attack"): a fit of illness, no armed cue nor
// an except word of force ("died of a heart attack" is a death).
func (s *sent) ailing(j int) bool {
	return ailments[s.word(j-1)]
}

// likeningWords say what something amounts to (data/words.yaml).
var likeningWords = wordList("likening_words")

// likened reports whether the noun trigger t is the object or the "to"
// phrase of a likening verb or adjective: "the move represented a coup",
// "tantamount to a coup" tell no coup.
func (s *sent) likened(t *trigger) bool {
	if !t.noun {
		return false
	}
	if s.likenedWords(t) {
		return true
	}
	n, ok := s.parsedTrigger(t)
	if !ok {
		return false
	}
	if r := s.tr.rel(n); r == "compound" || r == "flat" {
		if n, ok = s.tr.head(n); !ok {
			return false // "a coup d'etat": the phrase's head says where it stands
		}
	}
	switch s.tr.rel(n) {
	case "obj", "obl", "nmod", "xcomp":
	default:
		return false
	}
	h, ok := s.tr.head(n)
	if !ok || !s.tr.lemmaIn(h, likeningWords) {
		return false
	}
	return s.tr.rel(n) == "obj" || s.tr.caseWord(n) == "to"
}

// likenReach is how many words likenedWords passes between "to" and a
// noun trigger ("tantamount to a full-blown coup").
const likenReach = 3

// likenedWords reports whether a likening word and "to" come right
// before the noun trigger t, past at most likenReach determiners and
// modifiers: the words tell it where the parse hangs the noun elsewhere.
func (s *sent) likenedWords(t *trigger) bool {
	j := t.start - 1
	for n := 0; j > s.first && n < likenReach && s.word(j) != "to" && (isPlainWord(s.word(j)) || determiners[s.word(j)]); n++ {
		j--
	}
	return j > s.first && s.word(j) == "to" && s.d.lemmaIn(s.word(j-1), likeningWords)
}

// spanPreps are the prepositions of a duration over which a perfect tells
// repeated events (data/words.yaml).
var spanPreps = wordList("span_preps")

// iterativePerfect reports whether the verb trigger t, in the perfect,
// has in its clause a duration introduced by one of spanPreps ("as many as 30 suspects had been investigated over the past
// 10 years", "the rebels have staged attacks in the past"): it sums
// up events of a span, none told as one.
func (s *sent) iterativePerfect(t *trigger) bool {
	n, ok := s.perfectVerb(t)
	if !ok {
		return false
	}
	d := s.tr
	for j := s.first; j < s.last; j++ {
		x := s.d.timexAt[j]
		if x < 0 || !span(s.d.in.Times[x]) {
			continue
		}
		k, ok := s.treeNode(j)
		if !ok || !d.within(k, n) {
			continue
		}
		for cur := k; cur != n; {
			if spanPreps[strings.ToLower(d.caseWord(cur))] {
				return true
			}
			h, ok := d.head(cur)
			if !ok {
				break
			}
			cur = h
		}
	}
	return false
}

// sinceTotal reports whether the verb trigger t, in the perfect, has a
// "since" phrase or clause and a counted subject or object: a toll summed
// up since a time or an event ("more than 60,000 people have been killed
// since the rebels launched their campaign", "3,000 have died since
// 1983"), no event told as one. A single act since a time ("has been
// detained since Monday") has no count. An act done to people one by one
// (modality.yaml period_counted) sums a toll in any tense, and with a tally
// adverbial ("so far", "to date": tallyHeads) or with the "since" on a
// verb conjoined with it too ("bombings that killed more than 230 people
// since 2002", "an outbreak that has so far killed 14 people", "five
// soldiers have been killed and 25 wounded since the clashes began"); a
// market's "its best close since 1997" is no toll.
func (s *sent) sinceTotal(t *trigger) bool {
	n, ok := s.verbNode(t)
	if !ok {
		return false
	}
	_, perfect := s.perfectVerb(t)
	counted := theModality.periodCounted[string(t.e.Type)]
	if !perfect && !counted {
		return false
	}
	d := s.tr
	verbs := []node{n}
	if counted {
		verbs = append(verbs, d.kids(n, is("conj"))...)
		if h, ok := d.head(n); ok && d.rel(n) == "conj" {
			verbs = append(verbs, h)
		}
	}
	since := false
	for _, v := range verbs {
		for _, k := range d.kids(v, is("obl", "advcl", "nmod")) {
			since = since || d.caseWord(k) == "since" || d.markWord(k) == "since"
		}
		since = since || counted && d.hasDepWord(v, is("advmod", "obl"), func(f, _ string) bool { return tallyHeads[f] })
	}
	if !since {
		return false
	}
	for _, o := range d.kids(n, is("nsubj", "nsubj:pass", "obj")) {
		if d.w(o).UPOS == "NUM" || len(d.kids(o, is("nummod"))) > 0 {
			return true
		}
	}
	return false
}

// span reports whether x names a stretch of past time a perfect sums up:
// a duration of several units ("the past 10 years") or the past at large
// ("in the past").
func span(x timex.Timex) bool {
	return (x.Type == timex.Duration && manyUnits(x.Value)) || x.Value == "PAST_REF"
}

// manyUnits reports whether a duration value spans several units ("P10Y",
// "PXY" of "in recent years"), not one ("P1W" of "the first week of
// October", which dates one event).
func manyUnits(v string) bool {
	if !strings.HasPrefix(v, "P") || strings.HasPrefix(v, "PT") {
		return false
	}
	n := strings.TrimRight(v[1:], "YMWDE")
	if n == "X" {
		return true
	}
	k, err := strconv.Atoi(n)
	return err == nil && k >= 2
}

// privateGathering reports whether the verb trigger t tells a visit or a
// meeting with no party the story knows: no actor takes part, only a
// place, and its subject is a pronoun or a noun of private persons with
// no name in it ("tourists visited the town", "they met in a bar"): the
// comings and goings of private persons, no news event. A name the
// gazetteer lacks ("General Ivan Petrov arrived") or an official ("the
// envoy arrived") keeps it.
func (s *sent) privateGathering(t *trigger, m *Mention) bool {
	if t.noun || (m.Type != Visit && m.Type != Meeting) || countRoles(m, Agent, Counterpart, Recipient, Target) > 0 {
		return false
	}
	subj := s.triggerSubjects(t)
	if len(subj) == 0 {
		return false
	}
	d := s.tr
	for i := range d.words {
		if d.w(node(i)).UPOS == "PROPN" && d.within(node(i), subj[0]) {
			return false // "retired General Ivan Petrov arrived": a name the gazetteer lacks
		}
	}
	switch d.w(subj[0]).UPOS {
	case "PRON":
		// "they met in a bar", no actor to refer back to; not "a minister
		// who visited Kyiv"
		return pronouns[strings.ToLower(d.w(subj[0]).Form)]
	case "NOUN":
		lw := strings.ToLower(d.w(subj[0]).Form)
		return s.d.lemmaIn(lw, personNouns) && !titles[lw] && !s.d.lemmaIn(lw, partyNouns) && !groupNouns[lw] && !agentNouns[lw]
	}
	return false
}

// arrivingForces are the subjects whose journey is a deployment, no
// visit (data/words.yaml).
var arrivingForces = wordList("arriving_forces")

// journeyVerbs are the visit verbs that tell a movement to a place
// (data/words.yaml).
var journeyVerbs = wordList("journey_verbs")

// traveller tells who makes the journey the verb trigger t of a visit
// tells, from the head of its subject in the parse: "force" for troops or
// warships, whose arrival is a deployment ("some 500 British troops
// arrived in Basra"; a journey verb only, not "soldiers visited the
// school"); "crowd" for a plural noun of people who hold no office, or a
// bare number of them, with no name in the subject ("some 2,000
// protesters arrived in the capital", "at least 10,000 had arrived",
// "thousands of pilgrims arrived": a quantity stands for its "of" noun):
// the comings of a crowd, no visit; not "ministers arrived", "UN
// inspectors arrived", "the delegates arrived". "" otherwise.
func (s *sent) traveller(t *trigger) string {
	if t.noun || t.e.Type != Visit {
		return ""
	}
	subj := s.triggerSubjects(t)
	if len(subj) == 0 {
		return ""
	}
	d, n := s.tr, s.quantified(subj[0])
	lw := strings.ToLower(d.w(n).Form)
	if s.arrivingForce(n) {
		if journeyVerbs[t.e.Lemma] {
			return "force" // "Dutch marines" too
		}
		return ""
	}
	for i := range d.words {
		if d.w(node(i)).UPOS == "PROPN" && d.within(node(i), n) {
			return "" // "UN inspectors", "General Petrov"
		}
	}
	switch {
	case d.w(n).UPOS == "NUM":
		return "crowd" // "at least 10,000 had arrived"
	case d.w(n).UPOS == "NOUN" && s.crowdNoun(d, n) && (lw == "people" || personWord(lw)):
		// people by WordNet's first sense ("pilgrims", "visitors"; not
		// "flights", a formation first)
		if titles[lw] || s.d.lemmaIn(lw, partyNouns) || groupNouns[lw] || s.d.lemmaIn(lw, armedCues) {
			return "" // "the first rebels arrived": an armed group's move
		}
		return "crowd"
	}
	return ""
}

// quantified returns the "of" noun a number or quantity noun n stands
// for ("thousands of pilgrims", "hundreds of troops"), else n.
func (s *sent) quantified(n node) node {
	d := s.tr
	if d.w(n).UPOS == "NUM" || s.d.lemmaIn(strings.ToLower(d.w(n).Form), quantityNouns) {
		for _, o := range d.kids(n, is("nmod")) {
			if d.caseWord(o) == "of" && d.w(o).UPOS == "NOUN" {
				n = o
			}
		}
	}
	return n
}

// partOf returns the "of" noun a number, a quantity noun or a pronoun or
// determiner of a part stands for ("thousands of pilgrims", "all of the
// demands", "any of the following criteria"), else n.
func (s *sent) partOf(n node) node {
	d := s.tr
	if u := d.w(n).UPOS; u != "PRON" && u != "DET" {
		return s.quantified(n)
	}
	if o := d.ofNoun(n); o != noNode {
		return o
	}
	return n
}

// arrivingForce reports whether the noun n is one of arrivingForces
// ("reinforcements", "the warships"), whose journey is a deployment.
func (s *sent) arrivingForce(n node) bool {
	return s.tr.w(n).UPOS == "NOUN" && s.d.lemmaIn(strings.ToLower(s.tr.w(n).Form), arrivingForces)
}

// civilVehicles make a verb of force a crash (data/words.yaml).
var civilVehicles = wordList("civil_vehicles")

// crash reports whether the armed verb trigger t has a civil vehicle for
// subject and the mention no agent: "a plane hit an apartment block" is
// an accident, not an attack; "Russian planes hit the town" (an agent)
// stays an attack. A verb of force coordinated with an accident's verb
// tells the same mishap whatever its subject ("the aircraft crashed and
// hit an apartment block").
func (s *sent) crash(t *trigger, m *Mention) bool {
	if t.noun || !t.e.Armed {
		return false
	}
	if s.mishapAnd(t) {
		return true // the words tell it when the parse does not (or without one)
	}
	n, ok := s.parsedTrigger(t)
	if !ok {
		return false
	}
	if s.mishapConjunct(t, n) {
		return true // "the aircraft crashed in a residential area and hit an apartment block"
	}
	if countRoles(m, Agent) > 0 {
		return false
	}
	for _, k := range s.tr.kids(n, is("nsubj")) {
		if s.tr.lemmaIn(k, civilVehicles) {
			return true
		}
	}
	return false
}

// vehicleToll reports whether the verb trigger t is a participle adjunct
// with no subject of its own ("killing three") whose head verb has a
// civil vehicle for subject and the mention no agent: the toll of a
// crash, whatever verb tells it ("a lorry ploughed into a market stall,
// killing three shoppers"; not "gunmen in a car opened fire, killing
// three").
func (s *sent) vehicleToll(t *trigger, m *Mention) bool {
	if t.noun || s.tree() == nil || countRoles(m, Agent) > 0 {
		return false
	}
	n, ok := s.triggerNode(t)
	if !ok || s.tr.rel(n) != "advcl" || s.tr.w(n).XPOS != "VBG" || len(s.tr.kids(n, is("nsubj", "nsubj:pass", "mark"))) > 0 {
		return false
	}
	h, ok := s.tr.head(n)
	if !ok {
		return false
	}
	for _, k := range s.tr.kids(h, is("nsubj")) {
		if s.tr.lemmaIn(k, civilVehicles) {
			return true
		}
	}
	return false
}

// mishapConjunct reports whether the verb n of trigger t is coordinated
// with the verb of an accident trigger of its sentence ("crashed ... and
// hit"), either way round.
func (s *sent) mishapConjunct(t *trigger, n node) bool {
	for _, o := range s.triggers {
		if o == t || o.noun || o.e.Type != Accident {
			continue
		}
		on, ok := s.triggerNode(o)
		if !ok {
			continue
		}
		if h, ok := s.tr.head(n); ok && h == on && s.tr.rel(n) == "conj" {
			return true
		}
		if h, ok := s.tr.head(on); ok && h == n && s.tr.rel(on) == "conj" {
			return true
		}
	}
	return false
}

// mishapAnd reports, on the words, whether the verb trigger t follows
// "and" and the nearest trigger before it is an accident's verb ("the
// aircraft, bound for X, crashed on Dec. 6 in a residential area and hit
// an apartment block"): the coordination mishapConjunct looks for, when
// the parse misses it.
func (s *sent) mishapAnd(t *trigger) bool {
	if t.start-1 <= s.first || s.word(t.start-1) != "and" {
		return false
	}
	var prev *trigger
	for _, o := range s.triggers {
		if o.end <= t.start {
			prev = o
		}
	}
	return prev != nil && !prev.noun && prev.e.Type == Accident
}

// foughtCauses are the causes a group fights for (data/words.yaml).
var foughtCauses = wordList("fought_causes")

// foughtCause reports whether t, a trigger of "fight" or "fighting", tells
// a struggle for a cause rather than a battle: the parse gives it a "for"
// phrase headed by a noun of foughtCauses ("the rebels, who have been
// fighting for a separate homeland since 1972", "a group fighting for
// independence"), an object or an "against" phrase naming an illness, a
// disaster or an economic force (disasterNoun: "fighting the bird flu",
// "fighting inflation", "the fight against the epidemic"). A fight for a
// place or for its control is combat ("fighting for the town", "fought
// for control of the airport"). A fight to do something ("fought to save
// his job") is left a fight: TimeML counts it an event, and its gold
// recall fell below its bound without it.
func (s *sent) foughtCause(t *trigger) bool {
	if t.e.Lemma != "fight" && t.e.Lemma != "fighting" || s.tree() == nil {
		return false
	}
	n, ok := s.triggerNode(t)
	if !ok {
		return false
	}
	for _, k := range s.tr.kids(n, func(r string) bool { return baseRel(r) == "obl" || baseRel(r) == "nmod" }) {
		if s.tr.caseWord(k) == "for" && s.d.lemmaIn(strings.ToLower(s.tr.w(k).Form), foughtCauses) {
			return true
		}
		if s.tr.caseWord(k) == "against" && s.disasterNoun(k, 0) {
			return true // "to fight against the epidemic"
		}
	}
	for _, k := range s.tr.kids(n, is("obj")) {
		if s.disasterNoun(k, 0) {
			return true // "fighting the bird flu", "fighting inflation"
		}
	}
	if h, ok := s.tr.head(n); ok && s.tr.rel(n) == "compound" && s.disasterNoun(h, 0) {
		return true // the parse's "Fighting inflation is a main aim", a gerund read as the noun's compound
	}
	return false
}

// impersonalPatient reports whether the verb trigger t, whose entry asks
// for a person as the one it is done to (person_patient in
// data/triggers.yaml), has none: no object, passive subject or modified
// noun naming a person or a body ("fired a missile", "the match was
// suspended", "the shooting suspended play"), or no such word at all
// ("troops fired"). "Sacked the coach", "he was fired", "the ministers
// he fired", "suspended him" name one, and so does, for a game's verb, a
// name right after it the parse did not make its object (sideAfter).
func (s *sent) impersonalPatient(t *trigger) bool {
	if t.noun || !t.e.PersonPatient || s.tree() == nil {
		return false
	}
	n, ok := s.triggerNode(t)
	if !ok {
		return false
	}
	for _, o := range s.patients(n) {
		if s.personNode(o) {
			return false
		}
	}
	return !(t.e.Game && s.sideAfter(t))
}

// sideReach is how many words after a game verb sideAfter looks for the
// side it names ("overcame hosts Ardena 21-19", "beat top Velnian Tam
// Kelsby in straight sets").
const sideReach = 5

// sideAfter reports whether a name the actor stage found stands within
// sideReach words right after the verb trigger t, before any number,
// punctuation or preposition: the side beaten, where the parse of a
// results line (a score, seeds, ranks) lost the verb's object ("overcame
// Ardena 21-19, 22-20" read with the side as the verb's flat name).
func (s *sent) sideAfter(t *trigger) bool {
	for j := t.end; j < min(t.end+sideReach, s.last); j++ {
		if s.tok(j).Kind != token.Word || prepositions[s.word(j)] {
			return false // "downed at Albion", "signed by Roe": a venue, a doer
		}
		if s.d.actorAt[j] >= 0 {
			return true
		}
	}
	return false
}

// attributionNoun reports whether the noun trigger t of a statement is
// only where the event of another trigger's clause is told from:
// "according to a statement released by the company, seven workers were
// taken hostage" tells the kidnapping, not a statement. One governed by a verb of
// reporting is that report's ("the council said ..., according to a
// statement": participants.go, statementOwners).
func (s *sent) attributionNoun(t *trigger) bool {
	if !t.noun || t.e.Type != Statement || s.tree() == nil {
		return false
	}
	n, ok := s.triggerNode(t)
	if !ok || !accordingTo(s.tr, n) {
		return false
	}
	h, ok := s.tr.head(n)
	if !ok || s.tr.lemmaIn(h, s.d.lx.reporting) {
		return false
	}
	// the clause tells an event of its own: the statement is its source
	// ("Singapore has trained 140 officials, according to a statement"
	// tells no other event: the statement's is the news)
	for _, o := range s.triggers {
		if o != t && s.triggerNodes(o)[h] {
			return true
		}
	}
	return false
}

// undiscoveredDead reports whether the verb trigger t, whose entry tells a
// death by the finding of the dead (finder_subject in data/triggers.yaml),
// finds no dead: no patient headed by a word of its needs ("found the
// bodies", "the remains were found") and no such word as the state it
// leaves its patient in ("was found dead"). "Documents found on the
// bodies", "found the virus in dead fowls" find none.
func (s *sent) undiscoveredDead(t *trigger) bool {
	if t.noun || !t.e.FinderSubject || s.tree() == nil {
		return false
	}
	n, ok := s.triggerNode(t)
	if !ok {
		return false
	}
	d := s.tr
	needed := func(o node) bool {
		lw := strings.ToLower(d.w(o).Form)
		return slices.ContainsFunc(t.e.Needs, func(w string) bool { return s.d.hasLemma(lw, w) })
	}
	patients := s.patients(n)
	for _, o := range patients {
		if needed(o) {
			return s.index > 0 && s.toldDead(o) // "found the bodies"
		}
	}
	if slices.ContainsFunc(d.kids(n, is("xcomp")), needed) || d.strayState(n) != noNode && needed(d.strayState(n)) {
		// "was found dead": someone, not "found his chickens dead"
		return !slices.ContainsFunc(patients, func(o node) bool { return s.personNode(o) || d.w(o).UPOS == "NUM" })
	}
	return true
}

// toldDead reports whether the noun at o names dead the text told of
// before: "the bodies", "their bodies", "the victims' bodies", with no
// "of" phrase naming whose ("the bodies of two men" are news). Their
// finding belongs to the killing or the disaster told before.
func (s *sent) toldDead(o node) bool {
	d := s.tr
	if d.w(o).UPOS != "NOUN" || len(d.kids(o, is("nmod", "nummod", "acl:relcl"))) > 0 {
		return false
	}
	for _, k := range d.kids(o, is("det", "nmod:poss")) {
		switch w := strings.ToLower(d.w(k).Form); {
		case w == "the" || possessivePronouns[w] || ownPossessives[w]:
			return true
		case d.rel(k) == "nmod:poss" && d.w(k).UPOS == "NOUN":
			return true // "the victims' bodies"
		}
	}
	return false
}

// exceptedPatient reports whether the verb trigger t has a patient in
// the parse (patients: its object, its passive subject, the noun its
// participle or relative clause modifies; a part of a whole its "of"
// phrase: partOf) headed by a word of its entry's patient_except
// (data/triggers.yaml): "a copy signed by the author", "signed
// autographs" sign no agreement, "meets all of the demands" holds no
// meeting.
func (s *sent) exceptedPatient(t *trigger) bool {
	if t.noun || len(t.e.PatientExcept) == 0 || s.tree() == nil {
		return false
	}
	n, ok := s.triggerNode(t)
	if !ok {
		return false
	}
	for _, o := range s.patients(n) {
		lw := strings.ToLower(s.tr.w(s.partOf(o)).Form)
		for _, w := range t.e.PatientExcept {
			if s.d.hasLemma(lw, w) {
				return true
			}
		}
	}
	return false
}

// lifelessPatient reports whether the verb trigger t, whose entry asks
// for a living patient (living_patient in data/triggers.yaml), is done to
// a common noun WordNet classes as lifeless in its first sense
// (lifelessClasses): "voted to kill the motion", "killed the deal",
// "400 pigs were killed".
func (s *sent) lifelessPatient(t *trigger) bool {
	if t.noun || !t.e.LivingPatient || s.tree() == nil {
		return false
	}
	n, ok := s.triggerNode(t)
	return ok && s.lifelessPatientOf(n)
}

// livingPatientVerb reports whether a verb entry of the lexicon for lemma
// asks for a living patient: the CAMEO dictionary's reading of the verb
// is held to it too ("killed the bill" is no killing by any reading).
func (s *sent) livingPatientVerb(lemma string) bool {
	for _, ei := range s.d.lx.byFirst[lemma] {
		if e := &s.d.lx.entries[ei]; e.LivingPatient && len(e.words) == 1 {
			return true
		}
	}
	return false
}

// lifelessPatientOf reports whether the verb at n is done to a common
// noun WordNet classes as lifeless in its first sense: its object or
// passive subject, or the noun its participle modifies ("the motion
// killed by parliament"); not the noun a relative clause with an object
// hangs on ("the capital Kursk killed 200 people" misparsed).
func (s *sent) lifelessPatientOf(n node) bool {
	d := s.tr
	ps := d.kids(n, is("obj", "nsubj:pass"))
	if h, ok := d.head(n); ok && d.rel(n) == "acl" && len(ps) == 0 {
		ps = append(ps, h)
	}
	for _, o := range ps {
		w := s.tr.w(o)
		if w.UPOS != "NOUN" || s.personNode(o) {
			continue
		}
		if c, ok := wordnet.NounOfForm(strings.ToLower(w.Form)); ok && lifelessClasses[c] {
			return true
		}
	}
	return false
}

// lifelessClasses are the WordNet classes of nouns no violence is done
// to: a killed motion, deal or engine is stopped, not killed; killed
// poultry or cattle are culled or hunted, no killing of people.
var lifelessClasses = map[wordnet.Class]bool{wordnet.Animal: true, wordnet.Food: true,
	wordnet.Act: true, wordnet.Artifact: true, wordnet.Attribute: true, wordnet.Cognition: true,
	wordnet.Communication: true, wordnet.Event: true, wordnet.Feeling: true, wordnet.Motive: true,
	wordnet.Possession: true, wordnet.Process: true, wordnet.Relation: true, wordnet.State: true,
	wordnet.Substance: true, wordnet.Time: true,
}

// othersPart reports whether the verb trigger t, whose entry asks for its
// own part (own_part in data/triggers.yaml), has an object that a name
// possesses: a denial of another's part ("denied the Lashkar's
// involvement") is no denial of one's own responsibility.
func (s *sent) othersPart(t *trigger) bool {
	if t.noun || !t.e.OwnPart || s.tree() == nil {
		return false
	}
	n, ok := s.triggerNode(t)
	if !ok {
		return false
	}
	for _, o := range s.tr.kids(n, is("obj")) {
		for _, p := range s.tr.kids(o, is("nmod:poss")) {
			if s.tr.w(p).UPOS == "PROPN" {
				return true
			}
		}
	}
	return false
}

// patients returns the words the verb n is done to: its objects, its
// passive subject (or its subject, when the parse reads the participle
// as an adjective after a copula: "was relieved of his command"), and
// the noun its participle or relative clause modifies ("the ministers he
// fired", "a law passed last week").
func (s *sent) patients(n node) []node {
	d := s.tr
	out := d.kids(n, is("obj", "nsubj:pass"))
	if len(out) == 0 && d.w(n).UPOS == "VERB" {
		// the parse may leave the object of a verb it read after a
		// misplaced time unlabelled ("West Ham on Monday sacked manager
		// Alan Pardew": manager is dep): a noun right after the verb
		for _, k := range d.kids(n, is("dep")) {
			if u := d.w(k).UPOS; (u == "NOUN" || u == "PROPN") && d.rightAfter(n, k) {
				out = append(out, k)
			}
		}
	}
	if len(out) == 0 {
		if o, ok := d.strayPassiveSubject(n); ok {
			out = append(out, o)
		}
	}
	if len(d.kids(n, is("cop"))) > 0 {
		out = append(out, d.kids(n, is("nsubj"))...)
	}
	if r := d.rel(n); (r == "acl" || r == "acl:relcl" || r == "amod" && d.w(n).UPOS == "VERB") && !d.relativeSubject(n) {
		// and the noun a clause or a participle describes: "the
		// ministers he fired", "the sacked manager" (not an adjective's:
		// "free Paul Watson"; nor the one a relative pronoun makes the
		// clause's subject: "Sagnol, who signed from Monaco", who acts)
		if h, ok := d.head(n); ok {
			out = append(out, h)
		}
	}
	return out
}

// strayPassiveSubject returns the passive subject the parse of two
// coordinated passive clauses hung on the first verb: in "the driver has
// been arrested, and an official has been sacked" it reads "official" as
// a conjunct of "arrested", leaving "sacked" (also a conjunct of
// "arrested") with no subject. The noun is the last noun or name
// conjunct of n's head, a verb, standing between the head and the
// passive verb n, which has a passive auxiliary and no subject of its own.
func (t *tree) strayPassiveSubject(n node) (node, bool) {
	if t.rel(n) != "conj" || len(t.kids(n, is("aux:pass"))) == 0 || len(t.kids(n, func(r string) bool { return baseRel(r) == "nsubj" })) > 0 {
		return noNode, false
	}
	h, ok := t.head(n)
	if !ok || h > n || t.w(h).UPOS != "VERB" {
		return noNode, false // not "Roe and Doe, along with others, have been charged" parsed from the name
	}
	found := noNode
	for _, k := range t.kids(h, is("conj")) {
		if u := t.w(k).UPOS; k > h && k < n && (u == "NOUN" || u == "PROPN" || u == "PRON") {
			found = k
		}
	}
	return found, found != noNode
}

// relativeSubject reports whether the relative clause of verb n has a
// relative pronoun for its active subject ("the player who signed from
// Monaco"): the noun it describes does the act, none undergoes it.
func (t *tree) relativeSubject(n node) bool {
	return t.hasDepWord(n, is("nsubj"), func(f, _ string) bool { return relativizers[f] })
}

// rightAfter reports whether the phrase of k follows the word n with
// nothing between them but words of that phrase: "sacked its manager"
// (k manager, n sacked), not "sacked, on Monday, the manager".
func (t *tree) rightAfter(n, k node) bool {
	if k <= n {
		return false
	}
	for j := n + 1; j < k; j++ {
		if !t.within(j, k) {
			return false
		}
	}
	return true
}

// patientIn reports whether the verb at token i has, in the parse, a
// patient (patients) headed by one of words, wherever it stands: "a law
// allowing the government to cut its stake was passed by parliament",
// "the bill, which the senate approved" (patient_needs in
// data/triggers.yaml).
func (s *sent) patientIn(i int, words []string) bool {
	if !s.mayHoldAnyLemma(words) || s.tree() == nil {
		return false
	}
	n, ok := s.treeNode(i)
	if !ok {
		return false
	}
	for _, o := range s.patients(n) {
		lw := strings.ToLower(s.tr.w(o).Form)
		for _, w := range words {
			if s.d.hasLemma(lw, w) {
				return true
			}
		}
	}
	return false
}

// gatheredBy reports whether the noun at token i heads the subject or the
// object of a verb of words (gatheringVerb).
func (s *sent) gatheredBy(i int, words []string) bool {
	_, ok := s.gatheringVerb(i, words)
	return ok
}

// gatheringVerb returns the verb of words ("a seminar on water opened
// here Monday", "a workshop was held in Beijing", "kicked off a forum";
// frame_verbs in data/triggers.yaml) whose subject, passive subject or
// object the noun at token i heads in the parse, and whether there is
// one: the verb tells the gathering take place, where a word in a window
// may belong to another phrase ("a regional forum for promoting open
// trade"). A frame verb's past participle modifying an occasion's noun
// (OccasionOf) tells it take place too ("joined the alliance at a
// ceremony held in the city on Friday"); a seminar "held by" a body is
// only where something was said. A noun that holds, as the active subject of "hold", is a body
// holding something else, no gathering of its own ("the forum held its
// first meeting").
//
// A misparse is read through: a noun with a determiner of its own hung
// as a compound on a later noun of its phrase ("A seminar on IPR
// protection opened here", "seminar" a compound of "protection"): the
// phrase's head stands for it; not "the seminar room", whose determiner
// is the room's.
func (s *sent) gatheringVerb(i int, words []string) (node, bool) {
	if !s.mayHoldAnyLemma(words) {
		return noNode, false // no verb of words: the parse is spared
	}
	n, ok := s.treeNode(i)
	if !ok {
		return noNode, false
	}
	d := s.tr
	if d.rel(n) == "compound" && len(d.kids(n, is("det"))) > 0 {
		if h, ok := d.head(n); ok && d.nominal(h) {
			n = h
		}
	}
	frame := func(h node) bool {
		if d.w(h).UPOS != "VERB" {
			return false
		}
		f := strings.ToLower(d.w(h).Form)
		for _, w := range words {
			if s.d.hasLemma(f, w) {
				return true
			}
		}
		return false
	}
	for _, k := range d.kids(n, is("acl")) {
		if d.w(k).XPOS == "VBN" && frame(k) && OccasionOf(d.w(n).Form) != "" {
			return k, true // "a ceremony held in the city on Friday"
		}
	}
	switch d.rel(n) {
	case "nsubj", "nsubj:pass", "obj":
	default:
		return noNode, false
	}
	h, ok := d.head(n)
	if !ok || !frame(h) {
		return noNode, false
	}
	if d.rel(n) == "nsubj" && d.isLemma(h, "hold") {
		return noNode, false // "the forum held its first meeting": the body holds one
	}
	return h, true
}

// bodySenseReach is how many of a noun's WordNet senses, most frequent
// first, bodyNoun looks through for a group or a person: "house" is first
// a building, then a legislature; "stock" a group only in its third.
const bodySenseReach = 2

// bodyNoun reports whether the common noun w, singular or plural, names a
// group or a person in one of its first bodySenseReach WordNet senses
// ("the lower house", "the bank"; not "stocks", "prices").
func bodyNoun(w string) bool {
	for k, c := range wordnet.SensesOfForm(w) {
		if k < bodySenseReach && (c == wordnet.Group || c == wordnet.Person) {
			return true
		}
	}
	return false
}

// personNode reports whether the word o names a person or a body: a name,
// a personal pronoun, an actor, or a noun for people, parties, groups or
// office holders, or a quantity of them ("a number of workers").
func (s *sent) personNode(o node) bool {
	d := s.tr
	w := d.w(o)
	lw := strings.ToLower(w.Form)
	switch w.UPOS {
	case "PROPN":
		return !s.timeNode(o)
	case "PRON":
		return lw != "it" && lw != "this" && lw != "that" && lw != "which" && lw != "what"
	case "NOUN":
	case "ADJ":
		// the parse's adjective for a noun heading the patient under a
		// determiner or possessive: "sacked its chief executive"
		if len(d.kids(o, is("det", "nmod:poss"))) == 0 {
			return false
		}
	default:
		return false
	}
	if s.d.lemmaIn(lw, armedCues) {
		// "fired a rocket launcher"; but the armed are people: "executed
		// the rebels", "freed a soldier" (WordNet's first sense)
		c, ok := wordnet.NounOfForm(lw)
		return ok && c == wordnet.Person
	}
	if quantityNouns[lw] {
		// "a number of workers", "a handful of rounds": the people
		// counted, if any, are the "of" phrase
		for _, k := range d.kids(o, is("nmod")) {
			if d.caseWord(k) == "of" {
				return s.personNode(k)
			}
		}
	}
	for _, j := range s.tokensOf(o) {
		if s.d.timexAt[j] >= 0 {
			return false // "were suspended last November"
		}
		if s.d.actorAt[j] >= 0 {
			return true // the noun heads an actor's name ("the Pentagon"); not "the US plan", "trading on CompuServe"
		}
	}
	return s.d.lemmaIn(lw, personNouns) || s.d.lemmaIn(lw, partyNouns) || s.d.lemmaIn(lw, troopUnits) ||
		titles[lw] || groupNouns[lw] || agentNouns[lw] || theHeadWords.personEnding(lw) || s.d.lemmaIn(lw, s.d.lx.offices)
}

// gameSense reports whether the trigger t, whose entry tells no event in
// a game (no_game in data/triggers.yaml: "dismissed Langer for 37" puts a
// batsman out), stands in a sentence or a document that names a game
// or a sport (cameo_games).
func (s *sent) gameSense(t *trigger) bool {
	return t.e.NoGame && (s.games() || s.d.gameDocument())
}

// armedSense reports whether the trigger t, whose entry does not fit
// force (unarmed in data/triggers.yaml), stands in a sentence with a
// weapon or military word (armed_cues): "the army took control of the
// parliament building" is no election's result.
func (s *sent) armedSense(t *trigger) bool {
	if !t.e.Unarmed {
		return false
	}
	for j := s.first; j < s.last; j++ {
		if (j < t.start || j >= t.end) && s.d.lemmaIn(strings.ToLower(s.d.in.Tokens[j].Text), armedCues) && !s.ailing(j) {
			return true
		}
	}
	return false
}

// unnamedSubject reports whether the trigger t, whose entry asks for
// a named subject (named_subject in data/triggers.yaml), has no subject
// in the parse (for a noun, no owner: a possessive or an "of" phrase,
// "the death of Pinochet", "Pinochet's death") that is a person the text
// names: the subject's head word,
// or a name in apposition, flat or compound with it (or with the "of"
// phrase of an office: officeHolders), is the name of a person ("the writer Stefan Hermlin died", "Pinochet died"), and so is,
// for a verb, one person of no name (onePerson: "a 26-year-old man
// died"); a count, a crowd, an animal or a body is not ("53 birds died",
// "4,000 people died", "the band died out"), and one of no name winning
// or retiring is not (fateTypes).
func (s *sent) unnamedSubject(t *trigger) bool {
	if !t.e.NamedSubject {
		return false
	}
	tr, n, ok := s.treeAt(t.start)
	if !ok {
		return true
	}
	var owners []node
	if !t.noun {
		owners = tr.kids(n, is("nsubj", "nsubj:pass"))
		if h, ok := tr.head(n); ok && tr.rel(n) == "acl:relcl" && slices.ContainsFunc(owners, func(k node) bool { return tr.lemmaIn(k, relativePronouns) }) {
			owners = append(owners, h) // "X, who died on Monday": the noun the clause modifies
		}
	} else {
		heads := []node{n}
		if h, ok := tr.head(n); ok && tr.rel(n) == "compound" && s.timeWord(h) {
			heads = append(heads, h) // "the death Thursday of X" read as a compound of the day
		}
		for _, c := range tr.kids(n, is("nmod", "nmod:tmod", "nmod:unmarked")) {
			if s.timeWord(c) {
				heads = append(heads, c) // "the death on Sunday of X", the owner hung on the day
			}
		}
		for _, h := range heads {
			for _, c := range tr.kids(h, is("nmod:poss", "nmod", "appos")) {
				if tr.rel(c) != "nmod" || tr.caseWord(c) == "of" {
					owners = append(owners, c) // "X's death", "the death of X", "the death of president X" (the name read as the noun's apposition)
				}
			}
		}
	}
	for _, c := range owners {
		if !t.noun && fateTypes[t.e.Type] && s.onePerson(c) {
			return false // "a 26-year-old man died on Monday", "the woman died"
		}
		words := append([]node{c}, tr.kids(c, is("appos", "flat", "compound"))...)
		if officeHolders[strings.ToLower(tr.w(c).Form)] {
			for _, k := range tr.kids(c, is("nmod")) {
				if tr.caseWord(k) == "of" {
					words = append(words, tr.kids(k, is("appos"))...) // "the head of the agency Mohamed ElBaradei": the name the parse hangs on the body
				}
			}
		}
		for _, w := range words {
			for _, k := range s.tokensOf(w) {
				if a := s.d.actorAt[k]; a >= 0 && s.d.in.Actors[a].Kind == actor.Person {
					return false
				}
			}
		}
	}
	return true
}

// fateTypes are the types of a person's end: one person of no name
// dying is news, one winning a prize, retiring or let out of hospital is
// not (unnamedSubject).
var fateTypes = map[Type]bool{Death: true, Killing: true}

// onePerson reports whether the noun at n names one person the text
// tells of though it gives no name: a singular noun of individualNouns
// or a privatePerson (individual.go) after an indefinite determiner or
// "the", or with an owner ("a 26-year-old man", "another farmer", "the
// woman", "the boy's sister"); not a count or a crowd ("53 birds", "4,000
// people", "the victims").
func (s *sent) onePerson(n node) bool {
	d := s.tr
	w := d.w(n)
	if lw := strings.ToLower(w.Form); w.UPOS != "NOUN" || w.XPOS != "NN" || !individualNouns[lw] && !s.privatePerson(lw) {
		return false
	}
	if len(d.kids(n, is("nummod"))) > 0 || len(d.kids(n, is("nmod:poss"))) > 0 {
		return len(d.kids(n, is("nummod"))) == 0
	}
	for _, k := range d.kids(n, is("det")) {
		if f := strings.ToLower(d.w(k).Form); indefiniteDeterminers[f] || f == "the" {
			return true
		}
	}
	return false
}

// compoundVerb reports whether the verb trigger t, whose entry asks for
// it (no_compound in data/triggers.yaml), is a word the parse reads as a
// noun modifying another ("a three-judge appeal court"): no verb at all.
func (s *sent) compoundVerb(t *trigger) bool {
	if t.noun || !t.e.NoCompound || s.tree() == nil {
		return false
	}
	n, ok := s.treeNode(t.start)
	return ok && s.tr.w(n).UPOS == "NOUN" && s.tr.rel(n) == "compound"
}

// attributiveAdjective reports whether the verb trigger t is a word the
// parse tags an adjective (or a noun of a compound), a participle before
// the noun it modifies, with only names or adjectives of that noun between
// them ("the stricken Balkan nation": namesBetween), and after a determiner
// or adjective of that noun ("the Turkish occupied port of Famagusta"): a
// state it describes,
// no event; a participle the parse reads as a verb ("the newly elected
// president") is left to the participle rules.
func (s *sent) attributiveAdjective(t *trigger) bool {
	if t.noun || t.end-t.start != 1 || s.tree() == nil {
		return false
	}
	n, ok := s.treeNode(t.start)
	if !ok || !isParticiple(strings.ToLower(s.tr.w(n).Form)) {
		return false
	}
	if w := s.tr.w(n); !(w.UPOS == "ADJ" && s.tr.rel(n) == "amod") && !(w.UPOS == "NOUN" && s.tr.rel(n) == "compound") {
		return false // "to free journalists" misread as "free journalists": a verb all the same
	}
	h, ok := s.tr.head(n)
	if !ok || h <= n || !s.tr.nominal(h) || !s.namesBetween(n, h) {
		return false // right before its noun ("wounded two others" is a verb)
	}
	if n > 0 {
		if u := s.tr.w(n - 1).UPOS; u == "NOUN" || u == "PROPN" {
			return false // "the appeals court overturned part": a noun before it is its subject
		}
	}
	for _, k := range s.tr.kids(h, is("det", "amod", "nmod:poss")) {
		if k < n {
			return true // inside the noun's phrase: "the Turkish occupied port"
		}
	}
	return false // "killed 14 people and wounded dozens", "the court overturned part" misread
}

// namesBetween reports whether the words between n and its head h are
// proper names or adjectives within h's phrase ("stricken Balkan
// nation"), or none.
func (s *sent) namesBetween(n, h node) bool {
	for j := n + 1; j < h; j++ {
		if u := s.tr.w(j).UPOS; u != "PROPN" && u != "ADJ" || !s.tr.within(j, h) {
			return false
		}
	}
	return true
}

// agreedDeal reports whether the verb trigger t of an agreement has for
// its infinitive complement (xcomp, or an infinitive the parse hangs as
// an adverbial past a time: "agreed on Thursday to purchase") a verb
// trigger of a business deal ("agreed to buy a 12 percent stake in
// KTF", "agreed to buy the carmaker"): the agreement is the deal, struck.
func (s *sent) agreedDeal(t *trigger) bool {
	if t.noun || t.e.Type != Agreement || s.tree() == nil {
		return false
	}
	n, ok := s.triggerNode(t)
	if !ok {
		return false
	}
	for _, k := range s.tr.kids(n, is("xcomp", "advcl")) {
		if s.tr.rel(k) == "advcl" && !s.tr.infinitive(k) {
			continue // "agreed after buying ...": no complement
		}
		for _, o := range s.triggers {
			if on, ok := s.triggerNode(o); ok && on == k && !o.noun && o.e.Type == BusinessDeal {
				return true
			}
		}
	}
	return false
}

// gameRounds are the rounds of a contest in which sides meet to play
// (data/words.yaml).
var gameRounds = wordList("game_rounds")

// gameRound reports whether the verb trigger t of a meeting has for
// oblique a round of a contest ("will meet Nadal in the final", "met
// Brazil in the quarterfinal"): a match, no meeting; not "meet for a
// final round of talks" (a round of talks is no contest's).
func (s *sent) gameRound(t *trigger) bool {
	if t.noun || t.e.Type != Meeting || s.tree() == nil {
		return false
	}
	n, ok := s.triggerNode(t)
	if !ok {
		return false
	}
	for _, k := range s.tr.kids(n, func(r string) bool { return baseRel(r) == "obl" }) {
		if s.tr.w(k).UPOS == "NOUN" && s.tr.lemmaIn(k, gameRounds) && len(s.tr.kids(k, is("nmod"))) == 0 {
			return true
		}
	}
	return false
}

// adjectivalNoun reports whether the one-word noun trigger t, of a noun
// only entry, is a word the parse tags an adjective modifying the noun
// right after it ("no offensive intentions", "offensive weapons"): a
// quality, no event ("launched an offensive" is a noun).
func (s *sent) adjectivalNoun(t *trigger) bool {
	if !t.noun || t.e.verb() || t.end-t.start != 1 || s.tree() == nil {
		return false
	}
	n, ok := s.treeNode(t.start)
	if !ok || s.tr.w(n).UPOS != "ADJ" || s.tr.rel(n) != "amod" {
		return false
	}
	h, ok := s.tr.head(n)
	return ok && h == n+1 && s.tr.w(h).UPOS == "NOUN"
}

// offGame reports whether the trigger t, whose entry tells play (game in
// data/triggers.yaml: "beat", "defeat", "win" a title), stands in a
// sentence and a document that name no game nor sport (cameo_games) and
// in a sentence with no score: "beat the deadline", "defeated the
// motion".
func (s *sent) offGame(t *trigger) bool {
	return t.e.Game && !s.games() && !s.d.matchReport() && !s.score()
}

// score reports whether the sentence holds a score: two numbers joined by
// a hyphen or a dash ("thrashed Liverpool 3-0", "beat Wasps 21-13").
func (s *sent) score() bool {
	for j := s.first; j+2 < s.last; j++ {
		if s.tok(j).Kind == token.Number && token.IsScoreDash(s.word(j+1)) && s.tok(j+2).Kind == token.Number {
			return true
		}
	}
	return false
}

// crimeReach is how many heads up from a bare noun of violence namedCrime
// looks for a charge ("charged with war crimes, including murder": murder,
// crimes, charged).
const crimeReach = 3

// crimeCases are the prepositions that tie a crime to its charge
// ("convicted of", "charged with", "jailed for", "crimes including").
var crimeCases = wordList("crime_cases")

// namedCrime reports whether the trigger t, a noun of violence with no
// determiner, owner, number or clause of its own, names the crime a
// charge, a conviction or a suspicion is about: the parse ties it, by a
// preposition of crimeCases, a list or an apposition (a bare gerund as
// the clause of such a preposition), to a word of crime_charges in
// data/triggers.yaml within crimeReach heads ("a man convicted of
// murder", "charged with war crimes, including murder and rape",
// "arrested on suspicion of kidnapping"). An alleged crime is no event;
// the charge is. A determined noun, or one a clause tells, is one crime
// ("charged with the murder of a judge", "a suspect in shootings that
// injured two doctors").
func (s *sent) namedCrime(t *trigger) bool {
	if !violentTypes[t.e.Type] && t.e.Type != Abduction || s.tree() == nil {
		return false
	}
	n, ok := s.triggerNode(t)
	if !ok {
		return false
	}
	d := s.tr
	w := d.w(n)
	gerund := w.UPOS == "VERB" && w.XPOS == "VBG" && len(d.kids(n, is("obj"))) == 0 // "on suspicion of kidnapping"
	if w.UPOS != "NOUN" && !gerund || len(d.kids(n, is("det", "nmod:poss", "nummod", "acl", "acl:relcl"))) > 0 {
		return false // "the murder", "shootings that injured two doctors": one crime told
	}
	for k := range crimeReach {
		switch r := d.rel(n); {
		case r == "conj" || r == "appos":
		case r == "nmod" || r == "obl":
			if c := d.caseWord(n); !crimeCases[c] {
				return false // "a suspect in the shootings"
			}
		case k == 0 && gerund && (r == "acl" || r == "advcl") && crimeCases[d.markWord(n)]:
		default:
			return false
		}
		h, ok := d.head(n)
		if !ok {
			return false
		}
		if s.d.lemmaIn(strings.ToLower(d.w(h).Form), s.d.lx.charges) {
			return true
		}
		n = h
	}
	return false
}

// conditionCause reports whether the violent verb trigger t has as its
// causer, the subject of the active verb or the "by" phrase of the
// passive, a noun whose first WordNet sense is a state, and none a
// substance or an artifact: an illness or a condition ("they had been
// killed by asphyxia", "flu killed two children", "hunger has killed
// hundreds"; not "nerve gas killed 5,000"). A death of a condition is no
// use of force.
func (s *sent) conditionCause(t *trigger) bool {
	n, ok := s.verbNode(t)
	if !ok {
		return false
	}
	d := s.tr
	for _, c := range d.kids(n, is("nsubj", "obl:agent")) {
		if w := d.w(c); (w.UPOS == "NOUN" || w.UPOS == "PROPN") && !s.actorWordAt(c) {
			cs := wordnet.Senses(strings.ToLower(w.Form))
			if len(cs) > 0 && cs[0] == wordnet.State && !slices.Contains(cs, wordnet.Substance) && !slices.Contains(cs, wordnet.Artifact) {
				return true // not "nerve gas killed 5,000": a substance
			}
		}
	}
	return false
}

// actorWordAt reports whether the word n is part of an actor's mention.
func (s *sent) actorWordAt(n node) bool {
	for _, j := range s.tokensOf(n) {
		if s.d.actorAt[j] >= 0 {
			return true
		}
	}
	return false
}

// asPredicate reports whether the noun trigger t, with a determiner or an
// adjective, is the "as" phrase of a verb that also has a passive subject
// or an object: the noun says what that subject or object is judged to be
// ("the summit has been acclaimed as the largest meeting since 1949",
// "they described the raid as the worst attack in years"); it tells no
// happening of its own.
func (s *sent) asPredicate(t *trigger) bool {
	if !t.noun || s.tree() == nil {
		return false
	}
	n, ok := s.triggerNode(t)
	if !ok || s.tr.caseWord(n) != "as" || len(s.tr.kids(n, is("det", "amod"))) == 0 {
		return false // not "as talks entered their final hours", a clause the parse misread
	}
	switch s.tr.rel(n) {
	case "obl", "xcomp", "advcl":
	default:
		return false
	}
	h, ok := s.tr.head(n)
	return ok && s.tr.verbal(h) && len(s.tr.kids(h, is("nsubj:pass", "obj"))) > 0
}

// perfectVerb returns the parse word of the verb trigger t when it is in
// the perfect ("have" among its auxiliaries).
func (s *sent) perfectVerb(t *trigger) (node, bool) {
	n, ok := s.verbNode(t)
	if !ok {
		return noNode, false
	}
	for _, a := range s.tr.kids(n, is("aux")) {
		if s.tr.isLemma(a, "have") {
			return n, true
		}
	}
	return noNode, false
}

// genericViolence reports whether the noun trigger t of violence is a
// bare plural, the object of a verb that neither tells its events happen
// (an occurrence, a light verb, a cause: "carried out attacks", "sparked
// clashes") nor gives them a time: no article, owner, number, modifier
// clause or date on the noun, no date on the verb ("has stepped up
// raids", "has intensified attacks", "condemned Israeli assaults"), or
// the object of an experience verb whose subject is "we" or "you" ("ten
// years ago, when we had deadly bombings": sufferedKind, generic.go):
// violence of a kind, told as a class, no attack in particular.
// "Condemned the attacks", "condemned Monday's attacks", "condemned
// assaults on Monday" name some.
func (s *sent) genericViolence(t *trigger) bool {
	if !t.noun || !violentTypes[t.e.Type] || s.tree() == nil {
		return false
	}
	n, ok := s.triggerNode(t)
	if !ok {
		return false
	}
	d := s.tr
	if d.w(n).XPOS != "NNS" || d.rel(n) != "obj" {
		return false
	}
	h, ok := d.head(n)
	if !ok || !d.verbal(h) {
		return false
	}
	// "when we had deadly bombings": what the speaker lived through is a
	// kind, whatever the light verb makes of "have" (sufferedKind)
	if !d.sufferedKind(n, theModality.experience) && (d.lemmaIn(h, s.d.lx.light) || d.lemmaIn(h, theModality.occurrence) || d.lemmaIn(h, theModality.causes)) {
		return false
	}
	if len(d.kids(n, is("det", "nmod:poss", "nummod", "acl", "acl:relcl", "nmod:tmod", "appos"))) > 0 {
		return false
	}
	for _, k := range d.kids(n, is("nmod", "compound", "amod")) {
		if s.timeNode(k) {
			return false // "the attacks of September 11", "Monday attacks"
		}
	}
	for _, k := range d.kids(h, is("obl", "obl:tmod", "nmod:tmod", "advmod")) {
		if s.timeNode(k) {
			return false // "condemned assaults on Monday": the verb's time is theirs
		}
	}
	return true
}

// facilityModifier reports whether the noun trigger t only says what a
// thing or a place is for: the parse makes it a compound of a noun whose
// first WordNet sense is an artifact or a location and which a determiner,
// a possessor, a number or (plural) an adjective or a name opens ("will build a conference
// center", "guarded the summit venue", "an attack helicopter", "UN attack
// helicopters", "reached
// the crash site", "set up ten new demonstration centers"). The
// phrase names the thing, no happening. The determiner keeps a verb the
// tagger took for a noun from counting ("A strong earthquake shook
// Kursk": "shook" is also a noun of WordNet's artifacts). A capitalized
// trigger, the name of a treaty or a summit, qualifies any noun so ("the
// former Warsaw Pact nation", "the Beijing Summit delegates").
func (s *sent) facilityModifier(t *trigger) bool {
	n, h, ok := s.compoundTrigger(t)
	if !ok || h < n || s.tr.w(h).UPOS != "NOUN" {
		return false
	}
	opened := len(s.tr.kids(h, is("det", "det:poss", "nmod:poss", "nummod"))) > 0
	named := slices.ContainsFunc(s.tr.kids(h, is("compound")), func(k node) bool { return k < n && s.tr.w(k).UPOS == "PROPN" })
	if !opened && !(s.tr.barePluralOf(h) && (len(s.tr.kids(h, is("amod"))) > 0 || named)) {
		// an adjective or a name only before a plural noun: "new
		// demonstration centers", "UN attack helicopters", not "A strong
		// earthquake shook" read as one noun
		return false
	}
	if w := s.tok(t.start).Text; t.start > s.first && w != "" && 'A' <= w[0] && w[0] <= 'Z' {
		return true // a named treaty or summit qualifying a noun: "the former Warsaw Pact nation"
	}
	cs := wordnet.SensesOfForm(strings.ToLower(s.tr.w(h).Form))
	return len(cs) > 0 && facilityClasses[cs[0]]
}

// facilityClasses are the WordNet classes of the nouns facilityModifier
// reads as things and places.
var facilityClasses = map[wordnet.Class]bool{wordnet.Artifact: true, wordnet.Location: true}

// officialCode is the CAMEO code of a complaint made to a state or a
// body: "complain officially" (114).
const officialCode = "114"

// officialProtest reports whether the protest of trigger t, the word
// "protest" (not "march", "sit-in", "uprising"), is a complaint
// addressed to an actor, a state's or a body's, not a crowd's march: the
// verb, or for a noun the verb that carries it, has a "to" or "with"
// phrase naming an actor ("Estonia protested to Russia", "lodged a
// formal protest with Japan", "sent a diplomatic protest to Beijing"),
// and no party is a crowd (crowdSector: "students protested with the
// teachers' union" stays a demonstration).
func (s *sent) officialProtest(t *trigger, m *Mention) bool {
	if m.Type != Protest || m.CAMEO != Protest.CAMEO() || t.e.Lemma != "protest" {
		return false // not a march, a sit-in or an uprising ("marched to Paris")
	}
	tr, n, ok := s.treeAt(t.start)
	if !ok {
		return false
	}
	heads := []node{n}
	if h, ok := tr.head(n); ok && t.noun {
		heads = append(heads, h) // "sent a protest to Beijing": the phrase hangs on the verb
	}
	for _, h := range heads {
		for _, c := range tr.kids(h, is("obl", "nmod")) {
			if w := tr.caseWord(c); w != "to" && w != "with" {
				continue
			}
			for k := s.first; k < s.last; k++ {
				// a country, not a town: "to China" may be read as a place gone to
				if a := s.d.actorAt[k]; a >= 0 && s.d.in.Actors[a].Kind != actor.Place && s.inSubtree(k, c) {
					return !s.crowdSector(m)
				}
			}
		}
	}
	return false
}

// crowdSector reports whether a party of m, not its place, is an actor of
// one of the lexicon's crowd_sectors ("hundreds of Palestinians",
// "students"): crowdParty's parties, without its words of the sentence,
// of which "protest" is one.
func (s *sent) crowdSector(m *Mention) bool {
	for _, p := range m.Participants {
		if p.Role == Location {
			continue
		}
		for _, a := range s.d.mentionsOfID(p.ActorID) {
			if s.d.lx.crowdSectors[a.Sector] {
				return true
			}
		}
	}
	return false
}
