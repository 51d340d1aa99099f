package event

import (
	"slices"
	"strings"
	"unicode"

	"github.com/chronograph-news/chronograph/timex"
	"github.com/chronograph-news/chronograph/token"
)

// A time expression attached in the tree governs its clause only. When
// the parse attaches a time expression to no word of a trigger
// (timetree.go), the word rules of date may still reach for it; the parse
// keeps them from taking a possessive one of a noun the trigger's words
// do not govern: "the opposition, defeated in the last elections, vowed
// to win Sunday's polls" (Sunday is the polls', not the last elections').
//
// Relative clauses are not taken as bounds, although the TIMEX view says
// a time inside one ("Rebels who had attacked the town on Monday were
// arrested") is that clause's: the parser's relative clauses and the
// words they hang on are too often wrong in news, and the bound took
// right dates away more often than wrong ones (on TimeBank/AQUAINT's
// dated gold events, 9 of 262 right dates lost; on the held-out gold
// events 3 matches). What a relative clause tells with no time of its
// own is still background, bound by the publication (aspect.go). Three
// narrower bounds do hold. A time inside a full relative clause on a noun
// below the trigger's word is the clause's, not the trigger's ("Hamas
// condemned the approval of the accord that was reached on Tuesday": the
// reaching's Tuesday, not the condemnation's; timetree.go, below). A
// clause told in the perfect takes no time from outside its subtree
// (perfectClause), and neither does a full relative clause describing a
// noun in apposition, which tells who the noun is ("appointed Cordovez, a
// diplomat who helped negotiate the Soviet withdrawal":
// appositiveRelative). The
// other way round, a reduced relative clause on a noun (a participle
// after it: "the withdrawal agreed in the May 3 accord, an officer said
// Tuesday") takes no time from the verb that reports its sentence
// (reducedParticiple, reportingTime): what it tells happened before the
// report, by how long unknown. The time of the clause it hangs in it
// still takes ("In January, Zelensky published videos of soldiers
// captured by Ukrainian troops": captured in January, as often in news),
// unless it says during what it happened and the time comes before it
// ("marched on Tuesday behind the coffin of a man killed during the
// riots": framedReduced). Two bounds come from descriptions: a year
// before a noun of another clause, and the time of a past participle or
// relative clause set off by commas on another noun, describe that noun
// (describedElsewhere).

// relativeClause reports whether n heads a relative clause on a noun:
// a full one ("who had attacked", acl:relcl; ", where ..." the parse
// hangs on a verb: whereClause), or, when reduced is true, a
// reduced one told by a past participle that follows its noun with no
// comma ("the people killed in Sunday's attack"). One in -ing, or after a
// comma, is left out: the parse makes one of many of an adverbial clause
// ("hit a block, killing 108 people") or of a main verb after a long
// subject ("An aircraft, bound for X, crashed on ...").
func (s *syntax) relativeClause(n node, reduced bool) bool {
	tr := s.tr
	switch tr.rel(n) {
	case "acl:relcl":
		// a clause opened by a subordinator ("said in late February
		// that North Korea appeared to have sent") is a complement the
		// parse hung on the nearest noun: a relative pronoun is an
		// argument of its clause, not its mark
		return len(tr.kids(n, is("mark"))) == 0
	case "acl":
		if !reduced || tr.w(n).XPOS != "VBN" {
			return false
		}
		toks := s.tokensOf(n)
		return len(toks) > 0 && s.word(toks[0]-1) != ","
	case "parataxis", "advcl":
		// ", where ..." after a noun, which the parse may hang on the
		// main verb: "in the fourth Test, where his wickets helped
		// Australia win" (the clause describes the place, as acl:relcl)
		return s.whereClause(n)
	}
	return false
}

// whereClause reports whether clause n opens, right after a comma, with
// "where" as its own adverb.
func (s *syntax) whereClause(n node) bool {
	tr := s.tr
	for _, k := range tr.kids(n, is("advmod")) {
		if !strings.EqualFold(tr.w(k).Form, "where") {
			continue
		}
		lo, _ := s.subtreeTokens(n)
		toks := s.tokensOf(k)
		return len(toks) > 0 && toks[0] == lo && s.word(lo-1) == ","
	}
	return false
}

// outOfClause reports whether the parse places the time expression whose
// first token is c on a noun of its own that t is not part of: a
// possessive time ("Sunday's polls") is its noun's, unless that noun
// opens the sentence as the frame of t's clause ("In Tuesday's unrest,
// protesters threw stones": frameNoun). Other times the parse
// attaches to nouns too loosely to keep them from the clause ("headed for
// Jordan on Wednesday for talks": nmod of Jordan). It is false without a
// parse.
func (s *syntax) outOfClause(c int, t *trigger) bool {
	if s.tree() == nil {
		return false
	}
	at, ok := s.attachmentOf(c)
	if !ok || at.rel != "nmod:poss" {
		return false
	}
	return !s.triggerNodes(t)[at.head] && !s.frameNoun(at.head, t)
}

// framePossessive reports whether the time expression whose first token
// is c is the possessive of an opening phrase's noun that frames t's
// clause (frameNoun): "In Tuesday's unrest, protesters threw stones".
// It is false without a parse.
func (s *syntax) framePossessive(c int, t *trigger) bool {
	if s.tree() == nil {
		return false
	}
	at, ok := s.attachmentOf(c)
	return ok && at.rel == "nmod:poss" && s.frameNoun(at.head, t)
}

// framePrepositions are the prepositions of an opening phrase whose noun's
// possessive time frames the clause after it ("In Tuesday's unrest,
// protesters threw stones"; "During Sunday's rally, police arrested 20")
// (data/words.yaml).
var framePrepositions = wordList("frame_prepositions")

// sittingPrepositions and sittingNouns make an oblique after its verb a
// sitting whose possessive time frames the verb's act ("agreed at this
// week's summit") (data/words.yaml).
var (
	sittingPrepositions = wordList("sitting_prepositions")
	sittingNouns        = wordList("sitting_nouns")
)

// frameNoun reports whether n is the noun of a phrase that opens the
// sentence, marked by one of framePrepositions, as an oblique of t's clause
// verb: its possessive time is the clause's.
func (s *syntax) frameNoun(n node, t *trigger) bool {
	tr := s.tree()
	v, ok := s.clauseVerb(t)
	if !ok {
		return false
	}
	if h, up := tr.head(n); up && tr.rel(n) == "nmod" && tr.rel(h) == "nsubj" && sittingNoun(tr, n) {
		// "leaders at September's summit pledged": the subject's sitting
		if p, up := tr.head(h); up && p == v {
			return true
		}
	}
	if baseRel(tr.rel(n)) != "obl" || !framePrepositions[tr.caseWord(n)] {
		return false
	}
	if h, up := tr.head(n); !up || h != v {
		return false
	}
	if n > v {
		// "agreed at this week's summit": a sitting after the verb
		return sittingNoun(tr, n)
	}
	for _, k := range tr.kids(n, is("case")) {
		if toks := s.tokensOf(k); len(toks) > 0 && toks[0] == s.first {
			return true
		}
	}
	return false
}

// sittingNoun reports whether n is one of sittingNouns after one of
// sittingPrepositions: "at this week's summit".
func sittingNoun(tr *tree, n node) bool {
	return sittingPrepositions[tr.caseWord(n)] && sittingNouns[strings.ToLower(tr.w(n).Form)]
}

