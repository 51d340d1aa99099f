package event

import (
	"slices"
	"strings"
	"time"

	"github.com/chronograph-news/chronograph/timex"
)

// The time expression attached in the tree governs its clause. When the
// sentence has a parse, a time expression whose head word depends on the
// trigger's verb (or on the noun trigger itself) as a temporal modifier
// ("met Kim on Friday": obl; "Friday": obl:tmod, obl:unmarked; "earlier
// today": advmod), or on a participle describing the noun trigger ("an
// agreement reached on Tuesday"), dates the trigger, before any
// word-window rule (a bare day the parse takes for an object, "resumed
// Wednesday", counts as a temporal modifier; a noun trigger's time is
// also that of the verb telling its event happen, "the trial resumed
// Wednesday", which wins over a time hung on the noun); and one attached to a predicate that the trigger's
// verb governs through a complement clause ("agreed to meet him from May
// 12-13": xcomp) dates that predicate's event only. Without a parse, or when the parse
// attaches no candidate either way, the word rules of date decide.

// timeRels are the relations by which a time expression modifies the
// word it depends on.
var timeRels = is("obl", "obl:tmod", "obl:unmarked", "obl:npmod", "nmod:tmod", "nmod:unmarked",
	"nmod:npmod", "nmod", "advmod")

// clauseRels link a predicate to a complement clause it governs, whose
// time is that clause's own ("agreed to meet on May 12", "said he would
// travel in June"). Adverbial and noun-modifying clauses are left to the
// word rules: the parse attaches them too loosely ("were detained for
// questioning in March").
var clauseRels = is("xcomp", "ccomp")

// maxTreeWalk bounds the walks up the tree.
const maxTreeWalk = 12

// timeAttachment is where the parse attaches a time expression.
type timeAttachment struct {
	head node   // the word the expression's head depends on
	rel  string // the relation of the expression's head
	word node   // the expression's head
}

// attachmentOf returns where the parse attaches the time expression whose
// first token is c: the dependency of its one word whose head lies
// outside it.
func (s *syntax) attachmentOf(c int) (timeAttachment, bool) {
	tr := s.tree()
	if tr == nil {
		return timeAttachment{}, false
	}
	xi := s.d.timexAt[c]
	in := map[node]bool{}
	var words []node
	for i := c; i < s.last && s.d.timexAt[i] == xi; i++ {
		if n, ok := s.treeNode(i); ok && !in[n] {
			in[n] = true
			words = append(words, n)
		}
	}
	for _, n := range words {
		h, ok := tr.head(n)
		if !ok || in[h] {
			continue
		}
		if r, ok := s.reportBefore(c, h); ok {
			return timeAttachment{head: r, rel: "obl:tmod", word: n}, true
		}
		return timeAttachment{head: h, rel: tr.rel(n), word: n}, true
	}
	return timeAttachment{}, false
}

// reportBefore returns the reporting verb right before the time
// expression whose first token is c when the parse hangs the expression
// on the clause that verb reports, told after it ("police said Monday
// they had arrested five men": Monday on arrested), or right after its
// object, the addressee ("told reporters Monday they had arrested":
// addresseeOf): a bare time between a verb of saying and the subject of
// what it reports is the saying's.
// Only a clause in the perfect or with a modal is taken from the parse so:
// an act told in the simple past or the past progressive shares the
// saying's day ("said Thursday it was raising its rate"), which the
// parse's attachment already gives it.
func (s *syntax) reportBefore(c int, h node) (node, bool) {
	if c-1 < s.first {
		return noNode, false
	}
	r, ok := s.treeNode(c - 1)
	tr := s.tr
	if ok && !tr.verbal(r) {
		r, ok = s.addresseeOf(r) // "told farm leaders Tuesday his country would export more"
	}
	if !ok || !tr.verbal(r) || !tr.lemmaIn(r, s.d.lx.reporting) {
		return noNode, false
	}
	if p, ok := tr.head(h); !ok || p != r || tr.rel(h) != "ccomp" || h < r {
		return noNode, false
	}
	for _, a := range tr.kids(h, is("aux")) {
		if tr.isLemma(a, "have") || tr.w(a).XPOS == "MD" {
			return r, true
		}
	}
	return noNode, false
}

