package merge

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chronograph-news/chronograph/event"
	"github.com/chronograph-news/chronograph/timeline"
	"github.com/chronograph-news/chronograph/timex"
)

// tx returns a resolved time expression for a TIMEX3 value of the forms
// YYYY, YYYY-MM and YYYY-MM-DD.
func tx(value string) *timex.Timex {
	var start, end time.Time
	var g timex.Granularity
	switch len(value) {
	case 4:
		start, _ = time.Parse("2006", value)
		end, g = start.AddDate(1, 0, -1), timex.Year
	case 7:
		start, _ = time.Parse("2006-01", value)
		end, g = start.AddDate(0, 1, -1), timex.Month
	default:
		start, _ = time.Parse(time.DateOnly, value)
		end, g = start, timex.Day
	}
	return &timex.Timex{Type: timex.Date, Value: value, Granularity: g, Interval: &timex.Interval{Start: start, End: end}}
}

// mention builds a test mention: typ by agent (counterpart optional) in
// doc at sentence, dated by value ("" for the publication date).
func mention(doc string, sent int, typ event.Type, value string, agent string, others ...string) event.Mention {
	m := event.Mention{
		Doc: doc, Sentence: sent, Start: 10 * sent, End: 10*sent + 5, Trigger: string(typ), Type: typ,
		Title: agent + " " + string(typ), Factuality: event.Asserted, Basis: event.Explicit,
		Quote: doc + " sentence", QuoteStart: 100 * sent, QuoteEnd: 100*sent + 50,
	}
	if agent != "" {
		m.Participants = append(m.Participants, event.Participant{ActorID: agent, Role: event.Agent})
	}
	for _, o := range others {
		m.Participants = append(m.Participants, event.Participant{ActorID: o, Role: event.Counterpart})
	}
	if value == "" {
		m.Basis = event.Publication
	} else {
		m.Time = tx(value)
	}
	return m
}

var dcts = map[string]time.Time{
	"a": time.Date(2025, 3, 21, 0, 0, 0, 0, time.UTC),
	"b": time.Date(2025, 3, 21, 0, 0, 0, 0, time.UTC),
	"c": time.Date(2025, 3, 22, 0, 0, 0, 0, time.UTC),
	"d": time.Date(2025, 3, 22, 0, 0, 0, 0, time.UTC),
}

func opts() Options {
	return Options{
		DCT:         dcts,
		Affiliation: map[string]string{"person:kim": "country:PRK", "person:shoigu": "country:RUS", "place:pyongyang": "country:PRK"},
	}
}

// summary is what the table tests compare: one line per event,
// "date type #sources docs".
func summary(events []timeline.Event) []string {
	var out []string
	for _, e := range events {
		var docs []string
		for _, s := range e.Sources {
			if !slices.Contains(docs, s.Doc) {
				docs = append(docs, s.Doc)
			}
		}
		out = append(out, e.Date.Value+" "+e.Type+" "+strings.Join(docs, ","))
	}
	return out
}

