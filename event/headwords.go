package event

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"

	"github.com/chronograph-news/chronograph/nlp/wordnet"
	"gopkg.in/yaml.v3"
)

//go:embed data/headlines.yaml
var headlinesYAML []byte

// typeWords are the headline words of one event type (see
// data/headlines.yaml).
type typeWords struct {
	Verb    string `yaml:"verb"`
	Object  string `yaml:"object"`
	Prep    string `yaml:"prep"`
	Alone   string `yaml:"alone"`
	Patient bool   `yaml:"patient"`
	NounOf  bool   `yaml:"noun_of"`
	Thing   bool   `yaml:"thing"`
	Strikes bool   `yaml:"strikes"`
	Happen  string `yaml:"happen"`
	Purpose string `yaml:"purpose"`
	// National marks a type a country as a whole holds or suffers: its
	// sentence's demonym may place it (titleplace.go, sentencePlace).
	National bool `yaml:"national"`
	// Placed marks a type whose sentence's place, which its title takes
	// when it has no participant, is its location (titleplace.go,
	// placeTitle).
	Placed bool `yaml:"placed"`
	// PlacedState marks a type a state holds as a whole (an election, a
	// coup): the country its sentence names, which its title takes when
	// it has no participant, is its location, but no city or region
	// (titleplace.go, placeTitle).
	PlacedState bool `yaml:"placed_state"`
}

