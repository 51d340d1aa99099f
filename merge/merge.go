package merge

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"hash/fnv"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/event"
	"github.com/chronograph-news/chronograph/timeline"
	"github.com/chronograph-news/chronograph/timex"
)

// Options is what merging needs besides the mentions.
type Options struct {
	// DCT gives each document's creation time; a document missing from it
	// (or with a zero time) has none, and its publication-dated mentions
	// are undatable.
	DCT map[string]time.Time
	// DCTRange gives, for a document without a DCT whose DCT is known to
	// lie in an interval (an inferred month or range), that interval:
	// its publication-dated mentions are dated by it (publication-bound
	// ones on or before its end), and its mentions
	// dated by an expression that needed the DCT ("on Saturday", value
	// XXXX-WXX-6) by it widened by a week before (a named day of the past
	// week). May be nil.
	DCTRange map[string]timex.Interval
	// KeepAnonymous keeps events made only of publication-dated mentions
	// that name no agent, counterpart or location ("Agreements were
	// reached"); by default they are dropped, as they say neither who
	// nor when.
	KeepAnonymous bool
	// Affiliation maps an actor id to the id of the actor it belongs to
	// (a minister to his country); it lets a person and his country count
	// as the same agent. May be nil.
	Affiliation map[string]string
	// NonState holds the organizations affiliated with a country that
	// are no body of its state (a company, a party, an NGO): among the
	// agents they never stand for their country (standsFor). May be nil.
	NonState map[string]bool
	// Kin maps the id of an actor named only by what it is to the class
	// of such actors it is one of: in one document, gunmen, armed men and
	// assailants, all unidentified armed men, count as one agent (an
	// unaffiliated agent's Phoenix sector, actor.Actor.Sector). It may
	// also map a named group to the class of the anonymous actor its
	// name ends with ("Vellish rebels": "the rebels" may be that group);
	// two named groups are never kin (kin). May be nil.
	Kin map[string]string
	// Markets holds the stock exchanges and market indices, affiliated
	// with no actor or with a country ("the Ardena Stock Exchange
	// composite index"): within one document, such an agent of a market
	// movement may be the market its story names by its country, its own
	// when it has one ("Ardena shares closed 0.4 percent higher"), one
	// session told twice (marketStandIn, market.go).
	// May be nil.
	Markets map[string]bool
	// Spans merges the events that are one named multi-day happening
	// reported at different moments ("Freedom Shield training began on
	// March 10" / "... concluded their annual Freedom Shield training"
	// on March 20) into one event dated by the range they cover, of
	// granularity RangeGranularity (see the package comment).
	Spans bool
	// KeepBackground keeps the background mentions (event.Mention.
	// Background: "the treaty", "Putin's trip") as events of their own
	// when they refer to no one event; by default such a mention only
	// adds its sentence to the one event of its document it can refer to
	// (attachBackground), or is dropped.
	KeepBackground bool
}

// Merge groups mentions into events by the rule of the package comment and
// returns them sorted by date (timeline.CompareDates), then id. The mentions are not
// modified.
func Merge(mentions []event.Mention, opt Options) []timeline.Event {
	return merge(mentions, opt, newIndex())
}

// merge is Merge with the index x (a scanning one in tests).
func merge(mentions []event.Mention, opt Options, x *index) []timeline.Event {
	items := make([]*item, 0, len(mentions))
	for i := range mentions {
		items = append(items, newItem(&mentions[i], opt.DCT, opt.DCTRange))
	}
	dateFromSentence(items, opt)
	agentsFromSentence(items)
	dateFromReport(items, opt)
	slices.SortFunc(items, func(a, b *item) int { return cmp.Or(compareItems(a, b), compareTies(a, b)) })
	// Only clusters of the same factuality class and compatibility row can
	// take an item, so each item is compared with its bucket alone.
	var clusters []*cluster
	var bg []*item
	for _, it := range items {
		if it.m.Background && !opt.KeepBackground {
			if it.m.Anaphor {
				bg = append(bg, it)
			}
			continue
		}
		key := bucket(it.m)
		if c := best(x.candidates(key, it.iv, it, opt), it, opt); c != nil {
			x.add(c, it, opt)
			continue
		}
		if it.iv == nil {
			continue // undatable and joined nothing
		}
		clusters = append(clusters, x.create(key, it, opt))
	}
	clusters = absorb(clusters, x, opt)
	clusters = joinSoleType(clusters, x, opt)
	clusters = joinDefinite(clusters, x, opt)
	clusters = joinUnderWay(clusters, x, opt)
	if opt.Spans {
		clusters = joinSpans(clusters, x, opt)
	}
	clusters = joinOnce(clusters, x, opt)
	clusters = attachSalient(clusters, x, opt)
	attachBackground(clusters, bg, x, opt)
	events := make([]timeline.Event, 0, len(clusters))
	for _, c := range clusters {
		if dropped(c, opt) {
			continue
		}
		events = append(events, c.event(opt))
	}
	SortEvents(events)
	return events
}

// item is one mention with its date resolved.
type item struct {
	m      *event.Mention
	iv     *timex.Interval // nil when undatable
	gran   timex.Granularity
	value  string
	strong bool // dated by its own time expression
	// inRange marks an item dated by the interval its document's DCT
	// lies in (Options.DCTRange).
	inRange bool
	dct     time.Time
	// all holds the agents and counterparts of m, agents its agents.
	all, agents []string
	core        [2]map[string]bool // core(m, false), core(m, true)
	sides       map[string]bool    // sides(m): what tells it from another act of its type
	// sidesSpecific caches specific(sides) (see item.specific).
	sidesSpecific map[string]bool
	// quote is quoteKey(m), computed once.
	quote copyKey
	// anaphor marks a background mention attached to an event by
	// attachBackground: a source of the event, nothing more.
	anaphor bool
	// figs is figures(m), computed once (figure.go).
	figs map[string]bool
	// said is statementWords(m), computed once (statement.go).
	said map[string]bool
	// occasion is occasionOf(m), computed once (guard.go).
	occasion string
	// gathering is gatheringOf(m), computed once (gathering.go).
	gathering bool
	// gatheringNoun is gatheringNoun(m), computed once (gathering.go).
	gatheringNoun string
	// sentenceAgents holds, for an item naming no agent or counterpart,
	// the agents of the other mentions of its row in its sentence
	// (agentsFromSentence).
	sentenceAgents map[string]bool
}

func newItem(m *event.Mention, dcts map[string]time.Time, ranges map[string]timex.Interval) *item {
	it := &item{m: m, dct: dcts[m.Doc], quote: quoteKey(m), occasion: occasionOf(m), gathering: gatheringOf(m), gatheringNoun: gatheringNoun(m)}
	it.core[0] = core(m, false)
	if it.core[1] = it.core[0]; hasCounterpart(m) {
		it.core[1] = core(m, true)
	}
	it.agents = sortedKeys(it.core[0])
	it.all = sortedKeys(it.core[1])
	it.sides = sides(m)
	it.figs = figures(m)
	it.said = statementWords(m)
	if m.Time != nil && m.Time.Interval != nil {
		it.iv, it.gran, it.value, it.strong = m.Time.Interval, m.Time.Granularity, m.Time.Value, true
		return it
	}
	if m.Time != nil {
		if g, iv, ok := timex.ParseValue(m.Time.Value); ok {
			it.iv, it.gran, it.value, it.strong = iv, g, m.Time.Value, true
		} else if r, ok := ranges[m.Doc]; ok && it.dct.IsZero() {
			it.dateUnresolved(m.Time.Value, r)
		}
		return it
	}
	if r, ok := ranges[m.Doc]; ok && it.dct.IsZero() {
		if m.Basis == event.PublicationBound {
			// on or before the DCT, so by the interval's end at the latest
			end := day(r.End)
			it.iv, it.gran, it.value, it.inRange = &timex.Interval{Start: openStart, End: end}, timex.Day, end.Format(time.DateOnly), true
			return it
		}
		it.dateByRange(r, 0)
		return it
	}
	if !it.dct.IsZero() {
		d := day(it.dct)
		if m.Basis == event.PublicationBound {
			d = reportBoundDay(m, d)
		}
		it.iv = &timex.Interval{Start: d, End: d}
		if m.Basis == event.PublicationBound {
			// on or before the DCT, or the earlier day of the report
			// that tells it: it nests any date that ends by then
			it.iv.Start = openStart
		}
		it.gran, it.value = timex.Day, d.Format(time.DateOnly)
	}
	return it
}

