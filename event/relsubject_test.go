package event

import "testing"

// TestRelativeSubject: a verb whose subject is a relative pronoun ("an
// epidemic that has killed 19 people so far") has for subject the noun the
// pronoun stands for; when that noun names no actor, no name further left
// is its agent. Read with the parse, and with the word windows where they
// can tell ("that" is a pronoun only by the parse, "so far" an adverb).
func TestRelativeSubject(t *testing.T) {
	for _, tc := range []struct {
		text, trigger, want string
		window              bool
	}{
		{"Macron sent doctors to Ukraine to fight a fever which has so far killed 19 people.", "killed", "", false},
		{"Macron sent doctors to Ukraine to fight a fever which has already killed 14 people.", "killed", "", true},
		{"Erdogan pledged money to Turkey to fight an outbreak that has already killed nine children.", "killed", "", false},
		{"Xi welcomed Macron, who visited Beijing on Monday.", "visited", "agent=person:macron location=place:beijing", true},
		{"Xi met the envoys and the Russian government, which has so far rejected the deal.", "rejected", "agent=country:RUS", false},
		{"The judge said prosecutors had failed to prove their case against Shoigu, 51, a Kursk cardiologist, who had vehemently denied any role in the killing of his wife.", "denied", "agent=person:shoigu", false},
	} {
		ins := []Input{parsed(t, tc.text)}
		if tc.window {
			ins = append(ins, input(tc.text))
		}
		for _, in := range ins {
			got := triggerRoles(in, tc.trigger)
			if got != tc.want {
				t.Errorf("%q %s (parse %v): roles %s, want %s", tc.text, tc.trigger, in.Parse != nil, got, tc.want)
			}
		}
	}
}

// TestAuxiliaryGerundSubject: a marked -ing clause whose verb is a
// participle after "being" or "having" shares the main clause's subject,
// as its patient after "being" ("Shoigu is serving a sentence after being
// convicted in May": Shoigu was convicted).
func TestAuxiliaryGerundSubject(t *testing.T) {
	for _, tc := range []struct {
		text, trigger, want string
	}{
		{"Former minister Shoigu is serving a prison sentence in a remote camp after being convicted in May for fraud.", "convicted", "target=person:shoigu"},
		{"Lavrov returned to Moscow after having visited Kim in Pyongyang.", "visited", "agent=person:lavrov location=place:pyongyang recipient=person:kim"},
	} {
		got := triggerRoles(parsed(t, tc.text), tc.trigger)
		if got != tc.want {
			t.Errorf("%q %s: roles %s, want %s", tc.text, tc.trigger, got, tc.want)
		}
	}
}

// TestForSubject: the name between "for" and an infinitive is the
// infinitive's subject, whoever the main clause names ("a NATO court
// lifted the order, leaving the road clear for Shoigu to sign": Shoigu
// signs).
func TestForSubject(t *testing.T) {
	for _, tc := range []struct {
		text, trigger, want string
	}{
		{"A NATO court lifted the order, leaving the road clear for Shoigu to sign an agreement in May.", "sign", "agent=person:shoigu"},
		{"Putin arranged for Kim to visit Moscow.", "visit", "agent=person:kim location=place:moscow"},
	} {
		got := triggerRoles(parsed(t, tc.text), tc.trigger)
		if got != tc.want {
			t.Errorf("%q %s: roles %s, want %s", tc.text, tc.trigger, got, tc.want)
		}
	}
}

// TestDemandFrom: whom a demand is made of, after "from", is its target
// ("demanded an apology from NATO").
func TestDemandFrom(t *testing.T) {
	for _, tc := range []struct {
		text, trigger, want string
	}{
		{"Turkey demanded an apology from NATO on Monday.", "demanded", "agent=country:TUR target=org:nato"},
		{"On Monday, Turkey demanded explanations from Russia about the flights.", "demanded", "agent=country:TUR target=country:RUS"},
	} {
		got := triggerRoles(parsed(t, tc.text), tc.trigger)
		if got != tc.want {
			t.Errorf("%q %s: roles %s, want %s", tc.text, tc.trigger, got, tc.want)
		}
	}
}
