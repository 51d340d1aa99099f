package event

import (
	"slices"
	"strings"
	"sync"

	"github.com/chronograph-news/chronograph/cameo"
	"github.com/chronograph-news/chronograph/token"
)

// The CAMEO verb dictionary (package cameo, PETRARCH2's CAMEO verb
// patterns) widens the trigger lexicon and refines its codes:
//
//   - a verb the lexicon does not know but the dictionary does becomes a
//     trigger when Match gives it a code: the type of that code
//     (cameoTypes: the project's type where its category holds the code,
//     else the type named for the root) and the code itself as the
//     mention's CAMEO code; so does a verb of the lexicon whose rules
//     refused it, when a pattern of the dictionary fits its clause ("call
//     for calm" 020: the lexicon's "call" is a phone call), never by the
//     bare verb;
//   - a verb trigger of the lexicon keeps its type and takes the code the
//     dictionary gives when the code falls in its type's category
//     (fitsType: "bombed" attack 190 → 195 Employ aerial weapons).
//
// What blocks a dictionary verb:
//
//   - its code: the null code (the verb alone, or a null-code pattern that
//     fits: "* a deal" may say no event), the catch-all statement code 010
//     (catchAllStatement), the catch-all consultation code 040
//     (catchAllConsult); a bare verb listed in the lexicon's
//     cameo_needs_pattern or used as a light verb, or a lexicon word its
//     rules refused (these need a pattern that fits);
//   - its word: a cue verb of factuality.go (plan, offer, expect,
//     refuse...: they tell the modality of another event), a reporting
//     verb or a verb of the lexicon's cameo_never in any case (a reporting
//     verb is the source of a claim, never an event), a noun use of the
//     word (check's part-of-speech rules), a base form with no verb cue
//     before it, a participle modifying a noun ("armed men"), the first
//     word of a sentence;
//   - its place: a sentence on a game or a sport (the lexicon's
//     cameo_games: "defeated the defending champion"), a verb before an
//     infinitive ("was forced to withdraw": the event is the
//     infinitive's), a reduced passive relative ("supported by Moscow"),
//     and the rules of cameoclause.go: an infinitive after a question word
//     ("whether to support"), the gerund of a charge ("accused of
//     raping", "thanked them for giving"), and from the tree a word tagged
//     as no verb, a thing as active subject ("the death toll broke the
//     mark"), a clause as the only object ("lamented that"), a participle
//     or infinitive describing a noun ("officials blamed for"), a relative
//     clause with no relative word ("the aid Pyongyang requested").
//
// A violent type needs an armed cue (the lexicon's armed rule), a visit a
// place after "to" and a person or organization as agent (the lexicon's
// goal_place rule), and any
// dictionary trigger an actor among its participants or a group noun
// right before it ("police", "rebels": frame). The rules of the lexicon's
// triggers (negation, irrealis, background, reporting frame) apply
// unchanged.
//
// The clause Match reads is the verb's own dependents in the parse
// (cameotree.go, treeClause). Without a parse, or for a word the parse
// reads as no verb, it is built from the tokens (clauseAt):
// the subject is the word right before the verb group, the particle a
// particle word right after the verb, the object the noun phrase after it
// (its last word the head, the words before it modifiers), the
// prepositional phrases the prepositions in the next clauseSpan tokens
// with the phrase after each, and the other words the adverbs and
// auxiliaries before the verb and the verb after an infinitive "to".

// clauseSpan is how many tokens after the verb clauseAt reads.
const clauseSpan = 12

// phraseSpan is the longest noun phrase clauseAt reads (words).
const phraseSpan = 4

// cameoDict returns the embedded CAMEO dictionary, loaded on first use.
var cameoDict = sync.OnceValue(func() *cameo.Dictionary {
	d, err := cameo.Load()
	if err != nil {
		panic("event: CAMEO dictionary: " + err.Error())
	}
	return d
})

var particles = wordList("particles")

