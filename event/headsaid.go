package event

import (
	"slices"
	"strings"

	"github.com/chronograph-news/chronograph/actor"
)

// This file holds what a statement, a warning or a request says when the
// parse tells it awkwardly: a clause split from its subject, a warning's
// topic hung on whom it warns, a request told after what is asked, and
// the check that a phrase built for what is said keeps the sentence's
// order.

// strandedVerb reports whether the verb of saying at n has, after its
// reported clause at x, a verb with an auxiliary but no subject of its
// own ("warned that gas supplies to Ukraine will be turned off" parsed
// with "supplies" the clause's verb and "will be turned" a second
// complement of "warned"): the parse split the clause's subject from its
// verb, and what it gives for the clause would be cut ("gas supplies to
// Ukraine").
func (h *head) strandedVerb(n, x node) bool {
	d := h.s.tr
	return slices.ContainsFunc(d.kids(n, is("xcomp", "ccomp")), func(v node) bool {
		return v > x && len(d.kids(v, is("aux", "aux:pass"))) > 0 && len(d.kids(v, is("nsubj", "nsubj:pass", "mark"))) == 0
	})
}

// warnedOf returns what the verb of saying at n with an object speaks of
// (topic_cases: "warned Ukraine of grave consequences" → "of grave
// consequences"): its own oblique, or the phrase the parse hangs on its
// one object when that object is a name, which takes no such phrase
// ("Ukraine of grave consequences"), or "": also when such an oblique
// stands before the object, a parse that misread the phrase ("warned
// against any precipitate moves", "moves" read as the object).
func (h *head) warnedOf(n node) string {
	d := h.s.tr
	objs := d.kids(n, is("obj"))
	if len(objs) > 0 && slices.ContainsFunc(d.kids(n, is("obl")), func(c node) bool { return c < objs[0] && theHeadWords.topicCases[d.caseWord(c)] }) {
		return "" // "warned against any precipitate moves", misparsed: no topic after the object
	}
	if t := h.topicWith(n, theHeadWords.topicCases); t != "" {
		return t
	}
	if len(objs) != 1 || d.w(objs[0]).UPOS != "PROPN" {
		return ""
	}
	for _, c := range d.kids(objs[0], is("nmod")) {
		cw := d.caseWord(c)
		if !theHeadWords.topicCases[cw] || h.isTime(c) || d.w(c).UPOS != "NOUN" {
			continue
		}
		if text, _ := h.phrase(c, false); text != "" {
			return cw + " " + text
		}
	}
	return ""
}

// inSentenceOrder reports whether the words of text, a phrase built for
// the clause at x, stand in the sentence in that order from x on: a
// phrase whose words the parse joins out of order ("to rise to percent"
// from "to rise 20 percent ... to 2.4 billion") is garbled.
func (h *head) inSentenceOrder(x node, text string) bool {
	d := h.s.tr
	k := node(0)
	for k < x && !d.within(k, x) {
		k++
	}
	same := func(a, b string) bool {
		return a == b || len(a) >= orderMatchChars && len(b) >= orderMatchChars && (strings.Contains(a, b) || strings.Contains(b, a))
	}
	for _, w := range strings.Fields(strings.ToLower(text)) {
		for int(k) < len(d.words) && !same(w, strings.ToLower(d.w(k).Form)) {
			k++
		}
		if int(k) >= len(d.words) {
			return false
		}
		k++
	}
	return true
}

// orderMatchChars is the length from which a headline's word matches the
// sentence word it is part of or that is part of it ("year" in
// "year-on-year"; inSentenceOrder): shorter words must match whole.
const orderMatchChars = 3

// invertedRequest returns the headline of a request told after what is
// asked, its speaker after the verb ("'The nation must unite,' urged
// President Kibaki" → "Kibaki urges nation to unite"): the verb (one of
// inverted_requests) right after a comma or a quotation's close, with no
// subject of its own and one name after it for its object, which the
// parse gives as whom it urges but is who speaks; what is asked is the
// clause before with its "must" or "should" said as "to". "" when the
// clause says no such duty or the name is cut by the parse.
func (h *head) invertedRequest(n node, base string) string {
	d := h.s.tr
	if !theHeadWords.invertedRequests[base] || n < 2 || len(d.kids(n, is("nsubj", "nsubj:pass", "aux:pass"))) > 0 {
		return ""
	}
	if prev := d.w(n - 1); prev.UPOS != "PUNCT" || prev.Form != "," && !quoteMarks[prev.Form] {
		return ""
	}
	objs := d.kids(n, is("obj"))
	if len(objs) != 1 || objs[0] < n || d.w(objs[0]).UPOS != "PROPN" {
		return ""
	}
	o := objs[0]
	end := o // the last word of the name's phrase
	for k := o + 1; int(k) < len(d.words) && d.within(k, o); k++ {
		end = k
	}
	if next := end + 1; int(next) < len(d.words) && d.rel(next) != "case" && d.rel(next) != "punct" {
		return "" // "urged Kenyan ambassador John Otieno" cut after "Kenyan"
	}
	speaker, _ := h.phrase(o, true)
	speaker = cmpOr(speaker, h.nounPhrase(o, 0))
	x := noNode // the clause that says what is asked
	for _, c := range d.kids(n, is("ccomp", "parataxis")) {
		if c < n {
			x = c
		}
	}
	if hd, ok := d.head(n); x == noNode && ok && hd < n && d.w(hd).UPOS == "VERB" {
		x = hd
	}
	if x == noNode || speaker == "" {
		return ""
	}
	duty := ""
	for _, a := range d.kids(x, is("aux")) {
		if lw := strings.ToLower(d.w(a).Form); theHeadWords.dutyModals[lw] {
			duty = lw
		}
	}
	clause := h.saidClause(x, false)
	subj, rest, ok := strings.Cut(clause, " "+duty+" ")
	if duty == "" || !ok || subj == "" || rest == "" {
		return ""
	}
	return capitalize(speaker) + " " + theHeadWords.present(base, false) + " " + subj + " to " + rest + h.place()
}

