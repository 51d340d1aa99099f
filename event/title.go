package event

import (
	"slices"
	"strings"
	"unicode"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/nlp/wordnet"
)

// name returns the display name of an actor id.
func (s *sent) name(id string) string {
	if n := s.d.name(id); n != "" {
		return n
	}
	return id
}

// title composes a short title: the headline the parse gives (headline.go),
// else for a bare definite noun ("the massacre") the headline of the same
// trigger told earlier in the document, else one from the mention's agents, type and counterpart,
// target or location: "Putin visits Pyongyang", "Shoigu meets Kim Jong
// Un", "Kim and Putin sign agreement"; with no side and no place, the
// sentence's place (titleplace.go).
func (s *sent) title(t *trigger, m *Mention) string {
	return shorten(s.dropSaidPlace(dropDoubled(s.placeTitle(s.visitedPlace(s.dropNamedSide(s.dropRepeat(s.compose(t, m), m), m), t, m), t, m)), m))
}

// dropSaidPlace leaves out the closing place phrase of a title longer
// than maxTitleChars that tells what is said (saidBefore), when the
// phrase names the mention's place ("... says his country will fulfil
// the statement at Sun-an Airport"): where it was said, which such a
// title does without, and which shorten, never cutting inside what is
// said, would leave.
func (s *sent) dropSaidPlace(title string, m *Mention) string {
	if len(title) <= maxTitleChars || m.Location == "" || !saidBefore(title, len(title)) {
		return title
	}
	place := s.name(m.Location)
	for p := range placeCases { // (one preposition at most ends the title)
		if before, ok := strings.CutSuffix(title, " "+p+" "+place); ok {
			return before
		}
	}
	return title
}

// visitedPlace turns a visit's title that ends on its type's phrase alone
// ("Chirac makes visit") into one of the place the mention holds, when the
// title does not name it ("Chirac visits Mali"), or that ends on the
// visit's own noun after its light verb ("Zoellick starts visit" → "...
// starts visit to Germany").
func (s *sent) visitedPlace(title string, t *trigger, m *Mention) string {
	tw, hw := theHeadWords.Types[Visit], theHeadWords
	if m.Type != Visit || m.Location == "" || tw.Alone == "" {
		return title
	}
	place := s.name(m.Location)
	if place == "" || strings.Contains(title, place) {
		return title
	}
	for _, plural := range []bool{false, true} {
		if before, ok := strings.CutSuffix(title, " "+hw.present(tw.Alone, plural)); ok && before != "" {
			return before + " " + hw.present(tw.Verb, plural) + " " + place
		}
	}
	if t.noun && strings.HasSuffix(title, " "+t.lemma) && strings.Count(title, " ") >= 2 {
		return title + " to " + place
	}
	return title
}

// dropDoubled leaves out a lower-case word told twice in a row, which
// the pieces of a title may each bring ("find guilty" and its
// complement: "members find guilty guilty"; "calls calls for"); a name
// said twice stays ("Sirhan Sirhan").
//
// A run of lower-case words told twice in a row goes the same way, which
// an object's own phrase and the verb's may each bring ("sentences three
// men for attack for attack on embassy" → "... for attack on embassy"),
// up to maxDoubledRun words; so does a run a lower-case word opens, a
// side's phrase each may bring ("in talks with Acme Bank with Acme
// Bank").
func dropDoubled(title string) string {
	var out []string
	for _, w := range strings.Fields(title) {
		if len(out) > 0 && w == out[len(out)-1] && strings.ToLower(w) == w && unicode.IsLetter(rune(w[0])) {
			continue
		}
		out = append(out, w)
	}
	for n := maxDoubledRun; n >= 2; n-- {
		for i := 0; i+2*n <= len(out); i++ {
			if (lowerRun(out[i:i+n]) || lowerRun(out[i:i+1])) && slices.Equal(out[i:i+n], out[i+n:i+2*n]) {
				out = append(out[:i+n], out[i+2*n:]...)
			}
		}
	}
	return strings.Join(out, " ")
}

// maxDoubledRun bounds the run of words dropDoubled finds told twice.
const maxDoubledRun = 4

// lowerRun reports whether every word of ws is a lower-case word.
func lowerRun(ws []string) bool {
	for _, w := range ws {
		if strings.ToLower(w) != w || !unicode.IsLetter(rune(w[0])) {
			return false
		}
	}
	return true
}

