package event

import "testing"

// TestCAMEOTriggers checks the triggers the CAMEO verb dictionary adds
// (cameo.go): type, code and the rules that block a dictionary verb. The
// verbs of the lexicon's cameo_always are triggers without
// Input.CAMEOVerbs too, the others only with it.
func TestCAMEOTriggers(t *testing.T) {
	for _, c := range []struct {
		text   string
		typ    Type   // "" for no mention
		code   string // the mention's CAMEO code
		always bool   // found without Input.CAMEOVerbs too: a verb of cameo_always or of the lexicon
	}{
		{"Putin criticized Kim on Monday.", Disapprove, "111", true},
		{"Putin appealed to Kim for calm.", Appeal, "020", true}, // the lexicon's appeal, coded by the dictionary
		{"Putin rejected the proposal.", Reject, "120", true},
		{"Iran demanded the release of the sailors.", Demand, "1053", true}, // a pattern's finer code
		// verbal acts of cameo_always beyond blame and praise
		{"The minister hailed the decision as a breakthrough.", DiplomaticCooperation, "052", true},
		{"The envoy lauded the mayor.", DiplomaticCooperation, "051", true},
		{"Police interrogated the suspect for six hours.", Investigate, "090", true},
		{"The court demanded documents from the firm.", Demand, "100", true},
		{"Putin voiced concern over the vote.", Statement, "012", true},
		{"Putin hinted at a change of policy.", Statement, "010", true}, // the lexicon's statement: the dictionary files "hint" with appeals
		{"Putin acknowledged the mistake.", Statement, "015", true},
		// past acts of cameo_always the lexicon lacks
		{"The generals ousted Kim in March.", Expulsion, "174", true},
		{"Rebels overthrew the king in 1990.", Assault, "180", true},
		{"Army units besieged the rebel town.", Attack, "191", true},
		{"Troops assaulted the rebel camp at dawn.", Attack, "190", true},
		{"Putin inspected the new dam on Friday.", Investigate, "090", true},
		{"Rebels slaughtered 40 villagers in Kivu in May.", MassViolence, "202", true},
		// "drop" only through a pattern (cameo_needs_pattern): charges, not prices
		{"Prosecutors dropped the charges against Kim.", Yield, "081", true},
		{"Putin dropped the glass.", "", "", false},
		{"Putin and Kim reached a compromise on the border.", ExpressIntentToCooperate, "037", true},
		{"Putin reached the border town.", "", "", false},
		// "reiterate" only through a pattern: the bare verb is the catch-all 010
		{"The minister reiterated his support for the plan.", DiplomaticCooperation, "051", true},
		{"The minister reiterated the point.", "", "", false},
		// "ask" is a cameo_needs_pattern verb: only its patterns make it one
		{"Putin asked Kim a question.", "", "", false},
		{"Putin praised Kim for his support.", DiplomaticCooperation, "051", true},
		{"Putin congratulated Kim on his victory.", DiplomaticCooperation, "051", true},
		{"The envoy commended the mayor for his work.", DiplomaticCooperation, "051", true},
		{"Putin applauded the mayor.", DiplomaticCooperation, "051", true},
		{"Putin thanked Kim for his support.", DiplomaticCooperation, "051", true},
		{"The minister apologized to Kim.", DiplomaticCooperation, "055", true},
		{"Iran sued the French firm in court.", Disapprove, "115", true}, // the lexicon's lawsuit: the dictionary files "sue" with arrests (173)
		{"Officials called for calm.", Appeal, "020", true},              // not the lexicon's phone call: "call for"
		// the catch-all consultation 040 is no meeting
		{"Iran sent a letter to France.", "", "", false},
		// generic verbs need a pattern
		{"Putin took the train.", "", "", false},
		{"Putin kept the book.", "", "", false},
		{"North Korean soldiers dug a tunnel near the border.", "", "", false},
		// reporting verbs are never events by themselves
		{"Putin told Kim nothing.", "", "", false},
		// cue verbs of factuality: the modality of another event
		{"Putin refused the offer.", "", "", false},
		// a participle modifying a noun, a sentence-opening word
		{"Kim has related charges.", "", "", false},
		// no actor
		{"The team rallied strongly.", "", "", false},
		// a violent type needs an armed cue; a disaster is no agent
		{"Gales lashed the coast.", "", "", false},
	} {
		on := input(c.text)
		on.CAMEOVerbs = true
		ms := Extract(on)
		if c.typ != "" {
			off := Extract(input(c.text))
			if !c.always && len(off) != 0 {
				t.Errorf("%q: a dictionary trigger without Input.CAMEOVerbs: %v", c.text, summary(off))
			}
			if c.always && (len(off) != 1 || off[0].Type != c.typ || off[0].CAMEO != c.code) {
				t.Errorf("%q: want one %s mention coded %s without Input.CAMEOVerbs, got %v", c.text, c.typ, c.code, summary(off))
			}
		}
		if c.typ == "" {
			if len(ms) != 0 {
				t.Errorf("%q: want no mention, got %v", c.text, summary(ms))
			}
			continue
		}
		if len(ms) != 1 || ms[0].Type != c.typ || ms[0].CAMEO != c.code {
			got := summary(ms)
			if len(ms) == 1 {
				got = append(got, ms[0].CAMEO)
			}
			t.Errorf("%q: want one %s mention coded %s, got %v", c.text, c.typ, c.code, got)
		}
	}
}

