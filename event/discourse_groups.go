package event

import (
	"strings"

	"github.com/chronograph-news/chronograph/actor"
)

// discourse_groups.go: "they" and "it" as the subject of an event verb
// stand, as "he" and "she" do for a person (resolvePronoun), for the
// group, body or state the previous sentence is about: "Somali pirates
// seized a tanker on Monday. They also attacked a fishing boat": the
// pirates attacked. The subject of the previous sentence's main clause is
// the one a sentence opening on a pronoun most often goes on with; only
// an active verb's pronoun is read so ("Police arrested three men. They
// were charged": the men, not the police), and only one that opens its
// sentence's own telling (no actor named before it in the sentence) and
// stands outside a quotation.

// groupPronouns are the pronouns that stand for a group or a body, and
// whether each is plural.
var groupPronouns = map[string]bool{"they": true, "it": false}

// groupPronounSubject returns the token of the "they" or "it" the tree
// gives as the active subject of the verb at n, or of the verb it is
// coordinated with or controlled by ("they arrived and met"), and whether
// it is plural; -1 when the subject is no such pronoun.
func (s *syntax) groupPronounSubject(n node) (int, bool) {
	c, ok := s.climbedSubject(n)
	if !ok {
		return -1, false
	}
	plural, ok := groupPronouns[strings.ToLower(s.tr.w(c).Form)]
	if !ok || s.tr.rel(c) != "nsubj" {
		return -1, false
	}
	toks := s.tokensOf(c)
	if len(toks) == 0 {
		return -1, false
	}
	return toks[0], plural
}

// resolveGroupPronoun returns the actors the "they" (plural) or "it" at
// token i stands for: those of the subject of the previous sentence's main
// clause (or, after a copula, the owner of its predicate noun: "It was
// Bulgaria's fourth medal"), when that subject names a group, a body or a
// state ("it": one
// state or body, no generic agent; "they": a generic agent, a body, a
// state, or two or more of any kind), none of them in exclude. False when
// an actor is named before the pronoun in its sentence, the pronoun is
// quoted, or the previous sentence has no such subject.
func (s *syntax) resolveGroupPronoun(i int, plural bool, exclude map[string]bool) ([]actor.Mention, bool) {
	if s.inQuotation(i) {
		return nil, false
	}
	for j := s.first; j < i; j++ {
		if s.d.actorAt[j] >= 0 {
			return s.hostGroup(i, plural, exclude)
		}
	}
	si := s.index - 1
	if si < 0 {
		return nil, false
	}
	ts := s.d.in.Sentences[si]
	ps := &syntax{d: s.d, index: si, first: ts.First, last: ts.Last}
	for j := ts.First; j < ts.Last; j++ {
		ps.low = append(ps.low, strings.ReplaceAll(strings.ToLower(s.tok(j).Text), "’", "'"))
	}
	d := ps.tree()
	if d == nil {
		return nil, false
	}
	for n := range d.words {
		if d.rel(node(n)) != "root" {
			continue
		}
		subjects := d.kids(node(n), is("nsubj"))
		if len(d.kids(node(n), is("cop"))) > 0 && d.nominal(node(n)) {
			// "It was Bulgaria's fourth bronze medal. They also won …":
			// the owner of what a copula's subject is
			subjects = append(subjects, d.kids(node(n), is("nmod:poss"))...)
		}
		for _, k := range subjects {
			var ms []actor.Mention
			for _, p := range ps.phraseActors(k, true) {
				if ps.inQuotation(p.start) {
					continue
				}
				if m := ps.actor(p); !exclude[m.ActorID] && m.Kind != actor.Place && !m.Location {
					ms = append(ms, m)
				}
			}
			if groupAntecedent(ms, plural) {
				return ms, true
			}
		}
	}
	return nil, false
}

// hostGroup returns the actors the "they" (plural) or "it" at token i
// stands for when it is the subject of an adverbial clause ("when",
// "as", "after" …) and the clause it modifies has a subject (active or
// passive) naming a group, a body or a state before it, or owned by one ("the Tigers
// reached the final when they beat the Lions"; "Ruritania's ties with its
// neighbours remain strained by the war it launched": no, a relative
// clause; "Ruritania's ties remain strained since it invaded": Ruritania),
// none of them in exclude; false when no such subject is found.
func (s *syntax) hostGroup(i int, plural bool, exclude map[string]bool) ([]actor.Mention, bool) {
	d, p, ok := s.treeAt(i)
	if !ok || d.rel(p) != "nsubj" {
		return nil, false
	}
	v, ok := d.head(p)
	if !ok || d.rel(v) != "advcl" {
		return nil, false
	}
	h, ok := d.head(v)
	if !ok {
		return nil, false
	}
	for _, k := range d.kids(h, is("nsubj", "nsubj:pass")) {
		if toks := s.tokensOf(k); len(toks) == 0 || toks[0] > i {
			continue
		}
		var owners []np
		for _, o := range d.kids(k, is("nmod:poss")) {
			owners = append(owners, s.phraseActors(o, true)...) // "Ruritania's ties with Sylvania"
		}
		for _, phrases := range [][]np{s.phraseActors(k, true), owners} {
			var ms []actor.Mention
			for _, ph := range phrases {
				if m := s.actor(ph); !exclude[m.ActorID] && m.Kind != actor.Place && !m.Location {
					ms = append(ms, m)
				}
			}
			if groupAntecedent(ms, plural) {
				return ms, true
			}
		}
	}
	return nil, false
}

