package event

import (
	"slices"
	"strings"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/token"
)

// trigger is one matched lexicon entry in a sentence: tokens [start, end).
type trigger struct {
	start, end int
	e          *entry
	noun       bool
	lemma      string // the lexicon lemma
	// anchor is the verb whose subject is the event's agent: the trigger
	// itself for verbs, the light verb of a noun ("held talks"), or -1.
	anchor  int
	passive bool
	// adjectival marks a participle used as an adjective ("the newly
	// deployed troops"): passive, with no subject.
	adjectival bool
	// recipient is the token of the indirect object of a giving light
	// verb ("gave him a tour": him, "granted Kyiv a loan": Kyiv), or -1;
	// it is the event's recipient for the giving types (aid, arms, a
	// call), its agent for a visit or any other type (guestRecipient).
	recipient int
	// object is a noun trigger of the same type that heads the verb's
	// object ("agreed to a ceasefire"), merged into this trigger, or nil.
	object *trigger
	// charge marks a charge someone bears ("who is accused of ordering
	// the attack"): a standing state, told in the background.
	charge bool
	// scoreOnly marks a game's result found only by the score before its
	// noun (score_before: "a 2-0 home win"): it stands only with a side
	// that took it (extract.go, sideTaken).
	scoreOnly bool
	// code is the CAMEO code the dictionary gives (cameo.go), finer than
	// or other than the type's; "" when it gives none.
	code string
	// dictionary marks a trigger only the CAMEO dictionary gives
	// (cameo.go): it needs an actor (frame).
	dictionary bool
	// ownVerb marks a trigger whose type the dictionary gave (a dictionary
	// trigger, or a statement retyped by its code): titles use its verb.
	ownVerb bool
	// merged is the last token of a noun trigger anchorNouns merged into
	// this verb trigger ("signed the treaty"), or -1; the mention's span
	// takes it in (support.go).
	merged int
	// crashed marks a verb of force frame made an accident ("a train
	// struck two workers": crash) in a sentence with no armed cue: the
	// deaths its sentence tells are the mishap's toll (misfortune).
	crashed bool
	// objectPlaces are the places a speech act's object names
	// ("condemned the attack on a camp in Sri Lanka"): the title may say
	// them, the participants hold none (objectplaces.go).
	objectPlaces []string
}

// findTriggers matches the lexicon over the sentence, longest match first,
// and merges light-verb constructions into one trigger.
func (s *sent) findTriggers() {
	lx := s.d.lx
	for i := s.first; i < s.last; {
		if s.tok(i).Kind != token.Word {
			i++
			continue
		}
		t := s.matchAt(i, lx)
		if t == nil {
			i = max(i+1, s.framed)
			continue
		}
		s.triggers = append(s.triggers, t)
		i = t.end
	}
	s.anchorNouns()
	s.mergeObjects()
	s.triggers = slices.DeleteFunc(s.triggers, s.attributionNoun) // once every trigger is known (sense.go)
	s.triggers = slices.DeleteFunc(s.triggers, s.carriedAct)      // the act a resolution carries (resolutionact.go)
	s.triggers = slices.DeleteFunc(s.triggers, s.signedDeal)      // the deal a signing makes (dealnoun.go)
	s.triggers = slices.DeleteFunc(s.triggers, s.enactedDecision) // the act a decision enacts (pledge.go)
}

// declaredTruce reports whether the verb trigger v, coded by the
// dictionary as a yielding (CAMEO 08: "declare a ceasefire" 0871), takes
// the accord noun n as what it yields: the truce is the declaration, not
// an agreement of its own.
func declaredTruce(v, n *trigger) bool {
	return n.e.Type == Agreement && strings.HasPrefix(v.code, "08")
}

// declaredState reports whether the verb trigger v, a statement ("declared
// martial law", "declared a state of emergency"), is a verb of the context
// of the noun trigger n heading its object: the act is the noun's, told by
// its own verb.
func declaredState(v, n *trigger) bool {
	return v.e.Type == Statement && n.e.Type != Statement && slices.Contains(n.e.Context, v.e.Lemma)
}

// mergeReach is how many tokens may part a verb trigger from the noun
// trigger heading its object for mergeObjects to merge them ("agreed in
// principle on Wednesday to a limited ceasefire").
const mergeReach = 8

// mergeObjects merges a noun trigger heading the object of a verb trigger
// of the same type into the verb ("agreed in principle on Wednesday to a
// limited ceasefire", "tested a missile launch", or, in the parse, its
// object or the act it was done in: treeObject): one event, whose title
// names the object. So is an accord the verb's dictionary code says it
// yields ("declared a permanent ceasefire": 0871, declaredTruce), and a
// state the verb declares, which takes the noun's type and code
// (declaredState).
func (s *sent) mergeObjects() {
	drop := map[*trigger]bool{}
	for k, v := range s.triggers {
		if v.noun || drop[v] || k+1 >= len(s.triggers) {
			continue
		}
		n := s.triggers[k+1]
		state := declaredState(v, n)
		if !n.noun || n.e.Type != v.e.Type && !declaredTruce(v, n) && !state || n.start-v.end > mergeReach || n.anchor >= 0 {
			continue
		}
		ok := true
		for j := v.end; j < n.start && ok; j++ {
			w := s.word(j)
			ok = s.d.timexAt[j] >= 0 || determiners[w] || w == "to" || w == "on" || w == "-" ||
				(isPlainWord(w) && s.d.actorAt[j] < 0)
		}
		ok = ok || s.treeObject(v, n) // "agreed the Oslo accord", "agreed in the accord" (objectnoun.go)
		if ok {
			v.object = n
			drop[n] = true
			if state {
				e := *v.e
				e.Type = n.e.Type
				v.e, v.code = &e, n.e.Code
			}
		}
	}
	if len(drop) == 0 {
		return
	}
	keep := s.triggers[:0]
	for _, t := range s.triggers {
		if !drop[t] {
			keep = append(keep, t)
		}
	}
	s.triggers = keep
}

