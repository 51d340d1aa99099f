package pipeline

import (
	"cmp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chronograph-news/chronograph/event"
	"github.com/chronograph-news/chronograph/timeline"
	"github.com/chronograph-news/chronograph/timex"
)

func date(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

// dayTimex is an absolute day-precise expression.
func dayTimex(s string) timex.Timex {
	d := date(s)
	return timex.Timex{Type: timex.Date, Value: s, Granularity: timex.Day, Interval: &timex.Interval{Start: d, End: d}}
}

func pubMention(typ event.Type, agent, counterpart string) event.Mention {
	m := event.Mention{Doc: "u", Type: typ, Factuality: event.Asserted, Basis: event.Publication,
		Participants: []event.Participant{{ActorID: agent, Role: event.Agent}}}
	if counterpart != "" {
		m.Participants = append(m.Participants, event.Participant{ActorID: counterpart, Role: event.Counterpart})
	}
	return m
}

// onWeekday dates m by an unresolved weekday value (XXXX-WXX-N).
func onWeekday(m event.Mention, v string) event.Mention {
	m.Time, m.Basis = &timex.Timex{Type: timex.Date, Value: v}, event.Relative
	return m
}

// inSentence puts m in sentence i.
func inSentence(i int, m event.Mention) event.Mention {
	m.Sentence = i
	return m
}

// yearTimex is the expression of year y at offset start.
func yearTimex(y, start int) timex.Timex {
	from := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
	return timex.Timex{Start: start, Type: timex.Date, Value: strconv.Itoa(y), Granularity: timex.Year,
		Interval: &timex.Interval{Start: from, End: from.AddDate(1, 0, -1)}}
}

func knownEvent(id, typ, day string, actors ...string) timeline.Event {
	e := timeline.Event{ID: id, Type: typ, Date: timeline.Date{Value: day, Start: day, End: day, Granularity: "day", Basis: "explicit"}}
	for i, a := range actors {
		role := "agent"
		if i > 0 {
			role = "counterpart"
		}
		e.Participants = append(e.Participants, timeline.Participant{Actor: a, Role: role})
	}
	return e
}

func TestInferDCT(t *testing.T) {
	meeting := knownEvent("ev-m", "meeting", "2025-03-21", "person:shoigu", "person:kim")
	thursdayTest := knownEvent("ev-t", "weapons_test", "2025-03-20", "country:PRK")
	fridayTest := knownEvent("ev-f", "weapons_test", "2025-03-21", "country:PRK")
	tests := []struct {
		name     string
		text     string
		timexes  []timex.Timex
		mentions []event.Mention
		known    []timeline.Event
		want     string // a day, an Inference.Range, or "" when nothing can be inferred
		conf     float64
		why      string // in the reason, when set
	}{
		{
			name:     "same event dated elsewhere, told twice",
			text:     "Shoigu met Kim in Pyongyang. The two men met for hours.",
			mentions: []event.Mention{pubMention(event.Meeting, "person:kim", "person:shoigu"), pubMention(event.Meeting, "person:shoigu", "person:kim")},
			known:    []timeline.Event{meeting},
			want:     "2025-03-21", conf: matchConfidence,
		},
		{
			name:     "compatible type: a visit during the meeting, told twice",
			text:     "Shoigu arrived in Pyongyang. His visit ended on Friday.",
			mentions: []event.Mention{pubMention(event.Visit, "person:shoigu", ""), pubMention(event.Visit, "person:shoigu", "")},
			known:    []timeline.Event{meeting},
			want:     "2025-03-21", conf: matchConfidence,
		},
		{
			name:     "one sentence is one vote, however many mentions",
			text:     "Shoigu met Kim in Pyongyang and the two men held talks.",
			mentions: []event.Mention{inSentence(4, pubMention(event.Meeting, "person:kim", "person:shoigu")), inSentence(4, pubMention(event.Meeting, "person:shoigu", "person:kim"))},
			known:    []timeline.Event{meeting},
			want:     "",
		},
		{
			name:     "one sentence, even on the weekday named, is too thin",
			text:     "Shoigu arrived in Pyongyang on Friday.",
			mentions: []event.Mention{pubMention(event.Visit, "person:shoigu", "")},
			known:    []timeline.Event{meeting},
			want:     "",
		},
		{
			name:     "another agent does not match",
			text:     "Lavrov met Kim.",
			mentions: []event.Mention{pubMention(event.Meeting, "person:lavrov", "person:kim")},
			known:    []timeline.Event{meeting},
			want:     "",
		},
		{
			name: "dated mentions are not evidence",
			text: "Shoigu met Kim in 2024.",
			mentions: []event.Mention{func() event.Mention {
				m := pubMention(event.Meeting, "person:shoigu", "")
				m.Time = &timex.Timex{Value: "2024"}
				return m
			}()},
			known: []timeline.Event{meeting},
			want:  "",
		},
		{
			name:     "a country alone: the weekday named picks the day",
			text:     "North Korea tested a missile on Friday, its third test of 2025. It flew far.",
			timexes:  []timex.Timex{yearTimex(2025, 58)},
			mentions: []event.Mention{pubMention(event.WeaponsTest, "country:PRK", ""), pubMention(event.WeaponsTest, "country:PRK", "")},
			known:    []timeline.Event{thursdayTest, fridayTest},
			want:     "2025-03-21", conf: matchConfidence,
		},
		{
			name:     "a country alone in a text naming no year: the match would give the year",
			text:     "North Korea tested a missile on Friday. It flew far.",
			mentions: []event.Mention{pubMention(event.WeaponsTest, "country:PRK", ""), pubMention(event.WeaponsTest, "country:PRK", "")},
			known:    []timeline.Event{thursdayTest, fridayTest},
			want:     "",
		},
		{
			name:     "a country alone, with no weekday to agree, is too thin",
			text:     "North Korea tested a missile. It was its third test.",
			mentions: []event.Mention{pubMention(event.WeaponsTest, "country:PRK", ""), pubMention(event.WeaponsTest, "country:PRK", "")},
			known:    []timeline.Event{fridayTest, thursdayTest},
			want:     "",
		},
		{
			name:     "one mention, with no weekday to agree, is too thin",
			text:     "Shoigu met Kim in Pyongyang.",
			mentions: []event.Mention{pubMention(event.Meeting, "person:kim", "person:shoigu")},
			known:    []timeline.Event{meeting},
			want:     "",
		},
		{
			name:     "mentions matching two days equally, with no weekday, date neither",
			text:     "Shoigu met Kim. Kim thanked Shoigu.",
			mentions: []event.Mention{pubMention(event.Meeting, "person:shoigu", "person:kim"), pubMention(event.Meeting, "person:shoigu", "person:kim")},
			known:    []timeline.Event{knownEvent("ev-m0", "meeting", "2025-03-14", "person:shoigu", "person:kim"), meeting},
			want:     "",
		},
		{
			name:     "a match years after every year the text names is rejected",
			text:     "Shoigu met Kim, as he had in 2019. They met for hours.",
			timexes:  []timex.Timex{{Type: timex.Date, Value: "2019", Start: 27, Interval: &timex.Interval{Start: time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC), End: time.Date(2019, 12, 31, 0, 0, 0, 0, time.UTC)}}},
			mentions: []event.Mention{pubMention(event.Meeting, "person:shoigu", "person:kim"), pubMention(event.Meeting, "person:shoigu", "person:kim")},
			known:    []timeline.Event{meeting},
			want:     "",
		},
		{
			name:     "match before the lower bound is rejected",
			text:     "On Wednesday, April 2, 2025 it said Shoigu met Kim. They met for hours.",
			timexes:  []timex.Timex{dayTimex("2025-04-02")},
			mentions: []event.Mention{pubMention(event.Meeting, "person:shoigu", "person:kim"), pubMention(event.Meeting, "person:shoigu", "person:kim")},
			known:    []timeline.Event{meeting},
			want:     "",
		},
		{
			name:    "a weekday after the lower bound gives no day: the bound may be years old",
			text:    "In its Feb. 27 statement it warned; the minister left on Friday.",
			timexes: []timex.Timex{dayTimex("2025-02-27")}, // a Thursday
			want:    "",
		},
		{
			name:    "nor the weekday of the lower bound itself (a record set on Wednesday, Oct. 21, 1987)",
			text:    "It met on Thursday, Feb. 27.",
			timexes: []timex.Timex{dayTimex("2025-02-27")},
			want:    "",
		},
		{
			name:    "the latest full date is the bound",
			text:    "The treaty of 2024-06-19 and the launch of 2025-03-10, on Monday.",
			timexes: []timex.Timex{dayTimex("2025-03-10"), dayTimex("2024-06-19"), {Type: timex.Date, Value: "2025", Granularity: timex.Year, Interval: &timex.Interval{Start: date("2025-01-01"), End: date("2025-12-31")}}},
			want:    "", why: "only a lower bound, the latest full date 2025-03-10",
		},
		{
			name:    "the latest full date alone gives no day",
			text:    "The treaty of 2024-06-19 and the launch of 2025-03-10.",
			timexes: []timex.Timex{dayTimex("2025-03-10"), dayTimex("2024-06-19")},
			want:    "",
		},
		{
			name:    "relative dates are no bound",
			text:    "Yesterday it launched.",
			timexes: []timex.Timex{func() timex.Timex { x := dayTimex("2025-03-20"); x.Relative = true; return x }()},
			want:    "",
		},
		{
			name:    "a yearless month in a past sentence raises the bound, to an interval with no day",
			text:    "The letter of Jan. 9, 2025 came first. In late May, the envoy visited; he returned on Tuesday.",
			timexes: []timex.Timex{dayTimex("2025-01-09"), {Start: 42, End: 50, Text: "late May", Type: timex.Date, Value: "XXXX-05", Mod: "END"}},
			want:    "2025-05-21/2025-12-31", conf: rangeConfidence, // not the first Tuesday after May 21: weeks may have passed
		},
		{
			name: "a mention dated by a weekday alone matches an event on that weekday",
			text: "Shoigu met Kim on Friday. Their talks on Friday went on for hours.",
			mentions: []event.Mention{onWeekday(pubMention(event.Meeting, "person:shoigu", "person:kim"), "XXXX-WXX-5"),
				onWeekday(pubMention(event.Meeting, "person:shoigu", "person:kim"), "XXXX-WXX-5")},
			known: []timeline.Event{knownEvent("ev-thu", "meeting", "2025-03-20", "person:shoigu", "person:kim"), meeting},
			want:  "2025-03-21", conf: matchConfidence,
		},
		{
			name: "a weekday that fits no matched event dates nothing",
			text: "Shoigu met Kim on Tuesday. Their talks on Tuesday were long.",
			mentions: []event.Mention{onWeekday(pubMention(event.Meeting, "person:shoigu", "person:kim"), "XXXX-WXX-2"),
				onWeekday(pubMention(event.Meeting, "person:shoigu", "person:kim"), "XXXX-WXX-2")},
			known: []timeline.Event{meeting},
			want:  "",
		},
		{
			name:     "a match on another weekday than the one the text names first is another occurrence",
			text:     "The envoy said on Tuesday that Shoigu met Kim. The two men met for hours.",
			timexes:  []timex.Timex{{Start: 17, End: 24, Text: "Tuesday", Type: timex.Date, Value: "XXXX-WXX-2"}},
			mentions: []event.Mention{pubMention(event.Meeting, "person:kim", "person:shoigu"), pubMention(event.Meeting, "person:shoigu", "person:kim")},
			known:    []timeline.Event{meeting}, // a Friday
			want:     "",
		},
		{
			name:     "a match on the day after the weekday named holds: a report filed the next morning",
			text:     "The envoy said on Thursday that Shoigu met Kim. The two men met for hours.",
			timexes:  []timex.Timex{{Start: 17, End: 25, Text: "Thursday", Type: timex.Date, Value: "XXXX-WXX-4"}},
			mentions: []event.Mention{pubMention(event.Meeting, "person:kim", "person:shoigu"), pubMention(event.Meeting, "person:shoigu", "person:kim")},
			known:    []timeline.Event{meeting},
			want:     "2025-03-21", conf: matchConfidence,
		},
		{
			name:     "a mention matching several days shares its vote: no day",
			text:     "The minister met the envoy, the ministry said Friday.",
			mentions: []event.Mention{pubMention(event.Meeting, "person:minister", ""), pubMention(event.Meeting, "person:minister", "")},
			known: []timeline.Event{knownEvent("ev-a", "meeting", "2025-03-07", "person:minister"),
				knownEvent("ev-b", "meeting", "2025-03-21", "person:minister")}, // both Fridays
			want: "",
		},
		{
			name:    "a full date of a year before one the text names binds no day",
			text:    "The pact of June 19, 2019 still holds, the 2025 report says; talks resumed on Monday.",
			timexes: []timex.Timex{dayTimex("2019-06-19"), {Start: 50, Type: timex.Date, Value: "2025", Granularity: timex.Year, Interval: &timex.Interval{Start: date("2025-01-01"), End: date("2025-12-31")}}},
			want:    "",
		},
		{
			name:    "a yearless month in a future sentence does not",
			text:    "The letter of Jan. 9, 2025 came on Thursday. The envoy will visit in May.",
			timexes: []timex.Timex{dayTimex("2025-01-09"), {Start: 69, End: 72, Text: "May", Type: timex.Date, Value: "XXXX-05"}},
			want:    "", why: "only a lower bound, the latest full date 2025-01-09",
		},
		{
			name:    "a full date in a sentence about the future is no bound",
			text:    "The letter of Jan. 9, 2025 came on Thursday. The vote will be held on March 3, 2025.",
			timexes: []timex.Timex{dayTimex("2025-01-09"), func() timex.Timex { x := dayTimex("2025-03-03"); x.Start = 70; return x }()},
			want:    "", why: "only a lower bound, the latest full date 2025-01-09",
		},
		{
			name:    "a full date in a quotation pins no day",
			text:    `"We began on April 15, 1947," the chairman said on Monday.`,
			timexes: []timex.Timex{func() timex.Timex { x := dayTimex("1947-04-15"); x.Start = 13; return x }()},
			want:    "",
		},
		{
			name:    "a full date in the past perfect pins no day",
			text:    "He had led the party before he retired on Oct. 31, 2003. Talks began on Friday.",
			timexes: []timex.Timex{func() timex.Timex { x := dayTimex("2003-10-31"); x.Start = 42; return x }()},
			want:    "",
		},
		{
			name: "nothing to go on",
			text: "Talks continued on Friday.",
			want: "",
		},
	}
	for _, tt := range tests {
		for i := range tt.mentions {
			if tt.mentions[i].Sentence == 0 {
				tt.mentions[i].Sentence = i // each its own sentence unless set
			}
		}
		inf, ok := InferDCT(tt.text, tt.timexes, tt.mentions, tt.known)
		got := inf.text(ok)
		if got != tt.want {
			t.Errorf("%s: inferred %q (%s), want %q", tt.name, got, inf.Reason, tt.want)
			continue
		}
		if tt.why != "" && !strings.Contains(inf.Reason, tt.why) {
			t.Errorf("%s: reason %q, want it to say %q", tt.name, inf.Reason, tt.why)
		}
		if ok && inf.Confidence != tt.conf {
			t.Errorf("%s: confidence %v, want %v", tt.name, inf.Confidence, tt.conf)
		}
		if ok && inf.Reason == "" {
			t.Errorf("%s: no reason given", tt.name)
		}
		if ok && (inf.Earliest.After(inf.Latest) || !inf.DCT.IsZero() && !(inf.Earliest.Equal(inf.DCT) && inf.Latest.Equal(inf.DCT))) {
			t.Errorf("%s: interval %v..%v does not fit the day %v", tt.name, inf.Earliest, inf.Latest, inf.DCT)
		}
	}
}

