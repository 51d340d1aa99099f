package event

import (
	_ "embed"
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"

	"gopkg.in/yaml.v3"
)

//go:embed data/triggers.yaml
var triggersYAML []byte

// entry is one trigger of the lexicon (see data/triggers.yaml).
type entry struct {
	Lemma   string   `yaml:"lemma"`
	POS     []string `yaml:"pos"`
	Type    Type     `yaml:"type"`
	Needs   []string `yaml:"needs"`
	Context []string `yaml:"context"`
	Except  []string `yaml:"except"`
	// ExceptBefore lists words that, within exceptBeforeWindow tokens
	// before the trigger, cancel it ("opened fire": no blaze).
	ExceptBefore []string `yaml:"except_before"`
	Light        bool     `yaml:"light"`
	NeedsPlural  bool     `yaml:"needs_plural"`
	Confidence   float64  `yaml:"confidence"`
	Parties      int      `yaml:"parties"`
	PlaceObject  bool     `yaml:"place_object"`
	Medium       bool     `yaml:"medium"`
	ContextName  bool     `yaml:"context_name"`
	GoalPlace    bool     `yaml:"goal_place"`
	// PersonAgent: the mention needs a person among its agents ("Sharon
	// quit the party"; not "Chile quit the bloc").
	PersonAgent bool `yaml:"person_agent"`
	Armed       bool `yaml:"armed"`
	// PartyObject asks that a direct object of the verb name a party
	// (sense.go, strayObject: "fought the rebels", not "fighting
	// inflation").
	PartyObject bool `yaml:"party_object"`
	// StateParticiple marks a verb whose participle modifying a noun tells
	// a lasting state, not the event (sense.go, stateParticiple: "a
	// brigade deployed north of the capital").
	StateParticiple bool `yaml:"state_participle"`
	// StateStart marks a verb that tells the start of a lasting state
	// ("came to power", "took office"): in a clause of "since" with no
	// time of its own it only dates the main clause's state and is told
	// in the background (background.go, sinceStart).
	StateStart bool `yaml:"state_start"`
	// Crowd is the type, and CrowdCAMEO its code, of the mention when a
	// crowd takes part (crowdParty: "hundreds of Palestinians clashed
	// with troops" is a riot, not a battle).
	Crowd      Type   `yaml:"crowd"`
	CrowdCAMEO string `yaml:"crowd_cameo"`
	// SubjectContext asks that a noun subject of the verb hold a context
	// word or an economic measure (sense.go, offTopicSubject: "the dollar
	// rose 2 percent", not "HIV prevalence soared to 25 percent").
	SubjectContext bool `yaml:"subject_context"`
	// SubjectOnly makes the context words the subject's alone (with
	// subject_context): they are no cue of their own, only needs is
	// ("the dollar hit a new low"; not "the dollar's fall hit exporters"),
	// and an entry whose subject is off topic, a person's pronoun too
	// ("he held a firm belief"), gives way to the next one ("the ministers
	// reached agreement on high-level talks").
	SubjectOnly bool `yaml:"subject_only"`
	// HeadSubject lists the words one of which must head the verb's
	// subject in the parse, with no object after the verb (subjecthead.go:
	// "the shuttle Atlantis exploded", "the tanker blew up"; not "a car
	// bomb exploded", "rebels exploded a mine"); else the next entry is
	// tried.
	HeadSubject []string `yaml:"head_subject"`
	// NoBareObject marks a verb that is no event of its type with a bare
	// noun object and no complement (sense.go, bareObject: "the judge
	// ruled a break", "ruled the country"; not "ruled that", "ruled the
	// law unconstitutional").
	NoBareObject bool `yaml:"no_bare_object"`
	// PersonPatient asks that the one the verb is done to — its object,
	// its passive subject or the noun its participle or relative clause
	// modifies — name a person or a body (sense.go, impersonalPatient:
	// "fired the minister", "he was sacked"; not "fired a missile", "the
	// match was suspended").
	PersonPatient bool `yaml:"person_patient"`
	// LivingPatient asks that no one the verb is done to be a common noun
	// WordNet classes as lifeless in its first sense — an act, a document,
	// an idea, an artifact — or as an animal or food ("400 pigs were
	// killed": a cull) (sense.go, lifelessPatient: "killed three
	// soldiers", "were killed"; not "voted to kill the motion", "killed
	// the engine").
	LivingPatient bool `yaml:"living_patient"`
	// OwnPart asks that the verb's object not belong to a name: what one
	// denies of oneself (sense.go, othersPart: "denied involvement", "denied
	// its role"; not "denied the Lashkar's involvement").
	OwnPart bool `yaml:"own_part"`
	// TitleVerb is the verb a headline says instead of the trigger's own,
	// whose sense lies in a word the title leaves out (headline.go:
	// "took three suspects into custody" → "Police arrest three
	// suspects").
	TitleVerb string `yaml:"title_verb"`
	// PatientExcept lists nouns that, heading the verb's patient in the
	// parse (its object, its passive subject or the noun its participle
	// modifies), put the verb in another sense (sense.go, exceptedPatient:
	// "a copy signed by the author", "signed autographs"; not "signed a
	// treaty").
	PatientExcept []string `yaml:"patient_except"`
	// PatientNeeds lets a needed word head the verb's patient anywhere
	// in the parse (sense.go, patientIn: "a law allowing ... was passed
	// by parliament").
	PatientNeeds bool `yaml:"patient_needs"`
	// ObjectNeeds lets a needed word end the plain noun phrase right
	// after the verb, however long (objectphrase.go, objectHeadIn: "won
	// the women's 10m air pistol individual title").
	ObjectNeeds bool `yaml:"object_needs"`
	// FrameVerbs lists verbs that, governing the noun as their subject,
	// passive subject or object in the parse, stand for needs and context
	// (sense.go, gatheredBy: "a seminar on water opened here Monday", "a
	// workshop was held", "kicked off a forum"; not "a forum for promoting
	// open trade", whose "open" a window would take).
	FrameVerbs []string `yaml:"frame_verbs"`
	// OwnTime dates the verb only by a time the parse hangs on it or one right after it, else by
	// the publication (dating.go: "according to a report released
	// Wednesday"; not "from 1996 to 2005, ..., according to a report
	// recently released", whose years are the report's subject).
	OwnTime bool `yaml:"own_time"`
	// CrowdSubject lets a crowd as the subject of the verb, or of the
	// light verb whose object the noun is, stand for needs and context
	// (crowdsubject.go: "supporters of the party held a rally", "3,000
	// people marched"; not "shares rallied").
	CrowdSubject bool `yaml:"crowd_subject"`
	// Game asks that the sentence or the document tell a game or a sport
	// (sense.go, offGame: "beat Arsenal 2-1" in a match report, not "beat
	// the deadline").
	Game bool `yaml:"game"`
	// NoGame marks an entry that tells no event of its type in a game
	// (sense.go, gameSense: "dismissed Langer for 37").
	NoGame bool `yaml:"no_game"`
	// NoCompound marks a verb entry that does not fit a word the parse
	// reads as a noun modifying another (sense.go, compoundVerb: "a
	// three-judge appeal court").
	NoCompound bool `yaml:"no_compound"`
	// SubjectVictim marks a verb whose subject suffers the event: its
	// agents are the event's targets (background.go, victimSubject: "the
	// journalist died of gunshot wounds" is a killing of the journalist).
	SubjectVictim bool `yaml:"subject_victim"`
	// LoserSubject marks a verb of a game lost ("Tunisia lost to England"):
	// the side it governs by "to" won, and is the event's agent; its
	// subject lost, and is the counterpart, as for "England beat Tunisia"
	// (background.go, loserSubject).
	LoserSubject bool `yaml:"loser_subject"`
	// ScoreBefore lets a game's score right before a noun trigger stand
	// for its needs and context (triggers.go, scoreBefore: "a 2-0 home
	// win", "a 1-1 draw with Celtic", "a 3-1 defeat"): the score tells
	// the game was played, whoever the noun names after it.
	ScoreBefore bool `yaml:"score_before"`
	// ScoreAfter lets a game's score after a verb trigger's object stand
	// for its needs and context (triggers.go, scoreAfter: "Ralston
	// destroyed Vidal 6-1, 6-2", "the Hawks sank the Bears 3-0"): a verb
	// of another sense ("destroyed the bridge") tells no score.
	ScoreAfter bool `yaml:"score_after"`
	// FinderSubject marks a verb telling an event by its discovery ("police
	// found the bodies"): its active subject is no party.
	FinderSubject bool `yaml:"finder_subject"`
	// PoliceType is the type of the mention when every agent it has is a
	// state's police (policeraid.go, policeType: "police raided the home
	// of a priest" is coercion, not an attack).
	PoliceType Type `yaml:"police_type"`
	// Unarmed marks an entry that does not fit a sentence with a weapon
	// or military word (sense.go, armedSense: "the army took control of
	// the parliament building" is no election).
	Unarmed bool `yaml:"unarmed"`
	// NamedSubject asks that the verb's subject in the parse (a noun's
	// owner: its possessive or "of" phrase) be a person the text names,
	// or for a verb one person of no name (sense.go, unnamedSubject: "the
	// writer Stefan Hermlin died", "the death of the writer", "a
	// 26-year-old man died", not "53 birds died" nor "4,000 people died").
	NamedSubject bool `yaml:"named_subject"`
	// Code is the entry's own CAMEO code, which the dictionary does not
	// refine (cameo.go, refineCode): the dictionary files "admit" with
	// diplomatic cooperation (050), an admission is an acknowledgement
	// (015).
	Code string `yaml:"code"`
	// Criticism marks a verb of force that tells criticism only when the
	// parse gives it the grounds of a reproach: a "for" or "over" phrase
	// naming an act, a word or a stance, or a participle of speech after it
	// (verbalattack.go, uncritical: "attacked the minister for his
	// remarks", "attacked the report, saying it was biased"; not
	// "attacked the town for three hours"); else the next entry is tried.
	Criticism bool `yaml:"criticism"`

	words []string // Lemma split on spaces
}

