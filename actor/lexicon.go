package actor

import (
	"bytes"
	"strings"

	"gopkg.in/yaml.v3"
)

// lexiconFile is the layout of data/lexicon.yaml: word lists the recognizer
// uses, all matched case-insensitively.
type lexiconFile struct {
	Titles     []string `yaml:"titles"`      // roles before or after a name: "Foreign Minister"
	OrgHeads   []string `yaml:"org_heads"`   // last words of organization names: "Ministry"
	PlaceHeads []string `yaml:"place_heads"` // words after a place name: "region"
	// LocalBodies after a place's name make a body of its own: "the
	// Shanxi government", "the Sichuan provincial authorities".
	LocalBodies []string `yaml:"local_bodies"`
	// LocalLevels may stand between the place and the body: "provincial".
	LocalLevels  []string `yaml:"local_levels"`
	PlaceOfHeads []string `yaml:"place_of_heads"` // words before "of" and a place name: "town"
	VenueOfHeads []string `yaml:"venue_of_heads"` // a building's or ground's name word before "of": "Hall"
	// PlaceParticiples follow a place's name and a hyphen in a modifier
	// that makes the place where the thing is: "Singapore-listed".
	PlaceParticiples []string `yaml:"place_participles"`
	// PersonVerbs after an unknown run of capitalized words make it a
	// person, as Speech does: "Orvel Tanaski urged".
	PersonVerbs []string `yaml:"person_verbs"`
	// SurnameGroups are nouns for a family's or a leader's people after
	// "the" and a surname: "the Smith family" (recognize.go, attributive).
	SurnameGroups []string `yaml:"surname_groups"`
	FirstNames    []string `yaml:"first_names"`  // given names that start a person's name
	Stopwords     []string `yaml:"stopwords"`    // capitalized function words that start no name
	NonNames      []string `yaml:"non_names"`    // capitalized words that are never names: months, days (see dottedNonNames)
	Locatives     []string `yaml:"locatives"`    // prepositions making the next name a place
	Motion        []string `yaml:"motion"`       // words after which "to X" is a destination
	Departure     []string `yaml:"departure"`    // words after which "for X" is a destination: "left for"
	PlaceObject   []string `yaml:"place_object"` // verbs whose object is a place: "visited X"
	Speech        []string `yaml:"speech"`       // verbs after a person's name: "said"
	Connectors    []string `yaml:"connectors"`   // lower-case words inside names: "of", "bin"
	Appositives   []string `yaml:"appositives"`  // words opening an apposition: "then", "former"
	// BygoneWords, before a dissolved state's name, say its former
	// lands, not the state ("former Soviet": Resolver.bygoneState).
	BygoneWords []string `yaml:"bygone_words"`
	Modifiers   []string `yaml:"modifiers"`  // words allowed before a title: "top", "senior"
	NotPerson   []string `yaml:"not_person"` // words never in a person's name: "West", "Street"
	// PlaceSuffixes end names of places: "Park", "Square", "Airport".
	PlaceSuffixes []string `yaml:"place_suffixes"`
	// Events are names of events that are no actors: "World War II".
	Events []string `yaml:"events"`
	// EventHeads end names of events: "War", "Games".
	EventHeads []string `yaml:"event_heads"`
	// EventOpeners open names of events: "Operation" of "Operation
	// Desert Storm".
	EventOpeners []string `yaml:"event_openers"`
	// NameAdjectives stand inside organization names: "Islamic".
	NameAdjectives []string `yaml:"name_adjectives"`
	// PossessiveNameWords take a possessive inside organization names:
	// "People's".
	PossessiveNameWords []string `yaml:"possessive_name_words"`
	// CorporateSuffixes end company names: "Group", "Inc.".
	CorporateSuffixes []string `yaml:"corporate_suffixes"`
	// BodyJoints join two fields inside one body's name: "and" of "State
	// Planning and Pricing Commission" (bodyjoint.go).
	BodyJoints []string `yaml:"body_joints"`
	// Directions before a state's name make a region of it: "southern".
	Directions []string `yaml:"directions"`
	// RegionWords written capitalized before a state's name make a
	// region of it: "Inner Mongolia" (statename.go).
	RegionWords []string `yaml:"region_words"`
	// BylineRoles are journalists' roles: "writer", "correspondent".
	BylineRoles []string `yaml:"byline_roles"`
	// Counts are words that count people: "hundreds", "two".
	Counts []string `yaml:"counts"`
	// SingleCounts before a singular demonym that ends its phrase count one
	// person: "one Italian", "a Briton".
	SingleCounts []string `yaml:"single_counts"`
	// PersonEnds after a singular demonym end its phrase: "one Italian
	// was", "a Briton who".
	PersonEnds []string `yaml:"person_ends"`
	// EthnicMarkers before a demonym that ends its phrase make it a
	// people told by its origin, not the state: "ethnic Nepalese".
	EthnicMarkers []string `yaml:"ethnic_markers"`
	// PersonDemonyms are the demonyms that are nouns for persons only
	// ("Briton", "Spaniards"): any mention is that country's people
	// (recognize.go, peoplenoun.go).
	PersonDemonyms []string `yaml:"person_demonyms"`
	// PeopleGroups after a demonym are groups of that country's people,
	// not its state, though WordNet has no person sense for them:
	// "Ardenian companies", "rival Ardenian factions" (peoplenoun.go).
	PeopleGroups []string `yaml:"people_groups"`
	// PartyMembers map the words for the members of a country's party
	// ("Democrats") to that country's code (partymember.go).
	PartyMembers map[string]string `yaml:"party_members"`
	// PartyNameWords are the party_members words that are the first word
	// of their party's full name ("Labour" of "Labour Party"): alone they
	// name the actor of that full name (resolve.go).
	PartyNameWords []string `yaml:"party_name_words"`
	// PartyCreeds are the creed words that describe a party before a
	// lower-case party noun, naming none ("a Moslem party"; recognize.go).
	PartyCreeds []string `yaml:"party_creeds"`
	// StatePersons are the person nouns that, after a demonym, stand for
	// the state ("the Spanish counterpart", "French negotiators"): the
	// demonym stays the country's (peoplenoun.go).
	StatePersons []string `yaml:"state_persons"`
	// BodyHeads after a body's name, with "the" before it and no name
	// after it, stand for the person the document named as that body's
	// ("the IAEA chief": headofbody.go).
	BodyHeads []string `yaml:"body_heads"`
	// LandNouns after a demonym make it a place: "the Somali coast".
	LandNouns []string `yaml:"land_nouns"`
	// MissionNouns after a demonym name a state's mission abroad: "the
	// German embassy" (recognize.go's sentenceCountry).
	MissionNouns []string `yaml:"mission_nouns"`
	// CrowdOwners after a counted crowd's noun tie it to a body: "300
	// members of the party" are the party's (countedcrowd.go).
	CrowdOwners []string `yaml:"crowd_owners"`
	// CrowdApprox are the approximators before a crowd's count ("some",
	// "more than") (countedcrowd.go).
	CrowdApprox []string `yaml:"crowd_approximators"`
	// CrowdTaken are the words before a crowd's count and its
	// approximators that make the counted crowd one told before or
	// another's ("the two boys") (countedcrowd.go).
	CrowdTaken []string `yaml:"crowd_taken"`
	// ArmedNouns after a demonym or a state's name name its armed force or
	// its weapons: "Russian forces", "Israeli tank shells" (recognize.go's
	// victimCountry).
	ArmedNouns []string `yaml:"armed_nouns"`
	Owners     []string `yaml:"owners"`
	// InstitutionWords name a kind of public body any state may have:
	// "Congress", "State Department" (doccountry.go).
	InstitutionWords []string `yaml:"institution_words"`
	// HomeAgents are the bare generic agents the document's own country
	// resolves: "police" (doccountry.go: homeAgent).
	HomeAgents []string `yaml:"home_agents"`
	// StationedAgents are the bare generic agents an "in COUNTRY" right
	// after them places in that country's service: "police in Bangladesh"
	// (bareagent.go: stationedCountry).
	StationedAgents []string `yaml:"stationed_agents"`
	// OwnArmedAgents are the bare armed generic agents that are a group of
	// their own when nothing resolves their country: "soldiers"
	// (bareagent.go: bareAgent).
	OwnArmedAgents []string `yaml:"own_armed_agents"`
	// PersonAgentModifiers are the words that make the singular name of
	// a generic agent right after them a person who acts: "a suicide
	// bomber" (bareagent.go: bareAgent).
	PersonAgentModifiers []string `yaml:"person_agent_modifiers"`
	// NameParticles are the lower-case words inside a person's surname:
	// "de", "van" (recognize.go: particleEnd).
	NameParticles []string `yaml:"name_particles"`
	// OrgDescriptors are common nouns for a company or a body written
	// right before its name: "oil group Yukos", "carmaker Toyota".
	OrgDescriptors []string `yaml:"org_descriptors"`
	// ClubPrefixes open a sports club's name: "VfL Wolfsburg", "Real
	// Madrid", "Werder Bremen" (recognize.go: clubName).
	ClubPrefixes []string `yaml:"club_prefixes"`
	// ClubNames are club prefixes that name one club alone: "Werder"
	// after "Werder Bremen" (resolve.go).
	ClubNames []string `yaml:"club_names"`
	// ClubSuffixes end a club's name and alone, after it, are that club:
	// "United" after "Manchester United" (resolve.go).
	ClubSuffixes []string `yaml:"club_suffixes"`
	// GameVerbs, GameNouns and GameMarkers tell a game's sides beside a
	// score: "Lyon drew 1-1 with Lille", "a 2-0 win over Monaco"
	// (team.go: gameSide).
	GameVerbs   []string `yaml:"game_verbs"`
	GameNouns   []string `yaml:"game_nouns"`
	GameMarkers []string `yaml:"game_markers"`
	// SideVerbs tell a side's standing after a game it names with its
	// score: "Everton suffered a 2-1 defeat" (team.go: sideClause).
	SideVerbs []string `yaml:"side_verbs"`
	// MarketVerbs tell a share's move right after its company's one-word
	// name with a figure: "Westpac rose 9 cents" (marketside.go).
	MarketVerbs []string `yaml:"market_verbs"`
	// MarketLevelVerbs tell a share's level before a direction and a
	// figure: "Dravo closed unchanged at 1,240" (marketside.go:
	// marketLevel).
	MarketLevelVerbs []string `yaml:"market_level_verbs"`
	// MarketLevelWords are the words of a level after one of MarketLevelVerbs:
	// "was up 310 pesos" (marketside.go: marketLevel).
	MarketLevelWords []string `yaml:"market_level_words"`
	// OpeningAdjectives are adjectives that are also the surnames of
	// people of other articles: opening a sentence before a lower-case
	// word they are that adjective ("Major roads"; strayword.go).
	OpeningAdjectives []string `yaml:"opening_adjectives"`
	// TeamNouns name a team by its kind after a capitalized modifier:
	// "Tuscan rivals Empoli", "French side Lyon" (team.go).
	TeamNouns []string `yaml:"team_nouns"`
	// Portfolios are the words of a minister's portfolio written after
	// the title and "of" or "for", before the name: "Minister of Commerce
	// Bo Xilai" (recognize.go: portfolio).
	Portfolios []string `yaml:"portfolios"`
	// DefiniteBodies are the common nouns by which an article refers back,
	// with "the", to a body it named ("Sony Corp. said … the company
	// added"), each with the kinds of body it may stand for: a Phoenix
	// sector of the body at the document's date ("MNC", "NGO"), or
	// "corporate" for a name ending in one of corporate_suffixes
	// (bodyref.go).
	DefiniteBodies map[string][]string `yaml:"definite_bodies"`
	// DescribedBodyStops are the lower-case words that may not describe
	// a definite_bodies noun between "the" and it ("the new company",
	// "the rival group", "the first group"): a body told apart from, or
	// other than, the one named before (bodyref.go: bodyHead).
	DescribedBodyStops []string `yaml:"described_body_stops"`
	// PersonLabels are capitalized words for a person's party or creed
	// written right before the person's name and no part of it:
	// "Socialist Lionel Jospin", "Republican Lindsey Graham" (personlabels.go).
	PersonLabels []string `yaml:"person_labels"`
	// NameNouns ("nouns before a name") are lower-case nouns for a person
	// that WordNet lacks or reads first as an adjective: before an unknown
	// run of capitalized words they make it a person's name, as WordNet's
	// person nouns do ("Tottenham midfielder Edgar Davids", "activist Jane
	// Orwin"; recognize.go, afterPersonNoun).
	NameNouns []string `yaml:"name_nouns"`
	// ChurchWords after a demonym make it part of a church's or a
	// denomination's name, not the country: "Greek Orthodox", "Armenian
	// Apostolic", "Roman Catholic" (item.go, match).
	ChurchWords []string `yaml:"church_words"`
	// PartyNouns after a demonym and up to partyNounGap lower-case words
	// make it a party's or a movement's, not the country: "the Afghan
	// communist party", "Somali movements" (item.go, partyAfter).
	PartyNouns []string `yaml:"party_nouns"`
	// IndexNouns after a capitalized run, and a number or not, make the
	// whole phrase a market index's name: "the Zedex index", "the Borsa
	// 30 index" (namedindex.go, namedIndex).
	IndexNouns []string `yaml:"index_nouns"`
	// NameHonorifics are titles that also stand inside a name, between
	// its words, after the same title opened it: "Sheikh Sharif Sheikh
	// Ahmed" is one person (item.go, items).
	NameHonorifics []string `yaml:"name_honorifics"`
	// CourtesyTitles are titles any person may carry ("Mr.", "Dr."):
	// before a bare surname they say nothing of the person's office
	// (resolve.go, titleFits).
	CourtesyTitles []string `yaml:"courtesy_titles"`
}

