package merge

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"

	"github.com/chronograph-news/chronograph/event"
	"gopkg.in/yaml.v3"
)

//go:embed data/gathering.yaml
var gatheringYAML []byte

// gatheringKind tells when the noun of a gathering (data/gathering.yaml)
// makes its meeting a gathering of many parties.
type gatheringKind int

const (
	gatheringAlways    gatheringKind = iota + 1 // gatherings: wherever it stands
	gatheringNamed                              // named_gatherings: capitalized or after a name
	gatheringLongNamed                          // long_named_gatherings: capitalized or after a long name
)

// gatheringNouns holds the nouns of data/gathering.yaml and when each
// tells a gathering of many parties. It is read once and never changed.
var gatheringNouns = mustGatherings(gatheringYAML)

// mustGatherings reads the lists "gatherings", "named_gatherings" and
// "long_named_gatherings" of the embedded data/gathering.yaml; an empty
// list is a programming error.
func mustGatherings(data []byte) map[string]gatheringKind {
	var file struct {
		Gatherings []string `yaml:"gatherings"`
		Named      []string `yaml:"named_gatherings"`
		LongNamed  []string `yaml:"long_named_gatherings"`
	}
	if err := yaml.Unmarshal(data, &file); err != nil {
		panic(fmt.Errorf("merge/data/gathering.yaml: %w", err))
	}
	if len(file.Gatherings) == 0 || len(file.Named) == 0 || len(file.LongNamed) == 0 {
		panic(fmt.Errorf("merge/data/gathering.yaml: an empty list"))
	}
	out := map[string]gatheringKind{}
	for _, w := range file.LongNamed {
		out[w] = gatheringLongNamed
	}
	for _, w := range file.Named {
		out[w] = gatheringNamed
	}
	for _, w := range file.Gatherings {
		out[w] = gatheringAlways
	}
	return out
}

// gatheringNoun returns the noun of a gathering that m's trigger ends with
// (data/gathering.yaml: gatherings and named_gatherings, singular: "the
// conference", "summits"), or "" for another type or noun. A "meeting"
// (long_named_gatherings) names any kind of gathering and gives none.
func gatheringNoun(m *event.Mention) string {
	if m.Type != event.Meeting {
		return ""
	}
	f := strings.Fields(strings.ToLower(m.Trigger))
	if len(f) == 0 {
		return ""
	}
	w := f[len(f)-1]
	for _, n := range []string{w, strings.TrimSuffix(w, "s")} {
		if k := gatheringNouns[n]; k == gatheringAlways || k == gatheringNamed {
			return n
		}
	}
	return ""
}

// otherKindOfGathering reports whether it is told by the noun of a
// gathering (gatheringNoun) and every mention of c told by one has
// another: the writer calls one gathering by one noun, so "the
// conference of entrepreneurs" and "the two-day summit" of one story, or
// "a forum" and "the summit" it was held beside, are two gatherings,
// whatever sides, places and days they share.
func (c *cluster) otherKindOfGathering(it *item) bool {
	if it.gatheringNoun == "" {
		return false
	}
	other := false
	for _, o := range c.items {
		if o.gatheringNoun == it.gatheringNoun {
			return false
		}
		if o.gatheringNoun != "" {
			other = true
		}
	}
	return other
}

// gatheringOf reports whether m is a meeting told by the noun of a
// gathering of many parties (data/gathering.yaml), the last word of its
// trigger, singular or plural: "the summit", "Beijing Summit", "summits".
// One naming a counterpart is a meeting of two sides ("a summit with the
// president"), the talks a visit holds: no gathering of many.
func gatheringOf(m *event.Mention) bool {
	if m.Type != event.Meeting || hasCounterpart(m) {
		return false
	}
	f := strings.Fields(strings.ToLower(m.Trigger))
	if len(f) == 0 {
		return false
	}
	w := f[len(f)-1]
	kind, ok := gatheringNouns[w]
	if !ok {
		kind = gatheringNouns[strings.TrimSuffix(w, "s")]
	}
	return kind == gatheringAlways || kind != 0 && namedGathering(m, kind == gatheringLongNamed)
}

// namedGathering reports whether the trigger of m names its gathering: it is
// capitalized inside its sentence ("the Summit of the Americas") or
// follows a name (span.go name: "the Beijing Summit", "the APEC summit"),
// not one of two sides joined by a hyphen ("the US-China summit"). With
// long, a name of one word counts only as an acronym: "the APEC meeting"
// names a gathering, "the Velmora meeting" tells where two sides met.
func namedGathering(m *event.Mention, long bool) bool {
	t := strings.Fields(m.Trigger)
	last := t[len(t)-1]
	if last[0] >= 'A' && last[0] <= 'Z' && (len(t) > 1 || m.Start > m.QuoteStart) {
		return true
	}
	n := name(m)
	if long && len(n) == 1 && !acronym(n[0]) {
		return false
	}
	return len(n) > 0 && !slices.ContainsFunc(n, func(w string) bool { return strings.Contains(w, "-") })
}

// otherGathering reports whether it and c tell a gathering of many parties
// and a journey to it or a meeting of two sides held beside it: one is a
// gathering's mention (gatheringOf) and the other a visit or a meeting
// with a person (aside). "Arrived in the capital for the conference"
// tells two events, the minister's arrival and the conference, and "met
// the premier at the APEC summit" two more, whatever sides, places and
// days they share.
func (c *cluster) otherGathering(it *item) bool {
	for _, o := range c.items {
		if it.gathering && aside(o.m) || o.gathering && aside(it.m) {
			return true
		}
	}
	return false
}

// aside reports whether m tells a journey or a meeting of two sides, the
// acts a party holds beside a gathering of many: a visit, or a meeting or
// talks with a named person as counterpart ("met the premier"; talks
// "with NATO and US commanders" or "with Africa" may be the gathering
// itself).
func aside(m *event.Mention) bool {
	if m.Type == event.Visit {
		return true
	}
	if m.Type != event.Meeting && m.Type != event.Negotiation {
		return false
	}
	return slices.ContainsFunc(m.Participants, func(p event.Participant) bool {
		return p.Role == event.Counterpart && strings.HasPrefix(p.ActorID, "person:")
	})
}
