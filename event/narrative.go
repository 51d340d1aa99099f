package event

import (
	"fmt"
	"strings"
	"time"

	"github.com/chronograph-news/chronograph/cameo"
	"github.com/chronograph-news/chronograph/timex"
)

// Narrative dating: news tells an event's date once, in the sentence that
// opens the account, and goes on in the simple past without repeating it
// ("Bombs exploded outside the embassies on Friday. At least 80 people
// were killed ..."). A mention of a sentence with no time expression of
// its own takes the date of the sentence just before when both tell the
// same moment: it is asserted or reported, in the simple past (not a
// perfect, which reaches back), and the previous sentence dated an
// event to a day or a finer time. A sentence that opens by counting days
// from that moment ("A day before that", "Two days later") takes that
// day shifted by the count. The date that goes on is the narrator's: an
// event told inside a quotation, in a sentence that also tells one
// outside it ("'they murdered 200 prisoners from November 20 to 21,' the
// judge told the court in handing down the verdict"), dates the speaker's
// story, not the next sentence's ("Sentenced to 20 years were ...").
// The date that goes on is that of the sentence's own account, not one an
// adverbial clause setting another moment tells ("gave no news
// conference, after Vell was sworn in on Nov. 3": the next sentence does
// not go on with Nov. 3: describingClause).
// A time of day that names no day, in the sentence right after one whose
// past verb told its day ("Three buses collided on Tuesday, police said
// Wednesday. The accident took place at around 5:30 p.m."), is a time of
// that day, not of the report's day the tagger anchored it to
// (clockOnNarrative).
//
// The account of the day's news goes on past sentences that tell no event
// in the simple past (a quotation, a reaction, a description): the date
// a past verb gave a recent moment (at most narrativeRecentDays before the publication
// date: "on Thursday" in a Friday paper) reaches the undated sentences up
// to narrativeReach sentences after the one that told it ("Gunmen stormed
// the terminal on Thursday. 'We deplore it,' he said. ... The premier left
// the terminal as ..."), there to date an event that names its agent or
// counterpart (an anonymous one, "shots were fired", stays the weak news
// of the publication day). An older date (a moment of history recalled:
// "the record was set October 21, 1987") reaches the next sentence only.
// A sentence that tells another happening ("In an earlier incident, ...":
// openedApart, incident.go) takes only the day of a time told before, not
// its hour. An event told in a "where" clause describing a place ("a
// visit to the hotel, where 20 people were killed": placeRelative) takes
// no date from the account: it is what once happened there.

// narrative is the day-precise date the last dated sentence gave its own
// events, and that sentence's index; told marks a date a past verb gave
// (a happening told: "gunmen stormed the terminal on Thursday"), not a
// noun ("her trip to London on Thursday"), which reaches the next
// sentence only.
type narrative struct {
	x        *timex.Timex
	sentence int
	told     bool
	// pending, when x is nil, finds the date of a sentence no trigger
	// dated (rootPastTime): asked only when a later sentence has an
	// undated event to give it, as it parses that sentence.
	pending func() *timex.Timex
}

// narrativeReach is how many sentences after the one that told it a
// recent narrative date still dates undated simple-past events;
// narrativeRecentDays how many days before the publication date a
// narrative date may lie to reach past the next sentence.
const (
	narrativeReach      = 4
	narrativeRecentDays = 7
)

// reaches reports whether the narrative dates events of sentence index:
// the next sentence, or one up to narrativeReach after when a past verb
// told the date and it is recent (on or shortly before the publication
// date dct).
func (n narrative) reaches(index int, dct time.Time) bool {
	if n.x == nil || index <= n.sentence {
		return false
	}
	gap := index - n.sentence
	if gap == 1 {
		return true
	}
	if gap > narrativeReach || !n.told || dct.IsZero() || n.x.Interval == nil {
		return false
	}
	y, m, d := dct.Date()
	day := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	start := n.x.Interval.Start
	return !start.After(day) && !start.Before(day.AddDate(0, 0, -narrativeRecentDays))
}

