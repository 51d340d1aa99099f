package event

import (
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/nlp/wordnet"
)

// treeroles.go (grammar): participants the dependency tree gives beyond
// a verb's own named subject and complements (tree.go), and those it rules out:
//   - a "he"/"she" subject, a "his"/"her" before a noun event: the person
//     named before (resolvePronoun);
//   - "the Israeli leader", "the prime minister": the person of that
//     country or office named before (titledPerson);
//   - a country qualifying a person's title ("Chinese Foreign Minister
//     Wang Yi") is the person's affiliation, no participant (affiliation);
//   - the subject of a copula for a verb modifying its predicate ("X is
//     the first minister to visit", copulaSubject), the object that
//     controls an infinitive ("urged Russia to withdraw", controller);
//   - a reporter's phrase, which is never a participant (reporterPhrase);
//   - armed men of no country with a "from" or "of" phrase are that
//     phrase's actor ("rebels from the Front", looseOwner), and so are
//     a body's people ("supporters of Hamas", memberNouns);
//   - a speech act the parse joins to a reported clause is the reporter's
//     own ("X said Y were Z but assured …", speakerOfConjunct);
//   - the word windows' subject stays inside the tree's subject noun, and
//     an adjective of a noun has none ("five others wounded",
//     withinSubject);
//   - the name whose "'s" stands before a noun event is its possessor,
//     past a bracketed acronym ("the Council (SCIC)'s takeover",
//     possessorBefore);
//   - an active verb takes no agent from a "by" phrase the parse slips
//     onto it ("hailed a statement by X", activeVerb);
//   - the word windows take the body a person serves for the subject ("a
//     judge at Serbia's war crimes court jailed", servedAt);
//   - a "he" or "she" who wins an election is the person named before
//     ("allegations she cheated to win the election", pronounContestant);
//   - a name hyphened to an origin participle is no party ("a UAE-flagged
//     ship was seized", originQualifier).
//
// The event rules that give roles beyond these are in roles.go.

// pronounDepth bounds the climb from a verb to the verb whose subject it
// shares (xcomp, conj) when looking for a pronoun subject.
const pronounDepth = 4

// pronounReach is how many tokens before a pronoun resolvePronoun looks
// for the person it stands for (about three sentences).
const pronounReach = 80

// pronounSubject returns the token of the personal pronoun ("he", "she")
// the tree gives as the subject of the verb at n, or of the verb it is
// coordinated with or controlled by ("he arrived and met"), and whether
// the subject is passive; -1 when the subject is no such pronoun.
func (s *syntax) pronounSubject(n node) (int, bool) {
	c, ok := s.climbedSubject(n)
	if !ok {
		return -1, false
	}
	if w := strings.ToLower(s.tr.w(c).Form); w != "he" && w != "she" {
		return -1, false
	}
	toks := s.tokensOf(c)
	if len(toks) == 0 {
		return -1, false
	}
	return toks[0], s.tr.rel(c) == "nsubj:pass"
}

// climbedSubject returns the last subject (nsubj, nsubj:pass) the tree
// gives the verb at n, or the verb it is coordinated with or controlled
// by (xcomp, conj; at most pronounDepth steps up).
func (s *syntax) climbedSubject(n node) (node, bool) {
	d := s.tr
	for depth := 0; depth < pronounDepth; depth++ {
		if k := d.kids(n, is("nsubj", "nsubj:pass")); len(k) > 0 {
			return k[len(k)-1], true
		}
		h, ok := d.head(n)
		if !ok {
			return noNode, false
		}
		switch d.rel(n) {
		case "xcomp", "conj":
			n = h
			continue
		}
		return noNode, false
	}
	return noNode, false
}

// resolvePronoun returns the actor mention a "he" or "she" at token i
// stands for: the nearest person named before it, within pronounReach
// tokens, who is not in exclude (the other parties of its clause) nor,
// for a pronoun in a quotation, named in the narration attributing it
// (the speaker says "I", not "he": attribution); when that person is
// named in an earlier sentence, the person that sentence is about, if its
// parse tells one (previousTopic), for an unquoted pronoun.
func (s *syntax) resolvePronoun(i int, exclude map[string]bool) (actor.Mention, bool) {
	return s.resolvePronounDepth(i, exclude, 0)
}

// resolvePronounDepth is resolvePronoun for a pronoun met depth sentences
// into a chain of pronoun subjects (previousTopic).
func (s *syntax) resolvePronounDepth(i int, exclude map[string]bool, depth int) (actor.Mention, bool) {
	from, to := s.attribution(i)
	for j, n := i-1, 0; j >= 0 && n < pronounReach; j, n = j-1, n+1 {
		if j >= from && j < to {
			continue
		}
		a := s.d.actorAt[j]
		if a < 0 {
			continue
		}
		m := s.d.in.Actors[a]
		if m.Kind == actor.Person && !exclude[m.ActorID] {
			if j >= s.first && s.frontedObject(j, i) {
				continue // "In a letter to Luzhkov, she said": not Luzhkov
			}
			if j < s.first && !s.inQuotation(i) {
				if t, ok := s.previousTopic(j, exclude, from, to, depth); ok {
					return t, true
				}
			}
			return m, true
		}
	}
	return s.chainedPronoun(i, exclude, depth)
}

// chainedPronoun returns the person a "he" or "she" at token i stands for
// when no person is named within pronounReach tokens before it: a story
// told of one person goes on with pronouns for longer than the reach
// ("Williams spoke … During the trip, he described … On Saturday, he
// launched … He warned": Williams). The pronoun must be the first subject
// of its sentence (not "the pope said that he", whose "he" is the pope);
// the chain goes back through earlier unquoted subject pronouns "he" or
// "she" of the same gender, in at most topicDepth sentences, each within
// pronounReach tokens of the one after it, to the person
// named nearest before it as a clause's subject (subjectPerson: not "he
// met his wife Jane Roe"); a person's title that is a subject on the way
// ("The president pointed out … He assured") ends it at the person of
// that title named before (titledPerson), or at no one.
func (s *syntax) chainedPronoun(i int, exclude map[string]bool, depth int) (actor.Mention, bool) {
	g := strings.ToLower(s.tok(i).Text)
	if (g != "he" && g != "she") || depth > 0 || !s.firstSubject(i) {
		return actor.Mention{}, false
	}
	return s.chainFrom(i, g, exclude)
}

// chainLinks is how many earlier sentences with a subject pronoun of the
// gender a chain may pass through before it gives up (chainFrom).
const chainLinks = 3

// chainFrom follows the chain of subject pronouns g back from token i
// (chainedPronoun): the reach starts again at each pronoun of the chain.
func (s *syntax) chainFrom(i int, g string, exclude map[string]bool) (actor.Mention, bool) {
	links, last := 0, -1
	for j, n := i-1, 0; j >= 0 && n < pronounReach; j, n = j-1, n+1 {
		if j >= s.first {
			continue
		}
		if a := s.d.actorAt[j]; a >= 0 {
			if m := s.d.in.Actors[a]; m.Kind == actor.Person && !exclude[m.ActorID] && s.subjectPerson(j) {
				return m, true
			}
			continue
		}
		w := strings.ToLower(s.tok(j).Text)
		if singularTitle(w) {
			if ps, ok := s.sentenceAt(j); ok && ps.isSubject(j) {
				// "The president pointed out … He assured": the
				// president, the person of that title named before
				if q, ok := ps.titledPerson(j, "", w); ok && !exclude[ps.actor(q).ActorID] {
					return ps.actor(q), true
				}
				return actor.Mention{}, false
			}
			continue
		}
		if w != g {
			continue
		}
		if ps, ok := s.sentenceAt(j); ok && !ps.inQuotation(j) && ps.isSubject(j) {
			if ps.index != last {
				if links++; links > chainLinks {
					return actor.Mention{}, false
				}
				last = ps.index
			}
			n = 0
		}
	}
	return actor.Mention{}, false
}

// firstSubject reports whether token i is a subject with no subject
// before it in its sentence.
func (s *syntax) firstSubject(i int) bool {
	if !s.isSubject(i) {
		return false
	}
	for k := s.first; k < i; k++ {
		if s.isSubject(k) {
			return false
		}
	}
	return true
}

// isSubject reports whether the parse makes token i a subject (nsubj,
// nsubj:pass).
func (s *syntax) isSubject(i int) bool {
	n, ok := s.treeNode(i)
	if !ok {
		return false
	}
	r := s.tr.rel(n)
	return r == "nsubj" || r == "nsubj:pass"
}

// subjectNameDepth bounds the climb from a name's word to the subject it
// is part of (subjectPerson): a flat name's words, a compound, an owner.
const subjectNameDepth = 4

// subjectPerson reports whether the person named at token j, in an
// earlier sentence, is the subject of a clause there: the parse makes the
// name, or the head its words hang on (flat, compound) or the noun it
// owns ("Williams's sermon comes after"), a subject, at most
// subjectNameDepth steps up.
func (s *syntax) subjectPerson(j int) bool {
	ps, ok := s.sentenceAt(j)
	if !ok {
		return false
	}
	n, ok := ps.treeNode(j)
	if !ok {
		return false
	}
	d := ps.tr
	for range subjectNameDepth {
		switch d.rel(n) {
		case "nsubj", "nsubj:pass":
			return true
		case "flat", "flat:name", "compound", "nmod:poss":
			h, ok := d.head(n)
			if !ok {
				return false
			}
			n = h
			continue
		}
		return false
	}
	return false
}

// sentenceAt returns the syntax of the document's sentence holding token
// j; false when none does.
func (s *syntax) sentenceAt(j int) (*syntax, bool) {
	sents := s.d.in.Sentences
	k := sort.Search(len(sents), func(k int) bool { return sents[k].Last > j })
	if k == len(sents) || sents[k].First > j {
		return nil, false
	}
	ts := sents[k]
	ps := &syntax{d: s.d, index: k, first: ts.First, last: ts.Last}
	for i := ts.First; i < ts.Last; i++ {
		ps.low = append(ps.low, strings.ReplaceAll(strings.ToLower(s.tok(i).Text), "’", "'"))
	}
	return ps, true
}

// topicDepth bounds how many sentences back previousTopic follows a chain
// of pronoun subjects ("Tshisekedi made it clear … He snubbed Mobutu … He
// praised the rebels").
const topicDepth = 3

// previousTopic returns the person an earlier sentence, the one holding
// token j, is about, by its parse: the subject of its main clause when it
// names a person (or, a pronoun, the person that one stands for), else the
// first person that is the subject of one of its clauses ("The
// announcement came after Richardson met Mobutu": Richardson), never one
// in exclude, in the attribution [from, to) or quoted. A pronoun with no
// person before it in its own sentence most often goes on with that
// person rather than with the last one named ("… In between, he met
// Kabila": Richardson). False when the sentence names no such subject
// (the caller then takes the nearest person) or has no parse.
func (s *syntax) previousTopic(j int, exclude map[string]bool, from, to, depth int) (actor.Mention, bool) {
	if depth >= topicDepth {
		return actor.Mention{}, false
	}
	ps, ok := s.sentenceAt(j)
	if !ok {
		return actor.Mention{}, false
	}
	d := ps.tree()
	if d == nil {
		return actor.Mention{}, false
	}
	person := func(n node) (actor.Mention, bool) {
		for _, p := range ps.phraseActors(n, true) {
			m := ps.actor(p)
			if m.Kind == actor.Person && !exclude[m.ActorID] && !(p.start >= from && p.start < to) && !ps.inQuotation(p.start) {
				return m, true
			}
		}
		return actor.Mention{}, false
	}
	for n := range d.words {
		if d.rel(node(n)) != "root" {
			continue
		}
		for _, k := range d.kids(node(n), is("nsubj", "nsubj:pass")) {
			if w := strings.ToLower(d.w(k).Form); w == "he" || w == "she" {
				if toks := ps.tokensOf(k); len(toks) > 0 {
					return ps.resolvePronounDepth(toks[0], exclude, depth+1)
				}
			}
			if m, ok := person(k); ok {
				return m, true
			}
		}
	}
	for n := range d.words {
		if r := d.rel(node(n)); r == "nsubj" || r == "nsubj:pass" {
			if m, ok := person(node(n)); ok {
				return m, true
			}
		}
	}
	return actor.Mention{}, false
}

