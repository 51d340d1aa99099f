package petrarch

import "testing"

// TestKind checks the classification of records by their codes: a closed
// post in an organization makes a state's listed person a person, while an
// organization's open-ended code (its founding) keeps it an organization;
// in a file of organizations, a post taken up on a date (closed or open)
// is a person's, and an undated code or one that ends on a date (the
// country an organization left) stays an organization's.
func TestKind(t *testing.T) {
	c := &Converter{OrgWords: map[string]bool{"MINISTRY": true}, FirstNames: map[string]bool{"JOHN": true}}
	tests := []struct {
		name, file string
		codes      []Code
		want       string
	}{
		{"ZED_QUORVAN_", "person", []Code{{Code: "IGOUNOIAE", From: 19971201, To: 20091130}, {Code: "EGYELI", Default: true}}, "person"},
		{"ZED_QUORVAN_", "organization", []Code{{Code: "IGOUNOIAE", From: 19971201, To: 20091130}}, "person"},
		{"ZED_QUORVAN_", "organization", []Code{{Code: "IGOMEAARL", From: 20010515}, {Code: "EGYGOV", Default: true}}, "person"},
		{"QUORVAN_WATCH_", "organization", []Code{{Code: "NGOUSAHRI", To: 19900101}, {Code: "NGOCANHRI", Default: true}}, "organization"},
		{"QUORVAN_WATCH_", "organization", []Code{{Code: "NGOHRI", Default: true}}, "organization"},
		{"THE_NEW_CALIPHATE_", "person", []Code{{Code: "IMGMUSISI", From: 20130408}}, "organization"},
		{"THE_NEW_CALIPHATE_", "person", []Code{{Code: "IGOUNO", Default: true}}, "organization"},
		{"JOHN_QUORVAN_", "person", []Code{{Code: "USAGOV", From: 20010120, To: 20050120}}, "person"},
		{"FOREIGN_MINISTRY_", "person", []Code{{Code: "IGOUNO", From: 19900101, To: 19991231}}, "organization"},
	}
	for _, tt := range tests {
		r := Record{Names: []Phrase{{tt.name, 1}}, Codes: tt.codes}
		if got := c.kind(File{Name: "x.txt", Default: tt.file}, r); got != tt.want {
			t.Errorf("kind(%s, %v) in a %s file = %s, want %s", tt.name, tt.codes, tt.file, got, tt.want)
		}
	}
}