// datesSentence reports whether the sentence holds a time expression
// that can date an event.
func (s *sent) datesSentence() bool {
	for i := s.first; i < s.last; i++ {
		if xi := s.d.timexAt[i]; xi >= 0 && datesEvents(&s.d.in.Times[xi]) {
			return true
		}
	}
	return false
}

// simplePast reports whether verb trigger t is in the simple past:
// "were killed", "met", but not "has met", "had been arrested", "are
// being killed", nor a verb coordinated with a perfect ("has imposed a
// blockade and deported Georgians": aspectOf).
func (s *sent) simplePast(t *trigger) bool {
	return s.simplePastOf(t, false)
}

// simplePastOf is simplePast, but with possessive true a possessive "'s"
// before the verb (possessiveMark: "the committee's head said") is no
// auxiliary: namedSaying reads a reporting verb whose subject, an
// apposition's noun, often holds one. (Other callers keep the plain
// check, which narrative dating and merges lean on.)
func (s *sent) simplePastOf(t *trigger, possessive bool) bool {
	if t.noun || !s.pastTense(t) || s.aspectOf(t).perfect {
		return false
	}
	for j, n := t.anchor-1, 0; j >= s.first && n < 4; j, n = j-1, n+1 {
		switch s.word(j) {
		case "has", "have", "had", "'ve", "'d", "having", "is", "are", "am", "be", "being", "'s", "'re":
			if possessive && s.possessiveMark(j) {
				continue
			}
			return false // a perfect, a present passive or a progressive
		}
	}
	return true
}

// possessiveMark reports whether token j is a possessive "'s" by the
// parse (a case marker, not an auxiliary: "the committee's head").
func (s *sent) possessiveMark(j int) bool {
	tr, n, ok := s.treeAt(j)
	return ok && s.word(j) == "'s" && tr.rel(n) == "case"
}

// continueNarrative dates the undated mentions of the sentence from the
// previous sentence's date (see above) or, failing that, from the time of
// the previous sentence's subject that a pronoun subject goes on with
// (continueSubject), then records what this sentence leaves for the next.
func (s *sent) continueNarrative(ts []*trigger, ms []Mention) {
	s.continueDay(ts, ms)
	s.continueSubject(ts, ms)
	s.d.mem.subject = subjectTime{sentence: s.index, time: s.rootTime}
}

// continueDay dates the undated mentions of the sentence from the
// previous sentence's day (see above), then records the date this
// sentence gives its own events for the next one.
func (s *sent) continueDay(ts []*trigger, ms []Mention) {
	d := s.d
	prev := d.mem.narr
	if s.datesSentence() {
		d.mem.narr = narrative{sentence: -1}
		quoted := s.quotedTriggers(ts)
		if prev.x != nil && prev.told && prev.sentence == s.index-1 && prev.x.Granularity == timex.Day {
			s.clockOnNarrative(ms, quoted, prev.x)
		}
		for k := range ms {
			m := &ms[k]
			if quoted[k] {
				continue
			}
			if m.Time != nil && !m.Background && m.Basis != Publication && fine(m.Time) &&
				(m.Factuality == Asserted || m.Factuality == Reported) && !s.describingClause(ts[k]) {
				d.mem.narr = narrative{x: m.Time, sentence: s.index, told: !ts[k].noun && s.pastTense(ts[k])}
				break
			}
		}
		if d.mem.narr.x == nil {
			// a sentence that dates a past happening no trigger tells
			// ("Wall Street on Tuesday experienced its second largest
			// gain. The Dow jumped 173 points."), found when needed
			d.mem.narr = narrative{sentence: s.index, told: true, pending: s.rootPastTime}
		}
		return
	}
	if prev.pending != nil {
		undated := false
		for k := range ms {
			m := &ms[k]
			undated = undated || m.Time == nil && !m.Background && (m.Factuality == Asserted || m.Factuality == Reported)
		}
		if !undated && s.index-prev.sentence < narrativeReach {
			return // nothing to date here: the date is still to find
		}
		prev.x, prev.pending = prev.pending(), nil
		d.mem.narr = prev
	}
	if !prev.reaches(s.index, d.in.DCT) {
		d.mem.narr = narrative{sentence: -1}
		return
	}
	apart := s.openedApart()
	days, shifted, counted := s.narrativeShift()
	if shifted {
		// the account moves on from the moment told before
		d.mem.narr = narrative{sentence: -1}
		if prev.sentence != s.index-1 || !counted || prev.x.Granularity != timex.Day || prev.x.Interval == nil {
			return // "two months later", or days from a time of day: left undated
		}
	}
	for k, t := range ts {
		m := &ms[k]
		if m.Time != nil || m.Background || (m.Factuality != Asserted && m.Factuality != Reported) || !s.simplePast(t) || s.placeRelative(t) {
			continue
		}
		if prev.sentence != s.index-1 && !hasParty(m) && !s.continuesAccount(t) {
			// farther on, only an event with a side of its own ("the
			// premier left the terminal"; not "shots were fired", which
			// stays the weak news of the publication day), or one whose
			// verb says the account goes on ("the party also called on
			// the government")
			continue
		}
		x := *prev.x
		x.Relative = true
		if apart && granularityRank[x.Granularity] > granularityRank[timex.Day] && x.Interval != nil {
			// "... at 1:40 a.m. In an earlier incident, a bomb killed
			// 35": another happening of the day, not of that hour
			x = dayOf(x)
		}
		if shifted {
			x = dayShifted(x, days)
		}
		m.Time, m.Basis = &x, Relative
		m.Confidence *= narrativeConfidence
	}
}

