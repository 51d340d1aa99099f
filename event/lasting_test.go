package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/timex"
)

// basisOf returns the mention whose trigger is word, failing when there is
// none.
func basisOf(t *testing.T, in Input, word string) Mention {
	t.Helper()
	for _, m := range Extract(in) {
		if m.Trigger == word {
			return m
		}
	}
	t.Fatalf("%q: no mention %q", in.Text, word)
	return Mention{}
}

// TestLastingNoun checks that an event noun told as the cause a participle
// describes someone by ("families affected by floods"), or as the thing a
// duration of years counts ("three years of drought"), takes no day of
// the main clause and is bounded by the publication date, while a span
// of days stays the clause's.
func TestLastingNoun(t *testing.T) {
	monday := tx{"Monday", timex.Date, "2024-06-17", true}
	for _, c := range []struct {
		text, word string
		times      []tx
		want       Basis
	}{
		{"The charity on Monday opened shelters for families affected by heavy floods in the north.", "floods", []tx{monday}, PublicationBound},
		{"The agency on Monday sent grain to the victims of three years of drought in the south.", "drought", []tx{monday, {"three years", timex.Duration, "P3Y", false}}, PublicationBound},
		{"The agency on Monday sent grain to the victims of three days of floods in the south.", "floods", []tx{monday, {"three days", timex.Duration, "P3D", false}}, Relative},
	} {
		m := basisOf(t, parsed(t, c.text, c.times...), c.word)
		if m.Basis != c.want {
			t.Errorf("%q: %q basis %q (time %v), want %q", c.text, c.word, m.Basis, m.Time, c.want)
		}
	}
}

// TestSpanRelative checks that a relative clause telling what happened
// within a span ("a pause during which ...") takes no date from the
// account told in the sentence before, while one opened otherwise does.
func TestSpanRelative(t *testing.T) {
	monday := tx{"Monday", timex.Date, "2024-06-17", true}
	for _, c := range []struct {
		text string
		want Basis
	}{
		{"The envoy of Iran spoke on Monday. The talks are resuming after a pause during which Iran tested a missile.", PublicationBound},
		{"The envoy of Iran spoke on Monday. The talks are resuming after a pause in which Iran tested a missile.", Relative},
	} {
		m := basisOf(t, parsed(t, c.text, monday), "tested")
		if m.Basis != c.want {
			t.Errorf("%q: basis %q, want %q", c.text, m.Basis, c.want)
		}
	}
}

// TestAfterOld checks that an undated clause told as after a moment dated
// weeks before the publication is bounded by the publication date, and
// one after a moment of the last days stays the day's news.
func TestAfterOld(t *testing.T) {
	for _, c := range []struct {
		text  string
		times []tx
		want  Basis
	}{
		{"The council passed a resolution imposing new sanctions on Iran after its May 2 missile test.", []tx{{"May 2", timex.Date, "2024-05-02", true}}, PublicationBound},
		{"The council passed a resolution imposing new sanctions on Iran after its June 19 missile test.", []tx{{"June 19", timex.Date, "2024-06-19", true}}, Publication},
		// an adverbial clause opened by "after" holds the old moment
		{"After firing a missile on May 2, Ardena imposed new sanctions on Borduria.", []tx{{"May 2", timex.Date, "2024-05-02", true}}, PublicationBound},
		{"After firing a missile on June 19, Ardena imposed new sanctions on Borduria.", []tx{{"June 19", timex.Date, "2024-06-19", true}}, Publication},
	} {
		m := basisOf(t, parsed(t, c.text, c.times...), "sanctions")
		if m.Basis != c.want {
			t.Errorf("%q: basis %q, want %q", c.text, m.Basis, c.want)
		}
	}
	// the first of two coordinated acts, the later one told as after the
	// old moment, came no later than it
	for _, c := range []struct {
		text  string
		times []tx
		want  Basis
	}{
		{"Ardena captured and then annexed the eastern district after the 1931 war.", []tx{{"1931", timex.Date, "1931", false}}, PublicationBound},
		{"Ardena captured and then annexed the eastern district after the June 19 clashes.", []tx{{"June 19", timex.Date, "2024-06-19", true}}, Publication},
	} {
		m := basisOf(t, parsed(t, c.text, c.times...), "captured")
		if m.Basis != c.want {
			t.Errorf("%q: basis %q, want %q", c.text, m.Basis, c.want)
		}
	}
}

// TestParticipleOblique checks that a noun event told as the oblique of an
// -ing complement takes the tense of the verb it hangs on: in a past
// perfect ("had just finished dealing with blazes") it lies before the
// report, in a simple past it is the day's news.
func TestParticipleOblique(t *testing.T) {
	for _, c := range []struct {
		text string
		want Basis
	}{
		{"The pilots had just finished dealing with huge blazes in Spain.", PublicationBound},
		{"The pilots finished dealing with huge blazes in Spain.", Publication},
	} {
		m := basisOf(t, parsed(t, c.text), "blazes")
		if m.Basis != c.want {
			t.Errorf("%q: basis %q, want %q", c.text, m.Basis, c.want)
		}
	}
}