// headWords is the parsed data/headlines.yaml. It is built once and read
// only.
type headWords struct {
	Types       map[Type]typeWords `yaml:"types"`
	Nouns       map[string]string  `yaml:"nouns"`
	NeedsObject []string           `yaml:"needs_object"`
	ThirdPerson map[string]string  `yaml:"third_person"`
	// PluralPresent maps a base verb to its present with a plural
	// subject where that differs from the base ("be" → "are").
	PluralPresent map[string]string `yaml:"plural_present"`
	Participles   map[string]string `yaml:"participles"`
	Doubled       []string          `yaml:"doubled_endings"`
	Changes       []string          `yaml:"change_nouns"`
	GoalAdverbs   []string          `yaml:"goal_adverbs"`
	PostVerbs     []string          `yaml:"post_verbs"`
	PostNouns     []string          `yaml:"post_nouns"`
	LeaveVerbs    []string          `yaml:"leave_verbs"`
	OfficeVerbs   []string          `yaml:"office_verbs"`
	NeedsComp     []string          `yaml:"needs_complement"`
	Collective    []string          `yaml:"collective"`
	Vague         []string          `yaml:"vague_objects"`
	VagueMods     []string          `yaml:"vague_modifiers"`
	NoObject      []string          `yaml:"no_object"`
	OfDoer        []string          `yaml:"of_doer_verbs"`
	ObjectFirst   []string          `yaml:"object_first"`
	PatientSubj   []string          `yaml:"patient_subject"`
	Symmetric     []string          `yaml:"symmetric_verbs"`
	SmallClause   []string          `yaml:"small_clause"`
	PluralNouns   []string          `yaml:"plural_nouns"`
	KeepOf        []string          `yaml:"keep_of"`
	Movers        []string          `yaml:"generic_movers"` // generic_movers, mover_cases: namedMover
	MoverCases    []string          `yaml:"mover_cases"`
	Degree        []string          `yaml:"degree_words"`
	PartOf        []string          `yaml:"part_of_nouns"` // part_of_nouns, part_in_nouns: partPhrase
	PartIn        []string          `yaml:"part_in_nouns"`
	ActionEnds    []string          `yaml:"action_endings"`
	Efforts       []string          `yaml:"effort_objects"`
	AimNouns      []string          `yaml:"aim_nouns"`
	Units         []string          `yaml:"unit_nouns"`
	Charge        []string          `yaml:"charge_verbs"`
	ActionList    []string          `yaml:"action_nouns"`
	PersonEnds    []string          `yaml:"person_endings"`
	PersonList    []string          `yaml:"person_nouns"`
	NamedByOf     []string          `yaml:"named_by_of"`
	Outcomes      []string          `yaml:"outcome_verbs"`
	Occur         []string          `yaml:"occur_verbs"`
	StrikeVerbs   []string          `yaml:"strike_verbs"`
	Done          []string          `yaml:"done_verbs"`
	PartVerbs     []string          `yaml:"part_verbs"` // agentLightVerb
	Harm          []string          `yaml:"harm_verbs"`
	Tolls         []string          `yaml:"toll_nouns"`
	Deaths        []string          `yaml:"death_verbs"`
	VerbAlone     map[string]string `yaml:"verb_alone"`
	// SaidParticiples are the participles whose clause tells what a
	// statement says, with the verb a headline says it by.
	SaidParticiples map[string]string   `yaml:"said_participles"`
	TopicCases      []string            `yaml:"topic_cases"`
	CutObliques     []string            `yaml:"cut_obliques"`
	AddresseeVerbs  []string            `yaml:"addressee_verbs"`
	SideCases       []string            `yaml:"side_cases"`
	JointVerbs      []string            `yaml:"joint_verbs"`
	GerundCases     []string            `yaml:"gerund_cases"`
	ChangeVerbs     []string            `yaml:"change_verbs"`
	AdvParticles    []string            `yaml:"adverb_particles"`
	IssueCases      []string            `yaml:"issue_cases"`
	WhichCases      []string            `yaml:"which_cases"`
	Consent         []string            `yaml:"consent_verbs"`
	Stance          []string            `yaml:"stance_nouns"`
	StanceCases     []string            `yaml:"stance_cases"`
	Content         []string            `yaml:"content_nouns"`
	Partitives      []string            `yaml:"partitives"`
	SaidPronoun     []string            `yaml:"said_pronouns"`
	QuotePronouns   []string            `yaml:"quote_pronouns"`
	PluralPronouns  []string            `yaml:"plural_pronouns"`
	ArticleKept     []string            `yaml:"article_kept"`
	Informants      []string            `yaml:"informant_nouns"`
	ContentTypes    []string            `yaml:"content_types"`
	SaidOf          map[string][]string `yaml:"said_of"`
	ArtifactTypes   []string            `yaml:"artifact_types"`
	WinNouns        []string            `yaml:"win_nouns"`
	DrawNouns       []string            `yaml:"draw_nouns"`
	BeatCases       []string            `yaml:"beat_cases"`
	DocumentNouns   []string            `yaml:"document_nouns"`
	DocumentCases   []string            `yaml:"document_cases"`
	LossCases       []string            `yaml:"loss_cases"`
	Undergo         []string            `yaml:"undergo_verbs"`
	TypeNouns       map[Type]string     `yaml:"type_nouns"`
	Arrival         []string            `yaml:"arrival_verbs"`
	ArrivalNoun     []string            `yaml:"arrival_nouns"`
	Held            []string            `yaml:"held_nouns"`
	Spans           []string            `yaml:"span_nouns"`
	// ComplementNouns are the nouns of a relation a bare object keeps
	// with the phrase one of their prepositions opens ("links to the
	// killing") (complement_nouns).
	ComplementNouns map[string][]string `yaml:"complement_nouns"`
	GapDets         []string            `yaml:"gap_determiners"`
	ControlVerbs    []string            `yaml:"control_verbs"`
	InvRequests     []string            `yaml:"inverted_requests"`
	DutyModals      []string            `yaml:"duty_modals"`
	SaidInVerbs     []string            `yaml:"said_in_verbs"`
	ProtestCases    []string            `yaml:"protest_cases"`
	SentenceVerbs   []string            `yaml:"sentence_verbs"`
	NumberDets      []string            `yaml:"number_determiners"`
	SideTaken       []string            `yaml:"side_taken_nouns"`

	// gapDeterminers are the determiners of a noun a relative clause
	// with no "that" may stand on (gap_determiners), numberDeterminers
	// those a subject's phrase keeps (number_determiners).
	gapDeterminers, numberDeterminers map[string]bool
	// controlVerbs are the verbs whose object is their infinitive's
	// subject (control_verbs).
	controlVerbs map[string]bool
	// invertedRequests are the verbs of asking told after what is asked
	// (inverted_requests), dutyModals the modals a request says with
	// "to" (duty_modals).
	invertedRequests, dutyModals map[string]bool
	// saidInVerbs are the verbs of saying whose "in" phrase is the
	// statement that says it (said_in_verbs).
	saidInVerbs map[string]bool
	// protestCases are the prepositions of what a protest is against,
	// kept in a headline of a protest told as the "in" phrase of an act
	// (doneInProtest).
	protestCases map[string]bool
	// sentenceVerbs are the verbs of sentencing whose "to" phrase says
	// the sentence (sentence_verbs).
	sentenceVerbs map[string]bool
	// sideTaken are the nouns whose "in" phrase says the side an act
	// takes ("voted in favor of the bill"; side_taken_nouns).
	sideTaken map[string]bool

	// tollNouns are the nouns of a count of the dead a clause says has
	// risen (toll_nouns).
	tollNouns map[string]bool
	// deathVerbs are the intransitive verbs of dying, deathCause the
	// verb a cause does to their subject (death_verbs).
	deathVerbs map[string]bool
	deathCause string

	arrivalVerbs, arrivalNouns, heldNouns, spanNouns, changeNouns, goalAdverbs, postVerbs, postNouns, leaveVerbs, officeVerbs, needsComp                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                           map[string]bool
	needsObject, collective, vague, vagueModifiers, noObject, ofDoer, objectFirst, patientSubject, symmetricVerbs, smallClause, pluralNouns, keepOf, actionNouns, effortObjects, personNouns, namedByOf, outcomeVerbs, occurVerbs, strikeVerbs, doneVerbs, partVerbs, harmVerbs, topicCases, cutObliques, addresseeVerbs, sideCases, jointVerbs, gerundCases, changeVerbs, issueCases, consentVerbs, stanceNouns, stanceCases, contentNouns, partitives, saidPronouns, quotePronouns, pluralPronouns, articleKept, informants, artifactTypes, winNouns, drawNouns, beatCases, lossCases, documentNouns, documentCases, undergo, units, chargeVerbs map[string]bool

	// movers are the generic nouns of what moves on a market, and
	// moverCases the prepositions of the phrase that says which one
	// (generic_movers, mover_cases: namedMover).
	movers, moverCases map[string]bool

	// whichCases are the prepositions of a phrase that says which thing
	// a bare object noun is (which_cases).
	whichCases map[string]bool

	// advParticles are the particles a parse may read as an adverb of
	// their verb (adverb_particles).
	advParticles map[string]bool

	// degreeWords are the words of amount a noun keeps (degree_words).
	degreeWords map[string]bool

	// partCases maps a noun of a part or a hold to the preposition of
	// the phrase that says what it is part of (part_of_nouns,
	// part_in_nouns).
	partCases map[string]string

	// aimNouns are the nouns of an act aimed at or a step taken whose
	// own "to" infinitive says what it is (aim_nouns).
	aimNouns map[string]bool

	// arrivalVerb is the first of arrival_verbs, the verb an arrival
	// noun's headline takes ("arrives in New York").
	arrivalVerb string
}

