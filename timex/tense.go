package timex

import "strings"

// tense is the direction a clause points to relative to the DCT.
type tense int8

const (
	present tense = 0
	past    tense = -1
	future  tense = 1
)

// tenseAt returns the tense of the clause around tokens [first, last) of
// the sentence [sFirst, sLast): the tense cue nearest the expression wins,
// so that in "said Friday that it will meet on Monday" Friday is past and
// Monday future. weekday tells that the expression names a day of the
// week or the weekend, which a present progressive places ahead (see cue).
func (r *recognizer) tenseAt(sFirst, sLast, first, last int, weekday bool) tense {
	if r.w(first-1) == "by" && r.w(first-2) != "followed" {
		// a deadline: "conclude by May", "by Friday"; but "had filed
		// by Wednesday" is a past perfect.
		for k := first - 2; k >= max(sFirst, first-maxCueDistance); k-- {
			if r.w(k) == "had" {
				return past
			}
		}
		return future
	}
	// "since" looks back: "searching since shortly after the Oct. 23
	// slaying".
	for k := first - 1; k >= max(sFirst, first-4) && r.w(k) != ","; k-- {
		if r.w(k) == "since" {
			return past
		}
	}
	// "until"/"through" name where a state ends, which a past clause's
	// tense does not place ("has extended loans through January"); a
	// state that will last ends ahead ("will stay in the area until
	// January").
	stateEnd := false
	switch r.w(first - 1) {
	case "until", "till", "through":
		stateEnd = true
	}
	best, bestDist := present, -1
	consider := func(k int, dist int) {
		t, ok := r.cue(k, weekday)
		if !ok {
			return
		}
		if bestDist < 0 || dist < bestDist {
			best, bestDist = t, dist
		}
	}
	// cues further than a clause away describe another event; but a
	// fronted adverbial ("In January, a week after ..., a bombing in ...
	// killed") modifies the main clause, however far its verb.
	// a quotation mark closes the clause: quoted speech has its own
	// tense, not the reporting verb's ("we leave at 4 a.m. Thursday,''
	// Castro said").
	near := func(lo, hi int) {
		for k := first - 1; k >= lo && !quoteMarks[r.w(k)]; k-- {
			consider(k, first-k)
		}
		// "at the weekend, when guards will double their patrols": a
		// relative clause about the time itself tells its tense
		relWhen := r.w(last) == "when" || r.w(last) == "," && r.w(last+1) == "when"
		before := bestDist >= 0 && !relWhen
		for k := last; k < hi && !quoteMarks[r.w(k)]; k++ {
			if before && (r.w(k) == "," || subordinators[r.w(k)] || r.newClause(k)) {
				// ", a minister said Wednesday", ", has been ill",
				// "after the government agreed": what follows a comma
				// or a subordinator is another clause (an attribution,
				// the main clause after a relative one, a clause of
				// time or cause), which does not tell the tense of the
				// clause whose own verb came before the expression ("are
				// to sign the accord in June, the minister said", "will
				// go back to work Sunday after the firm agreed");
				// with no verb before, the comma ends an opening phrase
				// and the main clause follows ("In September, it
				// announced ...", "At a meeting on Monday, Straw said
				// ...")
				break
			}
			consider(k, k-last+1)
		}
	}
	near(max(sFirst, first-maxCueDistance), min(sLast, last+maxCueDistance))
	if bestDist < 0 && first-sFirst <= 2 && r.w(last) == "," {
		near(sFirst, sLast)
	}
	if stateEnd && best != future {
		return present
	}
	return best
}

// scheduleBlockers before a scheduleCues verb leave its tense to the words
// before: an auxiliary, a negation or the "to" of an infinitive; after a
// relative pronoun the verb tells a standing role, not a fixture ("Berri,
// who hosts the talks").
var scheduleBlockers = wordList("schedule_blockers")

// quoteMarks are the tokens that open or close quoted speech.
var quoteMarks = wordList("quote_marks")

