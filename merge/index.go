package merge

import (
	"cmp"
	"slices"
	"strconv"
	"time"

	"github.com/chronograph-news/chronograph/event"
	"github.com/chronograph-news/chronograph/timex"
)

// index finds the events that may take a mention without comparing it
// with every event. Events are grouped by bucket (factuality class and
// type row); within a bucket they are found two ways, and a lookup uses
// whichever gives fewer candidates:
//
//   - by date: each event sits in the smallest calendar cell (day, month,
//     year) that holds its whole date interval, or on a "wide" list when
//     none does. Two overlapping intervals share a day, so their cells
//     are nested: a lookup takes the cells at and above the query's cell,
//     and everything below it.
//
//   - by participant: each event is listed under the agents and
//     counterparts it has and under the actors they are affiliated with,
//     and on a list of its own while it has no agent. A mention naming an
//     agent can only share an actor with an event listed under that agent
//     or its affiliation, or be judged by weaker evidence against an event
//     without agents.
//
//   - for a mention that names no agent or counterpart, by the weak
//     evidence that alone lets it join an event (cluster.score): a
//     mention of its document within anaphoraWindow sentences, or, for a
//     mention dated by its own expression, an event of its document dated
//     so inside that date (the same day, or a day of its month or week),
//     for a symmetric act dated only by its publication, one of its
//     document dated so to that day (leadOfDay), its copied sentence,
//     and its place and sides, each listed under itself and the actors
//     it lies inside (town → region → country), so that a lookup of an
//     actor finds the events naming it or something inside it, and a
//     lookup of what it lies inside finds those naming that. Without
//     this, the anonymous mentions of a day were compared with every
//     event of that day: quadratic in a large archive of one day.
//
// The index only narrows the search: every candidate is still judged by
// cluster.score, so the result is the one a scan of the whole bucket
// gives. Lists are append-only; an event whose date or participants
// change is listed again under its new keys, and its old entries merely
// add candidates that the score rejects.
type index struct {
	buckets map[string]*bucketIndex
	next    int // creation number of the next cluster
	stamp   int // lookup number, to list each candidate once
	// scan makes every lookup return the whole bucket: the reference
	// the index is tested against.
	scan bool
}

// bucketIndex is the index of one bucket.
type bucketIndex struct {
	all   []*cluster          // every cluster, in creation order
	wide  []*cluster          // date interval in no single year
	at    map[cell][]*cluster // clusters whose smallest cell is the key
	under map[cell][]*cluster // clusters whose smallest cell lies strictly inside the key
	actor map[string][]*cluster
	// noAgent lists the clusters created without an agent; a cluster
	// stays on it after gaining one.
	noAgent []*cluster
	// near: the clusters by document and stretch of anaphoraWindow
	// sentences of their mentions; docDay: those dated (to a day or a
	// coarser date) by a mention's own expression (strongDay), by
	// document and that date's cell and every cell holding it (a month's
	// mention may join its document's event of one of its days:
	// heldAnonymousDate); quote: by copy key of their mentions; exact and under2:
	// by the places and sides of their mentions, exactly and under every
	// actor those lie inside.
	near, docDay, exact, under2 map[string][]*cluster
	quote                       map[copyKey][]*cluster
}

// nearKey is the key of the stretch of anaphoraWindow sentences of doc
// holding sentence s.
func nearKey(doc string, s int) string {
	return doc + "\x00" + strconv.Itoa(s/max(anaphoraWindow, 1))
}

// dayKey is the key of doc and date cell k.
func dayKey(doc string, k cell) string { return doc + "\x00" + strconv.Itoa(int(k)) }

// cell is a calendar cell: y*10000 + m*100 + d for a day, y*10000 + m*100
// for a month, y*10000 for a year.
type cell int

// wideCell stands for the intervals that no year holds.
const wideCell cell = -1

// cellOf returns the smallest calendar cell holding iv.
func cellOf(iv *timex.Interval) cell {
	y0, m0, d0 := iv.Start.Date()
	y1, m1, d1 := iv.End.Date()
	switch {
	case y0 != y1:
		return wideCell
	case m0 != m1:
		return cell(y0 * 10000)
	case d0 != d1:
		return cell(y0*10000 + int(m0)*100)
	}
	return cell(y0*10000 + int(m0)*100 + d0)
}