// cameoForms maps every form of the dictionary's verbs (lemmas, their
// regular inflections, the irregular forms the dictionary and morph.go
// list) to its lemma: a word's dictionary lemma in one look-up. Built on
// first use, read-only after.
var cameoForms = sync.OnceValue(func() map[string]string {
	dict := cameoDict()
	forms := map[string]string{}
	lemmas := dict.Lemmas()
	for _, l := range lemmas {
		forms[l] = l
	}
	for _, l := range lemmas {
		for _, v := range dict.Lookup(l) {
			for _, f := range v.Forms {
				if _, ok := forms[f]; !ok {
					forms[f] = l
				}
			}
		}
		for _, f := range inflections(l) {
			if _, ok := forms[f]; !ok && !eVerbForm(dict, l, f) {
				forms[f] = l
			}
		}
	}
	for f, l := range irregular {
		if _, ok := forms[f]; !ok && len(dict.Lookup(l)) > 0 {
			forms[f] = l
		}
	}
	return forms
})

// eVerbForm reports whether f, a regular form of the dictionary's verb l
// made by adding -ed or -ing to it, is rather a form of the verb l+"e" the
// dictionary also holds: "hoped" and "hoping" are forms of "hope", while
// "hop" spells them "hopped" and "hopping".
func eVerbForm(dict *cameo.Dictionary, l, f string) bool {
	if f != l+"ed" && f != l+"ing" {
		return false
	}
	return len(dict.Lookup(l+"e")) > 0
}

// inflections returns the regular -s, -ed and -ing forms of a verb lemma
// (with the spelling changes of e, y, ie and a doubled final consonant).
func inflections(l string) []string {
	n := len(l)
	out := []string{l + "s", l + "ed", l + "ing"}
	switch {
	case strings.HasSuffix(l, "ie"):
		out = append(out, l+"d", l[:n-2]+"ying")
	case strings.HasSuffix(l, "e"):
		out = append(out, l+"d", l[:n-1]+"ing")
	case n > 1 && l[n-1] == 'y' && !strings.ContainsRune("aeiou", rune(l[n-2])):
		out = append(out, l[:n-1]+"ies", l[:n-1]+"ied")
	case strings.HasSuffix(l, "s") || strings.HasSuffix(l, "x") || strings.HasSuffix(l, "z") ||
		strings.HasSuffix(l, "ch") || strings.HasSuffix(l, "sh") || strings.HasSuffix(l, "o"):
		out = append(out, l+"es")
	}
	if c := l[n-1]; n > 2 && !strings.ContainsRune("aeiouwxy", rune(c)) &&
		strings.ContainsRune("aeiou", rune(l[n-2])) && !strings.ContainsRune("aeiou", rune(l[n-3])) {
		out = append(out, l+string(c)+"ed", l+string(c)+"ing") // "planned", "shipping"
	}
	return out
}

// cameoLemma returns the dictionary lemma of the word at token i, or "".
func (s *sent) cameoLemma(i int) string { return cameoForms()[s.word(i)] }

