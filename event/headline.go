package event

import (
	"slices"
	"strings"

	"github.com/chronograph-news/chronograph/actor"
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
	n, ok := s.parsedTrigger(t)
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
	title = h.verb(t, n, base)
	if x := h.soughtByTags(t, n, title); x != "" {
		title = x // "X calls for grain tariffs to be lifted", never the bare "X appeals" (headsought.go)
	}
	return title, true
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
	// wide marks a reported clause told at the last, longest budget
	// (maxSaidChars), which may leave out a participle describing a
	// noun (spareParticiple) rather than tell nothing.
	wide bool
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
				subj, plural = h.namedMover(c, subj, plural)
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
			if r := h.quotedClause(n); r != "" {
				// "'Trade is up,' said Jane Roe": "Jane Roe says trade
				// is up", the quotation as a reported clause
				return capitalize(subj) + " " + hw.present("say", plural) + " " + r
			}
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
			h.wide = true
			r := h.plainReported(n, maxSaidChars-len(subj)-len(" says "))
			h.wide = false
			if r != "" && !strings.Contains(r, subj) {
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
	sideObject := h.sideObject(t)
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
		case object == "" && prep == "" && !prepLast && (!strings.Contains(base, " ") || sideObject):
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
	if t.e.ObjectNeeds && !passive {
		// "won the women's 10m air pistol individual title with 590
		// points", the parse's object a misread naming no prize: "wins
		// title"; an object that names one stays ("wins three cup titles")
		if j := h.s.objectHead(t.end, t.e.Needs); j >= 0 && !h.namesAny(object, t.e.Needs) {
			object = h.s.word(j)
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

// clauseEnds are the punctuation marks that close a clause.
var clauseEnds = wordList("clause_ends")

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

// hasMark reports whether the clause at x is introduced by the word mark.
func hasMark(d *tree, x node, mark string) bool {
	for _, k := range d.kids(x, is("mark")) {
		if strings.EqualFold(d.w(k).Form, mark) {
			return true
		}
	}
	return false
}

// complementCases are the prepositions of a verb's complement a headline
// keeps after the verb's object (data/words.yaml).
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

// hasCC reports whether the conjunct at k is joined by the word cc ("and",
// not the "/" of "HIV/AIDS").
func hasCC(d *tree, k node, cc string) bool {
	return slices.ContainsFunc(d.kids(k, is("cc")), func(c node) bool { return strings.EqualFold(d.w(c).Form, cc) })
}

// lowerAt returns the word at c in lower case.
func lowerAt(d *tree, c node) string { return strings.ToLower(d.w(c).Form) }

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
var clauseConnectors = wordList("clause_connectors")

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