// maxCueDistance is how many tokens away from an expression a tense cue
// may be.
const maxCueDistance = 12

// cue reports the tense token k signals, if any, for an expression that
// names a day of the week when weekday is set.
func (r *recognizer) cue(k int, weekday bool) (tense, bool) {
	w := r.w(k)
	if len(w) > 4 && strings.HasSuffix(w, "ed") && (r.w(k-1) == "and" || r.w(k-1) == "or") && len(r.w(k-2)) > 4 && strings.HasSuffix(r.w(k-2), "ed") {
		// a participle coordinated with one before shares its verb
		// group: "will be presented and played on Friday"
		return r.cue(k-2, weekday)
	}
	if len(w) > 4 && strings.HasSuffix(w, "ed") && r.hyphenAt(k+1) {
		return present, false // the first part of a compound adjective: "closed-door talks"
	}
	if len(w) > 4 && strings.HasSuffix(w, "ed") && (determiners[r.w(k-1)] ||
		determiners[r.w(k-2)] && (r.w(k-1) == "still" || strings.HasSuffix(r.w(k-1), "ly"))) {
		return present, false // an adjective: "a still unspecified date", "the hastily planned trip"
	}
	if next := r.w(k + 1); pastBe[w] && strings.HasSuffix(next, "ing") && (futureCues[next] || next == "going" && r.w(k+2) == "to") {
		// "were planning to", "was going to": an intention still
		// pending; the next word carries the tense. ("were expected to
		// sign" is not: it reports what was due then.)
		return present, false
	}
	if w == "has" || w == "have" {
		// the present perfect reports the past ("have been searching",
		// "has signed"), unless it only plans ("has scheduled").
		next := r.w(k + 1)
		if next == "been" {
			next = r.w(k + 2)
			if !futureCues[next] && next != "going" && next != "due" && next != "set" {
				return past, true
			}
		} else if (pastCues[next] || len(next) > 4 && strings.HasSuffix(next, "ed") && !edExceptions[next]) && !futureCues[next] {
			return past, true
		}
	}
	if b := r.adverbBefore(k); r.w(b) == "be" && futureAux[r.w(b-1)] && len(w) > 2 &&
		(pastCues[w] || unmarkedPast[w] || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en")) {
		// a passive verb group is placed by its auxiliary, even when the
		// auxiliary lies beyond the cue window: "will be named commander
		// of ... for a mission in December".
		return future, true
	}
	switch r.w(k - 1) {
	case "be", "been", "being", "is", "are", "am", "was", "were":
		// "will be held", "has been scheduled", "is heard": the
		// auxiliaries before carry the tense; "was planned for" still
		// points ahead.
		if (pastCues[w] || strings.HasSuffix(w, "ed")) && !futureCues[w] {
			return present, false
		}
		if futureCues[w] && pastBe[r.w(k-1)] && r.w(k-1) != "been" {
			// "was expected to sign", "were scheduled to meet": the
			// future of a past moment may lie either side of the DCT,
			// so the nearest instance wins.
			return present, true
		}
	}
	if w == "set" && r.w(k+1) == "to" && !pastBe[r.w(k-1)] {
		return future, true // "set to resume Monday"; "was set to" is the future of a past moment
	}
	if weekday && len(w) > 4 && strings.HasSuffix(w, "ing") && presentBe[r.w(k-1)] {
		// the present progressive of an act on a named day or at the
		// weekend tells a plan: "is traveling to the capital on
		// Tuesday", "are gearing up for the race at the weekend" (not so
		// of a month: "is continuing to sell itself under a June accord")
		return future, true
	}
	switch {
	case futureCues[w] && (w == "plan" || w == "plans") && (determiners[r.w(k-1)] || r.w(k+1) != "to"):
		return present, false // "the plan", "vacation plans": a noun; "plans to" is the verb
	case obligationCues[w] && pastBe[r.w(k-1)]:
		return past, true // "had been due", "was effective"
	case futureCues[w]:
		return future, true
	case scheduleCues[w] && !r.capitalized(k) && !scheduleBlockers[r.w(k-1)] && !determiners[r.w(k-1)] && !(determiners[r.w(k-2)] && r.capitalized(k-1)):
		// "hosts Germany meet Costa Rica on June 9", "the committee
		// meets on Monday": a fixture ahead; not "did not meet", "to
		// meet" (the verb before tells it), nor a noun ("his French
		// hosts", "the meet")
		return future, true
	case scheduleIdioms[w] != "" && r.w(k+1)+r.w(k+2) == strings.ReplaceAll(scheduleIdioms[w], " ", "") ||
		scheduleIdioms[w] != "" && r.w(k+1) == scheduleIdioms[w]:
		if scheduleBlockers[r.w(k-1)] {
			return present, false
		}
		return future, true // "comes into force on Monday", "takes effect Tuesday"
	case w == "going" && r.w(k+1) == "to":
		return future, true
	case (w == "is" || w == "are") && r.w(k+1) == "to":
		return future, true // "is to resume trading Tuesday"
	case modalCues[w] && !r.capitalized(k):
		return future, true
	case pastCues[w] && !(w == "last" && determiners[r.w(k-1)]):
		// "its last rival" is an adjective, not "last week"
		return past, true
	case unmarkedPast[w] && !scheduleBlockers[r.w(k-1)] && !unmarkedBlockers[r.w(k-1)] && !determiners[r.w(k-1)] && !r.capitalized(k) && r.w(k+1) != "to" && r.w(k+1) != "for":
		return past, true // "Chelsea beat Arsenal on Wednesday"
	case presentCues[w]:
		return present, true
	case len(w) > 4 && strings.HasSuffix(w, "ed") && !edExceptions[w]:
		// a bare participle after "is" is present.
		switch r.w(k - 1) {
		case "is", "are", "will", "to":
			return present, false
		}
		return past, true
	}
	return present, false
}

