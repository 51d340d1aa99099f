package event

import "testing"

// TestDescribedPersonNamed checks that a definite title standing for a
// person named before ("the president") is named in the headline by that
// person's name, while a description a country modifies keeps its words.
func TestDescribedPersonNamed(t *testing.T) {
	for _, c := range []struct{ text, trigger, want string }{
		{"President Putin arrived in Beijing on Monday. The president denounced the bombing on Tuesday.", "denounced",
			"Putin denounces bombing"},
		{"President Putin arrived in Beijing on Monday. The controversial president, who has ruled for years, pledged to consolidate the reforms on Tuesday.", "pledged",
			"Putin pledges to consolidate reforms"},
		{"A top Russian security official met Kim in Pyongyang on Friday.", "met",
			"Top Russian security official meets Kim Jong Un in Pyongyang"},
	} {
		in := parsed(t, c.text)
		for k := range in.Actors {
			if in.Actors[k].ActorID == "person:putin" {
				in.Actors[k].Affiliation, in.Actors[k].Role = "country:RUS", "President"
			}
		}
		if m := mentionOf(t, in, c.trigger); m.Title != c.want {
			t.Errorf("%q: title %q, want %q", c.text, m.Title, c.want)
		}
	}
}
