package pipeline

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chronograph-news/chronograph/document"
	"github.com/chronograph-news/chronograph/timex"
)

func TestStoryTerms(t *testing.T) {
	sig := storyTerms("The Zorvan dam's gates: ZORVAN officials opened the dam. An ox.")
	count := map[uint32]uint16{}
	for i, tc := range sig {
		if i > 0 && sig[i-1].Term >= tc.Term {
			t.Fatalf("signature not sorted by term: %v", sig)
		}
		count[tc.Term] = tc.N
	}
	for _, c := range []struct {
		word string
		n    uint16
	}{{"zorvan", 2}, {"dam", 2}, {"the", 2}, {"gates", 1}, {"officials", 1}, {"ox", 0}, {"an", 0}, {"s", 0}} {
		if got := count[termHash(c.word)]; got != c.n {
			t.Errorf("count of %q = %d, want %d", c.word, got, c.n)
		}
	}
	long := strings.Repeat("alpha ", 3)
	for i := range maxStoryTerms + 40 {
		long += "w" + strings.Repeat("x", i%7) + string(rune('a'+i%26)) + string(rune('a'+i/26)) + " "
	}
	if got := storyTerms(long); len(got) != maxStoryTerms {
		t.Errorf("a long text keeps %d terms, want %d", len(got), maxStoryTerms)
	} else if !containsTerm(got, termHash("alpha")) {
		t.Error("the most frequent term was not kept")
	}
}

func termHash(w string) uint32 {
	s := storyTerms(w)
	if len(s) != 1 {
		return 0
	}
	return s[0].Term
}

func containsTerm(s StorySig, term uint32) bool {
	for _, tc := range s {
		if tc.Term == term {
			return true
		}
	}
	return false
}

// storyCorpus is made-up news: three articles of one story (a dam on the
// Velka river, filed on two days), an undated one of it, and others.
func storyCorpus() (texts []string, dcts []time.Time, ids []string) {
	add := func(id, dct, text string) {
		var d time.Time
		if dct != "" {
			d, _ = time.Parse(time.DateOnly, dct)
		}
		texts, dcts, ids = append(texts, text), append(dcts, d), append(ids, id)
	}
	add("dam1", "2031-05-06", "Engineers warned that the Velka dam near Ostrova could breach after the Velka river rose, and Ostrova was evacuated.")
	add("dam2", "2031-05-07", "The Velka dam near Ostrova held overnight, engineers said, but Ostrova stayed evacuated as the Velka river rose.")
	add("dam3", "2031-05-07", "Residents of Ostrova waited in shelters while engineers shored up the Velka dam on the Velka river.")
	add("undated", "", "Engineers said on Wednesday the Velka dam near Ostrova held as the Velka river fell, and evacuated residents of Ostrova waited.")
	// other news, which makes the common words common
	for i, text := range []string{
		"The finance ministry said the budget was presented with higher taxes on fuel and tobacco.",
		"The home side won the cup final after a late goal, the coach said.",
		"A court fined the shipping company for dumping oil in the harbour, the prosecutor said.",
		"The minister said the new railway line was opened after delays, and trains were full.",
		"The central bank said the interest rate was held, and the currency rose.",
		"The festival was opened by the mayor, who said the city was proud of the artists.",
	} {
		add(fmt.Sprintf("other%d", i), fmt.Sprintf("2031-0%d-10", i+1), text)
	}
	return texts, dcts, ids
}

func TestStoryIndex(t *testing.T) {
	texts, dcts, ids := storyCorpus()
	sigs := make([]StorySig, len(texts))
	for i, s := range texts {
		sigs[i] = storyTerms(s)
	}
	x := newStoryIndex(sigs, dcts, ids)
	ev := x.story(sigs[3], "undated")
	if len(ev.neighbors) < 3 {
		t.Fatalf("neighbors = %+v, want the three dam articles first", ev.neighbors)
	}
	got := map[string]bool{}
	for i, n := range ev.neighbors[:3] {
		got[n.ID] = true
		if i > 0 && n.Cos > ev.neighbors[i-1].Cos {
			t.Errorf("neighbors not nearest first: %+v", ev.neighbors)
		}
	}
	if !got["dam1"] || !got["dam2"] || !got["dam3"] || ev.neighbors[0].Cos < minStoryCos {
		t.Errorf("neighbors = %+v, want dam1..3 first, the nearest of cosine %.2f or more", ev.neighbors, minStoryCos)
	}
	for _, n := range x.story(sigs[0], "dam1").neighbors {
		if n.ID == "dam1" {
			t.Error("a document is its own neighbor")
		}
	}
	if ev := x.story(nil, "none"); len(ev.neighbors) != 0 {
		t.Errorf("an empty signature has neighbors %+v", ev.neighbors)
	}
}

