package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestTitleGroupAgreement checks that an organisation named by a plural
// common noun ("Kurdish rebels") takes a plural verb, while one whose name
// ends in a capitalised word ("Doctors Without Borders") keeps the
// singular.
func TestTitleGroupAgreement(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	groups := []ent{
		{"Kurdish rebels", "org:kurdish-rebels", actor.Organization, false},
		{"Doctors Without Borders", "org:msf", actor.Organization, false},
	}
	for _, tc := range []struct{ text, trigger, want string }{
		{"On Monday, Kurdish rebels asked Russia to send food.", "asked", "Kurdish rebels ask Russia to send food"},
		{"On Monday, Kurdish rebels condemned the raid.", "condemned", "Kurdish rebels condemn raid"},
		{"On Monday, Doctors Without Borders asked Russia to send food.", "asked", "Doctors Without Borders asks Russia to send food"},
	} {
		in := inputWith(tc.text, groups)
		in.Parse = p.Sentence
		if m := find(t, in, tc.trigger); m.Title != tc.want {
			t.Errorf("%q: title %q, want %q", tc.text, m.Title, tc.want)
		}
	}
}

// TestGuessBase checks the base form a verb's inflection gives when no
// lemma or word list does.
func TestGuessBase(t *testing.T) {
	for _, c := range []struct{ form, xpos, want string }{
		{"secured", "VBN", "secure"}, {"declined", "VBD", "decline"}, {"planned", "VBD", "plan"},
		{"called", "VBD", "call"}, {"added", "VBD", "add"}, {"visited", "VBD", "visit"},
		{"voted", "VBD", "vote"}, {"declared", "VBD", "declare"}, {"offered", "VBD", "offer"},
		{"changed", "VBD", "change"}, {"belonged", "VBD", "belong"}, {"settled", "VBD", "settle"},
		{"failed", "VBD", "fail"}, {"ruled", "VBD", "rule"}, {"issued", "VBD", "issue"},
		{"seized", "VBN", "seize"}, {"forced", "VBN", "force"}, {"caused", "VBD", "cause"},
		{"blamed", "VBD", "blame"}, {"claimed", "VBD", "claim"}, {"studied", "VBD", "study"},
		{"inked", "VBD", "ink"}, {"went", "VBD", "go"}, {"becomes", "VBZ", "become"},
		{"pushes", "VBZ", "push"}, {"seeming", "VBG", "seem"}, {"securing", "VBG", "secure"},
		{"stopping", "VBG", "stop"}, {"opened", "VBD", "open"}, {"treated", "VBD", "treat"},
		{"stated", "VBD", "state"}, {"concluded", "VBD", "conclude"}, {"described", "VBD", "describe"},
		{"invoked", "VBD", "invoke"}, {"asked", "VBD", "ask"}, {"rules", "NNS", ""},
		{"lower", "VB", "lower"}, {"Trim", "VB", "trim"}, // "is to lower": a base form is its own
	} {
		if got := guessBase(c.form, c.xpos); got != c.want {
			t.Errorf("guessBase(%q, %q) = %q, want %q", c.form, c.xpos, got, c.want)
		}
	}
}

// TestParticipleDoubling checks the participle's spelling: a one-syllable
// verb ending in one vowel and a consonant doubles it ("slam" →
// "slammed"), a longer one only with a stressed ending doubled_endings
// lists ("expel" → "expelled", but "limit" → "limited", "offer" →
// "offered").
func TestParticipleDoubling(t *testing.T) {
	for verb, want := range map[string]string{
		"slam": "slammed", "rob": "robbed", "expel": "expelled", "occur": "occurred", "transfer": "transferred",
		"admit": "admitted", "limit": "limited", "offer": "offered", "visit": "visited", "jail": "jailed",
		"fix": "fixed", "open": "opened", "bomb": "bombed", "name": "named",
	} {
		if got := theHeadWords.participle(verb); got != want {
			t.Errorf("participle(%q) = %q, want %q", verb, got, want)
		}
	}
}

// TestTitleNamedGroupAgrees checks that a body whose name ends in a
// collective noun takes a singular verb whatever its capitals ("Tata
// Group acquired" → "Tata Group acquires", as "Pro-democracy group
// threatens"), while a count of people stays plural.
func TestTitleNamedGroupAgrees(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Orvo Group", "org:orvo-group", actor.Organization, false},
		{"Corus", "org:corus", actor.Organization, false},
	}, []headlineCase{
		{"Orvo Group acquired a stake in Corus.", "acquired", "Orvo Group acquires stake in Corus"},
	})
}

// TestTitlePeoplePluralName checks that a group whose capitalised name
// ends in a plural naming people takes a plural verb ("the Norland
// Democrats accused" → "Norland Democrats accuse"), while a name ending in
// another plural keeps the singular ("United Nations urges").
func TestTitlePeoplePluralName(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Norland Democrats", "org:norland-democrats", actor.Organization, false},
		{"United Nations", "org:un", actor.Organization, false},
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
	}, []headlineCase{
		{"The Norland Democrats strongly condemned Karl Brenner on Monday.", "condemned", "Norland Democrats condemn Karl Brenner"},
		{"The United Nations strongly condemned Karl Brenner on Monday.", "condemned", "United Nations condemns Karl Brenner"},
	})
}

// TestTitleArranged checks that a clause told as arranged with "be to"
// ("is to close") reads as a headline's act to come ("Norland to close
// embassy"), not as done ("Norland closes embassy").
func TestTitleArranged(t *testing.T) {
	checkTitlesWith(t, true, []ent{
		{"Norland", "country:NOR", actor.Country, false},
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
	}, []headlineCase{
		{"Karl Brenner said that Norland is to close its embassy in the capital.", "said", "Karl Brenner says Norland to close embassy"},
		{"The ministry is to raise the price of bread, Karl Brenner said.", "said", "Karl Brenner says ministry to raise price of bread"},
	})
}

// TestTitleNameInS checks that a name ending in "s" the tagger reads as a
// plural noun takes a singular verb ("Mavros warns"), while a plural
// noun opening the sentence, irregular ones too, keeps a plural one.
func TestTitleNameInS(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Mavros warned that the talks would fail.", "warned", "Mavros warns talks will fail"},
		{"Officials warned that the talks would fail.", "warned", "Officials warn talks will fail"},
		{"Children threw stones at the riot police on Tuesday.", "threw", "Children throw stones"},
	})
}
