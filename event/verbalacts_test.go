package event

import (
	"strings"
	"testing"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/timex"
)

// TestAppealSubjects checks that an appeal made with "call" is found when
// the one asked is the subject of a clause "for" marks ("called for every
// school to"), when the subject names people the gazetteer does not know
// ("a senior economist called on", "delegates from 40 nations called
// for"), and that a thing as subject still makes none; and that its title
// keeps the one asked.
func TestAppealSubjects(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	extra := []ent{{"Lena Hartwig", "person:hartwig", actor.Person, false}}
	for _, c := range []struct {
		rule, text string
		appeal     bool
		title      string // a part the title must hold, "" for any
	}{
		{"the one asked as the subject of a for-clause", "Minister Lena Hartwig on Tuesday called for every school to hire two more nurses. The debate went on.",
			true, "calls for school to hire"},
		{"a person noun as subject", "A senior economist at the central bank has called on provinces to lower their fees. The debate went on.",
			true, "calls on provinces"},
		{"people from many nations as subject", "Delegates and envoys from 40 nations on Tuesday called for swift steps to curb fishing. The debate went on.",
			true, "call for swift steps"},
		{"a thing as subject", "The weak harvest on Tuesday called for swift steps to curb prices. The debate went on.",
			false, ""},
	} {
		var times []tx
		if strings.Contains(c.text, "Tuesday") {
			times = append(times, tx{"Tuesday", timex.Date, "2024-06-18", true})
		}
		in := inputWith(c.text, extra, times...)
		in.Parse = p.Sentence
		got := ofType(Extract(in), Appeal)
		switch {
		case !c.appeal && len(got) > 0:
			t.Errorf("%s: %q: got appeals %v, want none", c.rule, c.text, summary(got))
		case c.appeal && len(got) != 1:
			t.Errorf("%s: %q: got appeals %v, want one", c.rule, c.text, summary(got))
		case c.appeal && !strings.Contains(got[0].Title, c.title):
			t.Errorf("%s: %q: title %q, want it to hold %q", c.rule, c.text, got[0].Title, c.title)
		}
	}
}

// TestLeadVerbalActTitle checks that a lead's restated position is
// titled with the noun restated when the parse reads an adjective before
// it as a gerund object of its own ("reiterated her party's longstanding
// position": "reiterates position", with what the position holds, never
// "reiterates longstanding").
func TestLeadVerbalActTitle(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	in := inputWith("Finance Minister Lena Hartwig on Tuesday reiterated her party's longstanding position that taxes must fall. The debate went on.",
		[]ent{{"Lena Hartwig", "person:hartwig", actor.Person, false}}, tx{"Tuesday", timex.Date, "2024-06-18", true})
	in.Parse = p.Sentence
	got := ofType(Extract(in), Statement)
	if len(got) != 1 || !strings.Contains(got[0].Title, "reiterates position") {
		t.Errorf("got statements %v, want one titled \"... reiterates position ...\"", summary(got))
	}
}

// TestAppealGerundTitle checks that an appeal for a gerund clause is
// titled with what it asks for ("calls for building more shelters"), never the
// bare "calls".
func TestAppealGerundTitle(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	in := input("NATO on Tuesday called for building more shelters near the camps. The debate went on.",
		tx{"Tuesday", timex.Date, "2024-06-18", true})
	in.Parse = p.Sentence
	got := ofType(Extract(in), Appeal)
	if len(got) != 1 || !strings.Contains(got[0].Title, "calls for building more shelters") {
		t.Errorf("got appeals %v, want one titled \"... calls for building more shelters ...\"", summary(got))
	}
}

// TestNamingCallApposition checks that "called X \"Y\"", which the parse
// reads as a complement X with Y in apposition, is an opinion told, a
// statement titled with what was called what, and no appeal.
func TestNamingCallApposition(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	in := input("France on Tuesday called the court's final ruling \"a disgrace\" for Europe. The debate went on.",
		tx{"Tuesday", timex.Date, "2024-06-18", true})
	in.Parse = p.Sentence
	ms := Extract(in)
	if a := ofType(ms, Appeal); len(a) > 0 {
		t.Errorf("got appeals %v, want none", summary(a))
	}
	st := ofType(ms, Statement)
	if len(st) != 1 || !strings.Contains(st[0].Title, "\"a disgrace\"") {
		t.Errorf("got statements %v, want one titled with \"a disgrace\"", summary(st))
	}
}