// titleReach is how many tokens before a title ("the Israeli leader")
// titledPerson looks for the person it stands for.
const titleReach = 400

// titledPerson returns the person a singular person title stands for:
// modified by a country ("the Israeli leader", "the Russian president"),
// the nearest person named before token i in the document whose
// affiliation is that country; with no country ("the prime minister"),
// the nearest whose own title names the same office, and for "the leader"
// with none, the head of state or government named most often before it
// (salientLeader). It looks back at most titleReach tokens.
func (s *syntax) titledPerson(i int, country, title string) (np, bool) {
	for j, n := i-1, 0; j >= 0 && n < titleReach; j, n = j-1, n+1 {
		a := s.d.actorAt[j]
		if a < 0 {
			continue
		}
		m := s.d.in.Actors[a]
		if m.Kind != actor.Person {
			continue
		}
		if country != "" && m.Affiliation != country {
			continue
		}
		sp := s.mentionSpan(j, a)
		if title != "" && !s.titled(sp, m, title) {
			continue
		}
		return sp, true
	}
	if country == "" && title == "leader" {
		return s.salientLeader(i)
	}
	return np{}, false
}

// titled reports whether the person mention m at p bears the title: its
// role says it ("Foreign Minister"), or the title is a word of its name or
// the word right before it ("King Abdullah", "Jordan's King Abdullah II"
// when the recognizer gives no role).
func (s *syntax) titled(p np, m actor.Mention, title string) bool {
	if strings.Contains(strings.ToLower(m.Role), title) {
		return true
	}
	for _, w := range strings.Fields(strings.ToLower(m.Text)) {
		if w == title {
			return true
		}
	}
	return p.start > 0 && strings.ToLower(s.d.in.Text[s.d.in.Tokens[p.start-1].Start:s.d.in.Tokens[p.start-1].End]) == title
}

// mentionSpan returns the actor phrase of mention a ending at token j.
func (s *syntax) mentionSpan(j, a int) np {
	st := j
	for st-1 >= 0 && s.d.actorAt[st-1] == a {
		st--
	}
	return np{st, j + 1, a}
}

// leaderRoles are the offices "the leader" stands for (data/words.yaml).
var leaderRoles = wordList("leader_roles")

// salientLeader returns the person "the leader" at token i stands for when
// no one named before bears that title: of the people named within
// titleReach tokens before it, one of whose mentions gives a head of
// state's or government's role (leaderRoles: "President Hugo Chavez"),
// the one named most often, the nearest of equals ("… on Castro's lap.
// The leftist leader" is still Chavez).
func (s *syntax) salientLeader(i int) (np, bool) {
	count := map[string]int{}
	leader := map[string]bool{}
	nearest := map[string]np{}
	var order []string
	prev := -1
	for j, n := i-1, 0; j >= 0 && n < titleReach; j, n = j-1, n+1 {
		a := s.d.actorAt[j]
		if a < 0 || a == prev {
			prev = a
			continue
		}
		prev = a
		m := s.d.in.Actors[a]
		if m.Kind != actor.Person {
			continue
		}
		id := m.ActorID
		if count[id] == 0 {
			order = append(order, id)
			nearest[id] = s.mentionSpan(j, a)
		}
		count[id]++
		role := strings.ToLower(m.Role)
		for r := range leaderRoles {
			if strings.Contains(role, r) {
				leader[id] = true
			}
		}
	}
	best := ""
	for _, id := range order {
		if leader[id] && (best == "" || count[id] > count[best]) {
			best = id
		}
	}
	if best == "" {
		return np{}, false
	}
	return nearest[best], true
}

var stateNouns = wordList("state_nouns")

// salientState returns the country a bare definite state noun ("the
// government", "the authorities") at token i stands for: of the states
// named in the titleReach tokens before it (not as places: "in Nepal"),
// the one named most often, the nearest of equals. It returns false when
// none is named.
func (s *syntax) salientState(i int) (np, bool) {
	p, ok, _ := s.salientStateOf(i)
	return p, ok
}

// soleSalientState is salientState when one state is named more often
// than any other; false on a tie ("India has disowned ... Saudi
// bungling ... the foreign ministry rejected": no state stands out).
func (s *syntax) soleSalientState(i int) (np, bool) {
	p, ok, sole := s.salientStateOf(i)
	return p, ok && sole
}

// salientStateOf is salientState, and whether the state it returns is
// named more often than every other.
func (s *syntax) salientStateOf(i int) (np, bool, bool) {
	count := map[string]int{}
	nearest := map[string]np{}
	var order []string
	prev := -1
	for j, n := i-1, 0; j >= 0 && n < titleReach; j, n = j-1, n+1 {
		a := s.d.actorAt[j]
		if a < 0 || a == prev {
			prev = a
			continue
		}
		prev = a
		m := s.d.in.Actors[a]
		if m.Kind != actor.Country || m.Location {
			continue
		}
		if count[m.ActorID] == 0 {
			order = append(order, m.ActorID)
			nearest[m.ActorID] = s.mentionSpan(j, a)
		}
		count[m.ActorID]++
	}
	best := ""
	for _, id := range order {
		if best == "" || count[id] > count[best] {
			best = id
		}
	}
	if best == "" {
		return np{}, false, false
	}
	sole := true
	for _, id := range order {
		sole = sole && (id == best || count[id] < count[best])
	}
	return nearest[best], true, sole
}

// countryNouns name a state by what it is ("the country", "the nation";
// data/words.yaml).
var countryNouns = wordList("country_nouns")

// countryPossessor returns the state a definite possessor of countryNouns
// before the noun at n stands for ("the country's intelligence chief",
// "the nation's president"): the one the story names most (salientState).
func (s *syntax) countryPossessor(n node) (np, bool) {
	for _, k := range s.tr.kids(n, is("nmod:poss")) {
		if !countryNouns[strings.ToLower(s.tr.w(k).Form)] || !s.definiteNode(k) {
			continue
		}
		if toks := s.tokensOf(k); len(toks) > 0 {
			return s.salientState(toks[0])
		}
	}
	return np{}, false
}

// singularTitle reports whether a lower-case word is a title that stands
// for one person on its own ("leader", "minister"; not "leaders").
func singularTitle(w string) bool {
	return personTitles[w] && !strings.HasSuffix(w, "s")
}

// personAntecedent returns the person a "who" stands for when the parse
// hangs its clause on a person's title whose phrase names no person, or on
// a name in the title's "of" phrase ("Rainsy, the president of the party
// who organized the protest": Rainsy organized it, not the party): the
// people the title's phrase, or the name it is set beside, names.
func (s *syntax) personAntecedent(h node, pronoun string) ([]np, bool) {
	d := s.tr
	if !strings.EqualFold(pronoun, "who") {
		return nil, false
	}
	for _, p := range s.phraseActors(h, true) {
		if s.actor(p).Kind == actor.Person {
			return nil, false
		}
	}
	g := h
	if d.rel(h) == "nmod" {
		g, _ = d.head(h)
	}
	if !titleWord(strings.ToLower(d.w(g).Form)) {
		return nil, false
	}
	if d.rel(g) == "appos" {
		if gg, ok := d.head(g); ok {
			g = gg
		}
	}
	var out []np
	for _, p := range s.phraseActors(g, true) {
		if s.actor(p).Kind == actor.Person {
			out = append(out, p)
		}
	}
	return out, len(out) > 0
}

// passiveConjunct reports whether the conjunct verb at n is passive: it
// has a passive auxiliary ("… and were acquitted"), or it is a bare past
// participle with a "by" agent ("won the prize for the film, accused by
// critics of bias": a participle the parse joins to the verb before).
func (s *syntax) passiveConjunct(n node) bool {
	d := s.tr
	if len(d.kids(n, is("aux:pass"))) > 0 {
		return true
	}
	return d.w(n).XPOS == "VBN" && len(d.kids(n, is("aux"))) == 0 && len(d.kids(n, is("obl:agent"))) > 0
}

// activeConjunct reports whether the verb at n is a conjunct with no
// subject or auxiliary of its own in a finite active form: a present tag,
// or a past one with an object or a clause complement ("denied the
// reports", "refused to send"), a past form alone being as often a
// participle the tagger misreads ("was expelled and sentenced to 13
// years"). The subject it shares then acts in it whatever the voice of
// the conjunct it shares it with.
func (s *syntax) activeConjunct(n node) bool {
	d := s.tr
	if d.rel(n) != "conj" || len(d.kids(n, is("nsubj", "nsubj:pass", "aux:pass", "aux"))) > 0 {
		return false
	}
	switch d.w(n).XPOS {
	case "VBZ", "VBP":
		return true
	case "VBD":
		return len(d.kids(n, is("obj", "xcomp", "ccomp"))) > 0
	}
	return false
}

// privateNameWords is how many capitalized words at least make the full
// name privateName looks for (a given name and a family name).
const privateNameWords = 2

// privateName reports whether token j starts a full name the recognizer
// knows no actor for, right after a lower-case noun naming a person by
// what the person is, no office ("Japanese pitcher Daisuke Matsuzaka",
// "a French tourist Anne Morel"): the country before only tells that
// person's nationality. An office ("US envoy John Doe") may still stand
// for its state.
func (s *syntax) privateName(j int) bool {
	prev := s.word(j - 1)
	if titles[prev] || !personWord(prev) || s.d.actorAt[j-1] >= 0 {
		return false
	}
	n := 0
	for k := j; k < s.last && s.d.actorAt[k] < 0; k++ {
		tn, ok := s.treeNode(k)
		if t := s.tok(k).Text; !ok || s.tr.w(tn).UPOS != "PROPN" || t == "" || !unicode.IsUpper([]rune(t)[0]) {
			break
		}
		n++
	}
	return n >= privateNameWords
}

// titleAppositive returns the person named right after the title noun at
// n and a comma ("the Palestinian president, Mahmoud Abbas"), when the
// recognizer read that title as the person's role: the name is in
// apposition to the title though the parse may hang it elsewhere (as a
// clause of its own).
func (s *syntax) titleAppositive(n node, title string) (np, bool) {
	toks := s.tokensOf(n)
	if len(toks) != 1 || toks[0]+2 >= s.last || s.word(toks[0]+1) != "," {
		return np{}, false
	}
	p, ok := s.mentionAt(toks[0] + 2)
	if !ok || p.start != toks[0]+2 {
		return np{}, false
	}
	m := s.actor(p)
	if m.Kind != actor.Person || !strings.Contains(strings.ToLower(m.Role), title) {
		return np{}, false
	}
	return p, true
}

// affiliationReach is how many words may stand between a country and the
// person's name it qualifies ("US Middle East peace envoy Dennis Ross").
const affiliationReach = 6