// saidIn returns the verb of saying the statement noun at n is the "in"
// phrase of ("said in a written statement", "added in an official
// statement that ..."; said_in_verbs), or noNode.
func (h *head) saidIn(n node) node {
	d := h.s.tr
	v, ok := d.head(n)
	if !ok || baseRel(d.rel(n)) != "obl" || d.caseWord(n) != "in" || d.w(v).UPOS != "VERB" || !theHeadWords.saidInVerbs[h.verbBase(v)] {
		return noNode
	}
	return v
}

// spokenIn returns the verb, no verb of saying (saidIn), of the clause
// the statement noun at n is an "in" phrase of, ahead of the verb, which
// says what the statement does ("In a speech at the academy, Obama
// defended the decision"), or noNode.
func (h *head) spokenIn(n node) node {
	d := h.s.tr
	v, ok := d.head(n)
	if !ok || baseRel(d.rel(n)) != "obl" || d.caseWord(n) != "in" || v < n || d.w(v).UPOS != "VERB" || theHeadWords.saidInVerbs[h.verbBase(v)] {
		return noNode
	}
	if len(d.kids(v, is("nsubj"))) == 0 || len(d.kids(v, is("obj", "ccomp"))) == 0 {
		return noNode
	}
	asPhrase := func(c node) bool { return d.rel(c) == "xcomp" || d.caseWord(c) == "as" }
	if slices.ContainsFunc(d.kids(v, is("obl", "advcl", "xcomp")), asPhrase) ||
		slices.ContainsFunc(d.kids(v, is("obj")), func(o node) bool { return slices.ContainsFunc(d.kids(o, is("nmod", "amod")), asPhrase) }) {
		return noNode // "described the ordination as illegitimate": the object alone says nothing
	}
	return v
}

// thatDeterminer reports whether the clause at x, which the parse hangs
// on the verb of saying at v as a complement, an adverbial or a
// conjunct, opens with a "that" the parse reads as its subject's
// determiner right after the verb or its obliques ("warned on
// Saturday that parliament could block inspections", "that parliament"
// read as one noun phrase): the "that" is the clause's mark, and the
// clause what is said.
func (h *head) thatDeterminer(v, x node) bool {
	d := h.s.tr
	if x < v {
		return false
	}
	for _, c := range d.kids(x, is("nsubj", "nsubj:pass")) {
		for _, t := range d.kids(c, is("det")) {
			if t > c || !strings.EqualFold(d.w(t).Form, "that") {
				continue
			}
			k := v + 1 // the words between the verb and "that" are its obliques' ("on Saturday", "in a statement")
			for k < t && slices.ContainsFunc(d.kids(v, is("obl", "obl:tmod", "obl:unmarked")), func(o node) bool { return d.within(k, o) }) {
				k++
			}
			return k == t
		}
	}
	return false
}

// thatSubjectOnDay returns the subject of the reported clause at x that
// has none in the parse because its "that" and subject are read as a
// phrase hung on the day before them ("warned on Monday that congress
// could push back", "that congress" an apposition of "Monday"): the
// noun right before the clause's first word, after a determiner "that";
// else noNode.
func (h *head) thatSubjectOnDay(x node) node {
	d := h.s.tr
	if len(d.kids(x, is("nsubj", "nsubj:pass", "expl"))) > 0 {
		return noNode
	}
	v, ok := d.head(x)
	if !ok {
		return noNode
	}
	first := x // the clause's first word
	for k := x - 1; k > v && d.within(k, x); k-- {
		first = k
	}
	for _, o := range d.kids(v, is("obl", "obl:tmod", "obl:unmarked")) {
		if o > x || !h.isTime(o) {
			continue
		}
		for _, c := range d.kids(o, is("appos", "nmod", "acl", "compound")) {
			if c+1 != first || !d.nominal(c) {
				continue
			}
			if slices.ContainsFunc(d.kids(c, is("det")), func(t node) bool { return t == c-1 && strings.EqualFold(d.w(t).Form, "that") }) {
				return c
			}
		}
	}
	return noNode
}

// saidTo reports whether the object o of a verb of saying at n is no
// part of what is said: the addressee of "tell" ("told Xinhua", "told
// reporters", after the clause it reports any addressee: "..., he told
// the subcommittee"), unless told to act, or a place the parse takes for the
// object ("said in Port Zenda on Thursday", "in" read as a particle).
func (h *head) saidTo(n, o node) bool {
	toks := h.s.tokensOf(n)
	if len(toks) != 1 {
		return false
	}
	w := h.s.word(toks[0])
	if h.s.d.hasLemma(w, "tell") {
		// not "told the arrival of the party would be delayed", parsed so,
		// nor the one told to act ("told Ethiopia to pull out its troops");
		// after the clause it reports ("'...,' the director told the
		// budget subcommittee", "..., he told a radio station") whoever
		// is told is the addressee, a body or a medium as well as a person
		d := h.s.tr
		if len(d.kids(n, is("xcomp"))) > 0 {
			return false
		}
		hd, ok := d.head(n)
		return h.s.personNode(o) || ok && hd < n && o > n && commaBetween(d, hd, n) && h.closesSentence(n) && len(d.kids(n, is("ccomp"))) == 0
	}
	if !h.s.d.hasLemma(w, "say") {
		return false
	}
	for _, k := range h.s.tokensOf(o) {
		if a := h.s.d.actorAt[k]; a >= 0 && (h.s.d.in.Actors[a].Location || h.s.d.in.Actors[a].Kind == actor.Place) {
			return true
		}
	}
	return false
}

