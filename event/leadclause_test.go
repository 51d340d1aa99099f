package event

import (
	"strings"
	"testing"
)

// TestLeadMainActs checks acts that news leads tell in their main clause
// and the lexicon used to miss while it kept a subordinate clause's
// event: a plea of not guilty entered in court, a candidacy withdrawn, an
// inquiry launched (its verb after it) or a review launched, an
// inquiry completed, places reopened after a closure (also when the parse
// takes the day for the verb's object), a trial or flights halted; each beside a sentence where the
// word tells another sense. want lists "type:trigger" mentions that must
// be found, not those that must not.
func TestLeadMainActs(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want, not  []string
	}{
		{"a plea of not guilty", "A Danish broker pleaded not guilty to tax fraud in a Copenhagen court on Tuesday.", []string{"trial:pleaded not guilty"}, nil},
		{"a plea of innocence", "The former mayor pleaded innocent to bribery charges on Thursday.", []string{"trial:pleaded innocent"}, nil},
		{"a guilty plea stays one", "The former mayor pleaded guilty to bribery charges on Thursday.", []string{"guilty_plea:pleaded guilty"}, []string{"trial:pleaded guilty"}},
		{"a candidacy withdrawn", "Putin told his party on Monday that he was withdrawing his candidacy for the senate.", []string{"election:withdrawing"}, nil},
		{"out of the race", "Putin withdrew from the senate race on Saturday.", []string{"election:withdrew"}, nil},
		{"troops withdrawn: no candidacy", "The army withdrew two brigades from the border region on Saturday.", nil, []string{"election:withdrew"}},
		{"an inquiry completed", "Norwegian police completed their inquiry into the ferry fire on Friday.", []string{"investigate:inquiry"}, nil},
		{"an inquiry wrapped up", "State auditors wrapped up a probe into the pension fund on Friday.", []string{"investigate:probe"}, nil},
		{"an inquiry launched, told after it", "A parliamentary inquiry was launched on Monday into the ferry fire.", []string{"investigate:inquiry"}, nil},
		{"a review launched", "The governor launched a broad review of the prison rules on Monday.", []string{"investigate:review"}, nil},
		{"a review opened with a joke: none", "The critic opened the review with a joke on Monday.", nil, []string{"investigate:review"}},
		{"a book review: none", "Her review of the novel appeared in the weekend paper.", nil, []string{"investigate:review"}},
		{"an inquiry only wanted: none", "Opposition deputies want a full inquiry into the ferry fire.", nil, []string{"investigate:inquiry"}},
		{"schools reopened, the day parsed as an object", "Twenty schools in the southern province reopened Wednesday following a strike.", []string{"other:reopened"}, nil},
		{"a crossing reopened", "The army reopened the northern border crossing on Tuesday.", []string{"other:reopened"}, nil},
		{"a trial halted", "An appeals judge on Friday halted the bribery trial of a Lagos banker.", []string{"suspension:halted"}, nil},
		{"flights halted", "The island's airline halted all flights to the coast on Friday.", []string{"suspension:halted"}, nil},
		{"a march halted: no suspension", "Riot police halted the marchers at the bridge on Friday.", nil, []string{"suspension:halted"}},
		{"a case reopened: no place", "The appeals court reopened the case of the missing hiker on Tuesday.", nil, []string{"other:reopened"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			var times []tx
			if strings.Contains(c.text, "Wednesday") {
				times = append(times, tx{"Wednesday", "DATE", "2006-11-01", true})
			}
			checkFound(t, c.text, c.want, c.not, times...)
		})
	}
}
