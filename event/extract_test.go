package event

import (
	"testing"
	"time"

	"github.com/chronograph-news/chronograph/timex"
)

func TestTypes(t *testing.T) {
	for _, c := range []struct {
		text    string
		typ     Type
		trigger string
	}{
		{"Erdogan visited Moscow last spring.", Visit, "visited"},
		{"Macron travelled to Beijing.", Visit, "travelled"},
		{"Lavrov arrived in Pyongyang.", Visit, "arrived"},
		{"Xi met Putin.", Meeting, "met"},
		{"Erdogan held talks with Xi.", Meeting, "held talks"},
		{"The summit ended early.", Meeting, "summit"},
		{"Xi and Putin spoke by phone.", PhoneCall, "spoke by phone"},
		{"Erdogan had a phone call with Macron.", PhoneCall, "phone call"},
		{"Erdogan held telephone talks with Macron.", PhoneCall, "telephone talks"},
		{"Erdogan had a telephone discussion with Macron.", PhoneCall, "telephone discussion"},
		{"Erdogan called Macron on the phone.", PhoneCall, "called"},
		{"Erdogan telephoned Macron.", PhoneCall, "telephoned"},
		{"Iran slammed the French proposal.", Disapprove, "slammed"},
		{"Erdogan called for talks with Macron.", ExpressIntentToCooperate, "called"}, // CAMEO 036; "with" is no phone call after "for"
		{"Turkey and France signed a treaty.", Agreement, "signed"},
		{"The two sides agreed in principle.", Agreement, "agreed in principle"},
		{"A ceasefire took hold.", Agreement, "ceasefire"},
		{"Iran issued a statement condemning the move.", Statement, "statement"},
		{"China deployed troops near the border.", MilitaryDeployment, "deployed"},
		{"Iran sent troops to the front.", MilitaryDeployment, "sent troops"},
		{"Iran sent about 200 soldiers.", MilitaryDeployment, "sent"},
		{"Iran supplied drones to Russia.", WeaponsSupply, "supplied"},
		{"Iran test-launched a ballistic missile.", WeaponsTest, "test-launched"},
		{"China fired two missiles into the sea.", WeaponsTest, "fired"},
		{"Turkey conducted a missile test.", WeaponsTest, "missile test"},
		{"France held joint naval exercises.", MilitaryExercise, "exercises"},
		{"Russia attacked Kyiv.", Attack, "attacked"},
		{"Russia launched an attack on Kyiv.", Attack, "attack"},
		{"Russia launched a strongly worded attack on the policy of Kyiv.", Disapprove, "attack"},
		{"Russia invaded Ukraine.", Invasion, "invaded"},
		{"Russia annexed Crimea.", Annexation, "annexed"},
		{"Ukraine captured the town.", Capture, "captured"},
		{"France provided humanitarian aid to Ukraine.", Aid, "humanitarian aid"},
		{"France imposed sanctions on Iran.", Sanction, "sanctions"},
		{"Students protested in Ankara.", Protest, "protested"},
		{"The minister resigned.", Resignation, "resigned"},
		{"Oil prices declined 3 percent.", MarketMovement, "declined"}, // not the dictionary's refusal
		{"Putin urged Kim to act.", Appeal, "urged"},                   // no URGE verb in the dictionary
	} {
		m := only(t, input(c.text), c.typ)
		if m.Trigger != c.trigger {
			t.Errorf("%q: trigger %q, want %q", c.text, m.Trigger, c.trigger)
		}
	}
}

func TestNotTriggers(t *testing.T) {
	for _, text := range []string{
		"Iran sent a letter to France.",              // send without troops
		"Russia bought artillery shells.",            // plural noun, not the verb shell
		"Officials called the shots.",                // call, not on the phone
		"The exercise of power is rare.",             // exercise without a military context
		"According to Yonhap, nothing else changed.", // "according" is not the noun accord
		"Iran said so in a statement.",               // reporting frame
		"Kim's aides said nothing.",                  // aides, not aid
		"Iran is going to say more.",                 // "going to" + verb is no trip
		"The firm was drilling for oil.",             // a verb form of a noun-only trigger
		"Armed men stood by.",                        // armed is no supply
		"The factory could not meet demand.",         // meet demand is no meeting
		"The truck slammed into a wall.",             // slamming into something is no criticism
		"The mobile telephone network grew.",         // telephone modifying a noun is no call
	} {
		// the lexicon's rules (the CAMEO dictionary's verbs are off)
		if ms := Extract(input(text)); len(ms) != 0 {
			t.Errorf("%q: want no mention, got %v", text, summary(ms))
		}
	}
}

