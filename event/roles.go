package event

import (
	"slices"
	"strings"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/nlp/wordnet"
)

// roles.go: the event rules that give a trigger participants the grammar
// alone does not (treeroles.go finds subjects, pronouns' antecedents,
// titled persons and affiliations):
//   - who "was behind" or "claimed responsibility for" a noun event is its
//     agent (blamed, perpetrators);
//   - the named contestants of an election are its agents (contestants);
//   - a reporter is the source, never a participant (reporterSubject,
//     reporterAfter); "its forces", "their police" are the speaker's
//     (ownAgents);
//   - the recipient of what a giving type gives ("received a call from",
//     receives);
//   - who speaks at a noun event ("at the press conference, Bush
//     acknowledged …") is its agent (venueSubject);
//   - who did the violence of a when-clause did the passive act it tells
//     ("X was kidnapped when gunmen stormed his house", whenAgents,
//     violentTrigger);
//   - a participle right after a noun event tells it, done by the noun's
//     owner ("US food aid pledged in February", eventOwners).

// blamed returns the actors the tree holds responsible for the noun event
// at n (the cues are in data/triggers.yaml, blame_cases, blame_nouns and
// perpetrate_verbs): its perpetrators (perpetrators), else
// the subject of a copula whose predicate is the event marked by a blame
// case ("Hamas was behind the attack", "the group which was behind the
// bombing"), or the subject of a verb whose object is a blame noun and
// whose "for" phrase is the event ("Hamas claimed responsibility for the
// attack"), or of a verb of claimVerbs whose object is the violent event
// ("Hamas claimed the attack").
//
// An -ing clause marked by "for" stands for the event as its "for" phrase
// does ("claimed responsibility for launching rockets").
func (s *sent) blamed(n node) []np {
	d, lx := s.tr, s.d.lx
	if p := s.perpetrators(n); len(p) > 0 {
		return p
	}
	if len(d.kids(n, is("cop"))) > 0 && lx.blameCases[d.caseWord(n)] {
		if subj, pass, ok := s.treeSubject(n); ok && !pass {
			return subj
		}
		return nil
	}
	h, ok := d.head(n)
	if ok && d.rel(n) == "obj" && d.verbal(h) && d.lemmaIn(h, claimVerbs) && s.violentNoun(n) {
		// "the rebels claimed the ambush": who claims it did it
		if subj, pass, ok := s.treeSubject(h); ok && !pass {
			return subj
		}
		return nil
	}
	if !ok || d.caseWord(n) != "for" && d.markWord(n) != "for" {
		return nil // "for the attack", "for launching rockets"
	}
	if d.nominal(h) && d.lemmaIn(h, lx.blameNouns) {
		// "claimed responsibility for the attack", the event on the noun
		if v, ok := d.head(h); ok && d.verbal(v) {
			if subj, pass, ok := s.treeSubject(v); ok && !pass {
				return subj
			}
		}
		return nil
	}
	if !d.verbal(h) {
		return nil
	}
	for _, o := range d.kids(h, is("obj")) {
		if d.lemmaIn(o, lx.blameNouns) {
			if subj, pass, ok := s.treeSubject(h); ok && !pass {
				return subj
			}
		}
	}
	return nil
}

// claimVerbs take a violent noun event for object to say their subject
// did it ("the rebels claimed the ambush"; data/words.yaml).
var claimVerbs = wordList("claim_verbs")

// assignVerbs lay an act at someone's door: "an attack blamed on Syria",
// "the bombing was attributed to Hamas" (data/words.yaml).
var assignVerbs = wordList("assign_verbs")

// assignCases mark whom an assignVerbs verb lays the act on ("blamed on",
// "attributed to").
var assignCases = wordList("assign_cases")

// assignedTo returns the actors the tree says the noun event at n is laid
// on by a verb of assignVerbs: "an attack blamed on Syria" (a participle
// or relative clause on the noun: "the attack, which was blamed on
// Hamas"), "police blamed the bombing on the Taliban" (the noun as its
// object, the actor marked by "on" or "to" on the verb or, as the parse
// may hang it, on the noun), "Hamas was blamed for the attack" and
// "Israel blamed Hamas for the attack" (the noun in its "for" phrase: the
// passive subject, or the object). Who is blamed is the alleged doer, not
// the target the "on" phrase of a violent noun otherwise names.
func (s *sent) assignedTo(n node) []np {
	d := s.tr
	var out []np
	marked := func(h node, rels func(string) bool) {
		for _, o := range d.kids(h, rels) {
			if assignCases[d.caseWord(o)] {
				out = append(out, s.phraseActors(o, true)...)
			}
		}
	}
	for _, k := range d.kids(n, is("acl", "acl:relcl")) {
		if d.lemmaIn(k, assignVerbs) {
			marked(k, is("obl"))
		}
	}
	h, ok := d.head(n)
	if !ok || !d.verbal(h) || !d.lemmaIn(h, assignVerbs) {
		return out
	}
	switch {
	case d.rel(n) == "obj":
		marked(h, is("obl"))
		marked(n, is("nmod"))
	case d.caseWord(n) == "for":
		for _, k := range d.kids(h, is("nsubj:pass", "obj")) {
			out = append(out, s.phraseActors(k, true)...)
		}
	}
	return out
}

