package event

import (
	"slices"
	"strings"
	"testing"
)

// TestLeadVerbs checks the verbs of modern news leads the lexicon reads
// only with a cue after them: riot-control means used on a crowd, a
// strike called, a court blocking or striking down a law, a trade figure
// recorded, a player signed in a sport's report, a product unveiled or
// launched, an inquiry opened, medals claimed, drugs impounded, an escape
// from a police station, a resolution voted, an emergency landing, a side
// beaten in a report naming its sport, a discussion held, approval given
// to a bill, criticism hitting out, a weapon used against someone, a
// vehicle plunging into a ravine, students demonstrating in front of an
// embassy, a player waived; each beside a sentence where the word tells
// another sense. want lists "type:trigger" mentions
// that must be found, not those that must not.
func TestLeadVerbs(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want, not  []string
	}{
		{"water cannon used on marchers", "Riot police used water cannon on the marchers in Lima on Sunday.", []string{"coerce:used"}, nil},
		{"batons used", "Police used batons and tear gas to break up the sit-in on Friday.", []string{"coerce:used"}, nil},
		{"a tactic used: no repression", "The coach used a new tactic against the leaders on Sunday.", nil, []string{"coerce:used"}},
		{"a strike called", "Dockers called a national strike for next Tuesday.", []string{"protest:called"}, nil},
		{"a strike called for: an appeal, no strike called", "The union called for a strike over pay on Monday.", nil, []string{"protest:called"}},
		{"a thing called a danger: no strike", "The bishop called it a threat which strikes at the family.", nil, []string{"protest:called"}},
		{"a law blocked by a judge", "A district judge blocked the new voting law on Thursday.", []string{"verdict:blocked"}, nil},
		{"a road blocked near a court: no ruling", "Farmers blocked the road to the courthouse on Thursday.", nil, []string{"verdict:blocked"}},
		{"a curfew struck down", "The high court struck down the curfew on Friday.", []string{"verdict:struck down"}, nil},
		{"trade recorded", "The province recorded 3.2 billion dollars in trade with Brazil last year.", []string{"economic_report:recorded"}, nil},
		{"a surplus registered", "The port registered a trade surplus of 90 million dollars in May.", []string{"economic_report:registered"}, nil},
		{"rain recorded: no figure", "The station recorded heavy rain in the hills last week.", nil, []string{"economic_report:recorded"}},
		{"a player signed", "Lyon signed a midfielder from Porto on Thursday.", []string{"business_deal:signed"}, nil},
		{"a phone unveiled", "The company unveiled a new folding phone in Seoul on Wednesday.", []string{"product_launch:unveiled"}, nil},
		{"a car launched", "The carmaker launched an electric sedan in Europe on Monday.", []string{"product_launch:launched"}, nil},
		{"a plan unveiled: no product", "The minister unveiled a new economic plan on Monday.", nil, []string{"product_launch:unveiled"}},
		{"a campaign launched: no product", "The charity launched a new campaign on Monday.", nil, []string{"product_launch:launched"}},
		{"a club's new player unveiled: no product", "The club unveiled its latest import, a striker from Japan, on Monday.", nil, []string{"product_launch:unveiled"}},
		{"an inquiry opened", "The Danish parliament opened an inquiry into the secret flights on Tuesday.", []string{"investigate:inquiry"}, nil},
		{"an inquiry only called for: no investigation", "Critics want an inquiry into the secret flights.", nil, []string{"investigate:inquiry"}},
		{"medals claimed in a game", "Kenya claimed two gold medals in the marathon on Sunday.", []string{"sport_result:claimed"}, nil},
		{"a claim of a report in a game: no result", "The coach claimed that the champion had cheated in the marathon.", nil, []string{"sport_result:claimed"}},
		{"drugs impounded", "Customs officers impounded 40 kg of cocaine at the port on Friday.", []string{"coerce:impounded"}, nil},
		{"funds held back by a rule: no confiscation", "The bank required 20 percent of foreign funds to be impounded for a year.", nil, []string{"coerce:impounded"}},
		{"an escape from a police station", "A suspect in the robbery escaped from the central police station on Monday.", []string{"escape:escaped"}, nil},
		{"gunmen who got away: no escape from custody", "The gunmen escaped and a police officer was taken to hospital.", nil, []string{"escape:escaped"}},
		{"a resolution voted", "The rights council voted a resolution condemning forced labour on Friday.", []string{"statement:voted"}, nil},
		{"a vote against a resolution: no outcome", "Six states voted against the resolution on Friday.", nil, []string{"statement:voted"}},
		{"an emergency landing", "A Lisbon-bound airliner made an emergency landing in Porto on Monday.", []string{"accident:emergency landing"}, nil},
		{"an unemployment rate registered", "The northern region registered its lowest unemployment rate in March.", []string{"economic_report:registered"}, nil},
		{"a side beaten in a soccer report", "Rosario beat the league leaders in the soccer derby on Sunday.", []string{"sport_result:beat"}, nil},
		{"a discussion held", "The envoy held discussion with the rebel leadership on Thursday.", []string{"meeting:discussion"}, nil},
		{"a discussion only mentioned: no meeting", "The envoy said the matter needs discussion.", nil, []string{"meeting:discussion"}},
		{"approval given to a bill", "On Friday the senate gave final approval to a farm subsidies bill.", []string{"legislation:approval"}, nil},
		{"approval given to a plan: no law", "The board gave its approval to the merger plan on Friday.", nil, []string{"legislation:approval"}},
		{"criticism hitting out at a side", "The aide hit out at Turkey on Friday over the border closure.", []string{"disapprove:hit out"}, nil},
		{"a bomb used against fighters", "A French jet used a guided bomb against rebel units on Sunday.", []string{"attack:used"}, nil},
		{"a law used against a rival: no attack", "The mayor used the new law against his rival on Sunday.", nil, []string{"attack:used"}},
		{"a bus plunging into a ravine", "Nine pilgrims died when a bus carrying 40 people plunged into a ravine in the hills on Monday.", []string{"accident:plunged"}, nil},
		{"prices falling into a range: no accident", "Copper prices fell into a narrow range on Monday.", nil, []string{"accident:fell"}},
		{"students demonstrating in front of an embassy", "About 60 students demonstrated in front of the French embassy on Monday.", []string{"protest:demonstrated"}, nil},
		{"a player waived in a sport's report", "The veteran striker was waived by the club before the playoff on Friday.", []string{"dismissal:waived"}, nil},
		{"a fee waived: no dismissal", "The league waived the entry fee for the playoff on Friday.", nil, []string{"dismissal:waived"}},
		{"a player who signed for a club: no one signed", "The striker, who signed from Porto in 2001, scored twice in the final on Sunday.", nil, []string{"business_deal:signed"}},
		{"a promise signed in a sport's report: no transfer", "The striker's agent signed a written promise for the match in 2001.", nil, []string{"business_deal:signed"}},
	} {
		t.Run(c.name, func(t *testing.T) { checkFound(t, c.text, c.want, c.not) })
	}
}

