package event

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"

	"github.com/chronograph-news/chronograph/token"
	"gopkg.in/yaml.v3"
)

// modality.go: how a sentence presents the event of a trigger (negated,
// hypothetical, planned, or told as a fact), read from the dependency tree
// with the cues of data/modality.yaml. Without a parser the word windows
// of factuality.go stand in.

//go:embed data/modality.yaml
var modalityYAML []byte

// modalityCues are the parsed cue lists of data/modality.yaml; every word
// is a lower-case lemma.
type modalityCues struct {
	negators, conditionals, occurrence       map[string]bool
	causes                                   map[string]bool
	habitual, repeated, periodic, experience map[string]bool
	bridge, verbalRoots, quantifiers, frames map[string]bool
	gathering, stative, naming, journeys     map[string]bool
	temporalMarks, judgements, hindering     map[string]bool
	candidacy, listing, summing              map[string]bool
	stateCases, situations                   map[string]bool
	aheadSettings, sufferers, mandative      map[string]bool
	accounts, denials, tallyCauses           map[string]bool
	summingCounts, decisionActs              map[string]bool
	pendingHeads, periodCounted              map[string]bool
	approximators, describing, aheadRaising  map[string]bool
	sittingRuns, sittingAnnounced            map[string]bool
	modals, complement, object, attributes   map[string]Factuality
}

// modalityFile is data/modality.yaml as written.
type modalityFile struct {
	Negators     []string            `yaml:"negators"`
	Approximate  []string            `yaml:"approximators"`
	Modals       map[string][]string `yaml:"modals"`
	Conditionals []string            `yaml:"conditionals"`
	Complement   map[string][]string `yaml:"complement"`
	Object       map[string][]string `yaml:"object"`
	Attributes   map[string][]string `yaml:"attributes"`
	Occurrence   []string            `yaml:"occurrence"`
	Causes       []string            `yaml:"causes"`
	Habitual     []string            `yaml:"habitual"`
	Repeated     []string            `yaml:"repeated"`
	Periodic     []string            `yaml:"periodic"`
	Experience   []string            `yaml:"experience"`
	Bridge       []string            `yaml:"bridge"`
	Quantifiers  []string            `yaml:"quantifiers"`
	Frames       []string            `yaml:"frames"`
	Gathering    []string            `yaml:"gathering"`
	Stative      []string            `yaml:"stative"`
	Naming       []string            `yaml:"naming"`
	Journeys     []string            `yaml:"journeys"`
	TimeMarks    []string            `yaml:"temporal_marks"`
	VerbalRoots  []string            `yaml:"verbal_roots"`
	Judgements   []string            `yaml:"judgements"`
	Hindering    []string            `yaml:"hindering"`
	Candidacy    []string            `yaml:"candidacy"`
	Listing      []string            `yaml:"listing"`
	Summing      []string            `yaml:"summing"`
	StateCases   []string            `yaml:"state_cases"`
	Situations   []string            `yaml:"situations"`
	AheadSet     []string            `yaml:"ahead_settings"`
	Sufferers    []string            `yaml:"sufferers"`
	Mandative    []string            `yaml:"mandative"`
	Accounts     []string            `yaml:"accounts"`
	Denials      []string            `yaml:"denials"`
	TallyCauses  []string            `yaml:"tally_causes"`
	SumCounts    []string            `yaml:"summing_counts"`
	DecisionActs []string            `yaml:"decision_acts"`
	PendingHeads []string            `yaml:"pending_heads"`
	PeriodCounts []string            `yaml:"period_counted"`
	Describing   []string            `yaml:"describing"`
	AheadRaise   []string            `yaml:"ahead_raising"`
	SittingRuns  []string            `yaml:"sitting_runs"`
	SittingAnnc  []string            `yaml:"sitting_announced"`
}

// parseModality parses and checks a modality cue file: classes are
// negated, hypothetical or planned, and a word has one class per list.
func parseModality(data []byte) (*modalityCues, error) {
	var f modalityFile
	dec := yaml.NewDecoder(strings.NewReader(string(data)))
	dec.KnownFields(true)
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("modality.yaml: %w", err)
	}
	classes := func(name string, m map[string][]string) (map[string]Factuality, error) {
		out := map[string]Factuality{}
		for c, words := range m {
			f := Factuality(c)
			if f != Negated && f != Hypothetical && f != Planned {
				return nil, fmt.Errorf("modality.yaml: %s: unknown class %q", name, c)
			}
			for _, w := range words {
				if old, ok := out[w]; ok {
					return nil, fmt.Errorf("modality.yaml: %s: %q is both %s and %s", name, w, old, f)
				}
				out[w] = f
			}
		}
		return out, nil
	}
	var (
		cues modalityCues
		err  error
	)
	if cues.modals, err = classes("modals", f.Modals); err != nil {
		return nil, err
	}
	if cues.complement, err = classes("complement", f.Complement); err != nil {
		return nil, err
	}
	if cues.object, err = classes("object", f.Object); err != nil {
		return nil, err
	}
	if cues.attributes, err = classes("attributes", f.Attributes); err != nil {
		return nil, err
	}
	cues.negators, cues.conditionals = set(f.Negators...), set(f.Conditionals...)
	cues.occurrence, cues.habitual, cues.repeated = set(f.Occurrence...), set(f.Habitual...), set(f.Repeated...)
	cues.causes = set(f.Causes...)
	cues.periodic, cues.experience = set(f.Periodic...), set(f.Experience...)
	cues.bridge, cues.verbalRoots = set(f.Bridge...), set(f.VerbalRoots...)
	cues.quantifiers, cues.frames = set(f.Quantifiers...), set(f.Frames...)
	cues.gathering, cues.stative = set(f.Gathering...), set(f.Stative...)
	cues.naming, cues.journeys = set(f.Naming...), set(f.Journeys...)
	cues.temporalMarks, cues.judgements = set(f.TimeMarks...), set(f.Judgements...)
	cues.hindering, cues.candidacy = set(f.Hindering...), set(f.Candidacy...)
	cues.listing, cues.summing = set(f.Listing...), set(f.Summing...)
	cues.stateCases = set(f.StateCases...)
	cues.situations, cues.aheadSettings = set(f.Situations...), set(f.AheadSet...)
	cues.sufferers, cues.mandative = set(f.Sufferers...), set(f.Mandative...)
	cues.accounts, cues.denials = set(f.Accounts...), set(f.Denials...)
	cues.tallyCauses, cues.summingCounts = set(f.TallyCauses...), set(f.SumCounts...)
	cues.decisionActs, cues.pendingHeads = set(f.DecisionActs...), set(f.PendingHeads...)
	cues.describing, cues.aheadRaising = set(f.Describing...), set(f.AheadRaise...)
	cues.sittingRuns, cues.sittingAnnounced = set(f.SittingRuns...), set(f.SittingAnnc...)
	cues.periodCounted = set(f.PeriodCounts...)
	cues.approximators = set(f.Approximate...)
	return &cues, nil
}

// theModality is the embedded cue file, parsed at start-up; it is never
// written after.
var theModality = func() *modalityCues {
	c, err := parseModality(modalityYAML)
	if err != nil {
		panic(err)
	}
	return c
}()

// strength orders the classes: the strongest cue found decides.
var strength = map[Factuality]int{Asserted: 0, Planned: 1, Hypothetical: 2, Negated: 3}

// stronger returns the stronger of two classes ("" counts as Asserted).
func stronger(a, b Factuality) Factuality {
	if strength[b] > strength[a] {
		return b
	}
	return a
}

// maxModalityDepth bounds the clauses climbed from a trigger to the verbs
// governing it ("could help end the deadlock and make Abbas finalize
// talks": talks, finalize, make, help).
const maxModalityDepth = 6

