package timex

// refWords are single words that denote the present, past or future as
// TIMEX3 DATE reference values. By the TIMEX3 guidelines the adverbs
// "recently" and "lately" are no time expressions (they order an event
// before the present without naming a time), though TimeBank marks some.
var refWords = map[string]string{
	"now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF",
}

// approxWords give the next expression mod APPROX without being part of
// its span, as in TimeBank ("about [two weeks]").
var approxWords = wordList("approx_words")

// spanApprox are the approximators that are part of an expression's span,
// with their TIMEX3 mod.
var spanApprox = map[string]string{"nearly": "APPROX", "almost": "LESS_THAN"}

// rangeMods are one- and two-word comparatives that are part of a
// duration's span ("[more than four decades]") with their TIMEX3 mod.
var rangeMods = map[string]string{
	"more than": "MORE_THAN", "over": "MORE_THAN", "longer than": "MORE_THAN",
	"less than": "LESS_THAN", "under": "LESS_THAN", "fewer than": "LESS_THAN",
	"at least": "EQUAL_OR_MORE", "up to": "EQUAL_OR_LESS", "at most": "EQUAL_OR_LESS",
	"no more than": "EQUAL_OR_LESS", "no less than": "EQUAL_OR_MORE",
}

// positionMods are the words that pick a part of a period with their
// TIMEX3 mod ("early 2024", "mid-2024", "the end of March").
var positionMods = map[string]string{
	"early": "START", "mid": "MID", "late": "END",
	"beginning": "START", "start": "START", "middle": "MID", "end": "END",
}

// futureCues are words that put a clause in the future (or the future of
// the past: "would").
var futureCues = wordList("future_cues")

// scheduleCues are the present-tense forms of the verbs of a fixture or a
// scheduled opening, which news tells in the present when they lie ahead
// ("hosts Germany meet Costa Rica on June 9", "Chelsea play Arsenal on
// Saturday", "the trial opens Monday", "the session resumes Monday", "the
// lease expires in May"): a date they take is the coming
// one. A sports report tells a match played in the past tense ("beat",
// "drew", "played"). Not "start", "starts" or "face", nouns too often
// ("a mild start to winter", "housing starts") or a threat ("cooperate
// or face action in October").
var scheduleCues = wordList("schedule_cues")

// scheduleIdioms are the present-tense verbs that tell a scheduled
// change when the words given follow them ("the law comes into force on
// Monday", "the ban takes effect Tuesday"): like scheduleCues, ahead.
var scheduleIdioms = map[string]string{
	"comes": "into force", "come": "into force", "takes": "effect", "take": "effect",
}

// futureAux are the auxiliaries of the future tense proper (not the
// future of the past, "would", nor the modals of obligation).
var futureAux = wordList("future_aux")

// obligationCues are the future cues that a past form of "be" before them
// turns to the past ("it had been due to expire Friday").
var obligationCues = wordList("obligation_cues")

// presentBe are the present forms of "be" that make a present
// progressive with an "-ing" verb after them.
var presentBe = wordList("present_be")

// subordinators open a clause of time, cause or condition, whose verb
// does not tell the tense of the clause before it ("will go back to work
// Sunday after the firm agreed").
var subordinators = wordList("subordinators")

// clauseConjunctions join clauses; followed by a subject (subjectPronouns
// or a determiner) they open a clause with its own verb.
var clauseConjunctions = wordList("clause_conjunctions")

// pastBe are past forms of "be".
var pastBe = wordList("past_be")

// determiners before a word make it a noun ("the plan", "its plans").
var determiners = wordList("determiners")

// modalCues are modal verbs; a clause with one is about what has not
// happened yet ("must be returned by Jan. 14").
var modalCues = wordList("modal_cues")

// pastCues are common irregular past-tense verbs; regular ones are
// recognized by their "-ed" ending.
var pastCues = wordList("past_cues")

// unmarkedPast are verbs whose past tense is spelt as their present
// ("Chelsea beat Arsenal on Wednesday", "the storm hit the coast
// Sunday"): past, as news most often tells them, unless a word before
// them carries the tense (scheduleBlockers or unmarkedBlockers: "hope to
// beat Arsenal on Saturday", "did not hit", "will cut rates Tuesday",
// "they cut") or "to" or "for" follows ("set to resume Monday", "set for
// Friday").
var unmarkedPast = wordList("unmarked_past")

// unmarkedBlockers, besides scheduleBlockers, are the modals and the
// plural and first- or second-person pronouns before an unmarkedPast verb
// that leave its tense to them.
var unmarkedBlockers = wordList("unmarked_blockers")

// presentCues are words that put a clause in the present.
var presentCues = wordList("present_cues")

// edExceptions are words ending in "-ed" that are not past tenses.
var edExceptions = wordList("ed_exceptions")

// titles are words before a name; a time word after one is a name ("Mr.
// Sunday").
var titles = wordList("titles")

// backPreps before a possessive weekday look back on its event ("after
// Saturday's win", "up from Friday's close"): the day is past.
var backPreps = wordList("back_preps")

// forwardPreps before a possessive weekday look ahead to its event
// ("ahead of Thursday's vote", "seeded for Friday's draw"): the day is to
// come unless the clause is past ("gathered ahead of Thursday's match").
// Not "before" nor "until", which in a clause with no tense cue near often
// tell a state before a past event ("its share before Friday's purchase
// is small", "an adjournment until Monday's hearing").
var forwardPreps = wordList("forward_preps")

// eventPreps before a possessive weekday place the clause's act at its
// event ("will meet in Sunday's final", "will be at Friday's draw"): in a
// future clause the day is to come. Not "during", which a modal clause
// uses of a past event ("may miss weeks with an injury during Thursday's
// loss").
var eventPreps = wordList("event_preps")
