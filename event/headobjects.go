package event

import (
	"slices"
	"strings"

	"github.com/chronograph-news/chronograph/actor"
)

// adjectiveNoun reports whether the word at c, tagged an adjective, heads
// a prepositional phrase alone as a noun does ("appealed for calm"): no
// vague word ("called for more") and no modifier of its own.
func (h *head) adjectiveNoun(c node) bool {
	d := h.s.tr
	if d.w(c).UPOS != "ADJ" || theHeadWords.vagueModifiers[strings.ToLower(d.w(c).Form)] {
		return false
	}
	for _, k := range d.children[c] {
		if r := d.rel(k); r != "case" && r != "cc" && r != "conj" && r != "punct" {
			return false
		}
	}
	return true
}

// absolute reports whether the "with" phrase at c is an absolute
// construction, its noun the subject of a participle ("met on Saturday
// with both leaders expressing the will to improve ties"): it tells the
// circumstances, not who else took part.
func (h *head) absolute(c node) bool {
	for _, k := range h.s.tr.kids(c, is("acl")) {
		if h.s.tr.w(k).XPOS == "VBG" {
			return true
		}
	}
	return false
}

// gerundObject returns the object of a gerund trigger at n the parse reads
// as a verb ("launching several homemade rockets") and the gerund's base
// form, or "" when it has none.
func (h *head) gerundObject(n node) (obj, base string) {
	d := h.s.tr
	w := d.w(n)
	if w.UPOS != "VERB" || !strings.HasSuffix(strings.ToLower(w.Form), "ing") {
		return "", ""
	}
	if base = h.verbBase(n); base == "" {
		return "", ""
	}
	for _, o := range d.kids(n, is("obj")) {
		if u := d.w(o).UPOS; (u == "NOUN" || u == "PROPN") && !h.isTime(o) {
			obj, _ = h.phrase(o, false)
		}
		break
	}
	return obj, base
}

// patientFirst returns the headline of a verb at n whose subject names
// nothing, for a type done to its object: the object with the verb's
// participle and the place ("200 prisoners of war murdered"); "" for
// another type, a gerund other than a participle clause's or with no
// nominal object.
func (h *head) patientFirst(n node, base string) string {
	d := h.s.tr
	if !theHeadWords.Types[h.m.Type].Patient || strings.Contains(base, " ") ||
		strings.HasSuffix(strings.ToLower(d.w(n).Form), "ing") && (d.rel(n) != "advcl" || len(d.kids(n, is("mark", "case"))) > 0 && !h.gerundOnPeople(n)) {
		// "targeted killing operations", "capturing control": no
		// patient; a participle clause has one ("a missile was fired,
		// killing three militants": "Three militants killed"), as has
		// a gerund after a preposition of gerund_cases done to people
		// ("accused of killing a painter": "Painter killed")
		return ""
	}
	for _, o := range d.kids(n, is("obj")) {
		o = h.comparedObject(n, o) // "killed more than 230 people"
		if u := d.w(o).UPOS; (u != "NOUN" && u != "PROPN" && u != "NUM") || h.isTime(o) {
			return ""
		}
		if obj, _ := h.phrase(o, false); obj != "" {
			return capitalize(obj) + " " + theHeadWords.participle(base) + h.place()
		}
		break
	}
	return ""
}

// gerundOnPeople reports whether the gerund at n after one of
// gerund_cases ("accused of killing", "jailed for murdering") has an
// object that names people: an actor, a count, or a noun of a person ("a
// painter", "three guards"; personEnding, party_nouns). "by invading
// troops" is no such gerund: "invading" describes the troops.
func (h *head) gerundOnPeople(n node) bool {
	d := h.s.tr
	if !slices.ContainsFunc(d.kids(n, is("mark", "case")), func(k node) bool { return theHeadWords.gerundCases[lowerAt(d, k)] }) {
		return false
	}
	for _, o := range d.kids(n, is("obj")) {
		lw := strings.ToLower(d.w(o).Form)
		if !h.isTime(o) && (h.isActorWord(o) || h.counted(o) || theHeadWords.personEnding(lw) || h.s.d.lemmaIn(lw, partyNouns)) {
			return true
		}
	}
	return false
}

