package event

import (
	"slices"
	"strings"
	"time"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/nlp/wordnet"
	"github.com/chronograph-news/chronograph/timex"
)

// patient returns the passive subject of the verb at n: its nsubj:pass,
// the noun a relative pronoun stands for ("Tapie, who was jailed"), or,
// for a passive coordinated with a verb whose object precedes it, that
// object ("said the 24 students ... were arrested" parsed as "said
// students and were arrested", or with the passive as the clause "said"
// takes: "said ten pirates who ... were sentenced"; with no conjunction,
// an oblique before it too). first is a word parsed as a second
// passive subject right before it ("One militant"), or noNode.
func (h *head) patient(n node) (p, first node) {
	d := h.s.tr
	k := d.kids(n, is("nsubj:pass"))
	switch {
	case len(k) > 0:
		p, first = k[len(k)-1], noNode
		if w := d.w(k[0]); relativizers[strings.ToLower(w.Form)] && d.rel(n) == "acl:relcl" {
			if hd, ok := d.head(n); ok {
				return hd, noNode
			}
		}
		if len(k) > 1 && k[len(k)-2] == p-1 {
			first = k[len(k)-2]
		}
		if c := h.connectedOfTime(p, n); c != noNode {
			return c, noNode // "a day after the draft was rejected" parsed with the day the subject
		}
		return p, first
	case activeLabelPassive(d, n) != noNode:
		return activeLabelPassive(d, n), noNode
	case h.gappedPatient(n) != noNode:
		return h.gappedPatient(n), noNode
	case (d.rel(n) == "conj" || d.rel(n) == "ccomp") && len(d.kids(n, is("aux:pass"))) > 0:
		if o, ok := d.strayPassiveSubject(n); ok {
			return o, noNode // "X has been arrested, and an official has been sacked" parsed with the official a conjunct
		}
		hd, _ := d.head(n)
		p = noNode
		rels := is("obj")
		if len(d.kids(n, is("cc"))) == 0 {
			// no conjunction: no coordination either ("came after ten
			// pirates who ... were sentenced" parsed as "came after
			// pirates, were sentenced"): the phrase before it is its
			// subject, an oblique too
			rels = is("obj", "obl")
		}
		for _, o := range d.kids(hd, rels) {
			if u := d.w(o).UPOS; o < n && (u == "NOUN" || u == "PROPN") && !h.isTime(o) {
				p = o
			}
		}
		return p, noNode
	case d.rel(n) == "advcl" && len(d.kids(n, is("aux:pass"))) > 0 && len(d.kids(n, is("mark", "nsubj"))) == 0:
		// "after their concert on Friday was cancelled" parsed as
		// "after their concert" and a clause with no subject: the phrase
		// the connector opens before it is its subject
		hd, _ := d.head(n)
		p = noNode
		for _, o := range d.kids(hd, is("obl")) {
			if o < n && clauseConnectors[d.caseWord(o)] && d.nominal(o) && !h.isTime(o) {
				p = o
			}
		}
		return p, noNode
	case frontedParticiple(d, n) != noNode:
		return frontedParticiple(d, n), noNode
	}
	return noNode, noNode
}

// activeLabelPassive returns the subject the parse labels active on a
// verb at n that is passive all the same, with its passive auxiliary and
// its by-phrase and no object ("its cabinet has since been shunned by
// Borduria", "since" read as a subordinator): the verb's patient; else
// noNode.
func activeLabelPassive(d *tree, n node) node {
	if len(d.kids(n, is("aux:pass"))) == 0 || len(d.kids(n, is("obl:agent"))) == 0 || len(d.kids(n, is("obj", "nsubj:pass"))) > 0 {
		return noNode
	}
	for _, s := range d.kids(n, is("nsubj")) {
		if u := d.w(s).UPOS; s < n && (u == "NOUN" || u == "PROPN" || u == "PRON") {
			return s
		}
	}
	return noNode
}

// gappedPatient returns the subject of a verb at n of a type done to
// someone (patient) that is a past form coordinated after a passive verb
// whose auxiliary it shares, with a subject of its own and no auxiliary
// or object: the verb's patient ("1,842 rebels were jailed and 2,317
// sentenced to exile": "2,317 sentenced", never "2,317 sentence"); else
// noNode.
func (h *head) gappedPatient(n node) node {
	d := h.s.tr
	if !theHeadWords.Types[h.m.Type].Patient || strings.Contains(h.m.Trigger, " ") || !conjGappedPassive(d, n) {
		// "and Hamas came to power": an idiom of its own is no passive
		return noNode
	}
	return d.kids(n, is("nsubj"))[0]
}

