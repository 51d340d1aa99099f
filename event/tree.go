package event

import (
	"slices"
	"sort"
	"strings"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/nlp/conllu"
	"github.com/chronograph-news/chronograph/nlp/wordnet"
	"github.com/chronograph-news/chronograph/token"
)

// The dependency analysis (Input.Parse) is asked for one sentence at a
// time, the first time a trigger of the sentence needs it (its modality,
// its participants), and dropped with the sentence: every sentence with a
// trigger is parsed, none other. It is laid over the document's tokens by
// byte offsets: the tokenizer of package token and the words of the parse
// differ slightly (a hyphenated compound may be one token and three words,
// or the reverse), so each token maps to the parse word it overlaps most,
// and each word to the tokens it overlaps.

// A dateline opening the sentence ("BUENOS AIRES, Nov. 6 (Xinhua) --",
// "KATHMANDU (AP) —": datelineEnd) is left out of the parse: the parser,
// trained on text without datelines, reads its city as the subject of the
// report's verb and the reporter's subject as a clause of its own. Its
// tokens have no parse word; the dateline's place and date are read from
// the tokens (datelineEnd, datelineTime).

// node is one word of a sentence's parse: its index (0-based) in it.
type node int

// noNode marks a token without a parse word.
const noNode node = -1

// tree is the dependency analysis of one sentence.
type tree struct {
	words []conllu.Token
	// nodeAt maps each token of the sentence (index i-first) to its parse
	// word; children lists the dependents of each word, in word order.
	nodeAt   []node
	children [][]node
	// lem gives the candidate lemmas of a lower-case word (analysis.lem).
	lem func(string) []string
}

// tree returns the dependency analysis of the sentence, asking Input.Parse
// for it on first use; nil without a parser (the word windows then stand
// in for it).
func (s *syntax) tree() *tree {
	if s.parsed {
		return s.tr
	}
	s.parsed = true
	in := s.d.in
	if in.Parse == nil {
		return nil
	}
	ts := in.Sentences[s.index]
	// a syntax spanning its sentence exactly reads the tree any other
	// syntax of that sentence made (treecache.go)
	whole := s.first == ts.First && s.last == ts.Last
	if whole {
		if tr, ok := s.d.trees.get(s.index); ok {
			s.tr = tr
			return tr
		}
	}
	s.tr = s.parse(ts)
	if whole {
		s.d.trees.put(s.index, s.tr)
	}
	return s.tr
}

// parse asks Input.Parse for the tree of sentence ts, laid over its
// tokens; nil when the parse gives no word.
func (s *syntax) parse(ts token.Sentence) *tree {
	in := s.d.in
	start := ts.Start
	if de := s.datelineEnd(); de > s.first && de < s.last {
		start = s.tok(de).Start // the report's words alone: see datelines above
	}
	ws := in.Parse(in.Text, start, ts.End).Tokens
	if len(ws) == 0 {
		return nil
	}
	for _, repair := range treeRepairs {
		ws = repair(ws)
	}
	tr := &tree{words: ws, nodeAt: make([]node, s.last-s.first), children: make([][]node, len(ws)), lem: s.d.lem}
	best := make([]int, len(tr.nodeAt)) // overlap of the word chosen so far
	for i := range tr.nodeAt {
		tr.nodeAt[i] = noNode
	}
	toks := in.Tokens[s.first:s.last]
	for wi, w := range ws {
		if w.Start < 0 || w.End <= w.Start || w.End > len(in.Text) {
			continue
		}
		first, end := tokenRange(toks, w.Start, w.End)
		for ti := first; ti < end; ti++ {
			o := min(w.End, toks[ti].End) - max(w.Start, toks[ti].Start)
			if o > best[ti] {
				best[ti], tr.nodeAt[ti] = o, node(wi)
			}
		}
		if h := w.Head - 1; h >= 0 && h < len(ws) && h != wi {
			tr.children[h] = append(tr.children[h], node(wi))
		}
	}
	return tr
}

// treeNode returns the parse word of token i, if any.
func (s *syntax) treeNode(i int) (node, bool) {
	if i < s.first || i >= s.last {
		return noNode, false
	}
	tr := s.tree()
	if tr == nil {
		return noNode, false
	}
	n := tr.nodeAt[i-s.first]
	return n, n >= 0
}

// treeAt returns the sentence's tree and the parse word of token i; false
// without a parse or a word there.
func (s *syntax) treeAt(i int) (*tree, node, bool) {
	n, ok := s.treeNode(i)
	if !ok {
		return nil, noNode, false
	}
	return s.tree(), n, true
}

// w returns the parse word of n.
func (t *tree) w(n node) *conllu.Token { return &t.words[n] }

// head returns the head of n, or false at the root.
func (t *tree) head(n node) (node, bool) {
	h := t.w(n).Head - 1
	if h < 0 || h >= len(t.words) {
		return noNode, false
	}
	return node(h), true
}

// rel returns the relation of n to its head ("nsubj", "obl:agent"...).
func (t *tree) rel(n node) string { return t.w(n).DepRel }

// baseRel returns the relation without its subtype ("nmod:poss" → "nmod").
func baseRel(r string) string {
	b, _, _ := strings.Cut(r, ":")
	return b
}

// kids returns the dependents of n whose relation matches, in word order.
func (t *tree) kids(n node, match func(rel string) bool) []node {
	var out []node
	for _, c := range t.children[n] {
		if match(t.rel(c)) {
			out = append(out, c)
		}
	}
	return out
}

// hasDepWord reports whether n has a dependent of a relation rels
// accepts whose word ok accepts (given lower-cased, with its UPOS): the
// one walk behind the relative-subject tests (tree.relativeSubject,
// syntax.relativeSubject, syntax.relativePronounSubject) and the perfect
// auxiliary tests (syntax.ownPerfect, sent.presentPerfect), which differ
// in the relations and words they take.
func (t *tree) hasDepWord(n node, rels func(string) bool, ok func(form, upos string) bool) bool {
	for _, k := range t.kids(n, rels) {
		if w := t.w(k); ok(strings.ToLower(w.Form), w.UPOS) {
			return true
		}
	}
	return false
}

// is returns a matcher of the relations given.
func is(rels ...string) func(string) bool {
	return func(r string) bool {
		for _, x := range rels {
			if r == x {
				return true
			}
		}
		return false
	}
}

// caseWord returns the preposition marking an oblique or a noun modifier
// ("with", "against"), lower-cased, or "" for none. A two-word preposition
// ("according to", "ahead of") gives its last word.
func (t *tree) caseWord(n node) string {
	c := ""
	for _, k := range t.kids(n, is("case")) {
		c = strings.ToLower(strings.ReplaceAll(t.w(k).Form, "’", "'"))
		for _, f := range t.kids(k, is("fixed")) {
			c = strings.ToLower(t.w(f).Form)
		}
	}
	return c
}

// ofNoun returns the first common noun that an "of" phrase hangs on n
// ("part of the roof", "all of the demands"), or noNode.
func (t *tree) ofNoun(n node) node {
	for _, k := range t.kids(n, is("nmod")) {
		if t.caseWord(k) == "of" && t.w(k).UPOS == "NOUN" {
			return k
		}
	}
	return noNode
}

// casePhrase returns every word of the preposition marking an oblique or a
// noun modifier, in text order and lower-cased ("out of", "ahead of",
// "with"), as a headline says it; "" for none.
func (t *tree) casePhrase(n node) string {
	var ws []node
	for _, k := range t.kids(n, is("case")) {
		ws = append(ws, k)
		ws = append(ws, t.kids(k, is("fixed"))...)
	}
	slices.Sort(ws)
	out := make([]string, len(ws))
	for i, k := range ws {
		out[i] = strings.ToLower(strings.ReplaceAll(t.w(k).Form, "’", "'"))
	}
	return strings.Join(out, " ")
}

