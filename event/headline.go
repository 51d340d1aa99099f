package event

import (
	"strings"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/nlp/conllu"
)

// A headline is built from the sentence's parse: the agents the mention
// holds (canonical names, "A, B and C"; people a modifier alone ties to
// the agent as the text names them: "Hundreds of Palestinians", "a top
// Russian security official"), the event's verb in the present tense
// agreeing with them, its object as the tree gives it (an actor's
// canonical name, else the object's key noun with its modifiers: "sign
// treaty", "detain former defence secretary"), a purpose or complement
// clause ("vows to give utmost attention") and the key place ("in
// Pyongyang", "at Kai Tak airport"). A verb trigger keeps its own verb
// ("clash with", "detain"); a noun trigger ("the signing of the treaty",
// "talks with Kim") takes its noun's verb or its type's
// (data/headlines.yaml). With no agent, a passive, a reduced passive or a
// noun whose patient is named reads patient first ("Pierre Gemayel
// assassinated", "30 others injured"). Where the tree gives too little (no
// parse, no subject, a pronoun subject, a verb that needs an object and
// has none) the title takes the type's phrase or falls back to title.go.

// maxPhraseWords bounds the words of a noun phrase a headline names.
const maxPhraseWords = 5

// subjectClimb bounds how many coordinated, controlling or main verbs a
// verb trigger's subject is looked for through ("agreed to meet", "arrived
// and met", "opened fire, killing two and injuring five").
const subjectClimb = 4

// headline returns the title of trigger t's mention built from the parse,
// or "" when the parse gives too little; full is false for a noun phrase
// with no verb ("Suicide bombing in Netanya").
func (s *sent) headline(t *trigger, m *Mention) (title string, full bool) {
	if t.adjectival || s.tree() == nil {
		return "", false
	}
	n, ok := s.triggerNode(t)
	if !ok {
		return "", false
	}
	h := &head{s: s, m: m, used: map[string]bool{}}
	for _, p := range m.Participants {
		if p.Role == Agent {
			name := s.name(p.ActorID)
			h.agents = append(h.agents, name)
			h.used[p.ActorID] = true
			h.group = strings.HasPrefix(p.ActorID, actor.AgentPrefix) && pluralNoun(name)
		}
	}
	base := t.lemma
	if t.noun {
		v, ok := theHeadWords.Nouns[t.lemma]
		if w := s.tr.w(n); !ok || w.UPOS != "VERB" || t.anchor >= 0 {
			title = h.noun(t, n)
			return title, !h.partial
		}
		base = v // "..., killing three": the parse reads a verb
	}
	return h.verb(t, n, base), true
}

// head is a headline under construction.
type head struct {
	s      *sent
	m      *Mention
	agents []string
	group  bool            // the one agent is a group named in the plural
	used   map[string]bool // actor ids the headline names
	// partial marks a noun phrase with no verb (noun); object, a
	// headline that names an object ("visits Saint Petersburg in Russia").
	partial, object bool
}

// subject returns the headline's subject and whether it is plural.
func (h *head) subject() (string, bool) {
	return joinNames(h.agents), len(h.agents) > 1 || h.group
}

