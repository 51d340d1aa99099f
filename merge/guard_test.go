package merge

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/chronograph-news/chronograph/event"
	"github.com/chronograph-news/chronograph/timeline"
)

// with returns m with participants of role added.
func with(m event.Mention, role event.Role, ids ...string) event.Mention {
	m.Participants = slices.Clone(m.Participants)
	for _, id := range ids {
		m.Participants = append(m.Participants, event.Participant{ActorID: id, Role: role})
	}
	return m
}

// at returns m located at place.
func at(m event.Mention, place string) event.Mention {
	m.Location = place
	return m
}

// coded returns m with trigger and CAMEO code.
func coded(m event.Mention, trigger, code string) event.Mention {
	m.Trigger, m.CAMEO = trigger, code
	return m
}

// towns returns n mentions of a shelling on 2025-03-20, one per town, by
// agent ("" for none), each in its own document or all in one; role says
// whether the town is the target or the location.
func towns(n int, agent string, role event.Role, oneDoc bool) []event.Mention {
	var ms []event.Mention
	for i := range n {
		doc, sent := fmt.Sprintf("t%d", i), 0
		if oneDoc {
			doc, sent = "t", i
		}
		m := coded(mention(doc, sent, event.Attack, "2025-03-20", agent), "shelled", "190")
		town := fmt.Sprintf("place:town%d", i)
		if role == event.Location {
			m = at(m, town)
		} else {
			m = with(m, role, town)
		}
		ms = append(ms, m)
	}
	return ms
}

// guardOpts are opts with ten towns inside country:UKR.
// injured marks m a mention of injuries only (event.Mention.Injury).
func injured(m event.Mention) event.Mention {
	m.Injury = true
	return m
}

func guardOpts() Options {
	o := opts()
	o.Affiliation["place:town0"] = "country:UKR"
	for i := range 10 {
		o.Affiliation[fmt.Sprintf("place:town%d", i)] = "country:UKR"
	}
	o.Affiliation["person:putin"] = "country:RUS"
	return o
}