// groupAntecedent reports whether the actors ms of a subject can be what
// a "they" (plural) or an "it" stands for.
func groupAntecedent(ms []actor.Mention, plural bool) bool {
	switch {
	case len(ms) == 0:
		return false
	case !plural:
		return len(ms) == 1 && (ms[0].Kind == actor.Country || ms[0].Kind == actor.Organization) && !strings.HasPrefix(ms[0].ActorID, actor.AgentPrefix)
	case len(ms) > 1:
		return true
	}
	return ms[0].Kind != actor.Person
}

// pairNouns are the plural nouns that, after "the two" or "both", stand
// for the two parties named before them ("China and Russia signed a pact.
// The two countries also agreed …": China and Russia agree), with the kind
// of actor each may be; "" for any state, body or person ("the two
// sides").
var pairNouns = map[string]actor.Kind{
	"countries": actor.Country, "nations": actor.Country, "governments": actor.Country, "states": actor.Country,
	"neighbours": actor.Country, "neighbors": actor.Country, "allies": actor.Country,
	"leaders": actor.Person, "presidents": actor.Person, "ministers": actor.Person, "men": actor.Person,
	"companies": actor.Organization, "firms": actor.Organization,
	"sides": "", "parties": "",
}

// pairSentences is how many sentences before the one holding "the two
// countries" the two parties it stands for are looked for.
const pairSentences = 3

// pairSubject returns the token of the head noun of a "the two countries"
// or "both sides" phrase (pairNouns) the tree gives as the active subject
// of the verb at n, or of the verb it is coordinated with or controlled by
// ("the two leaders met and agreed"), and the kind of actor it is said of;
// -1 when the subject is no such phrase.
func (s *syntax) pairSubject(n node) (int, actor.Kind) {
	c, ok := s.climbedSubject(n)
	if !ok || s.tr.rel(c) != "nsubj" {
		return -1, ""
	}
	return s.pairPhrase(c)
}

// pairByAgent is pairSubject for the "by" phrase of a passive verb at n
// ("the pact, which was signed in May by the two governments": the two named
// before sign it).
func (s *syntax) pairByAgent(n node) (int, actor.Kind) {
	for _, c := range s.tr.kids(n, is("obl:agent")) {
		if i, kind := s.pairPhrase(c); i >= 0 {
			return i, kind
		}
	}
	return -1, ""
}

// pairPhrase returns the token of the head c of a "the two countries",
// "both sides" or bare "the two" phrase and the kind of actor it is said
// of; -1 when c heads no such phrase.
func (s *syntax) pairPhrase(c node) (int, actor.Kind) {
	form := strings.ToLower(s.tr.w(c).Form)
	kind, ok := pairNouns[form]
	if !ok {
		return s.barePair(c, form)
	}
	two := false
	for _, k := range s.tr.kids(c, is("nummod", "det")) {
		if w := strings.ToLower(s.tr.w(k).Form); w == "two" || w == "both" {
			two = true
		}
	}
	toks := s.tokensOf(c)
	if !two || len(toks) == 0 {
		return -1, ""
	}
	return toks[0], kind
}

// pairHeads are the words that, right after "the", stand alone for the
// two parties named before them ("Aso invited Ban when the two met": Aso
// and Ban meet), and pairAlone those that do so with no determiner ("Both
// agreed to meet again") (data/words.yaml).
var (
	pairHeads = wordList("pair_heads")
	pairAlone = wordList("pair_alone")
)

// barePair returns the token of the subject c, of lower-cased form, when
// it is a pair phrase with no noun of its kind ("the two", "the pair",
// "both"), said of any state, body or person; -1 when it is none, or when
// an "of" phrase says whom it counts ("both of whom", told of the men
// just named, not of the parties before them).
func (s *syntax) barePair(c node, form string) (int, actor.Kind) {
	toks := s.tokensOf(c)
	if len(toks) == 0 || len(s.tr.kids(c, is("nmod"))) > 0 {
		return -1, ""
	}
	i := toks[0]
	switch {
	case pairAlone[form]:
		return i, ""
	case pairHeads[form] && i > s.first && s.low[i-1-s.first] == "the":
		return i, ""
	}
	return -1, ""
}

