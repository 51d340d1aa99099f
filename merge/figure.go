package merge

import (
	"strings"
	"unicode"

	"github.com/chronograph-news/chronograph/event"
)

// figureReach is how many bytes after its trigger a market movement's
// figures may stand ("rose to 4.440 percent from 4.425 percent").
const figureReach = 80

// figureStops end the stretch after a market movement's trigger where its
// figures stand: the next clause tells another movement ("... while the
// 30-year bond climbed to 4.552 percent").
var figureStops = []string{";", ". ", " while ", " and ", " but ", " whereas ", " as "}

// figures returns the numbers a market movement mention states right
// after its trigger, in its own clause ("rose to 4.440 percent from 4.425
// percent Friday": 4.440, 4.425), or nil for another type or none.
func figures(m *event.Mention) map[string]bool {
	if m.Type != event.MarketMovement {
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
	var out map[string]bool
	for _, f := range strings.FieldsFunc(rest, func(r rune) bool { return !unicode.IsDigit(r) && r != '.' && r != ',' }) {
		f = strings.Trim(f, ".,")
		if f == "" || !strings.ContainsFunc(f, unicode.IsDigit) {
			continue
		}
		if out == nil {
			out = map[string]bool{}
		}
		out[strings.ReplaceAll(f, ",", "")] = true
	}
	return out
}

// figured reports whether a mention of c is a market movement stating
// figures right after its trigger ("the 10-year yield rose to 4.440
// percent from 4.425 percent"): that movement is its own, no vague
// reference to the day's most reported one (attachSalient), whatever
// else the article says of the market that day.
func (c *cluster) figured() bool {
	for _, it := range c.items {
		if len(it.figs) > 0 {
			return true
		}
	}
	return false
}
