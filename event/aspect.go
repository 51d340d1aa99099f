package event

import (
	"strings"

	"github.com/chronograph-news/chronograph/timex"
)

// Events told as done before the news of the day. A mention that no time
// expression dates takes the publication date only when the text tells it
// as the news of that day. It is bounded by the publication date instead
// (basis PublicationBound: on or before the DCT, how long before unknown)
// when its verb says it lies before the time of the report:
//
//   - a perfect: "had arrested", "has signed", "have been killed"; for
//     a noun, the verb it is the object of, or the -ing complement it is
//     an oblique of ("had just finished dealing with blazes":
//     participleOblique); a past passive coordinated with a past
//     perfect, with no subject of its own ("had pleaded guilty and was
//     jailed");
//   - a progressive, an ongoing state: "is withdrawing", "has been
//     fighting";
//   - a relative clause: "the army, which attacked the town", "the man
//     who was arrested", "the university, where he met his wife", or a
//     reduced one ("soldiers captured by
//     Ukrainian troops": relativeClause, timescope.go), or its second
//     verb the parse hangs on a main verb in the present ("now control
//     cities that rebelled and were recaptured": relativeConjunct);
//   - an adverb placing it earlier: "Earlier, Sarimov vowed ...",
//     "recently met"; or an adverbial clause told as before its main
//     clause: "may be nearing its end after the Fed raised its rates"
//     (earlier_markers);
//   - an infinitive or -ing complement of a perfect, or a noun or
//     complement of a predicate an earlier-adverb places before the
//     report: "have continued to surge", "have recently been
//     instrumental in negotiations" (nestedBefore, nestedbound.go);
//   - an occasion told as recent: "pledged aid during a recent visit"
//     (recentFrame, timescope.go);
//   - a noun in a phrase told as before its clause: an oblique after
//     "after" or "following", reached through a conjunct or a noun
//     modifier ("following the collapse of talks"), the subject of a
//     clause in the perfect ("floods have ruined the harvest"), an
//     oblique of a verb in the perfect ("have died in clashes", "had
//     reached the final with a win": perfectHead), or a noun whose
//     relative clause is in the perfect ("the bombing, which has killed
//     nine"), or a "from" phrase of a head that comes out of its event
//     ("learn from a fatal crash": aftermathOf) (earlierNoun,
//     timescope.go);
//   - a past participle set off by commas after its noun: "the leader,
//     jailed in Spain for fraud, was freed" (setOffParticiple,
//     timescope.go);
//   - a background mention (Mention.Background): a reference back to an
//     event told elsewhere;
//   - a past verb counted in months or years from a moment told
//     elsewhere: "was elected president one year later" (countedLater,
//     narrative.go);
//   - a simple past under a clause told in the present: "is famous as it
//     hosted the first games" (pastUnderPresent, pastunder.go), or an
//     event noun in a copular clause told in the present: "the dispute
//     over the visit is the main obstacle" (presentCopularNoun);
//   - a past act told deeper in a report than its immediate content: "said
//     she believed that gunmen had shot him" (reportedDeeper,
//     reportnested.go).
//
// The parse decides when the sentence has one (auxiliaries, the
// acl:relcl relation, advmod); without it the words before the verb do.

var earlierAdverbs = wordList("earlier_adverbs")

// earlierNouns are the nouns, and earlierDeterminers their determiners, of
// an oblique pointing back to a time told before (thatTime).
var (
	earlierNouns       = wordList("earlier_nouns")
	earlierDeterminers = wordList("earlier_determiners")
)

var perfectAuxiliaries = wordList("perfect_auxiliaries")

var earlierMarkers = wordList("earlier_markers")

// simultaneousMarks open an adverbial clause told at its head's moment
// ("when"): told as before the report, the head puts the clause
// before it too (treeAspect).
var simultaneousMarks = wordList("simultaneous_marks")

