package event

import (
	"strings"

	"github.com/chronograph-news/chronograph/timex"
	"github.com/chronograph-news/chronograph/token"
)

// A time expression dates only the events of its own scope. scope.go
// decides, for a candidate expression and a trigger, whether the
// expression may date the trigger at all:
//
//   - a target or deadline ("by 2008", "until March", "through 2010",
//     "before <a date after the DCT>", "no later than") says when
//     something should be done, not when the clause's event happened;
//     so does a later date after "for" to a verb ("agreed for next
//     year": setFor);
//   - an expression inside a parenthesis ("the Song dynasty
//     (960-1127)") dates only triggers inside the same parenthesis;
//   - an expression inside a relative clause (", which was built in
//     1850,") or a participial modifier of a noun (", built 1,300 years
//     ago,") dates only triggers inside it, or the noun it describes;
//   - an age modifier ("the 300-year-old palace") describes a noun;
//   - the term of a contract ("crude for January delivery", "for
//     delivery in January", "the March contract") is no time of an event;
//   - a race or lap time ("2:27.13") is no time of day;
//   - the base a change is measured from ("rose 9.9 percent from a year
//     earlier", "rose to 4,430 tonnes from 3,025 tonnes a day earlier")
//     is no time of the change (comparisonBase, timescope.go);
//   - a time after "since" is the point a comparison or a state runs
//     from: it dates no event told in a simple tense ("fell to its
//     lowest reading since 1992", "the first election since 1969"),
//     only a perfect or progressive whose state began then ("has
//     occupied the zone since 1985": sinceComparison).

var targetPreps = wordList("target_preps")

// modifierReach is how many tokens after a time expression modifying a
// noun a trigger may begin and still be dated by it ("the 1992 murder").
const modifierReach = 3

// datesTrigger reports whether the time expression starting at token c
// may date trigger t (see above).
func (s *sent) datesTrigger(c int, t *trigger) bool {
	x := &s.d.in.Times[s.d.timexAt[c]]
	if s.target(c, x) || raceTime(x.Text) || s.ageModifier(c) || s.contractTerm(c) || s.setFor(c, x, t) {
		return false
	}
	if s.parenOf(c) != s.parenOf(t.start) {
		return false
	}
	if s.comparisonBase(c, t) {
		return false // "rose 9.9 percent from a year earlier" (timescope.go)
	}
	if s.sinceComparison(c, t) {
		return false // "its lowest reading since 1992", "the first election since 1969"
	}
	if end := s.timexEnd(c); s.determinedModifier(c) && (t.start < end || t.start > end+modifierReach) && !s.framePossessive(c, t) && !s.possessiveTime(c, t) {
		// "protesting the 1992 murder": the date is the murder's (not
		// "In Tuesday's unrest, ...": framePossessive; nor the noun the
		// parse makes it the possessive of, however far: "Saturday's 4-2
		// home defeat": possessiveTime)
		return false
	}
	from, to, ok := s.modifierAround(c)
	if ok && (t.start < from || t.start >= to) {
		// the noun the modifier describes keeps it ("the visit, which
		// ended on Friday")
		if !(t.noun && (t.end >= from-2 && t.end <= from || s.modifies(from, t))) {
			return false
		}
	}
	return true
}

// sinceComparison reports whether the expression at token c follows
// "since" and t's verb (a noun's verb: aspectOf) is in neither the
// perfect nor the progressive: the expression is a point of comparison,
// not t's date ("the first election since 1969"). An expression that
// describes a noun after it is that noun's ("since last April's
// offensive": modifiesNoun), and a state told in the perfect began then
// ("has been holding protests since Friday").
func (s *sent) sinceComparison(c int, t *trigger) bool {
	if c-1 < s.first || s.word(c-1) != "since" || s.modifiesNoun(c) {
		return false
	}
	if end := s.timexEnd(c); t.noun && t.start >= end && t.start <= end+modifierReach {
		return false // "since August-17 country-wide bomb blasts": the blasts' own date
	}
	a := s.aspectOf(t)
	if tr, n, ok := s.treeAt(t.start); ok {
		if tr.w(n).XPOS == "VBG" {
			return false // "rebels fighting Moscow since 1994": a state since then
		}
		if h, up := tr.head(n); up && t.noun && !a.perfect && !a.progressive && tr.verbal(h) {
			// the verb the noun hangs on: "has intensified its
			// offensive since Wednesday morning"
			if toks := s.tokensOf(h); len(toks) > 0 {
				if b, ok := s.treeAspect(toks[0]); ok {
					a = b
				}
			}
		}
	}
	return !a.perfect && !a.progressive
}

