package timelinejs

import (
	"encoding/json"
	"flag"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronograph-news/chronograph/export/exporttest"
	"github.com/chronograph-news/chronograph/timeline"
)

// update is read by exporttest.Golden through flag.Lookup.
var update = flag.Bool("update", false, "rewrite the golden files in testdata")

const schemaFile = "testdata/timelinejs.schema.json"

var golden = filepath.Join("testdata", "timelinejs.json")

func encode(t *testing.T, tl *timeline.Timeline) []byte { return exporttest.Encode(t, Encode, tl, nil) }

func TestGolden(t *testing.T) {
	exporttest.GoldenStable(t, golden, func() []byte { return encode(t, exporttest.Sorted()) })
}

func TestDates(t *testing.T) {
	tests := []struct {
		name       string
		in         timeline.Date
		start, end *Date
		display    string
	}{
		{"year", timeline.Date{Value: "2023", Start: "2023-01-01", End: "2023-12-31", Granularity: "year"}, &Date{Year: 2023}, nil, ""},
		{"month", timeline.Date{Value: "2024-06", Start: "2024-06-01", End: "2024-06-30", Granularity: "month"}, &Date{Year: 2024, Month: 6}, nil, ""},
		{"late month", timeline.Date{Value: "2025-03", Start: "2025-03-01", End: "2025-03-31", Granularity: "month", Mod: "END"}, &Date{Year: 2025, Month: 3}, nil, "Late March 2025"},
		{"day", timeline.Date{Value: "2025-03-21", Start: "2025-03-21", End: "2025-03-21", Granularity: "day"}, &Date{Year: 2025, Month: 3, Day: 21}, nil, ""},
		{"fall", timeline.Date{Value: "2024-FA", Start: "2024-09-01", End: "2024-11-30", Granularity: "season"}, &Date{Year: 2024, Month: 9}, &Date{Year: 2024, Month: 11}, "Fall 2024"},
		{"winter", timeline.Date{Value: "2024-WI", Start: "2024-12-01", End: "2025-02-28", Granularity: "season"}, &Date{Year: 2024, Month: 12}, &Date{Year: 2025, Month: 2}, "Winter 2024"},
		{"season without code", timeline.Date{Value: "X", Start: "2024-06-01", End: "2024-08-31", Granularity: "season"}, &Date{Year: 2024, Month: 6}, &Date{Year: 2024, Month: 8}, "Summer 2024"},
		{"quarter", timeline.Date{Value: "2024-Q3", Start: "2024-07-01", End: "2024-09-30", Granularity: "quarter"}, &Date{Year: 2024, Month: 7, Day: 1}, &Date{Year: 2024, Month: 9, Day: 30}, "Q3 2024"},
		{"decade", timeline.Date{Value: "201", Start: "2010-01-01", End: "2019-12-31", Granularity: "decade"}, &Date{Year: 2010, Month: 1, Day: 1}, &Date{Year: 2019, Month: 12, Day: 31}, "2010s"},
		{"week", timeline.Date{Value: "2025-W10", Start: "2025-03-03", End: "2025-03-09", Granularity: "week"}, &Date{Year: 2025, Month: 3, Day: 3}, &Date{Year: 2025, Month: 3, Day: 9}, "March 3–9, 2025"},
		{"week across months", timeline.Date{Value: "2025-W14", Start: "2025-03-31", End: "2025-04-06", Granularity: "week"}, &Date{Year: 2025, Month: 3, Day: 31}, &Date{Year: 2025, Month: 4, Day: 6}, "March 31 – April 6, 2025"},
		{"approx year", timeline.Date{Value: "2020", Start: "2020-01-01", End: "2020-12-31", Granularity: "year", Mod: "APPROX"}, &Date{Year: 2020}, nil, "About 2020"},
		{"publication-bound", timeline.Date{Value: "2025-03-22", End: "2025-03-22", Granularity: "day", Basis: timeline.BasisPublicationBound, Mod: timeline.ModOnOrBefore},
			&Date{Year: 2025, Month: 3, Day: 22}, nil, "On or before March 22, 2025"},
	}
	for _, tt := range tests {
		start, end, display, ok := dates(tt.in)
		if !ok {
			t.Errorf("%s: not placed", tt.name)
			continue
		}
		if *start != *tt.start || (end == nil) != (tt.end == nil) || end != nil && *end != *tt.end || display != tt.display {
			t.Errorf("%s: got %+v %+v %q, want %+v %+v %q", tt.name, start, end, display, tt.start, tt.end, tt.display)
		}
	}
	if _, _, _, ok := dates(timeline.Date{Value: "PAST_REF", Granularity: ""}); ok {
		t.Error("an undated event was placed")
	}
}

func TestUndatedLeftOut(t *testing.T) {
	tl := exporttest.Sorted()
	tl.Events[0].Date = timeline.Date{Value: "PAST_REF", Basis: "explicit"}
	doc := Build(tl)
	if len(doc.Events) != len(tl.Events)-1 {
		t.Errorf("%d slides, want %d", len(doc.Events), len(tl.Events)-1)
	}
	if !strings.Contains(doc.Title.Text.Text, "1 undated events are not shown") {
		t.Errorf("title does not count the undated event: %q", doc.Title.Text.Text)
	}
}