// placeRelative reports whether the verb trigger t tells, in a relative
// clause opened by "where", what once happened at a place ("a visit to
// the hotel, where 20 people were killed"), or, opened by a preposition
// of a span before its relative pronoun ("during which", span_relatives),
// what happened within a span ("resumed after a year-long pause during
// which the rebels seized two towns"): the clause describes the place or
// the span, and the date of the account told before is not its event's.
func (s *sent) placeRelative(t *trigger) bool {
	n, ok := s.triggerNode(t)
	if !ok || t.noun || s.tr.rel(n) != "acl:relcl" {
		return false
	}
	for _, k := range s.tr.kids(n, is("advmod")) {
		if strings.EqualFold(s.tr.w(k).Form, "where") {
			return true
		}
	}
	for _, k := range s.tr.kids(n, func(r string) bool { return baseRel(r) == "obl" }) {
		if x := s.tr.w(k).XPOS; (x == "WDT" || x == "WP") && spanRelatives[s.tr.caseWord(k)] {
			return true
		}
	}
	return false
}

// spanRelatives are the prepositions that, before a relative pronoun,
// open a clause telling what happened within a span ("during which",
// data/words.yaml).
var spanRelatives = wordList("span_relatives")

// countedLater reports whether the verb trigger t, in the past tense,
// counts its time in months or years from a moment told elsewhere ("was
// elected president one year later": "later" with such a duration before
// it, on t's verb, by the parse): its event lies before the publication
// day, how long before the text does not say here, so it is no news of
// that day (bindUndated bounds it by the publication date). It is false
// without a parse.
func (s *syntax) countedLater(t *trigger) bool {
	n, ok := s.triggerNode(t)
	if !ok || t.noun || !s.pastTense(t) {
		return false
	}
	for _, k := range s.tr.kids(n, is("advmod")) {
		if !strings.EqualFold(s.tr.w(k).Form, "later") {
			continue
		}
		toks := s.tokensOf(k)
		if len(toks) == 0 || toks[0]-1 < s.first {
			continue
		}
		if xi := s.d.timexAt[toks[0]-1]; xi >= 0 && s.d.in.Times[xi].Type == timex.Duration && longCount(s.d.in.Times[xi].Value) {
			return true
		}
	}
	return false
}

// longCount reports whether the duration value v counts months or years
// ("P1Y", "P2M"): half an hour or two days later is still the news of
// the days told around it.
func longCount(v string) bool {
	return strings.HasPrefix(v, "P") && !strings.HasPrefix(v, "PT") && (strings.HasSuffix(v, "Y") || strings.HasSuffix(v, "M"))
}

// dayOf returns x cut to its day ("2006-11-12T01:40" → "2006-11-12").
func dayOf(x timex.Timex) timex.Timex {
	d := x.Interval.Start
	d = time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, time.UTC)
	x.Value, x.Granularity = d.Format(time.DateOnly), timex.Day
	x.Interval = &timex.Interval{Start: d, End: d}
	return x
}