// parseHeadWords parses and checks the headline words.
func parseHeadWords(data []byte) (*headWords, error) {
	var hw headWords
	if err := yaml.Unmarshal(data, &hw); err != nil {
		return nil, fmt.Errorf("headlines.yaml: %w", err)
	}
	for t, w := range hw.Types {
		if !t.Valid() || w.Verb == "" {
			return nil, fmt.Errorf("headlines.yaml: type %q: unknown type or no verb", t)
		}
	}
	for t := range hw.TypeNouns {
		if !t.Valid() {
			return nil, fmt.Errorf("headlines.yaml: type_nouns: unknown type %q", t)
		}
	}
	hw.needsObject, hw.collective, hw.vague = set(hw.NeedsObject...), set(hw.Collective...), set(hw.Vague...)
	hw.vagueModifiers, hw.noObject, hw.patientSubject = set(hw.VagueMods...), set(hw.NoObject...), set(hw.PatientSubj...)
	hw.objectFirst, hw.ofDoer = set(hw.ObjectFirst...), set(hw.OfDoer...)
	hw.symmetricVerbs, hw.smallClause, hw.pluralNouns = set(hw.Symmetric...), set(hw.SmallClause...), set(hw.PluralNouns...)
	hw.keepOf, hw.personNouns, hw.namedByOf = set(hw.KeepOf...), set(hw.PersonList...), set(hw.NamedByOf...)
	hw.movers, hw.moverCases = set(hw.Movers...), set(hw.MoverCases...)
	hw.outcomeVerbs, hw.harmVerbs, hw.topicCases, hw.cutObliques, hw.addresseeVerbs = set(append(hw.Outcomes, hw.Occur...)...), set(hw.Harm...), set(hw.TopicCases...), set(hw.CutObliques...), set(hw.AddresseeVerbs...)
	hw.sideCases, hw.jointVerbs, hw.gerundCases = set(hw.SideCases...), set(hw.JointVerbs...), set(hw.GerundCases...)
	hw.changeVerbs = set(hw.ChangeVerbs...)
	hw.degreeWords = set(hw.Degree...)
	hw.partCases = map[string]string{}
	for _, w := range hw.PartOf {
		hw.partCases[w] = "of"
	}
	for _, w := range hw.PartIn {
		hw.partCases[w] = "in"
	}
	hw.advParticles = set(hw.AdvParticles...)
	hw.tollNouns = set(hw.Tolls...)
	if len(hw.Deaths) > 0 {
		hw.deathCause, hw.deathVerbs = hw.Deaths[0], set(hw.Deaths[1:]...)
	}
	hw.occurVerbs, hw.doneVerbs, hw.partVerbs = set(hw.Occur...), set(hw.Done...), set(hw.PartVerbs...)
	hw.strikeVerbs = set(hw.StrikeVerbs...)
	hw.undergo, hw.units, hw.chargeVerbs = set(hw.Undergo...), set(hw.Units...), set(hw.Charge...)
	hw.issueCases, hw.partitives, hw.saidPronouns = set(hw.IssueCases...), set(hw.Partitives...), set(hw.SaidPronoun...)
	hw.quotePronouns, hw.pluralPronouns, hw.articleKept = set(hw.QuotePronouns...), set(hw.PluralPronouns...), set(hw.ArticleKept...)
	hw.whichCases = set(hw.WhichCases...)
	hw.informants, hw.artifactTypes = set(hw.Informants...), set(hw.ArtifactTypes...)
	hw.winNouns, hw.drawNouns, hw.beatCases = set(hw.WinNouns...), set(hw.DrawNouns...), set(hw.BeatCases...)
	hw.lossCases = set(hw.LossCases...)
	hw.documentNouns, hw.documentCases = set(hw.DocumentNouns...), set(hw.DocumentCases...)
	hw.gapDeterminers, hw.numberDeterminers = set(hw.GapDets...), set(hw.NumberDets...)
	hw.controlVerbs = set(hw.ControlVerbs...)
	hw.invertedRequests, hw.dutyModals = set(hw.InvRequests...), set(hw.DutyModals...)
	hw.saidInVerbs, hw.sentenceVerbs = set(hw.SaidInVerbs...), set(hw.SentenceVerbs...)
	hw.protestCases = set(hw.ProtestCases...)
	hw.sideTaken = set(hw.SideTaken...)
	hw.consentVerbs, hw.stanceNouns, hw.stanceCases = set(hw.Consent...), set(hw.Stance...), set(hw.StanceCases...)
	hw.contentNouns = set(hw.Content...)
	hw.actionNouns, hw.effortObjects, hw.arrivalVerbs = set(hw.ActionList...), set(hw.Efforts...), set(hw.Arrival...)
	hw.arrivalNouns, hw.heldNouns, hw.spanNouns = set(hw.ArrivalNoun...), set(hw.Held...), set(hw.Spans...)
	hw.changeNouns, hw.goalAdverbs, hw.postVerbs = set(hw.Changes...), set(hw.GoalAdverbs...), set(hw.PostVerbs...)
	hw.needsComp, hw.postNouns = set(hw.NeedsComp...), set(hw.PostNouns...)
	hw.leaveVerbs, hw.officeVerbs = set(hw.LeaveVerbs...), set(hw.OfficeVerbs...)
	hw.aimNouns = set(hw.AimNouns...)
	if len(hw.Arrival) == 0 {
		return nil, fmt.Errorf("headlines.yaml: no arrival_verbs")
	}
	hw.arrivalVerb = hw.Arrival[0]
	return &hw, nil
}