// matchAt returns the trigger starting at token i, or nil.
func (s *sent) matchAt(i int, lx *lexicon) *trigger {
	w := s.word(i)
	if w == "according" {
		return nil
	}
	known := false // a one-word verb entry of the lexicon has this word
	// a noun-only entry read as the verb of a participle clause ("gave in,
	// signing the new constitution": check) gives way to a verb entry of
	// the word's other lemma whose needed words the sentence holds: a
	// narrower sense of the verb ("sign" a constitution is law made, not
	// the "signing" of an agreement); an entry needing nothing is no
	// narrower ("warning Wednesday the rules could lead to bad loans"
	// stays the statement of the noun's entry)
	var participle *trigger
	for _, l := range s.d.lem(w) {
		for _, ei := range lx.byFirst[l] {
			e := &lx.entries[ei]
			// a noun entry ("blame") leaves the verb to the dictionary, and so
			// does an entry whose sense rule may refuse it ("defeated
			// Ukraine near Kursk" is no game: sense.go, offGame)
			known = known || len(e.words) == 1 && e.verb() && !e.Game && !e.PersonPatient && !e.NoGame
			end, ok := s.matchWords(i, e.words)
			if !ok {
				continue
			}
			t := s.check(i, end, e)
			if t != nil && t.e.SubjectOnly && s.offTopicSubject(t) {
				continue // "the two ministers reached agreement on high-level talks": no market's subject, the light verb of the noun
			}
			if t != nil && (s.offGame(t) || s.gameSense(t) || s.armedSense(t) || s.impersonalPatient(t) || s.compoundVerb(t) || s.attributiveAdjective(t) || s.adjectivalNoun(t) || s.gameRound(t) || s.facilityModifier(t) || s.othersPart(t) || s.lifelessPatient(t) || s.unnamedSubject(t) || s.exceptedPatient(t) || s.acquaintance(t) || s.undiscoveredDead(t) || s.foughtCause(t) || s.unheadedSubject(t) || s.uncritical(t) || s.strayAim(t)) {
				// the checks the words settle come first: the others parse the sentence
				continue // "beat the deadline", "dismissed Langer for 37", "the army took control of parliament", "fired a missile", "an appeal court", "the Turkish occupied port", "offensive weapons", "will meet Nadal in the final", "a conference center", "a copy signed by the author", "fighting for independence", "a car bomb exploded", "attacked the town for hours": another entry or the dictionary (sense.go)
			}
			if t != nil && !t.noun && !e.verb() {
				if participle == nil {
					participle = t
				}
				continue
			}
			if t != nil && participle != nil && len(e.Needs) == 0 {
				continue // no narrower sense than the noun's
			}
			if t != nil {
				s.refineCode(t)
				if s.lifelessDoer(t) {
					return nil // "the storm is threatening to bring rains", "the order arrived": no one acts (lifelessdoer.go)
				}
				if !s.offerFrame(t) {
					continue // "offered the amnesty": no intent of its own (pledge.go)
				}
				s.pledgeFrame(t)
				s.vowFrame(t)
				s.threatFrame(t)
				s.accordFrame(t)
				return t
			}
		}
	}
	if participle != nil {
		s.refineCode(participle)
		s.pledgeFrame(participle)
		return participle
	}
	if !s.d.in.CAMEOVerbs && !lx.alwaysForms()[s.word(i)] {
		return nil
	}
	t := s.cameoAt(i, known)
	s.assuranceFrame(t)
	s.causeBlameFrame(t)
	return t
}

// matchWords matches the lemma words from token i, skipping hyphens
// between words; it returns the end of the match.
func (s *sent) matchWords(i int, words []string) (int, bool) {
	j := i
	for k, w := range words {
		if k > 0 {
			for j < s.last && (s.word(j) == "-" || s.word(j) == "–") {
				j++
			}
		}
		if j >= s.last || !s.d.hasLemma(s.word(j), w) {
			return 0, false
		}
		j++
	}
	return j, true
}