// contestants returns the actors the tree makes contestants of the
// election noun at n: the active subject of the verb it is the object or
// oblique of ("Nazarbayev won 91 percent of the vote in Sunday's poll",
// "Chavez headed to reelection", "the party won the election"), or of the
// verb whose object that noun modifies ("won 91 percent of ballots cast
// in the poll").
func (s *sent) contestants(n node) []np {
	h, ok := s.contestVerb(n)
	if !ok {
		return nil
	}
	if subj, pass, ok := s.treeSubject(h); ok && !pass {
		return subj
	}
	return nil
}

// contestedBy reports whether the election noun at n has a person or an
// organization among its contestants ("Trump won the US election", "the
// Labour Party won in Britain's election"): the country named on the noun
// is then where it is held, not who acts.
func (s *sent) contestedBy(n node) bool {
	for _, p := range s.contestants(n) {
		if k := s.actor(p).Kind; k == actor.Person || k == actor.Organization {
			return true
		}
	}
	return false
}

// electionWinVerbs are the verbs whose subject wins the election noun
// of their object or oblique (data/words.yaml).
var electionWinVerbs = wordList("election_win_verbs")

// electionWinPhrase is the headline's phrase of an election won
// (wonElection): "Labour Party wins election".
const electionWinPhrase = "win election"

// wonElection reports whether the election noun at n is won by a person
// or an organization the tree names: the subject of a win or defeat verb
// it is the object or oblique of ("the Labour Party won a landslide in
// Britain's general election", "defeated the incumbent in the election").
func (s *sent) wonElection(n node) bool {
	h, ok := s.contestVerb(n)
	return ok && (s.tr.lemmaIn(h, electionWinVerbs) || s.tr.lemmaIn(h, electionDefeatVerbs)) && s.contestedBy(n)
}

// electionDefeatVerbs are the verbs whose object is a rival beaten in an
// election (data/words.yaml).
var electionDefeatVerbs = wordList("election_defeat_verbs")

// rivals returns the actors the tree makes the beaten rivals of the
// election noun at n: the object of its contest verb when that verb
// defeats ("defeated the incumbent in Sunday's election"), or of a defeat
// verb with no subject of its own joined to a win verb ("won the
// election, defeating her rival").
func (s *sent) rivals(n node) []np {
	d := s.tr
	h, ok := s.contestVerb(n)
	if !ok {
		return nil
	}
	verbs := []node{h}
	if !d.lemmaIn(h, electionDefeatVerbs) {
		if !d.lemmaIn(h, electionWinVerbs) {
			return nil
		}
		verbs = nil
		for _, c := range d.kids(h, is("advcl", "conj")) {
			if d.verbal(c) && d.lemmaIn(c, electionDefeatVerbs) && len(d.kids(c, is("nsubj", "nsubj:pass"))) == 0 {
				verbs = append(verbs, c)
			}
		}
	}
	var out []np
	for _, v := range verbs {
		for _, o := range d.kids(v, is("obj")) {
			out = append(out, s.phraseActors(o, false)...)
		}
	}
	return out
}

// eventOwners returns the owners of the noun event right before the verb
// trigger t when t is a participle telling that event ("US food aid
// pledged in February", "the Russian strikes launched on Monday"): the
// possessor and the names modifying the noun, who did it; nil when no
// noun trigger ends right before t or t is no past participle form.
func (s *sent) eventOwners(t *trigger) []np {
	if t.noun || !strings.HasSuffix(s.word(t.start), "ed") && !strings.HasSuffix(s.word(t.start), "en") {
		return nil
	}
	for _, o := range s.triggers {
		if !o.noun || o.end != t.start || o == t {
			continue
		}
		var poss, mods []np
		if on, ok := s.triggerNode(o); ok && s.tree() != nil {
			poss, mods = s.treeModifiers(on)
		} else {
			poss, mods = s.premodifiers(o)
		}
		if len(poss) > 0 {
			return poss
		}
		var out []np
		for _, p := range mods {
			if k := s.actor(p).Kind; k == actor.Country || k == actor.Organization {
				out = append(out, p)
			}
		}
		return out
	}
	return nil
}