// cameoAt returns the trigger the CAMEO dictionary makes of the verb at
// token i, or nil (see the rules above). known tells the lexicon has the
// word but its rules said no ("the quake struck", "leaders blasted the
// party"): then only a pattern of the dictionary that fits the clause
// makes it a trigger ("blast * as" 1121), never the bare verb.
func (s *sent) cameoAt(i int, known bool) *trigger {
	w := s.word(i)
	if tk := s.tok(i); tk.Kind != token.Word || tk.Text != w && i > s.first || s.d.actorAt[i] >= 0 {
		return nil // a name ("United Nations") or part of one
	}
	if i == s.first {
		return nil // a sentence rarely opens on its verb ("Stocks rallied", "Armed men")
	}
	lemma := s.cameoLemma(i)
	if lemma == "" || !isPlainWord(w) {
		return nil
	}
	lx := s.d.lx
	if lx.reporting[lemma] || lx.never[lemma] {
		return nil
	}
	if negatingVerbs[w] || negatingVerbs[lemma] || plannedCues[w] || plannedCues[lemma] ||
		hypotheticalCues[w] || hypotheticalCues[lemma] {
		return nil // a cue of factuality.go: the modality of another event ("offered to", "expected")
	}
	if !s.verbUse(i, lemma) {
		return nil
	}
	if s.word(i+1) == "to" && s.infinitive(i+1) {
		return nil // "was forced to withdraw": the event is the infinitive's
	}
	if s.questionInfinitive(i) {
		return nil // "his decision whether to support": weighed, not done
	}
	if s.word(i+1) == "by" && isParticiple(w) && !beForms[s.word(i-1)] {
		return nil // "regions supported by Moscow": a reduced relative, background
	}
	if s.games() {
		return nil // a sentence on a game: its verbs speak of play
	}
	near := s.actorNear(i) || s.groupBefore(i)
	if !near && !appealVerbs[lemma] {
		return nil // no actor near: frame would drop the trigger
	}
	// the checks of the lexicon's triggers first: Match is the costly part
	e := &entry{Lemma: lemma, POS: []string{"verb"}, Type: Other, Light: true, Confidence: cameoConfidence,
		words: []string{lemma}}
	t := s.check(i, i+1, e)
	if t == nil || t.noun || t.adjectival || s.participleModifier(i) && !s.parsedFinite(i) {
		return nil
	}
	if !near && !s.partySubject(i) {
		return nil // an appeal's subject naming people stands for an actor (it parses: after the cheap checks)
	}
	if tr, n, ok := s.treeAt(i); ok && lemma == "call" && namingCall(tr, n) {
		// "called the election a milestone", "called officials cowards":
		// an opinion told, no appeal (cameoclause.go, namingCall); a
		// participle or a relative clause only qualifies another act ("said
		// it respected the ruling, calling it a milestone", "what she
		// called a massacre")
		if r := baseRel(tr.rel(n)); r == "advcl" || r == "acl" || s.thingSubject(i) || s.gerundOfCharge(i) {
			return nil
		}
		e.Type = Statement
		t.code, t.dictionary, t.ownVerb = catchAllStatement, true, true
		return t
	}
	m, ok := s.cameoMatch(i, lemma)
	if !ok || m.Code == "" || m.Code == catchAllStatement || m.Code == catchAllConsult {
		return nil
	}
	if m.Pattern == nil && (known || lx.needsPattern[lemma] || lx.light[lemma]) && !s.requestFrame(i, string(m.Code)) {
		return nil
	}
	code := string(m.Code)
	if appealVerbs[lemma] && soughtPattern(m.Pattern) && askedNotDone(code) {
		code = Appeal.CAMEO()
	}
	e.Type = typeOfCode(code)
	party := appealCode(code) && appealVerbs[lemma] && s.partySubject(i) // "a researcher called on cities to"
	if !near && !party {
		return nil // a subject naming people stands for an actor only in an appeal
	}
	if e.Type == "" || s.gerundOfCharge(i) || s.thingSubject(i) && !party || s.treeClauseNoEvent(i) {
		return nil // the tree's checks last: they parse the sentence
	}
	if s.livingPatientVerb(lemma) {
		if n, ok := s.treeNode(i); ok && s.lifelessPatientOf(n) {
			return nil // "killed the motion": no violence by the dictionary either
		}
	}
	e.Armed = violentTypes[e.Type]
	e.GoalPlace = e.Type == Visit // "returned to Moscow", not "led to a ban" nor "ruled Chile"
	t.code, t.dictionary, t.ownVerb = code, true, true
	return t
}

// cameoMatch matches the clause of the verb at token i, its dictionary
// lemma lemma, with the CAMEO dictionary. When no pattern of the verb's
// own fits and the lexicon names a verb of the same sense whose patterns
// it borrows (cameo_borrow in data/triggers.yaml: "voice" takes
// "express"'s), a pattern of that verb fitting the clause gives the match
// ("voiced indignation at the drill" as "expressed indignation", 110).
func (s *sent) cameoMatch(i int, lemma string) (cameo.Match, bool) {
	m, ok := cameoDict().Match(s.clauseAt(i, lemma))
	if ok && m.Pattern != nil {
		return m, ok
	}
	other := s.d.lx.borrow[lemma]
	if other == "" {
		return m, ok
	}
	if b, found := cameoDict().Match(s.clauseAt(i, other)); found && b.Pattern != nil {
		return b, true
	}
	return m, ok
}