// conjGappedPassive reports whether the verb at n is a past form coordinated
// after a passive verb, with a noun or number subject of its own before
// it and no auxiliary, object or complement (gappedPatient).
func conjGappedPassive(d *tree, n node) bool {
	hd, ok := d.head(n)
	if !ok || d.rel(n) != "conj" || n < hd || d.w(n).XPOS != "VBN" && d.w(n).XPOS != "VBD" || len(d.kids(hd, is("aux:pass"))) == 0 ||
		len(d.kids(n, is("aux", "aux:pass", "obj", "nsubj:pass", "ccomp", "xcomp"))) > 0 {
		return false
	}
	k := d.kids(n, is("nsubj"))
	if len(k) == 0 || k[0] > n {
		return false
	}
	u := d.w(k[0]).UPOS
	return u == "NOUN" || u == "PROPN" || u == "NUM"
}

// frontedParticiple returns the subject a past participle clause at n
// with no subject of its own tells of, its head's that follows it
// ("Arrested by Putin in December, Navalny died": Navalny), or noNode.
func frontedParticiple(d *tree, n node) node {
	if d.rel(n) != "advcl" || d.w(n).XPOS != "VBN" || len(d.kids(n, is("aux", "aux:pass", "mark", "nsubj", "nsubj:pass", "obj"))) > 0 {
		return noNode
	}
	hd, ok := d.head(n)
	if !ok || hd < n {
		return noNode
	}
	for _, o := range d.kids(hd, is("nsubj", "nsubj:pass")) {
		if u := d.w(o).UPOS; o > n && (u == "NOUN" || u == "PROPN") {
			return o
		}
	}
	return noNode
}

// thingSubject reports whether the subject word c of a type whose
// subject names what it befalls (data/headlines.yaml thing), or of a
// type an artifact may do (artifact_types) whose subject is one (its
// first WordNet class: "a military truck exploded", "an Israeli missile
// hit the car"), is a common noun no
// actor's name is, with a modifier naming the agent ("BML shares",
// "Russian stocks", "Military truck explodes"; never "Military explodes").
func (h *head) thingSubject(c node) bool {
	d := h.s.tr
	if d.w(c).UPOS != "NOUN" || h.isActorWord(c) {
		return false
	}
	if !theHeadWords.Types[h.m.Type].Thing {
		if !theHeadWords.artifactTypes[string(h.m.Type)] {
			return false // "Israeli army jeeps arrest": people do it
		}
		cs := wordnet.SensesOfForm(strings.ToLower(d.w(c).Form))
		if len(cs) == 0 || cs[0] != wordnet.Artifact {
			return false
		}
	}
	for _, k := range d.kids(c, is("compound", "amod", "nmod:poss")) {
		if h.namesAgent(k) {
			return true
		}
		if w := d.w(k); d.rel(k) == "nmod:poss" && w.UPOS == "PRON" && ownPossessives[strings.ToLower(w.Form)] && len(h.agents) > 0 {
			return true // "its operating profit", the body it stands for the agent (figureOwner)
		}
	}
	return false
}

// misparsedActive returns the passive subject the parse gives an active
// verb, one with an object and no passive auxiliary ("the forces backed by
// tanks ... had occupied the town"), or noNode.
func misparsedActive(d *tree, n node) node {
	k := d.kids(n, is("nsubj:pass"))
	if len(k) == 0 || len(d.kids(n, is("obj"))) == 0 || len(d.kids(n, is("aux:pass"))) > 0 {
		return noNode
	}
	return k[0]
}

// subjectConjuncts returns the noun phrases coordinated with the subject
// of the verb at n that name no actor ("Abbas and Israeli Foreign
// Minister Silvan Shalom met"), when a conjunction joins them.
func (h *head) subjectConjuncts(n node) []string {
	d := h.s.tr
	c, ok := h.treeSubjectWord(n)
	if !ok {
		return nil
	}
	conjs := d.kids(c, is("conj"))
	if !slices.ContainsFunc(conjs, func(k node) bool { return len(d.kids(k, is("cc"))) > 0 }) {
		// no "and": a participle clause or an apposition the parse
		// takes for a conjunct ("Fino, meeting here with EU officials,
		// pledged"), no one else who acts
		return nil
	}
	var out []string
	for _, k := range conjs {
		if w := d.w(k); w.UPOS != "PROPN" && w.UPOS != "NOUN" || len(h.s.phraseActors(k, true)) > 0 {
			continue
		}
		out = append(out, h.nounPhrase(k, 0))
	}
	return out
}

