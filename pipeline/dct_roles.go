package pipeline

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"

	"gopkg.in/yaml.v3"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/timex"
	"github.com/chronograph-news/chronograph/token"
)

// An article that calls someone by an office in its own voice ("US
// President George W. Bush said") was written while he held it. The
// Phoenix dictionary dates the offices of many office-holders, so the
// offices an article names bound its DCT: an interval of years, never a
// day.

//go:embed data/dct.yaml
var dctYAML []byte

// officeWords is the parsed data/dct.yaml.
type officeWords struct {
	Titles  []string `yaml:"office_titles"`
	Sectors []string `yaml:"office_sectors"`
	Cues    []string `yaml:"past_office_cues"`

	titles, sectors, cues map[string]bool
}

// loadOfficeWords parses data/dct.yaml once.
var loadOfficeWords = sync.OnceValues(func() (*officeWords, error) {
	var w officeWords
	if err := yaml.Unmarshal(dctYAML, &w); err != nil {
		return nil, fmt.Errorf("pipeline/data/dct.yaml: %w", err)
	}
	if len(w.Titles) == 0 || len(w.Sectors) == 0 {
		return nil, fmt.Errorf("pipeline/data/dct.yaml: no office_titles or office_sectors")
	}
	w.titles, w.sectors, w.cues = map[string]bool{}, map[string]bool{}, map[string]bool{}
	for _, s := range w.Titles {
		w.titles[strings.ToLower(s)] = true
	}
	for _, s := range w.Sectors {
		w.sectors[s] = true
	}
	for _, s := range w.Cues {
		w.cues[strings.ToLower(s)] = true
	}
	return &w, nil
})

// Bounds of the office evidence.
const (
	// officeSlack widens each dated office on both sides: the dictionary
	// dates offices to the month, and sometimes a month late.
	officeSlack = 62 // days
	// maxOfficeSpan is the widest interval, in days, the offices may
	// leave for the DCT to be inferred from them: wider says nothing
	// useful of when the article was written.
	maxOfficeSpan = 10 * 366
	// officeCueWords is how many words before a title are read for a
	// cue that the office is not held ("the former US President").
	officeCueWords = 4
	// officeConfidence is the confidence of an interval the offices give.
	officeConfidence = 0.4
)

// span is an interval of days, both included; a zero end is open.
type span struct{ from, to time.Time }

// spans is a union of disjoint spans in order.
type spans []span

// endsBefore reports whether the end a is before the start b (open ends
// never are).
func endsBefore(a, b time.Time) bool { return !a.IsZero() && !b.IsZero() && a.Before(b) }

// union returns the union of ss, sorted and merged.
func union(ss []span) spans {
	slices.SortFunc(ss, func(a, b span) int {
		switch {
		case a.from.Equal(b.from):
			return 0
		case a.from.IsZero() || (!b.from.IsZero() && a.from.Before(b.from)):
			return -1
		}
		return 1
	})
	var out spans
	for _, s := range ss {
		n := len(out)
		if n == 0 || (!out[n-1].to.IsZero() && endsBefore(out[n-1].to.AddDate(0, 0, 1), s.from)) {
			out = append(out, s)
			continue
		}
		// overlapping or adjacent: extend the last one
		if last := &out[n-1]; !last.to.IsZero() && (s.to.IsZero() || s.to.After(last.to)) {
			last.to = s.to
		}
	}
	return out
}

// intersect returns the days both a and b hold.
func (a spans) intersect(b spans) spans {
	var out spans
	for _, x := range a {
		for _, y := range b {
			s := span{from: later(x.from, y.from), to: earlier(x.to, y.to)}
			if !endsBefore(s.to, s.from) {
				out = append(out, s)
			}
		}
	}
	return union(out)
}

// later is the later of two starts (zero: open, the earliest).
func later(a, b time.Time) time.Time {
	if a.IsZero() || (!b.IsZero() && b.After(a)) {
		return b
	}
	return a
}

// earlier is the earlier of two ends (zero: open, the latest).
func earlier(a, b time.Time) time.Time {
	if a.IsZero() || (!b.IsZero() && b.Before(a)) {
		return b
	}
	return a
}

// officeHolder is an office-holder an article names by a current title.
type officeHolder struct {
	name, title string
	held        spans // when the dictionary has the actor in office
}