func TestParticipants(t *testing.T) {
	for _, c := range []struct {
		text  string
		typ   Type
		roles string
		loc   string
	}{
		{"Putin visited Pyongyang.", Visit, "agent=person:putin location=place:pyongyang", "place:pyongyang"},
		{"Erdogan travelled to Beijing on Tuesday.", Visit, "agent=person:erdogan location=place:beijing", "place:beijing"},
		{"Shoigu met Kim in Pyongyang.", Meeting, "agent=person:shoigu counterpart=person:kim location=place:pyongyang", "place:pyongyang"},
		{"Xi held talks with Erdogan in Ankara.", Meeting, "agent=person:xi counterpart=person:erdogan location=place:ankara", "place:ankara"},
		// apposition and relative clause skipped
		{"Lavrov, the veteran diplomat, met Xi.", Meeting, "agent=person:lavrov counterpart=person:xi", ""},
		{"Macron, who visited Beijing in April, met Erdogan.", Meeting, "agent=person:macron counterpart=person:erdogan", ""},
		// passive
		{"Kyiv was attacked by Russia.", Attack, "agent=country:RUS target=place:kyiv", ""},
		// possessive
		{"Putin's visit to Pyongyang drew criticism.", Visit, "agent=person:putin location=place:pyongyang", "place:pyongyang"},
		// X-Y talks
		{"The Putin-Kim talks lasted hours.", Meeting, "agent=person:putin counterpart=person:kim", ""},
		// between X and Y
		{"The meeting between Xi and Erdogan ended.", Meeting, "agent=person:xi counterpart=person:erdogan", ""},
		// coordinated subject
		{"Kim and Putin signed a treaty.", Agreement, "agent=person:kim agent=person:putin", ""},
		// coordinated object
		{"Lavrov met Xi and Erdogan.", Meeting, "agent=person:lavrov counterpart=person:erdogan counterpart=person:xi", ""},
		// a title between country and name does not govern
		{"North Korean leader Kim visited Vladivostok.", Visit, "agent=person:kim location=place:vladivostok", "place:vladivostok"},
		// direct object target
		{"Russia invaded Ukraine.", Invasion, "agent=country:RUS target=country:UKR", ""},
		// weapons supply: recipient
		{"Iran supplied drones to Russia.", WeaponsSupply, "agent=country:IRN recipient=country:RUS", ""},
		// deployment destination
		{"North Korea deployed troops to Russia.", MilitaryDeployment, "agent=country:PRK location=country:RUS", "country:RUS"},
		// host
		{"Xi hosted Putin in Beijing.", Visit, "agent=person:putin counterpart=person:xi location=place:beijing", "place:beijing"},
		// premodifiers of a hostile noun: a demonym is the agent, a name the target
		{"The Russian invasion of Ukraine began.", Invasion, "agent=country:RUS target=country:UKR", ""},
		{"Officials discussed the Ukraine invasion.", Invasion, "target=country:UKR", ""},
		// passive deployment: the troops' country deploys
		{"Some 5,000 North Korean troops were deployed to Kursk.", MilitaryDeployment, "agent=country:PRK location=place:kursk", "place:kursk"},
		// "that" is a complementizer, not a determiner of the subject
		{"Tass reported that Russia has supplied drones to Iran.", WeaponsSupply, "agent=country:RUS recipient=country:IRN", ""},
		// an adjectival participle has no subject
		{"Kyiv counted the newly deployed North Korean troops.", MilitaryDeployment, "agent=country:PRK", ""},
		// a name after a group noun is no object of it
		{"Nobody knows how many troops North Korea has deployed.", MilitaryDeployment, "agent=country:PRK", ""},
		// a pronoun subject stands for the subject of the main clause
		{"Xi thanked Kim when he visited Beijing.", Visit, "agent=person:xi location=place:beijing", "place:beijing"},
		{"Russia warned Xi that it would deploy troops.", MilitaryDeployment, "agent=country:RUS", ""},
		// an actor merely in the sentence is no participant
		{"Putin visited Pyongyang while NATO watched.", Visit, "agent=person:putin location=place:pyongyang", "place:pyongyang"},
		// the reporter is no participant
		{"KCNA said Kim met Shoigu.", Meeting, "agent=person:kim counterpart=person:shoigu", ""},
	} {
		m := only(t, input(c.text), c.typ)
		if got := roles(m); got != c.roles {
			t.Errorf("%q: participants %q, want %q", c.text, got, c.roles)
		}
		if m.Location != c.loc {
			t.Errorf("%q: location %q, want %q", c.text, m.Location, c.loc)
		}
	}
}

