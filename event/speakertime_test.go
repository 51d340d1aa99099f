package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/timex"
)

// TestSpeakerTime checks, on a real parse, that a day ending a speaker's
// phrase told after the verb of saying dates the saying, and that a day
// told inside the reported clause stays that clause's.
func TestSpeakerTime(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	tuesday := tx{"Tuesday", timex.Date, "2024-06-18", true}
	extra := []ent{{"Carl de Mendez", "person:mendez", actor.Person, false}}
	for _, tc := range []struct {
		text  string
		want  Basis
		value string
	}{
		{"The home squad will face a hard fight but never give in easily at the coming chess tournament, said Velna's Portuguese chess coach Carl de Mendez on Tuesday.", Relative, "2024-06-18"},
		{"The home squad will face a hard fight at the coming tournament on Tuesday, said coach Carl de Mendez.", PublicationBound, ""},
	} {
		in := inputWith(tc.text, extra, tuesday)
		in.Parse = p.Sentence
		m := only(t, in, Statement)
		if m.Basis != tc.want {
			t.Errorf("%q: basis %s, want %s", tc.text, m.Basis, tc.want)
		}
		if tc.value != "" && (m.Time == nil || m.Time.Value != tc.value) {
			t.Errorf("%q: time %v, want %s", tc.text, m.Time, tc.value)
		}
	}
}
