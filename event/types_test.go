package event

import "testing"

func TestTypeTable(t *testing.T) {
	seen := map[Type]bool{}
	for _, typ := range Types() {
		if !typ.Valid() {
			t.Errorf("%s: not in the type table", typ)
		}
		if seen[typ] {
			t.Errorf("%s: listed twice", typ)
		}
		seen[typ] = true
	}
	if len(seen) != len(typeTable) {
		t.Errorf("Types() lists %d types, the table has %d", len(seen), len(typeTable))
	}
	for typ, code := range map[Type]string{Visit: "042", Meeting: "040", PhoneCall: "041",
		Agreement: "057", Statement: "010", Sanction: "163", Attack: "190", Other: ""} {
		if got := typ.CAMEO(); got != code {
			t.Errorf("%s.CAMEO() = %q, want %q", typ, got, code)
		}
	}
}

func TestLexiconTypesValid(t *testing.T) {
	for _, e := range theLexicon.entries {
		if !e.Type.Valid() {
			t.Errorf("%s: unknown type %s", e.Lemma, e.Type)
		}
	}
	if _, err := parseLexicon([]byte("triggers:\n  - {lemma: x, pos: [verb], type: nosuch}\n")); err == nil {
		t.Error("an unknown type was accepted")
	}
	if _, err := parseLexicon([]byte("triggers: [")); err == nil {
		t.Error("bad YAML was accepted")
	}
}

func TestLemmas(t *testing.T) {
	for word, want := range map[string]string{
		"visited": "visit", "visits": "visit", "visiting": "visit", "went": "go",
		"sent": "send", "fought": "fight", "held": "hold", "arrived": "arrive",
		"supplied": "supply", "supplies": "supply", "travelled": "travel",
		"planned": "plan", "called": "call", "annexed": "annex", "seized": "seize",
		"talks": "talk", "casualties": "casualty", "met": "meet", "launches": "launch",
		"died": "die", "dies": "die", "dying": "die",
	} {
		if !hasLemma(word, want) {
			t.Errorf("lemmas(%q) = %v, want %q among them", word, lemmas(word), want)
		}
	}
	if hasLemma("aides", "aid") {
		t.Error(`"aides" lemmatized to "aid"`)
	}
}
