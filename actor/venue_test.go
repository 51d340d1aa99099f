package actor

import "testing"

// TestVenueOf: the capitalized words after "of" (and "the") that follow a
// building's or a square's name word ("Hall", "Palace") end that place's
// name and name no actor; a person's surname that is such a word ("Frank
// Church" style) keeps the body after "of".
func TestVenueOf(t *testing.T) {
	checkDocuments(t, []documentCase{
		{"hall of the", "The forum opened at the Grand Hall of the Citizens, where Premier Lo Ventan spoke.",
			[]want{{Text: "Lo Ventan", ID: "person:lo-ventan", Role: "Premier"}}, []string{"Citizens"}},
		{"palace of the", "Envoys gathered at the Palace of the Assemblies, where Minister Pel Oranto spoke.",
			[]want{{Text: "Pel Oranto", ID: "person:pel-oranto", Role: "Minister"}}, []string{"Assemblies"}},
		{"square of", "Crowds filled the Square of Marvena, Mayor Dul Hastrin said.",
			[]want{{Text: "Dul Hastrin", ID: "person:dul-hastrin", Role: "Mayor"}}, []string{"Marvena"}},
		{"surname before of", "Reporters met Harold Church of the Senate Foreign Relations Committee.",
			[]want{{Text: "Senate Foreign Relations Committee", ID: "org:united-states-congress"}}, nil},
	})
}

// TestAttributiveSurname: one capitalized word between "the" and a common
// noun ("the Marlow family") is a name used as a modifier: never the person
// of that surname named before, but still a body the document named so.
func TestAttributiveSurname(t *testing.T) {
	checkDocuments(t, []documentCase{
		{"family", "Winger Andrew Quellmark died on Friday. The Quellmark family held a private funeral.",
			[]want{{Text: "Andrew Quellmark", ID: "person:andrew-quellmark"}}, []string{"Quellmark"}},
		{"an event noun is the person's", "Winger Andrew Quellmark was hurt on Friday. The Quellmark injury worried fans.",
			[]want{{Text: "Quellmark", ID: "person:andrew-quellmark"}}, nil},
		{"a body before a group noun", "Oil group Varnokil said on Friday that the Varnokil family of funds had grown.",
			[]want{{Text: "Varnokil", N: 1, ID: "org:varnokil"}}, nil},
	})
}

// TestAfterPersonNoun: two or three unknown capitalized words after a
// singular noun for a person ("defender", "novelist") name that person,
// even with no given name the gazetteer knows; not after a noun for a
// thing, nor words the document also writes in lower case.
func TestAfterPersonNoun(t *testing.T) {
	checkDocuments(t, []documentCase{
		{"demonym and noun", "Ghanaian defender Oburo Tenkalla was suspended for three games.",
			[]want{{Text: "Oburo Tenkalla", ID: "person:oburo-tenkalla"}}, nil},
		{"three words", "Veteran novelist Tel Marrin Osk won the prize on Monday.",
			[]want{{Text: "Tel Marrin Osk", ID: "person:tel-marrin-osk"}}, nil},
		{"mostly an adjective", "Pilgrims visited the tombs of the ancient Voskar Kingdom.",
			nil, []string{"Voskar Kingdom"}},
		{"noun for a thing", "The new vessel Oburo Tenkalla sailed on Monday.",
			nil, []string{"Oburo Tenkalla"}},
		{"words also in lower case", "The veteran defender Bright Dawn won as the dawn was bright.",
			nil, []string{"Bright Dawn"}},
	})
}

// TestHyphenPlace: a country's or a place's name, or a demonym, joined by a
// hyphen to a participle telling where a thing is ("-listed", "-based",
// "-made") is no actor of the sentence; "-backed" keeps the state.
func TestHyphenPlace(t *testing.T) {
	checkDocuments(t, []documentCase{
		{"listed", "Malaysia-listed Borvex won the contract.", nil, []string{"Malaysia"}},
		{"based", "A Nairobi-based charity handed out food.", nil, []string{"Nairobi"}},
		{"demonym", "Police seized Russian-made rifles on Monday.", nil, []string{"Russian"}},
		{"backed", "Syria-backed fighters shelled the town.",
			[]want{{Text: "Syria", ID: "country:SYR"}}, nil},
	})
}

// TestPersonVerbs: an unknown run of two or three capitalized words right
// before a verb a person most often does ("urged", "called") is a person,
// as before a verb of speech; a body's name before it stays a body.
func TestPersonVerbs(t *testing.T) {
	checkDocuments(t, []documentCase{
		{"urged", "Orvel Tanaski urged calm on Monday.",
			[]want{{Text: "Orvel Tanaski", ID: "person:orvel-tanaski"}}, nil},
		{"called after a description", "Veteran dissident Tam Ro Vinh called on the minister to quit.",
			[]want{{Text: "Tam Ro Vinh", ID: "person:tam-ro-vinh"}}, nil},
		{"a body", "Human Rights Watch called for an inquiry.",
			[]want{{Text: "Human Rights Watch", ID: "org:human-rights-watch"}}, nil},
	})
}
