package timelinejs

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/chronograph-news/chronograph/export/exporttest"
	"github.com/chronograph-news/chronograph/timeline"
)

// The consumer tests load timelinejs.json into TimelineJS 3 itself (the npm
// package @knight-lab/timelinejs that .ci/run installs into .tools/) in
// headless Chromium, and compare what it built with what we meant.

// tlPackage is the npm package of TimelineJS 3.
const tlPackage = "@knight-lab/timelinejs"

// consumerReport is what testdata/page.html writes into the page once
// TimelineJS has loaded (or failed to).
type consumerReport struct {
	Done   string   `json:"done"`   // "loaded", or "timeout" when "loaded" never fired
	Errors []string `json:"errors"` // config errors, window errors, console.error/warn
	Logs   []string `json:"logs"`   // console.log (TimelineJS logs skipped events there)
	Slides []struct {
		ID       string `json:"id"`
		Title    bool   `json:"title"`
		Headline string `json:"headline"`
		Date     string `json:"date"`
	} `json:"slides"`
	Markers []string `json:"markers"` // headlines of the time navigator's markers
	Dates   []struct {
		ID    string `json:"id"`
		Start []int  `json:"start"` // year, month, day TimelineJS made of start_date
		End   []int  `json:"end"`   // the same for end_date; nil without one
	} `json:"dates"`
	Message string `json:"message"` // TimelineJS's message box, left only on failure

	// Filled in by the test, not the page.
	Requests []string `json:"-"` // URLs the page requested that are not file: or data:
	Log      string   `json:"-"` // Chromium's log
}