// stanceContent returns what the object at o of the verb at n, a stance
// noun (stance_nouns: "hope", "opposition"), is of, or "": its own "to"
// infinitive ("the willingness to admit more students" → "to admit more
// students"), its phrase with one of stance_cases ("opposition to the
// bill" → "to bill"), or the clause it reports, hung on it or on the
// verb ("expressed hope that the talks will resume" → "talks will
// resume"). A stance noun alone reads truncated ("China expresses
// willingness"); one toward a side the mention holds is told with that
// side ("voices support for China"), and left so.
func (h *head) stanceContent(n, o node) string {
	d, hw := h.s.tr, theHeadWords
	if o == noNode || !hw.stanceNouns[strings.ToLower(d.w(o).Form)] || h.has(Counterpart) || h.has(Recipient) || h.has(Target) {
		return "" // "support for China": the side the headline names says it
	}
	if c := h.nounContent(o); c != "" {
		return c
	}
	// the infinitive the parse hangs on the verb right after the noun
	// ("expressed the willingness to admit more students")
	for _, x := range d.kids(n, is("advcl", "xcomp")) {
		if ms := d.kids(x, is("mark")); len(ms) > 0 && ms[0] == o+1 && hasMark(d, x, "to") {
			return h.infinitive(n)
		}
	}
	// the phrase the parse hangs on the verb right after the noun
	// ("voiced opposition to the bill" parsed with "to the bill" on
	// "voiced"), or after the noun's time ("expressed support in 2004
	// for the transfers")
	for _, k := range d.kids(n, is("obl")) {
		if cs := d.kids(k, is("case")); len(cs) == 0 || cs[0] <= o || !h.timesBetween(n, o, cs[0]) {
			continue
		}
		if cw := d.caseWord(k); hw.stanceCases[cw] && !h.isTime(k) && d.nominal(k) {
			if text, _ := h.phrase(k, false); text != "" {
				return cw + " " + text
			}
		}
	}
	for _, x := range d.kids(o, is("acl", "ccomp")) {
		if mw := d.markWord(x); mw == "that" || mw == "" && len(d.kids(x, is("nsubj", "nsubj:pass"))) > 0 {
			// the clause in its own words when the rules of saidClause
			// cannot tell it ("expressed the hope that the region would
			// achieve stability": "hope region will achieve stability")
			return cmpOr(h.saidClause(x, true), h.plainContent(x, maxStanceClauseChars))
		}
	}
	if r := h.reportedClause(n); r != "" {
		return r
	}
	if k := o + 1; int(k)+1 < len(d.words) && strings.EqualFold(d.w(k).Form, "that") {
		// "expressed the hope that ...", the clause's parse torn (its
		// "that" read as a subject): its words in order (plainClause)
		return h.plainClause(k+1, node(len(d.words)), maxStanceClauseChars)
	}
	return ""
}

// maxStanceClauseChars bounds the clause a stance noun reports, told in its
// own words (stanceContent): the speaker and the stance take the rest of
// the title.
const maxStanceClauseChars = 50

// timesBetween reports whether every word after a and before b is in a
// time phrase hung on the verb at n ("support in 2004 for": "in 2004"),
// as when there is none.
func (h *head) timesBetween(n, a, b node) bool {
	d := h.s.tr
	times := slices.DeleteFunc(d.kids(n, is("obl", "obl:tmod", "obl:unmarked", "nmod:tmod")), func(k node) bool { return !h.isTime(k) })
	for i := a + 1; i < b; i++ {
		if !slices.ContainsFunc(times, func(k node) bool { return d.within(i, k) }) {
			return false
		}
	}
	return true
}

// nounContent returns what the stance noun at o is of by its own
// phrases: its "to" infinitive ("the need to restrict output" → "to
// restrict output") or its first phrase with one of stance_cases ("the
// need for a speedy deployment" → "for speedy deployment"), or "".
func (h *head) nounContent(o node) string {
	d, hw := h.s.tr, theHeadWords
	if inf := h.infinitive(o); inf != "" {
		return inf
	}
	for _, k := range d.kids(o, is("nmod")) {
		if cw := d.caseWord(k); hw.stanceCases[cw] && k > o && !h.isTime(k) && d.nominal(k) {
			if text, _ := h.phrase(k, false); text != "" {
				return cw + " " + text
			}
		}
	}
	return ""
}

// consents reports whether the trigger's lemma (inLemma) is one of
// consent_verbs, whose "to" oblique says what is accepted.
func (h *head) consents(inLemma map[string]bool) bool {
	for w := range inLemma {
		if theHeadWords.consentVerbs[w] {
			return true
		}
	}
	return false
}

// conditionMarks open a clause that makes a condition of another
// ("would strike if attacked", "unless talks resume").
var conditionMarks = wordList("condition_marks")

