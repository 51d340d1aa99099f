package event

import (
	"strings"
	"testing"

	"github.com/chronograph-news/chronograph/timex"
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
		times      []tx
	}{
		// sport results
		{"a title won", "The Brazilian driver won the championship in 1972.", []string{"sport_result:won"}, nil},
		{"a grand prix won", "Hamid won the Desert Grand Prix on Sunday.", []string{"sport_result:won"}, nil},
		{"an election won: no sport", "The opposition leader won the presidential election on Sunday.", nil, nil},
		{"a presidential race won: no sport", "The senator won the presidential race in 2004.", nil, nil},
		{"a side beaten in a match report", "Lyon beat Monaco 2-1 in the cup semifinal on Saturday, the goalkeeper saving a late penalty.", []string{"sport_result:beat"}, nil},
		{"an offside trap beaten: no side", "The striker beat the offside trap in the semifinal on Saturday.", nil, nil},
		{"a score tells the game", "Lyon thrashed the visitors 4-0 at home on Sunday.", []string{"sport_result:thrashed"}, nil},
		{"a side drubbed", "Ghana drubbed the visitors 4-0 in the cup qualifier on Tuesday.", []string{"sport_result:drubbed"}, nil},
		{"a game won by a margin", "Ghana won by two goals in the qualifier, the goalkeeper said on Tuesday.", []string{"sport_result:won"}, nil},
		{"a primary won by a margin: no sport", "The senator won by twelve points in the state primary on Tuesday.", nil, nil},
		{"a win over a side", "Peru reached the semifinal with a 3-1 win over Chile on Friday.", []string{"sport_result:win"}, nil},
		{"a win at a side's ground", "Lyon went top after a 3-1 win at Monaco on Sunday, the goalkeeper said.", []string{"sport_result:win"}, nil},
		{"a match lost to a side", "The striker spoke after their 2-0 loss to the Danes in Oslo on Sunday.", []string{"sport_result:loss"}, nil},
		{"a defeat by a side", "Nantes sit 12th after a 3-2 home defeat by Rennes on Saturday, the striker said.", []string{"sport_result:defeat"}, nil},
		{"a loss of life: no sport", "The goalkeeper mourned the loss of life in the fire on Sunday.", nil, nil},
		{"a defeat in a poll: no sport", "The party's defeat in the election to the ruling coalition came on Sunday.", nil, nil},
		{"a loss to a firm with no game: no sport", "The strike caused a loss to the company of 3 million dollars.", nil, nil},
		{"a medal grabbed", "Kenya grabbed the silver medal in the relay on Friday.", []string{"sport_result:grabbed"}, nil},
		{"a medal taken", "The Italian took the gold in the downhill on Friday, ahead of the Olympic champion.", []string{"sport_result:took"}, nil},
		{"medals swept", "Cuba swept the three boxing gold medals on Saturday.", []string{"sport_result:swept"}, nil},
		{"a lead taken: no sport", "The Italian took the lead in the semifinal on Friday.", nil, nil},
		{"a win in a poll: no sport", "The party celebrated its win over the ruling coalition in the election.", nil, nil},
		{"crushed with no game: no sport", "The army crushed the rebels in the north on Friday.", nil, nil},
		{"a bill defeated by a score of votes: no sport", "The senate defeated the bill 52-48 on Tuesday.", nil, nil},
		{"beat with no game: no sport", "The rebels beat the deadline by handing over their weapons on Friday.", nil, nil},
		{"defeated in a vote: no sport", "Parliament defeated the motion on Tuesday.", nil, nil},
		{"a side lost to another", "Norway lost to Brazil 1-3 in the handball world championship on Sunday.", []string{"sport_result:lost"}, nil},
		{"a player lost to an injury: no result", "The club lost striker Diego Rossi to a knee injury before the cup final.", nil, nil},
		{"lost to a disease with no game: no sport", "The village lost three elders to cholera last month.", nil, nil},
		// laws
		{"a bill approved", "The parliament unanimously approved a bill on Thursday that sets a minimum wage.", []string{"legislation:approved"}, nil},
		{"a bill signed into law", "The president signed the bill into law on Friday.", []string{"legislation:signed"}, nil},
		{"a constitution signed", "The president signed the amended constitution on Friday.", []string{"legislation:signed"}, nil},
		{"a budget signed, in the passive", "The state budget was signed by the governor on Friday.", []string{"legislation:signed"}, nil},
		{"a treaty signed: an agreement", "The president signed the treaty on Friday.", nil, nil},
		{"a law passed", "The senate passed the law on Monday.", []string{"legislation:passed"}, nil},
		{"a law passed, its subject far", "A law allowing the city to sell its water company to a private group was passed by the assembly last week.", []string{"legislation:passed"}, nil},
		{"a plan approved: no law", "The board approved the plan on Monday.", nil, nil},
		// dismissals
		{"a minister fired", "The president fired the defence minister on Monday.", []string{"dismissal:fired"}, nil},
		{"a missile fired: no dismissal", "The army fired a missile into the sea on Monday.", nil, nil},
		{"shots fired: no dismissal", "Soldiers fired warning shots on Monday.", nil, nil},
		{"a number of rounds fired: no dismissal", "The soldiers stopped the truck and fired a number of rounds on Monday.", nil, nil},
		{"a number of workers fired", "The company fired a number of workers on Monday.", []string{"dismissal:fired"}, nil},
		{"a noun for a person no ending tells", "The hospital fired two nurses last week.", []string{"dismissal:fired"}, nil},
		{"a coach sacked", "The club sacked its coach on Monday.", []string{"dismissal:sacked"}, nil},
		// the parse leaves the object after a misplaced day unlabelled
		// (dep), or makes the verb a modifier of the noun (amod)
		{"a manager sacked, the object a dep", "The league club on Friday sacked its manager Ian Bole.", []string{"dismissal:sacked"}, nil},
		{"a manager sacked, the verb an amod", "Relegation-threatened side Norvik on Friday sacked manager Ian Bole.", []string{"dismissal:sacked"}, nil},
		{"a batsman dismissed: no dismissal", "The bowler dismissed the opener for 37 in the first innings on Tuesday.", nil, nil},
		{"claims dismissed: no dismissal", "The ministry dismissed the claims on Monday.", nil, nil},
		{"relieved of a post", "The general was relieved of his command on Monday.", []string{"dismissal:relieved"}, nil},
		// suspensions
		{"suspended from a party", "The party suspended its deputy leader on Sunday.", []string{"suspension:suspended"}, nil},
		{"a passive suspension", "The diplomat was suspended from work last month.", []string{"suspension:suspended"}, nil},
		{"a match suspended: no suspension", "The match was suspended on Sunday because of heavy rain.", nil, nil},
		{"suspended last November: no suspension", "The six-party talks, launched in 2003, were suspended last November when the delegates walked out.", nil, []tx{{"last November", timex.Date, "2005-11", true}}},
		{"a party's primaries suspended: no suspension", "The party's primaries in the capital were suspended on Monday because of riots.", nil, nil},
		{"a plan suspended: no suspension", "The judge suspended the government's plan for several months on Monday.", nil, nil},
		{"talks suspended: reduced relations", "The government suspended talks with the rebels on Sunday.", nil, nil},
		// postponements
		{"a vote postponed", "The electoral commission postponed the vote on Monday.", []string{"postponement:postponed"}, nil},
		{"a delay in traffic: no postponement", "Heavy snow delayed trains on Monday.", nil, nil},
		{"a passive subject put off", "A meeting between the two premiers was put off until Friday, the radio said.", []string{"postponement:put off"}, nil},
		{"a trial adjourned", "The trial of the former governor was adjourned on Monday until Thursday.", []string{"postponement:adjourned"}, nil},
		{"a hearing adjourned by its judge", "The judge adjourned the hearing on Tuesday.", []string{"postponement:adjourned"}, nil},
		{"adjourned to a later day: no date of its own", "The case was adjourned to March.", nil, nil},
		{"a dinner adjourned: no postponement", "The guests adjourned to the garden on Friday.", nil, nil},
		{"a passive subject deferred", "The referendum on the new charter was deferred for a month on Monday.", []string{"postponement:deferred"}, nil},
		{"a passive subject delayed by minutes", "The news conference of the new chief was delayed for an hour on Monday.", nil, nil},
		// appeals to a court
		{"a ruling appealed", "The prosecution appealed the ruling on Tuesday.", []string{"legal_appeal:appealed"}, nil},
		{"an appeal for calm: CAMEO's appeal", "The mayor appealed for calm on Tuesday.", nil, nil},
		{"an appeal court: no appeal", "However, a three-judge appeal court overturned that ruling in July.", nil, nil},
		{"an appeals court: no appeal", "An appeals court upheld the sentence on Tuesday.", nil, nil},
		// pleas
		{"a guilty plea", "The former mayor pleaded guilty on Monday to bribery charges.", []string{"guilty_plea:pleaded guilty"}, nil},
		{"not guilty: no guilty plea", "The former mayor pleaded not guilty on Monday.", nil, nil},
		// funerals
		{"a funeral held", "The funeral of the former minister was held on Tuesday.", []string{"funeral:funeral"}, nil},
		{"a funeral home: no funeral", "The funeral home closed its doors.", nil, nil},
		{"cremated", "Two victims were cremated on Monday.", []string{"funeral:cremated"}, nil},
		{"a memorial service held", "A memorial service for the former mayor was held on Friday.", []string{"funeral:memorial service"}, nil},
		{"buried by a collapse: no funeral", "Eleven miners were buried when the roof collapsed on Monday.", nil, nil},
		// escapes
		{"an escape from custody", "The convicted officer escaped from prison on Wednesday.", []string{"escape:escaped"}, nil},
		{"escaped unhurt: no escape", "The driver escaped unhurt on Wednesday.", nil, nil},
		{"absconded", "A fourth suspect has absconded.", []string{"escape:absconded"}, nil},
		// testimony, evacuations, construction
		{"a witness on the stand", "On Tuesday, a forensic expert took the stand in the trial of the former governor.", []string{"testimony:took the stand"}, nil},
		{"testified", "The former aide testified before the committee on Wednesday.", []string{"testimony:testified"}, nil},
		{"residents evacuated", "Thousands of residents were evacuated from their homes on Friday.", []string{"evacuation:evacuated"}, nil},
		{"ground broken", "The city broke ground for a new hospital on March 18.", []string{"construction:broke ground"}, nil},
		{"a founding stone laid", "The two governors jointly laid a founding stone for the new bridge on Sunday.", []string{"construction:laid a founding stone"}, nil},
		{"a cornerstone laid", "The mayor laid the cornerstone of the new hospital on Friday.", []string{"construction:laid the cornerstone"}, nil},
		{"a cornerstone for a relationship: no construction", "The two leaders laid the cornerstone for a new partnership on Friday.", nil, nil},
		// coups
		// power seized and the coup are two mentions of one happening: the merge joins them (same sentence, same type)
		{"a coup", "The army seized power in a coup on Tuesday.", []string{"coup:seized power", "coup:coup"}, nil},
		{"a coup for someone: no coup", "The deal was a coup for the small firm.", nil, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			all := Extract(parsed(t, c.text, c.times...))
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

// TestTitleScore checks that a headline keeps a score the parse hangs on
// its first number whole ("a 2-0 loss" → "2-0 loss", not "2 loss").
func TestTitleScore(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"The striker spoke after their 2-0 loss to the Danes in Oslo on Sunday.", "loss", "2-0 loss"},
		{"Nantes sank to a 24-17 defeat away to Rennes on Sunday, the striker said.", "defeat", "24-17 defeat"},
	})
}