// appealVerbs are the dictionary verbs whose appeal a subject naming
// people makes without an actor near (partySubject; data/words.yaml).
var appealVerbs = wordList("appeal_verbs")

// soughtPattern reports whether the dictionary pattern p has a "for"
// phrase after the verb: "call * for:inquiry".
func soughtPattern(p *cameo.Pattern) bool {
	if p == nil {
		return false
	}
	for _, e := range p.After {
		if slices.Contains(e.Preps, "for") {
			return true
		}
	}
	return false
}

// catchAllStatement is the code of a statement "not specified below":
// the dictionary gives it to verbs that say little ("conveyed",
// "acknowledged", "witnessed", "scored"), and a statement the gold counts
// is named by the lexicon's statement triggers or a finer code (011-019).
const catchAllStatement = "010"

// catchAllConsult is the code of a consultation "not specified below":
// the dictionary gives it to verbs that name no meeting, bare ("weighed",
// "traveled") or with a pattern ("sent a letter"); the lexicon names the
// meetings (and refineCode still gives its meeting triggers finer codes).
const catchAllConsult = "040"

// games reports whether a word of the sentence is one of the lexicon's
// cameo_games (a sport, a game).
func (s *sent) games() bool {
	for j := s.first; j < s.last; j++ {
		if s.d.lemmaIn(s.word(j), s.d.lx.games) {
			return true
		}
	}
	return false
}

// actorWindow is how many tokens on each side of a dictionary verb
// actorNear looks at.
const actorWindow = 10

// actorNear reports whether an actor mention or a personal pronoun lies
// within actorWindow tokens of token i: a cheap test before Match, as a
// dictionary trigger needs an actor among its participants, or a group
// noun before it (frame).
func (s *sent) actorNear(i int) bool {
	for j := max(s.first, i-actorWindow); j < min(s.last, i+actorWindow+1); j++ {
		if s.d.actorAt[j] >= 0 || pronouns[s.word(j)] {
			return true
		}
	}
	return false
}

// cameoConfidence is the confidence of a trigger the CAMEO dictionary
// alone gives: lower than the lexicon's default, as its verbs are more
// often used in senses that are no event.
const cameoConfidence = 0.7

// verbUse reports whether the word at token i, whose verb lemma is lemma,
// is used as a verb: a past or -ing form (not after a determiner), an -s
// form after a pronoun or relative subject, or a base form after a verb
// cue ("to", a modal, an auxiliary, a pronoun, "not").
func (s *sent) verbUse(i int, lemma string) bool {
	w := s.word(i)
	if w != lemma && strings.HasSuffix(w, "s") && !pastForm(w) {
		// "forces", "talks": a plural noun as often as a verb; a verb
		// only after a pronoun or relative subject ("he urges", "which
		// threatens") or a name with an object after (present.go: "Li
		// criticizes Japanese leaders")
		return thirdPersonSubjects[s.word(i-1)] || s.presentAfterName(i)
	}
	if w != lemma {
		return !strings.HasSuffix(w, "ing") || !determiners[s.word(i-1)]
	}
	j := i - 1
	for j >= s.first && s.isAdverb(j) {
		j--
	}
	p := s.word(j)
	return p == "to" || auxiliaries[p] || futureAuxiliaries[p] || pronouns[p]
}

// participleModifier reports whether the participle at token i modifies
// the word after it ("preferred stock", "armed forces", "related
// charges"): an -ed or -ing form right before a plain word, with no
// auxiliary before it (cameoAt asks the parse too: parsedFinite).
func (s *sent) participleModifier(i int) bool {
	w := s.word(i)
	if !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") {
		return false
	}
	n := s.word(i + 1)
	if !isPlainWord(n) || particles[n] || s.infinitive(i+1) {
		return false
	}
	j := i - 1
	for j >= s.first && s.isAdverb(j) {
		j--
	}
	return !auxiliaries[s.word(j)]
}