// conditional reports whether the clause at x has a clause of condition
// (conditionMarks) under it.
func (h *head) conditional(x node) bool {
	d := h.s.tr
	return slices.ContainsFunc(d.kids(x, is("advcl")), func(c node) bool { return d.marked(c, conditionMarks) })
}

// modals are the auxiliaries a reported clause keeps in a headline
// ("insurgents will step up attacks").
var modals = wordList("modals")

// reportedClause returns the "that" clause of the verb at n as a headline
// says it (see saidClause), or "": a clause the parse hangs on the verb as
// its complement, or as an adverbial clause or a conjunct marked "that"
// (the parse of "warned, however, that China refused ...", "vowed in a
// videotape that his fighters will ..."), or on a participle with no
// subject of its own that follows the verb or its oblique ("vowed in a
// videotape aired Friday that ...": no tape is aired that anything). A
// statement or a warning after the clause it reports, past a comma,
// reports that clause, a verb's or a copula's ("Norland will send troops,
// a spokesman said", "the plan is unworkable, he said").
func (h *head) reportedClause(n node) string {
	d := h.s.tr
	thatClause := func(v node, complement bool) node {
		for _, x := range d.kids(v, is("ccomp", "advcl", "conj")) {
			if d.rel(x) == "ccomp" && len(d.kids(x, is("mark"))) == 0 && h.topicBefore(v, x) {
				// "warned against hopes she will set out reforms":
				// the clause is the topic noun's, never what is warned
				continue
			}
			if complement && d.rel(x) == "ccomp" && !h.isTime(x) || hasMark(d, x, "that") || complement && d.rel(x) == "advcl" && (h.dayMarked(x) || h.thatBefore(v, x)) || complement && h.thatDeterminer(v, x) {
				return x
			}
		}
		return noNode
	}
	if x := thatClause(n, true); x != noNode {
		if h.strandedVerb(n, x) {
			return ""
		}
		return h.saidClause(x, true)
	}
	for _, c := range d.kids(n, is("obl", "obl:tmod", "obl:unmarked", "ccomp")) {
		if !h.isTime(c) {
			continue
		}
		for _, x := range d.kids(c, is("acl", "acl:relcl")) {
			if x > c && hasMark(d, x, "that") {
				// "said on Thursday that troops would stay", the clause
				// parsed as one on the day
				return h.saidClause(x, true)
			}
		}
	}
	var hosts []node // the participles a misparsed "that" clause may hang on
	for _, c := range d.kids(n, is("obl")) {
		for _, p := range d.kids(c, is("acl")) {
			if participleWord(d.w(p)) {
				hosts = append(hosts, p)
			}
		}
	}
	for _, c := range d.kids(n, is("conj")) {
		if len(d.kids(c, is("cc"))) == 0 {
			// no "and": a participle the parse takes for a verb of its
			// own ("vowed in a videotape aired Friday"), never a second
			// verb ("protested and charged that")
			hosts = append(hosts, c)
		}
	}
	for _, p := range hosts {
		if p > n && len(d.kids(p, is("nsubj", "nsubj:pass", "aux", "aux:pass"))) == 0 {
			if x := thatClause(p, true); x != noNode && hasMark(d, x, "that") {
				return h.saidClause(x, true)
			}
		}
	}
	hd, ok := d.head(n)
	if ok && commaBetween(d, hd, n) && h.closesSentence(n) {
		// "Pope is to honour firemen who ... when a fire ravaged the
		// cathedral, a spokesman announced": the parse hangs the verb on
		// the last clause before it; closing the sentence, it reports
		// the sentence's main clause
		for d.rel(hd) != "root" {
			up, ok := d.head(hd)
			if !ok {
				break
			}
			hd = up
		}
	}
	if ok && (h.m.Type == Statement || h.m.Type == Threaten) && hd < n && commaBetween(d, hd, n) && (d.w(hd).UPOS == "VERB" || len(d.kids(hd, is("cop"))) > 0) && d.rel(hd) == "root" &&
		h.reportsBefore(n) && (len(h.agents) > 0 || len(d.kids(n, is("nsubj"))) > 0) {
		// a speaker of its own, never the clause's subject, and no "but"
		// or "and" (a clause of its own: "but observers warned against
		// ...")
		return h.saidClause(hd, true)
	}
	return ""
}

// reportsBefore reports whether the parse of the verb of saying at n,
// after the clause it reports, leaves it free to report that clause: a
// clause of its own beside it (parataxis, conjunct, adverbial clause)
// with no object, complement, mark or "and" of its own. After a comma
// or a quotation ("..., said a senior official", "'...,' said Wen"),
// the words after the verb are its speaker however the parse hangs them
// (object, complement, or the verb a dependent or complement of the
// clause before).
func (h *head) reportsBefore(n node) bool {
	d := h.s.tr
	inverted := n > 1 && d.w(n-1).UPOS == "PUNCT" && clauseEnds[d.w(n-1).Form] || n > 2 && d.w(n-1).UPOS == "PUNCT" && d.w(n-2).Form == ","
	switch d.rel(n) {
	case "parataxis", "conj", "advcl":
	case "dep", "ccomp":
		if !inverted {
			return false
		}
	default:
		return false
	}
	if len(d.kids(n, is("mark", "cc"))) > 0 {
		return false
	}
	return !slices.ContainsFunc(d.kids(n, is("obj", "ccomp", "xcomp")), func(c node) bool { return (!inverted || c < n) && !(c > n && h.obliqueObject(c)) })
}

