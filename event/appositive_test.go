package event

import "testing"

// TestAppositiveParticiple: a past participle set off by commas after a
// name is said of that name, which undergoes the act ("Shoigu, arrested in
// Moscow on Monday, denied the charges": Shoigu was arrested); a verb of a
// list with its own object keeps its subject.
func TestAppositiveParticiple(t *testing.T) {
	for _, tc := range []struct {
		text, trigger, want string
	}{
		{"Shoigu, arrested in Moscow on Monday, denied the charges.", "arrested", "location=place:moscow target=person:shoigu"},
		{"Lavrov, 61, appointed foreign minister in May, met Kim in Kursk on Tuesday.", "appointed", "target=person:lavrov"},
		{"However, Lavrov, appointed foreign minister on Thursday, was a likely successor, Tass said.", "appointed", "target=person:lavrov"},
		{"Russian troops shelled Kursk, killed three soldiers and wounded ten.", "killed", "agent=country:RUS"},
		{"His agency, Tass, donated generously to the campaigns of Shoigu.", "donated", "agent=org:tass"},
	} {
		got := triggerRoles(parsed(t, tc.text), tc.trigger)
		if got != tc.want {
			t.Errorf("%q %s: roles %s, want %s", tc.text, tc.trigger, got, tc.want)
		}
	}
}

// TestStateComplement: a past participle after the object of a verb such
// as "saw", "left" or "had" tells the state of that object, which
// undergoes the act ("the war saw more than 160 soldiers killed"), and no
// name of another clause did it.
func TestStateComplement(t *testing.T) {
	for _, tc := range []struct {
		text, trigger, want string
	}{
		{"The war, which saw more than 160 Russian soldiers killed, ended in May.", "killed", "target=country:RUS"},
		{"Putin had three North Korean generals arrested on Monday.", "arrested", "target=country:PRK"},
		{"The Putin government came under criticism over the war, which saw more than 160 soldiers killed but which failed.", "killed", ""},
	} {
		got := triggerRoles(parsed(t, tc.text), tc.trigger)
		if got != tc.want {
			t.Errorf("%q %s: roles %s, want %s", tc.text, tc.trigger, got, tc.want)
		}
	}
}

// TestKinPossessor: a person named as the relative of another ("Shoigu's
// son", "Lavrov's wife") is not that other one, who takes no part in what
// the relative undergoes.
func TestKinPossessor(t *testing.T) {
	for _, tc := range []struct {
		text, trigger, want string
	}{
		{"Shoigu's son was arrested in Kursk on Monday.", "arrested", "location=place:kursk"},
		{"Lavrov's wife was killed on Monday.", "killed", ""},
	} {
		got := triggerRoles(parsed(t, tc.text), tc.trigger)
		if got != tc.want {
			t.Errorf("%q %s: roles %s, want %s", tc.text, tc.trigger, got, tc.want)
		}
	}
}