// parents returns the cells strictly containing c, innermost first.
func (c cell) parents() []cell {
	switch {
	case c == wideCell || c%10000 == 0:
		return nil
	case c%100 == 0:
		return []cell{c / 10000 * 10000}
	}
	return []cell{c / 100 * 100, c / 10000 * 10000}
}

func newIndex() *index {
	return &index{buckets: map[string]*bucketIndex{}}
}

func (x *index) bucket(key string) *bucketIndex {
	b := x.buckets[key]
	if b == nil {
		b = &bucketIndex{at: map[cell][]*cluster{}, under: map[cell][]*cluster{}, actor: map[string][]*cluster{},
			near: map[string][]*cluster{}, docDay: map[string][]*cluster{}, quote: map[copyKey][]*cluster{},
			exact: map[string][]*cluster{}, under2: map[string][]*cluster{}}
		x.buckets[key] = b
	}
	return b
}

// create makes a cluster of it in bucket key, numbers it and indexes it.
func (x *index) create(key string, it *item, opt Options) *cluster {
	c := &cluster{
		key: key, n: x.next,
		docs: map[string]bool{}, sents: map[string][]int{}, dcts: map[time.Time]bool{}, types: map[event.Type]bool{},
	}
	x.next++
	b := x.bucket(key)
	b.all = append(b.all, c)
	if len(it.agents) == 0 {
		b.noAgent = append(b.noAgent, c)
	}
	x.add(c, it, opt)
	return c
}

// moveInto adds every item of b to dst, marks b dead and returns clusters
// without b, which stood at j.
func (x *index) moveInto(dst, b *cluster, clusters []*cluster, j int, opt Options) []*cluster {
	for _, it := range b.items {
		x.add(dst, it, opt)
	}
	b.dead = true
	return slices.Delete(clusters, j, j+1)
}

// add adds it to c and lists c under the date cell and actors it gains.
func (x *index) add(c *cluster, it *item, opt Options) {
	b := x.bucket(c.key)
	before := c.iv
	if it.m.Type == event.MarketMovement && !c.docs[it.m.Doc] {
		b.actor[marketKey(it.m.Doc)] = append(b.actor[marketKey(it.m.Doc)], c)
	}
	for _, id := range it.all {
		if !c.core[id] {
			b.actor[id] = append(b.actor[id], c)
		}
		if a := standsFor(id, opt); a != "" && !c.coreAff[a] && !c.core[a] {
			b.actor[a] = append(b.actor[a], c)
		}
		if k := opt.Kin[id]; k != "" && !c.core[id] {
			b.actor[kinKey(k)] = append(b.actor[kinKey(k)], c)
		}
	}
	if k := nearKey(it.m.Doc, it.m.Sentence); !c.nearKeys[k] {
		if c.nearKeys == nil {
			c.nearKeys = map[string]bool{}
		}
		c.nearKeys[k] = true
		b.near[k] = append(b.near[k], c)
	}
	newDoc := !c.docs[it.m.Doc]
	if it.quote != 0 && !c.quotes[it.quote] {
		b.quote[it.quote] = append(b.quote[it.quote], c)
	}
	if l := it.m.Location; l != "" && !c.locations[l] {
		b.relate(c, l, opt)
	}
	for id := range it.sides {
		if !c.sides[it.m.Type][id] {
			b.relate(c, id, opt)
		}
	}
	c.add(it, opt)
	moved := c.iv != nil && (before == nil || cellOf(before) != cellOf(c.iv))
	if moved {
		x.place(c)
	}
	newDocs := ""
	if newDoc {
		newDocs = it.m.Doc
	}
	b.listDay(c, newDocs)
}