// addresseeOf returns the verb whose object the word n ends: n is the
// last word of the subtree of an object or indirect object ("told
// farm leaders Tuesday": "leaders" ends the addressee of "told"), so
// that a bare time right after it follows the verb's own phrase.
func (s *syntax) addresseeOf(n node) (node, bool) {
	tr := s.tr
	m := n
	for depth := 0; depth < maxTreeWalk && lastOfSubtree(tr.words, int(m)) == int(n); depth++ {
		h, ok := tr.head(m)
		if !ok {
			return noNode, false
		}
		if r := tr.rel(m); r == "obj" || r == "iobj" {
			return h, true
		}
		m = h
	}
	return noNode, false
}

// triggerNodes returns the parse words that stand for t: its verb (a
// noun's light verb) and the words of the trigger.
func (s *syntax) triggerNodes(t *trigger) map[node]bool {
	out := map[node]bool{}
	if v := s.verbToken(t); v >= 0 {
		if n, ok := s.treeNode(v); ok {
			out[n] = true
		}
	}
	for i := t.start; i < t.end; i++ {
		if n, ok := s.treeNode(i); ok {
			out[n] = true
		}
	}
	return out
}

// treeTime sorts the candidate time expressions cands (first tokens) of
// trigger t by the parse: attached, those modifying t directly, and
// governed, those modifying a predicate below t's verb through a clausal
// relation. ok is false without a parse.
func (s *syntax) treeTime(t *trigger, cands []int) (attached, governed []int, ok bool) {
	if s.tree() == nil {
		return nil, nil, false
	}
	tn := s.triggerNodes(t)
	if len(tn) == 0 {
		return nil, nil, false
	}
	if v, ok := s.occurrenceVerb(t); ok {
		tn[v] = true
	}
	var onVerb, decided []int
	for _, c := range cands {
		a, ok := s.attachmentOf(c)
		if !ok {
			continue
		}
		if x := &s.d.in.Times[s.d.timexAt[c]]; a.rel == "obj" && s.tr.verbal(a.head) && granularityRank[x.Granularity] >= granularityRank[timex.Day] {
			// a bare day the parse takes for an object ("resumed
			// Wednesday", "detained Thursday a man") is a time of the
			// verb; a month may be a true object ("made October the
			// worst month")
			a.rel = "obl:tmod"
		}
		if h, ok := s.occasionOf(a); ok && tn[h] {
			// "defeated Empoli in Saturday's early match": the day of the
			// occasion the act took place in is the act's
			a = timeAttachment{head: h, rel: "obl:tmod"}
		}
		if h, ok := s.speakerTime(a, &s.d.in.Times[s.d.timexAt[c]]); ok && tn[h] {
			// "..., said the team's coach Carl Mendez on Tuesday": the
			// day ending a post-posed speaker's phrase is the saying's
			a = timeAttachment{head: h, rel: "obl:tmod", word: a.word}
		}
		if h, ok := s.secondaryPredicate(a.head); ok && tn[h] {
			// the parse may hang the verb's time on the adjective that
			// tells the state it left its patient in: "were released
			// unharmed on Sunday", "was found dead on Monday"
			a.head = h
		}
		if h, ok := s.predicateNoun(a); ok && tn[h] {
			// and on the noun that tells the office or status the act
			// gave its patient: "was elected mayor of the city in 2003",
			// "named him envoy to Paris in May"
			a = timeAttachment{head: h, rel: "obl", word: a.word}
		}
		switch {
		case tn[a.head] && timeRels(a.rel), t.noun && timeRels(a.rel) && s.participleOf(a.head, tn):
			attached = append(attached, c)
			if s.tr.verbal(a.head) {
				onVerb = append(onVerb, c)
			}
		case s.below(a.head, tn):
			governed = append(governed, c)
			if s.decidedOn(a, tn, c) {
				decided = append(decided, c)
			}
		}
	}
	// a time inside the subject, after a noun it embeds, is that noun's
	// when another hangs on the verb after it (subjecttime.go)
	inSubject := func(c int) bool { return s.subjectNounTime(c, cands) }
	attached = slices.DeleteFunc(attached, inSubject)
	onVerb = slices.DeleteFunc(onVerb, inSubject)
	if len(attached) == 0 {
		attached = decided // "voted to impeach the president on Saturday"
	}
	if t.noun && len(onVerb) > 0 {
		// the time of the verb telling a noun's event happen ("The trial
		// of ... on charges ... in the 1980s resumed Wednesday") before a
		// time the parse hangs on the noun from afar
		attached = onVerb
	}
	return attached, governed, true
}