// objects returns the objects of the verb at n; with none, its indirect
// objects (the parse of "urged the students to end the crisis"); with
// none either, a name right after it parsed as its complement ("named
// Anna Holm as minister"), else those the parse hangs on a time
// expression of the verb
// ("raided late on Friday evening the depot" parsed with "the depot"
// the object of "evening").
func (h *head) objects(n node) []node {
	d := h.s.tr
	if objs := d.kids(n, is("obj")); len(objs) > 0 {
		objs = slices.DeleteFunc(objs, func(o node) bool { return h.saidTo(n, o) })
		all := slices.Clone(objs)
		objs = slices.DeleteFunc(objs, func(o node) bool {
			// "reiterated his country's longstanding position", the
			// adjective read as a gerund object before the noun object
			return d.w(o).XPOS == "VBG" && slices.Contains(all, o+1) && d.w(o+1).UPOS == "NOUN"
		})
		for i, o := range objs {
			objs[i] = h.comparedObject(n, o)
		}
		return objs
	}
	if objs := slices.DeleteFunc(d.kids(n, is("iobj")), func(o node) bool { return h.saidTo(n, o) }); len(objs) > 0 {
		return objs // "urged the students to end the crisis", the object parsed as indirect
	}
	for _, x := range d.kids(n, is("xcomp")) {
		if x == n+1 && d.w(x).UPOS == "PROPN" && len(d.kids(x, is("cop", "mark", "nsubj"))) == 0 {
			return []node{x} // "named Anna Holm as minister", the name parsed as a complement
		}
		if d.w(x).UPOS == "NOUN" && len(d.kids(x, is("appos"))) > 0 && len(d.kids(x, is("cop", "mark", "nsubj"))) == 0 {
			return []node{x} // "called the ruling \"a milestone\"", the object parsed as a complement, what it is called as its apposition
		}
	}
	var objs []node
	for _, k := range d.kids(n, func(r string) bool { return r != "conj" && r != "parataxis" }) {
		if u := d.w(k).UPOS; (u == "NOUN" || u == "PROPN") && h.isTime(k) {
			objs = append(objs, d.kids(k, is("obj"))...)
		}
	}
	return objs
}

// relativeObject returns the noun a relative clause at n modifies when
// its object c is the relative pronoun that stands for it ("the shelling,
// which the army blamed on a fault", "the town that rebels captured"), or
// noNode: the noun is what the verb is done to. A pronoun another verb
// or a stranded preposition takes is not the verb's own.
func (h *head) relativeObject(n, c node) node {
	d := h.s.tr
	if d.rel(n) != "acl:relcl" || d.w(c).UPOS != "PRON" {
		return noNode
	}
	if lw := strings.ToLower(d.w(c).Form); lw != "which" && lw != "that" && lw != "whom" {
		return noNode
	}
	if len(d.kids(n, is("case", "xcomp", "ccomp"))) > 0 {
		return noNode // "which Moscow agreed to", "which it agreed to sign": the pronoun is another's
	}
	// the parse attaches a relative clause to the nearest noun, right or
	// not ("a raid in Borduria which the army blamed on smugglers"):
	// only a common noun right before the pronoun, or its comma, is sure
	hd, ok := d.head(n)
	if !ok || d.w(hd).UPOS != "NOUN" || c != hd+1 && (c != hd+2 || d.w(hd+1).Form != ",") {
		return noNode
	}
	return hd
}

// pronounPatient returns the name of the one person the mention holds as
// its target or counterpart, whom a passive's pronoun subject stands for
// ("he was elected president" → "Maskhadov elected president"); "" when
// there is none or more than one.
func (h *head) pronounPatient() string {
	id := ""
	for _, p := range h.m.Participants {
		if p.Role != Target && p.Role != Counterpart {
			continue
		}
		if id != "" || !strings.HasPrefix(p.ActorID, string(actor.Person)+":") || h.used[p.ActorID] {
			return ""
		}
		id = p.ActorID
	}
	if id == "" {
		return ""
	}
	h.used[id] = true
	return h.s.name(id)
}

