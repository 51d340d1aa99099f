package event

import (
	"slices"
	"strings"
	"time"

	"github.com/chronograph-news/chronograph/timex"
)

// date finds the time expression that dates trigger t. Only expressions of
// the trigger's own clause count (see clauses.go): a date inside a
// subordinate clause ("... comes after A and B agreed on Wednesday") dates
// that clause's event, not the main clause's. In order:
//
//   - for a noun trigger, the time of a relative clause of a happening
//     verb after it, across an appositive ("another pit disaster, also
//     in the north, which occurred on Nov. 5": happenedTime), or one the
//     parse makes its relative clause ("talks that ended in Velna on
//     Tuesday": happenedTreeTime);
//   - for a verb of speech made a statement (a lead's or an item's), the
//     day right next to it ("said Saturday he was concerned", which a
//     parse may hang on the clause reported: speechTime);
//   - with a parse, an event told in another tense than the simple past
//     (perfect, present, progressive, modal, infinitive) is not dated by
//     the time of the verb that reports it (reportTime, reportedApart:
//     "have arrested 24 students, a report said Thursday"), nor by the
//     date of the dateline (datelineTime: "MOSCOW, June 18 (Xinhua) --
//     Russia has attacked Kyiv");
//   - with a parse, the expression attached to the trigger's verb or noun
//     (timetree.go); an expression of a clause the verb governs is left
//     out of the rules below, and so is one after an "of" gerund clause
//     of a verb trigger ("accused them of raping her ... on Nov. 1":
//     gerundAfter), nor one inside an "of" gerund clause that does not
//     hold the trigger ("convicted of ordering an attack in 2000, and
//     sentenced": gerundSpans); a reduced relative clause on a noun is
//     not dated by the time of a reporting verb ("the withdrawal agreed in the May 3
//     accord, an officer said Tuesday": reducedParticiple);
//   - with a parse, a time describing a word t does not govern is not
//     t's ("a town still haunted by the 1961-1970 insurgency", "The
//     militia, founded in 1951, attacked": describedElsewhere), and a
//     reduced relative clause that says during what it happened takes no
//     time its clause tells before it ("rallied on Monday behind the
//     coffin of a man killed during the clashes": framedReduced);
//   - with a parse, a past participle set off by commas after the noun
//     it describes takes only a time of its own clause or of that noun's
//     phrase ("the leader, jailed in Spain for fraud, was freed on
//     Tuesday"; "the 2004 accord, signed by the banks": setOffParticiple);
//   - for a verb trigger, the time of an event noun that frames it ("was
//     slain in the August 15, 1975 coup", "a 1975 coup in which the
//     leader was killed": frameEventTime, timescope.go);
//   - the nearest DATE or TIME expression in the trigger's phrase ("met
//     Kim on Friday");
//   - the date of an anchoring subordinate clause ("Hours after the drills
//     began on March 10, N fired ..."), shifted by a stated day count ("two
//     days after"): the result is Relative;
//   - the date of an anchoring when-clause ("were killed when a
//     helicopter crashed last February"; not an indirect question:
//     "unclear when"), or, in a when-clause, the expression it follows
//     ("in 1968, when the Soviets invaded ..."; on the parse too, past a
//     comma: treeWhen);
//   - one opening the sentence in its main clause ("In June 2024, ..."),
//     except for an event of an anchoring clause that counts days ("On
//     May 9, three days after X, ...": anchoredBy shifts that day);
//   - the nearest one of the trigger's clause (local = false); a trigger in
//     a when/while clause may take the main clause's;
//   - in an anchoring clause that counts days ("one day after ..."), the
//     day of the clause it anchors shifted back (anchoredBy);
//   - for a verb with none of these, the day of the occasion it is told
//     at ("in a written statement issued late Tuesday": occasionTime), or for a
//     sports result the edition of the contest it is won in ("won gold at
//     the 2000 Olympics": contestTime).
//
// Before all these, a verb whose time is counted from a date its sentence
// told before ("in 1986 ..., and three years later he ran") takes that
// date shifted by the count (countedShift, countedshift.go).
//
// DURATION and SET expressions, vague references (PAST_REF), and
// expressions out of the trigger's scope (scope.go: deadlines, other
// parentheses, relative clauses and modifiers of nouns) date nothing. It returns nil when nothing applies: the event then takes the
// publication date. own reports that the expression is in the trigger's
// phrase or anchors its clause (the mention has a time of its own). A
// weekday of the trigger's own is read forward when its clause points
// forward (forward.go); the last day of a range gives way to its first
// (rangeStart).
func (s *sent) date(t *trigger) (x *timex.Timex, local, own bool) {
	if y, counted := s.countedShift(t); y != nil {
		// "elected in 1986, and three years later he ran": 1989
		// (countedshift.go)
		return y, true, true
	} else if counted && s.countedLater(t) {
		// "six months later" from a year: no date of its own, and not
		// the moment counted from (bound by the publication date)
		return nil, false, false
	}
	x, local, own = s.timeOf(t)
	if x == nil && t.object != nil && s.treeObject(t, t.object) {
		// "the cuts agreed in the May 3 accord": the time of the noun
		// the parse makes the verb's object or occasion is the act's
		// (objectnoun.go); not that of a compound the words merged
		// ("August 17 bomb blasts")
		x, local, own = s.timeOf(t.object)
	}
	if x == nil {
		// "condemned the vote in a written statement issued late Tuesday": the
		// day of the occasion the act is told at (occasiontime.go)
		if y := s.occasionTime(t); y != nil {
			x, local, own = y, true, true
		} else if y := s.contestTime(t); y != nil {
			// "won gold at the 2000 Olympics": the contest's edition
			x, local, own = y, true, true
		}
	}
	if x != nil && s.recentElsewhere(t, x) {
		// "in response to the recent flood": the noun's event was over
		// before its clause's day, by how long the text does not say
		// (bound by the publication date: bindUndated)
		x, local, own = nil, false, false
	}
	if x != nil {
		x = s.rangeStart(x)
	}
	if x != nil && own && s.tree() != nil {
		if y := s.forwardReading(t, x); y != nil {
			x = y
		}
	}
	return x, local, own
}