// TestLeadVerbalAct checks that a lead whose main verb is an admission or
// a position restated (leadVerbalAct) is its speaker's statement when it
// tells no other news and the speaker acts on a day the text gives, coded
// 015 for an admission and 010 else, past the lead too (laterStatement);
// and that the same verb with no day of its own or no actor as speaker
// makes none.
func TestLeadVerbalAct(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	extra := []ent{{"Lena Hartwig", "person:hartwig", actor.Person, false}}
	tue := tx{"Tuesday", timex.Date, "2024-06-18", true}
	for _, c := range []struct {
		rule, text string
		code       string // "" for no statement
	}{
		{"an admission with a that-clause", "Finance Minister Lena Hartwig admitted Tuesday that she had misjudged the deficit. The debate went on.", "015"},
		{"an admission with a bare clause", "Finance Minister Lena Hartwig admitted Tuesday she had misjudged the deficit. The debate went on.", "015"},
		{"a position restated", "Finance Minister Lena Hartwig on Tuesday reiterated her party's stance on a lower fuel tax. The debate went on.", "010"},
		{"a commitment reaffirmed: the dictionary's act (050, lexicon_acts_test.go), no statement", "Finance Minister Lena Hartwig reaffirmed on Tuesday her commitment to a balanced budget. The debate went on.", ""},
		{"no day of its own", "Finance Minister Lena Hartwig admitted that she had misjudged the deficit. The debate went on.", ""},
		{"no actor as speaker", "Several economists admitted Tuesday that they had misjudged the deficit. The debate went on.", ""},
		{"past the lead, on a day of its own (laterStatement)", "The debate went on. It was long. Lena Hartwig admitted Tuesday that she had misjudged the deficit.", "015"},
		{"past the lead, a perfect with no day of its own (newssaying.go)", "The debate went on. It was long. Lena Hartwig has admitted that she misjudged the deficit.", ""},
	} {
		var times []tx
		if strings.Contains(c.text, "Tuesday") {
			times = append(times, tue)
		}
		in := inputWith(c.text, extra, times...)
		in.Parse = p.Sentence
		got := ofType(Extract(in), Statement)
		switch {
		case c.code == "" && len(got) > 0:
			t.Errorf("%s: %q: got statements %v, want none", c.rule, c.text, summary(got))
		case c.code != "" && (len(got) != 1 || got[0].CAMEO != c.code || len(got[0].Participants) == 0 || got[0].Participants[0].ActorID != "person:hartwig"):
			t.Errorf("%s: %q: got statements %v, want one by person:hartwig coded %s", c.rule, c.text, summary(got), c.code)
		case c.code != "" && (got[0].Time == nil || got[0].Time.Value != "2024-06-18"):
			t.Errorf("%s: %q: dated by %v, want 2024-06-18", c.rule, c.text, got[0].Time)
		}
	}
}

// TestLeadVerbalActStance checks that a lead's restated position takes
// the type and code of the stance it names when a pattern of the CAMEO
// dictionary fits ("reiterated its refusal" 120, "reaffirmed her
// opposition" 110, "reiterated its support" 051), that a position naming
// no stance, or a commitment of the speaker's own, stays a statement
// (010), and that an admission of a material act stays an admission, not
// that act ("admitted Norway as a member").
func TestLeadVerbalActStance(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	extra := []ent{{"Lena Hartwig", "person:hartwig", actor.Person, false}}
	for _, c := range []struct {
		text string
		typ  Type
		code string
	}{
		{"Finance Minister Lena Hartwig on Tuesday reiterated her government's refusal of a foreign loan. The debate went on.", Reject, "120"},
		{"Finance Minister Lena Hartwig on Tuesday reaffirmed her opposition to the new port levy. The debate went on.", Disapprove, "110"},
		{"Finance Minister Lena Hartwig on Tuesday reiterated her support for the fishing accord. The debate went on.", DiplomaticCooperation, "051"},
		{"Finance Minister Lena Hartwig on Tuesday reiterated her party's position that taxes must fall. The debate went on.", Statement, "010"},
		{"Finance Minister Lena Hartwig on Tuesday reaffirmed her commitment to a balanced budget. The debate went on.", DiplomaticCooperation, "050"},
		{"Finance Minister Lena Hartwig on Tuesday admitted Norway as a member of the fishing pact. The debate went on.", Statement, "015"},
	} {
		in := inputWith(c.text, extra, tx{"Tuesday", timex.Date, "2024-06-18", true})
		in.Parse = p.Sentence
		var got []Mention
		for _, m := range Extract(in) {
			if hasActor(&m, "person:hartwig") {
				got = append(got, m)
			}
		}
		if len(got) != 1 || got[0].Type != c.typ || got[0].CAMEO != c.code {
			t.Errorf("%q: got %v, want one %s %s", c.text, summary(got), c.typ, c.code)
		}
	}
}
