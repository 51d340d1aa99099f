package event

import (
	"slices"
	"strings"
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
// phrase hung on the day before them ("warned on Saturday that parliament
// could hit back", "that parliament" an apposition of "Saturday"): the
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