// speechTime returns the time expression right next to t when t is a
// verb of speech ("said Saturday he was concerned", "on Tuesday told
// reporters") or of a verbal act (leadActCode: "admitted Friday he had",
// "on Monday reaffirmed"), which a parse may hang on the clause reported
// or on the speaker's name: the day of
// the statement. After the verb, a dateline's "here" and the preposition
// "on" may come first ("said here on Saturday she is improving"), and "in"
// before a month ("announced in July that": monthIn). Nil for other
// triggers.
func (s *sent) speechTime(t *trigger) *timex.Timex {
	w := s.word(t.start)
	if t.end-t.start != 1 || !leadSpeech[w] && leadActCode(w) == "" {
		return nil
	}
	for _, i := range []int{s.pastHereOn(t.end), s.monthIn(t.end), t.start - 1} {
		if i < s.first || i >= s.last || s.d.timexAt[i] < 0 {
			continue
		}
		if i < t.start && !leadSpeech[w] && s.inRelativeBefore(i, t.start) {
			// "the party, which the president dismissed on October 28,
			// reiterated": the dismissal's day (a verb of speech keeps
			// it: the parse hangs "who is to receive an award, on
			// Thursday said" on the clause too often)
			continue
		}
		x := &s.d.in.Times[s.d.timexAt[i]]
		if datesEvents(x) {
			return x
		}
	}
	return nil
}

// timeRightAfter returns the time expression that begins right after the
// verb trigger t, past a dateline's "here" and the preposition "on"
// ("released Friday", "released here on Tuesday"), when it dates events;
// nil for none.
func (s *sent) timeRightAfter(t *trigger) *timex.Timex {
	i := s.pastHereOn(t.end)
	if i >= s.last || s.d.timexAt[i] < 0 || i > s.first && s.d.timexAt[i-1] == s.d.timexAt[i] {
		return nil
	}
	if x := &s.d.in.Times[s.d.timexAt[i]]; datesEvents(x) {
		return x
	}
	return nil
}

// pastHereOn returns the token at i, or the one after a dateline's "here"
// and the preposition "on" there ("said here on Saturday"), where the
// time of a verb ending at i may begin.
func (s *sent) pastHereOn(i int) int {
	if i < s.last && s.word(i) == "here" {
		i++
	}
	if i < s.last && s.word(i) == "on" {
		i++
	}
	return i
}

// monthIn returns the token after "in" at i (past a dateline's "here")
// when a time of a month's granularity starts there ("announced in July
// that", "said here in November"): the month a saying is told in, as "on"
// gives its day; -1 for none. A year ("said in 2004") is no such time.
func (s *sent) monthIn(i int) int {
	if i < s.last && s.word(i) == "here" {
		i++
	}
	if i+1 >= s.last || s.word(i) != "in" || s.d.timexAt[i+1] < 0 || s.d.in.Times[s.d.timexAt[i+1]].Granularity != timex.Month {
		return -1
	}
	return i + 1
}

// inRelativeBefore reports whether token i, a time right before the verbal
// act at token v, lies in a relative clause of the verb's subject ("the
// party which the president dismissed on October 28 reiterated"): the
// clause's time, not the verb's. False without a parse.
func (s *sent) inRelativeBefore(i, v int) bool {
	tr, k, ok := s.treeAt(i)
	if !ok {
		return false
	}
	vn, ok := s.treeNode(v)
	if !ok {
		return false
	}
	for range tr.words {
		if k == vn {
			return false
		}
		if baseRel(tr.rel(k)) == "acl" {
			return !tr.within(vn, k)
		}
		h, ok := tr.head(k)
		if !ok {
			return false
		}
		k = h
	}
	return false
}

// rangeStart returns the first day of the range x ends ("from November 20
// to November 21, 1991": the event began on the first day, which the
// gold and the timeline tell), or x itself when x ends no range: the
// expression before it is joined to it by "to", "until", "through" or a
// dash after "from", or by "and" after "between".
func (s *sent) rangeStart(x *timex.Timex) *timex.Timex {
	ts := s.d.in.Times
	k := -1
	for i := range ts {
		if &ts[i] == x {
			k = i
		}
	}
	if k < 1 || ts[k-1].End > x.Start || ts[k-1].Granularity != x.Granularity || !datesEvents(&ts[k-1]) {
		return x
	}
	a := &ts[k-1]
	text := s.d.in.Text
	joiner := strings.ToLower(strings.TrimSpace(text[a.End:x.Start]))
	before := strings.ToLower(strings.TrimSpace(text[max(a.Start-8, 0):a.Start]))
	switch {
	case (joiner == "to" || joiner == "until" || joiner == "through" || joiner == "-" || joiner == "–") && strings.HasSuffix(before, "from"),
		joiner == "and" && strings.HasSuffix(before, "between"):
		if a.Interval != nil && x.Interval != nil && !a.Interval.Start.After(x.Interval.Start) {
			return a
		}
	}
	return x
}

// tallySpan reports whether the time expression whose first token is c
// follows a tally's head ("so far this year": tallyHeads), the span up to
// now a count or record is summed over.
func (s *sent) tallySpan(c int) bool {
	return c > s.first && tallyHeads[s.word(c-1)]
}

// openerReach is how many tokens after the sentence's first a time
// expression may begin and still open it ("In June, Putin's visit ...");
// openingReach how many a noun trigger may begin after it and still open
// the sentence for phraseEnd's apposition rule.
const (
	openerReach  = 2
	openingReach = 3
)

