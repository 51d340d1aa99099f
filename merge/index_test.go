package merge

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/chronograph-news/chronograph/event"
	"github.com/chronograph-news/chronograph/timex"
)

func TestCellOf(t *testing.T) {
	d := func(s string) time.Time { v, _ := time.Parse(time.DateOnly, s); return v }
	tests := []struct {
		start, end string
		want       cell
		parents    []cell
	}{
		{"2025-03-21", "2025-03-21", 20250321, []cell{20250300, 20250000}},
		{"2025-03-01", "2025-03-31", 20250300, []cell{20250000}},
		{"2025-03-28", "2025-04-03", 20250000, nil}, // a week across months
		{"2025-01-01", "2025-12-31", 20250000, nil},
		{"2024-12-30", "2025-01-05", wideCell, nil},
		{"2020-01-01", "2029-12-31", wideCell, nil},
	}
	for _, tt := range tests {
		c := cellOf(&timex.Interval{Start: d(tt.start), End: d(tt.end)})
		if c != tt.want || !reflect.DeepEqual(c.parents(), tt.parents) {
			t.Errorf("cellOf(%s..%s) = %d %v, want %d %v", tt.start, tt.end, c, c.parents(), tt.want, tt.parents)
		}
	}
}

// randomMentions returns n mentions mixing everything the index treats
// apart: dates at day, week, month, season, year and decade level,
// intervals across months and years, publication-dated and undatable
// mentions, mentions without agents or without any participant, places,
// persons affiliated with countries, targets, sentences copied across
// documents, factualities, compatible types, times of day and background
// references.
func randomMentions(seed uint64, n int) []event.Mention {
	r := rand.New(rand.NewPCG(seed, 7))
	types := []event.Type{"visit", "meeting", "negotiation", "weapons_test", "statement", "attack", "killing", "phone_call"}
	facts := []event.Factuality{event.Asserted, event.Asserted, event.Reported, event.Planned, event.Negated}
	actors := []string{"person:kim", "person:shoigu", "person:putin", "person:lavrov", "country:PRK", "country:RUS", "country:USA", "org:un"}
	places := []string{"", "", "", "place:pyongyang", "country:PRK", "place:moscow", "country:RUS"}
	quotes := []string{"The two sides met again on the same day in the capital city.", "Officials said the talks ended without any agreement on the main issues."}
	docs := max(n/8, 2)
	base := time.Date(2024, 11, 1, 0, 0, 0, 0, time.UTC)
	ms := make([]event.Mention, 0, n)
	for range n {
		doc := []string{"a", "b", "c", "d"}[r.IntN(4)]
		if r.IntN(3) > 0 {
			doc = fmt.Sprintf("doc%04d", r.IntN(docs))
		}
		typ := types[r.IntN(len(types))]
		m := mention(doc, r.IntN(20), typ, "", "")
		m.Factuality = facts[r.IntN(len(facts))]
		m.Location = places[r.IntN(len(places))]
		if r.IntN(5) == 0 { // a sentence copied across articles
			m.Quote = quotes[r.IntN(len(quotes))]
		}
		switch r.IntN(6) {
		case 0: // no participant
		case 1: // a counterpart only
			m.Participants = []event.Participant{{ActorID: actors[r.IntN(len(actors))], Role: event.Counterpart}}
		default:
			m.Participants = []event.Participant{{ActorID: actors[r.IntN(len(actors))], Role: event.Agent}}
			if r.IntN(2) == 0 {
				m.Participants = append(m.Participants, event.Participant{ActorID: actors[r.IntN(len(actors))], Role: event.Counterpart})
			}
		}
		if r.IntN(4) == 0 {
			m.Participants = append(m.Participants, event.Participant{ActorID: actors[r.IntN(len(actors))], Role: event.Target})
		}
		start := base.AddDate(0, 0, r.IntN(200))
		var end time.Time
		var g timex.Granularity
		switch r.IntN(10) {
		case 0, 1: // publication-dated, a third of them background references
			m.Basis = event.Publication
			m.Background = r.IntN(3) == 0
			m.Anaphor = m.Background && r.IntN(4) > 0
			ms = append(ms, m)
			continue
		case 2: // undatable: publication-dated in a document without a DCT
			m.Doc, m.Basis = fmt.Sprintf("nodct%d", r.IntN(5)), event.Publication
			ms = append(ms, m)
			continue
		case 3:
			start = time.Date(start.Year(), start.Month(), 1, 0, 0, 0, 0, time.UTC)
			end, g = start.AddDate(0, 1, -1), timex.Month
		case 4:
			end, g = start.AddDate(0, 0, 6), timex.Week
		case 5:
			start = time.Date(start.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
			end, g = start.AddDate(1, 0, -1), timex.Year
		case 6:
			start = time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
			end, g = start.AddDate(10, 0, -1), timex.Decade
		case 7:
			end, g = start.AddDate(0, 2, 0), timex.Season
		case 8: // a time of day: morning or afternoon
			part := []string{"MO", "AF"}[r.IntN(2)]
			pg, iv, _ := timex.ParseValue(start.Format(time.DateOnly) + "T" + part)
			m.Time = &timex.Timex{Type: timex.Time, Value: start.Format(time.DateOnly) + "T" + part, Granularity: pg, Interval: iv}
			ms = append(ms, m)
			continue
		default:
			end, g = start, timex.Day
		}
		m.Time = &timex.Timex{Type: timex.Date, Value: start.Format(time.DateOnly) + string(g), Granularity: g,
			Interval: &timex.Interval{Start: start, End: end}}
		ms = append(ms, m)
	}
	return ms
}

// oneDocument returns the mentions of randomMentions as one long
// document tells them: every dated one in document "a", three to a
// sentence in order (the undatable ones stay in their documents without
// a DCT).
func oneDocument(seed uint64, n int) []event.Mention {
	ms := randomMentions(seed, n)
	for i := range ms {
		if !strings.HasPrefix(ms[i].Doc, "nodct") {
			ms[i].Doc = "a"
		}
		ms[i].Sentence = i / 3
	}
	return ms
}

// randomOptions gives DCTs to the documents of randomMentions but the
// "nodct" ones.
func randomOptions() Options {
	o := opts()
	o.DCT = map[string]time.Time{}
	for k, v := range dcts {
		o.DCT[k] = v
	}
	for i := range 3000 {
		o.DCT[fmt.Sprintf("doc%04d", i)] = time.Date(2024, 11, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i%150)
	}
	return o
}

// TestIndexMatchesScan checks that the index changes nothing: merging
// with it gives the events a scan of every bucket gives, for mentions of
// many documents and of one long document (oneDocument).
func TestIndexMatchesScan(t *testing.T) {
	o := randomOptions()
	for seed := range uint64(16) {
		ms := randomMentions(seed, 150+100*int(seed))
		if seed >= 12 {
			ms = oneDocument(seed, 300*int(seed-10))
		}
		scan := newIndex()
		scan.scan = true
		want := merge(ms, o, scan)
		got := merge(ms, o, newIndex())
		if !reflect.DeepEqual(got, want) {
			t.Errorf("seed %d: index gives %d events, scan %d:\n%v\n%v", seed, len(got), len(want), summary(got), summary(want))
		}
		if len(want) < len(ms)/10 || len(want) > len(ms)*9/10 {
			t.Errorf("seed %d: %d events of %d mentions: too few merges to test the index", seed, len(want), len(ms))
		}
	}
}

// TestIndexWeekAcrossYear checks that a mention dated to a week across a
// new year, naming no one, finds its document's event of a day inside
// the week (heldAnonymousDate) through the index as a scan does, among
// enough events of the bucket that the index, not the scan, is used.
func TestIndexWeekAcrossYear(t *testing.T) {
	o := opts()
	o.DCT = map[string]time.Time{"a": time.Date(2025, 1, 6, 0, 0, 0, 0, time.UTC), "b": time.Date(2025, 1, 6, 0, 0, 0, 0, time.UTC)}
	week := mention("a", 0, event.Resignation, "", "")
	week.Trigger, week.Basis = "resigned", event.Relative
	start := time.Date(2024, 12, 30, 0, 0, 0, 0, time.UTC)
	week.Time = &timex.Timex{Type: timex.Date, Value: "2025-W01", Granularity: timex.Week,
		Interval: &timex.Interval{Start: start, End: start.AddDate(0, 0, 6)}}
	inside := mention("a", 9, event.Resignation, "2024-12-31", "")
	inside.Trigger, inside.Basis = "resigned", event.Relative
	ms := []event.Mention{week, inside}
	for i := range 10 {
		ms = append(ms, mention("b", 10*i, event.Resignation, fmt.Sprintf("2024-11-%02d", i+1), fmt.Sprintf("person:p%d", i)))
	}
	scan := newIndex()
	scan.scan = true
	want := merge(ms, o, scan)
	got := merge(ms, o, newIndex())
	if !reflect.DeepEqual(got, want) {
		t.Errorf("index gives %v, scan %v", summary(got), summary(want))
	}
	if len(want) != 11 {
		t.Errorf("scan gives %v: want the week's mention in the day's event", summary(want))
	}
}

// TestIndexLeadOfDay checks that a meeting dated only by its publication
// and told far below the lead, naming no one, finds the lead's meeting
// of that day (leadOfDay) through the index as a scan does, rather than
// a summit of the day that more articles cite (attachSalient), among
// enough events of the bucket that the index, not the scan, is used.
func TestIndexLeadOfDay(t *testing.T) {
	o := opts()
	lead := mention("a", 0, event.Meeting, "2025-03-21", "person:vell")
	lead.Trigger, lead.Basis = "talks", event.Relative
	below := mention("a", 16, event.Meeting, "", "")
	below.Trigger = "talks"
	ms := []event.Mention{lead, below}
	for _, doc := range []string{"a", "b"} {
		m := mention(doc, 30, event.Meeting, "", "person:x", "person:y")
		m.Trigger = "summit"
		ms = append(ms, m)
	}
	for i := range 10 {
		ms = append(ms, mention("b", 10*i, event.Meeting, "2025-03-21", fmt.Sprintf("person:p%d", i), fmt.Sprintf("person:q%d", i)))
	}
	scan := newIndex()
	scan.scan = true
	want := merge(ms, o, scan)
	got := merge(ms, o, newIndex())
	if !reflect.DeepEqual(got, want) {
		t.Errorf("index gives %v, scan %v", summary(got), summary(want))
	}
	for _, e := range want {
		if len(e.Sources) == 2 && e.Sources[0].Sentence == 0 && e.Sources[1].Sentence == 16 {
			return
		}
	}
	t.Errorf("scan gives %v: want the talks far below in the lead's event", summary(want))
}
