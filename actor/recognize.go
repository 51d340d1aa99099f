package actor

import (
	"slices"
	"strconv"
	"strings"

	"github.com/chronograph-news/chronograph/nlp/wordnet"
	"github.com/chronograph-news/chronograph/token"
)

// candKind says how a candidate names its actor.
type candKind uint8

const (
	candEntity  candKind = iota // a gazetteer name: ids holds its readings
	candPerson                  // an unknown person's name
	candOrg                     // an unknown organization's name
	candPlace                   // an unknown place's name
	candSurname                 // one capitalized word that may be a known person's short name
	candCountry                 // a demonym standing for its country: ids[0]
	candKnown                   // capitalized words: a name only if already known
	candAgent                   // a generic agent of a country ("Israeli police"): ids[0]
)

// candidate is a recognized mention before resolution.
type candidate struct {
	kind        candKind
	first, last int // tokens
	ids         []string
	role        string
	affil       string // country id from a title, demonym or possessive
	location    bool
	acronym     bool   // "(ISW)" after a name: same actor as the candidate before
	skip        int    // leading tokens of the mention that are not the name ("Brazilian")
	sector      string // candAgent: the agent's sector ("COP")
	// bare: a candAgent named bare that its context resolved ("Police in
	// Ghana", stationedCountry): not a qualified name of the agent.
	bare bool
	// attributive: a candSurname between "the" and a common noun ("the
	// Best family", "the Harper camp"): it may name a body ("the Yukos
	// group") but never the person of that surname.
	attributive bool
	// party: the country (country:ISO) whose party a word for its members
	// names ("Democrats"), the party's actor only in a story of that
	// country (partymember.go).
	party string
	// home: for a bare candAgent of the lexicon's home agents, the one
	// country its sentence names (sentenceCountry), its country when the
	// document's mentions resolve it to none (bareagent.go).
	home string
	// own: a bare candAgent that is an actor of its own when nothing
	// resolves its country (stationed_agents, "a suicide bomber"): an
	// agent of no country, not no actor (bareagent.go).
	own bool
	// sentence: the first token of the candidate's sentence (strayword.go).
	sentence int
}

// recognizer interprets one sentence's items.
type recognizer struct {
	*lexer
	start int // the sentence's first token
	last  int // the token after the sentence's last
	its   []item
	out   []candidate
	named bool // the name finder was asked for the sentence's names
}

// sentence recognizes the candidates of the sentence of tokens [first, last).
func (l *lexer) sentence(first, last int) []candidate {
	r := &recognizer{lexer: l, start: first, last: last, its: l.items(first, last)}
	for p := 0; p < len(r.its); {
		p = r.at(p)
	}
	for i := range r.out {
		r.out[i].sentence = first
	}
	return r.out
}

// at recognizes what starts at item p and returns the next item to look at.
func (r *recognizer) at(p int) int {
	its := r.its
	it := its[p]
	if next, ok := r.nicknamed(p, "", ""); ok {
		return next // Stanley "Tookie" Williams
	}
	if it.kind == itemDemonym && p+1 < len(its) && its[p+1].kind == itemCap && its[p+1].first == it.last && r.g.lex.placeSuffixes[its[p+1].key] && r.runEnds(its[p+1].last) {
		// "the Indian Ocean", "the Arabian Sea": a place named with a
		// demonym, not the state
		r.emit(candidate{kind: candPlace, first: it.first, last: its[p+1].last, location: true}, p+2)
		return p + 2
	}
	if r.hyphenPlace(p) {
		return p + 1 // "Singapore-listed CapitaLand": no actor, no place of the event
	}
	// Qualifier: a demonym, or a country name with a possessive.
	country, q := r.qualifier(p)
	if q > p {
		if next, ok := r.titled(q, country); ok {
			return next
		}
		if next, ok := r.qualifiedEntity(q, country); ok {
			return next // "Saudi King Abdullah": the person of that country
		}
		if next, ok := r.org(p, q, country); ok {
			return next
		}
		if next, ok := r.agent(p, q, country); ok {
			return next
		}
		if next, ok := r.personNoun(p, country); ok {
			return next // "a Spanish businessman": a person of Spain
		}
		if it.kind == itemDemonym {
			if r.counted(p) || r.pluralDemonym(p) || r.oneOfPeople(p) || r.personDemonym(p) || r.ethnicPeople(p) {
				// "hundreds of Palestinians", "the Serbs voted", "ethnic
				// Ardenians": the country's people, not its state
				id := AgentPrefix + strings.TrimPrefix(country, "country:") + ":" + peopleAgent
				r.emit(candidate{kind: candAgent, first: it.first, last: it.last, ids: []string{id}, affil: country, sector: peopleSector}, p+1)
				return p + 1
			}
			c := candidate{kind: candCountry, first: it.first, last: it.last, ids: []string{country}}
			if n := p + 1; n < len(its) && its[n].kind == itemOther && r.g.lex.landNouns[its[n].key] && !isCapitalized(r.toks[its[n].first].Text) {
				c.location = true // "off the Somali coast": a place of the country
			}
			r.out = append(r.out, c)
			return p + 1
		}
	}
	switch it.kind {
	case itemEvent:
		return r.afterNumber(p + 1)
	case itemTitle, itemOther:
		if next, ok := r.titled(p, ""); ok {
			return next
		}
		if next, ok := r.levelBodyOf(p); ok {
			return next // "the provincial government of Punjab"
		}
		if next, ok := r.describedOrg(p); ok {
			return next
		}
		if next, ok := r.countedAgent(p); ok {
			return next
		}
		if next, ok := r.unaffiliated(p); ok {
			return next
		}
		if next, ok := r.countedCrowd(p); ok {
			return next // "3,000 drunken youths"
		}
		if next, ok := r.bareAgent(p); ok {
			return next // "police", resolved by the document's "Indonesian police"
		}
		return p + 1
	case itemEntity:
		if next, ok := r.orgTitled(p); ok {
			return next
		}
		if e := r.g.entry(it.ids[0]); e.Kind == Country && !r.locative(p) {
			if next, ok := r.agent(p, p+1, e.ID); ok {
				return next // "U.S. troops"
			}
		}
		if next, ok := r.placeAgent(p); ok {
			return next // "Istanbul police": Turkey's police, in Istanbul
		}
		if next, ok := r.namesakeOrg(p); ok {
			return next // "the Sudan People's Liberation Army": not China's
		}
		if end := r.capEnd(p, true); end-p >= 2 && r.eventHead(end) {
			return r.afterNumber(end) // "Falklands War", "Iraq War"
		}
		if end := r.capEnd(p, true); end-p >= 2 && its[end-1].kind == itemCap && r.g.lex.placeSuffixes[its[end-1].key] {
			// "Victoria Station", "Kim Il Sung Square": a place of its own.
			r.emit(candidate{kind: candPlace, first: it.first, last: its[end-1].last, location: true}, end)
			return end
		}
		if end := r.capEnd(p, true); end-p >= 2 && (r.orgHead(end) || r.jointRun(p, end) && r.headEnd(end)) {
			// "Arctic Council", "Ukraine Defense Ministry", "AU Peace
			// and Security Council".
			c := candidate{kind: candOrg, first: it.first, last: its[end-1].last}
			if e := r.g.entry(it.ids[0]); e.Kind == Country && its[p+1].kind == itemCap {
				c.skip, c.affil = its[p+1].first-it.first, e.ID // "U.S. Navy"
			}
			r.emit(c, end)
			return end
		}
		if end, ok := r.placeTeam(p); ok {
			// "the Boston Red Sox", "the New York Yankees": a team or a
			// paper named after its city, no place
			r.emit(candidate{kind: candOrg, first: it.first, last: its[end-1].last}, end)
			return end
		}
		c := candidate{kind: candEntity, first: it.first, last: it.last, ids: it.ids, location: r.locative(p) || r.dateline(p)}
		if r.direction(p) && r.g.entry(it.ids[0]).Kind == Country {
			c.location = true // "southern Sudan": a region of Sudan, not another state
		}
		if r.placeThenState(p) || r.stateAfterPlace(p) || r.possessivePlace(p) {
			c.location = true // "Juba, southern Sudan", "Kharkiv, Ukraine"
		}
		if r.personReading(it.ids) {
			r.apposition(&c, p+1)
		}
		r.emit(c, p+1)
		return p + 1
	case itemCap:
		if r.sentenceOpening(it.first) {
			if next, ok := r.unaffiliated(p); ok {
				return next // "Gunmen stormed …"
			}
			if next, ok := r.bareAgent(p); ok {
				return next // "Police arrested …"
			}
		}
		return r.capRun(p)
	}
	return p + 1
}

// sentenceOpening reports whether token i opens the sentence, or its
// quotation when the sentence opens with a quotation mark ("\"Police
// dispersed the crowd," an officer said): a word there is capitalized
// whatever it is.
func (r *recognizer) sentenceOpening(i int) bool {
	return i == r.start || i == r.start+1 && quoteMarks[r.toks[r.start].Text]
}

// quoteMarks are the tokens that set off a nickname inside a person's name.
var quoteMarks = wordList("quote_marks")