// timeOf finds the time expression that dates trigger t, as date says.
func (s *sent) timeOf(t *trigger) (x *timex.Timex, local, own bool) {
	if x := s.happenedTime(t); x != nil {
		return x, true, true // "a tragedy, ..., which occurred on Nov. 5" (happened.go)
	}
	if x := s.happenedTreeTime(t); x != nil {
		return x, true, true // "talks that ended in Velna on Tuesday" (happened.go)
	}
	if x := s.speechTime(t); x != nil {
		return x, true, true
	}
	cl := s.clauses()
	var cands []int // token index of each candidate's first token
	seen := map[int]bool{}
	for i := s.first; i < s.last; i++ {
		xi := s.d.timexAt[i]
		if xi < 0 || seen[xi] {
			continue
		}
		seen[xi] = true
		if !datesEvents(&s.d.in.Times[xi]) || !s.datesTrigger(i, t) {
			continue
		}
		cands = append(cands, i)
	}
	if slices.ContainsFunc(cands, func(c int) bool { return !s.datelineTime(c) }) {
		// a dateline's date is the filing's, as the publication date
		// is: a time the sentence tells itself dates its events first
		// ("KATHMANDU, Nov. 4 (AP) -- An earthquake struck late Friday")
		cands = slices.DeleteFunc(cands, s.datelineTime)
	}
	if len(cands) > 0 && s.tree() != nil && s.reportedApart(t) {
		// "have arrested 24 students, a report said Thursday", "is
		// leading the count, officials said Saturday": the report's
		// day, not the event's (timetree.go)
		//
		// A year the report is told in holds an act the report tells
		// in the past perfect, the year being coarser than the gap
		// ("In late 2003 the army said it had killed him": 2003, not
		// the publication's year; reportYear)
		cands = slices.DeleteFunc(cands, func(c int) bool {
			return s.reportTime(c, t) && !s.reportYear(c, t) || s.datelineTime(c)
		})
	}
	// a reporting verb's time is not that of an act told deeper in what
	// it reports ("said Monday the talks will build on the statement
	// reached in the fourth round": reportnested.go)
	cands = slices.DeleteFunc(cands, func(c int) bool { return s.reportNested(c, t) })
	// a time the parse hangs on another event's word is that event's ("the
	// trial of the seven, who were arrested in May")
	cands = slices.DeleteFunc(cands, func(c int) bool { return s.otherEventTime(c, t) })
	// and one it hangs on a noun told as to come is that noun's ("denied
	// any link with North Korea's expected announcement this week":
	// timescope.go)
	cands = slices.DeleteFunc(cands, func(c int) bool { return s.plannedNounTime(c, t) })
	// a time of the clause above the infinitive that names a noun is not
	// that noun's ("will withdraw this week to honor the accord":
	// timescope.go)
	cands = slices.DeleteFunc(cands, func(c int) bool { return s.purposeNounTime(c, t) })
	// a time in the phrase of a later event noun is that noun's ("his
	// visit was a follow-up to the president's visit to Libya in August
	// 2003": not his)
	cands = slices.DeleteFunc(cands, func(c int) bool { return s.laterNounTime(c, t) })
	// and a time describing a word t does not govern is that word's ("a
	// country still reeling from the 1975-1990 civil war"; "the
	// Brotherhood, founded in 1928, was outlawed": timescope.go)
	cands = slices.DeleteFunc(cands, func(c int) bool { return s.describedElsewhere(c, t) })
	// and one inside the phrase of a word of a clause fronted before t
	// is that word's ("Ignoring a court order issued in March, the union
	// vowed": timescope.go)
	cands = slices.DeleteFunc(cands, func(c int) bool { return s.frontedPhraseTime(c, t) })
	if slices.ContainsFunc(cands, func(c int) bool { return !s.tallySpan(c) }) {
		// "rose to 1,204.7, the highest level so far this year, on
		// Monday": the span a tally or record runs over, not the act's
		// time, when the sentence gives one
		cands = slices.DeleteFunc(cands, s.tallySpan)
	}
	if n, ok := s.framedReduced(t); ok {
		// a reduced relative clause that says during what it happened
		// takes no time the clause it hangs in tells before it, and
		// neither do the words it holds ("marched on Tuesday behind the
		// coffin of a man killed during the riots": neither the killing
		// nor the riots are Tuesday's; timescope.go). A time after it
		// the parse may hang anywhere ("decisions made during their
		// meeting with Bush in September"): the word rules decide
		lo, _ := s.subtreeTokens(n)
		cands = slices.DeleteFunc(cands, func(c int) bool { return c < lo })
	}
	if n, ok := s.participleNoun(t); ok {
		// "launched on Monday an appeal to help people affected by
		// floods": the floods are no news of Monday; a time before the
		// participle's clause is not theirs (lasting.go). One after it
		// the parse may hang anywhere ("decisions made during their
		// meeting with Bush in September"): the word rules decide
		lo, _ := s.subtreeTokens(n)
		cands = slices.DeleteFunc(cands, func(c int) bool { return c < lo })
	}
	if s.spanNoun(t) {
		// "a region hit by three years of drought": a span, dated by
		// no day of the sentence (lasting.go)
		cands = nil
	}
	if n, ok := s.setOffParticiple(t); ok {
		// "the group's leader, jailed in Spain for fraud, was freed on
		// Tuesday": the jailing is not Tuesday's; the noun's phrase holds
		// its time ("the 2004 accord, signed by the banks": timescope.go)
		h, _ := s.tr.head(n)
		cands = slices.DeleteFunc(cands, func(c int) bool { return !s.inSubtree(c, h) })
	}
	if n, ok := s.reducedParticiple(t); ok {
		// a reduced relative clause on a subject is not dated by the day
		// of its noun's verb: "hostages freed in Lima Friday reiterated
		// their demand" (Friday is the demand's; the freeing came
		// before: timescope.go)
		cands = slices.DeleteFunc(cands, func(c int) bool { return s.nounVerbTime(c, n) })
	}
	if t.e.OwnTime && !t.noun {
		// "according to a report recently released by the IFC" is not
		// dated by the years the report covers ("from 1996 to 2005"):
		// only a time hung on the verb dates it, else the publication
		if n, ok := s.treeNode(t.start); ok {
			if c := s.timeHungOn(n, cands); c >= 0 {
				return &s.d.in.Times[s.d.timexAt[c]], true, true
			}
		}
		if x := s.timeRightAfter(t); x != nil {
			// "according to official figures released Friday", which
			// the parse may hang on the main verb: the release's day
			return x, true, true
		}
		return nil, false, false
	}
	if c := s.gatheringTime(t, cands); c >= 0 {
		// "a forum for creative industries, Beyond 2006, was kicked off
		// here Monday": the verb of its taking place dates the gathering
		return &s.d.in.Times[s.d.timexAt[c]], true, true
	}
	if c := s.supportTime(t, cands); c >= 0 {
		// "the trial was opened and then adjourned Monday": the day of
		// the verb carrying the noun's event, or of its next phase
		// (support.go)
		return &s.d.in.Times[s.d.timexAt[c]], true, true
	}
	if countedClause(cl, t) && !slices.ContainsFunc(cands, func(c int) bool { return cl.of(c) == cl.of(t.start) }) {
		// "On May 9, three days after rebels seized a soldier, the
		// army shelled ...": the day the clause counts back from, which
		// a parse may hang on the clause's own verb
		if x := s.anchoredBy(t, cl, cands); x != nil {
			return x, true, true
		}
	}
	if attached, governed, ok := s.treeTime(t, cands); ok {
		if best := nearest(attached, t); best >= 0 {
			return &s.d.in.Times[s.d.timexAt[best]], true, s.ownTime(t, best)
		}
		// a time of a clause t governs is that clause's
		cands = slices.DeleteFunc(cands, func(c int) bool { return slices.Contains(governed, c) })
		// and one of a clause or noun t is no part of is not t's
		// (timescope.go)
		cands = slices.DeleteFunc(cands, func(c int) bool { return s.outOfClause(c, t) })
		if n, ok := s.appositiveRelative(t); ok {
			// "Annan last week appointed Cordovez, a diplomat who helped
			// negotiate the Soviet withdrawal": the diplomat's past, not
			// last week's (timescope.go)
			cands = slices.DeleteFunc(cands, func(c int) bool { return !s.inSubtree(c, n) })
		}
		if n, ok := s.relativePast(t); ok {
			// "police on Friday arrested a pilot who organised
			// flights": the organising is not Friday's (timescope.go)
			cands = slices.DeleteFunc(cands, func(c int) bool { return !s.inSubtree(c, n) && s.clauseVerbTime(c, n) })
		}
		if n, ok := s.perfectClause(t); ok {
			// "the president, who has urged talks, spoke on
			// Wednesday": Wednesday is not the call's (timescope.go)
			cands = slices.DeleteFunc(cands, func(c int) bool { return !s.inSubtree(c, n) })
		}
		if n, ok := s.reducedParticiple(t); ok {
			// a reduced relative clause on a noun is not dated by the
			// report that tells it: "the withdrawal agreed in the May 3
			// accord, an officer said Tuesday" (the agreement is not
			// Tuesday's)
			cands = slices.DeleteFunc(cands, func(c int) bool { return !s.inSubtree(c, n) && s.reportingTime(c) })
		}
	}
	if x := s.frameEventTime(t); x != nil {
		// "was slain in the August 15, 1975 coup": the coup's time
		// (timescope.go)
		return x, true, true
	}
	if g := s.gerundAfter(t); g >= 0 {
		// "accused them of raping her ... on Nov. 1": the raping's day
		cands = slices.DeleteFunc(cands, func(c int) bool { return c > g })
	}
	if len(cands) > 0 {
		// "convicted of ordering an attack in 2000 ..., and sentenced to
		// ten years": the year is the attack's, not the sentence's
		spans := s.gerundSpans()
		cands = slices.DeleteFunc(cands, func(c int) bool { return otherGerundTime(spans, c, t) })
	}
	mine := cl.of(t.start)
	inClause := func(c int) bool { return cl.of(c) == mine }
	// the phrase around the trigger
	lo := t.start
	for lo-1 >= s.first && !clauseStops[s.word(lo-1)] && s.word(lo-1) != "," && !s.endsTrigger(lo-1, t) {
		lo--
	}
	hi, skipFrom, skipTo := s.phraseEnd(t)
	best, bestD := -1, 1<<30
	for _, c := range cands {
		if c < lo || c >= hi || !inClause(c) || (c >= skipFrom && c < skipTo) {
			continue
		}
		if d := distance(c, t); d < bestD {
			best, bestD = c, d
		}
	}
	if best >= 0 {
		return &s.d.in.Times[s.d.timexAt[best]], true, s.ownTime(t, best)
	}
	if a := s.anchorDate(t, cl); a != nil && !s.infinitiveVerb(t) {
		return a, true, true
	}
	if x := s.whenOf(cl, mine); x != nil {
		return x, true, true
	}
	if x := s.treeWhen(t); x != nil {
		return x, true, true
	}
	for _, c := range cands {
		if c <= s.first+openerReach && cl.of(c) < 0 && !countedClause(cl, t) {
			// the opener is a noun's own time when the noun comes before
			// any other event of the sentence ("In June, Putin's visit ...")
			own := true
			for _, o := range s.triggers {
				own = own && (o == t || o.start > t.start)
			}
			return &s.d.in.Times[s.d.timexAt[c]], true, own
		}
	}
	for _, c := range cands {
		if !inClause(c) && !(mine >= 0 && cl.subs[mine].simultaneous && cl.of(c) == cl.subs[mine].parent) {
			continue
		}
		if d := distance(c, t); d < bestD {
			best, bestD = c, d
		}
	}
	if best < 0 {
		if x := s.anchoredBy(t, cl, cands); x != nil {
			return x, true, true
		}
		return nil, false, false
	}
	return &s.d.in.Times[s.d.timexAt[best]], false, false
}