func TestMergeOneHappening(t *testing.T) {
	ten := func(s string) []string {
		out := make([]string, 10)
		for i := range out {
			out[i] = s
		}
		return out
	}
	tests := []struct {
		name     string
		mentions []event.Mention
		want     []string
	}{
		{
			"synonym triggers of one signing merge across documents",
			[]event.Mention{
				coded(mention("a", 0, event.Agreement, "2025-03-21", "country:RUS", "country:PRK"), "signs", "057"),
				coded(mention("b", 3, event.Agreement, "2025-03-21", "country:PRK", "country:RUS"), "signing ceremony", "057"),
				coded(mention("c", 1, event.Agreement, "2025-03-21", "person:kim", "person:shoigu"), "inks", "057"),
			},
			[]string{"2025-03-21 agreement a,b,c"},
		},
		{
			"an attack and the killing it caused are one event",
			[]event.Mention{
				with(coded(mention("a", 0, event.Attack, "2025-03-20", "country:RUS"), "air strike", "195"), event.Target, "place:town1"),
				with(coded(mention("b", 2, event.Killing, "2025-03-20", "country:RUS"), "killed", "190"), event.Target, "agent:UKR:civilians"),
			},
			[]string{"2025-03-20 attack a,b"},
		},
		{
			"injuries with no death told make an attack",
			[]event.Mention{
				injured(with(coded(mention("a", 0, event.Killing, "2025-03-20", "country:RUS"), "wounded", "190"), event.Target, "agent:UKR:civilians")),
			},
			[]string{"2025-03-20 attack a"},
		},
		{
			"injuries beside a death told stay a killing",
			[]event.Mention{
				with(coded(mention("a", 0, event.Killing, "2025-03-20", "country:RUS"), "killed", "190"), event.Target, "agent:UKR:civilians"),
				injured(with(coded(mention("a", 1, event.Killing, "2025-03-20", "country:RUS"), "wounded", "190"), event.Target, "agent:UKR:civilians")),
			},
			[]string{"2025-03-20 killing a"},
		},
		{
			"the capture of a town and the fighting it ended are one event",
			[]event.Mention{
				coded(mention("a", 17, event.Capture, "2025-03", "agent:RUS:military"), "captured", "192"),
				coded(mention("a", 17, event.Attack, "2025", ""), "fighting", "190"),
			},
			[]string{"2025-03 capture a"},
		},
		{
			"a visit and the arrival that starts it are one event",
			[]event.Mention{
				coded(mention("a", 0, event.Visit, "2025-03-21", "person:shoigu"), "arrived", "042"),
				coded(mention("b", 1, event.Meeting, "2025-03-21", "person:shoigu", "person:kim"), "talks", "040"),
			},
			[]string{"2025-03-21 meeting a,b"},
		},
		{
			"a traveller's visits to two countries are two journeys, however their dates nest",
			[]event.Mention{
				at(coded(mention("a", 4, event.Visit, "2025-03", "person:putin"), "visited", "042"), "country:JOR"),
				at(coded(mention("b", 0, event.Visit, "2025-03-21", "person:putin"), "arrived", "042"), "country:VNM"),
			},
			[]string{"2025-03 visit a", "2025-03-21 visit b"},
		},
		{
			"a visit to a country and the arrival in its capital are one journey",
			[]event.Mention{
				at(coded(mention("a", 4, event.Visit, "2025-03", "person:shoigu"), "visited", "042"), "country:PRK"),
				at(coded(mention("b", 0, event.Visit, "2025-03-21", "person:shoigu"), "arrived", "042"), "place:pyongyang"),
			},
			[]string{"2025-03-21 visit a,b"},
		},
		{
			"ten shellings of different towns by one generic agent stay ten",
			towns(10, "agent:RUS:military", event.Target, false),
			ten("2025-03-20 attack"),
		},
		{
			"ten shellings told in one article stay ten",
			towns(10, "agent:RUS:military", event.Target, true),
			ten("2025-03-20 attack"),
		},
		{
			"ten shellings of towns naming no agent stay ten",
			towns(10, "", event.Target, false),
			ten("2025-03-20 attack"),
		},
		{
			"ten shellings at different towns in one article stay ten",
			towns(10, "", event.Location, true),
			ten("2025-03-20 attack"),
		},
		{
			"a shelling of the country the towns lie in does not chain them",
			append(towns(3, "agent:RUS:military", event.Target, false),
				with(mention("u", 0, event.Attack, "2025-03-20", "agent:RUS:military"), event.Target, "country:UKR")),
			[]string{"2025-03-20 attack", "2025-03-20 attack", "2025-03-20 attack"},
		},
		{
			"a meeting with another counterpart on the same day is another meeting",
			[]event.Mention{
				mention("a", 0, event.Meeting, "2025-03-21", "person:putin", "person:kim"),
				mention("b", 0, event.Meeting, "2025-03-21", "person:putin", "person:xi"),
				mention("c", 0, event.Meeting, "2025-03-21", "person:kim", "person:putin"),
				mention("d", 0, event.Meeting, "2025-03-21", "country:RUS", "country:PRK"),
			},
			[]string{"2025-03-21 meeting a,c,d", "2025-03-21 meeting b"},
		},
		{
			"two meetings sharing two named persons are one, whatever other company each names",
			[]event.Mention{
				mention("a", 0, event.Meeting, "2025-03-21", "person:vell", "person:osk", "person:arno"),
				with(mention("b", 0, event.Meeting, "2025-03-21", "person:vell", "person:osk"), event.Agent, "person:mira"),
			},
			[]string{"2025-03-21 meeting a,b"},
		},
		{
			"sharing one named person and its country is still two meetings",
			[]event.Mention{
				mention("a", 0, event.Meeting, "2025-03-21", "person:vell", "person:osk", "country:ARD"),
				mention("b", 0, event.Meeting, "2025-03-21", "person:vell", "person:arno", "country:ARD"),
			},
			[]string{"2025-03-21 meeting a", "2025-03-21 meeting b"},
		},
		{
			"the noun of a dated verb in its sentence takes its date",
			[]event.Mention{
				coded(mention("a", 14, event.Agreement, "1998", "org:vfa", "country:PHL"), "signed", "057"),
				noun(coded(mention("a", 14, event.Agreement, "", "org:vfa"), "Agreement", "057")),
			},
			[]string{"1998 agreement a"},
		},
		{
			"two verbs of one sentence are two clauses: the undated one keeps the publication date",
			[]event.Mention{
				coded(mention("a", 14, event.Agreement, "1998", "org:vfa", "country:PHL"), "signed", "057"),
				coded(mention("a", 14, event.Agreement, "", "org:vfa"), "renewed", "057"),
			},
			[]string{"1998 agreement a", "2025-03-21 agreement a"},
		},
		{
			"the noun of a journey takes the date of the meeting verb of its sentence",
			[]event.Mention{
				coded(mention("a", 6, event.Meeting, "2025-03-20", "person:shoigu", "person:kim"), "met", "040"),
				noun(at(coded(mention("a", 6, event.Visit, "", "person:shoigu"), "trip", "042"), "country:PRK")),
			},
			[]string{"2025-03-20 meeting a"},
		},
		{
			"a verb of another type does not take the date of a noun in its sentence",
			[]event.Mention{
				noun(coded(mention("a", 6, event.Invasion, "2003", "country:USA"), "invasion", "192")),
				coded(mention("a", 6, event.Killing, "", "agent:USA:military"), "killed", "190"),
			},
			[]string{"2003 invasion a", "2025-03-21 killing a"},
		},
		{
			"a noun does not take the date of a noun of another type in its sentence",
			[]event.Mention{
				noun(coded(mention("a", 6, event.Attack, "2024-10", "person:bomber"), "attacks", "190")),
				noun(coded(mention("a", 6, event.Killing, "", "person:bomber"), "killings", "190")),
			},
			[]string{"2024-10 attack a", "2025-03-21 killing a"},
		},
		{
			"a publication-dated mention elsewhere in the article keeps its date",
			[]event.Mention{
				coded(mention("a", 14, event.Agreement, "1998", "org:vfa", "country:PHL"), "signed", "057"),
				coded(mention("a", 20, event.Agreement, "", "org:vfa"), "agreement", "057"),
			},
			[]string{"1998 agreement a", "2025-03-21 agreement a"},
		},
		{
			"a sentence copied word for word in two articles is one report",
			[]event.Mention{
				{Doc: "a", Sentence: 7, Type: event.Statement, Trigger: "statement", Time: tx("2025-02-27"), Factuality: event.Asserted,
					Quote: "In its Feb. 27 statement, the intelligence service said it was counting the troops."},
				{Doc: "b", Sentence: 8, Type: event.Statement, Trigger: "statement", Time: tx("2025-02-27"), Factuality: event.Asserted,
					Quote: "In its Feb. 27  statement, the intelligence service said it was counting the troops."},
				{Doc: "c", Sentence: 8, Type: event.Statement, Trigger: "statement", Time: tx("2025-02-27"), Factuality: event.Asserted,
					Quote: "In a Feb. 27 statement, the ministry said the troops had left."},
			},
			[]string{"2025-02-27 statement a,b", "2025-02-27 statement c"},
		},
		{
			"a mention naming only a target joins the one event of its kind against it",
			[]event.Mention{
				with(mention("a", 2, event.Arrest, "2024-09", "country:GEO"), event.Target, "agent:RUS:military"),
				with(mention("c", 0, event.Arrest, "2024-09", ""), event.Target, "country:RUS"),
			},
			[]string{"2024-09 arrest a,c"},
		},
		{
			"a mention naming only a target that two events share joins neither",
			[]event.Mention{
				with(mention("a", 2, event.Arrest, "2024-09", "country:GEO"), event.Target, "agent:RUS:military"),
				with(mention("b", 2, event.Arrest, "2024-09", "country:UKR"), event.Target, "agent:RUS:military"),
				with(mention("c", 0, event.Arrest, "2024-09", ""), event.Target, "country:RUS"),
			},
			[]string{"2024-09 arrest a", "2024-09 arrest b", "2024-09 arrest c"},
		},
	}
	o := guardOpts()
	o.Affiliation["agent:RUS:military"] = "country:RUS"
	r := rand.New(rand.NewPCG(3, 4))
	for _, tt := range tests {
		events := Merge(tt.mentions, o)
		got := summary(events)
		if len(tt.want) == 10 || len(tt.want) == 3 && tt.want[0] == tt.want[1] {
			got = typesAndDates(events)
		}
		slices.Sort(got)
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, got, tt.want)
		}
		// The result does not depend on the order of the input.
		for range 5 {
			shuffled := slices.Clone(tt.mentions)
			r.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
			if again := Merge(shuffled, o); !reflect.DeepEqual(again, events) {
				t.Errorf("%s: order-dependent result:\n%v\n%v", tt.name, summary(again), got)
				break
			}
		}
	}
}