// decidedOn reports whether the time expression at c, which the parse
// hangs on the infinitive complement of one of the trigger's words, is
// the day of the trigger's past act: the complement's head is a to-
// infinitive with no subject of its own, the trigger's verb is one of
// decisionVerbs in the simple past, and the time is a day, not after the
// publication. A lead's "agreed to buy the firm for $2 billion on
// Tuesday", "voted to impeach the president on Saturday" tell the day of
// the agreement and of the vote, the parse's attachment notwithstanding; a
// day to come stays the complement's alone ("agreed to meet on May 12"),
// and so does an appointment's (scheduledVerbs: "agreed to meet again on
// Friday").
func (s *syntax) decidedOn(a timeAttachment, tn map[node]bool, c int) bool {
	if !timeRels(a.rel) || s.tr.rel(a.head) != "xcomp" || !s.tr.infinitive(a.head) ||
		len(s.tr.kids(a.head, is("nsubj", "nsubj:pass"))) > 0 {
		return false
	}
	h, ok := s.tr.head(a.head)
	if !ok || !tn[h] || s.tr.w(h).XPOS != "VBD" || !s.tr.lemmaIn(h, decisionVerbs) || s.tr.lemmaIn(a.head, scheduledVerbs) {
		return false
	}
	x := &s.d.in.Times[s.d.timexAt[c]]
	return x.Granularity == timex.Day && x.Interval != nil && !s.afterDCT(x)
}

// secondaryPredicate returns the verb whose adjective complement (xcomp)
// n is, a state the verb's act leaves its patient in ("released
// unharmed", "found dead"), not a clause of its own.
func (s *syntax) secondaryPredicate(n node) (node, bool) {
	tr := s.tr
	if tr.w(n).UPOS != "ADJ" || tr.rel(n) != "xcomp" {
		return noNode, false
	}
	h, ok := tr.head(n)
	if !ok || !tr.verbal(h) {
		return noNode, false
	}
	return h, true
}

// predicateCases are the prepositions by which a time modifying a
// predicate noun tells when the verb's act gave it (predicateNoun); "for"
// and "until" tell the term of the office ("elected chairman for 2007").
var predicateCases = wordList("predicate_cases")

// predicateNoun returns the verb whose noun complement (xcomp) the time
// a modifies, directly or through the noun's modifiers (at most ofReach),
// a status the act gave its patient ("was elected mayor of the city in
// 2003"): the parse hangs the act's time on the noun.
func (s *syntax) predicateNoun(a timeAttachment) (node, bool) {
	tr := s.tr
	if baseRel(a.rel) != "nmod" || !predicateCases[tr.caseWord(a.word)] {
		return noNode, false
	}
	p := a.head
	for k := 0; tr.rel(p) == "nmod" && k < ofReach; k++ {
		// "appointed governor of the province in 2003": the parse may
		// hang the time on the noun's own modifier
		if q, ok := tr.head(p); ok {
			p = q
		}
	}
	if tr.rel(p) != "xcomp" || (tr.w(p).UPOS != "NOUN" && tr.w(p).UPOS != "PROPN") {
		return noNode, false
	}
	h, ok := tr.head(p)
	if !ok || !tr.verbal(h) {
		return noNode, false
	}
	return h, true
}