// TestInferDCTHistoricalReason: a text whose only full date is history
// gets no DCT, and the reason says so.
func TestInferDCTHistoricalReason(t *testing.T) {
	tx := []timex.Timex{dayTimex("1949-10-06"), {Type: timex.Date, Value: "2024", Granularity: timex.Year, Interval: &timex.Interval{Start: date("2024-01-01"), End: date("2024-12-31")}}}
	inf, ok := InferDCT("The treaty signed on Oct. 6, 1949 was renewed in 2024; the envoy arrived on Friday.", tx, nil, nil)
	if ok || !strings.Contains(inf.Reason, "no DCT") || !strings.Contains(inf.Reason, "1949-10-06") {
		t.Errorf("inferred %v (ok %v, reason %q), want none with the reason naming the historical date", inf.DCT, ok, inf.Reason)
	}
}

func TestInferenceRange(t *testing.T) {
	tests := []struct {
		inf  Inference
		want string
	}{
		{Inference{Earliest: date("2025-06-01"), Latest: date("2025-06-30")}, "2025-06"},
		{Inference{Earliest: date("2025-06-21"), Latest: date("2025-12-31")}, "2025-06-21/2025-12-31"},
		{dayInference(date("2025-06-21"), 1, "x"), ""},
		{Inference{}, ""},
	}
	for _, tt := range tests {
		if got := tt.inf.Range(); got != tt.want {
			t.Errorf("Range of %v..%v = %q, want %q", tt.inf.Earliest, tt.inf.Latest, got, tt.want)
		}
	}
}