// pluralAntecedent returns, for the object pronoun "them" at c, the
// phrase of the last plural common noun before it in the sentence, which
// it stands for ("reported the arrival of North Korean troops,
// congratulating them" → "North Korean troops"); "" for another word or
// none, a tally ("two points") or a noun that is no object or oblique
// (the verb's own subject: "troops attacked them").
func (h *head) pluralAntecedent(c node) string {
	d := h.s.tr
	if !strings.EqualFold(d.w(c).Form, "them") {
		return ""
	}
	for k := c - 1; k >= 0; k-- {
		w := d.w(k)
		if w.XPOS != "NNS" || w.UPOS != "NOUN" || h.isTime(k) {
			continue
		}
		if r := baseRel(d.rel(k)); tallyNouns[strings.ToLower(w.Form)] || subjectAbove(d, c, k) || r != "obj" && r != "obl" && r != "nmod" {
			return "" // "two points behind", "troops attacked them": no antecedent
		}
		return h.nounPhrase(k, 0)
	}
	return ""
}

// personAntecedent returns, for the object pronoun "him" or "her" at c
// in an event with no target or counterpart, the phrase of the last singular common
// noun for a person before it in the sentence, which it stands for ("a
// widow lost her home after a landlord evicted her" → "widow"), past the
// subject of the pronoun's own verb, which an object pronoun never stands
// for ("landlord"); "" when a name or a personal pronoun comes first (the
// pronoun may be the named one's). Unlike "them", a higher clause's
// subject may be its antecedent.
func (h *head) personAntecedent(c node) string {
	d := h.s.tr
	if lw := strings.ToLower(d.w(c).Form); lw != "him" && lw != "her" {
		return ""
	}
	if slices.ContainsFunc(h.m.Participants, func(p Participant) bool { return p.Role == Target || p.Role == Counterpart }) {
		return "" // the event's own actor is whom it stands for ("accused him": Kibaki, named later)
	}
	v, _ := d.head(c)
	for k := c - 1; k >= 0; k-- {
		w := d.w(k)
		if w.UPOS == "PROPN" || w.XPOS == "PRP" {
			return "" // "Lopez said the judge fined her": the name's, not the judge's
		}
		if w.XPOS != "NN" || w.UPOS != "NOUN" || h.isTime(k) || !theHeadWords.personEnding(strings.ToLower(w.Form)) {
			continue
		}
		if r := baseRel(d.rel(k)); r != "nsubj" && r != "obj" && r != "obl" && r != "nmod" && r != "appos" {
			continue
		}
		if hk, _ := d.head(k); hk == v && (strings.HasPrefix(d.rel(k), "nsubj") || k < v) {
			// "the landlord evicted her": never the verb's own subject,
			// nor a noun before the verb the parse hangs on it otherwise
			// ("after a landlord evicted her", "landlord" read as oblique)
			continue
		}
		return h.nounPhrase(k, 0)
	}
	return ""
}

// tallyNouns count a score or a share, never what a pronoun stands for
// ("two points behind the leaders, who beat them"; data/words.yaml).
var tallyNouns = wordList("tally_nouns")

// comparatives are the words of "more than", "fewer than", "less than".
var comparatives = wordList("comparatives")

// comparedObject returns the object of the verb at n: o itself, or, when
// o is a comparative with "than" fixed to it ("killed more than 230
// people" parsed with "more" as the object and the people as an
// oblique), the counted noun right after it the verb holds.
func (h *head) comparedObject(n, o node) node {
	d := h.s.tr
	if !comparatives[strings.ToLower(d.w(o).Form)] || !slices.ContainsFunc(d.kids(o, is("fixed")), func(k node) bool { return strings.EqualFold(d.w(k).Form, "than") }) {
		return o
	}
	for _, k := range d.kids(n, is("obl")) {
		if k > o && d.nominal(k) && len(d.kids(k, is("case"))) == 0 && len(d.kids(k, is("nummod"))) > 0 && !h.isTime(k) {
			return k
		}
	}
	return o
}

// definiteThing reports whether the object at c, which the headline's
// phrase refused as too vague (headlines.yaml vague_objects), is a common
// noun with a determiner and no actor: after a verb that does something
// to it, it says what ("urged the parties to spare the city", "a storm
// lashed the southern part of the province"); not a bare noun of an idiom
// ("to meet face to face").
func (h *head) definiteThing(c node) bool {
	d := h.s.tr
	return d.w(c).UPOS == "NOUN" && len(d.kids(c, is("det"))) > 0 && len(h.s.phraseActors(c, false)) == 0
}
