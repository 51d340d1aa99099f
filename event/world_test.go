package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/timex"
)

// Table tests of the world-news vocabulary and of the frames that widen
// recall: aspectual verbs with event nouns, parties named by their
// envoys, when-clauses and narrative dating.

func TestWorldTriggers(t *testing.T) {
	for _, c := range []struct {
		text    string
		typ     Type
		trigger string
	}{
		{"Turkey and France opened a conference on trade.", Meeting, "conference"},
		{"Iran and France began discussions on the dispute.", Meeting, "discussions"},
		{"Macron gave a speech in Ankara.", Statement, "speech"},
		{"Turkey accused France of meddling.", Disapprove, "accused"}, // CAMEO 112: a statement filed under root 11
		{"Erdogan held a news conference.", Statement, "news conference"},
		{"Turkey offered to mediate between Iran and France.", Negotiation, "mediate"},
		{"A gunman shot two guards.", Attack, "shot"},
		{"Rebels ambushed a convoy near Kursk.", Attack, "ambushed"},
		{"Police clashed with students.", Attack, "clashed"},
		{"Protesters clashed with police in Ankara.", Protest, "clashed"}, // a crowd: a riot
		{"Police clashed with mourners after the funeral.", Protest, "clashed"},
		{"A bomb exploded outside the embassy.", Attack, "exploded"},
		{"A car bomb went off near the market.", Attack, "went off"},
		{"Gunmen murdered a judge.", Killing, "murdered"},
		{"The assassination of the mayor shocked Ankara.", Killing, "assassination"},
		{"Students protested the murder of a judge.", Killing, "murder"},
		{"Gunmen injured ten people in Ankara.", Killing, "injured"},
		{"France boycotted the games.", Sanction, "boycotted"},
		{"Turkey donated tents to Iran.", Aid, "donated"},
		{"Thousands rallied against the government.", Protest, "rallied"},
		{"Students rioted in Ankara.", Protest, "rioted"},
		{"Voters elected a new parliament.", Election, "elected"},
		{"Iran held a referendum.", Election, "referendum"},
		{"Police charged the driver with manslaughter.", Arrest, "charged"},
		{"A court jailed the editor.", Verdict, "jailed"}, // a sentence, not an arrest
		{"Police jailed the editor.", Arrest, "jailed"},
		{"Macron nominated a new prime minister.", Appointment, "nominated"},
		{"Erdogan headed to Beijing.", Visit, "headed"},
		{"Lavrov left for Beijing.", Visit, "left"},
		{"Macron was sworn in as president.", Appointment, "sworn in"},
		{"Troops stormed the embassy.", Attack, "stormed"},
		{"Iran released two prisoners.", Release, "released"},
		{"Rebels freed the hostages on Friday.", Release, "freed"},
		{"Russia withdrew its troops from Kursk.", Withdrawal, "withdrew"},
		{"The withdrawal of French forces began.", Withdrawal, "withdrawal"},
		{"France expelled two Russian diplomats.", Expulsion, "expelled"},
		{"Gunmen kidnapped a French engineer.", Abduction, "kidnapped"},
		{"Rebels took hostage ten tourists.", Abduction, "took hostage"},
		{"The army reinforced its troops near the border.", MilitaryDeployment, "reinforced"},
		// a noun's armed cue may come from the sentence before
		{"Militants targeted two embassies. The blast in Ankara shook the city.", Attack, "blast"},
	} {
		m := only(t, input(c.text), c.typ)
		if m.Trigger != c.trigger {
			t.Errorf("%q: trigger %q, want %q", c.text, m.Trigger, c.trigger)
		}
	}
}

func TestWorldNotTriggers(t *testing.T) {
	for _, c := range []struct {
		text  string
		times []tx
	}{
		// deploy with no military object
		{"The oil company deployed a drilling rig in the area.", nil},
		{"The city deployed snowplows overnight.", nil},
		{"The survey reinforced the view of analysts.", nil},        // reinforce with no military object
		{"Riot police guarded the square.", nil},                    // riot as a modifier
		{"Elected officials were absent.", nil},                     // elect as an adjective
		{"Erdogan told a news conference nothing.", nil},            // a reporting frame
		{"The crew shot a film in Ankara.", nil},                    // shooting a film
		{"The company released its earnings.", nil},                 // release of no captive
		{"Gales lashed the coast.", nil},                            // weather, no armed cue
		{"He faces murder charges.", nil},                           // a charge, no event
		{"She was injured in a fall.", nil},                         // no use of force
		{"The minister was forced to withdraw from the race.", nil}, // withdraw of no troops
		// "March" is a month
		{"Turkey accepted the invitation in March.", []tx{{"March", timex.Date, "2024-03", true}}},
	} {
		if ms := Extract(input(c.text, c.times...)); len(ms) != 0 {
			t.Errorf("%q: want no mention, got %v", c.text, summary(ms))
		}
	}
}

// TestAspectualNouns covers event nouns as objects of aspectual verbs
// ("started discussions", "resumed talks"): the verb's subject is the
// noun's agent.
func TestAspectualNouns(t *testing.T) {
	for _, c := range []struct {
		text    string
		typ     Type
		trigger string
		roles   string
	}{
		{"China and Russia started discussions on the border.", Meeting, "discussions", "agent=country:CHN agent=country:RUS"},
		{"Iran and Turkey resumed talks in Ankara.", Meeting, "talks", "agent=country:IRN agent=country:TUR location=place:ankara"},
		{"France and Iran opened negotiations.", Negotiation, "negotiations", "agent=country:FRA agent=country:IRN"},
		{"Xi and Putin concluded consultations in Moscow.", Meeting, "consultations", "agent=person:putin agent=person:xi location=place:moscow"},
		{"Turkey and France continued talks.", Meeting, "talks", "agent=country:FRA agent=country:TUR"},
	} {
		m := only(t, input(c.text), c.typ)
		if m.Trigger != c.trigger || roles(m) != c.roles {
			t.Errorf("%q: %q with %q, want %q with %q", c.text, m.Trigger, roles(m), c.trigger, c.roles)
		}
	}
}