// listDay lists c under each of its documents and its strongDay (and the
// cells holding it) when that changed, else under doc (a document it
// just gained, or "").
func (b *bucketIndex) listDay(c *cluster, doc string) {
	k := strongDay(c)
	list := func(d string) {
		b.docDay[dayKey(d, k)] = append(b.docDay[dayKey(d, k)], c)
		for _, p := range k.parents() {
			b.docDay[dayKey(d, p)] = append(b.docDay[dayKey(d, p)], c)
		}
	}
	switch {
	case k != c.dayCell:
		c.dayCell = k
		if k == 0 {
			return
		}
		for d := range c.docs {
			list(d)
		}
	case k != 0 && doc != "":
		list(doc)
	}
}

// strongDay returns the cell of c's date when a mention's own time
// expression dates it (to a day or a time of a day, or to a coarser
// date), the only events a mention may join by the same date alone
// (cluster.score: sameDayScore, sameDateScore), else 0.
func strongDay(c *cluster) cell {
	if c.iv == nil || !c.from.strong {
		return 0
	}
	return cellOf(c.iv)
}

// relate lists c under actor id exactly, and under id and every actor id
// lies inside.
func (b *bucketIndex) relate(c *cluster, id string, opt Options) {
	b.exact[id] = append(b.exact[id], c)
	b.under2[id] = append(b.under2[id], c)
	for a, depth := opt.Affiliation[id], 0; a != "" && depth < maxAffiliationDepth; a, depth = opt.Affiliation[a], depth+1 {
		b.under2[a] = append(b.under2[a], c)
	}
}

// weakLists returns the lists holding every cluster an item that names
// no agent or counterpart may join (see cluster.score): those with a
// mention of its document within anaphoraWindow sentences or, when a
// time expression of its own dates it, dated so inside its date's cell
// (for an interval across a new year, inside the years of its ends), or,
// for a symmetric act dated only by its publication, dated so to that
// day (leadOfDay), of its copy key, and those related to its place or sides (naming
// the actor, something inside it, or something it lies inside).
func (b *bucketIndex) weakLists(it *item, opt Options) [][]*cluster {
	var lists [][]*cluster
	for d := -1; d <= 1; d++ {
		lists = append(lists, b.near[nearKey(it.m.Doc, it.m.Sentence+d*max(anaphoraWindow, 1))])
	}
	if it.iv != nil && it.strong {
		k := cellOf(it.iv)
		lists = append(lists, b.docDay[dayKey(it.m.Doc, k)])
		if k == wideCell {
			// an interval across a new year (a week: heldAnonymousDate)
			// holds days listed under the years of its ends
			for _, y := range []int{it.iv.Start.Year(), it.iv.End.Year()} {
				lists = append(lists, b.docDay[dayKey(it.m.Doc, cell(y*10000))])
			}
		}
	}
	if Symmetric(it.m.Type) && !it.strong && it.m.Basis == event.Publication && !it.dct.IsZero() {
		// the events of its document dated by their own expression to
		// its publication day, whose lead may tell it (leadOfDay)
		d := day(it.dct)
		lists = append(lists, b.docDay[dayKey(it.m.Doc, cellOf(&timex.Interval{Start: d, End: d}))])
	}
	if it.quote != 0 {
		lists = append(lists, b.quote[it.quote])
	}
	rel := func(id string) {
		lists = append(lists, b.under2[id])
		for a, depth := opt.Affiliation[id], 0; a != "" && depth < maxAffiliationDepth; a, depth = opt.Affiliation[a], depth+1 {
			lists = append(lists, b.exact[a])
		}
	}
	if l := it.m.Location; l != "" {
		rel(l)
	}
	for _, id := range sortedKeys(it.sides) {
		rel(id)
	}
	return lists
}

// redate gives c the date interval iv and lists c under its cell.
func (x *index) redate(c *cluster, iv *timex.Interval) {
	c.iv = iv
	x.place(c)
	x.bucket(c.key).listDay(c, "")
}

// place lists c under the cell of its date interval.
func (x *index) place(c *cluster) {
	b := x.bucket(c.key)
	k := cellOf(c.iv)
	if k == wideCell {
		b.wide = append(b.wide, c)
		return
	}
	b.at[k] = append(b.at[k], c)
	for _, p := range k.parents() {
		b.under[p] = append(b.under[p], c)
	}
}

