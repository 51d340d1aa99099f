package event

import "testing"

// TestJoinedBloc: a state joining an alliance or an international body is
// diplomatic cooperation (CAMEO 050); joining partners, talks or a
// protest is not, nor is a join only wished for.
func TestJoinedBloc(t *testing.T) {
	for _, c := range []struct {
		text, want string
	}{
		{"Freedonia formally joined NATO on Friday.", "diplomatic_cooperation:joined"},
		{"Sylvania acceded to the WTO on Monday.", "diplomatic_cooperation:acceded"},
		{"The small republic rejoined the Commonwealth on Tuesday.", "diplomatic_cooperation:rejoined"},
		{"Freedonia joined its EU partners in condemning the raid on Friday.", "disapprove:condemning"},
		{"The minister joined the NATO talks on Friday.", "meeting:talks"},
		{"The poet joined the club on Friday.", ""},
	} {
		if g := foreground(Extract(parsed(t, c.text))); g != c.want {
			t.Errorf("%q: got %q, want %q", c.text, g, c.want)
		}
	}
	// "reluctant to join": a join not done (modality.yaml, complement)
	in := parsed(t, "Freedonia said on Friday it was reluctant to join the bloc.")
	for _, m := range Extract(in) {
		if m.Trigger == "join" && m.Factuality == Asserted {
			t.Errorf("%q: the join is asserted", in.Text)
		}
	}
}

// TestSucceededPerson: one who succeeds a person takes over the post
// (appointment); succeeding in a task or a plan succeeding is none.
func TestSucceededPerson(t *testing.T) {
	for _, c := range []struct {
		text, want string
	}{
		{"Ada Okoro succeeded Tom Brandt as chairman on Monday.", "appointment:succeeded"},
		{"Ada Okoro succeeded Tom Brandt on Monday.", "appointment:succeeded"},
		{"The rescuers succeeded in reaching the village on Monday.", ""},
		{"The plan succeeded on Monday.", ""},
	} {
		if g := foreground(Extract(parsed(t, c.text))); g != c.want {
			t.Errorf("%q: got %q, want %q", c.text, g, c.want)
		}
	}
}
