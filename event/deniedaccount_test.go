package event

import "testing"

// TestDeniedAccount checks that an event told only as the content of a
// report, claim or allegation that a verb of denial calls untrue is
// negated (through an "of" phrase, a content clause, a reporting
// participle, also where the parse strands the participle's clause as a
// conjunct of the denial), while a confirmed report, a denial itself
// negated, an event the denier tells itself, and the matter of an act the account
// claims ("accusations of plotting the assassination") stay asserted.
func TestDeniedAccount(t *testing.T) {
	checkFactuality(t, []factualityCase{
		{"The defence ministry denied reports of an attack on the border post near Tarvik.", "attack", Negated},
		{"Local police on Friday denied claims of a raid on the offices of the weekly.", "raid", Negated},
		{"Reports of an ambush on the convoy were refuted by the provincial governor.", "ambush", Negated},
		{"The rebels denied the report that they had attacked the river town on Monday.", "attacked", Negated},
		{"The rowing club has dismissed reports saying its captain Tom Rye had rejected a fresh contract, insisting that it has yet to offer him one.", "rejected", Negated},
		{"The ex-mayor rejected accusations of his plotting the assassination of the editor.", "assassination", Asserted},
		{"The general denied allegations of involvement in the bombing of the market in Tarvik.", "bombing", Asserted},
		{"The defence ministry confirmed reports of an attack on the border post near Tarvik.", "attack", Asserted},
		{"The defence ministry did not deny reports of an attack on the border post near Tarvik.", "attack", Asserted},
		{"The minister denied the report and said rebels attacked the border post near Tarvik.", "attacked", Reported},
	})
}
