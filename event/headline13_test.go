package event

import "testing"

// TestTitleConsentTo checks that a consent verb (consent_verbs) keeps
// what its "to" oblique says is accepted, even after a singular subject
// ("the council agreed to an inquiry" → "Council agrees to inquiry"),
// never the type's alone phrase that drops it ("Council reaches
// agreement").
func TestTitleConsentTo(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"The city council agreed to an independent inquiry into the fire.", "agreed", "City council agrees to independent inquiry"},
		{"The union reluctantly agreed to the new pay scheme on Tuesday.", "agreed", "Union agrees to pay scheme"},
	})
}