// dayShifted returns x, a day, moved by days: its value and interval are
// that day's.
func dayShifted(x timex.Timex, days int) timex.Timex {
	d := x.Interval.Start.AddDate(0, 0, days)
	x.Value, x.Interval = d.Format(time.DateOnly), &timex.Interval{Start: d, End: d}
	return x
}

// narrativeShift reads a sentence that opens by counting time from the
// moment told before: "A day before that, ...", "Two days later, ...",
// "A week earlier, ...", "Two months later, ...": a duration, then
// "before" or "earlier" (back) or "after" or "later" (on). shifted
// reports that the sentence opens so; counted that the duration is in
// days or weeks, and then days is the signed number of days.
func (s *sent) narrativeShift() (days int, shifted, counted bool) {
	xi := s.d.timexAt[s.first]
	if xi < 0 {
		return 0, false, false
	}
	x := &s.d.in.Times[xi]
	if x.Type != timex.Duration {
		return 0, false, false
	}
	end := s.first
	for end < s.last && s.d.timexAt[end] == xi {
		end++
	}
	sign := 0
	switch s.word(end) {
	case "before", "earlier":
		sign = -1
	case "after", "later":
		sign = 1
	default:
		return 0, false, false
	}
	n, unit := 0, ""
	if _, err := fmt.Sscanf(x.Value, "P%d%s", &n, &unit); err != nil || n <= 0 {
		return 0, true, false
	}
	switch unit {
	case "D":
	case "W":
		n *= 7
	default:
		return 0, true, false
	}
	return sign * n, true, true
}

// fine reports whether x is precise to a day or finer.
func fine(x *timex.Timex) bool {
	return granularityRank[x.Granularity] >= granularityRank[timex.Day]
}

// eventSubjects dates an undated verb mention from the event noun it
// tells more about: the noun that is its subject ("the January 1998
// bombing of a clinic killed a guard"), that a relative clause describes
// ("the Oct. 23 slaying that shocked the city", "the 1996 bombing, which
// killed one person"), or that its phrase places it in ("was injured in
// the 1998 bombing"). The noun must come shortly before
// the verb, in the same sentence, with no other verb trigger and no
// clause boundary other than a relativizer between them.
func (s *sent) eventSubjects(ts []*trigger, ms []Mention) {
	for k, t := range ts {
		m := &ms[k]
		if t.noun || m.Time != nil || m.Background || !s.pastTense(t) {
			continue // "the treaty, which pledges aid": no event of that date
		}
		for j := k - 1; j >= 0; j-- {
			o := ts[j]
			if !o.noun {
				break // another verb governs what lies before
			}
			if t.start-o.end > 12 || !s.sameStretch(o.end, t.start) {
				break
			}
			if !s.tellsMoreOf(t, o) {
				continue // "Hamas, which won the election in January, has warned": not the election's subject
			}
			if x := ms[j].Time; x != nil && !ms[j].Background {
				xc := *x
				m.Time, m.Basis = &xc, ms[j].Basis
				s.pastOnly(m)
				break
			}
		}
		if m.Time == nil && k+1 < len(ts) {
			// "were killed in the 1998 bombing": the event the verb's
			// phrase places it in
			o := ts[k+1]
			if o.noun && o.start-t.end <= 6 && s.placedIn(t.end, o.start) && ms[k+1].Time != nil {
				xc := *ms[k+1].Time
				m.Time, m.Basis = &xc, ms[k+1].Basis
				s.pastOnly(m)
			}
		}
	}
}

// tellsMoreOf reports whether, by the parse, the verb trigger t tells
// more of the event noun o: o is its subject, or the noun a relative
// clause of t's describes ("the 1996 bombing, which killed one person").
// Without a parse it is true (the word rules of eventSubjects decide).
func (s *sent) tellsMoreOf(t, o *trigger) bool {
	if s.tree() == nil {
		return true
	}
	n, ok1 := s.triggerNode(t)
	no, ok2 := s.triggerNode(o)
	if !ok1 || !ok2 {
		return true
	}
	d := s.tr
	if h, ok := d.head(no); ok && h == n && strings.HasPrefix(d.rel(no), "nsubj") {
		return true
	}
	h, ok := d.head(n)
	return ok && h == no && (d.rel(n) == "acl:relcl" || d.rel(n) == "acl")
}