// listedNouns returns the common nouns a conjunction lists with the
// common noun at c ("teachers, doctors and nurses"), each as a headline
// tells it, when c names no actor and the list has minKeptList members or
// more (a headline may tell "A and B" as "A", never "A, B and C");
// nil otherwise.
func (h *head) listedNouns(c node) []string {
	d := h.s.tr
	if d.w(c).UPOS != "NOUN" || len(h.s.phraseActors(c, true)) > 0 {
		return nil
	}
	conjs := d.kids(c, is("conj"))
	if len(conjs)+1 < minKeptList || !slices.ContainsFunc(conjs, func(k node) bool { return len(d.kids(k, is("cc"))) > 0 }) {
		return nil // no "and": an apposition the parse takes for a conjunct
	}
	var out []string
	for _, k := range conjs {
		if d.w(k).UPOS != "NOUN" || len(h.s.phraseActors(k, true)) > 0 {
			return nil // a list with a name in it is told by its names
		}
		out = append(out, h.nounPhrase(k, 0))
	}
	return out
}

// treeSubjectWord returns the subject word of the verb at n, looked for
// through the verbs it is coordinated with or controlled by, and from a
// participle clause ("..., killing three") through its main clause.
func (h *head) treeSubjectWord(n node) (node, bool) {
	d := h.s.tr
	viaXcomp := false // the climb came up from an infinitive the verb governs
	viaConj := false  // the climb came up from a conjunct of the verb
	for range subjectClimb {
		if c := misparsedActive(d, n); c != noNode {
			return c, true
		}
		if k := d.kids(n, is("nsubj:pass")); viaXcomp && len(k) > 0 && len(d.kids(n, is("obj", "nsubj"))) == 0 {
			// "the minister was forced to step down", "was asked to
			// resign": a passive verb's subject is who is made to do
			// what its infinitive says
			return k[0], true
		}
		viaXcomp = false
		if k := d.kids(n, is("nsubj")); len(k) > 0 {
			// of two subjects, the nearer before the verb (a dateline
			// parsed as one: "SEOUL — A top official met")
			for _, c := range k {
				if w := d.w(c); w.UPOS == "PRON" && relativizers[strings.ToLower(w.Form)] && len(k) > 1 {
					k = []node{c} // "Sharma, who Thursday urged": a day parsed as a second subject
					break
				}
			}
			if len(k) > 1 {
				// "the index for September rose" parsed with the month as
				// a second subject: a time is never the subject
				if rest := slices.DeleteFunc(slices.Clone(k), h.timeLike); len(rest) > 0 {
					k = rest
				}
			}
			for len(k) > 1 && k[1] < n {
				k = k[1:]
			}
			if w := d.w(k[0]); w.UPOS == "PRON" && relativizers[strings.ToLower(w.Form)] && d.rel(n) == "acl:relcl" {
				// "the president, who has pledged"; "who" stands for
				// people ("memories of the Ripper, who preyed" misparsed
				// names no subject)
				if hd, ok := d.head(n); ok && d.nominal(hd) && (strings.ToLower(w.Form) != "who" || d.w(hd).UPOS == "PROPN" || h.namesPeople(hd)) {
					return h.eventOfPlace(k[0], hd), true
				}
				// "the court of the payment to Haughey, who resigned": the
				// name right before the comma
				return h.antecedent(k[0])
			}
			if w := d.w(k[0]); w.UPOS == "PRON" && relativizers[strings.ToLower(w.Form)] {
				// "went to Haughey, who resigned" parsed as a conjunct:
				// the name the relative pronoun follows
				return h.antecedent(k[0])
			}
			if h.timeLike(k[0]) {
				for _, a := range d.kids(k[0], is("appos")) {
					if d.nominal(a) && !h.isTime(a) {
						return a, true // "Late last month, China's legislature passed" parsed with the name in apposition
					}
				}
				for _, a := range d.kids(k[0], is("compound")) {
					if a < k[0] && d.nominal(a) && !h.timeLike(a) {
						return a, true // "the court last month rejected" parsed with the court a compound of the month
					}
				}
				if c := h.connectedOfTime(k[0], n); c != noNode {
					return c, true // "a day after the company agreed" parsed with the day the subject
				}
				if hd, ok := d.head(n); ok && d.rel(n) == "acl:relcl" && d.nominal(hd) && !h.timeLike(hd) {
					return hd, true // "the index for September rose" parsed as a relative clause of the index
				}
				return noNode, false // "Tuesday's slaying" parsed as a clause
			}
			return k[0], true
		}
		if k := d.kids(n, is("csubj")); len(k) > 0 && len(d.kids(n, is("obj", "ccomp"))) <= 1 && d.w(k[0]).XPOS == "VBG" && len(d.kids(k[0], is("obj", "nsubj", "mark"))) == 0 {
			// "Spending on housing plunged": a gerund with no object of
			// its own heads the subject, a noun of the act
			return k[0], true
		}
		if hd, ok := d.head(n); ok && rootNounSubject[d.rel(n)] && d.rel(hd) == "root" && d.nominal(hd) && hd < n && !h.timeLike(hd) &&
			d.finite(n) && len(d.kids(n, is("mark", "aux:pass"))) == 0 {
			// "Free Press Borduria (FPB) Monday condemned", "the
			// reserve bank, under the watch of the ministry, had
			// ordered" parsed with the noun as the root: a finite verb
			// with no subject of its own hung on it has it for subject
			return hd, true
		}
		if hd, ok := d.head(n); ok && d.rel(n) == "ccomp" && d.finite(n) && len(d.kids(n, is("mark", "aux:pass", "expl"))) == 0 {
			// "said its index of leading indicators rose 0.1 percent"
			// parsed with the index as the object of "said": a finite
			// clause with no subject has the object before it
			for _, o := range d.kids(hd, is("obj")) {
				if o < n && d.nominal(o) && !h.timeLike(o) {
					return o, true
				}
			}
		}
		switch r := d.rel(n); {
		case r == "acl" && h.pastNotParticiple(n):
			// "Grain shipments between the two ports rose" parsed
			// with "rose" on "ports": a past form no participle
			// shares is a finite verb, whose subject is the phrase it
			// hangs on, or the noun that phrase modifies
			hd, ok := d.head(n)
			if !ok || !d.nominal(hd) {
				return noNode, false
			}
			if up, ok := d.head(hd); ok && d.rel(hd) == "nmod" && d.nominal(up) && up < hd {
				hd = up
			}
			return hd, true
		case r == "acl:relcl" && viaConj && slices.ContainsFunc(d.kids(n, is("nsubj:pass")), func(k node) bool { return relativizers[strings.ToLower(d.w(k).Form)] }):
			// "Moreno, who was contacted by phone, firmly denied" parsed
			// with "denied" a conjunct of the relative clause: the noun
			// the clause modifies does it
			hd, ok := d.head(n)
			if !ok || !d.nominal(hd) || h.timeLike(hd) {
				return noNode, false
			}
			return hd, true
		case r == "acl:relcl" && len(d.kids(n, is("nsubj:pass"))) == 0:
			// "Inflation has been rising" parsed as a relative clause of
			// its subject, which a relative clause with no subject of
			// its own modifies
			return d.head(n)
		case r == "acl" && d.w(n).UPOS == "VERB" && strings.HasSuffix(strings.ToLower(d.w(n).Form), "ing") && len(d.kids(n, is("mark"))) == 0:
			// "with exports to Asia jumping 30 percent", "villagers
			// fleeing the fighting": a present participle's subject is
			// the noun it modifies; an event's noun with no object is
			// the noun the parse misread ("the Tueni killing")
			hd, ok := d.head(n)
			if !ok || !d.nominal(hd) || h.timeLike(hd) || len(d.kids(n, is("obj"))) == 0 && h.s.eventNoun(strings.ToLower(d.w(n).Form)) {
				return noNode, false
			}
			if p := n - 1; p > hd && d.rel(p) == "nmod" && d.within(p, hd) && h.namesPeople(p) {
				// "restrictions for Pakistanis visiting India": the
				// people right before it, not the phrase they modify
				return p, true
			}
			return hd, true
		case r == "conj" && h.s.misplacedSubject(n) != noNode:
			return h.s.misplacedSubject(n), true // "expressed grief after an inferno killed 217"
		case r == "advcl" && h.connectedSubject(n) != noNode:
			return h.connectedSubject(n), true // "returned after the government agreed last week to pay"
		case r == "xcomp" || r == "conj",
			r == "advcl" && len(d.kids(n, is("mark"))) == 0 && strings.HasSuffix(strings.ToLower(d.w(n).Form), "ing"),
			r == "advcl" && gerundMarked(d, n),
			r == "advcl" && hasMark(d, n, "to") && len(d.kids(n, is("mark"))) == 1:
			// "a bomber drove into mourners, killing three": a participle
			// clause shares its main clause's subject, as a purpose
			// clause does ("residents flooded the streets to protest")
			hd, ok := d.head(n)
			if !ok {
				return noNode, false
			}
			if o := h.controller(hd, n); r == "xcomp" && o != noNode && theHeadWords.Types[h.m.Type].Thing {
				return o, true // "investors helped the index climb": the index climbs
			}
			viaXcomp = r == "xcomp" && d.w(n).UPOS == "VERB"
			viaConj = r == "conj"
			n = hd
		default:
			return noNode, false
		}
	}
	return noNode, false
}

