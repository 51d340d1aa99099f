package pipeline

import (
	"strings"
	"testing"
)

// TestInferDCTOffices: an office-holder named by a current title bounds
// the DCT by the Phoenix dictionary's dates of the office, with a lower
// bound the text gives (the year before the latest it names). Dominique de Villepin held French offices from
// before 2003 until May 2007 (the dictionary's records begin in 2003).
func TestInferDCTOffices(t *testing.T) {
	tests := []struct {
		name, text, want string
		why              string // in the reason when want is ""
	}{
		{"title and a year named", "Prime Minister Dominique de Villepin spoke to reporters on Monday. The report was written in 2004.",
			"2003-01-01/2007-08-01", ""}, // from the year before the year named: news names the coming year
		{"a title with a country before it", "French Prime Minister Dominique de Villepin spoke on Monday. The report was written in 2005.",
			"2004-01-01/2007-08-01", ""},
		{"a full date named bounds it too", "Prime Minister Dominique de Villepin spoke on Monday. The report was out on March 3, 2006.",
			"2005-01-01/2007-08-01", ""},
		{"former office", "Former Prime Minister Dominique de Villepin spoke on Monday. The report was written in 2004.", "", ""},
		{"a career counted", "The five-time Prime Minister Dominique de Villepin spoke on Monday. The report was written in 2004.", "", ""},
		{"then-office", "The report, written in 2004, was backed by then-Prime Minister Dominique de Villepin.", "", ""},
		{"a sentence dated by its own year tells that year's office", "In 2004, Prime Minister Dominique de Villepin spoke. The report was written in 2005.", "", ""},
		{"quoted", `"Prime Minister Dominique de Villepin lied," he said. The report was written in 2004.`, "", ""},
		{"no lower bound: the dictionary may miss an earlier term", "Prime Minister Dominique de Villepin spoke to reporters on Monday.", "", ""},
		{"a year after the office: conflict", "Prime Minister Dominique de Villepin spoke on Monday. The report was written in 2009.", "", "conflicts"},
		{"a year after the records: no evidence", "Prime Minister Dominique de Villepin spoke on Monday. The report was written in 2014.", "", ""},
		{"no title", "Dominique de Villepin spoke to reporters on Monday. The report was written in 2004.", "", ""},
	}
	for _, tt := range tests {
		inf, ok := inferText(tt.text)
		got := inf.text(ok)
		if got != tt.want {
			t.Errorf("%s: inferred %q (%s), want %q", tt.name, got, inf.Reason, tt.want)
		}
		if ok && (inf.Confidence != officeConfidence || !strings.Contains(inf.Reason, "Dominique de Villepin")) {
			t.Errorf("%s: confidence %v, reason %q", tt.name, inf.Confidence, inf.Reason)
		}
		if tt.why != "" && !strings.Contains(inf.Reason, tt.why) {
			t.Errorf("%s: reason %q, want it to say %q", tt.name, inf.Reason, tt.why)
		}
	}
}

func TestSpans(t *testing.T) {
	d := date
	got := union([]span{{d("2005-01-01"), d("2005-06-30")}, {d("2001-01-01"), d("2002-01-01")}, {d("2005-07-01"), d("2006-01-01")}, {from: d("2010-01-01")}, {d("2011-01-01"), d("2012-01-01")}})
	want := spans{{d("2001-01-01"), d("2002-01-01")}, {d("2005-01-01"), d("2006-01-01")}, {from: d("2010-01-01")}}
	if !equalSpans(got, want) {
		t.Errorf("union = %v, want %v", got, want)
	}
	got = got.intersect(spans{{to: d("2001-06-30")}, {d("2005-06-01"), d("2010-06-01")}})
	want = spans{{d("2001-01-01"), d("2001-06-30")}, {d("2005-06-01"), d("2006-01-01")}, {d("2010-01-01"), d("2010-06-01")}}
	if !equalSpans(got, want) {
		t.Errorf("intersect = %v, want %v", got, want)
	}
	if got := (spans{{d("2001-01-01"), d("2002-01-01")}}).intersect(spans{{from: d("2003-01-01")}}); len(got) != 0 {
		t.Errorf("disjoint intersect = %v, want none", got)
	}
}

func equalSpans(a, b spans) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !a[i].from.Equal(b[i].from) || !a[i].to.Equal(b[i].to) {
			return false
		}
	}
	return true
}

func TestOfficeWords(t *testing.T) {
	w, err := loadOfficeWords()
	if err != nil {
		t.Fatal(err)
	}
	for _, title := range []string{"Prime Minister", "Vice Premier", "Secretary General", "President"} {
		if !officeTitle(title, w) {
			t.Errorf("%q is not read as an office", title)
		}
	}
	for _, title := range []string{"General", "Coach", "spokesman", "Sir"} {
		if officeTitle(title, w) {
			t.Errorf("%q is read as an office", title)
		}
	}
	for _, before := range []string{"the former US President", "then-Premier", "the five-time Prime Minister", "President-elect"} {
		if !pastOffice(before, w) {
			t.Errorf("%q: no past-office cue found", before)
		}
	}
	if pastOffice("French Prime Minister", w) {
		t.Error(`"French Prime Minister" read as a past office`)
	}
}
