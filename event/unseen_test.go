package event

import (
	"strings"
	"testing"

	"github.com/chronograph-news/chronograph/timex"
)

// TestUnseenTriggers checks the lexicon entries added for events of news
// outside the first gold articles (issue 8): power taken ("came to
// power", "took office", "took command", "assumed the presidency"), a
// claim rebuffed, rebukes (the dictionary's verbs of cameo_always), a
// gathering banned, a surrender, a verdict of guilt with the convict
// between "found" and "guilty", a court's order stayed, an official
// ratified in a post, each with a sentence where the same word tells no
// event; and that a start of a state in a clause of "since" only dates
// the main clause (state_start, background.go; with a time of its own:
// TestSinceStartOwnTime). Read with a real parse;
// want is "type:trigger" of the mentions told in the foreground, "" for
// none.
func TestUnseenTriggers(t *testing.T) {
	for _, c := range []struct {
		text string
		want string
	}{
		// power taken
		{"Putin came to power in 2000.", "appointment:came to power"},
		{"The new president took office on Monday.", "appointment:took office"},
		{"The new army chief took command on Tuesday.", "appointment:took command"},
		{"The deputy leader assumed the presidency of the party on Sunday.", "appointment:assumed"},
		{"Analysts assumed that the talks would fail.", ""},
		{"The group assumed responsibility for the attack.", ""},
		{"Relations with Moscow have been strained since Kim came to power.", ""},
		{"Sanctions have been imposed since the group took office.", "sanction:sanctions"},
		// a rejection and rebukes
		{"The faction rebuffed the leader's claims on Sunday.", "reject:rebuffed"},
		{"The ruling chastised the media on Friday.", ""},
		{"Putin chastised the media on Friday.", "disapprove:chastised"},
		{"Erdogan castigated the European Union on Monday.", "disapprove:castigated"},
		{"Macron rebuked his ministers on Tuesday.", "disapprove:rebuked"},
		{"The foreign minister deplored the shelling of the port on Monday.", "disapprove:deplored"},
		{"Putin lambasted the budget plan on Friday.", "disapprove:lambasted"},
		{"The report deplored the state of the roads.", ""},
		// a promotion, a town taken over
		{"The army chief promoted 40 officers to the rank of general on Monday.", "appointment:promoted"},
		{"The two countries promoted trade on Monday.", ""},
		{"Rebels took over the town on Sunday.", "capture:took over"},
		{"The bank took over the insurer in May.", "business_deal:took over"}, // a company taken over: a deal, no capture
		// a plea, a search
		{"Annan pleaded for a new push for peace on Tuesday.", "appeal:pleaded"},
		{"The former mayor pleaded not guilty on Tuesday.", "trial:pleaded not guilty"}, // a plea in court, no appeal
		{"Turkish police searched the lorry on Friday.", "investigate:searched"},
		// a trading day opened, a market moved by a figure, a home demolished
		{"European stocks opened lower on Friday.", "market_movement:opened"},
		{"The index moved up 1.2 points on Monday.", "market_movement:moved up"},
		{"The summit opened in Paris on Tuesday.", ""},
		{"Israeli soldiers demolished two houses in the town on Monday.", "coerce:demolished"},
		// a stabbing, a purchase
		{"A man stabbed his neighbour to death on Monday.", "killing:stabbed"},
		{"A man stabbed a policeman in Paris on Monday.", "attack:stabbed"},
		{"The bank purchased a stake in the insurer on Monday.", "business_deal:purchased"},
		{"The ministry purchased new computers on Monday.", ""},
		// a plan rejected; a charge rejected is a denial
		{"Erdogan rejected the budget plan on Tuesday.", "reject:rejected"},
		{"Five recruits were rejected from the army draft on Tuesday.", ""},
		// a company's part sold; goods sold are none
		{"The mining group sold its stake in the bank on Monday.", "business_deal:sold"},
		{"The farmers sold their crops on Monday.", ""},
		// a statement taken from someone is no statement of the taker
		{"Putin issued a statement on Friday.", "statement:statement"},
		{"Two investigators took a statement from Putin on Friday.", ""},
		// a mine flooded
		{"The shaft was flooded on Monday, trapping twelve workers.", "accident:flooded"},
		{"Cheap imports flooded the market on Monday.", ""},
		// a legislature's vote
		{"The Italian parliament voted on Friday to extend the mission of its troops.", "legislation:voted"},
		{"Lawmakers voted against the bill on Tuesday.", "legislation:voted"},
		{"The villagers voted on Sunday.", ""},
		// an event noun that says what a thing or a place is for
		{"China will build a conference center in Addis Ababa.", ""},
		{"Police guarded the summit venue in Beijing on Monday.", ""},
		{"Rescuers reached the crash site on Monday.", ""},
		{"The ministry opened five new demonstration farms for rice growers.", ""},             // a number or an adjective opens the phrase
		{"The stadium hosted a famous athletics meeting in Nairobi in 1950.", ""},              // a sports meeting
		{"Many Kenyan firms are seizing the time to explore deals with Chinese partners.", ""}, // time seized is no place taken
		{"Indonesia bought fighter jets and Kalashnikov assault rifles in 2009.", ""},          // a name opens the plural phrase
		{"Kurdish rebels attacked an army training camp on Monday.", "attack:attacked"},
		{"The former Warsaw Pact members joined the alliance in 1999.", "diplomatic_cooperation:joined"}, // no pact of the name; the joining is one (joinbloc_test.go)
		// a name inside a dateline's sentence full of names, which is no
		// headline in title case for its lowercase words
		{"STOCKHOLM, May 4 (TT) -- Swedish star Bjorn Lind, the current Grand Slam winner of WTA Premier Series events, now trains junior players in Stockholm.", ""},
		{"Israeli Troops Attack Gaza Town", "attack:attack"},
		// a sentence telling its verb in lower case is no title, however
		// many of its words a name capitalizes
		{"Serena Okafor won her 9th Grand Slam trophy at the French Open on Sunday.", "sport_result:won"},
		// a circular or a notice issued is its issuer's statement
		{"The health ministry issued a circular on Monday requiring hospitals to report flu cases.", "statement:circular"},
		{"The hospital received a circular from the ministry on Monday.", ""},
		// a record set or shattered in a game, a side overcome; not a
		// market's record, nor obstacles overcome
		{"Kenyan swimmer Mary Wambui set a new world record in the women's freestyle on Sunday.", "sport_result:set"},
		{"The Tokyo stock index set a new record on Friday.", ""},
		{"Defending champion Lee Wei overcame Taufik Hidayat 21-17, 21-15 in the semifinal on Sunday.", "sport_result:overcame"},
		{"The villagers overcame many difficulties last year.", ""},
		// lightning that strikes people; not a lightning offensive
		{"Lightning struck and killed three shepherds on a hillside near Quetta on Monday.", "disaster:lightning"},
		{"The minister paid a lightning visit to Kabul on Monday.", "visit:visit"},
		// a work stoppage staged, a walkout; not delegates walking out
		{"Some 300 dock workers staged a work stoppage at the port on Friday.", "protest:work stoppage"},
		{"The nurses began a walkout at the hospital on Friday.", "protest:walkout"},
		// a gathering banned
		{"Police banned the opposition rally on Saturday.", "coerce:banned"},
		{"The doctor banned sugar from his diet.", ""},
		// a surrender
		{"The former commander surrendered to the tribunal in March.", "yield:surrendered"},
		// a verdict with the convict between the words; a body found is
		// no verdict but a death (deathfound_test.go)
		{"A federal jury on Monday found the driver guilty of smuggling.", "verdict:found"},
		{"Police found the body of the driver on Monday.", "death:found"},
		// an official ratified in a post, a treaty ratified
		{"Only one official was ratified in his post on Monday.", "appointment:ratified"},
		{"Parliament ratified the treaty with Russia on Monday.", "agreement:ratified"},
		// a court's order stayed
		{"The Supreme Court on Tuesday stayed the deportation order against Kim.", "verdict:stayed"},
		{"Putin stayed in Moscow in order to rest on Monday.", ""},
		{"Putin stayed calm after the ruling on Monday.", ""},
	} {
		ms := Extract(parsed(t, c.text))
		var got []string
		for _, m := range ms {
			if !m.Background {
				got = append(got, string(m.Type)+":"+strings.ToLower(m.Trigger))
			}
		}
		if strings.Join(got, ",") != c.want {
			t.Errorf("%q: got %v, want %q (all: %v)", c.text, got, c.want, summary(ms))
		}
	}
}

