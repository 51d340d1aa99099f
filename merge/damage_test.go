package merge

import (
	"slices"
	"testing"

	"github.com/chronograph-news/chronograph/event"
)

// A disaster and the mishap it caused, told as an accident a sentence
// after it on its day ("a tornado struck the town" / "ten buildings
// collapsed"), are one event of the disaster's row (data/compat.yaml); an
// accident of another day stays apart.
func TestDisasterDamage(t *testing.T) {
	tests := []struct {
		name     string
		mentions []event.Mention
		want     []string
	}{
		{
			"the collapse the tornado caused is the tornado",
			[]event.Mention{
				atTime(mention("a", 0, event.Disaster, "", ""), "2025-03-20T13:00"),
				atTime(mention("a", 1, event.Accident, "", ""), "2025-03-20T13:00"),
			},
			[]string{"2025-03-20T13:00 disaster a"},
		},
		{
			"an accident of the day before is another happening",
			[]event.Mention{
				mention("a", 0, event.Disaster, "2025-03-20", ""),
				mention("a", 1, event.Accident, "2025-03-19", ""),
			},
			[]string{"2025-03-19 accident a", "2025-03-20 disaster a"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := summary(Merge(tt.mentions, opts()))
			slices.Sort(got)
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}
