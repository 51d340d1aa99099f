package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestObjectNeeds checks that "win" finds its prize at the end of a long
// plain noun phrase past the needs window ("won the women's 10m air
// pistol individual title": object_needs, objectHead), and that the title
// says the prize when the parse reads another object.
func TestObjectNeeds(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Kara Voss", "person:kara-voss", actor.Person, false},
		{"Lina Hart", "person:lina-hart", actor.Person, false},
		{"Mira Stone", "person:mira-stone", actor.Person, false},
	}, []headlineCase{
		{"Kara Voss of Norland won the junior 10m Air Rifle individual title at the regional games with a total score of 578.6 points here on Saturday.", "won", "Kara Voss wins title"},
		{"Lina Hart and Mira Stone won the men's and women's 200m sprint golds here Thursday, giving Norland a double triumph.", "won", "Lina Hart and Mira Stone win golds"},
	})
}

// TestComplaintLodged checks that a complaint lodged or submitted with a
// body is an official complaint (disapprove, CAMEO 114).
func TestComplaintLodged(t *testing.T) {
	for _, c := range []string{
		"The Norland Rowing Club lodged a complaint with the federation on Monday.",
		"Korvel Steelworks has submitted a complaint to the trade commission over subsidies.",
	} {
		ms := Extract(parsed(t, c))
		var got *Mention
		for i := range ms {
			if ms[i].Trigger == "complaint" {
				got = &ms[i]
			}
		}
		if got == nil || got.Type != Disapprove || got.CAMEO != "114" {
			t.Errorf("%q: %v, want disapprove 114", c, summary(ms))
		}
	}
}