// negated reports whether a negator attaches to n ("did not meet", "no
// ceasefire", "never visited"), or "nor" joins it to the verb before it
// ("neither confirmed nor denied the report").
func (t *tree) negated(n node) bool {
	for _, k := range t.kids(n, is("advmod", "det", "cc:preconj", "advmod:neg", "neg")) {
		if t.lemmaIn(k, theModality.negators) {
			return true
		}
	}
	if t.rel(n) == "conj" {
		for _, k := range t.kids(n, is("cc")) {
			if strings.EqualFold(t.w(k).Form, "nor") {
				return true
			}
		}
	}
	return false
}

// modal returns the class an auxiliary of n gives ("could", "will"), or "".
func (t *tree) modal(n node) Factuality {
	var f Factuality
	for _, k := range t.kids(n, is("aux")) {
		f = stronger(f, t.classOf(k, theModality.modals))
	}
	return f
}

// toldDone reports whether the noun n has a past participle of an
// occurrence verb that tells its event happened: "the discussions begun a
// year ago", "agreements reached in Khartoum"; or a relative clause in the
// simple past whose subject is the noun, an occurrence verb neither
// negated nor under an auxiliary, when the noun is the trigger itself
// (self): "the talks which ended Thursday are aimed at a truce", "the
// summit that opened Monday" (relativeDone). For a trigger the noun only
// governs, the clause tells nothing of it ("the vote, which came after a
// referendum, will give ...": when the referendum was is not told).
func (t *tree) toldDone(n node, self bool) bool {
	for _, k := range t.kids(n, is("acl")) {
		if t.w(k).XPOS == "VBN" && t.lemmaIn(k, theModality.occurrence) && !t.infinitive(k) {
			return true
		}
	}
	for _, k := range t.kids(n, is("acl:relcl")) {
		if self && t.relativeDone(k) {
			return true
		}
	}
	return false
}

// relativeDone reports whether the relative clause k tells, in the simple
// past, that its antecedent took place: an occurrence verb (data/
// modality.yaml) or one of relativeDoneVerbs, with a relative pronoun for
// subject, no auxiliary and no negation ("which ended Thursday", "that
// opened on Monday"; not "which did not take place", "that will begin").
func (t *tree) relativeDone(k node) bool {
	if t.w(k).XPOS != "VBD" || t.negated(k) || len(t.kids(k, is("aux", "aux:pass"))) > 0 {
		return false
	}
	if !t.lemmaIn(k, theModality.occurrence) && !t.lemmaIn(k, relativeDoneVerbs) {
		return false
	}
	for _, s := range t.kids(k, is("nsubj")) {
		if t.lemmaIn(s, relativePronouns) {
			return true
		}
	}
	return false
}

// relativeModal returns the class the modal of a relative clause of the
// noun n gives it when the clause tells its event take place or says what
// it is, the relative pronoun its subject: "the summit, which will be held
// in May", "the talks, which will be a model for others" (planned); "",
// with no modal ("which were held on Monday").
func (t *tree) relativeModal(n node) Factuality {
	var f Factuality
	for _, k := range t.kids(n, is("acl:relcl")) {
		if !t.lemmaIn(k, theModality.occurrence) && !t.copular(k) {
			continue
		}
		if slices.ContainsFunc(t.kids(k, is("nsubj", "nsubj:pass")), func(s node) bool { return t.lemmaIn(s, relativePronouns) }) {
			f = stronger(f, t.modal(k))
		}
	}
	return f
}

// relativeDoneVerbs are verbs of an event's course, besides the occurrence
// verbs, whose simple past in a relative clause tells that the event took
// place (relativeDone): "the talks which opened", "which closed", "which
// stalled", "which wrapped up".
var relativeDoneVerbs = wordList("relative_done_verbs")

// relativePronouns open a relative clause as its subject.
var relativePronouns = wordList("relative_pronouns")

// markedGerund reports whether n is an -ing verb with a preposition for
// its marker: the clause of a noun ("the intention of attacking", "the
// risk of losing").
func (t *tree) markedGerund(n node) bool {
	return t.w(n).XPOS == "VBG" && len(t.kids(n, is("mark"))) > 0
}

// presentTense reports whether the verb n is in the simple present
// ("heads", "arrive"), with no auxiliary of another tense.
func (t *tree) presentTense(n node) bool {
	if x := t.w(n).XPOS; x != "VBZ" && x != "VBP" {
		return false
	}
	return len(t.kids(n, is("aux", "aux:pass"))) == 0
}

// timeClause reports whether the clause of n opens with a word of marks,
// as its marker or its wh-adverb ("before he heads", "when he arrives").
func (t *tree) timeClause(n node, marks map[string]bool) bool {
	return t.marked(n, marks) || slices.ContainsFunc(t.kids(n, is("advmod")), func(k node) bool {
		return k < n && t.lemmaIn(k, marks)
	})
}

// plannedBe reports whether n is an infinitive after "be": "were to meet",
// "is to visit".
func (t *tree) plannedBe(n node) bool {
	if !t.infinitive(n) {
		return false
	}
	for _, k := range t.kids(n, is("aux", "cop")) {
		if t.isLemma(k, "be") {
			return true
		}
	}
	return false
}

// aheadPassive reports whether a passive infinitive opens right after the
// noun n ("elections to be held in May", "aid to be given through the
// agency"), wherever the parse hangs it: the noun's event is still ahead.
// After a ranked noun it is past ("the last elections to be held there,
// in 1990": rankedHead).
func (t *tree) aheadPassive(n node) bool {
	to, be := n+1, n+2
	if int(be)+1 >= len(t.words) || !strings.EqualFold(t.w(to).Form, "to") || t.rel(be) != "aux:pass" || !t.isLemma(be, "be") {
		return false
	}
	v, ok := t.head(be)
	return ok && v == be+1 && t.w(v).XPOS == "VBN" && t.infinitive(v) && !t.rankedHead(n)
}

// nearlyDone reports whether an adverb of approximation (approximators in
// data/modality.yaml) stands right before the verb n and modifies it: "had
// almost reached an agreement", "was nearly killed" tell an act not done.
// One before a number counts it instead ("nearly 100 were killed").
func (t *tree) nearlyDone(n node) bool {
	for _, k := range t.kids(n, is("advmod")) {
		if k == n-1 && t.lemmaIn(k, theModality.approximators) {
			return true
		}
	}
	return false
}

// attribute returns the class an adjective or participle modifying the
// noun n gives it ("a planned summit", "a possible attack", "elections
// expected to be called", "snap" read as a noun: "a poll on snap
// elections"), or "". An adjective or a noun counts before the noun only,
// and an adverb the parse hung on it not at all: they belong to a phrase
// of time ("the nuclear test early last month").
func (t *tree) attribute(n node) Factuality {
	var f Factuality
	for _, k := range t.kids(n, is("amod", "acl", "compound")) {
		if t.rel(k) != "acl" && k > n || t.w(k).UPOS == "ADV" {
			continue // "early" an adverb: "the nuclear test early last month"
		}
		f = stronger(f, t.classOf(k, theModality.attributes)) // "elections expected to be called"
	}
	return f
}

// whAdverb reports whether a wh-adverb ("when", "where") opens the clause
// of n.
func (t *tree) whAdverb(n node) bool {
	for _, k := range t.kids(n, is("advmod")) {
		if t.w(k).XPOS == "WRB" {
			return true
		}
	}
	return false
}

// settingAttribute returns Planned when the "to" infinitive n takes part
// in or happens at a noun (its preposition one of occasionCases,
// data/words.yaml) that an adjective of ahead_settings puts ahead
// ("registered to vote in the upcoming elections", "hopes to compete at
// next year's games" read with "next" on the noun): the act is as far ahead as its setting. A tensed verb tells
// its own time ("voted in early elections on Sunday"), and "early" is no
// setting ahead ("rose to close higher in early trade").
func (t *tree) settingAttribute(n node) Factuality {
	if !t.infinitive(n) {
		return ""
	}
	for _, k := range t.kids(n, is("obl")) {
		if !t.nominal(k) || !occasionCases[t.caseWord(k)] || t.heldInPast(k) {
			continue
		}
		for _, a := range t.kids(k, is("amod")) {
			if a < k && t.lemmaIn(a, theModality.aheadSettings) {
				return Planned
			}
		}
	}
	return ""
}