// invertedSpeaker reports whether the object c of the verb of saying at n
// is its speaker after an inverted report: "said" right after a comma
// or a quotation's close, the object after it ("'...,' said a broker at
// the firm", "..., said an expert with the commission").
func (h *head) invertedSpeaker(n, c node) bool {
	d := h.s.tr
	if c < n || strings.ToLower(d.w(n).Form) != "said" {
		return false
	}
	return n > 1 && d.w(n-1).UPOS == "PUNCT" && clauseEnds[d.w(n-1).Form] || n > 2 && d.w(n-1).UPOS == "PUNCT" && d.w(n-2).Form == ","
}

// obliqueObject reports whether the object at c is an oblique the parse
// takes for one, its phrase opening with a preposition ("said in Cape
// Town", the preposition hung on "Cape"): no object of the verb.
func (h *head) obliqueObject(c node) bool {
	d := h.s.tr
	if d.rel(c) != "obj" {
		return false
	}
	first := c
	for k := c - 1; k > 0 && d.within(k, c); k-- {
		first = k
	}
	return first < c && d.w(first).UPOS == "ADP"
}

// gerundClauseSubject returns the gerund clause that is the subject of
// the clause at x, as a headline says it: the gerund with its object and
// the oblique after it ("Debating water rights without Borduria would
// be pointless" → "debating water rights without Borduria"), or
// "": a gerund with a subject of its own, or with no object, names no
// act.
func (h *head) gerundClauseSubject(x node) string {
	d := h.s.tr
	for _, c := range d.kids(x, is("csubj")) {
		w := d.w(c)
		if w.XPOS != "VBG" || c > x || len(d.kids(c, is("nsubj", "mark", "aux"))) > 0 {
			return ""
		}
		var obj string
		for _, o := range d.kids(c, is("obj")) {
			if u := d.w(o).UPOS; (u == "NOUN" || u == "PROPN") && !h.isTime(o) {
				obj, _ = h.phrase(o, false)
				obj = cmpOr(obj, h.nounPhrase(o, 0))
			}
			break
		}
		if obj == "" {
			return ""
		}
		out := strings.ToLower(w.Form) + " " + obj
		if o := h.verbOblique(c); o != "" {
			out += " " + o
		}
		return out
	}
	return ""
}

// closesSentence reports whether the verb at n ends its sentence: every
// word after it is its own dependent or punctuation ("..., a spokesman
// announced Sunday.").
func (h *head) closesSentence(n node) bool {
	d := h.s.tr
	for k := n + 1; int(k) < len(d.words); k++ {
		if d.w(k).UPOS != "PUNCT" && !d.within(k, n) {
			return false
		}
	}
	return true
}

// dayMarked reports whether the clause at x has a day for its only mark
// and a subject of its own: the parse of "announced Thursday it was
// forming a partnership", the day the verb of saying's, the clause what
// is said.
func (h *head) dayMarked(x node) bool {
	d := h.s.tr
	ms := d.kids(x, is("mark"))
	return len(ms) == 1 && ms[0] < x && h.timeLike(ms[0]) && len(d.kids(x, is("nsubj", "nsubj:pass"))) > 0
}

// possessed returns text, the phrase at c as a headline says it, with
// the name that owns it when the phrase is a common noun's that drops it
// ("supported Turkey's entry into the EU" → "Turkey's entry", never
// "entry", whose owner the headline would lose).
func (h *head) possessed(c node, text string) string {
	d := h.s.tr
	if text == "" || d.w(c).UPOS != "NOUN" || strings.ToLower(text[:1]) != text[:1] {
		return text // a name before the noun already qualifies it ("UN decision")
	}
	for _, k := range d.kids(c, is("nmod:poss")) {
		if d.w(k).UPOS != "PROPN" {
			break
		}
		if name := h.nounPhrase(k, 0); name != "" && !strings.Contains(text, name) {
			return name + "'s " + text
		}
	}
	return text
}

// topicBefore reports whether an oblique of the verb at v that says what
// it speaks of (topic_cases: "warned against hopes") stands
// between the verb and its unmarked complement clause at x, whose
// clause is then that noun's content ("hopes she will set out
// reforms").
func (h *head) topicBefore(v, x node) bool {
	d := h.s.tr
	return slices.ContainsFunc(d.kids(v, is("obl")), func(c node) bool {
		return v < c && c < x && theHeadWords.topicCases[d.caseWord(c)] && d.w(c).UPOS == "NOUN" && !h.isTime(c)
	})
}

// thatBefore reports whether the clause at x, with a subject of its
// own, follows a "that" the parse hangs on the verb at v, not on the
// clause, right before the clause's first word ("said on Tuesday that
// Italy supported ...", with "that" read as a pronoun): the clause is
// what is said.
func (h *head) thatBefore(v, x node) bool {
	d := h.s.tr
	if len(d.kids(x, is("nsubj", "nsubj:pass"))) == 0 {
		return false
	}
	for _, t := range d.kids(v, is("dep")) {
		if t < x && strings.EqualFold(d.w(t).Form, "that") && !slices.ContainsFunc(d.kids(x, is("mark")), func(m node) bool { return m < x }) {
			k := t + 1
			for k < x && d.within(k, x) {
				k++
			}
			return k == x
		}
	}
	return false
}

