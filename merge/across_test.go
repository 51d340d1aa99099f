package merge

import (
	"testing"

	"github.com/chronograph-news/chronograph/event"
)

// TestAffiliationAcrossDocuments checks namesSameAcross: across documents
// an agent shared only through an affiliation (an envoy for his country)
// is no evidence that two acts of the day are one, unless the act is one
// the country performs as a whole (data/national.yaml) or a noun recalls
// a happening of the past; within one document it still is.
func TestAffiliationAcrossDocuments(t *testing.T) {
	o := opts()
	o.Affiliation["person:envoy"] = "country:ATL"
	o.Affiliation["person:premier"] = "country:ATL"
	o.Affiliation["person:bor-president"] = "country:BOR"
	noun := func(m event.Mention) event.Mention {
		m.Noun = true
		return m
	}
	checkMerges(t, o, []mergeCase{
		{"an envoy's appeal and his country's, another article", []event.Mention{
			mention("a", 0, event.Appeal, "2025-03-20", "person:envoy"),
			mention("b", 0, event.Appeal, "2025-03-20", "country:ATL"),
		}, []string{"2025-03-20 appeal a", "2025-03-20 appeal b"}},
		{"talks of two countries' leaders told by each country", []event.Mention{
			mention("a", 0, event.Meeting, "", "country:ATL", "country:BOR"),
			mention("b", 0, event.Meeting, "", "person:bor-president", "person:premier"),
		}, []string{"2025-03-21 meeting a,b"}},
		{"a country's talks and its premier's, two articles", []event.Mention{
			mention("a", 0, event.Meeting, "", "country:ATL"),
			mention("b", 0, event.Meeting, "", "person:premier"),
		}, []string{"2025-03-21 meeting a", "2025-03-21 meeting b"}},
		{"an envoy's appeal and his country's, one article", []event.Mention{
			mention("a", 0, event.Appeal, "2025-03-20", "person:envoy"),
			mention("a", 1, event.Appeal, "2025-03-20", "country:ATL"),
		}, []string{"2025-03-20 appeal a"}},
		{"the same agent itself, another article", []event.Mention{
			mention("a", 0, event.Appeal, "2025-03-20", "person:envoy"),
			mention("b", 0, event.Appeal, "2025-03-20", "person:envoy"),
		}, []string{"2025-03-20 appeal a,b"}},
		{"a country's election named by its premier", []event.Mention{
			mention("a", 0, event.Election, "2025-03-20", "person:premier"),
			mention("b", 0, event.Election, "2025-03-20", "country:ATL"),
		}, []string{"2025-03-20 election a,b"}},
		{"last month's agreement recalled by a noun", []event.Mention{
			mention("a", 0, event.Agreement, "2025-02", "person:premier"),
			noun(mention("b", 0, event.Agreement, "2025-02", "country:ATL")),
		}, []string{"2025-02 agreement a,b"}},
		{"a verb of last month tells another act", []event.Mention{
			mention("a", 0, event.Appeal, "2025-02", "person:premier"),
			mention("b", 0, event.Appeal, "2025-02", "country:ATL"),
		}, []string{"2025-02 appeal a", "2025-02 appeal b"}},
	})
}