// datelineTime reports whether the time expression whose first token is
// c is the date of a dateline opening the sentence ("MOSCOW, June 18
// (Xinhua) --"): a word in capitals, then only capitalized words and
// commas before it, and after it
// a dash, perhaps after a bracketed agency name. A dateline dates the
// filing of the report, as the publication date does: it dates an event
// the report tells as the day's news, not one told in another tense than
// the simple past (reportedApart).
func (s *syntax) datelineTime(c int) bool {
	if c == s.first || c-s.first > maxDatelinePlace {
		return false
	}
	if w := s.tok(s.first).Text; len(w) < 2 || strings.ToUpper(w) != w || strings.ToLower(w) == w {
		return false
	}
	for i := s.first + 1; i < c; i++ {
		if w := s.tok(i).Text; w != "," && !unicode.IsUpper([]rune(w)[0]) {
			return false // "SEOUL, South Korea, May 2 --"
		}
	}
	end := s.timexEnd(c)
	if s.word(end) == "(" {
		for end < s.last && end-c < maxDatelinePlace+4 && s.word(end) != ")" {
			end++
		}
		end++
	}
	switch s.word(end) {
	case "--", "—", "–", "-":
		return true
	}
	return false
}

// datelineEnd returns the first token after a dateline opening the
// sentence ("MOGADISHU, Dec 23 (AFP) -", "KABUL (Reuters) --", "LONDON
// --"): a word in capitals, then only capitalized words, commas and a
// time expression, perhaps a bracketed agency name, then a dash apart
// from the word before it; or
// s.first when the sentence opens with none. The dateline names where the
// report was filed, not who acted.
func (s *syntax) datelineEnd() int {
	if w := s.tok(s.first).Text; len(w) < 2 || strings.ToUpper(w) != w || strings.ToLower(w) == w {
		return s.first
	}
	i := s.first + 1
	for i < s.last && i-s.first <= maxDatelinePlace && (s.word(i) == "," || unicode.IsUpper([]rune(s.tok(i).Text)[0])) && s.d.timexAt[i] < 0 {
		i++
	}
	if i < s.last && s.d.timexAt[i] >= 0 {
		i = s.timexEnd(i)
	}
	if s.word(i) == "(" {
		start := i
		for i < s.last && i-start < maxDatelinePlace && s.word(i) != ")" {
			i++
		}
		i++
	}
	switch s.word(i) {
	case "--", "—", "–", "-":
		if s.tok(i).Start > s.tok(i-1).End {
			return i + 1
		}
		// a hyphen joining words is no dateline's dash ("US-based
		// rights group ...")
	}
	return s.first
}

// maxDatelinePlace bounds the tokens of a dateline's place and its
// commas ("NEW YORK ,", "SEOUL , South Korea ,").
const maxDatelinePlace = 5

// treeWhen returns the time expression a when-clause describes, found on
// the parse: t's clause verb has "when" as an adverb, and the expression
// ends right before it, perhaps with a comma ("since January, when 107
// soldiers were killed, more than 30 of them in a helicopter crash": the
// crash is told in the when-clause, after a comma the word rules stop
// at). It returns nil otherwise.
func (s *syntax) treeWhen(t *trigger) *timex.Timex {
	v, ok := s.clauseVerb(t)
	if !ok {
		return nil
	}
	for _, k := range s.tr.kids(v, is("advmod")) {
		if !strings.EqualFold(s.tr.w(k).Form, "when") {
			continue
		}
		toks := s.tokensOf(k)
		if len(toks) == 0 {
			continue
		}
		j := toks[0] - 1
		if s.word(j) == "," {
			j--
		}
		if j < s.first || s.d.timexAt[j] < 0 {
			continue
		}
		if x := &s.d.in.Times[s.d.timexAt[j]]; datesEvents(x) {
			return x
		}
	}
	return nil
}

// aclVerb returns the parse word of the verb trigger t when the parse
// makes it a clause describing a noun (acl): a participle after its noun.
func (s *syntax) aclVerb(t *trigger) (node, bool) {
	if t.noun || s.tree() == nil {
		return noNode, false
	}
	n, ok := s.verbNode(t)
	if !ok || s.tr.rel(n) != "acl" {
		return noNode, false
	}
	return n, true
}

// reducedParticiple returns the parse word of the verb trigger t when it
// heads a reduced relative clause on a noun that tells an event of its
// own ("the pullout agreed in the August accord", "a candidate nominated
// by Hamas"): a past participle after its noun with no comma (the tagger
// may give it as a simple past when it has no subject or auxiliary).
func (s *syntax) reducedParticiple(t *trigger) (node, bool) {
	n, ok := s.aclVerb(t)
	if !ok {
		return noNode, false
	}
	tr := s.tr
	switch tr.w(n).XPOS {
	case "VBN":
	case "VBD":
		if len(tr.kids(n, is("nsubj", "nsubj:pass", "aux", "aux:pass"))) > 0 {
			return noNode, false
		}
	default:
		return noNode, false
	}
	if h, ok := tr.head(n); !ok || h > n {
		return noNode, false
	}
	toks := s.tokensOf(n)
	if len(toks) == 0 || s.word(toks[0]-1) == "," {
		return noNode, false
	}
	return n, true
}

// setOffParticiple returns the parse word of the verb trigger t when it
// heads a past participle clause set off by a comma after the noun it
// describes ("the group's leader, jailed in Spain for fraud, was freed
// on Tuesday"): an event of its own, told of the noun before the main
// clause's, which the main clause's time does not date (its own may:
// "the leader, jailed in May, was freed").
func (s *syntax) setOffParticiple(t *trigger) (node, bool) {
	n, ok := s.aclVerb(t)
	if !ok {
		return noNode, false
	}
	tr := s.tr
	if tr.w(n).XPOS != "VBN" || len(tr.kids(n, is("nsubj", "nsubj:pass", "aux", "aux:pass", "mark"))) > 0 {
		return noNode, false
	}
	if h, ok := tr.head(n); !ok || h > n || !tr.nominal(h) {
		return noNode, false
	}
	toks := s.tokensOf(n)
	if len(toks) == 0 || s.word(toks[0]-1) != "," {
		return noNode, false
	}
	return n, true
}

// inSubtree reports whether the parse word of token c lies in the
// subtree of n.
func (s *syntax) inSubtree(c int, n node) bool {
	m, ok := s.treeNode(c)
	for depth := 0; ok && depth < maxTreeWalk; depth++ {
		if m == n {
			return true
		}
		m, ok = s.tr.head(m)
	}
	return false
}

// framedReduced returns the reduced relative clause that holds t (t's
// own verb, or a noun of its phrase), when that clause says during what
// happening its event took place: a past participle right after its noun
// with no comma ("a man killed during the riots", "rebels captured in the
// assault") with an oblique of "during", or of "in" or "amid" naming an
// event noun of the lexicon. Such a clause is dated by that happening,
// not by the clause it hangs in, which often tells a later day
// ("Mourners marched on Tuesday behind the coffin of a man killed during
// the riots"). The walk up stops at any other verb.
func (s *sent) framedReduced(t *trigger) (node, bool) {
	tr := s.tree()
	if tr == nil {
		return noNode, false
	}
	cur, ok := s.triggerNode(t)
	for depth := 0; ok && depth < maxTreeWalk; depth++ {
		if tr.rel(cur) == "acl" && tr.w(cur).XPOS == "VBN" {
			h, up := tr.head(cur)
			toks := s.tokensOf(cur)
			if up && h < cur && len(toks) > 0 && s.word(toks[0]-1) != "," && s.framedBy(cur) {
				return cur, true
			}
			return noNode, false
		}
		if tr.verbal(cur) && depth > 0 {
			return noNode, false
		}
		cur, ok = tr.head(cur)
	}
	return noNode, false
}