// occurrenceVerb returns the verb a noun trigger is the subject of when
// that verb tells its event happen ("The trial ... resumed Wednesday",
// "the summit took place on Friday": data/modality.yaml, occurrence).
func (s *syntax) occurrenceVerb(t *trigger) (node, bool) {
	if !t.noun {
		return noNode, false
	}
	n, ok := s.triggerNode(t)
	if !ok || (s.tr.rel(n) != "nsubj" && s.tr.rel(n) != "nsubj:pass") {
		return noNode, false
	}
	h, ok := s.tr.head(n)
	if !ok || !s.tr.verbal(h) || !s.tr.lemmaIn(h, theModality.occurrence) {
		return noNode, false
	}
	return h, true
}

// participleOf reports whether the word h is a participle modifying one
// of the words of tn, a noun trigger ("an agreement reached on Tuesday":
// the time of reaching is the agreement's; an occurrence verb too when
// the parse hangs it on the noun's "of" phrase: "a meeting of the
// council held on Friday"), or the occurrence verb of a
// relative clause on it ("the polling which took place on April 13", "the
// summit that was held on Friday": data/modality.yaml, occurrence).
func (s *syntax) participleOf(h node, tn map[node]bool) bool {
	tr := s.tr
	p, ok := tr.head(h)
	if tr.rel(h) == "acl" && tr.lemmaIn(h, theModality.occurrence) {
		// "a meeting of the party's council held on Wednesday": the
		// parse hangs the participle on the nearest noun, the "of"
		// phrase of the event noun; a verb telling an event happen tells
		// the event noun's
		for k := 0; ok && !tn[p] && tr.rel(p) == "nmod" && k < ofReach; k++ {
			p, ok = tr.head(p)
		}
	}
	if !ok || !tn[p] {
		return false
	}
	if tr.rel(h) == "acl:relcl" {
		return tr.lemmaIn(h, theModality.occurrence) || tr.lemmaIn(h, impactVerbs) && s.relativeSubject(h)
	}
	return tr.rel(h) == "acl" && (tr.w(h).XPOS == "VBN" || tr.w(h).XPOS == "VBD")
}

// occasionOf returns the verb a time in the possessive dates through the
// noun it owns, when that noun is an oblique of the verb marked by a
// preposition of place in time (occasionCases: "won in Saturday's
// final", "voted in Sunday's election"); not "arrested after Friday's
// protest", whose day is the protest's.
func (s *syntax) occasionOf(a timeAttachment) (node, bool) {
	if a.rel != "nmod:poss" || baseRel(s.tr.rel(a.head)) != "obl" {
		return noNode, false
	}
	for _, c := range s.tr.kids(a.head, is("case")) {
		if occasionCases[strings.ToLower(s.tr.w(c).Form)] {
			return s.tr.head(a.head)
		}
	}
	return noNode, false
}

// occasionCases are the prepositions that set an act inside an occasion
// (data/words.yaml).
var occasionCases = wordList("occasion_cases")

// decisionVerbs are the verbs of a decision or a request whose day the
// parse may hang on their infinitive complement, and scheduledVerbs those
// of an appointment whose day stays theirs (data/words.yaml).
var (
	decisionVerbs  = wordList("decision_verbs")
	scheduledVerbs = wordList("scheduled_verbs")
)

// impactVerbs are the verbs of a disaster's or an attack's landing
// (data/words.yaml).
var impactVerbs = wordList("impact_verbs")

// relativeSubject reports whether the relative clause headed by h has the
// relative pronoun for subject: the noun it modifies does the act ("the
// typhoon, which hit Bicol"), not "the town, which the typhoon hit".
func (s *syntax) relativeSubject(h node) bool {
	return s.tr.hasDepWord(h, is("nsubj"), func(f, _ string) bool { return subjectRelativizers[f] || f == "that" })
}