// joinNames joins names as a headline does: "A", "A and B", "A, B and C".
func joinNames(names []string) string {
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// verb builds the headline of a verb trigger at node n whose verb is
// base.
func (h *head) verb(t *trigger, n node, base string) string {
	d, hw := h.s.tr, theHeadWords
	if base == "" {
		return ""
	}
	lemmaWords := strings.Fields(base)
	prepLast := false // "speak with": the complement's preposition ends the lemma
	if len(lemmaWords) > 1 && (complementCases[lemmaWords[len(lemmaWords)-1]] || lemmaWords[len(lemmaWords)-1] == "by") {
		base, prepLast = strings.Join(lemmaWords[:len(lemmaWords)-1], " "), true
	}
	inLemma := set(lemmaWords...)
	if r := d.rel(n); baseRel(r) == "acl" && r != "acl:relcl" && participleWord(d.w(n)) {
		// "soldiers captured in Kursk": the noun the participle modifies
		// is its patient
		hd, ok := d.head(n)
		if !ok {
			return ""
		}
		for range subjectClimb {
			// "an executive with a company arrested in Kashmir": the
			// noun the modified phrase belongs to
			up, ok := d.head(hd)
			if !ok || d.rel(hd) != "nmod" && d.rel(hd) != "obl" {
				break
			}
			if u := d.w(up).UPOS; u != "NOUN" && u != "PROPN" && u != "ADJ" {
				break
			}
			hd = up
		}
		if u := d.w(hd).UPOS; u != "NOUN" && u != "PROPN" && (u != "ADJ" || baseRel(d.rel(hd)) != "nsubj" && d.rel(hd) != "obj") {
			return "" // an adjective stands for a noun only as a subject or object
		}
		return capitalize(h.nounPhrase(hd, 0)) + " " + hw.participle(base) + h.place()
	}
	passive := misparsedActive(d, n) == noNode && len(d.kids(n, is("nsubj:pass"))) > 0 || t.passive && len(d.kids(n, is("nsubj"))) == 0
	subj, plural := h.subject()
	var object string
	if passive {
		// "Dar was arrested by the Indian Army", "four were killed by a
		// makeshift bomb": the by-phrase is the subject, the passive
		// subject the object
		byPhrase := d.kids(n, is("obl:agent"))
		if subj == "" {
			for _, c := range byPhrase {
				subj, plural = h.phrase(c, true)
				break
			}
		}
		patient, first := h.patient(n)
		if patient != noNode && len(byPhrase) == 0 && h.namesAgent(patient) {
			// "the UAE-flagged MV Veesham was seized": an agent the
			// patient's own phrase names is no agent
			subj = ""
			for _, p := range h.m.Participants {
				if p.Role == Agent {
					delete(h.used, p.ActorID)
				}
			}
		}
		if patient != noNode {
			object, _ = h.phrase(patient, false)
			if first != noNode && object != "" {
				// "One militant was killed" parsed as two subjects
				object = h.nounPhrase(first, 0) + " " + object
			}
		}
		if subj == "" {
			if object == "" {
				return ""
			}
			// no agent: the patient first, "Seventeen people arrested in
			// Sydney", "Lavrov named foreign minister"
			out := capitalize(object) + " " + hw.participle(base)
			for _, x := range d.kids(n, is("xcomp", "obj")) {
				if u := d.w(x).UPOS; (u == "NOUN" || u == "PROPN") && !h.isTime(x) {
					out += " " + h.nounPhrase(x, 0)
				}
				break
			}
			return out + h.place()
		}
		if object == "" {
			object = h.others(Target)
		}
	} else {
		if subj == "" {
			c, ok := h.treeSubjectWord(n)
			if !ok {
				return ""
			}
			if subj, plural = h.phrase(c, true); subj == "" {
				return ""
			}
		} else if c, ok := h.treeSubjectWord(n); ok && len(h.agents) == 1 && (h.people(c) || h.describes(c)) {
			// "Hundreds of Palestinians clashed", "a top Russian security
			// official met": the people or the person the text names, not
			// the state
			subj, plural = capitalize(h.nounPhrase(c, 0)), pluralWord(d.w(c)) || h.people(c)
		} else if more := h.subjectConjuncts(n); len(more) > 0 {
			// "Abbas and Israeli Foreign Minister Shalom met": a name
			// the gazetteer lacks still completes the subject
			subj, plural = joinNames(append(append([]string(nil), h.agents...), more...)), true
		}
		for _, c := range d.kids(n, is("obj")) {
			if hw.smallClause[base] && (len(d.kids(n, is("obj", "iobj", "xcomp"))) > 1 || d.w(c).UPOS == "PRON" || h.namesPeople(c)) {
				return h.typePhrase(subj, plural) // "declaring him a Nazi": no object alone says it
			}
			if h.isTime(c) {
				// "detained Thursday a former defence secretary": the
				// object the parse hangs on the day
				for _, a := range d.kids(c, is("appos")) {
					c = a
					break
				}
			}
			if inLemma[strings.ToLower(d.w(c).Form)] || h.isTime(c) || hw.noObject[base] {
				continue // "sent troops": the trigger names its object
			}
			object, _ = h.phrase(c, false)
			break
		}
		if object != "" && len(d.kids(n, is("xcomp"))) > 0 {
			// "urged the military to support calls": the object's clause
			// completes it, or the headline would mislead
			x := h.infinitive(n)
			if x == "" {
				return ""
			}
			object += " " + x
		}
	}
	var tail []string
	if object == "" && h.m.Type == Visit {
		// "arrived in Pyongyang", "headed for Jordan", "toured Russia"
		if prep, name := h.visitPlace(n); prep == "" {
			object = name
		} else if name != "" {
			tail = append(tail, prep+" "+name)
		}
	}
	purpose := "" // "vowed to destroy Israel", "met to mend ties"
	if object == "" && len(tail) == 0 && !passive {
		purpose = h.infinitive(n)
	}
	if k := d.kids(n, is("nsubj")); object == "" && purpose == "" && !passive && hw.patientSubject[base] &&
		len(d.kids(n, is("aux", "obj"))) == 0 && len(k) > 0 && !h.isActorWord(k[0]) {
		// "10 persons were killed and 30 others injured", "two
		// combatants captured fighting": a reduced passive, its subject
		// is its patient
		if w := d.w(k[0]); w.UPOS == "PRON" || w.UPOS == "DET" {
			return ""
		}
		return capitalize(h.nounPhrase(k[0], 0)) + " " + hw.participle(base) + h.place()
	}
	if object == "" && purpose == "" && len(tail) == 0 {
		if len(d.kids(n, is("ccomp", "xcomp"))) > 0 || h.m.Type == Statement {
			return h.typePhrase(subj, plural) // "vowed that ...": the bare verb reads truncated
		}
		object = h.others(Target)
	}
	// an actor a preposition attaches ("clashed with Israeli troops",
	// "expelled Zelensky from the White House")
	for _, c := range d.kids(n, func(r string) bool { return baseRel(r) == "obl" && r != "obl:tmod" && r != "obl:agent" }) {
		cw := d.caseWord(c)
		if !complementCases[cw] {
			continue
		}
		if text, ok := h.actorPhrase(c); ok {
			tail = append(tail, cw+" "+text)
			break
		}
	}
	if rest := h.others(Counterpart); rest != "" {
		prep := hw.Types[h.m.Type].Prep
		if prep == "" && object != "" {
			prep = "with"
		}
		if object == "" && prep == "" && !prepLast {
			object = rest
		} else {
			tail = append(tail, strings.TrimSpace(cmpOr(prep, "with")+" "+rest))
		}
	}
	verb := base
	first := strings.Fields(base)[0]
	symmetric := h.m.Type == Meeting || hw.symmetricVerbs[first]
	if prepLast && len(tail) == 0 && object == "" || object == "" && purpose == "" && (hw.needsObject[first] || (symmetric && !plural || h.m.Type == Visit) && len(tail) == 0) {
		tw := hw.Types[h.m.Type]
		verb = tw.Alone
		if strings.Contains(tw.Verb, " ") && first == strings.Fields(tw.Verb)[0] {
			verb = tw.Verb // "signed" alone: "signs agreement", "deploys forces to Russia"
		} else {
			tail = nil
		}
		if verb == "" || len(h.agents) == 0 {
			return "" // a subject no actor names is too unsure an agent
		}
	}
	out := capitalize(subj) + " " + hw.present(verb, plural)
	if object != "" {
		out += " " + object
		h.object = true
	}
	for _, x := range tail {
		out += " " + x
	}
	if purpose != "" {
		out += " " + purpose
	}
	return out + h.place()
}

// patient returns the passive subject of the verb at n: its nsubj:pass,
// the noun a relative pronoun stands for ("Tapie, who was jailed"), or,
// for a passive coordinated with a verb whose object precedes it, that
// object ("said the 24 students ... were arrested" parsed as "said
// students and were arrested"). first is a word parsed as a second
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
		return p, first
	case d.rel(n) == "conj" && len(d.kids(n, is("aux:pass"))) > 0:
		hd, _ := d.head(n)
		p = noNode
		for _, o := range d.kids(hd, is("obj")) {
			if o < n {
				p = o
			}
		}
		return p, noNode
	}
	return noNode, noNode
}