// check applies an entry's constraints to a match [i, end) and decides its
// part of speech.
func (s *sent) check(i, end int, e *entry) *trigger {
	if s.slashed(i, end) {
		return nil // "HIV/AIDS"
	}
	if s.word(i-1) == "-" && modifierPrefixes[s.word(i-2)] {
		return nil // "pre-election bomb alerts", "anti-war"
	}
	if end-i == 1 && s.hyphenParticiple(i) {
		return nil // "Vatican-appointed bishop"
	}
	if end-i == 1 && s.titleParticiple(i) {
		return nil // "was organising secretary of the event": a title
	}
	if s.capitalizedName(i, e) {
		return nil // "Shell", "Tornado jets", "the European Tour": a name
	}
	if end-i == 1 && s.currencyAfterAmount(i) {
		return nil // "14 trillion won": a currency
	}
	for j := i; j < end; j++ {
		if s.shouting(j) {
			return nil // "AIDS": an acronym
		}
		if s.d.timexAt[j] >= 0 {
			return nil // "in March": a time expression
		}
	}
	last := s.word(end - 1)
	plural := strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss")
	if e.NeedsPlural && !plural {
		return nil
	}
	if e.noun() && !e.verb() && !nounForm(last, e.words[len(e.words)-1]) {
		return nil // "drilling", "aided": verb forms of a noun-only trigger
	}
	if e.noun() && !e.verb() && !s.plainModifiers(i, end, e.words) {
		return nil // "sites in" is no sit-in: a noun's first words do not inflect
	}
	if e.noun() && !e.verb() && s.afterModal(i) {
		return nil // "should deal with the government": a verb after a modal
	}
	scoreOnly := false
	if len(e.Needs) > 0 || len(e.Context) > 0 || len(e.FrameVerbs) > 0 || e.ScoreBefore || e.ScoreAfter {
		// either cue suffices: a needed word after, a context word before
		from := s.scoreEnd(end) // "lost 6-4, 6-2 to Davydenko": the window starts after the score
		ok := len(e.Needs) > 0 && s.needs(from, from+needsWindow, e.Needs)
		ok = ok || len(e.Context) > 0 && !e.SubjectOnly && s.near(i-contextWindow, i, e.Context)
		ok = ok || e.ContextName && s.nameBefore(i) > 0
		ok = ok || e.PatientNeeds && e.verb() && s.patientIn(i, e.Needs)
		ok = ok || e.ObjectNeeds && e.verb() && s.objectHeadIn(end, e.Needs)
		ok = ok || e.CrowdSubject && s.crowdSubject(i)
		ok = ok || len(e.FrameVerbs) > 0 && e.noun() && s.gatheredBy(end-1, e.FrameVerbs) // a compound's head: "a training course opened"
		ok = ok || len(e.Context) > 0 && !e.SubjectOnly && e.verb() && unwilled[e.Type] && (s.subjectIn(i, e.Context) || s.openingSubjectIn(i, e.Context))
		ok = ok || s.repeated(e)
		ok = ok || e.ScoreAfter && e.verb() && s.scoreAfter(end)
		if !ok && e.ScoreBefore && e.noun() && s.scoreBefore(i) {
			ok, scoreOnly = true, true
		}
		if !ok {
			return nil
		}
	}
	if len(e.Except) > 0 && s.nearHale(end, end+exceptWindow, e.Except) {
		return nil // "meet demand", "strike a balance"
	}
	if len(e.ExceptBefore) > 0 && s.near(i-exceptBeforeWindow, i, e.ExceptBefore) {
		return nil // "opened heavy fire", "came under fire"
	}
	prev := s.word(i - 1)
	nounCtx := determiners[prev] || (prepositions[prev] && prev != "to") || prev == "-" ||
		(i-2 >= s.first && determiners[s.word(i-2)] && isPlainWord(prev))
	if strings.HasSuffix(s.word(i), "ed") || pastForm(s.word(i)) {
		nounCtx = false // "the gunman shot": a past form is a verb
	}
	if s.nominalParticiple(i) {
		nounCtx = true // "six accused including the bank's head": the defendants
	}
	if e.noun() && s.experiencerBefore(i) >= 0 {
		nounCtx = true // "suffered nuclear attack"
	}
	if end-i == 1 && s.markedGerund(i) {
		nounCtx = false // "after meeting Kim": the verb of a participle clause
	}
	noun := false
	switch {
	case e.noun() && !e.verb():
		if plural && len(e.words) == 1 && singularSubjects[prev] {
			return nil // "when he talks with Americans": the verb of a noun-only entry
		}
		noun = true
	case e.verb() && !e.noun():
		if nounCtx && len(e.words) == 1 && !(e.SubjectContext && s.subjectJustBefore(i)) {
			return nil
		}
		if len(e.words) == 1 && s.word(i) == e.Lemma && s.namedNoun(i) {
			return nil // "drug firm Acme is to build": the noun before a name
		}
		if plural && len(e.words) == 1 && i > s.first && (s.tok(i-1).Kind == token.Number || isPlainWord(prev)) && !s.presentVerb(i) {
			return nil // "artillery shells", "two strikes": a plural noun
		}
	default:
		noun = nounCtx || (plural && len(e.words) == 1 && i > s.first && (isPlainWord(prev) || s.tok(i-1).Kind == token.Number) && !s.presentVerb(i))
	}
	if !noun && e.noun() && e.verb() && s.parsedNoun(end-1) {
		noun = true // "condemned Monday's suicide bomb attack": the parse's noun
	}
	if noun && s.modifierNoun(end) {
		return nil // "development aid minister", "election observers"
	}
	if noun && e.Type == Statement && determiners[prev] && (s.word(i-2) == "in" || s.word(i-2) == "at" || s.d.lemmaIn(s.word(i-2), s.d.lx.reporting)) {
		s.framed = end // nor is "conference" alone a trigger there
		return nil     // "said in a statement", "told a news conference": a reporting frame
	}
	if s.inName(i, end) {
		return nil // "the Visiting Forces Agreement": part of a name
	}
	if noun && end-i == 1 && (s.word(i-1) == "," && s.gerundClause(i) || s.markedGerund(i)) {
		noun = false // "raided the town, killing three", "after meeting Kim": the verb of a participle clause
	}
	t := &trigger{start: i, end: end, e: e, noun: noun, lemma: e.Lemma, anchor: -1, recipient: -1, merged: -1, scoreOnly: scoreOnly}
	t.charge = e.Type == Statement && s.borneCharge(i, end) // "activists accused of subversion"
	if !noun {
		t.anchor = i
		j := i - 1
		for j >= s.first && s.isAdverb(j) {
			j--
		}
		if j-1 >= s.first && reportedParticiples[s.word(j)] && beForms[s.word(j-1)] {
			j-- // "were reported killed", "are feared dead"
		}
		if j >= s.first && beForms[s.word(j)] && s.word(j) != "'s" && isParticiple(s.word(i)) {
			t.passive = true
		}
		if pw := s.word(j); j >= s.first && (articles[pw] || (prepositions[pw] && pw != "to")) && strings.HasSuffix(s.word(i), "ed") {
			t.passive, t.adjectival, t.anchor = true, true, -1
		}
		if j-1 >= s.first && s.word(j) == "-" && strings.HasSuffix(s.word(j-1), "ly") && strings.HasSuffix(s.word(i), "ed") {
			t.passive, t.adjectival, t.anchor = true, true, -1 // "newly-elected"
		}
	}
	return t
}

