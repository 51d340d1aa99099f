// Package merge turns event mentions into events: one real-world happening
// is one event, however many sentences and articles mention it.
//
// # The rule
//
// Two mentions (or a mention and an event already merged) are the same
// event when all of the following hold:
//
//  1. Their factualities are in the same class: asserted and reported
//     mentions merge together; planned, hypothetical and negated ones
//     only with their own kind.
//  2. Their types are compatible: equal, or in the same row of the
//     compatibility table (data/compat.yaml, read by rows.go). A row
//     holds the variants of one act (a visit, the arrival that starts it
//     and the meeting or talks held during it) or a cause and its
//     effects (an attack, an assault, the killing it caused, mass
//     violence, and the invasion or capture of territory it won; a
//     natural disaster and the mishaps it caused, told as accidents: "10
//     buildings collapsed when the tornado struck", "the accident"); a
//     weapons test and a military exercise stay apart (a test is as
//     often the other side's answer to the drills). Synonym triggers of
//     one act ("signs the accord", "the signing ceremony", "inks the
//     deal") share a type already (event/data/triggers.yaml). Such
//     mentions become one event, not two linked ones: the event carries
//     the code of every mention (timeline.Event.CAMEOCodes, "cameo_codes"
//     in the JSON) besides its own type and code.
//  3. Their participants overlap: they share an agent, or, when either
//     type is symmetric (meeting, phone call, negotiation, agreement) or
//     an election ("X was elected": the winner acts; "the committee
//     elected X": X is its counterpart; crossed in compat.go), an actor
//     that is agent or counterpart in one is agent or counterpart in the
//     other. A person and the country he is affiliated with count as
//     shared for agents ("Kim oversaw the test" / "North Korea tested";
//     not a leader standing for a country the event names only as a
//     counterpart, when it names an agent he is not: "Osk held talks
//     with Ardenia's envoy" / "Vell, Ardenia's leader, met the
//     mediators" are two meetings, shared in merge.go);
//     across documents only for an act the country performs as a whole
//     (data/national.yaml: a test, an election, a market's session) or
//     a happening a noun recalls (dated by its own expression to more
//     than a day, or bound by its publication: "last month's truce"):
//     another article's act of another official, embassy or unit of the
//     country is judged by the weaker evidence below ("an exhibition
//     organized by the Chinese embassy" / "the Chinese vice premier
//     hailed cooperation": namesSameAcross, across.go), unless it names
//     two of the event's countries, as both sides of talks do.
//     Actors named only by what they are (a country's generic agents:
//     "troops", "militants", "police") shared alone never join two
//     mentions told at two places (neither containing the other, and not
//     a country and a spot the gazetteer puts in no country): "troops
//     shot a leader in Town A" and "a man was killed by troops' gunfire
//     in Town B" are two shootings; a named actor shared joins them
//     wherever each is told (anonymousElsewhere, anonplace.go).
//     A mention without any agent or counterpart (or an event without
//     any) is judged by weaker evidence; so is one whose agents and an event
//     of its own document's are all actors named by what they are, each
//     of a class of the other's (Options.Kin: "gunmen" and "armed men",
//     both unidentified armed men, may be the same men; and so may a group
//     of no country whose name ends with such an actor's name, "Vellish
//     rebels" / "the rebels", though two named groups of one class are two
//     agents: kin). It joins an event that has a
//     mention with its very trigger and sentence in another article (a
//     wire story copied word for word). It never joins an event at
//     another place (neither the same, nor containing or contained in
//     its own: Pyongyang and North Korea are not another place; nor, for
//     an event told by its own article alone, a spot the gazetteer puts
//     in no country that the article names at most anaphoraWindow
//     sentences after a country, or after a province it puts in none
//     (named with a noun of data/regions.yaml): "a road accident in
//     central Nepal" / "the bus fell into Trishuli river", "a mine
//     accident in Vell Province" / "the blast at the Osk Colliery",
//     guard.go, region.go), nor,
//     dated by its own expression to a month (or, told by a verb, by a
//     relative one to a quarter, a season, a half or a year: "200 soldiers
//     have been killed this year"; a full year, "the 2004 bombing", or a
//     noun ranking the event, "the 16th typhoon this year", may name the
//     day's event),
//     an event dated to a week
//     by its own expression, or to a day or a time of day (by its own
//     expression, or by the publication as the day's news), or the other
//     way round ("X was kidnapped on Sunday" /
//     "earlier this month, militants kidnapped 100 people": otherSpan). It
//     joins an event mentioned at most three sentences away in the same
//     document (anaphoraWindow; not when the two share no type, no
//     sentence holds both, and one of them is told as done before the
//     news, rule 5: "thirteen rebels were hanged" / "the rebels had
//     stormed a police post" are two acts, boundOtherAct,
//     boundnear.go; nor, for a type of data/soletype.yaml's
//     verb_instances, a verb joining an event that holds a verb of its
//     type in another sentence and none in its own: "Rovers beat the
//     Wanderers 2-1" / "the Harriers won 1-0 at home" are two results,
//     verbsApart), or an event at the same place (of
//     another article only when the articles share their day, or when
//     the mention is dated by its own expression to a month or less and
//     the event either is too or is dated by its article's day alone, the
//     mention at most placeLagDays before it: "who is paying a visit to
//     Iraq" is not "arrived in Baghdad" in an article of years before,
//     nor "his last visit to China was in 2005" the visit to China on
//     November 21, 2005; nor, of another article, when it names no agent
//     while the other mentions of its row in its sentence name agents
//     none of which is or is affiliated with one of the event's, "Y
//     reached Ardenia, two days after starting a tour of the region" /
//     "X began a tour of the region": namedElsewhere,
//     sentenceagents.go); or, after
//     the first pass (see below), when every event is there to compete
//     for it and exactly one takes it: an event of exactly its type that
//     shares a target with it, both dated by their own expressions
//     ("Georgia arrested four Russian officers in September" / "the
//     detention of Russian officers in late September"), or the event
//     dated so when the mention, dated by the publication, is told in
//     one of its documents (its date must still nest, rule 4: "Dar had
//     been arrested in Srinagar" / "the army arrested Dar on November
//     10"), or an event of
//     exactly its type and document dated to exactly its day, or to a
//     time of that day ("crashed early Monday" / "the crash at 7:30"),
//     both by their own expressions, or, when neither names an agent or
//     counterpart, an event of exactly its type and document dated to
//     exactly its year, month or week, both by their own expressions,
//     stating no other amount of one unit ("a massacre 23 years ago" /
//     "the massacre of 163 farmers in 1982"; "5,000 killed in 1994" /
//     "300 killed in 1994" stay two: samedate.go), or, dated so to a month
//     or a week, to a day inside it, when a mention of the event of
//     exactly its type names the act with a word of its trigger
//     (event.SameWord; not an injury, nor a type of data/soletype.yaml):
//     "her return to office in the May run-off" / "the victor of the
//     May 4 run-off" are one (heldAnonymousDate), "the clashes last
//     month" / "an officer shot dead a fan on Thursday" two; or, for a
//     symmetric act (a meeting, talks, a call, an agreement) dated only as
//     the news of its publication day and told below its article's lead
//     (leadSentences), the event whose mention of exactly its type in the
//     lead names it with a word of its trigger and is dated by its own
//     expression to that day ("peace talks between the factions produced
//     an agenda on Sunday" / "the government held fresh peace talks", far
//     below: leadOfDay); or, for a type a
//     named person undergoes once (data/once.yaml: killed, dies), an
//     event of its type naming the mention's named target as its own,
//     in any article, dated by its own expression or not, a month
//     holding the day ("Vell was assassinated in February" / "the
//     killing of Vell on February 14"; not a date coarser than a year),
//     or an event of another type of its row naming that person as its
//     target, both dated by their own expressions to one day ("Vell was
//     shot dead on Tuesday" / "the killing of Vell on Tuesday": the attack
//     that killed him), several such events being no ambiguity but one
//     death told many times (once.go). Once every event is made, an
//     event a single document tells of such a person's act of its type
//     on a date that does not nest in the one of the event of that act
//     told by the most documents, then sentences (ahead of every other),
//     is a misdated retelling of that one: it joins it as a source that
//     dates nothing, as a background mention does, when each of its
//     mentions naming anyone names that person as its only target and
//     states no amount ("over the killing of Vell", dated by the meeting
//     that discusses it: joinOnce, oncejoin.go). The day
//     alone is no evidence across documents: the news of one day tells
//     many attacks, arrests and meetings. A publication-bound mention
//     (rule 5) never joins by this weak evidence (nor by attachSalient
//     below), nor by a shared actor, an event its own expression
//     dates to more than recentWindow (a year) before its DCT: "two
//     lawyers have been killed", told next to "ousted by invading troops
//     in 2003" or "the massacre of 1982", is no casualty of either, nor
//     "the party has won 35 percent" the share "it won in 1995"; one
//     of the event's type naming no side of its own, told by a noun or
//     naming its doer, still refers back to it ("the premier who was shot
//     dead in March 1962" /
//     "whose murder sparked outrage"; "Vell, who seized power in a 1990
//     coup" / "Vell seized power": recent.go).
//  4. Their dates are compatible at the coarser granularity: one date
//     interval contains the other (2025-03 contains 2025-03-21; 2024
//     contains 2024-FA; a day contains its times of day, so "the blast,
//     at around 10:00" is "Sunday's bombing" told again, interval.go).
//     Dates that differ at a granularity both have never merge: visits
//     of 2023, 2024-09 and 2025-03-21 stay three events, two events on
//     different days stay apart, and so do the morning's and the night's
//     attacks of one day (an event takes the most precise date of its
//     mentions, a time of day before its day). A mention dated only by
//     the day of the verb that reports it (event.Mention.ReportDated:
//     "a Marine was killed, the military said on Sunday"; or a noun dated
//     only by the day of another act that tells of it, "rejected on
//     Wednesday the accord reached between them", "condemned on Thursday
//     the bombing attacks") is first
//     re-dated to the one day, at most reportLagDays before, on which
//     its document dates a mention of its type or row by that mention's
//     own expression ("was killed Saturday"), or to the one week so dated
//     that ends on such a day ("who died over the weekend"), when it names no agent
//     that mention lacks (or that mention names no one and is told at
//     most anaphoraWindow sentences after it, the detail of the act the
//     lead reports: "army troops killed one militant, the ministry said
//     Tuesday" / "one rebel was killed in the district on Sunday"), no
//     other place and no other amount: news tells
//     the day before's happening as the day's report (reported.go). The
//     dates then nest as this rule asks.
//  5. A publication-dated mention (no time expression of its own, dated by
//     the article's DCT) is weaker evidence: it only joins an event that
//     already has a mention from the same document or from a document
//     with the same DCT, or one whose sentence and trigger it copies word
//     for word (a wire story run again the next day: copied.go), or,
//     told by a verb, one dated by its own expression to exactly its DCT's
//     day when the two share an actor ("Vell arrived in the capital" in
//     Thursday's article / "Vell arrived here on Thursday" in Friday's:
//     newsOfItsDay, anchored.go), and
//     its DCT day must fall in that event's date. Such a copy is that
//     report again whatever actors each article resolved its words to
//     and whatever day its own publication would date it by: it joins
//     the event of the sentence it copies unless its document tells it
//     apart (copied.go).
//     It never makes an event's date more precise; told by a noun, it
//     leaves a publication-bound event bound, whichever comes first ("the
//     status of the UN sanctions" in a quote is no news that they were
//     imposed that day; a verb, "mortar rounds shelled a district", is). When its sentence
//     holds exactly one dated mention of its type naming every agent it
//     names, one of the two a noun, it is that mention's act told twice
//     (the noun and its verb: "the Visiting Forces Agreement, signed in
//     1998"; two verbs are two clauses: "the index fell, because last
//     month it rose") and is judged by that mention's date (sentence.go).
//     A noun takes so the date of a verb of another type of its row too
//     ("on his first trip to the country, he met the leader on Sunday":
//     the trip and the meeting), never a verb a noun's, nor a noun
//     another noun's ("killed in action since the 2003 invasion").
//     A publication-bound
//     mention (told as done before the news of the day: "had arrested")
//     is weaker still: its date is every day up to its DCT, so it is
//     compatible with any date that ends by then; alone it makes an event
//     dated on or before the DCT, start open. Once it has joined an event
//     dated to a day by another mention's own expression, it is that
//     day's act when the event meets another article's: "Vell, freed on
//     the eve of his trial, spoke on Saturday" / "before being released
//     on Thursday" of one article and "Vell, freed on Thursday, flew
//     home" of another are one release (anchored, anchored.go). Of a type a document tells
//     many instances of (data/soletype.yaml: statements, appeals,
//     pledges, criticisms, results), it joins no event of its document by
//     a shared doer unless told in one of its sentences: a speaker says
//     many things, so "the minister called on Friday for talks" and "he
//     has long called for a new order" are two calls (boundSaying,
//     boundsaying.go).
//  6. They are not two instances of one act: two mentions of the same
//     type never merge when each names participants that tell an
//     instance of the act from another (its sides, guard.go: targets,
//     recipients and counterparts; for a symmetric type agents too,
//     locations never)
//     and none of one's is related to one of the other's (the same
//     actor, or one inside the other by affiliation: a town and its
//     country, a minister and his government). Only the most specific sides of each are compared,
//     so a generic one chains nothing: ten shellings of ten towns on one
//     day stay ten events, even when one more mention says the army
//     shelled the country they lie in. For a symmetric type each must
//     name an actor the other lacks: Putin meeting Kim and Putin meeting
//     Xi are two meetings, Putin meeting Kim and Kim meeting Putin one;
//     and two that both name sameMeetingPersons (two) named persons are
//     one meeting whatever other company each names ("Bush and Rice met
//     Maliki in Amman" / "Bush met King Abdullah and Maliki").
//     A mention its document tells as another happening than those
//     before it ("In a separate incident, ...": event.Mention.Apart)
//     joins no event of the earlier sentences; nor does a verb adding,
//     with "also", its named doers' act (event.Mention.Also) join an
//     earlier mention of its document and (not symmetric) type that names
//     no agent, or agents none of them its own, though one stand for the
//     other's country: "the minister blasted Ardena" / "lawmakers also
//     criticised Ardena" are two criticisms, "he also criticised" one,
//     and "leaders of 16 nations arrived" / "envoys of two bodies have
//     also arrived" two arrivals (also.go).
//     Two mentions of one sentence whose triggers are the same word at
//     two places (neither in the background) are two instances too,
//     whatever they share: "A was replaced by B, while B was replaced
//     by C" tells two appointments; not two market movements of the same
//     agents (or both a whole market's at the same places, naming no
//     agent) one of which states no figures of its own or both one
//     figure: "the market's shares fell as its index fell 5 points" is
//     one session's fall (marketRestated, guard.go), nor one act told
//     with two of its counts: of one type (not a market movement or a
//     result), the same agents, the same sides, one of them a named
//     actor, the same place and no other amount ("accusing the premier
//     of pandering to the far right and accusing him of incompetence":
//     sidesRestated), nor a session and
//     its index (sessionIndex, below). A noun and a verb of one
//     type in one sentence are one act told twice, whatever sides each
//     names ("rallies against the mayor turned violent when marchers
//     hurled stones at officers"), unless the type is one a document
//     tells many instances of (data/soletype.yaml: results, statements:
//     nounOfVerb); the noun then adds no participant the verb's clause
//     does not name (echoNoun: "raiders stormed the depot, setting off
//     heavy fighting with the guards" is the raiders' assault on the
//     depot). Likewise the deaths and the injuries (event.Mention.Injury)
//     one sentence tells, at one place or one inside the other, are one
//     act's victims, whoever each names: "gunmen opened fire on the car,
//     killing its driver and wounding a guard" is one shooting
//     (harmOfOneAct; not for harm told as done before the news, next to
//     an event another sentence dates). So are two mentions of one type
//     and document told at most tollWindow sentences apart, both dated by
//     their own expressions to one day, stating the very same death toll
//     (more than one, of one unit) and no other amount of it: "a bomber
//     killed four soldiers on Monday" / "four Task Force soldiers were
//     killed on Monday" name the victims twice (sameToll; not an injury,
//     nor a type of data/soletype.yaml's many). A gathering told by the
//     noun of an occasion of its own kind (a ceremony, a banquet, a fair:
//     event.OccasionOf) is another instance than every gathering of
//     another kind, whatever they share: a banquet on a summit's day is
//     not the summit, a festival told twice is one (otherOccasion).
//     A gathering of many parties naming no counterpart (a conference,
//     a congress, a forum; a summit only when named: "the Beijing
//     Summit", "the APEC summit"; a meeting only when its name is an
//     acronym or several words, "the APEC meeting", not "the Beijing
//     meeting" of two sides; data/gathering.yaml) is another event
//     than a visit or a meeting with a person, likewise: "arrived in the
//     capital for the conference" tells the arrival and the conference,
//     "met the premier at the APEC summit" the meeting and the summit;
//     talks, a meeting or a plain summit held during a visit still join
//     it (otherGathering, gathering.go). Two gatherings called by
//     different nouns of that file (a conference, a forum, a summit; not
//     "meeting", said of any) are two events too: "the conference of
//     entrepreneurs" and "the two-day summit" of one story
//     (otherKindOfGathering). An arrival told by a verb naming no
//     traveller ("15 leaders arrived in the capital on Thursday",
//     "reporters have arrived") joins no meeting or talks of another
//     sentence, only an event holding a visit or one told in its sentence
//     ("the envoy, who arrived on Wednesday, pledged aid during a meeting
//     with the premier"), and an event made only of such arrivals takes no
//     meeting of another sentence: the place and the day alone do not make
//     a crowd's arrival part of the president's talks (arrivalApart,
//     arrival.go).
//     Two visits told at places in two different countries are two
//     journeys, whatever they share and however their dates nest: a
//     visit's place is where it goes ("visited Jordan last month" /
//     "arrived in Vietnam on Friday"; "arrived in Hanoi" / "his visit to
//     Vietnam" are one; a place in no known country tells nothing:
//     journey.go). Likewise a statement (or an intent said: an offer, a
//     promise, a vow) of one article joins another
//     article's statements only when its quote shares at least half of
//     its longer words with one of theirs (a wire copy or a rewrite): a
//     speaker says many things in a day ("UN officials said the groups
//     could not undermine security" / "Annan will speak on bird flu, the
//     UN spokesman announced": statement.go); and a saying that names no
//     speaker joins a statement of its own article only within
//     anaphoraWindow sentences of it, never by its day, place or the
//     day's most reported statement alone ("Analysts have warned ..."
//     far below is no part of the minister's statement of the lead:
//     otherSaying). A mention counting several
//     instances of its act ("China hosted four rounds of talks":
//     data/tally.yaml) is none of them: it joins no event told once, nor
//     does one told once join it (tally.go). A market movement stating
//     figures right after its trigger is another movement than one
//     stating other figures of a unit it states too, none of its own:
//     "Acme jumped 40 cents to 12.10 dollars" / "Beta slipped 15 cents to
//     30.05 dollars" are two shares of a roundup, "shares fell 1.2
//     percent" / "the index lost 14.5 points" one market (otherFigures,
//     figure.go); but within one document the figures of a whole
//     market's session told in the lead (no agent, at the place it
//     trades) and of its indices told at most anaphoraWindow sentences
//     after it (naming no agent and no share's price, or only exchanges
//     and indices of its own country) tell no movement apart: "Ardenian
//     stocks eased" / "the composite index fell 0.62 percent" / "the
//     exchange's blue-chip index eased 0.71 percent" are one session
//     (sessionIndex, market.go; two indices named as agents still share
//     no agent, rule 3). So is a sport result stating a score, time or mark none
//     of the event's results state: "the Rovers beat the Wanderers 3-1" /
//     "the Harriers defeated the Athletic 2-0". Within one document a
//     stock exchange or market index (Options.Markets) is no other agent
//     than the country or place a movement of the lead names (its own
//     country's, when it has one), when told at most anaphoraWindow
//     sentences after it: "Ardena shares closed higher" / "the
//     composite index closed up 2.41 points" are one session, judged by
//     rule 3's weak evidence (not two indices, nor an index and a
//     company's shares: marketStandIn, market.go). Two market movements
//     of different instruments (event.Mention.Instrument, read on each
//     subject: the stock market and its indices, a currency, oil, a
//     company's shares, trading volume, an economic measure) are two
//     movements however near they are told: "the index rose" / "the
//     dollar firmed" / "Acme fell 40 cents" / "volume rose" of one roundup
//     are four (otherInstrument, market.go; a movement whose subject tells
//     none may join any). Nor do a rise and a fall (event.Mention.Direction,
//     read on the trigger and its clause: "rose", "closed 0.1 percent
//     lower") join, however near and alike: "the main index was up 0.07
//     point" / "the blue-chip index closed 0.1 percent lower" of one
//     roundup are two markets (otherDirection, market.go; a movement told
//     no way may join either, and two rates' movements join whatever way
//     each goes, a yield rising as its bond falls).
//     The rule holds in every pass below (multi-day happenings too),
//     and whatever the dates (a day or a coarser one: the dates must
//     nest anyway, rule 4).
//
// Mentions are visited most precise date first, so that a month-level
// mention joins the day-level event it can belong to rather than seeding a
// coarser one; among several candidate events the one sharing the document,
// then the most participants, wins. Three passes then undo the order
// dependence of that greedy visit: an event all of whose mentions naming
// actors would join an earlier event is absorbed by it, and an event whose
// mentions name no agent or counterpart joins the one event that takes
// them all (rule 3's weakest evidence counts here only; when some of them
// name a side, a target or recipient, those decide and the others of the
// event go along unless told at another place: "Hariri was killed in a
// bombing attack" told again far from "Hariri was killed" joins it;
// several events taking it are no ambiguity when they are one happening
// told apart: at most one of them names an agent or counterpart, that
// one, else the first, takes each other one, and when none names one,
// each is dated to a day by its own expression: "Vell was sentenced on
// Sunday" in two articles and "the court sentenced Vell on Sunday" in a
// third are one verdict, while three assaults on Vell told of one month
// may be three: oneHappening);
// then an event whose mentions name no agent or counterpart, all told in
// one document, joins the one other event of its bucket that document
// tells with a mention of one of its types (an event that event and it,
// both dated by their own expressions, are more than dayNewsLagDays
// apart from is none: "their kidnapping earlier in the day" / "the two
// were abducted by militants", whatever kidnapping "in October" the
// article recalls, partner.go), at most soleTypeWindow
// sentences apart, when both are dated to the same day (by their own
// expressions or as the day's news), or one is dated only as its
// article's news and the other to a day by its own expression at most
// dayNewsLagDays before ("the talks which ended Thursday" / "the two
// sides discussed", in Friday's article; rule 5's publication-dated
// mention takes the other's date here), or the mention is told as done by
// its DCT ("the bomb that killed him") and the event is of the
// boundLagDays before (such a mention goes along with one of its event
// dated to its day, or its event is made only of nouns stating no amount:
// "hurt in a road accident" in the lead / "the accident happened
// Thursday evening" four sentences below, boundNouns), or the event is told only as done by its DCT and
// the mention, dated by its own expression to a day of the boundLagDays
// before, names the act with a word of the event's (event.SameWord: "two
// men were acquitted on Monday" / "the way he was acquitted", the event
// then taking that day; not "a quake on Tuesday" / "people displaced by
// floods"); it is told at no other place, for no other span or amount, and
// is no other instance of the act (rule 6; not a market movement or
// sport result stating its own figures): "leaders met in Brussels" and, eight sentences
// below, "the discussions on Thursday were blunt" are one summit
// (soletype.go); with two such events it joins neither (an event to be
// dropped as anonymous, below, counts for none); then an event made only
// of definite nouns with no time, number or modifier of their own
// (event.Mention.Definite: "Toure opened the summit"), all told in one
// document, joins the one other event of its bucket that document tells
// with a mention of one of its types, before it or from the lead and at
// most soleTypeWindow sentences away, whatever sides each names (rule 6
// is not asked: "the summit" is the summit told, whoever opened it), when
// its date holds it and it is at no other place, of no other occasion,
// journey, span or amount, and not told apart (definite.go); then an
// event of one document told by a participle of a lasting act under way
// (event.Mention.UnderWay: "a joint inquiry with visiting Dutch officers",
// said on Tuesday) joins the one event of its bucket and document begun
// by its own expression on or before that day, at most maxSpan days
// before ("the officers arrived in The Hague on May 2"), sharing its
// agents, at no other place or journey and no other instance of the act,
// as a source only (underway.go); and
// an event made
// only of publication-dated mentions naming no actor ("Kim said during the
// meeting") joins, among the events that share its document (or, when it
// names a place, among those at that place: "a bomb killed four in Town
// A" is no reference to its article's main event told elsewhere), the
// event of its day and kind (dated within its date, or a multi-day
// happening holding it; not one its document dates to the month: ofDay)
// that the most documents of the same DCT report, when one clearly does
// (the news of the day refers to the day's most reported happening; not
// one stating a market movement's or sport result's figures right after
// its trigger: "the
// 10-year yield rose to 4.44 percent from 4.42 percent" tells a movement
// of its own, figure.go). An event still made only of such
// mentions (no actor, no place, no date of its own) is dropped unless
// Options.KeepAnonymous: it says neither who nor when; but not when one
// of its mentions is told in its article's first sentence, not as
// background: that is the news the article is about ("Nine people were
// arrested here overnight", leadNews), nor when one is a market movement
// of a thing traded in a day's session dated by its article's day
// (event.SessionMove: "the banking sector closed lower", "Brent crude
// gained 45 cents": what moved says what, the report's day when). Undatable mentions
// (no interval and no DCT) that join no event are dropped too, and so is an
// event made only of tallies with no time of their own ("the two sides
// have had six rounds of negotiations": tallyOnly).
//
// # Background references
//
// A background mention (event.Mention.Background) tells no happening of
// its own. One that refers back to one event (event.Mention.Anaphor: a
// singular definite, possessive or participant-less noun with no time of
// its own, "during the demonstration", "the signing", "Putin's trip"; not
// a habit, a plural or a charge) joins, once every event is made, the one
// event it can refer to: of its bucket (rules 1 and 2), told (by a
// mention not itself background) in its document before it or in its
// sentence (or anywhere in the article when it is in the lead, its first
// leadSentences sentences, which sum up what follows), begun by its DCT,
// every agent and counterpart it names being one of the event's or
// containing one (Russia for Shoigu; "Putin's trip" is not Shoigu's),
// every side it names (a target, a recipient) being, or lying inside or
// around, an actor or place of the event, when the event names any
// ("the killing of a detainee in custody" is no retelling of the air
// strike on a base told before it: holdsSides), not another instance of
// the act (rule 6), not at another place, and not an event dropped as
// anonymous. With none or several such events it is
// dropped, as are the other background mentions (anaphor.go). It adds its
// sentence to the event's sources and nothing else: no date, type,
// participant, title or code. With Options.KeepBackground (chronograph
// build --all) background mentions are merged as any other.
//
// # Multi-day happenings
//
// Exercises, visits and summits last several days, and the news reports
// them at different moments: "Freedom Shield training began on March
// 10", then, ten days later, "the U.S. and South Korean militaries
// concluded their annual training" (titled "... hold Freedom Shield
// exercise"). Rule 4 keeps such mentions apart, as their days differ.
// With Options.Spans, a pass after the two above merges two events into
// one when all of the following hold:
//
//  1. They are in the same bucket (rules 1 and 2) and share a type that
//     lasts: military_exercise, visit or meeting (maxSpan in span.go).
//  2. Each is dated to a day by its own expression (never by the
//     publication date), and the range covering both is at most the
//     type's longest (31 days for these three).
//  3. Their agents do not conflict (rule 3; naming none is fine), and
//     no mention of one is another instance of the other's act (rule 6).
//  4. They share a name: the run of capitalized words just before the
//     trigger noun of a mention of one ("this year's Freedom Shield
//     training"; not the sentence's first word, not a possessive as in
//     "Shoigu's visit", not the subject of a verb trigger as in
//     "Palestinian President Yasser Arafat arrived") occurs as whole
//     words in the title or the name of a mention of the other. The name
//     must have two words or more, or be an acronym ("RIMPAC"): a single
//     capitalized word before an event noun is too often a place ("their
//     Beijing meeting"). A name made only of words of the events' actor
//     and place ids ("the Vladimir Putin visit", "the Kuala Lumpur
//     visit") is no name. Or, without a name, both are told by one
//     document alone, they are the only two events of their bucket it
//     tells with a lasting type of theirs, and one of them is told by a
//     definite noun dated by its own expression: "a four-day conference
//     concluded Thursday" / "the conference which started on Monday"
//     (storyPair).
//
// So Shoigu's visits of 2023, September 2024 and 21 March 2025 stay three
// events, and so do two visits by the same agent on different days with
// no shared name. Events are visited by start date; each joins the
// earliest event that takes it. The merged event is dated by the covering
// range: its value is the first day's expression, start and end the
// range, granularity RangeGranularity ("range") when they differ.
//
// # Speed
//
// Events are found through an index (index.go) rather than by comparing
// each mention with every event of its bucket: by calendar cell of their
// date interval and by agent and counterpart. It only narrows the search,
// so the result is the one a scan gives (TestIndexMatchesScan). Rule 6
// compares a mention with the sides an event holds for its type, a few
// actors, so it adds no scan.
//
// # The merged event
//
// The event keeps every source (document, sentence, quote offsets, quote,
// trigger, reporter), one per sentence; the union of the participants (not
// those of a noun telling again, with other sides, a verb of its sentence:
// echoNoun), each actor with the role most sources give it; the most
// precise date its explicit or relative sources support (and that
// source's basis); the type
// most sources give and the title of the richest mention of that type; the
// strongest factuality (asserted over reported); one quantity per unit and
// one location. Disagreements are not dropped but recorded in Conflicts:
// "quantity troops: 10000-12000 (a) vs 12000 (b)", "location:
// place:pyongyang (a) vs place:moscow (b)". Its CAMEO code is the one most
// of its mentions of its type carry; CAMEOCodes lists every code of its
// mentions (a mention's own, else its type's) when there are several, its
// own first. Its confidence combines the
// mentions' confidences (noisy-or over documents).
//
// Event ids are stable: "ev-" + the date value + "-" + type + "-" + a short
// hash of the first source, so the same input always gives the same ids,
// in whatever order the mentions come (they are sorted before the visit,
// ties broken by every field that tells them apart).
package merge