// markWord returns the subordinator marking the clause at n ("for" of
// "for launching"), lower-cased, or "" for none.
func (t *tree) markWord(n node) string {
	m := ""
	for _, k := range t.kids(n, is("mark")) {
		m = strings.ToLower(t.w(k).Form)
	}
	return m
}

// tokensOf returns the document tokens the word n overlaps.
func (s *syntax) tokensOf(n node) []int {
	w := s.tr.w(n)
	toks := tokensIn(s.d.in.Tokens[s.first:s.last], w.Start, w.End)
	for k := range toks {
		toks[k] += s.first
	}
	return toks
}

// parsedNoun reports whether the parse reads token i as a common noun
// heading or modifying a noun phrase ("condemned Monday's suicide bomb
// attack", where the words before "attack" look like a subject): the
// tagger has the whole sentence, the word-window tests only a few words.
// A document of one sentence, a news item in the present tense ("Putin
// visits Moscow"), keeps its own rules.
func (s *syntax) parsedNoun(i int) bool {
	if s.d.in.Item || s.tree() == nil {
		return false
	}
	n, ok := s.treeNode(i)
	if !ok {
		return false
	}
	w := s.tr.w(n)
	if w.UPOS != "NOUN" || w.XPOS != "NN" && w.XPOS != "NNS" {
		return false
	}
	switch s.tr.rel(n) {
	case "obj", "nsubj", "nsubj:pass", "obl", "nmod", "nmod:poss", "appos", "compound", "conj":
		return len(s.tr.kids(n, is("det", "nmod:poss", "amod", "compound", "case", "nummod"))) > 0
	}
	return false
}

// actorWord returns the actor phrase the word n is part of.
func (s *syntax) actorWord(n node) (np, bool) {
	for _, ti := range s.tokensOf(n) {
		if p, ok := s.mentionAt(ti); ok {
			return p, true
		}
	}
	return np{}, false
}

// phraseActors returns the actors a noun phrase headed by n names: the
// head's own name, else the name it stands in apposition to or is
// described by ("negotiator Saeb Erakat", "the president, Putin"), else a
// name modifying it ("Hamas militants", "North Korean troops", "Russia's
// army", "delegations from China", "the president of Iran"); and those of
// the phrases coordinated with it ("Kim and Putin"). An adjective or a
// possessor names the phrase's actor only for a subject (affiliated) or a
// head noun that stands for a party or a group of people ("Russian
// troops", "killing three Palestinian militants"; not "in an Israeli air
// strike").
func (s *syntax) phraseActors(n node, subject bool) []np {
	var out []np
	s.collectPhrase(n, subject, &out, 0)
	return out
}

// levelAdjectives name a level of a state's government ("local
// authorities", "the provincial government") (data/words.yaml).
var levelAdjectives = wordList("level_adjectives")

// levelOnly reports whether every modifier of the noun at n (compound,
// adjective, possessor) is one of levelAdjectives: "local authorities",
// "the government", not "the rebel government" nor "its government".
func (s *syntax) levelOnly(n node) bool {
	for _, k := range s.tr.kids(n, modRels) {
		if !levelAdjectives[strings.ToLower(s.tr.w(k).Form)] {
			return false
		}
	}
	return true
}

// officeNouns name a state's office by its portfolio ("the foreign
// ministry"); definite, a subject, and told by lower-case words alone, one
// stands for the state the story names most (data/words.yaml).
var officeNouns = wordList("office_nouns")

// portfolioOnly reports whether the noun at n is modified by lower-case
// adjectives and nouns alone, besides its determiner ("the foreign
// ministry", "the health ministry"; not "the Kestrian foreign ministry",
// "the rebels' ministry", "the ministry of Sylvania").
func (s *syntax) portfolioOnly(n node) bool {
	d := s.tr
	if len(d.kids(n, is("nmod", "nmod:poss", "appos", "flat", "flat:name", "conj"))) > 0 {
		return false
	}
	mods := d.kids(n, is("amod", "compound"))
	for _, k := range mods {
		w := d.w(k)
		if w.UPOS != "ADJ" && w.UPOS != "NOUN" || w.Form != strings.ToLower(w.Form) || len(d.children[k]) > 0 {
			return false
		}
		if toks := s.tokensOf(k); len(toks) == 0 || s.d.actorAt[toks[0]] >= 0 {
			return false
		}
	}
	return len(mods) > 0
}

// actingOffice reports whether the office noun at n is the subject of a
// verb that tells no report ("the foreign ministry rejected the
// allegations"; not "..., the foreign ministry said", whose speaker is the
// source, nor "the foreign ministry announcement", a noun's modifier).
func (s *syntax) actingOffice(n node) bool {
	d := s.tr
	h, ok := d.head(n)
	return ok && baseRel(d.rel(n)) == "nsubj" && !s.reportingVerb(h)
}

// kinNouns name a person by a relative or a close attendant of the person
// who possesses them ("Shoigu's son", "his wife", "Saddam's half brother",
// "the minister's bodyguard"): that person is not the one named
// (data/words.yaml).
var kinNouns = wordList("kin_nouns")

// outsiderNouns name people tied to a body or a person from outside it
// ("party donors", "the minister's critics"): a name modifying them is no
// party of their event (data/words.yaml).
var outsiderNouns = wordList("outsider_nouns")

// outsiderModifier reports whether the name p, not a country, modifies a
// noun of outsiderNouns as a compound, an adjective or a possessor ("four
// Quellit Party donors", "Moreno's critics"): the word windows take it for
// no party of the event either.
func (s *syntax) outsiderModifier(p np) bool {
	if s.actor(p).Kind == actor.Country {
		return false
	}
	n, ok := s.treeNode(p.start)
	if !ok {
		return false
	}
	d := s.tr
	for depth := 0; depth < maxConj; depth++ {
		// climb the name's own words ("Quellit" → "Party")
		h, ok := d.head(n)
		if r := d.rel(n); !ok || !(r == "compound" || baseRel(r) == "flat") {
			break
		}
		if toks := s.tokensOf(h); len(toks) == 0 || toks[0] < p.start || toks[0] >= p.end {
			break
		}
		n = h
	}
	h, ok := d.head(n)
	return ok && modRels(d.rel(n)) && outsiderNouns[strings.ToLower(d.w(h).Form)]
}

// stanceNouns make their possessor a participant of the verb they are
// the object of (data/words.yaml).
var stanceNouns = wordList("stance_nouns")

// maxConj bounds the depth of coordination followed from a phrase.
const maxConj = 8

// nameRels name the head they depend on; modRels name whom it belongs to.
var (
	nameRels = is("flat", "flat:name", "appos", "nmod:desc")
	modRels  = is("compound", "amod", "nmod:poss")
)

