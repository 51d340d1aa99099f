package event

import (
	"strings"
	"testing"

	"github.com/chronograph-news/chronograph/nlp"

	"github.com/chronograph-news/chronograph/actor"
)

// TestTitleDeclaredState checks that a verb of saying that declares the
// state its object's noun names ("declared a state of emergency") keeps
// that object, never the coercion type's generic phrase ("uses
// coercion"), though the name finder reads a word of it ("state").
func TestTitleDeclaredState(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Norland", "country:NOR", actor.Country, false},
		{"Brava", "place:brava", actor.Place, false},
	}, []headlineCase{
		{"The president of Norland declared a state of emergency in Brava.", "declared", "President of Norland declares state of emergency in Brava"},
	})
}

// TestTitleParticleReadAsAdverb checks that a phrasal verb's particle the parse
// reads as an adverb ("shot down 25 drones") stays with its verb ("shoots
// down 25 drones"), never dropped ("shoots 25 drones").
func TestTitleParticleReadAsAdverb(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Norland", "country:NOR", actor.Country, false},
	}, []headlineCase{
		{"Norland said it shot down 25 drones overnight.", "shot", "Norland shoots down 25 drones"},
	})
}

// TestTitleCoordinatedAdjectives checks that a subject whose noun has two
// coordinated adjectives ("Chinese and Indian troops") keeps both sides,
// never the first alone ("Chinese troops clash").
func TestTitleCoordinatedAdjectives(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Chinese and Indian troops clashed on the border.", "clashed", "Chinese and Indian troops clash"},
	})
}

// TestTitleNoConjunctPastNumber checks that an adjective the parse reads
// as coordinated with another across a number ("one militant and wounded
// two others", misparsed as one phrase) is no conjunct of the noun: the
// title never says "and wounded".
func TestTitleNoConjunctPastNumber(t *testing.T) {
	p, err := nlp.LoadOnly("tagger", "parser")
	if err != nil {
		t.Fatal(err)
	}
	text := "The drone struck a car near the border, killing one militant and wounded two others."
	in := input(text)
	in.Parse = p.Sentence
	if m := find(t, in, "killing"); strings.Contains(m.Title, " and ") {
		t.Errorf("%q: title %q joins a conjunct across a number", text, m.Title)
	}
}

// TestTitleStatementDoes checks that a statement whose gerund clause does
// an act of the lexicon to its object ("issued a statement condemning the
// raid") is titled by that act, never the generic "issues statement"; a
// gerund of asking whose object has its own clause ("urging the unions to
// end the strike") says what is asked, however the parse hangs it.
func TestTitleStatementDoes(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Norland", "country:NOR", actor.Country, false},
	}, []headlineCase{
		{"Norland's foreign ministry issued a statement condemning the raid on Tuesday.", "statement", "Norland condemns raid"},
		{"The Norland government issued a statement urging the unions to end the strike.", "statement", "Norland urges unions to end strike"},
	})
}