func TestMerge(t *testing.T) {
	tests := []struct {
		name     string
		mentions []event.Mention
		want     []string
	}{
		{
			"same event across three docs",
			[]event.Mention{
				mention("a", 0, "meeting", "2025-03-21", "person:shoigu", "person:kim"),
				mention("b", 2, "meeting", "2025-03-21", "person:kim", "person:shoigu"), // swapped roles
				mention("c", 1, "visit", "2025-03", "person:shoigu"),
			},
			[]string{"2025-03-21 meeting a,b,c"},
		},
		{
			"different dates at a shared granularity never merge",
			[]event.Mention{
				mention("a", 1, "visit", "2023", "person:shoigu"),
				mention("a", 2, "visit", "2024-09", "person:shoigu"),
				mention("a", 3, "visit", "2025-03-21", "person:shoigu"),
				mention("b", 1, "visit", "2025-03-20", "person:shoigu"),
			},
			[]string{"2023 visit a", "2024-09 visit a", "2025-03-20 visit b", "2025-03-21 visit a"},
		},
		{
			"month-level and day-level merge to the day",
			[]event.Mention{
				mention("a", 4, "weapons_test", "2025-03", "country:PRK"),
				mention("b", 1, "weapons_test", "2025-03-10", "country:PRK"),
				mention("c", 1, "weapons_test", "2025", "country:PRK"),
			},
			[]string{"2025-03-10 weapons_test a,b,c"},
		},
		{
			"coarse mention joins only one of two finer events",
			[]event.Mention{
				mention("a", 1, "weapons_test", "2025-03-10", "country:PRK"),
				mention("a", 2, "weapons_test", "2025-03-20", "country:PRK"),
				mention("b", 1, "weapons_test", "2025-03", "country:PRK"),
			},
			[]string{"2025-03-10 weapons_test a,b", "2025-03-20 weapons_test a"},
		},
		{
			"a decade-level mention joins a day-level event (wide intervals are indexed apart)",
			[]event.Mention{
				mention("a", 1, "visit", "2025-03-21", "person:shoigu"),
				func() event.Mention {
					m := mention("b", 1, "visit", "2025", "person:shoigu")
					m.Time = &timex.Timex{Type: timex.Date, Value: "202", Granularity: timex.Decade,
						Interval: &timex.Interval{Start: time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC), End: time.Date(2029, 12, 31, 0, 0, 0, 0, time.UTC)}}
					return m
				}(),
				mention("c", 1, "visit", "2019", "person:shoigu"),
			},
			[]string{"2019 visit c", "2025-03-21 visit a,b"},
		},
		{
			"incompatible types stay apart",
			[]event.Mention{
				mention("a", 1, "visit", "2025-03-21", "person:shoigu"),
				mention("a", 2, "weapons_test", "2025-03-21", "person:shoigu"),
				mention("a", 3, "military_deployment", "2025-03-21", "person:shoigu"),
			},
			[]string{"2025-03-21 military_deployment a", "2025-03-21 visit a", "2025-03-21 weapons_test a"},
		},
		{
			"different agents stay apart",
			[]event.Mention{
				mention("a", 1, "visit", "2025-03-21", "person:shoigu"),
				mention("b", 1, "visit", "2025-03-21", "person:lavrov"),
			},
			[]string{"2025-03-21 visit a", "2025-03-21 visit b"},
		},
		{
			"a shared counterpart is not enough when the agents differ",
			[]event.Mention{
				mention("a", 1, "meeting", "2025-03-21", "person:shoigu", "person:kim"),
				mention("b", 1, "meeting", "2025-03-21", "person:lavrov", "person:kim"),
				mention("c", 1, "meeting", "2025-03-21", "", "person:kim"),
				mention("d", 1, "meeting", "2025-03-21", "person:kim", "person:lavrov"),
			},
			[]string{"2025-03-21 meeting a,c", "2025-03-21 meeting b,d"},
		},
		{
			"counterparts of an asymmetric type do not match agents",
			[]event.Mention{
				mention("a", 1, "military_deployment", "2024", "country:PRK", "country:RUS"),
				mention("b", 1, "military_deployment", "2024", "country:RUS", "country:PRK"),
			},
			[]string{"2024 military_deployment a", "2024 military_deployment b"},
		},
		{
			"the one elected is the agent of one mention, the counterpart of the body's",
			[]event.Mention{
				mention("a", 1, "election", "2025-03-21", "person:novak"),
				mention("a", 2, "election", "2025-03-21", "org:board", "person:novak"),
				mention("a", 3, "election", "2025-03-21", "person:horvat"),
			},
			// three mentions, two elections: Novak's and Horvat's
			[]string{"2025-03-21 election a", "2025-03-21 election a"},
		},
		{
			"person and his country count as one agent",
			[]event.Mention{
				mention("a", 1, "weapons_test", "2025-03-20", "person:kim"),
				mention("b", 1, "weapons_test", "2025-03-20", "country:PRK"),
			},
			[]string{"2025-03-20 weapons_test a,b"},
		},
		{
			"publication-dated mention joins a same-doc event",
			[]event.Mention{
				mention("c", 1, "meeting", "2025-03-22", "person:shoigu", "person:kim"),
				mention("c", 3, "meeting", "", "person:kim"),
			},
			[]string{"2025-03-22 meeting c"},
		},
		{
			"publication-dated mention joins a same-DCT event of another doc",
			[]event.Mention{
				mention("c", 1, "meeting", "2025-03-22", "person:shoigu", "person:kim"),
				mention("d", 3, "meeting", "", "person:kim"),
			},
			[]string{"2025-03-22 meeting c,d"},
		},
		{
			"publication-dated mention does not join across DCTs",
			[]event.Mention{
				mention("a", 1, "meeting", "2025-03", "person:shoigu", "person:kim"),
				mention("c", 3, "meeting", "", "person:kim"),
			},
			[]string{"2025-03 meeting a", "2025-03-22 meeting c"},
		},
		{
			"publication-dated mentions never refine a date",
			[]event.Mention{
				mention("a", 1, "meeting", "2025", "person:shoigu", "person:kim"),
				mention("a", 3, "meeting", "", "person:kim"),
			},
			[]string{"2025 meeting a"},
		},
		{
			"publication-dated mention outside the event's date stays apart",
			[]event.Mention{
				mention("a", 1, "visit", "2024-09", "person:shoigu"),
				mention("a", 3, "visit", "", "person:shoigu"),
			},
			[]string{"2024-09 visit a", "2025-03-21 visit a"},
		},
		{
			"mention without participants joins a nearby one of its own doc",
			[]event.Mention{
				mention("a", 1, "meeting", "2025-03-21", "person:shoigu", "person:kim"),
				{Doc: "a", Sentence: 3, Type: "meeting", Time: tx("2025-03-21"), Factuality: event.Asserted, Quote: "The meeting ran long."},
				{Doc: "b", Sentence: 5, Type: "meeting", Time: tx("2025-03"), Factuality: event.Asserted, Quote: "The meeting ran long."},
			},
			[]string{"2025-03 meeting b", "2025-03-21 meeting a"},
		},
		{
			"mention without participants far from the event stays apart",
			[]event.Mention{
				mention("a", 1, "meeting", "2024-09", "person:shoigu", "person:kim"),
				{Doc: "a", Sentence: 9, Type: "meeting", Time: tx("2024"), Factuality: event.Asserted, Quote: "The summit last year."},
			},
			[]string{"2024 meeting a", "2024-09 meeting a"},
		},
		{
			"mention without participants joins the same type on the same day in its own document",
			[]event.Mention{
				mention("a", 1, "weapons_test", "2025-03-20", "country:PRK"),
				{Doc: "a", Sentence: 9, Type: "weapons_test", Time: tx("2025-03-20"), Factuality: event.Asserted, Quote: "Test-launches were held."},
				{Doc: "c", Sentence: 9, Type: "weapons_test", Time: tx("2025-03"), Factuality: event.Asserted, Quote: "Tests were held in March."},
			},
			[]string{"2025-03 weapons_test c", "2025-03-20 weapons_test a"},
		},
		{
			// The news of a day tells many happenings of one kind
			// (attacks, arrests, meetings): the day alone is no evidence.
			"mention without participants does not join the same type on the same day in another document",
			[]event.Mention{
				mention("a", 1, "weapons_test", "2025-03-20", "country:PRK"),
				{Doc: "b", Sentence: 9, Type: "weapons_test", Time: tx("2025-03-20"), Factuality: event.Asserted, Quote: "Test-launches were held."},
			},
			[]string{"2025-03-20 weapons_test a", "2025-03-20 weapons_test b"},
		},
		{
			"an event that later mentions connect is absorbed",
			[]event.Mention{
				mention("a", 0, "meeting", "2025-03-21", "", "person:kim"),
				mention("b", 0, "visit", "2025-03-21", "person:shoigu"),
				mention("c", 0, "meeting", "2025-03-21", "person:shoigu", "person:kim"),
			},
			[]string{"2025-03-21 meeting a,b,c"},
		},
		{
			"an anonymous publication-dated mention joins the day's most reported event",
			[]event.Mention{
				mention("a", 0, "meeting", "2025-03-21", "person:shoigu", "person:kim"),
				mention("b", 0, "meeting", "2025-03-21", "person:shoigu", "person:kim"),
				mention("b", 9, "meeting", "2025-03-21", "person:trump", "person:putin"),
				{Doc: "a", Sentence: 9, Type: "meeting", Factuality: event.Reported, Basis: event.Publication, Quote: "Kim said during the meeting..."},
			},
			[]string{"2025-03-21 meeting a,b", "2025-03-21 meeting b"},
		},
		{
			"an anonymous publication-dated mention stays alone on a tie",
			[]event.Mention{
				mention("a", 0, "meeting", "2025-03-21", "person:shoigu", "person:kim"),
				mention("b", 9, "meeting", "2025-03-21", "person:trump", "person:putin"),
				{Doc: "a", Sentence: 9, Type: "meeting", Factuality: event.Reported, Basis: event.Publication, Quote: "Kim said during the meeting..."},
			},
			[]string{"2025-03-21 meeting a", "2025-03-21 meeting b"}, // the anonymous one is dropped
		},
		{
			"mention without participants joins an event at a place containing its own",
			[]event.Mention{
				func() event.Mention {
					m := mention("a", 1, "visit", "2024-06", "person:putin")
					m.Location = "country:PRK"
					return m
				}(),
				{Doc: "b", Sentence: 9, Type: "meeting", Time: tx("2024"), Factuality: event.Reported, Location: "place:pyongyang", Quote: "A summit last year in Pyongyang."},
				{Doc: "b", Sentence: 19, Type: "meeting", Time: tx("2024"), Factuality: event.Reported, Location: "place:moscow", Quote: "A summit last year in Moscow."},
			},
			[]string{"2024 meeting b", "2024-06 visit a,b"},
		},
		{
			"mention without participants at a place two events share joins neither",
			[]event.Mention{
				func() event.Mention {
					m := mention("a", 1, "visit", "2024-06", "person:putin")
					m.Location = "country:PRK"
					return m
				}(),
				func() event.Mention {
					m := mention("a", 2, "visit", "2024-09", "person:shoigu")
					m.Location = "place:pyongyang"
					return m
				}(),
				{Doc: "b", Sentence: 9, Type: "meeting", Time: tx("2024"), Factuality: event.Reported, Location: "place:pyongyang", Quote: "A summit last year in Pyongyang."},
			},
			[]string{"2024 meeting b", "2024-06 visit a", "2024-09 visit a"},
		},
		{
			"undatable mention that joins nothing is dropped",
			[]event.Mention{
				{Doc: "x", Type: "visit", Factuality: event.Asserted, Quote: "q",
					Participants: []event.Participant{{ActorID: "person:shoigu", Role: event.Agent}}},
			},
			nil,
		},
	}
	for _, tt := range tests {
		got := summary(Merge(tt.mentions, opts()))
		slices.Sort(got)
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, got, tt.want)
		}
	}
}

