package event

import (
	"strconv"
	"strings"
)

// clauseMap divides a sentence into its main clause and the subordinate
// clauses that subordinators open ("after", "when", "though"...). A
// subordinate clause runs from its subordinator to the next comma,
// semicolon or colon, or to the next subordinator, which opens a clause
// nested in it.
type clauseMap struct {
	first int
	idx   []int // token index - first → index in subs, or -1 for the main clause
	subs  []subclause
}

// subclause is one subordinate clause: tokens [start, end).
type subclause struct {
	start, end int
	parent     int // index of the enclosing clause in subs, -1 for the main clause
	// anchor marks a temporal-proximity clause ("hours after ...", "the
	// day before ...") whose date dates its parent clause's events,
	// shifted by days, or by months ("three months after ...": 3; "two
	// years before ...": -24).
	anchor bool
	days   int
	months int
	// simultaneous marks a when/while clause: its events may take the
	// parent clause's date.
	simultaneous bool
}

// of returns the clause of token i: an index in subs, or -1.
func (c *clauseMap) of(i int) int {
	if i < c.first || i-c.first >= len(c.idx) {
		return -1
	}
	return c.idx[i-c.first]
}

var clauseOpeners = wordList("clause_openers")

var proximity = wordList("proximity")

// numberWords are the spelled-out counts of day offsets.
var dayCounts = map[string]int{"a": 1, "an": 1, "one": 1, "the": 1, "two": 2, "three": 3,
	"four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}

// clauses returns the sentence's clause map, computed once.
func (s *syntax) clauses() *clauseMap {
	if s.cl != nil {
		return s.cl
	}
	c := &clauseMap{first: s.first, idx: make([]int, s.last-s.first)}
	cur := -1
	for i := s.first; i < s.last; i++ {
		w := s.word(i)
		switch {
		case w == "," && relativizers[s.word(i+1)]:
			// ", which concluded on Friday": a relative clause stays in
			// the clause of the noun it describes
		case w == "," || w == ";" || w == ":":
			if cur >= 0 {
				c.subs[cur].end = i
			}
			for cur >= 0 {
				cur = c.subs[cur].parent
			}
		case (clauseOpeners[w] && s.opensClause(i)) || (w == "that" && s.earlierReport(i)):
			if cur >= 0 {
				c.subs[cur].end = i
			}
			sc := subclause{start: i, end: s.last, parent: cur, simultaneous: w == "when" || w == "while"}
			if w == "after" || w == "before" {
				sc.anchor, sc.days, sc.months = s.proximity(i)
				if w == "before" {
					sc.days, sc.months = -sc.days, -sc.months
				}
			}
			if w == "when" && !s.indirectQuestion(i) {
				// "were killed when two helicopters crashed last
				// February": the two events share the date
				sc.anchor = true
			}
			c.subs = append(c.subs, sc)
			cur = len(c.subs) - 1
		}
		c.idx[i-s.first] = cur
	}
	s.cl = c
	return c
}

var questionWords = wordList("question_words")

// indirectQuestion reports whether "when" at token i opens an indirect
// question ("it is unclear when Kim will travel") rather than a time.
func (s *syntax) indirectQuestion(i int) bool {
	return i == s.first || questionWords[s.word(i-1)]
}

// opensClause reports whether the opener at token i starts a clause:
// "once" only at the start of the sentence or after a comma (not the
// adverb of "met once"), and no opener as the sentence's last token.
func (s *syntax) opensClause(i int) bool {
	switch s.word(i) {
	case "once":
		return i == s.first || s.word(i-1) == ","
	}
	return i+1 < s.last
}

// earlierReport reports whether "that" at token i opens the complement of
// a reporting verb ("estimated in a report on January 11 that ...") whose
// verb is in the past perfect ("had been deployed"): what it reports
// happened before the report, so the report's date does not date it.
func (s *syntax) earlierReport(i int) bool {
	reported := false
	for j := i - 1; j >= s.first && j >= i-10; j-- {
		w := s.word(j)
		if w == "," || w == ";" {
			break
		}
		if s.d.lemmaIn(w, s.d.lx.reporting) {
			reported = true
			break
		}
	}
	if !reported {
		return false
	}
	for j := i + 1; j < s.last && j <= i+12; j++ {
		switch s.word(j) {
		case ",", ";", ":":
			return false
		case "had":
			return s.word(j+1) != "to"
		}
	}
	return false
}

// proximity reads the words before the connector at token i: "hours
// after" anchors with no shift, "the day after" by one day, "three days
// after" by three, "a week after" by seven; "three months after" by three
// months and "two years after" by 24 (countedMonths).
func (s *syntax) proximity(i int) (anchor bool, days, months int) {
	j := i - 1
	w := s.word(j)
	if m, ok := s.countedMonths(j); ok {
		return true, 0, m
	}
	if !proximity[w] {
		return false, 0, 0
	}
	unit := 0
	switch w {
	case "day", "days":
		unit = 1
	case "week", "weeks":
		unit = 7
	}
	if unit == 0 {
		return true, 0, 0
	}
	n, ok := s.countAt(j - 1)
	if !ok {
		return true, 0, 0 // "days after": near, not a count
	}
	return true, n * unit, 0
}

// countAt reads the count at token j: a spelled-out one ("three", "a",
// "the") or a small number ("3").
func (s *syntax) countAt(j int) (int, bool) {
	if n, ok := dayCounts[s.word(j)]; ok {
		return n, true
	}
	if v, err := parseCount(s.word(j)); err == nil {
		return v, true
	}
	return 0, false
}

// monthsPerUnit are the months of the units that count months or years
// before "after" or "before" (proximity).
var monthsPerUnit = map[string]int{"month": 1, "months": 1, "year": 12, "years": 12}

// countedMonths reads an exact count of months or years ending at token j
// ("three months", "two years", "the year"), which makes the clause after
// it an anchor shifted by that many months. A count told roughly or as a
// span ("more than two years", "some months", "for 17 years":
// rough_counts) or not told at all ("months after") is none: only the
// day-rich proximity words anchor without a count.
func (s *syntax) countedMonths(j int) (int, bool) {
	unit, ok := monthsPerUnit[s.word(j)]
	if !ok || j-1 < s.first {
		return 0, false
	}
	n, ok := s.countAt(j - 1)
	if !ok || n <= 0 || j-2 >= s.first && roughCounts[s.word(j-2)] {
		return 0, false
	}
	return n * unit, true
}

// roughCounts, before a count of months or years, make it rough or a
// span rather than an exact shift (data/words.yaml; countedMonths).
var roughCounts = wordList("rough_counts")

// parseCount parses a small decimal count ("3").
func parseCount(w string) (int, error) {
	if len(w) > 3 {
		return 0, strconv.ErrRange
	}
	return strconv.Atoi(w)
}

// sinceReach is how many words before a verb "since" may open its clause
// when the parse does not mark it ("since the new government came").
const sinceReach = 6

// sinceClause reports whether the verb at token v heads a clause opened by
// "since" ("relations have been strained since Saakashvili came to power
// in 2003"): the clause dates the start of the main clause's state. The
// parse decides when it marks the clause (advcl with the mark "since");
// else "since" within sinceReach words before the verb, with no comma,
// conjunction or relative word between, and not before a time ("since
// 2003" is a time, not a clause).
func (s *syntax) sinceClause(v int) bool {
	if tr := s.tree(); tr != nil {
		if n, ok := s.treeNode(v); ok && tr.rel(n) == "advcl" {
			for _, k := range tr.kids(n, is("mark")) {
				if strings.EqualFold(tr.w(k).Form, "since") {
					return true
				}
			}
		}
	}
	for j := v - 1; j >= s.first && j >= v-sinceReach; j-- {
		switch s.word(j) {
		case "since":
			return j+1 < v && s.d.timexAt[j+1] < 0
		case ",", ";", ":", "and", "but", "that", "which", "who", "when":
			return false
		}
	}
	return false
}