// reportBoundDay returns the day that bounds the publication-bound
// mention m published on dct: the last day of the report that tells it
// (event.Mention.BoundBy: "have arrested 60 men, a newspaper reported on
// Wednesday") when that day comes before dct, else dct.
func reportBoundDay(m *event.Mention, dct time.Time) time.Time {
	if m.BoundBy == nil || m.BoundBy.Interval == nil {
		return dct
	}
	if b := day(m.BoundBy.Interval.End); b.Before(dct) {
		return b
	}
	return dct
}

// namedDayWindow is how many days before a DCT a day named relative to it
// ("on Saturday") may lie.
const namedDayWindow = 7

// dateUnresolved dates it, whose time expression value v could not be
// resolved without a DCT, by the interval r its document's DCT lies in: a
// weekday ("XXXX-WXX-6") lies in r or the week before; a yearless month or
// day ("XXXX-06", "XXXX-06-21") is of r's year when r lies in one year
// (news names a month without its year in its own year). Other values
// leave it undatable.
func (it *item) dateUnresolved(v string, r timex.Interval) {
	switch {
	case strings.HasPrefix(v, "XXXX-WXX-"):
		it.dateByRange(r, namedDayWindow)
	case strings.HasPrefix(v, "XXXX-") && r.Start.Year() == r.End.Year():
		y := r.Start.Format("2006") + strings.TrimPrefix(v, "XXXX")
		if g, iv, ok := timex.ParseValue(y); ok {
			it.iv, it.gran, it.value, it.inRange = iv, g, y, true
		}
	}
}

// dateByRange dates it by the interval r its document's DCT lies in,
// widened by before days at its start: the value is the coarsest calendar
// unit holding the interval (its month or year), the interval itself
// exact.
func (it *item) dateByRange(r timex.Interval, before int) {
	iv := &timex.Interval{Start: day(r.Start).AddDate(0, 0, -before), End: day(r.End)}
	it.iv, it.inRange = iv, true
	switch {
	case iv.Start.Year() != iv.End.Year():
		it.gran, it.value = RangeGranularity, iv.Start.Format("2006")
	case iv.Start.Month() != iv.End.Month():
		it.gran, it.value = timex.Year, iv.Start.Format("2006")
	default:
		it.gran, it.value = timex.Month, iv.Start.Format("2006-01")
	}
}

// compareTies orders items that compareItems finds equal by the rest of
// their mention, so that the order of the input never matters.
func compareTies(a, b *item) int {
	return cmp.Or(
		cmp.Compare(a.m.End, b.m.End),
		cmp.Compare(a.m.Type, b.m.Type),
		cmp.Compare(a.m.Trigger, b.m.Trigger),
		cmp.Compare(a.m.QuoteStart, b.m.QuoteStart),
		cmp.Compare(a.m.Location, b.m.Location),
		slices.CompareFunc(a.m.Participants, b.m.Participants, func(x, y event.Participant) int {
			return cmp.Or(cmp.Compare(x.ActorID, y.ActorID), cmp.Compare(x.Role, y.Role))
		}),
		cmp.Compare(a.m.Factuality, b.m.Factuality),
		cmp.Compare(a.value, b.value),
		compareTimes(a.iv, b.iv),
	)
}

// compareTimes orders intervals by start, then end (nil first).
func compareTimes(a, b *timex.Interval) int {
	switch {
	case a == nil || b == nil:
		return cmp.Compare(boolInt(a != nil), boolInt(b != nil))
	}
	return cmp.Or(a.Start.Compare(b.Start), a.End.Compare(b.End))
}

// boolInt is 1 for true.
func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// openStart begins the interval of a publication-bound mention: no day
// before it, so that the interval holds every date up to the DCT.
var openStart = time.Time{}

// compareItems orders strong items before weak ones, the shortest date
// interval first, then by position.
func compareItems(a, b *item) int {
	if a.strong != b.strong {
		if a.strong {
			return -1
		}
		return 1
	}
	return cmp.Or(
		cmp.Compare(span(a.iv), span(b.iv)),
		cmp.Compare(a.m.Doc, b.m.Doc),
		cmp.Compare(a.m.Sentence, b.m.Sentence),
		cmp.Compare(a.m.Start, b.m.Start),
	)
}

// span is the length of iv, the longest possible when nil: a day is
// longer than a time of that day (see lastInstant).
func span(iv *timex.Interval) time.Duration {
	if iv == nil {
		return math.MaxInt64
	}
	return lastInstant(iv).Sub(iv.Start)
}