// hasMarkIn reports whether the clause n has a subordinator of marks (a
// mark, or the advmod the parse may make "when").
func hasMarkIn(tr *tree, n node, marks map[string]bool) bool {
	for _, k := range tr.kids(n, is("mark", "advmod")) {
		if marks[strings.ToLower(tr.w(k).Form)] {
			return true
		}
	}
	return false
}

// aspectWindow is how many words before its verb an auxiliary, a
// relativizer or an earlier-adverb is looked for without a parse.
const aspectWindow = 4

// aspect is how a verb trigger places its event relative to the report.
type aspect struct {
	perfect     bool // "has signed", "had arrested"
	progressive bool // "is withdrawing"
	relative    bool // in a relative clause
	earlier     bool // "earlier", "recently"
}

// before reports whether the aspect places the event before the report.
func (a aspect) before() bool { return a.perfect || a.progressive || a.relative || a.earlier }

// dayOfPublication reports whether the mention m, asserted or reported,
// is dated by the publication day for want of a time of its own: the
// mentions the bind passes (bindUndated, bindLasting, bindAfterOld,
// bindDelayed, bindHistory) may bound by the publication instead.
func dayOfPublication(m *Mention) bool {
	return m.Time == nil && m.Basis == Publication && (m.Factuality == Asserted || m.Factuality == Reported)
}

// bindUndated gives the basis PublicationBound to each asserted or
// reported mention of the sentence that no time expression dates and that
// is told as done before the day of publication (see above). A planned,
// hypothetical or negated event is not done: it keeps the publication
// date, the date it is told on.
func (s *syntax) bindUndated(ts []*trigger, ms []Mention) {
	for k, t := range ts {
		m := &ms[k]
		if !dayOfPublication(m) {
			continue
		}
		if _, setOff := s.setOffParticiple(t); m.Background || setOff || s.aspectOf(t).before() || s.earlierNoun(t) || s.recentFrame(t) || s.countedLater(t) || s.pastUnderPresent(t) || s.presentCopularNoun(t) || s.nestedBefore(t) || s.reportedDeeper(t) {
			m.Basis = PublicationBound
		}
	}
}

// aspectOf returns the aspect of t's verb (aspectVerb); the zero aspect
// for a noun with no verb.
func (s *syntax) aspectOf(t *trigger) aspect {
	v := s.aspectVerb(t)
	if v < 0 {
		return aspect{}
	}
	w := s.wordAspect(v)
	a, ok := s.treeAspect(v)
	if !ok {
		return w
	}
	// the parse may take a relative clause for a conjunct ("Macron, who
	// extended his thanks and vowed ..."): the relativizer before the
	// verb still tells it
	a.relative = a.relative || w.relative
	a.earlier = a.earlier || w.earlier
	return a
}

// aspectVerb returns the token of the verb that tells t's tense: the
// trigger, a noun's light verb, or the verb the parse makes a noun the
// object of; -1 for a noun with no verb.
func (s *syntax) aspectVerb(t *trigger) int {
	v := s.verbToken(t)
	if t.noun && (v < 0 || s.auxiliaryAt(v)) {
		v = s.governingVerb(t) // "has won a landslide re-election"
		if v < 0 {
			v = s.participleOblique(t) // "had finished dealing with blazes"
		}
		if n, ok := s.triggerNode(t); ok && v < 0 && s.tr.w(n).UPOS == "VERB" {
			// a noun trigger the parse makes a verb: "have been
			// fighting for a homeland"
			if toks := s.tokensOf(n); len(toks) > 0 {
				v = toks[0]
			}
		}
	}
	return v
}

// verbToken returns the inflected verb token of t: the word of a
// multi-word verb trigger that carries the tense ("test-launched"), the
// trigger's verb, or a noun's light verb; -1 for none.
func (s *syntax) verbToken(t *trigger) int {
	v := t.anchor
	if v < 0 {
		return -1
	}
	if v >= t.start && v < t.end {
		for j := t.start; j < t.end; j++ {
			if pastForm(s.word(j)) || strings.HasSuffix(s.word(j), "ing") {
				return j
			}
		}
	}
	return v
}

