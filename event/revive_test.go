package event

import "testing"

// A verb setting stalled talks going again tells them held only as far as
// it is done itself, as "resume" does: prospects of reviving them or a try
// to restart them hold none, a revival told done holds them.
func TestRevivedTalks(t *testing.T) {
	checkFactuality(t, []factualityCase{
		{"Analysts doubt the prospects of reviving the peace talks with Velta.", "talks", Hypothetical},
		{"The envoy will try to restart the talks with Velta.", "talks", Hypothetical},
		{"Velta revived the peace talks with the rebels in May.", "talks", Asserted},
	})
}