// sortedKeys returns the keys of set in order.
func sortedKeys(set map[string]bool) []string {
	keys := make([]string, 0, len(set))
	for k := range set {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// coreOf returns it's actors that decide overlap (see core).
func (it *item) coreOf(sym bool) map[string]bool {
	if sym {
		return it.core[1]
	}
	return it.core[0]
}

func day(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// factClass groups factualities that may merge.
func factClass(f event.Factuality) event.Factuality {
	if f == event.Reported || f == "" {
		return event.Asserted
	}
	return f
}

// absorb merges each event into an earlier one that accepts all of its
// mentions, until none does. It undoes the order dependence of the first
// pass: a mention that named only Kim could not join Shoigu's visit before
// another mention put Kim in it. An event whose mentions name no agent or
// counterpart joins the one event that takes them all, if exactly one
// does; here the weakest evidence of rule 3 counts (score with late set).
func absorb(clusters []*cluster, x *index, opt Options) []*cluster {
	for changed := true; changed; {
		changed = false
		// Every cluster may be absorbed, the first too: a weak one can
		// join an event made after it, and which cluster comes first
		// depends on the other buckets' (see Block).
		for j := len(clusters) - 1; j >= 0; j-- {
			b := clusters[j]
			if !b.named() {
				// Weak evidence only: join the one event that takes it,
				// if there is exactly one. An event that takes b takes
				// its sideItem, so that mention's candidates hold every
				// such event.
				var only *cluster
				var takers []*cluster
				once := 0
				for _, a := range x.candidates(b.key, b.iv, b.sideItem(), opt) {
					if a != b && nests(a.iv, b.iv) && a.accepts(b, opt) {
						if only == nil {
							only = a
						}
						takers = append(takers, a)
						if a.takesOnce(b) {
							once++
						}
					}
				}
				n := len(takers)
				if n > 1 && once < n {
					only = oneHappening(takers, opt)
				}
				if n == 1 || n > 1 && only != nil {
					for _, it := range b.items {
						x.add(only, it, opt)
					}
					b.dead = true
					clusters = slices.Delete(clusters, j, j+1)
					changed = true
				}
				continue
			}
			for _, a := range x.candidates(b.key, b.iv, b.agentItem(), opt) {
				if a.n >= b.n {
					break
				}
				if !nests(a.iv, b.iv) || !a.accepts(b, opt) {
					continue
				}
				for _, it := range b.items {
					x.add(a, it, opt)
				}
				b.dead = true
				clusters = slices.Delete(clusters, j, j+1)
				changed = true
				break
			}
		}
	}
	return clusters
}

// oneHappening returns the event of takers, the events that each take
// an event naming no agent or counterpart, that takes all the others,
// or nil: an ambiguity among events that are one happening told apart
// ("Vell was given a life term on Tuesday" in two articles and "the
// court sentenced Vell on Tuesday" in a third) is none. At most one of
// them may name an agent or counterpart, and that one (else the first)
// must accept each other one, their dates nesting; the others then join
// it in the next round of absorb. When none names one, each must be
// dated to a day by its own expression: three assaults on one person
// told of one month, or three massacres of one year, may be two or
// three.
func oneHappening(takers []*cluster, opt Options) *cluster {
	pick, named, days := takers[0], 0, true
	for _, a := range takers {
		if a.named() {
			pick = a
			named++
		}
		days = days && a.from != nil && a.from.strong && withinDay(a.from.gran)
	}
	if named > 1 || named == 0 && !days {
		return nil
	}
	for _, a := range takers {
		if a != pick && (!nests(pick.iv, a.iv) || !pick.accepts(a, opt)) {
			return nil
		}
	}
	return pick
}

// attachSalient merges each event made only of publication-dated mentions
// that name no agent or counterpart ("Kim said during the meeting") into
// the event of the same day and compatible type that the most documents
// with the same DCT cite, when exactly one event is cited by the most: a
// definite description in the news of the day refers to the day's most
// reported happening of its kind. Only the events that share a document
// with it, or, when it names places, those naming every place it names,
// are candidates (salientFor: in a corpus of many topics, "the attack" of
// one article is not the day's most reported attack of another), and
// never one it is another instance of (rule 6), nor one dated long
// before a publication-bound mention of it (longBefore); when an event
// of its document dated years before refuses it as a verb naming no one,
// it joins none (refusesOwnAct).
func attachSalient(clusters []*cluster, x *index, opt Options) []*cluster {
	// Which events are anonymous does not change here: only the others
	// gain mentions, and those mentions' own events go.
	anonymous := map[*cluster]bool{}
	for _, c := range clusters {
		if anonymousWeak(c) {
			anonymous[c] = true
		}
	}
	for j := len(clusters) - 1; j >= 0; j-- {
		b := clusters[j]
		if !anonymous[b] || b.figured() {
			continue // a movement stating its own figures is its own (figure.go)
		}
		dct := day(b.items[0].dct)
		var best *cluster
		bestN, tie := 0, false
		for _, a := range x.candidates(b.key, b.iv, nil, opt) {
			if a != b && sharesDoc(a, b) && a.refusesOwnAct(b) {
				best = nil // an act of the past of its own (refusesOwnAct)
				break
			}
			if a == b || anonymous[a] || !ofDay(a, b) || !salientFor(a, b, opt) ||
				slices.ContainsFunc(b.items, func(it *item) bool {
					return a.distinct(it, opt) || a.longBefore(it) || a.apart(it) || a.journeysApart(it, opt) || a.statementsApart(it) || a.otherSaying(it)
				}) {
				continue
			}
			n := 0
			for d := range a.docs {
				if t, ok := opt.DCT[d]; ok && day(t).Equal(dct) {
					n++
				}
			}
			switch {
			case n > bestN:
				best, bestN, tie = a, n, false
			case n == bestN && n > 0:
				tie = true
			}
		}
		if best == nil || tie {
			continue
		}
		clusters = x.moveInto(best, b, clusters, j, opt)
	}
	return clusters
}

// ofDay reports whether a's date lies within b's (the day of the news
// that tells b, or before it for a mention told as done earlier), or a
// is a happening of several days told by the range it covers (joinSpans)
// that holds b's: "earlier this month, militants stormed a ministry" is
// no event of the day the anonymous "a mortar round hit the square" is
// news of.
func ofDay(a, b *cluster) bool {
	if holds(b.iv, a.iv) {
		return true
	}
	return a.ranged && nests(a.iv, b.iv)
}

// salientFor reports whether a may be the happening the anonymous event
// b refers to: a names every place b names, or, when b names none, a
// shares a document with it. A report naming its own place ("a bomb
// killed four in Yusufiyah") is no vague reference to the day's main
// event of its article when that event is not told at that place.
func salientFor(a, b *cluster, opt Options) bool {
	if len(b.locations) > 0 {
		return sharesPlace(a, b, opt)
	}
	return sharesDoc(a, b)
}

// sharesDoc reports whether a and b have a mention in one document.
func sharesDoc(a, b *cluster) bool {
	for d := range b.docs {
		if a.docs[d] {
			return true
		}
	}
	return false
}

// sharesPlace reports whether b names places and each is related to one
// of a's (the same, inside or containing it).
func sharesPlace(a, b *cluster, opt Options) bool {
	if len(b.locations) == 0 {
		return false
	}
	for l := range b.locations {
		if !related(l, a.locations, opt.Affiliation) {
			return false
		}
	}
	return true
}

// dropped reports whether the event c goes off the timeline: it says
// neither who nor when (anonymousWeak) nor where, and is not the news of
// its article's first sentence (leadNews), or it is only an undated tally
// of instances (tallyOnly), unless Options.KeepAnonymous.
func dropped(c *cluster, opt Options) bool {
	if opt.KeepAnonymous {
		return false
	}
	return anonymousWeak(c) && len(c.locations) == 0 && !slices.ContainsFunc(c.items, func(it *item) bool { return leadNews(it.m) }) ||
		tallyOnly(c)
}

// leadNews reports whether m is told in its article's first sentence, not
// as background: the news the article is about, of its day even when it
// names no one ("Nine people were arrested here overnight following a
// fight ..., police said"). It keeps the event that tells it on the
// timeline (dropped); it does not make it any less weak a reference to
// the day's most reported event (attachSalient).
func leadNews(m *event.Mention) bool {
	return m.Sentence == 0 && !m.Background
}

// anonymousWeak reports whether every mention of c is publication-dated
// and names no agent or counterpart, nor the target of a verbal act, and
// none is told as a happening apart from those before it (event.Mention.
// Apart: "In a separate incident, ..." says there was one), nor is a
// market movement of a thing traded in the day's session (event.
// SessionMove: "the banking sector closed lower" says what moved, and a
// market report's day is its session's).
func anonymousWeak(c *cluster) bool {
	for _, it := range c.items {
		if it.strong || (it.dct.IsZero() && !it.inRange) || len(it.coreOf(true)) > 0 || addressee(it.m) || it.m.Apart || event.SessionMove(it.m) {
			return false
		}
	}
	return true
}

// addressee reports whether m is a verbal act (appeal, demand,
// accusation, threat) that names its target: whom it is aimed at says who
// it concerns ("accused Washington"), as the other side of a symmetric
// act would; so does the appointee (target) of an appointment ("newly
// appointed minister X"), so does the one who died (target) of a death,
// the one freed (target) of a release ("Zaida was later released"), and a
// person the text names killed ("Paula Clennell died of compression to
// the neck": the victim says who it concerns), and so does a person an
// arrest, dismissal, release or appointment is done to that its sentence
// names by a noun with no actor for it (event.Mention.PersonPatient: "the
// driver has been arrested", "an official has been sacked").
func addressee(m *event.Mention) bool {
	if m.PersonPatient {
		return true
	}
	if !verbalActs[m.Type] && m.Type != event.Appointment && m.Type != event.Death && m.Type != event.Killing && m.Type != event.Release {
		return false
	}
	for _, p := range m.Participants {
		if p.Role == event.Target && (m.Type != event.Killing || strings.HasPrefix(p.ActorID, "person:")) {
			return true
		}
	}
	return false
}

// named reports whether some mention of c names an agent or counterpart.
func (c *cluster) named() bool {
	for _, it := range c.items {
		if len(it.coreOf(true)) > 0 {
			return true
		}
	}
	return false
}

// agentItem returns the first mention of c that names an agent, or nil.
// An event accepts c only if it may take that mention.
func (c *cluster) agentItem() *item {
	for _, it := range c.items {
		if len(it.agents) > 0 {
			return it
		}
	}
	return nil
}

// accepts reports whether the mentions of b may join a: every mention
// that names an agent or counterpart must, and the others go along with
// them (they joined b by proximity to those); when none names any, each
// must.
func (a *cluster) accepts(b *cluster, opt Options) bool {
	for _, it := range b.items {
		if a.apart(it) || a.otherInstrument(it) {
			return false // told apart by their document, or another market's thing moving
		}
	}
	named := false
	for _, it := range b.items {
		if len(it.coreOf(true)) == 0 {
			continue
		}
		named = true
		if a.score(b.anchored(it), opt, true) < 0 {
			return false
		}
	}
	if named {
		return true
	}
	// None names an agent or counterpart: those naming a side (a
	// target, a recipient) decide, and the others, which joined b by
	// proximity to them, go along unless told at another place ("Hariri
	// was killed in a bombing attack": the bombing and the attack go with
	// the killing of Hariri); when none names a side, each must.
	sided := false
	for _, it := range b.items {
		if len(it.sides) == 0 {
			continue
		}
		sided = true
		if a.score(it, opt, true) < 0 {
			return false
		}
	}
	for _, it := range b.items {
		if sided && len(it.sides) == 0 {
			if a.locationsConflict(it, opt) {
				return false
			}
			continue
		}
		if !sided && a.score(it, opt, true) < 0 {
			return false
		}
	}
	return true
}

// sideItem returns the first mention of c that names a side, else its
// first mention: an event that accepts c (see accepts) takes that
// mention, so its candidates hold every such event.
func (c *cluster) sideItem() *item {
	for _, it := range c.items {
		if len(it.sides) > 0 {
			return it
		}
	}
	return c.items[0]
}

// bucket names the factuality class and compatibility row of m.
func bucket(m *event.Mention) string {
	row, _ := typeRank(m.Type)
	if row < 0 {
		return string(factClass(m.Factuality)) + "/" + string(m.Type)
	}
	return fmt.Sprintf("%s/%d", factClass(m.Factuality), row)
}

// cluster is an event being merged.
type cluster struct {
	key  string // bucket
	n    int    // creation number
	dead bool   // merged into another
	mark int    // the index lookup that last listed it
	// ranged marks an event dated by the range its sources cover (see
	// joinSpans): iv is that range, from the source of its first day.
	ranged bool

	items []*item
	iv    *timex.Interval // the most precise interval of a strong item, or the DCT day
	from  *item           // the item that gave iv
	docs  map[string]bool
	sents map[string][]int // the sentences of its mentions, by document
	dcts  map[time.Time]bool
	types map[event.Type]bool
	// locations holds the locations of the items.
	locations map[string]bool
	// journeys holds the countries its visits go to (journey.go).
	journeys map[string]bool
	sym      bool // some item has a symmetric type
	// agents holds the agents of the items, core their agents and
	// counterparts; agentsAff and coreAff the affiliations of those.
	agents, core, agentsAff, coreAff map[string]bool
	// sides holds, by type, the sides of the items of that type (see
	// distinct).
	sides map[event.Type]map[string]bool
	// sidesSpecific caches specific(sides[t]) (see cluster.specific).
	sidesSpecific map[event.Type]map[string]bool
	// quotes holds the quoteKey of each item.
	quotes map[copyKey]bool
	// nearKeys holds the index's nearKey of each item.
	nearKeys map[string]bool
	// dayCell is the strongDay under which the index lists c's
	// documents (0: none).
	dayCell cell
}

// copyKey identifies a sentence copied across articles with its trigger:
// a 64-bit FNV-1a hash of them (0: none), which takes no memory beyond
// itself, unlike the sentence it stands for.
type copyKey uint64

// quoteKey is the key of the trigger and sentence of m, the same in every
// article that copies the sentence (whatever its spacing), or 0 when the
// sentence is too short to tell a copy from a common phrase ("The meeting
// ran long.").
func quoteKey(m *event.Mention) copyKey {
	words := strings.Fields(m.Quote)
	if len(words) < minCopyWords {
		return 0
	}
	h := fnv.New64a()
	h.Write([]byte(m.Trigger))
	h.Write([]byte{0})
	for i, w := range words {
		if i > 0 {
			h.Write([]byte{' '})
		}
		h.Write([]byte(w))
	}
	return copyKey(h.Sum64() | 1) // never 0
}

// minCopyWords is the fewest words a sentence found in two articles must
// have to count as copied.
const minCopyWords = 8

func (c *cluster) add(it *item, opt Options) {
	c.items = append(c.items, it)
	c.docs[it.m.Doc] = true
	c.sents[it.m.Doc] = append(c.sents[it.m.Doc], it.m.Sentence)
	c.types[it.m.Type] = true
	if k := it.quote; k != 0 {
		if c.quotes == nil {
			c.quotes = map[copyKey]bool{}
		}
		c.quotes[k] = true
	}
	if len(it.sides) > 0 {
		if c.sides == nil {
			c.sides = map[event.Type]map[string]bool{}
		}
		if c.sides[it.m.Type] == nil {
			c.sides[it.m.Type] = map[string]bool{}
		}
		for id := range it.sides {
			c.sides[it.m.Type][id] = true
		}
		delete(c.sidesSpecific, it.m.Type)
	}
	if it.m.Location != "" {
		addTo(&c.locations, it.m.Location)
		if k := countryOf(it.m.Location, opt.Affiliation); k != "" && it.m.Type == event.Visit {
			addTo(&c.journeys, k)
		}
	}
	c.sym = c.sym || Symmetric(it.m.Type)
	for _, p := range it.m.Participants {
		aff := standsFor(p.ActorID, opt)
		switch p.Role {
		case event.Agent:
			addTo(&c.agents, p.ActorID)
			addTo(&c.core, p.ActorID)
			if aff != "" {
				addTo(&c.agentsAff, aff)
				addTo(&c.coreAff, aff)
			}
		case event.Counterpart:
			addTo(&c.core, p.ActorID)
			if aff != "" {
				addTo(&c.coreAff, aff)
			}
		}
	}
	if !it.dct.IsZero() {
		c.dcts[day(it.dct)] = true
	}
	if it.iv == nil {
		return
	}
	// a noun dated by the publication never narrows a publication-bound
	// event to its DCT day, and a bound mention widens such a day back
	// (rule 5: "the status of the sanctions", told in a quote, is no news
	// that they were imposed that day); a verb told in the simple past
	// keeps the day's news ("mortar rounds shelled a district", beside
	// "the bloodbath" before it)
	bound := func(x *item) bool { return x.m.Basis == event.PublicationBound }
	weak := func(x *item) bool { return x.m.Basis == event.Publication && x.m.Noun }
	if c.iv == nil || (!c.ranged && it.strong && (!c.from.strong || span(it.iv) < span(c.iv))) ||
		(!it.strong && !c.from.strong && !(weak(it) && bound(c.from)) && (span(it.iv) < span(c.iv) || bound(it) && weak(c.from))) {
		c.iv, c.from = it.iv, it
	}
}

// best returns the cluster it belongs to, or nil: the best-scoring one,
// the earliest on a tie, except that a tie on weak evidence (place or day
// alone) is ambiguous and gives nil.
func best(clusters []*cluster, it *item, opt Options) *cluster {
	var found *cluster
	bestScore, ties := -1, 0
	for _, c := range clusters {
		switch s := c.score(it, opt, false); {
		case s > bestScore:
			found, bestScore, ties = c, s, 1
		case s == bestScore && s >= 0:
			ties++
		}
	}
	if ties > 1 && (bestScore == sameDateScore || bestScore == sameDayScore || bestScore == sameplaceScore || bestScore == sameSideScore) {
		return nil
	}
	return found
}

// score returns how well it fits c, or -1 when it may not join c. The
// weakest evidence, a shared target or day alone, counts only when late
// is set: in the passes after the first, when every event is there to
// compete for the mention (see absorb), so that the first event of a
// day does not take every anonymous mention of its kind before the
// others exist.
func (c *cluster) score(it *item, opt Options, late bool) int {
	// The bucket guarantees the factuality class and the type row.
	sameDoc := c.docs[it.m.Doc]
	copied := c.copied(it)
	ownDay := false
	if !it.strong && !sameDoc && (it.dct.IsZero() || !c.dcts[day(it.dct)]) && !copied {
		if ownDay = c.newsOfItsDay(it); !ownDay {
			return -1
		}
	}
	if it.iv != nil && c.iv != nil && !nests(it.iv, c.iv) && !(copied && !it.strong) {
		return -1
	}
	if copied && !c.apart(it) {
		// another article's word-for-word copy of one of c's sentences
		// with its trigger is that report again, whatever actors each
		// article resolved its words to and whatever day the copy's
		// publication would date it by (copied.go)
		return sameQuoteScore
	}
	if c.distinct(it, opt) || c.apart(it) || c.journeysApart(it, opt) || c.statementsApart(it) || c.tallyApart(it) {
		return -1
	}
	shared := c.shared(it, opt)
	if shared < 0 || shared > 0 && (c.anonymousElsewhere(it, opt) || c.boundSaying(it) || c.longBefore(it)) || ownDay && shared == 0 {
		return -1
	}
	if shared > 0 && !sameDoc && it.m.Moves() && c.otherSpan(it) {
		// a month's figure is another movement than a day's trading of
		// the same country told elsewhere ("British retail sales rose 0.3
		// percent in November" / "British stocks traded higher Tuesday")
		return -1
	}
	if shared == 0 {
		// Overlap cannot be judged from the actors. The same sentence
		// told by another article is the same report.
		if k := it.quote; k != 0 && c.quotes[k] && !c.docs[it.m.Doc] {
			return sameQuoteScore
		}
		// A mention at
		// another place is another happening ("five killed in Baghdad"
		// / "five more in Baquba"). Otherwise a nearby mention of the
		// same document ("... met Kim. During the meeting, ...") is
		// evidence; so is the same place, or an event of exactly its type
		// dated by its own expression that shares a target with it, for a
		// mention dated by its own expression or told in one of the
		// event's documents (a date by the publication alone does not
		// keep "Dar had been arrested" from "the army arrested Dar on
		// November 10"), or, for a mention dated by its own expression,
		// one of its document on exactly the same day.
		once := c.samePersonOnce(it)
		held := late && sameDoc && heldAnonymousDate(c, it)
		if c.locationsConflict(it, opt) || !once && !held && c.otherSpan(it) || c.longBefore(it) {
			return -1
		}
		if d := c.distance(it.m); d <= anaphoraWindow && !c.boundOtherAct(it, d) && !c.verbsApart(it) {
			return 10 + anaphoraWindow - d
		}
		if c.otherSaying(it) {
			return -1
		}
		if l := it.m.Location; l != "" && c.placeDated(it, sameDoc) && !c.namedElsewhere(it, sameDoc, opt) && (c.locations[l] || contains(c.locations, l, opt.Affiliation) || within(l, c.locations, opt.Affiliation)) {
			return sameplaceScore
		}
		if !late {
			return -1
		}
		if once {
			return samePersonScore
		}
		if (it.strong || sameDoc) && c.from.strong && c.types[it.m.Type] && c.sharesSide(it, opt) {
			return sameSideScore
		}
		if sameDoc && it.strong && withinDay(it.gran) && c.from.strong && withinDay(c.from.gran) &&
			day(it.iv.Start).Equal(day(c.iv.Start)) && c.types[it.m.Type] {
			return sameDayScore
		}
		if sameDoc && leadOfDay(c, it) {
			return sameDayScore
		}
		if sameDoc && (sameAnonymousDate(c, it) || held) {
			return sameDateScore
		}
		return -1
	}
	score := 6 + 2*shared
	if sameDoc {
		score += 10
	}
	return score
}

// otherSpan reports whether, of it and c, one is dated by its own
// expression to a month and the other to a week by its own expression or
// to a day, by its own expression or as the news of the publication day
// (finerNews): told with no actor to tie them,
// "Earlier this month, militants stormed a ministry, kidnapping 100
// people" is no retelling of the kidnapping "on Sunday" told just before
// it, nor of the day's shelling, but another happening of the month.
func (c *cluster) otherSpan(it *item) bool {
	if c.from == nil {
		return false
	}
	return ownMonth(it) && finerNews(c.from) || ownMonth(c.from) && finerNews(it)
}

// finerNews reports whether it is dated to a day or finer (dayNews) or,
// by its own expression, to a week ("over the weekend", "this week"):
// "a bombing last month" is no retelling of one told of a week.
func finerNews(it *item) bool {
	return dayNews(it) || it.strong && it.gran == timex.Week
}

// ownMonth reports whether it is dated by its own expression to a month,
// or, told by a verb, by a relative one to a coarser span of the calendar
// (a quarter, a season, a half, a year: "200 soldiers have been killed
// this year" sums up the year, no retelling of Monday's clash told just
// before it). A full year names the happening's own date ("the 2004
// bombing of the embassy" may be the bombing of September 5, 2004), and
// a noun with a relative year most often ranks the happening told ("the
// 16th typhoon this year", "the deadliest accident so far this year").
func ownMonth(it *item) bool {
	if !it.strong {
		return false
	}
	switch it.gran {
	case timex.Month:
		return true
	case timex.Quarter, timex.Season, timex.Half, timex.Year:
		return it.m.Basis == event.Relative && !it.m.Noun
	}
	return false
}

// dayNews reports whether it is dated to a day or a time of day: by its
// own expression, or by the publication as the news of that day.
func dayNews(it *item) bool {
	if it.strong {
		return withinDay(it.gran)
	}
	return it.m.Basis == event.Publication && !it.inRange
}

// Scores of the weak evidence for a mention that names no agent or
// counterpart; when several events tie on one of these, the mention is
// ambiguous and joins none.
const (
	sameDateScore  = 3
	sameDayScore   = 4
	sameplaceScore = 5
	sameSideScore  = 6
	sameQuoteScore = 9
)

// anaphoraWindow is how many sentences apart a mention that names no agent
// or counterpart may be from the event it joins.
const anaphoraWindow = 3

// distance returns the number of sentences between m and the nearest
// mention of c in m's document, or a large number when there is none.
func (c *cluster) distance(m *event.Mention) int {
	d := math.MaxInt32
	for _, s := range c.sents[m.Doc] {
		d = min(d, max(s-m.Sentence, m.Sentence-s))
	}
	return d
}

// shared counts the actors it shares with c under rule 3 of the package
// comment. It returns 0 when it or c names no agent or counterpart, or,
// in one document, when theirs are all anonymous actors of the classes
// of its own (Options.Kin: the overlap cannot be judged), and -1 when
// both name some but share none.
func (c *cluster) shared(it *item, opt Options) int {
	sym := c.sym || Symmetric(it.m.Type) || crossed[it.m.Type]
	mine := it.coreOf(sym)
	theirs, theirsAff := c.agents, c.agentsAff
	if sym {
		theirs, theirsAff = c.core, c.coreAff
	}
	if len(mine) == 0 || len(theirs) == 0 {
		return 0
	}
	n := 0
	// anonymous actors of one class are one only within one document:
	// another story's gunmen are other men
	oneDoc := len(c.docs) == 1 && c.docs[it.m.Doc]
	matched := func(id string) bool {
		a := standsFor(id, opt)
		return theirs[id] || (a != "" && theirs[a]) || theirsAff[id]
	}
	for id := range mine {
		if matched(id) {
			n++
		}
	}
	if n == 0 {
		if oneDoc && (allKin(mine, theirs, opt) && allKin(theirs, mine, opt) || c.marketStandIn(it, mine, theirs, opt)) {
			// "gunmen" and "armed men" of one story may be the same
			// men: not told apart, but no evidence either (the weak
			// rules decide)
			return 0
		}
		return -1
	}
	side := func(id string) string { // the country a match through an affiliation is by
		if a := standsFor(id, opt); a != "" && theirs[a] {
			return a
		}
		if theirsAff[id] {
			return id
		}
		return ""
	}
	if !c.docs[it.m.Doc] && !namesSameAcross(it, c, mine, theirs, side) {
		// another article's act of the same country's officials: the
		// weak rules decide
		return 0
	}
	// Sharing one side is not enough when each names an agent the other
	// lacks: Lavrov meeting Kim is not Shoigu meeting Kim.
	// (With a symmetric type a counterpart counts as an agent: Kim
	// meeting Lavrov is not Shoigu meeting Kim either.) A person matched
	// only through the country he stands for, which c names as a
	// counterpart and not as an agent, names an agent c lacks: Vell
	// meeting the mediators is not Osk's talks with Vell's country.
	for id := range mine {
		if theirs[id] || theirs[standsFor(id, opt)] && c.agents[standsFor(id, opt)] || theirsAff[id] {
			continue
		}
		for a := range c.agents {
			if !mine[a] && !mine[standsFor(a, opt)] && !affiliatedTo(mine, a, opt) && !(oneDoc && kin(mine, a, opt)) {
				return -1
			}
		}
	}
	return n
}

// kin reports whether an actor of ids is of the class of anonymous actors
// id is one of (Options.Kin), one of the two being anonymous: "gunmen" and
// "armed men" are one agent, and so may be "the rebels" and "Vellish
// rebels".
func kin(ids map[string]bool, id string, opt Options) bool {
	k := opt.Kin[id]
	if k == "" {
		return false
	}
	for o := range ids {
		if opt.Kin[o] == k && (anonymous(id) || anonymous(o)) {
			return true
		}
	}
	return false
}

// anonymous reports whether id is an actor named only by what it is
// ("agent:-:rebels"): two named groups of one class ("Vellish rebels",
// "Oskan rebels") are two agents, and each of them may be the one a later
// "the rebels" stands for (Options.Kin).
func anonymous(id string) bool {
	return strings.HasPrefix(id, actor.UnaffiliatedPrefix)
}

// allKin reports whether every actor of ids is of a class of anonymous
// actors one of others is of (kin).
func allKin(ids, others map[string]bool, opt Options) bool {
	for id := range ids {
		if !kin(others, id, opt) {
			return false
		}
	}
	return true
}

// affiliatedTo reports whether an actor of ids stands for a (standsFor).
func affiliatedTo(ids map[string]bool, a string, opt Options) bool {
	for id := range ids {
		if standsFor(id, opt) == a {
			return true
		}
	}
	return false
}

// core returns the actors of m that decide overlap: its agents, and its
// counterparts too when sym holds; nil when there is none (a mention is
// kept a long time: no memory for an empty set).
func core(m *event.Mention, sym bool) map[string]bool {
	var ids map[string]bool
	for _, p := range m.Participants {
		if p.Role == event.Agent || (sym && p.Role == event.Counterpart) {
			if ids == nil {
				ids = map[string]bool{}
			}
			ids[p.ActorID] = true
		}
	}
	return ids
}

// hasCounterpart reports whether m names a counterpart (else core(m,
// true) is core(m, false)).
func hasCounterpart(m *event.Mention) bool {
	return slices.ContainsFunc(m.Participants, func(p event.Participant) bool { return p.Role == event.Counterpart })
}

// addTo adds k to the set *set, making the set on first use (a cluster's
// sets of places and actors stay nil, and take no memory, while empty).
func addTo[K comparable](set *map[K]bool, k K) {
	if *set == nil {
		*set = map[K]bool{}
	}
	(*set)[k] = true
}

// event makes the merged event of c.
func (c *cluster) event(opt Options) timeline.Event {
	all := slices.Clone(c.items)
	slices.SortFunc(all, func(a, b *item) int {
		return cmp.Or(cmp.Compare(a.m.Doc, b.m.Doc), cmp.Compare(a.m.Sentence, b.m.Sentence), cmp.Compare(a.m.Start, b.m.Start))
	})
	// The background mentions attached to it (attachBackground) add
	// their sentences to its sources, nothing else.
	items := slices.DeleteFunc(slices.Clone(all), func(it *item) bool { return it.anaphor })
	typ := c.majorityType()
	e := timeline.Event{
		Type:       string(typ),
		Date:       c.date(),
		Factuality: string(event.Planned),
	}
	e.CAMEO = cameoOf(items, typ)
	e.CAMEOCodes = codesOf(items, e.CAMEO)
	e.Title = titleOf(items, typ)
	e.Factuality = factualityOf(items)
	e.Participants = participantsOf(slices.DeleteFunc(slices.Clone(items), c.echoNoun), opt.Affiliation)
	e.Location, e.Conflicts = locationOf(items, opt.Affiliation)
	var qc []string
	e.Quantities, qc = quantitiesOf(items)
	e.Conflicts = append(e.Conflicts, qc...)
	seen := map[[2]any]bool{}
	for _, it := range all {
		m := it.m
		k := [2]any{m.Doc, m.Sentence}
		if seen[k] {
			continue
		}
		seen[k] = true
		e.Sources = append(e.Sources, timeline.Source{
			Doc: m.Doc, Sentence: m.Sentence, Start: m.QuoteStart, End: m.QuoteEnd,
			Quote: m.Quote, Trigger: m.Trigger, Reporter: m.Source,
		})
	}
	e.Confidence = confidenceOf(items)
	first := items[0].m
	h := sha256.Sum256(fmt.Appendf(nil, "%s\x00%d\x00%d", first.Doc, first.Sentence, first.Start))
	e.ID = "ev-" + strings.ToLower(e.Date.Value) + "-" + e.Type + "-" + hex.EncodeToString(h[:3])
	return e
}

// majorityType returns the type most mentions give; on a tie, the type of
// the richest mention (see richness), then the earlier type of its
// compatibility row. A killing none of whose mentions tells a death (all
// are event.Mention.Injury: "three police were injured in clashes") is an
// attack.
func (c *cluster) majorityType() event.Type {
	t := c.votedType()
	if t != event.Killing {
		return t
	}
	for _, it := range c.items {
		if it.m.Type == event.Killing && !it.m.Injury {
			return t
		}
	}
	return event.Attack
}

// ofType reports whether the mention of it tells an event of type t: its
// own type, or, for an attack, a killing of injuries only (majorityType).
func ofType(it *item, t event.Type) bool {
	return it.m.Type == t || t == event.Attack && it.m.Type == event.Killing && it.m.Injury
}

// votedType is majorityType before the injuries' rule.
func (c *cluster) votedType() event.Type {
	count := map[event.Type]int{}
	rich := map[event.Type]int{}
	for _, it := range c.items {
		if it.anaphor {
			continue
		}
		count[it.m.Type]++
		rich[it.m.Type] = max(rich[it.m.Type], richness(it))
	}
	types := make([]event.Type, 0, len(count))
	for t := range count {
		types = append(types, t)
	}
	slices.SortFunc(types, func(a, b event.Type) int {
		_, pa := typeRank(a)
		_, pb := typeRank(b)
		return cmp.Or(-cmp.Compare(count[a], count[b]), -cmp.Compare(rich[a], rich[b]), cmp.Compare(pa, pb), cmp.Compare(a, b))
	})
	return types[0]
}

// richness scores how much a mention says: its participants, its
// location, its own date.
func richness(it *item) int {
	s := 4 * len(it.m.Participants)
	if it.m.Location != "" {
		s += 2
	}
	if it.strong {
		s++
	}
	return s
}

func (c *cluster) date() timeline.Date {
	it := c.from
	d := timeline.Date{
		Value:       it.value,
		Start:       c.iv.Start.Format(time.DateOnly),
		End:         c.iv.End.Format(time.DateOnly),
		Granularity: string(it.gran),
		Basis:       string(it.m.Basis),
	}
	if it.strong {
		d.Mod = it.m.Time.Mod
		if d.Basis == "" || d.Basis == string(event.Publication) {
			d.Basis = string(event.Explicit)
			if it.m.Time.Relative {
				d.Basis = string(event.Relative)
			}
		}
	} else if it.m.Basis == event.PublicationBound {
		// on or before the DCT: the start is open
		d.Basis, d.Start, d.Mod = string(event.PublicationBound), "", timeline.ModOnOrBefore
	} else {
		d.Basis = string(event.Publication)
	}
	if c.ranged && d.Start != d.End {
		d.Granularity, d.Mod = RangeGranularity, ""
	}
	return d
}

// titleOf returns the title of the richest mention of type t: a headline
// before a bare noun ("Verdict", "Attack", "Coup staged":
// event.BareTitle), then one
// naming its agent in the words of its sentence before any in its type's
// ("wins re-election" before "holds election", event.GenericTitle), then
// the most participants, then a location, then an explicit date, then the
// first. A headline of the same sentence whose trigger is clearly surer
// (a confidence higher by surerMargin: "Four militants were killed and
// five others wounded" is told by "killed") stands for it: the sentence's main happening, not its
// aftermath. A mention whose agent the merged event holds in another
// role (outvotedAgent) comes after every other title of more than one word.
// With no headline of type t, the richest headline of another
// type the event merged stands ("Rafiq Hariri killed", not "Bombing").
func titleOf(items []*item, t event.Type) string {
	// The merged event's role of each actor; the roles alone matter here,
	// so no affiliations.
	role := map[string]string{}
	for _, p := range participantsOf(items, nil) {
		role[p.Actor] = p.Role
	}
	tier := func(it *item) int {
		s := 0
		if !event.BareTitle(it.m.Type, it.m.Title) {
			s += headlineBonus
		}
		if it.m.Headlined {
			s += articleHeadBonus
		}
		switch {
		case outvotedAgent(it.m, role):
			s -= specificBonus
		case hasAgent(it.m) && !event.GenericTitle(t, it.m.Title):
			s += specificBonus
		}
		return s
	}
	var bestItem *item
	bestScore := -1
	for _, injuries := range []bool{false, true} {
		// an attack's own mentions first, then those of its injuries
		// (ofType: "83 soldiers injured" beside "the offensive")
		for _, it := range items {
			if it.m.Type != t && !(injuries && ofType(it, t)) || it.m.Title == "" {
				continue
			}
			if s := tier(it) + richness(it); s > bestScore {
				bestItem, bestScore = it, s
			}
		}
		if bestItem != nil {
			break
		}
	}
	if bestItem == nil || event.BareTitle(t, bestItem.m.Title) {
		// "Bombing": the headline of a mention of another type the event
		// merged ("Rafiq Hariri killed") says what happened
		var other *item
		otherScore := -1
		for _, it := range items {
			if s := richness(it); it.m.Type != t && !event.BareTitle(it.m.Type, it.m.Title) && s > otherScore {
				other, otherScore = it, s
			}
		}
		if other != nil {
			return other.m.Title
		}
	}
	if bestItem == nil {
		return event.TypeNoun(t)
	}
	best := bestItem
	for _, it := range items {
		if ofType(it, t) && it.m.Doc == bestItem.m.Doc && it.m.Sentence == bestItem.m.Sentence &&
			!event.BareTitle(t, it.m.Title) && it.m.Confidence >= best.m.Confidence+surerMargin {
			best = it
		}
	}
	return best.m.Title
}

func factualityOf(items []*item) string {
	rank := map[event.Factuality]int{event.Asserted: 5, event.Reported: 4, event.Planned: 3, event.Hypothetical: 2, event.Negated: 1}
	bestF := items[0].m.Factuality
	for _, it := range items {
		if rank[it.m.Factuality] > rank[bestF] {
			bestF = it.m.Factuality
		}
	}
	if bestF == "" {
		return string(event.Asserted)
	}
	return string(bestF)
}

var roleRank = map[event.Role]int{event.Agent: 0, event.Counterpart: 1, event.Target: 2, event.Recipient: 3, event.Location: 4}

// participantsOf returns the union of the participants, each actor once
// with the role most mentions give it (on a tie, the role of its first
// mention in document order), sorted by role then id; a generic agent of
// one person ("a Jamaican man") gives way to a named person of its role
// and, by the affiliations affil, of its country, whom the story
// described so (describedPerson).
func participantsOf(items []*item, affil map[string]string) []timeline.Participant {
	votes := map[string]map[event.Role]int{}
	firstRole := map[string]event.Role{}
	for _, it := range items {
		for _, p := range it.m.Participants {
			if votes[p.ActorID] == nil {
				votes[p.ActorID] = map[event.Role]int{}
				firstRole[p.ActorID] = p.Role
			}
			votes[p.ActorID][p.Role]++
		}
	}
	out := make([]timeline.Participant, 0, len(votes))
	for id, roles := range votes {
		bestRole := firstRole[id]
		for _, r := range []event.Role{event.Agent, event.Counterpart, event.Target, event.Recipient, event.Location} {
			if roles[r] > roles[bestRole] {
				bestRole = r
			}
		}
		out = append(out, timeline.Participant{Actor: id, Role: string(bestRole)})
	}
	named := map[string][]string{} // the named persons of each role
	for _, p := range out {
		if strings.HasPrefix(p.Actor, namedPersonPrefix) {
			named[p.Role] = append(named[p.Role], p.Actor)
		}
	}
	out = slices.DeleteFunc(out, func(p timeline.Participant) bool {
		return slices.ContainsFunc(named[p.Role], func(q string) bool { return describedAs(p.Actor, q, affil) })
	}) // "a Jamaican man" the named person of the same role and country is (describedPerson)
	slices.SortFunc(out, func(a, b timeline.Participant) int {
		return cmp.Or(cmp.Compare(roleRank[event.Role(a.Role)], roleRank[event.Role(b.Role)]), cmp.Compare(a.Actor, b.Actor))
	})
	return out
}

// locationOf returns the location most mentions give (the first on a
// tie) and a conflict when they name different places. A place and the
// country it belongs to (by affil) do not conflict: the place is kept.
func locationOf(items []*item, affil map[string]string) (string, []string) {
	named := map[string]bool{}
	for _, it := range items {
		named[it.m.Location] = true
	}
	count := map[string]int{}
	var order []string
	docs := map[string][]string{}
	for _, it := range items {
		l := it.m.Location
		if l == "" {
			continue
		}
		if contains(named, l, affil) {
			continue // a place inside l is named too
		}
		if count[l] == 0 {
			order = append(order, l)
		}
		count[l]++
		if !slices.Contains(docs[l], it.m.Doc) {
			docs[l] = append(docs[l], it.m.Doc)
		}
	}
	if len(order) == 0 {
		return "", nil
	}
	bestL := order[0]
	for _, l := range order {
		if count[l] > count[bestL] {
			bestL = l
		}
	}
	if len(order) == 1 {
		return bestL, nil
	}
	parts := make([]string, len(order))
	for i, l := range order {
		parts[i] = fmt.Sprintf("%s (%s)", l, strings.Join(docs[l], ", "))
	}
	return bestL, []string{"location: " + strings.Join(parts, " vs ")}
}

// quantitiesOf keeps one quantity per unit, the first stated, and records
// a conflict for each unit whose sources state different amounts.
func quantitiesOf(items []*item) ([]timeline.Quantity, []string) {
	type stated struct {
		q    event.Quantity
		docs []string
	}
	byUnit := map[string][]*stated{}
	var units []string
	for _, it := range items {
		for _, q := range it.m.Quantities {
			list := byUnit[q.Unit]
			if list == nil {
				units = append(units, q.Unit)
			}
			i := slices.IndexFunc(list, func(s *stated) bool { return s.q.Min == q.Min && s.q.Max == q.Max })
			if i < 0 {
				list = append(list, &stated{q: q})
				i = len(list) - 1
			}
			if !slices.Contains(list[i].docs, it.m.Doc) {
				list[i].docs = append(list[i].docs, it.m.Doc)
			}
			byUnit[q.Unit] = list
		}
	}
	slices.Sort(units)
	var qs []timeline.Quantity
	var conflicts []string
	for _, u := range units {
		list := byUnit[u]
		q := list[0].q
		qs = append(qs, timeline.Quantity{Min: q.Min, Max: q.Max, Unit: q.Unit, Approx: q.Approx, Text: q.Text})
		if len(list) > 1 {
			parts := make([]string, len(list))
			for i, s := range list {
				parts[i] = fmt.Sprintf("%s (%s)", amount(s.q), strings.Join(s.docs, ", "))
			}
			conflicts = append(conflicts, fmt.Sprintf("quantity %s: %s", u, strings.Join(parts, " vs ")))
		}
	}
	return qs, conflicts
}

// within reports whether l lies inside one of the locations of named.
func within(l string, named map[string]bool, affil map[string]string) bool {
	for a, depth := affil[l], 0; a != "" && depth < 4; a, depth = affil[a], depth+1 {
		if named[a] {
			return true
		}
	}
	return false
}

// contains reports whether some location of named lies inside l: its
// affiliation chain (city → region → country) reaches l.
func contains(named map[string]bool, l string, affil map[string]string) bool {
	for n := range named {
		for a, depth := affil[n], 0; a != "" && depth < 4; a, depth = affil[a], depth+1 {
			if a == l {
				return true
			}
		}
	}
	return false
}

func amount(q event.Quantity) string {
	if q.Min == q.Max {
		return fmt.Sprintf("%g", q.Min)
	}
	return fmt.Sprintf("%g-%g", q.Min, q.Max)
}

// confidenceOf combines the best confidence of each document by noisy-or:
// 1 - Π(1 - c). A mention with no confidence set counts as 1.
func confidenceOf(items []*item) float64 {
	perDoc := map[string]float64{}
	for _, it := range items {
		c := it.m.Confidence
		if c <= 0 {
			c = 1
		}
		perDoc[it.m.Doc] = max(perDoc[it.m.Doc], c)
	}
	docs := make([]string, 0, len(perDoc))
	for d := range perDoc {
		docs = append(docs, d)
	}
	slices.Sort(docs)
	miss := 1.0
	for _, d := range docs {
		miss *= 1 - min(perDoc[d], 1)
	}
	return math.Round((1-miss)*100) / 100
}

// cameoOf returns the CAMEO code of the merged event of type typ: the
// code most of its mentions of that type carry (Mention.CAMEO, finer than
// the type's when the CAMEO dictionary gave one); on a tie, for a
// statement, a code other than the plain statement's, which every verb of
// saying carries ("denied the charges" 016 beside the 010 of a report the
// denial names); then the longer, then the smaller; the type's own code
// when none carries one.
func cameoOf(items []*item, typ event.Type) string {
	n := map[string]int{}
	for _, it := range items {
		if ofType(it, typ) && it.m.CAMEO != "" {
			n[it.m.CAMEO]++
		}
	}
	own := typ.CAMEO()
	best := own
	for c, k := range n {
		b := n[best]
		finer, bestFiner := typ == event.Statement && c != own, typ == event.Statement && best != own
		if k > b || k == b && (finer && !bestFiner || finer == bestFiner && (len(c) > len(best) || len(c) == len(best) && c < best)) {
			best = c
		}
	}
	return best
}

// codesOf returns every CAMEO code of items (a mention's own code, else its
// type's), main first and the others in order, or nil when main is the
// only one.
func codesOf(items []*item, main string) []string {
	var codes []string
	for _, it := range items {
		c := it.m.CAMEO
		if c == "" {
			c = it.m.Type.CAMEO()
		}
		if c != "" && c != main && !slices.Contains(codes, c) {
			codes = append(codes, c)
		}
	}
	if len(codes) == 0 {
		return nil
	}
	slices.Sort(codes)
	if main == "" {
		if len(codes) == 1 {
			return nil
		}
		return codes
	}
	return append([]string{main}, codes...)
}

// verbalActs are the types of verbal acts aimed at someone, its target.
var verbalActs = map[event.Type]bool{event.Appeal: true, event.Demand: true, event.Disapprove: true, event.Threaten: true}

// headlineBonus is what a title of more than one word scores over a
// bare noun in titleOf: more than any richness, so that a headline always
// wins over "Verdict".
const headlineBonus = 1 << 20

// articleHeadBonus is what a title that is its article's own headline
// (event.Mention.Headlined: "US stocks open mixed ahead of holiday")
// scores in titleOf over one composed from a sentence, which names one
// index, side or figure of the happening: more than specificBonus and any
// richness, less than headlineBonus.
const articleHeadBonus = 1 << 16

// surerMargin is how much higher the confidence of a mention of the same
// sentence must be for its title to replace the best one in titleOf: a
// doubtful trigger ("wounded", 0.6) gives way to a sure one ("killed",
// 1), a trigger a little less sure ("discussed", 0.8) does not give way
// to a bare noun phrase ("meeting").
const surerMargin = 0.3

// hasAgent reports whether mention m has an agent.
func hasAgent(m *event.Mention) bool {
	return slices.ContainsFunc(m.Participants, func(p event.Participant) bool { return p.Role == event.Agent })
}

// outvotedAgent reports whether an agent of m is the target of the
// merged event whose roles are role ("He urged ..." read as the leader
// the other sentences name as the one urged): its title would present a
// target as the doer, so any title without such an agent, save a bare
// noun, goes before it in titleOf. An agent the event holds as its
// counterpart is no such slip: the two sides of talks change places.
func outvotedAgent(m *event.Mention, role map[string]string) bool {
	return slices.ContainsFunc(m.Participants, func(p event.Participant) bool {
		return p.Role == event.Agent && role[p.ActorID] == string(event.Target)
	})
}

// specificBonus is what a title naming its agent in the words of its own sentence scores
// over one in its type's phrase in titleOf: more than any richness, less
// than headlineBonus.
const specificBonus = 1 << 12

// placeLagDays is how many days before the publication day of the
// article that dates an event (by that day alone) a mention of another
// article, dated by its own expression, may lie and still join it by
// the place alone: the next day's paper retells "began their meeting
// Tuesday in Busan" as "after wrapping up a two-day meeting in Busan".
const placeLagDays = 3

// placeSpan is the longest date (a month) two mentions of other articles,
// each dated by its own expression, may have to join by the place alone:
// "Kibaki's last visit to China was in 2005" is not the visit to China
// another article dates to November 21 of that year.
const placeSpan = 31 * 24 * time.Hour

// placeDated reports whether the place alone may tie it to c (rule 3's
// weak evidence): in its own document or in a document of a day c is
// reported on; else only when it is dated by its own expression to at
// most placeSpan, and either the mention that dates c is too (the dates
// then nest) or c is dated by its article's day alone and it to at most
// placeLagDays before that day. Across the news of other days a shared
// place is no evidence when one side has no date of its own, or only a
// year: a foreign minister "who is paying a landmark visit to Iraq"
// (dated up to its article's day) is not the pilgrims who "arrived Sunday
// morning in Baghdad" in an article of nine years before.
func (c *cluster) placeDated(it *item, sameDoc bool) bool {
	if sameDoc || !it.dct.IsZero() && c.dcts[day(it.dct)] {
		return true
	}
	if !it.strong || c.from == nil || span(it.iv) > placeSpan {
		return false
	}
	if c.from.strong {
		return span(c.from.iv) <= placeSpan
	}
	return !c.from.dct.IsZero() && day(c.from.dct).Sub(it.iv.End) <= placeLagDays*24*time.Hour
}
