package actor

import (
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/chronograph-news/chronograph/actor/internal/dictfile"
	"github.com/chronograph-news/chronograph/token"
)

// Resolver finds the actor mentions of a sequence of documents and resolves
// each to one actor, keeping what earlier documents taught it (people
// first named in full, acronyms defined in the text) so that later short
// forms resolve across documents. Results depend only on the documents and
// their order. A Resolver is not safe for concurrent use.
type Resolver struct {
	g      *Gazetteer
	actors map[string]*record
	learnt map[string]string   // name key of an actor not in the gazetteer, or an acronym -> id
	used   map[string]bool     // ids made for actors not in the gazetteer
	byWord map[string][]string // first and last word keys of the people seen -> ids
	docAcr map[string]string   // acronyms the current document defines -> ids
	// docShort maps the last word (its key) of each body of two words the
	// current document named to that body: its short name there.
	docShort map[string]string
	doc      int // the number of documents resolved so far (the current one's)
	// phoenix caches, by actor id, its Phoenix actor (nil when Phoenix
	// does not know it).
	phoenix map[string]*dictfile.Actor
}

// record is what the resolver knows of one actor.
type record struct {
	Actor
	mentions int
	aliases  map[string]bool
	roles    map[string]bool
	affils   map[string]int
	words    []string // phonetic keys of the words of its fullest name
	bylines  int      // mentions naming it as a journalist
	// fullDocs counts the documents that named it in full (two or more
	// words), lastFull the last of them (Resolver.doc).
	fullDocs, lastFull int
	// bareName: the name is a bare agent's ("police", bareagent.go),
	// which the first qualified mention replaces ("Indonesian police").
	bareName bool
	// qualified counts the qualified mentions of a country's agent by
	// their text ("Sri Lankan army" 12, "Sri Lankan naval officer" 1),
	// and firstQualified lists the texts in the order first seen: the
	// most frequent names it, the first seen on a tie (agentName).
	qualified      map[string]int
	firstQualified []string
	// spellings counts the articles' spellings of a Phoenix person's
	// name (phoenixSpelling).
	spellings map[string]int
}

// NewResolver returns a resolver over g.
func NewResolver(g *Gazetteer) *Resolver {
	return &Resolver{g: g, actors: map[string]*record{}, learnt: map[string]string{}, used: map[string]bool{}, byWord: map[string][]string{},
		phoenix: map[string]*dictfile.Actor{}}
}

// Document finds and resolves the actor mentions of one document: toks and
// sents are token.Tokenize(text) and token.Sentences(text, toks). Mentions
// come in text order and do not overlap.
func (r *Resolver) Document(text string, toks []token.Token, sents []token.Sentence) []Mention {
	return r.DocumentAt(text, toks, sents, 0)
}

// DocumentAt is Document for a document written in the given year (0 when
// unknown): a mention of an actor that did not exist yet (an entry's
// founded year is later) resolves to the actor that stood for it then, as
// a location ("South Sudan" or "Juba said" in 2005 is a region of Sudan).
func (r *Resolver) DocumentAt(text string, toks []token.Token, sents []token.Sentence, year int) []Mention {
	return r.document(text, toks, sents, year, time.Time{}, nil)
}

// DocumentOn is Document for a document written on date (its DCT; the
// zero time when unknown): besides what [Resolver.DocumentAt] does with
// its year, each mention of a person or organization that the Phoenix
// dictionary dates has the affiliation (when its words give none) and
// the sector of the role it held on that date ("Vladimir Putin" in 2005:
// country:RUS, GOV); with no date, of its default or latest role.
func (r *Resolver) DocumentOn(text string, toks []token.Token, sents []token.Sentence, date time.Time) []Mention {
	year := 0
	if !date.IsZero() {
		year = date.Year()
	}
	return r.document(text, toks, sents, year, date, nil)
}

// DocumentNamed is [Resolver.DocumentOn] with the language core's name
// finder (see [Name]): a run of capitalized words that neither the
// gazetteer nor the recognizer's rules read as an actor becomes one when
// the finder names exactly that run. find is asked only for the sentences
// that hold such a run; nil is DocumentOn.
func (r *Resolver) DocumentNamed(text string, toks []token.Token, sents []token.Sentence, date time.Time, find NameFinder) []Mention {
	year := 0
	if !date.IsZero() {
		year = date.Year()
	}
	return r.document(text, toks, sents, year, date, find)
}

// ResolveLexed is [Resolver.DocumentNamed] for a document already lexed
// ([Gazetteer.Lex]): the lexing of many documents may run on several
// goroutines while one resolver takes them, in order, one at a time.
func (r *Resolver) ResolveLexed(x *Lexed, date time.Time) []Mention {
	year := 0
	if !date.IsZero() {
		year = date.Year()
	}
	return r.resolveLexed(x, year, date)
}

// document is DocumentNamed with the year of date, or year alone when
// date is zero.
func (r *Resolver) document(text string, toks []token.Token, sents []token.Sentence, year int, date time.Time, find NameFinder) []Mention {
	return r.resolveLexed(r.g.Lex(text, toks, sents, find), year, date)
}

