package event

import (
	"strings"

	"github.com/chronograph-news/chronograph/timex"
)

// toll.go: a toll summed over a stretch of time ("traffic accidents killed
// 9,000 people last year", "mines killed 36 in October", "recorded 5,000
// accidents between January and October, killing 900"): a statistic of
// many happenings, none told as one.

// tallySpans are the granularities of a time that spans many days: a toll
// dated by one sums the happenings of that stretch. A week or a day may
// date one happening ("fires killed six last week").
var tallySpans = map[timex.Granularity]bool{
	timex.Month: true, timex.Quarter: true, timex.Season: true, timex.Half: true, timex.Year: true,
	timex.Decade: true, timex.Century: true,
}

// spanToll reports whether trigger t, dated by a time of many days
// (tallySpans), tells a toll: it is itself, or has for its cause, a
// plural noun of modality.yaml tally_causes that no definite determiner
// or possessor picks out (bare or counted: "accidents", "5,000
// accidents"), and a count tells the toll: of the cause itself ("109
// fires broke out") or of the verb's object or passive subject ("killed
// 9,000 people"); "floods wiped out the harvest in 1995" and "the Bali
// bombings in 2002" count nothing. The cause of a verb is its subject; for a participle hung
// on another verb ("recorded 5,000 accidents, killing 900"), that verb's
// object or subject; for a conjunct with no subject of its own, its
// partner's ("injured or killed 36"); for a passive, its "in" oblique ("were killed in 900
// accidents"). "The 2002 bombings killed 202" tells known events; "fires
// killed six on Monday", one day's.
func (s *sent) spanToll(t *trigger) bool {
	n, ok := s.parsedTrigger(t)
	if !ok {
		return false
	}
	d := s.tr
	causes, verb := []node{n}, n
	if t.noun {
		if h, ok := d.head(n); ok && d.rel(n) == "nsubj" && d.verbal(h) {
			verb = h // "accidents killed 9,000 people"
		}
	} else {
		causes = d.kids(n, is("nsubj"))
		for _, o := range d.kids(n, is("obl")) {
			if d.caseWord(o) == "in" {
				causes = append(causes, o)
			}
		}
		if h, ok := d.head(n); ok && d.rel(n) == "conj" && len(causes) == 0 {
			causes = d.kids(h, is("nsubj")) // "mines injured or killed 36"
		}
		if r := baseRel(d.rel(n)); (r == "advcl" || r == "xcomp") && d.w(n).XPOS == "VBG" {
			if h, ok := d.head(n); ok {
				causes = append(causes, d.kids(h, is("obj", "nsubj"))...)
			}
		}
	}
	tolled := false
	for _, o := range d.kids(verb, is("obj", "nsubj:pass")) {
		tolled = tolled || countedNoun(d, o) // "killed 9,000 people", "9,000 people were killed"
	}
	if !t.noun && !tolled && baseRel(d.rel(n)) == "nsubj:pass" {
		tolled = countedNoun(d, n)
	}
	toll := false
	for _, c := range causes {
		toll = toll || d.lemmaIn(c, theModality.tallyCauses) && d.barePluralOf(c) && !d.pickedOut(c) && (tolled || countedNoun(d, c))
	}
	if !toll {
		return false
	}
	x, _, _ := s.date(t) // only now: dating is the dearer test
	return x != nil && tallySpans[x.Granularity]
}

// pickedOut reports whether the noun n has a definite determiner or a
// possessor ("the bombings", "their attacks"): a known set, not a count.
func (t *tree) pickedOut(n node) bool {
	for _, k := range t.kids(n, is("det", "nmod:poss")) {
		if t.rel(k) == "nmod:poss" || definiteDeterminers[strings.ToLower(t.w(k).Form)] {
			return true
		}
	}
	return false
}

// countedNoun reports whether the noun n is a number or has one ("9,000
// people", "5,000 accidents", "36").
func countedNoun(d *tree, n node) bool {
	return d.w(n).UPOS == "NUM" || len(d.kids(n, is("nummod"))) > 0
}