// nicknamed recognizes a person's name with a nickname in quotation marks
// between the given name and the surname at item p: Stanley "Tookie"
// Williams, Randy "Duke" Cunningham. The given name is a capitalized
// word the lexicon knows as one or that begins a person's name of the
// name finder, or a word the gazetteer reads otherwise ("Stanley", a
// capital), not one of not_person;
// one or two capitalized words stand in the quotation marks and one or
// two after them. The person takes the role and affiliation of a title
// before the name ("congressman"). It returns the item after the name.
func (r *recognizer) nicknamed(p int, role, affil string) (int, bool) {
	its := r.its
	it := its[p]
	if it.kind != itemCap && it.kind != itemEntity || it.last-it.first != 1 || r.g.lex.notPerson[it.key] {
		return p, false
	}
	t := it.last
	capWord := func(i int) bool {
		return i < r.last && r.toks[i].Kind == token.Word && isCapitalized(r.toks[i].Text) && !isAllCaps(r.toks[i].Text)
	}
	if t >= r.last || !quoteMarks[r.toks[t].Text] || !capWord(t+1) {
		return p, false
	}
	t += 2
	if capWord(t) {
		t++
	}
	if t >= r.last || !quoteMarks[r.toks[t].Text] || !capWord(t+1) {
		return p, false
	}
	t += 2
	if capWord(t) {
		t++
	}
	end := p
	for end < len(its) && its[end].first < t {
		end++
	}
	if end == len(its) && t < r.last || end < len(its) && its[end].first != t {
		return p, false // the surname ends inside an item
	}
	if it.kind == itemCap && !r.g.lex.firstNames[it.key] && !r.personStarts(it.first) {
		return p, false // last: the name finder runs on the sentence only for a name of this shape
	}
	r.emit(candidate{kind: candPerson, first: it.first, last: t, role: role, affil: affil}, end)
	return end, true
}

// runEnds reports whether no word of a longer name follows token t: no
// capitalized word, no slash or hyphen joining one ("the Cambodian Mine
// Action Center", "the Cambodian Mine/UXO Information System").
func (r *recognizer) runEnds(t int) bool {
	if t >= r.last {
		return true
	}
	w := r.toks[t].Text
	return !(r.toks[t].Kind == token.Word && isCapitalized(w)) && w != "/" && w != "-"
}

// peopleAgent and peopleSector name the generic agent a plural demonym,
// counted or not, stands for: Phoenix's agent PPL, "people".
const (
	peopleAgent  = "people"
	peopleSector = "PPL"
)

// counted reports whether item p is a plural demonym counted as people:
// after a number or a word of counts ("two Israelis", "hundreds of
// Palestinians", "24 Iraqis").
func (r *recognizer) counted(p int) bool {
	it := r.its[p]
	w := r.toks[it.last-1].Text
	if it.kind != itemDemonym || it.last-it.first != 1 || !strings.HasSuffix(w, "s") ||
		r.g.demonyms[nameKey(strings.TrimSuffix(w, "s"))] != it.country {
		return false
	}
	return r.countBefore(it.first)
}

// oneOfPeople reports whether item p is a one-word singular demonym
// counted as one person: after a word of single_counts ("one Italian", "a
// Briton") and ending its phrase (a punctuation mark but one of
// joiningMarks, the sentence's end or a word of person_ends after it: "one Italian and two Britons were
// kidnapped", "a Briton died"); "an Italian company" stays the country's.
func (r *recognizer) oneOfPeople(p int) bool {
	it := r.its[p]
	if it.kind != itemDemonym || it.last-it.first != 1 || it.first-1 < r.start || !r.g.lex.singleCounts[nameKey(r.toks[it.first-1].Text)] {
		return false
	}
	return r.endsPhrase(it.last)
}

// endsPhrase reports whether a demonym's phrase ends before token n: at
// the sentence's end, a punctuation mark but one of joiningMarks, or a
// word of person_ends.
func (r *recognizer) endsPhrase(n int) bool {
	return n >= r.last || r.toks[n].Kind == token.Punct && !joiningMarks[r.toks[n].Text] || r.g.lex.personEnds[nameKey(r.toks[n].Text)]
}

// ethnicPeople reports whether item p is a one-word demonym after a word
// of ethnic_markers that ends its phrase (endsPhrase: "expelled ethnic
// Ardenians for entering", "one ethnic Ardenian was freed"): a people
// told by its origin, often another state's citizens, never the state.
func (r *recognizer) ethnicPeople(p int) bool {
	it := r.its[p]
	if it.kind != itemDemonym || it.last-it.first != 1 || it.first-1 < r.start || !r.g.lex.ethnicMarkers[nameKey(r.toks[it.first-1].Text)] {
		return false
	}
	return r.endsPhrase(it.last)
}

// joiningMarks join a demonym to the word after it ("an Israeli-US
// summit", "a Franco/German plan", a quoted noun: "a Russian \"hit
// squad\""): no end of its phrase.
var joiningMarks = wordList("joining_marks")

// pluralDemonym reports whether item p is a demonym in its plural form
// ("Serbs", "the Palestinians", "rebel Serbs"): a people named, who may
// live outside the country ("Serbs of Croatia"), not its state; "Serb",
// "Serbian", "Chinese" and "Swiss" stay the country's.
func (r *recognizer) pluralDemonym(p int) bool {
	it := r.its[p]
	w := r.spanText(it.first, it.last)
	if it.kind != itemDemonym || !strings.HasSuffix(w, "s") || !isCapitalized(w) {
		return false
	}
	one := nameKey(strings.TrimSuffix(w, "s"))
	return one != nameKey(w) && r.g.demonyms[one] == it.country // "Swiss" is no plural of "Swis"
}

// countBefore reports whether token i follows a number or a word of
// counts, directly or through "of" ("24 students", "hundreds of
// villagers").
func (r *recognizer) countBefore(i int) bool {
	q := i - 1
	if q >= r.start && strings.EqualFold(r.toks[q].Text, "of") {
		q-- // "hundreds of"
	}
	if q < r.start {
		return false
	}
	t := r.toks[q].Text
	return r.isCount(q) || t[0] >= '0' && t[0] <= '9'
}

// countedAgent recognizes a counted generic agent with no country of its
// own at item p ("24 students", "two civilians", "hundreds of
// villagers"): it belongs to the one country the sentence names (by name
// or demonym); with none or several it is no actor.
func (r *recognizer) countedAgent(p int) (int, bool) {
	its := r.its
	it := its[p]
	if it.kind != itemOther || !r.countBefore(it.first) {
		return p, false
	}
	country := r.victimCountry()
	if country == "" {
		return p, false
	}
	a, end := r.agentMatch(it.first, its[len(its)-1].last, false)
	if a == nil || !r.g.px.counted[a.Code] {
		return p, false
	}
	next := p
	for next < len(its) && its[next].first < end {
		next++
	}
	if next < len(its) && its[next].first != end || its[next-1].last != end {
		return p, false // the agent's name ends inside an item
	}
	id := AgentPrefix + strings.TrimPrefix(country, "country:") + ":" + slug(a.Name)
	r.emit(candidate{kind: candAgent, first: it.first, last: end, ids: []string{id}, affil: country, sector: a.Sector}, next)
	return next, true
}

// sentenceCountry returns the one country the sentence names, by a name
// or a demonym, or "" when it names none or several. A demonym on a
// mission noun ("outside the German embassy") does not count: the mission
// stands abroad, and the people around it are rarely its state's.
func (r *recognizer) sentenceCountry() string {
	return r.countryOfSentence(false)
}

// victimCountry is sentenceCountry for counted people, who may be the
// victims of the sentence's attack: a sentence that names an armed force
// or its weapons by a demonym or a state's name (armedName: "Russian
// forces", "Israeli tank shells") tells who attacks, not whose the people
// are, and gives them none ("Russian forces shelled the city, killing two
// civilians": no Russian civilians). Nor does the other state it names
// ("Israeli soldiers and four civilians were wounded on the Lebanese
// border": no Lebanese civilians).
func (r *recognizer) victimCountry() string {
	return r.countryOfSentence(true)
}

// armedLook is how many words after a demonym or a state's name
// armedName looks for an armed noun ("Israeli tank shells").
const armedLook = 2

// armedName reports whether item p, a demonym or a name, is followed
// within armedLook adjacent lower-case words by an armed noun
// (data/lexicon.yaml armed_nouns) that no word of speech follows: "the
// Philippine military said" tells who reports, not who attacks.
func (r *recognizer) armedName(p int) bool {
	end := r.its[p].last
	for n := p + 1; n < len(r.its) && n <= p+armedLook; n++ {
		it := r.its[n]
		if it.kind != itemOther || it.first != end || isCapitalized(r.toks[it.first].Text) {
			return false
		}
		if r.g.lex.armedNouns[it.key] {
			return !(n+1 < len(r.its) && r.its[n+1].kind == itemOther && r.g.lex.speech[r.its[n+1].key])
		}
		end = it.last
	}
	return false
}

// countryOfSentence is sentenceCountry, or "" when armed is true and the
// sentence names an armed force by its state (victimCountry).
func (r *recognizer) countryOfSentence(armed bool) string {
	one := ""
	for p, it := range r.its {
		c := ""
		if armed && (it.kind == itemDemonym || it.kind == itemEntity) && r.armedName(p) {
			return "" // whose the people are is no longer told
		}
		switch it.kind {
		case itemDemonym:
			if n := p + 1; n < len(r.its) && r.its[n].kind == itemOther && r.g.lex.missionNouns[r.its[n].key] {
				continue
			}
			c = it.country
		case itemEntity:
			if e := r.g.entry(it.ids[0]); e != nil && e.Kind == Country {
				c = e.ID
			}
		}
		if c == "" || c == one {
			continue
		}
		if one != "" {
			return ""
		}
		one = c
	}
	return one
}