// framedBy reports whether the verb at n has an oblique telling during
// what happening it took place: "during" anything, "in" or "amid" an
// event noun of the lexicon ("killed during the riots", "captured in the
// assault").
func (s *sent) framedBy(n node) bool {
	tr := s.tree()
	for _, k := range tr.kids(n, is("obl")) {
		switch tr.caseWord(k) {
		case "during":
			return true
		case "in", "amid":
			for _, o := range s.triggers {
				if on, ok := s.triggerNode(o); ok && o.noun && on == k {
					return true
				}
			}
		}
	}
	return false
}

// nounVerbTime reports whether the time expression whose first token is
// c, a day or a finer time, is that of the verb whose subject is the noun
// that the reduced participle n describes ("hostages freed in Lima Friday
// reiterated their demand"): the day of the verb's act, which the
// participle's came before. It is when the parse hangs it on that verb as
// a time, or on a complement completing that verb's predicate ("a farmer
// charged with theft pleaded not guilty on Friday": predicateOf), or when it is a bare day (no preposition) right before the verb
// or its auxiliary, where news tells the day of its main verb (the parse
// may hang such a day on the participle). A coarser time (a month, a
// year) may hold both acts, and is left to the rules after.
func (s *syntax) nounVerbTime(c int, n node) bool {
	if !fine(&s.d.in.Times[s.d.timexAt[c]]) {
		return false
	}
	tr := s.tr
	h, ok := tr.head(n)
	if !ok || !is("nsubj", "nsubj:pass")(tr.rel(h)) {
		return false
	}
	v, ok := tr.head(h)
	if !ok || !tr.verbal(v) {
		return false
	}
	a, ok := s.attachmentOf(c)
	if !ok || !timeRels(a.rel) {
		return false
	}
	if a.head == v || s.predicateOf(a.head, v) {
		return true
	}
	if a.head != n || !bareTimeRels(a.rel) {
		return false
	}
	next, ok := s.treeNode(s.timexEnd(c))
	if !ok {
		return false
	}
	if hn, ok := tr.head(next); ok && hn == v && is("aux", "aux:pass")(tr.rel(next)) {
		next = v
	}
	return next == v
}

// predicateOf reports whether the parse word h is a complement of the
// verb v that completes its predicate, directly or through other such
// complements (xcomp, at most maxConj steps): "pleaded not guilty on
// Friday", "was found dead Sunday", where the parse hangs the day on the
// adjective. A time hung there is the verb's.
func (s *syntax) predicateOf(h, v node) bool {
	tr := s.tr
	for depth := 0; depth < maxConj && tr.rel(h) == "xcomp"; depth++ {
		up, ok := tr.head(h)
		if !ok {
			return false
		}
		if up == v {
			return true
		}
		h = up
	}
	return false
}

// bareTimeRels are the relations of a time expression with no preposition.
var bareTimeRels = is("obl:tmod", "obl:unmarked", "obl:npmod", "nmod:tmod", "nmod:unmarked")

// reportingTime reports whether the parse hangs the time expression whose
// first token is c on a reporting verb ("an officer said Tuesday"), by
// any relation (the parse may take a bare day for the subject of "said").
func (s *syntax) reportingTime(c int) bool {
	a, ok := s.attachmentOf(c)
	return ok && s.tr.verbal(a.head) && s.tr.lemmaIn(a.head, s.d.lx.reporting)
}

// participleOn reports whether token j, right after the comma that
// follows the noun trigger t, is a past participle opening a modifier of
// that noun ("In his appeal, lodged last week, he admitted ...", "the
// talks, held on Friday,"): what it tells, its time included, is the
// noun's event. The word's shape decides (the parse often makes such a
// participle the main verb), unless the parse gives it a subject of its
// own ("The talks, they said, ...").
func (s *syntax) participleOn(j int, t *trigger) bool {
	w := s.word(j)
	if !t.noun || j >= s.last || s.tok(j).Text != w || !isParticiple(w) || s.d.timexAt[j] >= 0 {
		return false
	}
	if !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "en") && irregular[w] == "" {
		return false
	}
	if tr, n, ok := s.treeAt(j); ok && len(tr.kids(n, is("nsubj", "nsubj:pass", "aux", "aux:pass"))) > 0 {
		return false
	}
	return true
}

// perfectClause returns the parse word of the verb trigger t when its
// clause tells, by its tense, a time apart from the clause it hangs in:
// a present perfect ("Japan has pledged funds"), or a relative clause in
// the perfect or progressive ("the president, who has called for talks,
// spoke on Wednesday"; "rebels who had attacked the town"). A time
// expression outside that clause's subtree does not date it: the
// present perfect takes no definite past time of another clause, and a
// relative clause in the perfect tells what lay before its noun's
// event. With no time of its own the event is then bound by the
// publication date (aspect.go). The simple past in a relative clause is
// left to the word rules (see the note above).
func (s *syntax) perfectClause(t *trigger) (node, bool) {
	n, ok := s.verbNode(t)
	if !ok {
		return noNode, false
	}
	tr := s.tr
	if w := tr.w(n); w.UPOS != "VERB" && w.UPOS != "AUX" {
		return noNode, false
	}
	present, perfect, progressive := false, false, false
	for _, k := range tr.kids(n, is("aux", "aux:pass")) {
		form := strings.ToLower(strings.ReplaceAll(tr.w(k).Form, "’", "'"))
		switch {
		case strings.ToLower(tr.w(k).Lemma) == "have" || perfectAuxiliaries[form]:
			perfect = true
			present = present || presentPerfectAuxiliaries[form]
		case beForms[form]:
			progressive = progressive || tr.w(n).XPOS == "VBG"
		}
	}
	if present || (perfect || progressive) && s.relativeClause(n, false) {
		return n, true
	}
	return noNode, false
}

// appositiveRelative returns the verb of the full relative clause that
// holds the verb trigger t (t's verb, or a verb it completes or is
// coordinated with) when the clause describes a noun in apposition: "Diego
// Cordovez, an Ecuadoran diplomat who helped negotiate the Soviet
// withdrawal". Such a clause tells who the noun is, its past: no time of
// the clause around the apposition dates it. It is false without a parse.
func (s *syntax) appositiveRelative(t *trigger) (node, bool) {
	n, ok := s.verbNode(t)
	if !ok {
		return noNode, false
	}
	tr := s.tr
	for k := 0; k < 3 && (tr.rel(n) == "xcomp" || tr.rel(n) == "conj"); k++ {
		h, ok := tr.head(n)
		if !ok {
			return noNode, false
		}
		n = h
	}
	if tr.rel(n) != "acl:relcl" || !s.relativeClause(n, false) {
		return noNode, false
	}
	if h, ok := tr.head(n); ok && tr.rel(h) == "appos" {
		return n, true
	}
	return noNode, false
}

