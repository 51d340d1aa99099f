package event

import (
	"strings"
	"testing"
)

// TestDomainTriggers covers the types outside CAMEO's political acts
// (courts, accidents, disasters, markets, the economy, companies): each
// sentence gives exactly the mentions listed (type:trigger), and none of
// a violent type.
func TestDomainTriggers(t *testing.T) {
	for _, c := range []struct {
		text string
		want string // mentions as "type:trigger", space-separated; "" for none
	}{
		{"The former minister went on trial in the capital.", "trial:went on trial"},
		{"The court convicted the former mayor of fraud.", "verdict:convicted"},
		{"He was sentenced to ten years in prison.", "verdict:sentenced"},
		{"The sentence was read out.", ""}, // the noun alone: grammar, too
		{"The jury acquitted both men.", "verdict:acquitted"},
		{"A judge at the war crimes court jailed six former soldiers.", "verdict:jailed"},
		{"Police jailed six protesters overnight.", "arrest:jailed"},
		{"A passenger plane crashed near the airport.", "accident:crashed"},
		{"The car crashed into a wall.", "accident:crashed"},
		{"The market crashed.", ""}, // no vehicle
		{"A gas explosion damaged the building.", "accident:gas explosion"},
		{"The ferry capsized off the coast.", "accident:capsized"},
		{"A strong earthquake shook the region.", "disaster:earthquake"},
		{"He won by a landslide victory.", ""},
		{"Floods swept the province.", "disaster:Floods"},
		{"A heavy snow storm killed two climbers.", "disaster:storm"},
		{"A political storm hit the cabinet.", ""},
		{"The storm passed.", ""}, // no havoc told
		{"Storms lashed the coast.", "disaster:Storms"},
		{"Stocks rallied on the news.", "market_movement:rallied"},
		{"The dollar fell against the yen.", "market_movement:fell"},
		{"The soldier fell from the wall.", ""},
		{"Oil prices rose to a record.", "market_movement:rose"},
		{"World oil prices plummeted on Monday.", "market_movement:plummeted"},
		{"The stock market index increased 12 points to 1,480 on Monday.", "market_movement:increased"},
		{"Share prices rebounded 1.3 percent on Friday.", "market_movement:rebounded"},
		{"The army retreated 10 kilometres on Monday.", ""}, // no market
		{"The index eased 0.4 percent on Monday.", "market_movement:eased"},
		{"The bank's shares softened 24 cents on Monday.", "market_movement:softened"},
		{"The dollar rallied against the yen on Monday.", "market_movement:rallied"}, // a currency's rally, no protest
		{"Russia strengthened its ties with China.", ""},                             // no market
		{"The economy grew 2 percent in the third quarter.", "market_movement:grew"},
		{"Tensions grew in the capital.", ""},   // no economy
		{"He contracted malaria in 2004.", ""},  // no economy
		{"The crowd grew to 5,000 people.", ""}, // no economy
		{"The central bank cut interest rates by half a point.", "economic_policy:cut"},
		{"The bank said it was raising its key interest rate.", "economic_policy:raising"},
		{"The regional assembly on Friday approved the province's planned 2009 budget.", "economic_policy:approved"},
		{"The senate passed the state budget for next year.", "economic_policy:passed"},
		{"The striker signed a three-year contract with the club, the goalkeeper said after the semifinal.", "business_deal:signed"},
		{"The polls closed at 6 p.m.", ""},
		{"He won the presidential poll on Sunday.", "election:poll"},
		{"A gas blast killed ten miners.", "accident:gas blast"},
		{"The army imposed a curfew on the town.", "coerce:curfew"},
		{"The curfew hours are long.", ""}, // no curfew imposed
		{"Police launched an investigation into the fire.", "investigate:investigation"},
		{"The investigation found nothing.", ""}, // a reference back
		{"Prosecutors will investigate the case.", "investigate:investigate"},
		{"The bank announced the acquisition of a rival.", "business_deal:acquisition"},
		{"The company earned $480 million last year.", "economic_report:earned"},
		{"She earned praise for her work.", ""},
		{"The carmaker posted a record profit.", "economic_report:posted"},
		{"The supreme court ruled that the law was unconstitutional.", "verdict:ruled"},
		{"The party ruled the country for decades.", ""},
		{"The two airlines announced a merger.", "business_deal:merger"},
		{"The studio bought its rival for 1.6 billion dollars.", "business_deal:bought"},
		{"Orbco bought Zentrix for 1.6 billion dollars.", "business_deal:bought"},
		{"The ministry bought weapons for 1.6 billion dollars.", ""}, // goods, no company
	} {
		var got []string
		for _, m := range Extract(input(c.text)) {
			got = append(got, string(m.Type)+":"+m.Trigger)
			if m.Type == Attack || m.Type == Killing || m.Type == Protest {
				t.Errorf("%q: a %s mention", c.text, m.Type)
			}
		}
		if g := strings.Join(got, " "); g != c.want {
			t.Errorf("%q: got %q, want %q", c.text, g, c.want)
		}
	}
}