// placedIn reports whether tokens [from, to) open a prepositional phrase
// that places an event in another ("in the", "during a"): such a
// preposition, then only determiners, modifiers and names.
func (s *sent) placedIn(from, to int) bool {
	for j := from; j < to; j++ {
		switch w := s.word(j); {
		case w == "in" || w == "during" || w == "amid":
			for k := j + 1; k < to; k++ {
				v := s.word(k)
				if !determiners[v] && !isPlainWord(v) && !s.namePart(k) && s.d.timexAt[k] < 0 {
					return false
				}
			}
			return true
		case !s.isAdverb(j) && s.d.timexAt[j] < 0 && !isPlainWord(w):
			return false
		}
	}
	return false
}

// sameStretch reports whether tokens [from, to) hold no clause boundary:
// no subordinator, semicolon or quotation, and commas only around a
// relative clause or an apposition of places ("in Birmingham, Ala.,").
func (s *sent) sameStretch(from, to int) bool {
	for j := from; j < to; j++ {
		w := s.word(j)
		if clauseStops[w] || w == "said" || w == "says" {
			return false
		}
		if w == "," && !relativizers[s.word(j+1)] && !s.namePart(j-1) && !s.namePart(j+1) {
			return false
		}
	}
	return true
}

// pastOnly fits the date a past-tense verb mention took from an event
// noun: a date after the DCT (the noun's event planned, or an expression
// resolved forward: "aid pledged in February" read as next February) is
// read in the past when it can be, and otherwise left to the
// publication date.
func (s *sent) pastOnly(m *Mention) {
	if !s.afterDCT(m.Time) {
		return
	}
	if x := pastReading(m.Time, s.d.in.DCT); x != nil {
		m.Time, m.Basis = x, Relative
		return
	}
	m.Time, m.Basis = nil, Publication
}

// quotedTriggers reports, for each trigger of ts, whether it lies inside
// a quotation while another trigger of the sentence lies outside one
// (see above); all false when every trigger is quoted or none is.
func (s *sent) quotedTriggers(ts []*trigger) []bool {
	out := make([]bool, len(ts))
	in, outside := 0, 0
	for k, t := range ts {
		out[k] = s.quotedAt(t.start)
		if out[k] {
			in++
		} else {
			outside++
		}
	}
	if in == 0 || outside == 0 {
		return make([]bool, len(ts))
	}
	return out
}

// hasParty reports whether m names an agent or a counterpart.
func hasParty(m *Mention) bool {
	for _, p := range m.Participants {
		if p.Role == Agent || p.Role == Counterpart {
			return true
		}
	}
	return false
}

var continuationAdverbs = wordList("continuation_adverbs")

// continuesAccount reports whether the verb of trigger t has one of
// continuationAdverbs ("The party also called on the government"): the
// sentence goes on with the account told before, of the same moment. The
// parse decides (an advmod of the verb); without one, the word right
// before the verb or its auxiliary.
func (s *sent) continuesAccount(t *trigger) bool {
	if s.tree() != nil {
		n, ok := s.verbNode(t)
		if !ok {
			return false
		}
		for _, k := range s.tr.kids(n, is("advmod")) {
			if continuationAdverbs[strings.ToLower(s.tr.w(k).Form)] {
				return true
			}
		}
		return false
	}
	for j := t.anchor - 1; j >= s.first && j >= t.anchor-2; j-- {
		if continuationAdverbs[s.word(j)] {
			return true
		}
	}
	return false
}

// subjectTime is what a sentence leaves for a pronoun of the next to go
// on with: its index, and time, which finds (parsing the sentence only
// when asked) the time of its root verb and whether that verb's subject
// is plural (rootTime).
type subjectTime struct {
	sentence int
	time     func() (x *timex.Timex, plural, reporting bool)
}

