package document

import (
	"fmt"
	"strings"
	"time"
)

// ParseDate parses a document date: an ISO date YYYY-MM-DD (midnight UTC),
// an RFC 3339 timestamp (its own offset kept), or a timestamp
// YYYY-MM-DDThh:mm[:ss] without an offset (UTC). Years before 1000 are
// rejected: they are typing errors in news, and year 1 would be confused
// with the zero time that means "no date". Years after 2200 are rejected
// too: dumps use 9999-12-31 as a "no date" sentinel, and an undated
// article would otherwise have its date inferred from it.
func ParseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{"2006-01-02", time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02 15:04:05"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, checkYear(s, t)
		}
	}
	return time.Time{}, fmt.Errorf("bad date %q (want YYYY-MM-DD or an RFC 3339 timestamp)", s)
}

// checkYear rejects dates outside the years 1000–2200.
func checkYear(s string, t time.Time) error {
	switch {
	case t.Year() < 1000:
		return fmt.Errorf("implausible date %q (before year 1000)", s)
	case t.Year() > 2200:
		return fmt.Errorf("implausible date %q (after year 2200)", s)
	}
	return nil
}