// possessiveDayTense returns the direction of a possessive weekday at
// token first ("Sunday's final", "Friday's close") whose clause has
// tense t. Such a day names an event the clause looks back on
// ("investigated Sunday's bombing", "after Saturday's win") unless the
// clause looks ahead to it: a forward preposition before it in a clause
// that is not past ("start voting ahead of Thursday's election", "are
// among the seeds for Friday's draw"), or a future clause that holds its
// act at that event ("will meet in Sunday's final") or whose subject it
// is, read as the sentence's first words ("Saturday's celebrations will
// be"; a subject later in the sentence is not told apart). A future
// clause whose object it is ("will investigate Sunday's bombing") still
// looks back.
func (r *recognizer) possessiveDayTense(sFirst, first int, t tense) tense {
	prep := r.w(first - 1)
	if r.w(first-2) == "ahead" && prep == "of" {
		prep = "ahead of"
	}
	switch {
	case first-1 < sFirst:
		if t == future {
			return future // the subject: "Sunday's vote will decide"
		}
	case backPreps[prep]:
	case forwardPreps[prep] && t != past:
		return future
	case eventPreps[prep] && t == future:
		return future
	}
	return past
}

// adverbBefore returns the index of the word before token k, passing over
// one "-ly" adverb ("be formally set up").
func (r *recognizer) adverbBefore(k int) int {
	if w := r.w(k - 1); len(w) > 4 && strings.HasSuffix(w, "ly") {
		return k - 2
	}
	return k - 1
}

// newClause reports whether token k is a conjunction that opens a clause
// with a subject of its own ("will be there before June and the
// government has ...", "but they said").
func (r *recognizer) newClause(k int) bool {
	next := r.w(k + 1)
	return clauseConjunctions[r.w(k)] && (subjectPronouns[next] || determiners[next] && next != "'s" && next != "’s")
}