// affiliation reports whether the country or organization phrase p only
// qualifies a person named after it in the same noun phrase ("Chinese
// Foreign Minister Wang Yi", "US peace envoy Dennis Ross"): the words
// between are nouns, adjectives and names (by the parse's tags) ending in
// a title or a name. The person is then the participant, not the country.
func (s *syntax) affiliation(p np) bool {
	if k := s.actor(p).Kind; k != actor.Country && k != actor.Organization {
		return false
	}
	j := p.end
	if w := s.word(j); w == "'s" || w == "'" {
		j++
	}
	for n := 0; j < s.last && n < affiliationReach; n++ {
		if q, ok := s.mentionAt(j); ok {
			if s.actor(q).Kind != actor.Person && !s.possessor(q) {
				j = q.end // a region qualifying the title too ("Middle East envoy")
				continue
			}
			return s.actor(q).Kind == actor.Person && j > p.end
		}
		tn, ok := s.treeNode(j)
		if !ok {
			return false
		}
		switch s.tr.w(tn).UPOS {
		case "NOUN", "PROPN", "ADJ":
		default:
			return false
		}
		if j > p.end && s.privateName(j) {
			return true
		}
		if w := s.word(j); !titles[w] && !s.namePart(j) && j+1 < s.last && s.d.actorAt[j+1] >= 0 {
			return false // the word right before the name is a title or a name
		}
		j++
	}
	return false
}

// copulaSubject returns the actors of the subject of a noun predicate at
// n ("Shalom is the first minister ...", "Kim was the leader ..."): a
// clause the noun heads with a copula; false when n is no such predicate
// or its subject names no actor.
func (s *syntax) copulaSubject(n node) ([]np, bool) {
	d := s.tr
	if len(d.kids(n, is("cop"))) == 0 {
		return nil, false
	}
	k := d.kids(n, is("nsubj"))
	if len(k) == 0 {
		return nil, false
	}
	subj := s.phraseActors(k[0], true)
	return subj, len(subj) > 0
}

// phraseRels join a word to the head of its noun phrase.
var phraseRels = is("compound", "amod", "flat", "flat:name", "appos", "nmod", "nmod:poss", "conj", "nummod", "det")

// reporterPhrase reports whether token i lies in the phrase of a reporter
// in the tree: the subject of a reporting verb ("official Palestinian
// radio said", "Tass reported") other than the trigger's own word at
// trig, or the object of "according to". A reporter is the source of
// what it reports, never a participant of it; but a reporting verb's
// conjunct shares its subject ("X claimed … and accused Y"), a pronoun
// subject of the trigger may stand for the reporter ("X said they
// arrested Y"), and an event the reporting verb's own clause places it in
// is the reporter's ("X said at the summit"; spoken tells that the
// trigger is a spoken event, as inOwnClause reads it).
func (s *syntax) reporterPhrase(i int, trig node, spoken bool) bool {
	n, ok := s.treeNode(i)
	if !ok {
		return false
	}
	d := s.tr
	for depth := 0; depth < maxConj && phraseRels(d.rel(n)); depth++ {
		if d.rel(n) == "nmod" && accordingTo(d, n) {
			return true // "the blast …, according to a Tass correspondent": hung on the event noun
		}
		h, ok := d.head(n)
		if !ok || !d.nominal(h) && d.w(h).UPOS != "PRON" {
			return false
		}
		n = h
	}
	if baseRel(d.rel(n)) == "obl" {
		return accordingTo(d, n)
	}
	h, ok := d.head(n)
	if !ok || h == trig || s.conjoined(h, trig) || !s.ownSubject(trig) {
		return false // "X claimed … and accused Y"; "X said they arrested Y"
	}
	if s.inOwnClause(trig, h, spoken) {
		return false // "X said at the summit": the event the reporter speaks at
	}
	if s.inRelativeOf(trig, n) {
		return false // "said X, who opened the fair on Monday": X opened it
	}
	return d.rel(n) == "nsubj" && d.verbal(h) && d.lemmaIn(h, s.d.lx.reporting)
}

// inRelativeOf reports whether the trigger at trig is the verb, or the
// object of a light verb (data/triggers.yaml light), of a relative clause told in the past of the name at n or
// of an apposition to it ("said Jane Roe, the minister, who opened the
// fair on Monday"): the name did what the clause tells, not only reported
// it. Not an oblique of the clause ("who lost her son in the attacks"),
// nor a clause in the present, which tells a role ("who hosts the talks").
func (s *syntax) inRelativeOf(trig, n node) bool {
	d := s.tr
	v := trig
	if d.rel(trig) == "obj" {
		h, ok := d.head(trig)
		if !ok || !d.lemmaIn(h, s.d.lx.light) || len(d.kids(h, is("obj"))) != 1 {
			return false // "who lost her son in the attacks", read as two objects
		}
		v = h
	}
	if d.rel(v) != "acl:relcl" || d.w(v).XPOS != "VBD" {
		return false
	}
	h, ok := d.head(v)
	if !ok {
		return false
	}
	if h == n {
		return true
	}
	g, ok := d.head(h)
	return ok && g == n && d.rel(h) == "appos"
}

// accordingTo reports whether the phrase at n is marked by "according
// (to)".
func accordingTo(d *tree, n node) bool {
	for _, k := range d.kids(n, is("case")) {
		if strings.EqualFold(d.w(k).Form, "according") {
			return true
		}
	}
	return false
}

// accordingSubject returns the actors of the subject of the verb at n
// named after the comma inside it, when the parse joined an "according
// to" phrase and the subject into one ("According to spokesman Peskov,
// Putin expressed support": Putin, not the source); found is false
// for any other subject.
func (s *syntax) accordingSubject(n node) (subj []np, found bool) {
	d := s.tr
	for _, k := range d.kids(n, is("nsubj", "nsubj:pass")) {
		if f := firstOfSubtree(d.words, int(k)); !strings.EqualFold(d.words[f].Form, "according") {
			continue
		}
		comma := -1
		for j := int(k) + 1; j < int(n); j++ {
			if d.words[j].Form == "," && inSubtree(d.words, j, int(k)) {
				comma = j
			}
		}
		if comma < 0 {
			return nil, false
		}
		seen := map[int]bool{}
		for j := comma + 1; j < int(n); j++ {
			if !inSubtree(d.words, j, int(k)) {
				continue
			}
			if p, ok := s.actorWord(node(j)); ok && !seen[p.start] {
				seen[p.start] = true
				subj = append(subj, p)
			}
		}
		return subj, true
	}
	return nil, false
}

// conjoined reports whether a and b are linked by a chain of conj
// relations, either way.
func (s *syntax) conjoined(a, b node) bool {
	return s.conjAncestor(a, b) || s.conjAncestor(b, a)
}

// conjAncestor reports whether anc is reached from n by climbing conj
// relations.
func (s *syntax) conjAncestor(n, anc node) bool {
	d := s.tr
	for depth := 0; depth < maxConj && d.rel(n) == "conj"; depth++ {
		h, ok := d.head(n)
		if !ok {
			return false
		}
		if h == anc {
			return true
		}
		n = h
	}
	return false
}

// ownSubject reports whether the trigger's word n is a noun, or a verb
// with a subject of its own that is no pronoun and has no pronoun
// possessor: then a reporter named in the sentence is not who acts.
func (s *syntax) ownSubject(n node) bool {
	d := s.tr
	if d.nominal(n) {
		return true
	}
	k := d.kids(n, is("nsubj", "nsubj:pass"))
	if len(k) == 0 || d.w(k[0]).UPOS == "PRON" {
		return false
	}
	for _, p := range d.kids(k[0], is("nmod:poss")) {
		if d.w(p).UPOS == "PRON" {
			return false // "X said its forces arrested Y"
		}
	}
	return true
}

// reporterGap is how many plain words may stand between a name and the
// reporting verb after it in a reporter's phrase ("Palestinian radio
// said", "Israeli army sources said").
const reporterGap = 2

// endsInPreposition reports whether the trigger's words end in a
// preposition ("speak with"): the phrase after it is then the
// preposition's, not a direct object.
func (t *trigger) endsInPreposition() bool {
	f := strings.Fields(t.lemma)
	return len(f) > 1 && prepositions[f[len(f)-1]]
}

// controller returns the actors of the object that controls the
// infinitive of the verb at h ("urged Russia to withdraw", "called on
// Iran to stop": Russia withdraws, Iran stops): its direct or indirect
// object, or its "on" phrase. False when h has none naming an actor (the
// subject controls: "Russia agreed to withdraw").
func (s *syntax) controller(h node) ([]np, bool) {
	d := s.tr
	for _, c := range d.children[h] {
		r := d.rel(c)
		if r == "obj" || r == "iobj" || baseRel(r) == "obl" && d.caseWord(c) == "on" {
			if subj := s.phraseActors(c, true); len(subj) > 0 {
				return subj, true
			}
		}
	}
	return nil, false
}

// definiteNode reports whether the noun at n has the definite article ("the
// leader"), not "a leader" nor "leaders".
func (s *syntax) definiteNode(n node) bool {
	for _, k := range s.tr.kids(n, is("det")) {
		if strings.EqualFold(s.tr.w(k).Form, "the") {
			return true
		}
	}
	return false
}

// inOwnClause reports whether the noun at n is an object or oblique of
// the verb at h, or a noun modifier of its object ("said at the summit",
// "claimed responsibility for the attack"), or the object or a venue
// oblique (venueCases) of a participle clause on h with no subject of its
// own, which shares h's ("Attending the summit, X said", "Speaking at a
// news conference with Y, X said"; with spoken, a spoken event's, also
// venueInCases: "speaking after a meeting with Y, X said"): an event of
// h's own clause.
func (s *syntax) inOwnClause(n, h node, spoken bool) bool {
	d := s.tr
	hd, ok := d.head(n)
	if !ok {
		return false
	}
	own := baseRel(d.rel(n)) == "obl" || d.rel(n) == "obj"
	if hd == h {
		return own
	}
	hh, ok := d.head(hd)
	if av, ok := s.adverbHung(n); ok && av == h {
		return true // "X said after talks here with Y"
	}
	c := d.caseWord(n)
	if ok && hh == h && (d.rel(n) == "obj" || baseRel(d.rel(n)) == "obl" && (venueCases[c] || spoken && venueInCases[c])) &&
		d.rel(hd) == "advcl" && d.w(hd).XPOS == "VBG" && len(d.kids(hd, is("nsubj", "nsubj:pass", "expl"))) == 0 {
		return true // not "commenting on Tie's election, X wrote"
	}
	return ok && hh == h && baseRel(d.rel(n)) == "nmod" && d.rel(hd) == "obj"
}

// adverbHung returns the word an adverb modifies when the parse hangs
// the oblique at n on that adverb ("said after talks here with Bildt":
// "talks" on "here", "here" on "said"): the oblique is that word's.
func (s *syntax) adverbHung(n node) (node, bool) {
	d := s.tr
	a, ok := d.head(n)
	if !ok || baseRel(d.rel(n)) != "obl" || d.rel(a) != "advmod" || d.w(a).UPOS != "ADV" {
		return noNode, false
	}
	return d.head(a)
}

// conjHead returns the first conjunct of the coordination n belongs to,
// or n itself.
func (s *syntax) conjHead(n node) node {
	d := s.tr
	for depth := 0; depth < maxConj && d.rel(n) == "conj"; depth++ {
		h, ok := d.head(n)
		if !ok {
			break
		}
		n = h
	}
	return n
}

// reportedPronounDepth bounds the climb from a verb to the clause a
// reporting verb governs (conj, xcomp) in reporterSubject.
const reportedPronounDepth = 3

// contestantDepth bounds the climb from an election noun to the verb
// whose subject contests it (contestants).
const contestantDepth = 6

