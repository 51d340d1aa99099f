package pipeline

import (
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/document"
	"github.com/chronograph-news/chronograph/event"
	"github.com/chronograph-news/chronograph/timeline"
	"github.com/chronograph-news/chronograph/timex"
)

// fakeAnalyzer stands in for the real stages: it returns fixed mentions per
// document and records the calls (Analyze is called from several
// goroutines).
type fakeAnalyzer struct {
	mentions map[string][]event.Mention
	fail     map[string]bool
	actors   []actor.Actor
	mu       sync.Mutex
	calls    []string
}

func (f *fakeAnalyzer) Lex(d *document.Document) error { return nil }

func (f *fakeAnalyzer) Resolve(d *document.Document) error {
	f.calls = append(f.calls, "resolve "+d.ID)
	return nil
}

func (f *fakeAnalyzer) Analyze(d *document.Document) ([]timex.Timex, []event.Mention, error) {
	f.mu.Lock()
	f.calls = append(f.calls, d.ID+"@"+dateOnly(d.DCT))
	f.mu.Unlock()
	if f.fail[d.ID] {
		return nil, nil, errors.New("cannot analyse")
	}
	return nil, slices.Clone(f.mentions[d.ID]), nil
}

func (f *fakeAnalyzer) Forget(d *document.Document) {}

func (f *fakeAnalyzer) Actors() []actor.Actor { return f.actors }

func ment(doc string, sent int, typ event.Type, value string, f event.Factuality, agent, counterpart string) event.Mention {
	m := event.Mention{Doc: doc, Sentence: sent, Type: typ, Title: agent + " " + string(typ), Factuality: f,
		Basis: event.Publication, Quote: "q", Trigger: string(typ),
		Participants: []event.Participant{{ActorID: agent, Role: event.Agent}}}
	if counterpart != "" {
		m.Participants = append(m.Participants, event.Participant{ActorID: counterpart, Role: event.Counterpart})
	}
	if value != "" {
		x := dayTimex(value)
		m.Time, m.Basis = &x, event.Explicit
	}
	return m
}

func fixture() ([]document.Document, *fakeAnalyzer) {
	docs := []document.Document{
		{ID: "c", Path: "c.txt", Text: "broken", DCTOrigin: document.None},
		{ID: "b", Path: "b.txt", Text: "Shoigu met Kim on Friday. The two men held talks.", DCTOrigin: document.None},
		{ID: "a", Path: "a.txt", Text: "...", DCT: date("2025-03-21"), DCTOrigin: document.Header},
		{ID: "a", Path: "other/a.txt", Text: "duplicate"},
	}
	fa := &fakeAnalyzer{
		mentions: map[string][]event.Mention{
			"a": {
				ment("a", 0, event.Meeting, "2025-03-21", event.Asserted, "person:shoigu", "person:kim"),
				ment("a", 3, event.WeaponsTest, "2025-03-10", event.Reported, "country:PRK", ""),
			},
			"b": {
				ment("b", 0, event.Meeting, "", event.Asserted, "person:kim", "person:shoigu"),
				ment("b", 1, event.Meeting, "", event.Asserted, "person:shoigu", "person:kim"),
				ment("b", 2, event.Visit, "2025-04-10", event.Planned, "person:kim", "country:RUS"),
				ment("b", 3, event.WeaponsTest, "2025-03-21", event.Negated, "country:PRK", ""),
			},
		},
		fail: map[string]bool{"c": true},
		actors: []actor.Actor{
			{ID: "person:shoigu", Name: "Sergei Shoigu", Kind: actor.Person, Aliases: []string{"Shoigu"}, Affiliation: "country:RUS"},
			{ID: "person:kim", Name: "Kim Jong Un", Kind: actor.Person, Aliases: []string{"Kim"}, Affiliation: "country:PRK"},
			{ID: "person:lavrov", Name: "Sergey Lavrov", Kind: actor.Person, Affiliation: "country:RUS"},
			{ID: "country:PRK", Name: "North Korea", Kind: actor.Country},
			{ID: "country:RUS", Name: "Russia", Kind: actor.Country},
		},
	}
	return docs, fa
}

func summarize(tl *timeline.Timeline) []string {
	var out []string
	for _, e := range tl.Events {
		var docs []string
		for _, s := range e.Sources {
			docs = append(docs, s.Doc)
		}
		out = append(out, fmt.Sprintf("%s %s %s", e.Date.Value, e.Type, strings.Join(docs, ",")))
	}
	return out
}

