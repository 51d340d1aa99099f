package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestTitleConsentTo checks that a consent verb (consent_verbs) keeps
// what its "to" oblique says is accepted, even after a singular subject
// ("the council agreed to an inquiry" → "Council agrees to inquiry"),
// never the type's alone phrase that drops it ("Council reaches
// agreement").
func TestTitleConsentTo(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"The city council agreed to an independent inquiry into the fire.", "agreed", "City council agrees to independent inquiry into fire"},
		{"The union reluctantly agreed to the new pay scheme on Tuesday.", "agreed", "Union agrees to pay scheme"},
	})
}

// TestTitleStanceContent checks that a stance noun object (stance_nouns)
// keeps what the stance is of: its phrase, even one the parse hangs on
// the verb ("voiced opposition to the dam" → "voices opposition to dam"), its
// infinitive ("expressed readiness to resume talks"), or the clause it
// reports ("expressed hope that the strike would end"), never the bare
// noun ("Union expresses hope").
func TestTitleStanceContent(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Nepal", "country:NPL", actor.Country, true},
		{"Peru", "country:PER", actor.Country, true},
		{"Chile", "country:CHL", actor.Country, true},
	}, []headlineCase{
		{"The Nepalese prime minister voiced opposition to the new dam on Monday.", "voiced", "Nepalese prime minister voices opposition to dam"},
		{"Peru has expressed readiness to resume the border talks.", "expressed", "Peru expresses readiness to resume border talks"},
		{"Chile expressed the hope that the miners' strike would end soon.", "expressed", "Chile expresses hope miners' strike will end"},
	})
}

// TestTitleIssueNeed checks that an issue noun of stance_nouns keeps its
// own complement ("agreed on the need for new elections" → "agree on need
// for new elections"), never the noun alone ("agree on need").
func TestTitleIssueNeed(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Ghana", "country:GHA", actor.Country, true},
		{"Togo", "country:TGO", actor.Country, true},
	}, []headlineCase{
		{"Ghana and Togo agreed on the need for joint border patrols.", "agreed", "Ghana and Togo agree on need for joint border patrols"},
		{"Ghana and Togo agreed on the need to curb cocoa smuggling.", "agreed", "Ghana and Togo agree on need to curb cocoa smuggling"},
	})
}

// TestTitleChargeGerundCut checks that a charge's gerund keeps an
// infinitive that ends its clause ("accused Greece of refusing to
// cooperate" → "... of refusing to cooperate") and is left out when its
// complement cannot be said ("accused Greece of agreeing to store a crate
// for a friend" parsed with "store" a noun → "... accuses Greece"), never
// kept cut ("accuses Greece of trying", "of agreeing").
func TestTitleChargeGerundCut(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Greece", "country:GRC", actor.Country, true},
	}, []headlineCase{
		{"The Albanian interior minister accused Greece of refusing to cooperate.", "accused", "Albanian interior minister accuses Greece of refusing to cooperate"},
		{"The Albanian interior minister accused Greece of trying to interfere.", "accused", "Albanian interior minister accuses Greece of trying to interfere"},
		{"Prosecutors accused Greece of agreeing to store a crate for a friend.", "accused", "Prosecutors accuse Greece"},
	})
}