// pronounContestant returns the person a "he" or "she" subject of the
// verb contesting the election noun at n stands for ("allegations she
// cheated to win the election": the woman named before), not one of
// exclude; false when that subject is no such pronoun.
func (s *syntax) pronounContestant(n node, exclude map[string]bool) (actor.Mention, bool) {
	h, ok := s.contestVerb(n)
	if !ok {
		return actor.Mention{}, false
	}
	i, pass := s.pronounSubject(h)
	if i < 0 || pass {
		return actor.Mention{}, false
	}
	return s.resolvePronoun(i, exclude)
}

// bystanderVerbs are the verbs whose subject watches, judges or reports
// the event of their object and neither holds nor contests it ("the EU
// monitored the election", "the council welcomed the outcome of the
// vote") (data/words.yaml).
var bystanderVerbs = wordList("bystander_verbs")

// contestVerb returns the verb whose subject contests the election noun
// at n (contestants); none when that verb is one of bystanderVerbs, or
// when the election qualifies that verb's object or oblique naming its
// people, or follows it right where the parse hung it on the verb
// ("called on all parties in the election": peopleOfElection,
// peopleBefore).
func (s *syntax) contestVerb(n node) (node, bool) {
	d := s.tr
	for depth := 0; depth < contestantDepth; depth++ {
		h, ok := d.head(n)
		if !ok {
			return noNode, false
		}
		switch r := d.rel(n); {
		case r == "obj" || baseRel(r) == "obl":
			if !d.verbal(h) {
				return noNode, false
			}
			if d.rel(h) == "acl" {
				n = h // "ballots cast in the poll": a participle of a noun
				continue
			}
			if d.lemmaIn(h, bystanderVerbs) || s.peopleBefore(n, h) {
				return noNode, false
			}
			return h, true
		case baseRel(r) == "nmod" || r == "acl" || r == "acl:relcl":
			if baseRel(r) == "nmod" && s.peopleOfElection(h) {
				return noNode, false // "called on all parties in the election": they contest it, not the caller
			}
			n = h // "ballots cast in the poll": up to the verb's object
			continue
		}
		return noNode, false
	}
	return noNode, false
}

// peopleBefore reports whether the election noun at n, an oblique of the
// verb at h, opens right after another object or oblique of h that names
// the election's people (peopleOfElection): the parse hung the election
// on the verb, where it qualifies that noun ("called on all parties in
// the election").
func (s *syntax) peopleBefore(n, h node) bool {
	d := s.tr
	cs := d.kids(n, is("case"))
	if len(cs) == 0 {
		return false
	}
	for _, k := range d.kids(h, is("obj", "obl")) {
		if k == cs[0]-1 && s.peopleOfElection(k) {
			return true
		}
	}
	return false
}

// peopleOfElection reports whether the noun at h, which an election noun
// modifies ("all parties in the election", "voters in the poll"), names
// the people who take part in it: a plural whose most frequent WordNet
// sense is a person or a group. They, not the subject of the verb whose
// object or oblique they are, contest the election (contestVerb).
func (s *syntax) peopleOfElection(h node) bool {
	d := s.tr
	if !d.nominal(h) || !d.barePluralOf(h) {
		return false
	}
	cs := wordnet.SensesOfForm(strings.ToLower(d.w(h).Form))
	return len(cs) > 0 && (cs[0] == wordnet.Person || cs[0] == wordnet.Group)
}

// memberNouns name the people of a body by their tie to it
// ("supporters of Hamas", "members of the Quellit Party"): the body of
// their "of" phrase, or the name before them, is their party
// (data/words.yaml, collectPhrase).
var memberNouns = wordList("member_nouns")

// looseOwner returns the actor of the "from" or "of" phrase of the noun at
// n when p, its own actor, is an agent of no country ("gunmen", "rebels",
// actor.UnaffiliatedPrefix): "rebels from the National Front" are the
// front's, "militants of Hamas" Hamas's.
func (s *syntax) looseOwner(n node, p np) (np, bool) {
	if !strings.HasPrefix(s.actor(p).ActorID, actor.UnaffiliatedPrefix) {
		return np{}, false
	}
	d := s.tr
	for _, k := range d.kids(n, is("nmod")) {
		if c := d.caseWord(k); c == "from" || c == "of" {
			if q, ok := s.actorWord(k); ok {
				return q, true
			}
		}
	}
	return np{}, false
}

// whenMarks are the subordinators of a clause that tells how a passive
// act was done (data/words.yaml).
var whenMarks = wordList("when_marks")

// ownPossessives attach a body or a weapon to the reporter speaking of it
// (data/words.yaml).
var ownPossessives = wordList("own_possessives")

// venueCases are the prepositions of an oblique that sets a verb at a
// noun event: "at the press conference", "during the summit" (data/words.yaml).
var venueCases = wordList("venue_cases")

// venueInCases are the prepositions that set a verb at, or right after or
// before, a spoken event or a visit only ("in a speech, X said", "after a
// tour of Hainan, Li ordered"; data/words.yaml): a verb set "in" or
// "after" an act of violence is often suffered or answers it ("died in an
// attack", "after the attack, police arrested").
var venueInCases = wordList("venue_in_cases")

// purposeCases are the prepositions that tell what a verb with no object
// is done for ("arrived in Lima for talks with Bachelet": Garcia takes
// part in the talks; data/words.yaml).
var purposeCases = wordList("purpose_cases")

// spokenVenues are the types of noun events that the subject of a verb set
// in them takes part in: a speech, an interview, talks, a call, testimony,
// a visit.
var spokenVenues = map[Type]bool{Statement: true, Meeting: true, Negotiation: true, PhoneCall: true, Testimony: true, Visit: true}

// speechActs are the types of what a speaker does by speaking: a
// statement, an appeal, a demand, a pledge, praise, an accusation, a
// rejection, a threat.
var speechActs = map[Type]bool{Statement: true, Appeal: true, Demand: true, ExpressIntentToCooperate: true,
	DiplomaticCooperation: true, Disapprove: true, Reject: true, Threaten: true}

// afterQuote reports whether a closing quotation mark stands right before
// the conjunct at n or its coordinator (commas aside).
func (s *syntax) afterQuote(n node) bool {
	d := s.tr
	first := n
	for _, c := range d.kids(n, is("cc")) {
		if c < first {
			first = c
		}
	}
	for j := first - 1; j >= 0 && first-j <= 2; j-- {
		switch d.w(j).Form {
		case ",":
			continue
		case "\"", "”", "''":
			return j > 0 && d.w(j).XPOS == "''"
		}
		return false
	}
	return false
}

// ownSpeech reports whether the speech-act verb t is its reporter's own
// act (speakerOfConjunct): the reporter is then its agent, not only its
// source.
func (s *syntax) ownSpeech(t *trigger) bool {
	n, ok := s.verbNode(t)
	if !ok {
		return false
	}
	_, ok = s.speakerOfConjunct(t, n)
	return ok
}

// reporterVenue reports whether the trigger t is an event the reporting
// verb's own clause places its speaker in ("Lanza said after meeting
// with Okafor", "X told reporters at the summit"): the reporter took part
// in it, so it stays a participant though named once, as the source.
func (s *sent) reporterVenue(t *trigger) bool {
	n, ok := s.triggerNode(t)
	if !ok {
		return false
	}
	d := s.tr
	h, ok := d.head(n)
	if ok && !d.lemmaIn(h, s.d.lx.reporting) {
		h, ok = d.head(h) // "speaking at the summit, X said"
	}
	if !ok || !d.verbal(h) || !d.lemmaIn(h, s.d.lx.reporting) {
		return false
	}
	return s.inOwnClause(n, h, spokenVenues[t.e.Type])
}

// activeVerb reports whether the verb trigger t at n is a finite active
// verb (no participle, no passive auxiliary): a "by" phrase the parse
// makes its agent then belongs to a noun of its clause.
func (s *syntax) activeVerb(t *trigger, n node) bool {
	d := s.tr
	if t.noun || t.passive || t.adjectival || len(d.kids(n, is("aux:pass", "nsubj:pass"))) > 0 {
		return false
	}
	return finiteXPOS[d.w(n).XPOS] || d.w(n).XPOS == "VBN" && s.ownPerfect(n)
}

// ownPerfect reports whether the participle at n has a perfect auxiliary
// of its own ("has rejected demands by X", "had seized"): a perfect
// participle is active, so a "by" phrase the parse gives it as its agent
// belongs to a noun before it. A participle with no auxiliary of its own
// may share a passive one ("was arrested and charged by police").
func (s *syntax) ownPerfect(n node) bool {
	return s.tr.hasDepWord(n, is("aux"), func(f, _ string) bool { return perfectAuxiliaries[f] })
}

// finiteXPOS are the tags of a verb in a finite tense with no auxiliary
// (past, present third person and other present): such a verb cannot
// share the auxiliary of a bare verb it is coordinated with, and opens a
// clause of its own in the tree repairs (repairClauseOblique,
// repairListSubject). One set for every reader in the package.
var finiteXPOS = map[string]bool{"VBD": true, "VBZ": true, "VBP": true}

// reportedDepth bounds the climb from a clause to the reporting verb that
// governs it (ccomp, advcl, xcomp) in speakerOfConjunct.
const reportedDepth = 3

// speakerOfConjunct returns the speaker of the speech-act verb t at n that
// the parse coordinates, with no subject of its own, with the noun or
// adjective predicate of a clause a reporting verb governs: that clause
// has its own subject and tells a state, so the act is the reporting
// verb's subject's ("X said the marines
// were under its authority but assured …": X assured; "X insisted that Y
// be barred because he was Z and demanded …": X demanded). False when n
// is no such conjunct or the reporting verb names no subject.
func (s *syntax) speakerOfConjunct(t *trigger, n node) ([]np, bool) {
	d := s.tr
	if t.noun || !speechActs[t.e.Type] && !d.lemmaIn(n, s.d.lx.reporting) {
		return nil, false
	}
	if d.rel(n) != "conj" || len(d.kids(n, is("nsubj", "nsubj:pass", "expl"))) > 0 || len(d.kids(n, is("aux:pass"))) > 0 {
		return nil, false
	}
	h, ok := d.head(n)
	if !ok || len(d.kids(h, is("nsubj", "nsubj:pass"))) == 0 {
		return nil, false // a shared subject: "X said … and demanded"
	}
	if d.verbal(h) && len(d.kids(h, is("cop"))) == 0 && !(d.w(h).XPOS == "VB" && finiteXPOS[d.w(n).XPOS]) && !s.afterQuote(n) {
		// "X said Y met Z and accused W": Y's two acts; but a finite
		// verb shares no modal's bare verb ("Y should not speak … and
		// demanded"), and a quotation closing before the conjunct ends
		// what was reported ("X insisted Y wanted Z, "…," and hailed")
		return nil, false
	}
	for depth := 0; depth < reportedDepth; depth++ {
		r := d.rel(h)
		p, ok := d.head(h)
		if !ok || r != "ccomp" && r != "advcl" && r != "xcomp" {
			return nil, false
		}
		if d.verbal(p) && d.lemmaIn(p, s.d.lx.reporting) {
			if subj, pass, ok := s.treeSubject(p); ok {
				return subj, !pass && len(subj) > 0
			}
			if toks := s.tokensOf(p); len(toks) > 0 {
				subj := s.subject(toks[0])
				return subj, len(subj) > 0
			}
			return nil, false
		}
		h = p
	}
	return nil, false
}

