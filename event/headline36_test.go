package event

import "testing"

// TestPassiveChargeKept checks that an agentless passive of charging
// (charge_verbs) keeps what its patient is charged with, accused of or
// blamed for, a gerund clause or a noun phrase, never the bare
// participle; that a "with" phrase of people is no charge; and that a
// sentence told keeps its "to" phrase alone.
func TestPassiveChargeKept(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct{ text, trigger, want string }{
		{"The senator was charged with taking bribes from a builder.", "charged", "Senator charged with taking bribes"},
		{"Two senators were charged with fraud on Tuesday.", "charged", "Two senators charged with fraud"},
		{"Karl Brenner was accused of hiding the audit from the board.", "accused", "Karl Brenner accused of hiding audit"},
		{"Karl Brenner, accused with two other officials of taking bribes, resigned.", "accused", "Karl Brenner accused of taking bribes"},
		{"The smuggler was sentenced to ten years in prison for fraud.", "sentenced", "Smuggler sentenced to ten years"},
	}
	for _, c := range cases {
		in := inputWith(c.text, nil)
		in.Parse = p.Sentence
		if m := find(t, in, c.trigger); m.Title != c.want {
			t.Errorf("%q: title %q, want %q", c.text, m.Title, c.want)
		}
	}
}

// TestInquiryComplementKept checks that an inquiry noun (complement_nouns)
// carried by a light verb keeps its "into" phrase, hung on the noun or
// on the verb, within a noun phrase's length.
func TestInquiryComplementKept(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct{ text, trigger, want string }{
		{"Harbour officials are conducting a second investigation into the fire.", "investigation", "Harbour officials conduct second investigation into fire"},
		{"The ministry opened a probe into the collapse of the bridge.", "probe", "Ministry opens probe into collapse of bridge"},
	}
	for _, c := range cases {
		in := inputWith(c.text, nil)
		in.Parse = p.Sentence
		if m := find(t, in, c.trigger); m.Title != c.want {
			t.Errorf("%q: title %q, want %q", c.text, m.Title, c.want)
		}
	}
}

// TestReducedHarmCause checks that an agentless noun of a cause named in
// the "in" phrase of a reduced passive of harm (harm_verbs) takes the
// verb and the noun the participle hangs on ("the 40 miners killed in a
// blast" → "Blast kills 40 miners"), and that "hurt" is a verb of harm.
func TestReducedHarmCause(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct{ text, trigger, want string }{
		{"Anxious families sought word of the 120 travellers killed in a huge blaze at the camp.", "blaze", "Huge blaze kills 120 travellers"},
		{"Mourners buried three of the 16 workers killed in the explosion at the depot.", "explosion", "Explosion kills 16 workers"},
		{"Six guards were hurt in the fighting at the gate.", "fighting", "Fighting hurts six guards"},
	}
	for _, c := range cases {
		in := inputWith(c.text, nil)
		in.Parse = p.Sentence
		if m := find(t, in, c.trigger); m.Title != c.want {
			t.Errorf("%q: title %q, want %q", c.text, m.Title, c.want)
		}
	}
}