func TestTextEscaped(t *testing.T) {
	doc := Build(exporttest.Sorted())
	var meeting *Slide
	for i := range doc.Events {
		if doc.Events[i].UniqueID == "ev-2025-03-meeting-2" {
			meeting = &doc.Events[i]
		}
	}
	if meeting == nil {
		t.Fatal("no meeting slide")
	}
	if want := "O&#39;Neil meets Müller in &#34;Port\\City&#34;"; meeting.Text.Headline != want {
		t.Errorf("headline = %q, want %q", meeting.Text.Headline, want)
	}
	if want := `<blockquote>O&#39;Neil met Müller in late March.<br>She said: &#34;we agree&#34; \ &lt;b&gt;&amp;amp;&lt;/b&gt;</blockquote>`; !strings.Contains(meeting.Text.Text, want) {
		t.Errorf("quote not escaped as %q in %q", want, meeting.Text.Text)
	}
	if meeting.Group != "meeting" || meeting.DisplayDate != "Late March 2025" {
		t.Errorf("group %q, display %q", meeting.Group, meeting.DisplayDate)
	}
}

// TestBoundSlide checks that a publication-bound event is placed on its
// bound, says "On or before", and sits in a group of its own.
func TestBoundSlide(t *testing.T) {
	doc := Build(exporttest.Sorted())
	for _, sl := range doc.Events {
		if sl.UniqueID != "ev-2025-03-22-release-5" {
			if sl.Group == BoundGroup {
				t.Errorf("%s: in the publication-bound group", sl.UniqueID)
			}
			continue
		}
		if sl.Group != BoundGroup || sl.DisplayDate != "On or before March 22, 2025" || sl.EndDate != nil ||
			*sl.StartDate != (Date{Year: 2025, Month: 3, Day: 22}) || !strings.Contains(sl.Text.Text, "on or before 2025-03-22") {
			t.Errorf("bound slide: %+v", sl)
		}
		return
	}
	t.Error("no slide for the publication-bound event")
}

func TestValidatesAgainstSchema(t *testing.T) {
	s := exporttest.JSONSchema(t, schemaFile)
	for name, b := range map[string][]byte{
		"fixture": encode(t, exporttest.Sorted()),
		"empty":   encode(t, &timeline.Timeline{}),
	} {
		if err := exporttest.ValidateJSON(t, s, b); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
	// the schema is not vacuous.
	if err := exporttest.ValidateJSON(t, s, []byte(`{"events":[{"start_date":{"year":"2024","month":13}}]}`)); err == nil {
		t.Error("schema accepted a string year and month 13")
	}
}

// TestGranularity checks every slide's dates carry only the parts its
// event's granularity supports.
func TestGranularity(t *testing.T) {
	tl := exporttest.Sorted()
	var doc Document
	if err := json.Unmarshal(encode(t, tl), &doc); err != nil {
		t.Fatal(err)
	}
	gran := map[string]string{}
	for _, e := range tl.Events {
		gran[e.ID] = e.Date.Granularity
	}
	for _, s := range doc.Events {
		d := s.StartDate
		switch gran[s.UniqueID] {
		case "year":
			if d.Month != 0 || d.Day != 0 || s.EndDate != nil {
				t.Errorf("%s: year event with %+v", s.UniqueID, d)
			}
		case "month":
			if d.Month == 0 || d.Day != 0 || s.EndDate != nil {
				t.Errorf("%s: month event with %+v", s.UniqueID, d)
			}
		case "day":
			if d.Day == 0 {
				t.Errorf("%s: day event with %+v", s.UniqueID, d)
			}
		case "season":
			if d.Day != 0 || s.EndDate == nil || s.EndDate.Day != 0 || s.DisplayDate == "" {
				t.Errorf("%s: season event with %+v, end %+v, display %q", s.UniqueID, d, s.EndDate, s.DisplayDate)
			}
		}
	}
}

// TestAjv validates with ajv too (in its strict mode), when .ci/run
// installed it.
func TestAjv(t *testing.T) {
	exporttest.Ajv(t, schemaFile, exporttest.TempFile(t, "timelinejs.json", encode(t, exporttest.Sorted())), true)
}

func TestWrite(t *testing.T) {
	exporttest.CheckWrite(t, Write, FileName, golden)
}

// TestOnlyWebLinks: an article URL that is not http(s) ("javascript:",
// "data:") is shown as its title, never linked.
func TestOnlyWebLinks(t *testing.T) {
	for _, c := range []struct {
		url  string
		link bool
	}{
		{"https://example.org/a", true},
		{"HTTP://example.org/a", true},
		{"javascript:alert(1)", false},
		{" javascript:alert(1)", false},
		{"data:text/html,<b>x</b>", false},
		{"example.org/a", false},
	} {
		tl := exporttest.Sorted()
		for i := range tl.Documents {
			tl.Documents[i].URL = c.url
		}
		doc := Build(tl)
		linked := false
		for _, e := range doc.Events {
			linked = linked || strings.Contains(e.Text.Text, "<a href=")
		}
		if linked != c.link {
			t.Errorf("URL %q: linked %v, want %v", c.url, linked, c.link)
		}
	}
}