func TestInferDCTDateline(t *testing.T) {
	tests := []struct {
		name, text string
		want       string
		dateline   bool // the reason names the dateline
	}{
		{"dateline with its year", "BEIJING, Nov. 17, 2005 (Xinhua) -- The ministry said on Monday that output rose.", "2005-11-17", true},
		{"yearless dateline after the latest full date", "LUSAKA, Nov. 1 (Xinhua) -- Output in the year ending Sept. 30, 2006 rose, the firm said.", "2006-11-01", true},
		{"yearless dateline in January after a December date", "Markets\nTOKYO, Jan. 4 (Kyodo) - Shares fell after the Dec. 28, 2006 close.", "2007-01-04", true},
		{"yearless dateline with no year in the text", "TOKYO, March 3 (Kyodo) - Shares fell on Friday.", "", false},
		{"a place in title case before an agency", "Harbour City, Nov. 17, 2005 (Wire) -- The ministry said on Monday that output rose.", "2005-11-17", true},
		{"an agency and no dash", "HARBOUR CITY, Nov. 17, 2005 (Wire) The ministry said on Monday that output rose.", "2005-11-17", true},
		{"a place in title case with no agency is no dateline", "Harbour City, Nov. 17, 2005 -- The ministry said on Monday that output rose.", "", false},
		{"a date mid-sentence is no dateline", "Shares fell in Tokyo, March 2, 2006 - a bad day - and rose on Friday.", "", false}, // a bound, no day
	}
	for _, tt := range tests {
		inf, ok := inferText(tt.text)
		got := inf.text(ok)
		if got != tt.want {
			t.Errorf("%s: inferred %q (%s), want %q", tt.name, got, inf.Reason, tt.want)
		}
		if ok && strings.Contains(inf.Reason, "dateline") != tt.dateline {
			t.Errorf("%s: reason %q", tt.name, inf.Reason)
		}
	}
}

