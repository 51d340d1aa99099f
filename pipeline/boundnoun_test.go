package pipeline

import (
	"strings"
	"testing"

	"github.com/chronograph-news/chronograph/document"
)

// TestBuildBoundNounRecalled: a noun told as done by the DCT in the lead
// ("injured in a car accident"), naming no side, is the one accident its
// article dates a few sentences below (merge: boundNouns, soletype.go),
// not a second accident dated on or before the day; one stating an amount
// of its own stays apart.
func TestBuildBoundNounRecalled(t *testing.T) {
	const body = `Ardenian Finance Minister Jon Vell has been admitted to a hospital in Dorrville after being injured seriously in a car accident here%s, a local radio reported Friday.

"He is in the emergency care unit at the moment. His condition is stable," the radio said.

Vell's hospitalization came just days before a regional vote in the north, where he is a senior official.

The accident occurred Thursday evening when the car, in which Vell was riding on his way to the airport, collided with a truck, the radio reported.`
	for _, tc := range []struct {
		name, extra string
		want        int
	}{
		{"the accident recalled: one", "", 1},
		{"an amount of its own: two", " that hurt twelve people", 2},
	} {
		docs := []document.Document{{ID: "x", Path: "x.txt", DCT: date("2025-03-21"), DCTOrigin: document.Header,
			Text: strings.Replace(body, "%s", tc.extra, 1)}}
		tl, errs := Build(docs, Options{})
		if len(errs) > 0 {
			t.Fatal(errs)
		}
		n := 0
		for _, e := range tl.Events {
			if e.Type == "accident" {
				n++
			}
		}
		if n != tc.want {
			t.Errorf("%s: %d accident events, want %d", tc.name, n, tc.want)
		}
	}
}