// theHeadWords are the embedded headline words.
var theHeadWords = func() *headWords {
	hw, err := parseHeadWords(headlinesYAML)
	if err != nil {
		panic(err)
	}
	return hw
}()

// actionNoun reports whether a lower-cased noun names an act, whose "of"
// phrase says what it is done to: it is listed, or it ends as such nouns
// do ("resumption", "deployment", "closure").
func (hw *headWords) actionNoun(w string) bool {
	if hw.actionNouns[w] {
		return true
	}
	for _, e := range hw.ActionEnds {
		if strings.HasSuffix(w, e) && len(w) > len(e)+2 {
			return true
		}
	}
	return false
}

// personEnding reports whether a noun, singular or plural, names people:
// it is listed (person_nouns); or WordNet's most frequent sense of it is a
// person ("hostages", "suspect"; not a word that is mostly an adjective,
// "declaring the regime illegitimate"), or it ends as nouns for people do and
// one of its senses is one ("bomber", first an aircraft; not "a number of
// bullets", "order", "border"); or WordNet does not know it and it ends so
// ("rapporteur").
func (hw *headWords) personEnding(w string) bool {
	forms, stem := []string{w}, w
	if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		one := strings.TrimSuffix(w, "s")
		stem = strings.TrimSuffix(one, "e")
		forms = []string{one, stem, w} // "environmentalists", "witnesses", "news"
		if strings.HasSuffix(w, "ies") {
			forms = append([]string{strings.TrimSuffix(w, "ies") + "y"}, forms...) // "deputies"
		}
	}
	for _, f := range forms {
		if hw.personNouns[f] {
			return true
		}
	}
	ending := false
	for _, e := range hw.PersonEnds {
		if strings.HasSuffix(stem, e) && len(stem) > len(e)+2 {
			ending = true
		}
	}
	for _, f := range forms {
		if cs := wordnet.Senses(f); len(cs) > 0 {
			return cs[0] == wordnet.Person && !wordnet.MostlyAdjective(f) || ending && slices.Contains(cs, wordnet.Person)
		}
	}
	return ending
}