// TestSinceStartOwnTime checks that a start of a state in a clause of
// "since" dated by a time of its own is told as an event of that time,
// while the same clause with no time of its own stays in the background
// (background.go, sinceStart).
func TestSinceStartOwnTime(t *testing.T) {
	y2000 := tx{"in 2000", timex.Date, "2000", false}
	march := tx{"in March", timex.Date, "2024-03", false}
	for _, c := range []struct {
		text  string
		times []tx
		want  string
	}{
		{"Relations with Tokyo have been strained since Putin came to power in 2000.", []tx{y2000}, "appointment:came to power@2000"},
		{"It is the lowest level since the premier took office in March.", []tx{march}, "appointment:took office@2024-03"},
		{"Relations with Tokyo have been strained since Putin came to power.", nil, ""},
	} {
		var got []string
		for _, m := range Extract(parsed(t, c.text, c.times...)) {
			if !m.Background && m.Type == "appointment" {
				value := ""
				if m.Time != nil {
					value = m.Time.Value
				}
				got = append(got, string(m.Type)+":"+strings.ToLower(m.Trigger)+"@"+value)
			}
		}
		if strings.Join(got, ",") != c.want {
			t.Errorf("%q: got %v, want %q", c.text, got, c.want)
		}
	}
}

// TestCompanyBid checks that a bid or an offer made for a company is a
// business deal (data/triggers.yaml, bid, offer): a purchase after it or
// a kind of takeover before it; a bid as an aim ("in a bid to") and a
// candidate's bid are none.
func TestCompanyBid(t *testing.T) {
	for _, c := range []struct {
		text string
		want string
	}{
		{"Two investors submitted a bid on Wednesday to buy the media group.", "business_deal:bid"},
		{"The bank launched a takeover bid for the insurer in March.", "business_deal:bid"},
		{"The fund made a cash offer of 300 pence per share for the brewer on Monday.", "business_deal:offer"},
		{"Police raided the camp in a bid to find the weapons on Monday.", "attack:raided"},
		{"The senator launched a presidential bid on Monday.", ""},
	} {
		var got []string
		for _, m := range Extract(parsed(t, c.text)) {
			if !m.Background && (m.Type == "business_deal" || m.Type == "attack") {
				got = append(got, string(m.Type)+":"+strings.ToLower(m.Trigger))
			}
		}
		if strings.Join(got, ",") != c.want {
			t.Errorf("%q: got %v, want %q", c.text, got, c.want)
		}
	}
}
