package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/nlp"
	"github.com/chronograph-news/chronograph/timex"
)

// TestToldApart checks which mentions a sentence tells as another
// happening than those before it (Mention.Apart): all of a sentence that
// opens on the cue, the one whose phrase holds "another" otherwise, and
// none where "another" counts more of the same.
func TestToldApart(t *testing.T) {
	p, err := nlp.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text, trigger string
		want          bool
	}{
		{"In a separate incident, rebels attacked a police post in Kursk.", "attacked", true},
		{"In another attack, rebels killed two soldiers.", "killed", true},
		{"Separately, police arrested three men in Kursk.", "arrested", true},
		{"Police arrested another activist in Kursk.", "arrested", false},
		{"Another soldier was wounded in the attack.", "wounded", false},
		{"Rebels launched another attack on the town.", "attack", true},
		{"Another missile was fired at the town, killing three people.", "killing", true},
		{"Rebels killed two soldiers and wounded another five.", "wounded", false},
		// others appointed are other appointments; other soldiers
		// wounded may be more victims of one attack
		{"Nine other deputy ministers were appointed earlier this week.", "appointed", true},
		{"Two other soldiers were wounded in the attack.", "wounded", false},
		{"In a statement, rebels attacked the government.", "attacked", false},
		{"Rebels attacked a police post in Kursk.", "attacked", false},
		// the cue's sentence tells no event: the next one tells it
		{"Rebels attacked a police post in Kursk. In a separate incident, a man drove his car into a patrol. The suicide attack destroyed a truck.", "attack", true},
	} {
		in := input(c.text)
		in.Parse = p.Sentence
		checkApart(t, in, c.trigger, c.want)
	}
}

// TestAnswersAnother checks that an act done "in retaliation" (on the verb
// or hung on its object) is apart from the happening it answers, and one
// with no such phrase is not.
func TestAnswersAnother(t *testing.T) {
	for _, c := range []struct {
		text, trigger string
		want          bool
	}{
		{"Hours after the massacre, rockets struck a northern village in retaliation.", "struck", true},
		{"Militants shelled the army base in revenge on Sunday.", "shelled", true},
		{"Militants shelled the army base on Sunday.", "shelled", false},
	} {
		m := find(t, parsed(t, c.text), c.trigger)
		if m.Apart != c.want {
			t.Errorf("%q: %q apart %v, want %v", c.text, c.trigger, m.Apart, c.want)
		}
	}
}

// TestAlsoOnDay: a sentence opening on "also" and a time tells other
// happenings of that time; "also" before a verb adds to the one told.
func TestAlsoOnDay(t *testing.T) {
	p, err := nlp.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text, trigger string
		times         []tx
		want          bool
	}{
		{"Also on Friday, rebels attacked a police post in Kursk.", "attacked", []tx{{"Friday", timex.Date, "2024-06-14", true}}, true},
		{"Also Friday, rebels attacked a police post in Kursk.", "attacked", []tx{{"Friday", timex.Date, "2024-06-14", true}}, true},
		{"Also killed on Friday was a policeman.", "killed", []tx{{"Friday", timex.Date, "2024-06-14", true}}, false},
	} {
		in := input(c.text, c.times...)
		in.Parse = p.Sentence
		checkApart(t, in, c.trigger, c.want)
	}
}

// checkApart checks that in has a mention at trigger and that each one
// there is told apart (Mention.Apart) as want says.
func checkApart(t *testing.T, in Input, trigger string, want bool) {
	t.Helper()
	found := false
	for _, m := range Extract(in) {
		if m.Trigger != trigger {
			continue
		}
		found = true
		if m.Apart != want {
			t.Errorf("%q %q: apart %v, want %v", in.Text, trigger, m.Apart, want)
		}
	}
	if !found {
		t.Errorf("%q: no mention at %q", in.Text, trigger)
	}
}
