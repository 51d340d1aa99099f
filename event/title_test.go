package event

import "testing"

// TestAloneTitles checks that a type whose verb needs an object reads as
// a whole headline when the title names none, and that two agents still
// complete a meeting.
func TestAloneTitles(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Russia invaded on Friday.", "Russia launches invasion"},
		{"Putin annexed four regions on Friday.", "Putin annexes territory"},
		{"Shoigu met in Pyongyang on Friday.", "Shoigu holds talks in Pyongyang"},
		{"Shoigu met Kim on Friday.", "Shoigu meets Kim Jong Un"},
		{"Shoigu and Kim met on Friday.", "Shoigu and Kim Jong Un meet"},
	} {
		ms := Extract(input(c.text))
		if len(ms) != 1 || ms[0].Title != c.want {
			var got []string
			for _, m := range ms {
				got = append(got, m.Title)
			}
			t.Errorf("%q: titles %q, want %q", c.text, got, c.want)
		}
	}
}

// TestAppointeesTitle checks that an appointment naming only its
// appointees reads as their appointment, not "Appointment with".
func TestAppointeesTitle(t *testing.T) {
	for _, m := range Extract(input("The newly appointed ministers Lavrov and Shoigu spoke.")) {
		if m.Type == Appointment && m.Title != "Lavrov and Shoigu appointed" {
			t.Errorf("title %q, want %q", m.Title, "Lavrov and Shoigu appointed")
		}
		if m.Type == Appointment {
			return
		}
	}
	t.Error("no appointment")
}

// TestGroupAgentVerb checks that a country's generic agent takes a plural
// verb when its name is plural, and a singular one otherwise.
func TestGroupAgentVerb(t *testing.T) {
	for _, c := range []struct {
		name string
		want bool
	}{
		{"South Korean militaries", true}, {"Israeli police", true},
		{"Palestinian suicide bomber", false}, {"Congress", false},
	} {
		if got := pluralNoun(c.name); got != c.want {
			t.Errorf("pluralNoun(%q) = %v, want %v", c.name, got, c.want)
		}
	}
}

// TestPatientFirstTitles checks that, with no parse and no agent, a
// hostile event done to a person reads patient first with the verb's
// participle, and one "done to" a country keeps its noun.
func TestPatientFirstTitles(t *testing.T) {
	for _, c := range []struct{ text, typ, want string }{
		{"Lavrov was convicted on Friday.", "verdict", "Lavrov convicted"},
		{"Shoigu was acquitted in Moscow on Friday.", "verdict", "Shoigu acquitted in Moscow"},
		{"The murder of Lavrov shocked Moscow on Friday.", "killing", "Lavrov murdered"},
		{"Those jailed on Friday for 15 years were Lavrov and Shoigu.", "arrest", "Lavrov and Shoigu jailed"},
		// a country is no patient: the noun, with "of" for a type whose noun takes it
		{"Ukraine was captured on Friday.", "capture", "Capture of Ukraine"},
		{"Ukraine was attacked on Friday.", "attack", "Attack on Ukraine"},
	} {
		var got []string
		found := false
		for _, m := range Extract(input(c.text)) {
			got = append(got, string(m.Type)+": "+m.Title)
			found = found || string(m.Type) == c.typ && m.Title == c.want
		}
		if !found {
			t.Errorf("%q: titles %q, want %s: %q", c.text, got, c.typ, c.want)
		}
	}
}

// TestTargetsFirstTitles checks that, with no agent, a verb done to its
// targets reads with the targets first and the verb's participle, never
// the type's name with "with" ("Disapprove with NATO"); a verb that needs
// a pattern keeps the type's phrase.
func TestTargetsFirstTitles(t *testing.T) {
	for _, c := range []struct{ text, typ, want string }{
		{"Crowds filled the square, denouncing NATO on Friday.", "disapprove", "NATO denounced"},
		{"Crowds filled the square on Friday, condemning the rebels.", "disapprove", "Rebels condemned"},
	} {
		var got []string
		found := false
		for _, m := range Extract(input(c.text)) {
			got = append(got, string(m.Type)+": "+m.Title)
			found = found || string(m.Type) == c.typ && m.Title == c.want
		}
		if !found {
			t.Errorf("%q: titles %q, want %s: %q", c.text, got, c.typ, c.want)
		}
	}
}

// TestShorten checks that a title longer than maxTitleChars loses its last
// prepositional phrases, cut at a phrase boundary, and that one no cut
// shortens is kept whole.
func TestShorten(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Putin meets Kim in Pyongyang", "Putin meets Kim in Pyongyang"},
		{"Fortunato Abat and Victor Abat urge military officers to withdraw support for Gloria Arroyo in Manila",
			"Fortunato Abat and Victor Abat urge military officers to withdraw support"},
		{"Israeli army forces kill senior female security officer of Hamas movement in Beit Hanoun in northern Gaza Strip",
			"Israeli army forces kill senior female security officer of Hamas movement"},
		// a last conjunct goes from a title that stays nearly whole
		{"Reporters Without Borders calls on Turkmenistan to free journalists and political prisoners",
			"Reporters Without Borders calls on Turkmenistan to free journalists"},
		// no boundary: kept whole rather than cut mid-phrase
		{"Sudan People's Liberation Movement Army and Government of National Unity of the Republic of South Sudan agree",
			"Sudan People's Liberation Movement Army and Government of National Unity of the Republic of South Sudan agree"},
	} {
		if got := shorten(c.in); got != c.want {
			t.Errorf("shorten(%q) = %q, want %q", c.in, got, c.want)
		}
		if got := shorten(c.in); len(got) > maxTitleChars && got != c.in {
			t.Errorf("shorten(%q) = %q: too long", c.in, got)
		}
	}
}
