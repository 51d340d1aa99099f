package event

import (
	"slices"
	"strings"
	"unicode"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/nlp/conllu"
	"github.com/chronograph-news/chronograph/nlp/wordnet"
)

// The phrases a headline names (headline.go): actors by their canonical
// names, other noun phrases by their key noun with its modifiers, people
// as the text names them, and the key place with its preposition.

// maxPhraseWords bounds the words of a noun phrase a headline names.
const maxPhraseWords = 5

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
	if unknownCapitalPlural(w) {
		return false // "Natsios warned" tagged a plural noun: a name
	}
	return w.XPOS == "NNS" || w.XPOS == "NNPS" || strings.Contains(w.Feats, "Number=Plur") || w.UPOS == "NUM" ||
		theHeadWords.pluralNouns[strings.ToLower(w.Form)]
}

// unknownCapitalPlural reports whether w, tagged a common plural noun, is
// capitalized, ends in a vowel and "s" as names do but English plurals
// rarely (nameEndings: "Natsios", "Loukas", "Karamanlis"), and is no noun
// WordNet knows in that form: a name the tagger took for a plural,
// singular in a headline. "Rebels" or "Officials" opening a sentence,
// "Children", "Thieves", "Kurds" or "Christians" stay plural.
func unknownCapitalPlural(w *conllu.Token) bool {
	if w.XPOS != "NNS" || w.Form == "" || !unicode.IsUpper(rune(w.Form[0])) {
		return false
	}
	lw := strings.ToLower(w.Form)
	if len(lw) < 3 || !nameEndings[lw[len(lw)-2:]] {
		return false
	}
	_, known := wordnet.NounOfForm(lw)
	return !known
}

// nameEndings are the word endings of names in "s" that English plurals
// rarely have ("-es" is a plural's: "Thieves", "Crises").
var nameEndings = wordList("name_endings")

// isTime reports whether the phrase at c is a time expression ("detained
// Thursday"): never a headline's object.
func (h *head) isTime(c node) bool { return h.s.timeNode(c) }

// others returns the names of the mention's participants in the roles the
// headline does not name yet, marking them named.
func (h *head) others(roles ...Role) string {
	var names []string
	for _, p := range h.m.Participants {
		if slices.Contains(roles, p.Role) && !h.used[p.ActorID] {
			h.used[p.ActorID] = true
			names = append(names, h.s.name(p.ActorID))
		}
	}
	return joinNames(names)
}

// repeatsObject reports whether a headline's "with" phrase x names again
// what its object already names, the last word of its name being a word
// of the object ("meets Helen Clark" then "with Helen Clark", "meets Ali
// Khamenei" then "with Ayatollah Ali Khamenei", "beats Serie B side
// Brescia" then "with Serie B"): the text's name of one side and the
// canonical one differ, so the actor is not known to be named.
func repeatsObject(x, object string) bool {
	rest, ok := strings.CutPrefix(x, "with ")
	f := strings.Fields(strings.ToLower(rest))
	if !ok || object == "" || len(f) == 0 {
		return false
	}
	return slices.Contains(strings.Fields(strings.ToLower(object)), f[len(f)-1])
}

// toldBefore marks named the actors the object's phrase at c names in
// its own words or in a modifier it says (a demonym, a possessor, a
// compound, an apposition: "a French plan", "American Matt Parry's world
// record", "the China-Australia trade pact", "Iraqi capital"), which the
// object's text says. Its prepositional phrases stay unnamed ("an
// agreement with China" said as "agreement").
func (h *head) toldBefore(c node) {
	s, d := h.s, h.s.tr
	if c == noNode {
		return
	}
	said := append([]node{c}, d.kids(c, is("amod", "compound", "nmod:poss", "appos", "flat", "flat:name"))...)
	for k := range d.words {
		w := node(k)
		if w != c && !slices.ContainsFunc(said[1:], func(a node) bool { return d.within(w, a) }) {
			continue
		}
		for _, ti := range s.tokensOf(w) {
			if p, ok := s.mentionAt(ti); ok {
				a := s.actor(p)
				h.used[a.ActorID] = true
				if a.Kind == actor.Place || a.Location || a.Kind == actor.Country {
					h.used[s.d.placeOf(a)] = true
				}
			}
		}
	}
}