// laterNounTime reports whether the time expression at token c lies in
// the phrase of another noun trigger that stands between the noun trigger
// t and c, outside t's own phrase in the parse ("his visit was a
// follow-up to Mesic's visit to Libya in August 2003": the time is
// Mesic's visit's). A noun inside t's phrase shares t's time ("launched
// negotiations on the agreement in April 2005", "a meeting at the summit
// next month"). It is false without a parse.
func (s *sent) laterNounTime(c int, t *trigger) bool {
	if !t.noun || c < t.end || s.tree() == nil {
		return false
	}
	tn, ok := s.triggerNode(t)
	if !ok {
		return false
	}
	for _, o := range s.triggers {
		if o == t || !o.noun || o.start < t.end || o.start > c {
			continue
		}
		on, ok := s.triggerNode(o)
		if !ok || s.tr.within(on, tn) || s.objectOfSubjectsVerb(on, tn) {
			continue
		}
		if hi, _, _ := s.phraseEnd(o); c < hi {
			return true
		}
	}
	return false
}

// otherEventTime reports whether the parse attaches the time expression
// whose first token is c, as a temporal modifier, to the verb of another
// trigger that a relative or participle clause below t holds, one
// describing another word than t: "said the trial of the seven, who were
// arrested in May, was illegal" (the arrest's May, not the saying's). It
// is false without a parse.
func (s *sent) otherEventTime(c int, t *trigger) bool {
	if s.tree() == nil {
		return false
	}
	a, ok := s.attachmentOf(c)
	if !ok || !timeRels(a.rel) || !s.tr.verbal(a.head) {
		return false
	}
	own := s.triggerNodes(t)
	if own[a.head] {
		return false
	}
	other := false
	for _, o := range s.triggers {
		other = other || o != t && s.triggerNodes(o)[a.head]
	}
	if !other {
		return false
	}
	relative := false
	for n, depth := a.head, 0; depth < maxTreeWalk; depth++ {
		if own[n] {
			return relative
		}
		r := s.tr.rel(n)
		h, ok := s.tr.head(n)
		if !ok {
			return false
		}
		// a clause describing t itself tells t ("shootings that injured
		// doctors in November"), an infinitive its outcome ("rose 2
		// cents to close at $84 yesterday"), and a gapped passive
		// conjunct t's happening ("was killed and one of his aides
		// injured on Thursday": gappedPassive)
		relative = relative || (r == "acl:relcl" || r == "acl" && !hasMark(s.tr, n, "to") && !s.gappedPassive(n)) && !own[h]
		n = h
	}
	return false
}