func (s *syntax) collectPhrase(n node, subject bool, out *[]np, depth int) {
	if depth > maxConj {
		return
	}
	d := s.tr
	if p, ok := s.actorWord(n); ok {
		if q, ok := s.looseOwner(n, p); ok {
			p = q // "rebels from the National Front": the front
		}
		if named := s.namedMembers(n, p); len(named) > 0 {
			// "ex-Soviet army officer Dmitry Kovtun": the person, not the army
			*out = append(*out, named...)
			for _, k := range d.kids(n, is("conj")) {
				s.collectPhrase(k, subject, out, depth+1)
			}
			return
		}
		group := []np{p}
		if strings.HasPrefix(s.actor(p).ActorID, actor.AgentPrefix) {
			// "the U.S. and South Korean militaries": the group's other
			// countries modify it too
			for _, k := range d.kids(n, is("compound", "amod")) {
				if q, ok := s.actorWord(k); ok && s.actor(q).ActorID != s.actor(p).ActorID {
					group = append(group, q)
				}
			}
			sort.Slice(group, func(i, j int) bool { return group[i].start < group[j].start })
		}
		*out = append(*out, group...)
		for _, k := range s.listedCountries(n, p) {
			s.collectPhrase(k, subject, out, depth+1)
		}
	} else if w := d.w(n); w.UPOS == "NOUN" || w.UPOS == "PROPN" || w.UPOS == "ADJ" || w.UPOS == "NUM" || w.UPOS == "X" {
		lw := strings.ToLower(w.Form)
		before := len(*out)
		// the end of n's own actors: the conjuncts collected after them
		// ("the government and the rebels") leave n unresolved still
		own := -1
		mine := func() int {
			if own < 0 {
				return len(*out)
			}
			return own
		}
		put := func(q np) {
			*out = slices.Insert(*out, mine(), q)
			if own >= 0 {
				own++
			}
		}
		defer func() {
			if mine() == before && singularTitle(lw) {
				// "met with the Palestinian president, Mahmoud Abbas": the
				// name set after the title, whatever the parse hangs it on
				if q, ok := s.titleAppositive(n, lw); ok {
					put(q)
				}
			}
			if mine() == before && subject && singularTitle(lw) && s.definiteNode(n) {
				// "the prime minister called for": the person of that title named before
				if toks := s.tokensOf(n); len(toks) > 0 {
					if q, ok := s.titledPerson(toks[0], "", lw); ok {
						put(q)
					}
				}
			}
			if mine() == before && subject && stateNouns[lw] && s.levelOnly(n) && (s.definiteNode(n) || len(d.kids(n, modRels)) > 0) {
				// "the government released", "local authorities
				// evacuated": the state the story names most
				if toks := s.tokensOf(n); len(toks) > 0 {
					if q, ok := s.salientState(toks[0]); ok {
						put(q)
					}
				}
			}
			if mine() == before && subject && officeNouns[lw] && s.definiteNode(n) && s.portfolioOnly(n) && s.actingOffice(n) {
				// "the foreign ministry rejected the allegations": the
				// state the story names most, as for "the government",
				// when one stands out
				if toks := s.tokensOf(n); len(toks) > 0 {
					if q, ok := s.soleSalientState(toks[0]); ok {
						put(q)
					}
				}
			}
			if mine() == before && subject && (titleWord(lw) || stateNouns[lw]) && !s.offOfficeTitle(n, np{}) {
				// "the country's intelligence chief warned": the state
				// the story names most
				if q, ok := s.countryPossessor(n); ok {
					put(q)
				}
			}
			if mine() == before && subject && countryNouns[lw] {
				// "Kim said his country stood ready": the state of the
				// person the pronoun stands for (ownCountry)
				if q, ok := s.ownCountry(n); ok {
					put(q)
				}
			}
		}()
		if settlementNouns[lw] {
			// "the Croatian town of Vukovar": Vukovar, not Croatia
			for _, k := range d.kids(n, is("nmod")) {
				if p, ok := s.actorWord(k); ok && d.caseWord(k) == "of" {
					*out = append(*out, p)
					return
				}
			}
		}
		count := quantityNouns[lw] || w.UPOS == "NUM"
		party := s.d.lemmaIn(lw, partyNouns) || titles[lw] || groupNouns[lw] || agentNouns[lw] || memberNouns[lw] || count
		found := false
		// a party noun, not a title, that opens the sentence is no name
		// for its capital ("Personnel of the army killed", openingnoun.go)
		propn := w.UPOS == "PROPN" && !(party && !titles[lw] && s.opensCapitalized(n))
		if propn || len(d.kids(n, is("flat", "flat:name"))) > 0 {
			found = true // a name the gazetteer does not know: not its affiliation
			named := false
			for _, k := range d.kids(n, nameRels) {
				if p, ok := s.actorWord(k); ok {
					*out = append(*out, p)
					named = true
					break
				}
			}
			if !named && (bodyNouns[lw] || electedBodies[lw]) {
				// "Kenya's House of Representatives ruled", a body's
				// name the gazetteer does not know: the state it is
				// told of acts by it, as "Iran's parliament" does
				if p, ok := s.bodyState(n); ok {
					*out = append(*out, p)
					named = true
				}
			}
			for _, k := range d.kids(n, is("nmod")) {
				if p, ok := s.actorWord(k); ok && !named && s.actor(p).Kind == actor.Person && titleWord(lw) {
					// "US Secretary of State Condoleezza Rice" parsed
					// with the name on "State": the office's holder
					*out = append(*out, p)
					break
				}
			}
		}
		for _, rels := range []func(string) bool{nameRels, modRels} {
			if found {
				break
			}
			for _, k := range d.kids(n, rels) {
				if r := d.rel(k); !subject && !party && r != "compound" && !nameRels(r) && !(r == "nmod:poss" && s.d.lemmaIn(lw, stanceNouns)) {
					continue
				}
				p, ok := s.actorWord(k)
				if ok && outsiderNouns[lw] && !nameRels(d.rel(k)) && s.actor(p).Kind != actor.Country {
					// "four Quellit Party donors", "Moreno's critics": the
					// donors and critics, not the party or person named
					continue
				}
				if ok && !nameRels(d.rel(k)) && s.actor(p).Kind != actor.Person && s.offOfficeTitle(n, p) {
					// "Brovia's former leader", "the Kestria opposition
					// chief": not the state or body named (offtitle.go)
					continue
				}
				if ok && (titles[lw] || personWord(lw)) && !stateNouns[lw] && d.rel(k) == "nmod:poss" && s.actor(p).Kind == actor.Person {
					// "Trump's envoy" is not Trump: a person's agent acts
					// apart from them; "Haniya's bodyguard" was killed,
					// not Haniya (but "Kulov's government" is the premier's
					// cabinet acting with him)
					continue
				}
				if ok && d.rel(k) == "nmod:poss" && s.d.lemmaIn(lw, kinNouns) && s.actor(p).Kind == actor.Person {
					continue // "Shoigu's son was arrested": the son, not Shoigu
				}
				if ok && singularTitle(lw) && d.rel(k) != "nmod:poss" && s.actor(p).Kind == actor.Country {
					// "the Israeli leader": the person of that country named before
					if toks := s.tokensOf(n); len(toks) > 0 {
						if q, ok := s.titledPerson(toks[0], s.actor(p).ActorID, ""); ok {
							p = q
						}
					}
				}
				if ok {
					*out = append(*out, p)
					found = true
					if r := d.rel(k); r == "amod" || r == "compound" {
						// "British and Russian investigators": each
						// modifier coordinated by "and" or "or" before the
						// noun names a party of the phrase
						for _, j := range d.kids(k, is("conj")) {
							if q, ok := s.actorWord(j); ok && j < n && len(d.kids(j, is("cc"))) > 0 && s.actor(q).ActorID != s.actor(p).ActorID {
								*out = append(*out, q)
							}
						}
					}
					break
				}
				if d.rel(k) == "nmod:poss" && depth < maxConj {
					// "Israeli soldiers' gunfire": the possessor's party
					before := len(*out)
					s.collectPhrase(k, subject, out, depth+1)
					if found = len(*out) > before; found {
						break
					}
				}
			}
		}
		if !found && !party && w.UPOS == "NOUN" && bodyNouns[lw] && s.definiteNode(n) {
			// "the commission of Zambia visited": the state whose body it is
			if p, ok := s.bodyState(n); ok {
				*out = append(*out, p)
				found = true
			}
		}
		if !found && party && !propn {
			for _, k := range d.kids(n, is("nmod")) {
				if c := d.caseWord(k); c == "at" && !count && (titles[lw] || agentNouns[lw] || s.d.lemmaIn(lw, partyNouns)) {
					// "a judge at Serbia's war crimes court", "an official
					// at the Russian embassy": the body the person serves,
					// not a place
					if p, ok := s.servedBody(k, depth); ok {
						*out = append(*out, p)
						break
					}
				}
				if c := d.caseWord(k); c == "from" || c == "of" {
					if p, ok := s.actorWord(k); ok {
						*out = append(*out, p)
						for _, j := range d.kids(k, is("conj")) {
							// "the leaders of South Africa and Niger",
							// "officials from Russia and Indonesia": each
							// name's
							s.collectPhrase(j, subject, out, depth+1)
						}
						break
					}
					if !count && d.w(k).XPOS == "NNS" {
						// "a delegation of young members of the Komei
						// Party", "officials from 21 member economies of
						// APEC": the body those members belong to
						found := false
						for _, j := range d.kids(k, is("nmod")) {
							if q, ok := s.actorWord(j); ok && d.caseWord(j) == "of" && s.actor(q).Kind == actor.Organization {
								*out = append(*out, q)
								found = true
								break
							}
						}
						if found {
							break
						}
					}
					if (count || memberNouns[lw] || s.d.lemmaIn(lw, partyNouns) && d.w(k).XPOS == "NNS") && c == "of" {
						// "hundreds of Russian soldiers": the counted phrase;
						// "supporters of the ruling party Hamas": the party's;
						// "a delegation of Mongolian entrepreneurs": theirs
						s.collectPhrase(k, subject, out, depth+1)
						break
					}
				}
			}
		}
		own = len(*out)
	}
	for _, k := range d.kids(n, is("conj")) {
		s.collectPhrase(k, subject, out, depth+1)
	}
}

