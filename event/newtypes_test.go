package event

import (
	"strings"
	"testing"
)

// newsTypes are the types of the news CAMEO does not code that
// TestNewsTypes checks.
var newsTypes = map[Type]bool{SportResult: true, Legislation: true, Dismissal: true, Suspension: true,
	Postponement: true, LegalAppeal: true, GuiltyPlea: true, Funeral: true, Escape: true, Coup: true,
	Testimony: true, Evacuation: true, Construction: true}

// TestNewsTypes checks the triggers of the types of the news CAMEO does
// not code (sport results, laws, dismissals, suspensions, postponements,
// appeals to a court, pleas, testimony, funerals, escapes, evacuations,
// construction, coups), each with a
// sentence where the word tells another sense, read with a real parse.
// want lists "type:trigger" of the mentions of those types.
func TestNewsTypes(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       []string
	}{
		// sport results
		{"a title won", "The Brazilian driver won the championship in 1972.", []string{"sport_result:won"}},
		{"a grand prix won", "Hamid won the Desert Grand Prix on Sunday.", []string{"sport_result:won"}},
		{"an election won: no sport", "The opposition leader won the presidential election on Sunday.", nil},
		{"a presidential race won: no sport", "The senator won the presidential race in 2004.", nil},
		{"a side beaten in a match report", "Rovers beat United 2-1 in the cup semifinal on Saturday, the goalkeeper saving a late penalty.", []string{"sport_result:beat"}},
		{"beat with no game: no sport", "The rebels beat the deadline by handing over their weapons on Friday.", nil},
		{"defeated in a vote: no sport", "Parliament defeated the motion on Tuesday.", nil},
		// laws
		{"a bill approved", "The parliament unanimously approved a bill on Thursday that sets a minimum wage.", []string{"legislation:approved"}},
		{"a bill signed into law", "The president signed the bill into law on Friday.", []string{"legislation:signed"}},
		{"a treaty signed: an agreement", "The president signed the treaty on Friday.", nil},
		{"a law passed", "The senate passed the law on Monday.", []string{"legislation:passed"}},
		{"a law passed, its subject far", "A law allowing the city to sell its water company to a private group was passed by the assembly last week.", []string{"legislation:passed"}},
		{"a plan approved: no law", "The board approved the plan on Monday.", nil},
		// dismissals
		{"a minister fired", "The president fired the defence minister on Monday.", []string{"dismissal:fired"}},
		{"a missile fired: no dismissal", "The army fired a missile into the sea on Monday.", nil},
		{"shots fired: no dismissal", "Soldiers fired warning shots on Monday.", nil},
		{"a coach sacked", "The club sacked its coach on Monday.", []string{"dismissal:sacked"}},
		{"claims dismissed: no dismissal", "The ministry dismissed the claims on Monday.", nil},
		{"relieved of a post", "The general was relieved of his command on Monday.", []string{"dismissal:relieved"}},
		// suspensions
		{"suspended from a party", "The party suspended its deputy leader on Sunday.", []string{"suspension:suspended"}},
		{"a passive suspension", "The diplomat was suspended from work last month.", []string{"suspension:suspended"}},
		{"a match suspended: no suspension", "The match was suspended on Sunday because of heavy rain.", nil},
		{"talks suspended: reduced relations", "The government suspended talks with the rebels on Sunday.", nil},
		// postponements
		{"a vote postponed", "The electoral commission postponed the vote on Monday.", []string{"postponement:postponed"}},
		{"a delay in traffic: no postponement", "Heavy snow delayed trains on Monday.", nil},
		// appeals to a court
		{"a ruling appealed", "The prosecution appealed the ruling on Tuesday.", []string{"legal_appeal:appealed"}},
		{"an appeal for calm: CAMEO's appeal", "The mayor appealed for calm on Tuesday.", nil},
		{"an appeals court: no appeal", "An appeals court upheld the sentence on Tuesday.", nil},
		// pleas
		{"a guilty plea", "The former mayor pleaded guilty on Monday to bribery charges.", []string{"guilty_plea:pleaded guilty"}},
		{"not guilty: no guilty plea", "The former mayor pleaded not guilty on Monday.", nil},
		// funerals
		{"a funeral held", "The funeral of the former minister was held on Tuesday.", []string{"funeral:funeral"}},
		{"a funeral home: no funeral", "The funeral home closed its doors.", nil},
		{"cremated", "Two victims were cremated on Monday.", []string{"funeral:cremated"}},
		{"buried by a collapse: no funeral", "Eleven miners were buried when the roof collapsed on Monday.", nil},
		// escapes
		{"an escape from custody", "The convicted officer escaped from prison on Wednesday.", []string{"escape:escaped"}},
		{"escaped unhurt: no escape", "The driver escaped unhurt on Wednesday.", nil},
		{"absconded", "A fourth suspect has absconded.", []string{"escape:absconded"}},
		// testimony, evacuations, construction
		{"a witness on the stand", "On Tuesday, a forensic expert took the stand in the trial of the former governor.", []string{"testimony:took the stand"}},
		{"testified", "The former aide testified before the committee on Wednesday.", []string{"testimony:testified"}},
		{"residents evacuated", "Thousands of residents were evacuated from their homes on Friday.", []string{"evacuation:evacuated"}},
		{"ground broken", "The city broke ground for a new hospital on March 18.", []string{"construction:broke ground"}},
		// coups
		{"a coup", "The army seized power in a coup on Tuesday.", []string{"coup:coup"}},
		{"a coup for someone: no coup", "The deal was a coup for the small firm.", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			all := Extract(parsed(t, c.text))
			for _, m := range all {
				if newsTypes[m.Type] {
					got = append(got, string(m.Type)+":"+strings.ToLower(m.Trigger))
				}
			}
			if strings.Join(got, ",") != strings.Join(c.want, ",") {
				t.Errorf("%q: got %v, want %v (all: %v)", c.text, got, c.want, summary(all))
			}
		})
	}
}
