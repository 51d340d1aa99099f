package event

import (
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/nlp/wordnet"
	"github.com/chronograph-news/chronograph/timex"
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

// subjectClimb bounds how many coordinated, controlling or main verbs a
// verb trigger's subject is looked for through ("agreed to meet", "arrived
// and met", "opened fire, killing two and injuring five").
const subjectClimb = 4

// headline returns the title of trigger t's mention built from the parse,
// or "" when the parse gives too little; full is false for a noun phrase
// with no verb ("Suicide bombing in Netanya").
func (s *sent) headline(t *trigger, m *Mention) (title string, full bool) {
	if s.tree() == nil {
		return "", false
	}
	n, ok := s.triggerNode(t)
	if !ok {
		return "", false
	}
	h := &head{s: s, m: m, used: map[string]bool{}, event: n, entryWords: append(slices.Clone(t.e.words), t.e.Needs...)}
	if t.adjectival {
		return h.adjectival(n), true
	}
	subjectRole := Agent
	if !t.noun && t.lemma == "host" && h.hasRole(Counterpart) {
		// "Turkey hosted the Syrian president": the guest is the visit's
		// agent, the host (its counterpart) the title's subject
		subjectRole = Counterpart
	}
	if !t.noun && t.e.LoserSubject {
		// "Tunisia lost to England": the winner is the agent, the
		// loser (the counterpart, or the parse's subject when it names
		// no actor) the title's subject
		subjectRole = Counterpart
	}
	for _, p := range m.Participants {
		if p.Role == subjectRole || p.Role == Target && undergoneSubject[m.Type] && !t.e.FinderSubject {
			// (the one who dies names a death: "X dies"; one found dead
			// is named as the verb's patient: "X found dead")
			name := s.name(p.ActorID)
			generic := strings.HasPrefix(p.ActorID, actor.AgentPrefix)
			h.agents = append(h.agents, name)
			h.used[p.ActorID] = true
			h.group = groupName(p.ActorID, name)
			h.generic = len(h.agents) == 1 && generic
		}
	}
	if h.visitorParticiple(n) {
		return "", false // "Visiting Prime Minister Aso said": who visits (headdoer.go)
	}
	if title := h.copularMove(t, n); title != "" {
		return title, true // "the index was down 0.3 percent" (headcopula.go)
	}
	base := t.lemma
	if t.noun {
		v, ok := theHeadWords.Nouns[t.lemma]
		if w := s.tr.w(n); !ok || w.UPOS != "VERB" || t.anchor >= 0 {
			title = h.noun(t, n)
			return title, !h.partial
		}
		base = v // "..., killing three": the parse reads a verb
	} else if out := h.gerundOutcome(n); out != "" && len(h.agents) == 0 {
		return out, true // "rioting broke out"
	} else if v, ok := theHeadWords.Nouns[t.lemma]; ok && !t.e.verb() {
		base = v // a noun entry read as the verb of a participle clause (gerundClause)
	} else if v := h.verbBase(n); strings.HasSuffix(base, "ing") && !t.e.verb() && s.tr.w(n).UPOS == "VERB" && v != "" && !strings.HasSuffix(v, "ing") {
		base = v // "warning its judiciary": a noun entry read as a verb, in its base form
	} else if s.tr.w(n).UPOS == "NOUN" && len(h.agents) == 0 {
		// a verb entry the parse reads as a noun ("the plane 'crash at
		// the end of runway'"): its noun phrase says it
		if title = h.noun(t, n); title != "" {
			return title, !h.partial
		}
	}
	if t.e.TitleVerb != "" {
		base = t.e.TitleVerb // "took three suspects into custody" → "arrest"
	}
	return h.verb(t, n, base), true
}

// adjectival returns the headline of a participle trigger at n used as
// an adjective of its patient, for a type done to it ("the two murdered
// prostitutes" → "Two prostitutes murdered"), or "".
func (h *head) adjectival(n node) string {
	d := h.s.tr
	hd, ok := d.head(n)
	if w := d.w(n); !ok || d.rel(n) != "amod" || !participleWord(w) && !isParticiple(w.Form) || !theHeadWords.Types[h.m.Type].Patient {
		return ""
	}
	if u := d.w(hd).UPOS; u != "NOUN" && u != "PROPN" {
		return ""
	}
	base := h.verbBase(n)
	var words []string
	for _, w := range strings.Fields(h.nounPhrase(hd, 0)) {
		if !strings.EqualFold(w, d.w(n).Form) {
			words = append(words, w)
		}
	}
	if base == "" || len(words) == 0 {
		return ""
	}
	return capitalize(strings.Join(words, " ")) + " " + theHeadWords.participle(base) + h.place()
}

// head is a headline under construction.
type head struct {
	s      *sent
	m      *Mention
	agents []string
	group  bool            // the one agent is a group named in the plural
	used   map[string]bool // actor ids the headline names
	// partial marks a noun phrase with no verb or no agent (noun); object, a
	// headline that names an object ("visits Saint Petersburg in Russia").
	partial, object bool
	// generic marks a headline whose one agent is a generic one
	// ("gunmen", "police"), which the text's own phrase ("the four
	// gunmen") says better than the actor's name.
	generic bool
	// event is the trigger's word, whose own impression adjectives a
	// headline leaves out (impression).
	event node
	// entryWords are the words of the trigger's lexicon entry and those it
	// needs ("take" + "custody"), whose own phrase says no object's which.
	entryWords []string
	// saidBy is the subject the headline gives a statement before what
	// is said ("Senior US official", not its agent's name "United
	// States"), once known (namedAgain).
	saidBy string
}

// subject returns the headline's subject and whether it is plural.
func (h *head) subject() (string, bool) {
	return joinNames(h.agents), len(h.agents) > 1 || h.group
}

// hasRole reports whether the mention has a participant in role r.
func (h *head) hasRole(r Role) bool {
	return slices.ContainsFunc(h.m.Participants, func(p Participant) bool { return p.Role == r })
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
	for _, w := range t.e.words {
		if t.e.TitleVerb == "" {
			break
		}
		// with a title verb, the entry's own words too, either number
		// ("took to the street[s]")
		inLemma[w], inLemma[strings.TrimSuffix(w, "s")] = true, true
	}
	if out := h.invertedRequest(n, base); out != "" {
		return out
	}
	if d.rel(n) == "amod" && len(h.agents) == 0 && len(d.kids(n, is("nsubj:pass", "aux:pass"))) == 0 {
		// "the first two murdered prostitutes"; a verb with an agent or
		// a passive subject is no adjective ("Putin 'annexed' four
		// regions", "since he 'was elected' president" misparsed)
		if out := h.adjectival(n); out != "" {
			return out
		}
		return h.misreadInfinitive(n)
	}
	if out := h.releasedReport(n); out != "" {
		return out
	}
	if r := d.rel(n); baseRel(r) == "acl" && r != "acl:relcl" && participleWord(d.w(n)) &&
		len(d.kids(n, is("nsubj", "nsubj:pass", "mark"))) == 0 { // not "the fact that thousands are being killed"
		// "soldiers captured in Kursk": the noun the participle modifies
		// is its patient
		hd, ok := d.head(n)
		if !ok {
			return ""
		}
		if out := h.thatActive(n, hd, base); out != "" {
			return out
		}
		if out := h.gapActive(n, hd, base); out != "" {
			return out
		}
		if out := h.byAgent(n, hd, base); out != "" {
			return out
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
			if h.s.eventNoun(strings.ToLower(d.w(up).Form)) {
				break // "the trial of a suspect detained in Kabul": an event is done to no one, the suspect is
			}
			hd = up
		}
		if u := d.w(hd).UPOS; u != "NOUN" && u != "PROPN" && (u != "ADJ" || baseRel(d.rel(hd)) != "nsubj" && d.rel(hd) != "obj") {
			return "" // an adjective stands for a noun only as a subject or object
		}
		tw := theHeadWords.Types[h.m.Type]
		if len(d.kids(n, is("obj"))) == 0 && (!tw.Patient && (d.rel(hd) == "root" || d.rel(hd) == "ccomp") || tw.Thing || hw.noObject[base] || hw.symmetricVerbs[base]) {
			// "Gasoline prices plunged by 11.1 percent" parsed as a
			// noun with its participle, also as what is said ("said
			// that representatives met"): a type done to no one has
			// its noun as its subject ("Gasoline prices plunge by 11.1
			// percent"), as has, wherever the noun stands, a move of a
			// thing ("and its exports edged up") and a verb that takes
			// no object ("the two sides clashed")
			out := capitalize(h.nounPhrase(hd, 0)) + " " + hw.present(base, pluralWord(d.w(hd))) + h.particle(n, set(strings.Fields(base)...))
			for _, c := range d.kids(n, is("obl:agent")) {
				if d.caseWord(c) == "by" && (d.w(c).UPOS == "NUM" || len(d.kids(c, is("nummod"))) > 0) {
					out += " by " + h.nounPhrase(c, 0) // a figure, no agent
				}
			}
			if q := h.measure(n); q != "" && !strings.HasSuffix(out, " "+q) {
				out += " " + q // the by-phrase measure reads too is said once
			}
			return out + h.place()
		}
		if clauseConnectors[d.caseWord(hd)] && (h.namesAgent(hd) || n == hd+1 && !hw.patientSubject[base]) && len(d.kids(n, is("obj", "obl:agent"))) == 0 {
			// "after US-led forces invaded" parsed as a participle of
			// its agent: a clause its connector opens, the agent does
			// it, as does a noun right before a verb no patient
			// subject reads as a reduced passive
			out := capitalize(h.nounPhrase(hd, 0)) + " " + hw.present(base, pluralWord(d.w(hd)))
			if r := h.reportedClause(n); r != "" {
				out += " " + r // "after a court ruled that ...": what it rules
			}
			return out + h.place()
		}
		if objs := d.kids(n, is("obj")); clauseConnectors[d.caseWord(hd)] && len(objs) == 1 && objs[0] > n && d.w(n).XPOS != "VBG" {
			// "since the two countries normalized diplomatic relations"
			// parsed as a participle of its noun: a clause its connector
			// opens, whose verb has an object of its own, is active
			// ("Two countries normalize diplomatic relations"), never
			// the reduced passive "Two countries normalized"
			if obj, _ := h.phrase(objs[0], false); obj != "" {
				if g := h.chargeClause(n); g != "" {
					obj += " " + g // "after the authorities accused the firms of selling arms": the charge
				}
				return capitalize(h.nounPhrase(hd, 0)) + " " + hw.present(base, pluralWord(d.w(hd))) + " " + obj + h.place()
			}
		}
		return capitalize(h.nounPhrase(hd, 0)) + " " + hw.participle(base) + h.passiveCharge(n, base) + h.place()
	}
	if p, ok := h.s.statePatient(n); ok && len(h.agents) == 0 {
		// "police found two farmers shot dead" (objectstate.go): the
		// state verb's object is the participle's patient
		return capitalize(h.nounPhrase(p, 0)) + " " + hw.participle(base) + h.place()
	}
	if p := h.asyndeticParticiple(n); p != noNode && len(h.agents) == 0 {
		// "comparisons with the killer John Smith, convicted of the
		// deaths" parsed as a second verb of the sentence: the name is
		// its patient
		return capitalize(h.nounPhrase(p, 0)) + " " + hw.participle(base) + h.place()
	}
	if t.e.FinderSubject && len(d.kids(n, is("nsubj:pass", "aux:pass"))) == 0 {
		// "police found the bodies of two men": the dead, as headlines
		// tell a finding ("Bodies of two men found"), never the finders
		for _, o := range d.kids(n, is("obj")) {
			if obj, _ := h.phrase(o, false); obj != "" {
				return capitalize(obj) + " " + hw.participle(base) + h.place()
			}
		}
	}
	passive := misparsedActive(d, n) == noNode && len(d.kids(n, is("nsubj:pass"))) > 0 || t.passive && len(d.kids(n, is("nsubj"))) == 0 ||
		frontedParticiple(d, n) != noNode || activeLabelPassive(d, n) != noNode || h.gappedPatient(n) != noNode
	subj, plural := h.subject()
	if first := h.tornReport(n); !passive && subj != "" && h.m.Type == Statement && first != noNode {
		// "said the verdict of the jury might spark a new inquiry"
		// read as "said the verdict": the clause in its own words (headtorn.go)
		if r := h.plainClause(first, node(len(d.words)), maxTitleChars-len(subj)-len(" says ")); r != "" {
			return capitalize(subj) + " " + hw.present(base, plural) + " " + r + h.place()
		}
	}
	var object string
	saidObject := noNode // the object's word an active verb's title says
	pronObject := false  // an active verb's object is a pronoun no one resolves ("praised them")
	if passive {
		// "Dar was arrested by the Indian Army", "four were killed by a
		// makeshift bomb": the by-phrase is the subject, the passive
		// subject the object
		byPhrase := d.kids(n, is("obl:agent"))
		if subj == "" {
			for _, c := range byPhrase {
				if h.timeLike(c) || hw.spanNouns[strings.ToLower(d.w(c).Form)] {
					continue // "was postponed by a month": a span, no agent
				}
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
			if object == "" && d.w(patient).UPOS == "PRON" {
				object = h.pronounPatient() // "since he was elected president"
			}
		}
		for _, k := range d.kids(n, is("nsubj:pass")) {
			// "two journalists, A and B, were detained": the names
			if names := h.appositiveNames(k); names != "" && pluralWord(d.w(k)) {
				object = names
			} else if names != "" {
				object = h.nounPhrase(k, 0) + " " + names
			}
			break
		}
		if h.m.Type == Election && len(byPhrase) == 0 && subj != "" {
			// "Lopez defeated her rivals and was elected": the winner the
			// passive names is its agent (passiveRole) and the headline's
			// patient, "Lopez elected" (not the rivals the shared subject's
			// other verb beat)
			object, subj = subj, ""
		}
		if subj == "" {
			if object == "" {
				return ""
			}
			// no agent: the patient first, "Seventeen people arrested in
			// Sydney", "Lavrov named foreign minister"
			out := capitalize(object) + " " + hw.participle(base)
			post := false
			states := d.kids(n, is("xcomp", "obj"))
			if a := d.strayState(n); len(states) == 0 && a != noNode && t.e.FinderSubject {
				states = []node{a} // "was found dead Wednesday morning" misparsed
			}
			for _, x := range states {
				if u := d.w(x).UPOS; (u == "NOUN" || u == "PROPN") && !h.isTime(x) {
					if !slices.Contains(strings.Fields(base), strings.ToLower(d.w(x).Form)) {
						out += " " + h.nounPhrase(x, 0) // not "taken hostage hostage"
					}
					post = true
				} else if w := strings.ToLower(d.w(x).Form); u == "ADJ" && (d.rel(x) == "xcomp" || t.e.FinderSubject && x == d.strayState(n)) && d.rightAfter(n, x) && !slices.Contains(strings.Fields(base), w) &&
					len(d.kids(x, is("mark", "cop", "nsubj", "ccomp", "xcomp", "obj"))) == 0 {
					// "was found dead", "was declared missing": the state
					// the patient is left in, right after the verb
					out += " " + w
				}
				break
			}
			if x := h.postGiven(n, base); !post && x != "" {
				out += x
				post = true
			}
			if x := h.postLeft(n); !post && hw.officeVerbs[base] && strings.HasPrefix(x, "as ") {
				out += " " + x // "was sworn in as chancellor": "Merkel sworn in as chancellor"
				post = true
			}
			if inf := h.askedInfinitive(n); !post && inf != "" && t.e.TitleVerb == "" {
				// (a title verb says the whole act: "released from
				// hospital", not "... to fix broken bone")
				out += " " + inf // "residents were urged to stay indoors": "Residents urged to stay indoors"
				post = true
			}
			if !post {
				out += h.passiveCharge(n, base) // "Senator charged with taking bribes", never bare "Senator charged"
			}
			return out + h.neededPhrase(t, n, base) + h.sentencedTo(n, base) + h.place()
		}
		if object == "" {
			object = h.others(Target)
		}
		if g := h.chargeClause(n); object != "" && g != "" {
			// "was accused by the president of selling arms": what the
			// patient is charged with, as for an active verb
			object += " " + g
		} else if object != "" {
			// "was accused of corruption by lawmakers", "was promoted to
			// general by the army": the complement the agentless passive
			// keeps completes the active headline too ("Lawmakers accuse
			// minister of corruption", never "... accuse minister")
			object += cmpOr(h.postGiven(n, base), h.passiveCharge(n, base))
		}
		if object != "" {
			object += h.sentencedTo(n, base)
		}
	} else {
		if subj == "" {
			c, ok := h.treeSubjectWord(n)
			if a := h.pronounAntecedent(c); ok && a != noNode && h.subjectOfOwn(n, c) {
				c = a // "the group said it rejected the offer": "Group rejects offer"
			}
			if ok {
				subj, plural = h.phrase(c, true)
				subj = h.ownedSubject(c, subj)
			}
			if subj == "" {
				// "they murdered 200 prisoners": with no subject to
				// name, the patient first ("200 prisoners murdered")
				return h.patientFirst(n, base)
			}
		} else if c, ok := h.treeSubjectWord(n); ok && len(h.agents) == 1 && h.thingSubject(c) {
			// "BML shares surged": what moves, the agent its modifier
			// or its possessor ("Shanghai's imports")
			subj, plural = h.nounPhrase(c, 0), pluralWord(d.w(c)) || pluralNoun(d.w(c).Form)
			for _, k := range d.kids(c, is("nmod:poss")) {
				if w := d.w(k); w.UPOS == "PROPN" {
					subj = h.nounPhrase(k, 0) + "'s " + subj
				}
				break
			}
			subj = capitalize(subj)
		} else if c, ok := h.treeSubjectWord(n); ok && len(h.agents) == 1 && (h.people(c) || h.describes(c)) {
			// "Hundreds of Palestinians clashed", "a top Russian security
			// official met": the people or the person the text names, not
			// the state
			subj = h.nounPhrase(c, 0)
			// a count of people agrees with them ("Hundreds of
			// Palestinians clash"), a group the phrase ends in does not
			// ("Pro-democracy group threatens")
			lf, ls := strings.ToLower(d.w(c).Form), strings.ToLower(subj)
			plural = pluralWord(d.w(c)) || h.people(c) && ls != lf && !strings.HasSuffix(ls, " "+lf) // "Tata Group acquires"
			subj = capitalize(subj + h.sideOf(c, subj))
		} else if more := h.subjectConjuncts(n); len(more) > 0 {
			// "Abbas and Israeli Foreign Minister Shalom met": a name
			// the gazetteer lacks still completes the subject
			subj, plural = joinNames(append(append([]string(nil), h.agents...), more...)), true
		}
		objNode := noNode  // the object's word
		predNode := noNode // what a small clause calls it (namedPredicate)
		for _, c := range h.objects(n) {
			if h.m.Type == Statement && (h.invertedSpeaker(n, c) || h.obliqueObject(c)) {
				continue // "..., said a broker at the firm": who speaks, not what is said
			}
			if p := h.smallPredicate(n, c); hw.smallClause[base] && p != noNode && d.w(c).UPOS != "PRON" && !h.namesPeople(c) {
				// "declared Saturday a public holiday": the object with
				// its predicate says it whole
				object, objNode, predNode = h.nounPhrase(c, 0)+" "+cmpOr(h.quotedPredicate(p), h.nounPhrase(p, 0)), c, p
				break
			}
			if pred, p := h.namedPredicate(n, c); hw.smallClause[base] && pred != "" {
				// "called Russian officials \"dunderheads\"", "called the
				// situation \"extremely dangerous\"": what the object is
				// called, the people it names as the text names them
				object, objNode, predNode = h.nounPhrase(c, 0)+" "+pred, c, p
				h.told(c) // "Russian officials": no "with Russia" after
				break
			}
			if hw.smallClause[base] && !h.ownObject(t, c) && (len(d.kids(n, is("obj", "iobj", "xcomp"))) > 1 || d.w(c).UPOS == "PRON" || h.namesPeople(c)) {
				if r := h.reflexiveClause(n); r != "" && subj != "" {
					// "declared himself president": the clause says it whole
					return capitalize(subj) + " " + hw.present(base, plural) + " " + r + h.place()
				}
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
				if inLemma[strings.ToLower(d.w(c).Form)] && objNode == noNode {
					objNode = c // "voiced opposition to the bill": what the trigger's noun is of (stanceContent)
				}
				continue // "sent troops": the trigger names its object
			}
			if a := h.relativeObject(n, c); a != noNode {
				c = a // "the town, which the rebels captured": "Rebels capture town"
			}
			object, _ = h.phrase(c, false)
			object = h.possessed(c, object) // "hailed Brenner's appointment": whose
			if names := h.appositiveNames(c); names != "" && (pluralWord(d.w(c)) || object == "") {
				object = names // "questioned two men, Karl Brenner and Otto Lind,": the names
			} else if names != "" {
				object += " " + names // "sacked the speaker, Karl Brenner,": "sacks speaker Karl Brenner"
			}
			if k := h.compoundHead(n, c); object != "" && k != noNode {
				object += " " + strings.ToLower(d.w(k).Form) // "hiked the federal funds rate": never "hikes federal funds"
			}
			if object != "" {
				object += h.amountIn(n, c) // "recorded 7.48 billion dollars in trade with Africa"
			}
			if a := cmpOr(h.pluralAntecedent(c), h.personAntecedent(c)); object == "" && !strings.EqualFold(a, subj) {
				object = a // "congratulating them": the troops told before, never the subject again
			}
			objNode = c
			break
		}
		if objNode != noNode && object == "" && d.w(objNode).XPOS == "PRP" && !strings.Contains(d.w(objNode).Feats, "Reflex=Yes") &&
			!inLemma[strings.ToLower(d.w(objNode).Form)] {
			// a personal pronoun, not a reflexive ("blew himself up"),
			// a relative or a demonstrative ("advised those who ...")
			pronObject = true
		}
		saidObject = objNode
		if object != "" && h.m.Type == Appointment {
			// "named Anna Holm as foreign minister": the post
			for _, c := range d.kids(n, is("obl")) {
				if d.caseWord(c) == "as" && d.w(c).UPOS == "NOUN" && !commaBetween(d, n, c) {
					object += " as " + h.nounPhrase(c, 0)
					break
				}
			}
		}
		if object != "" {
			object += h.sentencedTo(n, base) // "sentenced the leader to death"
		}
		if g := h.chargeClause(n); object != "" && g != "" {
			// "accused the opposition of working with the United
			// States": what the object is said to do
			object += " " + g
		} else if object != "" && slices.ContainsFunc(d.kids(n, is("xcomp")), func(x node) bool { return !participleWord(d.w(x)) && x != objNode && x != predNode }) {
			// "urged the military to support calls": the object's clause
			// completes it, or the headline would mislead (a participle
			// describes the object: "deported Georgians accused of ...")
			x := h.infinitive(n)
			if x == "" && (h.m.Type == Appeal || h.m.Type == Demand) && h.bareClause(n) {
				x = h.bareInfinitive(n) // "urged Ethiopia to pull out": asked to, it says it whole
			}
			if x == "" && (h.m.Type == Appeal || h.m.Type == Demand) {
				x = h.plainInfinitive(n) // in its own words (headinfinitive.go)
			}
			if x == "" {
				return ""
			}
			object += " " + x
		} else if c := h.stanceContent(n, objNode); c != "" {
			// "expressed the hope that the talks will resume",
			// "voiced opposition to the bill": what the stance is of
			object = strings.TrimSpace(object + " " + c)
		} else if c := h.nounThatClause(objNode); object != "" && c != "" {
			// "denied reports that the deal was close", "ruled out
			// the possibility that a drone was shot down": what the
			// reports or the possibility say (headnounclause.go)
			object += " " + c
		} else if x := h.aimOf(objNode); object != "" && x != "" && !strings.Contains(object, x) &&
			!slices.ContainsFunc(d.kids(n, is("obl")), func(c node) bool { return c > n && c < objNode }) {
			// "criticized the move to dissolve the court": what the
			// move is ("criticizes move to dissolve court"); never past
			// an oblique that misreads the phrase ("warned against any
			// moves", "moves" read as the object)
			object += " " + x
		} else if x := h.documentContent(n, objNode, h.contentBudget(subj, base, object)); object != "" && strings.Contains(x, " ") && !strings.Contains(object, x) && len(x) <= h.contentBudget(subj, base, object) {
			// "signed a decree instructing the agency", "adopted a
			// resolution on Okinawa": what the document says or is for
			// (headobject.go), never the bare "signs decree"
			object += " " + x
		} else if object != "" && (h.m.Type == Appeal || h.m.Type == Demand) {
			// "urged the military to support calls", the clause parsed
			// as a purpose, or as the object's own ("urged the
			// organisation to set clear guidelines"): what the appeal
			// asks completes it
			x := h.infinitive(n)
			for _, c := range h.objects(n) {
				if x == "" {
					x = h.infinitive(c)
				}
				break
			}
			if x == "" && h.bareClause(n) {
				x = h.bareInfinitive(n) // "urged Norland to pull out"
			}
			if x == "" {
				x = h.plainInfinitive(n) // "urged Norland to permanently disarm"
			}
			if x != "" {
				object += " " + x
			}
		}
	}
	var tail []string
	if object == "" && h.m.Type == Visit {
		// "arrived in Pyongyang", "headed for Jordan", "toured Russia"
		if prep, name := h.visitPlace(n); name == "" {
			if prep, name := h.unknownPlace(n); name != "" {
				tail = append(tail, prep+" "+name) // "arrived in the South"
			} else if prep, name := h.namedPlace(n); name != "" {
				tail = append(tail, prep+" "+name) // "headed to Pakistan's northern region"
			} else if aim := h.visitAim(n); aim != "" {
				tail = append(tail, aim) // "arrived here for a three-day visit"
			} else if hw.noObject[base] {
				if where := h.commonPlace(n); where != "" {
					tail = append(tail, where) // "arrived in the camp"
				}
			}
		} else if prep == "" {
			object = name
		} else {
			tail = append(tail, prep+" "+name)
		}
	}
	purpose := ""    // "vowed to destroy Israel", "met to mend ties"
	sought := noNode // the "for" phrase object already tells
	if object == "" && len(tail) == 0 && !passive {
		purpose = cmpOr(h.infinitive(n), h.byMeans(n))
		if first, _, _ := strings.Cut(strings.TrimPrefix(purpose, "to "), " "); first == base {
			// "took to the streets to protest the ruling", titled
			// "protest": the purpose would say it twice
			purpose = strings.TrimPrefix(strings.TrimPrefix(purpose, "to "), base+" ")
			if p := hw.Types[h.m.Type].Purpose; purpose != "" && p != "" {
				purpose = p + " " + purpose // what is protested
			} else {
				purpose = ""
			}
		}
		if purpose == "" && d.rel(n) != "acl:relcl" && h.bareClause(n) {
			// "vowed to bounce back", "agreed to resign": an infinitive
			// with nothing after it says it whole (not "the bill he vowed
			// to veto", whose object is the noun the clause is on)
			purpose = h.bareInfinitive(n)
		}
		if purpose == "" && h.m.Type == ExpressIntentToCooperate && d.rel(n) != "acl:relcl" {
			// "offered to give up what was left of its claim", "decided
			// late on Friday night to go ahead": what is intended, in its own
			// words (headinfinitive.go), never the bare verb
			purpose = h.plainInfinitive(n)
		}
		if c := h.soughtFor(n); purpose != "" && c != noNode {
			// "called for early elections to resolve the standoff":
			// what is asked for comes first, its purpose after
			object, sought = "for "+h.soughtPhrase(c), c
			h.told(c)
		} else if c != noNode && purpose == "" && h.namesPeople(c) {
			// "called for his supporters to stay calm": the people
			// asked, and what they are asked to do
			if inf := h.bareInfinitive(n); inf != "" {
				object, purpose = "for "+h.nounPhrase(c, 0), inf
			}
		} else if fs := h.forSubject(n); c == noNode && fs != noNode {
			// "called for every club to hire local players": the parse
			// makes the one asked the subject of the clause "for" marks
			purpose = cmpOr(purpose, h.bareInfinitive(n))
			if purpose != "" {
				object = "for " + h.nounPhrase(fs, 0)
				h.told(fs)
			}
		}
	}
	if k := d.kids(n, is("nsubj")); object == "" && purpose == "" && !passive && (hw.patientSubject[base] || h.commaParticiple(n)) &&
		len(d.kids(n, is("aux", "obj", "mark"))) == 0 && len(k) > 0 && !h.isActorWord(k[0]) {
		// "10 persons were killed and 30 others injured", "two
		// combatants captured fighting": a reduced passive, its subject
		// is its patient; a clause a subordinator opens is finite
		// ("after US-led forces invaded")
		if w := d.w(k[0]); w.UPOS == "PRON" || w.UPOS == "DET" {
			return ""
		}
		return capitalize(h.nounPhrase(k[0], 0)) + " " + hw.participle(base) + h.passiveCharge(n, base) + h.place()
	}
	if object == "" && purpose == "" && len(tail) == 0 && !passive && h.consents(inLemma) {
		if x := h.issue(n, inLemma); strings.HasPrefix(x, "to ") {
			tail = append(tail, x) // "Russia agreed to a probe": "agrees to probe", never "reaches agreement"
		}
	}
	if object == "" && purpose == "" && len(tail) == 0 && !passive {
		if x := h.sideTakenPhrase(n); x != "" {
			tail = append(tail, x) // "ruled in favor of the referendum": "rules in favor of referendum", never "Court rules"
		}
	}
	// an actor a preposition attaches ("clashed with Israeli troops",
	// "expelled Zelensky from the White House")
	for _, c := range d.kids(n, func(r string) bool { return baseRel(r) == "obl" && r != "obl:tmod" && r != "obl:agent" }) {
		cw := d.caseWord(c)
		if c == sought || !complementCases[cw] || hasCase(d, c, "according") || c > n && commaBetween(d, n, c) ||
			cw == "with" && hw.Types[h.m.Type].Thing || cw == "to" && h.m.Type != Visit && h.s.postedAt(c) {
			// "according to the Bank of China" says who tells it; a
			// phrase past a comma is another clause's the parse hangs
			// on the verb ("left Libya, after talks with officials from
			// Uganda"); a move of a thing has no side it moves with
			// ("shares fell with the index falling 5 points"); an envoy's
			// post is his title's ("the ambassador to Ecuador")
			continue
		}
		if text, ok := h.actorPhrase(c); ok {
			text = cmpOr(h.thingOfActor(c), text) // "escaped from a US detention center", never "from United States"
			tail = append(tail, cw+" "+text)
			if purpose == "" && object == "" && !passive {
				purpose = h.bareInfinitive(n) // "called on Russians to unite"
				if purpose == "" && (h.m.Type == Appeal || h.m.Type == Demand) {
					purpose = h.plainInfinitive(n) // "appealed to the states to respect each other"
				}
			}
			break
		}
	}
	if object == "" && purpose == "" && len(tail) == 0 && !passive && (hw.leaveVerbs[base] || hw.officeVerbs[base]) {
		if x := h.postLeft(n); x != "" && (hw.leaveVerbs[base] || strings.HasPrefix(x, "as ")) {
			tail = append(tail, x) // "resigned as premier": "resigns as premier"; "takes office as president"
		}
	}
	if c := h.askedOn(n); c != noNode && object == "" && len(tail) == 0 && !passive {
		// "called on the unions to end the strike": those asked, no
		// actor, before what they are asked to do
		if text, _ := h.phrase(c, false); text != "" {
			tail = append(tail, d.caseWord(c)+" "+text)
			if purpose == "" {
				purpose = cmpOr(h.bareInfinitive(n), h.plainInfinitive(n))
			}
		}
	}
	if object == "" && purpose == "" && len(tail) == 0 && !passive && hw.symmetricVerbs[base] {
		// "met with senior military commanders": the other side a
		// common noun names
		for _, c := range d.kids(n, is("obl")) {
			if d.caseWord(c) != "with" || d.w(c).UPOS != "NOUN" || !hw.personEnding(strings.ToLower(d.w(c).Form)) || h.absolute(c) {
				continue // "met with both leaders expressing hope": no other side
			}
			if text, _ := h.phrase(c, false); text != "" {
				tail = append(tail, "with "+text)
				break
			}
		}
	}
	if object == "" && purpose == "" && len(tail) == 0 && !passive && h.m.Type == Meeting {
		// "held talks with senior officials": the other side the
		// trigger's own object names
		for _, o := range d.kids(n, is("obj")) {
			if x := h.otherSide(o); inLemma[strings.ToLower(d.w(o).Form)] && x != "" {
				tail = append(tail, "with "+x)
			}
			break
		}
	}
	if object != "" && purpose == "" && len(tail) == 0 && !passive && subj != "" && (h.m.Type == Statement || h.m.Type == Threaten) {
		// "warned Russia that oil prices would rise", "told reporters
		// that ...": whom it is said to, and what is said ("Japan warns
		// Russia oil prices would rise"), never the bare "warns Russia";
		// an object that tells it already ("expressed regret that ...")
		// is left as it is
		for _, x := range d.kids(n, is("ccomp")) {
			if !hasMark(d, x, "that") || x < n {
				break // checked first: saidClause marks the actors it names
			}
			if r := h.saidClause(x, true); r != "" && !strings.Contains(object, r) {
				return capitalize(subj) + " " + hw.present(cmpOr(h.verbBase(n), base), plural) + " " + object + " " + r + h.place()
			}
			break
		}
		verb := hw.present(cmpOr(h.verbBase(n), base), plural)
		if r := h.plainReported(n, maxTitleChars-len(subj)-len(verb)-len(object)-3); r != "" && h.m.Type == Statement && hw.addresseeVerbs[h.verbBase(n)] && !strings.Contains(r, subj) && !strings.Contains(object, r) {
			// what is said to whom (addressee_verbs) in the clause's own
			// words, when the rules of saidClause could not tell it
			// (headplain.go): "told US television that ...", never the
			// bare "says US television"
			return capitalize(subj) + " " + verb + " " + object + " " + r
		}
	}
	if object != "" && purpose == "" && len(tail) == 0 && !passive && subj != "" && hw.VerbAlone[base] != "" && (h.m.Type == Statement || h.m.Type == Threaten) {
		// "warned Ukraine of grave consequences": whom it warns, and of
		// what ("Kremlin warns Ukraine of grave consequences"), never
		// the bare "warns Ukraine"
		if t := h.warnedOf(n); t != "" && !strings.Contains(object, t) {
			tail = append(tail, t)
		}
	}
	if object == "" && len(tail) == 0 && subj != "" {
		if to, inf := h.appealedTo(n); to != "" {
			// "appealed to the international community to back him":
			// those appealed to, and what they are asked to do
			object, purpose = to, cmpOr(purpose, inf)
		}
	}
	if object == "" && purpose == "" && len(tail) == 0 {
		h.saidBy = subj
		if r := h.reportedClause(n); r != "" && subj != "" {
			// "warned that insurgents will step up their attacks",
			// "pledged that his government will take up its
			// responsibilities": what is said, with its modal
			return capitalize(subj) + " " + hw.present(base, plural) + " " + r + h.place()
		}
		if q := h.quotation(n); q != "" && subj != "" {
			// "'I am not afraid,' Saddam vowed": "Saddam: 'I am not
			// afraid'", as headlines quote
			return capitalize(subj) + ": " + q
		}
		alone := hw.VerbAlone[base] // "warned": "issues warning"
		if t := h.topic(n); alone != "" && subj != "" && t != "" {
			return capitalize(subj) + " " + hw.present(base, plural) + " " + t + h.placeBeyond(t) // "warns against excessive euphoria"
		}
		if p := hw.SaidOf[base]; len(p) > 0 && subj != "" {
			if t := h.topicWith(n, set(p...)); t != "" {
				// "hinted at changes to the electoral calendar": what a
				// verb of saying alludes to, with its own preposition
				return capitalize(subj) + " " + hw.present(base, plural) + " " + t + h.placeBeyond(t)
			}
		}
		if r := h.plainReported(n, maxTitleChars-len(subj)-len(" says ")); h.m.Type == Statement && subj != "" && !strings.Contains(r, subj) {
			// what a statement reports, in the clause's own words when
			// the rules of saidClause could not tell it (headplain.go),
			// never the bare "issues statement"; a clause naming the
			// speaker is no speaker's own word ("X asked ..., sources
			// said" told as X's); with the speaker's short name when
			// the full one leaves too little room for it
			if short := h.shortReported(n, subj, base, plural, r); short != "" {
				return short
			}
			if r != "" {
				return capitalize(subj) + " " + hw.present(base, plural) + " " + r
			}
			if r := h.plainReported(n, maxSaidChars-len(subj)-len(" says ")); r != "" && !strings.Contains(r, subj) {
				return capitalize(subj) + " " + hw.present(base, plural) + " " + r // longer than maxTitleChars, never the bare "issues statement"
			}
		}
		if alone != "" && subj != "" && len(d.kids(n, is("ccomp", "xcomp"))) > 0 {
			return capitalize(subj) + " " + hw.present(alone, plural) + h.place()
		}
		if adj := h.predicateAdjective(n); adj != "" && subj != "" {
			// "closed 0.8 percent higher", "closed unchanged at 23,000
			// won": the verb with the state it ends in
			return capitalize(subj) + " " + hw.present(base, plural) + " " + adj + h.place()
		}
		if cs := d.kids(n, is("ccomp", "xcomp")); len(cs) > 0 && (!hw.Types[h.m.Type].Thing || slices.ContainsFunc(cs, func(c node) bool { return d.w(c).UPOS == "ADJ" })) || h.m.Type == Statement && alone == "" {
			// "vowed that ...": the bare verb reads truncated; a thing
			// that moves takes no content clause ("prices dropped owing
			// to the weather", "rebounded after the government was
			// forced to ...": "Prices drop"), but the state it ends in
			// that predicateAdjective could not say leaves it bare
			// ("ended lower on Monday in thin trading": never "Stocks
			// end")
			return h.typePhrase(subj, plural)
		}
		if object = h.others(Target); object != "" {
			if cw := h.targetCase(n); cw != "" {
				object = cw + " " + object    // "calls on the Lebanese people": "calls on Lebanon"
				purpose = h.bareInfinitive(n) // "to unite": what it calls on them to do
			} else if g := h.chargeClause(n); g != "" {
				object += " " + g // "accused him of leaning on a weak cabinet", him the target named before
			}
		} else if c := h.soughtFor(n); c != noNode {
			object = "for " + h.soughtPhrase(c) // "called for unity": "calls for unity"
		} else if g := h.soughtGerund(n); g != "" {
			object = "for " + g // "called for building more schools": "calls for building schools"
		} else if alone != "" && subj != "" {
			return capitalize(subj) + " " + hw.present(alone, plural) + h.place()
		}
	}
	// the counterpart is the object of a one-word verb ("met Kim": "meets
	// Kim"); a verb with its own noun takes it with "with" ("held talks
	// with Chernomyrdin": "holds talks with Chernomyrdin")
	if object != "" {
		h.toldBefore(saidObject) // "rejected a French plan": no "with France" after
	}
	side := h.sideCase(n) // before others marks the counterparts named
	if rest := h.others(Counterpart, Recipient); rest != "" && !(hostile[h.m.Type] && object != "") && !(hw.chargeVerbs[h.verbBase(n)] && object != "" && h.hasRole(Target)) {
		// a hostile act done to its object has no side it is done with
		// ("seized a craft belonging to the Navy": no "with Navy"), nor
		// has a charge against a party it targets (the side a charge
		// names is in what the party is charged with: "accused X of
		// selling arms to Syria", never "accuses X with Syria"; but
		// "criticized the growing ties between X and Y", a thing, keeps
		// them: "criticizes growing ties with X and Y")
		// after an object, the side takes the preposition the sentence
		// gives it, else goes unnamed (headside.go: "recalled its
		// ambassador to Oslo", never "recalls ambassador with Norway")
		prep := hw.Types[h.m.Type].Prep
		if object != "" {
			prep = side
		}
		switch {
		case object != "" && prep == "":
		case object == "" && prep == "" && !prepLast && !strings.Contains(base, " "):
			object = rest
		default:
			tail = append(tail, strings.TrimSpace(cmpOr(prep, "with")+" "+rest))
		}
	}
	if object == "" && purpose == "" && len(tail) == 0 && !passive {
		if q := cmpOr(h.measure(n), h.figureOnDay(n), h.bareFigure(n)); q != "" {
			tail = append(tail, q) // "closed at 1,114.92 points", "rose to 9 percent", "fell 1.6 percent"
		}
	}
	verb := base
	first := strings.Fields(base)[0]
	symmetric := h.m.Type == Meeting || hw.symmetricVerbs[first]
	if h.bodyMeets(n, base, object+purpose, tail, passive) {
		// "the party's think-tank met late Tuesday": a body meets, as
		// headlines say ("Party's think-tank meets")
		return capitalize(subj) + " " + hw.present(base, false) + h.place()
	}
	// a verb whose lemma names its own object ("took office", "took
	// effect") needs none more; talks held still need a side an actor
	// names (the subject a clause climbs to is too unsure)
	ownObject := !symmetric && len(lemmaWords) > 1 && slices.ContainsFunc(d.kids(n, is("obj")), func(o node) bool { return inLemma[strings.ToLower(d.w(o).Form)] })
	if prepLast && len(tail) == 0 && object == "" || object == "" && purpose == "" && (hw.needsObject[first] && !ownObject || (symmetric && !plural || h.m.Type == Visit && !hw.noObject[base]) && len(tail) == 0) {
		tw := hw.Types[h.m.Type]
		verb = tw.Alone
		if strings.Contains(tw.Verb, " ") && first == strings.Fields(tw.Verb)[0] {
			verb = tw.Verb // "signed" alone: "signs agreement", "deploys forces to Russia"
		} else if symmetric {
			// the other side stays: "discussed with Trump" → "holds
			// talks with Trump"
			tail = slices.DeleteFunc(tail, func(x string) bool { return !strings.HasPrefix(x, "with ") })
		} else {
			tail = nil
		}
		if verb == "" || len(h.agents) == 0 {
			return "" // a subject no actor names is too unsure an agent
		}
	}
	if verb == base && object == "" && purpose == "" && len(tail) == 0 && !passive {
		if x := h.issue(n, inLemma); x != "" {
			tail = append(tail, x) // "agreed on a security report": "agree on security report"
		}
	}
	if pronObject && verb == base && object == "" && purpose == "" && len(tail) == 0 {
		// "the champions beat them", "the minister praised him", the
		// pronoun no actor of the event resolves: the type's phrase
		// ("Champions win", "Minister voices praise"), never the verb
		// cut short of its object ("Minister praises")
		if x := h.typePhrase(subj, plural); x != "" {
			return x
		}
	}
	if verb == base {
		verb += h.particle(n, inLemma) // "closed down 1.2 percent": "close down", never "close"
	}
	out := capitalize(subj) + " " + hw.present(verb, plural)
	if first, rest, ok := strings.Cut(verb, " "); ok && object != "" && hw.objectFirst[verb] {
		// "take women hostage", not "take hostage women"
		out = capitalize(subj) + " " + hw.present(first, plural) + " " + object + " " + rest
		object = ""
		h.object = true
	}
	if object != "" {
		out += " " + object
		h.object = true
		if h.m.Type == SportResult && !passive {
			if score := h.verbScore(n); score != "" {
				out += " " + score // "beat Udinese 4-3": "beats Udinese 4-3" (headsport.go)
			}
		}
	}
	for _, x := range tail {
		if repeatsObject(x, object) {
			continue // "meets Ali Khamenei with Ayatollah Ali Khamenei": said once
		}
		out += " " + x
	}
	out += h.neededPhrase(t, n, base)
	if purpose != "" {
		out += " " + purpose
	}
	return out + h.place()
}

// commaParticiple reports whether the verb at n is a past participle set
// off by a comma right after its subject, with no auxiliary and no
// object ("The summit, postponed twice, was declared open", parsed with
// "postponed" as the verb of "summit"): a reduced passive, its subject its
// patient ("Summit postponed"), never the active "Summit postpones".
func (h *head) commaParticiple(n node) bool {
	d := h.s.tr
	if n < 2 || d.w(n).XPOS != "VBN" || d.w(n-1).Form != "," || len(d.kids(n, is("aux", "aux:pass", "obj", "ccomp", "xcomp"))) > 0 {
		return false
	}
	for _, c := range d.kids(n, is("nsubj")) {
		return c < n && d.within(n-1, c) // the comma closes the subject's phrase
	}
	return false
}

// neededPhrase returns, for a verb of needs_complement (base), the phrase
// after the verb at n headed by a word of its trigger entry's needs, with
// its preposition and a leading space ("placed on high alert": " on high
// alert"); "" for any other verb or when there is none.
func (h *head) neededPhrase(t *trigger, n node, base string) string {
	d := h.s.tr
	if !theHeadWords.needsComp[base] || len(t.e.Needs) == 0 {
		return ""
	}
	for _, c := range d.kids(n, is("obl")) {
		cw := d.caseWord(c)
		if cw == "" || c < n {
			continue
		}
		for _, w := range t.e.Needs {
			if h.s.d.hasLemma(strings.ToLower(d.w(c).Form), w) {
				return " " + cw + " " + h.nounPhrase(c, 0)
			}
		}
	}
	return ""
}

// bodyMeets reports whether the verb "meet" at n with nothing after it
// has as its own subject a singular common noun no actor names, a body
// ("the committee met", "the party's think-tank met"), which meets alone;
// a person or a state alone would read cut ("Putin meets").
func (h *head) bodyMeets(n node, base, said string, tail []string, passive bool) bool {
	d := h.s.tr
	if base != "meet" || said != "" || len(tail) > 0 || passive || len(h.agents) > 0 || h.m.Type != Meeting {
		return false
	}
	for _, c := range d.kids(n, is("nsubj")) {
		w := d.w(c)
		return w.UPOS == "NOUN" && !pluralWord(w) && !pluralNoun(w.Form) && !h.isActorWord(c) && !h.namesPeople(c) && len(d.kids(c, is("conj"))) == 0
	}
	return false
}

// byAgent returns the headline of the participle at n that modifies the
// noun at hd when its by-phrase names the mention's agent, said active
// ("in defiance of the sanctions agreed by the UN Security Council" →
// "UN Security Council agrees sanctions"), or "": the noun is what the
// agent acts on, never the doer nor the noun it belongs to ("Defiance of
// sanctions agreed").
func (h *head) byAgent(n, hd node, base string) string {
	d := h.s.tr
	for _, c := range d.kids(n, is("obl:agent")) {
		if d.caseWord(c) != "by" {
			continue
		}
		if !h.namesAgent(c) {
			if out := h.commonAgent(c, hd, base); out != "" {
				return out
			}
			continue
		}
		subj, plural := h.byAgents(c)
		obj, _ := h.phrase(hd, false)
		if subj == "" || obj == "" {
			return ""
		}
		return capitalize(subj) + " " + theHeadWords.present(base, plural) + " " + obj + h.place()
	}
	return ""
}

// byAgents returns the names of the mention's agents the phrase at c
// names, joined, and whether they are more than one or a group: the
// agents of a by-phrase, never another the mention holds ("a bill
// approved by Peru's Congress": never "Chile and Congress approve").
func (h *head) byAgents(c node) (string, bool) {
	named := map[string]bool{}
	for _, q := range h.s.phraseActors(c, false) {
		named[h.s.actor(q).ActorID] = true
	}
	var names []string
	group := false
	for _, p := range h.m.Participants {
		if p.Role == Agent && named[p.ActorID] {
			name := h.s.name(p.ActorID)
			names = append(names, name)
			group = groupName(p.ActorID, name)
		}
	}
	return joinNames(names), len(names) > 1 || group
}

// particle returns the particles of the verb at n its lemma lacks, each
// with a space before it ("closed down 1.2 percent" → " down", "went up
// 40 points" → " up"): without it the headline loses the verb's sense or
// direction. A particle stands right after its verb or after the verb's
// object; one after another phrase of the verb belongs to that phrase's
// idiom, misread ("won 34 seats out of 164 up for grabs": no "wins up").
func (h *head) particle(n node, inLemma map[string]bool) string {
	d := h.s.tr
	out := ""
	objs := d.kids(n, is("obj"))
	for _, p := range d.kids(n, is("compound:prt")) {
		between := func(k node) bool { return k > n && k < p }
		inObject := func(k node) bool { return slices.ContainsFunc(objs, func(o node) bool { return d.within(k, o) }) }
		stray := false
		for k := n + 1; k < p; k++ {
			if !inObject(k) && between(k) && d.w(k).UPOS != "ADV" {
				stray = true // "won 34 seats out of 164 up": "out of 164" stands between
			}
		}
		if f := strings.ToLower(d.w(p).Form); !inLemma[f] && !stray {
			out += " " + f
		}
	}
	if p := n + 1; int(p) < len(d.words) && d.rel(p) == "advmod" {
		// "shot down 25 drones" with "down" read as an adverb of the
		// verb or of its object: a particle right after its verb, with
		// the object after it
		hd, _ := d.head(p)
		f := strings.ToLower(d.w(p).Form)
		onObject := slices.ContainsFunc(objs, func(o node) bool { return o > p && (hd == n || d.within(hd, o)) })
		if theHeadWords.advParticles[f] && !inLemma[f] && onObject {
			out += " " + f
		}
	}
	return out
}

// predicateAdjective returns the adjective complement of the verb at n
// that tells the state it ends in, with the figure before it and the
// figure the verb reaches ("closed 0.8 percent higher" → "0.8 percent
// higher", "closed unchanged at 23,000 won" → "unchanged at 23,000 won"),
// or "": an adjective with no clause or complement of its own.
func (h *head) predicateAdjective(n node) string {
	d := h.s.tr
	adjs := d.kids(n, is("xcomp"))
	for _, a := range d.kids(n, is("advmod")) {
		if a > n && d.w(a).UPOS == "ADJ" && d.w(a).XPOS == "JJR" {
			adjs = append(adjs, a) // "ended lower" parsed as an adverb
		}
	}
	for _, c := range d.kids(n, func(r string) bool { return baseRel(r) == "obl" || r == "obj" }) {
		if h.isTime(c) {
			// "closed 0.8 percent higher Tuesday" parsed with "higher" on
			// the day, the day an oblique or an object ("ended higher
			// Friday")
			for _, a := range d.kids(c, is("amod")) {
				if a == c-1 && d.w(a).XPOS == "JJR" {
					adjs = append(adjs, a)
				}
			}
		}
	}
	for _, x := range adjs {
		w := d.w(x)
		if w.UPOS != "ADJ" || len(d.kids(x, is("mark", "cop", "ccomp", "xcomp", "nsubj"))) > 0 || x < n || h.measure(x) != h.obliques(x) {
			continue
		}
		out := strings.ToLower(w.Form)
		for _, c := range d.kids(n, func(r string) bool { return baseRel(r) == "obl" || r == "obj" }) {
			// the figure the parse hangs on the verb, right before the
			// adjective: "0.8 percent"
			if c > n && c < x && d.caseWord(c) == "" && (d.w(c).UPOS == "NUM" || len(d.kids(c, is("nummod"))) > 0) && !h.isTime(c) {
				out = h.nounPhrase(c, 0) + " " + out
				break
			}
		}
		for _, c := range d.kids(x, is("obl:npmod", "obl:unmarked", "nmod:npmod")) {
			if d.w(c).UPOS == "NUM" || len(d.kids(c, is("nummod"))) > 0 {
				out = h.nounPhrase(c, 0) + " " + out
				break
			}
		}
		if q := cmpOr(h.measure(x), h.measure(n)); q != "" {
			out += " " + q
		}
		return out
	}
	return ""
}

// obliques returns the first oblique of the word at x a preposition
// marks, with it, as measure gives it, or "": an adjective whose only such
// oblique is a figure ("unchanged at 23,000 won") tells a state. An
// oblique of where (whereOblique) or a "with" phrase of what came with it
// ("with the index rising") is passed over.
func (h *head) obliques(x node) string {
	d := h.s.tr
	for _, c := range d.kids(x, func(r string) bool { return baseRel(r) == "obl" && r != "obl:tmod" && r != "obl:agent" }) {
		if h.whereOblique(c) || d.caseWord(c) == "with" && (len(d.kids(c, is("acl"))) > 0 || slices.ContainsFunc(d.kids(x, is("advcl")), func(v node) bool { return v > c })) {
			// "ended lower on the Frankfurt market", "closed higher
			// with the index rising" (the participle the noun's, or the
			// adjective's after it): where and what came with it, no
			// complement
			continue
		}
		if cw := d.caseWord(c); cw != "" && !h.isTime(c) {
			return cw + " " + h.nounPhrase(c, 0)
		}
	}
	return ""
}

// whereOblique reports whether the oblique at c says where: an "in",
// "on" or "at" phrase of a name or of a place-like noun ("on the
// Frankfurt market", "in Singapore"), never of a figure.
func (h *head) whereOblique(c node) bool {
	d := h.s.tr
	if cw := d.caseWord(c); cw != "in" && cw != "on" && cw != "at" || h.isTime(c) || d.w(c).UPOS == "NUM" || len(d.kids(c, is("nummod"))) > 0 {
		return false
	}
	return d.w(c).UPOS == "PROPN" || d.w(c).UPOS == "NOUN" && placeLikeNoun(strings.ToLower(d.w(c).Form))
}

// bareFigure returns the figure a verb with no object at n moves by that
// the parse gives no measure preposition: a counted noun it takes bare
// ("fell 1.6 percent in October" → "1.6 percent"), the figure of a rate
// it goes at ("grew at an annual rate of 2.7 percent", "at a 2.0 percent
// rate" → "2.7 percent", "2.0 percent") or the figure a "to as high as"
// phrase reaches ("climbed to as high as 125.85 yen" → "to 125.85 yen");
// "" for none, a time ("10 minutes") or a type no thing moves in (type
// words' thing).
func (h *head) bareFigure(n node) string {
	d := h.s.tr
	if !theHeadWords.Types[h.m.Type].Thing {
		return "" // "met 14 times": a count of times, no move
	}
	counted := func(c node) bool {
		return d.w(c).UPOS == "NOUN" && len(d.kids(c, is("nummod"))) > 0 && !h.timeLike(c)
	}
	for _, c := range d.kids(n, is("obl:unmarked", "obl:npmod", "obj")) {
		if c > n && counted(c) && !commaBetween(d, n, c) {
			return h.nounPhrase(c, 0)
		}
	}
	for _, c := range d.kids(n, is("obl")) {
		switch cw, lw := d.caseWord(c), strings.ToLower(d.w(c).Form); {
		case cw == "at" && lw == "rate":
			for _, k := range d.kids(c, is("nmod", "compound")) {
				if counted(k) && (d.rel(k) == "compound" || d.caseWord(k) == "of") {
					return h.nounPhrase(k, 0)
				}
			}
		case cw == "to" && d.w(c).UPOS == "ADJ":
			for _, k := range d.kids(c, is("obl")) {
				if d.caseWord(k) == "as" && counted(k) {
					return "to " + h.nounPhrase(k, 0)
				}
			}
		}
	}
	return ""
}

// measureCases are the prepositions of a figure a verb with no object
// reaches or moves by ("closed at 1,114.92 points", "rose to 9 percent").
var measureCases = set("at", "to", "by")

// figureOnDay returns the figure with no preposition the parse hangs on
// the day of the verb at n ("closed up 0.31 percent Wednesday" parsed with
// "0.31 percent" on "Wednesday" → "0.31 percent"), or "".
func (h *head) figureOnDay(n node) string {
	d := h.s.tr
	for _, c := range d.kids(n, func(r string) bool { return baseRel(r) == "obl" }) {
		if !h.timeLike(c) {
			continue // a day the time tagger may miss ("four percent Monday" read as one phrase) is a day all the same
		}
		for _, k := range d.kids(c, func(r string) bool { return baseRel(r) == "nmod" }) {
			if k < c && d.caseWord(k) == "" && len(d.kids(k, is("nummod"))) > 0 && !h.isTime(k) {
				return h.nounPhrase(k, 0)
			}
		}
	}
	return ""
}

// measure returns the first oblique of the verb at n that gives a figure
// with one of measureCases (" at 1,114.92 points" → "at 1,114.92
// points"), or "": a headline of a verb with no object says where it went.
// A figure the parse takes for an agent ("fell by 14 rupees" parsed as
// obl:agent) is such an oblique too: no figure does a deed.
func (h *head) measure(n node) string {
	d := h.s.tr
	for _, c := range d.kids(n, func(r string) bool { return baseRel(r) == "obl" && r != "obl:tmod" }) {
		cw := d.caseWord(c)
		if !measureCases[cw] || h.isTime(c) || d.rel(c) == "obl:agent" && cw != "by" {
			continue
		}
		if d.w(c).UPOS == "NUM" || len(d.kids(c, is("nummod"))) > 0 {
			return cw + " " + h.nounPhrase(c, 0)
		}
	}
	return ""
}

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
		// "after their match on Tuesday was postponed" parsed as "after
		// their match" and a clause with no subject: the phrase the
		// connector opens before it is its subject
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

// postLeft returns the post or body a verb of leaving at n leaves
// (leave_verbs), with its preposition: its first "as" or "from" oblique
// after it, before any comma ("resigned as prime minister at the weekend"
// → "as prime minister", "quit from the cabinet" → "from cabinet"), a
// post with the country that owns it ("as India's prime minister"); ""
// for none, a time, a vague noun or a bare noun only the subject's own
// ("from his post").
func (h *head) postLeft(n node) string {
	d := h.s.tr
	for _, c := range d.kids(n, is("obl")) {
		cw := d.caseWord(c)
		if c < n || cw != "as" && cw != "from" || !d.nominal(c) || h.isTime(c) || h.timeLike(c) || commaBetween(d, n, c) {
			continue
		}
		if text, ok := h.actorPhrase(c); ok && cw == "from" {
			return cw + " " + text // a body, by its name; a post is no actor ("as Congress president")
		}
		own := slices.ContainsFunc(d.kids(c, is("nmod:poss")), func(k node) bool { return d.w(k).UPOS == "PRON" })
		if text := h.nounPhrase(c, 0); text != "" && !theHeadWords.vague[text] && !(own && !strings.Contains(text, " ")) {
			// "stepped down from his post": the post is only the
			// subject's own, which says nothing
			if owner := h.possessorName(c); cw == "as" && owner != "" {
				text = possessive(owner) + " " + text // "as India's prime minister": whose post
			}
			return cw + " " + text
		}
		return ""
	}
	return ""
}

// postGiven returns, with a leading space, the post or the body a verb
// of choosing at n (base, post_verbs) gives its patient: its "as" phrase
// of a singular noun with no "a" or "an", said without "as" ("elected as
// president in 2004" → " president"), else its "to" phrase (bodyJoined:
// "promoted to brigadier-general" → " to brigadier-general"); "" for any
// other verb or none ("named as conspirators", "as a reward": no post).
// A headline of the bare participle ("Colonel promoted") loses what the
// patient becomes.
func (h *head) postGiven(n node, base string) string {
	d := h.s.tr
	if !theHeadWords.postVerbs[base] {
		return ""
	}
	for _, c := range d.kids(n, is("obl")) {
		if d.caseWord(c) != "as" || d.w(c).UPOS != "NOUN" || h.isTime(c) || pluralWord(d.w(c)) ||
			slices.ContainsFunc(d.kids(c, is("det")), func(k node) bool { w := strings.ToLower(d.w(k).Form); return w == "a" || w == "an" }) {
			continue
		}
		return " " + h.nounPhrase(c, 0)
	}
	return h.bodyJoined(n) // "elected to the Bundestag": "Schroeder elected to Bundestag"
}

// bodyJoined returns the body a verb of choosing at n (post_verbs) puts
// its patient in, its first "to" oblique after it, before any comma, with
// a space and its preposition ("was elected to the Bundestag in 1980" →
// " to Bundestag"); "" for none, a time or a vague noun. A noun of a post
// in general (post_nouns) says the post its "of" phrase names, when it
// has one.
func (h *head) bodyJoined(n node) string {
	d := h.s.tr
	for _, c := range d.kids(n, is("obl")) {
		if c < n || d.caseWord(c) != "to" || !d.nominal(c) || h.isTime(c) || h.timeLike(c) || commaBetween(d, n, c) {
			continue
		}
		if theHeadWords.postNouns[strings.ToLower(d.w(c).Form)] {
			// "promoted to the post of deputy governor": the post its
			// "of" phrase names
			for _, k := range d.kids(c, is("nmod")) {
				if d.caseWord(k) == "of" && d.w(k).UPOS == "NOUN" && !h.isTime(k) {
					return " to " + h.nounPhrase(k, 0)
				}
			}
		}
		if text, ok := h.actorPhrase(c); ok && h.isActorWord(c) {
			return " to " + text // not the party of "the Central Committee of the party"
		}
		if text := h.nounPhrase(c, 0); text != "" && !theHeadWords.vague[text] {
			return " to " + text
		}
		return ""
	}
	return ""
}

// adjectivePredicate returns the adjective or participle the verb at x
// says its object at c ends in, a word of its own right after the
// object's phrase ("to keep the port open", "to keep the borders
// closed"); else noNode.
func adjectivePredicate(d *tree, x, c node) node {
	for _, a := range d.kids(x, is("xcomp")) {
		w := d.w(a)
		if a > c && (w.UPOS == "ADJ" || w.UPOS == "VERB" && (participleWord(w) || strings.HasSuffix(strings.ToLower(w.Form), "ed"))) &&
			len(d.children[a]) == 0 && !commaBetween(d, c, a) && d.within(a-1, c) {
			return a
		}
	}
	return noNode
}

// titledOblique returns the oblique of the verb at x whose title or noun
// for a person right before the name at o makes one phrase with it, the parse taking
// the name for the verb's object ("to turn against Palestinian president
// Mahmud Abbas": "against" with Abbas); else noNode.
func titledOblique(d *tree, x, o node) node {
	start := o
	for k := o - 1; k > x && d.within(k, o); k-- {
		start = k
	}
	for _, c := range d.kids(x, is("obl")) {
		if lw := strings.ToLower(d.w(c).Form); c == start-1 && c > x && (titles[lw] || theHeadWords.personEnding(lw)) && d.caseWord(c) != "" {
			return c
		}
	}
	return noNode
}

// whClause reports whether the clause at x opens with a wh-word ("how
// Arabs should overcome their differences"): a question it asks, which no
// headline reports as said.
func whClause(d *tree, x node) bool {
	start := x
	for k := x - 1; k >= 1 && d.within(k, x); k-- {
		start = k
	}
	switch strings.ToLower(d.w(start).Form) {
	case "how", "why", "whether", "what", "when", "where", "who", "which", "if":
		return true
	}
	return false
}

// activeLabelPassive returns the subject the parse labels active on a
// verb at n that is passive all the same, with its passive auxiliary and
// its by-phrase and no object ("its government has since been boycotted
// by Israel", "since" read as a subordinator): the verb's patient; else
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
// or object: the verb's patient ("3,276 prisoners were executed and 4,165
// sentenced to death": "4,165 sentenced", never "4,165 sentence"); else
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

// chargeMarks are the prepositions of a gerund clause that tells what a
// verb's object is accused of, blamed for or charged with.
var chargeMarks = set("of", "for", "with")

// chargeClause returns the gerund clause, with its preposition, that the
// object of a verb of charging at n (data/headlines.yaml charge_verbs) is
// said to do ("accused the opposition of working with the United States"
// → "of working with United States"), hung on the verb or on its object:
// the gerund with its object or its first oblique; else "".
func (h *head) chargeClause(n node) string {
	d := h.s.tr
	var clauses []node
	if !theHeadWords.chargeVerbs[h.verbBase(n)] {
		return "" // "hailed the decision of selecting Khartoum": no one is charged
	}
	for _, o := range d.kids(n, is("obj")) {
		if lo := strings.ToLower(d.w(o).Form); !h.s.eventNoun(lo) && !theHeadWords.aimNouns[lo] {
			// (an act's own clause says what it is: "hailed the
			// decision of selecting the capital")
			clauses = append(clauses, d.kids(o, is("acl"))...)
		}
		for _, k := range d.kids(o, is("nmod", "acl", "advcl", "conj")) {
			// "accused the inquiry of being a ploy", "of being
			// biased": a predicate with "being" says the charge, a
			// noun's phrase or the adjective or participle itself
			being := func(c node) bool { return strings.EqualFold(d.w(c).Form, "being") }
			if !chargeMarks[d.markWord(k)] || !slices.ContainsFunc(d.kids(k, is("cop", "aux:pass")), being) {
				continue
			}
			switch w := d.w(k); {
			case w.UPOS == "NOUN":
				if text := h.nounPhrase(k, 0); text != "" && !theHeadWords.vague[text] {
					return d.markWord(k) + " being " + text
				}
			case w.UPOS == "ADJ" || w.UPOS == "VERB" && participleWord(w):
				return d.markWord(k) + " being " + strings.ToLower(w.Form)
			}
		}
	}
	clauses = append(clauses, d.kids(n, is("advcl"))...)
	for _, c := range d.kids(n, is("obl:agent", "obl")) {
		// "had been accused by the president of selling arms", the
		// charge parsed as a clause of the agent's name, or of the
		// people charged too ("accused with three other politicians of
		// taking bribes")
		if d.rel(c) == "obl" && (d.caseWord(c) != "with" || !h.namesPeople(c) && !h.counted(c)) {
			continue
		}
		clauses = append(clauses, d.kids(c, is("acl"))...)
	}
	if objs := d.kids(n, is("obj")); len(objs) > 0 {
		for _, c := range d.kids(n, is("obl")) {
			// "accused the government for the first time of supporting
			// rebels": the charge the parse hangs on an oblique between
			// the object and it
			if c > objs[0] {
				clauses = append(clauses, d.kids(c, is("acl"))...)
			}
		}
		if text := h.chargeNoun(objs[0]); text != "" {
			return text
		}
	}
	for _, x := range clauses {
		mw, form := d.markWord(x), strings.ToLower(d.w(x).Form)
		if perfect := d.w(x).XPOS == "VBN" && slices.ContainsFunc(d.kids(x, is("aux")), func(a node) bool { return strings.EqualFold(d.w(a).Form, "having") }); perfect {
			form = "having " + form // "for having squandered the chance"
		}
		if !chargeMarks[mw] || d.w(x).UPOS != "VERB" || !strings.HasSuffix(form, "ing") && !strings.HasPrefix(form, "having ") {
			continue
		}
		form = negation(d, x) + form // "for not taking part": the negation is the charge's
		for _, p := range d.kids(x, is("compound:prt")) {
			if p == x+1 {
				form += " " + strings.ToLower(d.w(p).Form) // "of presiding over a cabinet": the verb's particle
			}
		}
		for _, o := range d.kids(x, is("obj")) {
			if slices.ContainsFunc(d.kids(x, is("obl")), func(c node) bool { return x < c && c < o }) {
				// "of agreeing to store a crate" parsed with "store" a
				// noun: an object past the gerund's oblique is not its
				// own ("of agreeing crate"); the charge goes unsaid
				return ""
			}
			if obj, _ := h.phrase(o, false); obj != "" && !h.isTime(o) {
				if cw := d.caseWord(o); cw != "" {
					obj = cw + " " + obj // "of presiding over a weak cabinet" parsed with the object keeping its preposition
				}
				return mw + " " + form + " " + obj
			}
			return ""
		}
		for _, c := range d.kids(x, is("obl")) {
			cw := d.caseWord(c)
			if cw == "" || h.isTime(c) || !d.nominal(c) || commaBetween(d, x, c) {
				continue // (never an aside: "for failing, in his words, to ...")
			}
			if p := x + 1; p < c && d.w(p).UPOS == "ADV" && (d.rel(p) == "advmod" || d.rel(p) == "compound:prt") {
				cw = strings.ToLower(d.w(p).Form) + " " + cw // "for going back on its word": the verb's particle
			}
			if text, ok := h.actorPhrase(c); ok {
				return mw + " " + form + " " + cw + " " + text
			}
			return mw + " " + form + " " + cw + " " + h.nounPhrase(c, 0)
		}
		if inf := h.infinitive(x); inf != "" {
			return mw + " " + form + " " + inf // "of trying to assassinate Haniya"
		}
		for _, y := range d.kids(x, is("xcomp")) {
			if hasMark(d, y, "to") && d.w(y).UPOS == "VERB" && (y+1 == node(len(d.words)) || clauseEnds[d.w(y+1).Form]) {
				// "of refusing to cooperate.": the infinitive alone ends
				// the clause, and says the charge
				return mw + " " + form + " " + toNegated(d, y) + strings.ToLower(d.w(y).Form)
			}
		}
		if len(d.kids(x, is("xcomp", "ccomp"))) > 0 || x+1 < node(len(d.words)) && strings.EqualFold(d.w(x+1).Form, "to") || form == "having" || form == "being" {
			// "of trying to 'burn' Turks" misparsed, "of agreeing to
			// store a box": a gerund whose complement the headline
			// cannot say reads cut ("accuses Germany of trying"); the
			// charge goes unsaid
			return ""
		}
		if int(x)+2 < len(d.words) && d.w(x+1).Form == "," && d.w(x+2).UPOS == "ADP" {
			// "for failing, in his words, to give ...": what the
			// gerund says comes after an aside the parse tears off;
			// the bare gerund reads cut
			return ""
		}
		return mw + " " + form
	}
	objs := d.kids(n, is("obj"))
	cands := d.kids(n, is("obl"))
	if len(objs) > 0 {
		// "blamed the bombing on rebels", "blamed the opposition for the
		// violence" parsed with the phrase on the object; an act's own
		// "for" phrase is what it is for ("the move for a new charter")
		lo := strings.ToLower(d.w(objs[0]).Form)
		act := h.s.eventNoun(lo) || theHeadWords.actionNoun(lo) || theHeadWords.Nouns[lo] != ""
		for _, k := range d.kids(objs[0], is("nmod")) {
			if cw := d.caseWord(k); cw == "on" || cw == "for" && !act {
				cands = append(cands, k)
			}
		}
	}
	for _, c := range cands {
		// "blamed rainy weather for the weak data", "blamed the attack,
		// which took place Wednesday, on terrorist groups": the phrase
		// the charge is for, or on whom it is laid
		if cw := d.caseWord(c); !chargeCases[cw] || len(objs) == 0 || !d.nominal(objs[0]) || c < objs[0] || h.isTime(c) || h.timeLike(c) || !d.nominal(c) ||
			theHeadWords.spanNouns[strings.ToLower(d.w(c).Form)] || h.strandedFrom(objs[0], c) {
			continue
		}
		if text, ok := h.actorPhrase(c); ok {
			return d.casePhrase(c) + " " + text
		}
		if text := h.nounPhrase(c, 0); text != "" && !theHeadWords.vague[text] {
			return d.casePhrase(c) + " " + text
		}
	}
	return ""
}

// strandedFrom reports whether a word of another phrase than the object
// at o and the oblique at c (nor an adverb, a time or punctuation: "praised
// the hospital here on Tuesday for ...") stands between them: the oblique is then no ground the verb gives for its
// object ("blasted the party as riddled with corruption": never "blasts
// party with corruption").
func (h *head) strandedFrom(o, c node) bool {
	d := h.s.tr
	v, _ := d.head(o)
	for k := o + 1; k < c; k++ {
		if w := d.w(k); w.UPOS != "PUNCT" && w.UPOS != "ADV" && !d.within(k, o) && !d.within(k, c) && !h.isTime(k) && !h.inTime(k, v) {
			return true
		}
	}
	return false
}

// chargeNoun returns the charge a named object at o is accused of, as
// the parse hangs it on the name ("accused Moscow of involvement in the
// murder" → "of involvement"): a common noun's phrase after "of", "for"
// or "with", a name taking no such phrase of its own; else "". A common
// noun's "of" phrase is its own ("the leader of the opposition").
func (h *head) chargeNoun(o node) string {
	d, hw := h.s.tr, theHeadWords
	lo := strings.ToLower(d.w(o).Form)
	if d.w(o).UPOS != "PROPN" && !(d.w(o).UPOS == "NOUN" && h.namesPeople(o) && (!titles[lo] || h.s.d.lemmaIn(lo, partyNouns)) && !hw.keepOf[lo] && hw.partCases[lo] == "") {
		return "" // (a common noun naming people or a body may be charged: "accused the ruling party of fraud"; a post's or a part's "of" phrase is its own)
	}
	for _, k := range d.kids(o, is("nmod")) {
		cw := d.caseWord(k)
		if k < o || !chargeMarks[cw] || d.w(k).UPOS != "NOUN" || h.isTime(k) || h.timeLike(k) || theHeadWords.personEnding(strings.ToLower(d.w(k).Form)) {
			continue
		}
		if text := h.nounPhrase(k, 0); text != "" && !theHeadWords.vague[text] {
			return cw + " " + text
		}
	}
	return ""
}

// clauseEnds are the punctuation marks that close a clause.
var clauseEnds = set(".", ",", ";", ":", "!", "?")

// chargeCases are the prepositions of a charge verb's oblique that says
// what the charge is for or on whom it is laid ("blamed X for Y", "blamed
// Y on X", "charged X with Y").
var chargeCases = set("for", "on", "with", "of")

// typePhrase returns the headline of a subject with its type's phrase
// ("Putin issues statement"), for a verb whose own words would read
// truncated; "" without a subject or a phrase.
func (h *head) typePhrase(subj string, plural bool) string {
	tw := theHeadWords.Types[h.m.Type]
	verb := cmpOr(tw.Alone, tw.Verb)
	if subj == "" || verb == "" {
		return ""
	}
	if h.s.contentPlaceAt(h.event, h.m) {
		return capitalize(subj) + " " + theHeadWords.present(verb, plural) // the place is what is said's
	}
	return capitalize(subj) + " " + theHeadWords.present(verb, plural) + h.place()
}

// infinitive returns the verb phrase a verb's complement clause gives it
// as its object: "vowed to give utmost attention", "discussed expanding
// cooperation", or with no object its first oblique: "vowed to push for
// closer cooperation"; "" when the clause has neither.
func (h *head) infinitive(n node) string {
	d := h.s.tr
	for _, x := range d.kids(n, is("xcomp", "advcl", "acl", "dep")) {
		w := d.w(x)
		gerund := d.particleGerund(x, n) // "ruled out sending troops" parsed as advcl or dep
		if d.rel(x) == "advcl" && !hasMark(d, x, "to") && !gerund || d.rel(x) == "dep" && !gerund {
			continue // "vowed ... to give" parsed as a purpose clause counts
		}
		if hasMark(d, x, "whether") {
			continue // "decided whether to press charges": nothing is decided, nor said, to be done
		}
		if d.rel(x) == "acl" && (!hasMark(d, x, "to") || !d.nominal(n)) {
			continue // "urged the organisation to set" parsed with the clause on the object
		}
		if w.UPOS == "ADJ" && hasMark(d, x, "to") && len(d.kids(x, is("cop"))) > 0 && len(d.kids(x, is("ccomp", "xcomp"))) == 0 {
			return toNegated(d, x) + "be " + strings.ToLower(w.Form) // "warned Kim to be careful"
		}
		if w.UPOS != "VERB" {
			return ""
		}
		if aim := h.aimOfEffort(x); aim != noNode {
			x, w = aim, d.w(aim) // "vowed to do everything possible to hunt down the killers"
		}
		var object string
		for _, c := range d.kids(x, is("obj")) {
			if u := d.w(c).UPOS; !h.isTime(c) && (u == "NOUN" || u == "PROPN" || u == "NUM") {
				object, _ = h.phrase(c, false)
				if t := titledOblique(d, x, c); t != noNode && object != "" {
					object = d.casePhrase(t) + " " + object // "to turn against president Abbas" parsed with Abbas the object
				}
				if object == "" && h.definiteThing(c) {
					// "urged the parties to spare the city": a vague
					// object alone says nothing, after its verb it says
					// what is asked
					object = h.nounPhrase(c, 0)
				}
				if p := h.smallPredicate(x, c); object != "" && p != noNode {
					object += " " + h.nounPhrase(p, 0) // "to make Darfur a priority"
				} else if a := adjectivePredicate(d, x, c); object != "" && a != noNode {
					object += " " + strings.ToLower(d.w(a).Form) // "to keep the port open"
				} else if object != "" {
					object += h.forPhrase(c) // "to support calls for the ouster of X"
					object += h.goalOblique(x, c)
				}
			}
			break
		}
		if object == "" && hasMark(d, x, "to") && len(d.kids(x, is("obj", "ccomp", "xcomp"))) == 0 {
			// no object: a "to" infinitive's first oblique with its
			// preposition ("vowed to push for closer cooperation", "to
			// bring about a permanent resolution"), not a time
			object = h.firstOblique(x)
		}
		if object == "" && hasMark(d, x, "to") && len(d.kids(x, is("obj"))) == 0 {
			object = h.catenated(x) // "vowed to keep fighting Israel"
		}
		if object == "" && hasMark(d, x, "to") && len(d.kids(x, is("obj", "ccomp", "xcomp"))) == 0 && h.pluralDoer(n) &&
			(theHeadWords.symmetricVerbs[h.verbBase(x)] || theHeadWords.jointVerbs[h.verbBase(x)]) && (w.XPOS == "VB" || w.XPOS == "") {
			// "the two banks agreed to merge": a plural subject completes
			// the verb, as it does its headline ("agree to merge")
			return toNegated(d, x) + strings.ToLower(w.Form)
		}
		if object == "" {
			return ""
		}
		if w.XPOS == "VBG" || w.XPOS == "" && strings.HasSuffix(strings.ToLower(w.Form), "ing") {
			return strings.ToLower(w.Form) + " " + object // "discussed expanding cooperation"; not "to bring"
		}
		if hasMark(d, x, "to") && (w.XPOS == "VB" || w.XPOS == "") {
			verb := strings.ToLower(w.Form)
			for _, p := range d.kids(x, is("compound:prt")) {
				verb += " " + strings.ToLower(d.w(p).Form) // "hunt down"
			}
			if a := x + 1; len(d.kids(x, is("compound:prt"))) == 0 && slices.Contains(d.kids(x, is("advmod")), a) && len(d.children[a]) == 0 &&
				theHeadWords.goalAdverbs[strings.ToLower(d.w(a).Form)] && !strings.HasPrefix(object, strings.ToLower(d.w(a).Form)+" ") {
				// "not to send back refugee boats" with "back" parsed an
				// adverb: without it the title asks the opposite
				verb += " " + strings.ToLower(d.w(a).Form)
			}
			return toNegated(d, x) + verb + " " + object // the base form
		}
	}
	return ""
}

// goalOblique returns the "to" oblique after the object at o of the
// infinitive at x, where the act takes its object (" to justice" of "to
// bring the killers to justice", " to Iraq" of "to send troops to Iraq"),
// or "": a time, a compound preposition ("due to") or a phrase its vague
// modifier leaves one word ("to a new level") is no goal.
func (h *head) goalOblique(x, o node) string {
	d := h.s.tr
	end := o // the object phrase's last word
	for k := o + 1; int(k) < len(d.words) && d.within(k, o); k++ {
		end = k
	}
	adv := "" // "to bring the region back under its control": where to, right after the object
	for _, a := range d.kids(x, is("advmod", "compound:prt")) {
		if lw := strings.ToLower(d.w(a).Form); a == end+1 && len(d.children[a]) == 0 && theHeadWords.goalAdverbs[lw] {
			adv = lw
			break
		}
	}
	for _, c := range d.kids(x, is("obl")) {
		cs := d.kids(c, is("case"))
		if c < o || len(cs) != 1 || len(d.children[cs[0]]) > 0 || h.isTime(c) || !d.nominal(c) {
			continue
		}
		cw := strings.ToLower(d.w(cs[0]).Form)
		if cw != "to" && (adv == "" || !placePreps[cw] && cw != "into" && cw != "under") {
			continue // "due to the closure": no goal
		}
		if text, _ := h.phrase(c, false); text != "" && (strings.Contains(text, " ") || len(d.kids(c, is("amod"))) == 0) {
			if adv != "" {
				return " " + adv + " " + cw + " " + text // "back under government control"
			}
			return " to " + text
		}
		break // "to a new level" would read "to level"
	}
	if adv != "" {
		return " " + adv // "to bring the troops home"
	}
	return ""
}

// catenated returns the gerund or the "to" infinitive a "to" infinitive
// at x governs, with its object, the infinitive a verb of going on
// ("vowed to keep fighting Israel" → "fighting Israel", "to continue
// building new bases" → "building new bases", "to continue to seek
// alternatives" → "to seek alternatives"), the bare infinitive of "help"
// ("to help gather relics" → "gather relics"), or "" when it has no
// object a phrase names (a pronoun, a time).
func (h *head) catenated(x node) string {
	d := h.s.tr
	for _, y := range d.kids(x, is("xcomp")) {
		w := d.w(y)
		to := "" // "to continue to seek alternatives": the infinitive's own "to"
		if w.UPOS == "VERB" && hasMark(d, y, "to") && (w.XPOS == "VB" || w.XPOS == "") {
			to = "to "
		}
		// "to help gather relics": a bare infinitive, unmarked, after
		// the verb that takes one
		bare := w.XPOS == "VB" && len(d.kids(y, is("mark"))) == 0 && y > x
		if w.UPOS != "VERB" || to == "" && !bare && !(w.XPOS == "VBG" || w.XPOS == "" && strings.HasSuffix(strings.ToLower(w.Form), "ing")) || negation(d, y) != "" {
			continue
		}
		if slices.ContainsFunc(d.kids(x, is("obj", "iobj")), func(c node) bool { return c < y }) {
			// "to let more farmers settle in towns": the
			// infinitive is what the object does; without the object
			// ("let to settle in towns") it would be garbled
			return ""
		}
		objs := d.kids(y, is("obj"))
		for _, c := range objs {
			if u := d.w(c).UPOS; h.isTime(c) || u != "NOUN" && u != "PROPN" {
				break
			}
			if text, _ := h.phrase(c, false); text != "" {
				return to + strings.ToLower(w.Form) + " " + text
			}
			break
		}
		if len(objs) == 0 && len(d.kids(y, is("ccomp", "xcomp"))) == 0 {
			if ob := h.firstOblique(y); ob != "" {
				return to + strings.ToLower(w.Form) + " " + ob // "to continue donating for flood victims"
			}
		}
	}
	return ""
}

// firstOblique returns the first oblique of the verb at x with its
// preposition, not a time ("to push for closer cooperation", "donating
// for the victims"), with an adverb between the verb and it that belongs
// to the verb ("to go ahead with the plan"), or "".
func (h *head) firstOblique(x node) string {
	d := h.s.tr
	for _, c := range d.kids(x, is("obl")) {
		if u := d.w(c).UPOS; h.isTime(c) || (u != "NOUN" && u != "PROPN") || d.caseWord(c) == "" {
			continue
		}
		if d.caseWord(c) == "in" && theHeadWords.aimNouns[strings.ToLower(d.w(c).Form)] &&
			slices.ContainsFunc(d.kids(c, is("det")), func(k node) bool { a := strings.ToLower(d.w(k).Form); return a == "a" || a == "an" }) {
			// "agreed to merge in a bid to create ...": a purpose, never
			// the verb's complement ("agree to merge in bid"), said only
			// with its infinitive ("to join in a bid to end the spat");
			// "join in the initiative" stays
			if aim := h.purposeAfter(x, c); aim != "" {
				return d.casePhrase(c) + " " + strings.ToLower(d.w(c).Form) + " " + aim
			}
			return ""
		}
		object := ""
		if text, _ := h.phrase(c, false); text != "" {
			object = d.casePhrase(c) + " " + text
			if a, cs := x+1, d.kids(c, is("case")); len(cs) > 0 && cs[0] == a+1 && slices.Contains(d.kids(x, is("advmod")), a) &&
				d.w(a).UPOS == "ADV" && len(d.children[a]) == 0 {
				// "to go ahead with the plan": the adverb between
				// the verb and its oblique is part of the verb
				object = strings.ToLower(d.w(a).Form) + " " + object
			}
		}
		return object
	}
	return ""
}

// purposeAfter returns the "to" infinitive with its object that says the
// aim of the aim noun at c, an oblique of the verb at x: the noun's own
// (aimOf), or the one the parse hangs on the verb right after the noun
// ("to join in a bid to end the spat" → "to end spat"); else "".
func (h *head) purposeAfter(x, c node) string {
	d := h.s.tr
	if aim := h.aimOf(c); aim != "" {
		return aim
	}
	for _, y := range d.kids(x, is("advcl")) {
		if y != c+2 || d.w(y).UPOS != "VERB" || !hasMark(d, y, "to") || d.w(y-1).Form != "to" {
			continue
		}
		for _, o := range d.kids(y, is("obj")) {
			if u := d.w(o).UPOS; (u == "NOUN" || u == "PROPN") && !h.isTime(o) { // not "one of the largest"
				if text, _ := h.phrase(o, false); text != "" {
					return "to " + strings.ToLower(d.w(y).Form) + " " + text
				}
			}
		}
	}
	return ""
}

// aimOfEffort returns the verb of the purpose clause of a verb at x whose
// object is an effort (data/headlines.yaml effort_objects: "do everything
// possible to hunt down the killers", "make every effort to end the
// war"), the aim a headline says; else noNode.
func (h *head) aimOfEffort(x node) node {
	d := h.s.tr
	heads := []node{x}
	for _, c := range d.kids(x, is("obj")) {
		if theHeadWords.effortObjects[strings.ToLower(d.w(c).Form)] {
			heads = append(heads, c) // "every effort to end": the clause may hang on the noun
		}
	}
	if len(heads) == 1 {
		return noNode
	}
	for _, y := range d.kids(heads[0], is("advcl", "xcomp")) {
		if d.w(y).UPOS == "VERB" && hasMark(d, y, "to") {
			return y
		}
	}
	for _, y := range d.kids(heads[1], is("acl")) {
		if d.w(y).UPOS == "VERB" && hasMark(d, y, "to") {
			return y
		}
	}
	return noNode
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

var complementCases = wordList("complement_cases")

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
			// "Human Rights Watch (HRW) Saturday condemned", "the
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
			// "Trade turnover between the two countries rose" parsed
			// with "rose" on "countries": a past form no participle
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
var gerundMarks = set("by", "after", "before", "while", "when", "since", "upon", "on", "without", "despite", "through", "in")

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

// targetCases are the prepositions a verb's target may keep in a headline
// when the headline names it by its actor ("called on the Lebanese
// people": "calls on Lebanon").
var targetCases = set("on", "upon", "against", "at")

// askedOn returns the common noun an appeal or a demand at n is made on
// ("called on the mayors", "called on cooperation"), an oblique marked
// "on" or "upon" that no actor names, or noNode.
func (h *head) askedOn(n node) node {
	d := h.s.tr
	if h.m.Type != Appeal && h.m.Type != Demand {
		return noNode
	}
	for _, c := range d.kids(n, func(r string) bool { return baseRel(r) == "obl" && r != "obl:tmod" && r != "obl:agent" }) {
		if cw := d.caseWord(c); (cw == "on" || cw == "upon") && d.w(c).UPOS == "NOUN" && !h.isTime(c) {
			return c
		}
	}
	return noNode
}

// targetCase returns the preposition of the first oblique of the verb at n
// marked by one of targetCases, or "".
func (h *head) targetCase(n node) string {
	d := h.s.tr
	for _, c := range d.kids(n, func(r string) bool { return baseRel(r) == "obl" && r != "obl:tmod" && r != "obl:agent" }) {
		if cw := d.caseWord(c); targetCases[cw] && !h.isTime(c) {
			return cw
		}
	}
	return ""
}

// appealCases are the prepositions of those an appeal is made to
// ("appealed to the community", "called on the parties").
var appealCases = set("to", "on", "upon")

// appealedTo returns, for an appeal at n, the oblique of those it is made
// to, a noun no actor names, with its preposition, and the "to" clause of
// what they are asked to do ("appealed to the international community to
// back the leader" → "to international community", "to back leader"), or
// "", "": an appeal with no such clause says too little to name them.
func (h *head) appealedTo(n node) (to, inf string) {
	d := h.s.tr
	if h.m.Type != Appeal {
		return "", ""
	}
	for _, c := range d.kids(n, is("obl")) {
		cw := d.caseWord(c)
		if !appealCases[cw] || h.isTime(c) || d.w(c).UPOS != "NOUN" || c < n || commaBetween(d, n, c) {
			continue
		}
		text := h.nounPhrase(c, 0)
		// the parse may hang the clause on them ("community to back")
		if inf = cmpOr(h.bareInfinitive(n), h.infinitive(c), h.plainInfinitive(n)); text == "" || theHeadWords.vague[strings.ToLower(text)] || !strings.HasPrefix(inf, "to ") {
			return "", ""
		}
		return cw + " " + text, inf
	}
	return "", ""
}

// soughtFor returns the "for" oblique of the verb at n of an appeal or a
// demand, what is asked for ("called for unity", "pressed for talks"), or
// noNode.
func (h *head) soughtFor(n node) node {
	if h.m.Type != Appeal && h.m.Type != Demand {
		return noNode
	}
	d := h.s.tr
	for _, c := range d.kids(n, func(r string) bool { return baseRel(r) == "obl" }) {
		if d.caseWord(c) == "for" && !h.isTime(c) && (d.nominal(c) || h.adjectiveNoun(c)) {
			return c
		}
	}
	return noNode
}

// soughtPhrase returns what is asked for, the phrase at c with the
// actor it is of (phraseOfActor) and a bare noun coordinated with it
// ("appealed for calm and unity" → "calm and unity").
func (h *head) soughtPhrase(c node) string {
	d := h.s.tr
	p := h.phraseOfActor(c)
	for _, k := range d.kids(c, is("conj")) {
		if d.w(k).UPOS == "NOUN" && len(d.kids(k, func(r string) bool { return r != "cc" && r != "punct" })) == 0 {
			p += " and " + strings.ToLower(d.w(k).Form)
		}
		break
	}
	return p
}

// soughtGerund returns what an appeal asks for when it is a gerund clause
// "for" marks with no subject of its own, with the gerund's object
// ("called for exchanging visits": "exchanging visits"), or "".
func (h *head) soughtGerund(n node) string {
	if h.m.Type != Appeal && h.m.Type != Demand {
		return ""
	}
	d := h.s.tr
	for _, c := range d.kids(n, is("advcl", "xcomp")) {
		if !hasMark(d, c, "for") || d.w(c).XPOS != "VBG" || len(d.kids(c, is("nsubj"))) > 0 {
			continue
		}
		g := strings.ToLower(d.w(c).Form)
		if o := d.kids(c, is("obj")); len(o) > 0 {
			g += " " + h.nounPhrase(o[0], 0)
		}
		return g
	}
	return ""
}

// forSubject returns the subject of an appeal's infinitive clause marked
// "for" and "to" ("called for every club to hire": "club"), or noNode.
func (h *head) forSubject(n node) node {
	if h.m.Type != Appeal && h.m.Type != Demand {
		return noNode
	}
	d := h.s.tr
	for _, c := range d.kids(n, is("advcl", "xcomp", "ccomp")) {
		if hasMark(d, c, "for") && hasMark(d, c, "to") {
			if k := d.kids(c, is("nsubj")); len(k) > 0 {
				return k[0]
			}
		}
	}
	return noNode
}

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

// verbBase returns the base form of the verb at v: the parse's lemma,
// else the lemma the CAMEO verb dictionary gives its form ("damaged" →
// "damage", "hit" → "hit"), else the one its inflection gives
// (guessBase: "secured" → "secure"); "" for another word.
func (h *head) verbBase(v node) string {
	d := h.s.tr
	if l := strings.ToLower(d.w(v).Lemma); l != "" && l != "_" {
		return l
	}
	if l := cameoForms()[strings.ToLower(d.w(v).Form)]; l != "" {
		return l
	}
	if w := d.w(v); w.UPOS == "VERB" && w.XPOS != "VBG" {
		// "had secured": a verb no dictionary holds, by its inflection;
		// never an "-ing" form, often a noun's modifier ("polling
		// stations"), nor "have" or "be", which say nothing alone
		if l := guessBase(w.Form, w.XPOS); l != "have" && l != "be" {
			return l
		}
	}
	return ""
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

// negation returns the negating adverb of the verb at x with a space
// after it ("never " of "to never use violence", "not " of "didn't", "no
// longer "), or "": a headline that dropped it would say the opposite.
func negation(d *tree, x node) string {
	for _, a := range d.kids(x, is("advmod")) {
		switch lw := strings.ToLower(d.w(a).Form); lw {
		case "never", "not":
			return lw + " "
		case "n't", "n’t":
			return "not "
		case "longer":
			for _, n := range d.kids(a, is("advmod")) {
				if strings.EqualFold(d.w(n).Form, "no") {
					return "no longer " // "was no longer possible"
				}
			}
		}
	}
	return ""
}

// toNegated returns the opening of the "to" infinitive at x with its
// negation where the text puts it: "not to " ("pledged not to reduce"),
// "to never " ("vowed to never use"), or "to ".
func toNegated(d *tree, x node) string {
	neg := negation(d, x)
	if neg == "" {
		return "to "
	}
	for _, a := range d.kids(x, is("advmod")) {
		if strings.EqualFold(d.w(a).Form, strings.TrimSpace(neg)) {
			for _, m := range d.kids(x, is("mark")) {
				if strings.EqualFold(d.w(m).Form, "to") && a < m {
					return neg + "to "
				}
			}
			break
		}
	}
	return "to " + neg
}

// bareInfinitive returns the "to" clause of the verb at n whose verb has
// no object ("called on the Lebanese people to unite": "to unite"; the
// parse may hang it on the people), or "".
func (h *head) bareInfinitive(n node) string {
	d := h.s.tr
	clauses := d.kids(n, is("xcomp", "advcl"))
	for _, c := range d.kids(n, is("obl")) {
		clauses = append(clauses, d.kids(c, is("acl"))...)
	}
	for _, c := range d.kids(n, is("obl")) {
		if r := h.misreadToVerb(c); r != "" {
			return r
		}
	}
	for _, x := range clauses {
		w := d.w(x)
		if !hasMark(d, x, "to") || w.UPOS != "VERB" || w.XPOS != "VB" && w.XPOS != "" {
			continue
		}
		if len(d.kids(x, is("obj", "ccomp", "xcomp"))) > 0 {
			return h.infinitive(n) // its object completes it, or nothing does
		}
		verb := strings.ToLower(w.Form)
		for _, p := range d.kids(x, is("compound:prt")) {
			verb += " " + strings.ToLower(d.w(p).Form) // "to pull out"
		}
		if a := particleAdverb(d, x); a != noNode {
			verb += " " + strings.ToLower(d.w(a).Form) // "to bounce back"
		}
		return toNegated(d, x) + verb + h.adjectiveComplement(n, x)
	}
	return ""
}

// bareClause reports whether the "to" infinitive complement of the verb
// at n has nothing after it but its particle ("urged Ethiopia to pull
// out", "to act"): one with an oblique or an adverb ("to come forward",
// "to work towards restoring ties") reads cut without them.
func (h *head) bareClause(n node) bool {
	d := h.s.tr
	clauses := d.kids(n, is("xcomp", "advcl"))
	for _, o := range d.kids(n, is("obj")) {
		clauses = append(clauses, d.kids(o, is("acl"))...) // the clause parsed as the object's
	}
	for _, x := range clauses {
		if !hasMark(d, x, "to") || d.w(x).UPOS != "VERB" {
			continue
		}
		for _, k := range d.children[x] {
			switch d.rel(k) {
			case "mark", "compound:prt", "punct":
			default:
				if k != particleAdverb(d, x) {
					return false
				}
			}
		}
		return true
	}
	return false
}

// particleAdverbs are the adverbs that complete a verb as its particle
// does ("bounce back", "come forward", "step down") where the parse reads
// them as adverbs.
var particleAdverbs = set("back", "forward", "away", "down", "up", "out", "off", "ahead", "aside", "home")

// particleAdverb returns the adverb right after the verb at x that
// completes it as a particle (particleAdverbs), with nothing of its own;
// else noNode.
func particleAdverb(d *tree, x node) node {
	a := x + 1
	if int(a) >= len(d.words) || !slices.Contains(d.kids(x, is("advmod")), a) || len(d.children[a]) > 0 ||
		!particleAdverbs[strings.ToLower(d.w(a).Form)] {
		return noNode
	}
	return a
}

// adjectiveComplement returns the adjective that completes the bare
// infinitive at x of the verb at n (" calm" of "to stay calm"): its own
// adjective complement, or one right after it that the parse hangs on n;
// else "".
func (h *head) adjectiveComplement(n, x node) string {
	d := h.s.tr
	for _, c := range append(d.kids(x, is("xcomp")), d.kids(n, is("xcomp"))...) {
		if w := d.w(c); w.UPOS == "ADJ" && (c == x+1 || d.within(c, x)) {
			return " " + strings.ToLower(w.Form)
		}
	}
	return ""
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

// namedPredicate returns what a small-clause verb at n (small_clause)
// calls its object at c when the object is a noun or a name, not a
// pronoun: a noun or an adjective the parse hangs on the verb after the
// object, or a noun it takes for the object's apposition, with no comma
// between ("called Russian officials \"dunderheads\"", "called the
// situation \"extremely dangerous\"", "called the vote a \"milestone\"");
// the words the text quotes, in quotes, or the noun's phrase or the
// adjective with its adverbs, and its word; else "" and noNode.
func (h *head) namedPredicate(n, c node) (string, node) {
	d := h.s.tr
	if u := d.w(c).UPOS; u != "NOUN" && u != "PROPN" || h.isTime(c) {
		return "", noNode
	}
	cands := append(d.kids(n, is("xcomp", "obl:unmarked", "obj")), d.kids(c, is("appos"))...)
	for _, p := range cands {
		u := d.w(p).UPOS
		if p <= c || commaBetween(d, c, p) || h.isTime(p) || d.caseWord(p) != "" ||
			u != "NOUN" && u != "ADJ" || len(d.kids(p, is("cop", "mark", "nsubj", "ccomp"))) > 0 {
			continue
		}
		if q := h.quotedPredicate(p); q != "" {
			return q, p
		}
		if u == "NOUN" {
			return h.nounPhrase(p, 0), p
		}
		var words []string
		for _, a := range d.kids(p, is("advmod")) {
			if a < p && len(d.children[a]) == 0 {
				words = append(words, strings.ToLower(d.w(a).Form)) // "extremely dangerous"
			}
		}
		return strings.Join(append(words, strings.ToLower(d.w(p).Form)), " "), p
	}
	return "", noNode
}

// quotedPredicate returns the words of the phrase at p as the text
// quotes them, in double quotes, when quote marks open within or right
// before the phrase, before its head, and close within or right after it,
// after its head, with at most maxQuoteWords between ("a \"milestone\""
// → "\"milestone\""); else "".
func (h *head) quotedPredicate(p node) string {
	d := h.s.tr
	first, last := p, p // the phrase's first and last words, punctuation aside
	for k := range node(len(d.words)) {
		if d.within(k, p) && d.w(k).UPOS != "PUNCT" {
			first, last = min(first, k), max(last, k)
		}
	}
	open, shut := noNode, noNode
	for k := first - 1; k < p; k++ {
		if k >= 0 && quoteMarks[d.w(k).Form] {
			open = k
		}
	}
	for k := last + 1; k > p; k-- {
		if int(k) < len(d.words) && quoteMarks[d.w(k).Form] {
			shut = k
		}
	}
	if open == noNode || shut == noNode || open < 0 || shut-open-1 > maxQuoteWords {
		return ""
	}
	for k := open + 1; k < shut; k++ {
		if quoteMarks[d.w(k).Form] || !d.within(k, p) {
			return ""
		}
	}
	return "\"" + h.s.d.in.Text[d.w(open+1).Start:d.w(shut-1).End] + "\""
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

// reflexives are the pronouns a small clause's subject is its verb's
// own with ("declared himself president").
var reflexives = set("himself", "herself", "themselves", "itself")

// reflexiveClause returns the small clause of the verb at n whose subject
// is a reflexive pronoun, with its nominal predicate ("himself
// president" of "declared himself president"), or "".
func (h *head) reflexiveClause(n node) string {
	d := h.s.tr
	refl, pred := noNode, noNode
	for _, c := range d.kids(n, is("obj", "iobj", "xcomp")) {
		switch u := d.w(c).UPOS; {
		case u == "PRON" && reflexives[strings.ToLower(d.w(c).Form)]:
			refl = c
		case (u == "NOUN" || u == "PROPN") && !h.isTime(c) && pred == noNode:
			pred = c
		}
	}
	if refl == noNode || pred == noNode || pred < refl {
		return ""
	}
	return strings.ToLower(d.w(refl).Form) + " " + h.nounPhrase(pred, 0)
}

// objects returns the objects of the verb at n; with none, its indirect
// objects (the parse of "urged the students to end the crisis"); with
// none either, a name right after it parsed as its complement ("named
// Anna Holm as minister"), else those the parse hangs on a time
// expression of the verb
// ("stormed early on Wednesday morning the town" parsed with "the town"
// the object of "morning").
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

// saidTo reports whether the object o of a verb of saying at n is no
// part of what is said: the addressee of "tell" ("told Xinhua", "told
// reporters", after the clause it reports any addressee: "..., he told
// the subcommittee"), unless told to act, or a place the parse takes for the
// object ("said in Cape Town on Tuesday", "in" read as a particle).
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
	// not ("an attack in Sudan which the government blamed on rebels"):
	// only a common noun right before the pronoun, or its comma, is sure
	hd, ok := d.head(n)
	if !ok || d.w(hd).UPOS != "NOUN" || c != hd+1 && (c != hd+2 || d.w(hd+1).Form != ",") {
		return noNode
	}
	return hd
}

// forPhrase returns the "for" phrase of the noun at c, with the actor of
// its own "of" phrase (" for ouster of Gloria Arroyo" of "calls for the
// ouster of Gloria Arroyo"), or "": what a call or a plea is for.
func (h *head) forPhrase(c node) string {
	d := h.s.tr
	for _, k := range d.kids(c, is("nmod")) {
		if d.caseWord(k) == "for" && !h.isTime(k) && d.nominal(k) {
			return " for " + h.phraseOfActor(k)
		}
	}
	return ""
}

// phraseOfActor returns the noun phrase of c with the actor it is of
// (ofActor), or with the "of" phrase it keeps itself ("the withdrawal of
// Ethiopian troops"), never both ("withdrawal of Ethiopian troops of
// Ethiopia").
func (h *head) phraseOfActor(c node) string {
	p := h.nounPhrase(c, 0)
	if strings.Contains(p, " of ") {
		return p
	}
	return p + h.ofActor(c)
}

// ofActor returns the actors the "of" phrase of the noun at c names (" of
// Gloria Arroyo" of "the ouster of Gloria Arroyo"), or "".
func (h *head) ofActor(c node) string {
	d := h.s.tr
	for _, k := range d.kids(c, is("nmod")) {
		if d.caseWord(k) == "of" && h.isActorWord(k) {
			if text, ok := h.actorPhrase(k); ok {
				return " of " + text
			}
		}
	}
	return ""
}

// topic returns the first oblique of the verb at n that its preposition
// marks as what is spoken of (topic_cases: "warned against excessive
// euphoria", "warned of a famine"), with that preposition, else such a
// gerund clause with its object ("warned against drawing a line under
// talks" → "against drawing line under talks"), or "".
func (h *head) topic(n node) string {
	return h.topicWith(n, theHeadWords.topicCases)
}

// topicWith is topic with the prepositions cases.
func (h *head) topicWith(n node, cases map[string]bool) string {
	d := h.s.tr
	for _, c := range d.kids(n, is("obl")) {
		cw := d.caseWord(c)
		if !cases[cw] || h.isTime(c) || d.w(c).UPOS != "NOUN" && d.w(c).UPOS != "PROPN" {
			continue
		}
		if text, _ := h.phrase(c, false); text != "" {
			if theHeadWords.stanceNouns[strings.ToLower(d.w(c).Form)] {
				if x := h.nounContent(c); x != "" {
					text += " " + x // "agreed on the need to curb smuggling": "on need to curb smuggling"
				}
			} else if !strings.Contains(text, " ") {
				text += h.nounNmod(c) // "hinted at changes to the calendar": one word alone says little
			}
			return cw + " " + text
		}
	}
	for _, x := range d.kids(n, is("advcl")) {
		// "warned against drawing a line under talks": the gerund
		// clause with its object and the object's own phrase
		mw, form := d.markWord(x), strings.ToLower(d.w(x).Form)
		if !cases[mw] || d.w(x).UPOS != "VERB" || !strings.HasSuffix(form, "ing") || negation(d, x) != "" {
			continue
		}
		for _, o := range d.kids(x, is("obj")) {
			obj, _ := h.phrase(o, false)
			if obj == "" || h.isTime(o) {
				break
			}
			return mw + " " + form + " " + obj + h.nounNmod(o)
		}
	}
	return ""
}

// placeBeyond returns the headline's place phrase (place) unless the
// phrase text already names the place ("hints at canceling visit to
// Tokyo": never "... in Tokyo").
func (h *head) placeBeyond(text string) string {
	pl := h.place()
	if name := strings.TrimSpace(pl); name != "" {
		if _, place, ok := strings.Cut(name, " "); ok && strings.Contains(text, place) {
			return ""
		}
	}
	return pl
}

// nounNmod returns the first modifier phrase of the noun at o with its
// preposition, other than "of" or a time, with a space before it (" to
// electoral calendar"), or "".
func (h *head) nounNmod(o node) string {
	d := h.s.tr
	for _, k := range d.kids(o, is("nmod")) {
		if cw := d.caseWord(k); cw != "" && cw != "of" && !h.isTime(k) && d.nominal(k) {
			return " " + cw + " " + h.nounPhrase(k, 0)
		}
		break
	}
	return ""
}

// issue returns the first oblique after the verb at n, when its
// preposition (issue_cases) says what the act is on or about, with that
// preposition ("agreed on an interim security report" → "on interim
// security report", "clashed over the border" → "over border"), or "": a
// verb with nothing after it reads truncated ("Japan and United States
// agree"). A verb with an object, even one a relative pronoun stands for
// ("which the army blamed on a malfunction"), or a visit ("arrived on
// foot") has no issue; nor does an oblique after another ("called for an
// inquiry into the deaths"), nor one past a comma, which belongs to
// another clause. A time, or a phrase the parse builds around one, says
// no issue; a noun of the trigger's own lemma (inLemma: "went on trial")
// is said already.
func (h *head) issue(n node, inLemma map[string]bool) string {
	d := h.s.tr
	if h.m.Type == Visit || len(d.kids(n, is("obj"))) > 0 {
		return ""
	}
	for _, c := range d.kids(n, is("obl")) {
		cw := d.caseWord(c)
		if c < n || h.isTime(c) || cw == "" {
			continue
		}
		if !theHeadWords.issueCases[cw] && (cw != "to" || !h.consents(inLemma)) || commaBetween(d, n, c) || !d.nominal(c) || inLemma[strings.ToLower(d.w(c).Form)] ||
			slices.ContainsFunc(d.kids(c, is("compound", "amod", "nmod:unmarked")), h.isTime) { // "on Wednesday amid supply concerns" parsed as one phrase
			return ""
		}
		used := maps.Clone(h.used) // a phrase left out names no one
		text, _ := h.phrase(c, false)
		lc := strings.ToLower(d.w(c).Form)
		if text == "" || len(timex.Tag(text, time.Time{})) > 0 ||
			// "on the sidelines of the summit": "on sidelines" reads cut,
			// and a noun only its "of" phrase completes is a place, no
			// issue ("on the edge of the town"); "on the terms of the
			// merger" is one
			(!strings.Contains(text, " of ") || !theHeadWords.keepOf[lc] && !theHeadWords.actionNoun(lc)) &&
				slices.ContainsFunc(d.kids(c, is("nmod")), func(k node) bool { return d.caseWord(k) == "of" }) {
			// a day the document's tagger left untagged
			h.used = used
			return ""
		}
		if theHeadWords.stanceNouns[lc] {
			if x := h.nounContent(c); x != "" {
				text += " " + x // "agreed on the need for a speedy deployment": "on need for speedy deployment"
			}
		}
		return cw + " " + text
	}
	return ""
}

// stanceContent returns what the object at o of the verb at n, a stance
// noun (stance_nouns: "hope", "opposition"), is of, or "": its own "to"
// infinitive ("the willingness to allow more imports" → "to allow more
// imports"), its phrase with one of stance_cases ("opposition to the
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
	// ("expressed the willingness to allow more imports")
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
var conditionMarks = set("if", "unless")

// conditional reports whether the clause at x has a clause of condition
// (conditionMarks) under it.
func (h *head) conditional(x node) bool {
	d := h.s.tr
	return slices.ContainsFunc(d.kids(x, is("advcl")), func(c node) bool { return d.marked(c, conditionMarks) })
}

// modals are the auxiliaries a reported clause keeps in a headline
// ("insurgents will step up attacks").
var modals = set("will", "would", "could", "might", "may", "can", "should", "must")

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
				// "warned against expectations he will lay out plans":
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
// the oblique after it ("Discussing energy security without Russia would
// be unproductive" → "discussing energy security without Russia"), or
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
// it speaks of (topic_cases: "warned against expectations") stands
// between the verb and its unmarked complement clause at x, whose
// clause is then that noun's content ("expectations he will lay out
// plans").
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
// ("said the African Union is to extend the mandate of its force") as a
// headline says an act to come, "African Union to extend mandate of
// force", or "": its subject a noun, the parse's subject or outer
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
			// subject; "poultry discovered at border checkpoints will be
			// returned" with the preposition's noun (but "around 10
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
				// "warned that his country would respond": "his country
				// will respond"
				subj, plural = ownedVague(d, c), pluralWord(d.w(c))
			} else if more := h.listedNouns(c); len(more) > 0 {
				// "said teachers, doctors and nurses would march": the
				// whole list, never its first member alone (minKeptList)
				subj, plural = joinNames(append([]string{subj}, more...)), true
			}
		} else if lw := strings.ToLower(d.w(c).Form); theHeadWords.saidPronouns[lw] && d.rel(c) == "nsubj" && h.speakerPronoun(lw) &&
			(d.w(x).UPOS == "VERB" || len(d.kids(x, is("cop"))) > 0 && (lw != "it" || d.w(x).UPOS == "NOUN" && d.caseWord(x) != "")) {
			// "denied that it had any involvement": headlines keep the
			// pronoun ("Russia denies it has involvement"), as a
			// person's "he" or "she" before a predicate ("said he was
			// concerned" → "Prodi says he is concerned"); a predicate's
			// "it" may be no one's ("said it was vital"), but not a
			// prepositional one's ("said it was in talks")
			subj, plural = lw, theHeadWords.pluralPronouns[lw]
		}
	}
	if subj == "" {
		subj = h.gerundClauseSubject(x) // "discussing energy security without Russia would be unproductive"
	}
	if c := h.thatSubjectOnDay(x); subj == "" && c != noNode {
		// "warned on Saturday that parliament could hit back", the
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
			// "would be seen as proof of decline": what it is taken
			// for completes the verb
			if d.caseWord(c) == "as" && d.w(c).UPOS == "NOUN" && !h.isTime(c) && !commaBetween(d, x, c) {
				if text := h.nounPhrase(c, 0); text != "" && !theHeadWords.vague[text] {
					verb += " as " + text
				}
				break
			}
			if cw := d.caseWord(c); c > x && c-x <= 3 && cw != "" && cw != "by" && d.w(c).UPOS == "NOUN" && !h.isTime(c) && !commaBetween(d, x, c) {
				// "should be wiped off the map": the phrase right after
				// the verb completes it, whose verb alone would mislead
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
				// "should encourage food processing and logistics
				// firms" parsed with "food" alone as the object: a
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
			rest = inf // "China refused to recognise foreign passports", "it will start accepting bids"
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
			rest = h.complementOblique(x) // "Iran would resort to other means"
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
			// ("people displaced in the north will be assisted")
			rest = h.verbOblique(x) // "swans had died of bird flu", "would stay on in Kosovo"
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
			// ("explosives strapped to a donkey were detonated"),
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

// placeThings are the WordNet classes of a common noun that names a
// building, a thing or a place, no one who acts (thingOfActor).
var placeThings = []wordnet.Class{wordnet.Artifact, wordnet.Location, wordnet.Object}

// thingOfActor returns the noun phrase at c when its head is a common
// noun naming a thing or a place (placeThings) that an actor only
// modifies ("a US military detention center" → "US military detention
// center", whose actor is no side of the event), or "": a name, a
// person or a group ("Israeli troops") is the actor the phrase names.
func (h *head) thingOfActor(c node) string {
	d := h.s.tr
	if d.w(c).UPOS != "NOUN" || h.isActorWord(c) {
		return ""
	}
	if k, ok := wordnet.NounOfForm(strings.ToLower(d.w(c).Form)); !ok || !slices.Contains(placeThings, k) {
		return ""
	}
	return h.possessed(c, h.nounPhrase(c, 0)) // "for Sudan's position", the owner kept
}

// byMeans returns the "to" infinitive of the verb at n whose verb has no
// object but a "by" gerund that says how ("threatened to retaliate by
// refusing to allow transit of oil" → "to retaliate by refusing to allow
// transit of oil"), the gerund with its own infinitive or object, or "":
// the bare "to retaliate" would leave out what is threatened.
func (h *head) byMeans(n node) string {
	d := h.s.tr
	for _, x := range d.kids(n, is("xcomp")) {
		if !hasMark(d, x, "to") || d.w(x).UPOS != "VERB" || len(d.kids(x, is("obj", "iobj", "ccomp", "xcomp"))) > 0 || negation(d, x) != "" {
			continue
		}
		for _, g := range d.kids(x, is("advcl")) {
			form := strings.ToLower(d.w(g).Form)
			if !hasMark(d, g, "by") || !strings.HasSuffix(form, "ing") || negation(d, g) != "" {
				continue
			}
			// what the gerund does to: its object, or its own
			// infinitive's ("refusing to allow transit", the parse may
			// read "transit" as an indirect object)
			verb, obj := form, noNode
			for _, y := range d.kids(g, is("xcomp")) {
				if hasMark(d, y, "to") && d.w(y).UPOS == "VERB" {
					verb += " to " + strings.ToLower(d.w(y).Form)
					g = y
				}
				break
			}
			for _, o := range d.kids(g, is("obj", "iobj")) {
				obj = o
				break
			}
			if obj == noNode || h.isTime(obj) {
				return ""
			}
			if text, _ := h.phrase(obj, false); text != "" {
				to := strings.ToLower(d.w(x).Form)
				for _, p := range d.kids(x, is("compound:prt")) {
					to += " " + strings.ToLower(d.w(p).Form) // "to hit back"
				}
				if a := particleAdverb(d, x); a != noNode {
					to += " " + strings.ToLower(d.w(a).Form)
				}
				return "to " + to + " by " + verb + " " + text
			}
			return ""
		}
	}
	return ""
}

// askedInfinitive returns the "to" infinitive complement of the verb at n
// that says what its patient is asked, told or made to do ("urged
// citizens to shun violence" → "to shun violence"), or "": a passive or
// patient-first headline without it reads cut ("Citizens urged").
func (h *head) askedInfinitive(n node) string {
	d := h.s.tr
	if !slices.ContainsFunc(d.kids(n, is("xcomp", "advcl")), func(x node) bool { return hasMark(d, x, "to") && d.w(x).UPOS == "VERB" }) {
		return ""
	}
	x := h.infinitive(n)
	if x == "" && h.bareClause(n) {
		x = h.bareInfinitive(n) // "ordered to withdraw"
	}
	if strings.HasPrefix(x, "to ") {
		return x
	}
	return ""
}

// triggerInfinitive is askedInfinitive of trigger t's word in mention m.
func (s *sent) triggerInfinitive(t *trigger, m *Mention) string {
	if s.tree() == nil {
		return ""
	}
	n, ok := s.triggerNode(t)
	if !ok {
		return ""
	}
	return (&head{s: s, m: m, used: map[string]bool{}, event: n}).askedInfinitive(n)
}

// aimOf returns the "to" infinitive of the object at o, a noun of an act
// aimed at (data/headlines.yaml aim_nouns: "the move to dissolve the
// court" → "to dissolve court"), or "".
func (h *head) aimOf(o node) string {
	if o == noNode || !theHeadWords.aimNouns[strings.ToLower(h.s.tr.w(o).Form)] {
		return ""
	}
	if x := h.infinitive(o); strings.HasPrefix(x, "to ") {
		return x
	}
	return ""
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

// complementOblique returns the first oblique of the verb at x that
// completes it, with its preposition (complement_cases, issue_cases:
// "would resort to other means" → "to other means"), or "": a time, a
// phrase past a comma or one naming no one new says nothing the clause
// needs.
func (h *head) complementOblique(x node) string {
	d := h.s.tr
	for _, c := range d.kids(x, is("obl")) {
		cw := d.caseWord(c)
		if !complementCases[cw] && !theHeadWords.issueCases[cw] || h.isTime(c) || c > x && commaBetween(d, x, c) || !d.nominal(c) {
			continue
		}
		if text, _ := h.phrase(c, false); text != "" && len(timex.Tag(text, time.Time{})) == 0 {
			return cw + " " + text
		}
		return ""
	}
	return ""
}

// verbOblique returns the first oblique after the verb at x with its
// preposition, what completes a verb with no object in what is said
// ("250 swans had died of bird flu" → "of bird flu", "the community
// would stay on in Kosovo" → "in Kosovo"), or "": a time, a phrase past a
// comma, one before the verb or one naming no one new says nothing the
// clause needs.
func (h *head) verbOblique(x node) string {
	d := h.s.tr
	for _, c := range d.kids(x, is("obl")) {
		cw := d.caseWord(c)
		if c < x || cw == "" || h.isTime(c) || !d.nominal(c) {
			continue
		}
		if commaBetween(d, x, c) {
			return ""
		}
		if text, _ := h.phrase(c, false); text != "" && len(timex.Tag(text, time.Time{})) == 0 {
			return cw + " " + text
		}
		return ""
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

// nounXcomp returns the noun the verb at x takes as its complement,
// with its modifiers ("would become a target of the insurgency" →
// "target of insurgency"), or "": a verb of becoming says nothing without
// it.
func (h *head) nounXcomp(x node) string {
	d := h.s.tr
	for _, a := range d.kids(x, is("xcomp")) {
		if d.w(a).UPOS != "NOUN" || h.isTime(a) || len(d.kids(a, is("mark", "cop", "nsubj"))) > 0 {
			return ""
		}
		if text, _ := h.phrase(a, false); text != "" {
			return text
		}
		return ""
	}
	return ""
}

// adjectiveXcomp returns the adjective the verb at x takes as its
// complement, with its adverbs ("were becoming increasingly
// sophisticated" → "increasingly sophisticated") and the one oblique an
// adjective takes ("has tested positive for a banned drug" → "positive
// for banned drug", see adjectiveOblique), or "": a verb of becoming or
// seeming says nothing without it.
func (h *head) adjectiveXcomp(x node) string {
	d := h.s.tr
	for _, a := range d.kids(x, is("xcomp")) {
		if d.w(a).UPOS != "ADJ" && !participleWord(d.w(a)) || len(d.kids(a, is("mark", "cop", "nsubj", "obj", "xcomp", "ccomp"))) > 0 {
			return ""
		}
		oblique := ""
		if len(d.kids(a, is("obl"))) > 0 {
			if oblique = h.adjectiveOblique(a); oblique == "" || d.w(a).UPOS != "ADJ" {
				return ""
			}
		}
		var words []string
		for _, k := range d.kids(a, is("advmod")) {
			if k > a || len(d.children[k]) > 0 {
				return ""
			}
			words = append(words, strings.ToLower(d.w(k).Form))
		}
		words = append(words, strings.ToLower(d.w(a).Form))
		if oblique != "" {
			words = append(words, oblique)
		}
		return strings.Join(words, " ")
	}
	return ""
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

// predicate returns the headline of a clause at x whose predicate is no
// verb, with its subject subj and modal: a modal with an adjective
// ("involvement should be positive") or a noun ("the vote will be a real
// test" → "vote will be real test"), or with no modal an adjective, with
// the one oblique it takes ("not responsible for the outbreak"), or a
// prepositional phrase, the copula left out as headlines do ("the
// government was not in charge" → "government not in charge") but after
// a pronoun ("he was worried" → "he is worried"); else "".
func (h *head) predicate(x node, subj, modal string) string {
	d := h.s.tr
	w := d.w(x)
	if subj == "" || len(d.kids(x, is("cop"))) == 0 {
		return ""
	}
	if modal != "" {
		switch {
		case w.UPOS == "ADJ":
			return subj + " " + modal + " " + negation(d, x) + "be " + strings.ToLower(w.Form)
		case w.UPOS == "NOUN" && d.caseWord(x) == "" && len(d.kids(x, is("nmod", "acl", "acl:relcl", "conj"))) == 0:
			// "the elections will be a true referendum" → "elections
			// will be true referendum": what it will be, the noun's
			// phrase
			if text := h.nounPhrase(x, 0); text != "" && !theHeadWords.vague[text] {
				return subj + " " + modal + " " + negation(d, x) + "be " + text
			}
		}
		return ""
	}
	if w.UPOS == "NOUN" && d.caseWord(x) == "" {
		return h.nounPredicate(x, subj)
	}
	if theHeadWords.saidPronouns[subj] {
		// "he was not optimistic" → "he is not optimistic": a pronoun
		// keeps its copula, in the present ("they are")
		subj += " " + theHeadWords.presentOf("be", theHeadWords.pluralPronouns[subj])
	}
	own := func(rels ...string) []node {
		// the clauses of the predicate, but the statement's own verb,
		// which the parse hangs on the clause it reports ("Mongolia is
		// willing to deepen ties, the minister said", "said" an adverbial
		// clause of "willing")
		return slices.DeleteFunc(d.kids(x, is(rels...)), func(c node) bool { return c == h.event })
	}
	switch cw := d.caseWord(x); {
	case w.UPOS == "ADJ" && len(own("obl", "xcomp", "ccomp", "advcl")) == 0:
		return subj + " " + negation(d, x) + strings.ToLower(w.Form)
	case w.UPOS == "ADJ" && len(own("xcomp", "ccomp", "advcl")) == 0:
		// "bird flu is not responsible for the deaths" → "bird flu not
		// responsible for deaths": the adjective with its oblique, which
		// it needs ("responsible" alone would say another thing)
		if o := h.adjectiveOblique(x); o != "" {
			return subj + " " + negation(d, x) + strings.ToLower(w.Form) + " " + o
		}
	case w.UPOS == "ADJ" && len(own("obl", "ccomp", "advcl")) == 0 && len(own("xcomp")) == 1:
		// "the army was able to hold the city" → "army able to hold
		// city": the adjective with its infinitive
		if inf := h.infinitive(x); strings.HasPrefix(inf, "to ") {
			return subj + " " + negation(d, x) + strings.ToLower(w.Form) + " " + inf
		}
	case w.UPOS == "NOUN" && cw != "" && len(d.kids(x, is("nmod", "acl", "acl:relcl"))) == 0:
		return subj + " " + negation(d, x) + cw + " " + h.nounPhrase(x, 0)
	case w.UPOS == "NOUN" && cw != "" && len(d.kids(x, is("acl", "acl:relcl"))) == 0:
		// "it was in talks with Fuji Television for a tie-up" → "it is
		// in talks with Fuji Television": the noun with the first of
		// its phrases when that one names its party or what it is about
		// ("airlines are among the bidders for the domestic carrier" →
		// "airlines are among bidders for domestic carrier")
		k := d.kids(x, is("nmod"))[0]
		if kw := d.caseWord(k); kw != "" && kw != "of" && (d.w(k).UPOS == "PROPN" || d.w(k).UPOS == "NOUN" && !h.isTime(k)) {
			if name, _ := h.phrase(k, false); name != "" {
				return subj + " " + negation(d, x) + cw + " " + h.nounPhrase(x, 0) + " " + kw + " " + name
			}
		}
	}
	return ""
}

// hasCC reports whether the conjunct at k is joined by the word cc ("and",
// not the "/" of "HIV/AIDS").
func hasCC(d *tree, k node, cc string) bool {
	return slices.ContainsFunc(d.kids(k, is("cc")), func(c node) bool { return strings.EqualFold(d.w(c).Form, cc) })
}

// lowerAt returns the word at c in lower case.
func lowerAt(d *tree, c node) string { return strings.ToLower(d.w(c).Form) }

// predicateOfDepth is how many "of" phrases a nominal predicate keeps
// after its noun ("leading cause of death of children", not "... under
// the age of five").
const predicateOfDepth = 2

// nounPredicate returns the headline of a clause at x whose predicate is
// a noun with no modal, subj "is" (or "are") the noun's phrase with its
// "of" phrases ("HIV was the leading cause of death of children" → "HIV
// is leading cause of death of children", "the rate was 8.8 percent" →
// "rate is 8.8 percent"), or "": a noun with a clause or a conjunct of its
// own (other than the statement's own verb the parse may hang on it), or
// a vague one.
func (h *head) nounPredicate(x node, subj string) string {
	d := h.s.tr
	if slices.ContainsFunc(d.kids(x, is("acl", "acl:relcl", "conj", "appos")), func(c node) bool { return c != h.event }) {
		return ""
	}
	text := h.nounPhrase(x, 0)
	if text == "" || theHeadWords.vague[text] || strings.Fields(text)[0] == text && text == strings.ToLower(text) && len(d.kids(x, is("nmod"))) == 0 {
		return "" // "it was a success": a bare noun says too little
	}
	for k, depth := x, 0; depth < predicateOfDepth; depth++ {
		next := noNode
		for _, c := range d.kids(k, is("nmod")) {
			if c > k && d.caseWord(c) == "of" && d.nominal(c) && !h.isTime(c) && !commaBetween(d, k, c) {
				next = c
			}
			break
		}
		if next == noNode {
			break
		}
		if depth == 0 && strings.HasSuffix(text, " "+d.w(next).Form) && strings.Contains(text, " of ") {
			k = next // the noun's own phrase ends on its first "of" phrase ("main cause of death"): on to the next
			continue
		}
		of := h.nounPhrase(next, 0)
		if of == "" || strings.Contains(text, d.w(next).Form) {
			break
		}
		text += " of " + of
		k = next
	}
	be := "is"
	for _, c := range d.kids(x, is("nsubj")) {
		if xp := d.w(c).XPOS; xp == "NNS" || xp == "NNPS" || slices.ContainsFunc(d.kids(c, is("conj")), func(k node) bool { return hasCC(d, k, "and") }) || lowerAt(d, c) == "they" || lowerAt(d, c) == "we" {
			be = "are" // "Air France and Virgin are among bidders", "they are"
		}
	}
	return subj + " " + be + " " + negation(d, x) + text
}

// adjectiveOblique returns the oblique of the predicate adjective at x
// with its preposition ("responsible for the deaths" → "for deaths"), or
// "": the adjective's only oblique that is no time, names a noun and
// stands right after the adjective's phrase, no comma between.
func (h *head) adjectiveOblique(x node) string {
	d := h.s.tr
	var obl []node
	for _, c := range d.kids(x, is("obl")) {
		if !h.isTime(c) {
			obl = append(obl, c)
		}
	}
	if len(obl) != 1 {
		return ""
	}
	c := obl[0]
	if u := d.w(c).UPOS; c < x || u != "NOUN" && u != "PROPN" || d.caseWord(c) == "" || commaBetween(d, x, c) {
		return ""
	}
	text, _ := h.phrase(c, false)
	if text == "" {
		return ""
	}
	return d.casePhrase(c) + " " + text
}

// smallPredicate returns the nominal predicate of a small clause whose
// subject is the object c of the verb at n: a noun with no preposition
// after c that the parse hangs on the verb, a second object among them
// ("declared Saturday a public holiday", "to make Darfur a priority"), or
// noNode.
func (h *head) smallPredicate(n, c node) node {
	d := h.s.tr
	for _, p := range d.kids(n, is("xcomp", "obl:unmarked", "obl:npmod", "obj")) {
		if p > c && d.w(p).UPOS == "NOUN" && d.caseWord(p) == "" && !h.isTime(p) && !commaBetween(d, c, p) {
			// past a comma, a noun is an apposition on the clause ("not
			// to privatise SNCF, a move to fend off a strike"), no
			// predicate of the object
			return p
		}
	}
	return noNode
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

// misreadInfinitive returns the headline of a verb trigger at n after
// "to" that the parse reads as an adjective of its object ("called on
// Turkmenistan to free journalists and political prisoners", "free"
// parsed as modifying "journalists"): the event's one-word type with
// what it is done to ("Release of journalists and political prisoners"),
// the act asked for and not said to be done; else "".
func (h *head) misreadInfinitive(n node) string {
	d := h.s.tr
	hd, ok := d.head(n)
	typ := string(h.m.Type)
	if !ok || n < 1 || !strings.EqualFold(d.w(n-1).Form, "to") || hd <= n || strings.Contains(typ, "_") || !d.nominal(hd) {
		return ""
	}
	var words []string
	for _, w := range strings.Fields(h.nounPhrase(hd, 0)) {
		if !strings.EqualFold(w, d.w(n).Form) {
			words = append(words, w)
		}
	}
	if len(words) == 0 {
		return ""
	}
	objs := []string{strings.Join(words, " ")}
	for _, c := range d.kids(hd, is("conj")) {
		if d.nominal(c) {
			objs = append(objs, h.nounPhrase(c, 0))
		}
	}
	return capitalize(typ) + " of " + joinNames(objs)
}

// maxQuoteWords bounds the words of a quotation a headline gives whole.
const maxQuoteWords = 10

// quoteMarks are the marks that open or close a quotation.
var quoteMarks = set(`"`, "“", "”", "``", "''")

// quotation returns the words the verb of saying at n quotes, in quotation
// marks ("\"I am not afraid of being executed\"" of "'I am not afraid of
// being executed' if found guilty, Saddam vowed"): its complement clause
// when a quotation mark opens right before it and closes within
// maxQuoteWords words, the verb outside the quotation (the parse may make
// the verb the quotation's complement); else "".
func (h *head) quotation(n node) string {
	d := h.s.tr
	said := d.kids(n, is("ccomp", "parataxis"))
	if hd, ok := d.head(n); ok && hd < n && (d.rel(n) == "ccomp" || d.rel(n) == "parataxis" || h.afterQuote(n) || h.speakerAfterQuote(n)) {
		// "'I am not afraid,' Saddam vowed" parsed with the quotation as
		// the root; "'..., ' said Wen" right after the closing mark,
		// however the parse hangs the verb on it (conjunct, dependent)
		said = append(said, hd)
	}
	for _, x := range said {
		first := x // the first word of the clause, punctuation aside
		for k := x - 1; k >= 0 && d.within(k, x); k-- {
			if d.w(k).UPOS != "PUNCT" {
				first = k
			}
		}
		open := first - 1
		if open < 0 || !quoteMarks[d.w(open).Form] {
			continue
		}
		var words []string
		for k := open + 1; int(k) < len(d.words); k++ {
			w := d.w(k)
			if quoteMarks[w.Form] {
				if n > open && n < k || len(words) == 0 || len(words) > maxQuoteWords {
					return ""
				}
				text := h.s.d.in.Text[d.w(open+1).Start:d.w(k-1).End]
				return "\"" + strings.TrimRight(text, ",.") + "\""
			}
			if w.UPOS != "PUNCT" {
				words = append(words, w.Form)
			}
		}
	}
	return ""
}

// afterQuote reports whether the verb at n follows a quotation's closing
// mark, with at most a comma between ("'...,' said Wen").
func (h *head) afterQuote(n node) bool {
	d := h.s.tr
	k := n - 1
	if k >= 0 && d.w(k).Form == "," {
		k--
	}
	return k > 0 && n-k <= 2 && quoteMarks[d.w(k).Form] && d.w(k).UPOS == "PUNCT"
}

// speakerAfterQuote reports whether the verb at n follows its subject
// right after a quotation's closing mark ("'...,' the central bank
// governor said"), the marks and the comma the parse may hang on that
// subject aside: the verb of saying quotes what closes there.
func (h *head) speakerAfterQuote(n node) bool {
	d := h.s.tr
	for _, sj := range d.kids(n, is("nsubj")) {
		if sj > n {
			continue
		}
		first := noNode // the subject's first word, punctuation aside
		for k := n - 1; k >= 0 && d.within(k, sj); k-- {
			if d.w(k).UPOS != "PUNCT" {
				first = k
			}
		}
		if first == noNode || !d.within(n-1, sj) {
			return false // (the subject runs right up to the verb)
		}
		return h.afterQuote(first)
	}
	return false
}

// misreadToVerb returns the infinitive clause the parse reads as a "to"
// phrase at c whose first modifier is a verb taken for an adjective
// ("called on Turkmenistan to free journalists and political prisoners",
// "free" parsed as modifying "journalists"): "to free journalists and
// political prisoners", the actors it names marked named; else "".
func (h *head) misreadToVerb(c node) string {
	d := h.s.tr
	if d.caseWord(c) != "to" || !d.nominal(c) {
		return ""
	}
	mods := d.kids(c, is("amod"))
	if len(mods) == 0 {
		return ""
	}
	verb := mods[0] // right after "to", a verb's base form
	if w := d.w(verb); verb < 1 || w.UPOS != "ADJ" || !strings.EqualFold(d.w(verb-1).Form, "to") || cameoForms()[strings.ToLower(w.Form)] != strings.ToLower(w.Form) {
		return ""
	}
	var words []string
	for _, w := range strings.Fields(h.nounPhrase(c, 0)) {
		if !strings.EqualFold(w, d.w(verb).Form) {
			words = append(words, w)
		}
	}
	if len(words) == 0 {
		return ""
	}
	objs := []string{strings.Join(words, " ")}
	for _, k := range append([]node{c}, d.kids(c, is("conj"))...) {
		if k != c && d.nominal(k) {
			objs = append(objs, h.nounPhrase(k, 0))
		}
		h.told(k)
	}
	return "to " + strings.ToLower(d.w(verb).Form) + " " + joinNames(objs)
}

// visitCases are the prepositions of the place a visit goes to.
var visitCases = set("in", "to", "for", "at")

// unknownPlace returns the place a name the gazetteer lacks gives the
// visit at n, an oblique or "of"-less modifier marked by one of
// visitCases headed by a proper noun ("arrived in the South", "his
// arrival in the South"), with its preposition; else "", "".
func (h *head) unknownPlace(n node) (prep, name string) {
	d := h.s.tr
	for _, c := range d.kids(n, func(r string) bool { return baseRel(r) == "obl" || r == "nmod" }) {
		cw := d.caseWord(c)
		if !visitCases[cw] || d.w(c).UPOS != "PROPN" || h.isTime(c) || len(h.s.phraseActors(c, false)) > 0 {
			continue
		}
		if text := h.nounPhrase(c, 0); text != "" {
			return cw, text
		}
	}
	return "", ""
}

// namedPlace returns the place a visit's verb at n goes to when the
// mention holds no location: the country or place an oblique marked by one
// of visitCases is, or its possessor or compound names ("headed to
// Pakistan's mountainous northern region" → "to Pakistan"), with its
// preposition ("in" for an arrival verb); else "", "". A time, or a name
// deeper in the phrase ("headed to talks with Israel"), names no place.
func (h *head) namedPlace(n node) (prep, name string) {
	s, d := h.s, h.s.tr
	for _, c := range d.kids(n, is("obl")) {
		cw := d.caseWord(c)
		if !visitCases[cw] || h.isTime(c) {
			continue
		}
		for _, k := range append([]node{c}, d.kids(c, is("nmod:poss", "compound"))...) {
			p, ok := s.actorWord(k)
			if !ok {
				continue
			}
			a := s.actor(p)
			if a.Kind != actor.Place && a.Kind != actor.Country || demonym(a.Text) {
				continue
			}
			id := s.d.placeOf(a)
			if id == "" || h.used[id] {
				continue
			}
			h.used[id] = true
			if d.lemmaIn(n, theHeadWords.arrivalVerbs) {
				cw = "in"
			}
			return cw, s.name(id)
		}
	}
	return "", ""
}

// commaBetween reports whether a comma stands between the words a and b
// (a before b).
func commaBetween(d *tree, a, b node) bool {
	for k := a + 1; k < b; k++ {
		if d.w(k).Form == "," {
			return true
		}
	}
	return false
}

// hasCase reports whether a case marker of the phrase at c is word ("
// according" of "according to the bank").
func hasCase(d *tree, c node, word string) bool {
	for _, k := range d.kids(c, is("case")) {
		if strings.EqualFold(d.w(k).Form, word) {
			return true
		}
	}
	return false
}

// clauseConnectors are the words that open a clause the parse may read as
// a prepositional phrase with a participle ("after US-led forces
// invaded").
var clauseConnectors = set("after", "before", "since", "until", "as", "when")

// visitAim returns what a visit at n with no place named is for, its
// "for" oblique headed by a common noun ("arrived here for a three-day
// visit" → "for three-day visit", "for talks"), or "".
func (h *head) visitAim(n node) string {
	d := h.s.tr
	for _, c := range d.kids(n, is("obl")) {
		if d.caseWord(c) != "for" || d.w(c).UPOS != "NOUN" || h.isTime(c) {
			continue
		}
		if text := h.nounPhrase(c, 0); text != "" && !theHeadWords.vague[text] {
			return "for " + text
		}
	}
	return ""
}

// commonPlace returns where a visit's verb at n with no named place goes,
// its "in" or "at" oblique headed by a common noun that names no actor, no
// time and no vague place ("arrived in the camp" → "in camp"), with its
// preposition; else "". A verb that needs no object says the visit with
// it ("Refugees arrive in camp"), or alone, never "make visit".
func (h *head) commonPlace(n node) string {
	d := h.s.tr
	for _, c := range d.kids(n, is("obl")) {
		cw := d.caseWord(c)
		if cw != "in" && cw != "at" || d.w(c).UPOS != "NOUN" || h.isTime(c) || len(h.s.phraseActors(c, false)) > 0 {
			continue
		}
		if text := h.nounPhrase(c, 0); text != "" && !theHeadWords.vague[text] {
			return cw + " " + text
		}
	}
	return ""
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

// comparatives are the words of "more than", "fewer than", "less than".
var comparatives = set("more", "fewer", "less")

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
// to it, it says what ("urged the parties to spare the city", "a typhoon
// hit the northern part of the country"); not a bare noun of an idiom
// ("to meet face to face").
func (h *head) definiteThing(c node) bool {
	d := h.s.tr
	return d.w(c).UPOS == "NOUN" && len(d.kids(c, is("det"))) > 0 && len(h.s.phraseActors(c, false)) == 0
}

// gerundAfterTo returns the lowercased gerund the verb at x takes after
// the preposition "to" as its complement ("contributes to maintaining
// stability", "looks forward to signing"), or "": the headline keeps the
// "to" that infinitive leaves off its gerunds.
func (h *head) gerundAfterTo(x node) string {
	d := h.s.tr
	for _, c := range d.kids(x, is("xcomp", "advcl")) {
		lw := strings.ToLower(d.w(c).Form)
		if hasMark(d, c, "to") && d.w(c).UPOS == "VERB" && (d.w(c).XPOS == "VBG" || d.w(c).XPOS == "" && strings.HasSuffix(lw, "ing")) {
			return lw
		}
	}
	return ""
}

// bareVerbOf reports whether the verb at x has nothing but its subject,
// its object and times: no oblique, complement or infinitive that a
// headline keeping a vague object would cut off ("brought the situation
// under control" is no "brings situation").
func (h *head) bareVerbOf(x node) bool {
	d := h.s.tr
	return !slices.ContainsFunc(d.kids(x, is("obl", "xcomp", "ccomp", "advcl", "iobj")), func(c node) bool { return !h.isTime(c) })
}

// told marks the actors of the phrase at c as named by the headline, so
// that no later part names them again.
func (h *head) told(c node) {
	for _, p := range h.s.phraseActors(c, false) {
		h.used[h.s.actor(p).ActorID] = true
	}
}

// ownObject reports whether the object word c heads the noun trigger
// merged into the verb trigger t (mergeObjects: "declared a state of
// emergency", "declared martial law"): the event's own noun, which a
// small clause's verb keeps as its object ("declares state of
// emergency") whatever the name finder reads in it ("state").
func (h *head) ownObject(t *trigger, c node) bool {
	if t.object == nil {
		return false
	}
	on, ok := h.s.triggerNode(t.object)
	return ok && on == c
}

// charge returns " for X", " of X", " with X" or " on X" (chargeCases)
// when the participle n of a verb of chargeVerbs says what its patient is
// charged or convicted for ("the outfit blamed for the bomb blasts", "a
// prisoner convicted for public insult ... was denied leave", "charged
// with fraud", "blamed on rebels"), else "". A "with" phrase of people is
// who else is charged, no charge.
func (h *head) charge(n node, base string) string {
	d, hw := h.s.tr, theHeadWords
	if !hw.chargeVerbs[base] {
		return ""
	}
	for _, c := range d.kids(n, is("obl")) {
		cw := d.caseWord(c)
		if cw == "with" && (h.namesPeople(c) || h.counted(c)) {
			continue // "accused with three other politicians of ...": who is charged too, no charge
		}
		if chargeCases[cw] && c > n && d.nominal(c) && !h.isTime(c) && !h.timeLike(c) && !hw.spanNouns[strings.ToLower(d.w(c).Form)] && !commaBetween(d, n, c) {
			if text, _ := h.phrase(c, false); text != "" {
				return " " + cw + " " + text
			}
			return ""
		}
	}
	return ""
}