func (e *entry) verb() bool { return contains(e.POS, "verb") }
func (e *entry) noun() bool { return contains(e.POS, "noun") }

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// lexicon is the parsed trigger lexicon. It is built once and read only.
type lexicon struct {
	entries   []entry
	byFirst   map[string][]int // first word of a lemma → entry indexes, longest first
	reporting map[string]bool
	light     map[string]bool
	// receiving, blameCases, blameNouns, perpetrate, crowdSectors and
	// crowdWords: see lexiconFile.
	receiving, blameCases, blameNouns, perpetrate, crowdSectors, crowdWords map[string]bool
	// needsPattern holds the verbs the CAMEO dictionary codes alone but
	// that are too generic to be events without a pattern (cameo.go).
	needsPattern map[string]bool
	// never holds the verbs of the CAMEO dictionary that are never
	// triggers, pattern or not (cameo.go).
	never map[string]bool
	// games holds the words that make a sentence tell a game or a sport,
	// where the CAMEO dictionary's verbs make no trigger (cameo.go).
	games map[string]bool
	// charges holds the words of a charge, a conviction or a suspicion
	// whose bare crime noun names no event (sense.go, namedCrime).
	charges map[string]bool
	// measures holds the nouns of the economy's measures that a market
	// verb's subject may name besides its context words (sense.go,
	// offTopicSubject).
	measures map[string]bool
	// offices holds the nouns of posts and office holders no other word
	// list names, that a person_patient verb's patient may be (sense.go,
	// personNode: "sacked its coach").
	offices map[string]bool
	// always holds the verbs of the CAMEO dictionary that are triggers
	// even without Input.CAMEOVerbs (cameo.go).
	always map[string]bool
	// alwaysForms returns the forms (cameoForms) of the verbs of always,
	// built on first use: matchAt asks it of every word, and a set of a
	// few hundred forms answers from the processor's caches where the
	// dictionary's forms, then always, took two look-ups in large maps.
	alwaysForms func() map[string]bool
	// borrow maps a verb of the CAMEO dictionary to a verb of the same
	// sense whose patterns it takes when none of its own fits the clause
	// (cameo.go, cameoMatch: "voiced indignation" as "expressed
	// indignation").
	borrow map[string]string
	// instruments maps a word of a market movement's subject to the
	// instrument it names (instrument.go); instrumentGeneric holds the
	// heads that leave the naming to their modifiers ("share prices"),
	// sessions the instruments traded in a day's session.
	instruments       map[string]string
	instrumentGeneric map[string]bool
	sessions          map[string]bool
	// rising and falling hold the words that tell a market movement's
	// direction (direction.go, market_directions).
	rising, falling map[string]bool
}

