package eval

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronograph-news/chronograph/diag"
	"github.com/chronograph-news/chronograph/timeline"
)

// loadCase reads the hand-made case of testdata/match: the articles a.txt
// and b.txt, their gold events and a timeline whose sources give only the
// quote (offsets and sentence indexes are found here, from the text).
func loadCase(t *testing.T) ([]Gold, []Prediction, map[string]*Article) {
	t.Helper()
	dir := filepath.Join("testdata", "match")
	arts := map[string]*Article{}
	for _, id := range []string{"a", "b"} {
		b, err := os.ReadFile(filepath.Join(dir, id+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		arts[id] = NewArticle(id, string(b))
	}
	f, err := os.Open(filepath.Join(dir, "gold.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	gold, err := ReadGold(f, "gold.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(dir, "timeline.json"))
	if err != nil {
		t.Fatal(err)
	}
	var tl timeline.Timeline
	if err := json.Unmarshal(b, &tl); err != nil {
		t.Fatal(err)
	}
	for i := range tl.Events {
		for k := range tl.Events[i].Sources {
			s := &tl.Events[i].Sources[k]
			a := arts[s.Doc]
			s.Start = strings.Index(a.Text, s.Quote)
			if s.Start < 0 {
				t.Fatalf("%s: quote %q not in %s", tl.Events[i].ID, s.Quote, s.Doc)
			}
			s.End = s.Start + len(s.Quote)
			s.Sentence = a.sentencesOf(s.Start, s.End)[0]
		}
	}
	return gold, Predictions(&tl, nil), arts
}

func TestMatch(t *testing.T) {
	gold, preds, arts := loadCase(t)
	m, err := Match(gold, preds, arts)
	if err != nil {
		t.Fatal(err)
	}
	// What each gold event matched ("" for none).
	wantGold := map[string]string{
		"a#1": "E1-visit", "a#2": "E2-meeting", "a#3": "E4-agreement", "a#4": "E8-protest",
		"b#1": "E1-visit", "b#2": "E7-test", "b#3": "E6-agreement", "b#4": "",
	}
	for gi, g := range m.Gold {
		got := ""
		if pi := m.GoldPred[gi]; pi >= 0 {
			got = m.Preds[pi].EventID
		}
		if got != wantGold[g.ID] {
			t.Errorf("%s matched %q, want %q", g.ID, got, wantGold[g.ID])
		}
	}
	// Each prediction (event@doc): the gold event it matched or
	// duplicates, and its duplicate kind.
	type status struct{ gold, dup string }
	wantPred := map[string]status{
		"E1-visit@a": {"a#1", ""}, "E1-visit@b": {"b#1", ""},
		"E2-meeting@a":   {"a#2", ""},
		"E3-statement@a": {"", ""}, // same sentence, no gold event of its type
		"E4-agreement@a": {"a#3", ""},
		"E5-agreement@a": {"a#3", Within}, // second agreement of the sentence
		"E6-agreement@b": {"b#3", Across}, // the treaty of a#3, not merged with E4
		"E7-test@b":      {"b#2", ""},
		"E8-protest@a":   {"a#4", ""},
	}
	if len(m.Preds) != len(wantPred) {
		t.Errorf("%d predictions, want %d", len(m.Preds), len(wantPred))
	}
	for pi, p := range m.Preds {
		key := p.EventID + "@" + p.Doc
		var got status
		if gi := m.PredGold[pi]; gi >= 0 {
			got.gold = m.Gold[gi].ID
		}
		got.dup = m.Dup[pi]
		if want, ok := wantPred[key]; !ok || got != want {
			t.Errorf("%s: got %+v, want %+v", key, got, want)
		}
	}

	r := m.Score()
	want := []Counts{
		{Split: Dev, Articles: 1, Gold: 4, Predicted: 6, Real: 5, Matched: 4, Strict: 4, TypeAgree: 4, CAMEORoot: 4,
			Participants: 4, Dates: 4, Duplicates: 1, DupWithin: 1, FullyRight: 4},
		// b#2: the test is dated by publication, not Monday, and has a
		// wrong target (Japan).
		{Split: Heldout, Articles: 1, Gold: 4, Predicted: 3, Real: 3, Matched: 3, Strict: 2, TypeAgree: 3, CAMEORoot: 3,
			Participants: 2, Dates: 2, Duplicates: 1, DupAcross: 1, FullyRight: 1},
		{Split: All, Articles: 2, Gold: 8, Predicted: 9, Real: 8, Matched: 7, Strict: 6, TypeAgree: 7, CAMEORoot: 7,
			Participants: 6, Dates: 6, Duplicates: 2, DupWithin: 1, DupAcross: 1, FullyRight: 5},
	}
	if len(r.Splits) != len(want) {
		t.Fatalf("%d splits, want %d", len(r.Splits), len(want))
	}
	for i, c := range r.Splits {
		if c != want[i] {
			t.Errorf("split %s:\n got %+v\nwant %+v", want[i].Split, c, want[i])
		}
	}
	if got := r.Splits[2].Rates(); got.Precision != 8.0/9 || got.Recall != 7.0/8 || got.FullyRight != 5.0/9 {
		t.Errorf("rates of all: %+v", got)
	}
	if len(r.MissedGold) != 1 || r.MissedGold[0].ID != "b#4" || r.MissedGold[0].Where != "gold.jsonl:9" {
		t.Errorf("missed gold: %+v", r.MissedGold)
	}
	if len(r.Unmatched) != 1 || r.Unmatched[0].ID != "E3-statement" || r.Unmatched[0].Start < 0 {
		t.Errorf("unmatched predictions: %+v", r.Unmatched)
	}
	// b#2 is the one matched gold event not fully right: date and
	// participants.
	if len(r.Wrong) != 1 || r.Wrong[0].ID != "b#2" || r.Wrong[0].Event != "E7-test" ||
		strings.Join(r.Wrong[0].Wrong, ",") != "participants,date" || r.Wrong[0].Start < 0 {
		t.Errorf("wrong: %+v", r.Wrong)
	}
}

// TestMatchMissingEvidence: a gold event whose evidence is not in the text
// is reported at its line and counted as missed.
func TestMatchMissingEvidence(t *testing.T) {
	gold, preds, arts := loadCase(t)
	gold[1].Evidence = "He never met anyone"
	m, err := Match(gold, preds, arts)
	if err == nil || !strings.Contains(err.Error(), "gold.jsonl:2: a#2: evidence not found in the text of a") {
		t.Fatalf("error = %v", err)
	}
	if m.GoldPred[1] != -1 {
		t.Errorf("a#2 matched %d, want unmatched", m.GoldPred[1])
	}
	delete(arts, "b")
	_, err = Match(gold, preds, arts)
	var l diag.List
	if !errors.As(err, &l) || len(l) != 5 || l[1].Error() != "gold.jsonl:6: b#1: article b not found" {
		t.Errorf("errors without article b = %v", l)
	}
}

func TestLocate(t *testing.T) {
	a := NewArticle("x", "One line\nends here.  Then  another.")
	for _, tc := range []struct {
		evidence   string
		start, end int
		ok         bool
	}{
		{"line\nends", 4, 13, true},
		{"line ends here.", 4, 19, true}, // white space taken as one
		{"here. Then another.", 14, 35, true},
		{"Then another", 21, 34, true},
		{"nowhere", 0, 0, false},
		{"   ", 0, 0, false},
	} {
		s, e, ok := a.Locate(tc.evidence)
		if s != tc.start || e != tc.end || ok != tc.ok {
			t.Errorf("Locate(%q) = %d, %d, %v; want %d, %d, %v", tc.evidence, s, e, ok, tc.start, tc.end, tc.ok)
		}
	}
}

func TestJudge(t *testing.T) {
	day := GoldDate{Value: "2024-06-19", Granularity: "day"}
	if err := day.parse(); err != nil {
		t.Fatal(err)
	}
	onDay := timeline.Date{Start: "2024-06-19", End: "2024-06-19", Basis: "relative"}
	putin := PredParticipant{Labels: []string{"Vladimir Putin", "Putin"}, Role: "agent"}
	kim := PredParticipant{Labels: []string{"Kim Jong Un"}, Role: "counterpart"}
	japan := PredParticipant{Labels: []string{"Japan"}, Role: "target"}
	moscow := PredParticipant{Labels: []string{"Moscow"}, Role: "location"}
	gold := func(typ, cameo string, parts ...GoldParticipant) *Gold {
		return &Gold{Type: typ, CAMEO: cameo, Participants: parts, Date: day}
	}
	agent := func(n string) GoldParticipant { return GoldParticipant{n, RoleAgent} }
	counter := func(n string) GoldParticipant { return GoldParticipant{n, RoleCounterpart} }
	for _, tc := range []struct {
		name string
		g    *Gold
		p    Prediction
		want Judgement
	}{
		{"all right", gold("meeting", "04", agent("Vladimir Putin"), counter("Kim Jong Un")),
			Prediction{Type: "meeting", CAMEO: "040", Participants: []PredParticipant{putin, kim, moscow}, Date: onDay},
			Judgement{true, true, true, true, true, true, true}},
		{"visit for a meeting: CAMEO root only", gold("meeting", "04", agent("Putin")),
			Prediction{Type: "visit", CAMEO: "042", Participants: []PredParticipant{putin}, Date: onDay},
			Judgement{false, true, false, true, true, true, true}},
		{"gold type outside the vocabulary: root makes the type right", gold("criticize", "112", agent("Putin")),
			Prediction{Type: "statement", CAMEO: "112", Participants: []PredParticipant{putin}, Date: onDay},
			Judgement{false, true, true, true, true, true, true}},
		{"gold code empty: root follows the type", gold("election", ""),
			Prediction{Type: "election", Date: onDay},
			Judgement{true, true, true, true, true, true, true}},
		{"main actor as target is not present", gold("attack", "19", agent("Putin")),
			Prediction{Type: "attack", CAMEO: "190", Participants: []PredParticipant{{Labels: []string{"Putin"}, Role: "target"}}, Date: onDay},
			Judgement{true, true, true, false, true, true, true}},
		{"counterpart may carry the main actor", gold("meeting", "04", agent("Kim Jong Un"), counter("Putin")),
			Prediction{Type: "meeting", CAMEO: "040", Participants: []PredParticipant{putin, kim}, Date: onDay},
			Judgement{true, true, true, true, true, true, true}},
		{"wrong participant", gold("meeting", "04", agent("Putin")),
			Prediction{Type: "meeting", CAMEO: "040", Participants: []PredParticipant{putin, japan}, Date: onDay},
			Judgement{true, true, true, true, false, true, true}},
		{"a country matches its people by its demonym", gold("attack", "19", agent("Palestinian militants")),
			Prediction{Type: "attack", CAMEO: "190", Participants: []PredParticipant{{Labels: append([]string{"Palestine"}, demonyms("country:PSE")...), Role: "agent"}}, Date: onDay},
			Judgement{true, true, true, true, true, true, true}},
		{"but not by its name alone", gold("attack", "19", agent("Palestinian militants")),
			Prediction{Type: "attack", CAMEO: "190", Participants: []PredParticipant{{Labels: []string{"Palestine"}, Role: "agent"}}, Date: onDay},
			Judgement{true, true, true, false, false, true, true}},
		{"no participant predicted", gold("meeting", "04", agent("Putin")),
			Prediction{Type: "meeting", CAMEO: "040", Date: onDay},
			Judgement{true, true, true, false, true, true, true}},
	} {
		if got := Judge(tc.g, &tc.p); got != tc.want {
			t.Errorf("%s:\n got %+v\nwant %+v", tc.name, got, tc.want)
		}
	}
}

func TestDateRight(t *testing.T) {
	pred := func(start, end, basis string) timeline.Date {
		return timeline.Date{Start: start, End: end, Basis: basis}
	}
	for _, tc := range []struct {
		gold         GoldDate
		pred         timeline.Date
		right, exact bool
	}{
		{GoldDate{Value: "1997-03-31", Granularity: "day"}, pred("1997-03-31", "1997-03-31", "relative"), true, true},
		{GoldDate{Value: "1997-03-31", Granularity: "day"}, pred("1997-03-30", "1997-03-30", "relative"), false, false},
		{GoldDate{Value: "1997-03-31", Granularity: "day"}, pred("1997-03-01", "1997-03-31", "relative"), false, false}, // coarser
		{GoldDate{Value: "1997-03", Granularity: "month"}, pred("1997-03-10", "1997-03-10", "explicit"), true, false},
		{GoldDate{Value: "1997-03", Granularity: "month"}, pred("1997-03-01", "1997-03-31", "explicit"), true, true},
		{GoldDate{Value: "1997-03", Granularity: "month"}, pred("1997-03-28", "1997-04-02", "explicit"), false, false},
		// the gold's value, its interval narrowed ("earlier this month")
		{GoldDate{Value: "1997-03", Granularity: "month"}, timeline.Date{Value: "1997-03", Start: "1997-03-01", End: "1997-03-19", Basis: "relative"}, true, true},
		{GoldDate{Value: "1997-03", Granularity: "month"}, timeline.Date{Value: "1997-03-19", Start: "1997-03-19", End: "1997-03-19", Basis: "relative"}, true, false},
		{GoldDate{Value: "1997-W14", Granularity: "week"}, pred("1997-04-02", "1997-04-02", "relative"), true, false},
		{GoldDate{Value: "1997-W14", Granularity: "week"}, pred("1997-04-07", "1997-04-07", "relative"), false, false},
		{GoldDate{Value: "1997-SU", Granularity: "season"}, pred("1997-07-04", "1997-07-04", "relative"), true, false},
		{GoldDate{Value: "1997-Q1", Granularity: "quarter"}, pred("1997-01-01", "1997-03-31", "relative"), true, true},
		{GoldDate{Value: "199", Granularity: "decade"}, pred("1996-01-01", "1996-12-31", "relative"), true, false},
		{GoldDate{Value: "1997", Granularity: "year"}, pred("", "", "relative"), false, false},
		// publication-bound gold dates
		{GoldDate{Before: "1997-04-01"}, pred("1997-04-01", "1997-04-01", "publication"), true, true},
		{GoldDate{Before: "1997-04-01"}, pred("1997-03-31", "1997-03-31", "relative"), true, false},
		{GoldDate{Before: "1997-04-01"}, pred("1997-03-25", "1997-03-25", "relative"), true, false}, // 7 days: the window
		{GoldDate{Before: "1997-04-01"}, pred("1997-03-24", "1997-03-24", "relative"), false, false},
		{GoldDate{Before: "1997-04-01"}, pred("1997-04-02", "1997-04-02", "relative"), false, false},
		{GoldDate{Before: "1997-04-01"}, pred("1997-01-01", "1997-12-31", "relative"), false, false},
		// publication-bound predictions: on or before End, start open
		{GoldDate{Before: "1997-04-01"}, pred("", "1997-04-01", "publication-bound"), true, true},
		{GoldDate{Before: "1997-04-01"}, pred("", "1997-03-31", "publication-bound"), false, false}, // another bound
		{GoldDate{Value: "1997-04-01", Granularity: "day"}, pred("", "1997-04-01", "publication-bound"), false, false},
		{GoldDate{Value: "1997", Granularity: "year"}, pred("", "1997-04-01", "publication-bound"), false, false},
	} {
		g := tc.gold
		if err := g.parse(); err != nil {
			t.Fatalf("%+v: %v", tc.gold, err)
		}
		right, exact := dateRight(g, tc.pred)
		if right != tc.right || exact != tc.exact {
			t.Errorf("gold %+v, pred %s..%s %s: right %v exact %v, want %v %v",
				tc.gold, tc.pred.Start, tc.pred.End, tc.pred.Basis, right, exact, tc.right, tc.exact)
		}
	}
}

func TestStopwords(t *testing.T) {
	m, err := parseStopwords(namesYAML)
	if err != nil || len(m) == 0 || !m["the"] {
		t.Fatalf("data/names.yaml: %v, %v", m, err)
	}
	for _, bad := range []string{"stopwords: [The]", "stopwords: [\"two words\"]", "stopwords: {a: 1}"} {
		if _, err := parseStopwords([]byte(bad)); err == nil {
			t.Errorf("%s: no error", bad)
		}
	}
}

func TestSameName(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"Boris Yeltsin", "Yeltsin", true},
		{"boris yeltsin", "BORIS YELTSIN", true},
		{"the United Nations Security Council", "United Nations", true},
		{"United States", "United Nations", false},
		{"U.S.", "US", true},
		{"US", "USSR", false}, // too short to be a stem
		{"Israel", "Israeli police", true},
		{"Russia's foreign ministry", "Russia", true},
		{"Kim Jong Un", "Kim Jong Il", false},
		{"Bank of Japan", "the Japan Bank", true},
		{"the", "The", false}, // no words
		{"", "Putin", false},
	} {
		if got := SameName(tc.a, tc.b); got != tc.want {
			t.Errorf("SameName(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
		if got := SameName(tc.b, tc.a); got != tc.want {
			t.Errorf("SameName(%q, %q) = %v, want %v (symmetry)", tc.b, tc.a, got, tc.want)
		}
	}
}

// TestViolenceAgrees checks that attack and killing, the two readings of
// one violent act in the gold files, count as the same type.
func TestViolenceAgrees(t *testing.T) {
	g := &Gold{Type: "killing", CAMEO: "190"}
	for _, c := range []struct {
		typ  string
		want bool
	}{{"attack", true}, {"killing", true}, {"arrest", false}} {
		if got := Judge(g, &Prediction{Type: c.typ, CAMEO: "190"}).TypeAgree; got != c.want {
			t.Errorf("gold killing, predicted %s: type agrees %v, want %v", c.typ, got, c.want)
		}
	}
}