// checkFound checks that the events extracted from text, each written
// "type:trigger" (lower-cased), include every one of want and none of not;
// times are the text's time expressions.
func checkFound(t *testing.T, text string, want, not []string, times ...tx) {
	t.Helper()
	var got []string
	for _, m := range Extract(parsed(t, text, times...)) {
		got = append(got, string(m.Type)+":"+strings.ToLower(m.Trigger))
	}
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("%q: no %s in %v", text, w, got)
		}
	}
	for _, w := range not {
		if slices.Contains(got, w) {
			t.Errorf("%q: %s in %v", text, w, got)
		}
	}
}

// TestLoanRecipient checks that the one a loan is granted to receives it,
// and the lender is its agent ("granted Ukraine a loan"), that the one
// criticism lashes out at is its target, and that the one a tour is given
// to makes the visit.
func TestLoanRecipient(t *testing.T) {
	in := parsed(t, "China granted Ukraine a loan of 300 million dollars on Monday.")
	m := only(t, in, Aid)
	if got := roles(m); got != "agent=country:CHN recipient=country:UKR" {
		t.Errorf("loan roles %s", got)
	}
	if m.Title != "China lends 300 million dollars to Ukraine" {
		t.Errorf("loan title %q", m.Title)
	}
	d := only(t, parsed(t, "The spokesman lashed out at Turkey on Friday."), Disapprove)
	if got := roles(d); got != "target=country:TUR" {
		t.Errorf("lash out roles %s", got)
	}
	v := only(t, parsed(t, "Putin gave Kim a tour of the plant on Monday."), Visit)
	if got := roles(v); got != "agent=person:kim counterpart=person:putin" {
		t.Errorf("tour roles %s", got)
	}
}