// countedClause reports whether trigger t is in an anchoring clause that
// counts days ("three days after ..."), which anchoredBy dates.
func countedClause(cl *clauseMap, t *trigger) bool {
	mine := cl.of(t.start)
	return mine >= 0 && cl.subs[mine].anchor && (cl.subs[mine].days != 0 || cl.subs[mine].months != 0)
}

// monthShift returns the date x shifted by months, at the count's unit: a
// year for a count of whole years, else a month. ok is false when x has
// no interval or is coarser than that unit ("six months after" a year:
// which year is unsure).
func monthShift(x *timex.Timex, months int) (*timex.Timex, bool) {
	g := timex.Month
	if months%12 == 0 {
		g = timex.Year
	}
	if x.Interval == nil || granularityRank[x.Granularity] < granularityRank[g] {
		return nil, false
	}
	value := x.Interval.Start.AddDate(0, months, 0).Format("2006-01")
	if g == timex.Year {
		value = value[:4]
	}
	y := *x
	y.Type, y.Mod, y.Granularity, y.Relative = timex.Date, "", g, true
	_, y.Interval, _ = timex.ParseValue(value)
	y.Value = value
	return &y, true
}

// anchoredBy dates an event of an anchoring clause that counts days
// ("Bush made the announcement one day after Democrats won the House")
// from the clause it anchors: that clause's day (its nearest day-precise
// expression, or the publication date for a main clause with no time
// expression, which then tells the news of the day), shifted back by the
// count. It returns nil for other clauses, or when the anchored clause
// has no day ("was attacked two weeks ago, four days after arriving").
func (s *sent) anchoredBy(t *trigger, cl *clauseMap, cands []int) *timex.Timex {
	mine := cl.of(t.start)
	if mine >= 0 && cl.subs[mine].anchor && cl.subs[mine].months != 0 {
		return s.anchoredByMonths(t, cl, mine, cands)
	}
	if mine < 0 || !cl.subs[mine].anchor || cl.subs[mine].days == 0 {
		return nil
	}
	sc := cl.subs[mine]
	var day time.Time
	best, bestD := -1, 1<<30
	coarser := false
	for _, c := range cands {
		x := &s.d.in.Times[s.d.timexAt[c]]
		if cl.of(c) != sc.parent {
			continue
		}
		if x.Granularity != timex.Day || x.Interval == nil {
			// a time to come ("the Congress that convenes early
			// January next year") tells no earlier day, nor does a
			// time of day ("at 6 a.m., 10 days before the murder")
			// tell a coarser one
			coarser = coarser || !s.afterDCT(x) && granularityRank[x.Granularity] < granularityRank[timex.Day]
			continue
		}
		if d := distance(c, t); d < bestD {
			best, bestD = c, d
		}
	}
	switch {
	case best >= 0:
		day = s.d.in.Times[s.d.timexAt[best]].Interval.Start
	case sc.parent < 0 && !s.d.in.DCT.IsZero() && !coarser:
		// a main clause with no time of its own tells the day's news;
		// one told at a coarser time ("was attacked two weeks ago, four
		// days after arriving") is not of the publication day
		y, m, d := s.d.in.DCT.Date()
		day = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	default:
		return nil
	}
	return s.countingDay(sc, day.AddDate(0, 0, -sc.days))
}

// countingDay returns day as a time expression spanning the words that
// count it in the anchoring clause sc ("one day after", "15 years
// after").
func (s *sent) countingDay(sc subclause, day time.Time) *timex.Timex {
	from := max(sc.start-2, s.first)
	x := &timex.Timex{
		Start: s.tok(from).Start, End: s.tok(sc.start).End, Type: timex.Date,
		Value: day.Format(time.DateOnly), Granularity: timex.Day,
		Interval: &timex.Interval{Start: day, End: day}, Relative: true,
	}
	x.Text = s.d.in.Text[x.Start:x.End]
	return x
}

// anchoredByMonths dates an event of the anchoring clause mine that counts
// months or years ("Two years after the rebels seized the town, the army
// retook it in 1999": 1997) from the clause it anchors: that clause's
// time nearest the anchoring clause, shifted back by the count
// (monthShift); for a verb in the simple past, when the anchored clause is
// the main clause and tells no past date at all, the publication date ("15
// years after the country declared independence, it adopts the euro").
// Nil when the anchored clause's time is coarser than the count's unit,
// or for a noun or another tense with no time to count from (a planned
// election: "to leave one month after the elections").
func (s *sent) anchoredByMonths(t *trigger, cl *clauseMap, mine int, cands []int) *timex.Timex {
	sc := cl.subs[mine]
	best, bestD := -1, 1<<30
	for _, c := range cands {
		if cl.of(c) != sc.parent || s.afterDCT(&s.d.in.Times[s.d.timexAt[c]]) {
			continue // a time to come tells no earlier one
		}
		d := c - sc.start
		if d < 0 {
			d = -d
		}
		if d < bestD {
			best, bestD = c, d
		}
	}
	if best >= 0 {
		y, _ := monthShift(&s.d.in.Times[s.d.timexAt[best]], -sc.months)
		return y
	}
	if sc.parent >= 0 || s.d.in.DCT.IsZero() || !s.simplePast(t) {
		return nil
	}
	for i := s.first; i < s.last; i++ {
		if xi := s.d.timexAt[i]; xi >= 0 && cl.of(i) == sc.parent && datesEvents(&s.d.in.Times[xi]) && !s.afterDCT(&s.d.in.Times[xi]) {
			return nil // a time the rules above left out still tells another moment
		}
	}
	y, m, d := s.d.in.DCT.Date()
	r, _ := monthShift(s.countingDay(sc, time.Date(y, m, d, 0, 0, 0, 0, time.UTC)), -sc.months)
	return r
}