// subjectJustBefore reports whether the parse reads the word at token i
// as a verb whose subject ends right before it ("the dollar hit a new
// low", "the yen held steady"): an uninflected verb after a noun after a
// determiner, which the words alone would take for a compound noun ("the
// car bomb"). Only a market's move asks it (subject_context), whose
// subject the entry checks.
func (s *sent) subjectJustBefore(i int) bool {
	if s.d.in.Item || i-1 < s.first || s.tree() == nil {
		return false
	}
	n, ok := s.treeNode(i)
	if !ok || s.tr.w(n).UPOS != "VERB" {
		return false
	}
	for _, c := range s.tr.kids(n, is("nsubj", "nsubj:pass")) {
		if k, ok := s.treeNode(i - 1); ok && k == c {
			return true
		}
	}
	return false
}

// gerundClause reports whether the -ing word at token i heads, in the
// parse, an adverbial participle clause with no subordinator ("...,
// killing three soldiers"): a verb with its own object, not the noun
// "killing".
func (s *sent) gerundClause(i int) bool {
	tr, n, ok := s.advclGerund(i)
	return ok && len(tr.kids(n, is("mark"))) == 0
}

// advclGerund returns the parse node of the -ing word at token i when it
// is a verb (VBG) heading an adverbial clause.
func (s *sent) advclGerund(i int) (*tree, node, bool) {
	if !strings.HasSuffix(s.word(i), "ing") {
		return nil, noNode, false
	}
	tr, n, ok := s.treeAt(i)
	if !ok {
		return nil, noNode, false
	}
	w := tr.w(n)
	return tr, n, w.UPOS == "VERB" && w.XPOS == "VBG" && tr.rel(n) == "advcl"
}

// markedGerund reports whether the -ing word at token i heads, in the
// parse, an adverbial participle clause whose subordinator makes it share
// the main clause's subject ("after meeting Kim", "while visiting
// Beijing": sharedSubjectMarks; "joined Kim in signing": joined.go): a
// verb, not the noun "meeting".
func (s *sent) markedGerund(i int) bool {
	near := false
	for j := max(s.first, i-gerundMarkReach); j < i && !near; j++ {
		near = sharedSubjectMarks[s.word(j)] || joinedGerundMarks[s.word(j)]
	}
	if !near {
		return false // no subordinator near: the sentence is not parsed for it
	}
	tr, n, ok := s.advclGerund(i)
	if !ok {
		return false
	}
	if h, ok := tr.head(n); ok && s.joinedGerund(n, h) {
		return true // "joined Doe in signing" (joined.go)
	}
	return s.sharedSubjectMark(n)
}

// gerundMarkReach is how many tokens before an -ing word markedGerund
// looks for its subordinator ("after meeting", "while briefly visiting")
// before it asks the parse.
const gerundMarkReach = 3

// nameBefore returns the number of capitalized words right before token
// i that are no actor and do not open the sentence: the proper name of an
// exercise or an operation ("Freedom Shield training").
func (s *sent) nameBefore(i int) int {
	n := 0
	for j := i - 1; j > s.first; j-- {
		t := s.tok(j)
		if t.Kind != token.Word || t.Text[0] < 'A' || t.Text[0] > 'Z' || s.d.actorAt[j] >= 0 || s.d.timexAt[j] >= 0 {
			break
		}
		n++
	}
	return n
}

