package event

import (
	"strings"
	"testing"

	"github.com/chronograph-news/chronograph/timex"
)

// TestPastUnderPresent checks, on a real parse, that a simple past with no
// time of its own under a clause told in the present is bound by the
// publication date, while one under a past clause, a present reporting
// verb, or with a time of its own is not; and that an event noun in a
// copular clause told in the present under a dated report is not dated by
// the report's day.
func TestPastUnderPresent(t *testing.T) {
	for _, tc := range []struct {
		text string
		typ  Type
		want Basis
	}{
		{"The old harbour is a famous place as the navy attacked the pirates there.", Attack, PublicationBound},
		{"The old harbour was a famous place as the navy attacked the pirates there.", Attack, Publication},
		{"The navy holds the harbour and the navy attacked the pirates.", Attack, Publication},
		{"Officials say the navy attacked the pirates near the harbour.", Attack, Publication},
		{"The old harbour is a famous place as the navy attacked the pirates on Friday.", Attack, Relative},
		// an event noun judged in the present under a dated report
		{"The envoy said Friday that the row over the raid on the port is the main hurdle to peace.", Attack, PublicationBound},
		{"The envoy said Friday that the issue involving the raid on the port is the main hurdle to peace.", Attack, PublicationBound},
		{"The envoy said Friday that the raid on the port was a success.", Attack, Relative},
	} {
		var times []tx
		if i := strings.Index(tc.text, "Friday"); i >= 0 {
			times = append(times, tx{"Friday", timex.Date, "2024-06-14", true})
		}
		in := parsed(t, tc.text, times...)
		m := only(t, in, tc.typ)
		if m.Basis != tc.want {
			t.Errorf("%q: basis %s, want %s", tc.text, m.Basis, tc.want)
		}
	}
}