type lexiconFile struct {
	Triggers  []entry  `yaml:"triggers"`
	Reporting []string `yaml:"reporting"`
	Light     []string `yaml:"light"`
	// Receiving are light verbs whose subject receives what the noun
	// trigger gives ("received a call from"): treeroles.go.
	Receiving []string `yaml:"receiving"`
	// BlameCases and BlameNouns say who is responsible for a noun event:
	// "X was behind the attack", "X claimed responsibility for the
	// attack" (treeroles.go).
	BlameCases []string `yaml:"blame_cases"`
	BlameNouns []string `yaml:"blame_nouns"`
	// PerpetrateVerbs tell who did a noun event in their passive's "by"
	// phrase: "the raid was perpetrated by rebels" (treeroles.go).
	PerpetrateVerbs []string `yaml:"perpetrate_verbs"`
	// NeedsPattern: see lexicon.needsPattern.
	NeedsPattern []string `yaml:"cameo_needs_pattern"`
	// Never: see lexicon.never.
	Never []string `yaml:"cameo_never"`
	// Games: see lexicon.games.
	Games []string `yaml:"cameo_games"`
	// Always: see lexicon.always.
	Always []string `yaml:"cameo_always"`
	// Borrow: see lexicon.borrow.
	Borrow map[string]string `yaml:"cameo_borrow"`
	// CrowdSectors and CrowdWords tell a crowd among the parties of a
	// trigger with a crowd type (frames.go, crowdParty).
	CrowdSectors []string `yaml:"crowd_sectors"`
	CrowdWords   []string `yaml:"crowd_words"`
	// Measures: see lexicon.measures.
	Measures []string `yaml:"economic_measures"`
	// Charges: see lexicon.charges.
	Charges []string `yaml:"crime_charges"`
	// Offices: see lexicon.offices.
	Offices []string `yaml:"office_nouns"`
	// Instruments, InstrumentGeneric and Sessions: see lexicon.instruments.
	Instruments       map[string][]string `yaml:"market_instruments"`
	InstrumentGeneric []string            `yaml:"instrument_generic"`
	Sessions          []string            `yaml:"session_instruments"`
	// Directions: see lexicon.rising.
	Directions struct {
		Up   []string `yaml:"up"`
		Down []string `yaml:"down"`
	} `yaml:"market_directions"`
}