// plannedNounTime reports whether the parse hangs the time expression
// whose first token is c on a noun, after t and no word of t, that an
// attribute of plans modifies (data/modality.yaml, attributes, planned:
// "denied any link with North Korea's expected announcement this week"):
// the time is when that noun's event is to come, not t's. It is false
// without a parse.
func (s *syntax) plannedNounTime(c int, t *trigger) bool {
	if c < t.end || s.tree() == nil {
		return false
	}
	at, ok := s.attachmentOf(c)
	if !ok || !timeRels(at.rel) || s.triggerNodes(t)[at.head] {
		return false
	}
	tr := s.tr
	if w := tr.w(at.head); w.UPOS != "NOUN" {
		return false
	}
	if toks := s.tokensOf(at.head); len(toks) == 0 || s.d.timexAt[toks[0]] >= 0 {
		return false // a word of a time ("in the early hours of Thursday")
	}
	for _, k := range tr.kids(at.head, is("amod")) {
		// "early" tells an election called ahead, but mostly a part of a
		// period ("at the airport in the early hours of Thursday")
		if tr.classOf(k, theModality.attributes) == Planned && !strings.EqualFold(tr.w(k).Form, "early") {
			return true
		}
	}
	return false
}

var earlierAdjectives = wordList("earlier_adjectives")

// ongoingAdjectives tell a state under way (data/words.yaml).
var ongoingAdjectives = wordList("ongoing_adjectives")

// earlierNounReach is how many words before a noun trigger an
// earlier-adjective may stand, over names and modifiers ("previous WTO
// ministerial meetings").
const earlierNounReach = 4

// earlierNoun reports whether the noun trigger t tells an event that lay
// before the report: it is modified by one of earlierAdjectives ("at
// previous WTO meetings", "the collapse of earlier talks"; the words
// before the noun decide, up to a determiner, a punctuation mark or
// earlierNounReach words), or the parse places it in a phrase told as
// before its clause (earlierPhrase: "signed the accords on Sunday, after
// a summit of 48 countries": the summit came before, by how long the text
// does not say), or gives it a relative clause in the perfect
// (perfectRelative).
func (s *syntax) earlierNoun(t *trigger) bool {
	if !t.noun {
		return false
	}
	if s.tree() != nil {
		if n, ok := s.triggerNode(t); ok && (s.earlierPhrase(s.nounPhraseTop(n)) || s.perfectRelative(n)) {
			return true
		}
	}
	return s.earlierAdjective(t) || s.recentAdjective(t)
}

// nounPhraseClimb is how many conjunct or noun-modifier links
// nounPhraseTop climbs from a noun trigger to the noun its phrase hangs
// by ("after a fire and explosion", "following the collapse of talks").
const nounPhraseClimb = 2

// nounPhraseTop returns the noun whose phrase holds the noun n: n, or the
// noun n is a conjunct ("a fire and explosion") or a noun modifier ("the
// collapse of talks") of, up to nounPhraseClimb links.
func (s *syntax) nounPhraseTop(n node) node {
	tr := s.tr
	for range nounPhraseClimb {
		h, up := tr.head(n)
		if !up || tr.verbal(h) || (tr.rel(n) != "conj" && baseRel(tr.rel(n)) != "nmod") {
			break
		}
		if w := tr.w(h).UPOS; w != "NOUN" && w != "PROPN" {
			break
		}
		n = h
	}
	return n
}

// earlierPhrase reports whether the noun n tells an event told as before
// the clause it hangs on: an oblique marked by one of earlierMarkers or
// afterAnchors ("after a summit", "following the collapse of talks") or
// one of perfectObliqueCases on a verb in the perfect (perfectHead), or
// the subject of a clause whose verb is told as before the report
// (treeAspect: "after a verdict cost him his seat", "the vote has
// split the party"): its subject's event lies before too. A clause a time
// expression dates (timeBelow) tells its own time.
func (s *syntax) earlierPhrase(n node) bool {
	tr := s.tr
	switch baseRel(tr.rel(n)) {
	case "obl":
		c := tr.caseWord(n)
		if earlierMarkers[c] || afterAnchors[c] {
			return true
		}
		if s.aftermathOf(n, c) {
			return true
		}
		perfect, past := s.perfectHead(n)
		return perfect && perfectObliqueCases[c] || past && pastPerfectObliqueCases[c]
	case "nmod":
		return s.aftermathOf(n, tr.caseWord(n))
	case "nsubj":
		h, up := tr.head(n)
		if !up || !tr.verbal(h) || tr.w(h).UPOS != "VERB" || s.timeBelow(h) {
			return false
		}
		toks := s.tokensOf(h)
		if len(toks) == 0 {
			return false
		}
		a, ok := s.treeAspect(toks[0])
		return ok && (a.perfect || a.earlier)
	}
	return false
}

// aftermathCases mark the phrase of a noun whose event its head comes out
// of, and aftermathHeads are the verbs and nouns so headed: "rebounded
// from damaging hurricanes", "learn from a deadly train crash", "injuries
// from the earthquake", "returned from a trip" (aftermathOf).
var (
	aftermathCases = wordList("aftermath_cases")
	aftermathHeads = wordList("aftermath_heads")
)

// aftermathOf reports whether the noun n, in a phrase its case word c
// marks, tells an event its head comes out of (aftermathCases on one of
// aftermathHeads): that event lies before the head's. A head a time
// expression dates below keeps the rule out ("recovered from Monday's
// crash" is dated by its own words elsewhere).
func (s *syntax) aftermathOf(n node, c string) bool {
	tr := s.tr
	if !aftermathCases[c] {
		return false
	}
	h, up := tr.head(n)
	return up && (tr.lemmaIn(h, aftermathHeads) || aftermathHeads[strings.ToLower(tr.w(h).Form)]) && !s.timeBelow(h)
}

// perfectObliqueCases mark an oblique in which a noun tells an event of
// the clause it hangs on when that clause is told in the perfect;
// pastPerfectObliqueCases more of them when it is told in the past
// perfect (perfectHead).
var (
	perfectObliqueCases     = wordList("perfect_oblique_cases")
	pastPerfectObliqueCases = wordList("past_perfect_oblique_cases")
	// perfectStates are the verbs of a state whose perfect lasts up to
	// the report: the event of their oblique may still be under way
	// ("has become involved in the invasion").
	perfectStates = wordList("perfect_states")
)

// perfectHead reports whether the noun n hangs on a verb told in the
// perfect that no time expression of its own dates, and whether in the
// past perfect: what the oblique tells ("have been killed in clashes",
// "had reached the final with a win over the hosts") lies before the
// report as that verb does; not under a verb of state (perfectStates). A
// present perfect may tell the day's news at
// an occasion under way ("has come under pressure at the talks here"); a
// past perfect places its clause before the time told.
func (s *syntax) perfectHead(n node) (perfect, past bool) {
	tr := s.tr
	h, up := tr.head(n)
	if !up || tr.w(h).UPOS != "VERB" || perfectStates[strings.ToLower(tr.w(h).Lemma)] || perfectStates[strings.ToLower(tr.w(h).Form)] || s.timeBelow(h) {
		return false, false
	}
	toks := s.tokensOf(h)
	if len(toks) == 0 {
		return false, false
	}
	if a, ok := s.treeAspect(toks[0]); !ok || !a.perfect {
		return false, false
	}
	for _, k := range tr.kids(h, is("aux")) {
		if strings.EqualFold(tr.w(k).Form, "had") {
			return true, true
		}
	}
	return true, false
}

// recentAmod reports whether one of recentAdjectives modifies the noun n
// in the parse (relation amod).
func (s *syntax) recentAmod(n node) bool {
	for _, k := range s.tr.kids(n, is("amod")) {
		if recentAdjectives[strings.ToLower(s.tr.w(k).Form)] {
			return true
		}
	}
	return false
}

