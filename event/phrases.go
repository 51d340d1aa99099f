package event

import (
	"strings"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/token"
)

// phrases.go: the noun phrases and tree words of a sentence as the grammar
// (syntax) finds them — the actor mention at a token, a phrase's start and
// head, a name's parts, event nouns, the verb group between two words,
// the parse word of a trigger and of the verb carrying it, the role a
// passive gives, and the subject the word windows find before a trigger
// (subject, partyFrom).

func (s *syntax) actor(p np) actor.Mention { return s.d.in.Actors[p.actor] }

// eventNoun reports whether a lemma of the word heads a noun trigger of
// the lexicon ("bombings", "talks", "strike").
func (s *syntax) eventNoun(w string) bool { return s.nounTrigger(w, true) }

// eventNounAlone is eventNoun for entries that need no context word: a
// noun that names an event by itself ("the bombings killed"), not one
// that does only with its verb ("a report issued": the report that
// criticized is a document).
func (s *syntax) eventNounAlone(w string) bool { return s.nounTrigger(w, false) }

// eventCompound reports whether a common noun compounded to n names an
// event by itself (eventNounAlone): "flood warning", "tropical storm
// Durian".
func (s *syntax) eventCompound(n node) bool {
	tr := s.tr
	for _, c := range tr.kids(n, is("compound")) {
		if tr.w(c).UPOS == "NOUN" && s.eventNounAlone(strings.ToLower(tr.w(c).Form)) {
			return true
		}
	}
	return false
}

// nounTrigger reports whether a lemma of w heads a one-word noun entry of
// the lexicon, an entry with context words only when contextual is set.
func (s *syntax) nounTrigger(w string, contextual bool) bool {
	lx := s.d.lx
	for _, l := range s.d.lem(w) {
		for _, ei := range lx.byFirst[l] {
			if e := &lx.entries[ei]; e.noun() && len(e.words) == 1 && (contextual || len(e.Context) == 0) {
				return true
			}
		}
	}
	return false
}

// headBefore returns the phrase whose last token is just before token i,
// skipping titles ("Kim and Russian President Putin").
func (s *syntax) headBefore(i int) (np, bool) {
	j := i - 1
	for j >= s.first && titles[s.word(j)] && s.d.actorAt[j] < 0 {
		j--
	}
	if j < s.first {
		return np{}, false
	}
	p, ok := s.mentionAt(j)
	if !ok || s.possessor(p) {
		return np{}, false
	}
	return p, true
}

// inEventName reports whether the actor phrase p, no country, is the start
// of the name of an event: capitalized words right before a capitalized
// event noun ("the Visiting Forces Agreement", "the Good Friday
// Agreement"). It names the event, not a party to it; a country does
// ("the US-Japan Security Treaty").
func (s *syntax) inEventName(p np) bool {
	if s.actor(p).Kind == actor.Country || p.end >= s.last {
		return false
	}
	w := s.tok(p.end).Text
	return capitalized(w) && w != strings.ToUpper(w) && s.eventNoun(strings.ToLower(w))
}

// isAdverb reports whether token j is an adverb the chunker knows, or a
// lower-case word in -ly ("newly", "reportedly").
func (s *syntax) isAdverb(j int) bool {
	w := s.word(j)
	if adverbs[w] {
		return true
	}
	t := s.tok(j)
	return t.Text == w && len(w) > 4 && strings.HasSuffix(w, "ly")
}

// mentionAt returns the noun phrase of the actor mention at token i.
func (s *syntax) mentionAt(i int) (np, bool) {
	if i < s.first || i >= s.last {
		return np{}, false
	}
	a := s.d.actorAt[i]
	if a < 0 {
		return np{}, false
	}
	st, en := i, i+1
	for st-1 >= s.first && s.d.actorAt[st-1] == a {
		st--
	}
	for en < s.last && s.d.actorAt[en] == a {
		en++
	}
	return np{st, en, a}, true
}

// namePart reports whether token j is part of a name: an actor mention or a
// capitalized word ("Ala.").
func (s *syntax) namePart(j int) bool {
	if j < s.first || j >= s.last {
		return false
	}
	c := s.tok(j).Text[0]
	return s.d.actorAt[j] >= 0 || (c >= 'A' && c <= 'Z')
}

// npStart extends a mention left over its modifiers (titles, determiners,
// other names, capitalized words: "North Korean leader Kim") and returns
// the index of the first token of the whole noun phrase.
func (s *syntax) npStart(i int) int {
	for i-1 >= s.first {
		w := s.word(i - 1)
		t := s.tok(i - 1)
		// a capital opening the sentence may be a preposition's ("In
		// Paris the CAC 40 fell"): no word of the phrase
		capital := t.Kind == token.Word && t.Text[0] >= 'A' && t.Text[0] <= 'Z' && !prepositions[w]
		if (titles[w] && w != "and" && w != "&" && !groupNouns[w]) || articles[w] || s.d.actorAt[i-1] >= 0 || capital || w == "'s" || w == "-" {
			i--
			continue
		}
		break
	}
	return i
}

