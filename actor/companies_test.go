package actor

import "testing"

// TestCompanies checks that large companies named by their short names
// (data/actors.yaml) are recognized as organizations, and a surname that
// is also a company's stays the person's.
func TestCompanies(t *testing.T) {
	checkDocuments(t, []documentCase{
		{"short names of companies", "GM cut 3,000 jobs in Ohio after Volkswagen and Huawei reported higher sales.",
			[]want{{Text: "GM", ID: "org:general-motors"}, {Text: "Volkswagen", ID: "org:volkswagen"}, {Text: "Huawei", ID: "org:huawei"}}, nil},
		{"a bank by its shorter spelling", "Shares of JP Morgan slipped while Johnson & Johnson gained.",
			[]want{{Text: "JP Morgan", ID: "org:jpmorgan-chase"}, {Text: "Johnson & Johnson", ID: "org:johnson-and-johnson"}}, nil},
	})
}

// TestShortFormBodies checks central banks, armed groups and parties named
// by short forms the Phoenix dictionary lacks (data/actors.yaml).
func TestShortFormBodies(t *testing.T) {
	checkDocuments(t, []documentCase{
		{"central banks by their short forms", "Analysts expect the Fed to hold rates while the BoJ and the RBI weigh cuts.",
			[]want{{Text: "Fed", ID: "org:federal-reserve"}, {Text: "BoJ", ID: "org:bank-of-japan"}, {Text: "RBI", ID: "org:reserve-bank-of-india"}}, nil},
		{"armed groups by their names and acronyms", "Fighting between the army and the Rapid Support Forces spread as HTS fighters moved south.",
			[]want{{Text: "Rapid Support Forces", ID: "org:rapid-support-forces"}, {Text: "HTS", ID: "org:hayat-tahrir-al-sham"}}, nil},
		// RSF is also Reporters Without Borders; the bare acronym never
		// names the Sudanese paramilitary.
		{"fed up is no central bank", "Fed up with delays, farmers blocked roads in Lyon on Monday.",
			nil, []string{"Federal Reserve"}},
		{"RSF is not the paramilitary", "RSF condemned the arrest of the reporter on Monday.",
			nil, []string{"Rapid Support Forces"}},
	})
}

// TestStockIndexes checks that the stock market indexes of data/actors.yaml
// are one organization each, by the forms market reports write them in
// (an index no entry names: TestMarketIndexName).
func TestStockIndexes(t *testing.T) {
	checkDocuments(t, []documentCase{
		{"indexes by their short forms", "The Nasdaq composite index gained 9 points, the Nikkei-225 lost 0.5 percent and the CAC 40 rose 0.2 percent.",
			[]want{{Text: "Nasdaq composite index", ID: "org:nasdaq-composite"}, {Text: "Nikkei-225", ID: "org:nikkei-225"}, {Text: "CAC 40", ID: "org:cac-40"}}, nil},
		{"an index written with its provider", "The benchmark S&P/ASX 200 shed 9 points while the ASX200 futures contract gained.",
			[]want{{Text: "ASX 200", ID: "org:sp-asx-200"}, {Text: "ASX200", ID: "org:sp-asx-200"}}, nil},
	})
}