// emit adds c and, when item p is "(ACRONYM)", the acronym as a second
// mention of the same actor. An unknown organization followed by the
// bracketed name of a known one that is not its initials ("Islamic
// Resistance Movement (Hamas)", "Federal Security Service (FSB)") is that
// known body; initials that spell the name before them define an acronym
// for it even when the acronym names another body elsewhere ("Australian
// Federal Police (AFP)").
func (r *recognizer) emit(c candidate, p int) {
	its := r.its
	bracket := p+2 < len(its) && its[p].kind == itemOpen && its[p+2].kind == itemClose
	initials := bracket && r.initials(c.first, c.last, its[p+1])
	if bracket && c.kind == candOrg && !initials && its[p+1].kind == itemEntity && r.g.entry(its[p+1].ids[0]).Kind == Organization {
		c.kind, c.ids, c.skip = candEntity, its[p+1].ids, 0
		r.out = append(r.out, c)
		return // the name in brackets is a mention in its own right
	}
	r.out = append(r.out, c)
	if c.kind == candEntity && !initials {
		if k := r.g.entry(c.ids[0]).Kind; k == Country || k == Place {
			return // "in Iraq (SCIRI)": the acronym is not the state's
		}
	}
	if bracket && (its[p+1].kind == itemCap || its[p+1].kind == itemEntity) &&
		isAllCaps(r.spanText(its[p+1].first, its[p+1].last)) && c.kind != candSurname && c.kind != candCountry {
		a := candidate{kind: c.kind, first: its[p+1].first, last: its[p+1].last, ids: its[p+1].ids, acronym: true}
		if initials && c.kind == candOrg {
			a.ids = nil // defines the acronym for the new body
		}
		r.out = append(r.out, a)
		its[p+1].kind = itemOther // consumed
	}
}

// initials reports whether the item in brackets spells the initials of the
// capitalized words of tokens [first, last): "MILF" of "Moro Islamic
// Liberation Front", "ISW" of "Institute for the Study of War".
func (r *recognizer) initials(first, last int, in item) bool {
	var acr []byte
	for t := in.first; t < in.last; t++ {
		for _, c := range []byte(r.toks[t].Text) {
			if c >= 'A' && c <= 'Z' {
				acr = append(acr, c)
			} else if c >= 'a' && c <= 'z' || c >= 0x80 {
				return false
			}
		}
	}
	var ini []byte
	for t := first; t < last; t++ {
		tok := r.toks[t]
		if tok.Kind == token.Word && isCapitalized(tok.Text) && !isPossessive(tok.Text) {
			ini = append(ini, tok.Text[0])
		}
	}
	return len(acr) >= 2 && string(acr) == string(ini)
}

// qualifier reads a demonym ("Russian") or a country name and a possessive
// ("Russia's") at item p; it returns the country and the item after it,
// or p when there is none.
func (r *recognizer) qualifier(p int) (string, int) {
	its := r.its
	switch it := its[p]; it.kind {
	case itemDemonym:
		return it.country, p + 1
	case itemEntity:
		e := r.g.entry(it.ids[0])
		if e.Kind != Country || p+1 >= len(its) {
			break
		}
		switch its[p+1].kind {
		case itemPoss: // "Russia's"
			return e.ID, p + 2
		case itemTitle: // "U.S. President"
			return e.ID, p + 1
		}
	}
	return "", p
}

// modifiers skips the lower-case modifiers ("top", "retired", "communist")
// from item p.
func (r *recognizer) modifiers(p int) int {
	for p < len(r.its) && r.its[p].kind == itemOther && r.g.lex.modifiers[r.its[p].key] && !isCapitalized(r.toks[r.its[p].first].Text) {
		p++
	}
	return p
}

// titled recognizes [modifiers] title... name at item p: a person with a
// role, affiliated with country when not "".
func (r *recognizer) titled(p int, country string) (int, bool) {
	its := r.its
	q := r.modifiers(p)
	role := ""
	for q < len(its) && its[q].kind == itemTitle {
		role = its[q].title
		q = r.modifiers(q + 1)
	}
	if role == "" || q >= len(its) {
		return p, false
	}
	q = r.portfolio(q)
	if its[q].kind == itemComma && q+1 < len(its) && (country != "" || isCapitalized(r.toks[its[q-1].first].Text)) {
		q++ // "Russia's foreign minister, Sergey Lavrov,"
	}
	if next, ok := r.nicknamed(q, role, country); ok {
		return next, true // "congressman Randy "Duke" Cunningham": the title's person
	}
	switch it := its[q]; it.kind {
	case itemEntity:
		if r.g.entry(it.ids[0]).Kind != Person && !r.personReading(it.ids) {
			return p, false
		}
		c := candidate{kind: candEntity, first: it.first, last: it.last, ids: it.ids, role: role, affil: country}
		r.emit(c, q+1)
		return q + 1, true
	case itemCap:
		end := r.particleEnd(r.capEnd(q, false))
		if r.orgHead(end) || !r.personish(q, end) || r.qualifiesTitle(end) {
			return p, false
		}
		q = r.fromFirstName(q, end)
		if px, ok := r.phoenixMatch(its[q].first, its[end-1].last); ok && px.last == its[end-1].last && r.personReading(px.ids) {
			// "Minister of Commerce Bo Xilai": a Phoenix name the
			// capitalized portfolio before it kept from being matched
			r.emit(candidate{kind: candEntity, first: px.first, last: px.last, ids: px.ids, role: role, affil: country}, end)
			return end, true
		}
		c := candidate{kind: candPerson, first: its[q].first, last: its[end-1].last, role: role, affil: country}
		if end-q == 1 {
			c.kind = candSurname // "President Bush": maybe the George W. Bush named before
		}
		r.apposition(&c, end)
		r.emit(c, end)
		return end, true
	}
	return p, false
}

// portfolio returns the item after the portfolio that "of", "for" or
// "and" at item q opens after a title, when a name follows it at once:
// "Minister of Commerce Bo Xilai", "Minister for Agriculture and
// Fisheries Dominique Bussereau", "Minister of State for Trade and
// Industry Lee Yi", "Minister of Foreign Affairs and Trade Simon Upton"
// (the title "Minister of Foreign Affairs"): capitalized words of the lexicon's portfolios, joined by "and",
// "of", "for" or "the", or by a comma before another ("Minister for
// Culture, Sports and the Arts"). q itself when there is no such portfolio or no
// name after it ("Minister of National Defense and Mariano ...").
func (r *recognizer) portfolio(q int) int {
	its := r.its
	word := func(k int) string { return strings.ToLower(r.toks[its[k].first].Text) }
	if its[q].kind != itemOther || its[q].last-its[q].first != 1 || !portfolioJoints[word(q)] || word(q) == "the" {
		return q
	}
	end := q
	for k := q + 1; k < len(its) && its[k].last-its[k].first == 1; k++ {
		t := r.toks[its[k].first].Text
		if isCapitalized(t) && r.g.lex.portfolios[fold(t)] {
			end = k + 1
			continue
		}
		if its[k].kind == itemOther && !isCapitalized(t) && portfolioJoints[word(k)] {
			continue
		}
		if its[k].kind == itemComma && k+1 < len(its) && its[k+1].last-its[k+1].first == 1 && isCapitalized(r.toks[its[k+1].first].Text) && r.g.lex.portfolios[fold(r.toks[its[k+1].first].Text)] {
			continue // "Minister for Fisheries, Consumer Affairs and the Arts"
		}
		break
	}
	if end == q || end >= len(its) || its[end].kind != itemCap && its[end].kind != itemEntity {
		return q
	}
	return end
}

// portfolioJoints are the words that join a portfolio's words: "Trade
// and Industry", "State for Education".
var portfolioJoints = wordList("portfolio_joints")

// qualifiesTitle reports whether item end, right after a capitalized
// word read after a title, is a lower-case title itself: the capitalized
// word then qualifies that title ("the chief Chechen negotiator": a
// Chechen negotiator, no person named Chechen).
func (r *recognizer) qualifiesTitle(end int) bool {
	its := r.its
	if end <= 0 || end >= len(its) || its[end].kind != itemTitle || its[end].first != its[end-1].last {
		return false
	}
	return !isCapitalized(r.toks[its[end].first].Text)
}

// agent recognizes a generic agent of Phoenix's (data/phoenix.yaml) at
// item q after the country qualifier of items [qp, q): "Israeli police",
// "Russia's troops", "U.S. soldiers". The mention spans the qualifier and
// the agent; its actor is the agent of that country, agent:ISO:name
// ("agent:ISR:police").
func (r *recognizer) agent(qp, q int, country string) (int, bool) {
	its := r.its
	if q >= len(its) || country == "" || its[q].kind != itemOther && its[q].kind != itemCap {
		return q, false
	}
	a, end := r.agentMatch(its[q].first, its[len(its)-1].last, qp+1 == q && its[qp].kind == itemEntity)
	if a == nil {
		return q, false
	}
	next := q
	for next < len(its) && its[next].first < end {
		next++
	}
	if next < len(its) && its[next].first != end || next > q && its[next-1].last != end {
		return q, false // the agent's name ends inside an item
	}
	id := AgentPrefix + strings.TrimPrefix(country, "country:") + ":" + slug(a.Name)
	r.emit(candidate{kind: candAgent, first: its[qp].first, last: end, ids: []string{id}, affil: country, sector: a.Sector}, next)
	return next, true
}

// otherBearer reports whether item p is a given name (first_names) right
// before a known person's surname (an entity item whose readings are all
// people) whose canonical names all begin with another given name: "Paul
// Harris" is not Kamala Harris, while "Kamala Harris" is matched whole.
func (r *recognizer) otherBearer(p int) bool {
	its := r.its
	if p+1 >= len(its) || its[p].kind != itemCap || its[p].last-its[p].first != 1 || !r.g.lex.firstNames[its[p].key] {
		return false
	}
	next := its[p+1]
	if next.kind != itemEntity || next.first != its[p].last || len(next.ids) == 0 {
		return false
	}
	given := strings.ToLower(r.toks[its[p].first].Text)
	for _, id := range next.ids {
		e := r.g.entry(id)
		if e.Kind != Person {
			return false
		}
		if f := strings.Fields(strings.ToLower(e.Name)); len(f) > 0 && f[0] == given {
			return false
		}
	}
	return true
}

// personReading reports whether one of ids is a person.
func (r *recognizer) personReading(ids []string) bool {
	for _, id := range ids {
		if r.g.entry(id).Kind == Person {
			return true
		}
	}
	return false
}