// present inflects the first word of a base-form verb phrase for its
// subject: third person singular ("sign treaty" → "signs treaty"), or
// left as it is for a plural subject.
func (hw *headWords) present(phrase string, plural bool) string {
	if plural || phrase == "" {
		return phrase
	}
	verb, rest, _ := strings.Cut(phrase, " ")
	if f, ok := hw.ThirdPerson[verb]; ok {
		verb = f
	} else {
		verb = thirdPerson(verb)
	}
	if rest != "" {
		return verb + " " + rest
	}
	return verb
}

// participle returns the past participle of a base-form verb phrase's
// first word ("arrest" → "arrested", "hold talks" → "held talks").
func (hw *headWords) participle(phrase string) string {
	if p, ok := hw.Participles[phrase]; ok {
		return p
	}
	verb, rest, _ := strings.Cut(phrase, " ")
	switch p, ok := hw.Participles[verb]; {
	case ok:
		verb = p
	case strings.HasSuffix(verb, "e"):
		verb += "d"
	case strings.HasSuffix(verb, "y") && len(verb) > 2 && !strings.ContainsRune("aeiou", rune(verb[len(verb)-2])):
		verb = verb[:len(verb)-1] + "ied"
	case hw.doublesLast(verb):
		verb += verb[len(verb)-1:] + "ed"
	default:
		verb += "ed"
	}
	if rest != "" {
		return verb + " " + rest
	}
	return verb
}

// doublesLast reports whether a verb doubles its last consonant before
// -ed: it ends in one vowel letter between consonants (not w, x or y)
// and has one syllable ("slam" → "slammed") or a stressed last one that
// doubled_endings lists ("expel" → "expelled", "occur" → "occurred").
func (hw *headWords) doublesLast(verb string) bool {
	n := len(verb)
	if n < 3 || isVowel(verb[n-1]) || strings.IndexByte("wxy", verb[n-1]) >= 0 || !isVowel(verb[n-2]) || isVowel(verb[n-3]) {
		return false
	}
	if vowelGroups(verb) == 1 {
		return true
	}
	for _, e := range hw.Doubled {
		if strings.HasSuffix(verb, e) {
			return true
		}
	}
	return false
}

// vowelGroups counts the runs of vowel letters in a word, its syllables
// as spelling shows them.
func vowelGroups(w string) int {
	k, in := 0, false
	for i := 0; i < len(w); i++ {
		v := isVowel(w[i])
		if v && !in {
			k++
		}
		in = v
	}
	return k
}

// TypeNoun returns the noun a bare title of type t reads (data/
// headlines.yaml type_nouns: "Pledge of cooperation" for
// express_intent_to_cooperate), else the type's name with spaces
// ("Phone call").
func TypeNoun(t Type) string {
	if n := theHeadWords.TypeNouns[t]; n != "" {
		return n
	}
	return strings.ReplaceAll(string(t), "_", " ")
}

// GenericTitle reports whether title says what happened only by the
// phrase of its type t (data/headlines.yaml: "holds election", "issues
// statement", "launches attack"), ending with it, not by the words of its
// own sentence: of a merged event's headlines, a specific one ("wins
// re-election") says more. A type's phrase with what follows it ("deploys
// forces to Russia") is no generic title.
func GenericTitle(t Type, title string) bool {
	tw := theHeadWords.Types[t]
	phrases := []string{tw.Verb, tw.Alone}
	if t == Election {
		phrases = append(phrases, electionWinPhrase) // "wins election" says less than "wins re-election"
	}
	for _, p := range phrases {
		if !strings.Contains(p, " ") {
			continue
		}
		for _, plural := range []bool{false, true} {
			v := " " + theHeadWords.present(p, plural)
			if strings.HasSuffix(title, v) {
				return true
			}
		}
	}
	return false
}

