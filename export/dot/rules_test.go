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
	} {
		if got := DateLabel(c.d); got != c.want {
			t.Errorf("DateLabel(%+v) = %q, want %q", c.d, got, c.want)
		}
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
			[]string{"country:ATL", "org:news-agency", "person:ana-o-neil"}, []string{"ev-2024-fa-military_deployment-1"}},
		{"top 1", Options{Top: 1},
			[]string{"country:LEM"}, []string{"ev-2023-weapons_test-4", "ev-2024-fa-military_deployment-1", "ev-2025-03-21-visit-3"}},
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
