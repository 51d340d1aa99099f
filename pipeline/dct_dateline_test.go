package pipeline

import (
	"strings"
	"testing"
	"time"

	"github.com/chronograph-news/chronograph/timex"
)

// storyOf is story evidence of dated articles of the given days, each
// near the text.
func storyOf(days ...string) storyEvidence {
	var ev storyEvidence
	for i, d := range days {
		ev.neighbors = append(ev.neighbors, storyNeighbor{ID: "n" + d, DCT: date(d), Cos: 0.5 - 0.01*float64(i)})
	}
	return ev
}

func TestStoryDatelineDay(t *testing.T) {
	// 2030-11-15 is a Friday, 2029-11-15 a Thursday, 2031-11-15 a Saturday.
	tests := []struct {
		name, text string
		story      storyEvidence
		want       string // a day, or "" for none
	}{
		{"the one year of the story where the day is the weekday named",
			"HARBOUR CITY, Nov. 15 (Wire) -- A survey ship docked on Friday for a joint drill.",
			storyOf("2030-11-13", "2029-11-20"), "2030-11-15"},
		{"a report of the day before: the dateline is the day after the weekday named",
			"HARBOUR CITY, Nov. 15 (Wire) -- A survey ship docked on Thursday night, officials said.",
			storyOf("2030-11-13"), "2030-11-15"},
		{"two years of the story fit the weekday or the day after: no day",
			"HARBOUR CITY, Nov. 15 (Wire) -- A survey ship docked on Thursday for a joint drill.",
			storyOf("2030-11-13", "2029-11-20"), ""},
		{"no year of the story fits: no day",
			"HARBOUR CITY, Nov. 15 (Wire) -- A survey ship docked on Monday for a joint drill.",
			storyOf("2030-11-13", "2029-11-20"), ""},
		{"a story spread over too many years says nothing of the year",
			"HARBOUR CITY, Nov. 15 (Wire) -- A survey ship docked on Friday for a joint drill.",
			storyOf("2030-11-13", "2024-11-20"), ""},
		{"a weekday told as a prospect is not the report's day",
			"HARBOUR CITY, Nov. 15 (Wire) -- A survey ship will dock on Friday for a joint drill.",
			storyOf("2030-11-13"), ""},
		{"no story: no year",
			"HARBOUR CITY, Nov. 15 (Wire) -- A survey ship docked on Friday for a joint drill.",
			storyEvidence{}, ""},
		{"no dateline: nothing",
			"A survey ship docked at Harbour City on Friday for a joint drill.",
			storyOf("2030-11-13"), ""},
	}
	for _, tt := range tests {
		inf, ok := inferDCT(tt.text, timex.Tag(tt.text, time.Time{}), nil, nil, tt.story)
		got := inf.text(ok)
		if ok && !strings.Contains(inf.Reason, "dateline") {
			got = "" // dated by other evidence, not the dateline
		}
		if got != tt.want {
			t.Errorf("%s: inferred %q (%s), want %q", tt.name, got, inf.Reason, tt.want)
		}
		if ok && got != "" && inf.Confidence != yearlessDatelineConfidence {
			t.Errorf("%s: confidence %v, want %v", tt.name, inf.Confidence, yearlessDatelineConfidence)
		}
	}
}