func TestStoryDay(t *testing.T) {
	d := func(s string) time.Time { x, _ := time.Parse(time.DateOnly, s); return x }
	n := func(id, dct string, cos float64) storyNeighbor { return storyNeighbor{ID: id, DCT: d(dct), Cos: cos} }
	agreeing := []storyNeighbor{n("a", "2031-05-07", 0.5), n("b", "2031-05-06", 0.4), n("c", "2031-05-07", 0.2)}
	tests := []struct {
		name      string
		neighbors []storyNeighbor
		weekday   time.Weekday
		noWeekday bool
		bound     string
		year      int
		want      string // the day, "" for none
	}{
		{name: "the weekday among the story's days", neighbors: agreeing, weekday: time.Tuesday, want: "2031-05-06"},
		{name: "the weekday the day after", neighbors: agreeing, weekday: time.Thursday, want: "2031-05-08"},
		{name: "the weekday two days after", neighbors: agreeing, weekday: time.Friday},
		{name: "no weekday named", neighbors: agreeing, noWeekday: true},
		{name: "one close article", neighbors: []storyNeighbor{n("a", "2031-05-07", 0.5), n("c", "2031-05-07", 0.2)}, weekday: time.Wednesday},
		{name: "the story's articles disagree", weekday: time.Wednesday,
			neighbors: []storyNeighbor{n("a", "2031-05-07", 0.5), n("b", "2031-05-06", 0.4), n("x", "2031-06-20", 0.3), n("y", "2030-01-02", 0.3)}},
		{name: "a far article of low cosine is not weighed", weekday: time.Wednesday, want: "2031-05-07",
			neighbors: append(agreeing[:2:2], n("x", "2031-06-20", storyLooseCos/2))},
		{name: "a full date the text reports is later", neighbors: agreeing, weekday: time.Wednesday, bound: "2031-05-09"},
		{name: "a year the text names is later", neighbors: agreeing, weekday: time.Wednesday, year: 2032},
		{name: "an earlier year named", neighbors: agreeing, weekday: time.Wednesday, year: 2030, want: "2031-05-07"},
	}
	for _, tt := range tests {
		inf, ok := storyDay(storyEvidence{neighbors: tt.neighbors}, tt.weekday, !tt.noWeekday, d(tt.bound), tt.bound != "", tt.year, tt.year != 0)
		switch {
		case tt.want == "" && ok:
			t.Errorf("%s: inferred %+v, want none", tt.name, inf)
		case tt.want != "" && (!ok || dateOnly(inf.DCT) != tt.want):
			t.Errorf("%s: inferred %v %+v, want %s", tt.name, ok, inf, tt.want)
		case ok && (inf.Confidence != storyConfidence || !strings.Contains(inf.Reason, "of its story")):
			t.Errorf("%s: confidence %.1f, reason %q", tt.name, inf.Confidence, inf.Reason)
		}
	}
}

func TestFirstWeekday(t *testing.T) {
	tx := timex.Tag("The mayor will visit on Friday. She said on Tuesday and on Monday that the bridge was safe.", time.Time{})
	if wd, ok := firstWeekday(tx); !ok || wd != time.Tuesday {
		t.Errorf("firstWeekday = %v %v, want Tuesday (Friday is a prospect)", wd, ok)
	}
	if _, ok := firstWeekday(timex.Tag("The bridge was safe.", time.Time{})); ok {
		t.Error("a weekday found in a text that names none")
	}
}

// TestBuildStory: an undated article of a story two dated articles tell,
// which names a weekday, is dated through the build by their days.
func TestBuildStory(t *testing.T) {
	texts, dcts, ids := storyCorpus()
	var docs []document.Document
	for i := range texts {
		d := document.Document{ID: ids[i], Path: ids[i] + ".txt", Text: texts[i], DCT: dcts[i], DCTOrigin: document.Header}
		if dcts[i].IsZero() {
			d.DCTOrigin = document.None
		}
		docs = append(docs, d)
	}
	tl, errs := Build(docs, Options{})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	for _, d := range tl.Documents {
		if d.ID != "undated" {
			continue
		}
		if d.DCT != "2031-05-07" || d.DCTOrigin != "inferred" || !strings.Contains(d.DCTReason, "of its story") {
			t.Errorf("undated document = %+v, want 2031-05-07 (the Wednesday of its story's days), inferred from its story", d)
		}
		return
	}
	t.Error("the undated document is not on the timeline")
}

// TestStagesStory checks that the stages an engine runs give an undated
// document the story evidence Build gives it (NewStories, Redate): the
// same timeline, the undated document dated by its story.
func TestStagesStory(t *testing.T) {
	texts, dcts, ids := storyCorpus()
	var in []document.Document
	for i := range texts {
		d := document.Document{ID: ids[i], Path: ids[i] + ".txt", Text: texts[i], DCT: dcts[i], DCTOrigin: document.Header}
		if dcts[i].IsZero() {
			d.DCTOrigin = document.None
		}
		in = append(in, d)
	}
	opt := Options{}
	want, errs := Build(slices.Clone(in), opt)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	st, err := NewStages(opt)
	if err != nil {
		t.Fatal(err)
	}
	docs, _ := Prepare(in, opt)
	resolved, actors, errs := st.Resolve(docs, nil)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	names := ActorNames(actors)
	var analyses []Analysis
	for i := range docs {
		a, err := st.Analyze(&docs[i], resolved[i].Actors, names)
		if err != nil {
			t.Fatal(err)
		}
		analyses = append(analyses, a)
	}
	known, stories := Known(analyses, actors), NewStories(analyses)
	for i := range analyses {
		if analyses[i].DCT.IsZero() {
			if err := st.Redate(&analyses[i], &docs[i], resolved[i].Actors, names, known, stories); err != nil {
				t.Fatal(err)
			}
		}
	}
	got, errs := Finish(docs, analyses, actors, opt)
	if got == nil {
		t.Fatal(errs)
	}
	a, _ := json.Marshal(want)
	b, _ := json.Marshal(got)
	if string(a) != string(b) {
		t.Errorf("the stages give another timeline than Build:\n%s\nwant\n%s", b, a)
	}
	for _, d := range got.Documents {
		if d.ID == "undated" && d.DCT != "2031-05-07" {
			t.Errorf("undated document = %+v, want 2031-05-07 from its story", d)
		}
	}
}