func TestMergeKeepAnonymous(t *testing.T) {
	ms := []event.Mention{{Doc: "a", Sentence: 9, Type: "meeting", Factuality: event.Reported, Basis: event.Publication, Quote: "Agreements were reached."}}
	if got := Merge(ms, opts()); len(got) != 0 {
		t.Errorf("anonymous publication-dated event kept by default: %v", summary(got))
	}
	o := opts()
	o.KeepAnonymous = true
	if got := summary(Merge(ms, o)); !slices.Equal(got, []string{"2025-03-21 meeting a"}) {
		t.Errorf("KeepAnonymous: got %v", got)
	}
}

// TestMergeNamedVictim checks that a publication-dated killing that names
// its victim stays on the timeline ("Olav Brenner died of gunshot
// wounds"), but not one that names none.
func TestMergeNamedVictim(t *testing.T) {
	named := event.Mention{Doc: "a", Sentence: 5, Type: event.Killing, Factuality: event.Asserted, Basis: event.Publication, Quote: "Olav Brenner died of gunshot wounds.",
		Participants: []event.Participant{{ActorID: "person:brenner", Role: event.Target}}}
	if got := summary(Merge([]event.Mention{named}, opts())); !slices.Equal(got, []string{"2025-03-21 killing a"}) {
		t.Errorf("killing of a named person dropped: got %v", got)
	}
	unnamed := named
	unnamed.Participants = []event.Participant{{ActorID: "agent:-:civilians", Role: event.Target}}
	if got := Merge([]event.Mention{unnamed}, opts()); len(got) != 0 {
		t.Errorf("anonymous killing kept: %v", summary(got))
	}
}