// ofReach is how many "of" phrases may stand between an event noun and
// the participle of an occurrence verb the parse hangs on the last ("the
// meeting of the committee of the congress held on Friday").
const ofReach = 2

// below reports whether the word h lies in a clause that one of the words
// of tn governs: going up from h, a clausal relation (clauseRels, or a
// full relative clause on a noun: "condemned the approval of the accord
// that was reached on Tuesday") is crossed before one of them is reached.
func (s *syntax) below(h node, tn map[node]bool) bool {
	tr := s.tr
	crossed := false
	for n, k := h, 0; k < maxTreeWalk; k++ {
		if tn[n] {
			return crossed
		}
		crossed = crossed || clauseRels(tr.rel(n)) || s.relativeClause(n, false)
		up, ok := tr.head(n)
		if !ok {
			return false
		}
		n = up
	}
	return false
}

// reportRels link a reporting verb to the clause it reports: "said it had
// arrested" (ccomp), "had arrested ..., a report said" (parataxis, or the
// conj the parse may make of it).
var reportRels = is("ccomp", "parataxis", "conj")

// reportTime reports whether the time expression whose first token is c
// dates the report of t's event rather than the event: the parse attaches
// it to a reporting verb, not t's own, that reports t's clause ("have
// arrested 24 students, a report said Thursday"; "said on Monday it has
// signed"). date leaves such a time out for an event told in another tense
// than the report (reportedApart).
func (s *syntax) reportTime(c int, t *trigger) bool {
	at, ok := s.attachmentOf(c)
	if !ok {
		return false
	}
	tr, own := s.tr, s.triggerNodes(t)
	if v := s.governingVerb(t); v >= 0 && t.noun && (t.anchor < 0 || s.auxiliaryAt(t.anchor)) {
		if gn, ok := s.treeNode(v); ok {
			own[gn] = true // "has scored a re-election, officials said Monday"
		}
	}
	if v, ok := s.clauseVerb(t); ok {
		own[v] = true // "is leading the first round of the elections, officials said Saturday"
	}
	if v, ok := s.reportedClause(t); ok {
		own[v] = true // "said Monday the dispute over the visit is an obstacle"
	}
	h := at.head
	if v, up := tr.head(h); up && !own[h] && !tr.verbal(h) && tr.rel(h) == "nsubj" && tr.verbal(v) && tr.lemmaIn(v, s.d.lx.reporting) {
		// "the minister on Tuesday said ...": a time the parse hangs on
		// the reporting verb's subject is the report's
		h = v
	}
	if own[h] || !tr.verbal(h) || !tr.lemmaIn(h, s.d.lx.reporting) {
		return false
	}
	for n := range own {
		if p, ok := tr.head(n); ok && p == h && reportRels(tr.rel(n)) {
			return true // the reporting verb governs t's clause
		}
		if p, ok := tr.head(h); ok && p == n && reportRels(tr.rel(h)) {
			return true // ", a report said Thursday" hangs on t's verb
		}
	}
	return false
}

// Whether the report's time dates the reported event. In TimeML's view a
// reporting event and the event it reports are two events, each with its
// own time: "said Saturday" anchors the saying. The reported event shares
// that time only when the report tells it in the same simple past as
// itself, with no expression of its own: news then tells the day's
// happening ("troops shelled the town, officials said Saturday", the
// shelling IS_INCLUDED in the day of the report). Told in the perfect it
// lies BEFORE the report, by how long unknown ("had shelled", "have
// arrested"); in the present or progressive it is a state or process
// that INCLUDES the report ("is leading the count"); with a modal or
// "will", or as an infinitive, it lies AFTER it. None of these takes the
// report's day.

