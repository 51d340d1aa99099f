package actor

import "testing"

// TestHomeBody checks doccountry.go on made-up documents: a known body of
// one country named only by institution words is the body of the
// document's own country when the document never names the known one's.
func TestHomeBody(t *testing.T) {
	checkDocuments(t, []documentCase{
		{"a story of another country: its own body",
			"Indian Prime Minister Rahul Mehra met Congress leaders on Monday. Congress backed the budget.",
			[]want{{Text: "Congress", ID: "org:ind-congress", Affil: "country:IND"}, {Text: "Congress", N: 1, ID: "org:ind-congress"}}, nil},
		{"a story naming the known body's country keeps it",
			"Indian Prime Minister Rahul Mehra met U.S. senators on Monday. Congress backed the deal.",
			[]want{{Text: "Congress", ID: "org:us-congress"}}, nil},
		{"a story naming no country keeps it",
			"Congress backed the budget on Monday.",
			[]want{{Text: "Congress", ID: "org:us-congress"}}, nil},
		{"a name of its own is no institution word",
			"Indian Prime Minister Rahul Mehra spoke on Monday. The Pentagon said nothing.",
			[]want{{Text: "The Pentagon", ID: "org:pentagon"}}, nil},
	})
}
