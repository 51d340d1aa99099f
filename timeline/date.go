package timeline

import "strings"

// Date bases: where an event's date comes from.
const (
	// BasisExplicit: a full date in the text.
	BasisExplicit = "explicit"
	// BasisRelative: a relative expression resolved against the
	// publication date or the narrative.
	BasisRelative = "relative"
	// BasisPublication: no expression; the event is the news of the
	// day and takes the publication date.
	BasisPublication = "publication"
	// BasisPublicationBound: no expression; the event is told as done
	// before the news of the day (a perfect, an ongoing state, a relative
	// clause, a background reference), so it happened on or before the
	// publication date (or the earlier day of a dated report that tells
	// it: merge's reportBoundDay), how long before unknown. Start is ""
	// (open).
	BasisPublicationBound = "publication-bound"
)

// ModOnOrBefore is the TIMEX3 modifier of a publication-bound date: on or
// before its value.
const ModOnOrBefore = "ON_OR_BEFORE"

// Bound reports whether d is publication-bound: an interval ending at End
// with no known start.
func (d Date) Bound() bool { return d.Basis == BasisPublicationBound }

// SortKey is the day events are ordered by: Start, or End for a date open
// at its start (a publication-bound event is listed at its bound).
func (d Date) SortKey() string {
	if d.Start == "" {
		return d.End
	}
	return d.Start
}

// CompareDates orders dates for listing: by SortKey, then a
// publication-bound date before the others of its day (it happened on or
// before that day).
func CompareDates(a, b Date) int {
	if c := strings.Compare(a.SortKey(), b.SortKey()); c != 0 {
		return c
	}
	if a.Bound() != b.Bound() {
		if a.Bound() {
			return -1
		}
		return 1
	}
	return 0
}