// ownTime reports whether the time expression at token c of t's phrase
// is t's own: a verb's, or a noun's attached to its phrase, after it ("the
// summit on Friday") or just before it ("Friday's summit"), or, by the
// parse, the possessive of the noun however many words stand between
// ("last Wednesday's deadly suicide bombings").
func (s *sent) ownTime(t *trigger, c int) bool {
	last := c
	for last+1 < t.start && s.d.timexAt[last+1] == s.d.timexAt[c] {
		last++
	}
	return !t.noun || c >= t.end || t.start-last <= 3 || s.possessiveTime(c, t)
}

// possessiveTime reports whether the parse makes the time expression at
// token c the possessive of the noun trigger t ("last Wednesday's deadly
// suicide bombings"). It is false without a parse.
func (s *sent) possessiveTime(c int, t *trigger) bool {
	if s.tree() == nil {
		return false
	}
	a, ok := s.attachmentOf(c)
	return ok && a.rel == "nmod:poss" && s.triggerNodes(t)[a.head]
}

// nearest returns the candidate nearest to t, or -1 for none.
func nearest(cands []int, t *trigger) int {
	best, bestD := -1, 1<<30
	for _, c := range cands {
		if d := distance(c, t); d < bestD {
			best, bestD = c, d
		}
	}
	return best
}

// infinitiveVerb reports whether verb trigger t is an infinitive ("invited
// Kim to visit Moscow when ..."): an anchoring clause dates its governing
// verb, not the event the infinitive plans.
func (s *sent) infinitiveVerb(t *trigger) bool {
	return !t.noun && s.word(t.start-1) == "to"
}

// whenOf returns the time expression a when-clause describes ("in 1968,
// when the Soviets invaded Czechoslovakia"; "on Friday when the talks
// opened"): the one right before the "when" that opens clause k, or nil.
func (s *sent) whenOf(cl *clauseMap, k int) *timex.Timex {
	if k < 0 || s.word(cl.subs[k].start) != "when" {
		return nil
	}
	j := cl.subs[k].start - 1
	if s.word(j) == "," {
		j--
	}
	if j < s.first || s.d.timexAt[j] < 0 {
		return nil
	}
	x := &s.d.in.Times[s.d.timexAt[j]]
	if !datesEvents(x) {
		return nil
	}
	return x
}

// datesEvents reports whether x can date an event: a DATE or TIME with a
// value that is no vague reference.
func datesEvents(x *timex.Timex) bool {
	return (x.Type == timex.Date || x.Type == timex.Time) && x.Value != "" && !strings.HasSuffix(x.Value, "_REF")
}

// distance is the number of tokens between token c and trigger t.
func distance(c int, t *trigger) int {
	if c < t.start {
		return t.start - c
	}
	return c - t.end
}

// phraseEnd returns the end of the trigger's phrase to the right: up to
// an object stop or the next verb trigger. A noun trigger opening its
// sentence skips an apposition ("The launches, the sixth this year,
// occurred on Monday") to reach its predicate: the apposition is the
// token range [skipFrom, skipTo), whose times date nothing; a participle
// between the commas is no apposition but tells the noun's event ("In his
// appeal, lodged last week, he admitted": participleOn), and so does one
// after a noun elsewhere in the sentence, as a relative clause does.
func (s *sent) phraseEnd(t *trigger) (hi, skipFrom, skipTo int) {
	hi = t.end
	for hi < s.last && (!objectStops[s.word(hi)] || s.d.timexAt[hi] >= 0 || s.coordinatesActors(hi)) {
		if o := s.triggerAt(hi); o != nil && !o.noun {
			break
		}
		hi++
	}
	opening := t.noun && t.anchor < 0 && t.start <= s.first+openingReach
	if t.noun && s.word(hi) == "," && (relativizers[s.word(hi+1)] || !opening && s.participleOn(hi+1, t)) {
		// "Shoigu's visit, which concluded on Friday", "met after
		// talks, held on Friday,"
		end := hi + 2
		for end < s.last && !clauseStops[s.word(end)] && s.word(end) != "," {
			end++
		}
		return end, 0, 0
	}
	if !opening || s.word(hi) != "," {
		return hi, 0, 0
	}
	k := hi + 1
	for k < s.last && k < hi+16 && s.word(k) != "," && !clauseStops[s.word(k)] {
		k++
	}
	if s.word(k) != "," {
		return hi, 0, 0
	}
	end := k + 1
	for end < s.last && (!objectStops[s.word(end)] || s.d.timexAt[end] >= 0) {
		end++
	}
	if s.participleOn(hi+1, t) {
		// no apposition but a participle telling the noun's event: its
		// time is the noun's ("In his appeal, lodged last week, he
		// admitted ...")
		return end, 0, 0
	}
	return end, hi, k + 1
}

// ingNouns end in -ing but are no gerunds (data/words.yaml).
var ingNouns = wordList("ing_nouns")

// gerundAfter returns the token of the "of" opening a gerund clause
// after the verb trigger t, before any other trigger or clause stop, or
// -1 (see gerundComplement).
func (s *sent) gerundAfter(t *trigger) int {
	if t.noun {
		return -1
	}
	for i := t.end; i < s.last && !clauseStops[s.word(i)]; i++ {
		if o := s.triggerAt(i); o != nil {
			return -1
		}
		if s.gerundComplement(i) {
			return i
		}
	}
	return -1
}

