package event

import "testing"

// TestPolicyApproval: a government, a cabinet or a legislature approving,
// adopting or endorsing measures, a plan or a proposal decides a policy
// (legislation), prices approved are an economic measure; a company's
// board or a person's pronoun approving a plan, and a plan only described
// as approved, are none (data/triggers.yaml, the official decisions block).
func TestPolicyApproval(t *testing.T) {
	for _, c := range []struct {
		text, want string
	}{
		{"The Dutch cabinet on Friday approved measures to curb smoking in bars.", "legislation:approved"},
		{"The regional assembly adopted a plan to cut car emissions on Tuesday.", "legislation:adopted"},
		{"The city council has approved a rise in bus fares.", "economic_policy:approved"},
		{"The cabinet approved a pay increase for nurses on Monday.", "economic_policy:approved"},
		{"The town council gave the green light on Monday to a proposal to build a bridge.", "legislation:green light"},
		{"The board of the brewery approved the plan on Monday.", ""},
		{"He approved the design of the stadium on Monday.", ""},
		{"The approved scheme will cost millions of dollars.", ""},
	} {
		if g := foreground(Extract(parsed(t, c.text))); g != c.want {
			t.Errorf("%q: got %q, want %q", c.text, g, c.want)
		}
	}
}

// TestActivitySuspended: work, operations, licences or a plan suspended
// are a suspension, aid suspended reduces it (CAMEO 162), a player banned
// for games is suspended; a match suspended by rain and goods banned are
// none of these.
func TestActivitySuspended(t *testing.T) {
	for _, c := range []struct {
		text, want string
	}{
		{"Dock workers suspended work at the port on Friday.", "suspension:suspended"},
		{"The regulator has suspended the permits of three airlines.", "suspension:suspended"},
		{"Officials suspended a planned cull of stray dogs on Wednesday.", "suspension:suspended"},
		{"Norway suspended aid to the junta on Tuesday.", "reduce_relations:suspended"},
		{"The midfielder was banned for five matches on Thursday.", "suspension:banned"},
		{"The final was suspended because of heavy rain.", ""},
		{"Pirated textbooks were banned from the campuses.", ""},
	} {
		if g := foreground(Extract(parsed(t, c.text))); g != c.want {
			t.Errorf("%q: got %q, want %q", c.text, g, c.want)
		}
	}
}

// TestRulesMade: an authority banning a practice, abolishing a tax,
// issuing rules or a council voting to act makes a rule (legislation); a
// ban imposed (often a sanction), people banned from doing something, a
// government voted out and a shareholders' vote are none of these.
func TestRulesMade(t *testing.T) {
	for _, c := range []struct {
		text, want string
	}{
		{"The provincial government banned the sale of firecrackers on Monday.", "legislation:banned"},
		{"The assembly abolished the road tax on Wednesday.", "legislation:abolished"},
		{"The labour ministry issued new rules on overtime on Thursday.", "legislation:issued"},
		{"The county council voted on Monday to close two libraries.", "legislation:voted"},
		{"The ministry imposed a ban on poultry imports on Friday.", ""},
		{"The city banned street vendors from using loudspeakers on Monday.", ""},
		{"The cabinet was voted out of office on Friday.", ""},
		{"Shareholders voted on Monday to replace the auditors.", ""},
	} {
		if g := foreground(Extract(parsed(t, c.text))); g != c.want {
			t.Errorf("%q: got %q, want %q", c.text, g, c.want)
		}
	}
}