// typesAndDates is summary without the documents.
func typesAndDates(events []timeline.Event) []string {
	var out []string
	for _, e := range events {
		out = append(out, e.Date.Value+" "+e.Type)
	}
	return out
}

func TestMergeCAMEOCodes(t *testing.T) {
	ms := []event.Mention{
		coded(mention("a", 0, event.Attack, "2025-03-20", "country:RUS"), "air strike", "195"),
		coded(mention("b", 0, event.Attack, "2025-03-20", "country:RUS"), "attack", "190"),
		coded(mention("c", 0, event.Killing, "2025-03-20", "country:RUS"), "killed", ""),
		coded(mention("d", 0, event.Assault, "2025-03-20", "country:RUS"), "suicide bombing", "183"),
	}
	got := Merge(ms, guardOpts())
	if len(got) != 1 {
		t.Fatalf("got %v, want one event", summary(got))
	}
	if e := got[0]; e.Type != "attack" || e.CAMEO != "190" || !slices.Equal(e.CAMEOCodes, []string{"190", "183", "195"}) {
		t.Errorf("type %s, cameo %s, codes %q; want attack, 190, [190 183 195]", e.Type, e.CAMEO, e.CAMEOCodes)
	}
	one := Merge(ms[1:2], guardOpts())
	if len(one) != 1 || one[0].CAMEOCodes != nil {
		t.Errorf("one code: got %+v, want no cameo_codes", one)
	}
}

