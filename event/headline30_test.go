package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

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

// TestTitleSpeechPredicate checks that a speech whose verb says its object
// is something ("described the vote as unfair") is not titled by the verb
// and its object alone ("describes vote").
func TestTitleSpeechPredicate(t *testing.T) {
	ents := []ent{{"Marta Oliveira", "person:oliveira", actor.Person, false}}
	checkTitlesWith(t, false, ents, []headlineCase{
		{"In a short speech on Friday, Marta Oliveira described the vote as unfair.", "speech", "Marta Oliveira issues statement"},
		{"In a short speech on Friday, Marta Oliveira praised the rescue teams.", "speech", "Marta Oliveira praises rescue teams"},
	})
}

// TestTitleDoneInProtest checks that a protest told as the "in" phrase of
// what its protesters did is titled by that act and what it protests
// ("resign in protest at decision"), never "Protest held" in a place the
// protest is against.
func TestTitleDoneInProtest(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"The two judges quit on Friday in protest at the minister's plan to merge the courts.", "protest", "Two judges quit in protest at plan to merge courts"},
		{"The delegates walked out in protest over the new rules.", "protest", "Delegates walk out in protest over rules"},
	})
}

// TestTitleInDemonstration checks that a protest with a determiner, the
// setting of an act rather than its manner ("arrested ten men in a
// demonstration"), is not titled by that act.
func TestTitleInDemonstration(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"The guards detained ten students in a protest outside the ministry.", "protest", "Protest held"},
	})
}

// TestTitleNameInS checks that a name ending in "s" the tagger reads as a
// plural noun takes a singular verb ("Mavros warns"), while a plural
// noun opening the sentence, irregular ones too, keeps a plural one.
func TestTitleNameInS(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Mavros warned that the talks would fail.", "warned", "Mavros warns talks will fail"},
		{"Officials warned that the talks would fail.", "warned", "Officials warn talks will fail"},
		{"Children threw stones at the riot police on Tuesday.", "threw", "Children throw stones"},
	})
}

// TestNamesWords checks that a title names a country only by its whole
// words, never inside a demonym.
func TestNamesWords(t *testing.T) {
	for _, c := range []struct {
		title, name string
		want        bool
	}{
		{"Norland will resort to sanctions", "Norland", true},
		{"Norlandic guide released", "Norland", false},
		{"Talks held", "", false},
	} {
		if got := namesWords(c.title, c.name); got != c.want {
			t.Errorf("namesWords(%q, %q) = %v, want %v", c.title, c.name, got, c.want)
		}
	}
}

// TestTitleVisitPlace checks that a visit titled by its type's phrase
// alone or by its noun after a light verb names the place the mention
// holds ("makes visit" → "visits Norland", "starts visit to Norland").
func TestTitleVisitPlace(t *testing.T) {
	ents := []ent{{"Norland", "country:NOR", actor.Country, false}, {"Marta Oliveira", "person:oliveira", actor.Person, false}}
	checkTitlesWith(t, false, ents, []headlineCase{
		{"Marta Oliveira made a three-day visit to Norland on Friday.", "visit", "Marta Oliveira visits Norland"},
		{"Marta Oliveira started her visit to Norland on Friday.", "visit", "Marta Oliveira visits Norland"},
		{"Some five thousand fans made the trip to Norland for the final.", "trip", "Five thousand fans make trip to Norland"},
	})
}