// parsedFinite reports whether the parse reads token i as a finite verb
// in the past or present tense with a subject of its own ("Rice expressed
// optimism Monday"): no participle modifying the word after it, whatever
// the word window says.
func (s *sent) parsedFinite(i int) bool {
	tr, n, ok := s.treeAt(i)
	if !ok || tr == nil {
		return false
	}
	w := tr.w(n)
	if w.UPOS != "VERB" || w.XPOS != "VBD" && w.XPOS != "VBZ" && w.XPOS != "VBP" {
		return false
	}
	return len(tr.kids(n, is("nsubj"))) > 0
}

// thirdPerson returns the third person singular present of a verb lemma,
// for titles ("criticize" → "criticizes", "urge" → "urges").
func thirdPerson(lemma string) string {
	switch {
	case strings.HasSuffix(lemma, "y") && len(lemma) > 2 && !strings.ContainsRune("aeiou", rune(lemma[len(lemma)-2])):
		return lemma[:len(lemma)-1] + "ies"
	case strings.HasSuffix(lemma, "s"), strings.HasSuffix(lemma, "x"), strings.HasSuffix(lemma, "z"),
		strings.HasSuffix(lemma, "sh"), strings.HasSuffix(lemma, "ch"), strings.HasSuffix(lemma, "o"):
		return lemma + "es"
	}
	return lemma + "s"
}

var thirdPersonSubjects = wordList("third_person_subjects")

// refineCode gives a verb trigger of the lexicon the finer code of the
// dictionary when it falls in the trigger's type's category; a statement
// (010, "not specified below") whose code the dictionary files under
// another root takes that root's type, but a warning of a danger, or any
// warning that tells no threat of its speaker's (threatWarning), stays a
// statement, a pessimistic comment (012, dangerWarning), and so is a
// warning noun that names a danger (dangerNoun). Only a type
// whose code ends in 0 (a category "not specified below": 010, 040, 190)
// has finer codes in its category; the others keep theirs. An entry with
// a code of its own keeps it. Whatever the branch taken, warnedDanger
// then makes a warning of a danger or of a "that" clause 012 (deferred).
func (s *sent) refineCode(t *trigger) {
	defer s.warnedDanger(t)
	if t.e.Code != "" && t.code == "" {
		t.code = t.e.Code // the entry's own code (code in data/triggers.yaml)
		return
	}
	if t.code == "" && t.e.Type == Statement && s.dangerNoun(t) {
		t.code = pessimisticCode // "issued a warning of imbalances", "a tsunami warning"
		return
	}
	own := t.e.Type.CAMEO()
	if t.noun || t.code != "" || len(t.e.words) != 1 || !strings.HasSuffix(own, "0") {
		return // only a code ending in 0 ("040", "190") heads finer ones
	}
	m, ok := cameoDict().Match(s.clauseAt(t.start, t.e.words[0]))
	if !ok || m.Code == "" {
		return
	}
	code := string(m.Code)
	switch {
	case fitsType(code, t.e.Type) && len(code) >= len(own):
		t.code = code
	case t.e.Type == Statement && typeOfCode(code) == Threaten && s.ownThreatCode(t):
		// "warned it would cut supplies to Belarus", "warned of stern
		// action against farmers": the speaker's own side's threat, coded
		// by the act threatened (threatclause.go, ownThreat)
		e := *t.e
		e.Type = Threaten
		t.e, t.ownVerb = &e, true
	case t.e.Type == Statement && typeOfCode(code) == Threaten && (s.dangerWarning(t) ||
		warningVerbs[t.e.Lemma] && !s.threatWarning(t)):
		// "warned that insurgents will step up attacks", "warned against
		// expectations": a warning of a danger or an outlook, no threat of
		// the speaker's (warnthreat.go): a statement of a bleak outlook,
		// CAMEO's pessimistic comment
		t.code = pessimisticCode
	case t.e.Type == Statement && typeOfCode(code) != Statement:
		// "condemned" (111), "warned" (130), "vowed" (030): a statement
		// the codebook files under another root takes that root's type
		e := *t.e
		e.Type = typeOfCode(code)
		t.e, t.code, t.ownVerb = &e, code, true
	}
}

