package event

import (
	"strings"
	"unicode"

	"github.com/chronograph-news/chronograph/timex"
)

// A time expression attached in the tree governs its clause only. When
// the parse attaches a time expression to no word of a trigger
// (timetree.go), the word rules of date may still reach for it; the parse
// keeps them from taking one that belongs to another clause:
//
//   - one inside a relative clause, full or reduced (relativeClause), that does not
//     describe the trigger's noun: "Rebels who had attacked the town on
//     Monday were arrested" (Monday is the attack's, not the arrest's);
//   - one outside the relative clause the trigger lies in: "police
//     detained Thursday a man who had declared himself president" (the
//     declaration is told as background, before the arrest: with no time
//     of its own it is bound by the publication, see aspect.go);
//   - a possessive one of a noun the trigger's words do not govern: "the
//     opposition, defeated in the last elections, vowed to win Sunday's
//     polls" (Sunday is the polls', not the last elections').
//
// An expression the trigger's words govern through no relative clause
// ("In Tuesday's unrest, hundreds threw stones": the unrest is where they
// threw them) still dates it, and one in another verb's clause that is not
// relative (a conjunct, an adverbial clause) is left to the word rules.

// relativeClause reports whether n heads a relative clause on a noun:
// a full one ("who had attacked", acl:relcl), or, when reduced is true, a
// reduced one told by a past participle that follows its noun with no
// comma ("the people killed in Sunday's attack"). One in -ing, or after a
// comma, is left out: the parse makes one of many of an adverbial clause
// ("hit a block, killing 108 people") or of a main verb after a long
// subject ("An aircraft, bound for X, crashed on ...").
func (s *sent) relativeClause(n node, reduced bool) bool {
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
	}
	return false
}

// outOfClause reports whether the parse places the time expression whose
// first token is c in a clause or noun phrase of its own that t is not
// part of (see above). It is false without a parse.
func (s *sent) outOfClause(c int, t *trigger) bool {
	tr := s.tree()
	if tr == nil {
		return false
	}
	at, ok := s.attachmentOf(c)
	if !ok {
		return false
	}
	tn := s.triggerNodes(t)
	if len(tn) == 0 {
		return false
	}
	// up from the word the expression modifies to one of t's words
	for n, k := at.head, 0; k < maxTreeWalk; k++ {
		if tn[n] {
			return false
		}
		up, ok := tr.head(n)
		if !ok {
			break
		}
		if s.relativeClause(n, true) && !tn[up] {
			return true // a relative clause on another noun
		}
		n = up
	}
	// t does not govern the expression
	if r, ok := s.relativeRoot(at.head, true); ok && !s.dominates(r, tn) {
		return true
	}
	for n := range tn {
		r, ok := s.relativeRoot(n, true)
		if !ok || s.dominates(r, map[node]bool{at.head: true}) {
			continue
		}
		if p, ok := tr.head(r); ok && s.timeNodes(c)[p] {
			continue // a clause on the time itself: "the day (when) it sent troops"
		}
		return true
	}
	// a possessive time ("Sunday's polls") is its noun's; the parse
	// attaches other times to nouns too loosely ("headed for Jordan on
	// Wednesday for talks": nmod of Jordan) to keep them from the clause
	return at.rel == "nmod:poss"
}

// timeNodes returns the parse words of the time expression whose first
// token is c.
func (s *sent) timeNodes(c int) map[node]bool {
	out := map[node]bool{}
	xi := s.d.timexAt[c]
	for i := c; i < s.last && s.d.timexAt[i] == xi; i++ {
		if n, ok := s.treeNode(i); ok {
			out[n] = true
		}
	}
	return out
}

// relativeRoot returns the word that heads the relative clause n lies in
// (n itself when it heads one; reduced ones too when reduced is true),
// found within maxTreeWalk steps up.
func (s *sent) relativeRoot(n node, reduced bool) (node, bool) {
	tr := s.tr
	for k := 0; k < maxTreeWalk; k++ {
		if s.relativeClause(n, reduced) {
			return n, true
		}
		up, ok := tr.head(n)
		if !ok {
			return noNode, false
		}
		n = up
	}
	return noNode, false
}

// dominates reports whether r is one of the words of ns or lies above one
// of them, within maxTreeWalk steps.
func (s *sent) dominates(r node, ns map[node]bool) bool {
	tr := s.tr
	for n := range ns {
		for m, k := n, 0; k < maxTreeWalk; k++ {
			if m == r {
				return true
			}
			up, ok := tr.head(m)
			if !ok {
				break
			}
			m = up
		}
	}
	return false
}

// datelineTime reports whether the time expression whose first token is
// c is the date of a dateline opening the sentence ("MOSCOW, June 18
// (Xinhua) --"): a word in capitals, then only capitalized words and
// commas before it, and after it
// a dash, perhaps after a bracketed agency name. A dateline dates the
// filing of the report, as the publication date does: it dates an event
// the report tells as the day's news, not one told in another tense than
// the simple past (reportedApart).
func (s *sent) datelineTime(c int) bool {
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

// maxDatelinePlace bounds the tokens of a dateline's place and its
// commas ("NEW YORK ,", "SEOUL , South Korea ,").
const maxDatelinePlace = 5

// treeWhen returns the time expression a when-clause describes, found on
// the parse: t's clause verb has "when" as an adverb, and the expression
// ends right before it, perhaps with a comma ("since January, when 107
// soldiers were killed, more than 30 of them in a helicopter crash": the
// crash is told in the when-clause, after a comma the word rules stop
// at). It returns nil otherwise.
func (s *sent) treeWhen(t *trigger) *timex.Timex {
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