// subjectPronouns are the subject pronouns that go on with the subject
// of the sentence before, and whether each is plural.
var subjectPronouns = map[string]bool{"he": false, "she": false, "it": false, "they": true}

// continueSubject dates an undated event of a sentence whose main verb
// has a pronoun subject that goes on with the subject of the sentence
// just before ("Turkey and Israel boosted their ties last year. They
// signed two pacts."; "On Wednesday, the union said it was concerned. It
// called for a tax rise."): the time the parse attaches to that
// sentence's root verb is the pronoun's account's, whatever its
// granularity (a year too, which the day narrative does not carry), and
// a reporting verb's too, when the event is a statement of the speaker's
// (verbalCAMEO: what the speaker goes on to say is said at the same
// time; what "they" did after "officials said Tuesday" is not). The event is asserted or reported,
// told by the root verb (or a verb coordinated with it that shares its
// subject) in the simple past, outside a quotation; the pronoun agrees in
// number with the subject it goes on with.
func (s *sent) continueSubject(ts []*trigger, ms []Mention) {
	prev := s.d.mem.subject
	if prev.time == nil || prev.sentence != s.index-1 {
		return
	}
	quoted := s.quotedTriggers(ts)
	var x *timex.Timex
	var plural, reporting, asked bool
	for k, t := range ts {
		m := &ms[k]
		if m.Time != nil || m.Background || quoted[k] || (m.Factuality != Asserted && m.Factuality != Reported) || !s.simplePast(t) {
			continue
		}
		they, ok := s.continuingPronoun(t)
		if !ok {
			continue
		}
		if !asked {
			x, plural, reporting = prev.time()
			asked = true
		}
		if x == nil {
			return
		}
		if they != plural || reporting && !verbalRoot(m.CAMEO) {
			continue
		}
		y := *x
		y.Relative = true
		m.Time, m.Basis = &y, Relative
		m.Confidence *= narrativeConfidence
	}
}

// continuingPronoun reports whether the verb trigger t is the root verb of
// its sentence, or a verb coordinated with it and sharing its subject,
// whose subject is one of subjectPronouns, and whether that pronoun is
// plural. It is false without a parse.
func (s *sent) continuingPronoun(t *trigger) (plural, ok bool) {
	n, ok := s.verbNode(t)
	if !ok {
		return false, false
	}
	tr := s.tr
	subj := tr.kids(n, is("nsubj", "nsubj:pass"))
	if len(subj) == 0 && tr.rel(n) == "conj" {
		if h, ok := tr.head(n); ok {
			n = h
			subj = tr.kids(n, is("nsubj", "nsubj:pass"))
		}
	}
	if _, hasHead := tr.head(n); hasHead || len(subj) != 1 {
		return false, false
	}
	plural, ok = subjectPronouns[strings.ToLower(tr.w(subj[0]).Form)]
	return plural, ok
}

// rootTime returns the time expression the parse attaches, as a temporal
// modifier, to the root verb of the sentence when that verb is told in
// the past (a reporting verb too: "On Wednesday, the union said ..."),
// whether the verb's subject is plural (a plural noun, or nouns joined by
// a conjunction), and whether the verb is a reporting one. It returns nil
// without a parse or such an expression, or when the root verb has no
// subject. An expression after "since" is a point of comparison, not the
// verb's time.
func (s *syntax) rootTime() (x *timex.Timex, plural, reporting bool) {
	tr := s.tree()
	if tr == nil {
		return nil, false, false
	}
	for c := s.first; c < s.last; c++ {
		xi := s.d.timexAt[c]
		if xi < 0 || c > s.first && s.d.timexAt[c-1] == xi {
			continue
		}
		x := &s.d.in.Times[xi]
		if !datesEvents(x) || s.afterDCT(x) || c > s.first && s.word(c-1) == "since" {
			// "surged to its best level since 1997" compares with
			// that year: it is no time a next sentence goes on from
			continue
		}
		a, ok := s.attachmentOf(c)
		if !ok || !timeRels(a.rel) {
			continue
		}
		v := a.head
		if n, ok := s.treeNode(c); ok {
			v = s.subjectTimeVerb(n, v)
		}
		if _, hasHead := tr.head(v); hasHead || !tr.verbal(v) || !tr.pastVerb(v) {
			continue
		}
		if toks := s.tokensOf(v); len(toks) > 0 && s.comparisonPhrase(c, toks[0]+1) {
			continue // a change's base (timescope.go)
		}
		subj := tr.kids(v, is("nsubj", "nsubj:pass"))
		if len(subj) != 1 {
			return nil, false, false
		}
		w := tr.w(subj[0])
		plural = w.XPOS == "NNS" || w.XPOS == "NNPS" || len(tr.kids(subj[0], is("conj"))) > 0 || strings.EqualFold(w.Form, "they")
		return x, plural, tr.lemmaIn(v, s.d.lx.reporting)
	}
	return nil, false, false
}

