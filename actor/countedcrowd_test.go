package actor

import "testing"

// TestCountedCrowd: a counted crowd named by what its people are is an
// actor, of the one country its sentence names or of its own; a crowd
// told before, another's, armed, or named by a noun that is first no
// person is none.
func TestCountedCrowd(t *testing.T) {
	checkMentionActors(t, []mentionActor{
		{"Some 2,500 angry youths threw bottles at the guards.", "youths", "agent:-:youths"},
		{"More than 40 parents sued the school board.", "parents", "agent:-:parents"},
		{"Hundreds of pensioners blocked the road.", "pensioners", "agent:-:pensioners"},
		{"In Peru, 300 parents marched to the ministry.", "parents", "agent:PER:parents"},
		// a coded noun the story gives no country: a group of its own
		{"Hundreds of students stormed the hall.", "students", "agent:-:students"},
		// told before, another's, armed, or first no person: none
		{"The two youths were questioned.", "youths", ""},
		{"The hundreds of pensioners were questioned.", "pensioners", ""},
		{"The club's 300 members voted.", "members", ""},
		{"A turnout of 9,000 visitors was counted.", "visitors", ""},
		{"Some 40 parents of the pupils protested.", "parents", ""},
		{"Some 600 soldiers crossed the river.", "soldiers", "agent:-:soldiers"}, // own_armed_agents, not a crowd
		{"The agency has launched six satellites.", "satellites", ""},
		// "of" (crowd_taken) right before the count at the text's first token:
		// none, with no look before the text (it panicked)
		{"Of 300 nurses asked, most said they would strike.", "nurses", ""},
	})
}