// TestMergeLeadNews checks that an anonymous publication-dated event told
// in its article's first sentence stays on the timeline ("Nine people
// were arrested overnight"), but not one told later nor one told there
// as background.
func TestMergeLeadNews(t *testing.T) {
	lead := event.Mention{Doc: "a", Sentence: 0, Type: "arrest", Factuality: event.Reported, Basis: event.Publication, Quote: "Nine people were arrested overnight."}
	if got := summary(Merge([]event.Mention{lead}, opts())); !slices.Equal(got, []string{"2025-03-21 arrest a"}) {
		t.Errorf("lead news dropped: got %v", got)
	}
	later := lead
	later.Sentence = 3
	if got := Merge([]event.Mention{later}, opts()); len(got) != 0 {
		t.Errorf("anonymous event past the lead kept: %v", summary(got))
	}
	bg := lead
	bg.Background = true
	if got := Merge([]event.Mention{bg}, opts()); len(got) != 0 {
		t.Errorf("background lead mention kept: %v", summary(got))
	}
}

func TestMergeFactualityClasses(t *testing.T) {
	asserted := mention("a", 1, "visit", "2025-03-21", "person:shoigu")
	reported := mention("b", 1, "visit", "2025-03-21", "person:shoigu")
	reported.Factuality, reported.Source = event.Reported, "org:kcna"
	negated := mention("c", 1, "visit", "2025-03-21", "person:shoigu")
	negated.Factuality = event.Negated
	got := Merge([]event.Mention{reported, negated, asserted}, opts())
	if len(got) != 2 {
		t.Fatalf("got %d events, want 2: %v", len(got), summary(got))
	}
	for _, e := range got {
		switch len(e.Sources) {
		case 2:
			if e.Factuality != "asserted" {
				t.Errorf("asserted+reported gave %s", e.Factuality)
			}
			if e.Sources[1].Reporter != "org:kcna" {
				t.Errorf("reporter lost: %+v", e.Sources)
			}
		case 1:
			if e.Factuality != "negated" {
				t.Errorf("lone event is %s, want negated", e.Factuality)
			}
		}
	}
}