// resolveLexed is ResolveLexed with the year of date, or year alone when
// date is zero.
func (r *Resolver) resolveLexed(x *Lexed, year int, date time.Time) []Mention {
	l, text, toks := x.l, x.l.text, x.l.toks
	r.docAcr, r.docShort = map[string]string{}, map[string]string{}
	r.doc++
	var (
		out    []Mention
		recent = newRecents()
	)
	recent.written = l.writtenNames()
	qualified := l.looseCountries(x.sents)
	bare := bareCountries(x.sents)
	countries, home := docCountries(x.sents)
	rivals := rivalCountries(l, x.sents)
	leads, lead := leadCountries(x.sents)
	surnames := personWords(l, x.sents)
	// orgEnds maps the last word (its key) of each club this document
	// named in two or more words with a club word at its end
	// (data/lexicon.yaml, club_suffixes) to that club, and seen holds the
	// actors it named so far: "United" after "Manchester United"
	orgEnds, seen := map[string]string{}, map[string]bool{}
	heads := bodyPeople{}
	for _, cands := range x.sents {
		var prev string
		// sentenceNamed: the sentence names a country, whose rules
		// (countedAgent) decide its groups of people
		sentenceNamed := namesCountry(cands)
		for _, c := range cands {
			if c.first < 0 || c.last > len(toks) || c.first >= c.last {
				continue
			}
			// (an acronym in brackets after an agent is an agent
			// candidate with no id: "the police (PNP)")
			bareAgent := c.kind == candAgent && len(c.ids) > 0 && strings.HasPrefix(c.ids[0], BarePrefix)
			if bareAgent {
				// "police" in a story of "Indonesian police": that
				// country's agent, else the country of the story or of
				// its sentence, else an agent of no country
				// (bareagent.go)
				name := strings.TrimPrefix(c.ids[0], BarePrefix)
				iso := bare[name]
				if iso == "" {
					// "police" in a story of Pakistan alone: Pakistan's
					iso = r.homeAgent(text[toks[c.first].Start:toks[c.last-1].End], leads, lead)
				}
				if iso == "" && c.home != "" {
					// "police fired at protesters in Kenya": the
					// country its own sentence names
					iso = strings.TrimPrefix(c.home, "country:")
				}
				crowd := len(c.ids) > 1 && strings.HasPrefix(c.ids[1], UnaffiliatedPrefix)
				if iso == "" && !c.own && !crowd {
					prev = ""
					continue
				}
				if iso == "" && !c.own {
					// "hundreds of students attacked police": a
					// counted crowd, a group of its own (bareAgent's
					// second id, countedcrowd.go); so are "soldiers"
					// whose country nothing tells (own_armed_agents)
					c.ids, c.affil = c.ids[1:2], ""
				} else if iso == "" {
					// "police fired tear gas", whose unsaid: still
					// who acts, an agent of no country
					c.ids, c.affil = []string{UnaffiliatedPrefix + name}, ""
				} else {
					c.ids = []string{AgentPrefix + iso + ":" + name}
					c.affil = "country:" + iso
				}
			}
			// "Police in Ghana": resolved, yet named bare, so a qualified
			// mention ("Ghanaian police") still names the agent
			bareAgent = bareAgent || c.bare
			m := Mention{Start: toks[c.first].Start, End: toks[c.last-1].End, Role: c.role, Affiliation: c.affil, Location: c.location}
			m.Text = text[m.Start:m.End]
			id := ""
			if c.acronym && prev != "" && (len(c.ids) == 0 || containsString(c.ids, prev)) {
				id = prev
				if len(c.ids) == 0 {
					r.learnt["acr:"+nameKey(m.Text)] = id
					r.docAcr[nameKey(m.Text)] = id
				}
			} else {
				n := c.first + c.skip
				key, words := l.spanKey(n, c.last), l.spanWords(n, c.last)
				id = r.resolve(&c, text[toks[n].Start:m.End], key, words, recent)
				if party := r.docShort[key]; party != "" && n+1 == c.last && r.g.lex.partyFullNames[key] != "" {
					id = party // "Labour's lead", "Blair's Labour": the party named so before
				}
				r.learnBracketed(&c, toks, key, id)
				if c.affil != "" && (c.kind == candEntity || c.kind == candPerson || c.kind == candSurname) {
					// "Saudi King Abdullah": the bearer of that country (qualifiedperson.go)
					id = r.countryPerson(l, id, c.affil, n, c.last, date)
				}
				if org := orgEnds[key]; c.kind == candSurname && org != "" && (id == "" || !seen[id]) {
					// "Ferguson wants United to ...": the club named in
					// full before, not a person of another document
					id = org
				}
				if c.kind != candCountry && c.kind != candAgent && c.party == "" && (n+1 == c.last || id != "") && (r.teamReading(id) || r.namesakeSide(l, n, c.last, id, recent)) && !surnames[l.folds[n]] && l.gameSide(n, c.last) {
					// "Chelsea beat Arsenal 2-1": two teams, not a
					// district and nobody (team.go)
					id = r.newID("org:", "org:"+key, text[toks[n].Start:m.End])
					c.location, m.Location = false, false
				}
				if c.kind != candCountry && c.kind != candAgent && c.party == "" && id == "" && l.marketSide(n, c.last) {
					// "Westpac rose 9 cents", "Kobe Steel shed 11 yen":
					// the company whose shares moved (marketside.go)
					id = r.newID("org:", "org:"+key, text[toks[n].Start:m.End])
					c.location, m.Location = false, false
				}
				if n+1 == c.last && id != "" && r.strayWord(l, &c, n, id, recent) {
					id = "" // "Major stores", "Plan B", "Lee Hamilton": not another article's person (strayword.go)
				}
				if c.party != "" {
					// "Democrats" in a story of the U.S., or one naming
					// Republicans too: its party; elsewhere no actor
					// (partymember.go)
					id = ""
					if full := r.g.lex.partyFullNames[key]; full != "" && (c.party == home || rivals[c.party]) {
						// "Labour": the actor of "Labour Party", one
						// party however the story writes it
						id, m.Affiliation = r.newID("org:", "org:"+nameKey(full), full), c.party
						r.docShort[key] = id // "Labour's lead" after it
					} else if c.party == home || rivals[c.party] {
						prefix := "org:" + strings.ToLower(strings.TrimPrefix(c.party, "country:")) + "-"
						id, m.Affiliation = r.newID(prefix, prefix+key, text[toks[n].Start:m.End]), c.party
					}
				}
				if country, ok := r.homeBody(id, words, countries, home); c.kind == candEntity && ok {
					// "Congress" in a story of India: India's
					prefix := "org:" + strings.ToLower(strings.TrimPrefix(country, "country:")) + "-"
					id, m.Affiliation = r.newID(prefix, prefix+key, text[toks[n].Start:m.End]), country
				}
			}
			if q := qualified[id]; q == "" && strings.HasPrefix(id, UnaffiliatedPrefix) {
				// "civilians" in a story of Iraq alone: Iraq's, the
				// actor "Iraqi civilians" would be (doccountry.go:
				// homeAgent), unless their sentence names a country
				// ("Serbian forces shelled the village, killing two
				// civilians": not Serbia's)
				if a := r.g.px.loose[string(l.spanKeyBytes(c.first, c.last))]; a != nil && !sentenceNamed && !afterName(toks, c.first) {
					if iso := r.homeAgent(m.Text, leads, lead); iso != "" && leads[lead] >= looseHomeMin {
						id, m.Affiliation, bareAgent = AgentPrefix+iso+":"+slug(a.Name), "country:"+iso, true
					}
				}
			} else if q != "" {
				bareAgent = true // named by its qualified mention, as a bare agent
				// "pirates" in a story of "Somali pirates": the actor of
				// the qualified name (data/phoenix.yaml, unaffiliated)
				id = q
				if iso, _, ok := strings.Cut(strings.TrimPrefix(q, AgentPrefix), ":"); ok && strings.HasPrefix(q, AgentPrefix) {
					m.Affiliation = "country:" + iso
				} else {
					c.kind = candCountry
				}
			}
			if r.bygoneState(id, toks, c.first, year) {
				id = "" // "the former Soviet republics": no state of its own
			}
			if m.Text == "Fed" && c.last < len(toks) && l.folds[c.last] == "up" {
				id = "" // "Fed up with delays, farmers …": weary, not the Federal Reserve
			}
			if id == "" {
				prev = ""
				continue
			}
			kind := r.kindOf(id)
			if id, m.Location = r.place(id, kind, c.location); id != "" {
				kind = r.kindOf(id)
			}
			if before, ok := r.anachronism(id, year); ok {
				id, kind, m.Location = before, r.kindOf(before), true
			}
			m.ActorID, m.Kind = id, kind
			if c.kind == candAgent {
				m.Sector = c.sector
			} else if kind == Person || kind == Organization {
				if country, sector := r.dated(id, date); country != "" || sector != "" {
					if m.Affiliation == "" && country != "" {
						m.Affiliation = "country:" + country
					}
					m.Sector = sector
				}
			}
			switch kind {
			case Place:
				m.Location = true
			case Person, Organization:
				m.Location = false
			}
			words := l.spanWords(c.first, c.last)
			if kind == Person && len(words) > 0 {
				// named as a journalist: "AP writer Kim Tong-hyung"
				recent.add(id, words, r.byline(m.Role))
				if k := c.last - 1; hyphenTail(l.toks, c.first, k) {
					// "Harith al-Dhari", "Gloria Macapagal-Arroyo":
					// "Dhari", "Arroyo" alone are them too
					recent.alsoSurname(id, l.keys[k], r.byline(m.Role))
				}
			}
			if p := heads[id]; kind == Organization && p != "" && l.headOfBody(c.first, c.last) {
				// "the IAEA chief": the person named as of the IAEA
				m.ActorID, m.Kind, m.Affiliation, m.Location = p, Person, id, false
				r.actors[p].mentions++
				seen[p] = true
				out = append(out, m)
				prev = p
				continue
			}
			r.note(m, c.kind, words)
			if full := r.g.lex.partyFullNames[l.spanKey(c.first+c.skip, c.last)]; full != "" && r.g.entry(id) == nil {
				r.actors[id].Name = full // "Labour": the actor "Labour Party"
			}
			r.nameWritten(id, recent)
			heads.note(m, r.g.lex)
			if rec := r.actors[id]; bareAgent {
				rec.bareName = rec.bareName || rec.mentions == 1
			} else {
				name := token.Spell(m.Text)
				if rec.bareName {
					rec.Name, rec.bareName = strings.Clone(name), false // "Indonesian police", not "police"
				}
				if c.kind == candAgent {
					if rec.qualified == nil {
						rec.qualified = map[string]int{}
					}
					if rec.qualified[name] == 0 {
						rec.firstQualified = append(rec.firstQualified, strings.Clone(name))
					}
					rec.qualified[strings.Clone(name)]++
				}
			}
			if r.byline(m.Role) {
				r.actors[id].bylines++
			}
			if words := l.spanWords(c.first+c.skip, c.last); kind == Organization && len(words) >= 2 {
				if last := words[len(words)-1]; r.g.lex.clubSuffixes[last] && orgEnds[last] == "" {
					orgEnds[last] = id
				}
			}
			seen[id] = true
			out = append(out, m)
			prev = id
		}
	}
	return r.definiteBodies(l, out)
}