// candidates returns, in creation order, the live clusters of bucket key
// that may take a mention dated iv (nil: undatable) that names the agents
// of it (nil or none: unknown): a superset of those whose dates nest with
// iv and, when it names agents, that share an actor with it or have no
// agent.
func (x *index) candidates(key string, iv *timex.Interval, it *item, opt Options) []*cluster {
	b := x.buckets[key]
	if b == nil {
		return nil
	}
	x.stamp++
	var out []*cluster
	take := func(list []*cluster, keep func(*cluster) bool) {
		for _, c := range list {
			if c.mark != x.stamp && !c.dead && (keep == nil || keep(c)) {
				c.mark = x.stamp
				out = append(out, c)
			}
		}
	}
	// The date lists, and their size.
	var dated [][]*cluster
	if x.scan || iv == nil || cellOf(iv) == wideCell {
		dated = [][]*cluster{b.all}
	} else {
		k := cellOf(iv)
		dated = append(dated, b.at[k], b.under[k], b.wide)
		for _, p := range k.parents() {
			dated = append(dated, b.at[p])
		}
	}
	nDated := 0
	for _, l := range dated {
		nDated += len(l)
	}
	// The actor lists, and their size.
	var named [][]*cluster
	nNamed := -1
	if !x.scan && it != nil && len(it.agents) > 0 {
		named = append(named, b.noAgent)
		for _, id := range it.all {
			named = append(named, b.actor[id])
			if a := standsFor(id, opt); a != "" {
				named = append(named, b.actor[a])
			}
			if k := opt.Kin[id]; k != "" {
				named = append(named, b.actor[kinKey(k)])
			}
		}
		if it.m.Type == event.MarketMovement {
			named = append(named, b.actor[marketKey(it.m.Doc)])
		}
		nNamed = 0
		for _, l := range named {
			nNamed += len(l)
		}
	}
	// The weak-evidence lists of a mention naming no one, and their size.
	weak := !x.scan && it != nil && len(it.core[1]) == 0
	if weak {
		named = b.weakLists(it, opt)
		nNamed = 0
		for _, l := range named {
			nNamed += len(l)
		}
	}
	if nNamed >= 0 && nNamed < nDated {
		overlaps := func(c *cluster) bool {
			return iv == nil || overlaps(c.iv, iv)
		}
		for _, l := range named {
			take(l, overlaps)
		}
	} else {
		var mayShare func(*cluster) bool
		if nNamed >= 0 && !weak {
			mayShare = func(c *cluster) bool {
				return len(c.agents) == 0 || c.sharesAny(it, opt) || it.m.Type == event.MarketMovement && c.docs[it.m.Doc]
			}
		}
		for _, l := range dated {
			take(l, mayShare)
		}
	}
	if !x.scan && it != nil && it.quote != 0 {
		// its sentence copied by another article: that event, whatever
		// actors and day each tells (cluster.score)
		take(b.quote[it.quote], nil)
	}
	slices.SortFunc(out, func(a, b *cluster) int { return cmp.Compare(a.n, b.n) })
	return out
}

// sharesAny reports whether c lists an agent or counterpart of it, or one
// of their affiliations, among its agents and counterparts or theirs, or,
// for an event of its one document, an anonymous actor of its class
// (Options.Kin).
func (c *cluster) sharesAny(it *item, opt Options) bool {
	for _, id := range it.all {
		if c.core[id] || c.coreAff[id] {
			return true
		}
		if a := standsFor(id, opt); a != "" && c.core[a] {
			return true
		}
		if len(c.docs) == 1 && c.docs[it.m.Doc] && kin(c.core, id, opt) {
			return true
		}
	}
	return false
}

// marketKey is the key under which the index lists the market movement
// events of a document, which a market stand-in may join (marketStandIn;
// never an actor's id: ids have no NUL).
func marketKey(doc string) string { return "\x00market:" + doc }

// kinKey is the key under which the index lists the events of the actors
// of one class of Options.Kin (never an actor's id: ids have no NUL).
func kinKey(k string) string { return "\x00kin:" + k }
