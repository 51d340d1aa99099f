package event

import (
	"sort"
	"strings"
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestVenueModifier: one place name before an event noun says where the
// event happened, not who took part; a nationality adjective stays the
// agent, and two names joined before the noun stay its sides.
func TestVenueModifier(t *testing.T) {
	for _, tc := range []struct {
		text, trigger, want string
		tree                string // the roles read with the parse, when not want
	}{
		{"The Beijing meeting ended without a deal on Monday.", "meeting", "location=place:beijing", ""},
		{"The Ankara talks collapsed on Monday.", "talks", "location=place:ankara", ""},
		{"The Turkey talks collapsed on Monday.", "talks", "location=country:TUR", ""},
		{"The Kursk bombing killed three people on Monday.", "bombing", "location=place:kursk", ""},
		{"Russian strikes killed three people on Monday.", "strikes", "agent=country:RUS", ""},
		{"The Moscow-Pyongyang talks ended on Monday.", "talks", "agent=place:moscow counterpart=place:pyongyang", ""},
		{"The Ukraine invasion began on Monday.", "invasion", "target=country:UKR", ""},
	} {
		if got := roles(mentionOf(t, input(tc.text), tc.trigger)); got != tc.want {
			t.Errorf("window %q %s: roles %s, want %s", tc.text, tc.trigger, got, tc.want)
		}
		want := tc.want
		if tc.tree != "" {
			want = tc.tree
		}
		if got := roles(mentionOf(t, parsed(t, tc.text), tc.trigger)); got != want {
			t.Errorf("tree %q %s: roles %s, want %s", tc.text, tc.trigger, got, want)
		}
	}
}

// TestVenueCapital: a capital resolved to its state before a violent
// event noun is the city where it happened when the document knows the
// city as a place.
func TestVenueCapital(t *testing.T) {
	text := "Troops entered Kabul on Monday. The Kabul bombing killed ten people on Tuesday."
	in := input(text)
	first := strings.Index(text, "Kabul")
	second := strings.LastIndex(text, "Kabul")
	in.Actors = append(in.Actors,
		actor.Mention{Start: first, End: first + 5, Text: "Kabul", ActorID: "place:kabul", Kind: actor.Place, Location: true},
		actor.Mention{Start: second, End: second + 5, Text: "Kabul", ActorID: "country:AFG", Kind: actor.Country})
	sort.Slice(in.Actors, func(i, j int) bool { return in.Actors[i].Start < in.Actors[j].Start })
	if got, want := roles(mentionOf(t, in, "bombing")), "location=place:kabul"; got != want {
		t.Errorf("%q bombing: roles %s, want %s", text, got, want)
	}
}

// TestSpokenVenue: the subject of a verb set "in" a spoken noun event
// (a speech, talks) or "at" a part of one ("at the end of the talks")
// takes part in it; one set "in" an act of violence may suffer it.
func TestSpokenVenue(t *testing.T) {
	for _, tc := range []struct {
		text, trigger, want string
	}{
		{"In a televised speech on Sunday, Macron defended his budget.", "speech", "agent=person:macron"},
		{"In a round of talks with Shoigu on Monday, Lavrov reaffirmed the plan.", "talks", "agent=person:lavrov counterpart=person:shoigu"},
		{"At the end of the talks, Lavrov praised the plan.", "talks", "agent=person:lavrov"},
		{"After a four-day tour of Kursk, Lavrov ordered officials to push reforms.", "tour", "agent=person:lavrov location=place:kursk"},
		{"After the attack on Kursk, NATO ordered officials to push reforms.", "attack", "target=place:kursk"},
		{"Shoigu died in an attack on Kursk on Monday.", "attack", "target=place:kursk"},
		{"In a statement on Monday, the Pentagon said Kim had left.", "statement", ""},
	} {
		got := triggerRoles(parsed(t, tc.text), tc.trigger)
		if got != tc.want {
			t.Errorf("%q %s: roles %s, want %s", tc.text, tc.trigger, got, tc.want)
		}
	}
}

// TestPlacePossessor: a place that is no state, as the possessor of a
// peaceful noun event, says where it is held ("Kursk's economic
// conference"); a state's possessive stays its agent.
func TestPlacePossessor(t *testing.T) {
	for _, tc := range []struct {
		text, trigger, want string
	}{
		{"Kursk's economic conference opened on Monday.", "conference", "location=place:kursk"},
		{"Turkey's economic conference opened on Monday.", "conference", "agent=country:TUR"},
	} {
		got := triggerRoles(parsed(t, tc.text), tc.trigger)
		if got != tc.want {
			t.Errorf("%q %s: roles %s, want %s", tc.text, tc.trigger, got, tc.want)
		}
	}
}

// TestAttackerModifier: a body or a group named before a noun act of
// violence does it ("a NATO strike", "the NATO attacks"), as a
// nationality adjective does ("Russian strikes"); a state's name there is
// its target ("the Ukraine invasion").
func TestAttackerModifier(t *testing.T) {
	for _, tc := range []struct {
		text, trigger, want string
	}{
		{"A NATO strike in Kursk left three soldiers dead.", "strike", "agent=org:nato location=place:kursk"},
		{"The NATO attacks sent thousands of people to shelters on Monday.", "attacks", "agent=org:nato"},
		{"Russian strikes in Kursk left three soldiers dead.", "strikes", "agent=country:RUS location=place:kursk"},
		{"The Ukraine invasion began on Monday.", "invasion", "target=country:UKR"},
	} {
		got := triggerRoles(parsed(t, tc.text), tc.trigger)
		if got != tc.want {
			t.Errorf("%q %s: roles %s, want %s", tc.text, tc.trigger, got, tc.want)
		}
	}
}

// TestPlaceNoSide: a place that is no state, found after an event noun or
// its verb, says where the event happened, never who took part ("an
// earthquake measuring 5.7 jolted the city of Kursk, Crimea": located
// there).
func TestPlaceNoSide(t *testing.T) {
	for _, tc := range []struct {
		text, trigger, want string
	}{
		{"An earthquake measuring 5.7 on the Richter scale jolted the city of Kursk, Crimea, on Saturday, leaving at least 14 dead.", "earthquake", "location=place:crimea location=place:kursk"},
	} {
		got := triggerRoles(parsed(t, tc.text), tc.trigger)
		if got != tc.want {
			t.Errorf("%q %s: roles %s, want %s", tc.text, tc.trigger, got, tc.want)
		}
	}
}

// TestOnTrip: the subject of a verb whose "on" phrase is an indefinite
// visit ("said on a visit to Kursk") made that visit; "commented on the
// visit" may tell what was spoken of and gives no visitor.
func TestOnTrip(t *testing.T) {
	checkRoles(t, []roleCase{
		{"Shoigu spoke to reporters on a visit to Kursk on Tuesday.", "visit", "agent=person:shoigu location=place:kursk"},
		{"Lavrov commented on a trip to Ankara on Tuesday.", "trip", "agent=person:lavrov location=place:ankara"},
		{"Lavrov commented on the trip to Ankara on Tuesday.", "trip", "location=place:ankara"},
	})
}

// TestVenueSubjectReach: the subject of a verb set at a meeting takes
// part in it also when the parse reads "following" as a verb, hangs the
// venue on the verb's object, or when a verb with no object is done "for"
// the talks; not "thanked X for the visit" (an object), nor a subject the
// verb does not have of its own.
func TestVenueSubjectReach(t *testing.T) {
	extra := []ent{
		{"Alan Garcia", "person:alan-garcia", actor.Person, false},
		{"Michelle Bachelet", "person:michelle-bachelet", actor.Person, false},
	}
	checkRolesWith(t, extra, []roleCase{
		{"Alan Garcia made the remarks following a meeting with Michelle Bachelet on Monday.", "meeting", "agent=person:alan-garcia counterpart=person:michelle-bachelet"},
		{"Alan Garcia reiterated the position during a meeting with Michelle Bachelet on Monday.", "meeting", "agent=person:alan-garcia counterpart=person:michelle-bachelet"},
		{"Alan Garcia flew to the capital on Monday for talks with Michelle Bachelet.", "talks", "agent=person:alan-garcia counterpart=person:michelle-bachelet"},
		{"Alan Garcia thanked Michelle Bachelet on Monday for the visit.", "visit", ""},
		// who is flown or sent for talks takes part in them, also when the
		// parse hangs the talks on a noun of the verb's oblique
		{"Alan Garcia was flown to the capital on Monday for talks with Michelle Bachelet.", "talks", "agent=person:alan-garcia counterpart=person:michelle-bachelet"},
		{"Alan Garcia was flown to the capital aboard a military helicopter for talks with Michelle Bachelet.", "talks", "agent=person:alan-garcia counterpart=person:michelle-bachelet"},
		{"Alan Garcia flew to the capital aboard a military helicopter for talks with Michelle Bachelet.", "talks", "agent=person:alan-garcia counterpart=person:michelle-bachelet"},
		// the parse hangs the talks on an adverb of the verb
		{"\"Such a plan will make things even worse,\" Alan Garcia said after talks here with his Chilean counterpart Michelle Bachelet.", "talks", "agent=person:alan-garcia counterpart=person:michelle-bachelet"},
	})
}

// TestFeltAtNoVenue: an "at" phrase of a verb whose object is a feeling
// ("expressed outrage at", "voiced concern at") tells what is felt about:
// the verb's subject takes no part in that event; "at" a meeting it does.
func TestFeltAtNoVenue(t *testing.T) {
	for _, tc := range []struct {
		text, trigger, want string
	}{
		{"Turkey expressed outrage on Friday at the murder of a judge.", "murder", ""},
		{"Turkey voiced concern at the bombing of a bridge.", "bombing", ""},
		{"Lavrov voiced concern at the meeting on Friday.", "meeting", "agent=person:lavrov"},
	} {
		got := triggerRoles(parsed(t, tc.text), tc.trigger)
		if got != tc.want {
			t.Errorf("%q %s: roles %s, want %s", tc.text, tc.trigger, got, tc.want)
		}
	}
}

// TestOneSidedWith: a noun of a one-sided violent act takes no party by
// "with" (what it is done with, or a party of the verb it is the object
// of); a fight's "with" phrase names its other side.
func TestOneSidedWith(t *testing.T) {
	for _, tc := range []struct {
		text, trigger, want string
	}{
		{"Lavrov discussed the bombing on Monday with Shoigu.", "bombing", ""},
		{"Lavrov discussed the killing with Shoigu on Monday.", "killing", ""},
		{"The clashes with Russian troops left ten dead.", "clashes", "counterpart=country:RUS"},
		{"Two men died in a gun battle with Russian troops.", "gun battle", "counterpart=country:RUS"},
	} {
		got := triggerRoles(parsed(t, tc.text), tc.trigger)
		if got != tc.want {
			t.Errorf("%q %s: roles %s, want %s", tc.text, tc.trigger, got, tc.want)
		}
	}
}

// TestAssignedTo: the one a violent act is blamed on or attributed to is
// its alleged doer, its agent, not its target.
func TestAssignedTo(t *testing.T) {
	for _, tc := range []struct {
		text, trigger, want string
	}{
		{"The bombing followed the murder of a judge, an attack blamed on Turkey.", "attack", "agent=country:TUR"},
		{"The attack, which was blamed on Russia, killed ten.", "attack", "agent=country:RUS"},
		{"Police blamed the bombing on Turkey.", "bombing", "agent=country:TUR"},
		{"Russia was blamed for the attack.", "attack", "agent=country:RUS"},
		{"The attack on Kyiv killed ten.", "attack", "target=place:kyiv"},
	} {
		got := triggerRoles(parsed(t, tc.text), tc.trigger)
		if got != tc.want {
			t.Errorf("%q %s: roles %s, want %s", tc.text, tc.trigger, got, tc.want)
		}
	}
}

// TestPersonsOrigin: a country after a person's name and "of" is that
// person's state ("Foreign Minister Shoigu of France"), no party of the
// event the word window reads on.
func TestPersonsOrigin(t *testing.T) {
	for _, tc := range []struct {
		text, trigger, want string
	}{
		{"Putin discussed the Kyiv killing Monday by phone with Foreign Minister Shoigu of France.", "killing", "location=place:kyiv"},
		{"Putin held talks with France on Monday.", "held talks", "agent=person:putin counterpart=country:FRA"},
	} {
		got := triggerRoles(parsed(t, tc.text), tc.trigger)
		if got != tc.want {
			t.Errorf("%q %s: roles %s, want %s", tc.text, tc.trigger, got, tc.want)
		}
	}
}