// parseLexicon parses and checks a trigger lexicon.
func parseLexicon(data []byte) (*lexicon, error) {
	var f lexiconFile
	if err := yaml.Unmarshal(data, &f); err != nil {
		return nil, fmt.Errorf("triggers.yaml: %w", err)
	}
	lx := &lexicon{byFirst: map[string][]int{}, reporting: map[string]bool{}, light: map[string]bool{}, needsPattern: map[string]bool{}, never: map[string]bool{},
		receiving: set(f.Receiving...), blameCases: set(f.BlameCases...), blameNouns: set(f.BlameNouns...),
		perpetrate: set(f.PerpetrateVerbs...), crowdSectors: set(f.CrowdSectors...), crowdWords: set(f.CrowdWords...),
		games: map[string]bool{}, always: set(f.Always...), borrow: f.Borrow, measures: set(f.Measures...),
		offices: set(f.Offices...), charges: set(f.Charges...),
		instruments: map[string]string{}, instrumentGeneric: set(f.InstrumentGeneric...), sessions: set(f.Sessions...),
		rising: set(f.Directions.Up...), falling: set(f.Directions.Down...)}
	for _, w := range f.Directions.Up {
		if lx.falling[w] {
			return nil, fmt.Errorf("triggers.yaml: market direction word %q both up and down", w)
		}
	}
	if _, ok := f.Instruments[currencyClass]; ok {
		return nil, fmt.Errorf("triggers.yaml: market instrument class %q is read from currencies.yaml", currencyClass)
	}
	if f.Instruments == nil {
		f.Instruments = map[string][]string{}
	}
	f.Instruments[currencyClass] = slices.Sorted(maps.Keys(theCurrencies.instruments))
	for _, class := range slices.Sorted(maps.Keys(f.Instruments)) { // the error names the classes in one order
		for _, w := range f.Instruments[class] {
			if prev, ok := lx.instruments[w]; ok && prev != class {
				return nil, fmt.Errorf("triggers.yaml: market instrument word %q in both %s and %s", w, prev, class)
			}
			lx.instruments[w] = class
		}
	}
	for _, c := range f.Sessions {
		if _, ok := f.Instruments[c]; !ok {
			return nil, fmt.Errorf("triggers.yaml: session instrument %q is no market instrument", c)
		}
	}
	for i, e := range f.Triggers {
		if e.Lemma == "" || !e.Type.Valid() {
			return nil, fmt.Errorf("triggers.yaml: trigger %d (%q): missing lemma or unknown type %q", i+1, e.Lemma, e.Type)
		}
		if len(e.POS) == 0 {
			return nil, fmt.Errorf("triggers.yaml: trigger %q: no part of speech", e.Lemma)
		}
		if e.Confidence == 0 {
			e.Confidence = 1
		}
		e.words = strings.Fields(strings.ToLower(e.Lemma))
		lx.entries = append(lx.entries, e)
		lx.byFirst[e.words[0]] = append(lx.byFirst[e.words[0]], len(lx.entries)-1)
	}
	for _, ids := range lx.byFirst {
		// longest lemma first, so the longest match wins
		for i := 1; i < len(ids); i++ {
			for j := i; j > 0 && len(lx.entries[ids[j]].words) > len(lx.entries[ids[j-1]].words); j-- {
				ids[j], ids[j-1] = ids[j-1], ids[j]
			}
		}
	}
	for _, w := range f.Reporting {
		lx.reporting[w] = true
	}
	for _, w := range f.Light {
		lx.light[w] = true
	}
	for _, w := range f.NeedsPattern {
		lx.needsPattern[w] = true
	}
	for _, w := range f.Never {
		lx.never[w] = true
	}
	for _, w := range f.Games {
		lx.games[w] = true
	}
	lx.alwaysForms = sync.OnceValue(func() map[string]bool {
		out := map[string]bool{}
		for form, l := range cameoForms() {
			if lx.always[l] {
				out[form] = true
			}
		}
		return out
	})
	return lx, nil
}

// theLexicon is the embedded lexicon, parsed at start-up; it is never
// written after.
var theLexicon = mustParse(triggersYAML)

func mustParse(data []byte) *lexicon {
	lx, err := parseLexicon(data)
	if err != nil {
		panic(err)
	}
	return lx
}