// near reports whether a token in [from, to) of the sentence has one of
// the lemmas in words.
func (s *sent) near(from, to int, words []string) bool {
	from = max(from, s.first)
	to = min(to, s.last)
	for j := from; j < to; j++ {
		// the token's lemmas once, not once per word sought
		if ls := s.d.lem(s.word(j)); slices.ContainsFunc(words, func(w string) bool { return slices.Contains(ls, w) }) {
			return true
		}
	}
	return false
}

// nearHale is near, a word that follows an ailment aside ("died of a
// heart attack": no attack cancels the death; sense.go, ailing).
func (s *sent) nearHale(from, to int, words []string) bool {
	from = max(from, s.first)
	to = min(to, s.last)
	for j := from; j < to; j++ {
		if !s.ailing(j) && s.near(j, j+1, words) {
			return true
		}
	}
	return false
}

// subjectIn reports whether the tree gives the word at token i a subject
// whose head noun is one of words, however far before it ("An Iranian
// C-130 aircraft, bound for Bandar Abbas, crashed": the context of a verb
// trigger is its subject, which the context window may not reach).
func (s *sent) subjectIn(i int, words []string) bool {
	tr, n, ok := s.treeAt(i)
	if !ok {
		return false
	}
	k := tr.kids(n, is("nsubj", "nsubj:pass"))
	for depth := 0; len(k) == 0 && depth < maxConj && tr.rel(n) == "conj"; depth++ {
		h, ok := tr.head(n)
		if !ok {
			break
		}
		n, k = h, tr.kids(h, is("nsubj", "nsubj:pass")) // "… and crashed": the shared subject
	}
	for _, c := range k {
		f := strings.ToLower(tr.w(c).Form)
		for _, w := range words {
			if s.d.hasLemma(f, w) {
				return true
			}
		}
	}
	return false
}

// openingSubjectIn reports, on the words, whether the verb at token i
// follows the sentence's opening noun phrase and an interruption set off
// by commas, and that phrase holds one of words ("An Iranian C-130
// aircraft, bound for Bandar Abbas, crashed"), or follows it with no
// interruption (openingPhraseIn): the subject subjectIn looks for, when
// the parse misses it.
func (s *sent) openingSubjectIn(i int, words []string) bool {
	if i-1 <= s.first {
		return false
	}
	if s.word(i-1) != "," {
		return s.openingPhraseIn(i, words)
	}
	c := s.first
	for c < i-1 && s.word(c) != "," {
		c++
	}
	if c >= i-1 {
		return false
	}
	for j := c + 1; j < i-1; j++ {
		if s.word(j) == "," {
			return false // one interruption only
		}
	}
	return s.near(s.first, c, words)
}

// openingPhraseIn reports, on the words, whether the verb at token i
// follows the sentence's opening noun phrase and its prepositional
// modifiers, with no comma, clause word or other verb form between, and
// the words before the phrase's first preposition hold one of words ("A
// four-storey building under construction in the capital Dakar
// collapsed", which the parse may read as "Dakar collapsed").
func (s *sent) openingPhraseIn(i int, words []string) bool {
	c := -1
	for j := s.first; j < i; j++ {
		w := s.word(j)
		if w == "," || clauseStops[w] || objectStops[w] || relativizers[w] || beForms[w] || auxiliaries[w] {
			return false
		}
		if j > s.first && isPlainWord(w) && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed")) && !slices.ContainsFunc(words, func(x string) bool { return s.d.hasLemma(w, x) }) {
			return false // "rescuers searching the mine", "workers trapped in"
		}
		if c < 0 && prepositions[w] {
			c = j
		}
	}
	if c <= s.first {
		return false
	}
	return s.near(s.first, c, words)
}

// isPlainWord reports whether w is a lower-case content word: not a
// function word the chunker knows.
func isPlainWord(w string) bool {
	if w == "" || strings.ToLower(w) != w {
		return false
	}
	r := w[0]
	if r < 'a' || r > 'z' {
		return false
	}
	return !determiners[w] && !prepositions[w] && !pronouns[w] && !adverbs[w] &&
		!beForms[w] && !objectStops[w] && !clauseStops[w] && !plannedCues[w] &&
		!hypotheticalCues[w]
}

// lightVerbReach is how many tokens before a noun trigger treeLightVerb
// looks for a light verb before it asks the parse.
const lightVerbReach = 8

// treeLightVerb returns the token of the light verb the parse makes the
// noun trigger t the object of, past more modifiers than the word window
// reaches ("paid a two-day working visit"), or of the noun of roundNouns
// whose "of" phrase t is ("held a new round of talks"), or -1.
func (s *sent) treeLightVerb(t *trigger) int {
	light := false
	for j := max(s.first, t.start-lightVerbReach); j < t.start && !light; j++ {
		light = s.d.lemmaIn(s.word(j), s.d.lx.light)
	}
	if !light || s.tree() == nil {
		return -1 // no light verb near: the sentence is not parsed for it
	}
	n, ok := s.triggerNode(t)
	if ok && s.tr.rel(n) == "nmod" && s.tr.caseWord(n) == "of" {
		// "held a new round of talks": the verb of the round carries its talks
		if c, up := s.tr.head(n); up && roundNouns[strings.ToLower(s.tr.w(c).Form)] && t.e.Type != Election {
			n = c
		}
	}
	if !ok || s.tr.rel(n) != "obj" {
		return -1
	}
	h, ok := s.tr.head(n)
	if !ok || s.tr.w(h).UPOS != "VERB" || !s.tr.lemmaIn(h, s.d.lx.light) {
		return -1
	}
	if toks := s.tokensOf(h); len(toks) == 1 && toks[0] < t.start {
		return toks[0]
	}
	return -1
}

