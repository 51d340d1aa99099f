package pipeline

import "testing"

// TestInferDCTCompletedPeriod: the statistics of a period, its year named,
// are reported after it ended: the DCT lies between the day after its end
// and the end of that day's year.
func TestInferDCTCompletedPeriod(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"the first N months", "Exports in the first 10 months of 2008 rose 4.2 percent, the agency said on Monday.", "2008-11-01/2008-12-31"},
		{"in words", "Inflation in the first nine months of 2003 stayed at 2 percent.", "2003-10-01/2003-12-31"},
		{"a quarter", "The trade deficit narrowed in the third quarter of 2011.", "2011-10-01/2011-12-31"},
		{"a half ending the year", "Unemployment fell in the second half of 2009.", "2010-01-01/2010-12-31"},
		{"a span of months", "Sales in January-August 2004 were up 3 percent.", "2004-09-01/2004-12-31"},
		{"the latest period decides", "Output fell in the first quarter of 2007. Output grew in the first half of 2007.", "2007-07-01/2007-12-31"},
		{"no statistic: an event's time", "He served as minister from April to August 2005.", ""},
		{"a forecast is no record", "Growth is forecast at 5 percent in the first half of 2010.", ""},
		{"nor a period ahead", "Exports will rise in the first half of 2010.", ""},
		{"a comparison is background", "Growth was equal to the rate in the first quarter of 2004.", ""},
		{"a later year named", "Exports rose in the first half of 2004. The plant opened in 2006.", ""},
	}
	for _, tt := range tests {
		inf, ok := inferText(tt.text)
		if got := inf.text(ok); got != tt.want {
			t.Errorf("%s: inferred %q (%s), want %q", tt.name, got, inf.Reason, tt.want)
		}
	}
}

// TestPeriodWords: the embedded word lists load.
func TestPeriodWords(t *testing.T) {
	w, err := loadPeriodWords()
	if err != nil {
		t.Fatal(err)
	}
	if !w.statistics["inflation"] || !w.prospects["forecast"] || !w.comparing["since"] {
		t.Errorf("word lists incomplete: %d statistics, %d prospects, %d comparisons", len(w.statistics), len(w.prospects), len(w.comparing))
	}
}