// TestPartyFrom covers groups named by their origin: "delegations from
// X and Y" act for X and Y.
func TestPartyFrom(t *testing.T) {
	for _, c := range []struct {
		text  string
		typ   Type
		roles string
	}{
		{"Delegations from China and Russia started talks.", Meeting, "agent=country:CHN agent=country:RUS"},
		{"Officials from Iran and Turkey met in Ankara.", Meeting, "agent=country:IRN agent=country:TUR location=place:ankara"},
		{"Troops from Russia attacked Kursk.", Attack, "agent=country:RUS target=place:kursk"},
		{"Envoys from France held talks with Iran.", Meeting, "agent=country:FRA counterpart=country:IRN"},
		{"Turkey held talks with envoys from Iran.", Meeting, "agent=country:TUR counterpart=country:IRN"},
		{"Talks between delegations from Iran and France ended.", Meeting, "agent=country:IRN counterpart=country:FRA"},
		// "from" far from the governing preposition names no party
		{"The meeting coincided with a gathering of ministers from Iran.", Meeting, ""},
		// origin of people who act for no one: no party
		{"Tourists from France visited Ankara.", Visit, "location=place:ankara"},
	} {
		m := only(t, input(c.text), c.typ)
		if roles(m) != c.roles {
			t.Errorf("%q: roles %q, want %q", c.text, roles(m), c.roles)
		}
	}
}

// TestWorldDating covers when-clauses and narrative dating.
func TestWorldDating(t *testing.T) {
	d := func(text, value string, rel bool) tx { return tx{text, timex.Date, value, rel} }
	for _, c := range []struct {
		text    string
		times   []tx
		trigger string
		want    string // "" for publication
	}{
		// a when-clause's date dates its main clause
		{"Ten soldiers were killed when rebels stormed their base last February.",
			[]tx{d("last February", "2024-02", true)}, "killed", "2024-02"},
		// a misfortune's toll is no killing: the crash is dated instead
		{"Ten soldiers were killed when a helicopter crashed last February.",
			[]tx{d("last February", "2024-02", true)}, "crashed", "2024-02"},
		// a when-clause after a time expression is dated by it
		{"Macron lived in Ankara from 1968, when Russia invaded Ukraine, until 1989.",
			[]tx{d("1968", "1968", false), d("1989", "1989", false)}, "invaded", "1968"},
		// an indirect question dates nothing of its main clause
		{"Macron visited Ankara, but it is unclear when Erdogan will visit Beijing in July.",
			[]tx{d("July", "2024-07", true)}, "visited", ""},
		// a verb takes the date of the event noun it tells more about
		{"Police recalled the 2019 bombing that killed ten people.",
			[]tx{d("2019", "2019", false)}, "killed", "2019"},
		{"The 2019 bombing in Ankara killed ten people.",
			[]tx{d("2019", "2019", false)}, "killed", "2019"},
		{"Ten people were killed in the 2019 bombing of a market.",
			[]tx{d("2019", "2019", false)}, "killed", "2019"},
		// ... not across a reporting verb
		{"The 2019 bombing, police said, killed ten people.",
			[]tx{d("2019", "2019", false)}, "killed", ""},
		// narrative dating: the simple past goes on with the day told before
		{"A bomb exploded in Ankara on Friday. Police arrested two men.",
			[]tx{d("Friday", "2024-06-14", true)}, "arrested", "2024-06-14"},
		// an anchoring clause dates the governing verb, not an infinitive
		{"Putin invited Kim to visit Moscow when he visited Pyongyang last year.",
			[]tx{d("last year", "2023", true)}, "visit", ""},
		// a progressive is no narrative past
		{"A bomb exploded in Ankara on Friday. Soldiers are being killed.",
			[]tx{d("Friday", "2024-06-14", true)}, "killed", ""},
		// a perfect reaches back: no narrative date
		{"A bomb exploded in Ankara on Friday. Police have arrested two men.",
			[]tx{d("Friday", "2024-06-14", true)}, "arrested", ""},
		// an old day: only the sentence just before carries on (a recent
		// one reaches farther: TestNarrativeReach)
		{"A bomb exploded in Ankara on March 2, 2020. The city is calm. Police arrested two men.",
			[]tx{d("March 2, 2020", "2020-03-02", false)}, "arrested", ""},
		// a coarse date does not carry on
		{"A bomb exploded in Ankara in June. Police arrested two men.",
			[]tx{d("June", "2024-06", true)}, "arrested", ""},
	} {
		m := find(t, input(c.text, c.times...), c.trigger)
		got := timeValue(m)
		if got != c.want {
			t.Errorf("%q: %q dated %q, want %q", c.text, c.trigger, got, c.want)
		}
	}
}

// TestViolentCue covers a use of force that needs an armed cue finding it
// in another, unconditional use of force of the sentence.
func TestViolentCue(t *testing.T) {
	m := find(t, input("Two people were killed and eight injured in Ankara."), "injured")
	if m.Type != Killing {
		t.Errorf("injured: type %s, want %s", m.Type, Killing)
	}
}