// warnedDanger codes a warning verb the dictionary left a plain
// statement (no code, or 010), or a warning noun the parse reads as a
// verb, as a pessimistic comment (012) when what
// it warns is a danger (dangerWarning) or a state of affairs told in a
// "that" clause (warnedThat): "said so, while warning that membership
// was crucial", "added to the calls, warning that supplies had run low".
func (s *sent) warnedDanger(t *trigger) {
	if t.noun || t.e.Type != Statement || t.code != "" && t.code != Statement.CAMEO() || !warningVerbs[t.e.Lemma] && !warningNouns[t.e.Lemma] {
		return
	}
	if s.warnedThat(t.end) || s.dangerWarning(t) {
		t.code = pessimisticCode
	}
}

// clauseAt builds the clause of the verb at token i from the parse
// (treeClause), or, when the sentence has none or the parse reads the word
// as no verb, from the tokens (see the rules above).
func (s *sent) clauseAt(i int, lemma string) cameo.Clause {
	if c, ok := s.treeClause(i, lemma); ok {
		return c
	}
	c := cameo.Clause{Verb: cameo.Word{Lemma: lemma, Form: s.word(i)}}
	j := i - 1
	for j >= s.first && (s.isAdverb(j) || auxiliaries[s.word(j)] || futureAuxiliaries[s.word(j)]) {
		c.Other = append(c.Other, s.cword(j))
		j--
	}
	if j >= s.first && s.tok(j).Kind == token.Word && !clauseStops[s.word(j)] && !prepositions[s.word(j)] {
		c.Subject = cameo.Phrase{Head: s.cword(j)}
	}
	end := min(s.last, i+1+clauseSpan)
	k := i + 1
	if k < end && particles[s.word(k)] && !(k+1 < end && s.word(k+1) == "of") {
		c.Particle = s.cword(k)
		k++
	}
	if k < end && s.word(k) == "to" && s.infinitive(k) {
		c.Other = append(c.Other, s.cword(k+1))
	}
	if k < end && !prepositions[s.word(k)] {
		c.Object, k = s.phraseAt(k, end)
	}
	for ; k < end; k++ {
		w := s.word(k)
		if objectStops[w] && w != "and" {
			break
		}
		if !prepositions[w] || (w == "to" && s.infinitive(k)) {
			continue
		}
		obj, next := s.phraseAt(k+1, end)
		c.Preps = append(c.Preps, cameo.Prep{Case: s.cword(k), Object: obj})
		k = next - 1
	}
	return c
}

// phraseAt reads the noun phrase starting at token k (determiners
// skipped; at most phraseSpan words up to a preposition, punctuation or
// stop word): the last word is its head. It returns the phrase and the
// token after it.
func (s *sent) phraseAt(k, end int) (cameo.Phrase, int) {
	for k < end && (determiners[s.word(k)] || s.tok(k).Kind == token.Number) {
		k++
	}
	var words []cameo.Word
	for n := 0; k < end && n < phraseSpan; n++ {
		w := s.word(k)
		if s.tok(k).Kind != token.Word || prepositions[w] || objectStops[w] || auxiliaries[w] {
			break
		}
		words = append(words, s.cword(k))
		k++
	}
	if len(words) == 0 {
		return cameo.Phrase{}, k
	}
	return cameo.Phrase{Head: words[len(words)-1], Mods: words[:len(words)-1]}, k
}

// cword is the token at j as a dictionary word: its form, and as lemma
// the singular of a plural noun form.
func (s *sent) cword(j int) cameo.Word {
	w := s.word(j)
	return cameo.Word{Lemma: singular(w), Form: w}
}

// singular returns the lower-case word w with a plural ending taken off
// ("parties" → "party", "sanctions" → "sanction"), or w.
func singular(w string) string {
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 3:
		return w[:len(w)-1]
	}
	return w
}

// askedNotDone reports whether an appeal verb's dictionary code, when its
// pattern tells what is asked for, files the act asked for rather than
// the asking: "called for an inquiry", "called for international action
// against" (090, 113, 1312 ...) are appeals (020). A statement, an appeal
// or a consultation (roots 01, 02, 04), an intent (03: "called for talks")
// and a demand (10) keep their codes.
func askedNotDone(code string) bool {
	root := code[:min(2, len(code))]
	return root >= "05" && root != "10"
}