// withinSubject keeps of the actor phrases the word windows take for the
// subject of the verb at n those inside the subject the tree gives it,
// when that subject is a noun naming no actor ("four militants were
// killed and five others wounded": "others" were wounded, not the
// militants of the clause before) or a name no actor is known by
// (unknownName: "Acme fell 9 yen and Borvex rose 3 yen", Borvex being
// none, rises, not Acme); none when the tree makes n an
// adjective of a noun, which has no subject ("killing three militants and
// wounded two others"); else all. A verb with no subject of its own takes
// that of the verb whose complement or participle clause it is
// ("Realising that every Russian vote counts, the media spent Saturday
// urging people": the media urge, not Russia). A name in a relative
// clause of that subject is the clause's (inRelativeClause). A tensed
// subordinate clause with no subject in the parse keeps no subject of
// another clause (subordinateFinite, subjectOfClause). A past participle
// modifying a noun keeps only those inside that noun's phrase: the
// subject of the clause the noun stands in does not do the participle's
// act ("the rebels rejected the accord signed by the government": the
// rebels signed nothing).
func (s *syntax) withinSubject(n node, subj []np) []np {
	d := s.tr
	subj = slices.DeleteFunc(slices.Clone(subj), s.offOfficeOwner)
	subj = slices.DeleteFunc(subj, s.outsiderModifier) // "Quellit Party donors met …"
	if d.rel(n) == "amod" && !finiteXPOS[d.w(n).XPOS] {
		return nil // (a finite verb as an adjective is the parse's slip)
	}
	if s.nounParticiple(n) && len(d.kids(n, is("xcomp", "ccomp"))) == 0 {
		// (one with a predicate or clause of its own, "Putin on Monday
		// named Shoigu envoy", is a past tense the parse hung on a noun)
		h, _ := d.head(n)
		var out []np
		for _, p := range subj {
			if w, ok := s.treeNode(p.start); ok && d.within(w, h) {
				out = append(out, p)
			}
		}
		return out
	}
	k := d.kids(n, is("nsubj", "nsubj:pass"))
	for depth := 0; len(k) == 0 && depth < pronounDepth; depth++ {
		// a verb sharing the subject of the one it hangs on: "the
		// media spent Saturday urging people" (not a conjunct, which the
		// parse often joins to the wrong verb)
		h, ok := d.head(n)
		r := d.rel(n)
		if !ok || !(r == "xcomp" || r == "advcl" && d.w(n).XPOS == "VBG" && len(d.kids(n, is("mark"))) == 0) {
			break
		}
		n = h
		k = d.kids(n, is("nsubj", "nsubj:pass"))
	}
	if len(k) == 0 && subordinateFinite(d, s.conjHead(n)) {
		// "a boy was shot as thousands took to the streets", the parse
		// hanging "thousands" elsewhere (and "took" maybe on a verb of the
		// same clause as its conjunct): the boy is the subject of another
		// clause, never of this one
		subj = slices.DeleteFunc(subj, func(p np) bool { return s.subjectOfClause(p.end-1, n) })
	}
	if len(k) == 0 && d.rel(n) == "conj" {
		return s.conjunctSubjects(n, subj)
	}
	if len(k) > 0 && strings.EqualFold(d.w(k[0]).Form, "it") {
		return s.singularFor(subj)
	}
	if len(k) == 0 || d.w(k[0]).UPOS != "NOUN" && !s.unknownName(k[0], n, subj) {
		return subj
	}
	var out []np
	for _, p := range subj {
		if w, ok := s.treeNode(p.start); ok && d.within(w, k[0]) && !s.inRelativeClause(w, k[0]) {
			out = append(out, p)
		}
	}
	return out
}

// unknownName reports whether the word at k, the subject of the verb at
// n, heads a name of proper nouns right before that verb (adverbs aside)
// whose phrase names no actor, while none of the word windows' subjects
// subj lies inside it: a company or team the gazetteer does not know,
// which is still the subject, so no name of another clause is. A time
// name ("Monday") is none: the parse takes a day before the verb for its
// subject ("Hamas on Monday urged"); nor is a name set off by commas ("X
// and Y, the Carabinieri, rescued"): an apposition the parse took for the
// subject.
func (s *syntax) unknownName(k, n node, subj []np) bool {
	d := s.tr
	w := d.w(k)
	if w.UPOS != "PROPN" || timeHeads[strings.ToLower(w.Form)] || s.timeNode(k) || len(s.phraseActors(k, true)) > 0 {
		return false
	}
	j := n - 1
	for j > k && d.w(j).UPOS == "ADV" {
		j--
	}
	if j < k || d.w(j).UPOS == "PUNCT" || !d.within(j, k) {
		return false
	}
	for _, p := range subj {
		if x, ok := s.treeNode(p.start); ok && d.within(x, k) {
			return false
		}
	}
	return true
}

// conjunctSubjects filters the word windows' subjects subj of the verb
// conjunct n, which has no subject of its own: a name in the object of
// the first verb of its chain, which has a subject and reports no speech,
// is never n's subject
// ("Putin said he had called the leaders of China and Turkey and asked
// them to help": the one "he" stands for asks, not Turkey). Any other
// name stays, the parse often joining a conjunct to the wrong verb
// ("Putin said the troops would leave and warned Kyiv": Putin warns).
// Nor is a name in the object of a verb of the chain that has no subject
// either, which shares n's ("shells struck the town, killing 18 civilians
// and wounding dozens": the civilians wound no one).
func (s *syntax) conjunctSubjects(n node, subj []np) []np {
	d := s.tr
	if s.reducedConjunct(n) != noNode {
		return nil // "called for the resignation of a politician charged with fraud": the caller charges no one
	}
	h := n
	for depth := 0; depth < maxConj && d.rel(h) == "conj" && len(d.kids(h, is("nsubj", "nsubj:pass"))) == 0; depth++ {
		c, ok := d.head(h)
		if !ok {
			return subj
		}
		h = c
		if d.verbal(h) && len(d.kids(h, is("nsubj", "nsubj:pass"))) == 0 {
			subj = slices.DeleteFunc(slices.Clone(subj), func(p np) bool { return s.objectOf(p, h) })
		}
	}
	if k := d.kids(h, is("nsubj", "nsubj:pass")); len(k) > 0 && strings.EqualFold(d.w(k[0]).Form, "it") {
		subj = s.singularFor(subj)
	}
	if len(d.kids(h, is("nsubj", "nsubj:pass"))) == 0 || d.lemmaIn(h, s.d.lx.reporting) {
		// (a reporting verb's object is often the subject of the clause
		// it reports, misread: "said a dissident, X, had named")
		return subj
	}
	var out []np
	for _, p := range subj {
		if !s.objectOf(p, h) {
			out = append(out, p)
		}
	}
	return out
}

// singularFor keeps of the word windows' subjects subj, taken for a verb
// whose subject is "it", those that may be what "it" stands for: not a
// name qualifying a plural noun, which names a group of people ("While
// Russian officials played up the talks, observers said it lacked
// substance and warned": not Russia). A name that is itself plural
// ("the United States", "the Philippines") stays.
func (s *syntax) singularFor(subj []np) []np {
	var out []np
	for _, p := range subj {
		if k, ok := s.treeNode(p.end - 1); ok && s.pluralHeaded(k, p) {
			continue
		}
		out = append(out, p)
	}
	return out
}

// pluralHeaded reports whether the word k of the actor phrase p modifies,
// through the words that qualify a noun, a plural common noun outside p
// ("Russian officials").
func (s *syntax) pluralHeaded(k node, p np) bool {
	d := s.tr
	for depth := 0; depth < maxConj; depth++ {
		r := d.rel(k)
		if !modRels(r) && baseRel(r) != "flat" {
			break
		}
		h, ok := d.head(k)
		if !ok {
			return false
		}
		k = h
	}
	if toks := s.tokensOf(k); len(toks) == 0 || toks[0] >= p.start && toks[0] < p.end {
		return false // the phrase's own word: a plural name
	}
	w := d.w(k)
	return w.UPOS == "NOUN" && w.XPOS == "NNS"
}

// objectOf reports whether the actor phrase p lies in the direct or
// indirect object of the verb at h, through the words that name or
// modify a noun ("called the leaders of China and Turkey": both).
func (s *syntax) objectOf(p np, h node) bool {
	k, ok := s.treeNode(p.end - 1)
	if !ok {
		return false
	}
	d := s.tr
	for depth := 0; depth < maxConj+3; depth++ {
		switch r := d.rel(k); {
		case r == "obj" || r == "iobj":
			c, ok := d.head(k)
			return ok && c == h
		case modRels(r) || r == "nmod" || r == "conj" || r == "appos" || baseRel(r) == "flat":
			if k, ok = d.head(k); !ok {
				return false
			}
		default:
			return false
		}
	}
	return false
}

// relClauseDepth bounds the heads inRelativeClause climbs from a word to
// the subject's head.
const relClauseDepth = 12

// inRelativeClause reports whether the word w lies in a relative clause
// hung on the phrase headed by k or on a noun within it, below k: "the
// head of the group who had praised Russian troops": the troops are the
// clause's, no part of the head.
func (s *syntax) inRelativeClause(w, k node) bool {
	d := s.tr
	for i := 0; w != k && i < relClauseDepth; i++ {
		if d.rel(w) == "acl:relcl" {
			return true
		}
		h, ok := d.head(w)
		if !ok {
			return false
		}
		w = h
	}
	return false
}

// bracketGap is how many tokens a bracketed acronym after a name may span
// before a possessive "'s" ("the Supreme Council (SCIC)'s takeover").
const bracketGap = 4

// possessorBefore returns the actor phrase whose "'s" stands right before
// the noun trigger t, the parse having hung the possessive elsewhere: the
// name, or the name a bracketed acronym follows ("the Supreme Council of
// Islamic Courts (SCIC)'s takeover").
func (s *syntax) possessorBefore(t *trigger) (np, bool) {
	j := t.start - 1
	if w := s.word(j); w != "'s" && w != "'" {
		return np{}, false
	}
	j--
	if s.word(j) == ")" {
		for k := j - 1; k >= s.first && k >= j-bracketGap; k-- {
			if s.word(k) == "(" {
				if p, ok := s.mentionAt(k - 1); ok {
					return p, true
				}
				break
			}
		}
		j--
	}
	return s.mentionAt(j)
}

// servedAt reports whether the actor phrase p, no place, names the
// institution a person's title or role is "at" ("a judge at Serbia's war
// crimes court", "an official at the Russian embassy"): the word windows'
// subject is then the body the person serves, as servedBody gives it in
// the tree.
func (s *syntax) servedAt(p np) bool {
	if a := s.actor(p); a.Kind == actor.Place || a.Location && !s.possessor(p) {
		return false // "a judge at Kursk" serves no one told; "at Serbia's court" does
	}
	st := s.npStart(p.start)
	if s.word(st-1) != "at" {
		return false
	}
	w := s.word(st - 2)
	return titles[w] || agentNouns[w] || s.d.lemmaIn(w, partyNouns)
}

// originParticiples make the name hyphenated to them an origin, no party
// (data/words.yaml).
var originParticiples = wordList("origin_participles")

// originQualifier reports whether the actor phrase p is joined by a hyphen
// to one of originParticiples ("the UAE-flagged ship", "Russian-made
// missiles"): it tells where a thing comes from, and is no participant.
func (s *syntax) originQualifier(p np) bool {
	return s.word(p.end) == "-" && originParticiples[s.word(p.end+1)]
}

// relativeReach bounds how many nouns up relativeEvent climbs from the
// noun a relative clause hangs on to the event noun it stands for.
const relativeReach = 3