// org recognizes an organization after the country qualifier of items
// [qp, p): "Russian Foreign Ministry", "South Korea's National
// Intelligence Service". A known body of another state keeps its identity
// when its name is its own (an acronym such as "WTO" or "EU", or a proper
// name) and the qualifier is a mention of its country: "British EU
// presidency" names Britain and the EU. A generic name of one state's body
// ("Security Council", "Defense Ministry") is re-scoped to the qualifier's
// state.
func (r *recognizer) org(qp, p int, country string) (int, bool) {
	its := r.its
	if p >= len(its) {
		return p, false
	}
	switch it := its[p]; it.kind {
	case itemEntity:
		e := r.g.entry(it.ids[0])
		if e.Kind != Organization {
			return p, false
		}
		c := candidate{kind: candEntity, first: it.first, last: it.last, ids: it.ids, affil: country}
		if e.Affiliation != country {
			if !r.genericOrgName(it) {
				// its own body: the qualifier is its own country mention.
				r.out = append(r.out, candidate{kind: candCountry, first: its[qp].first, last: its[qp].last, ids: []string{country}})
				c.affil = ""
				r.emit(c, p+1)
				return p + 1, true
			}
			// another state's body of the same name.
			id := "org:" + strings.ToLower(strings.TrimPrefix(country, "country:")) + "-" + slug(r.spanText(it.first, it.last))
			if r.g.known(id) {
				c.ids = []string{id}
			} else {
				c.kind, c.ids = candOrg, nil
			}
		}
		r.emit(c, p+1)
		return p + 1, true
	case itemCap:
		end := r.capEnd(p, true)
		if !r.orgHead(end) {
			return p, false
		}
		c := candidate{kind: candOrg, first: it.first, last: its[end-1].last, affil: country}
		if d := its[p-1]; d.kind == itemDemonym {
			c.first, c.skip = d.first, it.first-d.first // "Brazilian Health Ministry"
		}
		r.emit(c, end)
		return end, true
	}
	return p, false
}

// teamWords bounds the capitalized words after a city's name that
// placeTeam takes for the name of a body named after the city.
const teamWords = 2

// placeTeam returns the end of a body's name made of a known place's name
// (no country) and, right after it, one to teamWords capitalized words,
// the last a plural, that are no place word, given name, event word nor
// word that is never a name ("the New York Yankees", "the Moscow Times"):
// the name of a team or a paper, not the place; false otherwise ("the
// Doha Round", "the Beijing Summit" are no bodies).
func (r *recognizer) placeTeam(p int) (int, bool) {
	its := r.its
	it := its[p]
	if e := r.g.entry(it.ids[0]); e == nil || e.Kind != Place || r.personReading(it.ids) {
		return p, false
	}
	end := p + 1
	for end < len(its) && end-p <= teamWords && its[end].kind == itemCap && its[end].first == its[end-1].last {
		k := its[end].key
		if r.g.lex.placeHeads[k] || r.g.lex.placeSuffixes[k] || r.g.lex.firstNames[k] || r.g.lex.nonNames[k] || r.g.lex.directions[k] {
			return p, false
		}
		end++
	}
	if end == p+1 || end < len(its) && its[end].kind == itemCap && its[end].first == its[end-1].last {
		return p, false // none, or a longer run: another rule's name
	}
	if w := r.toks[its[end-1].last-1].Text; !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || r.eventHead(end) {
		return p, false // "the Doha Round", "the Beijing Summit", "Congress": no team's plural
	}
	return end, true
}

// particleEnd returns end moved past each lower-case particle of a
// surname (data/lexicon.yaml name_particles: "de", "van", "bin") and the
// capitalized word after it ("Herve de Charette", "Ruud van Nistelrooy"),
// the end of a person's name whose run of capitals stopped at end.
func (r *recognizer) particleEnd(end int) int {
	its := r.its
	for end+1 < len(its) && its[end].kind == itemOther && r.g.lex.nameParticles[its[end].key] &&
		!isCapitalized(r.toks[its[end].first].Text) && its[end+1].kind == itemCap {
		end += 2
		for end < len(its) && its[end].kind == itemCap {
			end++
		}
	}
	return end
}

// namesakeOrg recognizes a country's name right before the name of a
// known organization of another country, written out (no acronym), as one
// organization of the first country that bears a like name ("the Sudan
// People's Liberation Army" is no part of China's People's Liberation
// Army): an unknown organization over both, affiliated to the country.
func (r *recognizer) namesakeOrg(p int) (int, bool) {
	its := r.its
	it := its[p]
	if p+1 >= len(its) || its[p+1].kind != itemEntity || its[p+1].first != it.last {
		return p, false
	}
	e, o := r.g.entry(it.ids[0]), r.g.entry(its[p+1].ids[0])
	if e.Kind != Country || o == nil || o.Kind != Organization || o.Affiliation == "" || o.Affiliation == e.ID ||
		isAllCaps(r.spanText(its[p+1].first, its[p+1].last)) {
		return p, false
	}
	r.emit(candidate{kind: candOrg, first: it.first, last: its[p+1].last, affil: e.ID}, p+2)
	return p + 2, true
}

// genericOrgName reports whether the organization name of item it is a
// generic one that many states' bodies bear ("Security Council", "Defense
// Ministry", "parliament"): not an acronym, and every word is an
// organization head word, a title, a modifier or a word that names of
// bodies of two or more states share ("Intelligence"), not a proper name
// ("Interpol", "European Union").
func (r *recognizer) genericOrgName(it item) bool {
	if isAllCaps(r.spanText(it.first, it.last)) {
		return false
	}
	head := false
	for t := it.first; t < it.last; t++ {
		if r.toks[t].Kind == token.Punct || r.folds[t] == "" {
			continue
		}
		k := r.keys[t]
		switch {
		case r.g.lex.orgHeads[k]:
			head = true
		case r.g.lex.connect[k], r.g.lex.modifiers[k], r.g.lex.notPerson[k], r.g.orgWords[k]:
		default:
			if _, title := r.g.lex.titles[k]; !title {
				return false
			}
		}
	}
	return head
}

// capEnd returns the end of the run of capitalized items from p; with
// connectors, lower-case connectors between capitals ("Institute for the
// Study of War") are part of it.
func (r *recognizer) capEnd(p int, connectors bool) int {
	its := r.its
	end := p
	for q := p; q < len(its); {
		if its[q].kind == itemCap || connectors && (its[q].kind == itemEntity || its[q].kind == itemDemonym) {
			q++
			end = q
			continue
		}
		if connectors && its[q].kind == itemOther && r.g.lex.connect[its[q].key] && !isCapitalized(r.toks[its[q].first].Text) {
			if strings.ToLower(r.toks[its[q].first].Text) == "the" && (q == p || its[q-1].kind != itemOther || !r.g.lex.connect[its[q-1].key]) {
				break // "in Frankfurt the Dax gained": an article opens the next phrase; "Bank of the East" keeps it
			}
			q++
			continue
		}
		if connectors && its[q].kind == itemOther && r.g.lex.nameAdjectives[its[q].key] && isCapitalized(r.toks[its[q].first].Text) {
			q++ // "Moro Islamic Liberation Front"
			end = q
			continue
		}
		if connectors && its[q].kind == itemEvent && q > p && q+1 < len(its) && its[q+1].kind == itemCap {
			q++ // "Doha Asian Games Organizing Committee"
			end = q
			continue
		}
		if connectors && r.namePossessive(q) && q > p {
			q++ // "Sudan People's Liberation Movement"
			continue
		}
		if e, ok := r.ampersandCorp(p, q); connectors && ok {
			q, end = e, e // "Water & Electric Corp."
			continue
		}
		if e, ok := r.bodyJoint(p, q); connectors && ok {
			q, end = e, e // "State Planning and Pricing Commission"
			continue
		}
		break
	}
	return end
}

// ampersandCorp reports whether the item q inside a run of capitalized
// items from p is "&" and the run after it, with connectors, ends in a
// corporate suffix (data/lexicon.yaml, corporate_suffixes): one company's
// name ("China International Water & Electric Corp.", "Smith & Nephew
// Holdings"); it returns the end of that run. A bare "&" between names
// ("Ernst & Young", "Johnson & Johnson") joins nothing here.
func (r *recognizer) ampersandCorp(p, q int) (int, bool) {
	its := r.its
	if q <= p || q+1 >= len(its) || its[q].kind != itemOther || r.toks[its[q].first].Text != "&" {
		return q, false
	}
	if k := its[q+1].kind; k != itemCap && k != itemEntity {
		return q, false
	}
	e := r.capEnd(q+1, true)
	if !r.corpEnd(e) {
		return q, false
	}
	return e, true
}

// corpEnd reports whether the item before end is a corporate suffix.
func (r *recognizer) corpEnd(end int) bool {
	return end > 0 && r.its[end-1].kind == itemCap && r.g.lex.corpSuffixes[r.its[end-1].key]
}

// orgEnd returns the end of the run of capitalized items from p, with
// connectors, cut back to its last organization head word when it has one
// before its end ("Supreme Council" of "Supreme Council for the Islamic
// Revolution in Iraq").
func (r *recognizer) orgEnd(p int) int {
	end := r.capEnd(p, true)
	if r.orgHead(end) || r.g.lex.orgHeads[r.its[p].key] {
		return end
	}
	for e := end - 1; e >= p+2; e-- {
		if r.orgHead(e) {
			if r.unknownOf(e, end) {
				return end // "Supreme Council of Islamic Courts"
			}
			return e
		}
	}
	return end
}

// placeOf reports whether the capitalized run at item p follows a place
// noun and "of" ("the town of Vukovar": data/lexicon.yaml, place_of_heads).
func (r *recognizer) placeOf(p int) bool {
	its := r.its
	return p >= 2 && its[p-1].kind == itemOther && r.g.lex.connect[its[p-1].key] && its[p-2].kind == itemOther && r.g.lex.placeOfHeads[its[p-2].key]
}