// gerundSpans returns the token ranges [from, to) of the sentence's "of"
// gerund clauses (gerundComplement): from the "of" up to the next clause
// stop or comma ("of ordering a raid in 2009 that hurt five people,"),
// found once per sentence.
func (s *sent) gerundSpans() [][2]int {
	if s.ofGerundsRead {
		return s.ofGerunds
	}
	s.ofGerundsRead = true
	var spans [][2]int
	for i := s.first; i < s.last; i++ {
		if !s.gerundComplement(i) || !s.ofGerundClause(i) {
			continue
		}
		end := i + 1
		for end < s.last && !clauseStops[s.word(end)] && s.word(end) != "," {
			end++
		}
		spans = append(spans, [2]int{i, end})
		i = end - 1
	}
	s.ofGerunds = spans
	return spans
}

// ofGerundClause reports whether the gerund after the "of" at token i heads
// a clause in the parse, a verb that modifies no noun ("of ordering an
// attack"; not "the district of neighbouring Velna"). True without a
// parse.
func (s *sent) ofGerundClause(i int) bool {
	for _, g := range []int{i + 1, i + 2} {
		if g >= s.last || !s.gerund(g) {
			continue
		}
		tr, n, ok := s.treeAt(g)
		if !ok {
			return true
		}
		return tr.w(n).UPOS == "VERB" && !gerundModifiers(tr.rel(n))
	}
	return false
}

// gerundModifiers are the relations of an -ing word that describes a noun
// rather than heading a clause of its own.
var gerundModifiers = is("amod", "compound")

// otherGerundTime reports whether the time expression at token c lies in
// one of the gerund clauses spans that does not hold trigger t: it dates
// the act that clause tells, not t.
func otherGerundTime(spans [][2]int, c int, t *trigger) bool {
	for _, sp := range spans {
		if c > sp[0] && c < sp[1] {
			return t.start <= sp[0] || t.start >= sp[1]
		}
	}
	return false
}

// gerundComplement reports whether token i is "of" opening a gerund
// clause ("accused them of raping her", "convicted of killing"): what
// the clause tells is another act, and a time in it is that act's.
func (s *sent) gerundComplement(i int) bool {
	if s.word(i) != "of" || i+1 >= s.last {
		return false
	}
	// "of raping", or one word before the gerund: "of gang raping",
	// "of illegally entering"
	return s.gerund(i+1) || i+2 < s.last && isPlainWord(s.tok(i+1).Text) && s.gerund(i+2)
}

// gerund reports whether token i is a gerund: tagged VBG by the parse,
// or, without one, a lower-case word in -ing that is no noun of time or
// thing ("of Beijing", "of the morning" are not gerunds).
func (s *sent) gerund(i int) bool {
	w := s.tok(i).Text
	if !isPlainWord(w) || len(w) <= 5 || !strings.HasSuffix(w, "ing") {
		return false
	}
	if tr, n, ok := s.treeAt(i); ok {
		return tr.w(n).XPOS == "VBG"
	}
	return !ingNouns[w]
}

// coordinatesActors reports whether token i is "and" between two actor
// mentions ("between Xi and Putin"), which does not end a phrase.
func (s *sent) coordinatesActors(i int) bool {
	return s.word(i) == "and" && i > s.first && i+1 < s.last && s.d.actorAt[i-1] >= 0 && s.d.actorAt[i+1] >= 0
}

// anchorDate returns the date of an anchoring subordinate clause attached
// to t's clause ("Hours after the drills began on March 10, ..."), shifted
// by the clause's day offset, or nil.
func (s *sent) anchorDate(t *trigger, cl *clauseMap) *timex.Timex {
	mine := cl.of(t.start)
	for k, sc := range cl.subs {
		if !sc.anchor || k == mine || sc.parent != mine || s.anchorsNoun(sc, t) {
			continue
		}
		best, bestRank := -1, -1
		for i := sc.start; i < sc.end; i++ {
			xi := s.d.timexAt[i]
			if xi < 0 || cl.of(i) != k || (i > sc.start && s.d.timexAt[i-1] == xi) {
				continue
			}
			x := &s.d.in.Times[xi]
			if !datesEvents(x) || s.target(i, x) || raceTime(x.Text) {
				continue
			}
			if r := granularityRank[x.Granularity]; r >= bestRank {
				best, bestRank = xi, r
			}
		}
		if best < 0 {
			continue
		}
		x := s.d.in.Times[best]
		x.Relative = true
		if sc.months != 0 {
			// "three months after the riots of June 2005, police
			// arrested": September 2005, at the count's unit
			// (monthShift); a noun the clause map puts in the main
			// clause may be an apposition of the anchoring clause's
			// ("... 60 years after the bombs fell in 1945, the only
			// nuclear attacks"): the clause's time is its own
			if t.noun {
				continue
			}
			y, ok := monthShift(&x, sc.months)
			if !ok {
				continue
			}
			return y
		}
		if sc.days != 0 && x.Interval != nil && x.Granularity == timex.Day {
			x = dayShifted(x, sc.days)
		}
		return &x
	}
	return nil
}

// anchorsNoun reports whether the parse hangs the anchoring clause sc on
// a clause that modifies a noun rather than on t's clause: its verb's
// head is neither a word of t nor t's clause verb, and a relative or
// participle clause (acl) lies on the way up from it to t's clause verb
// ("called on Russia to end the spat set off when Georgia arrested four
// officers in September": the arrest dates the spat, not the call). It
// is false without a parse.
func (s *sent) anchorsNoun(sc subclause, t *trigger) bool {
	v, ok := s.clauseVerb(t)
	if !ok {
		return false
	}
	tr, own := s.tr, s.triggerNodes(t)
	own[v] = true
	// the verb the subordinator marks
	m, ok := s.treeNode(sc.start)
	if !ok {
		return false
	}
	h, ok := tr.head(m)
	if !ok || !tr.verbal(h) {
		return false
	}
	for k := 0; k < maxTreeWalk; k++ {
		if k > 0 && hasMark(tr, h, "to") {
			return true // an infinitive's ("to end the spat")
		}
		up, ok := tr.head(h)
		if !ok || own[up] {
			return false
		}
		if toks := s.tokensOf(up); len(toks) > 0 && s.d.timexAt[toks[0]] >= 0 {
			return false // "A few weeks after taking the reins, ...": a time's
		}
		if baseRel(tr.rel(h)) == "acl" {
			return true // a noun's clause
		}
		h = up
	}
	return false
}