// recentFrame reports whether the verb trigger t's event happened in the
// course of an event told as over before the report: an oblique marked by
// one of framePrepositions ("during", "in", "at") whose noun one of
// recentAdjectives modifies ("pledged aid during a recent visit to the
// region"). The phrase is looked for on t's verb and on a to-infinitive
// that verb governs, where the parse may hang it ("urged the city to
// widen its roads during a recent tour"): the infinitive tells what was
// urged, the recent occasion is the urging's. Undated, the event is
// bounded by the publication date (bindUndated).
func (s *syntax) recentFrame(t *trigger) bool {
	if t.noun || s.tree() == nil {
		return false
	}
	tn, ok := s.triggerNode(t)
	if !ok {
		return false
	}
	tr := s.tr
	clauses := []node{tn}
	for _, k := range tr.kids(tn, is("xcomp", "advcl")) {
		if tr.rel(k) == "xcomp" || tr.markWord(k) == "to" {
			clauses = append(clauses, k)
		}
	}
	for _, o := range tr.kids(tn, is("obj")) {
		for _, k := range tr.kids(o, is("acl")) {
			if tr.markWord(k) == "to" {
				clauses = append(clauses, k)
			}
		}
	}
	for _, c := range clauses {
		for _, k := range tr.kids(c, func(r string) bool { return baseRel(r) == "obl" }) {
			if framePrepositions[tr.caseWord(k)] && s.recentAmod(k) {
				return true
			}
		}
	}
	return false
}

// recentAdjectives tell a noun's event over before the report ("Bush's
// recent visit"), and so does a hyphenated word with a part among
// finishedParts or earlierAdverbs ("the just-concluded talks")
// (data/words.yaml).
var (
	recentAdjectives = wordList("recent_adjectives")
	finishedParts    = wordList("finished_parts")
)

// recentAdjective reports whether one of recentAdjectives, or a
// hyphenated word with a part among finishedParts or earlierAdverbs
// ("just-concluded", "recently-ended"), modifies the noun trigger t: the
// words before the noun decide, as for earlierAdjective.
func (s *syntax) recentAdjective(t *trigger) bool {
	if !t.noun {
		return false
	}
	for j := t.start - 1; j >= s.first && j >= t.start-earlierNounReach; j-- {
		w := s.word(j)
		if recentAdjectives[w] {
			return true
		}
		if finishedParts[w] && j-1 > s.first && s.word(j-1) == "-" && s.tok(j-1).End == s.tok(j).Start {
			return true // the tokenizer splits the hyphen off: "just - concluded"
		}
		if parts := strings.Split(w, "-"); len(parts) > 1 {
			for _, part := range parts {
				if finishedParts[part] || earlierAdverbs[part] || recentAdjectives[part] {
					return true
				}
			}
		}
		if definiteDeterminers[w] || w == "a" || w == "an" || !isPlainWord(w) && s.d.actorAt[j] < 0 {
			return false
		}
	}
	return false
}

// ongoingAdjective reports whether one of ongoingAdjectives modifies the
// noun trigger t ("the ongoing Russian invasion"); a hyphenated
// "long-running" is one word of the list.
func (s *syntax) ongoingAdjective(t *trigger) bool {
	return s.modifierBefore(t, func(j int) bool {
		w := s.word(j)
		return ongoingAdjectives[w] || j-2 >= s.first && s.word(j-1) == "-" && ongoingAdjectives[s.word(j-2)+"-"+w]
	})
}

// earlierAdjective reports whether one of earlierAdjectives modifies the
// noun trigger t ("at previous WTO meetings").
func (s *syntax) earlierAdjective(t *trigger) bool {
	return s.modifierBefore(t, func(j int) bool { return earlierAdjectives[s.word(j)] })
}

// modifierBefore reports whether match holds for one of the modifiers of
// the noun trigger t: the words before the noun decide, up to a
// determiner, a punctuation mark other than a hyphen, or earlierNounReach
// words; a name passes ("at previous WTO meetings").
func (s *syntax) modifierBefore(t *trigger, match func(j int) bool) bool {
	if !t.noun {
		return false
	}
	for j := t.start - 1; j >= s.first && j >= t.start-earlierNounReach; j-- {
		if match(j) {
			return true
		}
		w := s.word(j)
		if definiteDeterminers[w] || w == "a" || w == "an" || !isPlainWord(w) && w != "-" && s.d.actorAt[j] < 0 {
			return false
		}
	}
	return false
}

// frameEventTime returns the time of the event noun in the course of
// which the verb trigger t's event happened, when that noun has a time
// of its own: t's oblique after a frame preposition ("was slain in the
// August 15, 1975 coup", "seized power in a 1973 military coup", "were
// wounded in Tuesday's attack"), or the noun a relative clause of t
// describes by such an oblique ("a 1975 coup in which the leader was
// killed") or whose deed it tells ("the 2001 bombing that killed one
// person and maimed a guard": causedRelative). The determined modifier that scope.go keeps from other
// triggers ("protesting the 1992 murder": the murder's date) dates t
// here because the noun's event is t's setting, not its object. It
// returns nil without a parse.
func (s *sent) frameEventTime(t *trigger) *timex.Timex {
	if t.noun || s.tree() == nil {
		return nil
	}
	tn, ok := s.triggerNode(t)
	if !ok {
		return nil
	}
	tr := s.tr
	caseVerb := s.d.lemmaIn(s.word(t.start), caseVerbs)
	rn := tn
	if h, up := tr.head(tn); up && tr.rel(tn) == "conj" && tr.w(tn).XPOS == "VBD" && len(tr.kids(tn, is("nsubj", "nsubj:pass", "aux", "aux:pass"))) == 0 && s.causedRelative(h) {
		rn = h // "the 2001 bombing that killed one person and maimed a guard": the maiming too
	}
	if h, up := tr.head(rn); up && tr.rel(rn) == "acl:relcl" && s.eventNoun(strings.ToLower(tr.w(h).Form)) {
		if p := s.frameRelative(tn); p != "" && !(p == "in" && caseVerb) || s.causedRelative(rn) {
			if x := s.nounTime(h); x != nil {
				return x
			}
		}
	}
	if h, ok := s.whereNoun(tn); ok {
		// "in a 2002 referendum where voters rejected the plan": the
		// clause tells what happened at the noun's event, on its time
		if x := s.nounTime(h); x != nil {
			return x
		}
	}
	return s.eventTime(func(c int) bool {
		if !s.determinedModifier(c) {
			return false
		}
		j := c - 1
		if articles[s.word(j)] {
			j--
		}
		if !framePrepositions[s.word(j)] || s.word(j) == "in" && caseVerb {
			return false
		}
		n, ok := s.modifiedEventNoun(c)
		if !ok {
			return false
		}
		h, up := tr.head(n)
		rel := tr.rel(n)
		if a, ok := s.attachmentOf(c); up && ok && s.inTimex(h, c) {
			// the parse heads the phrase at the date ("in the August
			// 15, 1975 putsch": putsch hangs on 15): the date's head
			h, rel = a.head, a.rel
		}
		return up && h == tn && frameRels(baseRel(rel))
	})
}