// lexicon is the loaded lexicon: sets keyed by phonetic word keys, titles by
// the key of the whole title.
type lexicon struct {
	titles                                                  map[string]string // nameKey -> canonical title
	orgHeads, placeHeads, firstNames, stopwords             map[string]bool
	nonNames, locatives, motion, departure, speech, connect map[string]bool
	placeObject                                             map[string]bool
	localBodies, localLevels                                map[string]bool
	appositives, modifiers, notPerson                       map[string]bool
	bygoneWords                                             map[string]bool
	placeSuffixes, eventHeads, nameAdjectives               map[string]bool
	eventOpeners                                            map[string]bool
	possNameWords, corpSuffixes, directions                 map[string]bool
	regionWords                                             map[string]bool
	bodyJoints                                              map[string]bool // folded
	bylineRoles                                             map[string]bool // nameKey of the whole role
	counts, landNouns                                       map[string]bool
	singleCounts, personEnds, ethnicMarkers                 map[string]bool
	personDemonyms, statePersons, bodyHeads                 map[string]bool
	peopleGroups                                            map[string]bool
	partyMembers                                            map[string]string // nameKey -> country id
	partyFullNames                                          map[string]string // nameKey -> the party's full name
	missionNouns                                            map[string]bool
	crowdOwners, crowdApprox, crowdTaken                    map[string]bool
	armedNouns                                              map[string]bool
	owners                                                  map[string]bool
	institutionWords                                        map[string]bool
	homeAgents                                              map[string]bool
	stationedAgents                                         map[string]bool
	ownArmedAgents                                          map[string]bool
	personAgentModifiers                                    map[string]bool
	nameParticles                                           map[string]bool
	orgDescriptors                                          map[string]bool
	placeOfHeads                                            map[string]bool
	venueOfHeads, surnameGroups, placeParticiples           map[string]bool
	personVerbs                                             map[string]bool
	clubPrefixes, clubNames, clubSuffixes                   map[string]bool
	gameVerbs, gameNouns, gameMarkers, teamNouns            map[string]bool // folds, not keys
	sideVerbs                                               map[string]bool // folds, not keys
	marketVerbs                                             map[string]bool // folds, not keys
	marketLevelVerbs, marketLevelWords                      map[string]bool // folds, not keys
	portfolios                                              map[string]bool // folds, not keys
	personLabels                                            map[string]bool
	openingAdjectives                                       map[string]bool     // folds, not keys
	nameNouns                                               map[string]bool     // folds, not keys
	definiteBodies                                          map[string][]string // fold of the noun -> kinds
	describedBodyStops                                      map[string]bool
	events                                                  map[string]bool // nameKey of the whole name
	eventNames                                              []string        // the events as written

	// dottedNonNames are the keys of non_names written only with a period
	// ("Sep.", "Jan."): abbreviations that bar a word only when the text
	// keeps the period or a number follows ("Sep. 11", "Sept 2024"), so a
	// given name of the same letters ("Sepp", "Jan", "Jun") still starts a
	// name (item.go, nonName).
	dottedNonNames map[string]bool
	churchWords    map[string]bool
	partyNouns     map[string]bool
	indexNouns     map[string]bool
	partyCreeds    map[string]bool
	nameHonorifics map[string]bool
	courtesyTitles map[string]bool
}