// BareTitle reports whether title names the event of type t by its noun
// alone: one word ("Attack"), or one word and the phrase that says only
// that it happened ("Coup staged", "Meeting held", "Floods hit":
// data/headlines.yaml happen, held_nouns). Of a merged event's titles,
// any headline says more.
func BareTitle(t Type, title string) bool {
	noun, rest, ok := strings.Cut(title, " ")
	if !ok {
		return true
	}
	return " "+rest == happened(t, noun, pluralNoun(noun))
}

// guessBase returns the base form of a verb form no lemma or word list
// gives, by its inflection (xpos: VB, VBD, VBN, VBZ, VBG): an irregular
// form's lemma, a base form (VB: "is to lower") itself, else the form
// without -s, -es, -ies, -ed, -ied or -ing, a final consonant undoubled
// ("planned" → "plan"; never "ll", "ss", "dd", "ff", "zz": "called",
// "added") and a final e restored where the stem's ending asks for one (eNeeded: "secured" → "secure", "declined" → "decline");
// "" for another tag. A guess: "visited" → "visit" but "invited" →
// "invit".
func guessBase(form, xpos string) string {
	w := strings.ToLower(form)
	if l, ok := irregular[w]; ok {
		return l
	}
	switch xpos {
	case "VBZ":
		switch {
		case strings.HasSuffix(w, "ies") && len(w) > 4:
			return w[:len(w)-3] + "y"
		case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "ches"),
			strings.HasSuffix(w, "xes"), strings.HasSuffix(w, "zes"), strings.HasSuffix(w, "oes"):
			return w[:len(w)-2]
		case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
			return w[:len(w)-1]
		}
		return ""
	case "VBD", "VBN":
		if strings.HasSuffix(w, "ied") && len(w) > 4 {
			return w[:len(w)-3] + "y"
		}
		if !strings.HasSuffix(w, "ed") || len(w) < 5 {
			return ""
		}
		return restoreStem(w[:len(w)-2])
	case "VBG":
		if !strings.HasSuffix(w, "ing") || len(w) < 6 {
			return ""
		}
		return restoreStem(w[:len(w)-3])
	case "VB":
		return w // "is to lower": the base form is its own
	}
	return ""
}

// restoreStem returns the base form of the stem an -ed or -ing ending
// left (see guessBase).
func restoreStem(stem string) string {
	n := len(stem)
	if n >= 3 && stem[n-1] == stem[n-2] && !isVowel(stem[n-1]) && !strings.ContainsRune("lsdfz", rune(stem[n-1])) {
		return stem[:n-1] // "planned", "stopped", "admitted"
	}
	if eNeeded(stem) {
		return stem + "e"
	}
	return stem
}

// eNeeded reports whether a verb stem left by -ed or -ing ends as only a
// final e completes: in v, z, u, c (not "ck"), a vowel and s, "ng" after
// a or e and g after r, d or l, a consonant and l, or a single vowel
// after a consonant before one of d, b, k, m, l, t (after a or o, u), n
// (after i) or r (not "er").
func eNeeded(stem string) bool {
	n := len(stem)
	if n < 2 {
		return false
	}
	last, prev := stem[n-1], stem[n-2]
	single := n >= 3 && isVowel(prev) && !isVowel(stem[n-3]) // a single vowel after a consonant
	switch last {
	case 'v', 'z', 'u':
		return true
	case 'c':
		return true
	case 's':
		return isVowel(prev)
	case 'g':
		return prev == 'r' || prev == 'd' || prev == 'l' || prev == 'n' && n >= 3 && (stem[n-3] == 'a' || stem[n-3] == 'e')
	case 'l':
		return !isVowel(prev) && prev != 'l' && prev != 'r' && prev != 'w' || single && prev != 'e'
	case 'd', 'b', 'k', 'm':
		return single
	case 't':
		return single && (prev == 'a' || prev == 'o' || prev == 'u')
	case 'n':
		return single && prev == 'i'
	case 'r':
		return single && prev != 'e'
	}
	return false
}

// isVowel reports whether the letter c is a vowel.
func isVowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
