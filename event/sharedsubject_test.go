package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestSharedSubjectClause: an -ing clause opened by a subordinator of
// sharedSubjectMarks shares the main clause's subject, whether the parse
// makes the subordinator a mark or a wh-adverb of the clause.
func TestSharedSubjectClause(t *testing.T) {
	for _, tc := range []struct {
		text, trigger, want string
	}{
		{"When meeting with Kim on Friday, Putin said relations have developed smoothly.", "meeting", "agent=person:putin counterpart=person:kim"},
		{"While meeting Erdogan in Ankara, Xi said the cooperation has been going on smoothly.", "meeting", "agent=person:xi counterpart=person:erdogan location=place:ankara"},
		{"After meeting Kim, Putin flew to Vladivostok on Thursday.", "meeting", "agent=person:putin counterpart=person:kim"},
	} {
		m := mentionOf(t, parsed(t, tc.text), tc.trigger)
		if got := roles(m); got != tc.want {
			t.Errorf("%q %s: roles %s, want %s", tc.text, tc.trigger, got, tc.want)
		}
	}
}

// TestSubjectOfOtherClause: a name the parse makes the subject of a tensed
// clause after the trigger, or of a clause deeper down, is no party of the
// trigger the word window reaches it from; the subject of an addressed
// act's content clause stays its addressee.
func TestSubjectOfOtherClause(t *testing.T) {
	for _, tc := range []struct {
		text, trigger, want string
	}{
		{"Putin said on Friday ties will be consolidated, vowing China is willing to help.", "vowing", ""},
		{"Xi said on Friday trade will grow, vowing Iran was ready to invest.", "vowing", ""},
		{"Putin urged on Monday Ukraine to stop the attacks.", "urged", "agent=person:putin target=country:UKR"},
	} {
		m := mentionOf(t, parsed(t, tc.text), tc.trigger)
		if got := roles(m); got != tc.want {
			t.Errorf("%q %s: roles %s, want %s", tc.text, tc.trigger, got, tc.want)
		}
	}
}

// TestSubjectOfOtherSlip: a name after a preposition, or one the parse
// makes the subject of a word that heads no clause (the sentence's full
// stop), stays the trigger's party.
func TestSubjectOfOtherSlip(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	text := "Lavrov landed in Ankara on Monday, the first high-level contact between the two states since Russian strongman Vladimir Putin had an hours-long phone conversation with American President Donald Trump this week."
	in := inputWith(text, []ent{{"Donald Trump", "person:trump", actor.Person, false}})
	in.Parse = p.Sentence
	m := mentionOf(t, in, "phone conversation")
	if got, want := roles(m), "agent=person:putin counterpart=person:trump"; got != want {
		t.Errorf("%q: roles %s, want %s", text, got, want)
	}
}

// TestObjectTakenForSubject: when the parse makes a verb's objects the
// subjects of the verb joined to it, and the verb has no object of its
// own, they stay its parties.
func TestObjectTakenForSubject(t *testing.T) {
	text := "Boucher met President Pervez Musharraf and Prime Minister Shaukat Aziz on Tuesday and discussed with them bilateral and regional matters."
	in := inputWith(text, []ent{
		{"Boucher", "person:boucher", actor.Person, false},
		{"Pervez Musharraf", "person:musharraf", actor.Person, false},
		{"Shaukat Aziz", "person:aziz", actor.Person, false},
	})
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	in.Parse = p.Sentence
	want := "agent=person:boucher counterpart=person:aziz counterpart=person:musharraf"
	if got := roles(mentionOf(t, in, "met")); got != want {
		t.Errorf("%q: roles %s, want %s", text, got, want)
	}
}
