package timex

import (
	"testing"
	"time"
)

func TestHolidayDates(t *testing.T) {
	tests := []struct {
		name string
		year int
		want string
	}{
		{"easter", 2024, "2024-03-31"},
		{"easter", 2025, "2025-04-20"},
		{"easter", 2000, "2000-04-23"},
		{"good friday", 2025, "2025-04-18"},
		{"thanksgiving", 1999, "1999-11-25"},
		{"thanksgiving", 2025, "2025-11-27"},
		{"memorial day", 2025, "2025-05-26"},
		{"labor day", 1998, "1998-09-07"},
		{"election day", 2024, "2024-11-05"},
		{"election day", 2022, "2022-11-08"},
		{"christmas", 2025, "2025-12-25"},
		{"new year 's day", 2026, "2026-01-01"},
	}
	for _, tt := range tests {
		h, ok := holidays[tt.name]
		if !ok {
			t.Errorf("no holiday %q", tt.name)
			continue
		}
		if got := dateString(h.date(tt.year)); got != tt.want {
			t.Errorf("%s %d = %s, want %s", tt.name, tt.year, got, tt.want)
		}
	}
	for k := range holidays {
		n := 1
		for i := 0; i < len(k); i++ {
			if k[i] == ' ' {
				n++
			}
		}
		if n > maxHolidayWords {
			t.Errorf("holiday %q has %d words, more than maxHolidayWords", k, n)
		}
	}
}

func TestHolidaysWithoutDCT(t *testing.T) {
	tests := []struct{ text, span, value string }{
		{"They met on Christmas Eve.", "Christmas Eve", "XXXX-12-24"},
		{"They met on Thanksgiving.", "Thanksgiving", "XXXX-11-XX"},
		{"They met at Easter.", "Easter", "XXXX-XX-XX"},
	}
	for _, tc := range tests {
		x, ok := find(Tag(tc.text, time.Time{}), tc.span)
		if !ok || x.Value != tc.value {
			t.Errorf("%q: %q = %+v (found %v), want %s", tc.text, tc.span, x, ok, tc.value)
		}
	}
}