func TestMergeConflicts(t *testing.T) {
	a := mention("a", 4, "military_deployment", "2024", "country:PRK")
	a.Quantities = []event.Quantity{{Min: 10000, Max: 12000, Unit: "troops", Approx: true, Text: "about 10,000 to 12,000 troops"}}
	a.Location = "country:RUS"
	b := mention("b", 2, "military_deployment", "2024", "country:PRK")
	b.Quantities = []event.Quantity{{Min: 12000, Max: 12000, Unit: "troops", Text: "12,000 troops"}}
	b.Location = "place:kursk"
	c := mention("c", 2, "military_deployment", "2024", "country:PRK")
	c.Quantities = []event.Quantity{{Min: 12000, Max: 12000, Unit: "troops", Text: "some 12,000 soldiers"}}
	c.Location = "place:kursk"
	got := Merge([]event.Mention{c, b, a}, opts())
	if len(got) != 1 {
		t.Fatalf("got %v, want one event", summary(got))
	}
	e := got[0]
	want := []string{
		"location: country:RUS (a) vs place:kursk (b, c)",
		"quantity troops: 10000-12000 (a) vs 12000 (b, c)",
	}
	if !slices.Equal(e.Conflicts, want) {
		t.Errorf("conflicts:\n got %q\nwant %q", e.Conflicts, want)
	}
	if e.Location != "place:kursk" {
		t.Errorf("location = %q, want the majority place:kursk", e.Location)
	}
	if len(e.Quantities) != 1 || e.Quantities[0].Min != 10000 {
		t.Errorf("quantities = %+v, want the first stated", e.Quantities)
	}
}

func TestMergeLocationInsideCountry(t *testing.T) {
	a := mention("a", 1, "visit", "2025-03-21", "person:shoigu")
	a.Location = "country:PRK"
	b := mention("b", 1, "visit", "2025-03-21", "person:shoigu")
	b.Location = "place:pyongyang"
	c := mention("c", 1, "visit", "2025-03-21", "person:shoigu")
	c.Location = "country:PRK"
	got := Merge([]event.Mention{a, b, c}, opts())
	if len(got) != 1 || got[0].Location != "place:pyongyang" || len(got[0].Conflicts) != 0 {
		t.Errorf("got %+v, want Pyongyang without conflict", got)
	}
}