// personWords returns the folds of the last words of the document's
// candidate persons' full names and unknown runs of capitalized words
// ("Lindsay Davenport"): a one-word name that is one of them is most often
// that person, even beside a game's score ("Davenport won 6-4"), never a
// team.
func personWords(l *lexer, sents [][]candidate) map[string]bool {
	out := map[string]bool{}
	for _, cands := range sents {
		for _, c := range cands {
			if (c.kind == candPerson || c.kind == candKnown) && c.last-c.first >= 2 && c.last <= len(l.folds) {
				out[l.folds[c.last-1]] = true
			}
		}
	}
	return out
}

// teamReading reports whether a name resolved to id may be read as a team
// when it is a side of a game (gameSide): it names nobody (a one-word name
// only: an unknown longer one is the name finder's), or a place that is no
// state ("Los Angeles beat Charlotte 101-99"; a state's side keeps the
// state: "Japan beat China 2-1").
func (r *Resolver) teamReading(id string) bool {
	return id == "" || r.kindOf(id) == Place && !strings.HasPrefix(id, "country:")
}

// namesakeSide reports whether the one-word name of tokens [n, last),
// resolved to the person id, may still be read as a team when it is a side
// of a game: the article never named that person (recents, nor written
// with given names), so the word is the club's, not a namesake's of
// another story ("Wigan beat hosts Bolton 1-0" is no John Bolton).
func (r *Resolver) namesakeSide(l *lexer, n, last int, id string, recent *recents) bool {
	if n+1 != last || id == "" || r.kindOf(id) != Person || recent.has(id) {
		return false
	}
	_, written := recent.written[l.spanKey(n, last)]
	return !written
}

