package actor

import "testing"

// TestBodyJoint: a body named by two fields joined by "and" or "&" is one
// organization of the whole name, not the shorter body after the joint;
// two names joined stay two.
func TestBodyJoint(t *testing.T) {
	checkMentionActors(t, []mentionActor{
		{"The State Planning and Pricing Commission said on Monday that prices rose.", "State Planning and Pricing Commission", "org:state-planning-and-pricing-commission"},
		{"The Ruritanian Social and Liberal Party won nine percent.", "Ruritanian Social and Liberal Party", "org:ruritanian-social-and-liberal-party"},
		{"The Census & Surveys Department said jobs grew.", "Census & Surveys Department", "org:census-surveys-department"},
		{"The Cheese and Wine Association welcomed the new rules.", "Cheese and Wine Association", "org:cheese-and-wine-association"},
		// after a known body's name, before another's head word
		{"The EU Peace and Security Council met in the capital on Monday.", "EU Peace and Security Council", "org:eu-peace-and-security-council"},
		// two bodies, or a name that is no common word before the joint
		{"The Finance Ministry and Central Bank agreed on a plan.", "Central Bank", "org:central-bank"},
		{"Hamas and Fatah signed a truce in the city.", "Fatah", "org:fatah"},
		{"Ford-Ruritania and Democratic Party leaders met.", "Democratic Party", "org:democratic-party"},
	})
}
