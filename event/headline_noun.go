package event

import (
	"slices"
	"strings"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/nlp/wordnet"
)

// The headline of a noun trigger ("the signing of the treaty", "talks
// with Kim", "a gas blast hit the colliery"): its object, its sides, the
// clause it stands in (see headline.go for the verb's).

// noun builds the headline of a noun trigger at node n ("the signing of
// the treaty", "Georgia's detention of Russian officers", "talks with
// Kim").
func (h *head) noun(t *trigger, n node) string {
	s, d, hw := h.s, h.s.tr, theHeadWords
	tw, ok := hw.Types[h.m.Type]
	if !ok {
		return ""
	}
	nounVerb := hw.Nouns[t.lemma] // "press conference", before its head word's
	for _, l := range s.d.lem(strings.ToLower(d.w(n).Form)) {
		if nounVerb != "" {
			break
		}
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
			if symmetric[h.m.Type] && h.holdsAgent(c) {
				// "the conference of the UN missions": whose meeting it
				// is, the agent, no other side
				continue
			}
			if text, _ := h.phrase(c, false); text != "" {
				object, actorObject = text, h.isActorWord(c) || len(s.phraseActors(c, false)) > 0
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
	if verb := strings.Fields(tw.Verb); object != "" && prep == "" && !tw.Patient && len(verb) == 1 && (hw.noObject[verb[0]] || hw.ofDoer[verb[0]]) && !strings.Contains(object, " of ") {
		// "the resignation of a high-ranking politician": who does what
		// a verb with no object says ("High-ranking politician resigns");
		// so does the "of" phrase of a noun whose verb may take an
		// object (of_doer_verbs: "a protest of farmers", though
		// "protested the decision")
		plural := false
		for _, c := range d.kids(n, is("nmod")) {
			if d.caseWord(c) == "of" {
				plural = pluralWord(d.w(c))
				break
			}
		}
		return capitalize(object) + " " + hw.present(verb[0], plural) + h.place()
	}
	if back := s.definite(t) && s.d.mem.fullHeadline[string(h.m.Type)+" "+t.lemma]; len(h.agents) == 0 && !back {
		// "the 2003 invasion, led by the United States": who did it is
		// the by-phrase of the participle on the noun (a definite noun
		// told before in full takes that headline: see compose)
		if name, plural := h.participleAgent(n); name != "" {
			h.agents, h.group = []string{name}, plural
		} else if name, plural := h.nounDoer(n); name != "" {
			h.agents, h.group = []string{name}, plural // "an announcement from Moody's" (headdoer.go)
		}
	}
	if object == "" && tw.Patient && len(h.agents) > 0 {
		object = h.others(Target)
	}
	// an arrival is in the place it reaches ("arrival in New York"),
	// never "to" it
	arrival := h.m.Type == Visit && s.d.lemmaIn(strings.ToLower(d.w(n).Form), hw.arrivalNouns)
	byModifier := false // the visit's place is its modifier's ("a Washington visit")
	if h.m.Type == Visit && object == "" {
		object = h.visitedName(n) // "visits Washington"
		byModifier = object != ""
	}
	if _, name := h.unknownPlace(n); h.m.Type == Visit && object == "" && h.m.Location == "" && name != "" && len(h.agents) > 0 {
		// "his arrival in the South": the place the text names
		subj, plural := h.subject()
		return capitalize(subj) + " " + hw.present(tw.Verb, plural) + " " + name
	}
	if h.m.Type == Visit && object == "" && h.m.Location != "" && !h.used[h.m.Location] {
		// "gave him a tour" in North Korea: the place is the object, the
		// host goes unnamed
		h.used[h.m.Location] = true
		object = s.name(h.m.Location)
		h.others(Counterpart, Recipient)
	}
	counter := h.others(Counterpart, Recipient)
	if out := h.sportNoun(n, counter); out != "" {
		return out // "their 1-0 win over X": "Y beats X 1-0" (headsport.go)
	}
	if len(h.agents) == 0 && symmetric[h.m.Type] && counter != "" {
		// "Blair raised the issue during a meeting with Bush": the
		// named subject of the verb the noun hangs on is the other side
		if name, plural := h.hostSubject(n); name != "" {
			h.agents, h.group = []string{name}, plural
		}
	}
	if v, ok := d.head(n); len(h.agents) == 0 && h.m.Type == Visit && ok && baseRel(d.rel(n)) == "obl" && d.w(v).UPOS == "VERB" {
		// "shortly after returning from a foreign trip, King Gyanendra
		// reshuffled": who travels is the subject of the clause the
		// visit is an oblique of, as the tree climbs to it
		if c, ok := h.treeSubjectWord(v); ok && h.isActorWord(c) {
			if name, ok := h.actorPhrase(c); ok {
				h.agents = []string{name}
			}
		}
	}
	if text, many, ok := h.describedDoer(n); ok {
		h.agents, h.group = []string{text}, many // "the Norwegian shipping firm finalised a deal" (headdoer.go)
	}
	subj, plural := h.subject()
	if x, _ := h.contentClause(n); subj == "" && h.m.Type == Statement && x == noNode && accordingTo(h.s.tr, n) {
		// "consumer confidence fell, according to a survey released
		// Wednesday": with no one named who issued it, the report
		// itself says what its clause tells ("Survey says consumer
		// confidence falls"), never the bare "Survey released"
		if speaker := h.nounPhrase(n, 0); speaker != "" {
			if r := h.accordingClause(n, maxTitleChars-len(speaker)-len(" says ")); r != "" {
				return capitalize(speaker) + " " + hw.present("say", pluralWord(d.w(n))) + " " + r
			}
		}
	}
	if x, verb := h.contentClause(n); subj != "" && h.m.Type == Statement && x == noNode && accordingTo(h.s.tr, n) {
		// "the talks will resume, according to a statement issued by
		// the ministry": what the statement says is the clause its
		// phrase hangs on ("Ministry says talks will resume")
		if hd, ok := h.s.tr.head(n); ok && hd < n {
			if r := h.saidClause(hd, true); r != "" {
				return capitalize(subj) + " " + hw.present("say", plural) + " " + r + h.place()
			}
		}
	} else if v := h.saidIn(n); subj != "" && h.m.Type == Statement && x == noNode && v != noNode {
		// "Brazil added in an official statement that ...", "the
		// embassy said in a statement the accord provides ...": the
		// statement says what its verb reports
		if r := h.reportedClause(v); r != "" {
			return capitalize(subj) + " " + hw.present("say", plural) + " " + r + h.place()
		}
		if r := h.plainReported(v, maxTitleChars-len(subj)-len(" says ")); !strings.Contains(r, subj) {
			// what the rules of saidClause could not tell, in the
			// clause's own words (headplain.go), with the speaker's
			// short name when the full one leaves too little room
			if short := h.shortReported(v, subj, "say", plural, r); short != "" {
				return short
			}
			if r != "" {
				return capitalize(subj) + " " + hw.present("say", plural) + " " + r
			}
		}
	} else if v := h.spokenIn(n); h.m.Type == Statement && x == noNode && v != noNode {
		// "in a speech at the academy, Obama defended the decision": the
		// speech is what its clause's verb does ("Obama defends decision")
		who, many := subj, plural
		if who == "" {
			who, many = h.phrase(d.kids(v, is("nsubj"))[0], true)
		}
		for _, o := range d.kids(v, is("obj")) {
			if who == "" {
				break
			}
			if text, _ := h.phrase(o, false); text != "" && d.nominal(o) {
				if inf := h.infinitive(o); strings.HasPrefix(inf, "to ") {
					text += " " + inf // "decision to cut troops"
				}
				return capitalize(who) + " " + hw.present(h.verbBase(v), many) + " " + text + h.place()
			}
		}
	} else if subj != "" && h.m.Type == Statement && x != noNode {
		if r := h.saidClause(x, true); r != "" {
			// "a statement by Brenner that he had secured the
			// commitment": what is said ("Karl Brenner says he secures
			// commitment"), or admitted ("issued a statement admitting
			// ...": "admits")
			return capitalize(subj) + " " + hw.present(verb, plural) + " " + r + h.place()
		}
		if r := h.plainContent(x, maxTitleChars-len(subj)-len(hw.present(verb, plural))-2); r != "" && !strings.Contains(r, subj) {
			// "issued a statement saying Sunday's referendum contradicts
			// ...": in the clause's own words (headplain.go)
			return capitalize(subj) + " " + hw.present(verb, plural) + " " + r
		}
	}
	if h.m.Type == Statement || h.m.Type == Legislation {
		if out := h.statementDoes(n, subj, plural); out != "" {
			return out // "issued a statement condemning the sanctions", "a decree urging hospitals to ..."
		}
	}
	if counter == "" && subj != "" && h.m.Type == Meeting {
		counter = h.otherSide(n) // "talks with tribal elders"
	}
	if subj == "" {
		if out := h.doneInProtest(n); out != "" {
			return out
		}
		if obj, base := h.gerundObject(n); obj != "" {
			// "launching several rockets at Israel": "Rockets launched
			// at Israel", the actor it is aimed at kept
			out := capitalize(obj) + " " + hw.participle(base)
			for _, c := range d.kids(n, func(r string) bool { return baseRel(r) == "obl" && r != "obl:tmod" }) {
				if cw := d.caseWord(c); targetCases[cw] {
					if text, ok := h.actorPhrase(c); ok {
						out += " " + cw + " " + text
						break
					}
				}
			}
			return out + h.place()
		}
		if tw.Patient && object != "" && prep == "" && (nounVerb != "" || actorObject) {
			return capitalize(object) + " " + hw.participle(cmpOr(nounVerb, strings.Fields(tw.Verb)[0])) + h.place()
		}
		if out := h.supportClause(t, n, nounVerb); out != "" {
			return out
		}
		if out := h.tollRise(n); out != "" {
			return out
		}
		if object == "" && counter == "" && !s.definite(t) {
			// checked first: passiveSupport marks the actors and the
			// place it names, which a title made otherwise must keep
			if out := h.passiveSupport(n); out != "" {
				// "the summit was held" refers back to an event told
				// before, whose headline says more
				h.partial = true // no agent: a later mention may tell more
				return out
			}
		}
		if out := h.gerundSubject(n); out != "" {
			return out
		}
		if out := h.statePredicate(n); out != "" {
			return out
		}
		if out := h.undergone(n); out != "" {
			return out
		}
		if target := h.personTargets(); object == "" && tw.Patient && nounVerb != "" && target != "" {
			// "the street assassination last month of Pierre Gemayel",
			// the "of" phrase hung elsewhere: the person the mention
			// holds as its target ("Pierre Gemayel assassinated"); a
			// place ("the Kursk massacre") names where, not whom
			if strings.Contains(nounVerb, " ") {
				// a verb that carries its own object ("Trump's
				// inauguration": take office) has the person for subject
				return capitalize(target) + " " + hw.present(nounVerb, strings.Contains(target, " and ")) + h.place()
			}
			return capitalize(target) + " " + hw.participle(nounVerb) + h.place()
		}
		if out := h.changeOf(n); out != "" && object == "" && counter == "" {
			return out // "a drop in net profits to 919 million francs"
		}
		// no agent: the event's noun phrase with its place ("Israeli air
		// strike in Rafah"); a bare noun ("Talks") is left to the type
		out := h.nounPhrase(n, 0)
		switch {
		case object != "" && h.m.Type == Visit:
			if byModifier {
				out = strings.ToLower(d.w(n).Form) // "Visit to Washington", never "Washington visit to Washington"
			}
			if arrival {
				out += " in " + object // "Arrival in New York"
			} else {
				out += " to " + object // "State visit to Germany"
			}
		case object != "" && prep != "":
			out += " " + prep + " " + object
		case object != "" && actorObject:
			// "Trial of Saddam Hussein", never of the phrase the name
			// stands in ("the trial of deposed dictator Saddam Hussein")
			out, _, _ = strings.Cut(out, " of ")
			out += " of " + object
		case object != "" && !strings.Contains(out, " "):
			// a bare noun says what it is of ("pledges of assistance",
			// "a meeting of the body")
			out += " of " + object
			actorObject = true // what completes it is an outcome verb only
		}
		if counter != "" && (symmetric[h.m.Type] || hostile[h.m.Type] && h.has(Counterpart)) {
			// "Telephone conversation with Savimbi"; the other side of
			// a hostile act told as mutual ("fierce clashes with the
			// army")
			out += " with " + counter
		}
		if object == "" && (symmetric[h.m.Type] || h.m.Type == Negotiation || h.m.Type == Protest || h.m.Type == Election || aimedTypes[h.m.Type]) {
			out += h.nounTopic(n) // "Talks on price dispute", "Protest against war", "Referendum on new constitution", "Raid on party offices"
		}
		if object == "" && counter == "" {
			out += h.nounSite(n) // "Blast at chemical plant", never a bare "Blast"
		}
		told := false // the noun's own clause tells what became of it ("Talks collapse")
		if counter == "" {
			// what a noun that says what it is of did: only an outcome
			// or harm (bareNounRest)
			rest := h.bareNounRest(n, object != "")
			out += rest
			told = rest != ""
		}
		if loc := h.m.Location; loc != "" && strings.Contains(out, h.s.name(loc)) {
			h.used[loc] = true // "Moscow press conference": never "... in Moscow" again
		}
		where := h.place()
		if hit := h.struckBy(n); where == "" && hit != "" && object == "" && counter == "" && tw.Strikes && out == h.nounPhrase(n, 0) {
			// "northern Chile was hit by a moderate earthquake": the
			// disaster hits what the passive's subject names ("Moderate
			// earthquake hits northern Chile"), never the bare "hits"
			h.partial = true // no agent: a later "the earthquake" may tell more
			return capitalize(out) + " " + hw.present(tw.Verb, pluralWord(d.w(n)) || pluralNoun(d.w(n).Form)) + " " + hit
		}
		if where != "" && object == "" && counter == "" && tw.Strikes && out == h.nounPhrase(n, 0) {
			// "severe floods in Somalia": the disaster hits the place
			// ("Severe floods hit Somalia")
			_, name, _ := strings.Cut(where[1:], " ")
			h.partial = true // no agent: a later "the floods" may tell more
			return capitalize(out) + " " + hw.present(tw.Verb, pluralWord(d.w(n)) || pluralNoun(d.w(n).Form)) + " " + name
		}
		if happen := happened(h.m.Type, d.w(n).Form, pluralWord(d.w(n)) || pluralNoun(d.w(n).Form)); !told && happen != "" &&
			(happen == " held" || strings.HasPrefix(d.w(n).XPOS, "NN") && len(d.kids(n, is("nmod:poss"))) == 0) && strings.Contains(out+where, " ") && len(out+happen+where) <= maxTitleChars {
			// "the summit in Paris": a gathering is held there ("Summit
			// held in Paris"), "a mass labor strike" takes place: a
			// headline says the noun's event happened, never the bare
			// noun; with no agent, a later "the summit" may tell more (a
			// possessor, "the striker's shot", is whose act it is, and a
			// participle, "officer shot", no noun: neither tells a
			// happening, save a gathering's that is held)
			h.partial = true
			return capitalize(out) + happenedAt(h.m.Type, happen, where)
		}
		out += where
		if !strings.Contains(out, " ") {
			return ""
		}
		h.partial = true
		return capitalize(out)
	}
	if h.generic {
		// "the four gunmen who carried out the bombings": the light verb
		// and the phrase of its subject say it ("Four gunmen carry out
		// bombings"), where the type's verb would not
		if out := h.supportClause(t, n, nounVerb); out != "" {
			return out
		}
	}
	of := "" // what the noun is of, when the type's phrase cannot take it
	if object != "" && prep == "" && !actorObject && nounVerb == "" && tw.Object == "" && strings.Contains(tw.Verb, " ") {
		of = object // "issued a warning of imbalances": never "issues statement imbalances"
	}
	won := h.m.Type == Election && s.wonElection(n) // "won the election, defeating X": the win, not the rival
	if (object == "" || of != "") && (counter == "" || won) && (!strings.Contains(nounVerb, " ") || h.partVerb(n)) {
		// "Yudhoyono announced a cabinet reshuffle": the agent's own
		// light verb with the noun says more than the type's phrase
		// ("makes appointment")
		if out := h.agentLightVerb(n, subj, plural, of); out != "" {
			return out
		}
	}
	win := h.m.Type == SportResult && hw.winNouns[strings.ToLower(d.w(n).Form)]
	if win && counter == "" && object != "" && hw.beatCases[prep] {
		counter, object, prep = object, "", "" // "a 1-0 win against Chelsea": the side beaten
	}
	drawn := h.m.Type == SportResult && hw.drawNouns[strings.ToLower(d.w(n).Form)]
	if drawn && counter == "" && object != "" && (prep == "with" || hw.beatCases[prep]) {
		counter, object, prep = object, "", "" // "a 1-1 draw against Celtic": the other side
	}
	aim := "" // what the attack is aimed at, its type's phrase alone naming no target
	if tw.Alone != "" && counter == "" && object == "" && aimedTypes[h.m.Type] {
		// "the rebels' offensive against the government troops": "Rebels
		// launch attack against government troops", never a bare
		// "launch attack"
		aim = h.nounTopic(n)
	}
	var verb string
	switch {
	case drawn && object == "":
		// "a 2-2 home draw with Harwick": the sides drew, by the score
		// before the noun when there is one, never "wins match with"
		verb = strings.TrimSpace("draw " + s.scoreBeforeText(t.start))
	case win && counter == "" && object == "" && s.scoreBeforeText(t.start) != "":
		verb = "win " + s.scoreBeforeText(t.start) // "scored a 2-0 home win": "wins 2-0", never "wins match"
	case win && counter != "" && object == "":
		// "a 3-2 win over Rapid Vienna": the winner beats the other
		// side, never "wins match with Rapid Vienna"
		verb, counter = strings.Fields(tw.Verb)[0]+" "+counter, ""
	case object != "" && prep == "" && strings.Contains(nounVerb, " "):
		verb = nounVerb + " on " + object // "imposes curfew on Baghdad"
	case of != "":
		verb = tw.Verb + " " + cmpOr(tw.Prep, "of") + " " + object // "issues statement on imbalances"
	case object != "" && prep == "" && arrival:
		verb = hw.arrivalVerb + " in " + object // "on his arrival in New York": "arrives in New York"
	case object != "" && prep == "":
		verb = cmpOr(nounVerb, tw.Object, tw.Verb) + " " + object
	case object != "":
		verb = tw.Verb + " " + prep + " " + object
	case strings.Contains(nounVerb, " ") && counter == "":
		verb = nounVerb // "takes office"
	case counter != "" && h.m.Type == Meeting && OccasionOf(d.w(n).Form) != "":
		// an occasion is held for its guests ("held a banquet for the
		// visiting leaders": "holds banquet for leaders"), never "holds
		// talks with" them
		verb, counter = "hold "+strings.ToLower(d.w(n).Form)+" for "+counter, ""
	case counter != "" && tw.Prep == "" && tw.Alone != "" && !h.counterPeople():
		verb = tw.Alone // "holds talks with Japan", not "meets Japan"
	case counter != "" && tw.Prep == "" && !strings.Contains(tw.Verb, " "):
		verb, counter = tw.Verb+" "+counter, "" // "meets Kim"
	case tw.Alone != "" && counter == "" && h.m.Type == Visit && h.visitedCommon(n) != "":
		verb = tw.Verb + " " + h.visitedCommon(n) // "during a visit to the crisis-wracked nation": "visits crisis-wracked nation"
	case aim != "":
		verb = tw.Alone + aim
	case tw.Alone != "" && counter == "":
		verb = h.heldNoun(n, tw.Alone)
	case won && object == "":
		verb, counter = electionWinPhrase, "" // "won a landslide in the election": "wins election", never "holds election"
	default:
		verb = tw.Verb
	}
	out := capitalize(subj) + " " + hw.present(verb, plural)
	if counter != "" {
		out += " " + cmpOr(tw.Prep, "with") + " " + counter
	}
	return out + h.place()
}

// contentClause returns the "that" clause right after the phrase of the
// noun at n, what a statement says, wherever the parse hangs it ("a
// statement by Brenner on Wednesday that he had secured ...", or on the
// noun as its relative clause), or the
// clause of a "saying" after it, on the noun or on the verb whose object
// it is ("issued a statement saying the talks had failed"), and the verb
// of saying a headline gives it (data/headlines.yaml said_participles:
// "admitting" → "admit"; "say" for a "that" clause); else noNode.
func (h *head) contentClause(n node) (node, string) {
	d := h.s.tr
	hosts := []node{n} // what a "saying" clause may hang on: the noun, or the verb it is the object of
	if v, ok := d.head(n); ok && d.rel(n) == "obj" {
		hosts = append(hosts, v)
	}
	for _, v := range hosts {
		for _, g := range d.kids(v, is("acl", "advcl")) {
			verb, ok := theHeadWords.SaidParticiples[strings.ToLower(d.w(g).Form)]
			if !ok || g < n {
				continue
			}
			for _, x := range d.kids(g, is("ccomp")) {
				return x, verb // "issued statements saying they would not follow the example"
			}
			for _, hv := range hosts {
				for _, x := range d.kids(hv, is("ccomp")) {
					if x > g && len(d.kids(x, is("mark"))) == 0 {
						// "issued a statement admitting the soldiers had
						// left" parsed with the clause on the verb
						return x, verb
					}
				}
			}
		}
	}
	for _, x := range d.kids(n, is("acl", "acl:relcl")) {
		if x > n && hasMark(d, x, "that") && len(d.kids(x, is("nsubj", "nsubj:pass"))) > 0 {
			// "statements by Ahmadinejad that the state should be
			// wiped off the map" parsed as the noun's relative clause:
			// "that" marks it, a subject of its own fills it
			return x, "say"
		}
	}
	end := n
	for k := n + 1; int(k) < len(d.words) && d.within(k, n); k++ {
		end = k
	}
	m := end + 1
	if int(m) >= len(d.words) || !strings.EqualFold(d.w(m).Form, "that") || d.rel(m) != "mark" {
		return noNode, ""
	}
	x, ok := d.head(m)
	if !ok || d.w(x).UPOS != "VERB" && len(d.kids(x, is("cop"))) == 0 {
		return noNode, ""
	}
	return x, "say"
}

// changeOf returns the headline of the noun at n that is the "in"
// phrase of a noun of change that is a verb too (change_verbs: "a drop in
// net profits to 919 million francs"): the noun's phrase, the change as
// its verb and the figure its "to" phrase reaches ("Net profits drop to
// 919 million francs"); else "".
func (h *head) changeOf(n node) string {
	d := h.s.tr
	hd, ok := d.head(n)
	if !ok || d.rel(n) != "nmod" || d.caseWord(n) != "in" || !theHeadWords.changeVerbs[lowerAt(d, hd)] {
		return ""
	}
	out := capitalize(h.nounPhrase(n, 0)) + " " + theHeadWords.present(lowerAt(d, hd), pluralWord(d.w(n)))
	for _, k := range d.kids(hd, is("nmod")) {
		if d.caseWord(k) == "to" && h.counted(k) && !h.isTime(k) {
			out += " to " + h.nounPhrase(k, 0)
			break
		}
	}
	return out + h.place()
}

// otherSide returns the other side of a meeting its own phrase names
// that no participant holds: the "with" phrase of the noun at n ("talks
// with tribal elders"), the first phrase of its "between" phrase the
// headline does not name yet ("a meeting between Brenner and the foreign
// minister"); "" for none, a time, a pronoun or a vague noun.
func (h *head) otherSide(n node) string {
	d := h.s.tr
	for _, c := range d.kids(n, is("nmod")) {
		var cands []node
		switch d.caseWord(c) {
		case "with":
			cands = []node{c}
		case "between":
			// the second side may be parsed as the noun's own conjunct
			// ("a meeting between Brenner and the minister")
			cands = append(append([]node{c}, d.kids(c, is("conj"))...), d.kids(n, func(r string) bool { return r == "conj" })...)
		}
		for _, k := range cands {
			if h.isTime(k) || !d.nominal(k) {
				continue
			}
			if text, _ := h.phrase(k, false); text != "" {
				return text
			}
		}
	}
	return ""
}

// heldNoun returns the phrase alone of a type whose verb is "hold" with
// the noun trigger at n in place of the type's noun when the noun is a
// gathering (data/headlines.yaml held_nouns: "the G7 meeting" → "holds
// meeting"), else alone ("holds talks"). With another side, or two
// agents, talks are what a meeting holds ("holds talks with Japan", "Abbas
// and Olmert hold talks"): one agent only, and it is not asked with a
// counterpart; an occasion (OccasionOf: a banquet, a ceremony) is never
// talks, whoever holds it.
func (h *head) heldNoun(n node, alone string) string {
	lw := strings.ToLower(h.s.tr.w(n).Form)
	if rest, ok := strings.CutPrefix(alone, "hold "); ok && rest != lw && theHeadWords.heldNouns[lw] && (len(h.agents) == 1 || OccasionOf(lw) != "") {
		return "hold " + lw
	}
	return alone
}

// visitedName returns the name a modifier of the visit noun at n gives
// the place gone to, as the text writes it ("a Washington visit", "Bush's
// China trip" → "Washington", "China"), marking it named, or "": a name
// the gazetteer reads as a place or a country, never an agent's.
func (h *head) visitedName(n node) string {
	s, d := h.s, h.s.tr
	for _, k := range d.kids(n, is("compound")) {
		if k > n || d.w(k).UPOS != "PROPN" || h.namesAgent(k) {
			continue
		}
		p, ok := s.actorWord(k)
		if !ok {
			continue
		}
		a := s.actor(p)
		if a.Kind != actor.Place && a.Kind != actor.Country && !a.Location {
			continue
		}
		h.used[a.ActorID], h.used[s.d.placeOf(a)] = true, true
		return h.nounPhrase(k, 0)
	}
	return ""
}

// visitedCommon returns the place a visit noun at n is to when the text
// names it by a common noun with a modifier of its own ("a visit to the
// crisis-wracked nation" → "crisis-wracked nation"); "" for none, a name
// (visitPlace says it) or a vague noun alone ("the region").
func (h *head) visitedCommon(n node) string {
	d := h.s.tr
	for _, c := range d.kids(n, is("nmod")) {
		if d.caseWord(c) != "to" || d.w(c).UPOS != "NOUN" || h.isTime(c) || h.isActorWord(c) {
			continue
		}
		if text := h.nounPhrase(c, 0); strings.Contains(text, " ") && !theHeadWords.vague[text] {
			return text
		}
		return ""
	}
	return ""
}

// holdsAgent reports whether a word of the phrase at c is part of a name
// of one of the mention's agents ("the United Nations Missions in West
// Africa", a name the gazetteer lacks built on the agent's).
func (h *head) holdsAgent(c node) bool {
	d := h.s.tr
	for k := range d.words {
		if !d.within(node(k), c) {
			continue
		}
		p, ok := h.s.actorWord(node(k))
		if !ok {
			continue
		}
		id := h.s.actor(p).ActorID
		if slices.ContainsFunc(h.m.Participants, func(q Participant) bool { return q.Role == Agent && q.ActorID == id }) {
			return true
		}
	}
	return false
}

// counterPeople reports whether the mention's counterparts include a
// person or a generic group of people, whom a headline "meets"; a state or
// an organization is held talks with.
func (h *head) counterPeople() bool {
	return slices.ContainsFunc(h.m.Participants, func(p Participant) bool {
		return p.Role == Counterpart && (strings.HasPrefix(p.ActorID, string(actor.Person)+":") || strings.HasPrefix(p.ActorID, actor.AgentPrefix))
	})
}

// symmetric are the types whose counterpart an agentless noun headline
// names ("talks with Kim"): the other side of the same act.
var symmetric = map[Type]bool{Meeting: true, PhoneCall: true, Negotiation: true, Agreement: true, MilitaryExercise: true}

// has reports whether the mention has a participant in the role r.
func (h *head) has(r Role) bool {
	return slices.ContainsFunc(h.m.Participants, func(p Participant) bool { return p.Role == r })
}

// bareNounRest returns what completes the headline of an agentless noun
// trigger at n that names no counterpart, so that it is no bare "Clash"
// or "Blast": its sides ("a clash between protesters and police" → "
// between protesters and police"), else, for the subject of a verb with
// an object, that verb and object ("a gas blast hit the colliery" → "
// hits colliery"), or of a verb that tells what became of the event
// (data/headlines.yaml outcome_verbs: "the talks collapsed" → "
// collapse", "the summit, which kicked off" → " kicks off"), else, last, of a verb that tells only that it happened
// (data/headlines.yaml occur_verbs: "the accident occurred" → " occurs");
// "" when the sentence gives none. named is true when the
// headline names the noun's "of" object already: only an outcome verb
// completes it ("Trial of Saddam Hussein resumes").
func (h *head) bareNounRest(n node, named bool) string {
	d := h.s.tr
	for _, k := range d.kids(n, is("nmod")) {
		if named {
			break
		}
		if d.caseWord(k) != "between" {
			continue
		}
		sides := []string{h.nounPhrase(k, 0)}
		for _, c := range d.kids(k, is("conj")) {
			sides = append(sides, h.nounPhrase(c, 0))
		}
		if len(sides) > 1 {
			return " between " + joinNames(sides)
		}
	}
	plural := pluralWord(d.w(n)) || pluralNoun(d.w(n).Form)
	if r := h.harmDone(n, plural); r != "" && !named {
		return r
	}
	occurred := "" // the occur_verbs verb the noun is the subject of, said when nothing tells more
	outcome := func(v node) string {
		base := h.outcomeVerb(v)
		if base == "" {
			return ""
		}
		if theHeadWords.occurVerbs[base] {
			// "a blast that occurred there left 14 dead": what it did
			// says more than that it happened
			if occurred == "" {
				occurred = " " + theHeadWords.present(base, plural)
				if theHeadWords.heldNouns[strings.ToLower(d.w(n).Form)] {
					occurred = " held" // "the talks took place in Geneva": "Talks held in Geneva"
				}
			}
			return ""
		}
		inf := ""
		for _, o := range d.kids(v, is("obj", "xcomp", "ccomp")) {
			if d.rel(o) == "obj" && strings.HasSuffix(base, " "+strings.ToLower(d.w(o).Form)) {
				continue // "took place": the object is the verb's own
			}
			if d.rel(o) == "xcomp" && inf == "" {
				// "the meeting failed to reach agreement"
				if inf = h.infinitive(v); strings.HasPrefix(inf, "to ") {
					continue
				}
			}
			if !h.isTime(o) {
				return ""
			}
		}
		if inf != "" {
			inf = " " + inf
		}
		where := ""
		if h.m.Location == "" && inf == "" {
			// "a fire broke out at the primary school": where it broke
			// out, when no place names it ("Fire breaks out at primary
			// school"), never a bare "Fire breaks out"
			where = h.outcomePlace(v)
		}
		return " " + theHeadWords.present(base, plural) + inf + where
	}
	for _, k := range append([]node{n}, d.kids(n, is("nmod"))...) {
		// "the talks collapsed" parsed as "the talks that collapsed"
		for _, v := range d.kids(k, is("acl")) {
			if r := outcome(v); r != "" {
				return r
			}
		}
	}
	for _, v := range d.kids(n, is("acl:relcl")) {
		// "flooding that devastated farmlands", "a fire that destroyed
		// the camps": the relative clause's verb and object
		if named || v < n || d.w(v).UPOS != "VERB" || len(d.kids(v, is("aux:pass", "nsubj:pass"))) > 0 {
			break
		}
		if k := d.kids(v, is("nsubj")); len(k) != 1 || !relativizers[strings.ToLower(d.w(k[0]).Form)] && !strings.EqualFold(d.w(k[0]).Form, "that") {
			break
		}
		if r := outcome(v); r != "" {
			return r // "the summit, which kicked off on Monday": "Summit kicks off"
		}
		if r := h.verbObject(v, plural); r != "" {
			return r
		}
	}
	v, ok := h.rootPredicate(n)
	if !ok && (baseRel(d.rel(n)) != "nsubj" || d.rel(n) == "nsubj:pass") {
		return occurred
	}
	if !ok {
		v, ok = d.head(n)
	}
	if !ok || d.w(v).UPOS != "VERB" {
		return occurred
	}
	if m := h.gerundTopic(n, v); m != "" {
		return m
	}
	if r := outcome(v); r != "" {
		return r
	}
	if named {
		// "the last eruption of the volcano killed nine people": a
		// noun with its "of" phrase takes the harm it did, no other
		// verb ("Last eruption of volcano kills nine people")
		if theHeadWords.harmVerbs[h.verbBase(v)] {
			return h.verbObject(v, pluralWord(d.w(n)))
		}
		return occurred
	}
	if r := h.verbObject(v, pluralWord(d.w(n))); r != "" {
		return r
	}
	for _, c := range d.kids(v, is("conj")) {
		// "a gas blast happened there and killed 124 people": a verb
		// coordinated with no subject of its own shares the noun's; one
		// past a comma with no conjunction is another clause ("...,
		// said an observer" misparsed)
		if d.w(c).UPOS != "VERB" || len(d.kids(c, is("nsubj", "nsubj:pass", "mark"))) > 0 || commaBetween(d, v, c) && len(d.kids(c, is("cc"))) == 0 {
			continue
		}
		if r := h.verbObject(c, pluralWord(d.w(n))); r != "" {
			return r
		}
	}
	return occurred
}

// participleAgent returns the names of the actors the "by" phrase of a
// past participle right after the noun at n (a comma between at most)
// names ("the invasion, led by the United States", "a warning issued by
// Colombia" → "United States", "Colombia"), and whether they are
// several; "" when there is none, or when the phrase names no actor or
// a time ("held by late 2005"), or the participle is one of taking in a
// text (intakeVerbs: "a statement received by AFP", "a memo seen by
// Reuters"). The parse may hang the participle on the
// clause's verb ("said that the invasion, led by ..." read as "said ...
// and led"): with no subject or auxiliary of its own, it is the noun's.
func (h *head) participleAgent(n node) (string, bool) {
	d := h.s.tr
	v := n + 1
	for int(v) < len(d.words) && d.w(v).UPOS == "PUNCT" {
		v++
	}
	if int(v) >= len(d.words) {
		return "", false
	}
	w := d.w(v)
	if r := baseRel(d.rel(v)); w.UPOS != "VERB" || w.XPOS != "VBN" && !(w.XPOS == "" && participleWord(w)) || r != "acl" && r != "conj" ||
		len(d.kids(v, is("nsubj", "nsubj:pass", "aux", "aux:pass", "mark"))) > 0 {
		return "", false
	}
	if d.lemmaIn(v, intakeVerbs) {
		return "", false // "a statement received by AFP": who got it, not who made it
	}
	for _, c := range d.kids(v, is("obl:agent", "obl")) {
		if d.caseWord(c) != "by" || h.isTime(c) || !h.isActorWord(c) {
			continue
		}
		if name, ok := h.actorPhrase(c); ok {
			return name, strings.Contains(name, " and ")
		}
	}
	return "", false
}

// nounSite returns the site the noun at n names in its own "at" phrase,
// headed by a place-like common noun that names no actor and no time,
// with a space before it (" at chemical plant" of "a blast at an upstream
// chemical plant"), or "": a phrase of one word ("at a colliery") names
// no site a reader knows.
func (h *head) nounSite(n node) string {
	d := h.s.tr
	for _, c := range d.kids(n, is("nmod")) {
		if d.caseWord(c) != "at" || d.w(c).UPOS != "NOUN" || h.isTime(c) || len(h.s.phraseActors(c, false)) > 0 ||
			!placeLikeNoun(strings.ToLower(d.w(c).Form)) {
			continue
		}
		if next := c + 1; int(next) < len(d.words) && slices.Contains([]string{"NOUN", "PROPN", "PRON"}, d.w(next).UPOS) && !h.isTime(next) {
			continue // "at the Hongling coal mine" parsed with "coal" the head: a compound split
		}
		if text := h.nounPhrase(c, 0); strings.Contains(text, " ") && !theHeadWords.vague[text] {
			return " at " + text
		}
	}
	return ""
}

// outcomePlace returns where the outcome verb at v (outcome_verbs) says
// its event happened, its first "in" or "at" oblique headed by a noun
// that is no time, with its preposition and a space before it (" at
// Green Hill secondary school"); "" for none or for a phrase of one word,
// which names no place a reader knows ("in the capital", "at the
// scene").
func (h *head) outcomePlace(v node) string {
	d := h.s.tr
	for _, c := range d.kids(v, is("obl")) {
		cw := d.caseWord(c)
		if cw != "in" && cw != "at" || !d.nominal(c) || h.isTime(c) {
			continue
		}
		if d.w(c).UPOS != "PROPN" && !placeLikeNoun(strings.ToLower(d.w(c).Form)) {
			break // "concluded in a big setback", "began at the end of the war": no place
		}
		if text := h.nounPhrase(c, 0); strings.Contains(text, " ") && !theHeadWords.vague[text] {
			return " " + cw + " " + text
		}
		break
	}
	return ""
}

// placeSenseReach is how many of a noun's first WordNet senses
// placeLikeNoun looks through for a place or a thing one can be at
// ("market": an act first, a building third); timeSenseReach how many
// first senses must be no time or event ("the end", "a setback").
const (
	placeSenseReach = 3
	timeSenseReach  = 2
)

// placeLikeNoun reports whether the common noun w names where something
// can happen: one of its first placeSenseReach WordNet senses is a
// location, an artifact or an object ("school", "factory", "district"),
// and none of its first timeSenseReach is a time or an event ("the end",
// "a setback").
func placeLikeNoun(w string) bool {
	cs := wordnet.SensesOfForm(w)
	for i, c := range cs {
		if i < timeSenseReach && (c == wordnet.Time || c == wordnet.Event) {
			return false
		}
	}
	for i, c := range cs {
		if i < placeSenseReach && (c == wordnet.Location || c == wordnet.Artifact || c == wordnet.Object) {
			return true
		}
	}
	return false
}

// rootPredicate returns the finite verb with no subject of its own the
// parse hangs on the noun at n it takes for the sentence's root ("a
// meeting of the body, a joint forum, failed to reach agreement": the
// noun is its subject), and whether there is one.
func (h *head) rootPredicate(n node) (node, bool) {
	d := h.s.tr
	if d.rel(n) != "root" || !d.nominal(n) {
		return noNode, false
	}
	for _, v := range d.kids(n, func(r string) bool { return rootNounSubject[r] }) {
		if v > n && d.w(v).UPOS == "VERB" && d.finite(v) && len(d.kids(v, is("nsubj", "nsubj:pass", "mark", "aux:pass"))) == 0 {
			return v, true
		}
	}
	return noNode, false
}

// outcomeVerb returns the base form, with its particle, of the verb at v
// when it tells what became of an event (data/headlines.yaml
// outcome_verbs: "broke out", "collapsed"), else "".
func (h *head) outcomeVerb(v node) string {
	d := h.s.tr
	if d.w(v).UPOS != "VERB" {
		return ""
	}
	for _, l := range append([]string{h.verbBase(v)}, h.s.d.lem(strings.ToLower(d.w(v).Form))...) {
		for _, p := range d.kids(v, is("compound:prt")) {
			l += " " + strings.ToLower(d.w(p).Form) // "broke out"
		}
		if theHeadWords.outcomeVerbs[l] {
			return l
		}
		for _, o := range d.kids(v, is("obj")) {
			// "the blast took place": a verb with its bare object
			if len(d.kids(o, func(string) bool { return true })) == 0 && theHeadWords.outcomeVerbs[l+" "+strings.ToLower(d.w(o).Form)] {
				return l + " " + strings.ToLower(d.w(o).Form)
			}
		}
	}
	return ""
}

// gerundOutcome returns the headline of a verb trigger at n in "-ing"
// that is the subject of a verb telling what became of it ("rioting broke
// out at a concert" → "Rioting breaks out at concert"; the parse may take
// the gerund for an auxiliary): the gerund, the outcome verb and where;
// else "".
func (h *head) gerundOutcome(n node) string {
	d := h.s.tr
	v, ok := d.head(n)
	form := strings.ToLower(d.w(n).Form)
	if r := baseRel(d.rel(n)); !ok || v < n || !strings.HasSuffix(form, "ing") || r != "nsubj" && r != "csubj" && r != "aux" {
		return ""
	}
	base := h.outcomeVerb(v)
	if base == "" || negation(d, v) != "" || len(d.kids(v, is("obj"))) > 0 {
		return ""
	}
	out := capitalize(form) + " " + theHeadWords.present(base, false)
	if where := h.commonPlace(v); where != "" {
		out += " " + where
	}
	return out + h.place()
}

// gerundTopic returns what the noun at n is about when the parse makes it
// the subject of the gerund v its preposition opens ("talks on forming a
// government were dead" parsed as "talks" doing "forming"): " on forming
// government"; else "".
func (h *head) gerundTopic(n, v node) string {
	d := h.s.tr
	m := d.markWord(v)
	if !talkTopicCases[m] || !strings.HasSuffix(strings.ToLower(d.w(v).Form), "ing") || v < n {
		return ""
	}
	out := " " + m + " " + strings.ToLower(d.w(v).Form)
	for _, o := range d.kids(v, is("obj")) {
		if obj, _ := h.phrase(o, false); obj != "" && !h.isTime(o) {
			out += " " + obj
		}
		break
	}
	return out
}

// verbObject returns the verb at v in the present with its named object
// (" hits colliery", " devastates farmlands"), the rest of a headline
// whose subject is the event's noun; "" for a verb with no such object.
func (h *head) verbObject(v node, plural bool) string {
	d := h.s.tr
	base := h.verbBase(v)
	if base == "" || negation(d, v) != "" {
		return ""
	}
	for _, o := range d.kids(v, is("obj")) {
		o = h.comparedObject(v, o) // "bombings that killed more than 230 people"
		if u := d.w(o).UPOS; (u != "NOUN" && u != "PROPN" && u != "NUM") || h.isTime(o) {
			return ""
		}
		obj, _ := h.phrase(o, false)
		if obj == "" && h.definiteThing(o) {
			obj = h.nounPhrase(o, 0) // "a typhoon hit the northern part of the country"
		}
		if obj == "" {
			return ""
		}
		for _, x := range d.kids(v, is("xcomp", "advcl")) {
			if d.w(x).UPOS == "ADJ" && x == o+1 {
				obj += " " + strings.ToLower(d.w(x).Form) // "left 11 miners dead"
			}
			break
		}
		return " " + theHeadWords.present(base, plural) + " " + obj
	}
	return ""
}

// harmDone returns what the noun at n, the cause a passive verb of harm
// names in its "in" or "by" phrase, did to the verb's subject (data/
// headlines.yaml harm_verbs: "16 miners were killed in a gas explosion" →
// " kills 16 miners"; "were killed and 12 injured in", the harm told
// first; "the 16 miners killed in", the reduced passive's noun), or what it did to the subject of a verb of dying (death_verbs:
// "two civilians died in an ambush" → " kills two civilians"), or "".
func (h *head) harmDone(n node, plural bool) string {
	d := h.s.tr
	if cw := d.caseWord(n); baseRel(d.rel(n)) != "obl" || cw != "in" && cw != "by" {
		return ""
	}
	v, ok := d.head(n)
	if !ok || d.w(v).UPOS != "VERB" || v > n {
		return ""
	}
	base := h.verbBase(v)
	die := theHeadWords.deathVerbs[base]
	if !die && !theHeadWords.harmVerbs[base] {
		return ""
	}
	if text, lo, hi := h.s.d.in.Text, d.w(v).End, d.w(n).Start; lo < 0 || hi > len(text) || lo > hi || strings.ContainsAny(text[lo:hi], ",;") {
		// "107 soldiers were killed, more than 30 of them in a crash":
		// a phrase after a comma tells of a part
		return ""
	}
	if v0, ok := d.head(v); ok && d.rel(v) == "conj" && v0 < v && len(d.kids(v0, is("nsubj:pass"))) > 0 &&
		d.w(v0).UPOS == "VERB" && theHeadWords.harmVerbs[h.verbBase(v0)] {
		// "nine people were killed and 12 injured in an attack": the
		// phrase hangs on the last verb, the harm told first, the
		// graver, is done by it too, to the first verb's subject
		// ("Attack kills nine people", not "injures 12")
		v = v0
	}
	subject, verb := "nsubj:pass", h.verbBase(v)
	if die {
		// "two civilians died in an ambush": the cause kills them
		subject, verb = "nsubj", theHeadWords.deathCause
	}
	patients := d.kids(v, is(subject))
	if hd, ok := d.head(v); ok && !die && len(patients) == 0 && d.rel(v) == "acl" && hd < v && d.w(v).XPOS == "VBN" {
		// "the 343 pilgrims killed in a huge blaze": a reduced passive,
		// the noun it hangs on its patient
		patients = []node{hd}
	}
	for _, p := range patients {
		if u := d.w(p).UPOS; u != "NOUN" && u != "PROPN" && u != "NUM" || h.isTime(p) {
			return ""
		}
		if obj, _ := h.phrase(p, false); obj != "" {
			return " " + theHeadWords.present(verb, plural) + " " + obj
		}
	}
	return ""
}

// tollCases are the prepositions a toll names its event by ("the death
// toll from the blast", "of the crash", "in the fire").
var tollCases = wordList("toll_cases")

// tollRise returns the headline of an agentless noun at n, the event a
// toll (data/headlines.yaml toll_nouns) is of, when the toll's clause says
// it moved to a figure ("the death toll from a colliery blast in the
// north has risen to 40" → "Death toll from colliery blast in north rises
// to 40"), or "".
func (h *head) tollRise(n node) string {
	d := h.s.tr
	t, ok := d.head(n)
	cw := d.caseWord(n)
	if !ok || baseRel(d.rel(n)) != "nmod" || !tollCases[cw] || !theHeadWords.tollNouns[strings.ToLower(d.w(t).Form)] {
		return ""
	}
	v, ok := d.head(t)
	if !ok || d.rel(t) != "nsubj" || d.w(v).UPOS != "VERB" {
		return ""
	}
	base, q := h.verbBase(v), h.measure(v)
	if base == "" || !strings.HasPrefix(q, "to ") {
		return ""
	}
	return capitalize(h.nounPhrase(t, 0)) + " " + cw + " " + h.nounPhrase(n, 0) + h.place() + " " + theHeadWords.present(base, false) + " " + q
}

// supportClause returns the headline of an agentless noun trigger at n
// from the clause it stands in: the object of its own verb ("curfew":
// "impose curfew") or of a light verb (data/triggers.yaml light: "carried
// out the bombings") with a subject, or of a clause the verb's controller
// governs ("prompting the authorities to impose an indefinite curfew" →
// "Authorities impose indefinite curfew", "the four terrorists who
// carried out the bombings" → "Four terrorists carry out bombings"), or,
// for its own verb, the predicate of a subject ("the zone was under
// curfew" → "Curfew imposed on zone"); "" otherwise.
func (h *head) supportClause(t *trigger, n node, nounVerb string) string {
	d, hw, lx := h.s.tr, theHeadWords, h.s.d.lx
	words := strings.Fields(nounVerb)
	// the noun's own verb with the noun ("cast ballots", "win election"
	// of "election victory") in any number, or a word of its lemma
	own := len(words) > 1 && (words[len(words)-1] == t.lemma || strings.EqualFold(words[len(words)-1], d.w(n).Form) || slices.Contains(strings.Fields(t.lemma), words[len(words)-1]))
	nominal := func(c node) bool {
		u := d.w(c).UPOS
		return (u == "NOUN" || u == "PROPN") && !h.isTime(c)
	}
	if len(d.kids(n, is("cop"))) > 0 {
		for _, s := range d.kids(n, is("nsubj")) {
			if own && nominal(s) {
				return capitalize(h.nounPhrase(n, 0)) + " " + hw.participle(words[0]) + " on " + h.nounPhrase(s, 0) + h.place()
			}
		}
		return ""
	}
	v, ok := d.head(n)
	if d.rel(n) != "obj" || !ok || d.w(v).UPOS != "VERB" {
		return ""
	}
	verb := h.verbBase(v)
	switch {
	case own && verb == words[0]:
	case verb != "" && lx != nil && lx.light[verb] && !lx.receiving[verb]:
		for _, p := range d.kids(v, is("compound:prt")) {
			verb += " " + strings.ToLower(d.w(p).Form) // "carry out"
		}
	default:
		return ""
	}
	subj := noNode
	for _, s := range d.kids(v, is("nsubj")) {
		subj = s
		if w := d.w(s); relativizers[strings.ToLower(w.Form)] && d.rel(v) == "acl:relcl" {
			subj, _ = d.head(v) // "the terrorists who carried out"
		}
	}
	if up, ok := d.head(v); subj == noNode && ok && d.rel(v) == "xcomp" {
		// "prompted the authorities to impose": the controller
		for _, c := range append(d.kids(up, is("obj")), d.kids(up, is("nsubj"))...) {
			subj = c
			break
		}
	}
	if subj == noNode || !nominal(subj) {
		return ""
	}
	who, plural := capitalize(h.nounPhrase(subj, 0)), pluralWord(d.w(subj))
	if share := h.sharePhrase(subj); share != "" && !h.actsAs(subj) {
		who, plural = share, true // "59 percent of eligible voters cast ballots" (headdoer.go)
	}
	out := who + " " + hw.present(verb, plural) + " " + h.nounPhrase(n, 0) + h.ownComplement(n)
	for _, c := range append(d.kids(n, is("nmod")), d.kids(v, is("obl"))...) {
		if d.caseWord(c) == "on" && nominal(c) {
			out += " on " + h.nounPhrase(c, 0) // "imposed a curfew on the town"
			break
		}
	}
	return out + h.place()
}

// passiveSupport returns the headline of an agentless noun trigger at n
// that is the passive subject of a light verb (data/triggers.yaml light)
// that tells it done (data/headlines.yaml done_verbs:
// "preparatory meetings were held", "a curfew was imposed on the town"),
// also where the parse takes the verb for a relative clause of the noun:
// the noun's phrase and the verb's participle, with the "on" or
// "against" phrase of what it is laid on ("Curfew imposed on town",
// "Preparatory meetings held"); else "".
func (h *head) passiveSupport(n node) string {
	d, lx := h.s.tr, h.s.d.lx
	v, ok := d.head(n)
	if d.rel(n) == "root" {
		// "preparatory meetings for the summit were held" parsed as a
		// relative clause of the noun: a passive with no subject of its
		// own, no relative pronoun, has the noun for subject
		v, ok = noNode, false
		for _, c := range d.kids(n, is("acl:relcl")) {
			if c > n && len(d.kids(c, is("aux:pass"))) > 0 && len(d.kids(c, is("nsubj", "nsubj:pass"))) == 0 {
				v, ok = c, true
			}
			break
		}
	} else if d.rel(n) != "nsubj:pass" {
		return ""
	}
	if !ok || d.w(v).UPOS != "VERB" || lx == nil || negation(d, v) != "" {
		return ""
	}
	base := h.verbBase(v)
	verb := base + h.particle(v, nil) // "carried out"
	if !lx.light[base] || !theHeadWords.doneVerbs[verb] {
		return ""
	}
	out := capitalize(h.nounPhrase(n, 0))
	if symmetric[h.m.Type] || h.m.Type == Negotiation || h.m.Type == Protest || h.m.Type == Election {
		out += h.nounTopic(n) // "Talks on price dispute held"
	}
	out += " " + theHeadWords.participle(verb)
	for _, c := range d.kids(v, is("obl")) {
		if cw := d.caseWord(c); aimedAtCases[cw] && !h.isTime(c) {
			if text, _ := h.phrase(c, false); text != "" {
				out += " " + cw + " " + text // "launched against the rebels"
			} else if u := d.w(c).UPOS; cw == "on" && (u == "NOUN" || u == "PROPN") {
				out += " on " + h.nounPhrase(c, 0) // "imposed on the town"
			}
			break
		}
	}
	return out + h.place()
}

// agentLightVerb returns the headline of a noun trigger at n that is the
// object of a light verb (data/triggers.yaml light) whose subject names
// the headline's agent: the agent, the verb and the noun's phrase
// ("Yudhoyono announces cabinet reshuffle"), with what it is of when of
// is not "" ("issues severe warning of imbalances"); "" otherwise, or
// when the phrase is the bare noun.
func (h *head) agentLightVerb(n node, subj string, plural bool, of string) string {
	d, lx := h.s.tr, h.s.d.lx
	v, ok := d.head(n)
	if d.rel(n) != "obj" || !ok || d.w(v).UPOS != "VERB" || lx == nil {
		return ""
	}
	verb := h.verbBase(v)
	if !lx.light[verb] || lx.receiving[verb] {
		return ""
	}
	c, ok := h.treeSubjectWord(v)
	if !ok || !h.namesAgent(c) {
		return ""
	}
	for _, p := range d.kids(v, is("compound:prt")) {
		verb += " " + strings.ToLower(d.w(p).Form) // "carry out"
	}
	np := h.nounPhrase(n, 0)
	if of != "" {
		np, _, _ = strings.Cut(np, " of ")
		np += " of " + of
	}
	tw := theHeadWords.Types[h.m.Type]
	aim := h.issuedAim(n, v)
	if !strings.Contains(np, " ") && aim == "" && !h.partVerb(n) && (symmetric[h.m.Type] || h.m.Type == Visit || verb == "have" || verb == "pay" ||
		slices.Contains(strings.Fields(tw.Verb+" "+tw.Alone), strings.ToLower(np))) {
		// "held talks", "had a meeting", "paid a visit", "made a
		// statement": the type's phrase says it as well; but
		// "delivered a speech" is no "issues statement", and "attended
		// the conference" or "chaired the meeting" no "holds" (partVerb)
		return ""
	}
	if aim != "" {
		// "issued a decree to call a snap election": what the act is
		// for says what it does ("Katsav issues decree to call snap
		// election"), where the bare noun says nothing
		return capitalize(subj) + " " + theHeadWords.present(verb, plural) + " " + np + " " + aim + h.place()
	}
	return capitalize(subj) + " " + theHeadWords.present(verb, plural) + " " + np + h.ownComplement(n) + h.place()
}

// partVerb reports whether the noun at n of a gathering, talks or a visit
// is the object of one of part_verbs, which tells what its subject did in
// it ("attended the conference", "chaired the meeting", "resumed
// talks"), not that the subject held it as the type's phrase would say
// ("holds conference").
func (h *head) partVerb(n node) bool {
	d := h.s.tr
	v, ok := d.head(n)
	return ok && d.rel(n) == "obj" && (symmetric[h.m.Type] || h.m.Type == Visit) && theHeadWords.partVerbs[h.verbBase(v)]
}

// issuedAim returns what a statement or a measure's noun at n, the
// object of the light verb at v, is issued to do: the infinitive of
// purpose after it, on the verb or on the noun, with its object ("issued
// a decree to call a snap election" → "to call snap election", "issued a
// bulletin to launch a review of dumping" → "to launch review of
// dumping"); else "": a noun of another type, a clause past a comma (a
// clause of its own), or one on the verb inside the noun's phrase.
func (h *head) issuedAim(n, v node) string {
	d := h.s.tr
	if h.m.Type != Statement && h.m.Type != Legislation {
		return ""
	}
	if slices.ContainsFunc(d.kids(n, is("acl", "acl:relcl")), func(x node) bool { return !hasMark(d, x, "to") }) {
		return "" // "a statement urging the unions to end the strike": the "to" is the gerund's (statementDoes)
	}
	end := n
	for k := n + 1; int(k) < len(d.words) && d.within(k, n); k++ {
		end = k
	}
	for _, host := range []node{n, v} {
		for _, x := range d.kids(host, is("advcl", "acl", "xcomp")) {
			if x <= n || host == v && x <= end || !hasMark(d, x, "to") || commaBetween(d, n, x) {
				continue
			}
			if inf := h.infinitive(host); strings.HasPrefix(inf, "to ") && h.inSentenceOrder(host, inf) {
				return inf
			}
			return ""
		}
	}
	return ""
}

// statePredicate returns the headline of a noun at n that is the
// predicate of its clause with a preposition ("the former president is on
// trial", "the leader was under arrest"): its subject, the preposition and
// the noun ("Former president on trial"), the copula left out as
// headlines do; else "".
func (h *head) statePredicate(n node) string {
	d := h.s.tr
	cw := d.caseWord(n)
	if cw == "" || len(d.kids(n, is("cop"))) == 0 || negation(d, n) != "" {
		return ""
	}
	for _, c := range d.kids(n, is("nsubj")) {
		if !d.nominal(c) {
			break
		}
		if subj, _ := h.phrase(c, true); subj != "" {
			return capitalize(subj) + " " + cw + " " + strings.ToLower(d.w(n).Form) + h.place()
		}
	}
	return ""
}

// undergone returns the headline of a noun at n that is the object of a
// verb whose subject undergoes it (data/headlines.yaml undergo_verbs:
// "Lebanon came under attack", "the capital suffered a series of air
// strikes"): the subject, the verb and the noun ("Lebanon comes under
// attack"); else "".
func (h *head) undergone(n node) string {
	d := h.s.tr
	if hd, ok := d.head(n); ok && d.rel(n) == "nmod" && d.caseWord(n) == "of" && theHeadWords.collective[strings.ToLower(d.w(hd).Form)] {
		n = hd // "suffered a series of air strikes"
	}
	v, ok := d.head(n)
	if !ok || d.w(v).UPOS != "VERB" || d.rel(n) != "obj" && baseRel(d.rel(n)) != "obl" {
		return ""
	}
	verb := ""
	for _, l := range append([]string{h.verbBase(v)}, h.s.d.lem(strings.ToLower(d.w(v).Form))...) {
		if d.rel(n) != "obj" {
			l += " " + d.caseWord(n)
		}
		if theHeadWords.undergo[l] {
			verb = l
			break
		}
	}
	if verb == "" || negation(d, v) != "" {
		return ""
	}
	for _, c := range d.kids(v, is("nsubj")) {
		if !d.nominal(c) || h.isTime(c) {
			break
		}
		if subj, plural := h.phrase(c, true); subj != "" {
			return capitalize(subj) + " " + theHeadWords.present(verb, plural) + " " + h.nounPhrase(n, 0) + h.place()
		}
	}
	return ""
}

// talkTopicCases are the prepositions of what talks are about.
var talkTopicCases = wordList("talk_topic_cases") // and "against" for a protest

// aimedTypes are the types whose noun names what it is aimed at by a
// phrase in aimedAtCases ("a raid on the party offices", "the coup
// against President Allende"): an agentless title keeps it when no
// actor's name stands there ("Raid on party offices").
var aimedTypes = map[Type]bool{Attack: true, Assault: true, Coup: true, MassViolence: true}

// aimedAtCases are the prepositions of what an aimedTypes noun is aimed at.
var aimedAtCases = wordList("aimed_at_cases")

// nounTopic returns what the talks, the protest or the vote at n are about, a
// modifier marked by one of talkTopicCases (or "against", for a protest)
// headed by a common noun that is no actor's name and no time (" on a price dispute" → " on price dispute", " on China's
// WTO accession" → " on WTO accession"), or what the attack or the coup
// at n is aimed at, marked by one of aimedAtCases (" on the party offices"
// → " on party offices"); else "".
func (h *head) nounTopic(n node) string {
	d := h.s.tr
	cands := d.kids(n, is("nmod"))
	if v, ok := d.head(n); ok {
		// "talks on the accession", "talks in Moscow on a price
		// dispute" parsed with the phrase on the verb: the phrase right
		// after the noun's own is its own
		end := n
		for k := n + 1; int(k) < len(d.words) && d.within(k, n); k++ {
			end = k
		}
		for _, c := range d.kids(v, func(r string) bool { return baseRel(r) == "obl" || r == "nmod" }) {
			if k := d.kids(c, is("case")); len(k) > 0 && k[0] == end+1 {
				cands = append(cands, c)
			}
		}
	}
	for _, c := range cands {
		cw := d.caseWord(c)
		if aimedTypes[h.m.Type] {
			if !aimedAtCases[cw] {
				continue
			}
		} else if !talkTopicCases[cw] && (cw != "against" || h.m.Type != Protest) {
			continue
		}
		if h.isTime(c) || d.w(c).UPOS != "NOUN" || h.isActorWord(c) {
			continue
		}
		if text := h.nounPhrase(c, 0); text != "" && !theHeadWords.vague[text] {
			return " " + cw + " " + text
		}
	}
	return ""
}

// personTargets returns the names of the mention's targets that are
// people, named or generic, the headline does not name yet, marking them
// named; "" when there is none.
func (h *head) personTargets() string {
	var names []string
	for _, p := range h.m.Participants {
		if p.Role == Target && !h.used[p.ActorID] && (strings.HasPrefix(p.ActorID, string(actor.Person)+":") || strings.HasPrefix(p.ActorID, actor.AgentPrefix)) {
			h.used[p.ActorID] = true
			names = append(names, h.s.name(p.ActorID))
		}
	}
	return joinNames(names)
}

// gerundSubject returns the headline of a mutual act's noun the parse
// reads as a gerund with a plural subject ("European ministers meeting in
// Luxembourg also called ..."): the subject and the type's verb
// ("European ministers meet in Luxembourg"); else "".
func (h *head) gerundSubject(n node) string {
	d := h.s.tr
	tw := theHeadWords.Types[h.m.Type]
	if w := d.w(n); w.UPOS != "VERB" || w.XPOS != "VBG" || !symmetric[h.m.Type] || tw.Verb == "" {
		return ""
	}
	for _, c := range d.kids(n, is("nsubj")) {
		if !d.nominal(c) {
			break
		}
		if subj, plural := h.phrase(c, true); subj != "" && plural {
			return capitalize(subj) + " " + theHeadWords.present(tw.Verb, true) + h.place()
		}
	}
	return ""
}

// doneInProtest returns the headline of an agentless protest told as the
// bare "in" phrase of what its protesters did ("resigned on Friday in protest
// at the decision", "walked out of the talks in protest against sanctions"):
// the clause's subject, its verb with its particle, "in protest" and what
// the protest is against ("Four ministers quit in protest at decision");
// "" for another noun, or a clause with no subject a phrase names.
func (h *head) doneInProtest(n node) string {
	d := h.s.tr
	v, ok := d.head(n)
	if h.m.Type != Protest || !ok || baseRel(d.rel(n)) != "obl" || d.caseWord(n) != "in" || d.w(v).UPOS != "VERB" {
		return ""
	}
	if len(d.kids(n, is("det", "nmod:poss", "amod"))) > 0 {
		return "" // "arrested them in an illegal demonstration": where it was done, not how
	}
	subjs := d.kids(v, is("nsubj"))
	if len(subjs) != 1 || !d.nominal(subjs[0]) || h.isTime(subjs[0]) {
		return ""
	}
	who, plural := h.phrase(subjs[0], true)
	if who == "" {
		return ""
	}
	if d.w(subjs[0]).UPOS == "NOUN" {
		who = h.phraseOfActor(subjs[0]) // "four members of the cabinet", not "four members"
	}
	verb := h.verbBase(v)
	for _, p := range d.kids(v, is("compound:prt")) {
		verb += " " + strings.ToLower(d.w(p).Form) // "walk out"
	}
	for _, c := range d.kids(v, is("obl")) {
		if cs := d.kids(c, is("case")); c < n && len(cs) > 1 && strings.ToLower(d.w(cs[0]).Form) == "out" {
			verb += " out" // "pulled out of the talks": the particle parsed into the oblique's case
		}
	}
	out := capitalize(who) + " " + theHeadWords.present(verb, plural) + " in " + strings.ToLower(d.w(n).Form)
	against := d.kids(n, is("nmod"))
	for _, c := range d.kids(v, is("obl")) {
		if f := node(firstOfSubtree(d.words, int(c))); f == n+1 {
			against = append(against, c) // "in protest at the decision" parsed with the phrase on the verb
		}
	}
	for _, c := range against {
		if cw := d.caseWord(c); theHeadWords.protestCases[cw] && !h.isTime(c) {
			if text, _ := h.phrase(c, false); text != "" {
				if inf := h.infinitive(c); strings.HasPrefix(inf, "to ") {
					text += " " + inf // "at the decision to dissolve parliament"
				}
				return out + " " + cw + " " + text
			}
		}
	}
	return out
}

// statementDoes returns the headline of a statement noun at n whose
// gerund clause after it, on the noun or on the verb the noun is the
// object of, does a thing to its object ("issued a statement condemning
// the sanctions" → "X condemns sanctions"), or of asking, with what is
// asked ("a decree urging hospitals to step up precautions" → "X urges
// hospitals to step up precautions"): the subject (with no actor named,
// the common noun of the issuing verb's subject), the gerund's verb and
// its object, never the generic "issues statement"; else "".
func (h *head) statementDoes(n node, subj string, plural bool) string {
	d := h.s.tr
	hosts := []node{n}
	if v, ok := d.head(n); ok && d.rel(n) == "obj" {
		hosts = append(hosts, v)
		if c, ok := h.treeSubjectWord(v); subj == "" && ok && d.w(c).UPOS == "NOUN" {
			// "the health committee issued a decree urging ...": with
			// no actor named, the common noun of the verb's subject
			// issues it
			subj, plural = h.phrase(c, true)
		}
	}
	if subj == "" {
		return ""
	}
	for _, v := range hosts {
		for _, g := range d.kids(v, is("acl", "advcl")) {
			asked := h.askedOf(g) // "a decree urging hospitals to step up precautions"
			base := h.verbBase(g)
			if asked != "" {
				base = h.gerundBase(g)
			}
			if g <= n || d.w(g).XPOS != "VBG" || len(d.kids(g, is("mark", "nsubj", "ccomp", "dep"))) > 0 || len(d.kids(g, is("xcomp"))) > 0 && asked == "" || asked == "" && !h.eventVerb(base) {
				// "urging pilots to cancel the strike": the object's
				// clause would be lost; a verb that is no event of the
				// lexicon ("indicating a high risk") says less than the
				// statement's noun
				continue
			}
			if _, said := theHeadWords.SaidParticiples[strings.ToLower(d.w(g).Form)]; said {
				continue // what is said: contentClause's
			}
			for _, o := range d.kids(g, is("obj")) {
				if !d.nominal(o) || d.w(o).UPOS == "PRON" || h.isTime(o) || len(d.kids(o, is("acl", "xcomp"))) > 0 || len(d.kids(g, is("advcl"))) > 0 {
					break // the object's own clause, however parsed, would be lost
				}
				end := o
				for k := o + 1; int(k) < len(d.words) && d.within(k, o); k++ {
					end = k
				}
				if k := end + 1; int(k) < len(d.words) && d.w(k).XPOS == "TO" && asked == "" {
					// "urging the unions to end the strike", the
					// infinitive hung on the issuing verb: what is asked
					// when the gerund asks, else the object's clause lost
					if asked = h.askedElsewhere(g, k); asked == "" {
						break
					}
				}
				if text, _ := h.phrase(o, false); text != "" {
					if asked != "" {
						text += " " + asked // "urges hospitals to step up precautions"
					}
					return capitalize(subj) + " " + theHeadWords.present(base, plural) + " " + text + h.place()
				}
			}
		}
	}
	return ""
}

// askedOf returns the infinitive clause a gerund of asking or ordering
// at g (control_verbs) gives its object, what the object is asked to do
// ("urging all hospitals to step up precautions" → "to step up
// precautions"), when it follows the object in the sentence's order;
// else "".
func (h *head) askedOf(g node) string {
	d := h.s.tr
	if !theHeadWords.controlVerbs[h.gerundBase(g)] || len(d.kids(g, is("obj"))) != 1 {
		return ""
	}
	o := d.kids(g, is("obj"))[0]
	for _, x := range d.kids(g, is("xcomp")) {
		if x < o || !hasMark(d, x, "to") {
			return ""
		}
	}
	if inf := h.infinitive(g); strings.HasPrefix(inf, "to ") && h.inSentenceOrder(g, inf) {
		return inf
	}
	return ""
}

// askedElsewhere returns, for a gerund of asking at g (control_verbs)
// whose object's phrase the word "to" at k follows, the infinitive that
// "to" opens where the parse hangs it on another verb ("issued a
// statement urging the unions to end the strike", "end" on "issued"):
// "to end strike"; else "".
func (h *head) askedElsewhere(g, k node) string {
	d := h.s.tr
	x, ok := d.head(k)
	if !theHeadWords.controlVerbs[h.gerundBase(g)] || !ok || d.w(x).UPOS != "VERB" || d.rel(k) != "mark" {
		return ""
	}
	host, ok := d.head(x)
	if !ok || host == g {
		return ""
	}
	if inf := h.infinitive(host); strings.HasPrefix(inf, "to "+strings.ToLower(d.w(x).Form)) && h.inSentenceOrder(x, inf) {
		return inf
	}
	return ""
}

// gerundBase returns the base form of the verb at g, an "-ing" form
// the parse gives no lemma of by its inflection ("urging" → "urge").
func (h *head) gerundBase(g node) string {
	return cmpOr(h.verbBase(g), guessBase(h.s.tr.w(g).Form, "VBG"))
}

// eventVerb reports whether the lexicon holds base as a verb trigger of
// its own (a light verb is none).
func (h *head) eventVerb(base string) bool {
	lx := h.s.d.lx
	if lx == nil || base == "" || lx.light[base] {
		return false
	}
	return slices.ContainsFunc(lx.byFirst[base], func(i int) bool {
		e := lx.entries[i]
		return e.Lemma == base && slices.Contains(e.POS, "verb")
	})
}