// bodyState returns the state a body noun or an unknown body's name at n
// is told of: its possessor ("Kenya's House of Representatives") or its
// "of" phrase ("the commission of Zambia"), when that names a country.
func (s *syntax) bodyState(n node) (np, bool) {
	d := s.tr
	for _, k := range d.kids(n, is("nmod:poss", "nmod")) {
		if d.rel(k) == "nmod" && d.caseWord(k) != "of" {
			continue
		}
		if p, ok := s.actorWord(k); ok && s.actor(p).Kind == actor.Country {
			return p, true
		}
	}
	return np{}, false
}

// venueName reports whether the name p at k, a compound of the event
// noun n ("the Helsinki accord", "the Oslo talks"; capitalized as a
// name, "passed the Dhaka Declaration"), is a capital the actor mentions
// resolve to its state: the event's venue and a word of its name, not a
// side of it (a place of no state is a place, which the
// roles make a location already). A name joined to another by a hyphen, a
// slash or "and" stays a side ("the Moscow-Pyongyang treaty").
func (s *syntax) venueName(n, k node, p np) bool {
	d := s.tr
	if up := d.w(n).UPOS; d.rel(k) != "compound" || up != "NOUN" && up != "PROPN" || !s.eventNoun(strings.ToLower(d.w(n).Form)) {
		return false
	}
	if m := s.actor(p); m.Kind != actor.Country || s.d.in.Capital == nil || !s.d.in.Capital(m.Text) {
		return false
	}
	joint := func(w string) bool { return w == "-" || w == "–" || w == "/" || w == "and" }
	return !(p.start > s.first && joint(s.word(p.start-1)) || p.end < s.last && joint(s.word(p.end)))
}

// venueCompound reports whether the name p is a venueName of the event
// noun the parse hangs it on as a compound ("signed the Helsinki accord").
func (s *syntax) venueCompound(p np) bool {
	k, ok := s.treeNode(p.end - 1)
	if !ok {
		return false
	}
	h, ok := s.tr.head(k)
	return ok && s.venueName(h, k, p)
}

// namedMembers returns the persons named in apposition to the singular
// noun at n (or hung on it with no preposition, as the parse may hang a
// second name) when the noun's own actor p is a group of no name ("army
// officer", "police officer": actor.AgentPrefix): "ex-Soviet army officer
// Dmitry Kovtun" is Kovtun, not the Soviet military; "security forces
// under the command of Major X" stay the forces.
func (s *syntax) namedMembers(n node, p np) []np {
	d := s.tr
	if !strings.HasPrefix(s.actor(p).ActorID, actor.AgentPrefix) || d.w(n).UPOS != "NOUN" || d.w(n).XPOS != "NN" {
		return nil
	}
	var out []np
	for _, k := range d.kids(n, is("appos", "flat", "flat:name", "nmod:desc", "nmod")) {
		if d.rel(k) == "nmod" && len(d.kids(k, is("case"))) > 0 || k < n {
			continue
		}
		if q, ok := s.actorWord(k); ok && s.actor(q).Kind == actor.Person {
			out = append(out, q)
		}
	}
	return out
}

// listedCountries returns the words the parse hangs on the country name
// at n (actor p) as an apposition or as a possessor with no "'s", when
// they name other countries and n stands in a coordination: in a long
// list ("China, the United States, Australia, Japan, India and Korea
// signed") the parser reads some commas as appositions, but one country
// is never another's other name nor, with no "'s", its owner.
func (s *syntax) listedCountries(n node, p np) []node {
	d := s.tr
	a := s.actor(p)
	if a.Kind != actor.Country || d.rel(n) != "conj" && len(d.kids(n, is("conj"))) == 0 {
		return nil
	}
	var out []node
	for _, k := range d.kids(n, is("appos", "nmod:poss")) {
		if d.rel(k) == "nmod:poss" && (len(d.kids(k, is("case"))) > 0 || d.w(k).UPOS == "PRON") {
			continue // "Australia's", "its"
		}
		if q, ok := s.actorWord(k); ok && s.actor(q).Kind == actor.Country && s.actor(q).ActorID != a.ActorID {
			out = append(out, k)
		}
	}
	return out
}

// servedBody returns the actor of the institution phrase at k that a
// person's title or role is "at": its own name or the name that owns or
// qualifies it ("Serbia's war crimes court", "the Russian embassy"), but
// no place ("a judge at Kursk" is a judge of no one told).
func (s *syntax) servedBody(k node, depth int) (np, bool) {
	var body []np
	s.collectPhrase(k, true, &body, depth+1)
	for _, p := range body {
		if a := s.actor(p); a.Kind != actor.Place && !a.Location {
			return p, true
		}
	}
	return np{}, false
}

// treeArg is an actor phrase the tree attaches to a trigger, with the
// preposition marking it ("" for a subject or an object) and its relation.
type treeArg struct {
	p      np
	marker string
	rel    string
}

// antecedentGap is how many words before a relative pronoun its
// antecedent may end: the name, then a comma.
const antecedentGap = 2

// bareActive reports whether the main verb at n, whose subject the parse
// marks passive, reads as active: a root verb with no auxiliary at all
// ("was", "been", "has") and an object or a predicate after it (also as
// an oblique noun with no preposition that is no time expression) ("Calderon
// named on Thursday four ministers"). A passive with no auxiliary is a
// headline's ("Three killed in blast"), which takes no object.
func (s *syntax) bareActive(n node) bool {
	d := s.tr
	if _, hasHead := d.head(n); hasHead || len(d.kids(n, is("aux", "aux:pass", "cop"))) > 0 {
		return false
	}
	if len(d.kids(n, is("obj", "xcomp"))) > 0 {
		return true
	}
	for _, k := range d.kids(n, is("obl")) {
		if toks := s.tokensOf(k); k > n && d.w(k).UPOS == "NOUN" && len(d.kids(k, is("case"))) == 0 && len(toks) > 0 && s.d.timexAt[toks[0]] < 0 {
			return true // an object the parse took for an oblique
		}
	}
	return false
}