// resolvePair returns the two actors a "the two countries" phrase at token
// i stands for: the first two of its kind (a state for "countries", a
// person for "leaders", a state or body, or else two persons, for
// "sides") named together in the nearest stretch that names two: the words
// of its own sentence before it, else one of the pairSentences sentences
// before ("King Abdullah met Bush on Monday. … Khatib said. The two
// leaders agreed": the king and Bush, the two named together). Never a
// place, a name used as one, a group of no state ("guerrillas"), the one a reporting verb gives as speaking or
// spoken to ("Khatib said", "told AFP"), nor one in exclude. False when no
// such stretch names two.
func (s *syntax) resolvePair(i int, kind actor.Kind, exclude map[string]bool) ([]actor.Mention, bool) {
	if ms, ok := s.pairIn(s.first, i, kind, exclude); ok {
		return ms, true
	}
	for si := s.index - 1; si >= 0 && si >= s.index-pairSentences; si-- {
		ts := s.d.in.Sentences[si]
		ps := &syntax{d: s.d, index: si, first: ts.First, last: ts.Last}
		for j := ts.First; j < ts.Last; j++ {
			ps.low = append(ps.low, strings.ReplaceAll(strings.ToLower(s.tok(j).Text), "’", "'"))
		}
		if ms, ok := ps.pairIn(ts.First, ts.Last, kind, exclude); ok {
			return ms, true
		}
	}
	return s.pairAcross(i, kind, exclude)
}

// pairAcross returns the two actors a pair phrase at token i stands for
// when no one stretch names both: the one its own sentence names before
// it, and the nearest other of its sort named in the pairSentences
// sentences before ("Ruritania's minister Jan Roe met Sylvania's Ann Poe
// in May. … Roe invited her when the two met": Roe and Poe); false
// when its sentence names none or more than one before it.
func (s *syntax) pairAcross(i int, kind actor.Kind, exclude map[string]bool) ([]actor.Mention, bool) {
	own, _ := s.pairIn(s.first, i, kind, exclude)
	if len(own) != 1 {
		return nil, false
	}
	ex := map[string]bool{own[0].ActorID: true}
	for id := range exclude {
		ex[id] = true
	}
	for si := s.index - 1; si >= 0 && si >= s.index-pairSentences; si-- {
		ts := s.d.in.Sentences[si]
		ps := &syntax{d: s.d, index: si, first: ts.First, last: ts.Last}
		for j := ts.First; j < ts.Last; j++ {
			ps.low = append(ps.low, strings.ReplaceAll(strings.ToLower(s.tok(j).Text), "’", "'"))
		}
		ms, _ := ps.pairIn(ts.First, ts.Last, kind, ex)
		for _, m := range ms {
			if (m.Kind == actor.Person) == (own[0].Kind == actor.Person) {
				return []actor.Mention{own[0], m}, true
			}
		}
	}
	return nil, false
}

// pairIn returns the first two actors of tokens [from, to) of the
// sentence that a "the two countries" phrase of kind may stand for (see
// resolvePair); for "sides" (no kind) the second is of the first's sort, a
// person for a person, else a state or body.
func (s *syntax) pairIn(from, to int, kind actor.Kind, exclude map[string]bool) ([]actor.Mention, bool) {
	var ms []actor.Mention
	seen := map[string]bool{}
	for j := from; j < to && len(ms) < 2; j++ {
		a := s.d.actorAt[j]
		if a < 0 {
			continue
		}
		m := s.d.in.Actors[a]
		if seen[m.ActorID] || exclude[m.ActorID] || m.Location || m.Kind == actor.Place || strings.HasPrefix(m.ActorID, actor.AgentPrefix+"-:") {
			continue
		}
		if kind != "" && m.Kind != kind || kind == actor.Country && strings.HasPrefix(m.ActorID, actor.AgentPrefix) {
			continue
		}
		if len(ms) == 1 && (m.Kind == actor.Person) != (ms[0].Kind == actor.Person) {
			continue
		}
		seen[m.ActorID] = true
		if s.speakerAt(j) || s.newsNamed(m) {
			continue
		}
		ms = append(ms, m)
	}
	return ms, len(ms) == 2
}

// newsNamed reports whether the mention m is of an organization named as
// a news organization (a wire service or a name with a media word: "AFP",
// "the Korea Times"): it reports what the sides do, it is none of them,
// whatever verb tells what it was told ("confirmed to AFP").
func (s *syntax) newsNamed(m actor.Mention) bool {
	return m.Kind == actor.Organization && (newsName(m.Text) || newsName(s.d.name(m.ActorID)))
}

// speakerAt reports whether the name at token i is, by the tree, the
// subject of a reporting verb ("Khatib said") or what it is told to ("told
// AFP").
func (s *syntax) speakerAt(i int) bool {
	d, n, ok := s.treeAt(i)
	if !ok {
		return false
	}
	for range pronounDepth {
		switch d.rel(n) {
		case "flat", "compound", "nmod:desc", "appos":
			h, ok := d.head(n)
			if !ok {
				return false
			}
			n = h
			continue
		}
		break
	}
	h, ok := d.head(n)
	if !ok || !d.lemmaIn(h, s.d.lx.reporting) {
		return false
	}
	switch baseRel(d.rel(n)) {
	case "nsubj", "obj", "iobj", "obl":
		return true
	}
	return false
}
