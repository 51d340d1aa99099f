package merge

import (
	"cmp"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/chronograph-news/chronograph/event"
	"github.com/chronograph-news/chronograph/timex"
)

// RangeGranularity is the granularity of an event dated by the range its
// sources cover rather than by one calendar unit: a named exercise that
// began on one day and ended on another (see Options.Spans).
const RangeGranularity = "range"

// maxSpan gives, for each type whose happenings last several days, the
// longest range (in days from first to last) one happening may cover.
var maxSpan = map[event.Type]int{
	event.MilitaryExercise: 31,
	event.Visit:            31,
	event.Meeting:          31, // summits, conferences
}

// spanLimit returns the longest range, in days, an event of both a's and
// b's types may cover, or -1 when they share no type that lasts.
func spanLimit(a, b *cluster) int {
	limit := -1
	for t := range a.types {
		if d, ok := maxSpan[t]; ok && b.types[t] {
			limit = max(limit, d)
		}
	}
	return limit
}

// joinSpans merges the events that are one multi-day happening reported
// at different moments (its start, its end): events of the same bucket
// sharing a type of maxSpan, a name (see sharesName) and no conflicting
// agent, each dated to a day by its own expression, whose days all fit in
// the type's longest range. The merged event is dated by the covering range.
// Events are visited by start date, then creation; each joins the
// earliest event that takes it.
func joinSpans(clusters []*cluster, x *index, opt Options) []*cluster {
	var cand []*cluster
	for _, c := range clusters {
		if c.from.strong && c.from.gran == timex.Day && slices.ContainsFunc(c.items, func(it *item) bool { return maxSpan[it.m.Type] > 0 }) {
			cand = append(cand, c)
		}
	}
	slices.SortFunc(cand, func(a, b *cluster) int {
		return cmp.Or(a.iv.Start.Compare(b.iv.Start), cmp.Compare(a.n, b.n))
	})
	byDoc := byBucketDoc(clusters)
	for j, b := range cand {
		for _, a := range cand[:j] {
			if a.dead || a.key != b.key {
				continue
			}
			limit := spanLimit(a, b)
			if limit < 0 {
				continue
			}
			cover := coverOf(a.iv, b.iv)
			if cover.End.Sub(cover.Start) > time.Duration(limit)*24*time.Hour {
				continue
			}
			if !spanCompatible(a, b, opt) || !sharesName(a, b) && !storyPair(a, b, byDoc) {
				continue
			}
			from := a.from
			if b.from.iv.Start.Before(from.iv.Start) {
				from = b.from
			}
			for _, it := range b.items {
				x.add(a, it, opt)
			}
			a.ranged = true
			a.from = from
			x.redate(a, cover)
			b.dead = true
			break
		}
	}
	return slices.DeleteFunc(clusters, func(c *cluster) bool { return c.dead })
}

// storyPair reports whether a and b, told by one document alone, are
// the only two events of their bucket that document tells with a lasting
// type of theirs, and one of them is told by a definite noun
// (event.Mention.Definite) dated by its own expression: "a four-day
// conference concluded Thursday" and "the conference, which started on
// Monday" are the article's one conference, told by its end and its
// start, although it names it by no name (sharesName).
func storyPair(a, b *cluster, byDoc map[docKey][]*cluster) bool {
	if len(a.docs) != 1 || len(b.docs) != 1 {
		return false
	}
	var doc string
	for d := range a.docs {
		doc = d
	}
	if !b.docs[doc] {
		return false
	}
	definite := func(it *item) bool { return it.m.Definite && it.strong }
	if !slices.ContainsFunc(a.items, definite) && !slices.ContainsFunc(b.items, definite) {
		return false
	}
	for _, c := range byDoc[docKey{a.key, doc}] {
		if c != a && c != b && !c.dead && spanLimit(c, a) >= 0 {
			return false
		}
	}
	return true
}

// coverOf returns the smallest interval holding a and b.
func coverOf(a, b *timex.Interval) *timex.Interval {
	iv := &timex.Interval{Start: a.Start, End: a.End}
	if b.Start.Before(iv.Start) {
		iv.Start = b.Start
	}
	if b.End.After(iv.End) {
		iv.End = b.End
	}
	return iv
}

// spanCompatible reports whether no mention of one event names agents
// that conflict with the other's (rule 3 of the package comment; sharing
// none at all is fine) or is another instance of the other's act (rule
// 6).
func spanCompatible(a, b *cluster, opt Options) bool {
	for _, it := range b.items {
		if a.shared(it, opt) < 0 || a.distinct(it, opt) {
			return false
		}
	}
	for _, it := range a.items {
		if b.shared(it, opt) < 0 || b.distinct(it, opt) {
			return false
		}
	}
	return true
}