// ownAgents reports whether the subject noun at n is a body of people or
// a weapon (agent_nouns, armed_cues) that "its" or "their" attaches to
// the speaker ("its forces", "their police", "its missiles") and that
// names no actor of its own.
func (s *sent) ownAgents(n node) bool {
	d := s.tr
	if w := strings.ToLower(d.w(n).Form); !agentNouns[w] && !s.d.lemmaIn(w, armedCues) {
		return false
	}
	if _, ok := s.actorWord(n); ok {
		return false
	}
	for _, p := range d.kids(n, is("nmod:poss")) {
		if ownPossessives[strings.ToLower(d.w(p).Form)] {
			return true
		}
	}
	return false
}

// hostVerbs are the perpetrate verbs whose agent is no side of talks
// "between" the sides the noun names (data/words.yaml, host_verbs).
var hostVerbs = wordList("host_verbs")

// perpetrators returns the actors of the "by" phrase of a passive
// perpetrate verb (data/triggers.yaml, perpetrate_verbs) that tells who
// did the noun event at n: the verb whose passive subject the noun is
// ("the raid was perpetrated by rebels"; also a participle the parse read
// as the verb whose subject the noun is: reducedPassive), or a participle or relative
// clause modifying the noun ("the bombings that were carried out by four
// terrorists", "airstrikes carried out by Israeli aircraft") or its
// modifier, where the parse may hang a relative clause ("the bombings in
// the capital that were carried out by …"), or one set after the noun's
// comma the parse hung elsewhere (strayParticiple). A place in the phrase
// hosts and does nothing; nor does a host of talks between sides the noun
// names (hostVerbs).
func (s *sent) perpetrators(n node) []np {
	d, lx := s.tr, s.d.lx
	var verbs []node
	if h, ok := d.head(n); ok && d.rel(n) == "nsubj:pass" && d.lemmaIn(h, lx.perpetrate) {
		verbs = append(verbs, h)
	} else if ok && d.rel(n) == "nsubj" && s.reducedPassive(h) {
		// "raids carried out by the gang left two hurt", the
		// participle read as the main verb: the "by" phrase shows it
		// passive
		verbs = append(verbs, h)
	}
	for _, c := range d.kids(n, is("acl", "acl:relcl")) {
		if d.verbal(c) && d.lemmaIn(c, lx.perpetrate) {
			verbs = append(verbs, c)
		}
	}
	for _, m := range d.kids(n, is("nmod")) {
		// "the bombings in the capital that were carried out by …": the
		// parse may hang the clause on the event's place
		for _, c := range d.kids(m, is("acl:relcl")) {
			if d.verbal(c) && d.lemmaIn(c, lx.perpetrate) {
				verbs = append(verbs, c)
			}
		}
	}
	if v, ok := s.strayParticiple(n); ok {
		verbs = append(verbs, v)
	}
	sided := slices.ContainsFunc(d.kids(n, is("nmod")), func(m node) bool { cw := d.caseWord(m); return cw == "between" || cw == "among" })
	for _, v := range verbs {
		if sided && d.lemmaIn(v, hostVerbs) {
			continue // "talks between Israel and Syria, hosted by Turkey": the host is no side
		}
		for _, a := range d.kids(v, is("obl:agent")) {
			var out []np
			for _, p := range s.phraseActors(a, true) {
				if s.actor(p).Kind != actor.Place {
					out = append(out, p) // a place hosts, no one does
				}
			}
			if len(out) > 0 {
				return out
			}
		}
	}
	return nil
}

// reducedPassive reports whether the verb at v, which the parse gives an
// active subject, is a perpetrate verb's past participle with a "by"
// agent and no auxiliary: a participle after its noun that the parse
// read as the clause's verb, as only a passive takes a "by" agent.
func (s *sent) reducedPassive(v node) bool {
	d := s.tr
	return participleTag(d.w(v).XPOS) && d.lemmaIn(v, s.d.lx.perpetrate) &&
		len(d.kids(v, is("obl:agent"))) > 0 && len(d.kids(v, is("aux", "aux:pass"))) == 0
}

// strayParticiple returns the perpetrate verb's participle set right after
// the noun event at n and a comma that the parse hung elsewhere, as a
// conjunct of the main verb ("said the 2003 invasion, led by the United
// States, would resonate"), or as the root whose subject the noun is ("the
// raid, carried out by commandos, killed three": the main verb then its
// conjunct): a past participle with a "by" agent and no other subject nor
// an auxiliary, which can only tell the noun before it.
func (s *sent) strayParticiple(n node) (node, bool) {
	d := s.tr
	e := lastOfSubtree(d.words, int(n))
	if e+2 >= len(d.words) || d.words[e+1].Form != "," {
		return noNode, false
	}
	v := node(e + 2)
	if r := d.rel(v); r != "conj" && !(r == "root" && d.rel(n) == "nsubj") || !participleTag(d.w(v).XPOS) || !d.lemmaIn(v, s.d.lx.perpetrate) ||
		slices.ContainsFunc(d.kids(v, is("nsubj", "nsubj:pass", "aux", "aux:pass")), func(k node) bool { return k != n }) ||
		len(d.kids(v, is("obl:agent"))) == 0 {
		return noNode, false
	}
	return v, true
}

