package event

import (
	"strings"
	"testing"

	"github.com/chronograph-news/chronograph/actor"

	"github.com/chronograph-news/chronograph/timex"
)

// TestAcquaintance checks acquaintance.go and the patient_except of
// "meet" on made-up sentences read with a real parse: a spouse met, one
// met "while" at some pursuit, a reception "met with" a feeling and a
// requirement met (through "all of", "any of") hold no meeting; a
// meeting of officials, with a widow named by an "of" phrase, or a
// welcome at an airport stays one.
func TestAcquaintance(t *testing.T) {
	people := []ent{
		{"Juan Perez", "person:perez", actor.Person, false},
		{"Maria Gomez", "person:gomez", actor.Person, false},
		{"Lucy Brand", "person:brand", actor.Person, false},
		{"Tom Kerr", "person:kerr", actor.Person, false},
		{"Ruritania", "country:RUR", actor.Country, false},
	}
	for _, tc := range []struct {
		rule, text, trigger string
		want                Type
	}{
		{"a spouse met", "The mayor Juan Perez studied in Lyon, where he first met his wife Maria Gomez.", "met", ""},
		{"met while studying", "The prince is engaged to Lucy Brand, whom he met while both were studying music in Leeds.", "met", ""},
		{"a reception", "In 1998, however, the envoy Tom Kerr was met with indifference by the voters.", "met", ""},
		{"a part of the conditions", "Sanctions on Ruritania will stay until Ruritania meets all of the conditions of the council, Tom Kerr said on Monday.", "meets", ""},
		{"a part of the criteria", "The rule says that anyone in Ruritania who meets any of the three criteria must pay the tax.", "meets", ""},
		{"officials meet", "Foreign Minister Tom Kerr met with Ruritanian President Juan Perez on Monday.", "met", Meeting},
		{"widows named by an of phrase", "President Juan Perez met the widows of the miners on Monday in Lyon.", "met", Meeting},
		{"a welcome", "Met at the airport by President Juan Perez on Monday, the pope praised the country.", "Met", Meeting},
	} {
		in := parsedWith(t, tc.text, people)
		in.Times = timex.Tag(tc.text, dct)
		if got := mentionedAs(in, tc.trigger); got != tc.want {
			t.Errorf("%s: %q: told as %q, want %q", tc.rule, tc.text, got, tc.want)
		}
	}
}

// mentionedAs returns the type of the first mention whose trigger is word,
// background or not, or "" if there is none: a sense rule drops the
// mention whatever its time.
func mentionedAs(in Input, word string) Type {
	for _, m := range Extract(in) {
		if strings.EqualFold(m.Trigger, word) {
			return m.Type
		}
	}
	return ""
}