// heldInPast reports whether the noun n is the subject or the object of
// an occurrence verb told in the past, with no modal: the event its
// attribute only planned took place ("the planned summit was held on
// Monday", "early elections took place in May", "held snap elections in
// 2003"); not "will be held", "is to be held".
func (t *tree) heldInPast(n node) bool {
	h, ok := t.head(n)
	if !ok || !t.lemmaIn(h, theModality.occurrence) || t.modal(h) != "" {
		return false
	}
	switch t.rel(n) {
	case "nsubj", "nsubj:pass", "obj":
	default:
		return false
	}
	if t.w(h).XPOS == "VBD" {
		return true
	}
	if t.w(h).XPOS != "VBN" {
		return false
	}
	for _, k := range t.kids(h, is("aux", "aux:pass")) {
		if finiteXPOS[t.w(k).XPOS] {
			return true // "were held", "has taken place"
		}
	}
	return false
}

// rankedHead reports whether the noun an infinitive modifies is ranked
// ("the first leader to visit", "the last unit to be deployed"): the
// infinitive tells a past event.
func (t *tree) rankedHead(h node) bool {
	if t.lemmaIn(h, rankWords) {
		return true
	}
	for _, k := range t.kids(h, is("amod", "advmod", "nummod")) {
		if t.lemmaIn(k, rankWords) {
			return true
		}
	}
	return false
}