// dated returns the country and sector of actor id at date by the Phoenix
// dictionary: a Phoenix actor's role then, or for an actor of the
// gazetteer the merge of [Dictionary] (the gazetteer's country wins).
func (r *Resolver) dated(id string, date time.Time) (country, sector string) {
	x := r.g.px
	if x == nil {
		return "", ""
	}
	a, cached := r.phoenix[id]
	e, gaz := r.g.entries[id]
	if !cached {
		if gaz {
			a = NewDictionary(r.g, x.p).counterpart(e, e.Name)
		} else {
			a = x.p.byID(id)
		}
		r.phoenix[id] = a
	}
	if a == nil {
		return "", ""
	}
	var m Match
	if gaz {
		m = NewDictionary(r.g, x.p).merged(e, a, date)
	} else {
		m = x.p.match(a, date)
	}
	return m.Country, m.Sector
}

// bygoneState reports whether the mention of id opening at token first
// is a dissolved state's name (Entry.Dissolved no later than year) after
// a bygone word, alone or hyphened ("former Soviet", "ex-Soviet").
func (r *Resolver) bygoneState(id string, toks []token.Token, first, year int) bool {
	e, ok := r.g.entries[id]
	if !ok || e.Dissolved == 0 || year < e.Dissolved || first == 0 {
		return false
	}
	k := first - 1
	if toks[k].Text == "-" && k > 0 {
		k--
	}
	return r.g.lex.bygoneWords[fold(toks[k].Text)]
}

// anachronism returns the actor that stood for id in year when id did not
// exist yet.
func (r *Resolver) anachronism(id string, year int) (string, bool) {
	e, ok := r.g.entries[id]
	if !ok || year == 0 || e.Founded == 0 || year >= e.Founded || e.Before == "" {
		return "", false
	}
	if _, ok := r.g.entries[e.Before]; !ok {
		return "", false
	}
	return e.Before, true
}

// place turns a capital standing for its state ("Pyongyang said") into its
// country, and keeps it a place after a locative ("in Pyongyang").
func (r *Resolver) place(id string, kind Kind, locative bool) (string, bool) {
	if country, ok := r.g.capitalOf[id]; ok && !locative {
		return country, false
	}
	return id, locative || kind == Place
}

// kindOf returns the kind of the actor with the given id.
func (r *Resolver) kindOf(id string) Kind {
	if e := r.g.entry(id); e != nil {
		return e.Kind
	}
	if rec, ok := r.actors[id]; ok {
		return rec.Kind
	}
	switch id[:strings.IndexByte(id, ':')+1] {
	case "person:":
		return Person
	case "country:":
		return Country
	case "place:":
		return Place
	case AgentPrefix:
		return Organization // a country's police, army: a body of the state
	}
	return Organization
}

