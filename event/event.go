// Package event finds event mentions in sentences (visits, meetings,
// signings, deployments, tests, attacks, calls, statements...), and gives
// each a type with its CAMEO code, participants with roles taken from the
// clause's structure, a governing time expression, a factuality and the
// quantities it states.
//
// [Extract] runs one pass per sentence over the tokens, with the actor and
// time mentions earlier stages found:
//
//   - triggers.go matches the embedded lexicon (data/triggers.yaml) on
//     lemmas (morph.go), longest match first, and folds light verbs into
//     their nouns ("held talks", "launched an attack");
//   - cameo.go makes triggers of the verbs the lexicon does not know but
//     the CAMEO verb dictionary (package cameo, PETRARCH2's patterns) codes,
//     typed by the code's root, and gives every mention its CAMEO code at
//     the finest level a pattern gives (Mention.CAMEO);
//   - participants.go assigns roles from a light chunk of the clause: the
//     subject before the verb group, objects and prepositional phrases
//     after it, possessors and name modifiers of nouns, passives;
//   - frames.go applies the frame constraints of some triggers (two
//     parties for "discuss", a place object for "depart", phone call or
//     meeting for "spoke with" and "conversation") and keeps what later
//     sentences refer to ("the two", "the same day", "his conversation");
//   - modality.go reads, on the dependency tree of the sentence (every
//     sentence with a trigger is parsed, tree.go), the negation, modal,
//     condition, question and governing verb ("agreed to sign",
//     "postponed the talks", "called for elections") that make an event
//     negated, hypothetical or planned, the reporter that is its source,
//     and what tells no one event (habits, kinds, a trigger word inside a
//     name), with the cues of data/modality.yaml; factuality.go reads the
//     same from word windows when no parser is given; clauses.go divides a sentence into its main and
//     subordinate clauses and dating.go picks the time expression of the
//     trigger's own clause, or of an anchoring clause ("hours after ...",
//     "when ..."); narrative.go dates a verb from the event noun it tells
//     more about ("the 1996 bombing that killed one person") and carries
//     a day told in one sentence to the simple past of the next (a
//     recent day to the next few undated ones);
//   - background.go flags nominal mentions that only refer back to an
//     event ("the treaty"); location.go prefers the most specific place;
//     quantity.go reads counted amounts; objects.go names what an event is
//     about ("ballistic missiles", "Freedom Shield exercise") and title.go
//     writes the title.
//
// Reporting verbs (say, report, tell...) are not events: they make the
// events they frame Reported and name the Source. Only a statement that is
// itself the news is one: a one-sentence item's (item.go), or a lead's
// that tells nothing else (lead.go).
package event

import (
	"github.com/chronograph-news/chronograph/timex"
)

// Type is an event type of chronograph's vocabulary (see types.go).
type Type string

// Role is a participant's role in an event.
type Role string

// Participant roles.
const (
	Agent       Role = "agent"
	Counterpart Role = "counterpart"
	Target      Role = "target"
	// Recipient receives what the act gives: aid, a visit, a call.
	Recipient Role = "recipient"
	Location  Role = "location"
)

// Factuality says how the text presents an event.
type Factuality string

// Factualities. Only Asserted and Reported events go on the timeline by
// default.
const (
	Asserted     Factuality = "asserted"
	Reported     Factuality = "reported"
	Planned      Factuality = "planned"
	Hypothetical Factuality = "hypothetical"
	Negated      Factuality = "negated"
)

// Basis says where an event's date comes from.
type Basis string

// Date bases.
const (
	Explicit    Basis = "explicit"    // a full date in the text
	Relative    Basis = "relative"    // a relative expression resolved against the DCT or narrative
	Publication Basis = "publication" // no expression: the document's date
	// PublicationBound: no expression, and the event is told as done
	// before the news of the day (a perfect, an ongoing state, a relative
	// clause, a background reference): it happened on or before the
	// document's date, how long before the text does not say.
	PublicationBound Basis = "publication-bound"
)

// Participant is an actor taking part in an event.
type Participant struct {
	ActorID string
	Role    Role
}

// Quantity is an amount an event states ("about 10,000 to 12,000 troops").
type Quantity struct {
	Min, Max float64
	Unit     string // troops, missiles, people, dollars...
	Approx   bool
	Text     string
}