// controller returns the object of the verb at v that does what its
// complement clause at x says, the clause's subject ("helped the index
// climb", "sent prices tumbling", "showed prices rose" read with the
// prices the object): a noun or name object standing between the verb and
// the clause, no time, the verb giving nothing to anyone (no indirect
// object: "gave police powers to confiscate cars"); noNode when v has
// none (the verb's own subject then does it: "agreed to meet"). Only a
// thing's move asks it (treeSubjectWord), as what moves is never a person
// a verb of asking or causing names.
func (h *head) controller(v, x node) node {
	d := h.s.tr
	if len(d.kids(v, is("iobj"))) > 0 {
		return noNode
	}
	for _, o := range d.kids(v, is("obj")) {
		if o > v && o < x && d.nominal(o) && !h.timeLike(o) {
			return o
		}
	}
	return noNode
}

// connectedSubject returns the subject the parse took for the object of
// a clause connector ("after", "as": clauseConnectors) when it hung the
// finite verb at n, with no subject nor subordinator of its own, as an
// adverbial clause of the verb before it ("will return to work after the
// government agreed last week to pay them" read as "return … after the
// government" with "agreed" its own clause): the noun phrase ending right
// before n (adverbs aside), opened by the connector, with no punctuation
// between it and n. noNode when n is no such clause.
func (h *head) connectedSubject(n node) node {
	d := h.s.tr
	hd, ok := d.head(n)
	if !ok || d.rel(n) != "advcl" || hd > n || !d.verbal(n) || !d.finite(n) || len(d.kids(n, is("nsubj", "nsubj:pass", "mark", "expl"))) > 0 {
		return noNode
	}
	end := n - 1
	for end > hd && d.w(end).UPOS == "ADV" {
		end--
	}
	for c := hd + 1; c <= end; c++ {
		if !d.nominal(c) || !d.within(c, hd) || lastOfSubtree(d.words, int(c)) != int(end) || h.timeLike(c) {
			continue
		}
		f := node(firstOfSubtree(d.words, int(c)))
		if d.rel(f) == "case" && clauseConnectors[strings.ToLower(d.w(f).Form)] {
			return c
		}
	}
	return noNode
}