// namesAgent reports whether the phrase at c names one of the mention's
// agents.
func (h *head) namesAgent(c node) bool {
	for _, q := range h.s.phraseActors(c, false) {
		id := h.s.actor(q).ActorID
		for _, p := range h.m.Participants {
			if p.Role == Agent && p.ActorID == id {
				return true
			}
		}
	}
	return false
}

// typePhrase returns the headline of a subject with its type's phrase
// ("Putin issues statement"), for a verb whose own words would read
// truncated; "" without a subject or a phrase.
func (h *head) typePhrase(subj string, plural bool) string {
	tw := theHeadWords.Types[h.m.Type]
	verb := cmpOr(tw.Alone, tw.Verb)
	if subj == "" || verb == "" {
		return ""
	}
	return capitalize(subj) + " " + theHeadWords.present(verb, plural) + h.place()
}

// participleWord reports whether a word of the parse is a past
// participle ("captured", "held"): its tag, or its form when the parse
// has no tags.
func participleWord(w *conllu.Token) bool {
	if w.XPOS != "" && w.XPOS != "_" {
		return w.XPOS == "VBN"
	}
	return isParticiple(w.Form)
}

// pluralWord reports whether a word of the parse is plural: tagged as a
// plural noun (the pipeline's parse has tags but no features), marked
// plural in its features, a number, or a noun plural in meaning that the
// tagger takes for a singular ("police").
func pluralWord(w *conllu.Token) bool {
	return w.XPOS == "NNS" || w.XPOS == "NNPS" || strings.Contains(w.Feats, "Number=Plur") || w.UPOS == "NUM" ||
		theHeadWords.pluralNouns[strings.ToLower(w.Form)]
}

