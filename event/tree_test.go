package event

import (
	"reflect"
	"testing"

	"github.com/chronograph-news/chronograph/nlp"
	"github.com/chronograph-news/chronograph/nlp/conllu"
)

// TestTreeRoles checks roles read from the dependency analysis where the
// word windows alone go wrong: a dateline before the subject, a place the
// parse hangs on the object.
func TestTreeRoles(t *testing.T) {
	p, err := nlp.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text string
		typ  Type
		want string
	}{
		{"SEOUL, South Korea — (AP) — A top Russian security official met with North Korean leader Kim in Pyongyang on Friday.", Meeting,
			"agent=country:RUS counterpart=person:kim location=place:pyongyang"},
		{"Putin, who met Kim in Vladivostok, left on Friday.", Meeting,
			"agent=person:putin counterpart=person:kim location=place:vladivostok"},
		// a country's group noun keeps the other countries modifying it
		{"The Russian and South Korean militaries held joint naval drills near Busan on Monday.", MilitaryExercise,
			"agent=agent:KOR:military agent=country:RUS"},
		// a relative clause the parse takes for a conjunct of the main one
		{"Erdogan received a message from French President Emmanuel Macron, who extended his thanks to Turkey and vowed to keep talking.", ExpressIntentToCooperate,
			"agent=person:macron"},
		// a count stands for the people it counts
		{"Hundreds of Russian soldiers clashed with Ukraine in Kursk on Friday.", Attack,
			"agent=country:RUS counterpart=country:UKR location=place:kursk"},
		// a person's envoy is not that person
		{"President Vladimir Putin's special envoy, retired General Ivan Petrov, arrived in Kyiv on Monday.", Visit,
			"location=place:kyiv"},
		// but a person's government acts with that person
		{"In May, Putin's government tendered its resignation.", Resignation,
			"agent=person:putin"},
	} {
		in := input(tc.text)
		in.Parse = p.Sentence
		m := only(t, in, tc.typ)
		if got := roles(m); got != tc.want {
			t.Errorf("%q: roles %s, want %s", tc.text, got, tc.want)
		}
	}
}

// TestParseOnDemand checks that the parser is asked for every sentence
// with a trigger (its modality needs the tree, actor or not) and for no
// other, once each, with the sentence's own bounds.
func TestParseOnDemand(t *testing.T) {
	p, err := nlp.Default()
	if err != nil {
		t.Fatal(err)
	}
	const (
		quiet  = "The weather was mild. "
		noName = "Officials met on Friday. "
		wanted = "Putin met Kim in Vladivostok and signed a treaty."
	)
	in := input(quiet + noName + wanted)
	var calls [][2]int
	in.Parse = func(text string, start, end int) conllu.Sentence {
		calls = append(calls, [2]int{start, end})
		return p.Sentence(text, start, end)
	}
	Extract(in)
	want := [][2]int{{len(quiet), len(quiet+noName) - 1}, {len(quiet + noName), len(in.Text)}}
	if !reflect.DeepEqual(calls, want) {
		t.Errorf("parsed %v, want %v", calls, want)
	}
}

// TestControlledActiveInfinitive checks that the subject of a passive verb
// controlling an active infinitive does the infinitive's act ("troops who
// were sent to fight the rebels": the troops fight), while a passive
// infinitive keeps it the one acted on.
func TestControlledActiveInfinitive(t *testing.T) {
	checkRoles(t, []roleCase{
		{"Russian troops, who were sent to fight NATO, killed 20 rebels on Monday.", "fight", "agent=country:RUS target=org:nato"},
		{"Putin was expected to be arrested by NATO on Monday.", "arrested", "agent=org:nato target=person:putin"},
		{"Russian troops were deployed in Kursk on Monday to fight NATO.", "fight", "agent=country:RUS target=org:nato"},
	})
}