// noun marks m as told by a noun trigger.
func noun(m event.Mention) event.Mention {
	m.Noun = true
	return m
}

// TestNounOfVerb: a noun and a verb of one type in one sentence tell one
// act, whatever targets each names ("rallies against the mayor turned
// violent when marchers threw bottles at officers"); two verbs of it, or
// a type a document tells many instances of (results), stay apart.
func TestNounOfVerb(t *testing.T) {
	o := guardOpts()
	rally := quoted("a", 2, event.Protest, "2025-03-21", "Rallies against the mayor turned violent on Friday when marchers threw bottles at officers.", "Rallies", "")
	rally = with(rally, event.Target, "person:mayor")
	threw := quoted("a", 2, event.Protest, "2025-03-21", "Rallies against the mayor turned violent on Friday when marchers threw bottles at officers.", "threw", "", "agent:-:marchers")
	threw.Noun = false
	threw = with(threw, event.Target, "agent:-:officers")
	marched := threw
	marched.Trigger, marched.Start = "marched", threw.Start+1
	marched.Participants = nil
	marched = with(marched, event.Target, "person:mayor")
	won := quoted("a", 3, event.SportResult, "2025-03-21", "Okafor beat Lindqvist before Rossi levelled with a victory over Tanaka.", "beat", "", "person:okafor")
	won.Noun = false
	won = with(won, event.Counterpart, "person:lindqvist")
	victory := quoted("a", 3, event.SportResult, "2025-03-21", "Okafor beat Lindqvist before Rossi levelled with a victory over Tanaka.", "victory", "")
	victory = with(victory, event.Counterpart, "person:tanaka")
	checkMerges(t, o, []mergeCase{
		{"the rally and the bottles thrown: one protest", []event.Mention{rally, threw}, []string{"2025-03-21 protest a"}},
		{"two verbs with other targets: two", []event.Mention{marched, threw}, []string{"2025-03-21 protest a", "2025-03-21 protest a"}},
		{"two results of one sentence: two", []event.Mention{won, victory}, []string{"2025-03-21 sport_result a", "2025-03-21 sport_result a"}},
	})
}