func TestRun(t *testing.T) {
	docs, fa := fixture()
	tl, errs := run(docs, Options{Jobs: 1}, fa)
	if len(errs) != 2 || !strings.Contains(errs[0].Error(), `other/a.txt: warning: duplicate id "a" (first at a.txt), renamed "a-2"`) ||
		!strings.Contains(errs[1].Error(), "c.txt: cannot analyse") {
		t.Errorf("errors = %v", errs)
	}
	if want := []string{"resolve a", "resolve a-2", "resolve b", "resolve c", "a@2025-03-21", "a-2@", "b@", "c@", "b@2025-03-21"}; !slices.Equal(fa.calls, want) {
		t.Errorf("analyzer calls = %v, want %v", fa.calls, want)
	}
	wantDocs := []timeline.Document{
		{ID: "a", Path: "a.txt", DCT: "2025-03-21", DCTOrigin: "header"},
		{ID: "a-2", Path: "other/a.txt", DCTOrigin: "none"},
		{ID: "b", Path: "b.txt", DCT: "2025-03-21", DCTOrigin: "inferred"},
		{ID: "c", Path: "c.txt", DCTOrigin: "none"},
	}
	if tl.Documents[2].DCTReason == "" {
		t.Error("inferred DCT has no reason")
	}
	tl.Documents[2].DCTReason = ""
	if !slices.Equal(tl.Documents, wantDocs) {
		t.Errorf("documents = %+v", tl.Documents)
	}
	if got, want := summarize(tl), []string{"2025-03-10 weapons_test a", "2025-03-21 meeting a,b,b"}; !slices.Equal(got, want) {
		t.Errorf("events = %q, want %q", got, want)
	}
	var ids []string
	for _, a := range tl.Actors {
		ids = append(ids, a.ID)
	}
	if want := []string{"country:PRK", "country:RUS", "person:kim", "person:shoigu"}; !slices.Equal(ids, want) {
		t.Errorf("actors = %v, want %v (Lavrov is not referenced)", ids, want)
	}
	if tl.Events[1].Confidence != 1 {
		t.Errorf("meeting confidence %v: a dated source makes it certain", tl.Events[1].Confidence)
	}
}

func TestRunInferredConfidence(t *testing.T) {
	docs, fa := fixture()
	// Only b speaks of the visit it reports on 2025-03-21 itself.
	fa.mentions["a"] = append(fa.mentions["a"], ment("a", 5, event.Visit, "2025-03-21", event.Asserted, "person:lavrov", "country:PRK"))
	fa.mentions["b"] = append(fa.mentions["b"], ment("b", 4, event.Visit, "", event.Asserted, "person:lavrov", "country:PRK"))
	fa.mentions["b"] = append(fa.mentions["b"], ment("b", 5, event.Protest, "", event.Asserted, "country:RUS", ""))
	tl, _ := run(docs, Options{}, fa)
	for _, e := range tl.Events {
		if e.Type == "protest" && e.Confidence != matchConfidence {
			t.Errorf("event resting on an inferred DCT has confidence %v, want %v", e.Confidence, matchConfidence)
		}
		if e.Type == "visit" && (len(e.Sources) != 2 || e.Confidence != 1) {
			t.Errorf("visit = %+v", e)
		}
	}
}

func TestRunOptions(t *testing.T) {
	tests := []struct {
		name string
		opt  Options
		want []string
		errs int
	}{
		{"include all", Options{IncludeAll: true},
			[]string{"2025-03-10 weapons_test a", "2025-03-21 meeting a,b,b", "2025-03-21 weapons_test b", "2025-04-10 visit b"}, 2},
		{"filter by actor", Options{Filter: timeline.Filter{Actors: []string{"kim jong un"}}},
			[]string{"2025-03-21 meeting a,b,b"}, 2},
		{"filter by date", Options{Filter: timeline.Filter{To: date("2025-03-20")}},
			[]string{"2025-03-10 weapons_test a"}, 2},
		{"date flag per document", Options{Dates: map[string]time.Time{"b": date("2025-03-22")}},
			[]string{"2025-03-10 weapons_test a", "2025-03-21 meeting a", "2025-03-22 meeting b,b"}, 2},
		{"date flag for undated documents", Options{AllDate: date("2025-03-21")},
			[]string{"2025-03-10 weapons_test a", "2025-03-21 meeting a,b,b"}, 2},
		{"date flag for an unknown document", Options{Dates: map[string]time.Time{"zz": date("2025-03-22")}},
			[]string{"2025-03-10 weapons_test a", "2025-03-21 meeting a,b,b"}, 3},
	}
	for _, tt := range tests {
		docs, fa := fixture()
		tl, errs := run(docs, tt.opt, fa)
		if got := summarize(tl); !slices.Equal(got, tt.want) {
			t.Errorf("%s: events = %q, want %q", tt.name, got, tt.want)
		}
		if len(errs) != tt.errs {
			t.Errorf("%s: %d errors, want %d: %v", tt.name, len(errs), tt.errs, errs)
		}
	}
	docs, fa := fixture()
	tl, _ := run(docs, Options{AllDate: date("2025-03-21")}, fa)
	if tl.Documents[1].DCTOrigin != "flag" || tl.Documents[0].DCTOrigin != "header" {
		t.Errorf("--date YYYY-MM-DD must date only undated documents: %+v", tl.Documents)
	}
}

