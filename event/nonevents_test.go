package event

import "testing"

// TestTitleParticiple checks that an "-ing" word naming an office or a
// body is no act of its verb ("was organising secretary of the fair"),
// while the verb before another object is.
func TestTitleParticiple(t *testing.T) {
	for _, tc := range []struct {
		text, trigger string
		want          bool
	}{
		{"Mr Patel, who was organising secretary of the fair, was detained on Friday.", "organising", false},
		{"The Kenyan envoy was organising talks with the rebels in Nairobi on Friday.", "organising", true},
	} {
		found := false
		for _, m := range Extract(parsed(t, tc.text)) {
			found = found || m.Trigger == tc.trigger
		}
		if found != tc.want {
			t.Errorf("%q: event at %q %v, want %v", tc.text, tc.trigger, found, tc.want)
		}
	}
}

// TestChargesDenied checks that charges denied are a denial (016), also
// when the sentence goes on with a report the denier names.
func TestChargesDenied(t *testing.T) {
	for _, text := range []string{
		"The ousted mayor denied the accusations on Tuesday.",
		"The ousted mayor denied the charges, saying he had sent a report to the council.",
	} {
		m := mentionOf(t, parsed(t, text), "denied")
		if m.Type != Statement || m.CAMEO != "016" {
			t.Errorf("%q: denied is %s %s, want statement 016", text, m.Type, m.CAMEO)
		}
	}
}

// TestResolutionAct checks that a resolution passed whose participle
// clause imposes sanctions is the sanctions, no statement beside them,
// and that a resolution with no such clause stays the body's statement.
func TestResolutionAct(t *testing.T) {
	for _, tc := range []struct {
		text     string
		wantPass bool
	}{
		{"The Security Council passed a resolution slapping fresh sanctions on Syria in May.", false},
		{"The Security Council passed a resolution on Syria in May.", true},
	} {
		passed, sanction := false, false
		for _, m := range Extract(parsed(t, tc.text)) {
			passed = passed || m.Trigger == "passed"
			sanction = sanction || m.Type == Sanction
		}
		if passed != tc.wantPass || !tc.wantPass && !sanction {
			t.Errorf("%q: passed %v (want %v), sanction %v", tc.text, passed, tc.wantPass, sanction)
		}
	}
}

// TestUntoldFactuality checks the acts not told as done: talks walked
// away from, an act the object of "stop" is kept from, a meeting someone
// declined to confirm; and that their asserted twins stay asserted.
func TestUntoldFactuality(t *testing.T) {
	checkFactuality(t, []factualityCase{
		{"Tehran walked away from the nuclear talks in March.", "talks", Negated},
		{"Tehran held nuclear talks with the envoys in March.", "talks", Asserted},
		{"Kenya sent troops to the frontier to stop gunmen launching raids in Somalia.", "raids", Negated},
		{"Herders saw gunmen launching raids in Somalia on Sunday.", "raids", Asserted},
		{"The aide declined to confirm that the minister had met the rebels.", "met", Hypothetical},
		{"The aide confirmed that the minister had met the rebels on Sunday.", "met", Reported},
	})
}

// TestLeagueAttack checks that an attack in a match report is play, no
// armed attack, though a word of play among the armed cues ("strike") is
// in its sentence and one ("force") in the sentence before.
func TestLeagueAttack(t *testing.T) {
	text := "Arsenal climbed to second in the Premiership after a 3-1 win over Everton on Sunday. " +
		"Everton could not force a save from the keeper. " +
		"Their best chance was an attack that saw the Belgian striker strike the post. " +
		"The Premiership leaders kept their lead."
	for _, m := range Extract(parsed(t, text)) {
		if m.Type == Attack {
			t.Errorf("attack %q in a match report", m.Trigger)
		}
	}
}

// TestStandingDenial checks that a charge a participle or a relative
// clause in the present perfect says is denied tells where its bearer
// stands, no denial of a day: background.
func TestStandingDenial(t *testing.T) {
	for _, text := range []string{
		"The militia is blamed for the looting, a charge denied by its commanders.",
		"The governor faces accusations of fraud, which he has denied.",
	} {
		for _, m := range Extract(parsed(t, text)) {
			if m.Trigger == "denied" && !m.Background {
				t.Errorf("%q: denial %s %s told as news, want background", text, m.Type, m.CAMEO)
			}
		}
	}
}

// TestNatureThreat checks that a natural force or a plague that
// "threatens" something is a risk told, no threat, while a country's
// threat stays one.
func TestNatureThreat(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"The envoy warned that climate change threatened the fisheries of the islands.", false},
		{"Storms threatened the rice crop in the delta on Sunday.", false},
		{"Syria threatened Turkey with reprisals on Sunday.", true},
	} {
		found := false
		for _, m := range Extract(parsed(t, tc.text)) {
			found = found || m.Type == Threaten
		}
		if found != tc.want {
			t.Errorf("%q: threat %v, want %v", tc.text, found, tc.want)
		}
	}
}

// TestCandidacyAhead checks that elections a party is to stand in, under
// a modal or an infinitive, are not told held, while elections a party
// did not contest were.
func TestCandidacyAhead(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Critics say the separatist group must not be allowed to stand in regional elections in Italy.", false},
		{"The separatist group did not contest the regional elections held in Italy in May.", true},
	} {
		found := false
		for _, m := range Extract(parsed(t, tc.text)) {
			found = found || m.Type == Election && (m.Factuality == Asserted || m.Factuality == Reported)
		}
		if found != tc.want {
			t.Errorf("%q: elections told held %v, want %v", tc.text, found, tc.want)
		}
	}
}
