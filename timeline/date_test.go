package timeline

import (
	"slices"
	"testing"
)

func TestDateOrder(t *testing.T) {
	day := Date{Value: "2025-03-21", Start: "2025-03-21", End: "2025-03-21", Granularity: "day", Basis: BasisRelative}
	bound := Date{Value: "2025-03-21", End: "2025-03-21", Granularity: "day", Basis: BasisPublicationBound, Mod: ModOnOrBefore}
	month := Date{Value: "2025-03", Start: "2025-03-01", End: "2025-03-31", Granularity: "month", Basis: BasisExplicit}
	later := Date{Value: "2025-03-22", Start: "2025-03-22", End: "2025-03-22", Granularity: "day", Basis: BasisPublication}
	if bound.SortKey() != "2025-03-21" || day.SortKey() != "2025-03-21" || !bound.Bound() || day.Bound() {
		t.Errorf("sort keys %q %q, bound %v %v", bound.SortKey(), day.SortKey(), bound.Bound(), day.Bound())
	}
	got := []Date{later, day, bound, month}
	slices.SortStableFunc(got, CompareDates)
	want := []Date{month, bound, day, later}
	if !slices.Equal(got, want) {
		t.Errorf("order %v, want %v", got, want)
	}
}