func TestMergeEvent(t *testing.T) {
	a := mention("a", 3, "visit", "2025-03", "person:shoigu")
	a.Location = "place:pyongyang"
	b := mention("b", 1, "meeting", "2025-03-21", "person:shoigu", "person:kim")
	b.Title = "Shoigu meets Kim"
	b.Time.Relative = true
	b.Basis = event.Relative
	c := mention("c", 0, "meeting", "2025-03-21", "person:kim", "person:shoigu")
	c.Confidence = 0.5
	got := Merge([]event.Mention{a, b, c}, opts())
	if len(got) != 1 {
		t.Fatalf("got %v, want one event", summary(got))
	}
	e := got[0]
	wantDate := timeline.Date{Value: "2025-03-21", Start: "2025-03-21", End: "2025-03-21", Granularity: "day", Basis: "relative"}
	if e.Date != wantDate {
		t.Errorf("date = %+v, want %+v", e.Date, wantDate)
	}
	if e.Type != "meeting" || e.CAMEO != "040" || e.Title != "Shoigu meets Kim" {
		t.Errorf("type/cameo/title = %s/%s/%q", e.Type, e.CAMEO, e.Title)
	}
	wantP := []timeline.Participant{{Actor: "person:shoigu", Role: "agent"}, {Actor: "person:kim", Role: "counterpart"}}
	if !reflect.DeepEqual(e.Participants, wantP) {
		t.Errorf("participants = %+v, want %+v", e.Participants, wantP)
	}
	if e.Location != "place:pyongyang" {
		t.Errorf("location = %q", e.Location)
	}
	if len(e.Sources) != 3 || e.Sources[0].Doc != "a" || e.Sources[2].Doc != "c" {
		t.Errorf("sources = %+v", e.Sources)
	}
	if e.Confidence != 1 {
		t.Errorf("confidence = %v, want 1 (one document is certain)", e.Confidence)
	}
	if !strings.HasPrefix(e.ID, "ev-2025-03-21-meeting-") {
		t.Errorf("id = %q", e.ID)
	}
}

func TestMergeDeterministic(t *testing.T) {
	ms := []event.Mention{
		mention("a", 0, "meeting", "2025-03-21", "person:shoigu", "person:kim"),
		mention("b", 2, "meeting", "2025-03-21", "person:kim", "person:shoigu"),
		mention("c", 1, "visit", "2025-03", "person:shoigu"),
		mention("a", 1, "visit", "2023", "person:shoigu"),
		mention("a", 2, "visit", "2024-09", "person:shoigu"),
		mention("b", 4, "weapons_test", "2025-03-10", "country:PRK"),
		mention("d", 4, "weapons_test", "", "country:PRK"),
	}
	want := Merge(ms, opts())
	r := rand.New(rand.NewPCG(1, 2))
	for range 20 {
		shuffled := slices.Clone(ms)
		r.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		if got := Merge(shuffled, opts()); !reflect.DeepEqual(got, want) {
			t.Fatalf("order-dependent result:\n%v\n%v", summary(got), summary(want))
		}
	}
}

func TestCompatible(t *testing.T) {
	tests := []struct {
		a, b event.Type
		want bool
	}{
		{"visit", "visit", true},
		{"visit", "meeting", true},
		{"visit", "negotiation", true},
		{"attack", "killing", true},
		{"attack", "capture", true},
		{"assault", "killing", true},
		{"weapons_test", "military_exercise", false},
		{"agreement", "meeting", false},
		{"abduction", "attack", false},
		{"visit", "weapons_test", false},
		{"phone_call", "meeting", false},
		{"unknown_a", "unknown_b", false},
	}
	for _, tt := range tests {
		if got := Compatible(tt.a, tt.b); got != tt.want {
			t.Errorf("Compatible(%s, %s) = %v", tt.a, tt.b, got)
		}
	}
}