// dropNamedSide leaves out a closing "with X" whose side X the title names
// before it already, by its name or a word derived from it ("Media hails
// Iraqi courtroom drama with Iraq" → "Media hails Iraqi courtroom
// drama"): the side is the modifier's country, no other party to it.
func (s *sent) dropNamedSide(title string, m *Mention) string {
	for _, p := range m.Participants {
		if p.Role != Counterpart {
			continue
		}
		a := s.name(p.ActorID)
		before, ok := strings.CutSuffix(title, " with "+a)
		if !ok {
			continue
		}
		for _, w := range strings.Fields(before) {
			if w == a || derivedName(a, w) {
				return before
			}
		}
	}
	return title
}

// maxTitleChars bounds a title's length: a longer one loses its last
// prepositional phrases (shorten).
const maxTitleChars = 80

// cutBefore are the words a long title may be cut before: each
// preposition opens a phrase a headline can do without (a place, a side, a
// cause), "and" a last conjunct ("to free journalists and political
// prisoners"); never "to" or "of", whose phrase may be the verb's own
// ("urges military to support", "calls for ouster of").
var cutBefore = []string{" in ", " at ", " near ", " with ", " for ", " from ", " on ", " after ", " over ", " and "}

// minConjunctCut is the least length a title cut before "and" keeps: a
// last conjunct goes only from a title that stays nearly whole ("Sudan
// People's Liberation Movement Army and Government ... agree" is kept).
const minConjunctCut = maxTitleChars * 3 / 4

// minCutKeep is the least length a cut title keeps: a cut that leaves
// less takes what the verb says with it ("United Nations envoy calls on
// the international community to respond ..." → "United Nations envoy
// calls"), so the title is kept whole instead.
const minCutKeep = maxTitleChars / 2

// shorten returns title cut to at most maxTitleChars at a phrase
// boundary: before the last of cutBefore's prepositions that leaves it
// short enough and at least three words and minCutKeep characters; a
// title no such cut shortens enough, or whose cut would fall inside what
// is said (saidBefore), is kept whole, never cut mid-phrase.
func shorten(title string) string {
	if len(title) <= maxTitleChars {
		return title
	}
	best := -1
	for _, p := range cutBefore {
		for i := 0; ; {
			j := strings.Index(title[i:], p)
			if j < 0 {
				break
			}
			i += j
			if i <= maxTitleChars && i > best && i >= minCutKeep && len(strings.Fields(title[:i])) >= 3 && (p != " and " || i >= minConjunctCut) {
				best = i
			}
			i++
		}
	}
	if best < 0 || saidBefore(title, best) {
		return title
	}
	return title[:best]
}

// maxSaidChars bounds the title of a statement that tells what is said
// in the clause's own words (plainReported) when no such title fits
// maxTitleChars: a longer title that says what was said is worth more
// than the bare "issues statement" ("Census department says seasonally
// adjusted jobless rate falls to four-year low").
const maxSaidChars = 100

// saidBefore reports whether title tells what is said ("X says ...")
// with its verb of saying before the byte at cut: the clause after it was
// fitted at its own phrase boundaries (plainClause), and a cut inside it
// would tear it ("says cold air late").
func saidBefore(title string, cut int) bool {
	for _, plural := range []bool{false, true} {
		if i := strings.Index(title, " "+theHeadWords.present("say", plural)+" "); i >= 0 && i < cut {
			return true
		}
	}
	return false
}

// dropRepeat leaves out an agent's name repeated as a modifier of the
// object ("Gaza reaches Gaza truce agreement" → "Gaza reaches truce
// agreement").
func (s *sent) dropRepeat(title string, m *Mention) string {
	for _, p := range m.Participants {
		if p.Role != Agent {
			continue
		}
		a := s.name(p.ActorID)
		rest, ok := strings.CutPrefix(title, a+" ")
		verb, obj, _ := strings.Cut(rest, " ")
		after, repeated := strings.CutPrefix(obj, a+" ")
		if ok && repeated && after != "" && strings.ToLower(after[:1]) == after[:1] {
			// right after the verb, before a common noun (not "Sudan
			// People's Liberation Movement")
			return a + " " + verb + " " + after
		}
	}
	return title
}