func TestFactuality(t *testing.T) {
	for _, c := range []struct {
		text   string
		typ    Type
		want   Factuality
		source string
	}{
		{"Putin visited Pyongyang.", Visit, Asserted, ""},
		{"Putin visited Pyongyang, Tass reported.", Visit, Reported, "org:tass"},
		{"KCNA said Kim met Shoigu.", Meeting, Reported, "org:kcna"},
		{"According to Yonhap, Russia deployed troops.", MilitaryDeployment, Reported, "org:yonhap"},
		{"Kim reportedly met Shoigu.", Meeting, Reported, ""},
		{"Kim will visit Moscow.", Visit, Planned, ""},
		{"Kim plans to visit Moscow.", Visit, Planned, ""},
		{"Xi is expected to travel to Moscow.", Visit, Planned, ""},
		{"Erdogan would visit Beijing in the future.", Visit, Planned, ""},
		{"The summit is scheduled for next month.", Meeting, Planned, ""},
		{"The launch could be related to preparations for Kim to visit Russia.", Visit, Hypothetical, ""},
		{"If Iran sends troops, France will respond.", MilitaryDeployment, Hypothetical, ""},
		{"Russia may deploy troops.", MilitaryDeployment, Hypothetical, ""},
		{"Analysts discussed a possible visit by Xi.", Visit, Hypothetical, ""},
		{"Officials didn't say whether any new agreements were reached.", Agreement, Negated, ""},
		{"Kim has never visited Beijing.", Visit, Negated, ""},
		{"The Pentagon has not confirmed the deployment.", MilitaryDeployment, Negated, "org:pentagon"},
		{"Neither Russia nor Iran signed the treaty.", Agreement, Negated, ""},
		{"No agreement was reached.", Agreement, Negated, ""},
		{"Kim denied visiting Moscow.", Visit, Negated, ""},
		{"Iran refused to sign the deal.", Agreement, Negated, ""},
		// a negating verb far from the trigger does not negate it
		{"Iran rejected the plan before it signed the deal.", Agreement, Asserted, ""},
	} {
		m := only(t, input(c.text), c.typ)
		if m.Factuality != c.want || m.Source != c.source {
			t.Errorf("%q: factuality %s source %q, want %s %q", c.text, m.Factuality, m.Source, c.want, c.source)
		}
	}
}

func TestQuantities(t *testing.T) {
	for _, c := range []struct {
		text     string
		typ      Type
		min, max float64
		unit     string
		approx   bool
	}{
		{"Iran sent about 3,000 to 4,500 troops to Russia.", MilitaryDeployment, 3000, 4500, "troops", true},
		{"Iran deployed 8,000 soldiers.", MilitaryDeployment, 8000, 8000, "troops", false}, // one unit for military personnel
		{"Iran plans to send 2,000 fighters.", MilitaryDeployment, 2000, 2000, "troops", false},
		{"Iran deployed 500 special forces.", MilitaryDeployment, 500, 500, "troops", false},
		{"Iran deployed thousands of troops.", MilitaryDeployment, 1000, 9999, "troops", true},
		{"Iran deployed between 300 and 2,000 troops.", MilitaryDeployment, 300, 2000, "troops", false},
		{"China fired seven missiles.", WeaponsTest, 7, 7, "missiles", false},
		{"Iran supplied 1.5 million shells to Russia.", WeaponsSupply, 1.5e6, 1.5e6, "shells", false},
		{"Iran deployed 4,000 Iranian troops.", MilitaryDeployment, 4000, 4000, "troops", false},
	} {
		m := only(t, input(c.text), c.typ)
		if len(m.Quantities) != 1 {
			t.Errorf("%q: quantities %+v, want one", c.text, m.Quantities)
			continue
		}
		q := m.Quantities[0]
		if q.Min != c.min || q.Max != c.max || q.Unit != c.unit {
			t.Errorf("%q: quantity %+v, want %v-%v %s", c.text, q, c.min, c.max, c.unit)
		}
		if c.approx && !q.Approx {
			t.Errorf("%q: quantity %+v not approximate", c.text, q)
		}
	}
	// a year or a duration is no quantity
	in := input("In 2023, Iran deployed troops for 11 days.", tx{"2023", timex.Date, "2023", false}, tx{"11 days", timex.Duration, "P11D", false})
	m := only(t, in, MilitaryDeployment)
	if len(m.Quantities) != 0 {
		t.Errorf("%q: quantities %+v, want none", in.Text, m.Quantities)
	}
}