// participleTag reports whether a verb's tag may be that of a past
// participle: VBN, or VBD, the tagger's slip on a participle set between
// commas whose "by" phrase shows it passive ("the raid, carried out by
// commandos,").
func participleTag(xpos string) bool { return xpos == "VBN" || xpos == "VBD" }

// receives reports whether the noun trigger t of a giving type is the
// object of a receiving verb: its subject is then the recipient, and the
// "from" phrase names the agent.
func (s *sent) receives(t *trigger) bool {
	return t.noun && giving[t.e.Type] && t.anchor >= 0 && s.d.lemmaIn(s.word(t.anchor), s.d.lx.receiving)
}

// receivesAct reports whether the noun trigger t of an act aimed at
// someone (an appeal, a demand, a threat, a hostile act, or a statement
// such as a warning) is the object of a receiving verb: its subject is
// then the one the act is aimed at, not its agent ("the director received
// a serious warning", "the general received a prison sentence").
func (s *sent) receivesAct(t *trigger) bool {
	return t.noun && !giving[t.e.Type] && (addressed[t.e.Type] || hostile[t.e.Type] || t.e.Type == Statement) &&
		t.anchor >= 0 && s.d.lemmaIn(s.word(t.anchor), s.d.lx.receiving)
}

// reporterAfter reports whether the actor phrase p opens a reporter's
// clause the word windows would read as a participant: a reporting verb
// follows it, with at most reporterGap plain words between (", official
// Palestinian radio said").
func (s *sent) reporterAfter(p np) bool {
	for j, n := p.end, 0; j < s.last && n <= reporterGap; j, n = j+1, n+1 {
		w := s.word(j)
		if s.d.lemmaIn(w, s.d.lx.reporting) {
			return true
		}
		if !isPlainWord(w) {
			return false
		}
	}
	return false
}

// reporterSubject returns the actors a pronoun subject "it" or "they" of
// the verb at n stands for, or a subject "its forces" names the agents of
// (ownAgents), when that verb's clause is what a reporting verb says ("the
// bank said it was raising rates", "the ministry said they had arrested
// 12", "Israel said its forces had arrested"): the reporting verb's own
// subject, an organization or
// a country speaking of what it does. A first-person subject ("we", "I")
// of the reported clause is its speaker, a person too (""We agreed on
// it," the envoy said": the envoy agreed). False when the subject is no
// such pronoun, the clause is not reported, or the reporter names no
// actor that is not a person ("he" and "she" are resolvePronoun's).
func (s *sent) reporterSubject(n node) ([]np, bool) {
	d := s.tr
	k := d.kids(n, is("nsubj", "nsubj:pass"))
	if len(k) == 0 {
		return nil, false
	}
	first := false
	switch subj := k[len(k)-1]; strings.ToLower(d.w(subj).Form) {
	case "it", "they":
	case "we", "i":
		first = true
	default:
		if !s.ownAgents(subj) {
			return nil, false
		}
	}
	rs, ok := s.reportingSubject(n)
	if !ok {
		return nil, false
	}
	var out []np
	for _, p := range s.phraseActors(rs, true) {
		if first || s.actor(p).Kind != actor.Person {
			out = append(out, p)
		}
	}
	return out, len(out) > 0
}

// reportingSubject returns the subject of the reporting verb whose
// reported clause the verb at n heads (or is a conjunct or an open
// complement in): ""We agreed," the envoy said", "the bank said it was
// raising rates"; false when the clause is not reported or the reporting
// verb has no subject.
func (s *sent) reportingSubject(n node) (node, bool) {
	d := s.tr
	for depth := 0; depth < reportedPronounDepth; depth++ {
		h, ok := d.head(n)
		if v, fronted := s.quoteReporter(n, s.d.lx.reporting); fronted {
			h, ok = v, true // ""We agreed," the envoy said": the quotation heads the sentence
		} else if !ok {
			return noNode, false
		} else {
			switch d.rel(n) {
			case "conj", "xcomp":
				n = h
				continue
			case "ccomp":
			case "advcl":
				if len(d.kids(n, is("mark"))) > 0 || n < h {
					return noNode, false
				}
				// "said its warplanes bombed": the parse's slip for the
				// reported clause, which no subordinator opens
			default:
				return noNode, false
			}
		}
		if !d.verbal(h) || !d.lemmaIn(h, s.d.lx.reporting) {
			return noNode, false
		}
		rk := d.kids(h, is("nsubj"))
		if len(rk) == 0 {
			return noNode, false
		}
		return rk[0], true
	}
	return noNode, false
}