// arrangedClause returns the clause at x told as arranged with "be to"
// ("said the Coastal Alliance is to renew the licence of its fleet") as
// a headline says an act to come, "Coastal Alliance to renew licence of
// fleet", or "": its subject a noun, the parse's subject or outer
// subject, its object a noun.
func (h *head) arrangedClause(x node) string {
	d := h.s.tr
	if !hasMark(d, x, "to") || !slices.ContainsFunc(d.kids(x, is("cop", "aux")), func(c node) bool { return beForms[strings.ToLower(d.w(c).Form)] }) {
		return ""
	}
	subj, obj := "", ""
	for _, c := range d.kids(x, is("nsubj", "nsubj:outer")) {
		if u := d.w(c).UPOS; (u == "NOUN" || u == "PROPN") && !h.isTime(c) {
			// the speaker's own body named again ("the African Union is
			// to extend ..., an AU delegate said") is said in full
			subj, _ = h.phrase(c, true)
			subj = cmpOr(subj, h.nounPhrase(c, 0))
		}
	}
	for _, c := range d.kids(x, is("obj")) {
		if u := d.w(c).UPOS; (u == "NOUN" || u == "PROPN") && !h.isTime(c) {
			obj, _ = h.phrase(c, false)
		}
	}
	base := h.verbBase(x)
	if subj == "" || obj == "" || base == "" || negation(d, x) != "" {
		return ""
	}
	return subj + " to " + base + " " + obj
}