// treeFactuality classifies how the sentence presents trigger t from its
// dependency tree, and finds its reporter: ok is false without a tree. It
// reads the trigger's own negation and modal, then climbs the verbs that
// govern it: a noun's verb ("postponed the talks", "did not hold talks",
// "called for elections"), the verbs whose complement holds it ("agreed
// to sign", "could help finalize"), a condition ("if Russia attacks"), a
// question, and stops at a reporting verb, whose subject is the source.
func (s *sent) treeFactuality(t *trigger) (f Factuality, src string, framed, ok bool) {
	n, ok := s.parsedTrigger(t)
	if !ok {
		return "", "", false, false
	}
	d, cues := s.tr, theModality
	f = Asserted
	if d.negated(n) {
		f = Negated
	}
	if !t.noun {
		f = stronger(f, d.modal(n))
		f = stronger(f, d.settingAttribute(n)) // "registered to vote in the upcoming elections"
	} else {
		if d.copular(n) {
			f = stronger(f, d.modal(n)) // a predicate noun: "it will be his first visit"
		}
		f = stronger(f, d.relativeModal(n)) // "the summit, which will be held in May"
		if d.aheadPassive(n) {
			f = stronger(f, Planned) // "elections to be held in May"
		}
	}
	if !t.noun && d.nearlyDone(n) {
		f = Negated // "had almost reached an agreement": none reached
	}
	f = stronger(f, s.governedInfinitive(t))
	if d.deniedAccount(n) {
		f = Negated // "dismissed reports saying he had quit", "denied claims of a raid"
	}
	if t.noun && s.leadUpBefore(t) {
		f = stronger(f, Planned) // "in the run-up to the election"
	}
	cur, root, skipOwn := n, false, false
	if v, inf, ok := d.misreadVerb(n); ok && !t.noun {
		// "called on Turkmenistan to free journalists" with "free" read as
		// an adjective of "journalists", "to enable Abbas to maintain unity
		// and reinforce security" with "reinforce" read as a compound: the
		// verb's clause is that of the verb v the noun hangs on
		if inf {
			c := d.classOf(v, cues.complement)
			if c == "" {
				c = Planned // a purpose: "came to free the hostages"
			}
			f = stronger(f, c)
		}
		f = stronger(f, d.modal(v))
		cur = v
	}
	if h, ok := d.head(cur); ok && t.noun && d.rel(cur) == "compound" && d.nominal(h) {
		// a noun trigger read as a compound of the noun that ends its name
		// ("an attempt at a coup d'etat"): its phrase is that noun's, and a
		// noun of the object class names it as one not done, as its "of"
		// phrase would ("the aid freeze", "an assassination attempt": a
		// freeze of aid, an attempt at a killing), and so does one of
		// pending_heads ("an arrest warrant": an arrest ordered)
		f = stronger(f, d.classOf(h, cues.object))
		if d.lemmaIn(h, cues.pendingHeads) {
			f = stronger(f, Planned) // "issued an arrest warrant"
		}
		cur = h
	}
climb:
	for depth := 0; depth < maxModalityDepth; depth++ {
		r := d.rel(cur)
		own := !skipOwn
		skipOwn = false
		if !own && (baseRel(r) == "advcl" || baseRel(r) == "acl") {
			// the partner's own infinitive or purpose: "left to visit Kim
			// after Xi attacked" parsed with "attacked" as a conjunct of
			// "visit"
			break climb
		}
		if d.nominal(cur) && !d.heldInPast(cur) {
			f = stronger(f, d.attribute(cur)) // "a planned summit", "a possible attack"
			if d.sittingAnnounced(cur) {
				f = stronger(f, Planned) // "the talks announced Wednesday"
			}
		} else if own && d.plannedBe(cur) {
			f = stronger(f, Planned) // "were to meet"
		} else if own {
			f = stronger(f, d.fixedGovernor(cur)) // "is due to go to the polls"
		}
		if (baseRel(r) == "advcl" || r == "ccomp") && d.marked(cur, cues.conditionals) {
			f = stronger(f, Hypothetical) // "if Russia attacks", "investigating whether it was a bomb"
		}
		if own && d.subjunctive(cur) {
			f = stronger(f, Hypothetical) // "recommended that he be indicted"
		}
		h, has := d.head(cur)
		if !has {
			root = true
			if own && d.headlineInfinitive(cur) {
				f = stronger(f, Planned) // a headline's "Bush to visit Japan"
			}
			break
		}
		if own && d.mandative(cur, h, cur == n && !t.noun && strings.EqualFold(d.w(cur).Form, t.lemma)) {
			f = stronger(f, Hypothetical) // "rebuffed demands he halt", "insisted that he resign"
		}
		if c, ok := d.strandedSubject(cur, h, s.d.lx.reporting); ok {
			// "said sanctions were raised" parsed with "sanctions" as the
			// object of "said": the noun is the subject of the clause
			h, r = c, "nsubj"
			if len(d.kids(c, is("aux:pass"))) > 0 {
				r = "nsubj:pass"
			}
		}
		if d.hinderedGerund(cur, h, r) {
			f = stronger(f, Negated) // "to stop militants launching attacks"
			break
		}
		if d.lemmaIn(h, s.d.lx.reporting) && d.verbal(h) && (r == "ccomp" || r == "parataxis" || r == "obj" && len(d.kids(cur, is("expl"))) > 0) {
			// an existential clause may be read as the verb's object ("confirmed there had been a meeting")
			src, framed = s.treeReporter(h), true
			if d.unsaid(h, cur) {
				f = stronger(f, Hypothetical) // "declined to confirm there had been a meeting"
			}
			break // "X said that ...": the report frames the event, its modality is the report's
		}
		occurs := d.lemmaIn(h, cues.occurrence) || d.lemmaIn(h, s.d.lx.light) ||
			(d.lemmaIn(h, cues.causes) && r != "nsubj" && r != "nsubj:pass") // "could lead to war", not "the attack could spark"
		// the purpose of a journey takes place if the journey does ("will
		// visit Japan for talks", "is to fly to Paris for a summit")
		occurs = occurs || baseRel(r) == "obl" && d.caseWord(cur) == "for" && d.nominal(cur) && d.lemmaIn(h, cues.journeys)
		// a candidacy in an election still ahead holds it ahead too ("should
		// not be allowed to stand in elections", "will run in the polls"); a
		// candidacy told done or refused says nothing of it ("did not contest
		// the elections": they were held)
		occurs = occurs || d.nominal(cur) && d.lemmaIn(h, cues.candidacy) && d.unrealizedVerb(h)
		// a verb of the noun's own frame (frame_verbs: "polls will be
		// closed at 1500 GMT", "a seminar is to be opened Monday", "voters
		// will cast ballots") tells it take place as an occurrence verb does
		occurs = occurs || cur == n && s.ownFrameVerb(t, h)
		switch {
		case baseRel(r) == "nsubj" && d.sittingArranged(cur, h):
			// "the conference is to run from May 5 to 7", "the talks are
			// to take place next week": a sitting arranged, not held
			f = stronger(f, Planned)
			break climb
		case (baseRel(r) == "advcl" || r == "xcomp" && d.nominal(cur)) && len(d.kids(cur, is("expl"))) > 0 && len(d.kids(cur, is("mark"))) == 0 && !d.whAdverb(cur):
			// an existential clause (its noun or its "be") the parse hung on
			// the verb as an adverbial, or its noun as the verb's
			// predicative, no subordinator ("when there was" is one): the
			// complement it would take ("declined to comment or to confirm
			// there had been a meeting", the clause read as an adverbial of
			// "declined", or its noun "meeting" as the xcomp of "declined")
			f = stronger(f, d.classOf(h, cues.complement))
			if d.lemmaIn(h, s.d.lx.reporting) && d.verbal(h) {
				src, framed = s.treeReporter(h), true
				break climb
			}
		case d.nominal(cur) && r == "xcomp":
			break climb // a predicative noun: "what they call a fraudulent election"
		case d.nominal(cur) && r == "nsubj" && d.nominal(h) && d.copular(h):
			// the subject of a predicate noun is as far ahead as the "be"
			// that joins them ("the tour will be his third visit", "the
			// vote would be a test"); a "be" negated says nothing of it
			// ("the attack was no surprise")
			f = stronger(f, d.modal(h))
		case d.nominal(cur) && d.toldDone(cur, cur == n):
			// "discussions begun a year ago", "the treaty signed in 1998":
			// the participle tells the event happened, whatever governs it
			break climb
		case (d.nominal(cur) || d.misreadNoun(cur)) && nounGoverned(r, d.w(h).UPOS):
			// "postponed the talks", "called for elections", "plans for a
			// summit", "talks were not held", "the meeting was postponed"
			f = stronger(f, s.objectClass(cur, h, r))
			f = stronger(f, d.idiomClass(h))
			if d.comparedCondition(cur, h) {
				f = stronger(f, Hypothetical) // "it is better with a ceasefire than ..."
			}
			f = stronger(f, d.objectModifier(cur, h))
			if d.nominal(h) {
				if !d.lemmaIn(h, cues.bridge) {
					break climb
				}
				break // "denied involvement in the attack": the noun's verb decides
			}
			// a verb telling the noun's event happens passes on its own
			// negation and modal ("did not hold talks", "the summit will
			// take place", "could face sanctions"), and so does any verb
			// whose time the noun frames ("will speak during the visit");
			// others tell their own ("must miss the clashes")
			// "will review at the summit": a sitting the verb is done at
			// (sittingNoun) frames it too
			shared := occurs || (baseRel(r) == "obl" && (cues.frames[d.caseWord(cur)] || sittingNoun(d, cur)))
			if (d.negated(h) || d.nearlyDone(h)) && shared {
				f = Negated
			}
			if m := d.modal(h); m != "" && shared {
				f = stronger(f, m)
			}
			if d.sittingAhead(cur, h, r) {
				f = stronger(f, Planned)
			}
			if !occurs {
				if r != "nsubj" && r != "nsubj:pass" {
					// "protested the attacks", "in the wake of the killing":
					// the verb tells its own event, the noun's is another
					break climb
				}
				// "hopes the Pope's visit will help": the clause the verb
				// heads holds its subject, the verb's own cues do not
				skipOwn = true
			}
		case r == "xcomp" || r == "ccomp" || r == "csubj":
			// "agreed to sign", "hoped talks would resume", "refused to meet"
			if (r == "xcomp" || r == "csubj") && d.impersonalJudgement(h, cur) {
				f = stronger(f, Hypothetical) // "it is unfair to blame China": nobody blamed
			}
			if !(r == "xcomp" && decidedAct(t, d, h)) {
				f = stronger(f, d.classOf(h, cues.complement))
			}
			f = stronger(f, d.modal(h))
			if c := d.phrasalClass(h, cues.complement); c != "" {
				f = stronger(f, c) // "ruled out sending troops"
			} else if d.negated(h) && (r == "xcomp" || occurs) {
				f = Negated // "did not agree to sign"
			}
		case r == "conj":
			if m := d.misreadConjunct(cur, h); d.nominal(cur) && d.verbal(h) && m != cur {
				// "are getting ready for the talks on Monday, and the
				// summit over the weekend" with "summit" read as a
				// conjunct of the verb: it is one of the noun before it,
				// governed as that one is ("gear for": planned)
				f = stronger(f, s.objectClass(m, h, d.rel(m)))
			}
			// coordinated verbs share their auxiliary ("could help end the
			// deadlock and make Abbas finalize talks") and the clause they
			// depend on ("believes he has not decided and is negotiating");
			// a tensed one keeps its own verb's cues, not its partner's
			if d.finite(cur) && !d.bareConjunct(cur, h) {
				skipOwn = true
			} else {
				f = stronger(f, d.modal(h))
			}
			cur = h
			continue
		case baseRel(r) == "acl" && (r != "acl:relcl" || d.misreadContent(cur)):
			// "plans to visit", "a bid to end the war", "talks aimed at
			// reaching a treaty", but "the first leader to visit"
			if g, ok := d.occasionVerb(h); ok && d.infinitive(cur) {
				// "offered for the first time to meet Kabila" with "to meet"
				// read as a modifier of "time": the infinitive is the
				// complement (or the purpose) of the verb the occasion hangs on
				c := d.classOf(g, cues.complement)
				if c == "" {
					c = Planned // a purpose: "flew for the first time to meet"
				}
				f = stronger(f, stronger(c, d.modal(g)))
				if d.negated(g) {
					f = Negated
				}
				cur = g
				continue
			}
			if d.infinitive(cur) && !d.rankedHead(h) {
				f = stronger(f, stronger(Planned, d.classOf(h, cues.object)))
			} else if c := d.classOf(h, cues.object); c != "" && d.markedGerund(cur) {
				// "the intention of attacking", "the threat of invading":
				// the gerund is the noun's content, as its object would be;
				// "no intention of attacking" denies it
				f = stronger(f, c)
				if d.negated(h) {
					f = Negated
				}
			} else if d.contentClause(cur) || d.misreadContent(cur) {
				// "the possibility that the plane was shot down", "fears
				// that troops will attack": the clause is the noun's content
				f = stronger(f, d.classOf(h, cues.object))
			}
		case (baseRel(r) == "advcl" || r == "dep") && d.particleGerund(cur, h):
			// "ruled out sending troops" read with "sending" as an
			// adverbial or loose dependent: the gerund right after the
			// particle is the phrasal verb's object; not ruled out, it
			// stays possible ("did not rule out sending troops")
			f = stronger(f, d.phrasalClass(h, cues.complement))
		case baseRel(r) == "advcl" && d.finite(cur) && d.presentTense(cur) && d.timeClause(cur, cues.temporalMarks):
			// a clause of time in the present tense tells a moment of the
			// verb it hangs on, planned when that one is ("was to fly to
			// Laos before he heads to Cambodia", "will meet him when he
			// arrives"): climb on to that verb's class
			f = stronger(f, d.modal(h))
		case baseRel(r) == "advcl" && (!d.finite(cur) || d.infinitive(cur)):
			// "aimed at reaching", "interested in visiting", and a purpose:
			// "troops were sent to fight", "gave the go-ahead for him to
			// travel" (an infinitive with its own subject), but not that of a crowd that
			// gathered ("flooded the streets to protest"); a bare participle
			// is an adjunct, no complement ("ordered inspections, vowing to
			// prosecute"), and so is a clause of time ("told journalists
			// after arriving": temporal_marks)
			if len(d.kids(cur, is("mark"))) > 0 && !d.marked(cur, cues.temporalMarks) {
				f = stronger(f, d.classOf(h, cues.complement))
				f = stronger(f, d.markedClass(h, cur, cues.complement)) // "voted against holding a referendum"
			}
			if d.infinitive(cur) && !(d.lemmaIn(h, cues.gathering) && d.w(h).XPOS == "VBD") && !s.resultInfinitive(t, h) {
				f = stronger(f, Planned)
			}
		default:
			break climb
		}
		cur = h
	}
	if root && s.question() {
		f = stronger(f, Hypothetical)
	}
	if !framed {
		src, framed = s.treeFrame(n)
	}
	return f, src, framed, true
}