// firstPersonReporter returns the actor that reports the clause of the
// verb at n when that clause's subject is "we" or "I" and the reporter is
// named by a pronoun or a body noun: the person a "he" or "she" stands
// for (""We condemn such an attack," she said") or the body "the
// ministry" stands for (resolveBody: ""We condemn this attack," the
// ministry said"), who speaks and acts; false otherwise.
func (s *sent) firstPersonReporter(n node, exclude map[string]bool) (actor.Mention, bool) {
	d := s.tr
	k := d.kids(n, is("nsubj"))
	if len(k) == 0 {
		return actor.Mention{}, false
	}
	if w := strings.ToLower(d.w(k[len(k)-1]).Form); w != "we" && w != "i" {
		return actor.Mention{}, false
	}
	rs, ok := s.reportingSubject(n)
	if !ok {
		return actor.Mention{}, false
	}
	if w := strings.ToLower(d.w(rs).Form); w == "he" || w == "she" {
		if toks := s.tokensOf(rs); len(toks) == 1 {
			return s.resolvePronoun(toks[0], exclude)
		}
		return actor.Mention{}, false
	}
	if h, ok := d.head(rs); ok {
		return s.resolveBody(h)
	}
	return actor.Mention{}, false
}

// venueSubject returns the subject of the verb whose oblique, marked by
// one of venueCases, is the noun event at n of type typ ("at the press
// conference, Bush acknowledged …": Bush), when the tree names one as its
// active subject; nil otherwise. A spoken event or a visit (spokenVenues)
// is a venue marked by "in", "after" or "before" too ("in a speech on
// Sunday, the president said": the president spoke; "after a tour of
// Hainan, Li ordered": Li toured; not "died in an attack"), an indefinite
// visit one marked by "on" ("said on a visit to Kursk"), and the event
// may be told as
// a part of the oblique's noun ("in a round of talks with Kim, Putin
// said": Putin talked), the parse may read "following" as a verb whose
// object the event is or hang the oblique on the verb's object, and a
// spoken event or visit a verb with no object is done for (purposeCases:
// "arrived for talks with Kim") is one its subject takes part in, its
// passive subject too ("was flown to Tirana for talks with Berisha"); a statement "in" which the verb reports is that
// report itself, no event of its own. An event other than a spoken one
// "at" which a feeling is voiced is what it is about (feelingObject:
// "expressed outrage at the murder"), and one who harms or detains
// someone during a protest (befallVerbs) is none of its protesters. A
// meeting that names its own parties in a "between" phrase has no venue
// subject ("voiced anger at a meeting between X and Y":
// pairedParties).
func (s *sent) venueSubject(n node, typ Type) []np {
	d := s.tr
	if s.pairedParties(n) {
		return nil // "voiced anger at a meeting between X and Y": theirs, not the speaker's
	}
	if d.rel(n) == "nmod" && d.caseWord(n) == "of" {
		if h, ok := d.head(n); ok && d.w(h).UPOS == "NOUN" && baseRel(d.rel(h)) == "obl" {
			if _, named := s.actorWord(h); !named {
				n = h // "at the end of the talks", "in a round of talks"
			}
		}
	}
	c := d.caseWord(n)
	if c == "for" && len(d.kids(n, is("case"))) > 1 {
		c = "" // "as for the summit": what is spoken of
	}
	h, ok := d.head(n)
	if !ok {
		return nil
	}
	if hh, ok := s.adverbHung(n); ok && d.verbal(hh) {
		h = hh // "Gul said after talks here with Bildt": the parse hangs the talks on "here"
	}
	orig := n
	rel := baseRel(d.rel(n))
	if f := strings.ToLower(d.w(h).Form); rel == "obj" && venueInCases[f] && d.rel(h) != "root" && len(d.kids(h, is("nsubj", "nsubj:pass"))) == 0 {
		// "made the remarks following a meeting with Abbas": the parse
		// reads the preposition as a verb whose object the event is
		if hh, ok := d.head(h); ok {
			c, rel, n, h = f, "obl", h, hh
		}
	}
	if rel == "nmod" && (venueCases[c] || spokenVenues[typ] && (venueInCases[c] || purposeCases[c])) {
		// "reiterated the position during a meeting with Abbas", "flew
		// to the capital for talks with Abbas": the parse hangs the venue
		// on the verb's object or oblique, or on a noun of that oblique
		// ("flown to the capital aboard a helicopter for talks")
		for i := 0; i < maxVenueClimb && d.rel(h) == "nmod"; i++ {
			hh, ok := d.head(h)
			if !ok || !d.nominal(hh) {
				break
			}
			h = hh
		}
		if hh, ok := d.head(h); ok && (d.rel(h) == "obj" || baseRel(d.rel(h)) == "obl") && d.verbal(hh) {
			rel, n, h = "obl", h, hh
		}
	}
	onTrip := c == "on" && typ == Visit && s.indefiniteNode(n) // "said on a visit to Kursk"
	// "arrived in Lima for talks with Bachelet": what a verb with no
	// object is done for, its subject takes part in ("thanked Kim for the
	// visit": Kim visited); so too a verb whose object is the trip the
	// talks are held on ("paid a visit to Lima for talks with Bachelet")
	forTalks := purposeCases[c] && spokenVenues[typ] && (len(d.kids(h, is("obj"))) == 0 || s.tripObject(h, n)) && !d.lemmaIn(h, s.d.lx.reporting)
	if rel != "obl" || !venueCases[c] && !(spokenVenues[typ] && venueInCases[c]) && !onTrip && !forTalks {
		return nil
	}
	if !d.verbal(h) {
		return nil
	}
	if typ == Protest && d.lemmaIn(h, befallVerbs) {
		// "police detained ten students during the protest": who acts
		// against the protesters, none of them
		return nil
	}
	if c == "at" && !spokenVenues[typ] && s.feelingObject(h) {
		// "expressed outrage at the murder": what is felt about, no
		// venue; but "voiced concern at the meeting": where it is voiced
		return nil
	}
	// "Vell was flown to the capital for talks with Osk": who is sent,
	// flown or invited for talks takes part in them
	passFor := forTalks && len(d.kids(h, is("nsubj:pass"))) > 0
	if (forTalks || n != orig) && len(d.kids(h, is("nsubj"))) == 0 && !passFor {
		return nil // read past its own clause ("came as leaders were meeting for a summit"): a subject of another act
	}
	if !venueCases[c] && typ == Statement && d.lemmaIn(h, s.d.lx.reporting) {
		return nil // "in a statement, the embassy said": the saying itself, told once
	}
	subj, pass, ok := s.treeSubject(h)
	if !ok && d.lemmaIn(h, s.d.lx.reporting) {
		return s.invertedSpeaker(h, n)
	}
	if !ok || pass && !passFor {
		return nil
	}
	return subj
}