// resolveSurname returns the actor id of the candSurname c, with text name
// and nameKey key: the body or person the document or the gazetteer knows
// by that one word, or "" when it names nobody.
func (r *Resolver) resolveSurname(c *candidate, name, key string, recent *recents) string {
	if id, ok := r.learnt["acr:"+key]; ok && isAllCaps(name) {
		return id
	}
	if id := r.matchRecent(key, recent); id != "" {
		return id
	}
	if id, ok := r.learnt["org:"+key]; ok {
		return id // "Yukos" after "oil group Yukos": the body named so
	}
	if id, ok := r.docShort[key]; ok {
		return id // "Orlen" after "PKN Orlen"
	}
	for _, a := range r.g.names[key] {
		if r.g.entry(a.id).Kind == Organization && (!a.caps || isAllCaps(name)) {
			return a.id // a known body ("Xinhua"), never a person's short name
		}
	}
	if id := r.writtenPerson(key, recent); id != "" {
		return id // "Boucher" after "Richard Boucher", whatever that was read as
	}
	if id := r.matchKnown(key, name, c.role != ""); id != "" && r.titleFits(id, c.role) {
		return id
	}
	if ids := r.g.surnames[key]; len(ids) == 1 {
		return ids[0]
	}
	if c.role != "" {
		return r.newID("person:", key, name)
	}
	return ""
}

// resolve returns the actor id of candidate c with text name, whose
// nameKey is key and whose wordKeys are words, or "" when it names nobody.
func (r *Resolver) resolve(c *candidate, name, key string, words []string, recent *recents) string {
	if id := recent.fuller(words); id != "" && r.personName(c) {
		// "Deve Gowda" after "H.D. Deve Gowda": the person this
		// document named in full, before any reading of its own
		return id
	}
	switch c.kind {
	case candCountry, candAgent:
		return c.ids[0]
	case candEntity:
		if id, ok := r.docAcr[key]; ok && isAllCaps(name) {
			return id // "AFP" after "Australian Federal Police (AFP)"
		}
		ids := c.ids
		if len(words) == 1 && r.g.entry(ids[0]).Kind == Person {
			// a short form: the known bearer when this document named
			// them in full, else the person of this document it fits.
			if recent.has(ids[0]) {
				return ids[0]
			}
			if id := r.matchRecent1(words[0], recent, false); id != "" {
				return id
			}
			if id := r.writtenPerson(words[0], recent); id != "" {
				return id // "Aziz" of "MA Aziz" here, not Shaukat Aziz
			}
			if e := r.g.entry(ids[0]); !r.g.gazetteer(e.ID) && c.role == "" && nameKey(e.Name) != key {
				// Phoenix's short form of a person ("Brown") is a name
				// only when the person was named in full before, or has
				// one name only ("Suharto").
				return r.matchKnown(words[0], name, false)
			}
		}
		return ids[0]
	case candSurname:
		if f := fold(name); len(f) <= 3 && phonetic(f) != f {
			// "All" is not "Al": a short word that sounds like others
			// names only a person this document named before with
			// exactly that word ("Wen" after "Wen Jiabao")
			if id := r.matchRecent(key, recent); id != "" && r.namedWith(id, f) {
				return id
			}
			return ""
		}
		if c.attributive {
			a := *c
			a.role = "" // never a person made up here, to be found by later mentions
			if id := r.resolveSurname(&a, name, key, recent); id != "" && r.kindOf(id) != Person {
				return id // "the Yukos group"
			}
			return "" // "the Best family": not George Best
		}
		return r.resolveSurname(c, name, key, recent)
	case candKnown:
		if id, ok := r.learnt[key]; ok {
			return id
		}
		if id, ok := r.learnt["org:"+key]; ok {
			return id // "PKN Orlen" after "the Polish group PKN Orlen"
		}
		if id, ok := r.docShort[key]; ok {
			return id // "Orlen" after "PKN Orlen"
		}
		if ids := r.g.Find(name); len(ids) > 0 {
			return ids[0]
		}
		return ""
	case candPerson:
		if id, ok := r.learnt[key]; ok {
			return id
		}
		if ids := r.g.Find(name); len(ids) > 0 {
			return ids[0]
		}
		if id := recent.shorter(words); id != "" {
			return id // "Abolhassan Bani-Sadre" after "Bani Sadre": one person
		}
		return r.newID("person:", key, name)
	case candOrg:
		prefix := "org:"
		if c.affil != "" {
			prefix += strings.ToLower(strings.TrimPrefix(c.affil, "country:")) + "-"
		}
		if ids := r.g.Find(name); len(ids) > 0 && c.affil == "" {
			return ids[0]
		}
		if id, ok := r.learnt[prefix+key]; ok {
			return id
		}
		core := r.orgCore(words, c.affil != "")
		if id, ok := r.learnt["core:"+prefix+core]; ok && core != "" {
			return id // "China Netcom Corp." after "China Netcom Group"
		}
		id := r.newID(prefix, prefix+key, name)
		if core != "" && id != "" {
			r.learnt["core:"+prefix+core] = id
		}
		if first := words[0]; len(words) >= 2 && id != "" && r.g.lex.clubNames[first] {
			if _, ok := r.learnt["org:"+first]; !ok {
				r.learnt["org:"+first] = id // "Werder" after "Werder Bremen"
			}
		}
		if last := words[len(words)-1]; len(words) == 2 && id != "" && c.affil == "" && !r.g.lex.orgHeads[last] && !r.g.lex.corpSuffixes[last] && !r.g.lex.localBodies[last] && !commonWord(lastWord(name)) {
			if _, ok := r.docShort[last]; !ok {
				// "Orlen" after "PKN Orlen" in the same article; never
				// "authorities" after "Kursk authorities", nor a word of
				// the language ("Customs" after "Busan Customs"), nor in
				// another article, where the word names what it names
				// there ("Hamburg police" after another article's "SV
				// Hamburg", "Asian" after "Central Asian")
				r.docShort[last] = id
			}
		}
		return id
	case candPlace:
		if ids := r.g.Find(name); len(ids) > 0 {
			return ids[0]
		}
		if id := r.matchRecent(key, recent); id != "" {
			return id // "in Slepian's home": a person named before
		}
		return r.newID("place:", "place:"+key, name)
	}
	return ""
}

