package actor

import (
	"testing"

	"github.com/chronograph-news/chronograph/token"
)

// TestWrittenNames checks which names a document writes as given names or
// initials before a surname (lexer.writtenNames): a title run before them
// or a place reading does not matter, while a country's abbreviation, a
// stopword, a club's word, a word the document writes in lower case and a
// hyphenated surname are no such name.
func TestWrittenNames(t *testing.T) {
	g := defaultGazetteer(t)
	cases := []struct {
		name, text, surname, want string // want "" for none
	}{
		{"given name after a title run", "Deputy Commissioner for Inland Waterways Affairs Richard Vettrick spoke.", "Vettrick", "Richard Vettrick"},
		{"given name and initial", "Envoy Richard Q. Vettrick spoke.", "Vettrick", "Richard Q. Vettrick"},
		{"initials with periods", "Commissioner T.R. Vettrick spoke.", "Vettrick", "T.R. Vettrick"},
		{"initials without periods", "Commissioner TR Vettrick spoke.", "Vettrick", "TR Vettrick"},
		{"a country's abbreviation", "The U.S. Senate voted.", "Senate", ""},
		{"a stopword in capitals", "AS Vettrick FC lost.", "Vettrick", ""},
		{"a club's word", "FC Vettrick lost.", "Vettrick", ""},
		{"a Roman numeral", "Pope Corin II Vettrick spoke.", "Vettrick", ""},
		{"written in lower case too", "The TR Final opens. The final is sold out.", "Final", ""},
		{"hyphenated surname", "Envoy Richard Vettrick-Oduya spoke.", "Vettrick", ""},
		{"not the last word of the name", "Envoy Richard Vettrick Oduya spoke.", "Vettrick", ""},
		{"a headline's capitals", "ENVOY RICHARD VETTRICK ARRIVES", "Vettrick", ""},
		{"two people of one surname", "Richard Vettrick met David Vettrick.", "Vettrick", ""},
	}
	for _, c := range cases {
		toks := token.Tokenize(c.text)
		l := newLexer(g, c.text, toks)
		got := l.writtenNames()[phonetic(fold(c.surname))].name
		if got != c.want {
			t.Errorf("%s: %q written as %q, want %q", c.name, c.surname, got, c.want)
		}
	}
}

// TestWrittenPerson checks that a bare surname is the person its own
// document writes in full with given names or initials, even when the
// recognizer did not read that full name as a person, rather than a
// namesake other documents named in full.
func TestWrittenPerson(t *testing.T) {
	before := []string{"Judge Corin Vettrick ruled on Monday.", "Judge Corin Vettrick retired on Friday."}
	cases := []struct {
		name, text, id string
	}{
		{"initials after a title", "Chief Election Commissioner TR Vettrick resigned. Vettrick agreed on Tuesday.", "person:tr-vettrick"},
		{"given name after a long title", "Assistant Secretary for North and West Coastal Affairs Richard Vettrick arrived. Vettrick spoke on Tuesday.", "person:richard-vettrick"},
		{"the namesake when the document writes no other", "Vettrick spoke on Tuesday.", "person:corin-vettrick"},
	}
	for _, c := range cases {
		r := NewResolver(defaultGazetteer(t))
		for _, d := range before {
			document(r, d)
		}
		var got string
		ms := document(r, c.text)
		for _, m := range ms {
			if m.Text == "Vettrick" {
				got = m.ActorID
			}
		}
		if got != c.id {
			t.Errorf("%s: Vettrick = %q, want %q (%s)", c.name, got, c.id, dump(ms))
		}
		if a, ok := r.Actor(c.id); !ok || len(wordKeys(a.Name)) < 2 {
			t.Errorf("%s: actor %s = %+v, want a full name", c.name, c.id, a)
		}
	}
}