// granularityRank orders granularities from coarse to fine.
var granularityRank = map[timex.Granularity]int{
	timex.Millennium: 1, timex.Century: 2, timex.Decade: 3, timex.Year: 4,
	timex.Half: 5, timex.Season: 6, timex.Quarter: 7, timex.Month: 8,
	timex.Week: 9, timex.Day: 10, timex.PartOfDay: 11, timex.Hour: 12,
	timex.Minute: 13, timex.Second: 14,
}

// endsTrigger reports whether token i is the last token of a verb trigger
// other than t.
func (s *sent) endsTrigger(i int, t *trigger) bool {
	for _, o := range s.triggers {
		if o != t && !o.noun && o.end-1 == i {
			return true
		}
	}
	return false
}

// reportDated reports whether x, the expression that dates trigger t,
// is the time of a reporting verb that tells t's clause, or a clause t's
// clause hangs on, rather than a time of t's own ("a Marine was killed
// when a bomb struck his vehicle, the military said on Sunday": both the
// killing and the bombing): the report's day bounds the event's from
// above, the event may lie a day or two before it (merge: reported.go).
func (s *sent) reportDated(t *trigger, x *timex.Timex) bool {
	if x == nil || s.tree() == nil {
		return false
	}
	for i := s.first; i < s.last; i++ {
		if xi := s.d.timexAt[i]; xi >= 0 && s.d.in.Times[xi].Start == x.Start {
			return s.reportTime(i, t) || s.reportAbove(i, t)
		}
	}
	return false
}

// reportOccasionRels link a reporting verb to the phrase of the occasion
// or circumstance it is told at ("told reporters Friday on the sidelines of
// the conference"): the report's day dates an event noun there only as the
// report's, the occasion may have begun before it.
var reportOccasionRels = is("obl")

// reportAbove reports whether the time expression at token c hangs on a
// reporting verb that governs, or hangs on, a clause above t's node, or
// governs an oblique above it (reportOccasionRels).
func (s *sent) reportAbove(c int, t *trigger) bool {
	at, ok := s.attachmentOf(c)
	n, ok2 := s.triggerNode(t)
	if !ok || !ok2 {
		return false
	}
	tr, h := s.tr, at.head
	if !tr.verbal(h) || !tr.lemmaIn(h, s.d.lx.reporting) {
		return false
	}
	for k := 0; k < maxTreeWalk && n != h; k++ {
		if p, ok := tr.head(h); ok && p == n && reportRels(tr.rel(h)) {
			return true // ", a report said Sunday" hangs on a verb above t
		}
		up, ok := tr.head(n)
		if !ok {
			return false
		}
		if up == h && (reportRels(tr.rel(n)) || reportOccasionRels(tr.rel(n))) {
			return true // the reporting verb governs a clause or an occasion above t
		}
		n = up
	}
	return false
}

// objectOfSubjectsVerb reports whether the word o is the object of the
// verb whose subject is the word n: what n's event did ("the flood caused
// the casualties on Thursday night"), whose time is the clause's, n's too.
func (s *sent) objectOfSubjectsVerb(o, n node) bool {
	d := s.tr
	v, ok := d.head(o)
	if !ok || d.rel(o) != "obj" || !d.verbal(v) {
		return false
	}
	h, ok := d.head(n)
	return ok && h == v && strings.HasPrefix(d.rel(n), "nsubj")
}

// gatheringTime returns the candidate time the parse hangs on the verb of
// a gathering's taking place whose subject or object the noun trigger t
// heads (frame_verbs, gatheringVerb: "a forum, Beyond 2006, was kicked off
// here Monday", "a seminar opened on Tuesday"), or -1: the verb's day is
// the gathering's, not a year in its name.
func (s *sent) gatheringTime(t *trigger, cands []int) int {
	if !t.noun || len(t.e.FrameVerbs) == 0 {
		return -1
	}
	h, ok := s.gatheringVerb(t.end-1, t.e.FrameVerbs)
	if !ok {
		return -1
	}
	return s.timeHungOn(h, cands)
}

// timeHungOn returns the first candidate time whose first word the parse
// hangs on the word h, or -1. A time whose first word hangs inside its own
// expression ("last week": "last" on "week", "Sunday morning") is seen by
// the word of the expression the parse hangs outside it. A time the
// parse hangs as a modifier on a name told in an oblique of h counts as
// h's ("kicked off in the capital Khartoum on Wednesday", "Wednesday" on
// "Khartoum"): a place or a person has no day of its own.
func (s *sent) timeHungOn(h node, cands []int) int {
	d := s.tr
	for _, c := range cands {
		k, ok := s.treeNode(c)
		if !ok {
			continue
		}
		kh, ok := d.head(k)
		if ok && kh == h {
			return c
		}
		if a, ok := s.attachmentOf(c); ok && a.word != k {
			// a first word inside its own expression ("Sunday morning":
			// "Sunday" on "morning"): the expression's head decides
			k, kh = a.word, a.head
			if kh == h {
				return c
			}
		}
		if ok && d.rel(k) == "nmod" && d.rel(kh) == "obl" && d.w(kh).UPOS == "PROPN" {
			if g, ok := d.head(kh); ok && g == h {
				return c
			}
		}
	}
	return -1
}

// reportYear reports whether the time expression whose first token is c
// is a year (no finer) that dates the report of t's clause, told in the
// past perfect ("had killed", "had been arrested"): the act came before
// the report, and within the year the report names as news tells it
// ("In late 2003 the army said it had killed him"). A day or a month of
// the report stays the report's: the act may lie days before it.
func (s *sent) reportYear(c int, t *trigger) bool {
	if x := &s.d.in.Times[s.d.timexAt[c]]; x.Granularity != timex.Year {
		return false
	}
	v, ok := s.clauseVerb(t)
	if !ok {
		return false
	}
	tr := s.tr
	for _, k := range tr.kids(v, is("aux", "aux:pass")) {
		if tr.isLemma(k, "have") && tr.w(k).XPOS == "VBD" {
			return true
		}
	}
	return false
}