// TestEchoNounSides: the noun of an act its sentence tells by a verb adds
// no sides of its own to the event ("gunmen stormed the depot, sparking
// clashes with guards": the storming's sides are the gunmen and the
// depot).
func TestEchoNounSides(t *testing.T) {
	q := "Gunmen stormed the depot on Friday, sparking clashes with guards."
	stormed := quoted("a", 2, event.Attack, "2025-03-21", q, "stormed", "", "agent:-:gunmen")
	stormed.Noun = false
	stormed = with(stormed, event.Target, "place:depot")
	clashes := quoted("a", 2, event.Attack, "2025-03-21", q, "clashes", "", "/", "agent:-:guards")
	got := Merge([]event.Mention{stormed, clashes}, guardOpts())
	if len(got) != 1 {
		t.Fatalf("got %v, want one event", summary(got))
	}
	for _, p := range got[0].Participants {
		if p.Actor == "agent:-:guards" {
			t.Errorf("participants %v hold the noun's counterpart", got[0].Participants)
		}
	}
}

// TestEchoNounManyOfDay: a noun of a type a document tells many instances
// of (data/soletype.yaml: results) keeps its own sides even in an event
// that holds a verb of its type and sentence with other sides: such a
// noun and verb are two acts (nounOfVerb), each told with its own sides;
// a noun of a type told once gives way to the verb's sides.
func TestEchoNounManyOfDay(t *testing.T) {
	q := "Okafor beat Lindqvist on Friday before Rossi levelled with a victory over Tanaka."
	beat := quoted("a", 3, event.SportResult, "2025-03-21", q, "beat", "", "person:okafor", "/", "person:lindqvist")
	beat.Noun = false
	victory := quoted("a", 3, event.SportResult, "2025-03-21", q, "victory", "", "/", "person:tanaka")
	victory.Noun = true
	q2 := "Raiders stormed the depot on Friday, setting off heavy fighting with guards."
	stormed := quoted("a", 2, event.Attack, "2025-03-21", q2, "stormed", "", "agent:-:raiders")
	stormed.Noun = false
	stormed = with(stormed, event.Target, "place:depot")
	fighting := quoted("a", 2, event.Attack, "2025-03-21", q2, "fighting", "", "/", "agent:-:guards")
	fighting.Noun = true
	for _, tc := range []struct {
		name       string
		verb, noun event.Mention
		want       bool
	}{
		{"a result's noun keeps its sides", beat, victory, false},
		{"an attack's noun gives way to the verb's", stormed, fighting, true},
	} {
		v, n := newItem(&tc.verb, nil, nil), newItem(&tc.noun, nil, nil)
		c := &cluster{items: []*item{v, n}}
		if got := c.echoNoun(n); got != tc.want {
			t.Errorf("%s: echoNoun = %v, want %v (sides %v / %v)", tc.name, got, tc.want, n.sides, v.sides)
		}
	}
}