func TestInferDCTCountedYear(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"an anniversary gives the year", "The firm, founded in 1975, marked its 50th anniversary on Monday.", "2025-01-01/2025-12-31"},
		{"and a yearless month the start", "The firm, founded in 1975, marked its 50th anniversary. In March it opened a plant.", "2025-03-01/2025-12-31"},
		{"and a yearless dateline the day", "TOKYO, June 3 (Kyodo) - The firm, founded in 1975, marked its 50th anniversary.", "2025-06-03"},
		{"years ago", "Twenty years after the war, and 20 years ago, in 2005, the dam opened.", "2025-01-01/2025-12-31"},
		{"a year marking the anniversary is its own", "The year 2016 marks the 40th anniversary of the treaty.", ""},
		{"a year far from years ago is of something else", "Exports in the first nine months of 2015 rose 3 percent, compared to a fall 10 years ago.", "2015-10-01/2015-12-31"},
		{"a year far from the anniversary is of something else", "The parade marked the 50th anniversary of the army and capped the long celebrations of the birthday of its leader, in power since 1959.", ""},
		{"a coming anniversary is no evidence", "The firm, founded in 1975, will mark its 50th anniversary.", ""},
		{"a later year named wins over the count", "The firm, founded in 1975, marked its 50th anniversary. Sales rose in 2027.", ""},
		{"readings that disagree give nothing", "The firm, founded in 1975, marked its 50th anniversary. The club, founded in 1990, marked its 10th anniversary.", ""},
	}
	for _, tt := range tests {
		inf, ok := inferText(tt.text)
		got := inf.text(ok)
		if got != tt.want {
			t.Errorf("%s: inferred %q (%s), want %q", tt.name, got, inf.Reason, tt.want)
		}
	}
}

