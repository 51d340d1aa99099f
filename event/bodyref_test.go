package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestBodyReference checks that a subject "the council" stands for the
// body named before whose name ends in that noun (resolveBody), read with
// a real parse.
func TestBodyReference(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	bodies := []ent{
		{"Arctic Fisheries Council", "org:afc", actor.Organization, false},
		{"Green Harbour Party", "org:ghp", actor.Organization, false},
		{"Blue Coast Party", "org:bcp", actor.Organization, false},
		{"Health Ministry", "org:health", actor.Organization, false},
	}
	for _, tc := range []struct {
		rule, text, trigger, want string
	}{
		{"the council is the council named", "The Arctic Fisheries Council met in Oslo on Monday. The council also urged Russia to cut its quotas.", "urged",
			"agent=org:afc target=country:RUS"},
		{"the ministry is the ministry named", "The Health Ministry published new figures on Monday. The ministry condemned France for its silence.", "condemned",
			"agent=org:health target=country:FRA"},
		{"the first party of the nearest sentence", "The plan is opposed by the Green Harbour Party, which backs the Blue Coast Party. The party has instead urged Turkey to withdraw.", "urged",
			"agent=org:ghp target=country:TUR"},
		{"a body nearer that no actor names", "The Arctic Fisheries Council met on Monday. The Sea Workers Council said that the council condemned Russia.", "condemned",
			"target=country:RUS"},
		{"council members act for the council", "The Arctic Fisheries Council met in Oslo on Monday. Council members praised Russia for its efforts.", "praised",
			"agent=org:afc counterpart=country:RUS"},
		{"no body of that noun", "The Health Ministry met on Monday. The council condemned Russia.", "condemned",
			"target=country:RUS"},
		{"an unknown body's name stands for its possessor state", "France's Chamber of Elected Deputies on Monday condemned Russia over the raid.", "condemned",
			"agent=country:FRA target=country:RUS"},
		{"a body noun stands for the state of its of-phrase", "The commission of France condemned Russia over the raid on Friday.", "condemned",
			"agent=country:FRA target=country:RUS"},
		{"a body noun of no state", "The commission of inquiry condemned Russia over the raid on Friday.", "condemned",
			"target=country:RUS"},
	} {
		in := inputWith(tc.text, bodies)
		in.Parse = p.Sentence
		m := mentionOf(t, in, tc.trigger)
		if got := roles(m); got != tc.want {
			t.Errorf("%s: %q: roles %s, want %s", tc.rule, tc.text, got, tc.want)
		}
	}
}

// TestPlaceNoAgent checks that a place named after "in", "at" or "near"
// is where an act happens, never its agent, read with a real parse.
func TestPlaceNoAgent(t *testing.T) {
	for _, tc := range []struct {
		rule, text, trigger, want string
	}{
		{"a place before a relative pronoun", "Police arrested two women for the bombing in Kursk, which killed two people.", "killed",
			"location=place:kursk"},
		{"a place subject acts for its state", "Moscow condemned the attack on Monday.", "condemned",
			"agent=place:moscow"},
	} {
		m := mentionOf(t, parsed(t, tc.text), tc.trigger)
		if got := roles(m); got != tc.want {
			t.Errorf("%s: %q: roles %s, want %s", tc.rule, tc.text, got, tc.want)
		}
	}
}

// TestListedSubjects checks that a list of names the parse splits into
// two subjects ("South Africa" and "India and Brazil") all act.
func TestListedSubjects(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	states := []ent{
		{"South Africa", "country:ZAF", actor.Country, false},
		{"India", "country:IND", actor.Country, false},
		{"Brazil", "country:BRA", actor.Country, false},
	}
	text := "South Africa, India and Brazil have agreed to widen their cooperation on customs."
	in := inputWith(text, states)
	in.Parse = p.Sentence
	if got, want := roles(mentionOf(t, in, "agreed")), "agent=country:BRA agent=country:IND agent=country:ZAF"; got != want {
		t.Errorf("%q: roles %s, want %s", text, got, want)
	}
}