// connectedOfTime returns the noun a clause connector opens after the
// time x that the parse took for the subject of the verb at n ("a day
// after the company agreed", "a week after the draft was rejected": the
// company agrees, the draft is rejected), when that phrase ends right
// before n (auxiliaries and adverbs aside); noNode otherwise.
func (h *head) connectedOfTime(x, n node) node {
	d := h.s.tr
	if !h.timeLike(x) || x > n {
		return noNode
	}
	end := n - 1
	for end > x && (d.w(end).UPOS == "AUX" || d.w(end).UPOS == "ADV") {
		end-- // "was", "has", "later"
	}
	for _, c := range d.kids(x, is("nmod")) {
		if clauseConnectors[d.caseWord(c)] && d.nominal(c) && !h.timeLike(c) && lastOfSubtree(d.words, int(c)) == int(end) {
			return c
		}
	}
	return noNode
}

// rootNounSubject are the relations by which a parse that takes a
// sentence's subject for its root hangs the main verb on it.
var rootNounSubject = set("dep", "advcl", "acl", "parataxis", "appos")

// gerundMarks are the subordinators a gerund clause with no subject of
// its own takes its main clause's subject after ("England lifted the
// title by defeating Egypt", "Bahrain advanced after beating Macao").
var gerundMarks = wordList("gerund_marks")