// attributive reports whether the one capitalized item p stands between
// "the" and a lower-case noun for a family or a leader's people ("the Best
// family", "the Harper camp": data/lexicon.yaml, surname_groups): a
// surname used as a modifier of that noun.
func (r *recognizer) attributive(p int) bool {
	its := r.its
	if p == 0 || p+1 >= len(its) || its[p-1].kind != itemOther || strings.ToLower(r.toks[its[p-1].first].Text) != "the" {
		return false
	}
	n := its[p+1]
	w := r.toks[n.first].Text
	return n.kind == itemOther && n.first == its[p].last && !isCapitalized(w) && r.g.lex.surnameGroups[n.key]
}

// hyphenPlace reports whether item p, a demonym or a known country's or
// place's name, is joined by a hyphen to a participle that tells where a
// thing is ("Singapore-listed", "London-based": data/lexicon.yaml,
// place_participles).
func (r *recognizer) hyphenPlace(p int) bool {
	it := r.its[p]
	switch it.kind {
	case itemDemonym:
	case itemEntity:
		if k := r.g.entry(it.ids[0]).Kind; k != Country && k != Place {
			return false
		}
	default:
		return false
	}
	h := it.last
	if h+1 >= r.last || r.toks[h].Text != "-" || !token.Adjacent(r.toks[h-1], r.toks[h]) || !token.Adjacent(r.toks[h], r.toks[h+1]) {
		return false
	}
	return r.g.lex.placeParticiples[nameKey(r.toks[h+1].Text)]
}

// venueOf reports whether the capitalized run at item p follows "of" (and
// "the") after a capitalized name word of a building, square or ground
// ("the Great Hall of the People", "the Palace of the Nations":
// data/lexicon.yaml, venue_of_heads), not a given name's surname ("Frank
// Church"): the run ends that place's name.
func (r *recognizer) venueOf(p int) bool {
	its := r.its
	q := p - 1
	if q >= 0 && its[q].kind == itemOther && strings.ToLower(r.toks[its[q].first].Text) == "the" {
		q--
	}
	if q < 1 || its[q].kind != itemOther || strings.ToLower(r.toks[its[q].first].Text) != "of" {
		return false
	}
	h := its[q-1]
	if h.kind != itemCap || !r.g.lex.venueOfHeads[r.keys[h.last-1]] || !isCapitalized(r.toks[h.last-1].Text) {
		return false
	}
	// not a person's surname: "Frank Church of the Senate committee"
	return q-2 < 0 || !r.g.lex.firstNames[its[q-2].key]
}

// headedOf reports whether items [p, end) are a name ending in an
// organization head word followed by unknownOf's rest ("Supreme Council
// of Islamic Courts").
func (r *recognizer) headedOf(p, end int) bool {
	for e := end - 1; e >= p+2; e-- {
		if r.orgHead(e) && r.unknownOf(e, end) {
			return true
		}
	}
	return false
}

// unknownOf reports whether items [e, end) are a connector ("of") and
// capitalized words the gazetteer does not know: the rest of an
// organization's name after its head word ("Council of Islamic Courts"),
// not a known state or body it belongs to ("Ministry of Ukraine").
func (r *recognizer) unknownOf(e, end int) bool {
	if end-e < 2 || !r.g.lex.connect[r.its[e].key] {
		return false
	}
	for q := e + 1; q < end; q++ {
		if k := r.its[q].key; r.its[q].kind != itemCap && !r.g.lex.connect[k] && !r.g.lex.nameAdjectives[k] {
			return false
		}
	}
	return true
}

// namePossessive reports whether item q is a possessive inside an
// organization's name: after a word such as "People" or "Workers" and
// before a capitalized word.
func (r *recognizer) namePossessive(q int) bool {
	its := r.its
	if q == 0 || q+1 >= len(its) || its[q-1].kind != itemCap || !r.g.lex.possNameWords[its[q-1].key] || its[q+1].kind != itemCap {
		return false
	}
	switch t := r.toks[its[q].first]; {
	case its[q].kind == itemPoss:
	case (t.Text == "'" || t.Text == "’") && token.Adjacent(r.toks[its[q-1].last-1], t):
	default:
		return false
	}
	return true
}

// eventHead reports whether the item before end ends an event's name
// ("War", "Games").
func (r *recognizer) eventHead(end int) bool {
	return end > 0 && r.its[end-1].kind == itemCap && r.g.lex.eventHeads[r.its[end-1].key]
}

// afterNumber returns p+1 when item p is a number ending the name before
// it ("World War II", "Channel 4"), else p.
func (r *recognizer) afterNumber(p int) int {
	if r.numberSuffix(r.its, p) {
		return p + 1
	}
	return p
}

// clubName reports whether the capitalized run of items [p, end) is a
// sports club's name: its first word is a club word (data/lexicon.yaml,
// club_prefixes: "VfL Wolfsburg", "Hertha Berlin") and the rest is not
// written in capitals ("Real GDP" is no club).
func (r *recognizer) clubName(p, end int) bool {
	if r.its[p].kind != itemCap || !r.g.lex.clubPrefixes[r.its[p].key] || !isCapitalized(r.toks[r.its[p].first].Text) {
		return false
	}
	return !isAllCaps(r.spanText(r.its[p+1].first, r.its[end-1].last))
}

// orgHead reports whether the item before end is an organization head word.
func (r *recognizer) orgHead(end int) bool {
	return end > 0 && r.its[end-1].kind == itemCap && r.g.lex.orgHeads[r.its[end-1].key]
}

// shoutedWords is how many words in capitals in a row make a run a
// headline written in capitals rather than a name ("DEMOCRATS GAIN
// NECESSARY NET SEATS"); two may be acronyms ("UN WFP").
const shoutedWords = 3

// shouted reports whether items [p, end) are shoutedWords or more words
// all written in capitals: a headline, whose organization head words
// ("DEMOCRATS", "MINISTRY") start no name.
func (r *recognizer) shouted(p, end int) bool {
	if end-p < shoutedWords {
		return false
	}
	for q := p; q < end; q++ {
		for t := r.its[q].first; t < r.its[q].last; t++ {
			if r.toks[t].Kind == token.Word && !isAllCaps(r.toks[t].Text) {
				return false
			}
		}
	}
	return true
}

// surnameLikeOrg reports whether item q, right after a run of unknown
// capitalized words, is a one-word organization the gazetteer matched only
// by its spelling key, not by any of its names as written ("Abdul-Rahman
// Mustafa Fattah" is no "Fatah"): the word ends the run's name.
func (r *recognizer) surnameLikeOrg(q int) bool {
	its := r.its
	if q <= 0 || q >= len(its) || its[q].kind != itemEntity || its[q].last-its[q].first != 1 ||
		its[q-1].kind != itemCap || its[q-1].last != its[q].first || len(its[q].ids) == 0 {
		return false
	}
	w := fold(r.toks[its[q].first].Text)
	for _, id := range its[q].ids {
		e := r.g.entry(id)
		if e == nil || e.Kind != Organization || fold(e.Name) == w {
			return false
		}
		for _, a := range e.Aliases {
			if fold(a) == w {
				return false
			}
		}
	}
	return true
}