// TestInferDCTProspectsAndRecords: a date scheduled ahead bounds nothing,
// and a date a record is compared with is background: it lends its year
// to no yearless month.
func TestInferDCTProspectsAndRecords(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"a date set ahead is no bound for a yearless dateline", "LUSAKA, Nov. 28 (Xinhua) -- Candidates were chosen for the elections set for Jan. 25, 2006.", ""},
		{"nor a date due", "LUSAKA, Nov. 28 (Xinhua) -- Candidates were chosen for the vote due on Jan. 25, 2006.", ""},
		{"a date told as news is", "LUSAKA, Nov. 28 (Xinhua) -- Candidates were chosen in the vote held on Jan. 25, 2006.", "2006-11-28"},
		{"a record's date lends no year to a month", "In February the yen hit its highest level since January 18, 1993, the bank said.", ""},
		{"last December is no month of the date's year", "On January 18, 1993 the bank said the yen rose. It fell last December.", ""},
		{"a reported date does", "On January 18, 1993 the bank said the yen rose. In February it fell.", "1993-02-01/1993-12-31"},
	}
	for _, tt := range tests {
		inf, ok := inferText(tt.text)
		got := inf.text(ok)
		if got != tt.want {
			t.Errorf("%s: inferred %q (%s), want %q", tt.name, got, inf.Reason, tt.want)
		}
	}
}

// inferText infers the DCT of text alone, its time expressions tagged
// without one.
func inferText(text string) (Inference, bool) {
	return InferDCT(text, timex.Tag(text, time.Time{}), nil, nil)
}

// text returns what an inference gives, as the tests write it: its
// range, else its day ("" when ok is false).
func (inf Inference) text(ok bool) string {
	if !ok {
		return ""
	}
	return cmp.Or(inf.Range(), inf.DCT.Format(time.DateOnly))
}
