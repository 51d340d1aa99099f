package timex

import (
	"testing"
	"time"
)

func TestParseValue(t *testing.T) {
	tests := []struct {
		value      string
		gran       Granularity
		start, end time.Time
	}{
		{"2024", Year, day(2024, 1, 1), day(2024, 12, 31)},
		{"2024-06", Month, day(2024, 6, 1), day(2024, 6, 30)},
		{"2024-02", Month, day(2024, 2, 1), day(2024, 2, 29)},
		{"2024-06-19", Day, day(2024, 6, 19), day(2024, 6, 19)},
		{"2025-W12", Week, day(2025, 3, 17), day(2025, 3, 23)},
		{"2025-W12-WE", Week, day(2025, 3, 22), day(2025, 3, 23)},
		{"2024-FA", Season, day(2024, 9, 1), day(2024, 11, 30)},
		{"2024-WI", Season, day(2024, 12, 1), day(2025, 2, 28)},
		{"2025-Q1", Quarter, day(2025, 1, 1), day(2025, 3, 31)},
		{"2024-H2", Half, day(2024, 7, 1), day(2024, 12, 31)},
		{"2025-W12-5", Day, day(2025, 3, 21), day(2025, 3, 21)},
		{"199", Decade, day(1990, 1, 1), day(1999, 12, 31)},
		{"20", Century, day(2000, 1, 1), day(2099, 12, 31)},
		{"2025-03-21T14:00", Minute, time.Date(2025, 3, 21, 14, 0, 0, 0, time.UTC), time.Date(2025, 3, 21, 14, 0, 0, 0, time.UTC)},
		{"2025-03-21T14", Hour, time.Date(2025, 3, 21, 14, 0, 0, 0, time.UTC), time.Date(2025, 3, 21, 14, 59, 0, 0, time.UTC)},
		{"2025-03-21TMO", PartOfDay, time.Date(2025, 3, 21, 6, 0, 0, 0, time.UTC), time.Date(2025, 3, 21, 11, 59, 0, 0, time.UTC)},
	}
	for _, tc := range tests {
		g, iv, ok := ParseValue(tc.value)
		if !ok || g != tc.gran || !iv.Start.Equal(tc.start) || !iv.End.Equal(tc.end) {
			t.Errorf("ParseValue(%q) = %s %+v %v, want %s %v..%v", tc.value, g, iv, ok, tc.gran, tc.start, tc.end)
		}
	}
	for _, bad := range []string{"PAST_REF", "XXXX-06", "P3D", "PT5H", "", "2024-13", "2024-02-30", "2024-W54", "2024-Q5", "abcd", "2025-03-21T25:00", "2025-03TMO"} {
		if _, _, ok := ParseValue(bad); ok {
			t.Errorf("ParseValue(%q) ok, want false", bad)
		}
	}
}

func TestValidValue(t *testing.T) {
	tests := []struct {
		typ   Type
		value string
		ok    bool
	}{
		{Date, "2024-06-19", true},
		{Date, "PAST_REF", true},
		{Date, "XXXX-06", true},
		{Date, "XXXX-WXX-5", true},
		{Date, "P3D", false},
		{Time, "2025-03-21T14:00", true},
		{Time, "XXXX-XX-XXT14:00", true},
		{Duration, "P3D", true},
		{Duration, "PT5H30M", true},
		{Duration, "PXY", true},
		{Duration, "P1.5D", true},
		{Duration, "2024", false},
		{Duration, "P", false},
		{Duration, "PT", false},
		{Duration, "P3", false},
		{Set, "P1Y", true},
		{Set, "XXXX-WXX-4", true},
		{Date, "2024-13", false},
		{Date, "BC0480", true},
		{Date, "BC0480-04", true},
		{Date, "BC480", false},
		{Date, "BCBC0480", false},
		{Type("BOGUS"), "2024", false},
	}
	for _, tc := range tests {
		if got := ValidValue(tc.typ, tc.value); got != tc.ok {
			t.Errorf("ValidValue(%s, %q) = %v, want %v", tc.typ, tc.value, got, tc.ok)
		}
	}
}