// capRun recognizes a run of unknown capitalized words at item p.
func (r *recognizer) capRun(p int) int {
	its := r.its
	if r.common(p) {
		return p + 1
	}
	if r.venueOf(p) {
		return r.capEnd(p, true) // "the Great Hall of the People": the rest of a building's name
	}
	if r.otherBearer(p) {
		// "Paul Harris": a given name before a known person's surname
		// that is not that person's own given name names someone else
		r.emit(candidate{kind: candPerson, first: its[p].first, last: its[p+1].last}, p+2)
		return p + 2
	}
	if next, ok := r.namedGroup(p); ok {
		return next
	}
	if next, ok := r.partyMember(p); ok {
		return next // "Democrats won control of the House"
	}
	if next, ok := r.peopleOf(p); ok {
		return next // "Leaders of the Athens Bar Association": the association's
	}
	if end := r.capEnd(p, true); r.g.lex.eventOpeners[its[p].key] && end > p+1 || r.eventHead(end) {
		return r.afterNumber(end) // "Operation Desert Storm", "Falklands War": an event, no actor
	}
	if end := r.orgEnd(p); !r.shouted(p, end) && (end-p >= 2 && (r.orgHead(end) || r.clubName(p, end)) || end-p >= 3 && (r.g.lex.orgHeads[its[p].key] || r.headedOf(p, end)) && its[end-1].kind != itemOther ||
		end-p == 1 && r.orgHead(end) && r.numberSuffix(its, end)) {
		// "Yongbyon Nuclear Research Center", "Ministry of Defense",
		// "Channel 4" (a number ends only a one-word name).
		if end-p == 1 {
			end = r.afterNumber(end)
		}
		first := p
		for first > 0 && its[first-1].kind == itemOther && (r.g.lex.nameAdjectives[its[first-1].key] || its[first-1].church) && isCapitalized(r.toks[its[first-1].first].Text) {
			first-- // "Islamic Resistance Movement", "Russian Orthodox Church": the adjective was passed over
		}
		r.emit(candidate{kind: candOrg, first: its[first].first, last: its[end-1].last}, end)
		return end
	}
	end := r.capEnd(p, false)
	if next, ok := r.nameBeforeState(p, end); ok {
		return next // "Inner Mongolia", "Telekom Borduvia": not the state
	}
	if r.surnameLikeOrg(end) {
		end++ // "Abdul-Rahman Mustafa Fattah": a surname, not Fatah
	}
	first, last := its[p].first, its[end-1].last
	if end-p >= 2 && r.g.lex.placeSuffixes[its[end-1].key] {
		// "Hyde Park", "Heathrow Airport": a place, never a person.
		r.emit(candidate{kind: candPlace, first: first, last: last, location: true}, end)
		return end
	}
	if next, ok := r.localBody(p, end); ok {
		return next // "the Shanxi government"
	}
	if next, ok := r.namedIndex(p, end); ok {
		return next // "the Zedex 30 index": a market index named in capitals
	}
	if next, ok := r.namedParty(p, end); ok {
		return next // "the Golkar party"
	}
	// a place: "the Kursk region", "in Kursk".
	if end < len(its) && r.g.lex.placeHeads[its[end].key] {
		r.emit(candidate{kind: candPlace, first: first, last: last, location: true}, end)
		return end + 1
	}
	if r.placeOf(p) {
		// "the town of Vukovar"
		r.emit(candidate{kind: candPlace, first: first, last: last, location: true}, end)
		return end
	}
	if r.locative(p) && len(r.folds[its[p].first]) >= 3 {
		// "in Dar es Salaam", "in East Jerusalem"
		end := r.capEnd(p, true)
		r.emit(candidate{kind: candPlace, first: first, last: its[end-1].last, location: true}, end)
		return end
	}
	if r.g.lex.firstNames[its[p].key] {
		if e := r.particleEnd(end); e > end {
			// "Herve de Charette": a given name, a particle, a surname
			end, last = e, its[e-1].last
		}
	}
	if next, ok := r.labelledPerson(p, end); ok {
		return next // "Islamist Ahmed Mansouri"
	}
	if end-p == 1 {
		c := candidate{kind: candSurname, first: first, last: last, attributive: r.attributive(p)}
		r.apposition(&c, end)
		r.emit(c, end)
		return end
	}
	// a person: starts with a known first name, or is followed by a
	// speech verb or an apposition giving a role.
	if !r.personish(p, end) {
		// a word in capitals, or a plural head naming members: the
		// finder may still call the run an organization ("APEC SOM",
		// "Tampa Bay Devil Rays": see pluralNameHead)
		c := candidate{kind: candKnown, first: first, last: last}
		if (r.hasCaps(first, last) || r.pluralNameHead(last)) && r.nameKind(first, last) == Organization {
			c = r.found(Organization, first, last)
		} else if r.surnameNotPerson(p, end) && r.nameKind(first, last) == Person {
			c = r.found(Person, first, last)
		} else if r.gameTeam(p, end) {
			c.kind = candOrg // "the Los Angeles Lakers beat the Knicks 97-92"
		}
		r.emit(c, end)
		return end
	}
	for q := p; q < end-1; q++ {
		if r.g.lex.firstNames[its[q].key] {
			from := its[q].first // "Treasury Robert Rubin": the name starts at the given name
			if r.givenNamesBefore(p, q, end) {
				from = first // "Omer Hassan Ahmed al-Bashir": given names first_names lacks
			}
			c := candidate{kind: candPerson, first: from, last: last}
			r.apposition(&c, end)
			r.emit(c, end)
			return end
		}
	}
	c := candidate{kind: candPerson, first: first, last: last}
	if end-p > 3 || !(end < len(its) && its[end].kind == itemOther && (r.g.lex.speech[its[end].key] || r.personVerb(p, end) && !r.foundThing(first, last)) || r.apposition(&c, end) || (r.ageApposition(end) || r.ageBefore(p)) && !r.foundThing(first, last)) {
		c.kind = candKnown
		// words a person's name may hold: the finder may still call
		// them a person or a place ("Janez Drnovsek", "Rivers State");
		// not an organization, which here is most often the name of an
		// event, a law or a product ("Freedom Shield training"), unless
		// it ends in a team's plural name ("Boston Celtics": see
		// pluralNameHead)
		if k := r.nameKind(first, last); k == Person || k == Place || k == Organization && r.pluralNameHead(last) {
			c.kind, c.location = r.found(k, first, last).kind, k == Place
		} else if end-p <= namedAfterGiven+1 && !r.opensSentence(p) && r.nameKind(its[p+1].first, last) == Person {
			// "champion Nicol David" with the finder naming "David" alone,
			// "record holder Saif Saaeed Shaheen" with it naming "Saaeed
			// Shaheen": an unknown given name before the name it names;
			// not a capitalized word opening the sentence ("Only Qin said")
			c.kind = r.found(Person, first, last).kind
		} else if r.gameTeam(p, end) {
			c.kind = candOrg // "the Orlando Magic beat the Knicks 97-92"
		} else if r.afterPersonNoun(p, end) {
			c.kind = candPerson // "Nigerian defender Celestine Babayaro"
		}
	}
	r.emit(c, end)
	return end
}

// maxAge bounds the number an age apposition gives ("Lena Marsh, 51,").
const maxAge = 120

// ageApposition reports whether the items at end are an age between commas
// after a name: ", 51,". A run of capitalized words a person's age follows
// is a person ("Dara Quill, 51, who was jailed"), unless the name finder
// reads it as an organization or a place (the caller checks foundThing).
func (r *recognizer) ageApposition(end int) bool {
	its := r.its
	if end+2 >= len(its) || its[end].kind != itemComma || its[end+2].kind != itemComma || its[end+1].last-its[end+1].first != 1 {
		return false
	}
	t := r.toks[its[end+1].first]
	if t.Kind != token.Number {
		return false
	}
	n, err := strconv.Atoi(t.Text)
	return err == nil && n > 0 && n < maxAge
}

// ageBefore reports whether an age opens the name at item p: "49-year-old
// Dara Quill" (tokens "49", "-", "year", "-", "old"). A run of capitalized
// words a person's age comes before is a person, unless the name finder
// reads it as an organization or a place (the caller checks foundThing).
func (r *recognizer) ageBefore(p int) bool {
	f := r.its[p].first
	if f < 5 || r.folds[f-1] != "old" || r.toks[f-2].Text != "-" || r.folds[f-3] != "year" || r.toks[f-4].Text != "-" {
		return false
	}
	n, err := strconv.Atoi(r.toks[f-5].Text)
	return err == nil && n > 0 && n < maxAge
}

// foundThing reports whether the name finder calls the run of tokens
// [first, last) an organization or a place: a verb a person most often
// does is no evidence against it ("Zentrix Labs admitted", "Port Vale
// welcomed").
func (r *recognizer) foundThing(first, last int) bool {
	k := r.nameKind(first, last)
	return k == Organization || k == Place
}

// personVerb reports whether the item at end, after the unknown
// capitalized items [p, end), is a verb a person most often does
// (data/lexicon.yaml, person_verbs), and the run opening the sentence does
// not open with a word the document writes in lower case or a participle
// or adverb written in capitals only there ("Hobbling Zorvan Telbiko met").
func (r *recognizer) personVerb(p, end int) bool {
	its := r.its
	if end >= len(its) || its[end].kind != itemOther || !r.g.lex.personVerbs[its[end].key] {
		return false
	}
	if r.opensSentence(p) {
		f := r.folds[its[p].first]
		if r.lower[f] || strings.HasSuffix(f, "ing") || strings.HasSuffix(f, "ed") || strings.HasSuffix(f, "ly") {
			return false
		}
	}
	return true
}

// personNounRun bounds the runs afterPersonNoun reads as a person's name:
// two or three capitalized words (a given name, a middle or family name).
const personNounRun = 3

// afterPersonNoun reports whether the unknown capitalized items [p, end),
// two to personNounRun words none of which the document also writes in
// lower case, follow a singular common noun whose most frequent WordNet
// sense is a person ("defender", "striker", "novelist") and that is no
// word used mostly as an adjective ("ancient"), or a noun of
// data/lexicon.yaml name_nouns ("midfielder", "activist"): the noun
// describes the person the run names, as a title would ("Nigerian
// defender Celestine Babayaro"), when the name finder missed the name.
func (r *recognizer) afterPersonNoun(p, end int) bool {
	its := r.its
	if p == 0 || end-p < 2 || end-p > personNounRun || r.opensSentence(p) {
		return false
	}
	for q := p; q < end; q++ {
		if its[q].kind != itemCap || its[q].last-its[q].first != 1 || r.lower[r.folds[its[q].first]] || isAllCaps(r.toks[its[q].first].Text) {
			return false
		}
	}
	n := its[p-1]
	w := r.toks[n.first].Text
	if n.kind != itemOther || n.last-n.first != 1 || n.last != its[p].first || isCapitalized(w) || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		return false
	}
	lw := strings.ToLower(w)
	if r.g.lex.nameNouns[fold(lw)] {
		return true // "midfielder", "activist": data/lexicon.yaml name_nouns
	}
	cs := wordnet.Senses(lw)
	return len(cs) > 0 && cs[0] == wordnet.Person && !wordnet.MostlyAdjective(lw) // not "the ancient Koguryo Kingdom"
}

// gameTeam reports whether the unknown capitalized items [p, end) are a
// team: two to gameTeamWords words ending in a team's plural
// (pluralNameHead), a side of a game told with its score (gameSide). Such
// a team is named after a city the gazetteer does not know or spells
// otherwise ("the Los Angeles Lakers beat the Knicks 97-92"; placeTeam
// reads a known city's team).
func (r *recognizer) gameTeam(p, end int) bool {
	if end-p < 2 || end-p > gameTeamWords {
		return false
	}
	first, last := r.its[p].first, r.its[end-1].last
	return r.pluralNameHead(last) && r.gameSide(first, last)
}

// gameTeamWords bounds the words of an unknown capitalized run that capRun
// reads as a team when it ends in a team's plural and is a side of a game
// (gameSide): a city of up to two words and up to teamWords of the team's
// own ("the Los Angeles Lakers", "the Tampa Bay Devil Rays").
const gameTeamWords = 2 + teamWords

// namedAfterGiven is how many words the finder's person name may hold when
// it ends a run of capitalized words the rules leave undecided after one
// other word: the run is then that person's full name, the word before an
// unknown given name ("Nicol David" with the finder naming "David",
// "Saif Saaeed Shaheen" with it naming "Saaeed Shaheen").
const namedAfterGiven = 2