// writtenPerson returns the person the document writes in full with
// given names or initials before the surname whose key is key
// (lexer.writtenNames), "" when it writes none or two: the one that name
// was resolved to, else the gazetteer's, Phoenix's or an earlier
// document's person of that name, else a person of its own.
func (r *Resolver) writtenPerson(key string, recent *recents) string {
	w, ok := recent.written[key]
	if !ok || w.key == "" {
		return ""
	}
	if id, ok := r.learnt[w.key]; ok && r.kindOf(id) == Person {
		return id
	}
	for _, id := range r.g.Find(w.name) {
		if r.kindOf(id) == Person {
			return id
		}
	}
	if id := "person:" + slug(w.name); (r.g.known(id) || r.actors[id] != nil) && r.kindOf(id) == Person {
		return id // Phoenix's person ("Kofi Annan"), or one another document named so
	}
	id := r.newID("person:", w.key, w.name)
	if id != "" {
		recent.writtenIDs[id] = w.name
	}
	return id
}

// nameWritten gives the person id, made up by writtenPerson from the full
// name its document writes, that name when it has none of two or more
// words yet: "P.W. Botha", not the "Botha" it was first met as.
func (r *Resolver) nameWritten(id string, recent *recents) {
	name, ok := recent.writtenIDs[id]
	rec := r.actors[id]
	if !ok || rec == nil || len(rec.words) >= 2 {
		return
	}
	rec.Name, rec.words = name, wordKeys(name)
	r.indexWords(rec)
}

// hyphenTail reports whether token k, the last of a name starting at token
// first, is a capitalized word joined by a hyphen to the word before it:
// the end of a hyphenated surname ("Arroyo" of "Macapagal-Arroyo", "Dhari"
// of "al-Dhari"), which news writes alone for the person.
func hyphenTail(toks []token.Token, first, k int) bool {
	if k-2 < first || toks[k-1].Text != "-" || !token.Adjacent(toks[k-2], toks[k-1]) || !token.Adjacent(toks[k-1], toks[k]) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(toks[k].Text)
	return unicode.IsUpper(r)
}

// personName reports whether candidate c may be a person's name: an
// unknown person's, capitalized words known only if named before, or a
// gazetteer name read first as a person.
func (r *Resolver) personName(c *candidate) bool {
	switch c.kind {
	case candPerson, candKnown:
		return true
	case candEntity:
		return len(c.ids) > 0 && r.g.entry(c.ids[0]).Kind == Person
	}
	return false
}

// orgCore returns the key of an organization's name whose word keys are
// words without its company-form words at the end ("Group", "Corp.",
// "Ltd.") and, within one state's scope (scoped), without "National":
// names of one body that differ only by them share it ("Palestinian
// National Authority", "Palestinian Authority"). It returns "" when
// nothing is left.
func (r *Resolver) orgCore(words []string, scoped bool) string {
	end := len(words)
	for end > 1 && r.g.lex.corpSuffixes[words[end-1]] {
		end--
	}
	var b strings.Builder
	for _, w := range words[:end] {
		if w != "national" || !scoped {
			b.WriteString(w)
		}
	}
	return b.String()
}

// newID returns the id learnt for key, or makes one from prefix and the
// slug of name.
func (r *Resolver) newID(prefix, key, name string) string {
	if id, ok := r.learnt[key]; ok {
		return id
	}
	s := slug(name)
	if s == "" {
		return ""
	}
	id := prefix + s
	for n := 2; ; n++ {
		if taken := r.g.known(id); !taken && !r.taken(id) {
			break
		}
		id = prefix + s + "-" + itoa(n)
	}
	r.learnt[key] = id
	r.used[id] = true
	return id
}

// taken reports whether id is used by an actor not in the gazetteer.
func (r *Resolver) taken(id string) bool { return r.used[id] }