// resultInfinitive reports whether the infinitive clause a game's result
// t lies in tells what the past act h led to, not its purpose: a score in
// the sentence tells the game played ("came from behind to beat Arsenal
// 2-1", "scored twice to help Chelsea beat Arsenal 2-1", "to give Chelsea
// a 2-1 win").
func (s *sent) resultInfinitive(t *trigger, h node) bool {
	return t.e != nil && t.e.Game && s.tr.w(h).XPOS == "VBD" && s.score()
}

// treeFrame finds the reporting frame of the clause of n when the climb
// from n stopped short of it: a reporting verb whose complement holds it
// ("X said that ..."), a report hung on the sentence's root after it
// ("Russia attacked Kyiv, Tass said", parsed as parataxis, ccomp or a
// conjunct with no "and"), or an "according to" phrase on the root. It
// returns the reporter's actor id ("" when unnamed) and whether there is a
// frame.
func (s *sent) treeFrame(n node) (string, bool) {
	d := s.tr
	cur := n
	for depth := 0; depth < maxFrameDepth; depth++ {
		h, ok := d.head(cur)
		if !ok {
			break
		}
		if r := d.rel(cur); (r == "ccomp" || r == "parataxis") && d.verbal(h) && d.lemmaIn(h, s.d.lx.reporting) {
			return s.treeReporter(h), true
		}
		cur = h
	}
	for _, k := range d.kids(cur, is("parataxis", "ccomp", "conj")) {
		if k > cur && d.verbal(k) && d.lemmaIn(k, s.d.lx.reporting) && len(d.kids(k, is("cc"))) == 0 {
			return s.treeReporter(k), true
		}
	}
	return s.treeAccording(cur)
}

// maxFrameDepth bounds the clauses climbed to find a reporting frame.
const maxFrameDepth = 12

// objectClass returns the class the word h gives the noun n it governs
// (object.go entries of data/modality.yaml): a plain entry for an object,
// a passive subject or a noun modifier ("postponed the talks", "the
// meeting was postponed", "the threat of attack"), an entry with a
// preposition or a particle for an oblique or a modifier with that
// preposition ("called for elections", "interested in talks") or a verb
// with that particle for its object or passive subject ("called off the
// talks", "the summit was put off").
func (s *sent) objectClass(n, h node, rel string) Factuality {
	d := s.tr
	var f Factuality
	if baseRel(rel) != "obl" {
		f = d.classOf(h, theModality.object)
	}
	if baseRel(rel) == "obl" && n < h {
		// an oblique fronted before its verb sets the scene, it is not
		// what the verb asks for or foresees ("In the last election, polls
		// predicted a victory": the election was held)
		return f
	}
	var seconds []string
	if c := d.caseWord(n); c != "" {
		seconds = append(seconds, c)
	} else if c := d.strandedCase(n, h); c != "" {
		seconds = append(seconds, c)
	}
	if baseRel(rel) != "obl" {
		// a particle tells of the verb's object or passive subject, not of
		// an oblique ("the talks were put off due to ... a peace deal")
		for _, k := range d.kids(h, is("compound:prt")) {
			seconds = append(seconds, strings.ToLower(d.w(k).Form))
		}
		for _, k := range d.kids(h, is("advmod")) {
			// a particle the parse read as an adverb ("would bring forward
			// a meeting", "forward" an advmod right after the verb)
			if lw := strings.ToLower(d.w(k).Form); k == h+1 && particles[lw] {
				seconds = append(seconds, lw)
			}
		}
	}
	for _, l := range d.lemmas(h) {
		for _, c := range seconds {
			f = stronger(f, theModality.object[l+" "+c])
		}
	}
	return f
}

// strandedCase returns the preposition the parse hung on the modifiers
// of the oblique n of h instead of on n: an oblique sibling right before n
// whose words run up to n, marked by a case word, while n has none ("call
// for early presidential and parliamentary elections", the adjectives read
// as an oblique of their own); or "".
func (t *tree) strandedCase(n, h node) string {
	if baseRel(t.rel(n)) != "obl" {
		return ""
	}
	for _, k := range t.kids(h, is("obl")) {
		if k < n && lastOfSubtree(t.words, int(k)) == int(n)-1 && t.w(k).UPOS == "ADJ" {
			return t.caseWord(k)
		}
	}
	return ""
}

// strandedSubject returns the clause a noun n was stranded from when the
// parse makes it the object of a reporting verb h that also has a clausal
// complement after n with no subject of its own ("said sanctions were
// raised": "sanctions" the object of "said", "raised" its complement).
func (t *tree) strandedSubject(n, h node, reporting map[string]bool) (node, bool) {
	if !t.nominal(n) || t.rel(n) != "obj" || !t.lemmaIn(h, reporting) {
		return noNode, false
	}
	for _, c := range t.kids(h, is("ccomp")) {
		if c > n && len(t.kids(c, is("nsubj", "nsubj:pass", "expl"))) == 0 {
			return c, true
		}
	}
	return noNode, false
}

// copular reports whether n is a predicate joined to its subject by a
// copula ("his third visit" in "the tour will be his third visit").
func (t *tree) copular(n node) bool {
	return len(t.kids(n, is("cop"))) > 0
}

// nounGoverned reports whether a noun trigger attached by relation r to a
// word of part of speech upos is its object, oblique, modifier or passive
// subject, or the subject of an adjective ("the summit is likely").
func nounGoverned(r, upos string) bool {
	switch baseRel(r) {
	case "obj", "obl", "nmod":
		return true
	}
	return r == "nsubj:pass" || (r == "nsubj" && (upos == "ADJ" || upos == "VERB" || upos == "AUX"))
}

// comparedCondition reports whether the noun n is the "with" or
// "without" phrase of a comparative adjective h ("it is better with a
// ceasefire than without", "the region would be safer without a war"):
// a state judged under the condition, no event told.
func (t *tree) comparedCondition(n, h node) bool {
	if baseRel(t.rel(n)) != "obl" || t.w(h).UPOS != "ADJ" {
		return false
	}
	if c := t.caseWord(n); c != "with" && c != "without" {
		return false
	}
	if t.w(h).XPOS == "JJR" {
		return true
	}
	for _, k := range t.kids(h, is("advmod")) {
		if t.isLemma(k, "more") || t.isLemma(k, "less") {
			return true
		}
	}
	return false
}