// treeSubject returns the subject of the verb at n as treeSubjectRaw finds
// it, set right where the parse misleads: the subject after an "according
// to" source the parse joined to it (accordingSubject), and the active
// voice of a conjunct that shares a passive one's subject
// (activeConjunct). ok is false when the tree gives no subject word.
func (s *syntax) treeSubject(n node) (subj []np, passive, ok bool) {
	subj, passive, ok = s.treeSubjectRaw(n)
	if after, found := s.accordingSubject(n); found {
		// "According to spokesman Peskov, Putin expressed": the parse
		// joined the source and the subject into one phrase
		subj, ok = after, true
	}
	if passive && s.activeConjunct(n) {
		// "Putin, who was contacted by phone, denied the rumours": the
		// subject shared with a passive conjunct acts in this one
		passive = false
	}
	if passive && s.activeInfinitive(n) {
		// "troops who were sent to fight the rebels", "was forced to
		// resign": the subject suffers the sending, but does the fighting
		passive = false
	}
	return subj, passive, ok
}

// sendingVerbs are the verbs of sending whose purpose clause the ones
// sent do (data/words.yaml sending_verbs).
var sendingVerbs = wordList("sending_verbs")

// activeInfinitive reports whether the verb at n is an active "to"
// infinitive with no subject of its own, controlled by the verb it hangs
// on (xcomp, or an adverbial clause of purpose of a verb of sending_verbs:
// "were deployed to guard"; other purposes are the agent's, "was shelled
// to punish"): it takes that verb's
// subject as its doer whatever that verb's voice ("was sent to attack",
// "were ordered to withdraw", "was asked to form a government"). Not a
// passive infinitive ("was expected to be arrested") nor a participle
// complement ("was declared elected").
func (s *syntax) activeInfinitive(n node) bool {
	d := s.tr
	r := d.rel(n)
	if r == "advcl" {
		h, ok := d.head(n)
		if !ok || !sendingVerbs[strings.ToLower(d.w(h).Lemma)] {
			return false
		}
	} else if r != "xcomp" {
		return false
	}
	return d.w(n).XPOS == "VB" && d.infinitive(n) &&
		len(d.kids(n, is("nsubj", "nsubj:pass", "aux:pass", "expl"))) == 0
}

// treeSubjectRaw returns the subject of the verb at n: its own nsubj or
// nsubj:pass (passive tells which), else the subject it shares with the
// verb it is coordinated with or controlled by ("agreed to meet", "arrived
// and met") or whose result it tells in an -ing clause with no
// subordinator ("troops raided the town, killing three"; not after a
// passive verb, whose subject suffers it), else the noun a relative clause
// modifies ("the troops who crossed"), or the main clause's for an -ing
// clause marked by a subordinator ("after meeting Kim, Putin flew to
// Hanoi": sharedSubjectMark). ok is false when the tree gives no subject
// word.
func (s *syntax) treeSubjectRaw(n node) (subj []np, passive, ok bool) {
	d := s.tr
	if d.rel(n) == "conj" && s.passiveConjunct(n) && len(d.kids(n, is("nsubj", "nsubj:pass"))) == 0 {
		// "… and were acquitted": a passive conjunct shares its
		// subject as its patient
		subj, _, ok := s.treeSubject(s.conjHead(n))
		return subj, true, ok
	}
	for depth := 0; depth < 4; depth++ {
		if k := d.kids(n, is("nsubj", "nsubj:pass", "csubj")); len(k) > 0 {
			if s.listedSubjects(k, n) {
				// "South Africa, India and Brazil have agreed": a list
				// the parse split into two subjects
				subj := append(s.phraseActors(k[0], true), s.phraseActors(k[1], true)...)
				return subj, d.rel(k[1]) == "nsubj:pass" && !s.bareActive(n), len(subj) > 0
			}
			// of two subjects the parse gives, the nearer before the verb
			// ("SEOUL, South Korea — (AP) — A top official met")
			for len(k) > 1 && k[1] < n {
				k = k[1:]
			}
			if d.rel(k[0]) == "csubj" {
				return nil, false, false
			}
			pass := d.rel(k[0]) == "nsubj:pass" && !s.bareActive(n) || d.copularParticiple(n)
			if w := d.w(k[0]); w.UPOS == "PRON" || w.UPOS == "DET" {
				h, ok := d.head(n)
				who := strings.EqualFold(w.Form, "who")
				if ok && d.rel(n) == "acl:relcl" && (relativizers[strings.ToLower(w.Form)] || strings.EqualFold(w.Form, "that")) {
					if p, ok := s.personAntecedent(h, w.Form); ok {
						return p, pass, true // "Rainsy, the president of the party who organized"
					}
					if a, ok := s.relativeEvent(h, w.Form); ok {
						return a, pass, true // "the bombings on three Amman hotels, which killed": the bombings'
					}
					a := s.phraseActors(h, true)
					if len(a) == 0 {
						a = s.appositionHead(h) // "Kenya, the country which signed": Kenya
					}
					if p, ok := s.copulaPredicateSubject(h, n); ok && len(a) == 0 {
						return p, pass, true // "the G20 is a forum which first met": the G20
					}
					if p, ok := s.ofBodyRelative(h, k[0]); ok && len(a) == 0 && !pass {
						return []np{p}, pass, true // "a splinter of Hamas, which signed": Hamas
					}
					if len(a) > 0 || !who || k[0] < 1 || d.w(k[0]-1).Form != "," || d.w(h).UPOS != "NOUN" || personWord(strings.ToLower(d.w(h).Form)) {
						return a, pass, true // "Putin, who visited"
					}
					// "a message from Putin, who vowed" with the clause hung
					// on the message, no person: "who" stands for the name
					// right before its comma
				}
				if r, ok := s.partitiveRelative(k[0]); ok {
					// "questioned the men, both of whom deny": the men,
					// who name no actor here
					return r, pass, true
				}
				if relativizers[strings.ToLower(w.Form)] {
					// a relative clause the parse took for another
					// ("Putin, who extended … and vowed" as a conjunct of
					// the main clause): the pronoun stands for the name
					// right before it
					for j := k[0] - 1; j >= 0 && j >= k[0]-antecedentGap; j-- {
						if d.w(j).UPOS == "PUNCT" {
							continue
						}
						if p, ok := s.actorWord(j); ok {
							return []np{p}, pass, true
						}
						break
					}
				}
				return nil, pass, false // a pronoun: resolved by the word windows
			}
			subj := s.phraseActors(k[0], true)
			if len(subj) == 0 {
				subj = s.whoseParty(k[0]) // "Rossi, whose party won": Rossi
			}
			return subj, pass, len(subj) > 0 // none named: the word windows may find one
		}
		r := d.rel(n)
		h, hasHead := d.head(n)
		if !hasHead {
			return nil, false, false
		}
		if r == "xcomp" || r == "advcl" && d.infinitive(n) {
			if subj, ok := s.controller(h); ok {
				return subj, false, true // "urged Russia to withdraw": Russia withdraws
			}
			if s.unnamedController(h) {
				return nil, false, true // "urged the government to resign": not the urger
			}
		}
		if r == "advcl" && s.chargeGerund(n) {
			// "accused Georgia of arresting opponents", "praised the
			// army for rescuing them": the object does the -ing act
			if subj, ok := s.controller(h); ok {
				return subj, false, true
			}
			if d.lemmaIn(h, chargeFrameVerbs) && slices.ContainsFunc(d.kids(h, is("obj")), func(o node) bool { return d.w(o).UPOS == "NOUN" }) {
				return nil, false, true // "accused the men of stealing": not the accuser
			}
		}
		switch r {
		case "conj":
			if c := s.misplacedSubject(n); c != noNode {
				// "expressed grief after an inferno killed 217": the
				// inferno kills, not who expressed grief
				return s.phraseActors(c, true), false, true
			}
			// the nearest verb conjunct before n, when a relative pronoun is
			// its subject, is the one n shares it with ("A conveyed a
			// message from B, who extended greetings and vowed": B vows,
			// though the parse joins both verbs to "conveyed")
			if c := s.subjectedConjunct(h, n); c != noNode {
				n = c
			} else {
				n = h
			}
			continue
		case "xcomp":
			n = h
			continue
		case "advcl":
			if d.w(n).XPOS == "VBN" && (n < h || len(d.kids(n, is("obl:agent"))) > 0) && len(d.kids(n, is("mark", "aux", "aux:pass", "nsubj", "nsubj:pass"))) == 0 {
				// "Arrested in Moscow on Monday, Shoigu denied …": a
				// participle set before the clause says what its subject
				// underwent; after it, with a "by" agent, too ("Shoigu
				// stands accused by the report of lying")
				subj, _, ok := s.treeSubject(h)
				return subj, true, ok
			}
			if d.w(n).XPOS == "VBG" && len(d.kids(n, is("mark"))) == 0 {
				if len(d.kids(h, is("nsubj:pass", "aux:pass"))) > 0 {
					return nil, false, true // "troops were attacked, killing three": no agent told
				}
				if c, ok := s.absoluteWith(n); ok {
					// "Roe took silver with Poe of Kestria winning
					// bronze": Poe wins, not Roe
					return s.phraseActors(c, true), false, true
				}
				n = h // "troops raided the town, killing three": who raided kills
				continue
			}
			if s.joinedGerund(n, h) {
				// "Roe joined Doe in signing the accord": both sign (joined.go)
				subj, ok := s.joinedDoers(h)
				return subj, false, ok
			}
			if (d.w(n).XPOS == "VBG" || s.gerundAuxiliary(n)) && s.sharedSubjectMark(n) {
				// "after meeting Kim, Putin flew to Hanoi": Putin met;
				// "… after being convicted", "after having met" too;
				// hung on a charge's -ing clause ("criticized X for
				// delaying it while urging"), the critic's
				for d.rel(h) == "advcl" && s.chargeGerund(h) {
					if hh, ok := d.head(h); ok {
						h = hh
						continue
					}
					break
				}
				subj, _, ok := s.treeSubject(h)
				return subj, len(d.kids(n, is("aux:pass"))) > 0, ok
			}
		case "acl:relcl":
			return s.phraseActors(h, true), false, true
		case "acl":
			if subj, ok := s.copulaSubject(h); ok {
				return subj, false, true // "X is the first minister to visit"
			}
		}
		// a participle modifying a noun ("troops deployed to Kursk", "the
		// accord signed between") is left to the word windows: taking the
		// noun as its subject cost participants on the dev gold events
		return nil, false, false
	}
	return nil, false, false
}