// verbalCAMEO holds the CAMEO roots of what is done in words: statements,
// appeals, intents, demands, disapproval, rejection, threats.
var verbalCAMEO = map[string]bool{"01": true, "02": true, "03": true, "10": true, "11": true, "12": true, "13": true}

// verbalRoot reports whether CAMEO code c has a root of verbalCAMEO.
func verbalRoot(c string) bool {
	r, ok := cameo.RootOf(c)
	return ok && verbalCAMEO[r.Code]
}

// clockOnNarrative moves a time of day that names no day ("The accident
// took place at around 5:30 p.m.") to the day the sentence before told
// its happening on, day: the tagger anchors a bare clock time to the last
// day named, which may be the day of the report that told the happening
// ("three buses collided on Tuesday, police said Wednesday"), not the
// happening's own.
func (s *sent) clockOnNarrative(ms []Mention, quoted []bool, day *timex.Timex) {
	for k := range ms {
		m := &ms[k]
		x := m.Time
		if quoted[k] || m.Background || x == nil || !x.Relative || x.Interval == nil || !fine(x) || x.Granularity == timex.Day || namesDay(x.Text) {
			continue
		}
		shift := dayOf(*day).Interval.Start.Sub(dayOf(*x).Interval.Start)
		if shift == 0 {
			continue
		}
		y := *x
		y.Interval = &timex.Interval{Start: x.Interval.Start.Add(shift), End: x.Interval.End.Add(shift)}
		if i := strings.IndexByte(y.Value, 'T'); i >= 0 {
			y.Value = y.Interval.Start.Format(time.DateOnly) + y.Value[i:]
		}
		m.Time = &y
	}
}

// namesDay reports whether the time expression text names its day: a
// weekday, a month, a year, or a word of the day ("tonight", "today").
func namesDay(text string) bool {
	letters := strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return -1
		}
		return r
	}, text)
	if namesWeekday(text) || namesMonthOnly(letters) {
		return true
	}
	for _, w := range strings.Fields(strings.ToLower(text)) {
		switch strings.Trim(w, ".,") {
		case "today", "tonight", "yesterday", "tomorrow":
			return true
		}
		if len(w) == 4 && strings.Trim(w, "0123456789") == "" {
			return true
		}
	}
	return false
}

// narrativeApartMarks open an adverbial clause that sets another moment than its
// main clause's ("after Vell was sworn in on Nov. 3", data/words.yaml);
// a when- or while-clause tells the same moment, and goes on.
var narrativeApartMarks = wordList("narrative_apart_marks")

// describingClause reports whether trigger t lies, by the parse, in a
// clause opened by one of narrativeApartMarks (its mark). It is false without a
// parse. (A relative clause may tell the very scene the next sentence
// goes on with: "ugly scenes that followed the loss on November 23. An
// officer shot dead a supporter".)
func (s *sent) describingClause(t *trigger) bool {
	if s.tree() == nil {
		return false
	}
	n, ok := s.triggerNode(t)
	for depth := 0; ok && depth < maxTreeWalk; depth++ {
		for _, k := range s.tr.kids(n, is("mark")) {
			// the mark tells the clause, whatever relation the parse
			// gives it (it may take the clause for a conjunct)
			if narrativeApartMarks[strings.ToLower(s.tr.w(k).Form)] {
				return true
			}
		}
		n, ok = s.tr.head(n)
	}
	return false
}
