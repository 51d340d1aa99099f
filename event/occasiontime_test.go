package event

import (
	"strings"
	"testing"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/timex"
)

// TestOccasionTime checks, on a real parse, that a verb with no time of its
// own takes the day of the occasion it is told at (a speech_occasions noun
// in an in/at/during oblique, dated on a past participle of it), and not
// that of a statement it is only sourced to ("according to").
func TestOccasionTime(t *testing.T) {
	tuesday := tx{"late Tuesday", timex.Date, "2024-06-18", true}
	for _, tc := range []struct {
		text, trigger string
		want          Basis
		value         string
	}{
		{"In a written statement issued late Tuesday, Erdogan criticised Lavrov for his remarks on the port.", "criticised", Relative, "2024-06-18"},
		{"Erdogan criticised Lavrov for his remarks on the port in a written statement issued late Tuesday.", "criticised", Relative, "2024-06-18"},
		{"Erdogan criticised Lavrov for his remarks on the port, according to a written statement issued late Tuesday.", "criticised", Publication, ""},
	} {
		m := mentionOf(t, parsed(t, tc.text, tuesday), tc.trigger)
		if m.Basis != tc.want {
			t.Errorf("%q: basis %s, want %s", tc.text, m.Basis, tc.want)
		}
		if tc.value != "" && (m.Time == nil || m.Time.Value != tc.value) {
			t.Errorf("%q: time %v, want %s", tc.text, m.Time, tc.value)
		}
	}
}

// TestContestTime checks, on a real parse, that a sports result with no
// time of its own takes the edition or the past day of the contest it is
// won in, as the verb's object or in an in/at oblique, but not that of a
// contest it only qualifies for ("a ticket to", a day to come).
func TestContestTime(t *testing.T) {
	for _, tc := range []struct {
		text string
		year tx
		want string // the year, or "" for none
	}{
		{"Lavrov, who won gold at the 1988 Olympics in Velna, said the race was hard.", tx{"1988", timex.Date, "1988", false}, "1988"},
		{"Lavrov, who won the 1994 World Cup with his club, said the draw was fair.", tx{"1994", timex.Date, "1994", false}, "1994"},
		{"Lavrov won bronze for his club at the 1998 Velna Asian Games.", tx{"1998", timex.Date, "1998", false}, "1998"},
		{"Lavrov won a ticket to the 2026 World Cup with his club.", tx{"2026", timex.Date, "2026", false}, ""},
		// a possessive day: the contest's, when it is past
		{"Lavrov's side won Monday's second match at Velna by seven wickets.", tx{"Monday", timex.Date, "2024-06-17", true}, "2024-06-17"},
		{"Lavrov won the title in Saturday's late race at Velna.", tx{"Saturday", timex.Date, "2024-06-15", true}, "2024-06-15"},
		{"Lavrov's side won a place in Sunday's final at Velna.", tx{"Sunday", timex.Date, "2024-06-23", true}, ""},
	} {
		m := only(t, parsed(t, tc.text, tc.year), SportResult)
		got := ""
		if m.Time != nil {
			got = m.Time.Value
		}
		if got != tc.want {
			t.Errorf("%q: time %q (basis %s), want %q", tc.text, got, m.Basis, tc.want)
		}
	}
}

// TestReleasedRightAfter checks, on a real parse, that a report's release
// (own_time) is dated by a day right after the verb, wherever the parse
// hangs it, and by the publication with none.
func TestReleasedRightAfter(t *testing.T) {
	friday := tx{"Friday", timex.Date, "2024-06-21", true}
	for _, tc := range []struct {
		text string
		want Basis
	}{
		{"Velna's farmers have grown poorer in the last ten years, according to official figures released Friday.", Relative},
		{"Velna's farmers have grown poorer in the last ten years, according to official figures released by the bank.", PublicationBound},
	} {
		var times []tx
		if strings.Contains(tc.text, friday.text) {
			times = append(times, friday)
		}
		m := mentionOf(t, parsed(t, tc.text, times...), "released")
		if m.Basis != tc.want {
			t.Errorf("%q: basis %s, want %s", tc.text, m.Basis, tc.want)
		}
	}
}

// TestHappenedTreeTime checks, on a real parse, that an event noun takes
// the time of its relative clause of a happening verb past the words
// happenedTime's window reaches ("a fire that raged through the market on
// Monday"), not one told as a span's bound or with an auxiliary.
func TestHappenedTreeTime(t *testing.T) {
	monday := tx{"Monday", timex.Date, "2024-06-17", true}
	for _, tc := range []struct {
		text string
		want Basis
	}{
		{"The toll of the fire that raged through the old covered market of Velna on Monday has risen to nine.", Relative},
		{"The toll of the fire that has raged through the old covered market of Velna since Monday has risen to nine.", PublicationBound},
	} {
		m := mentionOf(t, parsed(t, tc.text, monday), "fire")
		if m.Basis != tc.want {
			t.Errorf("%q: basis %s, want %s", tc.text, m.Basis, tc.want)
		}
	}
}

// TestOtherGerundTime checks, on a real parse, that a time inside an "of"
// gerund clause dates only that clause's act, not a verb outside it, and
// that a time outside the clause still dates the verb.
func TestOtherGerundTime(t *testing.T) {
	for _, tc := range []struct {
		text, trigger string
		times         []tx
		want          string // the time's value, or "" for none
	}{
		{"Lena Hartwig, suspected with four other harbour officials of selling permits in return for cash from the ferry owners in a scheme in 2009, has agreed to serve as a state witness at the trial.", "agreed",
			[]tx{{"2009", timex.Date, "2009", false}}, ""},
		{"Lena Hartwig was convicted of leading an armed raid in 2009 that injured five people at a bar owned by a rival clan, and sentenced to ten years.", "sentenced",
			[]tx{{"2009", timex.Date, "2009", false}}, ""},
		{"Lena Hartwig, accused of taking bribes from a shipping firm, agreed on Tuesday to testify against the firm.", "agreed",
			[]tx{{"on Tuesday", timex.Date, "2024-06-18", true}}, "2024-06-18"},
	} {
		m := mentionOf(t, inputParsed(parsed(t, tc.text, tc.times...), inputWith(tc.text, []ent{{"Lena Hartwig", "person:hartwig", actor.Person, false}}, tc.times...)), tc.trigger)
		got := ""
		if m.Time != nil {
			got = m.Time.Value
		}
		if got != tc.want {
			t.Errorf("%q: %s dated %q (basis %s), want %q", tc.text, tc.trigger, got, m.Basis, tc.want)
		}
	}
}