// absoluteVerbs tell one of the parallel results a roundup lists in an
// absolute "with" clause ("with Poe winning bronze", "with the index
// rising 7 points"; data/words.yaml).
var absoluteVerbs = wordList("absolute_verbs")

// absoluteWith returns the head of the "with" phrase that ends right
// before the -ing clause of absoluteVerbs at n, whatever word the parse
// hangs it on ("took silver with Poe of Kestria winning bronze", "on
// Sunday with Kestria taking the bronze"): an absolute clause, whose doer
// is that phrase's, not the main clause's subject; not "filed a case with
// the court accusing Kestria", the filer's accusation.
func (s *syntax) absoluteWith(n node) (node, bool) {
	d := s.tr
	if n == 0 || !d.lemmaIn(n, absoluteVerbs) {
		return noNode, false
	}
	for c, k := n-1, 0; k < maxTreeWalk; k++ {
		if d.caseWord(c) == "with" && d.runEnd(c)+1 == n {
			return c, true
		}
		h, ok := d.head(c)
		if !ok || d.within(n, h) && h != n && d.runEnd(h)+1 != n {
			break
		}
		c = h
	}
	return noNode, false
}

// chargeGerund reports whether the word at n is an -ing clause marked by
// one of chargePreps ("accused Georgia of arresting", "praised the army
// for rescuing"): what its verb's object is accused or praised of, done
// by that object.
func (s *syntax) chargeGerund(n node) bool {
	d := s.tr
	return d.w(n).XPOS == "VBG" && chargePreps[d.markWord(n)]
}

// copularParticiple reports whether the word at n is an irregular past
// participle the tagger reads as an adjective after a form of "be" ("the
// general was slain in the coup", "the leader was overthrown"), with no
// object: a passive, its subject the one acted on. Regular "-ed" forms
// so tagged stay adjectives: most tell a feeling whose subject is the one
// who has it ("was disappointed", "was concerned").
func (t *tree) copularParticiple(n node) bool {
	w := t.w(n)
	f := strings.ToLower(w.Form)
	l, irr := irregular[f]
	if w.UPOS != "ADJ" || !irr || l == f || strings.HasSuffix(f, "s") || len(t.kids(n, is("obj"))) > 0 {
		return false
	}
	for _, c := range t.kids(n, is("cop")) {
		if beForms[strings.ToLower(t.w(c).Form)] {
			return true
		}
	}
	return false
}

// partitiveRelative returns the actors of the noun a partitive relative
// subject ("both of whom", "most of which") stands for: the word right
// before its comma, a name or a noun phrase of none (then no actor). ok is
// false when the subject at k is no such phrase.
func (s *syntax) partitiveRelative(k node) ([]np, bool) {
	d := s.tr
	rel := false
	for _, c := range d.kids(k, is("nmod")) {
		if f := strings.ToLower(d.w(c).Form); (f == "whom" || f == "which") && c > k {
			rel = true
		}
	}
	f := firstOfSubtree(d.words, int(k))
	if !rel || f < 2 || d.words[f-1].Form != "," {
		return nil, false
	}
	a := node(f - 2)
	if !d.nominal(a) {
		return nil, false
	}
	if p, ok := s.actorWord(a); ok {
		return []np{p}, true
	}
	return s.phraseActors(a, true), true
}

// listedSubjects reports whether the two subjects k the parse gives the
// verb at n are one list: the first set right before a comma, the second
// right after it with a conjunct of its own ("South Africa, India and
// Brazil have agreed" read as the subjects "South Africa" and "India and
// Brazil").
func (s *syntax) listedSubjects(k []node, n node) bool {
	d := s.tr
	if len(k) != 2 || k[1] > n || len(d.kids(k[1], is("conj"))) == 0 {
		return false
	}
	for _, c := range k {
		if u := d.w(c).UPOS; u != "PROPN" && u != "NOUN" {
			return false
		}
	}
	comma := lastOfSubtree(d.words, int(k[0])) + 1
	f := firstOfSubtree(d.words, int(k[1])) // the comma may hang on the second
	return comma < len(d.words) && d.words[comma].Form == "," && (f == comma || f == comma+1)
}

// misplacedSubject returns the subject the parse took for a dependent of
// another verb when it joined the finite verb at n to that verb as a
// conjunct with no coordinator nor punctuation between them ("expressed
// grief after an inferno near Mecca killed 217" read as "expressed … and
// killed", "success as Scott Dixon of New Zealand won" likewise): the noun
// phrase ending right before n (adverbs aside) that a clause connector
// ("after", "as": clauseConnectors) opens. A true list of clauses has an
// "and" or a comma before each conjunct after the first, wherever the
// parse hangs it. noNode when n is no such conjunct.
func (s *syntax) misplacedSubject(n node) node {
	d := s.tr
	h, ok := d.head(n)
	if !ok || d.rel(n) != "conj" || !d.verbal(n) || !d.finite(n) || h > n || len(d.kids(n, is("nsubj", "nsubj:pass"))) > 0 {
		return noNode
	}
	for j := h + 1; j < n; j++ {
		if u := d.w(j).UPOS; u == "CCONJ" || u == "PUNCT" {
			return noNode
		}
	}
	end := n - 1
	for end > h && (d.w(end).UPOS == "ADV" || d.within(end, n)) {
		end--
	}
	for c := h + 1; c <= end; c++ {
		if !d.nominal(c) || !d.within(c, h) || lastOfSubtree(d.words, int(c)) != int(end) {
			continue
		}
		f := node(firstOfSubtree(d.words, int(c)))
		if clauseConnectors[strings.ToLower(d.w(f).Form)] && d.rel(f) == "case" || f > h+1 && clauseConnectors[strings.ToLower(d.w(f-1).Form)] {
			return c
		}
	}
	return noNode
}