// TestRefinedCode checks that a lexicon trigger takes the dictionary's
// finer code in its type's category and keeps its type's otherwise.
func TestRefinedCode(t *testing.T) {
	for _, c := range []struct {
		text string
		typ  Type
		code string
	}{
		{"Putin visited Pyongyang.", Visit, "042"},
		{"Putin met Kim in Pyongyang.", Meeting, "040"},
	} {
		ms := Extract(input(c.text))
		if len(ms) != 1 || ms[0].Type != c.typ || ms[0].CAMEO != c.code {
			t.Errorf("%q: want one %s coded %s, got %v", c.text, c.typ, c.code, summary(ms))
		}
	}
}

func TestTypeOfCode(t *testing.T) {
	for code, want := range map[string]Type{"010": Statement, "0311": ExpressIntentToCooperate,
		"042": Visit, "0841": Release, "084": Yield, "1721": Coerce, "173": Arrest, "195": Attack,
		"192": Capture, "2042": MassViolence, "": ""} {
		if got := typeOfCode(code); got != want {
			t.Errorf("typeOfCode(%q) = %q, want %q", code, got, want)
		}
	}
	for _, c := range []struct {
		code string
		typ  Type
		want bool
	}{{"195", Attack, true}, {"1823", Killing, false}, {"0841", Release, true}, {"043", Visit, true}, {"046", Visit, false}} {
		if got := fitsType(c.code, c.typ); got != c.want {
			t.Errorf("fitsType(%q, %s) = %v, want %v", c.code, c.typ, got, c.want)
		}
	}
}

// TestCAMEOParsedFinite checks that a verb of cameo_always the parse reads
// as a finite verb with its subject is no participle modifying the word
// after it, whatever the word window says (cameo.go, parsedFinite).
func TestCAMEOParsedFinite(t *testing.T) {
	for _, c := range []struct {
		text, trigger string
		want          Type
	}{
		{"Putin expressed optimism Monday.", "expressed", Statement},
		{"Putin expressed concern Tuesday about the vote.", "expressed", Statement},
		{"Police interrogated suspects all night.", "interrogated", Investigate},
		{"Kim has related charges.", "related", ""},
	} {
		if got := toldAs(parsed(t, c.text), c.trigger); got != c.want {
			t.Errorf("%q: %q told as %q, want %q", c.text, c.trigger, got, c.want)
		}
	}
}

// TestNamingCall checks that a "call" naming something, with two objects,
// an object and a predicate, or as a relative clause whose subject names
// the noun it modifies, is no appeal, whatever "for" or "on" phrase
// follows (cameoclause.go, namingCall): a statement as a main verb, nothing
// in a participle or a relative clause; a call on or for someone still is
// an appeal.
func TestNamingCall(t *testing.T) {
	for _, c := range []struct {
		text, trigger string
		want          Type
	}{
		{`Norway welcomed the verdict on Friday, calling it a "turning point" for the region.`, "calling", ""},
		{`The senator called the judges "cowards" for ignoring the law.`, "called", ""},
		{`The minister has called the referendum a "landmark" for the province.`, "called", Statement},
		{`The singer protested on Monday over what she called the "slaughter" of seals.`, "called", ""},
		{"The minister called on Peru on Monday to release the fishermen.", "called", Appeal},
		{"Officials called for calm on Sunday.", "called", Appeal},
		{"Putin also called Chinese business people to play a larger role in trade on Monday.", "called", ""}, // an infinitive: no name given, no statement
	} {
		if got := toldAs(parsed(t, c.text), c.trigger); got != c.want {
			t.Errorf("%q: %q told as %q, want %q", c.text, c.trigger, got, c.want)
		}
	}
}