// target reports whether the expression x at token c is a deadline or a
// target: after "by", "until", "through" (skipping "the end of" and
// similar, which the expression may or may not include), "no later
// than", or "before" a date after the DCT.
func (s *sent) target(c int, x *timex.Timex) bool {
	j := c - 1
	for j >= s.first && (determiners[s.word(j)] || s.word(j) == "end" || s.word(j) == "of" ||
		s.word(j) == "middle" || s.word(j) == "beginning" || s.word(j) == "start") && j > c-5 {
		j--
	}
	if s.modifiesNoun(c) {
		return false // "by the 1994 accord", "by Tuesday's vote": the date describes a noun
	}
	w := s.word(j)
	switch {
	case targetPreps[w]:
		return true
	case w == "than" && s.word(j-1) == "later":
		return true
	case w == "before" || w == "deadline":
		return s.afterDCT(x)
	}
	return false
}

// setFor reports whether the expression x at token c follows "for" and
// lies after the DCT while t is a verb trigger: the time set for
// something, not the time of the verb's event ("the referendum, agreed
// for next year by parliament in 2003": the agreement is of 2003). A
// noun trigger keeps it: "elections slated for December 14" are held
// then.
func (s *sent) setFor(c int, x *timex.Timex, t *trigger) bool {
	j := c - 1
	for j >= s.first && determiners[s.word(j)] && j > c-3 {
		j--
	}
	return !t.noun && j >= s.first && s.word(j) == "for" && s.afterDCT(x)
}

var termNouns = wordList("term_nouns")

// contractTerm reports whether the expression at token c tells the term
// of a contract: right before a term noun ("January delivery", "the
// March contract"), or after one and a preposition ("for delivery in
// January").
func (s *sent) contractTerm(c int) bool {
	if end := s.timexEnd(c); end < s.last && termNouns[s.word(end)] {
		return true
	}
	j := c - 1
	if j > s.first && (s.word(j) == "in" || s.word(j) == "for" || s.word(j) == "from") {
		return termNouns[s.word(j-1)]
	}
	return false
}

// raceTime reports whether a time expression's text is a race or lap
// time with fractions of a second ("2:27.13", "1:02,5"), not a clock time.
func raceTime(text string) bool {
	i := strings.IndexByte(text, ':')
	if i < 0 {
		return false
	}
	rest := text[i+1:]
	k := 0
	for k < len(rest) && rest[k] >= '0' && rest[k] <= '9' {
		k++
	}
	return k == 2 && k+1 < len(rest) && (rest[k] == '.' || rest[k] == ',')
}

// ageReach is how many tokens after a time expression ageModifier looks
// for "old".
const ageReach = 3

// ageModifier reports whether the expression at token c is part of an
// age modifier of a noun: "300-year-old", "a 50-year-old temple".
func (s *sent) ageModifier(c int) bool {
	xi := s.d.timexAt[c]
	end := c
	for end < s.last && s.d.timexAt[end] == xi {
		end++
	}
	for j := c; j < min(end+ageReach, s.last); j++ {
		if s.word(j) == "old" && (s.word(j-1) == "-" || strings.HasSuffix(s.word(j-1), "year") ||
			strings.HasSuffix(s.word(j-1), "years") || strings.HasSuffix(s.word(j-1), "century")) {
			return true
		}
	}
	return strings.HasSuffix(strings.ToLower(s.d.in.Times[xi].Text), "old")
}

