package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// armedGroups are test actors for groups of soldiers.
var armedGroups = []ent{
	{"North Korean soldiers", "agent:PRK:military", actor.Organization, false},
	{"North Korean fighters", "agent:PRK:military", actor.Organization, false},
	{"Ukrainian troops", "agent:UKR:military", actor.Organization, false},
	{"Russian forces", "agent:RUS:military", actor.Organization, false},
}

// TestParticipleRoles checks that a past participle modifying a noun, and
// a bare capture verb in another verb's complement, make the noun the
// patient of the act, not its agent (read with a real parse).
func TestParticipleRoles(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		rule, text, trigger, want string
	}{
		{"participle of a noun", "The footage shows North Korean soldiers captured by Ukrainian troops near Kursk.", "captured",
			"agent=agent:UKR:military location=place:kursk target=agent:PRK:military"},
		{"bare participle in a complement", "The footage showed three North Korean fighters captured fighting on the Russian side.", "captured",
			"target=agent:PRK:military"},
		{"active capture stays active", "Ukrainian troops captured three North Korean soldiers on Monday.", "captured",
			"agent=agent:UKR:military target=agent:PRK:military"},
		{"passive capture", "Three North Korean soldiers were captured by Ukrainian troops on Monday.", "captured",
			"agent=agent:UKR:military target=agent:PRK:military"},
		{"capture of a place", "Russian forces captured Kursk on Monday.", "captured",
			"agent=agent:RUS:military target=place:kursk"},
		// the subject of the clause the noun stands in does not do the
		// participle's act
		{"clause subject not the participle's agent", "NATO rejected the peace deals signed by Putin.", "signed",
			"agent=person:putin"},
		{"clause subject not the participle's agent, no by-phrase", "The rebels denounced the truce signed in May.", "signed",
			""},
		// a participle set before its clause: the clause's subject underwent it
		{"fronted participle", "Arrested by police in Moscow on Monday, Shoigu denied the charges.", "Arrested",
			"location=place:moscow target=person:shoigu"},
		{"fronted participle with its agent", "Captured by Ukrainian troops near Kursk, two North Korean soldiers were questioned.", "Captured",
			"agent=agent:UKR:military location=place:kursk target=agent:PRK:military"},
	} {
		in := inputWith(tc.text, armedGroups)
		in.Parse = p.Sentence
		m := mentionOf(t, in, tc.trigger)
		if got := roles(m); got != tc.want {
			t.Errorf("%s: %q: roles %s, want %s", tc.rule, tc.text, got, tc.want)
		}
	}
}

// TestCaptiveType checks that capturing people is typed by the captor and
// the captives, and capturing a place stays a capture.
func TestCaptiveType(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	extra := append([]ent{{"gunmen", "agent:-:gunmen", actor.Organization, false},
		{"fishermen", "agent:-:fishermen", actor.Organization, false}}, armedGroups...)
	for _, tc := range []struct {
		rule, text, trigger string
		want                Type
	}{
		{"state forces detain soldiers", "Ukrainian troops captured three North Korean soldiers on Monday.", "captured", Arrest},
		{"captured soldiers, no captor", "The footage showed three North Korean fighters captured fighting on the Russian side.", "captured", Arrest},
		{"armed group of no state", "Masked gunmen seized Kim on Monday near the border.", "seized", Abduction},
		{"people, no captor", "Four fishermen were captured on Monday.", "captured", Abduction},
		{"a person", "The rebels captured Lavrov on Monday.", "captured", Abduction},
		{"a place", "Russian forces captured Kursk on Monday.", "captured", Capture},
		{"soldiers named by their state", "Two Russian combatants were captured near Kursk.", "captured", Arrest},
		{"people named by their state", "Three Russian citizens were captured near Kursk.", "captured", Abduction},
		{"people, no captor, an arrest told", "Four fishermen were captured in June, and their arrest angered the village.", "captured", Arrest},
		{"an armed group's captives, an arrest told", "Masked gunmen seized Kim in June, and the arrest of the gunmen followed.", "seized", Abduction},
		{"a place named by its state", "The rebels captured a Russian town near Kursk.", "captured", Capture},
		{"a captor of the authorities no actor stands for", "Police captured the rebel leader near Kursk on Monday.", "captured", Arrest},
		{"a named person, no captor", "Lavrov was captured in Kursk in 2004.", "captured", Arrest},
	} {
		in := inputWith(tc.text, extra)
		in.Parse = p.Sentence
		m := mentionOf(t, in, tc.trigger)
		if m.Type != tc.want || m.CAMEO != tc.want.CAMEO() {
			t.Errorf("%s: %q: type %s (%s), want %s (roles %s)", tc.rule, tc.text, m.Type, m.CAMEO, tc.want, roles(m))
		}
	}
}

// TestInstrumentAgents checks that a passive violent verb with no "by"
// phrase takes as agent the side named on the violent noun of its "in"
// phrase, not a place naming where it struck.
func TestInstrumentAgents(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		rule, text, trigger string
		wantAgent           bool
	}{
		{"side of the strike", "Three soldiers were killed on Monday in a Russian air strike near Kursk.", "killed", true},
		{"coordinated verb", "One soldier was killed and two civilians wounded on Monday in a Russian air strike.", "killed", true},
		{"place of the strike", "Three soldiers were killed on Monday in a Kursk air strike.", "killed", false},
	} {
		in := input(tc.text)
		in.Parse = p.Sentence
		m := mentionOf(t, in, tc.trigger)
		got := roles(m)
		has := false
		for _, q := range m.Participants {
			has = has || q.Role == Agent && q.ActorID == "country:RUS"
		}
		if has != tc.wantAgent || !tc.wantAgent && countRoles(&m, Agent) > 0 {
			t.Errorf("%s: %q: roles %s, want Russia agent %v", tc.rule, tc.text, got, tc.wantAgent)
		}
	}
}