func loadLexicon() (*lexicon, error) {
	b, err := dataFS.ReadFile("data/lexicon.yaml")
	if err != nil {
		return nil, err
	}
	var f lexiconFile
	dec := yaml.NewDecoder(bytes.NewReader(b))
	dec.KnownFields(true)
	if err := dec.Decode(&f); err != nil {
		return nil, &Error{File: "actor/data/lexicon.yaml", Line: yamlLine(err), Msg: err.Error()}
	}
	l := &lexicon{titles: map[string]string{}}
	for _, t := range f.Titles {
		if k := nameKey(t); l.titles[k] == "" {
			l.titles[k] = t // the first spelling is the canonical one
		}
	}
	set := func(ws []string) map[string]bool {
		m := make(map[string]bool, len(ws))
		for _, w := range ws {
			m[nameKey(w)] = true
		}
		return m
	}
	l.orgHeads, l.placeHeads, l.firstNames = set(f.OrgHeads), set(f.PlaceHeads), set(f.FirstNames)
	l.localBodies, l.localLevels = set(f.LocalBodies), set(f.LocalLevels)
	// stopwords are looked up by their folded spelling, not their
	// phonetic key: "All" is a stopword, "Al" a given name ("Al Gore")
	l.stopwords = make(map[string]bool, len(f.Stopwords))
	for _, w := range f.Stopwords {
		l.stopwords[fold(w)] = true
	}
	l.nonNames, l.locatives = map[string]bool{}, set(f.Locatives)
	l.dottedNonNames, l.churchWords = map[string]bool{}, set(f.ChurchWords)
	l.partyNouns, l.nameHonorifics = set(f.PartyNouns), set(f.NameHonorifics)
	l.partyCreeds = set(f.PartyCreeds)
	l.indexNouns = set(f.IndexNouns)
	l.courtesyTitles = set(f.CourtesyTitles)
	for _, w := range f.NonNames {
		if strings.HasSuffix(w, ".") {
			l.dottedNonNames[nameKey(w)] = true
		} else {
			l.nonNames[nameKey(w)] = true
		}
	}
	for k := range l.nonNames {
		delete(l.dottedNonNames, k) // a whole word bars its letters anywhere
	}
	l.motion, l.speech, l.connect = set(f.Motion), set(f.Speech), set(f.Connectors)
	l.departure = set(f.Departure)
	l.placeObject = set(f.PlaceObject)
	l.appositives, l.modifiers, l.notPerson = set(f.Appositives), set(f.Modifiers), set(f.NotPerson)
	l.bygoneWords = set(f.BygoneWords)
	l.placeSuffixes, l.eventHeads, l.nameAdjectives = set(f.PlaceSuffixes), set(f.EventHeads), set(f.NameAdjectives)
	l.eventOpeners = set(f.EventOpeners)
	l.possNameWords, l.corpSuffixes, l.directions = set(f.PossessiveNameWords), set(f.CorporateSuffixes), set(f.Directions)
	l.regionWords = set(f.RegionWords)
	l.bylineRoles, l.events, l.eventNames = set(f.BylineRoles), set(f.Events), f.Events
	l.counts, l.landNouns = set(f.Counts), set(f.LandNouns)
	l.singleCounts, l.personEnds, l.ethnicMarkers = set(f.SingleCounts), set(f.PersonEnds), set(f.EthnicMarkers)
	l.personDemonyms, l.statePersons, l.bodyHeads = set(f.PersonDemonyms), set(f.StatePersons), set(f.BodyHeads)
	l.peopleGroups = set(f.PeopleGroups)
	l.partyMembers = map[string]string{}
	for w, iso := range f.PartyMembers {
		l.partyMembers[nameKey(w)] = "country:" + iso
	}
	l.partyFullNames = map[string]string{}
	for _, w := range f.PartyNameWords {
		l.partyFullNames[nameKey(w)] = w + " Party"
	}
	l.missionNouns = set(f.MissionNouns)
	// the crowd's words are looked up as written, in lower case: "'s" and
	// "the" have no phonetic key of their own
	lowerSet := func(ws []string) map[string]bool {
		m := make(map[string]bool, len(ws))
		for _, w := range ws {
			m[strings.ToLower(w)] = true
		}
		return m
	}
	l.crowdOwners, l.crowdApprox, l.crowdTaken = lowerSet(f.CrowdOwners), lowerSet(f.CrowdApprox), lowerSet(f.CrowdTaken)
	l.armedNouns = set(f.ArmedNouns)
	l.owners = set(f.Owners)
	l.institutionWords = set(f.InstitutionWords)
	l.homeAgents = set(f.HomeAgents)
	l.stationedAgents = set(f.StationedAgents)
	l.ownArmedAgents = set(f.OwnArmedAgents)
	l.personAgentModifiers = set(f.PersonAgentModifiers)
	l.nameParticles = set(f.NameParticles)
	l.orgDescriptors = set(f.OrgDescriptors)
	l.placeOfHeads = set(f.PlaceOfHeads)
	l.venueOfHeads, l.surnameGroups = set(f.VenueOfHeads), set(f.SurnameGroups)
	l.placeParticiples, l.personVerbs = set(f.PlaceParticiples), set(f.PersonVerbs)
	l.clubPrefixes, l.clubNames, l.clubSuffixes = set(f.ClubPrefixes), set(f.ClubNames), set(f.ClubSuffixes)
	folds := func(ws []string) map[string]bool {
		m := make(map[string]bool, len(ws))
		for _, w := range ws {
			m[fold(w)] = true
		}
		return m
	}
	l.gameVerbs, l.gameNouns, l.gameMarkers = folds(f.GameVerbs), folds(f.GameNouns), folds(f.GameMarkers)
	l.teamNouns = folds(f.TeamNouns)
	l.sideVerbs = folds(f.SideVerbs)
	l.marketVerbs = folds(f.MarketVerbs)
	l.marketLevelVerbs, l.marketLevelWords = folds(f.MarketLevelVerbs), folds(f.MarketLevelWords)
	l.bodyJoints = folds(f.BodyJoints)
	l.openingAdjectives = folds(f.OpeningAdjectives)
	l.portfolios = folds(f.Portfolios)
	l.personLabels = set(f.PersonLabels)
	l.nameNouns = folds(f.NameNouns)
	l.describedBodyStops = folds(f.DescribedBodyStops)
	l.definiteBodies = make(map[string][]string, len(f.DefiniteBodies))
	for w, kinds := range f.DefiniteBodies {
		l.definiteBodies[fold(w)] = kinds
	}
	for k := range l.clubNames {
		l.clubPrefixes[k] = true // a club's own word opens its name too
	}
	return l, nil
}
