package timeline_test

import (
	"slices"
	"testing"
	"time"

	"github.com/chronograph-news/chronograph/export/exporttest"
	"github.com/chronograph-news/chronograph/timeline"
)

func date(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestFilter(t *testing.T) {
	// Fixture events: 2024-FA deployment ATL→LEM, 2025-03 meeting
	// O'Neil–Müller in Port City, 2025-03-21 visit O'Neil→LEM, 2023
	// weapons test LEM, a release LEM→ATL on or before 2025-03-22 (start
	// open: it overlaps every window that starts by its end).
	tests := []struct {
		name string
		f    timeline.Filter
		want []string // event types kept, in order
	}{
		{"zero", timeline.Filter{}, []string{"military_deployment", "meeting", "visit", "weapons_test", "release"}},
		{"from inside month", timeline.Filter{From: date("2025-03-15")}, []string{"meeting", "visit", "release"}},
		{"from after", timeline.Filter{From: date("2025-03-22")}, []string{"meeting", "release"}},
		{"from after the bound", timeline.Filter{From: date("2025-03-23")}, []string{"meeting"}},
		{"to before season end", timeline.Filter{To: date("2024-09-01")}, []string{"military_deployment", "weapons_test", "release"}},
		{"window", timeline.Filter{From: date("2024-01-01"), To: date("2024-12-31")}, []string{"military_deployment", "release"}},
		{"actor by id", timeline.Filter{Actors: []string{"person:ana-o-neil"}}, []string{"meeting", "visit"}},
		{"actor by name any case", timeline.Filter{Actors: []string{"atlantis"}}, []string{"military_deployment", "release"}},
		{"actor by alias", timeline.Filter{Actors: []string{"zoe muller"}}, []string{"meeting"}},
		{"actor as location", timeline.Filter{Actors: []string{"Port\\City"}}, []string{"meeting", "visit"}},
		{"unknown actor", timeline.Filter{Actors: []string{"nobody"}}, nil},
		{"type", timeline.Filter{Types: []string{"VISIT", "weapons_test"}}, []string{"visit", "weapons_test"}},
		{"type and actor", timeline.Filter{Types: []string{"visit"}, Actors: []string{"Lemuria"}}, []string{"visit"}},
	}
	for _, tt := range tests {
		tl := exporttest.Fixture()
		got := tl.Filter(tt.f)
		var types []string
		for _, e := range got.Events {
			types = append(types, e.Type)
		}
		if !slices.Equal(types, tt.want) {
			t.Errorf("%s: kept %v, want %v", tt.name, types, tt.want)
		}
		if len(tl.Events) != 5 {
			t.Errorf("%s: Filter modified its receiver", tt.name)
		}
		if len(got.Documents) != len(tl.Documents) {
			t.Errorf("%s: documents dropped", tt.name)
		}
	}
}

func TestFilterPrunesActors(t *testing.T) {
	got := exporttest.Fixture().Filter(timeline.Filter{Types: []string{"weapons_test"}})
	var ids []string
	for _, a := range got.Actors {
		ids = append(ids, a.ID)
	}
	if want := []string{"country:LEM"}; !slices.Equal(ids, want) {
		t.Errorf("actors = %v, want %v", ids, want)
	}
	got = exporttest.Fixture().Filter(timeline.Filter{Types: []string{"meeting"}})
	ids = nil
	for _, a := range got.Actors {
		ids = append(ids, a.ID)
	}
	// O'Neil's and Müller's affiliations come along so affiliation edges survive.
	if want := []string{"country:ATL", "country:LEM", "person:ana-o-neil", "person:zoe-muller", "place:port-city"}; !slices.Equal(ids, want) {
		t.Errorf("actors = %v, want %v", ids, want)
	}
}
