package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestTitleGrounds checks that a verb of blame or praise keeps the
// grounds its "for" phrase gives (data/headlines.yaml charge_verbs): a
// noun, a gerund with its object, its negation, its perfect or its
// particle; never an aside the parse tears from the gerund, a phrase a
// word of another phrase parts from the object, nor an act's own clause
// as a charge (that says what the act is: "hails decision of selecting
// Velda", headobject.go).
func TestTitleGrounds(t *testing.T) {
	checkTitlesWith(t, true, []ent{
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
		{"Velda", "country:VEL", actor.Country, false},
	}, []headlineCase{
		{"Karl Brenner denounced Velda for a clear violation of the air embargo.", "denounced", "Karl Brenner denounces Velda for clear violation of air embargo"},
		{"Karl Brenner thanked the rebels for not burning ballot boxes during the count.", "thanked", "Karl Brenner thanks rebels for not burning ballot boxes"},
		{"Karl Brenner hailed the hosts for meeting a tough deadline.", "hailed", "Karl Brenner hails hosts for meeting tough deadline"},
		{"Karl Brenner slammed the firm for not having enough women in its management.", "slammed", "Karl Brenner slams firm for not having enough women"},
		{"Karl Brenner congratulated the government of Velda for sponsoring the resolution.", "congratulated", "Karl Brenner congratulates government of Velda for sponsoring resolution"},
		{"Karl Brenner chastised Velda for going back on its word to the envoys.", "chastised", "Karl Brenner chastises Velda for going back on word"},
		{"Karl Brenner blasted the cabinet for failing, in his words, to give his uncle the funeral owed to a hero.", "blasted", "Karl Brenner blasts cabinet"},
		{"Karl Brenner condemned Velda for having ignored the ruling of the court.", "condemned", "Karl Brenner condemns Velda for having ignored ruling of court"},
		{"Karl Brenner hailed the decision of selecting Velda as the venue.", "hailed", "Karl Brenner hails decision of selecting Velda"},
		{"Karl Brenner accused the cabinet of harassing its critics.", "accused", "Karl Brenner accuses cabinet of harassing critics"},
	})
}
