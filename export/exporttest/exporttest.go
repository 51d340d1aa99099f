// Package exporttest holds what the exporters' tests share: a small
// hand-written timeline that exercises every case an encoder must handle
// (all actor kinds, day/month/season/year and publication-bound dates, a
// merged event with several sources, quotes, backslashes, newlines and
// non-ASCII text), and helpers that find the external consumers the tests
// load outputs into.
package exporttest

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/chronograph-news/chronograph/graph"
	"github.com/chronograph-news/chronograph/timeline"
)

// Fixture returns a fresh copy of the test timeline.
func Fixture() *timeline.Timeline {
	return &timeline.Timeline{
		Documents: []timeline.Document{
			{ID: "a", Path: "testdata/a.txt", DCT: "2025-03-21", DCTOrigin: "header"},
			{ID: "b", Path: "testdata/b.jsonl", Title: `Talks "resume"`, URL: "https://example.org/b?x=1&y=2", DCT: "2025-03-22", DCTOrigin: "jsonl"},
		},
		Actors: []timeline.Actor{
			{ID: "country:ATL", Name: "Atlantis", Kind: "country", Aliases: []string{"Atlantean", "Republic of Atlantis"}},
			{ID: "country:LEM", Name: "Lemuria", Kind: "country", Aliases: []string{}},
			{ID: "org:news-agency", Name: "Ocean News Agency", Kind: "organization", Aliases: []string{"ONA"}, Affiliation: "country:ATL"},
			{ID: "person:ana-o-neil", Name: `Ana "the Envoy" O'Neil`, Kind: "person", Aliases: []string{"O'Neil"}, Roles: []string{"Foreign Minister"}, Affiliation: "country:ATL"},
			{ID: "person:zoe-muller", Name: "Zoë Müller", Kind: "person", Aliases: []string{"Zoe Muller"}, Roles: []string{"President"}, Affiliation: "country:LEM"},
			{ID: "place:port-city", Name: `Port\City`, Kind: "place", Aliases: []string{}, Affiliation: "country:LEM"},
		},
		Events: []timeline.Event{
			{
				ID: "ev-2024-fa-military_deployment-1", Type: "military_deployment", CAMEO: "1541", Title: "Atlantis deploys troops to Lemuria",
				Date:         timeline.Date{Value: "2024-FA", Start: "2024-09-01", End: "2024-11-30", Granularity: "season", Basis: "relative"},
				Participants: []timeline.Participant{{Actor: "country:ATL", Role: "agent"}, {Actor: "country:LEM", Role: "target"}},
				Factuality:   "reported",
				Quantities:   []timeline.Quantity{{Min: 10000, Max: 12000, Unit: "troops", Approx: true, Text: "about 10,000 to 12,000 troops"}},
				Sources: []timeline.Source{
					{Doc: "a", Sentence: 4, Start: 800, End: 900, Quote: "Last fall it sent about 10,000 to 12,000 troops, officials said.", Trigger: "sent", Reporter: "org:news-agency"},
					{Doc: "b", Sentence: 2, Start: 120, End: 180, Quote: "Some 12,000 troops were sent last fall.", Trigger: "sent"},
				},
				Conflicts:  []string{"quantity troops: 10000-12000 (a) vs 12000 (b)"},
				Confidence: 0.9,
			},
			{
				ID: "ev-2025-03-meeting-2", Type: "meeting", CAMEO: "040", Title: `O'Neil meets Müller in "Port\City"`,
				Date:         timeline.Date{Value: "2025-03", Start: "2025-03-01", End: "2025-03-31", Granularity: "month", Basis: "explicit", Mod: "END"},
				Participants: []timeline.Participant{{Actor: "person:ana-o-neil", Role: "agent"}, {Actor: "person:zoe-muller", Role: "counterpart"}},
				Location:     "place:port-city",
				Factuality:   "asserted",
				Sources: []timeline.Source{
					{Doc: "a", Sentence: 1, Start: 10, End: 70, Quote: "O'Neil met Müller in late March.\nShe said: \"we agree\" \\ <b>&amp;</b>", Trigger: "met"},
				},
				Confidence: 1,
			},
			{
				ID: "ev-2025-03-21-visit-3", Type: "visit", CAMEO: "042", Title: "O'Neil visits Port\\City",
				Date:         timeline.Date{Value: "2025-03-21", Start: "2025-03-21", End: "2025-03-21", Granularity: "day", Basis: "relative"},
				Participants: []timeline.Participant{{Actor: "person:ana-o-neil", Role: "agent"}, {Actor: "country:LEM", Role: "counterpart"}},
				Location:     "place:port-city",
				Factuality:   "asserted",
				Sources: []timeline.Source{
					{Doc: "a", Sentence: 0, Start: 0, End: 50, Quote: "O'Neil arrived in Port City on Friday.", Trigger: "arrived"},
					{Doc: "b", Sentence: 0, Start: 0, End: 60, Quote: "The minister's visit, which ended Friday, was brief.", Trigger: "visit"},
					{Doc: "b", Sentence: 3, Start: 200, End: 260, Quote: "Ocean News Agency confirmed the arrival.", Trigger: "arrival", Reporter: "org:news-agency"},
				},
				Confidence: 1,
			},
			{
				ID: "ev-2023-weapons_test-4", Type: "weapons_test", CAMEO: "138", Title: "Lemuria tests missiles",
				Date:         timeline.Date{Value: "2023", Start: "2023-01-01", End: "2023-12-31", Granularity: "year", Basis: "explicit"},
				Participants: []timeline.Participant{{Actor: "country:LEM", Role: "agent"}},
				Factuality:   "asserted",
				Sources:      []timeline.Source{{Doc: "b", Sentence: 5, Start: 300, End: 340, Quote: "In 2023, Lemuria tested missiles.", Trigger: "tested"}},
				Confidence:   0.6,
			},
			{
				ID: "ev-2025-03-22-release-5", Type: "release", CAMEO: "0841", Title: "Lemuria releases Atlantean prisoners",
				Date: timeline.Date{Value: "2025-03-22", Start: "", End: "2025-03-22", Granularity: "day",
					Basis: timeline.BasisPublicationBound, Mod: timeline.ModOnOrBefore},
				Participants: []timeline.Participant{{Actor: "country:LEM", Role: "agent"}, {Actor: "country:ATL", Role: "target"}},
				Factuality:   "asserted",
				Sources:      []timeline.Source{{Doc: "b", Sentence: 6, Start: 350, End: 400, Quote: "Lemuria has released the Atlantean prisoners.", Trigger: "released"}},
				Confidence:   0.7,
			},
		},
	}
}

