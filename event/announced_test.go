package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/timex"
)

// TestAnnouncedMeeting checks that a lead's statement announcing a meeting
// or a visit of the speaker's own ("said Tuesday she will meet ...") is an
// express intent to meet (036), and that one announcing others' meeting,
// refusing one or telling one held stays a plain statement or none.
func TestAnnouncedMeeting(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	extra := []ent{{"Lena Hartwig", "person:hartwig", actor.Person, false}}
	tue := tx{"Tuesday", timex.Date, "2024-06-18", true}
	for _, c := range []struct {
		text string
		typ  Type   // the statement's type, "" for no statement
		code string // its CAMEO code
	}{
		{"Trade envoy Lena Hartwig said Tuesday she will meet her Danish counterpart in Oslo next month. The debate went on.", ExpressIntentToCooperate, "036"},
		{"Trade envoy Lena Hartwig announced Tuesday she would visit Denmark in the spring. The debate went on.", ExpressIntentToCooperate, "036"},
		{"Trade envoy Lena Hartwig said Tuesday the two kings will meet in Oslo next month. The debate went on.", Statement, "010"},
		{"Trade envoy Lena Hartwig said Tuesday she will not meet her Danish counterpart. The debate went on.", Statement, "010"},
	} {
		in := inputWith(c.text, extra, tue)
		in.Parse = p.Sentence
		var got []Mention
		for _, m := range Extract(in) {
			if m.Type == Statement || m.Type == ExpressIntentToCooperate {
				got = append(got, m)
			}
		}
		if len(got) != 1 || got[0].Type != c.typ || got[0].CAMEO != c.code {
			t.Errorf("%q: got %v, want one %s/%s", c.text, summary(got), c.typ, c.code)
			continue
		}
		if got[0].Time == nil || got[0].Time.Value != "2024-06-18" {
			t.Errorf("%q: dated %v, want the day of speaking", c.text, got[0].Time)
		}
	}
}