// treeAspect reads the aspect of the verb at token v from the parse:
// its auxiliaries ("have" makes a perfect, "be" before a gerund a
// progressive), a relative clause (acl:relcl, or a reduced one:
// relativeClause) of the verb or of the verb it is coordinated with or
// completes (relativeSpan) or is an -ing adjunct of, and an earlier-adverb among its
// advmod dependents.
// ok is false without a parse or when v is no verb of it.
func (s *syntax) treeAspect(v int) (a aspect, ok bool) {
	n, ok := s.treeNode(v)
	if !ok {
		return aspect{}, false
	}
	tr := s.tr
	if w := tr.w(n); w.UPOS != "VERB" && w.UPOS != "AUX" {
		return aspect{}, false
	}
	for _, k := range tr.kids(n, is("aux", "aux:pass")) {
		// the parse may come without lemmas: the form decides too
		form := strings.ToLower(strings.ReplaceAll(tr.w(k).Form, "’", "'"))
		switch lemma := strings.ToLower(tr.w(k).Lemma); {
		case lemma == "have" || perfectAuxiliaries[form]:
			a.perfect = true
		case lemma == "be" || beForms[form] || form == "am":
			a.progressive = a.progressive || tr.w(n).XPOS == "VBG"
		}
	}
	if h, up := tr.head(n); up && tr.rel(n) == "conj" && (tr.w(n).XPOS == "VBN" || tr.w(n).XPOS == "VBD") && len(tr.kids(n, is("aux", "aux:pass", "nsubj", "nsubj:pass"))) == 0 {
		// a participle coordinated with no auxiliary or subject of its own
		// shares its head's perfect: "has imposed a blockade ... and
		// deported Georgians"
		for _, k := range tr.kids(h, is("aux")) {
			form := strings.ToLower(strings.ReplaceAll(tr.w(k).Form, "’", "'"))
			a.perfect = a.perfect || strings.ToLower(tr.w(k).Lemma) == "have" || perfectAuxiliaries[form]
		}
	}
	if h, up := tr.head(n); up && tr.rel(n) == "conj" && tr.w(n).XPOS == "VBN" && pastPassiveOnly(tr, n) && pastPerfect(tr, h) {
		// a past passive coordinated, with no subject of its own, under
		// a past perfect goes on telling that earlier past: "had pleaded
		// guilty and was jailed"
		a.perfect = true
	}
	if h, up := tr.head(n); up && tr.rel(n) != "acl" && bareParticiple(tr, n) && len(tr.kids(n, is("aux", "aux:pass"))) == 0 {
		// a participle adjunct with no auxiliary, subject or subordinator
		// of its own tells its event in its head's perfect or
		// progressive: "have been fighting for a homeland, accusing the
		// majority of abuses", "have come on a wave of success, winning
		// titles in Rome"; a complement too: "had just finished
		// dealing with blazes"
		if toks := s.tokensOf(h); len(toks) > 0 {
			if ha, ok := s.treeAspect(toks[0]); ok {
				a.perfect = a.perfect || ha.perfect
				a.progressive = a.progressive || ha.progressive
			}
		}
	}
	for _, k := range tr.kids(n, is("advmod")) {
		a.earlier = a.earlier || earlierAdverbs[strings.ToLower(tr.w(k).Form)]
	}
	a.earlier = a.earlier || thatTime(tr, n)
	if tr.rel(n) == "advcl" {
		// "may be nearing its end after the Fed raised its rates": a
		// clause told as before its main clause's (earlier_markers)
		for _, k := range tr.kids(n, is("mark")) {
			a.earlier = a.earlier || earlierMarkers[strings.ToLower(tr.w(k).Form)]
		}
		if h, up := tr.head(n); up && hasMarkIn(tr, n, simultaneousMarks) {
			// "Powell, who later became secretary of state when the
			// United States invaded Iraq": a when-clause tells its
			// head's moment, and a head told as before the report (a
			// relative clause, a perfect, an earlier-adverb) puts it
			// before the report too
			if toks := s.tokensOf(h); len(toks) > 0 {
				if ha, ok := s.treeAspect(toks[0]); ok && ha.before() {
					a.earlier = true
				}
			}
		}
	}
	adjunct := false // the walk went up from an -ing adjunct: only a full relative clause counts
	for c, depth := n, 0; depth < maxConj; depth++ {
		if adjunct && tr.rel(c) == "acl:relcl" && s.relativeClause(c, false) && relativized(tr, c) || !adjunct && (s.relativeClause(c, true) || s.relativeConjunct(c)) {
			a.relative = true
			break
		}
		h, up := tr.head(c)
		if !up || !relativeSpan(tr.rel(c)) && !(tr.rel(c) == "advcl" && tr.w(c).XPOS == "VBG" && len(tr.kids(c, is("mark"))) > 0) {
			break // "a diplomat who helped negotiate": the relative's too
		}
		adjunct = adjunct || tr.rel(c) == "advcl"
		c = h
	}
	return a, true
}

