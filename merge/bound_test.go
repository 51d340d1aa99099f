package merge

import (
	"testing"

	"github.com/chronograph-news/chronograph/event"
	"github.com/chronograph-news/chronograph/timeline"
)

// bound returns a publication-bound mention: no time expression, told as
// done before the news of the day.
func bound(doc string, sent int, typ event.Type, agent string, others ...string) event.Mention {
	m := mention(doc, sent, typ, "", agent, others...)
	m.Basis = event.PublicationBound
	return m
}

// TestPublicationBound checks that a publication-bound mention is
// compatible with any date that ends by its DCT, and that alone it gives
// an event dated on or before the DCT with an open start.
func TestPublicationBound(t *testing.T) {
	for _, tc := range []struct {
		name     string
		mentions []event.Mention
		want     []string
	}{
		{"joins an earlier day of its document",
			[]event.Mention{
				mention("a", 1, "visit", "2025-03-18", "person:shoigu"),
				bound("a", 3, "visit", "person:shoigu"),
			},
			[]string{"2025-03-18 visit a"}},
		{"joins an earlier month of a document of the same DCT",
			[]event.Mention{
				mention("a", 1, "visit", "2025-02", "person:shoigu"),
				bound("b", 3, "visit", "person:shoigu"),
			},
			[]string{"2025-02 visit a,b"}},
		{"never a date after its DCT",
			[]event.Mention{
				mention("a", 1, "visit", "2025-03-25", "person:shoigu"),
				bound("a", 3, "visit", "person:shoigu"),
			},
			[]string{"2025-03-21 visit a", "2025-03-25 visit a"}},
		{"a publication-dated mention is the more precise",
			[]event.Mention{
				bound("a", 1, "visit", "person:shoigu"),
				mention("a", 3, "visit", "", "person:shoigu"),
			},
			[]string{"2025-03-21 visit a"}},
	} {
		got := summary(Merge(tc.mentions, opts()))
		if !equal(got, tc.want) {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}

	evs := Merge([]event.Mention{bound("a", 1, "visit", "person:shoigu")}, opts())
	if len(evs) != 1 {
		t.Fatalf("one bound mention: %d events", len(evs))
	}
	want := timeline.Date{Value: "2025-03-21", Start: "", End: "2025-03-21", Granularity: "day",
		Basis: timeline.BasisPublicationBound, Mod: timeline.ModOnOrBefore}
	if d := evs[0].Date; d != want {
		t.Errorf("bound date %+v, want %+v", d, want)
	}
	evs = Merge([]event.Mention{bound("a", 1, "visit", "person:shoigu"), mention("a", 3, "visit", "", "person:shoigu")}, opts())
	if d := evs[0].Date; d.Basis != timeline.BasisPublication || d.Start != "2025-03-21" {
		t.Errorf("bound and publication-dated: %+v, want the publication date", d)
	}
	// a noun dated by the publication ("the status of the sanctions") is
	// no news of the day: the event stays bound, whichever comes first
	noun := mention("a", 3, "visit", "", "person:shoigu")
	noun.Noun = true
	for _, ms := range [][]event.Mention{{bound("a", 1, "visit", "person:shoigu"), noun}, {noun, bound("a", 5, "visit", "person:shoigu")}} {
		evs = Merge(ms, opts())
		if len(evs) != 1 {
			t.Fatalf("bound and publication-dated noun: %d events, want 1", len(evs))
		}
		if d := evs[0].Date; d.Basis != timeline.BasisPublicationBound || d.Start != "" {
			t.Errorf("bound and publication-dated noun: %+v, want bound", d)
		}
	}
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
