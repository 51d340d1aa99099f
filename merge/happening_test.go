package merge

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/chronograph-news/chronograph/event"
	"github.com/chronograph-news/chronograph/timex"
)

// atTime returns m dated by a TIMEX3 value with a time of day
// ("2025-03-20TAF", "2025-03-20T10:00"), as the tagger resolves it.
func atTime(m event.Mention, value string) event.Mention {
	g, iv, ok := timex.ParseValue(value)
	if !ok {
		panic("bad value " + value)
	}
	m.Time = &timex.Timex{Type: timex.Time, Value: value, Granularity: g, Interval: iv}
	m.Basis = event.Relative
	return m
}

// TestMergeTimesOfDay checks rule 4 with times of day: a time of day lies
// inside its day, so "the blast at 10:00" is Sunday's bombing told again,
// while the morning's and the night's attacks of one day stay two events
// even when a mention dated only by the day could join either.
func TestMergeTimesOfDay(t *testing.T) {
	tests := []struct {
		name     string
		mentions []event.Mention
		want     []string
	}{
		{
			"a time of day joins the event of its day",
			[]event.Mention{
				with(mention("a", 0, event.Killing, "2025-03-20", ""), event.Target, "agent:UKR:civilians"),
				atTime(mention("a", 2, event.Attack, "", ""), "2025-03-20T10:00"),
			},
			[]string{"2025-03-20T10:00 killing a"},
		},
		{
			"an afternoon joins the publication-dated report of its day",
			[]event.Mention{
				atTime(mention("a", 1, event.Attack, "", "agent:-:gunmen"), "2025-03-21TAF"),
				mention("a", 4, event.Attack, "", "agent:-:gunmen"),
			},
			[]string{"2025-03-21TAF attack a"},
		},
		{
			"far in its article, a time of day joins the one event of its type and day",
			[]event.Mention{
				mention("a", 0, event.Accident, "2025-03-20", ""),
				atTime(mention("a", 9, event.Accident, "", ""), "2025-03-20T07:30"),
			},
			[]string{"2025-03-20T07:30 accident a"},
		},
		{
			"far in its article, a time of day of another day stays apart",
			[]event.Mention{
				mention("a", 0, event.Accident, "2025-03-19", ""),
				atTime(mention("a", 9, event.Accident, "", ""), "2025-03-20T07:30"),
			},
			[]string{"2025-03-19 accident a", "2025-03-20T07:30 accident a"},
		},
		{
			"a time of day and another day stay apart",
			[]event.Mention{
				mention("a", 0, event.Killing, "2025-03-19", ""),
				atTime(mention("a", 1, event.Attack, "", ""), "2025-03-20TMO"),
			},
			[]string{"2025-03-19 killing a", "2025-03-20TMO attack a"},
		},
		{
			"the morning's and the night's attacks stay two, the day's mention joins one",
			[]event.Mention{
				atTime(with(mention("a", 0, event.Attack, "", "country:ISR"), event.Target, "org:hamas"), "2025-03-20TNI"),
				atTime(mention("a", 3, event.Attack, "", "agent:ISR:military"), "2025-03-20TMO"),
				mention("a", 2, event.Killing, "2025-03-20", ""),
			},
			[]string{"2025-03-20TMO attack a", "2025-03-20TNI attack a"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := summary(Merge(tt.mentions, opts()))
			slices.Sort(got)
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

// TestNests checks the containment of rule 4 on intervals of days and of
// times of day.
func TestNests(t *testing.T) {
	iv := func(v string) *timex.Interval {
		_, i, ok := timex.ParseValue(v)
		if !ok {
			t.Fatalf("bad value %s", v)
		}
		return i
	}
	tests := []struct {
		a, b string
		want bool
	}{
		{"2025-03-20", "2025-03-20T10:00", true},
		{"2025-03-20", "2025-03-20TNI", true},
		{"2025-03", "2025-03-31TEV", true},
		{"2025-03-20TMO", "2025-03-20TNI", false},
		{"2025-03-20TMO", "2025-03-20T10:00", true},
		{"2025-03-19", "2025-03-20TMO", false},
		{"2025-03-20", "2025-03-21", false},
		{"2025", "2025-03-20", true},
	}
	for _, tt := range tests {
		if got := nests(iv(tt.a), iv(tt.b)); got != tt.want {
			t.Errorf("nests(%s, %s) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
		if got := nests(iv(tt.b), iv(tt.a)); got != tt.want {
			t.Errorf("nests(%s, %s) = %v, want %v", tt.b, tt.a, got, tt.want)
		}
	}
}

// TestAttachSalientPlace checks that an anonymous report naming its own
// place ("a bomb killed four in Town A") does not join its article's
// event of the day told without that place, while one naming no place
// does.
func TestAttachSalientPlace(t *testing.T) {
	o := guardOpts()
	evening := atTime(mention("a", 9, event.Attack, "", ""), "2025-03-21TEV")
	tests := []mergeCase{
		{
			"no place: the day's event of its article",
			[]event.Mention{evening, mention("a", 2, event.Killing, "", "")},
			[]string{"2025-03-21TEV attack a"},
		},
		{
			"its own place: an event of its own",
			[]event.Mention{evening, at(mention("a", 2, event.Killing, "", ""), "place:town3")},
			[]string{"2025-03-21 killing a", "2025-03-21TEV attack a"},
		},
	}
	checkMerges(t, o, tests)
}

// TestAbsorbBySide checks the late pass for an event whose mentions name
// no agent or counterpart: those naming a side decide, the others of
// their sentence go along. "Hariri was killed in a bombing in February"
// told twice, far apart in one article, is one event; a killing of
// another man that month stays apart, and so does a bombing told at
// another place.
func TestAbsorbBySide(t *testing.T) {
	o := guardOpts()
	killed := func(sent int, victim string) event.Mention {
		return with(mention("a", sent, event.Killing, "2025-02", ""), event.Target, victim)
	}
	bombing := func(sent int) event.Mention { return mention("a", sent, event.Attack, "2025-02", "") }
	tests := []mergeCase{
		{
			"the killing told again with its bombing joins the first telling",
			[]event.Mention{killed(2, "person:hariri"), bombing(2), killed(12, "person:hariri"), bombing(12)},
			[]string{"2025-02 killing a"},
		},
		{
			"another victim's killing stays apart",
			[]event.Mention{killed(2, "person:hariri"), bombing(2), killed(12, "person:tueni"), bombing(12)},
			[]string{"2025-02 killing a", "2025-02 killing a"},
		},
		{
			"a bombing told at another place stays apart",
			[]event.Mention{at(killed(2, "person:hariri"), "place:town1"), killed(12, "person:hariri"), at(bombing(12), "place:town2")},
			[]string{"2025-02 killing a", "2025-02 killing a"},
		},
	}
	checkMerges(t, o, tests)
}

// TestAttachBackground checks that a background mention ("during the
// demonstration", "the signing") adds its sentence to the one event of
// its document it can refer to, adds nothing else, and is dropped when
// it could refer to none or to several.
func TestAttachBackground(t *testing.T) {
	o := guardOpts()
	bgm := func(m event.Mention) event.Mention {
		m.Background, m.Anaphor = true, true
		return m
	}
	habit := func(m event.Mention) event.Mention {
		m.Background = true
		return m
	}
	protest := mention("a", 1, event.Protest, "2025-03-20", "agent:UKR:students")
	tests := []struct {
		name     string
		mentions []event.Mention
		want     []string // events: "type sentences"
	}{
		{
			"the one event of its kind in its document",
			[]event.Mention{protest, bgm(mention("a", 2, event.Protest, "", ""))},
			[]string{"protest 1,2"},
		},
		{
			"no event of its kind: dropped",
			[]event.Mention{protest, bgm(mention("a", 2, event.Visit, "", "person:putin"))},
			[]string{"protest 1"},
		},
		{
			"an event of its kind in another document only: dropped",
			[]event.Mention{protest, bgm(mention("b", 2, event.Protest, "", ""))},
			[]string{"protest 1"},
		},
		{
			"two events it could mean: dropped",
			[]event.Mention{protest, mention("a", 5, event.Protest, "2025-03-18", "agent:UKR:workers"), bgm(mention("a", 7, event.Protest, "", ""))},
			[]string{"protest 1", "protest 5"},
		},
		{
			"another agent's act: dropped",
			[]event.Mention{protest, bgm(mention("a", 2, event.Protest, "", "agent:RUS:workers"))},
			[]string{"protest 1"},
		},
		{
			"it names the event's agent",
			[]event.Mention{protest, bgm(mention("a", 6, event.Protest, "", "agent:UKR:students"))},
			[]string{"protest 1,6"},
		},
		{
			"it names an agent the event lacks: dropped, whatever the event's agents",
			[]event.Mention{mention("a", 1, event.Protest, "2025-03-20", ""), bgm(mention("a", 6, event.Protest, "", "agent:UKR:students"))},
			[]string{"protest 1 no participant"},
		},
		{
			"a victim the event does not name: dropped",
			[]event.Mention{with(mention("a", 1, event.Attack, "2025-03-20", ""), event.Target, "place:town1"),
				bgm(with(mention("a", 2, event.Killing, "", ""), event.Target, "person:detainee"))},
			[]string{"attack 1"},
		},
		{
			"a victim inside the place the event's target is",
			[]event.Mention{with(mention("a", 1, event.Attack, "2025-03-20", ""), event.Target, "country:UKR"),
				bgm(with(mention("a", 2, event.Killing, "", ""), event.Target, "place:town1"))},
			[]string{"attack 1,2"},
		},
		{
			"a victim of an event naming no side: kept",
			[]event.Mention{mention("a", 1, event.Funeral, "2025-03-20", ""),
				bgm(with(mention("a", 2, event.Funeral, "", ""), event.Target, "person:detainee"))},
			[]string{"funeral 1,2 no participant"},
		},
		{
			"a habit, not a reference: dropped",
			[]event.Mention{protest, habit(mention("a", 2, event.Protest, "", ""))},
			[]string{"protest 1"},
		},
		{
			"told only after it, out of the lead: dropped",
			[]event.Mention{mention("a", 5, event.Protest, "2025-03-20", "agent:UKR:students"), bgm(mention("a", 3, event.Protest, "", ""))},
			[]string{"protest 5"},
		},
		{
			"in the lead, told after it",
			[]event.Mention{mention("a", 5, event.Protest, "2025-03-20", "agent:UKR:students"), bgm(mention("a", 0, event.Protest, "", ""))},
			[]string{"protest 0,5"},
		},
		{
			"an event after its article's date: dropped",
			[]event.Mention{mention("a", 1, event.Protest, "2025-03-25", "agent:UKR:students"), bgm(mention("a", 2, event.Protest, "", ""))},
			[]string{"protest 1"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, e := range Merge(tt.mentions, o) {
				var sents []string
				for _, s := range e.Sources {
					sents = append(sents, fmt.Sprint(s.Sentence))
				}
				line := e.Type + " " + strings.Join(sents, ",")
				if len(e.Participants) == 0 {
					line += " no participant"
				}
				got = append(got, line)
			}
			slices.Sort(got)
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

// TestBoundSharesSide checks that a mention told as done before the news
// of the day ("Dar had been arrested in Town A"), naming no agent, joins far away
// in its article the event of its type dated by its own expression that
// shares its target ("the army arrested Dar on March 10"), and not the
// same act of another article, nor an arrest of another man (alone, it
// says neither who nor when, and is dropped).
func TestBoundSharesSide(t *testing.T) {
	o := guardOpts()
	dated := with(mention("a", 1, event.Arrest, "2025-03-10", "agent:IND:military"), event.Target, "person:dar")
	tests := []struct {
		name     string
		mentions []event.Mention
		want     []string
	}{
		{
			"its article, at a place the event does not name",
			[]event.Mention{dated, at(with(bound("a", 12, event.Arrest, ""), event.Target, "person:dar"), "place:town1")},
			[]string{"2025-03-10 arrest: 2 sources"},
		},
		{
			"another article",
			[]event.Mention{dated, with(bound("b", 12, event.Arrest, ""), event.Target, "person:dar")},
			[]string{"2025-03-10 arrest: 1 sources"},
		},
		{
			"another target",
			[]event.Mention{dated, with(bound("a", 12, event.Arrest, ""), event.Target, "person:khan")},
			[]string{"2025-03-10 arrest: 1 sources"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, e := range Merge(tt.mentions, o) {
				got = append(got, fmt.Sprintf("%s %s: %d sources", e.Date.Value, e.Type, len(e.Sources)))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

// mergeCase is a set of made-up mentions and the summaries of the events
// Merge must make of them, sorted.
type mergeCase struct {
	name     string
	mentions []event.Mention
	want     []string
}

// checkMerges merges each case's mentions with o and checks the events.
func checkMerges(t *testing.T, o Options, tests []mergeCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := summary(Merge(tt.mentions, o))
			slices.Sort(got)
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}