// question reports whether the sentence ends with a question mark.
func (s *sent) question() bool {
	for j := s.last - 1; j >= s.first; j-- {
		switch w := s.word(j); w {
		case "\"", "“", "”", "'", ")":
			continue
		case "?":
			return true
		}
		return false
	}
	return false
}

// treeReporter returns the actor id of the subject of the reporting verb
// h ("" when it names none).
func (s *sent) treeReporter(h node) string {
	d := s.tr
	for _, k := range d.kids(h, is("nsubj")) {
		if ps := s.phraseActors(k, true); len(ps) > 0 {
			return s.actor(ps[0]).ActorID
		}
	}
	return ""
}

// treeAccording finds an "according to X" phrase on the clause head top:
// the source X, and whether there is one.
func (s *sent) treeAccording(top node) (string, bool) {
	d := s.tr
	for _, k := range d.kids(top, func(r string) bool { return baseRel(r) == "obl" || baseRel(r) == "advcl" }) {
		for _, c := range d.kids(k, is("case", "mark")) {
			if !strings.EqualFold(d.w(c).Form, "according") {
				continue
			}
			if ps := s.phraseActors(k, true); len(ps) > 0 {
				return s.actor(ps[0]).ActorID, true
			}
			return "", true
		}
	}
	return "", false
}

// leadUpWindow is how many words (determiners, modifiers, names, dates)
// may stand between "ahead of" and its noun trigger ("ahead of Britain's
// May 1 general election").
const leadUpWindow = 7

// leadUpBefore reports whether the noun trigger t ends a phrase opened
// by "ahead of" or "the run-up to" ("in the run-up to the Dec. 15
// election"): a lexical cue the parse attaches in many ways.
func (s *sent) leadUpBefore(t *trigger) bool {
	for j, n := t.start-1, 0; j >= s.first && n < leadUpWindow; j, n = j-1, n+1 {
		if s.leadUp(j) {
			return true
		}
		w := s.word(j)
		if !determiners[w] && !isPlainWord(w) && s.d.timexAt[j] < 0 && s.d.actorAt[j] < 0 &&
			s.tok(j).Kind != token.Number && w != "." && w != "'" {
			return false
		}
	}
	return false
}

// governedInfinitive returns the class a complement governor right before
// "to" gives the verb of trigger t (its own, or a noun's light verb): "was
// due to hold a rally", "refused to meet". It stands in for the tree where
// the parse fixes "due to" or "set to" as one preposition.
func (s *sent) governedInfinitive(t *trigger) Factuality {
	v := t.start
	if t.noun {
		v = t.anchor
	}
	if v-2 < s.first || s.word(v-1) != "to" {
		return ""
	}
	if decisionAct(t) && (s.word(v-2) == "decided" || s.word(v-2) == "decides") {
		return "" // "decided to delay the launch": the decision is the act (decidedAct)
	}
	var f Factuality
	for _, l := range s.d.lem(s.word(v - 2)) {
		f = stronger(f, theModality.complement[l])
	}
	return f
}

// bareConjunct reports whether the conjunct verb n is a base form with no
// subject or auxiliary of its own after a partner h that has a modal: "will
// hold talks, meet Chirac and deliver a speech", where the tagger reads
// "meet" as a present tense. Such a conjunct shares h's modal.
func (t *tree) bareConjunct(n, h node) bool {
	if x := t.w(n).XPOS; x != "VB" && x != "VBP" {
		return false
	}
	if len(t.kids(n, is("nsubj", "nsubj:pass", "aux", "aux:pass", "cop", "expl"))) > 0 {
		return false
	}
	return t.modal(h) != ""
}

// contentClause reports whether the clause n that modifies a noun is its
// content, introduced by "that" or "whether" ("the possibility that the
// plane was shot down"), not a relative clause.
func (t *tree) contentClause(n node) bool {
	for _, k := range t.kids(n, is("mark")) {
		if t.isLemma(k, "that") || t.isLemma(k, "whether") {
			return true
		}
	}
	return false
}

// misreadContent reports whether the relative clause n is a content
// clause the parse misread: its "that", right after the noun, is a
// subordinator (mark), or is taken for the clause's subject or object
// though the clause has a subject of its own ("denied reports that
// soldiers killed three civilians", with "that" as the subject of
// "killed" beside "soldiers"). A true relative "that" fills the gap the
// clause leaves ("reports that said ..."); one after another word opens
// an adverbial clause ("plans to impose martial law now that its forces
// have arrived").
func (t *tree) misreadContent(n node) bool {
	h, ok := t.head(n)
	if t.rel(n) != "acl:relcl" || !ok {
		return false
	}
	that, subject := false, false
	for _, k := range t.kids(n, is("mark", "nsubj", "nsubj:pass", "obj")) {
		switch {
		case t.isLemma(k, "that"):
			// right after its noun: "reports that", not "law now that"
			that = k == h+1
			subject = subject || t.rel(k) == "mark"
		case baseRel(t.rel(k)) == "nsubj":
			subject = true
		}
	}
	return that && subject
}

// maxMisreadClimb bounds the walk from the noun a misread verb modifies
// up to the verb its clause hangs on (misreadVerb).
const maxMisreadClimb = 3

// misreadVerb finds, for a verb the tagger read as a modifier of a noun
// (an adjective after "to": "called on Turkmenistan to free journalists";
// a compound: "maintain unity and reinforce security"), the verb v the
// noun's phrase hangs on, climbing conjuncts, objects and obliques.
// inf reports an infinitive after "to": the verb is then v's complement;
// otherwise it is coordinated with v.
func (t *tree) misreadVerb(n node) (v node, inf, ok bool) {
	r, u := t.rel(n), t.w(n).UPOS
	if !(r == "amod" && u == "ADJ") && !(r == "compound" && u == "NOUN") {
		return 0, false, false
	}
	inf = n > 0 && strings.EqualFold(t.w(n-1).Form, "to")
	if r == "amod" && !inf {
		return 0, false, false // "free elections", "a joint attack"
	}
	cur, has := t.head(n)
	if !has || !t.nominal(cur) {
		return 0, false, false
	}
	for depth := 0; depth < maxMisreadClimb; depth++ {
		g, has := t.head(cur)
		if !has {
			return 0, false, false
		}
		switch r := baseRel(t.rel(cur)); {
		case (r == "obj" || r == "obl") && t.verbal(g):
			return g, inf, true
		case r == "conj" && t.nominal(g):
			cur = g // "unity and reinforce security"
		default:
			return 0, false, false
		}
	}
	return 0, false, false
}

// occasionVerb returns the verb g an occasion noun h ("for the first
// time") hangs on as an oblique, and whether h is one: an infinitive the
// parse hangs on h belongs to g's clause ("offered for the first time to
// meet").
func (t *tree) occasionVerb(h node) (g node, ok bool) {
	if !t.isLemma(h, "time") || baseRel(t.rel(h)) != "obl" {
		return noNode, false
	}
	g, ok = t.head(h)
	if !ok || !t.verbal(g) {
		return noNode, false
	}
	return g, true
}

// subjunctive reports whether the verb n heads a clause in the
// subjunctive: a subject, a bare "be" and no modal, tensed auxiliary or
// "to" ("recommended
// that he be indicted", "it is vital that the general be arrested", and
// "recommendations that Netanyahu be indicted" with "that" read as a
// relative pronoun): the clause tells what someone wants, not what
// happened.
func (t *tree) subjunctive(n node) bool {
	if t.infinitive(n) || len(t.kids(n, is("nsubj", "nsubj:pass"))) == 0 {
		return false
	}
	be := false
	for _, k := range t.kids(n, is("aux", "aux:pass", "cop")) {
		switch t.w(k).XPOS {
		case "MD", "VBZ", "VBP", "VBD":
			return false // "should be", and a typo's "has only be sanctioned"
		}
		if strings.EqualFold(t.w(k).Form, "be") && t.w(k).XPOS == "VB" {
			be = true
		}
	}
	return be
}

