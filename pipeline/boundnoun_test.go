package pipeline

import (
	"strings"
	"testing"

	"github.com/chronograph-news/chronograph/document"
)

// TestBuildBoundNounRecalled: a noun told as done by the DCT in the lead
// ("hurt in a road accident"), naming no side, is the one accident its
// article dates a few sentences below (merge: boundNouns, soletype.go),
// not a second accident dated on or before the day; one stating an amount
// of its own stays apart.
func TestBuildBoundNounRecalled(t *testing.T) {
	const body = `Ardenian Trade Minister Jon Vell has been taken to a clinic in Dorrville after being hurt badly in a road accident here%s, a local newspaper reported Friday.

"He is under close watch for now. He is awake and talking," the newspaper said.

Vell's stay in the clinic comes only days before a provincial ballot in the south, where he is a party leader.

The accident happened Thursday evening when the van, in which Vell was travelling to the port, hit a lorry, the newspaper reported.`
	for _, tc := range []struct {
		name, extra string
		want        int
	}{
		{"the accident recalled: one", "", 1},
		{"an amount of its own: two", " that injured nine people", 2},
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