// nominalLight reports whether the parse reads the light word at token j
// as a noun modifying another noun ("a year-end news conference": the
// compound "end"), no verb: it carries no act of its own, and the noun
// trigger takes its parties from the tree. Only that compound reading
// counts, a tag the parse more often gets right than a lone NOUN or ADJ
// ("efforts to resume talks" tagged a noun, "imposing sanctions" an
// adjective); without a parse the word window's reading stands.
func (s *sent) nominalLight(j int) bool {
	if s.tree() == nil {
		return false
	}
	n, ok := s.treeNode(j)
	if !ok {
		return false
	}
	return s.tr.w(n).UPOS == "NOUN" && s.tr.rel(n) == "compound" && len(s.tr.kids(n, is("obj"))) == 0
}

// anchorNouns finds the light verb of each noun trigger ("held talks",
// "launched an attack", "signed an agreement") and merges a verb trigger
// with the noun trigger heading its object.
func (s *sent) anchorNouns() {
	var keep []*trigger
	drop := map[*trigger]bool{}
	for k, t := range s.triggers {
		if !t.noun {
			continue
		}
		j := t.start - 1
		for n := 0; j >= s.first && n < 4; n++ {
			w := s.word(j)
			if determiners[w] || w == "-" || s.tok(j).Kind == token.Number || (isPlainWord(w) && !s.d.lemmaIn(w, s.d.lx.light) && n < 3) {
				j--
				continue
			}
			break
		}
		if j < s.first || !s.d.lemmaIn(s.word(j), s.d.lx.light) || s.nominalLight(j) {
			if j = s.amountVerb(t.start); j < 0 {
				if j = s.treeLightVerb(t); j < 0 {
					continue
				}
			}
		}
		t.anchor = j
		if s.d.hasLemma(s.word(j), "give") || s.d.hasLemma(s.word(j), "offer") || s.d.hasLemma(s.word(j), "grant") {
			for r := j + 1; r < t.start; r++ {
				if s.d.actorAt[r] >= 0 || objectPronouns[s.word(r)] {
					t.recipient = r
					break
				}
			}
		}
		if k > 0 && s.triggers[k-1].start == j {
			v := s.triggers[k-1]
			t.passive = v.passive
			if v.e.Light {
				drop[v] = true
			} else {
				drop[t] = true
				v.merged = t.end - 1
			}
		} else if bj := j - 1; bj >= s.first && beForms[s.word(bj)] && isParticiple(s.word(j)) {
			t.passive = true
		}
	}
	for _, t := range s.triggers {
		if !drop[t] {
			keep = append(keep, t)
		}
	}
	s.triggers = keep
}

// nearestTrigger returns the trigger closest to token i, preferring one
// before i on a tie (a quantity usually follows its verb).
func (s *sent) nearestTrigger(i int) *trigger {
	var best *trigger
	bestD := 1 << 30
	for _, t := range s.triggers {
		d := 0
		switch {
		case i < t.start:
			d = t.start - i
		case i >= t.end:
			d = i - t.end + 1
		}
		if i < t.start {
			d++ // prefer the trigger to the left
		}
		if d < bestD {
			best, bestD = t, d
		}
	}
	return best
}

// scoreEnd returns the first token at or after i past a run of score
// tokens right after a trigger ("won 6-4, 3-6, 7-5 against", "lost 2-1
// to"): numbers, dashes, commas and slashes holding at least one number;
// i itself when none follows.
func (s *sent) scoreEnd(i int) int {
	j, num := i, false
	for j < s.last {
		w := s.word(j)
		if s.tok(j).Kind == token.Number {
			num = true
		} else if w != "-" && w != "–" && w != "," && w != "/" && w != "(" && w != ")" {
			break
		}
		j++
	}
	if !num {
		return i
	}
	return j
}

// scoreGap is how many words may stand between a game's score and the
// noun of its result ("a 2-0 home win", "a 3-1 aggregate victory").
const scoreGap = 1

// scoreBefore reports whether a game's score (doc.scoreAt) ends right
// before token i, or scoreGap plain lower-case words before it: "a 1-1
// draw", "a 2-0 home win"; not a range of a rate, a vote's tally nor a
// time ("a 2-3 percent rise", "voted 60-54", "the 1998-2000 war").
func (s *sent) scoreBefore(i int) bool {
	for gap := 0; gap <= scoreGap; gap++ {
		j := i - gap - 3 // a score is three tokens: "2", "-", "0"
		if j < s.first {
			return false
		}
		if s.d.scoreAt(j) {
			if j > s.first && (s.word(j-1) == "," || s.tok(j-1).Kind == token.Number) {
				return false // "21-25, 25-22, 25-19 victory": the last set's score, not the game's
			}
			for k := j + 3; k < i; k++ {
				if !isPlainWord(s.word(k)) || s.tok(k).Text != strings.ToLower(s.tok(k).Text) {
					return false
				}
			}
			return true
		}
	}
	return false
}

