package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/timex"
)

// TestCountedShift checks, on a real parse, that a verb whose time is
// counted from a date its sentence told before takes that date shifted by
// the count at the count's unit, that a rough count or one finer than its
// date gives no date of its own (bound by the publication date).
func TestCountedShift(t *testing.T) {
	for _, tc := range []struct {
		text      string
		times     []tx
		word      string
		value     string // "" for no date
		wantBasis Basis
	}{
		{"In 1986, Tomas Reyl was elected to the assembly, and three years later he attacked the rebels in Kevo.",
			[]tx{{"1986", timex.Date, "1986", false}, {"three years", timex.Duration, "P3Y", false}},
			"attacked", "1989", Relative},
		{"The rebels were arrested in December 1960 and two months later they were killed in prison.",
			[]tx{{"December 1960", timex.Date, "1960-12", false}, {"two months", timex.Duration, "P2M", false}},
			"killed", "1961-02", Relative},
		{"Police arrested Lin Dao on March 3, and two weeks later a court jailed him.",
			[]tx{{"March 3", timex.Date, "2024-03-03", true}, {"two weeks", timex.Duration, "P2W", false}},
			"jailed", "2024-03-17", Relative},
		{"The rebels took the town in 2001, and they had attacked it two years earlier.",
			[]tx{{"2001", timex.Date, "2001", false}, {"two years", timex.Duration, "P2Y", false}},
			"attacked", "1999", Relative},
		// "six months later" from a year: which year is unsure
		{"In 1990, Tomas Reyl was elected, and six months later he attacked the rebels in Kevo.",
			[]tx{{"1990", timex.Date, "1990", false}, {"six months", timex.Duration, "P6M", false}},
			"attacked", "", PublicationBound},
	} {
		m := mentionOf(t, parsed(t, tc.text, tc.times...), tc.word)
		got := ""
		if m.Time != nil {
			got = m.Time.Value
		}
		if got != tc.value || m.Basis != tc.wantBasis {
			t.Errorf("%q %s: date %q basis %s, want %q %s", tc.text, tc.word, got, m.Basis, tc.value, tc.wantBasis)
		}
	}
}

// TestCountedAnchor checks, on a real parse, that a clause after "after"
// or "before" counted in months or years shifts the date it dates or is
// dated by by that count, at the count's unit, and that a rough count
// shifts nothing (rough_counts).
func TestCountedAnchor(t *testing.T) {
	for _, tc := range []struct {
		text  string
		times []tx
		word  string
		value string
	}{
		{"Three months after the riots of June 2005, police arrested Lin Dao.",
			[]tx{{"June 2005", timex.Date, "2005-06", false}}, "arrested", "2005-09"},
		{"Two years after the rebels seized the town, the army attacked it in 1999.",
			[]tx{{"1999", timex.Date, "1999", false}}, "seized", "1997"},
		{"A year before the rebels seized the town, the army attacked it in 1999.",
			[]tx{{"1999", timex.Date, "1999", false}}, "seized", "2000"},
		// a main clause with no time: counted back from the publication date
		{"Two years after the rebels seized the town, its people are richer.",
			nil, "seized", "2022"},
		{"More than two years after the rebels seized the town, the army attacked it in 1999.",
			[]tx{{"1999", timex.Date, "1999", false}}, "seized", ""},
	} {
		m := mentionOf(t, parsed(t, tc.text, tc.times...), tc.word)
		got := ""
		if m.Time != nil {
			got = m.Time.Value
		}
		if got != tc.value {
			t.Errorf("%q %s: date %q, want %q", tc.text, tc.word, got, tc.value)
		}
	}
}