// partyFrom reports whether the phrase starting at token st is the origin
// of a group of people who act for it ("delegations from China",
// "troops from Russia", "officials from Israel and Syria"): the phrase
// then stands for the group as a party of the clause.
func (s *syntax) partyFrom(st int) bool {
	return st-2 >= s.first && s.word(st-1) == "from" && s.d.lemmaIn(s.word(st-2), partyNouns)
}

// passiveRole is the role of the patient of a passive or adjectival
// participle ("Kyiv was attacked", "newly deployed North Korean troops").
func (s *syntax) passiveRole(t *trigger, m actor.Mention) Role {
	switch t.e.Type {
	case MilitaryDeployment, MilitaryExercise, ExhibitForcePosture:
		return Agent // the troops' country deploys, or puts them on alert
	case Election:
		if (m.Kind == actor.Person || m.Kind == actor.Organization) && !s.electedBy(t) {
			return Agent // "Lopez was elected": the winner, as of an election won
		}
	}
	if undergoneSubject[t.e.Type] {
		return Target // "a soldier was found dead": the one who died
	}
	direct := *t
	direct.noun, direct.passive = false, false
	if r, ok := roleFor(&direct, "", m); ok && r != Agent {
		return r
	}
	return Counterpart
}

// electedBy reports whether the passive verb trigger t names who did it
// in a by-phrase ("was elected by parliament"): that body is its agent, the
// one elected its counterpart.
func (s *syntax) electedBy(t *trigger) bool {
	n, ok := s.treeNode(t.start)
	return ok && len(s.tr.kids(n, is("obl:agent"))) > 0
}

// possessor reports whether the phrase is followed by "'s".
func (s *syntax) possessor(p np) bool { w := s.word(p.end); return w == "'s" || w == "'" }

// subject finds the actor phrases of the subject of the verb at anchor:
// the nearest unmarked noun phrase to its left in the clause, skipping
// possessors, objects of other verbs, prepositional phrases, relative
// clauses and appositions; coordinated phrases ("Kim and Putin") all count.
func (s *syntax) subject(anchor int) []np {
	j := anchor - 1
	for j >= s.first && (s.word(j) == "\"" || s.word(j) == "“") {
		j-- // a quotation opening at the verb: Putin "agreed to ..."
	}
	if k, ok := s.relativePronounBefore(anchor); ok {
		// "a fever that has so far killed 19 people": the subject
		// is the noun the pronoun stands for, right before it
		a := k - 1
		if s.word(a) == "," {
			a--
		}
		if p, ok := s.mentionAt(a); ok && p.end == a+1 && !s.possessor(p) {
			return []np{p}
		}
		if p, ok := s.appositionTo(a); ok {
			return []np{p} // "Kiyingi, 51, a cardiologist, who denied"
		}
		if n, ok := s.treeNode(a); ok {
			return s.phraseActors(n, true) // "the Sudanese government, which"
		}
		return nil // a noun that names no actor
	}
	pronoun := "" // a pronoun subject met on the way, resolved beyond its clause
	for n := 0; j >= s.first && n < 30; n++ {
		w := s.word(j)
		if clauseStops[w] {
			if pronoun == "" {
				return nil
			}
			j--
			continue
		}
		if pronouns[w] && pronoun == "" {
			pronoun = w
		}
		if w == "," {
			// skip ", who ... ," and ", the ... ," segments
			k := j - 1
			for k >= s.first && s.word(k) != "," && !clauseStops[s.word(k)] {
				k--
			}
			if k >= s.first && s.word(k) == "," && (relativizers[s.word(k+1)] || (determiners[s.word(k+1)] && s.word(k+1) != "'s")) {
				j = k - 1
				continue
			}
		}
		p, ok := s.mentionAt(j)
		if !ok {
			j--
			continue
		}
		if s.possessor(p) {
			if s.servedAt(p) {
				return []np{p} // "a judge at Serbia's war crimes court jailed"
			}
			j = p.start - 1
			continue
		}
		st := s.npStart(p.start)
		prev := s.word(st - 1)
		if s.servedAt(p) {
			return []np{p} // "an official at the Russian embassy said"
		}
		if s.partyFrom(st) {
			st -= 2 // "delegations from China": China stands for its envoys
			prev = s.word(st - 1)
		}
		if prepositions[prev] || (verbLike(prev) && !relativizers[prev] && prev != "and" && !s.verbGroupBetween(p.end, anchor)) {
			j = st - 1 // object of a verb or a preposition
			continue
		}
		if !pronounAgrees(pronoun, s.actor(p).Kind) {
			return nil
		}
		out := []np{p}
		// coordinated subjects: "Kim and Putin", "Russia, China and Iran"
		for prev == "and" || prev == "," || prev == "&" {
			q, ok := s.headBefore(st - 1)
			if !ok {
				break
			}
			qs := s.npStart(q.start)
			if s.partyFrom(qs) {
				out = append([]np{q}, out...)
				break // "officials from Israel and Syria"
			}
			if qp := s.word(qs - 1); prepositions[qp] || (isPlainWord(qp) && prev == ",") {
				break // "visited Pyongyang, Tass reported": not a list
			}
			out = append([]np{q}, out...)
			st = qs
			prev = s.word(st - 1)
		}
		return out
	}
	return nil
}