// actorPhrase returns the canonical names of the actors the phrase at c
// names that the headline does not name yet, and whether there are any.
func (h *head) actorPhrase(c node) (string, bool) {
	s := h.s
	var names []string
	for _, p := range s.phraseActors(c, false) {
		a := s.actor(p)
		id := a.ActorID
		if a.Kind == actor.Place || a.Location || a.Kind == actor.Country {
			// a capital standing for its state is the city where a
			// preposition attaches it ("a curfew on Baghdad"), and
			// names its state too
			id = s.d.placeOf(a)
		}
		if h.used[id] {
			continue
		}
		h.used[id], h.used[a.ActorID] = true, true
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
	if len(ps) > 0 && !fresh && (subject || h.possessorName(c) == "" || h.isActorWord(c)) {
		return "", false
	}
	if h.isActorWord(c) && len(names) > 0 && !h.people(c) && !h.counted(c) {
		return joinNames(names), len(names) > 1 || groupName(s.actor(ps[0]).ActorID, names[0])
	}
	text = h.nounPhrase(c, 0)
	if theHeadWords.vague[strings.ToLower(text)] {
		return "", false
	}
	if owner := h.possessorName(c); !subject && owner != "" {
		text = possessive(owner) + " " + text // "summoned Japan's ambassador": whose
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
	plural = pluralWord(w) || w.XPOS == "" && w.UPOS == "NOUN" && pluralNoun(w.Form) || theHeadWords.partitives[strings.ToLower(w.Form)]
	return text, plural
}

// possessorName returns the name of the country or place whose
// possessive owns the common noun at c ("Iran's nuclear facilities",
// "Japan's ambassador"), or "".
func (h *head) possessorName(c node) string {
	s := h.s
	p, ok := s.stateOwner(c)
	if h.isActorWord(c) || !ok {
		return ""
	}
	a := s.actor(p)
	id := a.ActorID
	if a.Kind == actor.Place || a.Location {
		id = s.d.placeOf(a)
	}
	return s.name(id)
}

// maxOwnerWords bounds the possessor a subject keeps (ownedSubject).
const maxOwnerWords = 3

// ownedSubject returns the subject text of a headline with no agent,
// the common noun at c the text subj names, with the possessor the text
// gives it, which says whose ("China's GDP rose" → "China's GDP rises",
// "Ershad's supporters protested" → "Ershad's supporters protest"): a
// name or a common noun of at most maxOwnerWords words, never a pronoun
// ("his supporters"), a time ("Tuesday's vote") or a vague noun ("the
// country's"). A subject that holds a possessive already, or a name,
// stays as it is.
func (h *head) ownedSubject(c node, subj string) string {
	d := h.s.tr
	if w := d.w(c); subj == "" || strings.Contains(subj, "'") || w.UPOS != "NOUN" && (w.UPOS != "PROPN" || !allCaps(w.Form) || len(h.s.phraseActors(c, true)) > 0) {
		// No subject, a possessive already, or a name: only a common noun,
		// or an acronym the parse reads as a name and no actor ("GDP"), goes on.
		return subj
	}
	for _, k := range d.kids(c, is("nmod:poss")) {
		w := d.w(k)
		marked := slices.ContainsFunc(d.kids(k, is("case")), func(x node) bool { f := d.w(x).Form; return f == "'s" || f == "'" || f == "’s" || f == "’" })
		if !marked || w.UPOS != "PROPN" && w.UPOS != "NOUN" || h.isTime(k) || theHeadWords.vague[strings.ToLower(w.Form)] {
			return subj // a possessor the text marks with its "'s" alone: not "rates on mortgages" misparsed
		}
		owner := h.possessorName(c)
		if owner == "" {
			owner = h.nounPhrase(k, 1)
		}
		if owner == "" || len(strings.Fields(owner)) > maxOwnerWords || strings.Contains(strings.ToLower(subj), strings.ToLower(owner)) {
			return subj
		}
		return capitalize(possessive(owner)) + " " + lowerFirstWord(subj)
	}
	return subj
}

// lowerFirstWord returns text with its first word in lower case when that
// word is a common one a headline capitalized ("Supporters" after an
// owner: "Ershad's supporters"); a name stays.
func lowerFirstWord(text string) string {
	first, rest, _ := strings.Cut(text, " ")
	if len(first) > 1 && strings.ToUpper(first) == first {
		return text // an acronym: "GDP"
	}
	if lw := strings.ToLower(first); wordnet.SensesOfForm(lw) != nil || len(wordnet.SensesOfForm(strings.TrimSuffix(lw, "s"))) > 0 {
		first = lw
	}
	if rest == "" {
		return first
	}
	return first + " " + rest
}

// possessive returns the possessive of a name: "Japan's", "United
// States'".
func possessive(name string) string {
	if strings.HasSuffix(name, "s") {
		return name + "'"
	}
	return name + "'s"
}

// namedAgain returns how a headline names the phrase at c whose actors
// it already names (phrase gives ""): the text's noun phrase of a
// common noun ("Japan's prime minister" → "prime minister"), the
// actors' names of a name ("the African Union"), or "": a phrase naming
// no actor, a vague noun ("the country"), or a name of the headline's
// own subject, which would read twice (a common noun naming a body of
// that subject keeps its own words: "parliament").
func (h *head) namedAgain(c node) (text string, plural bool) {
	s, d := h.s, h.s.tr
	ps := s.phraseActors(c, true)
	if len(ps) == 0 {
		return "", false
	}
	if h.isActorWord(c) && !h.people(c) && !h.counted(c) {
		var names []string
		for _, p := range ps {
			a := s.actor(p)
			id := a.ActorID
			if a.Kind == actor.Place || a.Location {
				id = s.d.placeOf(a)
			}
			if name := s.name(id); !slices.Contains(names, name) {
				names = append(names, name)
			}
		}
		subjects := h.agents
		if h.saidBy != "" {
			subjects = []string{h.saidBy}
		}
		if slices.ContainsFunc(names, func(n string) bool {
			return slices.ContainsFunc(subjects, func(s string) bool { return strings.EqualFold(s, n) })
		}) {
			// the headline's own subject named again reads as a repeat
			// ("Hezbollah threatens Hezbollah would go"); the speaker's
			// country is said when the headline names the speaker
			// otherwise ("Senior US official says United States sees
			// opportunities"); a common noun naming a body of the
			// subject's own side is that body ("Iran warns parliament
			// could block inspections"), no repeat
			if d.w(c).UPOS == "NOUN" {
				if text := h.nounPhrase(c, 0); text != "" && !theHeadWords.vague[strings.ToLower(text)] {
					return text, pluralWord(d.w(c))
				}
			}
			return "", false
		}
		return joinNames(names), len(names) > 1 || groupName(s.actor(ps[0]).ActorID, names[0])
	}
	text = h.nounPhrase(c, 0)
	if theHeadWords.vague[strings.ToLower(text)] {
		return "", false
	}
	return text, pluralWord(d.w(c))
}

// counted reports whether the phrase at c counts its people or things
// ("nine Afghans", "ten pirates"): a headline keeps the count the actor's
// name would lose.
func (h *head) counted(c node) bool {
	d := h.s.tr
	for _, k := range d.kids(c, is("nummod")) {
		if !h.isTime(k) {
			return true
		}
	}
	return false
}

// nounPhrase returns the words of the noun phrase headed by c a headline
// keeps: the head with its compounds, adjectives, numbers and names
// before it, vague modifiers left out ("a major mutual defense treaty" →
// "mutual defense treaty"); a counted or collective head takes its "of"
// phrase ("hundreds of Palestinians", "a series of bombings"), as does a
// number counting a plural ("three of six stages", "71 hostages").
func (h *head) nounPhrase(c node, depth int) string {
	d := h.s.tr
	w := d.w(c)
	lw := strings.ToLower(w.Form)
	for _, k := range d.kids(c, is("nmod")) {
		if d.caseWord(k) != "of" || depth > 1 {
			continue
		}
		if theHeadWords.collective[lw] && !h.singularName(k) || theHeadWords.namedByOf[lw] && d.w(k).UPOS == "PROPN" {
			// "a series of bombings", "the city of Kursk"; but "a group
			// of Thailand" is a group from it, not the country
			return h.nounPhrase(k, depth+1)
		}
		if quantityNouns[lw] && !h.singularName(k) {
			return lw + " of " + h.nounPhrase(k, depth+1)
		}
		if w.UPOS == "NUM" && d.w(k).UPOS == "NOUN" && pluralWord(d.w(k)) {
			// "won three of the six stages": a number alone says
			// three of nothing; with no count of its own the phrase
			// counts the noun ("71 of the hostages" → "71 hostages"),
			// but "one" would need the singular and stays alone
			if counted := slices.ContainsFunc(d.kids(k, is("nummod")), func(x node) bool { return !h.isTime(x) }); counted {
				return lw + " of " + h.nounPhrase(k, depth+1)
			} else if lw != "one" {
				return lw + " " + h.nounPhrase(k, depth+1)
			} else if one := h.singular(k, h.nounPhrase(k, depth+1)); one != "" {
				return "one " + one // "one of his bodyguards" → "one bodyguard"
			}
		}
	}
	for _, k := range d.kids(c, func(r string) bool { return baseRel(r) == "nmod" || baseRel(r) == "obl" }) {
		if theHeadWords.partitives[lw] && d.caseWord(k) == "of" && depth <= 1 && d.nominal(k) {
			// "several of his friends", parsed with the "of" phrase as
			// the quantifier's oblique: "several" alone says no one,
			// "several friends" says it as headlines do
			return lw + " " + h.nounPhrase(k, depth+1)
		}
		if theHeadWords.units[lw] && d.nominal(k) {
			// "1,159 kilograms of red-yolk eggs": the measure with what
			// it measures
			return h.join(append(h.modifiers(c, 0), c)) + " of " + h.nounPhrase(k, depth+1)
		}
	}
	if titles[lw] {
		if name := h.nameAfterPost(c); name != "" {
			return name // "Secretary of State Condoleezza Rice" parsed with the name flat on the title
		}
		// "Israeli Foreign Minister Silvan Shalom": the name
		for _, k := range d.kids(c, is("appos", "flat", "flat:name")) {
			if d.w(k).UPOS == "PROPN" {
				return h.nounPhrase(k, depth+1)
			}
		}
		// the name right after the title, wherever the parse hangs it
		var name []string
		for k := int(c) + 1; k < len(d.words) && d.w(node(k)).UPOS == "PROPN" && d.rel(node(k)) != "conj" && !h.isTime(node(k)); k++ {
			name = append(name, d.w(node(k)).Form)
		}
		if len(name) > 0 && len(name) <= maxPhraseWords {
			return strings.Join(name, " ")
		}
	}
	words := append(h.modifiers(c, 0), c)
	if depth == 0 && c != h.event {
		words = append(words, h.possessorWords(c)...) // "women's federations", "Children's Hospital"
	}
	for _, k := range words {
		if hd, ok := d.head(k); ok && d.rel(k) == "amod" {
			words = append(words, h.adjectiveConjuncts(k, hd)...) // "Chinese and Indian troops"
		}
	}
	words = h.hyphenated(words)
	if k := c - 1; k >= 1 && len(words) == 1 && len(d.kids(c, is("nummod", "det"))) == 0 && d.w(k).UPOS == "NUM" && !h.isTime(k) && !d.within(k, c) &&
		pluralWord(d.w(c)) {
		// "rose to three and 12 others were wounded", the number parsed
		// as a conjunct of the one before: it counts the noun after it
		words = h.hyphenated(append([]node{k}, words...)) // "Eighty-eight flights" split at its hyphen
	}
	if k := h.quotedHead(c); k != noNode {
		words = append(words, k) // "an 'open skies' agreement"
	}
	bare := len(words)     // the words before any "of" or complement phrase
	kept := maxPhraseWords // the most words join keeps
	ofTail := ""           // a name's "of" phrase, said by its actors' names (ofName)
	if theHeadWords.keepOf[lw] {
		// "state of emergency", "prisoners of war"
		if k := d.ofNoun(c); k != noNode {
			words = append(append(words, d.kids(k, is("case"))...), k)
		}
	} else if theHeadWords.actionNoun(lw) && depth == 0 {
		// "resumption of power-sharing negotiations", "release of
		// hostages": a noun of an act names what it is done to, whole
		// when the phrase stays short enough
		for _, k := range d.kids(c, is("nmod")) {
			if u := d.w(k).UPOS; d.caseWord(k) == "of" && (u == "NOUN" || u == "NUM" && h.nounPhrase(k, 1) == strings.ToLower(d.w(k).Form)) {
				// a number alone stands for people ("the trial of the seven")
				if more := append(append(d.kids(k, is("case")), h.modifiers(k, 0)...), k); len(words)+len(more) <= maxPhraseWords {
					words = append(words, more...)
				}
				break
			}
			if name, n := h.ofName(k); d.caseWord(k) == "of" && d.rel(c) != "nsubj" && name != "" {
				// "hailed the appointment of Karl Brenner", "condemned the
				// invasion of Lebanon": the name the act is done to (an
				// active subject's body is sideOf's: "a mission of the
				// Labour Party of Norway")
				if len(words)+n <= maxPhraseWords {
					ofTail = " of " + name
					h.markNamed(k)
				}
				break
			}
		}
	} else if part := h.partPhrase(c, depth, len(words)); part != "" {
		// "captured one third of the country", "bought a 10 percent
		// stake in Acme": a part says what it is part of (headpart.go)
		ofTail = part
	} else if depth == 0 && (len(words) == 1 || len(words) <= maxModifiedOfHead && h.describedHead(c, words)) && d.w(c).UPOS == "NOUN" && c != h.event && d.rel(c) != "nsubj" {
		// "an 'arc of prosperity'", "the founder of the gang was
		// arrested", "posted an increase in net profits": a bare noun
		// says little without its "of" phrase (a change_nouns noun, its
		// "in" phrase or the figure it reaches: "demanded an increase to
		// 200 dollars"),
		// unless it names a count, a group or a vague thing ("offices of
		// a number of ..."); the event's own noun and an active subject
		// stay short, as headlines keep them. A noun an adjective only
		// describes says as little ("protested the unfair treatment of
		// the farmers", "praised the orderly conduct of the poll": never
		// "protests unfair treatment"), its phrase bound by
		// maxModifiedOfWords (describedHead)
		limit := maxPhraseWords
		if len(words) > 1 {
			limit = maxModifiedOfWords
		}
		for _, k := range d.kids(c, is("nmod")) {
			cw := d.caseWord(k)
			if name, n := h.ofName(k); cw == "of" && name != "" {
				// "the confirmation of Karl Brenner", "the north of
				// Cyprus": whose, or of which place
				if len(words)+n <= limit {
					ofTail = " of " + name
					h.markNamed(k)
				}
				break
			}
			if lk := strings.ToLower(d.w(k).Form); (cw == "of" || cw == "in" && theHeadWords.changeNouns[lw] || cw == "to" && theHeadWords.changeNouns[lw] && h.counted(k)) && d.w(k).UPOS == "NOUN" && !h.isTime(k) &&
				!theHeadWords.collective[lk] && !theHeadWords.partitives[lk] && !theHeadWords.vague[lk] && !quantityNouns[lk] {
				if more := append(append(d.kids(k, is("case")), h.modifiers(k, 0)...), k); len(words)+len(more) <= limit {
					words, kept = append(words, more...), limit
				}
				break
			}
		}
	}
	if ofTail != "" {
		return h.join(h.hyphenated(words)) + ofTail
	}
	if depth == 0 && len(words) == 1 && c != h.event {
		// "denied any links to the killing of Hariri": a noun of a
		// relation says what it relates to
		words = append(words, h.complement(c)...)
	}
	if depth == 0 && len(words) == bare && c != h.event && d.w(c).UPOS == "NOUN" {
		words = append(words, h.whichPhrase(c, len(words))...)
	}
	return h.joinWithin(h.hyphenated(words), kept) // the "of" phrase's hyphenated words too ("human-to-human transmission")
}

// Bounds of a described noun's "of" phrase (nounPhrase, describedHead).
const (
	// maxModifiedOfHead is the most words a described noun's own phrase
	// may hold, the noun with its adjectives.
	maxModifiedOfHead = 3
	// maxModifiedOfWords is the most words the noun's phrase keeps with
	// its "of" phrase ("unfair treatment of state television channel").
	maxModifiedOfWords = 7
)

// describedHead reports whether words, the phrase nounPhrase keeps for
// the common noun at c, are the noun and adjectives that only describe it
// ("the smooth running", "the unfair treatment"): no number, compound or
// name, which would count or name it already.
func (h *head) describedHead(c node, words []node) bool {
	d := h.s.tr
	for _, k := range words {
		if k == c {
			continue
		}
		if hd, ok := d.head(k); !ok || hd != c || d.rel(k) != "amod" || d.w(k).UPOS != "ADJ" {
			return false
		}
	}
	return true
}

// ofName returns how a headline says the "of" phrase at k when it is a
// name ("of Karl Brenner", "of South Korea"), without its "of": the
// name of the one actor it names ("of Kim" → "of Kim Jong Un"), else its
// words (a place's too: "of Kabul", never its state's name); and the number of
// its words with the "of". It returns "" for a time, a phrase of
// maxPhraseWords words or more, a counted name, a group of people rather
// than a name ("of four Syrian Kurds"), a name with conjuncts, which one
// name would misstate ("the politics of Punch and Judy"), and a name the
// parse ends too soon, a word of the phrase going on after it ("the
// launch of a World Health Organization (WHO)-backed registry", "the
// closure of Delta I and Delta II plants").
func (h *head) ofName(k node) (string, int) {
	d := h.s.tr
	if d.w(k).UPOS != "PROPN" || h.isTime(k) || len(d.kids(k, is("conj", "nummod"))) > 0 {
		return "", 0
	}
	words := append(h.modifiers(k, 0), k) // the modifiers hold the name's flat parts
	if len(words) >= maxPhraseWords {
		return "", 0
	}
	end := d.runEnd(k)
	if next := end + 1; int(next) < len(d.words) {
		w := d.w(next)
		if u := w.UPOS; u == "NOUN" || u == "PROPN" || u == "ADJ" || u == "NUM" || u == "PRON" || strings.HasPrefix(w.Form, "-") || w.Form == "(" {
			return "", 0
		}
	}
	var names []string
	for _, p := range h.s.phraseActors(k, false) {
		if a := h.s.actor(p); a.Kind == actor.Place || a.Location || a.Kind == actor.Country {
			return h.join(words), 1 + len(words) // a place by its own words ("control of Kabul"), never its state's name
		} else if n := h.s.name(a.ActorID); !slices.Contains(names, n) {
			names = append(names, n)
		}
	}
	if len(names) == 1 {
		return names[0], 1 + len(strings.Fields(names[0]))
	}
	return h.join(words), 1 + len(words)
}

// markNamed marks the actors the phrase at k names as said, so the
// headline does not name them again as its other side; only for a phrase
// the headline says (nounPhrase's "of" name), never one merely looked at.
func (h *head) markNamed(k node) {
	for _, p := range h.s.phraseActors(k, false) {
		a := h.s.actor(p)
		id := a.ActorID
		if a.Kind == actor.Place || a.Location {
			id = h.s.d.placeOf(a)
		}
		h.used[id], h.used[a.ActorID] = true, true
	}
}

// whichPhrase returns the words of the modifier that says which thing
// the object noun at c is ("studies on the pyramids", "proposals for a
// ceasefire"), an object, an oblique or a passive's subject that is no
// stance and no place: its first modifier phrase, when one of which_cases opens
// it and it is a noun phrase that is no time, no place and not the
// event's own noun: that phrase with its case word and modifiers, when
// with the have words the noun phrase holds already it stays within
// maxPhraseWords; else none. An object's phrase the parse hangs on its
// verb counts when it opens right after the object ("rejected proposals
// for a truce on Monday"), keeps every word up to its noun and has no
// phrase or clause of its own after it, and names no actor.
func (h *head) whichPhrase(c node, have int) []node {
	d := h.s.tr
	switch rel := d.rel(c); {
	case rel != "obj" && rel != "iobj" && rel != "obl" && rel != "nsubj:pass", d.caseWord(c) == "by":
		return nil // a subject or an agent ("killed by a gunshot to the head") stays short, as headlines keep it
	case theHeadWords.stanceNouns[strings.ToLower(d.w(c).Form)] || h.placeWord(c) || h.m != nil && (h.m.Type == Visit || h.m.Location != "" && h.names(c, h.m.Location)):
		return nil // a stance's content is stanceContent's; a place ("visits the Iraqi capital") is whole
	}
	for _, k := range d.kids(c, is("nmod")) {
		if h.isTime(k) {
			continue
		}
		if !theHeadWords.whichCases[d.caseWord(k)] || d.w(k).UPOS != "NOUN" || k == h.event || h.placeWord(k) || subjectOfInfinitive(d, k) {
			return nil
		}
		more := append(append(d.kids(k, is("case")), h.modifiers(k, 0)...), k)
		if have+len(more) > maxPhraseWords {
			return nil
		}
		return more
	}
	if v, ok := d.head(c); ok && d.rel(c) == "obj" {
		// "rejected proposals for a truce on Monday", the phrase parsed
		// as the verb's oblique: one that opens right after the bare
		// object reads as the noun's
		for _, k := range d.kids(v, is("obl")) {
			cs := d.kids(k, is("case"))
			if k < c || len(cs) == 0 || cs[0] != c+1 {
				continue
			}
			lw := strings.ToLower(d.w(k).Form)
			if !theHeadWords.whichCases[d.caseWord(k)] || d.w(k).UPOS != "NOUN" || h.isTime(k) || k == h.event || h.placeWord(k) || subjectOfInfinitive(d, k) || h.isActorWord(k) ||
				theHeadWords.vague[lw] || slices.Contains(h.entryWords, lw) {
				// a side the title names as such ("demanded protection for
				// lawyers"), a vague noun ("on the subject"), the
				// trigger's own word ("took three suspects into custody")
				return nil
			}
			if slices.ContainsFunc(d.kids(k, is("nmod", "acl", "acl:relcl", "ccomp", "appos")), func(x node) bool { return x > k && !h.isTime(x) }) {
				return nil // "on the return of the islands", "on the premise that ...": cut, it would read truncated
			}
			more := append(append(cs, h.modifiers(k, 0)...), k)
			for i := cs[0] + 1; i < k; i++ {
				if !slices.Contains(more, i) && d.rel(i) != "det" {
					return nil // a word left out ("for the first time", "for a six-year term") or another phrase ("into and stern punishment")
				}
			}
			if have+len(more) > maxPhraseWords {
				return nil
			}
			return more
		}
	}
	return nil
}

// subjectOfInfinitive reports whether the noun at k is the subject of a
// "to" infinitive right after it, which the parse hangs on the noun before
// ("an application for the court to pay costs"): the phrase is a clause,
// no thing's name.
func subjectOfInfinitive(d *tree, k node) bool {
	next := k + 1
	return int(next) < len(d.words) && strings.EqualFold(d.w(next).Form, "to") && d.w(next).UPOS == "PART"
}

// placeWord reports whether the phrase at k names a place the actor
// recognizer knows ("for Iraq", "on the island").
func (h *head) placeWord(k node) bool {
	for _, p := range h.s.phraseActors(k, false) {
		if a := h.s.actor(p); a.Kind == actor.Place || a.Location {
			return true
		}
	}
	cs := wordnet.SensesOfForm(strings.ToLower(h.s.tr.w(k).Form))
	return len(cs) > 0 && cs[0] == wordnet.Location
}

// possessorWords returns the possessive the noun at c keeps in a
// headline, with its "'s" and its modifiers, when it is part of what the
// phrase names rather than an owner the headline names apart (a
// country's, by possessorName): the possessive inside a name ("the Gansu
// Provincial Children's Hospital") or a plural common noun classifying
// the head ("women's federations", "farmers' unions"), without which the
// phrase names another thing ("Hospital", "federations"). A singular
// common or pronoun possessor ("the company's", "its"), one with a
// possessor of its own, and one apart from the head stay out; an article,
// which the parse hangs on the possessor, may open it.
func (h *head) possessorWords(c node) []node {
	d := h.s.tr
	if _, ok := h.s.stateOwner(c); ok {
		return nil
	}
	for _, k := range d.kids(c, is("nmod:poss")) {
		cs := d.kids(k, is("case"))
		if len(cs) != 1 || cs[0] != k+1 || c != k+2 || len(d.kids(k, is("nmod:poss"))) > 0 {
			continue
		}
		w, hw := d.w(k), d.w(c)
		inName := w.UPOS == "PROPN" && hw.UPOS == "PROPN" && capitalized(w.Form) && capitalized(hw.Form)
		classifies := w.UPOS == "NOUN" && pluralWord(w) && !theHeadWords.vague[strings.ToLower(w.Form)]
		if !inName && !classifies {
			continue
		}
		return append(append(h.modifiers(k, 0), k), cs[0])
	}
	return nil
}

// complement returns the words of the phrase a noun of a relation at c
// (complement_nouns) needs, the first of its modifiers one of its
// prepositions opens, with the "of" phrase of that phrase's head ("links
// to the killing of Hariri" → "to killing of Hariri"), the whole within
// maxPhraseWords with the noun, and the name that owns it ("in
// Litvinenko's murder"); else none.
func (h *head) complement(c node) []node {
	return h.complementIn(c, h.s.tr.kids(c, is("nmod")))
}

// complementIn returns complement's words for the noun at c, the phrase
// taken from the candidates cands (its own modifiers, or the obliques the
// parse hangs on its verb instead).
func (h *head) complementIn(c node, cands []node) []node {
	d := h.s.tr
	lw := strings.ToLower(d.w(c).Form)
	cases := theHeadWords.ComplementNouns[lw]
	if len(cases) == 0 || theHeadWords.stanceNouns[lw] { // a stance's content is stanceContent's
		return nil
	}
	for _, k := range cands {
		if !slices.Contains(cases, d.caseWord(k)) || !d.nominal(k) || h.isTime(k) {
			continue
		}
		more := append(append(d.kids(k, is("case")), h.modifiers(k, 0)...), k)
		for _, o := range d.kids(k, is("nmod:poss")) {
			// "any role in Litvinenko's murder": whose
			if d.w(o).UPOS == "PROPN" && !slices.Contains(more, o) {
				more = append(append(more, d.kids(o, is("case"))...), o)
			}
			break
		}
		for _, o := range d.kids(k, is("nmod")) {
			if d.caseWord(o) == "of" && d.nominal(o) && !h.isTime(o) {
				if of := append(append(d.kids(o, is("case")), h.modifiers(o, 0)...), o); 1+len(more)+len(of) <= maxPhraseWords {
					more = append(more, of...)
				}
				break
			}
		}
		if 1+len(more) > maxPhraseWords {
			return nil
		}
		for _, p := range h.s.phraseActors(k, false) {
			// said here, never again as the headline's other side
			a := h.s.actor(p)
			id := a.ActorID
			if a.Kind == actor.Place || a.Location {
				id = h.s.d.placeOf(a)
			}
			h.used[id] = true
		}
		return more
	}
	return nil
}

// nameAfterPost returns the name that ends the phrase of a title at c
// whose post has an "of" phrase, the parse hanging the name's words on
// the title or its last word beside it as a second object ("Secretary of
// State Condoleezza Rice", "Minister of Defence
// Karl Brenner"): the proper nouns that close the phrase, back to a title
// word ("State", "Defence"); else "" (a post alone: "Minister of Foreign
// Affairs").
func (h *head) nameAfterPost(c node) string {
	d := h.s.tr
	end := c
	for k := c + 1; int(k) < len(d.words) && d.within(k, c); k++ {
		end = k
	}
	flat := slices.ContainsFunc(d.kids(c, is("flat", "flat:name")), func(k node) bool { return k > c && d.w(k).UPOS == "PROPN" })
	if k := end + 1; !flat && int(k) < len(d.words) && d.w(k).UPOS == "PROPN" && d.rel(k) == d.rel(c) {
		if hk, ok := d.head(k); ok {
			if hc, ok := d.head(c); ok && hk == hc {
				// the name's last word parsed as a second object
				flat, end = true, d.runEnd(k)
			}
		}
	}
	if !slices.ContainsFunc(d.kids(c, is("nmod")), func(k node) bool { return k > c && d.caseWord(k) == "of" }) || !flat {
		return "" // "Minister of Foreign Affairs": no name, only the post
	}
	var name []string
	for k := end; k > c+2; k-- {
		w := d.w(k)
		if w.UPOS != "PROPN" || titles[strings.ToLower(w.Form)] || h.isTime(k) {
			break
		}
		name = append([]string{w.Form}, name...)
	}
	if len(name) == 0 || len(name) > maxPhraseWords || end-node(len(name)) <= c+1 {
		return ""
	}
	return strings.Join(name, " ")
}

// singular returns the noun phrase text of the plural noun at k with its
// last word in the singular, the noun's lemma WordNet knows as a noun
// ("bodyguards" → "bodyguard", "hostages" → "hostage"); "" when no such
// lemma is a shorter form of it.
func (h *head) singular(k node, text string) string {
	form := strings.ToLower(h.s.tr.w(k).Form)
	before, ok := strings.CutSuffix(text, form)
	if !ok {
		return ""
	}
	for _, l := range h.s.d.lem(form) {
		if l != form && len(l) < len(form) && strings.HasPrefix(form, l[:len(l)-1]) && len(wordnet.Senses(l)) > 0 {
			return before + l
		}
	}
	return ""
}

// singularName reports whether the word k is a name in the singular
// ("Thailand" of "a group of Thailand"): a group or a count "of" it is
// from it, not made of it, unlike "hundreds of Palestinians".
func (h *head) singularName(k node) bool {
	w := h.s.tr.w(k)
	return w.UPOS == "PROPN" && !pluralWord(w) && !h.people(k)
}

// quotedHead returns the noun right after the closing quotation mark of
// the quoted words headed by c that the parse makes their apposition ("an
// 'open skies' agreement" parsed as "open skies", appositive
// "agreement"): the phrase's own head, the quotation its name; else
// noNode.
func (h *head) quotedHead(c node) node {
	d := h.s.tr
	for _, k := range d.kids(c, is("appos")) {
		if k == c+2 && quoteMarks[d.w(c+1).Form] && d.w(k).UPOS == "NOUN" {
			return k
		}
	}
	return noNode
}

// join writes the words of a phrase in sentence order, at most
// maxPhraseWords of them (the last), as the text joins them.
func (h *head) join(words []node) string {
	return h.joinWithin(words, maxPhraseWords)
}

// joinWithin is join with at most limit words kept.
func (h *head) joinWithin(words []node, limit int) string {
	d := h.s.tr
	sortNodes(words)
	// the last words, a hyphenated word counted once ("human-to-human"),
	// never half of one: "round polling" of "first-round polling" would
	// read garbled
	units := func() int {
		n := 0
		for _, k := range words {
			if p := hyphenedBefore(d, k); p == noNode || !slices.Contains(words, p) {
				n++
			}
		}
		return n
	}
	for len(words) > 1 && units() > limit {
		cut := words[0]
		words = words[1:]
		for len(words) > 1 && (hyphenedBefore(d, words[0]) != noNode && hyphenedBefore(d, words[0]) <= cut || d.rel(words[0]) == "case") {
			// nor a possessive's "'s" left without its noun
			cut, words = words[0], words[1:]
		}
	}
	var b strings.Builder
	text := h.s.d.in.Text
	for i, k := range words {
		w := d.w(k)
		f := w.Form
		if k == 0 && w.UPOS != "PROPN" && !allCaps(f) {
			f = lowerFirstPart(f)
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
			case prev.End < w.Start && prev.UPOS == "NUM" && w.UPOS == "NUM" && strings.ContainsAny(gap, "-–") && strings.Trim(gap, "-– ") == "":
				// a score spaced at its hyphen ("a 2- 1 win"): "2-1",
				// never the two numbers "2 1"
				b.WriteString("-")
			case strings.HasSuffix(prev.Form, "-") || strings.HasSuffix(prev.Form, "–"):
				// "government- backed": the word its hyphen ends
				// joins the next ("government-backed")
			case prev.End < w.Start || prev.End > w.Start || strings.HasSuffix(b.String(), "-"):
				b.WriteByte(' ')
			}
		}
		b.WriteString(f)
	}
	return b.String()
}

// hyphenedBefore returns the word the text joins to word k by a hyphen
// right before it ("US" of "US-brokered", "first" of "first-round"), or
// the word before it that ends with a hyphen, spaced from it ("government-
// backed"), or noNode.
func hyphenedBefore(d *tree, k node) node {
	if k < 1 {
		return noNode
	}
	if f := d.w(k - 1).Form; len(f) > 1 && (strings.HasSuffix(f, "-") || strings.HasSuffix(f, "–")) {
		return k - 1 // "a government- backed faction": the word kept with its hyphen
	}
	if k < 2 {
		return noNode
	}
	w, dash, prev := d.w(k), d.w(k-1), d.w(k-2)
	if (dash.Form == "-" || dash.Form == "–") && prev.End >= 0 && prev.End == dash.Start && dash.End == w.Start {
		return k - 2
	}
	return noNode
}

// hyphenedAfter returns the word the text hyphenates to the word at k
// after it, a dash between them with no space ("procurator-general"
// split at its hyphen, "general" an adjective after its noun), or
// noNode: never a verb or a preposition, nor the word the one at k
// modifies ("tsunami-hit", "7-for-15" join no noun to what follows).
func hyphenedAfter(d *tree, k node) node {
	if int(k)+2 >= len(d.words) {
		return noNode
	}
	w, dash, next := d.w(k), d.w(k+1), d.w(k+2)
	if hd, ok := d.head(k); ok && hd == k+2 {
		return noNode // the word modifies the one after it ("tsunami-hit" parsed as a compound on "hit"): a phrase of its own
	}
	if (dash.Form == "-" || dash.Form == "–") && w.End >= 0 && w.End == dash.Start && dash.End == next.Start &&
		next.UPOS != "PUNCT" && next.UPOS != "ADP" && next.UPOS != "VERB" && !participleWord(next) {
		// a verb after it makes another word of the pair, a modifier
		// ("tsunami-hit areas"), as a preposition does a score
		// ("7-for-15")
		return k + 2
	}
	return noNode
}

// hyphenated completes the words of a phrase with the words the text
// hyphenates to them, before or after, whatever relation or vagueness
// the parse gives them: a hyphenated word is one word ("first-round
// polling", not "round polling"; "US-brokered agreement", not "brokered
// agreement"; "procurator-general", not "procurator").
func (h *head) hyphenated(words []node) []node {
	d := h.s.tr
	for i := 0; i < len(words); i++ {
		if p := hyphenedAfter(d, words[i]); p != noNode && !slices.Contains(words, p) && !h.isTime(p) {
			words = append(words, p) // "deputy procurator-general", never "deputy procurator"
		}
		if p := hyphenedBefore(d, words[i]); p != noNode && !slices.Contains(words, p) && !h.isTime(p) {
			words = append(words, p)
			if q, ok := h.s.actorWord(p); ok {
				// the actor the word names is named ("China-brokered
				// agreement", not "... with China")
				a := h.s.actor(q)
				h.used[a.ActorID], h.used[h.s.d.placeOf(a)] = true, true
			}
		}
	}
	return words
}

// phraseModifiers are the relations of the words a headline keeps with a
// noun (a determiner only when it is a word of amount: degree).
var phraseModifiers = is("compound", "amod", "nummod", "flat", "flat:name", "det")

// modifiers returns the modifiers of c a headline keeps, with their own
// ("North Korean fighters"), leaving vague ones out.
func (h *head) modifiers(c node, depth int) []node {
	d := h.s.tr
	var words []node
	for _, k := range d.kids(c, phraseModifiers) {
		w, r := d.w(k), d.rel(k)
		if deg := h.degree(k, c); len(deg) > 0 {
			words = append(words, deg...) // "no companies", "too little relief"
			continue
		}
		if r == "det" {
			continue // (only a word of amount: degree)
		}
		switch {
		// "already low" goes, but not "food" of "already low food
		// supplies" parsed with "already" on "food"; nor "open" of "an
		// agreement open to all"
		case vagueModifiers[strings.ToLower(w.Form)] && r != "nummod" && !multiplied(d, k, c), h.isTime(k), c == h.event && h.impression(k),
			r != "nummod" && r != "compound" && len(d.kids(k, is("advmod"))) > 0,
			k > c && r != "flat" && r != "flat:name":
			continue
		}
		if r == "nummod" {
			// "its holding below 30 percent" parsed as one phrase: the
			// bound on the number, on it or on the head after a word of
			// the phrase (the oblique's own preposition is its caller's)
			for _, b := range append(d.kids(k, is("case", "advmod")), d.kids(c, is("case"))...) {
				if b < k && boundWords[strings.ToLower(d.w(b).Form)] && slices.ContainsFunc(words, func(x node) bool { return x < b }) {
					words = append(words, b)
				}
			}
		}
		if depth < 2 {
			words = append(words, h.modifiers(k, depth+1)...)
		}
		words = append(words, k)
		words = append(words, h.scoreRest(k)...)
	}
	return words
}

// degree returns the word of amount at k before the noun c that a
// headline keeps (degree_words), with its own "too" or "so" before it,
// or nil: also for "a few" and "a little", which say some, and on the
// event's own noun, which names the act ("a bid to win more pledges of
// aid": "Pledges of aid").
func (h *head) degree(k, c node) []node {
	d := h.s.tr
	if k > c || c == h.event || !theHeadWords.degreeWords[strings.ToLower(d.w(k).Form)] || d.rel(k) != "amod" && d.rel(k) != "det" {
		return nil
	}
	if p := k - 1; p >= 0 && strings.EqualFold(d.w(p).Form, "a") {
		return nil // "a few hours": some
	}
	var out []node
	for _, a := range d.kids(k, is("advmod")) {
		if a < k {
			out = append(out, a)
		}
	}
	return append(out, k)
}

// adjectiveConjuncts returns the adjectives coordinated with the adjective
// k before the noun c, with their conjunction ("Chinese and Indian
// troops"): a headline keeps every side the phrase names, never the first
// alone ("Chinese troops").
func (h *head) adjectiveConjuncts(k, c node) []node {
	d := h.s.tr
	var words []node
	for _, j := range d.kids(k, is("conj")) {
		if j <= k || j >= c || d.w(j).UPOS != "ADJ" {
			continue
		}
		contiguous := true // "wounded three others" after "one militant and": no adjective of the noun
		for m := k + 1; m < j && contiguous; m++ {
			r := d.rel(m)
			contiguous = r == "cc" || r == "punct" || r == "conj" // "German, French and Danish"
		}
		for m := j + 1; m < c && contiguous; m++ {
			// a number after the conjunct opens another phrase ("one
			// militant and wounded three others" misparsed)
			hm, _ := d.head(m)
			contiguous = (hm == c || d.within(hm, c) && hm > j && hm < c) && d.w(m).UPOS != "NUM"
		}
		if !contiguous {
			continue
		}
		for _, cc := range d.kids(j, is("cc")) {
			if cc > k && cc < j {
				words = append(words, cc)
			}
		}
		words = append(words, j)
	}
	return words
}

// multiplied reports whether the word k is a number the number c it
// modifies multiplies ("two" of "two hundred", "three" of "three
// million"): it is part of the count, never a vague modifier a headline
// leaves out ("Two hundred students", never "Hundred students").
func multiplied(d *tree, k, c node) bool {
	return d.w(k).UPOS == "NUM" && d.w(c).UPOS == "NUM" && k < c
}

// scoreRest returns, for a number k that opens a score the parse hangs
// on it ("a 21-13 defeat", "their 1-0 loss": 13 a modifier of 21 by the
// dash), the second number (join writes the dash between): a headline
// keeps the score whole ("21-13 defeat", not "21 defeat").
func (h *head) scoreRest(k node) []node {
	d := h.s.tr
	if d.w(k).UPOS != "NUM" {
		return nil
	}
	for _, m := range d.kids(k, is("nmod", "nummod", "appos")) {
		if m <= k || d.w(m).UPOS != "NUM" {
			continue
		}
		for _, c := range d.kids(m, is("case", "punct")) {
			if f := d.w(c).Form; (f == "-" || f == "–") && c == k+1 && m == k+2 {
				return []node{m}
			}
		}
	}
	return nil
}

// boundWords mark a number as a bound ("below 30 percent", "under 18"):
// a headline keeps them, since the number alone says the opposite of
// what the text does; vague ones ("about", "nearly") go.
var boundWords = wordList("bound_words")

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
// official", "North Korean combatants", "Russian newspapers": a noun for
// people or, by WordNet's classes, for a body of them): the headline names
// it as the text does. A phrase standing for a person ("the prime minister" for the
// one named before) describes no one: the headline gives the name.
func (h *head) describes(c node) bool {
	d := h.s.tr
	w := d.w(c)
	if w.UPOS != "NOUN" || h.isActorWord(c) || len(d.kids(c, is("conj"))) > 0 {
		return false
	}
	if lw := strings.ToLower(w.Form); !h.s.d.lemmaIn(lw, partyNouns) && !titles[lw] && !groupNouns[lw] &&
		!theHeadWords.pluralNouns[lw] && !theHeadWords.personEnding(lw) && !bodyNoun(lw) && !companyNouns[lw] {
		return false // "an Israeli offensive", "Israeli army jeeps" stand for no one; "Russian newspapers" for a body
	}
	if len(d.kids(c, is("nmod:poss"))) > 0 {
		return false // "Kabila's men": the possessor is the headline's agent
	}
	ps := h.s.phraseActors(c, true)
	for _, k := range d.kids(c, is("compound")) {
		if len(ps) == 0 {
			ps = h.s.phraseActors(k, true) // "a Malaysian opposition leader", the adjective on "opposition"
		}
	}
	if len(ps) != 1 || h.s.actor(ps[0]).Kind == actor.Person {
		// "the prime minister", "the controversial president" standing
		// for a person named before: the headline names that person
		return false
	}
	for _, p := range h.m.Participants {
		if p.Role == Agent && p.ActorID == h.s.actor(ps[0]).ActorID {
			return true
		}
	}
	return false
}

// compoundHead returns the bare common noun right after the common-noun
// object at c of the verb at n that the parse makes a second object of
// the verb, though it is the head the first one modifies ("hiked the
// federal funds rate" read as the objects "funds" and "rate"): a noun
// with no word of its own right after the first, which ends its own
// phrase (not "raided the offices of a number of firms employees"); else
// noNode.
func (h *head) compoundHead(n, c node) node {
	d := h.s.tr
	k := c + 1
	for int(k) < len(d.words) && d.within(k, c) {
		k++
	}
	if k != c+1 || int(k) >= len(d.words) || d.w(c).UPOS != "NOUN" || h.isActorWord(c) || d.w(k).UPOS != "NOUN" || h.isTime(k) || h.isActorWord(k) {
		return noNode
	}
	if hd, ok := d.head(k); !ok || hd != n || d.rel(k) != "obj" || len(d.kids(k, func(string) bool { return true })) > 0 {
		return noNode
	}
	return k
}

// pluralDoer reports whether the headline's subject at the verb at n is
// plural: two agents or more, a group named in the plural, or a plural
// subject word of the verb, "they" too ("they had agreed").
func (h *head) pluralDoer(n node) bool {
	if len(h.agents) > 1 || h.group {
		return true
	}
	c, ok := h.treeSubjectWord(n)
	return ok && (pluralWord(h.s.tr.w(c)) || groupPronouns[lowerAt(h.s.tr, c)])
}

// amountIn returns what the sum of money at c, the object of the verb at
// n, is in: the verb's "in" oblique right after it, a common noun that is
// no time, with its "with" phrase of a name (" in trade with Africa" of
// "recorded 7.48 billion dollars in trade with Africa"), else "": the sum
// alone says money of nothing.
func (h *head) amountIn(n, c node) string {
	d := h.s.tr
	if !amountWords[lowerAt(d, c)] || !h.counted(c) {
		return ""
	}
	end := c
	for k := c + 1; int(k) < len(d.words) && d.within(k, c); k++ {
		end = k
	}
	for _, o := range d.kids(n, is("obl")) {
		if o != end+2 || d.caseWord(o) != "in" || d.w(o).UPOS != "NOUN" || h.isTime(o) || h.isActorWord(o) {
			continue
		}
		out := " in " + h.nounPhrase(o, 0)
		for _, k := range d.kids(o, is("nmod")) {
			if d.caseWord(k) == "with" && d.w(k).UPOS == "PROPN" && !h.isTime(k) {
				if text, _ := h.phrase(k, false); text != "" {
					out += " with " + text
				}
				break
			}
		}
		return out
	}
	return ""
}

// sideOf returns the phrase, after the common noun at c that stands for
// the headline's one agent, that says whose body it is, when text (the
// noun's own phrase) does not name it: its name's "of" or "from" phrase
// (side_cases) by the agent's name ("the delegation of the Republic of
// Korea" → " of South Korea", "a team from Kenya" → " from Kenya"); else
// "".
func (h *head) sideOf(c node, text string) string {
	d := h.s.tr
	if len(h.agents) != 1 || strings.Contains(strings.ToLower(text), strings.ToLower(h.agents[0])) {
		return ""
	}
	for _, k := range d.kids(c, is("nmod")) {
		cw := d.caseWord(k)
		if !theHeadWords.sideCases[cw] || d.w(k).UPOS != "PROPN" || !h.isActorWord(k) || h.isTime(k) {
			continue
		}
		for _, p := range h.s.phraseActors(k, false) {
			a := h.s.actor(p)
			id := a.ActorID
			if a.Kind == actor.Place || a.Location {
				id = h.s.d.placeOf(a)
			}
			if h.s.name(id) == h.agents[0] {
				return " " + cw + " " + h.agents[0]
			}
		}
	}
	return ""
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
	if d.lemmaIn(n, theHeadWords.arrivalVerbs) {
		prep = "in" // "arrived for a visit to China": "arrives in China"
	}
	for _, c := range d.kids(n, func(r string) bool { return r == "obj" || baseRel(r) == "obl" }) {
		if h.names(c, loc) {
			prep = d.caseWord(c)
			if prep == "" && d.rel(c) != "obj" {
				prep = "in" // "arrived here"
			}
			if prep == "at" && d.w(c).UPOS == "NOUN" {
				prep = "in" // "arrived at the London hospital": the place a modifier names
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

var placePreps = wordList("place_preps")

// talkTypes are the types of talk whose "on", "over" or "about" phrase
// says what they are about (topicPlace).
var talkTypes = map[Type]bool{Meeting: true, PhoneCall: true, Negotiation: true}

// topicPlace reports whether the place phrase at c stands in what the
// event is about, a phrase marked by one of talkTopicCases between it
// and the event's word or clause ("talks on a territorial dispute in the
// South China Sea", "the conference on computers in education"): the
// place is the topic's, not where the event is. Only talkTypes are about
// a topic so (what a statement is about says the place with it: "warns
// about risk of civil war in Iraq"); a place or a thing after "on" (its
// first WordNet class in facilityClasses: "on the sidelines") is no topic.
func (h *head) topicPlace(c node) bool {
	d := h.s.tr
	if !talkTypes[h.m.Type] {
		return false // "fighting over land in Darfur" is there, "a bomb on a street in Kabul" too
	}
	for x := c; x != h.event; {
		if talkTopicCases[d.caseWord(x)] {
			// "met on the sidelines of a summit in Tunis": a place or a
			// thing after "on" is where, no topic
			cs := wordnet.SensesOfForm(strings.ToLower(d.w(x).Form))
			return len(cs) == 0 || !facilityClasses[cs[0]]
		}
		up, ok := d.head(x)
		if !ok || !d.nominal(up) && up != h.event {
			return false
		}
		x = up
	}
	return false
}

// place returns the headline's place phrase (" in Pyongyang", " at Kai
// Tak airport"), or "" when the mention has none or the headline names it
// already, or names it in what the event is about (topicPlace). The
// preposition is the one the tree gives the place when the phrase's head
// is a word of the place's name, else "in"; a visit's or a deployment's
// "to" phrase keeps its "to" ("sends a delegation to Moscow"; an arrival
// still "arrives in").
func (h *head) place() string {
	loc := h.m.Location
	if loc == "" || h.used[loc] {
		return ""
	}
	h.used[loc] = true
	prep := "in"
	arrival := h.s.tr.lemmaIn(h.event, theHeadWords.arrivalVerbs)
	switch {
	case h.m.Type == MilitaryDeployment, h.m.Type == Visit && !h.object && !arrival:
		prep = "to" // "deploys forces to Russia", "makes visit to Pyongyang"; but "arrives in China"
	}
	d := h.s.tr
	for k := range d.words {
		c := node(k)
		r := d.rel(c)
		if baseRel(r) != "obl" && baseRel(r) != "nmod" {
			continue
		}
		if h.names(c, loc) {
			if h.topicPlace(c) {
				return "" // "talks on a dispute in the South China Sea" are not held there
			}
			if cw := d.caseWord(c); placePreps[cw] && !(arrival && cw == "to") && (cw == "in" || slices.Contains(strings.Fields(strings.ToLower(h.s.name(loc))), strings.ToLower(d.w(c).Form))) {
				// "at Kai Tak airport", but "at a Dublin hotel" says where
				// in Dublin, and the headline names Dublin: "in Dublin"
				prep = cw
			}
			if d.caseWord(c) == "to" && !arrival && (h.m.Type == Visit || h.m.Type == MilitaryDeployment) {
				prep = "to" // "sends an envoy to Moscow": where the visit goes
			}
			break
		}
	}
	return " " + prep + " " + h.s.name(loc)
}

// hostSubject returns the canonical names of the actors the subject of
// the verb names that the noun at n is an oblique of, or of the noun's
// word itself when the parse reads it as a verb ("said this when meeting
// with Triet"), as the tree climbs to it ("Yoo will visit Japan for talks
// with its leaders", "Blair raised it during a meeting with Bush"), else
// the phrase of a subject that
// names a person by a noun of people ("the minister was in Rome for talks
// with ENI" → "Minister"), or "": a pronoun or another common noun names
// no one; plural reports a plural subject.
func (h *head) hostSubject(n node) (name string, plural bool) {
	d := h.s.tr
	v, ok := d.head(n)
	own := d.w(n).UPOS == "VERB" // "when meeting with Triet": the trigger's own verb
	if own {
		v, ok = n, true
	}
	if !own && (!ok || baseRel(d.rel(n)) != "obl" || !d.verbal(v) && (len(d.kids(v, is("cop"))) == 0 || !d.nominal(v))) {
		return "", false // "remained opposed to talks": no one holds them
	}
	c, ok := h.treeSubjectWord(v)
	if !ok {
		for _, k := range d.kids(v, is("nsubj")) {
			c, ok = k, true // "was in Rome for talks": the copula's subject
		}
	}
	if !ok {
		return "", false
	}
	if u := d.w(c).UPOS; u != "PROPN" && u != "NOUN" {
		return "", false
	}
	if name, ok := h.actorPhrase(c); ok && h.isActorWord(c) {
		return name, strings.Contains(name, " and ")
	}
	if lw := strings.ToLower(d.w(c).Form); !h.isActorWord(c) && theHeadWords.personEnding(lw) {
		return capitalize(h.nounPhrase(c, 0)), pluralWord(d.w(c)) || pluralNoun(d.w(c).Form)
	}
	return "", false
}

// impression reports whether the modifier at k of the event's noun is a
// participle adjective in "-ing" ("the gripping trial", "a stunning
// defeat", "the ongoing talks"): how the event struck the writer or
// that it goes on, which a headline leaves out; never a compound or a
// name ("Boxing Day").
func (h *head) impression(k node) bool {
	d := h.s.tr
	w := d.w(k)
	return d.rel(k) == "amod" && (w.UPOS == "ADJ" || w.UPOS == "VERB") && (w.XPOS == "JJ" || w.XPOS == "VBG" || w.XPOS == "") &&
		len(w.Form) > 5 && strings.HasSuffix(strings.ToLower(w.Form), "ing")
}

// lowerFirstPart lower-cases a sentence's first word up to its first
// hyphen, keeping a name joined after it ("Anti-Russian" → "anti-Russian",
// "Pro-Kremlin" → "pro-Kremlin", "Heavy" → "heavy").
func lowerFirstPart(f string) string {
	head, tail, ok := strings.Cut(f, "-")
	if !ok {
		return strings.ToLower(f)
	}
	return strings.ToLower(head) + "-" + tail
}