// officeHolders returns the office-holders text names in its own voice by
// a title that is an office (data/dct.yaml), whose offices the Phoenix
// dictionary dates, with the days they may have held office: their dated
// offices, and the days outside the dictionary's complete records
// (actor.PhoenixRecords). They are named in their own voice when the title stands right before the name and no cue
// among the words before it says the office is past ("former", "late",
// "then-"), and the sentence is neither background (quoted, or in the
// past perfect: see backgroundSentence) nor dated by a time expression
// with a year of its own ("In 1995, President X ..." tells the office of
// 1995).
func officeHolders(text string, timexes []timex.Timex, toks []token.Token, sents []token.Sentence) []officeHolder {
	w, err := loadOfficeWords()
	if err != nil {
		return nil // the embedded file is checked by the tests
	}
	g, err := actor.Default()
	if err != nil {
		return nil
	}
	var out []officeHolder
	seen := map[string]bool{}
	for _, m := range actor.NewResolver(g).Document(text, toks, sents) {
		if m.Kind != actor.Person || m.Role == "" || seen[m.ActorID] || !officeTitle(m.Role, w) {
			continue
		}
		before := strings.TrimRightFunc(text[:m.Start], unicode.IsSpace)
		if len(before) < len(m.Role) || !strings.EqualFold(before[len(before)-len(m.Role):], m.Role) {
			continue // the title is not the one right before the name
		}
		if pastOffice(before, w) || backgroundSentence(text, toks, sents, m.Start) || datedSentence(timexes, sents, m.Start) {
			continue
		}
		var held []span
		for _, r := range g.DatedRoles(m.ActorID) {
			if !w.sectors[r.Sector] {
				continue
			}
			s := span{from: r.From, to: r.To}
			if !s.from.IsZero() {
				s.from = s.from.AddDate(0, 0, -officeSlack)
			}
			if !s.to.IsZero() {
				s.to = s.to.AddDate(0, 0, officeSlack)
			}
			held = append(held, s)
		}
		if len(held) == 0 {
			continue
		}
		// outside its records, the dictionary may miss an office
		recFrom, _ := actor.PhoenixRecords()
		held = append(held, span{to: recFrom.AddDate(0, 0, officeSlack)})
		seen[m.ActorID] = true
		out = append(out, officeHolder{name: m.Text, title: m.Role, held: union(held)})
	}
	return out
}

// officeTitle reports whether a word of title is an office's.
func officeTitle(title string, w *officeWords) bool {
	for _, f := range strings.FieldsFunc(strings.ToLower(title), notLetter) {
		if w.titles[f] {
			return true
		}
	}
	return false
}

// pastOffice reports whether a cue among the last words of before (the
// text up to the name: the title and what precedes it) says the office is
// no longer held.
func pastOffice(before string, w *officeWords) bool {
	words := strings.FieldsFunc(strings.ToLower(before), notLetter)
	for _, f := range words[max(0, len(words)-officeCueWords-2):] {
		if w.cues[f] {
			return true
		}
	}
	return false
}

func notLetter(r rune) bool { return !unicode.IsLetter(r) }

// datedSentence reports whether the sentence holding offset off has an
// absolute time expression with a year.
func datedSentence(timexes []timex.Timex, sents []token.Sentence, off int) bool {
	for _, s := range sents {
		if off < s.Start || off >= s.End {
			continue
		}
		for _, t := range timexes {
			if t.Start >= s.Start && t.Start < s.End && len(t.Value) >= 4 && t.Value[0] >= '0' && t.Value[0] <= '9' {
				return true
			}
		}
	}
	return false
}

// officeInterval infers the interval the DCT lies in from the offices the
// text names, not before lower (when hasLower: a date or year the text
// reports): the days all the office-holders held office, from the first
// to the last such day. It reports false when the text names none, when
// their offices and lower leave no day (the evidence conflicts: a
// dictionary date is stale, or a title historical), or when the interval
// is open or wider than maxOfficeSpan; the reason then says why when
// there were offices.
func officeInterval(text string, timexes []timex.Timex, lower time.Time, lowerWhy string) (Inference, bool) {
	toks := token.Tokenize(text)
	holders := officeHolders(text, timexes, toks, token.Sentences(text, toks))
	if len(holders) == 0 {
		return Inference{}, false
	}
	all := spans{{}}
	var names []string
	for _, h := range holders {
		all = all.intersect(h.held)
		names = append(names, h.title+" "+h.name)
	}
	all = all.intersect(spans{{from: lower}})
	said := "the offices of " + strings.Join(names, ", ") + " and " + lowerWhy
	if len(all) == 0 {
		return Inference{Reason: "no DCT: " + said + " leave no day (the evidence conflicts)"}, false
	}
	from, to := all[0].from, all[len(all)-1].to
	if from.IsZero() || to.IsZero() || to.Sub(from).Hours()/24 > maxOfficeSpan {
		return Inference{Reason: "no DCT: " + said + " leave too wide an interval"}, false
	}
	return Inference{Earliest: from, Latest: to, Confidence: officeConfidence,
		Reason: fmt.Sprintf("between %s and %s: %s (the Phoenix dictionary's dates)", dateOnly(from), dateOnly(to), said)}, true
}