// relativeGap is how many auxiliaries and adverbs may stand between a
// relative pronoun and the verb it is the subject of ("that has so far
// killed").
const relativeGap = 5

// relativePronounBefore returns the relative pronoun that is the subject of
// the verb at anchor: "that", "which" or "who" right before it but for
// auxiliaries and adverbs ("an epidemic that has so far killed"); "that"
// only as the parse's pronoun, not the conjunction of "said that".
func (s *syntax) relativePronounBefore(anchor int) (int, bool) {
	for j := anchor - 1; j >= s.first && anchor-j <= relativeGap; j-- {
		w := s.word(j)
		switch {
		case subjectRelativizers[w]:
			return j, true
		case w == "that":
			n, ok := s.treeNode(j)
			return j, ok && s.tr.w(n).UPOS == "PRON"
		case auxiliaries[w] || s.isAdverb(j):
			continue
		}
		if n, ok := s.treeNode(j); ok && s.tr.w(n).UPOS == "ADV" {
			continue // "so far"
		}
		return -1, false
	}
	return -1, false
}

// appositionSpan is how many words a noun phrase in apposition to a name
// may hold ("a Sydney heart surgeon").
const appositionSpan = 6

// appositionTo returns the name that the noun phrase ending at token a is
// in apposition to, set off by a comma and maybe an age: "Kiyingi, 51, a
// Sydney cardiologist".
func (s *syntax) appositionTo(a int) (np, bool) {
	j := a
	for ; j >= s.first && a-j < appositionSpan && s.word(j) != ","; j-- {
		if w := s.word(j); prepositions[w] || clauseStops[w] || auxiliaries[w] || relativizers[w] {
			return np{}, false
		}
	}
	if j < s.first || s.word(j) != "," || j == a {
		return np{}, false
	}
	j--
	if _, err := parseCount(s.word(j)); err == nil && s.word(j-1) == "," {
		j -= 2 // ", 51,"
	}
	if p, ok := s.mentionAt(j); ok && p.end == j+1 {
		return p, true
	}
	return np{}, false
}

// subjectRelativizers are the relative pronouns that may be the subject of
// the verb after them (data/words.yaml).
var subjectRelativizers = wordList("subject_relativizers")

// parsedTrigger returns the parse word heading trigger t (triggerNode),
// asking for the sentence's parse first; false without a parser.
func (s *syntax) parsedTrigger(t *trigger) (node, bool) {
	if s.tree() == nil {
		return noNode, false
	}
	return s.triggerNode(t)
}

// triggerNode returns the parse word heading the trigger's words: the
// one whose head lies outside them.
func (s *syntax) triggerNode(t *trigger) (node, bool) {
	var first node
	found := false
	for i := t.start; i < t.end; i++ {
		if t.noun && i == t.anchor {
			continue // the light verb of "held talks": the noun heads the event
		}
		n, ok := s.treeNode(i)
		if !ok {
			continue
		}
		if !found {
			first, found = n, true
		}
		h, ok := s.tr.head(n)
		if !ok {
			return n, true
		}
		inside := false
		for j := t.start; j < t.end; j++ {
			if m, ok := s.treeNode(j); ok && m == h {
				inside = true
				break
			}
		}
		if !inside {
			return n, true
		}
	}
	return first, found
}

// verbGroupBetween reports whether tokens [from, to) hold only auxiliaries
// and adverbs: a noun phrase right before a verb group is its subject
// ("the troops North Korea has deployed").
func (s *syntax) verbGroupBetween(from, to int) bool {
	for j := from; j < to; j++ {
		if !auxiliaries[s.word(j)] && !s.isAdverb(j) && !strings.HasSuffix(s.word(j), "n't") {
			return false
		}
	}
	return true
}

// verbNode returns the parse word of the verb trigger t (triggerNode):
// false for a noun trigger or without a parse.
func (s *syntax) verbNode(t *trigger) (node, bool) {
	if t.noun || s.tree() == nil {
		return noNode, false
	}
	return s.triggerNode(t)
}

// triggerSubjects returns the nominal subjects (nsubj) the parse gives the
// word of trigger t, or, for a trigger told with "be" whose copula the
// parse hangs on the predicate ("the index was down 0.3 percent": was
// under percent), the predicate's; nil without a parse.
func (s *syntax) triggerSubjects(t *trigger) []node {
	n, ok := s.parsedTrigger(t)
	if !ok {
		return nil
	}
	if s.tr.rel(n) == "cop" {
		if h, ok := s.tr.head(n); ok {
			n = h
		}
	}
	return s.tr.kids(n, is("nsubj"))
}