// nominalRels lead from a noun up to the verb whose clause it belongs to.
var nominalRels = is("obj", "iobj", "nsubj", "nsubj:pass", "obl", "obl:tmod", "obl:npmod", "nmod", "nmod:poss",
	"compound", "appos", "conj", "flat")

// clauseVerb returns the verb of the clause t belongs to: t's own verb
// node for a verb trigger, or, for a noun trigger, the verb reached up
// from the noun through noun-phrase and argument relations ("leading"
// for "the first round of the elections" in "is leading the first round
// of the elections").
func (s *syntax) clauseVerb(t *trigger) (node, bool) {
	tr := s.tree()
	if tr == nil {
		return noNode, false
	}
	n, ok := s.triggerNode(t)
	if !ok {
		return noNode, false
	}
	return tr.climbNominal(n, tr.verbal)
}

// reportedClause returns the head of the clause whose tense tells t's
// (reportedApart): its clause verb (clauseVerb) or copular predicate
// (copularPredicate), or for a bare -ing participle the clause it is the
// subject or modifier of (participleHead), or for an -ing adjunct of a
// perfect that perfect (adjunctHead).
func (s *syntax) reportedClause(t *trigger) (node, bool) {
	v, ok := s.clauseVerb(t)
	if !ok {
		v, ok = s.copularPredicate(t)
	}
	if !ok {
		return noNode, false
	}
	if k, ok := s.adjunctHead(v); ok {
		return k, true // "had seized a trawler while repelling an attack"
	}
	if h, ok := s.participleHead(v); ok {
		if p, ok := s.predicateAbove(h); ok {
			return p, true // "the issue involving the visit is an obstacle"
		}
		return h, true
	}
	return v, true
}

// adjunctHead returns the verb in the perfect that tells the tense of the
// -ing adjunct v (an adverbial clause with no auxiliary or subject of its
// own, bare or after a subordinator): the verb it hangs on ("had seized a
// trawler while repelling an attack": before the report, not on its day),
// the first of conjoined verbs that share its auxiliary ("had seized a
// trawler and lost two men while repelling an attack"), or, when the parse
// hangs v on a verb of speech after the clause that verb reports, that
// clause ("said Monday it had seized a trawler while repelling an
// attack"). False for any other v: an adjunct of the saying itself ("said
// while visiting the town"), or of a clause in another tense, whose
// adjunct tells the saying's effect as often ("announced it would not back
// the motion, in effect ruling out a vote").
func (s *syntax) adjunctHead(v node) (node, bool) {
	tr := s.tr
	if tr.rel(v) != "advcl" || tr.w(v).XPOS != "VBG" || len(tr.kids(v, is("aux", "aux:pass", "nsubj", "nsubj:pass"))) > 0 {
		return noNode, false
	}
	h, up := tr.head(v)
	if !up || !tr.verbal(h) {
		return noNode, false
	}
	if leadSpeech[strings.ToLower(tr.w(h).Form)] {
		for _, k := range tr.kids(h, is("ccomp")) {
			if h < k && k < v && havePerfect(tr, k) {
				return k, true
			}
		}
		return noNode, false
	}
	if c, up := tr.head(h); up && tr.rel(h) == "conj" && len(tr.kids(h, is("aux", "aux:pass", "nsubj", "nsubj:pass"))) == 0 {
		h = c // the first conjunct's auxiliary
	}
	if havePerfect(tr, h) {
		return h, true
	}
	return noNode, false
}

// havePerfect reports whether the verb n has the auxiliary "have": a
// perfect ("had killed", "has been arrested").
func havePerfect(tr *tree, n node) bool {
	return slices.ContainsFunc(tr.kids(n, is("aux")), func(a node) bool { return tr.isLemma(a, "have") })
}

// copularPredicate returns, for a noun trigger in the subject or a
// modifier of a copular clause, that clause's predicate: the noun or
// adjective the copula hangs on ("obstacle" for "the visit" in "the
// dispute over the visit is the main obstacle").
func (s *syntax) copularPredicate(t *trigger) (node, bool) {
	n, ok := s.parsedTrigger(t)
	if !ok {
		return noNode, false
	}
	if p, ok := s.predicateAbove(n); ok && !s.tr.verbal(p) {
		return p, true
	}
	return noNode, false
}

