package dot

import (
	"slices"
	"strings"
	"testing"

	"github.com/chronograph-news/chronograph/export/exporttest"
	"github.com/chronograph-news/chronograph/timeline"
)

func TestDateLabel(t *testing.T) {
	for _, c := range []struct {
		d    timeline.Date
		want string
	}{
		{timeline.Date{Value: "2025-03-21", Granularity: "day"}, "21 Mar 2025"},
		{timeline.Date{Value: "2025-03", Granularity: "month", Mod: "END"}, "late Mar 2025"},
		{timeline.Date{Value: "2025-03", Granularity: "month", Mod: "START"}, "early Mar 2025"},
		{timeline.Date{Value: "2024-FA", Granularity: "season"}, "fall 2024"},
		{timeline.Date{Value: "2024-WI", Granularity: "season"}, "winter 2024"},
		{timeline.Date{Value: "2025-Q1", Granularity: "quarter"}, "Q1 2025"},
		{timeline.Date{Value: "2025-H2"}, "H2 2025"},
		{timeline.Date{Value: "2025-W07", Granularity: "week"}, "week 7 2025"},
		{timeline.Date{Value: "2023", Granularity: "year", Mod: "APPROX"}, "about 2023"},
		{timeline.Date{Value: "2025-W03-WE", Granularity: "week"}, "weekend of week 3 2025"},
		{timeline.Date{Value: "2025-03-WE"}, "a weekend in Mar 2025"},
		{timeline.Date{Value: "2025-13"}, "2025-13"},
		{timeline.Date{Start: "2025-01-01", End: "2025-01-31"}, "2025-01-01 – 2025-01-31"},
		{timeline.Date{}, "undated"},
		{timeline.Date{Mod: "END"}, "undated"},
		// publication-bound: on or before the article's date, start open
		{timeline.Date{Value: "2025-03-22", End: "2025-03-22", Granularity: "day", Basis: timeline.BasisPublicationBound, Mod: timeline.ModOnOrBefore}, "on or before 22 Mar 2025"},
		// the mod alone, on another basis, reads "by"
		{timeline.Date{Value: "2025-03-22", Start: "2025-03-22", End: "2025-03-22", Granularity: "day", Mod: timeline.ModOnOrBefore}, "by 22 Mar 2025"},
	} {
		if got := DateLabel(c.d); got != c.want {
			t.Errorf("DateLabel(%+v) = %q, want %q", c.d, got, c.want)
		}
	}
}

// TestEventStyle checks that day, longer and publication-bound dates are
// drawn three different ways.
func TestEventStyle(t *testing.T) {
	day := timeline.Date{Value: "2025-03-21", Start: "2025-03-21", End: "2025-03-21", Granularity: "day", Basis: "relative"}
	month := timeline.Date{Value: "2025-03", Start: "2025-03-01", End: "2025-03-31", Granularity: "month", Basis: "explicit"}
	bound := timeline.Date{Value: "2025-03-22", End: "2025-03-22", Granularity: "day", Basis: timeline.BasisPublicationBound, Mod: timeline.ModOnOrBefore}
	seen := map[string]bool{}
	for _, d := range []timeline.Date{day, month, bound} {
		style, fill := eventStyle(d)
		seen[style+" "+fill] = true
	}
	if len(seen) != 3 {
		t.Errorf("styles %v: want three different ones", seen)
	}
	if s, f := eventStyle(bound); !strings.Contains(s, "dotted") || f != boundFill {
		t.Errorf("bound: %s %s, want dotted and %s", s, f, boundFill)
	}
	if c := eventClass(bound, "release"); c != "event bound release" {
		t.Errorf("bound class %q", c)
	}
	if r := period(bound); r.level != 3 || r.id == period(day).id || r.label != "on or before 22 Mar 2025" {
		t.Errorf("bound row %+v: want a row of its own", r)
	}
}

func TestSelect(t *testing.T) {
	tl, g := exporttest.Graph(t)
	for _, c := range []struct {
		name           string
		opt            Options
		actors, events []string
	}{
		{"focus hops 1 by name", Options{Focus: "ZOË MÜLLER", Hops: 1},
			[]string{"country:LEM", "person:zoe-muller"}, []string{"ev-2025-03-meeting-2"}},
		{"focus by alias, 2 hops", Options{Focus: "ona"},
			[]string{"country:ATL", "org:news-agency", "person:ana-o-neil"}, []string{"ev-2024-fa-military_deployment-1", "ev-2025-03-22-release-5"}},
		{"top 1", Options{Top: 1},
			[]string{"country:LEM"}, []string{"ev-2023-weapons_test-4", "ev-2024-fa-military_deployment-1", "ev-2025-03-21-visit-3", "ev-2025-03-22-release-5"}},
		{"top within focus", Options{Focus: "person:zoe-muller", Hops: 1, Top: 1},
			[]string{"person:zoe-muller"}, []string{"ev-2025-03-meeting-2"}},
	} {
		sel, err := Select(tl, g, c.opt)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		actors := slices.Sorted(func(yield func(string) bool) {
			for id := range sel.Actors {
				if !yield(id) {
					return
				}
			}
		})
		events := slices.Sorted(func(yield func(string) bool) {
			for id := range sel.Events {
				if !yield(id) {
					return
				}
			}
		})
		if !slices.Equal(actors, c.actors) || !slices.Equal(events, c.events) {
			t.Errorf("%s: actors %q events %q, want %q %q", c.name, actors, events, c.actors, c.events)
		}
	}
	if sel, err := Select(tl, g, Options{}); err != nil || sel != nil {
		t.Errorf("no options: %v, %v; want everything (nil)", sel, err)
	}
	_, err := Select(tl, g, Options{Focus: "Nobody"})
	if err == nil || !strings.Contains(err.Error(), `"Nobody"`) {
		t.Errorf("unknown focus: error %v", err)
	}
}