// pairedParties reports whether the noun event at n names its own parties
// in a "between" phrase ("a meeting between Vell and Osk", "talks between
// the two governments"): they are all who take part in it, and the
// subject of a verb set at it is no party (venueSubject).
func (s *sent) pairedParties(n node) bool {
	d := s.tr
	for _, k := range d.kids(n, is("nmod")) {
		if d.caseWord(k) != "between" {
			continue
		}
		if _, ok := s.actorWord(k); ok {
			return true
		}
	}
	return false
}

// feelingSenses is how many of a noun's most frequent WordNet senses
// feelingObject looks through for a feeling ("concern" is first an
// interest, then an anxious feeling).
const feelingSenses = 2

// feelingObject reports whether the verb at h has for object a noun that
// WordNet knows, in one of its feelingSenses most frequent senses, as a
// feeling ("expressed outrage", "voiced concern", "conveyed its regret"):
// an "at" phrase of that verb then tells what the feeling is about, no
// place its subject is at.
func (s *sent) feelingObject(h node) bool {
	d := s.tr
	for _, o := range d.kids(h, is("obj")) {
		if d.w(o).UPOS != "NOUN" {
			continue
		}
		cs := wordnet.SensesOfForm(strings.ToLower(d.w(o).Form))
		for i := 0; i < len(cs) && i < feelingSenses; i++ {
			if cs[i] == wordnet.Feeling {
				return true
			}
		}
	}
	return false
}

// maxVenueClimb bounds the nouns climbed from a venue phrase hung on a
// noun of the verb's oblique up to that oblique.
const maxVenueClimb = 2

// invertedSpeaker returns the speaker set right after the reporting verb
// at h that has no subject of its own ("…," said Luo Gan during a meeting
// with Gonzales): the parse reads that name as the verb's object, but a
// speaker it is, and it takes part in the event the verb is set in. A
// name the parse reads as the verb's complement clause is that speaker
// too ("…, said Vice-Chairman Xu Caihou during a meeting with Ismail"),
// a clause with a verb of its own is not ("said Xu would meet Ismail"),
// and so is a name between the verb and its venue oblique n that the
// parse makes the venue noun's subject.
func (s *sent) invertedSpeaker(h, n node) []np {
	d := s.tr
	if len(d.kids(h, is("nsubj", "nsubj:pass", "csubj", "expl"))) > 0 {
		return nil
	}
	for _, k := range d.kids(n, is("nsubj")) {
		if h > k || k > n || d.w(k).UPOS != "PROPN" {
			continue
		}
		// "said Vice-Chairman of the Commission Xu Caihou during a
		// meeting" misparsed: the person named last in that subject
		for j := n - 1; j >= k; j-- {
			if p, ok := s.actorWord(j); ok && d.within(j, k) && s.actor(p).Kind == actor.Person {
				return []np{p}
			}
		}
	}
	for _, k := range d.kids(h, is("obj", "ccomp")) {
		if k < h {
			continue
		}
		if d.rel(k) == "ccomp" && (d.w(k).UPOS != "PROPN" || len(d.kids(k, is("nsubj", "nsubj:pass", "cop", "aux", "mark"))) > 0) {
			continue // "said Xu would attend": a clause of its own
		}
		for j := h + 1; j < k; j++ {
			if g, ok := d.head(j); !ok || g != k && (d.rel(k) != "ccomp" || !d.within(j, k)) {
				return nil // words of the object's own before its head only
			}
		}
		return s.phraseActors(k, true)
	}
	return nil
}

