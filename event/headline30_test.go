package event

import "testing"

// TestTitleCatenatedOblique checks that a request whose infinitive goes on
// into a gerund with no object keeps the gerund's oblique ("urged ... to
// continue donating for the victims"), never the bare "appeals to".
func TestTitleCatenatedOblique(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"The governor urged farmers to keep contributing to the relief fund.", "urged", "Governor urges farmers to keep contributing to relief fund"},
		{"The bishop urged believers to continue praying for the missing sailors.", "urged", "Bishop urges believers to continue praying for missing sailors"},
	})
}

// TestTitleAdverbParticle checks that an infinitive keeps a particle the
// parse reads as an adverb before its object ("not to send back the
// boats"): without it the request says the opposite.
func TestTitleAdverbParticle(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"The agency urged coastal states not to send back the fishing boats.", "urged", "Agency urges coastal states not to send back fishing boats"},
		{"The envoy urged the neighbours not to turn away the fleeing families.", "urged", "Envoy urges neighbours not to turn away fleeing families"},
	})
}

// TestTitleSpeechDoes checks that a speech or an interview told as the
// "in" phrase of its speaker's verb, no verb of saying, is titled by what
// that verb does to its object, never the generic "issues statement".
func TestTitleSpeechDoes(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"In a long speech at the naval college, the senator defended the plan to close the base.", "speech", "Senator defends plan to close base"},
	})
}