// hasCaps reports whether a token of [first, last) is written in capitals
// ("APEC").
func (r *recognizer) hasCaps(first, last int) bool {
	for t := first; t < last; t++ {
		if isAllCaps(r.toks[t].Text) {
			return true
		}
	}
	return false
}

// found returns the candidate for tokens [first, last) that the name
// finder names as kind k (see [Name]): an unknown person, organization or
// place.
func (r *recognizer) found(k Kind, first, last int) candidate {
	switch k {
	case Person:
		return candidate{kind: candPerson, first: first, last: last}
	case Organization:
		return candidate{kind: candOrg, first: first, last: last}
	}
	return candidate{kind: candPlace, first: first, last: last, location: true}
}

// apposition reads ", [then a] [Russia's] title" after a name at item p
// and sets c's role and affiliation from it; it reports whether it found
// one.
func (r *recognizer) apposition(c *candidate, p int) bool {
	its := r.its
	if p >= len(its) || its[p].kind != itemComma {
		return false
	}
	q := p + 1
	for q < len(its) && its[q].kind == itemOther && r.g.lex.appositives[its[q].key] {
		q++
	}
	country, q2 := r.qualifier0(q)
	q = r.modifiers(q2)
	for n := 0; n < 2 && q+1 < len(its) && its[q].kind == itemOther && its[q+1].kind != itemComma &&
		!isCapitalized(r.toks[its[q].first].Text) && r.toks[its[q].first].Kind == token.Word; n++ {
		if its[q].kind == itemTitle {
			break
		}
		q++
	}
	if q < len(its) && its[q].kind == itemTitle {
		role := its[q].title
		for q+1 < len(its) && its[q+1].kind == itemTitle {
			q++
			role = its[q].title
		}
		if q+1 < len(its) && its[q+1].kind == itemPoss {
			// "the King's Troop", "the President's spokesman": the
			// title is someone else's; a title after it is the role.
			q = r.modifiers(q + 2)
			if q >= len(its) || its[q].kind != itemTitle {
				return false
			}
			role = its[q].title
		}
		if c.role == "" {
			c.role = role
		}
		if c.affil == "" {
			c.affil = country
		}
		if c.affil == "" {
			c.affil = r.titleBody(q + 1)
		}
		return true
	}
	return false
}

// titleBody returns the organization an apposition's title names after it
// with "of" at item q ("…, director-general of the Ardenian Atomic Agency
// (AAA)"): the body the person heads or serves, their affiliation, which
// lets "the AAA chief" stand for them (headOfBody); "" when none.
func (r *recognizer) titleBody(q int) string {
	its := r.its
	if q+1 < len(its) && r.toks[its[q].first].Text == "-" {
		q += 2 // "director-general of": the title's hyphened end
	}
	if q >= len(its) || its[q].kind != itemOther || its[q].last-its[q].first != 1 || r.folds[its[q].first] != "of" {
		return ""
	}
	q++
	if q < len(its) && its[q].kind == itemOther && its[q].last-its[q].first == 1 && r.folds[its[q].first] == "the" {
		q++
	}
	if q >= len(its) || its[q].kind != itemEntity {
		return ""
	}
	if n := its[q].last; n < r.last && isCapitalized(r.toks[n].Text) {
		return "" // "the UN Educational, Scientific and …": a longer name the gazetteer does not hold
	}
	if e := r.g.entry(its[q].ids[0]); e.Kind == Organization {
		return e.ID
	}
	return ""
}

// qualifier0 is qualifier that tolerates p past the end.
func (r *recognizer) qualifier0(p int) (string, int) {
	if p >= len(r.its) {
		return "", p
	}
	return r.qualifier(p)
}

// locative reports whether item p follows a locative preposition ("in",
// "at"), a "to" after a word of motion ("visit to", "sent troops to"), a
// "for" right after a word of departure ("left for"), or
// a verb whose object is a place ("visited Pyongyang", "left Moscow").
func (r *recognizer) locative(p int) bool {
	if p == 0 {
		return false
	}
	if r.direction(p) {
		p-- // "in southern Sudan"
		if p == 0 {
			return false
		}
	}
	prev := r.its[p-1]
	if prev.kind != itemOther {
		return false
	}
	w := strings.ToLower(r.toks[prev.first].Text)
	if r.g.lex.locatives[prev.key] && (w == r.toks[prev.first].Text || prev.first == r.start) {
		return true // "in Paris", and "In Paris" opening the sentence
	}
	if r.g.lex.placeObject[prev.key] && w == r.toks[prev.first].Text {
		return true
	}
	if w == "for" && p >= 2 && r.its[p-2].kind == itemOther && r.g.lex.departure[r.its[p-2].key] {
		return true // "left for Finland", "headed for Jordan"
	}
	if w != "to" && w != "toward" && w != "towards" {
		return false
	}
	for q := p - 2; q >= 0 && q >= p-5; q-- {
		if r.its[q].kind == itemOther && r.g.lex.motion[r.its[q].key] {
			return true
		}
	}
	return false
}

// direction reports whether item p follows a lower-case direction
// adjective ("southern Sudan"): the name is a region of the state, where
// something happens.
func (r *recognizer) direction(p int) bool {
	if p == 0 {
		return false
	}
	prev := r.its[p-1]
	return prev.kind == itemOther && r.g.lex.directions[prev.key] && !isCapitalized(r.toks[prev.first].Text)
}

// placeThenState reports whether the place at item p is followed by a
// comma and a state's name, as a place is located ("Juba, southern
// Sudan, was calm"): the place is a location, not its state's stand-in.
func (r *recognizer) placeThenState(p int) bool {
	its := r.its
	if r.g.entry(its[p].ids[0]).Kind != Place || p+2 >= len(its) || its[p+1].kind != itemComma {
		return false
	}
	q := p + 2
	if q+1 < len(its) && its[q].kind == itemOther && r.g.lex.directions[its[q].key] && !isCapitalized(r.toks[its[q].first].Text) {
		q++
	}
	return its[q].kind == itemEntity && r.g.entry(its[q].ids[0]).Kind == Country
}

// possessivePlace reports whether the place at item p owns a place name
// ("London's Hyde Park"): it locates it, and is a location too.
func (r *recognizer) possessivePlace(p int) bool {
	its := r.its
	if r.g.entry(its[p].ids[0]).Kind != Place || p+2 >= len(its) || its[p+1].kind != itemPoss || its[p+2].kind != itemCap {
		return false
	}
	end := r.capEnd(p+2, false)
	return r.g.lex.placeSuffixes[its[end-1].key]
}

// stateAfterPlace reports whether the state at item p locates the place
// before it ("Kharkiv, Ukraine"): a location too.
func (r *recognizer) stateAfterPlace(p int) bool {
	its := r.its
	if r.g.entry(its[p].ids[0]).Kind != Country {
		return false
	}
	q := p - 1
	if r.direction(p) {
		q--
	}
	return q >= 1 && its[q].kind == itemComma && its[q-1].kind == itemEntity && r.g.entry(its[q-1].ids[0]).Kind == Place
}

// orgTitled recognizes organization title name at item p: "Russian
// Security Council Secretary Sergey Shoigu", "Kremlin spokesman Dmitry
// Peskov"; the role is the organization's name and the title, the
// affiliation the organization's country.
func (r *recognizer) orgTitled(p int) (int, bool) {
	its := r.its
	e := r.g.entry(its[p].ids[0])
	if e.Kind != Organization || p+1 >= len(its) || its[p+1].kind != itemTitle {
		return p, false
	}
	next, ok := r.titled(p+1, e.Affiliation)
	if ok {
		c := &r.out[len(r.out)-1]
		if r.out[len(r.out)-1].acronym && len(r.out) > 1 {
			c = &r.out[len(r.out)-2]
		}
		c.role = strings.Join(strings.Fields(r.spanText(its[p].first, its[p].last)+" "+c.role), " ")
		c.affil = e.ID
	}
	return next, ok
}

// dateline reports whether item p is a dateline's place: a name in capitals
// followed by a comma, bracket or dash ("SEOUL, South Korea —",
// "JERUSALEM (Reuters) —").
func (r *recognizer) dateline(p int) bool {
	its := r.its
	if p+1 >= len(its) {
		return false
	}
	switch next := r.toks[its[p+1].first].Text; {
	case its[p+1].kind == itemComma, its[p+1].kind == itemOpen, next == "—", next == "–", next == "-", next == "--":
	default:
		return false
	}
	return isAllCaps(r.spanText(its[p].first, its[p].last)) &&
		r.g.entry(its[p].ids[0]).Kind == Place
}

// common reports whether item p is a capitalized word opening the sentence
// that the document also writes in lower case ("All", "Police"): a common
// word, not a name.
func (r *recognizer) common(p int) bool {
	it := r.its[p]
	if it.kind != itemCap {
		return false
	}
	return r.opensSentence(p) && it.last-it.first == 1 && r.lower[r.folds[it.first]]
}

// opensSentence reports whether item p opens its sentence or a quotation,
// bracket or dash clause, where any word is capitalized.
func (r *recognizer) opensSentence(p int) bool {
	it := r.its[p]
	if it.first <= r.start {
		return true
	}
	prev := r.toks[it.first-1]
	return prev.Kind == token.Punct && strings.ContainsAny(prev.Text, "\"“‘'(—–-:")
}

// personish reports whether the capitalized items [p, end) may be a
// person's name: no word that never is ("West", "Street"), no word in
// capitals ("GMT").
func (r *recognizer) personish(p, end int) bool {
	for q := p; q < end; q++ {
		it := r.its[q]
		if r.g.lex.notPerson[it.key] || r.g.lex.nonNames[it.key] || r.g.lex.orgHeads[it.key] {
			return false
		}
		for t := it.first; t < it.last; t++ {
			if isAllCaps(r.toks[t].Text) && !(q == end-1 && q > p && isRoman(r.toks[t].Text)) {
				return false
			}
		}
	}
	return true
}

