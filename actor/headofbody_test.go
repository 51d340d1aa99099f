package actor

import "testing"

// TestHeadOfBody checks that "the BODY chief" with no name after it is the
// person the document named before as of that body (by a title before the
// name or an apposition's "of" after it), and stays the body
// when that person only speaks for it or when nobody was named so.
func TestHeadOfBody(t *testing.T) {
	checkDocuments(t, []documentCase{
		{"the body's head named before", "UN Secretary-General Kofi Annan spoke on Monday. The UN chief voiced regrets about the vote.",
			[]want{{Text: "UN", ID: "person:kofi-annan", Affil: "org:un"}}, nil},
		{"a spokesman is no head", "UN spokesman Ravi Tarn spoke on Monday. The UN chief voiced regrets about the vote.",
			[]want{{Text: "UN", ID: "org:un"}}, nil},
		{"nobody named as of the body", "The UN chief voiced regrets about the vote.",
			[]want{{Text: "UN", ID: "org:un"}}, nil},
		{"the body's head named with an apposition", "Tarn Vossel, director-general of the International Labour Organization (ILO), spoke on Monday. The ILO chief voiced regrets about the vote.",
			[]want{{Text: "ILO", N: 1, ID: "person:tarn-vossel", Affil: "org:international-labour-organization"}}, nil},
		{"an apposition naming no body", "Tarn Vossel, director-general of the Ardenian Nuclear Board, spoke on Monday. The IAEA chief voiced regrets about the vote.",
			[]want{{Text: "IAEA", ID: "org:iaea"}}, nil},
	})
}