// gerundMarked reports whether the adverbial clause at n is a gerund
// ("-ing") one of gerundMarks opens, with no subject of its own.
func gerundMarked(d *tree, n node) bool {
	if w := d.w(n); w.UPOS != "VERB" || !strings.HasSuffix(strings.ToLower(w.Form), "ing") || len(d.kids(n, is("nsubj", "nsubj:pass"))) > 0 {
		return false
	}
	ms := d.kids(n, is("mark", "case"))
	return len(ms) == 1 && gerundMarks[strings.ToLower(d.w(ms[0]).Form)]
}

// pastNotParticiple reports whether the word at n is a simple past form
// its verb's participle differs from ("rose", "fell", "grew"; not
// "dropped", which may be either).
func (h *head) pastNotParticiple(n node) bool {
	w := h.s.tr.w(n)
	form := strings.ToLower(w.Form)
	base := cmpOr(irregular[form], h.verbBase(n))
	return w.UPOS == "VERB" && w.XPOS == "VBD" && base != "" && base != form && theHeadWords.participle(base) != form
}

// timeLike reports whether the word c is a time: in a time expression, or
// one by its own form ("September", "Monday") where the document's tagger
// left it untagged.
func (h *head) timeLike(c node) bool {
	return h.isTime(c) || len(timex.Tag(h.s.tr.w(c).Form, time.Time{})) > 0
}

// antecedentClimb bounds how many clauses up a subject pronoun's
// antecedent is looked for ("said it would reject", "warned, as it
// denounced").
const antecedentClimb = 3

// antecedentRels are the relations of a clause whose subject pronoun
// stands for the subject of the clause it hangs on.
var antecedentRels = set("ccomp", "advcl", "conj", "parataxis", "xcomp")

// pronounAntecedent returns the subject a personal subject pronoun at c
// stands for: the noun or name subject, before its verb, of the first
// clause up from the pronoun's own that has one, the clause it is said in
// or the main clause, when it agrees with the
// pronoun ("the union said it rejected the offer", "the group warned, as
// it denounced attacks", "the minister said he would resign"): "it" a
// singular noun for no people, "they" a plural, "he" and "she" a name or
// a noun for people; else noNode, also for those who only tell the news
// (informant_nouns: "sources said they had arrested").
func (h *head) pronounAntecedent(c node) node {
	d := h.s.tr
	if c < 0 || d.w(c).UPOS != "PRON" {
		return noNode
	}
	pron := strings.ToLower(d.w(c).Form)
	if pron != "it" && pron != "they" && pron != "he" && pron != "she" {
		return noNode
	}
	v, ok := d.head(c)
	for range antecedentClimb {
		if !ok || !antecedentRels[d.rel(v)] {
			return noNode
		}
		said := d.rel(v) == "ccomp"
		if v, ok = d.head(v); !ok || !said && d.rel(v) != "root" {
			// a clause other than what is said stands for the main
			// clause's subject, never an embedded one's ("said the
			// violence was rising, as it denounced")
			return noNode
		}
		k := d.kids(v, is("nsubj"))
		if len(k) == 0 {
			continue
		}
		a := k[0]
		if u := d.w(a).UPOS; u != "NOUN" && u != "PROPN" || a > v || h.timeLike(a) || theHeadWords.informants[strings.ToLower(d.w(a).Form)] {
			return noNode
		}
		plural := pluralWord(d.w(a))
		switch people := d.w(a).UPOS == "PROPN" || h.namesPeople(a); pron {
		case "it":
			if !plural && !h.namesPeople(a) {
				return a
			}
		case "they":
			if plural {
				return a
			}
		default:
			if !plural && people {
				return a
			}
		}
		return noNode
	}
	return noNode
}

// subjectOfOwn reports whether the subject word c is the verb at n's own,
// or that of the verb whose infinitive n is when that verb has no object
// ("agreed to pay"; not "took her to visit", whose object visits): no
// subject of another clause the climb for one reached.
func (h *head) subjectOfOwn(n, c node) bool {
	d := h.s.tr
	v, ok := d.head(c)
	if !ok {
		return false
	}
	if v == n {
		return true
	}
	hd, ok := d.head(n)
	return ok && hd == v && d.rel(n) == "xcomp" && len(d.kids(v, is("obj", "iobj"))) == 0
}

