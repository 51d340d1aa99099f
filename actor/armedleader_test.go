package actor

import "testing"

// TestArmedGroupLeaders: the leaders the Phoenix list of armed non-state
// groups files among its organizations are people when their name opens
// with a given name (first_names in data/lexicon.yaml), so that "a
// person's aide is not that person" holds for them; the groups stay
// organizations.
func TestArmedGroupLeaders(t *testing.T) {
	checkMentionActors(t, []mentionActor{
		{"A message from Usama bin Ladin was aired on Sunday.", "Usama bin Ladin", "person:osama-bin-laden"},
		{"Ayman al Zawahiri appeared in a new tape.", "Ayman al Zawahiri", "person:ayman-al-zawahiri"},
		{"Abu Sayyaf kidnapped three tourists.", "Abu Sayyaf", "org:abu-sayyaf"},
	})
}
