package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// checkTitlesWith checks the title of each case's mention in a document
// whose actors are ents, read as a one-sentence item when item is set (a
// reporting verb is then a statement of its own).
func checkTitlesWith(t *testing.T, item bool, ents []ent, cases []headlineCase) {
	t.Helper()
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		in := inputWith(c.text, ents)
		in.Parse = p.Sentence
		in.Item = item
		if m := find(t, in, c.trigger); m.Title != c.want {
			t.Errorf("%q: title %q, want %q", c.text, m.Title, c.want)
		}
	}
}

// TestTitleSaidAfterClause checks that a verb of saying that follows what
// is said, after a comma ("Norland will send troops to Sudan, a Norland
// spokesman said"), takes that clause as what it says, never "issues
// statement"; as does one whose "that" clause the parse hangs on the
// participle of its oblique ("vowed in a videotape aired Friday that").
func TestTitleSaidAfterClause(t *testing.T) {
	checkTitlesWith(t, true, []ent{
		{"Norland", "country:NOR", actor.Country, false},
		{"Sudan", "country:SDN", actor.Country, false},
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
	}, []headlineCase{
		{"Norland will send 500 troops to Sudan, foreign ministry spokesman Karl Brenner said on Tuesday.", "said", "Karl Brenner says Norland will send 500 troops"},
		{"Rebel leader Karl Brenner vowed in a videotape aired Friday that his fighters will not stop attacks on the capital.", "vowed", "Karl Brenner vows fighters will not stop attacks on capital"},
	})
	// a second verb after "and" says its own clause; a warning after
	// the clause it reports says it, but not one after "but"
	checkHeadlines(t, []headlineCase{
		{"The woman gave her testimony, but defence lawyers protested and charged that her testimony was false.", "protested", "Defence lawyers protest"},
		{"Any violence in the north could derail the peace process, a senior Norland diplomat warned on Monday.", "warned", "Senior Norland diplomat warns violence could derail peace process"},
		{"The two leaders sparked hope for the peace process on Sunday, but observers warned against expecting too much.", "warned", "Observers issue warning"},
	})
}

// TestTitleBareNounOfPhrase checks that a bare noun a headline names
// keeps its "of" phrase ("called for a spirit of compromise" → "calls for
// spirit of compromise", "the founder of a violent gang was arrested" →
// "Founder of violent gang arrested"), but not one of a count or a group
// ("the offices of a number of firms"), nor an active subject's.
func TestTitleBareNounOfPhrase(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"The opposition leader called on Monday for a spirit of compromise.", "called", "Opposition leader calls for spirit of compromise"},
		{"The founder of a violent gang was arrested on Monday.", "arrested", "Founder of violent gang arrested"},
		{"Police raided the offices of a number of firms on Monday.", "raided", "Police raid offices"},
		{"Supporters of the ruling party attacked a police station on Monday.", "attacked", "Supporters attack police station"},
	})
}

// TestTitleHeldGathering checks that a gathering one agent holds is
// named by its own noun ("the Arctic Council meeting" → "Arctic Council
// holds meeting"), never "holds talks", which stays for talks and for a
// meeting with another side.
func TestTitleHeldGathering(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Arctic Council", "org:arctic-council", actor.Organization, false},
		{"Norland", "country:NOR", actor.Country, false},
		{"Sudan", "country:SDN", actor.Country, false},
	}, []headlineCase{
		{"Oil prices fell after the Arctic Council meeting on Friday.", "meeting", "Arctic Council holds meeting"},
		{"Oil prices fell after the Arctic Council talks on Friday.", "talks", "Arctic Council holds talks"},
		{"Oil prices fell after a meeting between Norland and Sudan on Friday.", "meeting", "Norland holds talks with Sudan"},
	})
}

// TestTitleMeetingOtherSide checks that a meeting whose other side only
// its own phrase names keeps it: the "with" phrase of talks held or of
// the talks noun ("held talks with senior officials" → "holds talks with
// senior officials"), the side of a "between" phrase the headline does
// not name yet ("a meeting between Brenner and the foreign minister" →
// "holds talks with foreign minister").
func TestTitleMeetingOtherSide(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
		{"Oslo", "place:oslo", actor.Place, true},
	}, []headlineCase{
		{"Norland President Karl Brenner held talks with senior political officials in Oslo on Monday.", "held talks", "Karl Brenner holds talks with senior political officials in Oslo"},
		{"Karl Brenner started talks with tribal elders in Oslo on Monday.", "talks", "Karl Brenner holds talks with tribal elders in Oslo"},
		{"The agreement was reached at a meeting between Karl Brenner and the foreign minister on Monday.", "meeting", "Karl Brenner holds talks with foreign minister"},
	})
}

// TestTitleSaidModalComplement checks that a reported clause with a
// modal says it whole when its verb takes a noun complement ("would
// become a target of the insurgency") or only an adverbial clause the
// parse hangs as a complement ("could escalate unless ..."), never
// "issues warning".
func TestTitleSaidModalComplement(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
	}, []headlineCase{
		{"Karl Brenner warned that the parliament would become a target of the insurgency.", "warned", "Karl Brenner warns parliament will become target of insurgency"},
		{"Karl Brenner warned that cases like this could escalate unless rules are enforced.", "warned", "Karl Brenner warns cases could escalate"},
	})
}