// speakerPronoun reports whether the pronoun lw may stand for the
// mention's one agent, the speaker: "he" or "she" for a person, "it" for
// any other actor ("Russia denied that it had..."), "they" for speakers
// named in the plural ("police said they had found", "X and Y said they",
// "the scientists said they") when the sentence names no other plural
// actor (otherPluralActor), never for one organization named in the
// singular ("the party warned that they would ...": others); a pronoun
// for another ("vowed that if the rules were broken, they would
// be enforced") makes no headline.
func (h *head) speakerPronoun(lw string) bool {
	var ids []string
	for _, p := range h.m.Participants {
		if p.Role == Agent {
			ids = append(ids, p.ActorID)
		}
	}
	if lw == "they" && len(ids) > 0 {
		speaker := set(ids...)
		return (len(ids) > 1 || h.group || h.s.pluralSubject(h.event)) && !h.s.otherPluralActor(ids[0], speaker)
	}
	if len(ids) != 1 || strings.HasPrefix(ids[0], actor.AgentPrefix) {
		return false
	}
	person := strings.HasPrefix(ids[0], "person:")
	return (lw == "he" || lw == "she") == person
}

// antecedent returns the noun a relative pronoun at r right after a comma
// stands for when the parse hangs its clause elsewhere ("went to Haughey,
// who resigned" parsed as two conjuncts): the name or the noun for people
// ("who") or any noun (another relativizer) before the comma; else noNode.
func (h *head) antecedent(r node) (node, bool) {
	d := h.s.tr
	a := r - 1
	if a < 1 || d.w(a).Form != "," {
		return noNode, false
	}
	a--
	w := d.w(a)
	if w.UPOS != "PROPN" && w.UPOS != "NOUN" || h.isTime(a) {
		return noNode, false
	}
	if strings.EqualFold(d.w(r).Form, "who") && w.UPOS != "PROPN" && !h.namesPeople(a) {
		return noNode, false
	}
	return h.eventOfPlace(r, a), true
}

// subjectAbove reports whether k lies in the subject of a word the
// pronoun at c hangs under: the one who acts, which an object pronoun
// never stands for ("hundreds of villagers attacked them").
func subjectAbove(d *tree, c, k node) bool {
	above := map[node]bool{}
	for x, ok := d.head(c); ok && len(above) < maxConj; x, ok = d.head(x) {
		above[x] = true
	}
	for x, i := k, 0; i < maxConj; i++ {
		h, ok := d.head(x)
		if !ok {
			return false
		}
		if r := d.rel(x); (r == "nsubj" || r == "nsubj:pass") && above[h] {
			return true
		}
		x = h
	}
	return false
}

// asyndeticParticiple returns the noun right before the verb at n that
// the verb reduces a relative clause of (reducedConjunct), or the name a
// comma closes right before the verb at n when the parse takes the verb for a conjunct of an earlier
// one with no conjunction, no subject, no object and no auxiliary of its
// own, for a type done to someone ("comparisons with the killer John
// Smith, convicted of the deaths": John Smith, whom it is done to): a
// reduced relative clause of that name. Else noNode.
func (h *head) asyndeticParticiple(n node) node {
	d := h.s.tr
	if k := h.s.reducedConjunct(n); k != noNode && theHeadWords.Types[h.m.Type].Patient {
		return k // "a politician charged with fraud", no comma between
	}
	if d.rel(n) != "conj" || !theHeadWords.Types[h.m.Type].Patient || n < 3 || d.w(n-1).Form != "," ||
		len(d.kids(n, is("cc", "nsubj", "nsubj:pass", "obj", "iobj", "aux", "aux:pass", "mark", "ccomp", "xcomp"))) > 0 {
		return noNode
	}
	if hd, ok := d.head(n); !ok || hd > n || len(d.kids(hd, is("nsubj", "nsubj:pass"))) == 0 {
		return noNode // the earlier verb has a subject of its own
	}
	k := n - 2
	if r := d.rel(k); r == "flat" || r == "flat:name" {
		k, _ = d.head(k)
	}
	if d.w(k).UPOS != "PROPN" || h.isTime(k) {
		return noNode
	}
	return k
}