// loadInTimelineJS opens data in TimelineJS in headless Chromium and
// returns its report, with the remote requests the page made (found in
// Chromium's net log) and the browser's log.
func loadInTimelineJS(t *testing.T, data []byte) consumerReport {
	t.Helper()
	nm := exporttest.NodeModules(t, tlPackage)
	dist := filepath.Join(nm, filepath.FromSlash(tlPackage), "dist")
	for _, f := range []string{"js/timeline.js", "css/timeline.css"} {
		if _, err := os.Stat(filepath.Join(dist, f)); err != nil {
			t.Fatalf("%s has no dist/%s: %v", tlPackage, f, err)
		}
	}
	tmpl, err := os.ReadFile(filepath.Join("testdata", "page.html"))
	if err != nil {
		t.Fatal(err)
	}
	distURL := (&url.URL{Scheme: "file", Path: filepath.ToSlash(dist)}).String()
	// "</" would end the data's script element; "<\/" is the same JSON string.
	inline := bytes.ReplaceAll(data, []byte("</"), []byte(`<\/`))
	page := strings.NewReplacer("{{DIST}}", distURL, "{{DATA}}", string(inline)).Replace(string(tmpl))
	dir := t.TempDir()
	file := filepath.Join(dir, "index.html")
	if err := os.WriteFile(file, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	netlog := filepath.Join(dir, "netlog.json")
	pageURL := (&url.URL{Scheme: "file", Path: filepath.ToSlash(file)}).String()
	// The virtual time budget lets TimelineJS's timers and animations run
	// to the end without waiting for them.
	dom, logs := chromium(t, pageURL, "--dump-dom", "--virtual-time-budget=15000", "--log-net-log="+netlog)
	m := resultRe.FindStringSubmatch(dom)
	if m == nil {
		t.Fatalf("page wrote no result; DOM:\n%.3000s\nlog:\n%s", dom, logs)
	}
	var r consumerReport
	if err := json.Unmarshal([]byte(html.UnescapeString(m[1])), &r); err != nil {
		t.Fatalf("result: %v: %s", err, m[1])
	}
	r.Requests, r.Log = exporttest.PageRequests(t, netlog), logs
	return r
}

var resultRe = regexp.MustCompile(`(?s)<pre id="consumer-result">(\{.*?)</pre>`)

// chromium runs headless Chromium on pageURL with the extra flags.
func chromium(t *testing.T, pageURL string, extra ...string) (string, string) {
	t.Helper()
	return exporttest.Chromium(t, pageURL, append([]string{
		"--window-size=1280,800",
		// Without this every file:// URL is its own origin, so errors thrown
		// inside timeline.js reach the page's hooks muted ("Script error.")
		// or, for rejected promises, not at all.
		"--allow-file-access-from-files",
	}, extra...)...)
}

// problems compares what TimelineJS built (r) with the document we meant
// it to show (want) and lists every difference: a remote request, an error
// TimelineJS or the page raised, a missing or extra slide, a headline, id,
// display date or date that did not come through.
func problems(r consumerReport, want Document) []string {
	var p []string
	for _, u := range r.Requests {
		p = append(p, "page requested "+u)
	}
	if r.Done != "loaded" {
		p = append(p, fmt.Sprintf("TimelineJS never fired \"loaded\" (message %q)", r.Message))
	}
	for _, e := range r.Errors {
		p = append(p, "error: "+e)
	}
	for _, l := range r.Logs {
		p = append(p, "console.log: "+l)
	}
	// TimelineJS shows the title slide first, then the events by date.
	var slides []Slide
	if want.Title != nil {
		slides = append(slides, *want.Title)
	}
	slides = append(slides, want.Events...)
	if len(r.Slides) != len(slides) {
		p = append(p, fmt.Sprintf("TimelineJS built %d slides, want %d", len(r.Slides), len(slides)))
	}
	if len(r.Markers) != len(want.Events) {
		p = append(p, fmt.Sprintf("TimelineJS placed %d markers on its axis, want %d", len(r.Markers), len(want.Events)))
	}
	for i := 0; i < len(r.Slides) && i < len(slides); i++ {
		got, s := r.Slides[i], slides[i]
		if title := i == 0 && want.Title != nil; got.Title != title {
			p = append(p, fmt.Sprintf("slide %d: title slide %v, want %v", i, got.Title, title))
		}
		// our headlines are HTML; TimelineJS sets them as innerHTML.
		if h := html.UnescapeString(s.Text.Headline); got.Headline != h {
			p = append(p, fmt.Sprintf("slide %d: headline %q, want %q", i, got.Headline, h))
		}
		if s.UniqueID != "" && got.ID != s.UniqueID {
			p = append(p, fmt.Sprintf("slide %d: id %q, want %q", i, got.ID, s.UniqueID))
		}
		if s.DisplayDate != "" && got.Date != s.DisplayDate {
			p = append(p, fmt.Sprintf("slide %d (%s): date shown %q, want our display_date %q", i, s.UniqueID, got.Date, s.DisplayDate))
		}
		if s.StartDate != nil && !strings.Contains(got.Date, fmt.Sprint(s.StartDate.Year)) {
			p = append(p, fmt.Sprintf("slide %d (%s): date shown %q lacks the year %d", i, s.UniqueID, got.Date, s.StartDate.Year))
		}
	}
	// TimelineJS must read each of our dates as the day, month or year we
	// wrote (an unset month or day is its first).
	resolved := map[string][2][]int{}
	for _, d := range r.Dates {
		resolved[d.ID] = [2][]int{d.Start, d.End}
	}
	for _, s := range want.Events {
		got, ok := resolved[s.UniqueID]
		if !ok {
			p = append(p, fmt.Sprintf("%s: TimelineJS has no such event", s.UniqueID))
			continue
		}
		if w := ymd(s.StartDate); !slices.Equal(got[0], w) {
			p = append(p, fmt.Sprintf("%s: TimelineJS reads start_date as %v, want %v", s.UniqueID, got[0], w))
		}
		if w := ymd(s.EndDate); !slices.Equal(got[1], w) {
			p = append(p, fmt.Sprintf("%s: TimelineJS reads end_date as %v, want %v", s.UniqueID, got[1], w))
		}
	}
	return p
}

// ymd returns d as TimelineJS should read it: year, month, day, the unset
// parts being 1; nil for no date.
func ymd(d *Date) []int {
	if d == nil {
		return nil
	}
	return []int{d.Year, max(d.Month, 1), max(d.Day, 1)}
}

// consumerFixture returns the sorted fixture plus an event without a date,
// which the encoder must leave out, and with a title that would end the
// page's data element or run a script if anything along the way (our HTML
// escaping, the page's inlining, TimelineJS's sanitizer) slipped.
func consumerFixture() *timeline.Timeline {
	tl := exporttest.Sorted()
	ev := tl.Events[0]
	ev.ID, ev.Title = "ev-undated-5", "Undated talks"
	ev.Date = timeline.Date{Value: "PAST_REF", Basis: "explicit"}
	tl.Events = append(tl.Events, ev)
	tl.Events[0].Title = `Lemuria tests "</script><script>window.hit=1</script>" <img src=x onerror=alert(1)>`
	return tl
}

// TestTimelineJS loads the fixture's timelinejs.json into TimelineJS 3:
// no error, one slide per dated event plus the title slide, our headlines
// and ids, and our display dates (a season, a late month) shown as written.
func TestTimelineJS(t *testing.T) {
	tl := consumerFixture()
	doc := Build(tl)
	if len(doc.Events) != len(tl.Events)-1 || doc.Title == nil {
		t.Fatalf("Build made %d event slides (title %v), want %d and a title", len(doc.Events), doc.Title != nil, len(tl.Events)-1)
	}
	r := loadInTimelineJS(t, encode(t, tl))
	for _, p := range problems(r, doc) {
		t.Error(p)
	}
	// the season event is there, with our display date (checked above for
	// every slide; this guards against the fixture losing it).
	found := false
	for _, s := range r.Slides {
		if s.ID == "ev-2024-fa-military_deployment-1" {
			found = true
			if s.Date != "Fall 2024" {
				t.Errorf("season slide shows %q, want %q", s.Date, "Fall 2024")
			}
		}
	}
	if !found {
		t.Errorf("no season slide among %+v", r.Slides)
	}
	if t.Failed() {
		t.Logf("TimelineJS report: %+v\nChromium log:\n%s", r, r.Log)
	}
}

// TestTimelineJSDetectsBadData proves the consumer check is real: each
// damaged copy of the fixture's JSON must make [problems] report something,
// through TimelineJS's own error, a page error, or a slide that did not
// come out as we meant.
func TestTimelineJSDetectsBadData(t *testing.T) {
	tl := exporttest.Sorted()
	doc := Build(tl)
	good := encode(t, tl)
	tests := []struct {
		name   string
		damage func(ev []map[string]any)
		want   string // a substring of one of the problems
	}{
		// TimelineJS throws on a date part that is not a number.
		{"month not a number", func(ev []map[string]any) { date(ev[1])["month"] = "Sept" }, "TLError invalid_date_err [month = 'Sept']"},
		{"day not a number", func(ev []map[string]any) { date(ev[3])["day"] = "21st" }, "TLError invalid_date_err [day = '21st']"},
		// A bad end date gets past the first pass and into TimelineJS's
		// config errors, which it shows in its message box.
		{"end month not a number", func(ev []map[string]any) {
			ev[1]["end_date"].(map[string]any)["month"] = "Nov."
		}, "error: TimelineJS: Invalid date: month, day and year must be numbers. [month = 'Nov.']"},
		// It silently reads month 13 as February of the same year (the JS
		// Date rolls over into the next year, then TimelineJS puts the year
		// back), and a missing year as year 0; only comparing dates catches
		// those.
		{"month 13", func(ev []map[string]any) { date(ev[2])["month"] = 13 }, "ev-2025-03-meeting-2: TimelineJS reads start_date as [2025 2 1], want [2025 3 1]"},
		{"missing year", func(ev []map[string]any) { delete(date(ev[3]), "year") }, "ev-2025-03-21-visit-3: TimelineJS reads start_date as [0 3 21]"},
		// Media would be fetched from the network: the net log sees it.
		{"remote media", func(ev []map[string]any) {
			ev[0]["media"] = map[string]any{"url": "http://example.invalid/troops.png"}
		}, "page requested http://example.invalid/troops.png"},
		// It skips an event without a start date, logging it.
		{"missing start date", func(ev []map[string]any) { delete(ev[0], "start_date") }, "TimelineJS built 5 slides, want 6"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var raw map[string]any
			if err := json.Unmarshal(good, &raw); err != nil {
				t.Fatal(err)
			}
			var ev []map[string]any
			for _, e := range raw["events"].([]any) {
				ev = append(ev, e.(map[string]any))
			}
			tt.damage(ev)
			bad, err := json.Marshal(raw)
			if err != nil {
				t.Fatal(err)
			}
			r := loadInTimelineJS(t, bad)
			p := problems(r, doc)
			t.Logf("problems: %q", p)
			if len(p) == 0 {
				t.Fatalf("damaged data passed the check; TimelineJS report: %+v", r)
			}
			if !strings.Contains(strings.Join(p, "\n"), tt.want) {
				t.Errorf("no problem mentions %q: %q", tt.want, p)
			}
		})
	}
}

// date returns a slide's start_date object.
func date(slide map[string]any) map[string]any { return slide["start_date"].(map[string]any) }