// relativeSpan are the relations by which a verb belongs to the clause
// of its head: a conjunct or a complement ("a diplomat who helped
// negotiate"), so that a relative clause above it makes it relative too
// (treeAspect). An -ing adjunct opened by a subordinator belongs to a
// full relative clause above it too ("two students who killed nine people
// before killing themselves").
var relativeSpan = is("conj", "xcomp")

// relativized reports whether the clause n has a relative pronoun of its
// own among its dependents (relativizers: "who killed nine people"), not
// only the acl:relcl a parse may give a main clause after a long subject.
func relativized(tr *tree, n node) bool {
	for _, k := range tr.kids(n, func(string) bool { return true }) {
		if relativizers[strings.ToLower(tr.w(k).Form)] {
			return true
		}
	}
	return false
}

// thatTime reports whether the verb n has an oblique pointing back to a
// time told before ("at that time", "at the time", "at that point":
// earlier_nouns, earlier_determiners): its event lies before the report.
// A time the noun's own words tell is none ("at the same time", "at the
// time of writing").
func thatTime(tr *tree, n node) bool {
	for _, k := range tr.kids(n, is("obl")) {
		if !earlierNouns[strings.ToLower(tr.w(k).Form)] || tr.caseWord(k) != "at" || len(tr.kids(k, is("amod", "nmod", "acl", "acl:relcl"))) > 0 {
			continue
		}
		for _, dt := range tr.kids(k, is("det")) {
			if earlierDeterminers[strings.ToLower(tr.w(dt).Form)] {
				return true
			}
		}
	}
	return false
}

// wordAspect reads the aspect of the verb at token v from the words
// before it, within aspectWindow: a perfect auxiliary, a form of "be"
// before a gerund, a relativizer opening the clause ("who was arrested",
// "which attacked"), an earlier-adverb; "Earlier," opening the sentence;
// and, within markerReach, an earlier-marker opening the clause ("after
// the Fed raised").
func (s *syntax) wordAspect(v int) aspect {
	var a aspect
	gerund := strings.HasSuffix(s.word(v), "ing")
	for j, n := v-1, 0; j >= s.first && n < aspectWindow; j, n = j-1, n+1 {
		w := s.word(j)
		switch {
		case perfectAuxiliaries[w]:
			a.perfect = true
			continue
		case beForms[w] || w == "am":
			a.progressive = a.progressive || gerund
			continue
		case earlierAdverbs[w]:
			a.earlier = true
			continue
		case relativizers[w]:
			a.relative = j > s.first
		case pronouns[w] && relativizers[s.word(j-1)] && s.word(j-1) != "whom":
			// a pronoun subject after its relativizer: "Lovaina, where
			// he met his wife" (not "Kohl, with whom he held talks": a
			// partner named for the day's news)
			continue
		case auxiliaries[w] || s.isAdverb(j):
			continue
		}
		break
	}
	if earlierAdverbs[s.word(s.first)] && s.word(s.first+1) == "," {
		a.earlier = true
	}
	// the word opening the verb's clause: "after the US Federal Reserve
	// raised its rates", which the parse may take for a preposition
	for j := v - 1; j >= s.first && j >= v-markerReach; j-- {
		w := s.word(j)
		if earlierMarkers[w] {
			a.earlier = j+1 < v // "after" right before the verb is no clause ("after meeting")
			break
		}
		if clauseStops[w] || w == "," {
			break
		}
	}
	return a
}