// isTime reports whether the phrase at c is a time expression ("detained
// Thursday"): never a headline's object.
func (h *head) isTime(c node) bool {
	for _, ti := range h.s.tokensOf(c) {
		if h.s.d.timexAt[ti] >= 0 {
			return true
		}
	}
	return false
}

// infinitive returns the verb phrase a verb's complement clause gives it
// as its object: "vowed to give utmost attention", "discussed expanding
// cooperation"; "" when the clause has no object.
func (h *head) infinitive(n node) string {
	d := h.s.tr
	for _, x := range d.kids(n, is("xcomp", "advcl")) {
		w := d.w(x)
		if d.rel(x) == "advcl" && !hasMark(d, x, "to") {
			continue // "vowed ... to give" parsed as a purpose clause counts
		}
		if w.UPOS != "VERB" {
			return ""
		}
		var object string
		for _, c := range d.kids(x, is("obj")) {
			if u := d.w(c).UPOS; !h.isTime(c) && (u == "NOUN" || u == "PROPN" || u == "NUM") {
				object, _ = h.phrase(c, false)
			}
			break
		}
		if object == "" {
			return ""
		}
		if strings.HasSuffix(strings.ToLower(w.Form), "ing") {
			return strings.ToLower(w.Form) + " " + object
		}
		if hasMark(d, x, "to") && (w.XPOS == "VB" || w.XPOS == "") {
			return "to " + strings.ToLower(w.Form) + " " + object // the base form
		}
	}
	return ""
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

// hasMark reports whether the clause at x is introduced by the word mark.
func hasMark(d *tree, x node, mark string) bool {
	for _, k := range d.kids(x, is("mark")) {
		if strings.EqualFold(d.w(k).Form, mark) {
			return true
		}
	}
	return false
}

// subjectConjuncts returns the noun phrases coordinated with the subject
// of the verb at n that name no actor ("Abbas and Israeli Foreign
// Minister Silvan Shalom met").
func (h *head) subjectConjuncts(n node) []string {
	d := h.s.tr
	c, ok := h.treeSubjectWord(n)
	if !ok {
		return nil
	}
	var out []string
	for _, k := range d.kids(c, is("conj")) {
		if w := d.w(k); w.UPOS != "PROPN" && w.UPOS != "NOUN" || len(h.s.phraseActors(k, true)) > 0 {
			continue
		}
		out = append(out, h.nounPhrase(k, 0))
	}
	return out
}

// complementCases are the prepositions of a verb's complement a headline
// keeps after the verb's object.
var complementCases = set("with", "against", "at", "on", "to", "into", "for", "from")

// noun builds the headline of a noun trigger at node n ("the signing of
// the treaty", "Georgia's detention of Russian officers", "talks with
// Kim").
func (h *head) noun(t *trigger, n node) string {
	s, d, hw := h.s, h.s.tr, theHeadWords
	tw, ok := hw.Types[h.m.Type]
	if !ok {
		return ""
	}
	nounVerb := ""
	for _, l := range s.d.lem(strings.ToLower(d.w(n).Form)) {
		if v, ok := hw.Nouns[l]; ok {
			nounVerb = v
			break
		}
	}
	object, prep := "", ""
	actorObject := false // the object is a name ("the killing of Gemayel")
	for _, c := range d.kids(n, is("nmod")) {
		switch cw := d.caseWord(c); cw {
		case "of":
			if h.m.Type == Visit {
				// "a visit to Pyongyang" names its place; "a tour of an
				// arms exhibition" leaves it to the place
				continue
			}
			if text, _ := h.phrase(c, false); text != "" {
				object, actorObject = text, h.isActorWord(c)
			}
		case "to":
			if h.m.Type == Visit {
				// "a visit to France", "a trip to Pyongyang"
				if text, ok := h.actorPhrase(c); ok {
					object = text
				} else if _, name := h.visitPlace(c); name != "" {
					object = name
				}
			}
		case "on", "against":
			if !h.isActorWord(c) {
				continue // "on the Russian side": no target
			}
			if text, ok := h.actorPhrase(c); ok && tw.Patient {
				object, actorObject = text, true
			} else if ok {
				object, prep = text, cw
			}
		}
		if object != "" {
			break
		}
	}
	if object == "" && tw.Patient && len(h.agents) > 0 {
		object = h.others(Target)
	}
	if h.m.Type == Visit && object == "" && h.m.Location != "" && !h.used[h.m.Location] {
		// "gave him a tour" in North Korea: the place is the object, the
		// host goes unnamed
		h.used[h.m.Location] = true
		object = s.name(h.m.Location)
		h.others(Counterpart)
	}
	counter := h.others(Counterpart)
	subj, plural := h.subject()
	if subj == "" {
		if tw.Patient && object != "" && prep == "" && (nounVerb != "" || actorObject) {
			return capitalize(object) + " " + hw.participle(cmpOr(nounVerb, strings.Fields(tw.Verb)[0])) + h.place()
		}
		// no agent: the event's noun phrase with its place ("Israeli air
		// strike in Rafah"); a bare noun ("Talks") is left to the type
		out := h.nounPhrase(n, 0)
		switch {
		case object != "" && h.m.Type == Visit:
			out += " to " + object // "State visit to Germany"
		case object != "" && prep != "":
			out += " " + prep + " " + object
		}
		if counter != "" && symmetric[h.m.Type] {
			out += " with " + counter // "Telephone conversation with Savimbi"
		}
		out += h.place()
		if !strings.Contains(out, " ") {
			return ""
		}
		h.partial = true
		return capitalize(out)
	}
	var verb string
	switch {
	case object != "" && prep == "":
		verb = cmpOr(nounVerb, tw.Object, tw.Verb) + " " + object
	case object != "":
		verb = tw.Verb + " " + prep + " " + object
	case strings.Contains(nounVerb, " ") && counter == "":
		verb = nounVerb // "takes office"
	case counter != "" && tw.Prep == "" && !strings.Contains(tw.Verb, " "):
		verb, counter = tw.Verb+" "+counter, "" // "meets Kim"
	case tw.Alone != "" && counter == "":
		verb = tw.Alone
	default:
		verb = tw.Verb
	}
	out := capitalize(subj) + " " + hw.present(verb, plural)
	if counter != "" {
		out += " " + cmpOr(tw.Prep, "with") + " " + counter
	}
	return out + h.place()
}

// symmetric are the types whose counterpart an agentless noun headline
// names ("talks with Kim"): the other side of the same act.
var symmetric = map[Type]bool{Meeting: true, PhoneCall: true, Negotiation: true, Agreement: true, MilitaryExercise: true}

// cmpOr returns the first of words that is not empty.
func cmpOr(words ...string) string {
	for _, w := range words {
		if w != "" {
			return w
		}
	}
	return ""
}

// treeSubjectWord returns the subject word of the verb at n, looked for
// through the verbs it is coordinated with or controlled by, and from a
// participle clause ("..., killing three") through its main clause.
func (h *head) treeSubjectWord(n node) (node, bool) {
	d := h.s.tr
	for range subjectClimb {
		if c := misparsedActive(d, n); c != noNode {
			return c, true
		}
		if k := d.kids(n, is("nsubj")); len(k) > 0 {
			// of two subjects, the nearer before the verb (a dateline
			// parsed as one: "SEOUL — A top official met")
			for len(k) > 1 && k[1] < n {
				k = k[1:]
			}
			if w := d.w(k[0]); w.UPOS == "PRON" && relativizers[strings.ToLower(w.Form)] && d.rel(n) == "acl:relcl" {
				return d.head(n) // "the president, who has pledged"
			}
			if h.isTime(k[0]) {
				return noNode, false // "Tuesday's slaying" parsed as a clause
			}
			return k[0], true
		}
		switch r := d.rel(n); {
		case r == "xcomp" || r == "conj",
			r == "advcl" && len(d.kids(n, is("mark"))) == 0 && strings.HasSuffix(strings.ToLower(d.w(n).Form), "ing"):
			// "a bomber drove into mourners, killing three": a participle
			// clause shares its main clause's subject
			hd, ok := d.head(n)
			if !ok {
				return noNode, false
			}
			n = hd
		default:
			return noNode, false
		}
	}
	return noNode, false
}

// others returns the names of the mention's participants in role r the
// headline does not name yet, marking them named.
func (h *head) others(r Role) string {
	var names []string
	for _, p := range h.m.Participants {
		if p.Role == r && !h.used[p.ActorID] {
			h.used[p.ActorID] = true
			names = append(names, h.s.name(p.ActorID))
		}
	}
	return joinNames(names)
}

// actorPhrase returns the canonical names of the actors the phrase at c
// names that the headline does not name yet, and whether there are any.
func (h *head) actorPhrase(c node) (string, bool) {
	s := h.s
	var names []string
	for _, p := range s.phraseActors(c, false) {
		a := s.actor(p)
		id := a.ActorID
		if a.Kind == actor.Place || a.Location {
			id = s.d.placeOf(a)
		}
		if h.used[id] {
			continue
		}
		h.used[id] = true
		names = append(names, s.name(id))
	}
	return joinNames(names), len(names) > 0
}

// phrase returns how a headline names the phrase headed by c: the
// canonical names of the actors it names when its head is a name ("Putin",
// "the Kremlin"), else its key noun with its modifiers ("coordinated
// bombings", "Russian officers", "hundreds of Palestinians"); "" for a
// pronoun, a vague noun ("the country") or a phrase naming only actors the
// headline already names. plural reports a plural phrase.
func (h *head) phrase(c node, subject bool) (text string, plural bool) {
	s, d := h.s, h.s.tr
	w := d.w(c)
	if w.UPOS == "PRON" || w.UPOS == "DET" {
		return "", false
	}
	ps := s.phraseActors(c, subject)
	var names []string
	fresh := false
	for _, p := range ps {
		a := s.actor(p)
		id := a.ActorID
		if a.Kind == actor.Place || a.Location {
			id = s.d.placeOf(a)
		}
		if !h.used[id] {
			fresh = true
			names = append(names, s.name(id))
		}
		h.used[id] = true
	}
	if len(ps) > 0 && !fresh {
		return "", false
	}
	if h.isActorWord(c) && len(names) > 0 && !h.people(c) {
		return joinNames(names), len(names) > 1 || pluralNoun(names[0]) && strings.HasPrefix(s.actor(ps[0]).ActorID, actor.AgentPrefix)
	}
	text = h.nounPhrase(c, 0)
	if theHeadWords.vague[strings.ToLower(text)] {
		return "", false
	}
	if theHeadWords.collective[strings.ToLower(w.Form)] {
		// "a series of bombings kill": the named phrase agrees
		for _, k := range d.kids(c, is("nmod")) {
			if d.caseWord(k) == "of" {
				w = d.w(k)
				break
			}
		}
	}
	plural = pluralWord(w) || w.XPOS == "" && w.UPOS == "NOUN" && pluralNoun(w.Form)
	return text, plural
}

// nounPhrase returns the words of the noun phrase headed by c a headline
// keeps: the head with its compounds, adjectives, numbers and names
// before it, vague modifiers left out ("a major mutual defense treaty" →
// "mutual defense treaty"); a counted or collective head takes its "of"
// phrase ("hundreds of Palestinians", "a series of bombings").
func (h *head) nounPhrase(c node, depth int) string {
	d := h.s.tr
	w := d.w(c)
	lw := strings.ToLower(w.Form)
	for _, k := range d.kids(c, is("nmod")) {
		if d.caseWord(k) != "of" || depth > 1 {
			continue
		}
		if theHeadWords.collective[lw] || theHeadWords.namedByOf[lw] && d.w(k).UPOS == "PROPN" {
			return h.nounPhrase(k, depth+1) // "a series of bombings", "the city of Kursk"
		}
		if quantityNouns[lw] {
			return lw + " of " + h.nounPhrase(k, depth+1)
		}
	}
	if titles[lw] {
		// "Israeli Foreign Minister Silvan Shalom": the name
		for _, k := range d.kids(c, is("appos", "flat", "flat:name")) {
			if d.w(k).UPOS == "PROPN" {
				return h.nounPhrase(k, depth+1)
			}
		}
		// the name right after the title, wherever the parse hangs it
		var name []string
		for k := int(c) + 1; k < len(d.words) && d.w(node(k)).UPOS == "PROPN" && d.rel(node(k)) != "conj"; k++ {
			name = append(name, d.w(node(k)).Form)
		}
		if len(name) > 0 && len(name) <= maxPhraseWords {
			return strings.Join(name, " ")
		}
	}
	words := h.modifiers(c, 0)
	words = append(words, c)
	if theHeadWords.keepOf[lw] {
		// "state of emergency", "prisoners of war"
		for _, k := range d.kids(c, is("nmod")) {
			if d.caseWord(k) == "of" && d.w(k).UPOS == "NOUN" {
				words = append(append(words, d.kids(k, is("case"))...), k)
				break
			}
		}
	}
	return h.join(words)
}

// join writes the words of a phrase in sentence order, at most
// maxPhraseWords of them (the last), as the text joins them.
func (h *head) join(words []node) string {
	d := h.s.tr
	sortNodes(words)
	if len(words) > maxPhraseWords {
		words = words[len(words)-maxPhraseWords:]
	}
	var b strings.Builder
	text := h.s.d.in.Text
	for i, k := range words {
		w := d.w(k)
		f := w.Form
		if k == 0 && w.UPOS != "PROPN" && !allCaps(f) {
			f = strings.ToLower(f)
		}
		if i > 0 {
			// the text's own joint: "self-styled", "anti-Syrian"
			prev := d.w(words[i-1])
			lo, hi := min(prev.End, w.Start), max(prev.End, w.Start)
			if lo < 0 || hi > len(text) {
				lo, hi = 0, 0
			}
			switch gap := text[lo:hi]; {
			case prev.End < w.Start && strings.Trim(gap, "-–") == "" && gap != "":
				b.WriteString("-")
			case prev.End < w.Start || prev.End > w.Start || strings.HasSuffix(b.String(), "-"):
				b.WriteByte(' ')
			}
		}
		b.WriteString(f)
	}
	return b.String()
}

// phraseModifiers are the relations of the words a headline keeps with a
// noun.
var phraseModifiers = is("compound", "amod", "nummod", "flat", "flat:name")

// modifiers returns the modifiers of c a headline keeps, with their own
// ("North Korean fighters"), leaving vague ones out.
func (h *head) modifiers(c node, depth int) []node {
	d := h.s.tr
	var words []node
	for _, k := range d.kids(c, phraseModifiers) {
		w, r := d.w(k), d.rel(k)
		switch {
		case vagueModifiers[strings.ToLower(w.Form)] && r != "nummod", h.isTime(k),
			r != "nummod" && len(d.kids(k, is("advmod"))) > 0,
			k > c && r != "flat" && r != "flat:name": // "an agreement open to all"
			continue
		}
		if depth < 2 {
			words = append(words, h.modifiers(k, depth+1)...)
		}
		words = append(words, k)
	}
	return words
}

// people reports whether the word c names a country's people rather than
// the country ("Afghans", "hundreds of Palestinians"): a headline names
// them as the text does.
func (h *head) people(c node) bool {
	d := h.s.tr
	w := d.w(c)
	if quantityNouns[strings.ToLower(w.Form)] {
		return true
	}
	p, ok := h.s.actorWord(c)
	if !ok {
		return false
	}
	a := h.s.actor(p)
	// the text names the people, not the state: "Afghans" for
	// Afghanistan, but not "States" of "the United States"
	return a.Kind == actor.Country && pluralWord(w) && !strings.EqualFold(a.Text, h.s.name(a.ActorID))
}

// describes reports whether the subject word c is a common noun that
// only a modifier ties to the mention's one agent ("a top Russian security
// official", "North Korean combatants"): the headline names it as the
// text does.
func (h *head) describes(c node) bool {
	d := h.s.tr
	w := d.w(c)
	if w.UPOS != "NOUN" || h.isActorWord(c) || len(d.kids(c, is("conj"))) > 0 {
		return false
	}
	if lw := strings.ToLower(w.Form); !h.s.d.lemmaIn(lw, partyNouns) && !titles[lw] && !groupNouns[lw] &&
		!theHeadWords.pluralNouns[lw] && !theHeadWords.personEnding(lw) {
		return false // "an Israeli offensive", "Israeli army jeeps" stand for no one
	}
	if len(d.kids(c, is("nmod:poss"))) > 0 {
		return false // "Kabila's men": the possessor is the headline's agent
	}
	ps := h.s.phraseActors(c, true)
	if len(ps) != 1 {
		return false
	}
	for _, p := range h.m.Participants {
		if p.Role == Agent && p.ActorID == h.s.actor(ps[0]).ActorID {
			return true
		}
	}
	return false
}

// namesPeople reports whether the noun at c names people or an actor
// ("the fighters", "him", "Kim"): what a verb of naming says of them is
// the rest of the clause.
func (h *head) namesPeople(c node) bool {
	lw := strings.ToLower(h.s.tr.w(c).Form)
	return h.isActorWord(c) || theHeadWords.personEnding(lw) || h.s.d.lemmaIn(lw, partyNouns) || titles[lw]
}

// isActorWord reports whether the word k is part of an actor mention.
func (h *head) isActorWord(k node) bool {
	_, ok := h.s.actorWord(k)
	return ok
}

// allCaps reports whether a word is written in capitals ("US", "NDP").
func allCaps(w string) bool {
	return w != "" && strings.ToUpper(w) == w && strings.ToLower(w) != w
}

// sortNodes sorts words in sentence order.
func sortNodes(ns []node) {
	for i := 1; i < len(ns); i++ {
		for j := i; j > 0 && ns[j] < ns[j-1]; j-- {
			ns[j], ns[j-1] = ns[j-1], ns[j]
		}
	}
}

// visitPlace returns the place a visit's verb at n goes to, with the
// preposition the text gives ("in", "to", "for"; "" for an object): the
// mention's location, which the headline then names.
func (h *head) visitPlace(n node) (prep, name string) {
	loc := h.m.Location
	if loc == "" || h.used[loc] {
		return "", ""
	}
	d := h.s.tr
	prep = "to"
	for _, c := range d.kids(n, func(r string) bool { return r == "obj" || baseRel(r) == "obl" }) {
		if h.names(c, loc) {
			prep = d.caseWord(c)
			if prep == "" && d.rel(c) != "obj" {
				prep = "in" // "arrived here"
			}
			break
		}
	}
	h.used[loc] = true
	return prep, h.s.name(loc)
}

// names reports whether the phrase at c names the actor id (a place by
// its place id).
func (h *head) names(c node, id string) bool {
	s := h.s
	for _, p := range s.phraseActors(c, false) {
		a := s.actor(p)
		if a.ActorID == id || s.d.placeOf(a) == id {
			return true
		}
	}
	return false
}

// placePreps are the prepositions a headline keeps before its place; any
// other reads "in".
var placePreps = set("in", "at", "near", "outside", "off", "inside")

// place returns the headline's place phrase (" in Pyongyang", " at Kai
// Tak airport"), or "" when the mention has none or the headline names it
// already. The preposition is the one the tree gives the place.
func (h *head) place() string {
	loc := h.m.Location
	if loc == "" || h.used[loc] {
		return ""
	}
	h.used[loc] = true
	prep := "in"
	switch {
	case h.m.Type == MilitaryDeployment, h.m.Type == Visit && !h.object:
		prep = "to" // "deploys forces to Russia", "makes visit to Pyongyang"
	}
	d := h.s.tr
	for k := range d.words {
		c := node(k)
		r := d.rel(c)
		if baseRel(r) != "obl" && baseRel(r) != "nmod" {
			continue
		}
		if h.names(c, loc) {
			if cw := d.caseWord(c); placePreps[cw] {
				prep = cw
			}
			break
		}
	}
	return " " + prep + " " + h.s.name(loc)
}