// parenOf returns the token index of the innermost open parenthesis that
// encloses token i, or -1.
func (s *sent) parenOf(i int) int {
	var stack []int
	for j := s.first; j < i && j < s.last; j++ {
		switch s.word(j) {
		case "(", "[":
			stack = append(stack, j)
		case ")", "]":
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
		}
	}
	if len(stack) == 0 {
		return -1
	}
	return stack[len(stack)-1]
}

// modifierAround returns the token range [from, to) of a relative clause
// (", which was rebuilt in 1850") or a participial modifier of a noun
// (", built 1,300 years ago", "the temple built in 706") that holds token
// c, and whether there is one. The range opens at the relativizer or the
// participle and ends at the next comma or clause stop.
func (s *sent) modifierAround(c int) (from, to int, ok bool) {
	j := c - 1
	for ; j >= s.first && c-j <= 10; j-- {
		w := s.word(j)
		if w == "," || clauseStops[w] {
			return 0, 0, false
		}
		if relativizers[w] && j > s.first && w != "where" {
			break // ", which was rebuilt in 1850", "(...) which is a relic of ..."
		}
		if s.participialModifier(j) {
			break
		}
		if s.triggerAt(j) != nil && !s.triggerAt(j).noun {
			if k := s.relativizerBefore(j); k >= 0 {
				// ", who arrived in Ankara on Monday,": the verb opens a
				// relative clause, whose time stays in it
				j = k
				break
			}
			return 0, 0, false // the expression belongs to a verb trigger's phrase
		}
	}
	if j < s.first || c-j > 10 {
		return 0, 0, false
	}
	to = c
	for to < s.last && s.word(to) != "," && !clauseStops[s.word(to)] {
		to++
	}
	return j, to, true
}

// relativizerBefore returns the token of the relative pronoun that opens
// the clause of the verb at token j, after a comma (", who arrived", ",
// which was signed"; auxiliaries and adverbs may stand between), or -1.
func (s *sent) relativizerBefore(j int) int {
	for k := j - 1; k >= s.first+1 && k >= j-relativizerReach; k-- {
		w := s.word(k)
		if relativizers[w] && w != "where" && s.word(k-1) == "," {
			return k
		}
		if !auxiliaries[w] && !beForms[w] && w != "have" && w != "has" && w != "had" && !s.isAdverb(k) {
			return -1
		}
	}
	return -1
}

// relativizerReach is how many tokens before its verb a relative pronoun
// may stand (", who had already arrived").
const relativizerReach = 4

// participialModifier reports whether token j is a past participle that
// opens a reduced relative clause: after a comma or right after a plain
// noun, with no auxiliary before it ("the temple, built ...", "a fort
// rebuilt in 1850"), and not the sentence's first word.
func (s *sent) participialModifier(j int) bool {
	w := s.word(j)
	if j <= s.first || !isParticiple(w) || s.tok(j).Text != w || s.d.actorAt[j] >= 0 || s.d.timexAt[j] >= 0 {
		return false
	}
	if !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "en") && irregular[w] == "" {
		return false
	}
	if n, ok := s.treeNode(j); ok {
		// the parse tells a reduced relative ("a fort rebuilt in 1850")
		// from a main verb (the root, or a verb with its own subject:
		// "Gunmen killed five policemen on Thursday") and from a noun
		// the word shapes take for a participle ("policemen")
		tr := s.tree()
		if tr.w(n).UPOS != "VERB" || tr.rel(n) == "root" || len(tr.kids(n, is("nsubj", "nsubj:pass"))) > 0 || s.gappedPassive(n) {
			return false
		}
	}
	prev := s.word(j - 1)
	if prev == "," {
		// ", built ...": a modifier only when a verb came before it; else
		// it is the main verb after an apposition ("The launches, the
		// third this year, occurred ...")
		return s.verbBefore(j - 1)
	}
	if auxiliaries[prev] || beForms[prev] || prev == "have" || prev == "has" || prev == "had" || s.isAdverb(j-1) {
		return false
	}
	if isPlainWord(prev) && !strings.HasSuffix(prev, "ed") && j-2 >= s.first && determiners[s.word(j-2)] {
		return true // "the temple built in 706"
	}
	// after a noun or a name, once the sentence has its verb: "visited
	// the relics of the Tang Dynasty built 1,300 years ago"
	p := s.tok(j - 1)
	noun := isPlainWord(prev) && !pastForm(prev) && !strings.HasSuffix(prev, "ly") ||
		p.Kind == token.Word && p.Text[0] >= 'A' && p.Text[0] <= 'Z' || prev == ")"
	return noun && s.verbBefore(j-1)
}