// sharesName reports whether a mention of one event names a happening
// (see name) that a mention of the other names too, before its trigger
// or in its title. A name made only of the actors and places of the two
// events does not count: "the Pyongyang summit" is not a name when the
// events take place in Pyongyang.
func sharesName(a, b *cluster) bool {
	actors := map[string]bool{}
	for _, c := range []*cluster{a, b} {
		for _, it := range c.items {
			for _, p := range it.m.Participants {
				addSlug(actors, p.ActorID)
			}
			addSlug(actors, it.m.Location)
		}
	}
	found := func(x, y *cluster) bool {
		var names []string // the names of y's items, made once, on first need
		for _, it := range x.items {
			n := name(it.m)
			if len(n) == 0 || !distinctive(n, actors) {
				continue
			}
			if names == nil {
				names = make([]string, len(y.items))
				for i, o := range y.items {
					names[i] = strings.Join(name(o.m), " ")
				}
			}
			for i, o := range y.items {
				if containsPhrase(o.m.Title, n) || containsPhrase(names[i], n) {
					return true
				}
			}
		}
		return false
	}
	return found(a, b) || found(b, a)
}

// addSlug adds the words of an actor id ("person:sergei-shoigu" →
// sergei, shoigu) to set, lower-cased.
func addSlug(set map[string]bool, id string) {
	_, slug, ok := strings.Cut(id, ":")
	if !ok {
		return
	}
	for w := range strings.SplitSeq(slug, "-") {
		if w != "" {
			set[strings.ToLower(w)] = true
		}
	}
}

// distinctive reports whether name may name a happening: two words or
// more ("Freedom Shield"), or one acronym ("RIMPAC", "G20"), not all of
// them words of the ids of actors. A single capitalized word before an
// event noun is too often a place ("their Beijing meeting", "the Republic
// of Korea Summit") to be taken for a name.
func distinctive(name []string, actors map[string]bool) bool {
	if len(name) == 1 && !acronym(name[0]) {
		return false
	}
	for _, w := range name {
		if !actors[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// acronym reports whether w is three letters or digits or more, its
// letters all capitals.
func acronym(w string) bool {
	if utf8.RuneCountInString(w) < 3 {
		return false
	}
	for _, r := range w {
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// name returns the name m gives its happening: the run of capitalized
// words just before its trigger noun in its quote ("this year's Freedom
// Shield training" → Freedom Shield; "the Vostok drills" → Vostok), or
// nil; the words before a verb trigger are its subject ("Palestinian
// President Yasser Arafat arrived", "headed"), no name. The
// run stops at a lower-case word, a possessive ("Shoigu's visit" names no
// visit) or punctuation, and takes an opening quotation mark's word last;
// the first word of the sentence is left out, as its capital says nothing;
// a bracketed gloss right before the trigger is skipped (skipGloss).
func name(m *event.Mention) []string {
	if !m.Noun {
		return nil // "President Yasser Arafat arrived": a verb's subject, no name
	}
	off := m.Start - m.QuoteStart
	if off <= 0 || off > len(m.Quote) || !unicode.IsSpace(rune(m.Quote[off-1])) {
		return nil // no quote, or the trigger is glued to a word ("anti-aircraft")
	}
	words := skipGloss(strings.Fields(m.Quote[:off]))
	var run []string
	for i := len(words) - 1; i >= 1; i-- { // words[0] opens the sentence
		w := strings.TrimLeft(words[i], "\"“‘'(")
		opened := w != words[i]
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") ||
			strings.TrimRightFunc(w, unicode.IsPunct) != w {
			break
		}
		run = append(run, w)
		if opened {
			break
		}
	}
	slices.Reverse(run)
	return run
}

// skipGloss drops from words, the words before a trigger, a bracketed
// gloss that closes them ("the APEC (Asia-Pacific Economic Cooperation)
// summit"): the name is the word before it.
func skipGloss(words []string) []string {
	n := len(words)
	if n == 0 || !strings.HasSuffix(words[n-1], ")") {
		return words
	}
	for i := n - 1; i >= 1; i-- {
		if strings.HasPrefix(words[i], "(") {
			return words[:i]
		}
	}
	return words
}

// containsPhrase reports whether the words of phrase occur in s, one after
// the other, as whole words.
func containsPhrase(s string, phrase []string) bool {
	words := strings.Fields(s)
	for i := 0; i+len(phrase) <= len(words); i++ {
		if slices.Equal(words[i:i+len(phrase)], phrase) {
			return true
		}
	}
	return false
}