func TestDating(t *testing.T) {
	for _, c := range []struct {
		text  string
		times []tx
		typ   Type
		want  string // timex text, "" for publication
		basis Basis
	}{
		{"Putin met Kim on Friday.", []tx{{"Friday", timex.Date, "2024-06-14", true}}, Meeting, "Friday", Relative},
		{"In June 2023, Putin visited Pyongyang.", []tx{{"June 2023", timex.Date, "2023-06", false}}, Visit, "June 2023", Explicit},
		{"Putin visited Pyongyang.", nil, Visit, "", Publication},
		// durations and sets date nothing
		{"Russia held an 11-day exercise.", []tx{{"11-day", timex.Duration, "P11D", false}}, MilitaryExercise, "", Publication},
		// the date of the clause, not the other clause's
		{"Putin visited Pyongyang on 2023-05-02, and Kim met Shoigu on 2023-07-01.",
			[]tx{{"2023-05-02", timex.Date, "2023-05-02", false}, {"2023-07-01", timex.Date, "2023-07-01", false}}, Meeting, "2023-07-01", Explicit},
		// vague references date nothing; "recently" bounds the event by
		// the publication date
		{"Putin recently visited Pyongyang.", []tx{{"recently", timex.Date, "PAST_REF", true}}, Visit, "", PublicationBound},
	} {
		m := only(t, input(c.text, c.times...), c.typ)
		got := ""
		if m.Time != nil {
			got = m.Time.Text
		}
		if got != c.want || m.Basis != c.basis {
			t.Errorf("%q: dated by %q (%s), want %q (%s)", c.text, got, m.Basis, c.want, c.basis)
		}
	}
	// a future date makes an asserted event planned
	in := input("Kim visits Moscow on June 30.", tx{"June 30", timex.Date, "2024-06-30", true})
	if m := only(t, in, Visit); m.Factuality != Planned {
		t.Errorf("%q: %s, want planned", in.Text, m.Factuality)
	}
}

func TestTitles(t *testing.T) {
	for _, c := range []struct {
		text string
		typ  Type
		want string
	}{
		{"Putin visited Pyongyang.", Visit, "Putin visits Pyongyang"},
		{"Shoigu met Kim in Pyongyang.", Meeting, "Shoigu meets Kim Jong Un in Pyongyang"},
		{"Kim and Putin signed a treaty.", Agreement, "Kim Jong Un and Putin sign treaty"},
		{"Russia invaded Ukraine.", Invasion, "Russia invades Ukraine"},
		{"The summit ended early.", Meeting, "Summit held"},
		{"Pyongyang was visited in secret.", Visit, "Visit to Pyongyang"},
		{"Kim toured Russia with Putin.", Visit, "Kim Jong Un visits Russia"},
	} {
		if m := only(t, input(c.text), c.typ); m.Title != c.want {
			t.Errorf("%q: title %q, want %q", c.text, m.Title, c.want)
		}
	}
}

func TestMentionFields(t *testing.T) {
	text := "Iran was quiet. Xi met Putin in Moscow."
	m := only(t, input(text), Meeting)
	if m.Sentence != 1 || m.Quote != "Xi met Putin in Moscow." || text[m.QuoteStart:m.QuoteEnd] != m.Quote {
		t.Errorf("sentence %d quote %q [%d,%d)", m.Sentence, m.Quote, m.QuoteStart, m.QuoteEnd)
	}
	if text[m.Start:m.End] != "met" || m.Doc != "t" || m.Confidence != 1 {
		t.Errorf("trigger [%d,%d) doc %q confidence %v", m.Start, m.End, m.Doc, m.Confidence)
	}
	// a bare noun trigger with no participant is a weak cue
	if m := only(t, input("The treaty took effect."), Agreement); m.Confidence >= 1 {
		t.Errorf("bare noun confidence %v, want < 1", m.Confidence)
	}
}

func TestConfidenceFromDCT(t *testing.T) {
	in := input("Xi met Putin.")
	if m := only(t, in, Meeting); m.Confidence != 1 {
		t.Errorf("given DCT: confidence %v, want 1", m.Confidence)
	}
	in.DCTInferred = true
	inferred := only(t, in, Meeting).Confidence
	in.DCT, in.DCTInferred = time.Time{}, false
	none := only(t, in, Meeting).Confidence
	if !(none < inferred && inferred < 1) {
		t.Errorf("confidence with inferred DCT %v, with none %v: want none < inferred < 1", inferred, none)
	}
}

func TestNamesFallback(t *testing.T) {
	in := input("North Korean troops arrived. North Korea deployed troops to Russia.")
	in.Names = nil
	var titles []string
	for _, m := range Extract(in) {
		titles = append(titles, m.Title)
	}
	if len(titles) != 2 || titles[1] != "North Korea deploys forces to Russia" {
		t.Errorf("titles %q", titles)
	}
}