// scoreAfterWindow is how many tokens after a verb trigger a game's score
// may start: past the side beaten, its description and its name ("routed
// their old rivals the Harbour City Hawks 4-1").
const scoreAfterWindow = 9

// scoreClauseBreaks end the clause scoreAfter looks for a score in
// (data/words.yaml).
var scoreClauseBreaks = wordList("score_clause_breaks")

// scoreAfter reports whether a game's score (doc.scoreAt) starts within
// scoreAfterWindow tokens after token i, in the same clause: no word of
// scoreClauseBreaks (a semicolon, "and", "but", "while", "after",
// "before") stands between ("destroyed Vidal 6-1, 6-2"; not "destroyed
// the bridge, and the hosts won 2-0").
func (s *sent) scoreAfter(i int) bool {
	for j := i; j < min(s.last, i+scoreAfterWindow); j++ {
		if s.d.scoreAt(j) {
			return true
		}
		if scoreClauseBreaks[s.word(j)] {
			return false
		}
	}
	return false
}

// scoreBeforeText returns the score scoreBefore finds before token i as
// written ("2-0"), or "".
func (s *sent) scoreBeforeText(i int) string {
	for gap := 0; gap <= scoreGap; gap++ {
		if j := i - gap - 3; j >= s.first && s.d.scoreAt(j) && s.scoreBefore(i) {
			return s.tok(j).Text + "-" + s.tok(j+2).Text
		}
	}
	return ""
}

// needsWindow is how many tokens after a trigger its needed words (the
// lexicon's needs) are looked for; contextWindow how many before it its
// context words are; exceptWindow how many after it its except words are.
const (
	needsWindow   = 7
	contextWindow = 5
	exceptWindow  = 3
	// exceptBeforeWindow is how many tokens before a trigger its
	// except_before words cancel it ("opened heavy fire").
	exceptBeforeWindow = 2
)

// singularSubjects are the pronouns before which a word ending in -s is
// a verb in the present, not a plural noun ("he talks", "she rallies").
var singularSubjects = wordList("singular_subjects")

// nominalParticiple reports whether the participle at token i stands as
// a noun for the people the verb was done to (nominal_participles of
// words.yaml): after a determiner or a number, with a verb, a clause
// boundary or a preposition other than "of" and "by" after it ("the
// accused were freed", "six accused including the bank's head"); "the
// accused man", "the detained of Monday's raid" are no such nouns.
func (s *sent) nominalParticiple(i int) bool {
	if !nominalParticiples[s.word(i)] || i == s.first {
		return false
	}
	if prev := s.word(i - 1); !determiners[prev] && s.tok(i-1).Kind != token.Number && numberWords[prev] == 0 {
		return false
	}
	if i+1 >= s.last {
		return true
	}
	next := s.word(i + 1)
	return auxiliaries[next] || next == "including" || s.tok(i+1).Kind == token.Punct ||
		prepositions[next] && next != "of" && next != "by"
}

// needs is near for the words a trigger needs after it, except that "to"
// must be a preposition, not an infinitive marker ("going to say"), and a
// person's name is none of them ("approved of Bill Clinton").
func (s *sent) needs(from, to int, words []string) bool {
	to = min(to, s.last)
	for j := max(from, s.first); j < to; j++ {
		if a := s.d.actorAt[j]; a >= 0 && s.d.in.Actors[a].Kind == actor.Person {
			continue // "approved of Bill Clinton": a name, no bill
		}
		ls := s.d.lem(s.word(j)) // once, not once per word sought
		for _, w := range words {
			if !slices.Contains(ls, w) {
				continue
			}
			if w == "to" && s.infinitive(j) {
				continue
			}
			return true
		}
	}
	return false
}

// nounForm reports whether word is the noun lemma itself or its plural.
func nounForm(word, lemma string) bool {
	switch word {
	case lemma, lemma + "s", lemma + "es":
		return true
	}
	return strings.HasSuffix(lemma, "y") && word == lemma[:len(lemma)-1]+"ies"
}

// infinitive reports whether the "to" at token j marks an infinitive ("to
// say") rather than a preposition ("to the capital", "to Moscow").
func (s *sent) infinitive(j int) bool {
	if j+1 >= s.last {
		return false
	}
	t := s.tok(j + 1)
	w := s.word(j + 1)
	return t.Kind == token.Word && w == t.Text && w[0] >= 'a' && w[0] <= 'z' &&
		!determiners[w] && !pronouns[w] && s.d.actorAt[j+1] < 0
}

// repeated reports whether the sentence already took a trigger of entry e
// before: a word keeps the sense its cue gave it for its repeat in the
// same sentence ("X was replaced by Y as minister, while Y was replaced
// by Z": the second "replaced" has no cue of its own).
func (s *sent) repeated(e *entry) bool {
	for _, t := range s.triggers {
		if t.e == e {
			return true
		}
	}
	return false
}