// relativeEvent returns the parties of the event noun a "which" or "that"
// clause stands for when the parse hangs the clause on a noun of a phrase
// that only says where or what the event struck ("the bombings on three
// Amman hotels, which killed 57", "an Israeli attack in Beit Hanoun in
// northern Gaza that killed 19"): the actors the event noun's own
// modifiers name as its doers (the attack's Israel), places aside, or none;
// ok is false when the noun is no such phrase of an event noun.
func (s *syntax) relativeEvent(h node, pronoun string) ([]np, bool) {
	if p := strings.ToLower(pronoun); p != "which" && p != "that" {
		return nil, false
	}
	d := s.tr
	if s.eventNoun(strings.ToLower(d.w(h).Form)) {
		return nil, false
	}
	for _, p := range s.phraseActors(h, true) {
		if m := s.actor(p); !m.Location && m.Kind != actor.Place && m.Kind != actor.Country && !s.facilityOwner(p, h) {
			return nil, false // "the talks with Hamas, which": an actor of its own
		}
	}
	e := h
	for range relativeReach {
		if d.rel(e) != "nmod" {
			return nil, false
		}
		k, ok := d.head(e)
		if !ok {
			return nil, false
		}
		e = k
		if !s.eventNoun(strings.ToLower(d.w(e).Form)) {
			continue
		}
		poss, mods := s.treeModifiers(e)
		var out []np
		for _, p := range append(poss, mods...) {
			if m := s.actor(p); !m.Location && m.Kind != actor.Place {
				out = append(out, p)
			}
		}
		return out, true
	}
	return nil, false
}

// facilityOwner reports whether the actor phrase p only names whose the
// thing or place at h is: a compound or adjective of h, a noun with an
// artifact or location sense of WordNet ("the shelling of a UN compound
// which killed": the compound is struck, the UN does not kill).
func (s *syntax) facilityOwner(p np, h node) bool {
	d := s.tr
	k, ok := s.treeNode(p.end - 1)
	if !ok {
		return false
	}
	if r := d.rel(k); r != "compound" && r != "amod" {
		return false
	}
	if hk, ok := d.head(k); !ok || hk != h {
		return false
	}
	for _, c := range wordnet.SensesOfForm(strings.ToLower(d.w(h).Form)) {
		if facilityClasses[c] {
			return true
		}
	}
	return false
}

// backerParticiples joined by a hyphen to a name make it who backs,
// proposes or holds a thing (data/words.yaml).
var backerParticiples = wordList("backer_participles")

// backerQualifier reports whether the actor phrase p is joined by a
// hyphen to one of backerParticiples before a noun other than the
// event's word at n ("agreed to an Egypt-proposed plan", "Ethiopia-backed
// forces arrived"): it tells who backs the thing, no party to what is done
// with it; "a UN-brokered truce", the event's own noun, keeps its broker.
func (s *syntax) backerQualifier(p np, n node) bool {
	if s.word(p.end) != "-" || !backerParticiples[s.word(p.end+1)] {
		return false
	}
	d, k, ok := s.treeAt(p.end + 1)
	if !ok {
		return false
	}
	for range 2 {
		if !d.nominal(k) {
			h, ok := d.head(k)
			if !ok {
				return false
			}
			k = h
		}
	}
	return d.nominal(k) && k != n
}

// nounParticiple reports whether the verb at n is a past participle
// modifying a noun, with no subject, auxiliary or object of its own
// ("soldiers captured by troops", "a town seized last week"): the noun
// undergoes the act, as a passive subject would. A noun after a word
// that opens clauses (clauseOpeners: "after Russian forces invaded") is
// the subject of a past tense the parse misread.
func (s *syntax) nounParticiple(n node) bool {
	d := s.tr
	if d.rel(n) != "acl" || d.w(n).XPOS != "VBN" ||
		len(d.kids(n, is("nsubj", "nsubj:pass", "csubj", "aux", "aux:pass", "obj", "iobj"))) > 0 {
		return false
	}
	h, ok := d.head(n)
	return ok && !clauseOpeners[d.caseWord(h)]
}

// bareComplementClause reports whether the verb at n is the complement of
// another verb with a subject but neither an auxiliary nor an object
// ("videos showed two soldiers captured fighting"): of a verb whose act
// needs a patient, that subject is the patient of a participle the tagger
// read as a past tense.
func (s *syntax) bareComplementClause(n node) bool {
	d := s.tr
	if r := d.rel(n); r != "ccomp" && r != "xcomp" {
		return false
	}
	if x := d.w(n).XPOS; x != "VBD" && x != "VBN" {
		return false
	}
	return len(d.kids(n, is("nsubj"))) > 0 &&
		len(d.kids(n, is("aux", "aux:pass", "obj", "iobj", "ccomp", "expl"))) == 0
}

// inClauseOf reports whether token i lies in a clause that depends on the
// verb at n (its xcomp, advcl, ccomp or acl): "captured fighting on the
// Russian side" — the side is the fighting's, not the capture's.
func (s *syntax) inClauseOf(i int, n node) bool {
	k, ok := s.treeNode(i)
	if !ok {
		return false
	}
	d := s.tr
	for _, c := range d.kids(n, is("xcomp", "advcl", "ccomp", "acl", "parataxis")) {
		if d.within(k, c) {
			return true
		}
	}
	return false
}

// groundMarkers open a gerund clause that tells the ground of an act, the
// charge or the reason ("charged with selling arms to China", "accused of
// helping Russia", "praised for sending aid to Gaza") (inGroundClause);
// groundTypes are the types whose verb takes such a clause: the hostile
// ones (an arrest, a trial, a sanction), blame and praise. A meeting's
// "with" clause names its other side ("held talks with visiting
// President X", which the parse reads as a gerund clause).
var (
	groundMarkers = wordList("ground_markers")
	groundTypes   = func() map[Type]bool {
		m := map[Type]bool{Disapprove: true, DiplomaticCooperation: true}
		for t := range hostile {
			m[t] = true
		}
		return m
	}()
)

// inGroundClause reports whether token i lies in a gerund clause that
// depends on the verb at n and is marked by one of groundMarkers: a name
// there is a party of the deed charged or thanked, not of n ("two men
// were charged with selling arms to China": China is no party of the
// charge). The caller keeps a "by" phrase there, a passive agent the
// parse hangs in the clause ("was condemned for bringing ruin by the
// Taliban").
func (s *syntax) inGroundClause(i int, n node) bool {
	k, ok := s.treeNode(i)
	if !ok {
		return false
	}
	d := s.tr
	for _, c := range d.kids(n, is("advcl", "acl")) {
		if d.w(c).XPOS != "VBG" || !d.within(k, c) {
			continue
		}
		for _, m := range d.kids(c, is("mark", "case")) {
			if groundMarkers[strings.ToLower(d.w(m).Form)] {
				return true
			}
		}
	}
	return false
}

// patientNoun returns the word of the noun phrase the verb at n is done
// to: the noun a participle modifies ("soldiers captured"), the passive
// subject, the object, or the subject of a bare complement clause
// (bareComplementClause: "showed two soldiers captured").
func (s *syntax) patientNoun(n node) (node, bool) {
	d := s.tr
	if s.nounParticiple(n) {
		return d.head(n)
	}
	if k := d.kids(n, is("nsubj:pass", "obj")); len(k) > 0 {
		return k[0], true
	}
	if s.bareComplementClause(n) {
		return d.kids(n, is("nsubj"))[0], true
	}
	return noNode, false
}

// nameClimb bounds how many flat or compound links byAgent climbs from a
// name's last word to the head of its name.
const nameClimb = 3

// byAgent returns the head of the phrase ending at token i (its last
// word), climbing the name it ends, when the parse makes that phrase a
// "by" agent (obl:agent).
func (s *syntax) byAgent(i int) (node, bool) {
	k, ok := s.treeNode(i)
	if !ok {
		return noNode, false
	}
	d := s.tr
	for depth := 0; depth < nameClimb && (d.rel(k) == "flat" || d.rel(k) == "compound" || baseRel(d.rel(k)) == "flat"); depth++ {
		if k, ok = d.head(k); !ok {
			return noNode, false
		}
	}
	return k, d.rel(k) == "obl:agent"
}

// agentOfOther reports whether the parse makes the phrase ending at token
// i (its last word) the "by" agent of a verb other than n: "the raid … in
// a statement received by AFP" — AFP received the statement, it did not
// raid. A verb within n's own phrase keeps its agent: "wounded by
// bullets fired by soldiers", the soldiers wounded; but not a verb of
// intakeVerbs: "a statement received by AFP", AFP issued no statement.
func (s *syntax) agentOfOther(i int, n node) bool {
	k, ok := s.byAgent(i)
	if !ok {
		return false
	}
	d := s.tr
	h, ok := d.head(k)
	if ok && d.lemmaIn(h, intakeVerbs) {
		return true // "a statement received by AFP": AFP issued nothing
	}
	return ok && !d.within(h, n) // "wounded by bullets fired by soldiers" stays
}

// phraseSubject returns the subject word (nsubj, nsubj:pass) the phrase
// ending at token i belongs to, climbing from a name's word or a conjunct
// to their head, and, when modifier is true, from a modifier ("a Somali
// farmer"); ok is false when the phrase is no subject.
func (s *syntax) phraseSubject(i int, modifier bool) (node, bool) {
	k, ok := s.treeNode(i)
	if !ok {
		return noNode, false
	}
	d := s.tr
	for depth := 0; depth < maxConj+3; depth++ {
		switch r := d.rel(k); {
		case r == "flat" || r == "compound" || baseRel(r) == "flat" || r == "conj" || modifier && r == "amod":
			if k, ok = d.head(k); !ok {
				return noNode, false
			}
		case r == "nsubj" || r == "nsubj:pass":
			return k, true
		default:
			return noNode, false
		}
	}
	return noNode, false
}

// intakeVerbs are the verbs whose "by" agent takes in a text another
// wrote ("a statement received by AFP") (data/words.yaml).
var intakeVerbs = wordList("intake_verbs")

// subjectOfOther reports whether the parse makes the phrase ending at
// token i (its last word, or a conjunct of it) the subject of a predicate
// other than n that is no bare complement of n: a tensed clause ("vowing
// China is willing to help": China is willing, it is not vowed) or a clause
// deeper down ("agreed …, saying they hope China makes use of it"). A
// bare clause n governs keeps its subject as n's party ("demanded Iran
// stop enrichment": the demand is made of Iran), and so does a subject
// whose own phrase holds n ("the newly appointed minister Shoigu met").
func (s *syntax) subjectOfOther(i int, n node) bool {
	k, ok := s.phraseSubject(i, false)
	if !ok {
		return false
	}
	d := s.tr
	p, ok := d.head(k)
	if !ok || p == n || d.within(n, k) {
		return false // "the newly appointed minister Shoigu met": the subject n modifies
	}
	if !s.predicate(p) {
		return false // a subject the parse hangs on a word that predicates nothing
	}
	if s.objectTakenForSubject(k, p, n) {
		return false
	}
	if s.tensed(p) {
		return true
	}
	h, ok := d.head(p)
	return !ok || h != n
}

// subjectNounRels are the relations that keep a word inside the noun
// phrase it modifies, climbing from a noun trigger to its clause.
var subjectNounRels = is("nmod", "compound", "conj", "appos", "flat", "amod", "nmod:poss")