// whereNoun returns the parse word of the event noun that the clause of
// verb v describes with a relative "where" ("the 2002 referendum where
// voters rejected it", "at the 1998 summit, where the two signed"): v
// has "where" as its own adverb, and the word right before it, or before
// a comma there, is a noun trigger. The parse may hang such a clause on
// the noun (acl:relcl), on the main verb (advcl), or even above the noun
// (parataxis), so the words decide which noun it describes.
func (s *sent) whereNoun(v node) (node, bool) {
	tr := s.tr
	for _, k := range tr.kids(v, is("advmod")) {
		if !strings.EqualFold(tr.w(k).Form, "where") {
			continue
		}
		toks := s.tokensOf(k)
		if len(toks) == 0 {
			continue
		}
		j := toks[0] - 1
		if j >= s.first && s.word(j) == "," {
			j--
		}
		if j < s.first || !s.eventNoun(s.word(j)) {
			continue
		}
		if n, ok := s.treeNode(j); ok && tr.w(n).UPOS == "NOUN" {
			return n, true
		}
	}
	return noNode, false
}

// eventTime returns the first of the sentence's time expressions that
// date events (datesEvents) for which match, given the expression's
// first token, holds; nil for none.
func (s *sent) eventTime(match func(c int) bool) *timex.Timex {
	seen := map[int]bool{}
	for c := s.first; c < s.last; c++ {
		xi := s.d.timexAt[c]
		if xi < 0 || seen[xi] {
			continue
		}
		seen[xi] = true
		if x := &s.d.in.Times[xi]; datesEvents(x) && match(c) {
			return x
		}
	}
	return nil
}

// inTimex reports whether the parse word n lies in the time expression
// whose first token is c.
func (s *sent) inTimex(n node, c int) bool {
	for i := c; i < s.timexEnd(c); i++ {
		if m, ok := s.treeNode(i); ok && m == n {
			return true
		}
	}
	return false
}

// caseVerbs take an "in" phrase that names their case, not their
// setting ("accusing Iran in the 1992 murder") (data/words.yaml).
var caseVerbs = wordList("case_verbs")

// frameRels are the relations by which the parse hangs a frame noun on
// the verb whose event it frames: an oblique, or a conjunct when the
// parse loses the preposition to a date before the noun ("in the August
// 15, 1975 coup").
var frameRels = is("obl", "conj")

// frameRelative returns the frame preposition that introduces the
// relative clause at n with a relative pronoun ("in" of "in which",
// "during" of "during which"), or "" for none.
func (s *sent) frameRelative(n node) string {
	tr := s.tr
	for _, k := range tr.kids(n, func(r string) bool { return baseRel(r) == "obl" }) {
		if w := strings.ToLower(tr.w(k).Form); (w == "which" || w == "whom") && framePrepositions[tr.caseWord(k)] {
			return tr.caseWord(k)
		}
	}
	return ""
}

// causedRelative reports whether the relative clause headed by the verb
// n tells what the event noun it describes did, in the simple past: its
// subject is the relative pronoun ("the January 2004 bombing that killed
// a guard", "Tuesday's blast, which wounded six"), its verb a past form
// with no auxiliary (not "the war of 2003 that has killed thousands",
// nor "the summit in May that will discuss"). The harm is the noun's
// event's own, on its time.
func (s *sent) causedRelative(n node) bool {
	tr := s.tr
	if tr.w(n).XPOS != "VBD" || len(tr.kids(n, is("aux", "aux:pass"))) > 0 {
		return false
	}
	for _, k := range tr.kids(n, is("nsubj")) {
		if w := strings.ToLower(tr.w(k).Form); w == "that" || subjectRelativizers[w] {
			return true
		}
	}
	return false
}

// modifiedEventNoun returns the parse word of the event noun (a noun
// trigger of the lexicon) that the determined time modifier at token c
// describes, within modifierReach words after it ("a 1973 military coup").
func (s *sent) modifiedEventNoun(c int) (node, bool) {
	end := s.timexEnd(c)
	for i := end; i < s.last && i <= end+modifierReach; i++ {
		if s.tok(i).Kind != token.Word {
			return noNode, false
		}
		n, ok := s.treeNode(i)
		if !ok || s.tr.w(n).UPOS != "NOUN" {
			continue
		}
		if s.eventNoun(s.word(i)) {
			return n, true
		}
		return noNode, false // the phrase's head is another noun
	}
	return noNode, false
}

// nounTime returns the time expression that modifies the noun n: one the
// parse hangs on it, or a determined modifier before it ("a 1975 coup").
func (s *sent) nounTime(n node) *timex.Timex {
	return s.eventTime(func(c int) bool {
		if a, ok := s.attachmentOf(c); ok && a.head == n && nounTimeRels(a.rel) {
			return true
		}
		m, ok := s.modifiedEventNoun(c)
		return ok && m == n && s.determinedModifier(c)
	})
}

// nounTimeRels are the relations of a time expression that modifies a
// noun: before it ("a 1975 coup", "Tuesday's attack") or after it.
var nounTimeRels = is("nummod", "compound", "amod", "nmod:poss", "nmod", "nmod:tmod", "nmod:unmarked")

// comparisonReach is how many tokens a comparison's base figure may span
// between its preposition and its time ("from 3,025 tonnes a day
// earlier", "from about a high of 78 dollars per barrel in July").
const comparisonReach = 10

// spanOpeners open a time expression that tells the span a change took
// ("over the past week"), not the base it is measured from.
var spanOpeners = wordList("span_openers")

// baseFigureNouns name the level a change is measured from, standing for
// its base figure (data/words.yaml).
var baseFigureNouns = wordList("base_figure_nouns")

// comparisonBase reports whether the time expression whose first token is
// c tells the base a change of trigger t is measured from, not when the
// change happened: t is a market movement or an economic report, the
// expression comes after t, and it ends a phrase opened by "from",
// "compared with" or "compared to" (right after it, or after a base
// figure that holds a number and no verb: "rose 9.9 percent from a year
// earlier", "rose to 4,430 tonnes from 3,025 tonnes a day earlier",
// "plunged from 406 million in 1995 to 133 million in 1996"), or a noun
// naming such a figure ("fell 0.1 percent from the figure for February":
// baseFigureNouns), or a prior change with a number opened by "following"
// or "after" ("grew 9 percent, following a 12 percent expansion in 2004"), or by
// "over" or "against" right before it ("grew 0.7 percent over the month
// before"). "More than four percent Monday" is no base, and neither is
// "from 20-month lows against the euro Monday" (no number right before
// the time).
func (s *sent) comparisonBase(c int, t *trigger) bool {
	if t.e.Type != MarketMovement && t.e.Type != EconomicReport || c < t.end {
		return false
	}
	return s.comparisonPhrase(c, t.end)
}

// comparisonPhrase reports whether the time expression whose first token
// is c ends a comparison's base phrase that opens at or after token lo
// (see comparisonBase).
func (s *syntax) comparisonPhrase(c, lo int) bool {
	number := false
	for j := c - 1; j >= lo && j >= c-comparisonReach; j-- {
		w := s.word(j)
		switch {
		case w == "from" || (w == "with" || w == "to") && s.word(j-1) == "compared":
			return j == c-1 || number
		case w == "following" || w == "after":
			// a prior change the figure follows: "grew 9 percent,
			// following a 12 percent expansion in 2004"; a bare time
			// after them is the change's own ("rose after 2004")
			return number
		case (w == "over" || w == "against") && j == c-1:
			// not a span the change took: "rose 3 percent over the past
			// week"
			return !spanOpeners[strings.ToLower(s.tok(c).Text)+" "+s.word(c+1)]
		case w == "(" || w == ")":
			// "from 406 million ECUs (485 million dollars) in 1995"
		case clauseStops[w] || w == "," || w == "to" || s.d.timexAt[j] >= 0:
			return false
		case s.tok(j).Kind == token.Number || numberWords[w] > 0 || baseFigureNouns[w]:
			number = true
		}
		if tr, n, ok := s.treeAt(j); ok && tr.verbal(n) {
			return false
		}
	}
	return false
}