// surnameNotPerson reports whether the capitalized items [p, end) are a
// personish word and then a word of not_person alone (not a non-name, an
// organization's head or a word in capitals): "Segolene Royal", "Kanye
// West"; or, in a run of at most innerNotPersonRun words, one such word
// between personish words: "Aung San Suu Kyi". Such a run is a person only
// when the name finder names exactly it a person; "Royal Navy", "West
// Bank", "Wall Street" and "Guangxi Autonomous Region" are none, the word
// of not_person leading or ending a longer run, or the finder naming
// another kind.
func (r *recognizer) surnameNotPerson(p, end int) bool {
	if end-p < 2 || end-p > innerNotPersonRun || !r.personish(p, p+1) {
		return false
	}
	if end-p > 2 && !r.personish(end-1, end) {
		return false
	}
	inner := 0
	for q := p + 1; q < end; q++ {
		if r.personish(q, q+1) {
			continue
		}
		it := r.its[q]
		if !r.g.lex.notPerson[it.key] || r.g.lex.nonNames[it.key] || r.g.lex.orgHeads[it.key] || r.hasCaps(it.first, it.last) {
			return false
		}
		inner++
	}
	return inner == 1
}

// givenNamesBefore reports whether the capitalized words of items [p, q),
// before the known given name of item q in the run [p, end), are given
// names too, of the person the run names: the name finder names the
// whole run a person, the name from the given name on is no person the
// gazetteer or Phoenix knows ("Sayyed Hassan Nasrallah": an honorific
// before a known name), and each of them is one capitalized word that
// WordNet does not know, no word list of bodies, places or non-names
// holds and the document never writes in lower case ("Omer Hassan Ahmed
// al-Bashir", "Rizkar Mohammed Amin"; not "Treasury Robert Rubin",
// "Doctor Robert Kellan").
func (r *recognizer) givenNamesBefore(p, q, end int) bool {
	its := r.its
	if q == p || r.nameKind(its[p].first, its[end-1].last) != Person {
		return false
	}
	first, last := its[q].first, its[end-1].last
	if r.personReading(r.g.Find(r.text[r.toks[first].Start:r.toks[last-1].End])) {
		return false
	}
	if px, ok := r.phoenixMatch(first, last); ok && px.last == last && r.personReading(px.ids) {
		return false
	}
	lx := r.g.lex
	for k := p; k < q; k++ {
		it := its[k]
		if it.kind != itemCap || it.last-it.first != 1 || commonWord(r.toks[it.first].Text) || r.lower[r.folds[it.first]] || lx.stopwords[r.folds[it.first]] ||
			lx.orgHeads[it.key] || lx.institutionWords[it.key] || lx.localBodies[it.key] || lx.placeHeads[it.key] ||
			lx.nonNames[it.key] || lx.notPerson[it.key] {
			return false
		}
	}
	return true
}

// innerNotPersonRun is the longest run of capitalized words that
// surnameNotPerson takes for a person's name with a word of not_person
// inside it ("Aung San Suu Kyi"): a longer run is rather a title and a
// name the finder joined ("Indiana State Veterinarian Bret Marsh").
const innerNotPersonRun = 4

// fromFirstName returns the item of [p, end) holding a given name when a
// longer run starts with other words ("Treasury Robert Rubin"), else p;
// p when those words are given names too (givenNamesBefore).
func (r *recognizer) fromFirstName(p, end int) int {
	if r.g.lex.firstNames[r.its[p].key] {
		return p // "Hassan Omar al-Rashidi"
	}
	for q := p + 1; q < end-1; q++ {
		if r.g.lex.firstNames[r.its[q].key] {
			if r.givenNamesBefore(p, q, end) {
				return p
			}
			return q
		}
	}
	return p
}

// describedMods is how many lower-case modifiers may stand before the noun
// describing an organization ("state-run oil group").
const describedMods = 3

// describedOrg recognizes [modifiers] descriptor Name at item p: the
// capitalized run after a common noun for a company or a body
// (lexicon.orgDescriptors: "oil group Yukos", "carmaker Toyota") is an
// organization. A month or a weekday after it is no name ("the group
// Monday"), and a descriptor ending a hyphenated compound names a
// person's trade ("bomb-maker").
func (r *recognizer) describedOrg(p int) (int, bool) {
	its := r.its
	lower := func(q int) bool {
		return q < len(its) && its[q].kind == itemOther && !isCapitalized(r.toks[its[q].first].Text)
	}
	q := p
	for n := 0; n < describedMods && lower(q) && !r.g.lex.orgDescriptors[its[q].key]; n++ {
		q++
	}
	if !lower(q) || !r.g.lex.orgDescriptors[its[q].key] || q+1 >= len(its) || its[q+1].kind != itemCap {
		return p, false
	}
	if t := its[q].first; t > r.start && r.toks[t-1].Text == "-" && token.Adjacent(r.toks[t-1], r.toks[t]) {
		return p, false // "bomb-maker Azahari": a hyphenated compound names a person's trade
	}
	n := q + 1
	if r.g.lex.nonNames[its[n].key] || r.g.lex.stopwords[r.folds[its[n].first]] {
		return p, false
	}
	end := r.capEnd(n, false)
	r.emit(candidate{kind: candOrg, first: its[n].first, last: its[end-1].last}, end)
	return end, true
}

// personStarts reports whether the name finder names a person starting at
// token first of the sentence, whatever its end.
func (r *recognizer) personStarts(first int) bool {
	return first >= r.start && first < r.last && r.namesIndexed() && r.names.kindAt[first] == Person
}

// peopleOf reports whether the capitalized item p is a plural common noun
// for people, written in capitals only because it opens the sentence, before
// "of" and a run that ends in an organization's head word ("Leaders of the
// Athens Bar Association", "Members of the Lawyers Union"): those people
// belong to the body, no word of its name. WordNet must know the word's
// lower-case form, or that form less its "s", as a person noun, and the
// word must be no organization head word itself. It returns the item after the word, which names no actor
// of its own: the body after "of" is recognized on its own.
func (r *recognizer) peopleOf(p int) (int, bool) {
	its := r.its
	if p+2 >= len(its) || its[p].kind != itemCap || !r.opensSentence(p) || its[p].last-its[p].first != 1 ||
		r.g.lex.orgHeads[its[p].key] || its[p+1].kind != itemOther || r.toks[its[p+1].first].Text != "of" {
		return p, false
	}
	w := r.toks[its[p].first].Text
	if isAllCaps(w) || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") {
		return p, false
	}
	lw := strings.ToLower(w)
	if !slices.Contains(wordnet.SensesOfForm(lw), wordnet.Person) && !slices.Contains(wordnet.Senses(strings.TrimSuffix(lw, "s")), wordnet.Person) {
		return p, false // "leaders" is a group of its own in WordNet, "leader" a person
	}
	if end := r.capEnd(p, true); end-p < 3 || !r.orgHead(end) {
		return p, false
	}
	return p + 1, true
}

// namedParty recognizes the capitalized run [p, end) followed right
// after by a lower-case party noun of data/lexicon.yaml party_nouns as a
// party's name written with the noun in lower case ("the Golkar party",
// "the royalist Shas party"): one body with the name written in capitals.
// No possessive ("Naidu's party" is whose party, not its name) and no
// common word opening the sentence ("His party").
func (r *recognizer) namedParty(p, end int) (int, bool) {
	its := r.its
	if end >= len(its) || its[end].kind != itemOther || !r.g.lex.partyNouns[its[end].key] || its[end].first != its[end-1].last {
		return p, false
	}
	if t := r.toks[its[end].first].Text; isCapitalized(t) || isPossessive(r.toks[its[end-1].last-1].Text) {
		return p, false
	}
	if end == p+1 && r.g.lex.partyCreeds[its[p].key] {
		return p, false // "a Moslem party": its creed, no name
	}
	if r.common(p) || r.opensSentence(p) && len(wordnet.SensesOfForm(strings.ToLower(r.toks[its[p].first].Text))) > 0 {
		return p, false
	}
	if n := end + 1; n < len(its) && its[n].first == its[end].last && r.toks[its[n].first].Kind == token.Word && isCapitalized(r.toks[its[n].first].Text) {
		return p, false // "the New party Sakigake": the name goes on
	}
	first := p
	if its[p].church && p+1 < end {
		first = p + 1 // "the ultra-Orthodox Tikva party": the creed is no word of the name
	}
	r.emit(candidate{kind: candOrg, first: its[first].first, last: its[end].last}, end+1)
	return end + 1, true
}

// localBody recognizes the body of a place the capitalized items [p, end)
// name, told by a body word after it, a level between them or not ("the
// Shanxi government", "the Sichuan provincial authorities";
// data/lexicon.yaml local_bodies, local_levels): an organization named by
// the whole phrase, never the place nor a person. A common word opening
// the sentence ("Security authorities", "Interim government") names no
// place: WordNet knows its lower case.
func (r *recognizer) localBody(p, end int) (int, bool) {
	its := r.its
	if r.g.lex.localLevels[its[p].key] || r.common(p) {
		return p, false // "Local authorities", "Provincial officials" opening the sentence
	}
	if r.opensSentence(p) && len(wordnet.SensesOfForm(strings.ToLower(r.toks[its[p].first].Text))) > 0 {
		return p, false // "Security authorities", "Interim government": a common word opening the sentence
	}
	k := end
	if k < len(its) && its[k].kind == itemOther && r.g.lex.localLevels[its[k].key] {
		k++
	}
	if k >= len(its) || its[k].kind != itemOther || !r.g.lex.localBodies[its[k].key] {
		return p, false
	}
	for q := end; q <= k; q++ {
		if its[q].first != its[q-1].last {
			return p, false // a bracket or a comma between: no one phrase
		}
	}
	r.emit(candidate{kind: candOrg, first: its[p].first, last: its[k].last}, k+1)
	return k + 1, true
}