// TestMergeDCTRange: the mentions of a document whose DCT is known only to
// an interval are dated by it (a named weekday by it and the week before,
// a yearless month by its year); unresolvable ones stay undatable.
func TestMergeDCTRange(t *testing.T) {
	unresolved := func(m event.Mention, v string) event.Mention {
		m.Time, m.Basis = &timex.Timex{Type: timex.Date, Value: v}, event.Relative
		return m
	}
	ms := []event.Mention{
		mention("u", 1, event.Meeting, "", "person:lavrov", "person:kim"),
		unresolved(mention("u", 2, event.Visit, "", "person:envoy"), "XXXX-WXX-1"),
		unresolved(mention("u", 3, event.Statement, "", "person:kim"), "XXXX-04"),
		unresolved(mention("u", 4, event.Attack, "", "person:general"), "PAST_REF"),
		func() event.Mention {
			m := mention("u", 6, event.Arrest, "", "person:chief")
			m.Basis = event.PublicationBound
			return m
		}(),
	}
	o := opts()
	o.DCTRange = map[string]timex.Interval{"u": {Start: time.Date(2025, 6, 21, 0, 0, 0, 0, time.UTC), End: time.Date(2025, 12, 31, 0, 0, 0, 0, time.UTC)}}
	var got []string
	for _, e := range Merge(ms, o) {
		got = append(got, fmt.Sprintf("%s %s %s..%s %s", e.Type, e.Date.Value, e.Date.Start, e.Date.End, e.Date.Granularity))
	}
	slices.Sort(got)
	want := []string{
		"arrest 2025-12-31 ..2025-12-31 day", // on or before the interval's end
		"meeting 2025 2025-06-21..2025-12-31 year",
		"statement 2025-04 2025-04-01..2025-04-30 month",
		"visit 2025 2025-06-14..2025-12-31 year",
	}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	anon := []event.Mention{{Doc: "u", Sentence: 5, Type: "meeting", Factuality: event.Asserted, Basis: event.Publication, Quote: "Talks were held."}}
	if got := Merge(anon, o); len(got) != 0 {
		t.Errorf("anonymous mention dated by a DCT range kept: %v", summary(got))
	}
}

// TestMergeDeathKept checks that a publication-dated death naming only the
// one who died (its target) stays on the timeline: that person says whom
// it concerns, as an appointee does.
func TestMergeDeathKept(t *testing.T) {
	m := event.Mention{Doc: "a", Sentence: 9, Type: event.Death, Factuality: event.Asserted, Basis: event.Publication, Quote: "Brenner died of cancer.",
		Participants: []event.Participant{{ActorID: "person:brenner", Role: event.Target}}}
	if got := summary(Merge([]event.Mention{m}, opts())); !slices.Equal(got, []string{"2025-03-21 death a"}) {
		t.Errorf("death with its dead dropped: got %v", got)
	}
}

// TestMergeReleaseKept checks that a publication-dated release naming only
// the one freed (its target) stays on the timeline: the freed says whom it
// concerns.
func TestMergeReleaseKept(t *testing.T) {
	m := event.Mention{Doc: "a", Sentence: 7, Type: event.Release, Factuality: event.Asserted, Basis: event.Publication, Quote: "Halvorsen was freed after two hours.",
		Participants: []event.Participant{{ActorID: "person:halvorsen", Role: event.Target}}}
	if got := summary(Merge([]event.Mention{m}, opts())); !slices.Equal(got, []string{"2025-03-21 release a"}) {
		t.Errorf("release with its freed dropped: got %v", got)
	}
}

// TestMergeOneHappeningTakers: a mention naming no agent that two events
// would take is no ambiguity when those events are one happening told
// apart: the unnamed telling of a sentence in two articles and the
// court's verdict of the same day in a third are one verdict. With the
// verdicts of two courts on the person that day, the unnamed tellings
// join neither.
func TestMergeOneHappeningTakers(t *testing.T) {
	o := opts()
	sentenced := func(doc, agent string) event.Mention {
		m := mention(doc, 4, event.Verdict, "2025-03-16", agent)
		return with(m, event.Target, "person:vell")
	}
	checkMerges(t, o, []mergeCase{
		{"two unnamed tellings and the court's: one verdict",
			[]event.Mention{sentenced("a", "org:court"), sentenced("b", ""), sentenced("c", "")},
			[]string{"2025-03-16 verdict a,b,c"}},
		{"three unnamed tellings of one day: one verdict",
			[]event.Mention{sentenced("a", ""), sentenced("b", ""), sentenced("c", "")},
			[]string{"2025-03-16 verdict a,b,c"}},
		{"two courts: the unnamed tellings join neither",
			[]event.Mention{sentenced("a", "org:court"), sentenced("b", "org:tribunal"), sentenced("c", ""), sentenced("d", "")},
			[]string{"2025-03-16 verdict a", "2025-03-16 verdict b", "2025-03-16 verdict c", "2025-03-16 verdict d"}},
	})
}
