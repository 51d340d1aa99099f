package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestBefallsPeople checks the entries of what befalls people outside
// violence: a person the text names let into or out of hospital (other,
// titled with the hospital: the verb alone would read as a release from
// custody; the purpose of an operation is no part of it), not a count of
// the hurt, or struck by an illness (other); one sent for trial or
// appearing in court (trial), remanded in custody (arrest), granted bail
// (release), taken to court (a lawsuit, disapprove 115), put into custody
// (arrest); an athlete disqualified, banned or stripped of a medal
// (suspension); and that the same verbs in their other senses give none
// of these.
func TestBefallsPeople(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	ents := []ent{
		{"Lena Hartwig", "person:hartwig", actor.Person, false},
		{"Tomas Vidal", "person:vidal", actor.Person, false},
	}
	for _, c := range []struct {
		text  string
		typ   Type
		title string // "" for no mention of typ
	}{
		{"Senator Lena Hartwig was released from the hospital on Sunday after an operation on her knee.", Other, "Lena Hartwig released from hospital"},
		{"Tomas Vidal was admitted to hospital on Tuesday with chest pains.", Other, "Tomas Vidal admitted to hospital"},
		{"Tomas Vidal was taken to hospital on Tuesday after he collapsed on stage.", Other, "Tomas Vidal taken to hospital"},
		{"Lena Hartwig was hospitalized on Thursday with a lung infection.", Other, "Lena Hartwig hospitalized"},
		{"Senator Lena Hartwig was released from the hospital on Monday after an operation to repair her knee.", Other, "Lena Hartwig released from hospital"},
		{"Twenty passengers were taken to hospital on Tuesday after the ferry ran aground.", Other, ""},
		{"The health ministry released a report on hospital waiting lists on Sunday.", Other, ""},
		{"The university admitted on Tuesday that the hospital had lost the files.", Other, ""},
		{"Lena Hartwig suffered a mild stroke on Sunday while on holiday, her office said.", Other, "Lena Hartwig suffers mild stroke"},
		{"Lena Hartwig suffered a change of heart on Sunday and backed the bill.", Other, ""},
		{"The ruling party suffered a heavy defeat in the heartland on Sunday.", Other, ""},
		{"Tomas Vidal was sent for trial on Wednesday, accused of selling state secrets.", Trial, "Tomas Vidal sent for trial"},
		{"Lena Hartwig sent a letter to the court on Wednesday.", Trial, ""},
		{"Tomas Vidal appeared in court on Friday, a week after his arrest.", Trial, "Tomas Vidal appears in court"},
		{"Tomas Vidal appeared in a documentary on Friday.", Trial, ""},
		{"Tomas Vidal was remanded in custody on Friday.", Arrest, "Tomas Vidal remanded in custody"},
		{"Lena Hartwig was granted bail by the magistrate on Friday.", Release, "Magistrate grants Lena Hartwig bail"},
		{"The ministry granted the miners a bonus on Friday.", Release, ""},
		{"The farmers took the water board to court on Monday over the new dam.", Disapprove, "Farmers take water board to court"},
		{"Lena Hartwig was disqualified from the championship on Monday after a false start.", Suspension, "Lena Hartwig disqualified"},
		{"The cyclist Tomas Vidal was stripped of his medal on Friday after a failed dope test at the championship.", Suspension, "Tomas Vidal stripped of medal"},
		{"The striker Tomas Vidal was banned for four matches on Tuesday after a brawl at the championship.", Suspension, "Tomas Vidal banned"},
		{"Five fans were put into police custody at the stadium on Sunday after a brawl.", Arrest, "Five fans arrested"},
		{"Workers stripped the stadium of its seats on Friday before the championship.", Suspension, ""},
	} {
		in := inputWith(c.text, ents)
		in.Parse = p.Sentence
		got := ofType(Extract(in), c.typ)
		if c.title == "" {
			if len(got) > 0 {
				t.Errorf("%q: got %v, want no %s", c.text, summary(got), c.typ)
			}
			continue
		}
		if len(got) != 1 {
			t.Errorf("%q: got %v, want one %s", c.text, summary(got), c.typ)
			continue
		}
		if got[0].Title != c.title {
			t.Errorf("%q: title %q, want %q", c.text, got[0].Title, c.title)
		}
	}
}

// TestFoundDeadAtTime checks that "found dead" with a time right after it,
// which the parse reads as "dead Wednesday morning", still tells a death
// with the state in its title; "found dead chickens" tells none.
func TestFoundDeadAtTime(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, title string }{
		{"A Norland soldier was found dead Thursday morning at a camp near Vestby.", "Norland soldier found dead near Vestby"},
		{"Farmers found dead chickens Thursday morning at a farm near Vestby.", ""},
	} {
		in := inputWith(c.text, []ent{{"Norland", "country:NOR", actor.Country, false}, {"Vestby", "place:vestby", actor.Place, false}})
		in.Parse = p.Sentence
		got := ofType(Extract(in), Death)
		if c.title == "" {
			if len(got) > 0 {
				t.Errorf("%q: got deaths %v, want none", c.text, summary(got))
			}
			continue
		}
		if len(got) != 1 || got[0].Title != c.title {
			t.Errorf("%q: got %v (%v), want one death titled %q", c.text, summary(got), titlesOf(got), c.title)
		}
	}
}
