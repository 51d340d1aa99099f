package pipeline

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/chronograph-news/chronograph/document"
	"github.com/chronograph-news/chronograph/timeline"
)

// seedsTimeline builds the five seed articles once per test.
func seedsTimeline(t *testing.T) *timeline.Timeline {
	t.Helper()
	docs, errs := document.ReadPaths([]string{"../seeds"}, nil)
	if len(errs) > 0 || len(docs) != 5 {
		t.Fatalf("reading seeds: %d docs, errors %v", len(docs), errs)
	}
	tl, errs := Build(docs, Options{})
	if len(errs) > 0 {
		t.Fatalf("build errors: %v", errs)
	}
	return tl
}

// ev is an event predicate of the acceptance table.
type ev struct {
	types  []string // any of
	actors []string // all of, as participants
	from   string   // the date interval must lie within [from, to]
	to     string
}

func (p ev) match(e *timeline.Event) bool {
	if len(p.types) > 0 && !slices.Contains(p.types, e.Type) {
		return false
	}
	for _, a := range p.actors {
		if !slices.ContainsFunc(e.Participants, func(q timeline.Participant) bool { return q.Actor == a }) {
			return false
		}
	}
	return (p.from == "" || e.Date.Start >= p.from) && (p.to == "" || e.Date.End <= p.to)
}

func find(tl *timeline.Timeline, p ev) []*timeline.Event {
	var out []*timeline.Event
	for i := range tl.Events {
		if p.match(&tl.Events[i]) {
			out = append(out, &tl.Events[i])
		}
	}
	return out
}

func docsOf(e *timeline.Event) []string {
	var ds []string
	for _, s := range e.Sources {
		if d := s.Doc[:3]; !slices.Contains(ds, d) {
			ds = append(ds, d)
		}
	}
	slices.Sort(ds)
	return ds
}

const (
	putin  = "person:vladimir-putin"
	kim    = "person:kim-jong-un"
	shoigu = "person:sergei-shoigu"
	lavrov = "person:sergey-lavrov"
	trump  = "person:donald-trump"
	prk    = "country:PRK"
)

var meetingRow = []string{"visit", "meeting", "negotiation"}

// TestSeedsAcceptance is the acceptance test of the issue: the timeline of
// the five seed articles must hold these events, correctly dated, with the
// right actors. Rows marked gap fail today because of an upstream stage
// (named in the gap); they are logged, and fail only with
// CHRONOGRAPH_STRICT=1, so that a fixed stage shows up as "now passes".
func TestSeedsAcceptance(t *testing.T) {
	tl := seedsTimeline(t)
	strict := os.Getenv("CHRONOGRAPH_STRICT") == "1"
	tests := []struct {
		name  string
		check func() string // "" when it holds, else what is wrong
		gap   string
	}{
		{"Putin visits Pyongyang in June 2024", exists(tl, ev{types: meetingRow, actors: []string{putin}, from: "2024-06-01", to: "2024-06-30"}), ""},
		{"mutual defense treaty signed in June 2024", exists(tl, ev{types: []string{"agreement"}, actors: []string{putin, kim}, from: "2024-06-01", to: "2024-06-30"}), ""},
		{"Shoigu's 2023 visit", exists(tl, ev{types: meetingRow, actors: []string{shoigu}, from: "2023-01-01", to: "2023-12-31"}), ""},
		{"Shoigu's September 2024 visit", exists(tl, ev{types: meetingRow, actors: []string{shoigu}, from: "2024-09-01", to: "2024-09-30"}), ""},
		{"Shoigu meets Kim in Pyongyang on 2025-03-21: one event citing seeds 000-003", func() string {
			es := find(tl, ev{types: meetingRow, actors: []string{shoigu}, from: "2025-03-21", to: "2025-03-21"})
			if len(es) != 1 {
				return describe(es)
			}
			if d := docsOf(es[0]); !slices.Equal(d[:min(4, len(d))], []string{"000", "001", "002", "003"}) {
				return "cites " + strings.Join(d, ",")
			}
			if !slices.ContainsFunc(es[0].Participants, func(p timeline.Participant) bool { return p.Actor == kim }) {
				return "Kim is not a participant"
			}
			return ""
		}, ""},
		{"Lavrov's visit and meeting with Kim", exists(tl, ev{types: meetingRow, actors: []string{lavrov, kim}}), ""},
		{"North Korean troops to Russia in fall 2024, 10,000-12,000", func() string {
			es := find(tl, ev{types: []string{"military_deployment"}, actors: []string{prk}, from: "2024-09-01", to: "2024-11-30"})
			for _, e := range es {
				for _, q := range e.Quantities {
					if q.Unit == "troops" && q.Min == 10000 && q.Max == 12000 {
						return ""
					}
				}
			}
			return "no such deployment with 10000-12000 troops: " + describe(es)
		}, ""},
		{"anti-aircraft missile test on 2025-03-20", exists(tl, ev{types: []string{"weapons_test"}, from: "2025-03-20", to: "2025-03-20"}), ""},
		{"ballistic missile launch on 2025-03-10", exists(tl, ev{types: []string{"weapons_test"}, from: "2025-03-10", to: "2025-03-10"}), ""},
		{"Freedom Shield exercise in March 2025", exists(tl, ev{types: []string{"military_exercise"}, from: "2025-03-01", to: "2025-03-31"}), ""},
		{"Trump–Putin call the week of 2025-03-17", exists(tl, ev{types: []string{"phone_call"}, actors: []string{trump, putin}, from: "2025-03-17", to: "2025-03-23"}), ""},
		{"ceasefire agreed in principle that week", exists(tl, ev{types: []string{"agreement"}, actors: []string{"country:RUS", "country:UKR"}, from: "2025-03-17", to: "2025-03-23"}), ""},
		{"nothing from hypothetical or negated sentences", func() string {
			for _, e := range tl.Events {
				if e.Factuality != "asserted" && e.Factuality != "reported" {
					return e.ID + " is " + e.Factuality
				}
			}
			// Kim's possible trip to Russia is speculation in every seed.
			if es := find(tl, ev{types: meetingRow, actors: []string{kim}}); slices.ContainsFunc(es, func(e *timeline.Event) bool {
				return e.Location == "country:RUS" && e.Participants[0].Actor == kim
			}) {
				return "Kim's hypothetical visit to Russia is on the timeline"
			}
			return ""
		}, ""},
		{"undated seeds 002 and 003 inferred as 2025-03-21", func() string {
			for _, d := range tl.Documents {
				if (strings.HasPrefix(d.ID, "002") || strings.HasPrefix(d.ID, "003")) && (d.DCT != "2025-03-21" || d.DCTOrigin != "inferred") {
					return d.ID + ": " + d.DCT + " " + d.DCTOrigin
				}
			}
			return ""
		}, ""},
	}
	for _, tt := range tests {
		problem := tt.check()
		switch {
		case problem == "" && tt.gap != "":
			t.Logf("%s: now passes; remove its gap mark", tt.name)
		case problem == "":
		case tt.gap != "" && !strict:
			t.Logf("KNOWN GAP %s: %s (upstream: %s)", tt.name, problem, tt.gap)
		default:
			t.Errorf("%s: %s", tt.name, problem)
		}
	}
}

func exists(tl *timeline.Timeline, p ev) func() string {
	return func() string {
		if len(find(tl, p)) == 0 {
			return "no such event"
		}
		return ""
	}
}

func describe(es []*timeline.Event) string {
	var parts []string
	for _, e := range es {
		parts = append(parts, e.ID+" ["+strings.Join(docsOf(e), ",")+"]")
	}
	return "found " + strings.Join(parts, "; ")
}