func itoa(n int) string {
	var b [20]byte
	i := len(b)
	for n > 0 || i == len(b) {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}

// matchRecent returns the most recent person of the document whose name
// has word as its last word, or as its first when that is not a given name
// ("Kim" of "Kim Jong Un", not "Al" of "Al Gore"); of several people named
// in full with that surname, the one named most (recents.match). A journalist of a
// byline ("AP writer Kim Tong-hyung") is taken only when no one else
// fits: a news story's short names are of the people it is about.
func (r *Resolver) matchRecent(word string, recent *recents) string {
	if id := r.matchRecent1(word, recent, false); id != "" {
		return id
	}
	return r.matchRecent1(word, recent, true)
}

// matchRecent1 is matchRecent over the recents whose byline is byline.
func (r *Resolver) matchRecent1(word string, recent *recents, byline bool) string {
	return recent.match(word, !r.g.lex.firstNames[word], byline)
}

// namedWith reports whether the actor id was named so far with a name
// holding the word whose fold is f ("Wen" of "Wen Jiabao").
func (r *Resolver) namedWith(id, f string) bool {
	rec := r.actors[id]
	if rec == nil {
		return false
	}
	holds := func(name string) bool {
		for _, w := range strings.Fields(name) {
			if fold(w) == f {
				return true
			}
		}
		return false
	}
	if holds(rec.Name) {
		return true
	}
	for a := range rec.aliases {
		if holds(a) {
			return true
		}
	}
	return false
}

// byline reports whether role is a journalist's ("AP writer",
// "correspondent").
func (r *Resolver) byline(role string) bool {
	if role == "" {
		return false
	}
	if r.g.lex.bylineRoles[nameKey(role)] {
		return true
	}
	w := wordKeys(role)
	return len(w) > 0 && r.g.lex.bylineRoles[w[len(w)-1]]
}

// knownDocs is how many documents must have named a person in full before
// a bare word of another document is taken for them (matchKnown): one
// article's "Corporal John Lyon" is not the "Lyon" of a football report,
// while a leader named in full by many articles ("Jacques Chirac") is the
// "Chirac" of one that never gives his first name.
const knownDocs = 2

// matchKnown returns the person of earlier documents, named there in full,
// whose name has word (the phonetic key of the one-word name text) as its
// last word, or as its first only under a title (titled: "Premier Wen";
// a bare first word of another article's name is most often another
// thing or person: "Do not", "the Oscar", "Sam" the child, not Do Muoi,
// Oscar Luigi Scalfaro or Sam Rainsy); the most mentioned wins, then the
// smallest id. Across
// documents a word names that person only when spelled as the person was
// named (namedWith: "Robin" is not Robyn Kilpatrick, "Moussa" not Ahmed
// Mousa); when knownDocs documents named the person in full, or the person
// is of the gazetteer or Phoenix ("Bashir"), or a title heads the word
// (titled: "Executive Director Steiner" is a person, a bare "Lyon" may be a
// club); and when the word is no name of its own (ownName: "the Indonesian
// Military" is not a person whose surname is Military).
func (r *Resolver) matchKnown(word, text string, titled bool) string {
	if r.ownName(word, text) {
		return ""
	}
	best, n := "", 0
	first := titled && !r.g.lex.firstNames[word]
	f := fold(text)
	for _, id := range r.byWord[word] {
		rec := r.actors[id]
		w := rec.words
		if rec.Kind != Person || len(w) < 2 || (!(first && w[0] == word) && surname(w) != word) || rec.bylines == rec.mentions {
			continue // not the word's bearer, or only ever a byline
		}
		if !r.namedWith(id, f) || rec.fullDocs < knownDocs && !titled && !r.g.known(id) {
			continue // another spelling, or one article's person: not who a bare word of another article names
		}
		if rec.mentions > n || rec.mentions == n && id < best {
			best, n = id, rec.mentions
		}
	}
	return best
}

// titleFits reports whether title, the title a bare surname carries
// ("Justice Aziz"), may be a title of the known person id: no title, a
// courtesy title (data/lexicon.yaml courtesy_titles: "Mr."), a person named
// with no office yet, or an office of theirs sharing a word with the title
// ("President" of "Vice President"). Another office names another bearer
// of the surname.
func (r *Resolver) titleFits(id, title string) bool {
	rec := r.actors[id]
	if title == "" || rec == nil || len(rec.roles) == 0 || r.g.lex.courtesyTitles[nameKey(title)] {
		return true
	}
	words := map[string]bool{}
	for _, w := range wordKeys(title) {
		words[w] = true
	}
	for ro := range rec.roles {
		for _, w := range wordKeys(ro) {
			if words[w] {
				return true
			}
		}
	}
	return false
}

// ownName reports whether the one-word name text, whose phonetic key is
// word, names something of its own: a place, country or body of the
// gazetteer, or a word of the lexicon that heads or ends the names of bodies
// and places or names armed forces (org_heads, place_heads,
// corporate_suffixes, institution_words, local_bodies, armed_nouns,
// stopwords, non_names: "Ministry", "Corp.", "Military").
// Such a word is never taken for a person of another article.
func (r *Resolver) ownName(word, text string) bool {
	l := r.g.lex
	if l.orgHeads[word] || l.placeHeads[word] || l.corpSuffixes[word] || l.institutionWords[word] || l.localBodies[word] || l.armedNouns[word] || l.stopwords[fold(text)] || l.nonNames[word] {
		return true
	}
	for _, id := range r.g.Find(text) {
		if r.kindOf(id) != Person {
			return true
		}
	}
	return false
}

// note records mention m of an actor; words are the wordKeys of its text.
func (r *Resolver) note(m Mention, k candKind, words []string) {
	// the actor's names are as its words read, a broken hyphen's space
	// removed ("Ban Ki- moon" names "Ban Ki-moon"); the mention's text
	// stays the document's
	m.Text = token.Spell(m.Text)
	rec, ok := r.actors[m.ActorID]
	if !ok {
		rec = &record{Actor: Actor{ID: m.ActorID, Kind: m.Kind}, aliases: map[string]bool{}, roles: map[string]bool{}, affils: map[string]int{}}
		if e := r.g.entry(m.ActorID); e != nil {
			rec.Name, rec.Affiliation = e.Name, e.Affiliation
			if e.Kind == Organization && isAllCaps(m.Text) && strings.EqualFold(e.Name, m.Text) {
				// "OIC": the dictionaries write every name in capitals,
				// and the converter cannot tell every acronym from a
				// word ("Oic"); the text can. (Not a place: a dateline
				// writes "HELSINKI" in capitals too.)
				rec.Name = strings.Clone(m.Text)
			}
			for _, a := range e.Aliases {
				rec.aliases[a] = true
			}
			for _, ro := range e.Roles {
				rec.roles[ro] = true
			}
			rec.words = wordKeys(e.Name)
			r.indexWords(rec)
		} else {
			rec.Name = strings.Clone(m.Text) // not the whole text of its document
		}
		r.actors[m.ActorID] = rec
	}
	rec.mentions++
	if len(words) >= 2 && m.Kind == Person && rec.lastFull != r.doc {
		rec.fullDocs, rec.lastFull = rec.fullDocs+1, r.doc
	}
	if known := r.g.known(m.ActorID); k != candCountry && (!known || containsString(r.g.Find(m.Text), m.ActorID)) {
		if !rec.aliases[m.Text] {
			rec.aliases[strings.Clone(m.Text)] = true // not the whole text of its document
		}
		if w := words; len(w) > len(rec.words) && m.Kind == Person {
			rec.words = w
			r.indexWords(rec)
			if !r.g.known(m.ActorID) && len(wordKeys(rec.Name)) < 2 {
				rec.Name = strings.Clone(m.Text) // the first full name seen
			}
		}
	}
	if m.Kind == Person && r.phoenixSpelling(m.ActorID, m.Text, rec.Name) {
		if rec.spellings == nil {
			rec.spellings = map[string]int{}
		}
		rec.spellings[strings.Clone(m.Text)]++
	}
	if m.Role != "" {
		rec.roles[m.Role] = true
	}
	if m.Affiliation != "" {
		rec.affils[m.Affiliation]++
	}
	if rec.Sector == "" && (strings.HasPrefix(m.ActorID, UnaffiliatedPrefix) || m.Kind == Organization) {
		rec.Sector = m.Sector
	}
}

// agentName returns the text that names a country's agent most often
// among its qualified mentions (counts, of the texts in first, in the
// order first seen), the first seen on a tie; "" when there is none. The
// agent of all the country's troops is named for what most articles call
// it ("US troops"), not for the first article read ("US navy").
// A name in a state's former name (former: "Zaireans") is taken only
// when no other text names the agent.
func agentName(counts map[string]int, first []string, former func(string) bool) string {
	best, n, old := "", 0, true
	for _, s := range first {
		f := former(s)
		if c := counts[s]; old && !f || c > n && (f == old) {
			best, n, old = s, c, f
		}
	}
	return best
}

// Actors returns every actor mentioned so far, sorted by id, with the
// aliases seen and known, the roles seen and known, and its affiliation
// (the gazetteer's, or the one its mentions give most often).
func (r *Resolver) Actors() []Actor {
	out := make([]Actor, 0, len(r.actors))
	for _, rec := range r.actors {
		a := rec.Actor
		if n := agentName(rec.qualified, rec.firstQualified, r.g.formerName); n != "" {
			a.Name = n
		}
		a.Aliases = nil
		if n := spelling(rec.spellings); n != "" && n != a.Name {
			// "Mohamed ElBaradei" as the articles write him, not
			// Phoenix's "Mohamed Elbaradei", which stays an alias
			a.Aliases = append(a.Aliases, a.Name)
			a.Name = n
		}
		for s := range rec.aliases {
			if s != a.Name {
				a.Aliases = append(a.Aliases, s)
			}
		}
		sort.Strings(a.Aliases)
		a.Roles = nil
		for s := range rec.roles {
			a.Roles = append(a.Roles, s)
		}
		sort.Strings(a.Roles)
		if a.Affiliation == "" {
			best, n := "", 0
			for s, c := range rec.affils {
				if c > n || c == n && s < best {
					best, n = s, c
				}
			}
			a.Affiliation = best
		}
		out = append(out, a)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// indexWords files a person under the first and last words of its name.
func (r *Resolver) indexWords(rec *record) {
	if rec.Kind != Person || len(rec.words) < 2 {
		return
	}
	for _, w := range []string{rec.words[0], surname(rec.words)} {
		if !containsString(r.byWord[w], rec.ID) {
			r.byWord[w] = append(r.byWord[w], rec.ID)
		}
	}
}

// Actor returns the actor with the given id as Actors would, and whether
// it was mentioned.
func (r *Resolver) Actor(id string) (Actor, bool) {
	if _, ok := r.actors[id]; !ok {
		return Actor{}, false
	}
	for _, a := range r.Actors() {
		if a.ID == id {
			return a, true
		}
	}
	return Actor{}, false
}

// afterName reports whether the token before token i is a capitalized
// word after another word, a name inside the sentence and not its
// capitalized opening: "two Ingush women" are that people's, whom no
// country of the story tells.
func afterName(toks []token.Token, i int) bool {
	return i >= 2 && toks[i-2].Kind == token.Word && toks[i-1].Kind == token.Word && isCapitalized(toks[i-1].Text)
}

// namesCountry reports whether a sentence's candidates name a country, by
// its name or a demonym, alone or on what it qualifies ("Serbian forces").
func namesCountry(cands []candidate) bool {
	for _, c := range cands {
		if c.kind == candCountry || strings.HasPrefix(c.affil, "country:") {
			return true
		}
	}
	return false
}