// Mention is one event mention in one document.
type Mention struct {
	Doc        string // document id
	Sentence   int    // index of the sentence in the document
	Start, End int    // byte offsets of the trigger word(s)
	Trigger    string
	Type       Type
	// CAMEO is the mention's CAMEO event code: the one the CAMEO verb
	// dictionary's pattern gives when it falls in the type's category
	// ("195" for an air strike), else the type's (Type.CAMEO).
	CAMEO string
	Title string // short human title: "Putin visits Pyongyang"
	// Participants holds agents, counterparts and targets; Location the
	// actor id of the place, or "".
	Participants []Participant
	Location     string
	// Time is the time expression that dates the mention, nil when the
	// date is the publication date or bounded by it; Basis says which.
	Time       *timex.Timex
	Basis      Basis
	Factuality Factuality
	// Source is the actor id of the reporter of a reported claim
	// ("according to KCNA"), or "".
	Source     string
	Quantities []Quantity
	// Quote is the sentence text, at [QuoteStart, QuoteEnd) in the document.
	Quote                string
	QuoteStart, QuoteEnd int
	// Confidence in [0,1]: lowered when the date rests on an inferred DCT.
	Confidence float64
	// Background marks a nominal mention that refers back to an event
	// told elsewhere rather than reporting one: a noun trigger with no
	// participant and no time of its own ("Tests", "the invasion"), or a
	// definite or possessive noun phrase with no time of its own ("the
	// treaty", "their recent summits", "Putin's trip", "agreements
	// reached in Moscow"), or any mention in a habitual clause ("X often
	// responds to drills with tests"), or a charge someone bears ("who
	// is accused of ordering the attack"). A time expression attached to the
	// phrase ("the summit on Friday") keeps a mention out of the
	// background. Its Confidence is at most 0.4; timelines may drop it.
	Background bool
	// ReportDated marks a mention dated only by the day of the verb that
	// reports it ("a Marine was killed, the military said on Sunday"), or,
	// for a noun, by the day of another act that tells of it ("rejected on
	// Wednesday the accord reached between them": hostdated.go): the event
	// lies on that day or a little before it (merge: reported.go).
	ReportDated bool
	// BoundBy is, for a PublicationBound mention, the time of the report
	// that tells its event as done before it ("police have arrested 60
	// men, a newspaper reported on Wednesday", "said Friday it had sold
	// a stake": reportbound.go): the event lies on or before that time's
	// last day, not the DCT's. nil when no dated report tells it.
	BoundBy *timex.Timex
	// Anaphor marks a background mention that refers back to one event
	// (a definite, possessive or participant-less noun: "during the
	// demonstration", "Putin's trip"), not to a habit, a charge or a
	// state ("X often responds to drills with tests", "the newly elected
	// president"): the merge may add it to the event it refers to.
	Anaphor bool
	// Apart marks a mention of a sentence that tells its happening as
	// another one than those told before it ("In a separate incident",
	// "Separately,", "another drone missile was fired": incident.go): the
	// merge keeps it out of the events of the earlier sentences of its
	// document.
	Apart bool
	// Also marks a verb mention told with "also" after a named subject
	// ("the legislators also criticised the ruling": also.go): an act of
	// its own doer added to one told before, which the merge keeps out of
	// an earlier sentence's event none of its agents did.
	Also bool
	// PersonPatient marks a verb mention of an act done to a person
	// (personActs: an arrest, a dismissal, a release, an appointment)
	// whose sentence says by a noun or a name who was acted on ("the
	// driver has been arrested", "sacked its chief executive"), though no
	// actor stands for that person (personpatient.go): the merge counts it
	// as naming whom the event concerns (merge: addressee).
	PersonPatient bool
	// Injury marks a killing mention whose trigger tells people wounded or
	// injured, not killed ("three police were injured in clashes":
	// injury_verbs of data/words.yaml): the merge types an event whose
	// killing mentions are all such an attack (CAMEO 190), nobody having
	// died.
	Injury bool
	// Noun marks a mention whose trigger is a noun ("the accord", "the
	// visit"), not a verb: the merge takes a noun and a verb of one
	// sentence for one act told twice ("the accord, signed in 1998"), not
	// two verbs ("fell ... because last month it rose").
	Noun bool
	// Definite marks a noun mention whose trigger is "the" and a singular
	// noun (or a plural of one happening, "the talks") with no number or
	// possessor ("Toure opened the summit"): it names the one event of
	// its type its article tells, whoever its sentence makes act (merge:
	// definite.go).
	Definite bool
	// Headlined marks a mention of the lead whose title is its article's
	// own headline (lead.go, headlineEvent): the merge titles the event it
	// joins by it before any title composed from a sentence (merge.go,
	// titleOf).
	Headlined bool
	// UnderWay marks a verb mention told by a present participle
	// modifying a noun ("talks with visiting Dutch officers"): the act is
	// under way at its date, begun before it (merge: underway.go).
	UnderWay bool
	// Instrument is what a market movement moves, read on its subject
	// (instrument.go): a class of market_instruments in data/triggers.yaml
	// ("stocks", "currency", "oil"), "share:" and a company's name, or
	// "measure:" and an economic measure; "" when the subject tells none.
	// An economic report of a statistic keeps it, "measure:" and the
	// statistic's word when it names no class (statistic.go). The merge
	// joins no two movements or reports of different instruments.
	Instrument string
	// Direction is which way a market movement goes, read on its trigger
	// and its clause (direction.go): DirectionUp, DirectionDown, or 0 when
	// the text tells neither. The merge joins no rise with a fall.
	Direction int
}

// Moves reports whether m tells a figure's move up or down: a market
// movement, or an economic report of a statistic released for a period
// (statistic.go: the one economic report with an Instrument). The merge
// keeps such moves apart by their figures and instruments.
func (m *Mention) Moves() bool {
	return m.Type == MarketMovement || m.Type == EconomicReport && m.Instrument != ""
}