// TestBuildText runs the real stages over two small hand-written articles:
// a dated one and an undated one reporting the same meeting, whose DCT
// must be inferred from it.
func TestBuildText(t *testing.T) {
	docs := []document.Document{
		{ID: "dated", Path: "dated.txt", DCT: date("2025-03-21"), DCTOrigin: document.Header,
			Text: "Russian Security Council Secretary Sergei Shoigu met North Korean leader Kim Jong Un in Pyongyang on Friday, state media said."},
		{ID: "undated", Path: "undated.txt", DCTOrigin: document.None,
			Text: "Sergei Shoigu met Kim Jong Un in Pyongyang, according to state media. Shoigu held talks with Kim for hours."},
	}
	tl, errs := Build(docs, Options{})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	if d := tl.Documents[1]; d.DCT != "2025-03-21" || d.DCTOrigin != "inferred" {
		t.Errorf("undated document: DCT %q origin %q, want 2025-03-21 inferred", d.DCT, d.DCTOrigin)
	}
	var meetings []timeline.Event
	for _, e := range tl.Events {
		if e.Type == "meeting" || e.Type == "visit" {
			meetings = append(meetings, e)
		}
	}
	if len(meetings) != 1 {
		t.Fatalf("meetings = %v, want one", summarize(&timeline.Timeline{Events: meetings}))
	}
	e := meetings[0]
	if e.Date.Value != "2025-03-21" || len(e.Sources) < 2 || e.Sources[0].Doc != "dated" || e.Sources[len(e.Sources)-1].Doc != "undated" {
		t.Errorf("meeting = %s %s", e.Date.Value, summarize(&timeline.Timeline{Events: meetings}))
	}
	var ids []string
	for _, p := range e.Participants {
		ids = append(ids, p.Actor)
	}
	if !slices.Contains(ids, "person:sergei-shoigu") || !slices.Contains(ids, "person:kim-jong-un") {
		t.Errorf("participants = %v", ids)
	}
}

// TestRunJobsSameResult checks that the result does not depend on the
// number of workers, and that every document is analysed once per pass.
func TestRunJobsSameResult(t *testing.T) {
	var want *timeline.Timeline
	for _, j := range []int{1, 2, 8} {
		docs, fa := fixture()
		tl, errs := run(docs, Options{Jobs: j}, fa)
		if len(errs) != 2 {
			t.Errorf("-j %d: errors %v", j, errs)
		}
		calls := slices.Sorted(slices.Values(fa.calls))
		if wantCalls := []string{"a-2@", "a@2025-03-21", "b@", "b@2025-03-21", "c@", "resolve a", "resolve a-2", "resolve b", "resolve c"}; !slices.Equal(calls, wantCalls) {
			t.Errorf("-j %d: calls %v, want %v", j, calls, wantCalls)
		}
		if want == nil {
			want = tl
			continue
		}
		if !reflect.DeepEqual(tl, want) {
			t.Errorf("-j %d: timeline differs from -j 1", j)
		}
	}
}

// TestRunProgress checks that every stage reports its end, in order.
func TestRunProgress(t *testing.T) {
	docs, fa := fixture()
	var ended []string
	var mu sync.Mutex
	progress := func(stage string, done, total int, bytes int64, elapsed time.Duration) {
		mu.Lock()
		defer mu.Unlock()
		if done == total {
			ended = append(ended, fmt.Sprintf("%s %d", stage, total))
		}
	}
	run(docs, Options{Jobs: 2, Progress: progress}, fa)
	want := []string{"actors 4", "events 4", "merge 2", "dating 2", "timeline 4"}
	if !slices.Equal(ended, want) {
		t.Errorf("stages ended %v, want %v", ended, want)
	}
}

// TestBuildDCTRange: an undated article whose latest date is a yearless
// month gets an interval, not a day: no DCT, origin inferred, dct_range
// set, and its meeting on a named weekday dated by the interval.
func TestBuildDCTRange(t *testing.T) {
	docs := []document.Document{
		{ID: "undated", Path: "undated.txt", DCTOrigin: document.None,
			Text: "The accord was signed on January 9, 2025. In late May, Sergey Lavrov visited Pyongyang. " +
				"Sergey Lavrov met Kim Jong Un in Pyongyang on Saturday, state media said."},
	}
	tl, errs := Build(docs, Options{})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	d := tl.Documents[0]
	if d.DCT != "" || d.DCTOrigin != "inferred" || d.DCTRange != "2025-05-21/2025-12-31" || d.DCTReason == "" {
		t.Errorf("document = %+v, want no day, origin inferred, range 2025-05-21/2025-12-31 and a reason", d)
	}
	found := false
	for _, e := range tl.Events {
		if e.Type == "meeting" && e.Date.Start == "2025-05-14" && e.Date.End == "2025-12-31" {
			found = true
		}
	}
	if !found {
		t.Errorf("no meeting dated by the interval (and the week before): %s", summarize(tl))
	}
}