// TestHarmOfOneAct: the deaths and the injuries one sentence tells of one
// attack are one event, though the killed and the wounded are other
// people (an event of injuries alone is an attack); told at two places that are not one inside the other, or in two
// sentences, they stay two.
func TestHarmOfOneAct(t *testing.T) {
	o := guardOpts()
	q := "Raiders shot at a van near the depot on Friday, killing its driver and wounding a guard."
	killing := quoted("a", 2, event.Killing, "2025-03-21", q, "killing", "", "agent:-:raiders")
	killing.Noun = false
	killing = with(killing, event.Target, "person:driver")
	wounding := quoted("a", 2, event.Killing, "2025-03-21", q, "wounding", "", "agent:-:raiders")
	wounding.Noun = false
	wounding = injured(with(wounding, event.Target, "person:guard"))
	killedThere := at(killing, "place:town1")
	woundedElsewhere := at(wounding, "place:town2")
	woundedInCountry := at(wounding, "country:UKR")
	later := wounding
	later.Sentence, later.QuoteStart, later.Start, later.End = 5, 5000, 5010, 5018
	killedAgain := killing
	killedAgain.Start, killedAgain.End, killedAgain.Trigger = killing.Start+40, killing.End+40, "killed"
	killedAgain.Participants = nil
	killedAgain = with(killedAgain, event.Agent, "agent:-:raiders")
	killedAgain = with(killedAgain, event.Target, "person:guard")
	checkMerges(t, o, []mergeCase{
		{"the killed and the wounded of one shooting: one event", []event.Mention{killing, wounding}, []string{"2025-03-21 killing a"}},
		{"the wounded in the country the killing's town lies in: one", []event.Mention{killedThere, woundedInCountry}, []string{"2025-03-21 killing a"}},
		{"the wounded at another town: two", []event.Mention{killedThere, woundedElsewhere}, []string{"2025-03-21 attack a", "2025-03-21 killing a"}},
		{"the wounded told in another sentence: two", []event.Mention{killing, later}, []string{"2025-03-21 attack a", "2025-03-21 killing a"}},
		{"two killings of other people in one sentence: two", []event.Mention{killing, killedAgain}, []string{"2025-03-21 killing a", "2025-03-21 killing a"}},
	})
}

// TestSidesRestated: one verb told twice in a sentence with the same
// named sides is one act with two counts ("accusing the mayor of waste
// and accusing him of neglect"); with other sides, or sides named only by
// what they are, two acts.
func TestSidesRestated(t *testing.T) {
	o := guardOpts()
	q := "The council withdrew its support on Friday, accusing the mayor of waste and accusing him of neglect."
	accusing := func(at int, target string) event.Mention {
		m := quoted("a", 2, event.Disapprove, "2025-03-21", q, "accusing", "")
		m.Noun = false
		m.Start, m.End = m.QuoteStart+at, m.QuoteStart+at+len("accusing")
		return with(m, event.Target, target)
	}
	first, second := strings.Index(q, "accusing"), strings.LastIndex(q, "accusing")
	checkMerges(t, o, []mergeCase{
		{"the same named target twice: one accusation",
			[]event.Mention{accusing(first, "person:mayor"), accusing(second, "person:mayor")},
			[]string{"2025-03-21 disapprove a"}},
		{"two targets: two accusations",
			[]event.Mention{accusing(first, "person:mayor"), accusing(second, "person:treasurer")},
			[]string{"2025-03-21 disapprove a", "2025-03-21 disapprove a"}},
		{"a target named by what it is: two",
			[]event.Mention{accusing(first, "agent:-:officials"), accusing(second, "agent:-:officials")},
			[]string{"2025-03-21 disapprove a", "2025-03-21 disapprove a"}},
	})
}

// TestHarmOfOneActBackground: deaths and injuries told as done before
// the news, next to an execution another sentence dates, keep their
// victims out of it: the wounded are not the hanged's, whichever event
// the deaths of their sentence joined by nearness.
func TestHarmOfOneActBackground(t *testing.T) {
	o := guardOpts()
	hanged := with(mention("a", 1, event.Killing, "", ""), event.Target, "agent:-:bandits")
	hanged.Basis = event.PublicationBound
	q := "The bandits had killed or wounded guards in raids on the depot."
	killed := quoted("a", 2, event.Killing, "", q, "killed", "", "agent:-:raiders")
	killed.Noun, killed.Basis, killed.Time = false, event.PublicationBound, nil
	wounded := quoted("a", 2, event.Killing, "", q, "wounded", "", "agent:-:raiders")
	wounded.Noun, wounded.Basis, wounded.Time = false, event.PublicationBound, nil
	wounded = injured(with(wounded, event.Target, "agent:-:guards"))
	for _, e := range Merge([]event.Mention{hanged, killed, wounded}, o) {
		for _, p := range e.Participants {
			if p.Actor == "agent:-:guards" && len(e.Sources) > 1 {
				t.Errorf("the wounded guards joined the execution: %d sources, participants %v", len(e.Sources), e.Participants)
			}
		}
	}
}
