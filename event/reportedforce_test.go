package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestReportingForceActs: a country's generic agent that reported a claim
// earlier ("…, police said") is no news organization: it stays the agent
// of what it does later, and the mention is kept.
func TestReportingForceActs(t *testing.T) {
	ents := []ent{
		{"police", "agent:NOR:police", actor.Organization, false},
		{"Police", "agent:NOR:police", actor.Organization, false},
		{"Green League", "org:green-league", actor.Organization, false},
	}
	text := "Unrest swept the north on Monday, police said. Police dispersed about 500 members of the Green League in the afternoon."
	got := triggerRoles(parsedWith(t, text, ents), "dispersed")
	if want := "agent=agent:NOR:police target=org:green-league"; got != want {
		t.Errorf("%q dispersed: roles %s, want %s", text, got, want)
	}
}