// indefiniteNode reports whether the noun at n has the indefinite article
// ("a visit"): "commented on a visit to Kursk" tells where the speaker
// was, while "commented on the visit" may tell what was spoken of.
func (s *sent) indefiniteNode(n node) bool {
	for _, k := range s.tr.kids(n, is("det")) {
		if w := strings.ToLower(s.tr.w(k).Form); w == "a" || w == "an" {
			return true
		}
	}
	return false
}

// triggerOfType reports whether the word n is a verb trigger of this
// sentence of type typ.
func (s *sent) triggerOfType(n node, typ Type) bool {
	for _, o := range s.triggers {
		if on, ok := s.triggerNode(o); ok && !o.noun && o.e.Type == typ && on == n {
			return true
		}
	}
	return false
}

// tripObject reports whether the only object of the verb at h is n and n
// is a noun trigger of a visit ("paid a visit", "made a trip"): the trip
// its subject makes, for whatever the trip is made for.
func (s *sent) tripObject(h, n node) bool {
	objs := s.tr.kids(h, is("obj"))
	if len(objs) != 1 || objs[0] != n {
		return false
	}
	for _, o := range s.triggers {
		if on, ok := s.triggerNode(o); ok && o.noun && o.e.Type == Visit && on == n {
			return true
		}
	}
	return false
}

// violentTrigger reports whether the word n is a verb trigger of this
// sentence of a violent type (violentTypes).
func (s *sent) violentTrigger(n node) bool {
	for _, o := range s.triggers {
		if o.noun || !violentTypes[o.e.Type] {
			continue
		}
		if on, ok := s.triggerNode(o); ok && on == n {
			return true
		}
	}
	return false
}

// whenAgents returns the actors that did the passive act at n by the
// violence of a clause it governs ("X was kidnapped when gunmen stormed
// his house", "killed as troops shelled the town"): the active subject of
// a violent trigger verb, or a clash or riot (Protest), heading an
// adverbial clause of n marked by one of whenMarks, or the names modifying
// the weapon that is its passive subject ("when an Israeli missile was
// fired": weaponNouns). A clause the parse
// hangs on a verb coordinated with n governs n too ("three were killed and
// others wounded when police clashed with residents").
func (s *sent) whenAgents(n node) []np {
	d := s.tr
	clauses := d.kids(n, is("advcl"))
	for _, v := range d.kids(n, is("conj")) {
		clauses = append(clauses, d.kids(v, is("advcl"))...)
	}
	for _, c := range clauses {
		marked := false
		for _, k := range d.kids(c, is("mark", "advmod")) {
			marked = marked || whenMarks[strings.ToLower(d.w(k).Form)] // "when": mark or advmod
		}
		if !marked || !s.violentTrigger(c) && !s.triggerOfType(c, Protest) {
			continue
		}
		if subj, pass, ok := s.treeSubject(c); ok && !pass {
			return subj
		}
		if s.weaponSubject(c) {
			// "killed when an Israeli drone missile was fired at their
			// car": the side the weapon's words name fired it
			poss, mods := s.treeModifiers(d.kids(c, is("nsubj:pass"))[0])
			var out []np
			for _, p := range append(poss, mods...) {
				if a := s.actor(p); a.Kind != actor.Place && !a.Location {
					out = append(out, p)
				}
			}
			if len(out) > 0 {
				return out
			}
		}
	}
	return nil
}

// weaponSubject reports whether the passive subject of the verb at n is a
// weapon (weaponNouns): "an Israeli missile was fired" — the names
// modifying it tell who used it, not whom it struck.
func (s *sent) weaponSubject(n node) bool {
	k := s.tr.kids(n, is("nsubj:pass"))
	return len(k) > 0 && s.tr.lemmaIn(k[0], weaponNouns)
}