// describedElsewhere reports whether the parse makes the time expression
// whose first token is c part of a description of a word that t's words
// do not govern, so that it tells when that word's thing came about, not
// when t happened:
//
//   - a year or date before a common noun, naming which one it is ("a
//     country still reeling from the 1975-1990 civil war": the war's
//     years, not those of a call for calm in the same sentence), when the
//     clause of the noun (the first verb above it) does not hold t. A
//     noun of t's clause keeps its time for t ("signed the 1993 accord":
//     the signing's year, as news means it; "Toyota's 2003 debut brought
//     success as Dixon won the first race");
//   - the time of a past participle or relative clause set off by commas
//     on a noun other than t ("The Brotherhood, founded in 1928, was outlawed":
//     the founding's year, not the ban's; but "the visit, which started
//     Sunday," is the visit's). The commas on both sides keep a main verb
//     the parse hangs on its subject ("An aircraft, bound for Rome,
//     crashed on Monday") from counting; an -ing participle tells what
//     went on at one with t ("The rebels, acting from May 12, attacked").
//
// It is false without a parse or when t lies inside the description.
func (s *syntax) describedElsewhere(c int, t *trigger) bool {
	at, ok := s.attachmentOf(c) // false without a parse
	if !ok {
		return false
	}
	tr := s.tree()
	h := at.head
	rel := at.rel
	// "1975-1990": the second year hangs on the first; climb to the
	// number phrase's own relation
	for depth := 0; depth < maxTreeWalk && tr.w(h).UPOS == "NUM" && s.timeNode(h); depth++ {
		up, ok := tr.head(h)
		if !ok {
			return false
		}
		rel = tr.rel(h)
		h = up
	}
	own := s.triggerNodes(t)
	if own[h] {
		return false
	}
	for n := range own {
		if tr.within(n, h) {
			return false // t inside the described word's phrase
		}
	}
	switch {
	case attributiveRels(rel):
		if tr.w(h).UPOS != "NOUN" {
			return false
		}
		// the clause the noun belongs to: the first verb above it
		v, ok := h, true
		for depth := 0; ok && depth < maxTreeWalk && !tr.verbal(v); depth++ {
			v, ok = tr.head(v)
		}
		if !ok || !tr.verbal(v) {
			return false
		}
		for n := range own {
			if tr.within(n, v) {
				return false // "signed the 1993 accord"; "Toyota's 2003 debut brought success as Dixon won"
			}
		}
		return true
	case timeRels(rel):
		if r := tr.rel(h); r != "acl:relcl" && (r != "acl" || tr.w(h).XPOS != "VBN") {
			return false // "The rebels, acting from May 12, attacked": at one with t
		}
		if n, ok := tr.head(h); !ok || own[n] {
			return false // "the visit, which started Sunday,": the visit's own time
		}
		lo, hi := s.subtreeTokens(h)
		return lo > s.first && s.word(lo-1) == "," && hi+1 < s.last && s.word(hi+1) == ","
	}
	return false
}

// attributiveRels are the relations of a time expression set before a
// noun as its modifier ("the 1975 war", "the 2004 election").
var attributiveRels = is("compound", "amod", "nummod")

// subtreeTokens returns the first and last token of the words n governs,
// n included, leaving out punctuation at its edges (the commas that set a
// clause off hang on its verb).
func (s *syntax) subtreeTokens(n node) (lo, hi int) {
	tr := s.tree()
	lo, hi = s.last, s.first-1
	for k := range tr.words {
		if !tr.within(node(k), n) || tr.w(node(k)).UPOS == "PUNCT" {
			continue
		}
		for _, i := range s.tokensOf(node(k)) {
			lo, hi = min(lo, i), max(hi, i)
		}
	}
	return lo, hi
}

// purposeNoun returns the infinitive clause that holds the noun trigger
// t as its object or oblique, by a verb neither light nor support for it
// ("to honor the peace accord", "to avenge the bombing"): an advcl or
// xcomp verb in its base form marked "to". The noun names a thing that
// act refers to, which came before it (or comes after: then the noun's
// own modality tells it planned); a light or support verb of the noun
// ("flew to Oslo on Friday to attend the talks", "agreed on Monday to
// hold a summit") carries the noun's own event instead. ok is false
// without a parse.
func (s *syntax) purposeNoun(t *trigger) (node, bool) {
	if !t.noun || s.tree() == nil {
		return noNode, false
	}
	tr := s.tr
	n, ok := s.triggerNode(t)
	if !ok || !is("obj", "obl")(baseRel(tr.rel(n))) {
		return noNode, false
	}
	w, ok := tr.head(n)
	if !ok || !tr.verbal(w) || !is("advcl", "xcomp")(tr.rel(w)) || tr.w(w).XPOS != "VB" {
		return noNode, false
	}
	if tr.lemmaIn(w, s.d.lx.light) || tr.lemmaIn(w, supportVerbs) {
		return noNode, false
	}
	for _, k := range tr.kids(w, is("mark")) {
		if strings.EqualFold(tr.w(k).Form, "to") {
			return w, true
		}
	}
	return noNode, false
}

// purposeNounTime reports whether the time expression whose first token
// is c dates a clause above the infinitive clause that holds the noun
// trigger t (purposeNoun): "the police will withdraw this week to honor
// the peace accord" (this week is the withdrawal's, not the accord's),
// "vowed on Monday to avenge the bombing". The time the parse attaches in
// the tree governs its own clause only; a time within the infinitive
// clause ("urged voters to boycott Sunday's vote") is left to the rules
// after.
func (s *syntax) purposeNounTime(c int, t *trigger) bool {
	w, ok := s.purposeNoun(t)
	if !ok {
		return false
	}
	_, ok = s.attachmentOf(c)
	return ok && !s.inSubtree(c, w)
}

// relativePast returns the verb of the clause describing a noun that
// holds the verb trigger t (t's verb, or a verb it completes or is
// coordinated with): a full relative clause told in the simple past
// ("police on Friday arrested a pilot who organised flights") or a
// present participle right after its noun with no comma ("the coalition
// fighting insurgents announced on Monday"). Such a clause tells another
// act of its noun, earlier or ongoing, that the time of the clause around
// it does not date; a time inside it does ("the man who was arrested on
// Friday"). With none it is background, bound by the publication
// (aspect.go). It is false without a parse. Only the time of the verb
// whose argument the described noun is gives way (clauseVerbTime): the
// parse often hangs a relative clause's own time on its noun or farther
// up, and a clause opened by "in which" or "during which" tells what
// happened within its noun's event, at its time.
func (s *syntax) relativePast(t *trigger) (node, bool) {
	if s.tree() == nil {
		return noNode, false
	}
	// a word in -ing the lexicon holds as a noun ("fighting") the parse
	// may read as the participle
	n, ok := s.triggerNode(t)
	tr := s.tr
	if !ok || tr.w(n).UPOS != "VERB" {
		return noNode, false
	}
	for k := 0; k < 3 && (tr.rel(n) == "xcomp" || tr.rel(n) == "conj"); k++ {
		h, ok := tr.head(n)
		if !ok {
			return noNode, false
		}
		n = h
	}
	h, ok := tr.head(n)
	if !ok || h > n || !tr.nominal(h) {
		return noNode, false
	}
	for _, k := range tr.kids(n, is("obl")) {
		for _, w := range s.tokensOf(k) {
			if strings.EqualFold(s.word(w), "which") || strings.EqualFold(s.word(w), "whom") {
				return noNode, false
			}
		}
	}
	switch tr.rel(n) {
	case "acl:relcl":
		if tr.w(n).XPOS != "VBD" || !s.relativeClause(n, false) || len(tr.kids(n, is("aux", "aux:pass"))) > 0 || !s.relativePronoun(n) {
			return noNode, false
		}
	case "acl":
		if tr.w(n).XPOS != "VBG" {
			return noNode, false
		}
		toks := s.tokensOf(n)
		if len(toks) == 0 || s.word(toks[0]-1) == "," {
			return noNode, false
		}
	default:
		return noNode, false
	}
	return n, true
}