// markerReach is how many words before its verb wordAspect looks for the
// marker opening the verb's clause (over its subject).
const markerReach = 8

// governingVerb returns the token of the verb whose direct object the
// parse makes the noun trigger t ("has scored a re-election"), or -1.
func (s *syntax) governingVerb(t *trigger) int {
	return s.verbOfNoun(t, func(rel string) bool { return rel == "obj" })
}

// verbOfNoun returns the first token of the verbal head of the noun
// trigger t when the parse attaches t to it by a relation rel accepts,
// or -1.
func (s *syntax) verbOfNoun(t *trigger, rel func(string) bool) int {
	n, ok := s.triggerNode(t)
	if !ok || !rel(s.tr.rel(n)) {
		return -1
	}
	h, ok := s.tr.head(n)
	if !ok || !s.tr.verbal(h) {
		return -1
	}
	if toks := s.tokensOf(h); len(toks) > 0 {
		return toks[0]
	}
	return -1
}

// participleOblique returns the token of the -ing participle (an
// adverbial clause or a complement with no subject of its own) whose
// oblique the parse makes the noun trigger t ("had just finished dealing
// with blazes in the south"), or -1: the noun's event is told in that
// participle's clause, and so in the tense of the verb it hangs on.
func (s *syntax) participleOblique(t *trigger) int {
	n, ok := s.triggerNode(t)
	if !ok || baseRel(s.tr.rel(n)) != "obl" {
		return -1
	}
	h, ok := s.tr.head(n)
	if !ok || !bareParticiple(s.tr, h) {
		return -1
	}
	if toks := s.tokensOf(h); len(toks) > 0 {
		return toks[0]
	}
	return -1
}

// auxiliaryAt reports whether the parse makes token v an auxiliary ("has"
// of "has scored"), not the verb of its clause.
func (s *syntax) auxiliaryAt(v int) bool {
	tr, n, ok := s.treeAt(v)
	return ok && baseRel(tr.rel(n)) == "aux"
}

// ancient reports whether x ends more than ancientYears before the DCT.
func (s *syntax) ancient(x *timex.Timex) bool {
	dct := s.d.in.DCT
	return !dct.IsZero() && x.Interval != nil && x.Interval.End.Before(dct.AddDate(-ancientYears, 0, 0))
}

// futureDate applies a date after the DCT to an asserted or reported
// mention: the event is planned, unless its verb is in the past tense
// ("met", "has signed"); then the date is probably wrong (a weekday
// resolved forward, a misread year) and the mention keeps the
// publication date.
func (s *syntax) futureDate(t *trigger, m *Mention) {
	if (m.Factuality != Asserted && m.Factuality != Reported) || !s.afterDCT(m.Time) {
		return
	}
	if s.pastTense(t) {
		if x := pastReading(m.Time, s.d.in.DCT); x != nil {
			m.Time = x // "met on Thursday" in a Wednesday paper: last Thursday
			return
		}
		m.Time, m.Basis = nil, Publication
		return
	}
	m.Factuality = Planned
}