// saidClause returns the clause at x, what is said, as a headline says it
// when it has a named subject and object ("warned that Sunni insurgents
// will step up their attacks" → "Sunni insurgents will step up attacks";
// "said the army shelled the town" → "army shells town"), an infinitive
// or gerund complement ("China refused to recognise passports" → "China
// refuses to recognise passports", "it will start accepting bids"), a
// clause of its own it reports (nested: "the bombing showed the
// government was not in charge" → "bombing shows government not in
// charge"), a passive's infinitive ("mayor scheduled to open bridge"),
// a first oblique ("swans die of bird flu"), or a modal and no object at
// all ("water sources would shrink"), a modal passive ("gas supplies will
// be turned off") or a predicate adjective or prepositional phrase
// ("involvement should be positive", "government not in charge"), or "";
// its subject may be a gerund clause ("discussing security without Russia
// would be unproductive"). nest is false for a nested clause, which
// reports no further.
func (h *head) saidClause(x node, nest bool) string {
	d := h.s.tr
	modal := ""
	for _, a := range d.kids(x, is("aux")) {
		if lw := strings.ToLower(d.w(a).Form); modals[lw] {
			modal = lw
		}
	}
	p, ok := d.head(x)
	if ok && h.isTime(p) {
		p, ok = d.head(p) // "said Thursday evening that ...", the clause hung on the time
	}
	if ok && modal == "would" && d.w(p).XPOS == "VBD" && d.w(x).UPOS == "VERB" && !h.conditional(x) {
		// the future of a past report, told in a headline's present:
		// "said it would buy" → "says it will buy"; not a judgement
		// ("would be a real test") nor a condition ("would turn to the
		// courts if talks failed")
		modal = "will"
	}
	var subj, obj string
	plural, namedSubject := false, false
	for _, c := range d.kids(x, is("nsubj", "nsubj:pass")) {
		if h.isTime(c) || d.caseWord(c) != "" && len(d.kids(c, is("nummod"))) == 0 {
			// "Gujral on Sunday staked claim" parsed with the day as
			// subject; "cattle seized at river crossings will be
			// released" with the preposition's noun (but "around 10
			// percent of users are infected" bounds a count)
			continue
		}
		if u := d.w(c).UPOS; u == "NOUN" || u == "PROPN" {
			namedSubject = true
			if subj, plural = h.phrase(c, true); subj == "" {
				// the speaker's country named again by its office
				// ("Japan said the Japanese prime minister would give
				// up the practice"): what is said needs its subject,
				// whoever already names it
				subj, plural = h.namedAgain(c)
			}
			if subj == "" {
				// "warned that her side would retaliate": "her side
				// will retaliate"
				subj, plural = ownedVague(d, c), pluralWord(d.w(c))
			} else if more := h.listedNouns(c); len(more) > 0 {
				// "said teachers, doctors and nurses would march": the
				// whole list, never its first member alone (minKeptList)
				subj, plural = joinNames(append([]string{subj}, more...)), true
			}
		} else if lw := strings.ToLower(d.w(c).Form); theHeadWords.saidPronouns[lw] && d.rel(c) == "nsubj" && h.speakerPronoun(lw) &&
			(d.w(x).UPOS == "VERB" || len(d.kids(x, is("cop"))) > 0 && (lw != "it" || d.w(x).UPOS == "NOUN" && d.caseWord(x) != "")) {
			// "denied that it had any stake": headlines keep the
			// pronoun ("Borduria denies it has stake"), as a
			// person's "he" or "she" before a predicate ("said he was
			// concerned" → "Prodi says he is concerned"); a predicate's
			// "it" may be no one's ("said it was vital"), but not a
			// prepositional one's ("said it was in talks")
			subj, plural = lw, theHeadWords.pluralPronouns[lw]
		}
	}
	if subj == "" {
		subj = h.gerundClauseSubject(x) // "debating water rights without Borduria would be pointless"
	}
	if c := h.thatSubjectOnDay(x); subj == "" && c != noNode {
		// "warned on Monday that congress could push back", the
		// subject parsed as the day's apposition
		if subj, plural = h.phrase(c, true); subj == "" {
			subj, plural = h.namedAgain(c)
		}
	}
	if d.w(x).UPOS != "VERB" {
		return h.predicate(x, subj, modal)
	}
	if r := h.arrangedClause(x); r != "" {
		return r
	}
	if subj != "" && modal != "" && len(d.kids(x, is("aux:pass"))) > 0 && len(d.kids(x, is("obj", "ccomp", "xcomp"))) == 0 {
		// a passive with a modal: "warned that gas supplies will be
		// turned off", "the policy could be scrapped"
		verb := strings.ToLower(d.w(x).Form)
		for _, p := range d.kids(x, is("compound:prt")) {
			verb += " " + strings.ToLower(d.w(p).Form)
		}
		for _, c := range d.kids(x, is("obl")) {
			// "would be viewed as proof of weakness": what it is taken
			// for completes the verb
			if d.caseWord(c) == "as" && d.w(c).UPOS == "NOUN" && !h.isTime(c) && !commaBetween(d, x, c) {
				if text := h.nounPhrase(c, 0); text != "" && !theHeadWords.vague[text] {
					verb += " as " + text
				}
				break
			}
			if cw := d.caseWord(c); c > x && c-x <= 3 && cw != "" && cw != "by" && d.w(c).UPOS == "NOUN" && !h.isTime(c) && !commaBetween(d, x, c) {
				// "should be struck off the register": the phrase right
				// after the verb completes it, whose verb alone would mislead
				if text := h.nounPhrase(c, 0); text != "" && !theHeadWords.vague[text] {
					verb += " " + cw + " " + text
				}
				break
			}
		}
		return subj + " " + modal + " " + negation(d, x) + "be " + verb
	}
	objs := d.kids(x, is("obj"))
	for _, c := range objs {
		if u := d.w(c).UPOS; (u == "NOUN" || u == "PROPN") && !h.isTime(c) {
			if k := c + 1; int(k) < len(d.words) && d.w(k).UPOS == "NOUN" && !d.within(k, c) {
				// "should encourage fish farming and shipping
				// companies" parsed with "fish" alone as the object: a
				// phrase the parse cuts off would say a wrong thing
				return ""
			}
			obj, _ = h.phrase(c, false)
			obj = h.possessed(c, obj)
			if obj == "" && h.definiteThing(c) && h.bareVerbOf(x) {
				// "has fled the country": a vague object with its
				// determiner after a verb nothing else completes says
				// the act ("flees country"), as the infinitive's does
				obj = h.nounPhrase(c, 0)
			}
		}
	}
	rest := "" // what completes a verb with no object
	if obj != "" && len(d.kids(x, is("aux:pass"))) == 0 && theHeadWords.controlVerbs[h.verbBase(x)] &&
		slices.ContainsFunc(d.kids(x, is("xcomp", "advcl")), func(c node) bool { return c > objs[0] && hasMark(d, c, "to") && !commaBetween(d, x, c) }) {
		// "the central bank expects the economy to grow by 2 percent":
		// the object is the infinitive's subject, which completes what
		// is said ("central bank expects economy to grow by 2 percent",
		// never "expects economy"; control_verbs)
		if inf := h.infinitive(x); strings.HasPrefix(inf, "to ") && h.inSentenceOrder(x, inf) {
			rest = inf
		} else {
			return ""
		}
	}
	if obj == "" && len(objs) == 0 && subj != "" && modal == "" && len(d.kids(x, is("aux:pass"))) > 0 && !h.adverbialMark(x) &&
		!slices.ContainsFunc(d.kids(x, is("nsubj:pass")), func(c node) bool { return d.caseWord(c) != "" }) &&
		slices.ContainsFunc(d.kids(x, is("xcomp", "advcl")), func(c node) bool { return hasMark(d, c, "to") && !commaBetween(d, x, c) }) {
		// "Annan is scheduled to deliver a speech", "the army has been
		// ordered to avoid friction": a passive with its infinitive
		// ("Annan scheduled to deliver speech"); never a clause an
		// adverb's mark opens ("after the government was forced to",
		// parsed as the subject's preposition); a gerund after "to" keeps
		// its "to" ("Malaysia is committed to strengthening ties" →
		// "Malaysia committed to strengthening ties")
		if inf := h.infinitive(x); strings.HasPrefix(inf, "to ") {
			rest = inf
		} else if strings.HasSuffix(strings.Fields(inf + " x")[0], "ing") {
			rest = "to " + inf
		}
	}
	if obj == "" && len(objs) == 0 && subj != "" && len(d.kids(x, is("aux:pass"))) == 0 {
		if inf := h.infinitive(x); inf != "" {
			rest = inf // "Borduria refused to honour foreign licences", "it will start accepting bids"
			if g := h.gerundAfterTo(x); g != "" && strings.HasPrefix(inf, g+" ") {
				rest = "to " + inf // "cooperation contributes to maintaining stability", never "contributes maintaining"
			}
		} else if nest {
			for _, c := range d.kids(x, is("ccomp")) {
				if !whClause(d, c) && !h.adverbialMark(c) {
					// "the bombing showed the government was not in
					// charge"; never a clause of condition the parse
					// hangs as one ("could escalate unless rules are
					// enforced")
					rest = h.saidClause(c, false)
				}
				break
			}
		}
		if rest == "" {
			rest = h.complementOblique(x) // "Ruritania would resort to tougher measures"
		}
		if rest == "" && modal != "" {
			rest = h.nounXcomp(x) // "the parliament would become a target"
		}
		if rest == "" {
			rest = h.adjectiveXcomp(x) // "gangs were becoming increasingly sophisticated"
			if rest != "" && modal == "" && h.verbBase(x) == "" {
				// a verb of becoming no word list knows: the adjective
				// says it, the verb left out as a copula is ("gangs
				// increasingly sophisticated")
				return subj + " " + negation(d, x) + rest
			}
		}
		if rest == "" && len(d.kids(x, is("xcomp", "ccomp"))) == 0 && (d.w(x).XPOS != "VBN" || len(d.kids(x, is("aux"))) > 0) {
			// a participle with no auxiliary is no verb of the clause
			// ("families evacuated from the coast will be housed")
			rest = h.verbOblique(x) // "geese had died of marsh fever", "would stay on in Borduria"
		}
	}
	if obj == "" && rest == "" && subj != "" && modal == "" && len(objs) == 0 && len(d.kids(x, is("aux:pass"))) > 0 {
		// "ruled that officials were involved in the murder": a passive
		// with no object says it with its first oblique ("officials
		// involved in murder")
		for _, c := range d.kids(x, is("obl", "obl:agent")) {
			if u := d.w(c).UPOS; d.caseWord(c) != "" && (u == "NOUN" || u == "PROPN") && !h.isTime(c) {
				if text, _ := h.phrase(c, false); text != "" {
					rest = d.casePhrase(c) + " " + text
				}
				break
			}
		}
	}
	// with a modal or a named subject, a verb with no object at all
	// says it whole ("water sources would shrink", "six-nation talks
	// began" → "six-nation talks begin", "several people were
	// wounded" → "several people wounded"); otherwise only a verb with
	// its object or its complement does, in the present ("Sunni
	// insurgents step up attacks")
	// an adverbial clause the parse hangs as a complement ("could
	// escalate unless rules are enforced") completes nothing, nor does
	// a time ("drowned on Friday")
	// a verb with an infinitive of its own is no intransitive one, whose
	// headline would drop it ("is committed to strengthening ties" is no
	// "committed")
	intransitive := len(objs) == 0 && len(d.kids(x, is("xcomp"))) == 0 && !slices.ContainsFunc(d.kids(x, is("obl")), func(c node) bool { return !h.isTime(c) }) &&
		!slices.ContainsFunc(d.kids(x, is("advcl")), func(c node) bool { return hasMark(d, c, "to") && !commaBetween(d, x, c) }) &&
		!slices.ContainsFunc(d.kids(x, is("ccomp")), func(c node) bool { return !h.adverbialMark(c) })
	if namedSubject && (len(d.kids(x, is("expl"))) > 0 || beForms[strings.ToLower(d.w(x).Form)]) {
		namedSubject = false // "there was no limit": no act
	}
	if subj == "" || obj == "" && rest == "" && !(intransitive && (modal != "" || namedSubject)) {
		return ""
	}
	verb := strings.ToLower(d.w(x).Form)
	passive := len(d.kids(x, is("aux:pass"))) > 0
	switch {
	case passive && modal != "":
		// "urged that aid groups must be given access": the passive's
		// auxiliary stays with its modal
		verb = "be " + verb
	case passive:
		// "said aid groups were given access" → "aid groups given
		// access": the participle, as headlines say a passive
		if negation(d, x) != "" {
			return ""
		}
	default:
		if modal != "" {
			break
		}
		base := cmpOr(h.verbBase(x), irregular[strings.ToLower(d.w(x).Form)]) // "it had": verbs no CAMEO pattern holds
		if base == "" || negation(d, x) != "" || d.w(x).XPOS == "VBN" && len(d.kids(x, is("aux"))) == 0 && (obj == "" || len(d.kids(x, is("nsubj"))) == 0) {
			// a participle with no auxiliary is no clause's verb
			// ("crates loaded onto a barge were seized"),
			// unless it has a subject and an object of its own, a past
			// tense the tagger misreads ("Italy strongly supported the
			// bid")
			return ""
		}
		verb = theHeadWords.present(base, plural)
	}
	for _, p := range d.kids(x, is("compound:prt")) {
		verb += " " + strings.ToLower(d.w(p).Form)
	}
	out := subj + " "
	if modal != "" {
		out += modal + " " + negation(d, x)
	}
	out += verb
	if obj != "" {
		out += " " + obj
	}
	if rest != "" {
		out += " " + rest
	}
	return out
}