// modifies reports whether the parse makes the participle at token j, a
// verb telling an event happen (data/modality.yaml, occurrence), a
// modifier of the noun trigger t's event (participleOf: "a meeting of the
// council held on Friday"). It is false without a parse.
func (s *sent) modifies(j int, t *trigger) bool {
	n, ok := s.treeNode(j)
	return ok && s.tr.lemmaIn(n, theModality.occurrence) && s.participleOf(n, s.triggerNodes(t))
}

// gappedPassive reports whether the participle n is the verb of a
// passive clause conjoined to another with its auxiliary left out, which
// the parse hangs on the clause's subject as a modifier: "One guard was
// killed and nine others wounded on Friday", "one of his aides injured"
// (the subject, or a noun it heads through "of", is the conj of a passive
// verb). Such a participle tells the same happening as the verb, and its
// time is the verb's too; it opens no reduced relative clause.
func (s *syntax) gappedPassive(n node) bool {
	tr := s.tr
	if tr.rel(n) != "acl" || tr.w(n).XPOS != "VBN" {
		return false
	}
	h, ok := tr.head(n)
	for k := 0; ok && k < gapReach && tr.rel(h) == "nmod"; k++ {
		h, ok = tr.head(h) // "one of his aides injured"
	}
	if !ok || tr.rel(h) != "conj" {
		return false
	}
	v, ok := tr.head(h)
	return ok && tr.verbal(v) && tr.w(v).XPOS == "VBN" && len(tr.kids(v, is("aux:pass"))) > 0
}

// gapReach is how many "of" phrases may stand between the subject of a
// gapped passive clause and its participle ("one of his aides injured").
const gapReach = 2

// verbBefore reports whether a verb (a verb trigger, an auxiliary or a
// past form) comes before token i in the sentence.
func (s *sent) verbBefore(i int) bool {
	for j := s.first; j < i; j++ {
		w := s.word(j)
		if auxiliaries[w] || beForms[w] || (pastForm(w) && s.d.actorAt[j] < 0) {
			return true
		}
		if o := s.triggerAt(j); o != nil && !o.noun {
			return true
		}
	}
	return false
}

// modifiesNoun reports whether the expression starting at token c is a
// premodifier of a noun: followed by a possessive or a noun ("the 1994
// accord", "Tuesday's vote").
func (s *sent) modifiesNoun(c int) bool {
	xi := s.d.timexAt[c]
	end := c
	for end < s.last && s.d.timexAt[end] == xi {
		end++
	}
	if end >= s.last {
		return false
	}
	w, t := s.word(end), s.tok(end)
	if w == "'s" || w == "'" {
		return true
	}
	if t.Kind != token.Word || objectStops[w] || prepositions[w] || clauseStops[w] {
		return false
	}
	return isPlainWord(w) && !pastForm(w) && !strings.HasSuffix(w, "ly") || t.Text[0] >= 'A' && t.Text[0] <= 'Z'
}

// determinedModifier reports whether the expression at token c is the
// premodifier of a noun phrase it does not head: after a determiner and
// before a noun ("the 1992 murder", "a 1995 accord"), or a possessive
// ("Tuesday's vote").
func (s *sent) determinedModifier(c int) bool {
	end := s.timexEnd(c)
	if w := s.word(end); end < s.last && (w == "'s" || w == "'") {
		return true
	}
	if !articles[s.word(c-1)] && !articles[strings.ToLower(s.tok(c).Text)] {
		return false
	}
	if end >= s.last {
		return false
	}
	w, t := s.word(end), s.tok(end)
	return t.Kind == token.Word && isPlainWord(w) && !pastForm(w)
}