// objectOfSubjectNoun reports whether the name at token i modifies the
// common noun that is the object of a verb whose subject holds the noun
// trigger at n ("the outcome of the elections in Freedonia will not affect
// Ruritania-Freedonia ties": Ruritania's ties are affected, Ruritania is
// no party of the elections): the word windows read across the clause.
// The object's own name stays the trigger's ("an earthquake rocked
// Ruritania": where it struck), and so do a name deeper in the object
// ("ravaged the chapel in Turin cathedral") and an oblique ("the talks
// were held with X").
func (s *syntax) objectOfSubjectNoun(i int, n node) bool {
	k, ok := s.treeNode(i)
	if !ok {
		return false
	}
	d := s.tr
	for depth := 0; depth < maxConj; depth++ {
		h, ok := d.head(k)
		if !ok {
			return false
		}
		if r := d.rel(k); r != "conj" && baseRel(r) != "flat" && !(r == "compound" && d.w(h).UPOS == "PROPN") {
			break
		}
		k = h // "Ruritania-Freedonia": each name of the pair
	}
	obj, ok := d.head(k)
	if !ok || !modRels(d.rel(k)) || d.w(obj).UPOS != "NOUN" {
		return false
	}
	x := n
	for depth := 0; depth < maxConj+3; depth++ {
		h, ok := d.head(x)
		if !ok {
			return false
		}
		if r := d.rel(x); r == "nsubj" || r == "nsubj:pass" {
			if !d.verbal(h) {
				return false
			}
			r := d.rel(obj)
			g, _ := d.head(obj)
			return g == h && (r == "obj" || r == "iobj")
		} else if !subjectNounRels(baseRel(r)) && !subjectNounRels(r) {
			return false
		}
		x = h
	}
	return false
}

// predicate reports whether the word p can head a clause: a verb, an
// adjective, or a noun with a copula ("is a partner").
func (s *syntax) predicate(p node) bool {
	d := s.tr
	switch d.w(p).UPOS {
	case "VERB", "AUX", "ADJ":
		return true
	case "NOUN", "PROPN", "PRON":
		return len(d.kids(p, is("cop"))) > 0
	}
	return false
}

// tensed reports whether the predicate at p carries a tense: a past or
// third-person verb or a finite auxiliary or copula ("is willing", "had
// granted", "makes"); a plain present form may be a bare subjunctive
// ("demanded Iran stop").
func (s *syntax) tensed(p node) bool {
	d := s.tr
	if x := d.w(p).XPOS; x == "VBD" || x == "VBZ" {
		return true
	}
	for _, k := range d.kids(p, is("aux", "aux:pass", "cop")) {
		if x := d.w(k).XPOS; finiteXPOS[x] || x == "MD" {
			return true
		}
	}
	return false
}

// objectTakenForSubject reports whether the subject k of p is more likely
// n's object the parse misread: p is a verb joined to n, n has no object
// of its own, and k's words follow n with nothing between but words of
// p's subjects ("met President Musharraf and Prime Minister Aziz on
// Tuesday and discussed": the parse made the two men the subjects of
// "discussed"). With n's own object read ("met Kim and Putin later
// said"), the subject of the joined verb is its own.
func (s *syntax) objectTakenForSubject(k, p, n node) bool {
	d := s.tr
	if h, ok := d.head(p); !ok || h != n || d.rel(p) != "conj" || k < n || len(d.kids(n, is("obj"))) > 0 {
		return false
	}
	for w := n + 1; w < k; w++ {
		if !s.subjectWord(w, p) {
			return false
		}
	}
	return true
}

// subjectWord reports whether the word w belongs to a subject of p or is
// a conjunction joining p's subjects.
func (s *syntax) subjectWord(w, p node) bool {
	d := s.tr
	for _, k := range d.kids(p, is("nsubj", "nsubj:pass")) {
		if d.within(w, k) {
			return true
		}
	}
	return false
}

// appositiveSpan is how many words a participle phrase set off by commas
// may span after its participle ("arrested in the capital on Monday").
const appositiveSpan = 12

// appositiveParticiple returns the name that the verb trigger t, a past
// participle set off by commas right after it, is said of: "Shoigu,
// arrested in Moscow on Monday, denied the charges", "Kim, 51, appointed
// minister in May, met …": the name undergoes the act (a passive with no
// auxiliary). The phrase must close with a comma before a verb, or end the
// sentence; a participle with an object is a verb of a list ("shelled
// Kursk, killed three"), but for an appointment's office ("appointed
// acting president"), and a verb whose subject stands before a name set
// off by commas is that subject's ("his firm, MZM Inc., donated"). Only
// with a parse.
// ofEventNoun reports whether the name p hangs, by "of", on a noun that
// names no person nor party ("the resignation of Jacques Attali,
// criticized for …": Attali is criticized; "the envoy of Russia,
// appointed in May" is the envoy).
func (s *sent) ofEventNoun(p np) bool {
	d := s.tr
	k, ok := s.treeNode(p.start)
	if !ok {
		return false
	}
	for depth := 0; depth < 3 && (d.rel(k) == "flat" || d.rel(k) == "compound"); depth++ {
		if k, ok = d.head(k); !ok {
			return false
		}
	}
	h, ok := d.head(k)
	if !ok || baseRel(d.rel(k)) != "nmod" || d.caseWord(k) != "of" || d.w(h).UPOS != "NOUN" {
		return false
	}
	lw := strings.ToLower(d.w(h).Form)
	return !personWord(lw) && !titles[lw] && !s.d.lemmaIn(lw, partyNouns) && !groupNouns[lw] && !agentNouns[lw] && !memberNouns[lw]
}

func (s *sent) appositiveParticiple(t *trigger) (np, bool) {
	n, ok := s.verbNode(t)
	if !ok || t.end-t.start != 1 {
		return np{}, false
	}
	d := s.tr
	if x := d.w(n).XPOS; x != "VBN" && x != "VBD" || len(d.kids(n, is("aux", "aux:pass"))) > 0 {
		return np{}, false
	}
	if t.e.Type != Appointment && len(d.kids(n, is("obj", "iobj"))) > 0 {
		return np{}, false
	}
	j := t.start - 1
	if s.word(j) != "," {
		return np{}, false
	}
	j--
	if _, err := parseCount(s.word(j)); err == nil && s.word(j-1) == "," {
		j -= 2 // "Kim, 51, appointed"
	}
	p, ok := s.mentionAt(j)
	if !ok || p.end != j+1 || prepositions[s.word(p.start-1)] && !s.ofEventNoun(p) || s.word(p.start-1) == "," && s.nominalAt(p.start-2) {
		// "the envoy of Russia, appointed in May": the envoy's; "his
		// firm, MZM Inc., donated": a name in apposition to the subject
		// (not after "However,")
		return np{}, false
	}
	for _, k := range d.kids(n, is("nsubj")) {
		if k < d.nodeAt[p.start-s.first] {
			return np{}, false // the verb's own subject stands before the name
		}
	}
	for k := t.end; k < s.last && k-t.end <= appositiveSpan; k++ {
		w := s.word(k)
		if w == "," {
			m, ok := s.treeNode(k + 1)
			return p, ok && (d.w(m).UPOS == "VERB" || d.w(m).UPOS == "AUX")
		}
		if k == s.last-1 && (w == "." || w == "!") {
			return p, true
		}
		if clauseStops[w] || relativizers[w] {
			break
		}
	}
	return np{}, false
}

// nominalAt reports whether token i is a noun or a name by the parse.
func (s *sent) nominalAt(i int) bool {
	n, ok := s.treeNode(i)
	return ok && s.tr.nominal(n)
}

// stateVerbs are the forms of the verbs whose object a participle after it
// tells the state of: "saw 160 soldiers killed", "left three people
// wounded", "had two generals arrested" (data/words.yaml).
var stateVerbs = wordList("state_verbs")

// stateGap is how many words of quantity ("more than 160", "at least
// some") may stand between a state verb and the name its participle is
// said of.
const stateGap = 4

// stateWords is how many words of a noun phrase with no name ("160 young
// people") may stand between a state verb and the participle.
const stateWords = 3

// stateObject reports whether the verb trigger t, a past participle
// with no object, tells the state of the noun phrase right before it that
// a state verb (stateVerbs) takes as its object ("the war saw more than
// 160 soldiers killed", "had two generals arrested"): that phrase
// undergoes t, and no one named elsewhere did it. p is the phrase's name,
// when it has one.
func (s *sent) stateObject(t *trigger) (p np, named, ok bool) {
	if t.noun {
		return np{}, false, false
	}
	if p, named, ok := s.objectState(t); ok {
		return p, named, true
	}
	if n, ok := s.verbNode(t); ok {
		d := s.tr
		if x := d.w(n).XPOS; x != "VBN" && x != "VBD" || len(d.kids(n, is("obj", "aux", "aux:pass"))) > 0 {
			return np{}, false, false
		}
	} else if !strings.HasSuffix(s.word(t.start), "ed") {
		return np{}, false, false
	}
	j := t.start - 1
	for n := 0; n < stateWords && j >= s.first; n++ {
		if q, ok := s.mentionAt(j); ok {
			if !named {
				p, named = q, true // "160 Russian soldiers": Russia's
			}
			j = q.start - 1
			continue
		}
		if w := s.word(j); !isPlainWord(w) || stateVerbs[w] || auxiliaries[w] || quantityWords[w] {
			break
		}
		j--
	}
	if j == t.start-1 {
		return np{}, false, false // no phrase between: "have arrested"
	}
	for n := 0; n < stateGap && j >= s.first && (quantityWords[s.word(j)] || s.numberAt(j)); n++ {
		j--
	}
	return p, named, stateVerbs[s.word(j)]
}

// numberAt reports whether token j is written in digits ("160").
func (s *sent) numberAt(j int) bool {
	w := s.word(j)
	return w != "" && strings.Trim(w, "0123456789,.") == ""
}

// quantityWords may count the phrase a state verb takes ("more than",
// "at least", "some", the article) (data/words.yaml).
var quantityWords = wordList("quantity_words")

// forSubject returns the name that is the subject of the infinitive verb
// trigger t in "for NAME to VERB" ("leaving the road clear for Shoigu to
// sign an agreement", "called for Israel to withdraw", "arranged for Kim
// to visit Moscow"): whoever the main clause names, the name after "for"
// does the act.
func (s *sent) forSubject(t *trigger) (np, bool) {
	if t.noun || s.word(t.start-1) != "to" {
		return np{}, false
	}
	p, ok := s.mentionAt(t.start - 2)
	if !ok || p.end != t.start-1 {
		return np{}, false
	}
	j := p.start - 1
	for j >= s.first && determiners[s.word(j)] {
		j--
	}
	return p, s.word(j) == "for"
}

// frontedObject reports whether token j lies in a prepositional phrase, as
// the object of its preposition, that the clause of the subject pronoun at
// token i opens with ("In an open letter to Moscow mayor Luzhkov, she
// said", "According to Lavrov, he will resign"): a subject pronoun does
// not stand for a name told so.
func (s *syntax) frontedObject(j, i int) bool {
	pn, ok := s.treeNode(i)
	cn, ok2 := s.treeNode(j)
	d := s.tree()
	if !ok || !ok2 || d == nil || d.rel(pn) != "nsubj" {
		return false
	}
	h, ok := d.head(pn)
	if !ok {
		return false
	}
	for _, c := range d.kids(h, is("obl")) {
		if c < pn && d.caseWord(c) != "" && d.within(cn, c) {
			return d.rel(cn) != "nmod:poss" // "In Putin's view, he …" may be Putin
		}
	}
	return false
}

// actNounClasses are the WordNet classes of a noun that names an act of
// its own ("insult", "attack", "threat", "charge"): a name it governs is
// that act's party.
var actNounClasses = map[wordnet.Class]bool{wordnet.Act: true, wordnet.Communication: true, wordnet.Event: true}