// subjectedConjunct returns the verb right before n's coordinator whose
// subject is a relative pronoun ("B, who extended greetings and vowed"),
// when the parse joins n to h, the main clause, instead of to it: n
// continues the relative clause. Else noNode.
func (s *syntax) subjectedConjunct(h, n node) node {
	d := s.tr
	if n < 2 || d.rel(n-1) != "cc" {
		return noNode
	}
	for c := n - 2; c > h; c-- {
		if !d.verbal(c) || lastOfSubtree(d.words, int(c)) != int(n)-2 {
			continue
		}
		for _, k := range d.kids(c, is("nsubj", "nsubj:pass")) {
			if relativizers[strings.ToLower(d.w(k).Form)] {
				return c
			}
		}
	}
	return noNode
}

// treeComplements returns the objects, obliques and noun modifiers of the
// word n that name actors.
func (s *syntax) treeComplements(n node, noun bool) []treeArg {
	d := s.tr
	var out []treeArg
	for _, c := range d.children[n] {
		r := d.rel(c)
		marker := ""
		switch {
		case r == "obj" && !noun:
		case r == "xcomp" && !noun && s.nameComplement(n, c):
			// "named Shoigu as minister" read with the name as a
			// complement clause: the verb's object
		case r == "xcomp" && !noun && s.attributiveParticiple(n, c):
			// "met visiting Minister Lavrov": the name the participle
			// was given for object is the verb's
			for _, o := range d.kids(c, is("obj")) {
				for _, p := range s.phraseActors(o, false) {
					out = append(out, treeArg{p, "", "obj"})
				}
			}
			continue
		case !noun && baseRel(r) == "obl" && strings.EqualFold(d.w(c).Form, "whom") && d.caseWord(c) == "":
			r = "obj" // "Gomes, whom Vieira sacked" read with "whom" as an oblique
		case r == "iobj" && !noun:
			marker = "to"
		case r == "obl:agent":
			marker = "by"
		case baseRel(r) == "obl" && r != "obl:tmod" && r != "obl:npmod":
			marker = d.caseWord(c)
			if marker == "" {
				continue
			}
		case r == "nmod" && noun:
			marker = d.caseWord(c)
			if marker == "" {
				continue
			}
		default:
			continue
		}
		if !noun && r != "obj" && s.inCharge(n, c) {
			continue // "accused Vell of collusion with Brovia": the charge's (chargeobliques.go)
		}
		if marker == "as" && !noun {
			// "named Shoigu as defence minister and Lavrov as foreign
			// minister": a name the parse joins to the office is a second
			// object; the office's own words stay its
			for _, k := range s.officeConjuncts(c) {
				if p, ok := s.actorWord(k); ok {
					out = append(out, treeArg{p, "", "obj"})
				}
			}
		}
		ps := s.phraseActors(c, r == "obl:agent")
		if r == "obj" {
			ps = append(ps, s.relativeObject(n, c)...)
		}
		for _, p := range ps {
			out = append(out, treeArg{p, marker, r})
		}
		if !noun {
			// "met with leader Kim in Pyongyang": the place the parse
			// hangs on the complement is the event's; "was killed in the
			// town by soldiers' gunfire": a "by" phrase it hangs there
			// is a passive verb's agent
			for _, k := range d.kids(c, is("nmod")) {
				cw := d.caseWord(k)
				if cw == "by" && len(d.kids(n, is("nsubj:pass", "aux:pass"))) > 0 {
					for _, p := range s.phraseActors(k, true) {
						out = append(out, treeArg{p, "by", "obl:agent"})
					}
					continue
				}
				if cw != "in" && cw != "at" {
					continue
				}
				for _, p := range s.phraseActors(k, false) {
					if a := s.actor(p); a.Kind == actor.Place || a.Location {
						out = append(out, treeArg{p, cw, "nmod"})
					}
				}
			}
		}
	}
	return out
}

// relativeObject returns the person or organization named right before
// the relative pronoun c that is the object of the verb at n ("Vell, whom
// Osk sacked on Monday": Osk sacked Vell; "the Socialist Party which Osk
// dismissed from government"), also when the parse joins the relative
// clause to the main one; nil for any other object, and for a country or
// place there, which the parse often takes for the head of a relative
// clause that tells of a noun before it ("an attack in western Sudan
// which the government blamed on rebels"); "which" and "that" stand for
// no person ("a meeting with Lee which Clinton visited").
func (s *syntax) relativeObject(n, c node) []np {
	d := s.tr
	w := strings.ToLower(d.w(c).Form)
	if c > n || w != "whom" && (d.rel(n) != "acl:relcl" || !relativizers[w] && w != "that") {
		return nil
	}
	var out []np
	for _, p := range s.antecedent(c) {
		if a := s.actor(p); (a.Kind == actor.Person && w == "whom" || a.Kind == actor.Organization) && !a.Location {
			out = append(out, p)
		}
	}
	return out
}

// settlementNouns name a place an "of" phrase names (data/words.yaml).
var settlementNouns = wordList("settlement_nouns")

// leadParticiples make the name joined to them the agent of the noun
// event they modify (data/words.yaml).
var leadParticiples = wordList("lead_participles")

// treeModifiers returns the possessors and the name modifiers of the noun
// at n: "Russia's invasion", "the Putin-Kim summit", "Russian strikes".
// The name of a leading participle ("a US-led invasion",
// leadParticiples) is a possessor: it does the event.
func (s *syntax) treeModifiers(n node) (poss, mods []np) {
	d := s.tr
	for _, c := range d.children[n] {
		if r := d.rel(c); (r == "amod" || r == "compound" || r == "acl") && s.d.lemmaIn(strings.ToLower(d.w(c).Form), leadParticiples) {
			for _, k := range d.children[c] {
				if d.w(k).UPOS != "PUNCT" && k < c {
					poss = append(poss, s.phraseActors(k, true)...)
				}
			}
			continue
		}
		switch d.rel(c) {
		case "nmod:poss":
			if relativizers[strings.ToLower(d.w(c).Form)] {
				// "two settlers whose slaying of a man": the name the
				// relative pronoun follows
				poss = append(poss, s.antecedent(c)...)
				continue
			}
			poss = append(poss, s.phraseActors(c, true)...)
		case "compound", "amod", "flat":
			mods = append(mods, s.hyphenJoined(c, 0)...)
			mods = append(mods, s.phraseActors(c, true)...)
		}
	}
	return poss, mods
}

// hyphenJoined returns, in word order, the names the parse hangs on the
// modifier c as words joined to it by a hyphen ("Russia-Ukraine talks",
// "an Israeli-Palestinian-European meeting": the parse makes "Russia" a
// compound of "Ukraine"), each a modifier of the noun as c is.
func (s *syntax) hyphenJoined(c node, depth int) []np {
	d := s.tr
	if depth > maxConj {
		return nil
	}
	var out []np
	for _, k := range d.kids(c, is("compound", "amod")) {
		if k > c || !s.hyphenAfter(k) {
			continue
		}
		out = append(out, s.hyphenJoined(k, depth+1)...)
		if p, ok := s.actorWord(k); ok {
			out = append(out, p)
		}
	}
	return out
}

// hyphenAfter reports whether the word k is followed by a hyphen joining it
// to the next word ("Russia-Ukraine").
func (s *syntax) hyphenAfter(k node) bool {
	d := s.tr
	if int(k)+1 >= len(d.words) || d.w(k+1).UPOS != "PUNCT" {
		return false
	}
	f := d.w(k + 1).Form
	return f == "-" || f == "–"
}