// compose builds the title (see title).
func (s *sent) compose(t *trigger, m *Mention) string {
	var agents, others []string
	onlyTargets := true // every other side is a target
	group := false      // the one agent is a group named in the plural ("South Korean militaries")
	for _, p := range m.Participants {
		switch p.Role {
		case Agent:
			agents = append(agents, s.name(p.ActorID))
			group = groupName(p.ActorID, agents[len(agents)-1])
		case Counterpart, Target, Recipient:
			others = append(others, s.name(p.ActorID))
			onlyTargets = onlyTargets && p.Role == Target
		}
	}
	loc := ""
	if m.Location != "" && !s.contentPlace(t, m) {
		loc = s.name(m.Location) // not "Criticism in Darfur" for "denounced attacks in Darfur"
	}
	thing := s.objectName(t)
	if thing != "" && !hasRoles(m) {
		// "Ijaw communities reached an agreement": with no actor the
		// clause's own headline says who, where "Agreement" would not
		if h, full := s.headline(t, m); full && strings.Contains(h, " ") {
			return h
		}
	}
	if thing == "" {
		h, full := s.headline(t, m)
		key, typeKey := string(m.Type)+" "+t.lemma, string(m.Type)
		back := t.noun && !hasRoles(m) && s.definite(t)
		switch {
		case h != "" && !full && back && s.d.mem.fullHeadline[key]:
			// "the massacre started": the full headline of the event it
			// refers to says more than "Massacre starts"
			return s.d.mem.headline(key)
		case h != "":
			if strings.Contains(h, " ") {
				s.d.mem.noteHeadline(key, h, full)
				s.d.mem.noteHeadline(typeKey, h, full)
			}
			return h
		case back:
			// "the massacre", told bare after "the massacre of more than
			// 200 prisoners", "the blast" after "a suicide bombing killed
			// nine": the headline of the event it refers to, the last of
			// its trigger, else of its type
			if r := cmpOr(s.d.mem.headline(key), s.d.mem.headline(typeKey)); r != "" {
				return r
			}
		}
	}
	tw, hw := theHeadWords.Types[m.Type], theHeadWords
	var b strings.Builder
	obj := strings.Join(others, " and ")
	if len(agents) == 0 && t.noun && s.tr != nil && !symmetric[m.Type] && m.Type != Visit {
		// the parse found no side the noun's own phrase names ("fighting
		// on the Russian side" is no fight against Russia); the other
		// side of talks or a truce, or a visit's host, stays
		obj = ""
	}
	if m.Type == Visit && loc != "" {
		obj, loc = loc, ""
	}
	if thing != "" {
		if text, many, ok := s.textDoer(t, m); ok {
			agents, group = []string{text}, many // "Norwegian shipping firm reaches deal", not "Norway" (headdoer.go)
		}
		verb := objectVerb(t, m.Type)
		if len(agents) == 0 {
			if noun := objectNoun(t, m.Type); noun != "" {
				b.WriteString(capitalize(noun) + " " + thing)
			} else {
				b.WriteString(capitalize(thing))
			}
		} else {
			b.WriteString(strings.Join(agents, " and "))
			if len(agents) > 1 || group {
				verb = plural(verb)
			}
			b.WriteString(" " + verb + " " + thing)
		}
		if obj != "" && !hostile[m.Type] {
			if cw := s.objectSide(t, m); cw != "" {
				b.WriteString(" " + cw + " " + obj)
			}
		}
		if loc != "" {
			b.WriteString(" in " + loc)
		}
		return b.String()
	}
	if len(agents) == 0 && obj != "" && m.Type == Appointment {
		// "newly appointed ministers Chubais and Nemtsov": the appointees
		b.WriteString(capitalize(obj) + " " + hw.participle(tw.Verb))
		if loc != "" {
			b.WriteString(" in " + loc)
		}
		return b.String()
	}
	if patients := s.patientNames(m); len(agents) == 0 && obj != "" && patients != "" && tw.Patient {
		// no agent, a person or group done to: patient first, with the
		// verb's participle ("Jerry Stuchiner convicted", "Rafiq Hariri
		// killed"), never "Verdict on Jerry Stuchiner"
		b.WriteString(capitalize(patients) + " " + hw.participle(titleVerb(t, tw)))
		if loc != "" {
			b.WriteString(" in " + loc)
		}
		return b.String()
	}
	if lx := s.d.lx; len(agents) == 0 && obj != "" && len(others) > 0 && onlyTargets && m.Type != Visit && !tw.Patient && !t.noun && t.lemma != "" && !strings.Contains(t.lemma, " ") &&
		lx != nil && !lx.needsPattern[t.lemma] && !lx.light[t.lemma] {
		// no agent, a verb done to its targets: they come first, with
		// the verb's participle ("Sunni militants denounced"), never the
		// type's name ("Disapprove with militants")
		b.WriteString(capitalize(obj) + " " + hw.participle(t.lemma))
		if inf := s.triggerInfinitive(t, m); inf != "" {
			b.WriteString(" " + inf) // "Citizens urged to shun violence", never bare "Citizens urged"
		} else {
			b.WriteString(s.triggerCharge(t, m)) // "Minister accused of taking bribes", never bare "Minister accused"
		}
	} else if len(agents) == 0 {
		if obj == "" {
			if own := s.ownClause(t, m); own != "" {
				return own // "Benchmark index gains 1.4 percent", never "Market movement" (headown.go)
			}
		}
		if t.noun {
			b.WriteString(capitalize(strings.ToLower(m.Trigger)))
		} else {
			b.WriteString(capitalize(TypeNoun(m.Type)))
		}
		switch {
		case obj != "" && m.Type == Visit:
			b.WriteString(" to " + obj)
		case obj != "" && hostile[m.Type] && tw.NounOf:
			b.WriteString(" of " + obj) // "Arrest of Egypt", not "Arrest on Egypt"
		case obj != "" && hostile[m.Type]:
			b.WriteString(" on " + obj)
		case obj != "" && tw.Prep != "" && tw.Prep != "of":
			// the type's own preposition: "Appeal to Kenya", "Aid to
			// Sudan" ("of" would read as whose: "Demand of Kenya")
			b.WriteString(" " + tw.Prep + " " + obj)
		case obj != "":
			b.WriteString(" with " + obj)
		case t.noun:
			// "the coup", "floods": a headline says the event happened
			// ("Coup staged", "Floods hit"), never the bare noun
			last := strings.ToLower(m.Trigger[strings.LastIndexByte(m.Trigger, ' ')+1:])
			if v, rest, ok := strings.Cut(theHeadWords.Nouns[t.lemma], " "); ok && strings.HasPrefix(rest, t.lemma) {
				// a noun the done act names ("cast ballots"): the act done
				// to it ("Ballots cast in Iraq"), never the bare noun
				b.WriteString(" " + hw.participle(v))
				if loc != "" {
					b.WriteString(" in " + loc)
				}
				return b.String()
			}
			if happen := happened(m.Type, last, pluralNoun(last)); happen == " held" || happen != "" && s.nounWord(t) {
				if loc != "" {
					return b.String() + happenedAt(m.Type, happen, " in "+loc)
				}
				if where := s.nounPlace(t, m); where != "" {
					return b.String() + happenedAt(m.Type, happen, where)
				}
				b.WriteString(happen)
			}
		}
	} else {
		b.WriteString(strings.Join(agents, " and "))
		verb := hw.present(tw.Verb, false)
		lx := s.d.lx
		switch {
		case t.ownVerb && obj != "" && !lx.needsPattern[t.lemma] && !lx.light[t.lemma]:
			// "condemns X", "praises X": the verb the dictionary coded,
			// with its object; alone it would read truncated ("Russia
			// condemns"), so the type's phrase stands instead.
			verb = thirdPerson(t.lemma)
		case verb == "":
			verb = strings.ToLower(m.Trigger)
		}
		// a verb that needs an object takes its phrase without one; two
		// agents complete a meeting ("Shoigu and Kim meet")
		if tw.Alone != "" && obj == "" && !(m.Type == Meeting && len(agents) > 1) {
			verb = hw.present(tw.Alone, false)
		}
		if len(agents) > 1 || group {
			verb = plural(verb)
		}
		b.WriteString(" " + verb)
		if obj != "" {
			if tw.Prep != "" {
				b.WriteString(" " + tw.Prep)
			}
			b.WriteString(" " + obj)
		}
	}
	if loc != "" && m.Type == MilitaryDeployment {
		b.WriteString(" to " + loc)
	} else if loc != "" {
		b.WriteString(" in " + loc)
	}
	return b.String()
}