// ownedPronouns are the possessive pronouns a reported clause's subject
// keeps before a vague noun (ownedVague; data/words.yaml).
var ownedPronouns = wordList("owned_pronouns")

// ownedVague returns the vague noun at c (data/headlines.yaml
// vague_objects) with the possessive pronoun that says whose it is ("his
// country", "their side"), as a headline may say the subject of what is
// reported, or "": a vague noun alone ("the country") names no one.
func ownedVague(d *tree, c node) string {
	lw := strings.ToLower(d.w(c).Form)
	if !theHeadWords.vague[lw] {
		return ""
	}
	for _, k := range d.kids(c, is("nmod:poss")) {
		if p := strings.ToLower(d.w(k).Form); ownedPronouns[p] && k == c-1 {
			return p + " " + lw
		}
	}
	return ""
}

// adverbialMark reports whether the clause at c is introduced by a
// subordinator other than "that", "whether" or "if" ("unless", "because"):
// an adverbial clause, whatever the parse calls it.
func (h *head) adverbialMark(c node) bool {
	d := h.s.tr
	for _, m := range d.kids(c, is("mark")) {
		switch strings.ToLower(d.w(m).Form) {
		case "that", "whether", "if", "to":
			return false
		}
		return d.w(m).UPOS == "SCONJ"
	}
	return false
}