// mandativeRels are the relations by which a clause in the mandative
// subjunctive hangs on its word of demand: the complement of a verb or
// adjective, the content clause of a noun (read as a relative clause when
// no "that" opens it: "demands he halt").
var mandativeRels = map[string]bool{"ccomp": true, "csubj": true, "acl": true, "acl:relcl": true}

// mandative reports whether the verb n heads a clause in the mandative
// subjunctive under h, a word of demand (mandative in modality.yaml):
// a singular third-person subject with the verb's bare form and no
// auxiliary, modal or "to" ("rebuffed demands he halt the building",
// "insisted that the minister resign"). The bare form is read from the
// tag (VB, VBP: a tensed verb of such a subject ends in "-s" or "-ed");
// lexBare says the tagger read a bare form as a past ("he halt") and the
// trigger lexicon knows the form as its lemma. The subject may be read as
// a compound of the verb ("that the army withdraw").
func (t *tree) mandative(n, h node, lexBare bool) bool {
	if !t.verbal(n) || !mandativeRels[t.rel(n)] || !t.lemmaIn(h, theModality.mandative) || t.infinitive(n) {
		return false
	}
	switch x := t.w(n).XPOS; {
	case x == "VB" || x == "VBP":
	case x == "VBD" && lexBare && !strings.HasSuffix(strings.ToLower(t.w(n).Form), "ed"):
	default:
		return false
	}
	if len(t.kids(n, is("aux", "aux:pass", "cop"))) > 0 {
		return false
	}
	subj := t.kids(n, is("nsubj"))
	if len(subj) == 0 {
		for _, k := range t.kids(n, is("compound")) {
			if k < n && t.nominal(k) {
				subj = append(subj, k)
			}
		}
	}
	if len(subj) != 1 || len(t.kids(subj[0], is("conj"))) > 0 {
		return false
	}
	switch w := t.w(subj[0]); {
	case w.UPOS == "PRON":
		l := strings.ToLower(w.Form)
		return l == "he" || l == "she" || l == "it"
	default:
		return w.XPOS == "NN" || w.XPOS == "NNP"
	}
}

// headlineInfinitive reports whether the root verb n is a headline's
// infinitive ("Modi to visit Moscow"): a "to" infinitive with a plain
// noun phrase subject (no verb in it, not ranked: "the first country to
// sign" tells a past act) and no tensed clause beside it, which would
// make the infinitive a misread modifier of a longer sentence.
func (t *tree) headlineInfinitive(n node) bool {
	if !t.verbal(n) || !t.infinitive(n) || t.rankedHead(n) {
		return false
	}
	subj := t.kids(n, is("nsubj", "nsubj:pass"))
	if len(subj) == 0 {
		return false
	}
	for _, k := range subj {
		if t.rankedHead(k) {
			return false
		}
		for i := range t.words {
			if u := t.w(node(i)).UPOS; (u == "VERB" || u == "AUX") && inSubtree(t.words, i, int(k)) {
				return false
			}
		}
	}
	for _, k := range t.kids(n, is("conj", "ccomp", "parataxis", "advcl")) {
		if t.finite(k) {
			return false
		}
	}
	return true
}

// fixedGovernor returns the class a complement governor gives the verb n
// when the parse fixes it with "to" into a preposition of n ("is due to
// go to the polls", "set to meet": "due" a case word with "to" fixed to
// it), or "".
func (t *tree) fixedGovernor(n node) Factuality {
	if !t.verbal(n) {
		return ""
	}
	var f Factuality
	for _, k := range t.kids(n, is("case", "mark")) {
		for _, x := range t.kids(k, is("fixed")) {
			if strings.EqualFold(t.w(x).Form, "to") {
				f = stronger(f, t.classOf(k, theModality.complement))
			}
		}
	}
	return f
}

// idiomClass returns the class an idiom of a verb and its object noun h
// gives the event the noun leads to (object entries of two lemmas, verb
// and noun: "pave way" for "paved the way for talks", "set stage"), or
// "". Only an object counts: "on his way to the meeting" is a journey.
func (t *tree) idiomClass(h node) Factuality {
	if !t.nominal(h) || t.rel(h) != "obj" {
		return ""
	}
	g, ok := t.head(h)
	if !ok || !t.verbal(g) {
		return ""
	}
	var f Factuality
	for _, l := range t.lemmas(g) {
		for _, m := range t.lemmas(h) {
			f = stronger(f, theModality.object[l+" "+m])
		}
	}
	return f
}

// misreadNoun reports whether the verb n is a noun the tagger read as a
// verb: it has a determiner and is an object ("be refused a White House
// visit", "visit" tagged a verb).
func (t *tree) misreadNoun(n node) bool {
	return t.verbal(n) && t.rel(n) == "obj" && len(t.kids(n, is("det"))) > 0
}

// nounModifierCase holds the prepositions that open a modifier of a noun
// ("a proposal for a merger", "the threat of war"), not an adjunct of the
// clause's time or cause ("after the quake").
var nounModifierCase = wordList("noun_modifier_case")

// objectModifier returns the class the object of h gives the oblique n
// when n follows that object with nothing between them, a modifier of the
// object the parse hung on the verb ("rejected a US proposal for an
// outright merger": "merger" an oblique of "rejected"), or "".
func (t *tree) objectModifier(n, h node) Factuality {
	if baseRel(t.rel(n)) != "obl" || !nounModifierCase[t.caseWord(n)] {
		return ""
	}
	var f Factuality
	for _, o := range t.kids(h, is("obj")) {
		if o > n {
			continue
		}
		next := true // every word from the object's end up to n is n's own
		for j := lastOfSubtree(t.words, int(o)) + 1; j < int(n); j++ {
			next = next && inSubtree(t.words, j, int(n))
		}
		if next {
			f = stronger(f, t.classOf(o, theModality.object))
		}
	}
	return f
}

// decidedAct reports whether the verb h governing trigger t is a decision
// made ("decided to postpone the launch", not "will decide to") and t an
// act a decision itself makes (decision_acts: a postponement, a
// suspension, a halt to talks, a rate rise take effect when decided: "NASA
// has decided to delay the launch by a year", "Iran has decided to halt
// talks"), where a decision to visit or to attack only plans them.
func decidedAct(t *trigger, d *tree, h node) bool {
	if !decisionAct(t) {
		return false
	}
	if !d.isLemma(h, "decide") || d.negated(h) || d.modal(h) != "" {
		return false
	}
	x := d.w(h).XPOS
	return x == "VBD" || x == "VBN" || x == "VBZ"
}

// decisionAct reports whether trigger t is of a type a decision itself
// enacts (decision_acts in data/modality.yaml).
func decisionAct(t *trigger) bool { return theModality.decisionActs[string(t.e.Type)] }

// phrasalClass returns the class m gives the phrasal verb n, its lemma
// and particle ("rule out": "ruled out sending troops"), or "". A negated
// verb of negation leaves the event possible ("did not rule out sending
// troops").
func (t *tree) phrasalClass(n node, m map[string]Factuality) Factuality {
	f := t.pairClass(n, t.kids(n, is("compound:prt")), m)
	if f == Negated && t.negated(n) {
		f = Hypothetical
	}
	return f
}

// markedClass returns the class m gives the verb h with the subordinator
// of its clause n, an entry of the two ("vote against": "voted against
// holding a referendum"), or "".
func (t *tree) markedClass(h, n node, m map[string]Factuality) Factuality {
	return t.pairClass(h, t.kids(n, is("mark")), m)
}