// nounWord reports whether the parse tags trigger t's word a noun (NN*),
// as it does with no parse: "shot" read as a participle ("officer
// shot") is no event a noun names.
func (s *sent) nounWord(t *trigger) bool {
	if s.tree() == nil {
		return true
	}
	n, ok := s.triggerNode(t)
	return !ok || strings.HasPrefix(s.tr.w(n).XPOS, "NN")
}

// hasRoles reports whether a mention has a participant other than its
// place.
func hasRoles(m *Mention) bool {
	for _, p := range m.Participants {
		if p.Role != Location {
			return true
		}
	}
	return false
}

// groupName reports whether the actor id named name is a group named in
// the plural, which takes a plural verb: a generic agent ("South Korean
// militaries") or any other actor whose name ends in a plural common noun
// ("Zairean rebels") or, not a person's, in a plural naming people
// ("Senate Democrats", "North Koreans"), not in another capitalised word
// ("United States", "Doctors Without Borders").
func groupName(id, name string) bool {
	if !pluralNoun(name) {
		return false
	}
	last := name[strings.LastIndexByte(name, ' ')+1:]
	return strings.HasPrefix(id, actor.AgentPrefix) || last != "" && unicode.IsLower(rune(last[0])) ||
		!strings.HasPrefix(id, string(actor.Person)+":") && !strings.Contains(name, " of ") && peoplePlural(last)
}