// appositionHead returns the actors of the phrase the common noun at h
// stands in apposition to ("Kenya, the country which signed": the country
// is Kenya; "Santos, a club that won": Santos), nil when h is no
// appositive, no noun naming a party (a body, a state, a group, a title:
// not "the ANC, a bold step that led") or that phrase names none.
func (s *syntax) appositionHead(h node) []np {
	d := s.tr
	lw := strings.ToLower(d.w(h).Form)
	if d.rel(h) != "appos" || d.w(h).UPOS != "NOUN" {
		return nil
	}
	if !bodyNouns[lw] && !countryNouns[lw] && !groupNouns[lw] && !agentNouns[lw] && !titleWord(lw) && !s.d.lemmaIn(lw, partyNouns) {
		return nil // "the ANC, a bold step that led to": no actor's noun
	}
	a, ok := d.head(h)
	if !ok {
		return nil
	}
	if p, ok := s.actorWord(a); ok {
		return []np{p}
	}
	return nil
}

// ofBodyRelative returns the organization a "which" at c stands for when
// the parse hangs its clause on the noun h the organization's "of" phrase
// follows, right before the pronoun's comma: "a splinter of Hamas, which
// signed a truce", "the armed wing of the Kestrel Front, which claimed the
// attack", also with its acronym in brackets: the nearer name, not the
// noun before it, which names no actor
// (the caller checks the noun's phrase names none). An event noun's "of"
// phrase ("the resignation of X, which shocked") is left to relativeEvent,
// a state or a place ("the capital of Borduvia, which") to the clause's
// noun.
func (s *syntax) ofBodyRelative(h, c node) (np, bool) {
	d := s.tr
	if !strings.EqualFold(d.w(c).Form, "which") || c < 2 || d.w(c-1).Form != "," || d.w(h).UPOS != "NOUN" || s.eventNoun(strings.ToLower(d.w(h).Form)) {
		return np{}, false
	}
	j := c - 2
	if d.w(j).Form == ")" {
		j-- // "the Kestrel Front (KF), which": its acronym in brackets
	}
	p, ok := s.actorWord(j)
	if !ok {
		return np{}, false
	}
	if a := s.actor(p); a.Kind != actor.Organization || a.Location {
		return np{}, false
	}
	n, ok := s.treeNode(p.end - 1)
	for ok && (d.rel(n) == "flat" || d.rel(n) == "flat:name" || d.rel(n) == "appos") {
		n, ok = d.head(n)
	}
	if !ok || d.rel(n) != "nmod" || d.caseWord(n) != "of" {
		return np{}, false
	}
	if hd, ok := d.head(n); !ok || hd != h {
		return np{}, false
	}
	return p, true
}

// antecedent returns the actor phrase a relative pronoun at c stands for:
// the name ending right before it (antecedentGap words, a comma allowed).
func (s *syntax) antecedent(c node) []np {
	d := s.tr
	for j := c - 1; j >= 0 && j >= c-antecedentGap; j-- {
		if d.w(j).UPOS == "PUNCT" {
			continue
		}
		if p, ok := s.actorWord(j); ok {
			return []np{p}
		}
		break
	}
	return nil
}

// sharedSubjectMarks are the subordinators of an -ing clause that shares
// the main clause's subject (data/words.yaml).
var sharedSubjectMarks = wordList("shared_subject_marks")

// sharedSubjectMark reports whether the -ing clause at n is marked by one
// of sharedSubjectMarks ("after meeting", "while visiting").
func (s *syntax) sharedSubjectMark(n node) bool { return s.markedBy(n, sharedSubjectMarks) }

// gerundAuxiliary reports whether the verb at n has an auxiliary in -ing
// before it ("being convicted", "having met"): an -ing clause whose verb is
// a participle.
func (s *syntax) gerundAuxiliary(n node) bool {
	d := s.tr
	for _, k := range d.kids(n, is("aux", "aux:pass")) {
		if k < n && d.w(k).XPOS == "VBG" {
			return true
		}
	}
	return false
}

// markedBy reports whether the clause at n is marked by one of marks: as
// its subordinator, or as the wh-adverb the parse hangs on it in the
// subordinator's place, first word of the clause ("When meeting Kim, Putin
// said": "when" an advmod of "meeting").
func (s *syntax) markedBy(n node, marks map[string]bool) bool {
	d := s.tr
	for _, k := range d.kids(n, is("mark")) {
		if marks[strings.ToLower(d.w(k).Form)] {
			return true
		}
	}
	for _, k := range d.kids(n, is("advmod")) {
		if k < n && d.w(k).XPOS == "WRB" && marks[strings.ToLower(d.w(k).Form)] && s.clauseStart(k, n) {
			return true
		}
	}
	return false
}

// clauseStart reports whether the word k opens the clause of the verb at
// n: no word of n's phrase stands before it.
func (s *syntax) clauseStart(k, n node) bool {
	for _, c := range s.tr.children[n] {
		if c < k {
			return false
		}
	}
	return true
}

// personWord reports whether the lower-case noun w, or its singular, is a
// person by WordNet's first sense ("bodyguard", "son", "driver").
func personWord(w string) bool {
	c, ok := wordnet.NounOfForm(w)
	return ok && c == wordnet.Person
}

// titleWord reports whether the lower-case word w names an office
// ("secretary", "minister", "president"): a title of titles or a person
// noun by WordNet.
func titleWord(w string) bool { return titles[w] || personWord(w) }

// copulaPredicateSubject returns the actors of the subject of the copula
// whose predicate noun is h ("the club is a loose grouping which first
// gathered in 2001": a relative clause on "grouping" tells of the club), none when h is
// no such predicate or its subject names no actor, and when a phrase of
// the noun stands between it and the relative clause at rc ("the MILF is
// a splinter of the MNLF, which signed": which may tell of the MNLF).
func (s *syntax) copulaPredicateSubject(h, rc node) ([]np, bool) {
	d := s.tr
	if len(d.kids(h, is("cop"))) == 0 {
		return nil, false
	}
	if slices.ContainsFunc(d.kids(h, is("nmod", "nmod:poss", "appos", "acl")), func(k node) bool { return k > h && k < rc }) {
		return nil, false
	}
	for _, k := range d.kids(h, is("nsubj")) {
		if p := s.phraseActors(k, true); len(p) > 0 {
			return p, true
		}
	}
	return nil, false
}

// strayState returns the adjective right after the verb at n that the
// parse hung on a time or a place the verb governs, or on a name
// compounded with one ("was found dead Wednesday morning" read as "dead
// Wednesday morning"): the state the verb leaves its patient in, as an
// xcomp would be ("was found dead"); noNode if there is none. An
// adjective of the verb's object ("found dead chickens") is none.
func (t *tree) strayState(n node) node {
	a := n + 1
	if int(a) >= len(t.words) || t.w(a).UPOS != "ADJ" || t.rel(a) != "amod" {
		return noNode
	}
	h, ok := t.head(a)
	for ok && t.rel(h) == "compound" {
		h, ok = t.head(h)
	}
	if !ok || baseRel(t.rel(h)) != "obl" {
		return noNode
	}
	if up, ok := t.head(h); !ok || up != n {
		return noNode
	}
	return a
}

// namedNoun reports whether the parse reads token i as a common noun
// with a name set flat after it ("the drug firm Acme"): no verb takes a
// name that way, so a verb-only trigger in its bare form there is the
// noun that classes the name. Only a capitalized word after it asks for
// the parse.
func (s *syntax) namedNoun(i int) bool {
	if i+1 >= s.last || !capitalized(s.tok(i+1).Text) || s.d.in.Item || s.tree() == nil {
		return false
	}
	n, ok := s.treeNode(i)
	if !ok || s.tr.w(n).UPOS != "NOUN" {
		return false
	}
	return len(s.tr.kids(n, is("flat"))) > 0
}
