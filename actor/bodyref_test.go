package actor

import "testing"

// TestDefiniteBodies checks that "the company", "the group" stand for the
// one body of their kind the article named before (bodyref.go), and for
// nothing when it named two, none, or the noun is followed by "of".
func TestDefiniteBodies(t *testing.T) {
	g := defaultGazetteer(t)
	for _, c := range []struct {
		name, text, noun, want string // want "" : the noun names no actor
	}{
		{"a company by its corporate suffix", "Valdor Mining Corp. reported a loss on Monday. Later the company said its sales fell.", "company", "org:valdor-mining-corp"},
		{"a rights group by its sector", "Amnesty International issued a report on Tuesday. \"Abuses are rising,\" the group warned.", "group", "org:amnesty-international"},
		{"two companies: ambiguous", "Valdor Mining Corp. sued Brennick Steel Inc. on Monday. Later the company said it would appeal.", "company", ""},
		{"no body of the kind", "The European Union met on Monday. Later the company said its sales fell.", "company", ""},
		{"a group of people", "Amnesty International issued a report. Later the group of villagers left the camp.", "group", ""},
		{"a group described since the naming", "Hamas fired rockets at Sderot on Monday. A group of gunmen kidnapped a soldier in Rafah on Tuesday. The group demanded the release of 100 prisoners.", "group", ""},
		{"a described noun: an adjective", "Hamas fired rockets at Sderot on Monday. Later the militant group said it held the town.", "group", "org:hamas"},
		{"a described noun: a place-based compound", "Amnesty International issued a report on Tuesday. The London-based group said abuses were rising.", "group", "org:amnesty-international"},
		{"a described noun: two words of the place", "Amnesty International issued a report on Tuesday. The New Amsterdam-based group said abuses were rising.", "group", "org:amnesty-international"},
		{"a word telling another body", "Amnesty International issued a report. Later the rival group said it disagreed.", "group", ""},
		{"a verb before the noun", "Amnesty International issued a report. Later the police arrested group members.", "group", ""},
		{"a noun after the described noun", "Amnesty International issued a report. Later the rights group leader resigned.", "group", ""},
		{"a party by the word in its name", "The Valdoran Farmers Party held a rally on Sunday. Later the party demanded new elections.", "party", "org:valdoran-farmers-party"},
		{"a party written before the party noun", "India named a new cabinet. The Congress party met in New Delhi on Monday. The party said it would leave the coalition.", "party", "org:ind-congress"},
		{"a ruling party", "The Valdoran Farmers Party won the vote. Critics said the ruling party bought votes.", "party", "org:valdoran-farmers-party"},
		{"two parties: ambiguous", "The Valdoran Farmers Party accused the Brennick Labour Party of fraud. The party said it would appeal.", "party", ""},
		{"an opposition party is another party", "The Valdoran Farmers Party won the vote. The opposition party stayed away from the polls.", "party", ""},
		{"the best party is no reference", "The Valdoran Farmers Party won the vote. Voters said it was the best party for farmers.", "party", ""},
		{"a party noun describing another noun is no new party", "The Valdoran Farmers Party met on Sunday. Two party members left. Later the party demanded new elections.", "party", "org:valdoran-farmers-party"},
		{"a party noun written alone since is a new party", "The Valdoran Farmers Party met on Sunday. A new party was formed. Later the party demanded new elections.", "party", ""},
		{"a company is no party", "Valdor Mining Corp. reported a loss on Monday. Later the party said its sales fell.", "party", ""},
		{"a described noun since the naming is no new body", "Valdor Mining Corp. reported a loss on Monday. The mining company cut jobs. Later the company said its sales fell.", "company", "org:valdor-mining-corp"},
	} {
		r := NewResolver(g)
		got := ""
		for _, m := range document(r, c.text) {
			if m.Text == c.noun {
				got = m.ActorID
			}
		}
		if got != c.want {
			t.Errorf("%s: %q: %q is %q, want %q", c.name, c.text, c.noun, got, c.want)
		}
	}
}