// peoplePlural reports whether a capitalised word is a plural whose
// singular WordNet first knows as people ("Democrats", "Koreans",
// "Tutsis"; not "States", "Nations", "Times").
func peoplePlural(w string) bool {
	l := strings.ToLower(w)
	if !strings.HasSuffix(l, "s") || strings.HasSuffix(l, "ss") {
		return false
	}
	cs := wordnet.Senses(l[:len(l)-1])
	return len(cs) > 0 && cs[0] == wordnet.Person
}

// pluralNoun reports whether a name's last word reads as a plural noun
// ("militaries", "police"; not "bomber", "Congress").
func pluralNoun(name string) bool {
	w := strings.ToLower(name[strings.LastIndexByte(name, ' ')+1:])
	return w == "police" || w == "people" || w == "children" || strings.HasSuffix(w, "men") ||
		strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
}

// plural turns a title's third-person verb to the plural ("visits" →
// "visit", "supplies" → "supply").
func plural(phrase string) string {
	verb, rest, _ := strings.Cut(phrase, " ")
	switch {
	case strings.HasSuffix(verb, "ies"):
		verb = verb[:len(verb)-3] + "y"
	case strings.HasSuffix(verb, "xes"), strings.HasSuffix(verb, "shes"), strings.HasSuffix(verb, "ches"), strings.HasSuffix(verb, "sses"):
		verb = verb[:len(verb)-2]
	case strings.HasSuffix(verb, "s"):
		verb = verb[:len(verb)-1]
	}
	if rest != "" {
		return verb + " " + rest
	}
	return verb
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// objectVerb is the title verb before a named object: "agrees to"
// ("agrees to ceasefire"), "signs", "reaches" (an agreement told by its
// noun alone), "fires", "launches", "tests", "holds".
func objectVerb(t *trigger, typ Type) string {
	switch typ {
	case Agreement:
		switch {
		case t.lemma == "agree" || strings.HasPrefix(t.lemma, "agree "):
			return "agrees to"
		case t.noun && t.lemma != "signing":
			return "reaches" // "a US-brokered agreement reached on Tuesday"
		}
		return "signs"
	case WeaponsTest:
		switch t.lemma {
		case "fire":
			return "fires"
		case "launch":
			return "launches"
		}
		return "tests"
	}
	return "holds"
}

// objectNoun opens a title with no agent before a named object: "Test of
// anti-aircraft missiles"; "" when the object stands alone ("Ceasefire",
// "Freedom Shield exercise").
func objectNoun(t *trigger, typ Type) string {
	if typ != WeaponsTest {
		return ""
	}
	switch t.lemma {
	case "fire", "launch":
		return "launch of"
	}
	return "test of"
}

// patientNames returns the names of a mention's targets that are people
// or groups ("person:…", "agent:…"), joined as a headline does, else of
// such counterparts (an agentless act of a type done to someone has no
// other side: "those jailed were A and B"); a country or a place is no
// patient a participle title may name first ("United Arab Emirates
// seized"), so "" when only those are targets.
func (s *sent) patientNames(m *Mention) string {
	for _, r := range []Role{Target, Counterpart} {
		var names []string
		for _, p := range m.Participants {
			if p.Role == r && (strings.HasPrefix(p.ActorID, string(actor.Person)+":") || strings.HasPrefix(p.ActorID, actor.AgentPrefix)) {
				names = append(names, s.name(p.ActorID))
			}
		}
		if len(names) > 0 {
			return joinNames(names)
		}
	}
	return ""
}

// titleVerb returns the base-form verb a patient-first title puts in the
// participle: a verb trigger's own one-word lemma ("sentence",
// "murder"), else a noun trigger's verb (data/headlines.yaml nouns), else
// the first word of its type's verb.
func titleVerb(t *trigger, tw typeWords) string {
	if !t.noun && t.lemma != "" && !strings.Contains(t.lemma, " ") {
		return t.lemma
	}
	if v, ok := theHeadWords.Nouns[t.lemma]; ok && !strings.Contains(v, " ") {
		return v
	}
	return strings.Fields(tw.Verb)[0]
}