// pairClass returns the strongest class m gives a lemma of the verb h
// followed by one of the words ks ("rule out", "vote against"), or "".
func (t *tree) pairClass(h node, ks []node, m map[string]Factuality) Factuality {
	var f Factuality
	if len(ks) == 0 {
		return f
	}
	lemmas := t.lemmas(h)
	for _, k := range ks {
		w := strings.ToLower(t.w(k).Form)
		for _, l := range lemmas {
			f = stronger(f, m[l+" "+w])
		}
	}
	return f
}

// particleGerund reports whether n is a bare gerund (no subordinator, no
// subject) right after a particle of its head h: the object of a phrasal
// verb ("ruled out sending troops", "put off signing"), not an adverbial
// ("left, saying ...").
func (t *tree) particleGerund(n, h node) bool {
	if t.w(n).XPOS != "VBG" || len(t.kids(n, is("mark", "nsubj", "nsubj:pass"))) > 0 {
		return false
	}
	for _, k := range t.kids(h, is("compound:prt")) {
		if k+1 == n {
			return true
		}
	}
	return false
}

// impersonalJudgement reports whether the adjective h, one of the
// judgements of data/modality.yaml whose infinitive complement is c,
// judges an act with "it" as its subject: the act is weighed, not done
// ("it is unfair to blame China", "it was too early to accuse anyone").
// With a person as the subject the act is done ("the minister was right
// to condemn the attack"), and so is one a speaker enjoys ("it is great
// to pay a visit to the town": no judgement).
func (d *tree) impersonalJudgement(h, c node) bool {
	if d.w(h).UPOS != "ADJ" || !d.infinitive(c) || !d.lemmaIn(h, theModality.judgements) {
		return false
	}
	for _, k := range d.kids(h, is("nsubj", "expl")) {
		if strings.EqualFold(d.w(k).Form, "it") {
			return true
		}
	}
	return false
}

// unsaid reports whether the reporting verb h does not report its clause
// c as told: h is negated ("did not confirm that troops had crossed") or
// the open complement of a verb whose complement did not happen
// (modality.yaml complement, negated: "declined to confirm there had been
// a meeting", "refused to say that talks took place"), h perhaps an
// infinitive coordinated with that complement ("refused to comment or to
// confirm there was a meeting"). What is reported
// then is unconfirmed. A question's clause, a wh-word before its verb
// ("did not say when the attack took place", "how long the talks would
// last"), presupposes its event, told all the same.
func (d *tree) unsaid(h, c node) bool {
	for k := range d.words {
		if node(k) < c && strings.HasPrefix(d.w(node(k)).XPOS, "W") && d.within(node(k), c) {
			return false // "did not say when the attack took place", "how long the talks would last"
		}
	}
	if d.negated(h) {
		return true
	}
	g, ok := d.head(h)
	for depth := 0; ok && d.rel(h) == "conj" && d.infinitive(h) && depth < maxConj; depth++ {
		h = g // "declined to comment or to confirm there was": the first infinitive's governor
		g, ok = d.head(h)
	}
	return ok && d.rel(h) == "xcomp" && d.classOf(g, theModality.complement) == Negated
}

// hinderedGerund reports whether cur, a gerund the parse hangs (relation
// r) on the noun h, tells what the object h of a verb of hindering
// (modality.yaml hindering) is kept from doing: "deployed troops to stop
// militants launching attacks", "to keep rebels crossing the border".
func (d *tree) hinderedGerund(cur, h node, r string) bool {
	if baseRel(r) != "acl" || !d.verbal(cur) || !strings.HasSuffix(strings.ToLower(d.w(cur).Form), "ing") || d.rel(h) != "obj" {
		return false
	}
	g, ok := d.head(h)
	return ok && d.lemmaIn(g, theModality.hindering)
}

// unrealizedVerb reports whether the verb h is not told as done: it has a
// modal ("will stand") or is a to-infinitive ("allowed to stand").
func (d *tree) unrealizedVerb(h node) bool {
	return d.modal(h) != "" || d.markWord(h) == "to"
}

// ownFrameVerb reports whether h is the verb of the noun trigger t's own frame
// (frame_verbs in data/triggers.yaml, gatheringVerb): its negation and
// modal are the event's ("polls will be closed", "voters did not cast
// ballots").
func (s *sent) ownFrameVerb(t *trigger, h node) bool {
	if !t.noun || len(t.e.FrameVerbs) == 0 {
		return false
	}
	v, ok := s.gatheringVerb(t.end-1, t.e.FrameVerbs)
	return ok && v == h
}

// sittingArranged reports whether the noun cur, one of sittingNouns (or
// its plural: "meetings"), is the subject (or outer subject) of an
// infinitive h after "be" that tells the sitting take place or run its course (an occurrence verb, or one of
// sitting_runs in data/modality.yaml): "the conference is to run from May
// 5 to 7", "the summit meetings are to take place next week", "the talks
// were to open on Monday". A purpose ("the meeting is to solve problems")
// tells the sitting's aim, not that it is still to come.
func (t *tree) sittingArranged(cur, h node) bool {
	if !sittingNouns[strings.ToLower(t.w(cur).Form)] && !t.lemmaIn(cur, sittingNouns) || !t.plannedBe(h) {
		return false
	}
	return t.lemmaIn(h, theModality.occurrence) || t.lemmaIn(h, theModality.sittingRuns)
}

// sittingAhead reports whether the noun cur, one of sittingNouns, is the
// subject (relation r) of the verb or predicate h that tells its business
// still ahead: h under "will" or "would" with cur its active subject ("the
// three-day meeting will review the programme"), or h one of
// ahead_raising (data/modality.yaml) with an infinitive complement ("the
// summit was likely to adopt a declaration", "the meeting was unlikely
// to decide"). A sitting whose business is ahead is ahead itself.
func (t *tree) sittingAhead(cur, h node, r string) bool {
	if r != "nsubj" && r != "nsubj:pass" || !sittingNouns[strings.ToLower(t.w(cur).Form)] {
		return false
	}
	if r == "nsubj" && t.modal(h) == Planned {
		return true
	}
	return len(t.kids(h, is("xcomp"))) > 0 && t.lemmaIn(h, theModality.aheadRaising)
}

// sittingAnnounced reports whether the noun n, one of sittingNouns, has a
// past participle of sitting_announced (data/modality.yaml) after it: "the
// peace talks announced Wednesday", "the summit agreed last week" name a
// sitting made known or settled on, not one held. A participle that tells
// it held ("the talks held Monday") is no such word.
func (t *tree) sittingAnnounced(n node) bool {
	if !sittingNouns[strings.ToLower(t.w(n).Form)] && !t.lemmaIn(n, sittingNouns) {
		return false
	}
	for _, k := range t.kids(n, is("acl")) {
		if k > n && t.w(k).XPOS == "VBN" && t.lemmaIn(k, theModality.sittingAnnounced) {
			return true
		}
	}
	// the participle read as the noun's verb ("talks announced Tuesday"
	// parsed as a clause): right after it, with no object of its own; a
	// sitting announces nothing
	h, ok := t.head(n)
	return ok && t.rel(n) == "nsubj" && h == n+1 && t.lemmaIn(h, theModality.sittingAnnounced) &&
		(t.w(h).XPOS == "VBD" || t.w(h).XPOS == "VBN") && len(t.kids(h, is("obj", "ccomp", "xcomp"))) == 0
}

// misreadConjunct returns the noun that a noun n, read as a conjunct of
// the verb h, is coordinated with: the last object or oblique noun of h
// before n ("are getting ready for the talks on Monday, and the summit
// over the weekend"); n itself when there is none, or when n has no
// determiner (a verb read as a noun: "and intensify consultation",
// "warning that").
func (t *tree) misreadConjunct(n, h node) node {
	m := n
	if len(t.kids(n, is("det"))) == 0 {
		return m
	}
	for _, k := range t.kids(h, is("obj", "obl")) {
		if k < n && t.nominal(k) {
			m = k
		}
	}
	return m
}
