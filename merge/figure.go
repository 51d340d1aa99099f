package merge

import (
	"strings"
	"unicode"

	"github.com/chronograph-news/chronograph/event"
)

// figureReach is how many bytes after its trigger a market movement's or
// sport result's figures may stand ("rose to 5.130 percent from 5.105
// percent").
const figureReach = 80

// figureStops end the stretch after a market movement's or sport
// result's trigger where its figures stand: the next clause tells another
// one ("... while the long bond climbed to 6.210 percent"); so does
// the next item of a list (listed).
var figureStops = []string{";", ". ", " while ", " and ", " but ", " whereas ", " as "}

// minUnitLen is the shortest word after a figure read as its unit
// ("percent", "points", "cents", "yen"): shorter ones are prepositions
// ("at", "in") that say nothing of what the number counts. Any longer
// word of letters is taken, a longer preposition or a weekday too ("from",
// "Friday").
const minUnitLen = 3

// figures returns the figures a market movement or a sport result mention
// states right after its trigger, in its own clause, or nil for another
// type or none. A market movement's are its numbers, each keyed with its
// unit, the word right after it when one of minUnitLen letters or more,
// else "" ("rose 0.6 percent to 7.410 at the close": "0.6 percent",
// "7.410 "; "to 7.410 from 7.385 Friday" gives "7.410 from" and "7.385
// friday"); a sport result's are its words holding a digit, scores,
// times and marks but years and ordinals too, with no unit ("won 78-67",
// "took silver in 76.96m": "78-67 ", "76.96m "; "in the 89th minute":
// "89th ").
func figures(m *event.Mention) map[string]bool {
	if !m.Moves() && m.Type != event.SportResult {
		return nil
	}
	from := m.End - m.QuoteStart
	if from < 0 || from > len(m.Quote) {
		return nil
	}
	rest := m.Quote[from:]
	if len(rest) > figureReach {
		rest = rest[:figureReach]
	}
	for _, stop := range figureStops {
		if i := strings.Index(rest, stop); i >= 0 {
			rest = rest[:i]
		}
	}
	rest = rest[:listed(rest)]
	var out map[string]bool
	add := func(key string) {
		if out == nil {
			out = map[string]bool{}
		}
		out[key] = true
	}
	words := strings.Fields(rest)
	for i, w := range words {
		f := strings.Trim(w, ".,()%")
		if m.Type == event.SportResult {
			if strings.ContainsFunc(f, unicode.IsDigit) {
				add(f + " ")
			}
			continue
		}
		if f == "" || strings.IndexFunc(f, func(r rune) bool { return !unicode.IsDigit(r) && r != '.' && r != ',' }) >= 0 {
			continue
		}
		unit := ""
		if strings.HasSuffix(strings.TrimRight(w, ".,)"), "%") {
			unit = "percent"
		} else if i+1 < len(words) {
			if u := strings.ToLower(strings.Trim(words[i+1], ".,()")); len(u) >= minUnitLen && strings.IndexFunc(u, func(r rune) bool { return !unicode.IsLetter(r) }) < 0 {
				unit = u
			}
		}
		add(strings.ReplaceAll(f, ",", "") + " " + unit)
	}
	return out
}

// listed returns where the next item of a list starts in rest, a comma
// and a capitalized word ("Acme lost 25 cents to 3.10 dollars, Beta Bank
// dipped 17 cents": Beta Bank's figures are its own), or len(rest).
func listed(rest string) int {
	for i := 0; i+2 < len(rest); i++ {
		if rest[i] == ',' && rest[i+1] == ' ' && rest[i+2] >= 'A' && rest[i+2] <= 'Z' {
			return i
		}
	}
	return len(rest)
}

// figured reports whether a mention of c is a market movement or sport
// result stating figures right after its trigger ("the 10-year yield rose
// to 5.130 percent from 5.105 percent"; "won 3-1"): that movement or
// result is its own, no vague reference to the day's most reported one
// (attachSalient), whatever else the article says of the day.
func (c *cluster) figured() bool {
	for _, it := range c.items {
		if len(it.figs) > 0 {
			return true
		}
	}
	return false
}

// otherFigures reports whether the market movement or sport result it
// states figures of its own (figures) that tell it from one of c: a mention of c
// states figures of a unit it states too, and no figure of a mention of c
// is one of its own, unit and all. Each figure tells a movement from
// another as its sides tell an act (rule 6): a roundup tells one index,
// share or contract a sentence ("Acme Mining jumped 40 cents to 12.10
// dollars" / "Beta Bank slipped 15 cents to 30.05 dollars"; "one index
// rose 0.30 percent" / "another index gained 1.60 percent"), while the same
// movement told twice repeats a figure ("rose 3.5 percent to 12.10" /
// "climbed 3.5 percent") or gives it in another unit ("shares fell
// 1.2 percent" / "the main index lost 14.5 points"). A sport
// result's figures have no unit: two scores of a roundup ("beat the
// Wanderers 3-1" / "defeated the Athletic 2-0") are two results. An
// index's figures and those of the session it measures, told with no
// agent, tell no movement apart (sessionIndex, market.go): "the market
// fell 0.62 percent" / "the exchange's blue-chip index eased 0.71
// percent" are one session.
func (c *cluster) otherFigures(it *item, opt Options) bool {
	if len(it.figs) == 0 {
		return false
	}
	units := map[string]bool{}
	for f := range it.figs {
		units[f[strings.LastIndexByte(f, ' ')+1:]] = true
	}
	apart := false
	session := c.sessionIndex(it, opt)
	for _, o := range c.items {
		if session && (len(o.agents) == 0) != (len(it.agents) == 0) {
			continue
		}
		for f := range o.figs {
			if it.figs[f] {
				return false
			}
			if units[f[strings.LastIndexByte(f, ' ')+1:]] {
				apart = true
			}
		}
	}
	return apart
}