// TestTitleAppointedAs checks that an appointment names whom it names,
// also when the parse takes the name for a complement ("named Erik Lund
// as foreign minister"), with the post its "as" phrase gives, never
// "makes appointment".
func TestTitleAppointedAs(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
	}, []headlineCase{
		{"Karl Brenner named Erik Lund as foreign minister on Monday.", "named", "Karl Brenner names Erik Lund as foreign minister"},
		{"Karl Brenner appointed Erik Lund as his new envoy on Monday.", "appointed", "Karl Brenner appoints Erik Lund as envoy"},
	})
}

// TestTitleAskedBareInfinitive checks that an appeal whose "to" clause
// has nothing after its verb but a particle says it whole ("urged Norland
// to pull out" → "urges Norland to pull out"), never "appeals to
// Norland"; so is one whose adverb is a particle's ("to come forward");
// one with more after it is left to the type's phrase.
func TestTitleAskedBareInfinitive(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
		{"Norland", "country:NOR", actor.Country, false},
	}, []headlineCase{
		{"Karl Brenner urged Norland to pull out.", "urged", "Karl Brenner urges Norland to pull out"},
		{"Karl Brenner urged Norland to act.", "urged", "Karl Brenner urges Norland to act"},
		{"Karl Brenner urged Norland to come forward.", "urged", "Karl Brenner urges Norland to come forward"},
		{"Karl Brenner urged Norland to come forward quickly.", "urged", "Karl Brenner appeals to Norland"},
	})
}

// TestTitleSoughtFor checks that what an appeal asks for keeps a word
// the tagger reads as an adjective and a bare noun coordinated with it
// ("appealed for calm and unity" → "appeals for calm and unity"), never
// a bare "appeals".
func TestTitleSoughtFor(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
	}, []headlineCase{
		{"At the funeral, Karl Brenner appealed for calm and unity amid the deep political division.", "appealed", "Karl Brenner appeals for calm and unity"},
		{"Karl Brenner called for peace and reconciliation on Sunday.", "called", "Karl Brenner calls for peace and reconciliation"},
	})
}

// TestTitleCatenatedInfinitive checks that a "to" infinitive governing
// another with its object says the chain ("urged the government to
// continue to seek alternatives" → "urges government to continue to seek
// alternatives"), never a bare "appeals".
func TestTitleCatenatedInfinitive(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
	}, []headlineCase{
		{"Karl Brenner urged the government to continue to seek alternatives to widen the tax base.", "urged", "Karl Brenner urges government to continue to seek alternatives"},
		{"Karl Brenner vowed to try to win the election.", "vowed", "Karl Brenner vows to try to win election"},
	})
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

// TestTitleUnaccusativeParticiple checks that a verb with no passive the
// parse reads as a participle of its noun says what the noun did ("Some
// 20 houses collapsed ... , and power was cut off" parsed with
// "collapsed" modifying "houses" → "20 houses collapse"), never the
// past-tense-like "20 houses collapsed".
func TestTitleUnaccusativeParticiple(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Some 20 houses collapsed in the village when the storm took place at noon, and power to part of the village was cut off, officials said.", "collapsed", "20 houses collapse"},
	})
}

// TestTitleNumberParsedApart checks that a number right before a plural
// noun the parse hangs elsewhere still counts it ("the death toll rose to
// three and 12 others were wounded" → "12 others wounded"), never a bare
// "Others wounded".
func TestTitleNumberParsedApart(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"The death toll rose to three and 12 others were wounded when a car bomb struck a funeral ceremony on Wednesday.", "wounded", "12 others wounded"},
	})
}

// TestTitleBodyMeets checks that a body a common noun names meets alone
// ("the central committee met in Oslo" → "Central committee meets in
// Oslo"), never a bare "Meeting", while a person alone is left to the
// type ("the minister met on Monday").
func TestTitleBodyMeets(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Oslo", "place:oslo", actor.Place, true},
	}, []headlineCase{
		{"The central committee met in Oslo on Monday.", "met", "Central committee meets in Oslo"},
		{"The minister met on Monday.", "met", "Meeting"},
	})
}

// TestTitleVoteTopic checks that an agentless vote keeps what it is on
// ("voted in the referendum on a new constitution" → "Referendum on
// constitution"), never a bare "Referendum".
func TestTitleVoteTopic(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Turnout was low in the referendum on a new constitution.", "referendum", "Referendum on constitution held"},
	})
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

// TestTitleStatementContent checks that a statement noun whose "that"
// clause follows its phrase says what is said, wherever the parse hangs
// the clause ("despite a statement by Brenner on Wednesday that he had
// secured the commitment" → "Karl Brenner says he secures commitment"),
// never "issues statement".
func TestTitleStatementContent(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
		{"Norland", "country:NOR", actor.Country, false},
	}, []headlineCase{
		{"The fighting came despite a statement by Karl Brenner on Wednesday that he had secured the commitment of the rebels.", "statement", "Karl Brenner says he secures commitment of rebels"},
		{"The report came after Norland's announcement on Monday that it had agreed to the plan.", "announcement", "Norland says it agrees to plan"},
	})
}