// actNounParty reports whether the tree makes the name at token i a noun
// modifier of an act noun below the verb at n, not n itself: "jailed on
// Monday for insult to Putin", whose Putin is the insult's, no party of
// the jailing. The act noun is the name's head, or a head of that up a
// chain of noun modifiers, once flat names, compounds, appositions and
// conjuncts are climbed, and hangs below n through a cause or purpose
// phrase (obliqueBelow).
func (s *syntax) actNounParty(i int, n node) bool {
	k, ok := s.treeNode(i)
	if !ok {
		return false
	}
	d := s.tr
	for depth := 0; depth < maxConj+3; depth++ {
		r := d.rel(k)
		if r == "flat" || r == "compound" || baseRel(r) == "flat" || r == "conj" || r == "appos" {
			h, ok := d.head(k)
			if !ok {
				return false
			}
			k = h
			continue
		}
		if r != "nmod" {
			return false
		}
		h, ok := d.head(k)
		if !ok || h == n || d.w(h).UPOS != "NOUN" || !d.within(h, n) || !s.obliqueBelow(h, n) {
			return false
		}
		if c, ok := wordnet.NounOfForm(strings.ToLower(d.w(h).Form)); ok && actNounClasses[c] {
			return true
		}
		k = h // "a review of the policy towards Russia": the review's
	}
	return false
}

// actObliqueCases mark an oblique that gives the cause, purpose or manner
// of a verb (data/words.yaml): an act noun there is an act of its own.
var actObliqueCases = wordList("act_oblique_cases")

// obliqueBelow reports whether the word h hangs below the verb n through
// no object and a phrase of actObliqueCases, h's own or one above it:
// "jailed for insult to Putin", not "demanded explanations from Kyiv",
// whose object noun tells what n asks, nor "handed down the sentence to
// X" the parse makes a bare oblique, nor "injured during clashes with
// protesters", the act's setting.
func (s *syntax) obliqueBelow(h, n node) bool {
	d := s.tr
	cause := false
	for depth := 0; depth < len(d.words) && h != n; depth++ {
		switch r := d.rel(h); {
		case baseRel(r) == "obj" || r == "iobj" || r == "xcomp" || r == "ccomp":
			return false
		case baseRel(r) == "obl" || baseRel(r) == "nmod":
			cause = cause || actObliqueCases[d.caseWord(h)]
		}
		p, ok := d.head(h)
		if !ok {
			return false
		}
		h = p
	}
	return cause
}

// objectControlVerbs have their object do what their infinitive tells
// ("urged the government to resign", data/words.yaml).
var objectControlVerbs = wordList("object_control_verbs")

// unnamedController reports whether the verb at h is an object-control
// verb whose object (or "on" phrase: "called on the cabinet to quit")
// names no actor: that object, not h's subject, does h's infinitive, so
// the subject must not be taken for it.
func (s *syntax) unnamedController(h node) bool {
	d := s.tr
	if !d.lemmaIn(h, objectControlVerbs) {
		return false
	}
	for _, c := range d.children[h] {
		if r := d.rel(c); r == "obj" || baseRel(r) == "obl" && d.caseWord(c) == "on" {
			return d.w(c).UPOS == "NOUN"
		}
	}
	return false
}

// bodyReach is how many tokens before "the council" resolveBody looks for
// the body it stands for: the reach of the actor package's definite body
// references ("the company"), one window for both.
const bodyReach = actor.BodyRefReach

// bodyNouns are the common nouns by which an article refers back to a
// body it named ("the UN Security Council … the council urged")
// (data/words.yaml).
var bodyNouns = wordList("body_nouns")

// resolveBody returns the organization a subject "the council" of the
// verb at n (or of the verb it is coordinated with or controlled by)
// stands for: of the organizations named before it, within bodyReach
// tokens, whose name ends in that noun, the first of the nearest sentence
// naming one ("The UN Security Council adopted a statement … The council
// also urged": the UN Security Council urged; "opposed by the Social
// Democratic Party, which supports the Liberal Democratic Party. The
// party …": the first). A subject "council members" stands for it too:
// the members act for the body. False for a passive subject, a noun with
// a name of its own in its phrase, no such organization, or a capitalized
// "Committee" nearer that names no known actor (but at the start of a
// sentence: "Council members praised …").
func (s *sent) resolveBody(n node) (actor.Mention, bool) {
	d := s.tr
	c, ok := s.climbedSubject(n)
	if !ok || d.rel(c) != "nsubj" || d.w(c).UPOS != "NOUN" {
		return actor.Mention{}, false
	}
	if len(s.phraseActors(c, true)) > 0 {
		return actor.Mention{}, false
	}
	w := strings.ToLower(d.w(c).Form)
	if memberNouns[w] {
		// "Council members praised …": the members act for the body
		k := d.kids(c, is("compound"))
		if len(k) != 1 || !bodyNouns[strings.ToLower(d.w(k[0]).Form)] {
			return actor.Mention{}, false
		}
		c, w = k[0], strings.ToLower(d.w(k[0]).Form)
	} else {
		det := d.kids(c, is("det"))
		if !bodyNouns[w] || len(det) != 1 || !strings.EqualFold(d.w(det[0]).Form, "the") {
			return actor.Mention{}, false
		}
	}
	toks := s.tokensOf(c)
	if len(toks) == 0 {
		return actor.Mention{}, false
	}
	found, first := actor.Mention{}, -1 // the first such body of the nearest sentence naming one
	for j := toks[0] - 1; j >= 0 && toks[0]-j <= bodyReach; j-- {
		if first >= 0 && !s.sameSentence(j, first) {
			break
		}
		a := s.d.actorAt[j]
		if a < 0 {
			if t := s.tok(j).Text; first < 0 && strings.ToLower(t) == w && t != w && !s.sentenceStart(j) {
				return actor.Mention{}, false // "the Prisoners' Committee for …", a body named but not known
			}
			continue
		}
		m := s.d.in.Actors[a]
		if m.Kind != actor.Organization {
			continue
		}
		name := strings.Fields(strings.ToLower(m.Text))
		if len(name) > 1 && name[len(name)-1] == w {
			found, first = m, j
		}
	}
	return found, first >= 0
}

// sentenceStart reports whether token i opens its sentence.
func (s *syntax) sentenceStart(i int) bool {
	k, ok := s.sentenceOf(i)
	return ok && s.d.in.Sentences[k].First == i
}

// sameSentence reports whether tokens i and j lie in one sentence.
func (s *syntax) sameSentence(i, j int) bool {
	k, ok := s.sentenceOf(i)
	return ok && s.d.in.Sentences[k].First <= j && j < s.d.in.Sentences[k].Last
}

// sentenceOf returns the index of the sentence holding token i, found by
// binary search (the sentences are in text order and do not overlap), so
// a rule looking back over many tokens costs no scan of the document for
// each of them.
func (s *syntax) sentenceOf(i int) (int, bool) {
	ss := s.d.in.Sentences
	k := sort.Search(len(ss), func(k int) bool { return ss[k].Last > i })
	return k, k < len(ss) && ss[k].First <= i
}

// reducedConjunct returns the noun right before the verb at n when the
// parse takes the verb for a conjunct of an earlier one though it is a
// past participle (or one the tagger reads as a past tense) with no
// conjunction, comma, subject, auxiliary or object of its own ("called for the resignation of a politician charged
// with fraud"): a reduced relative clause of that noun, which undergoes
// the act; the earlier verb's subject does not do it. Else noNode.
func (s *syntax) reducedConjunct(n node) node {
	d := s.tr
	if x := d.w(n).XPOS; d.rel(n) != "conj" || x != "VBN" && x != "VBD" || n < 1 ||
		len(d.kids(n, is("cc", "nsubj", "nsubj:pass", "obj", "iobj", "aux", "aux:pass", "mark", "cop", "ccomp", "xcomp", "compound:prt"))) > 0 {
		return noNode // "warned that ...", "blew up": an active verb of its own
	}
	if hd, ok := d.head(n); !ok || hd > n {
		return noNode
	}
	k := n - 1
	if u := d.w(k).UPOS; u != "NOUN" && u != "PROPN" || s.timeNode(k) {
		return noNode
	}
	for baseRel(d.rel(k)) == "flat" || d.rel(k) == "compound" {
		if k, _ = d.head(k); k == noNode {
			return noNode
		}
	}
	if cw := d.caseWord(k); clauseOpeners[cw] || clauseConnectors[cw] {
		return noNode // "after Israeli police released two settlers": the noun is the verb's subject
	}
	return k
}

// subordinateRels join a clause to the verb it depends on without sharing
// that verb's subject (subordinateFinite).
var subordinateRels = is("parataxis", "advcl", "ccomp")

// subordinateFinite reports whether the verb at n is a tensed verb of a
// clause that depends on another (subordinateRels): such a clause has a
// subject of its own, even one the parse hung elsewhere.
func subordinateFinite(d *tree, n node) bool {
	return finiteXPOS[d.w(n).XPOS] && subordinateRels(d.rel(n))
}

// subjectOfClause reports whether the parse makes the phrase ending at
// token i (its last word, or a conjunct of it) the subject of a tensed verb
// other than n and its conjuncts: the word windows, reading left from a
// clause whose subject the parse misplaced, reached the subject of the
// clause before it.
func (s *syntax) subjectOfClause(i int, n node) bool {
	k, ok := s.phraseSubject(i, true)
	if !ok {
		return false
	}
	d := s.tr
	h, ok := d.head(k)
	if ok && s.conjHead(h) == s.conjHead(n) {
		return false // "as rebels attacked and burned it": the verbs of one clause share it
	}
	// (a subject the parse hangs on an adverb or a noun, or on a
	// participle that modifies it, "gunmen wearing uniforms stormed", is
	// no other clause's)
	return ok && h != n && !d.within(n, k) && s.predicate(h) && s.tensed(h)
}

// instrumentMarks are the prepositions of a noun that is the means of an
// act: a participle on it tells who wielded it ("wounded by bullets fired
// by soldiers": the soldiers wound) (nestedAgent).
var instrumentMarks = wordList("instrument_marks")

// nestedAgent reports whether the phrase ending at token i (its last word)
// is the "by" agent of a participle modifying a noun deeper in the phrase
// of the noun trigger at n, a noun other than a means (instrumentMarks):
// "an investigation into complaints filed by 20 nationals" — they filed the
// complaints, they investigate nothing. A support verb's participle
// (supportVerbs: "held by") carries the noun event itself, wherever the
// parse hangs it.
func (s *syntax) nestedAgent(i int, n node) bool {
	k, ok := s.byAgent(i)
	if !ok {
		return false
	}
	d := s.tr
	h, ok := d.head(k)
	if !ok || h == n || d.rel(h) != "acl" || !d.within(h, n) {
		return false
	}
	if d.lemmaIn(h, supportVerbs) {
		return false // "a conference on trade held by the council": the parse's slip, the council holds it
	}
	m, ok := d.head(h)
	return ok && m != n && !instrumentMarks[strings.ToLower(d.caseWord(m))]
}

// heldOwners returns the actors who own the thing or place the verb at n
// acts on, when its object names no actor itself: the possessor or "of"
// phrase of an object noun whose first WordNet sense is an artifact or a
// location (facilityClasses): "raided the home of opposition leader
// Odinga", "stormed Abbas's offices", "attacked the convoy of the vice
// president". A place named so ("the town of Vukovar") is left to the
// phrase's own rules.
func (s *syntax) heldOwners(n node) []np {
	d := s.tr
	var out []np
	for _, c := range d.kids(n, is("obj")) {
		if d.w(c).UPOS != "NOUN" || len(s.phraseActors(c, false)) > 0 {
			continue
		}
		cs := wordnet.SensesOfForm(strings.ToLower(d.w(c).Form))
		if len(cs) == 0 || !facilityClasses[cs[0]] {
			continue
		}
		for _, k := range d.kids(c, is("nmod:poss", "nmod")) {
			if d.rel(k) == "nmod" && d.caseWord(k) != "of" {
				continue
			}
			for _, p := range s.phraseActors(k, false) {
				if a := s.actor(p); a.Kind != actor.Place && !a.Location {
					out = append(out, p)
				}
			}
		}
	}
	return out
}