// clauseVerbTime reports whether the parse hangs the time expression
// whose first token is c, as a time, on the verb whose argument is the
// noun that the describing clause n hangs on ("police on Friday arrested
// a pilot who organised flights": Friday on arrested, whose object the
// pilot is), or on that verb's subject right before it ("police on
// Friday arrested": the parse's nmod of police).
func (s *syntax) clauseVerbTime(c int, n node) bool {
	tr := s.tr
	h, ok := tr.head(n)
	if !ok {
		return false
	}
	v, ok := tr.head(h)
	if !ok || !tr.verbal(v) {
		return false
	}
	a, ok := s.attachmentOf(c)
	if !ok {
		return false
	}
	if a.head == v {
		return timeRels(a.rel) || a.rel == "obj"
	}
	// "Police on Friday arrested ...": the parse hangs the day between
	// subject and verb on the subject
	return a.rel == "nmod" && tr.rel(a.head) == "nsubj" && a.word < v && slices.Contains(tr.kids(v, is("nsubj")), a.head)
}

// relativePronoun reports whether the relative clause n has its own
// relative pronoun as an argument ("who", "which", "that"): a clause
// with none is as often a main verb the parse hung on the noun before
// it ("attendees to the meeting stressed").
func (s *syntax) relativePronoun(n node) bool {
	for _, k := range s.tr.kids(n, is("nsubj", "nsubj:pass", "obj")) {
		switch s.tr.w(k).XPOS {
		case "WP", "WDT":
			return true
		}
		if strings.EqualFold(s.tr.w(k).Form, "that") {
			return true
		}
	}
	return false
}

// frontedPhraseTime reports whether the parse puts the time expression
// whose first token is c inside the phrase of a word of an adverbial
// clause that opens the sentence before t's verb and ends at a comma
// ("Ignoring a court order issued in March, the union vowed to go on":
// March is the order's, not the vow's): the clause's words, not its
// verb, hold the time, so it dates neither the clause's act nor t's. A
// time hung on the clause's verb itself ("Speaking to reporters on
// Monday, the minister said") stays a candidate. It is false without a
// parse.
func (s *syntax) frontedPhraseTime(c int, t *trigger) bool {
	at, ok := s.attachmentOf(c) // false without a parse
	if !ok {
		return false
	}
	tr := s.tree()
	own := s.triggerNodes(t)
	n := at.head
	for depth := 0; depth < maxTreeWalk; depth++ {
		if own[n] {
			return false
		}
		up, ok := tr.head(n)
		if !ok {
			return false
		}
		if own[up] && tr.rel(n) == "advcl" {
			if n == at.head || up < n {
				return false // the clause's own time, or a clause after t
			}
			lo, hi := s.subtreeTokens(n)
			return lo == s.first && hi+1 < s.last && s.word(hi+1) == ","
		}
		n = up
	}
	return false
}

// relativeConjunct reports whether the verb n, which the parse makes a
// conjunct of a main verb in the present, is rather the second verb of
// the past relative clause right before it ("Rebels now hold
// towns that revolted and were retaken by the army": the parse hangs
// "were retaken" on "hold"): n has no subject of its own, is
// told in the past, and the nearest verb before it heads a relative
// clause in the past. A main verb in the past is left alone: "Police
// arrested a man who stole a car and charged him" is the police's. It is
// false without a parse.
func (s *syntax) relativeConjunct(n node) bool {
	tr := s.tree()
	if tr == nil || tr.rel(n) != "conj" || len(tr.kids(n, is("nsubj", "nsubj:pass"))) > 0 {
		return false
	}
	h, ok := tr.head(n)
	if !ok || h > n || !presentFinite(tr, h) || !pastFinite(tr, n) {
		return false
	}
	for r := n - 1; r > h; r-- {
		if tr.w(r).UPOS != "VERB" {
			continue
		}
		return tr.rel(r) == "acl:relcl" && pastFinite(tr, r) && s.relativePronoun(r)
	}
	return false
}

// presentFinite reports whether the verb n is told in the present: a
// present form (or a base form with a subject and no auxiliary, which
// the tagger may give a plural present: "Militias now hold"), or a
// present auxiliary of its own ("is leading").
func presentFinite(tr *tree, n node) bool {
	switch tr.w(n).XPOS {
	case "VBZ", "VBP":
		return true
	case "VB":
		if len(tr.kids(n, is("nsubj"))) > 0 && len(tr.kids(n, is("aux", "aux:pass", "mark"))) == 0 {
			return true
		}
	}
	for _, a := range tr.kids(n, is("aux", "aux:pass")) {
		if x := tr.w(a).XPOS; x == "VBZ" || x == "VBP" {
			return true
		}
	}
	return false
}

// pastFinite reports whether the verb n is told in the simple past: a
// past form with no auxiliary, or a past auxiliary of be ("were
// recaptured").
func pastFinite(tr *tree, n node) bool {
	auxes := tr.kids(n, is("aux", "aux:pass"))
	if len(auxes) == 0 {
		return tr.w(n).XPOS == "VBD"
	}
	for _, a := range auxes {
		if tr.w(a).XPOS != "VBD" || tr.isLemma(a, "have") {
			return false
		}
	}
	return true
}

// perfectRelative reports whether the noun n has a relative clause whose
// subject is its relativizer and whose verb is in the perfect, with no
// time of its own: what the event "has led to" or "has cost" ("the
// remark, which has led to a hearing") lies before the report.
func (s *syntax) perfectRelative(n node) bool {
	tr := s.tr
	for _, r := range tr.kids(n, is("acl:relcl")) {
		if tr.w(r).UPOS != "VERB" || s.timeBelow(r) {
			continue
		}
		if !tr.relativeSubject(r) {
			continue
		}
		if toks := s.tokensOf(r); len(toks) > 0 {
			if a, ok := s.treeAspect(toks[0]); ok && a.perfect {
				return true
			}
		}
	}
	return false
}

// recentElsewhere reports whether x, the time found for the noun trigger
// t, lies outside t's phrase in the parse while one of recentAdjectives
// modifies t ("said Saturday it airlifted supplies in response to the
// recent flood": Saturday is the airlift's, the flood's is some day
// before): the time of the clause t hangs in is no time of an event told
// as over before it. A time inside the noun's phrase ("the recent flood
// on Monday") stays its own.
func (s *syntax) recentElsewhere(t *trigger, x *timex.Timex) bool {
	if !t.noun || s.tree() == nil || !s.recentAdjective(t) {
		return false
	}
	n, ok := s.triggerNode(t)
	if !ok {
		return false
	}
	for i := s.first; i < s.last; i++ {
		if xi := s.d.timexAt[i]; xi < 0 || s.d.in.Times[xi].Start != x.Start {
			continue
		}
		k, ok := s.treeNode(i)
		return ok && !s.tr.within(k, n)
	}
	return false
}