// weaponNouns are the weapons a passive "when" clause may have fired or
// dropped ("when an Israeli missile was fired"): the names modifying one
// tell who used it (whenAgents; data/words.yaml).
var weaponNouns = wordList("weapon_nouns")

// instrumentAgents returns the states or groups that did the passive act
// at n by the violent event a noun phrase marked "in" tells: the names
// modifying that noun trigger ("was killed in an Israeli air strike",
// "wounded in a rebel attack"), not a place that locates it ("a Gaza
// strike"). A verb coordinated with n shares the phrase ("one was killed
// and nine wounded in …").
func (s *sent) instrumentAgents(n node) []np {
	d := s.tr
	obls := d.kids(n, is("obl"))
	if h, ok := d.head(n); ok && d.rel(n) == "conj" {
		obls = append(obls, d.kids(h, is("obl"))...)
	}
	for _, c := range d.kids(n, is("conj")) {
		// "one was killed and nine wounded in …", parsed as a noun and
		// its participle
		obls = append(obls, d.kids(c, is("obl"))...)
		for _, a := range d.kids(c, is("acl")) {
			obls = append(obls, d.kids(a, is("obl"))...)
		}
	}
	var out []np
	for _, k := range obls {
		if d.caseWord(k) != "in" || !s.violentNoun(k) {
			continue
		}
		poss, mods := s.treeModifiers(k)
		for _, p := range append(poss, mods...) {
			if a := s.actor(p); a.Kind != actor.Place {
				out = append(out, p)
			}
		}
	}
	return out
}

// violentNoun reports whether the word n is a noun trigger of this
// sentence of a violent type (violentTypes).
func (s *sent) violentNoun(n node) bool {
	for _, o := range s.triggers {
		if !o.noun || !violentTypes[o.e.Type] {
			continue
		}
		if on, ok := s.triggerNode(o); ok && on == n {
			return true
		}
	}
	return false
}

// lossNouns are the noun sport results told from the loser's side ("a 1-0
// defeat to Lille", "their loss to Brazil"): the clause's side lost, the
// one "to" or "against" names won (data/words.yaml).
var lossNouns = wordList("loss_nouns")

// sportSide returns the side the clause that tells the noun sport result
// at n gives as playing it: the active subject of the verb the noun is the
// object or an oblique of, or of whose object or oblique it modifies
// ("Jordan recorded a 13-0 victory over Macao", "Australia opened their
// campaign with a 4-1 win"), the object of a verb that leads it "to"
// the result ("led China to a 78-67 victory") or the one a verb gives the
// result to ("a header earned Norway a 3-1 victory"), also when a pronoun
// owns the noun ("went top after their 1-0 win": the pronoun stands for
// that side). Nil when the noun has a named possessor ("Chelsea's final
// win": the possessor's), when the verb reports
// ("Ferguson said after the win"), or has an object of its own and the
// result is an oblique of it marked otherwise than by "to", "with" or "in"
// ("praised the players after the win": the praiser did not win).
func (s *sent) sportSide(n node) []np {
	d := s.tr
	for _, k := range d.kids(n, is("nmod:poss")) {
		if d.w(k).UPOS != "PRON" {
			return nil // "scored in Chelsea's final win": the possessor's result
		}
		// "Villarreal went top after their 1-0 victory": the pronoun
		// stands for the clause's side
	}
	m := n
	for range 2 {
		h, ok := d.head(m)
		if !ok {
			return nil
		}
		r := baseRel(d.rel(m))
		if r != "obj" && r != "obl" && r != "nmod" {
			return nil
		}
		if r == "nmod" || !d.verbal(h) {
			m = h
			continue
		}
		if d.lemmaIn(h, s.d.lx.reporting) {
			return nil
		}
		if r == "obj" {
			var to []np
			for _, o := range d.kids(h, is("iobj", "obj")) {
				if o < m {
					// the first of two objects, whatever the parse calls it
					to = append(to, s.phraseActors(o, true)...)
				}
			}
			if len(to) > 0 {
				return to // "a header earned Norway a 3-1 victory"
			}
		}
		if r == "obl" && len(d.kids(h, is("obj"))) > 0 {
			switch d.caseWord(m) {
			case "to":
				var objs []np
				for _, o := range d.kids(h, is("obj")) {
					objs = append(objs, s.phraseActors(o, true)...)
				}
				return objs // "led China to a victory"
			case "with", "in", "":
				// "opened the campaign with a win", "had ten aces in a
				// victory": the subject's (the parse may lose the "with")
			default:
				return nil // "praised the players after the win": not who won
			}
		}
		subj, pass, ok := s.treeSubject(h)
		if !ok {
			// "Samoa ran in three tries to record a win": the side
			// whose purpose the result was
			subj, pass, ok = s.purposeSubject(h)
		}
		if !ok || pass {
			return nil
		}
		return subj
	}
	return nil
}