// predicateAbove returns the predicate reached up from n through
// noun-phrase and argument relations: the first verb, or noun or
// adjective with a copula, at or above n.
func (s *syntax) predicateAbove(n node) (node, bool) {
	tr := s.tr
	return tr.climbNominal(n, func(n node) bool { return tr.verbal(n) || tr.copular(n) })
}

// climbNominal returns the first node at or above n, within maxTreeWalk
// steps up through nominalRels, for which stop holds.
func (t *tree) climbNominal(n node, stop func(node) bool) (node, bool) {
	for k := 0; k < maxTreeWalk; k++ {
		if stop(n) {
			return n, true
		}
		if !nominalRels(t.rel(n)) {
			return noNode, false
		}
		up, ok := t.head(n)
		if !ok {
			return noNode, false
		}
		n = up
	}
	return noNode, false
}

// participleHead returns the predicate a bare -ing participle v (no
// auxiliary or subordinator) hangs on as the subject or modifier of its
// clause ("the issue featuring the visit is an obstacle": "obstacle"),
// whose tense it takes; false for any other v.
func (s *syntax) participleHead(v node) (node, bool) {
	tr := s.tr
	if tr.w(v).XPOS != "VBG" || len(tr.kids(v, is("aux", "aux:pass", "mark"))) > 0 {
		return noNode, false
	}
	switch tr.rel(v) {
	case "csubj", "acl":
		return tr.head(v)
	}
	return noNode, false
}

// reportedApart reports whether the parse tells t's clause in another
// tense than a simple past (see above): a perfect, a present, a
// progressive, a modal or "will", or an infinitive, read on the clause
// reportedClause finds. It is false without
// a parse, or for a clause in the simple past ("shelled", "was
// arrested", "were fighting").
func (s *syntax) reportedApart(t *trigger) bool {
	if s.aspectOf(t).perfect {
		return true
	}
	v, ok := s.reportedClause(t)
	if !ok {
		return false
	}
	tr := s.tr
	for _, c := range tr.kids(v, is("cop")) {
		if x := tr.w(c).XPOS; x == "VBZ" || x == "VBP" {
			return true // "the dispute over the visit is the main obstacle"
		}
	}
	auxes := tr.kids(v, is("aux", "aux:pass"))
	for _, k := range auxes {
		w := tr.w(k)
		switch {
		case w.XPOS == "MD" || tr.isLemma(k, "have"):
			return true // "would visit", "will sign", "had shelled"
		case w.XPOS == "VBZ" || w.XPOS == "VBP" || w.XPOS == "TO":
			return true // "is leading", "are held", "to visit"
		}
	}
	if len(tr.kids(v, is("mark"))) > 0 && tr.w(v).XPOS == "VB" {
		return true // "to meet"
	}
	if len(auxes) == 0 {
		switch tr.w(v).XPOS {
		case "VBZ", "VBP":
			return true // "holds", "lead"
		}
	}
	return false
}

// afterDCT reports whether x starts after the day of the document's
// creation time.
func (s *syntax) afterDCT(x *timex.Timex) bool {
	dct := s.d.in.DCT
	if dct.IsZero() || x.Interval == nil {
		return false
	}
	return x.Interval.Start.After(dct.Truncate(24 * time.Hour).Add(24*time.Hour - time.Nanosecond))
}

// timexEnd returns the token after the expression starting at token c.
func (s *syntax) timexEnd(c int) int {
	xi := s.d.timexAt[c]
	end := c
	for end < s.last && s.d.timexAt[end] == xi {
		end++
	}
	return end
}