// pastTense reports whether the verb of t (the trigger itself, or the
// light verb of a noun) is a simple past or perfect form with no modal,
// future or infinitive marker before it: "met", "has signed", "was
// attacked", but not "will be held", "to be signed".
func (s *syntax) pastTense(t *trigger) bool {
	v := t.anchor
	if v < 0 {
		return false
	}
	w := s.word(v)
	if v >= t.start && v < t.end {
		// a multi-word trigger: its inflected word ("test-launched")
		for j := t.start; j < t.end; j++ {
			if pastForm(s.word(j)) {
				w, v = s.word(j), j
				break
			}
		}
	}
	if !pastForm(w) && !s.unchangedPast(v) {
		return false
	}
	for j, n := v-1, 0; j >= s.first && n < 4; j, n = j-1, n+1 {
		switch p := s.word(j); {
		case futureAuxiliaries[p] || p == "to" || p == "be":
			return false
		case auxiliaries[p] || s.isAdverb(j) || beForms[p]:
			continue
		}
		break
	}
	return true
}

// unchangedPast reports whether token v is a verb whose past is spelt as
// its base ("quit", "hit", "shed": unchangedPastVerbs) told in the past by
// its subject: with no auxiliary, after a subject in the third person
// singular, whose present would end in "-s" ("the minister also quit the
// cabinet", "the index shed two points"; not "the ministers quit", "they
// cut", "will quit"). It is false without a parse.
func (s *syntax) unchangedPast(v int) bool {
	if !unchangedPastVerbs[s.word(v)] || s.tree() == nil {
		return false
	}
	n, ok := s.treeNode(v)
	if !ok || s.tr.w(n).UPOS != "VERB" || len(s.tr.kids(n, is("aux", "aux:pass"))) > 0 {
		return false
	}
	subj := s.tr.kids(n, is("nsubj"))
	if len(subj) != 1 || s.joinedSubject(subj[0]) {
		return false
	}
	w := s.tr.w(subj[0])
	switch w.XPOS {
	case "NN", "NNP":
		return true
	case "PRP":
		return singularSubjects[strings.ToLower(w.Form)] // "he", "she", "it": a relative "who" is no PRP
	}
	return false
}

// joinedSubject reports whether the subject head h is joined to another
// by "and" ("the minister and his deputy"), which makes it plural; a
// conjunct after "but" or "or" ("a Christian but an ally of the
// president") leaves it singular.
func (s *syntax) joinedSubject(h node) bool {
	for _, c := range s.tr.kids(h, is("conj")) {
		for _, k := range s.tr.kids(c, is("cc")) {
			if w := strings.ToLower(s.tr.w(k).Form); w == "and" || w == "&" {
				return true
			}
		}
	}
	return false
}

// unchangedPastVerbs are the verbs whose simple past is spelt as their
// base (data/words.yaml), read by unchangedPast.
var unchangedPastVerbs = wordList("unchanged_past_verbs")

// pastPassiveOnly reports whether the verb n has no subject and no
// auxiliary but one past form of "be" (aux:pass "was", "were").
func pastPassiveOnly(tr *tree, n node) bool {
	if len(tr.kids(n, is("aux", "nsubj", "nsubj:pass"))) > 0 {
		return false
	}
	ps := tr.kids(n, is("aux:pass"))
	return len(ps) == 1 && tr.w(ps[0]).XPOS == "VBD"
}

// pastPerfect reports whether the verb h has the auxiliary "had".
func pastPerfect(tr *tree, h node) bool {
	for _, k := range tr.kids(h, is("aux")) {
		if tr.w(k).XPOS == "VBD" && (strings.ToLower(tr.w(k).Lemma) == "have" || perfectAuxiliaries[strings.ToLower(tr.w(k).Form)]) {
			return true
		}
	}
	return false
}