// Sorted returns the fixture with its events in timeline order (by
// timeline.CompareDates, then id), as the build writes it.
func Sorted() *timeline.Timeline {
	tl := Fixture()
	ev := tl.Events
	before := func(a, b timeline.Event) bool {
		c := timeline.CompareDates(a.Date, b.Date)
		return c < 0 || c == 0 && a.ID < b.ID
	}
	// the fixture is small: a simple insertion sort keeps this package free of extra imports.
	for i := 1; i < len(ev); i++ {
		for j := i; j > 0 && before(ev[j], ev[j-1]); j-- {
			ev[j], ev[j-1] = ev[j-1], ev[j]
		}
	}
	return tl
}

// Graph returns the fixture timeline (sorted) and its graph.
func Graph(t testing.TB) (*timeline.Timeline, *graph.Graph) {
	t.Helper()
	tl := Sorted()
	g, err := graph.Build(tl)
	if err != nil {
		t.Fatal(err)
	}
	return tl, g
}

// InCI reports whether the tests run in CI, where a missing external
// validator is a failure rather than a skip.
func InCI() bool { return os.Getenv("CI") == "true" }

// Tool returns the path of an external program, skipping the test when it
// is absent locally and failing it in CI.
func Tool(t testing.TB, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		Missing(t, name+" not found on PATH")
	}
	return p
}

// Missing skips (locally) or fails (in CI) a test whose consumer is absent.
func Missing(t testing.TB, why string) {
	t.Helper()
	if InCI() {
		t.Fatalf("%s (CI=true: .ci/run must install it)", why)
	}
	t.Skipf("%s: skipping (run .ci/run to install it)", why)
}

// RepoRoot returns the repository's root folder (the one holding go.mod).
func RepoRoot(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("go.mod not found above the test's directory")
		}
		dir = parent
	}
}

// NodeModules returns the node_modules folder that .ci/run fills
// (.tools/node_modules at the repository root), skipping or failing like
// [Tool] when pkg is not installed there.
func NodeModules(t testing.TB, pkg string) string {
	t.Helper()
	Tool(t, "node")
	nm := filepath.Join(RepoRoot(t), ".tools", "node_modules")
	if _, err := os.Stat(filepath.Join(nm, pkg)); err != nil {
		Missing(t, "npm package "+pkg+" not installed in .tools/node_modules")
	}
	return nm
}