// rootPastTime returns the day-precise or finer time expression the parse
// attaches, as a temporal modifier, to the root verb of the sentence when
// that verb tells a past event and reports none: a simple past ("Wall
// Street on Tuesday experienced its second largest gain"), a past passive
// ("was set") or a past perfect ("Israel had closed the crossing earlier
// Thursday"), not a reporting verb ("officials said Tuesday"), nor the
// base of a change ("rose to 121 yen from 120 yen late Friday":
// comparisonPhrase). It returns nil without a parse or such an
// expression.
func (s *syntax) rootPastTime() *timex.Timex { return s.rootPastAt(timex.Day, false) }

// endsBy reports whether the sentence holds a time expression rootPastAt(g)
// may return whose interval ends by limit. Checked first, it spares the
// parse of a sentence whose every such expression would be refused anyway:
// the parse is the costly part.
func (s *syntax) endsBy(g timex.Granularity, limit time.Time) bool {
	for c := s.first; c < s.last; c++ {
		xi := s.d.timexAt[c]
		if xi < 0 {
			continue
		}
		x := &s.d.in.Times[xi]
		if datesEvents(x) && granularityRank[x.Granularity] >= granularityRank[g] && x.Interval != nil && !x.Interval.End.After(limit) {
			return true
		}
	}
	return false
}

// rootPastAt is rootPastTime for a time expression of granularity g or
// finer ("boosted their ties last year": timex.Year); with reports, a
// reporting root verb counts too ("In October, the panel said in a
// report ...": the time of a past account, not the day's news).
func (s *syntax) rootPastAt(g timex.Granularity, reports bool) *timex.Timex {
	var tr *tree
	for c := s.first; c < s.last; c++ {
		xi := s.d.timexAt[c]
		if xi < 0 || c > s.first && s.d.timexAt[c-1] == xi {
			continue
		}
		x := &s.d.in.Times[xi]
		if !datesEvents(x) || granularityRank[x.Granularity] < granularityRank[g] {
			continue
		}
		if tr == nil {
			// parsed only for a day that may date the sentence: the parse
			// is the costly part
			if tr = s.tree(); tr == nil {
				return nil
			}
		}
		a, ok := s.attachmentOf(c)
		if !ok || !timeRels(a.rel) && a.rel != "obj" {
			continue
		}
		v := a.head
		if n, ok := s.treeNode(c); ok {
			v = s.subjectTimeVerb(n, v)
		}
		if _, hasHead := tr.head(v); hasHead || !tr.verbal(v) || !reports && tr.lemmaIn(v, s.d.lx.reporting) {
			continue
		}
		if toks := s.tokensOf(v); len(toks) > 0 && s.comparisonPhrase(c, toks[0]+1) {
			continue // "The dollar rose to 121 yen from 120 yen late Friday": the base's (timescope.go)
		}
		if tr.pastVerb(v) {
			return x
		}
	}
	return nil
}

// subjectTimeVerb returns the verb whose subject h is when the time word
// n, which the parse hangs on h, stands between that subject and its verb
// ("Wall Street on Tuesday experienced": the day is the verb's, not the
// street's), or h itself otherwise.
func (s *syntax) subjectTimeVerb(n, h node) node {
	tr := s.tr
	r := tr.rel(h)
	if r != "nsubj" && r != "nsubj:pass" {
		return h
	}
	v, ok := tr.head(h)
	if !ok || !(h < n && n < v) {
		return h
	}
	return v
}

// pastVerb reports whether verb n is told in the past: a simple past
// ("experienced"), or a participle whose auxiliaries are past ("was set",
// "had closed"), with no modal.
func (t *tree) pastVerb(n node) bool {
	auxes := t.kids(n, is("aux", "aux:pass"))
	for _, k := range auxes {
		if x := t.w(k).XPOS; x != "VBD" {
			return false // "will be held", "has closed", "is led"
		}
	}
	switch t.w(n).XPOS {
	case "VBD":
		return len(auxes) == 0
	case "VBN":
		return len(auxes) > 0
	}
	return false
}
