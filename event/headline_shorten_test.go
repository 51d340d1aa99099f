package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestDropNamedSide checks that a closing "with X" goes only when the
// title names X before it by a word derived from its name.
func TestDropNamedSide(t *testing.T) {
	d := &doc{analysis: &analysis{in: Input{Names: map[string]string{"country:IRQ": "Iraq"}}}}
	s := &sent{syntax: syntax{d: d.analysis}, d: d}
	m := &Mention{Participants: []Participant{{"country:IRQ", Counterpart}}}
	for _, c := range []struct{ in, want string }{
		{"Local media hails Iraqi courtroom drama with Iraq", "Local media hails Iraqi courtroom drama"},
		{"Iran holds talks with Iraq", "Iran holds talks with Iraq"},
		{"Iraqi leader holds talks with Iraq in Basra", "Iraqi leader holds talks with Iraq in Basra"},
	} {
		if got := s.dropNamedSide(c.in, m); got != c.want {
			t.Errorf("dropNamedSide(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestTitleOfOnce checks that what is called for keeps one "of" phrase,
// its own ("the withdrawal of Ukrainian troops"), never repeated by the
// actor it names ("withdrawal of Ukrainian troops of Ukrainian troops").
func TestTitleOfOnce(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	in := inputWith("Putin called for the withdrawal of Ukrainian troops without delay.", []ent{
		{"Putin", "person:putin", actor.Person, false},
		{"Ukrainian troops", "org:ukrainian-troops", actor.Organization, false},
	})
	in.Parse = p.Sentence
	const want = "Putin calls for withdrawal of Ukrainian troops"
	if m := find(t, in, "called"); m.Title != want {
		t.Errorf("title %q, want %q", m.Title, want)
	}
}

// TestShortenKeepsVerbPhrase checks that a long title is never cut to
// its subject and bare verb ("Norland envoy calls"): a cut that keeps
// less than minCutKeep leaves the title whole, one that keeps enough is
// taken.
func TestShortenKeepsVerbPhrase(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Norland envoy calls on international community to respond generously to needs of flood victims",
			"Norland envoy calls on international community to respond generously to needs of flood victims"},
		{"Karl Brenner criticises training of Norland police recruits in United Arab Emirates and Sudan",
			"Karl Brenner criticises training of Norland police recruits"},
	} {
		if got := shorten(c.in); got != c.want {
			t.Errorf("shorten(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestTitleWholeWords checks that a title keeps a number its multiplier
// needs ("Three hundred", never "Hundred"), a hyphenated word whole, also
// in an "of" phrase and when the text spaces it after its hyphen
// ("human-to-human", "city-backed"), counted as one word of its phrase.
func TestTitleWholeWords(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Three hundred farmers from two northern villages were questioned on Friday.", "questioned", "Three hundred farmers questioned"},
		{"The farm minister rejected rumours of human-to-human spread of swine fever.", "rejected", "Farm minister rejects rumours of human-to-human spread"},
	})
	checkTitlesWith(t, true, []ent{{"Omar Said", "person:omar-said", actor.Person, false}}, []headlineCase{
		{"The veteran Omar Said was ousted as union leader by a city- backed faction in May.", "ousted", "City-backed faction ousts Omar Said"},
	})
}

// TestDropDoubled checks that a lower-case word a title says twice in a
// row is said once, and a name said twice is kept.
func TestDropDoubled(t *testing.T) {
	for in, want := range map[string]string{
		"Members find guilty guilty":       "Members find guilty",
		"Bank calls calls for calm":        "Bank calls for calm",
		"Sirhan Sirhan appeals conviction": "Sirhan Sirhan appeals conviction",
		"Talks held":                       "Talks held",
	} {
		if got := dropDoubled(in); got != want {
			t.Errorf("dropDoubled(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestDoubledRunDropped checks that a run of words a title's pieces both
// bring is said once, and that a name told twice stays.
func TestDoubledRunDropped(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Court jails two men for theft for theft of cattle", "Court jails two men for theft of cattle"},
		{"Members find guilty guilty", "Members find guilty"},
		{"Sirhan Sirhan appeals", "Sirhan Sirhan appeals"},
		{"Army sends troops to border and troops to coast", "Army sends troops to border and troops to coast"},
	}
	for _, c := range cases {
		if got := dropDoubled(c.in); got != c.want {
			t.Errorf("dropDoubled(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestDropDoubledSide checks that a run a lower-case word opens, told
// twice in a row, is told once ("with Acme Bank with Acme Bank"), while
// a name told twice stays.
func TestDropDoubledSide(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Acme says it is in talks with Beta Bank with Beta Bank", "Acme says it is in talks with Beta Bank"},
		{"Court sentences Sirhan Sirhan", "Court sentences Sirhan Sirhan"},
	} {
		if got := dropDoubled(c.in); got != c.want {
			t.Errorf("dropDoubled(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