// modalGap is how many negators or adverbs afterModal passes between a
// modal and the word it governs ("will not deal", "should only deal").
const modalGap = 2

// afterModal reports whether the word at i follows a modal auxiliary
// (data/modality.yaml modals), perhaps past a negator or an -ly adverb
// or "only", "also": the word is then a verb in its base form.
func (s *sent) afterModal(i int) bool {
	for j := i - 1; j >= s.first && j >= i-1-modalGap; j-- {
		w := s.word(j)
		if _, ok := theModality.modals[w]; ok {
			return s.d.timexAt[j] < 0 // not the month in "in May talks resumed"
		}
		if !theModality.negators[w] && w != "n't" && w != "only" && w != "also" && !strings.HasSuffix(w, "ly") {
			return false
		}
	}
	return false
}

// plainModifiers reports whether the words of the match [i, end) before
// its last are the entry's words as written, or their plain plurals
// ("states of emergency"): the first words of a noun trigger do not
// inflect otherwise, so "sites in" (lemma candidates "site", "sit") is no
// "sit in". Hyphens between words are passed.
func (s *sent) plainModifiers(i, end int, words []string) bool {
	k := 0
	for j := i; j < end-1 && k < len(words)-1; j++ {
		w := s.word(j)
		if w == "-" || w == "–" {
			continue
		}
		if w != words[k] && w != words[k]+"s" {
			return false
		}
		k++
	}
	return true
}

// namedTypes are the types whose events a name may tell: a named summit,
// declaration or treaty is one ("the Beijing Summit", "passed the Dhaka
// Declaration", "the Comprehensive Peace Agreement signed on Nov. 21").
var namedTypes = map[Type]bool{Meeting: true, Statement: true, Agreement: true}

// titleCaseShare is the share of capitalized words above which a sentence
// is a headline in title case, whose verbs are capitalized too ("Israel
// Attacks Gaza").
const titleCaseShare = 0.5

// capitalizedName reports whether the trigger starting at token i, of an entry
// of a type no name tells (namedTypes), is a capitalized word inside a
// sentence not in title case: a name or part of one, no event ("Shell
// made new proposals", "Tornado reconnaissance planes", "the European
// Tour", "Grand Slam holders", "the Warsaw Pact"). A sentence with a
// finite verb in lower case is not in title case. A sentence full of
// names is still no headline when it holds titleLowerWords lowercase
// words of content, which a title capitalizes ("SHANGHAI, Nov. 12
// (Xinhua) -- Chinese American Michael Chang, the youngest Grand Slam
// champion in ATP history, is sportscasting ...").
func (s *sent) capitalizedName(i int, e *entry) bool {
	return !namedTypes[e.Type] && s.midCapital(i)
}

// midCapital reports whether token i is a capitalized word, not all in
// capitals, inside a sentence not in title case (capitalizedName): a name
// or part of one, whatever tag the parse gives it ("purchased DreamWorks
// for 1.6 billion dollars", read as a plural noun).
func (s *sent) midCapital(i int) bool {
	if i <= s.first {
		return false
	}
	w := s.tok(i).Text
	if w == "" || w[0] < 'A' || w[0] > 'Z' || strings.ToUpper(w) == w {
		return false
	}
	// The words are counted first and the parse asked for last: a
	// sentence the counts show not in title case needs no parse.
	words, caps, lower := 0, 0, 0
	for k := s.first; k < s.last; k++ {
		if t := s.tok(k); t.Kind == token.Word {
			words++
			if t.Text[0] >= 'A' && t.Text[0] <= 'Z' {
				caps++
			} else if s.contentWord(k) {
				lower++
			}
		}
	}
	if float64(caps) <= titleCaseShare*float64(words) || lower >= titleLowerWords {
		return true
	}
	for k := s.first; k < s.last; k++ {
		if t := s.tok(k); t.Kind == token.Word && !(t.Text[0] >= 'A' && t.Text[0] <= 'Z') && s.finiteVerb(k) {
			return true // "X won his Grand Slam title": a title capitalizes its verbs ("Rebels Hit Town")
		}
	}
	return false
}

// finiteVerb reports whether the parse reads token k as a verb in the
// past or present tense.
func (s *sent) finiteVerb(k int) bool {
	tr, n, ok := s.treeAt(k)
	if !ok {
		return false
	}
	w := tr.w(n)
	return w.UPOS == "VERB" && finiteXPOS[w.XPOS]
}

// titleLowerWords is how many lowercase words of content make a sentence
// no headline in title case, whatever its share of capitals: a title
// leaves only its short function words in lower case ("Rebels Attack
// Town in the North").
const titleLowerWords = 3

// titleShortWord is the length under which a title case may leave a
// word in lower case ("of", "and", "the").
const titleShortWord = 4

// contentWord reports whether the word at token k, which its caller
// found written in lower case, is one a title would capitalize: a letter
// word of titleShortWord letters or more that is no preposition,
// determiner, subordinator or pronoun.
func (s *sent) contentWord(k int) bool {
	w := s.word(k)
	if len(w) < titleShortWord || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	return !prepositions[w] && !determiners[w] && !subordinators[w] && !pronouns[w]
}
