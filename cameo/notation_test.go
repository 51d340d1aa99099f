package cameo

import (
	"reflect"
	"strings"
	"testing"
)

func TestParsePattern(t *testing.T) {
	tests := []struct {
		in      string
		before  int
		after   int
		wantErr string
	}{
		{in: "* to:", after: 1},
		{in: "&military * to:+ &stronghold in:$", before: 1, after: 3},
		{in: "* in:air_attack|bombing|raid|strike", after: 1},
		{in: "will not * towards:+", before: 2, after: 1},
		{in: "*"},
		{in: "", wantErr: "empty"},
		{in: "* *", wantErr: "two *"},
		{in: "to:border", wantErr: "no *"},
		{in: "* Aid", wantErr: "bad word"},
		{in: "* a_$", wantErr: "placeholder must stand alone"},
		{in: "* $|+", wantErr: "placeholder must stand alone"},
		{in: "* &", wantErr: "bad set name"},
		{in: "*  aid", wantErr: "empty term"},
		{in: "* (aid)", wantErr: "bad word"},
		{in: "* :aid", wantErr: "bad preposition"},
	}
	for _, tt := range tests {
		b, a, err := ParsePattern(tt.in)
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("%q: err %v, want %q", tt.in, err, tt.wantErr)
			}
			continue
		}
		if err != nil || len(b) != tt.before || len(a) != tt.after {
			t.Errorf("%q: %d %d %v", tt.in, len(b), len(a), err)
			continue
		}
		if got := FormatPattern(b, a); got != tt.in {
			t.Errorf("%q formats as %q", tt.in, got)
		}
	}
	_, a, _ := ParsePattern("* over:&weapon_attack|raid")
	want := Elem{Preps: []string{"over"}, Term: Term{{{SetAtom, "weapon"}}, {{WordAtom, "attack"}, {WordAtom, "raid"}}}}
	if !reflect.DeepEqual(a[0], want) {
		t.Errorf("got %+v", a[0])
	}
}

// FuzzParsePattern checks that the notation's parser never panics and that
// what it accepts formats back to the same text.
func FuzzParsePattern(f *testing.F) {
	for _, s := range []string{"* to:", "&military * to:+ &stronghold in:$", "$ * as:&negotiator in:talk with:+",
		"* in:air_attack|bombing|raid|strike", "a|b_c * d:e_f|g ^ %", "*:", "* |", "* a__b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		b, a, err := ParsePattern(s)
		if err != nil {
			return
		}
		if got := FormatPattern(b, a); got != s {
			t.Fatalf("%q formats as %q", s, got)
		}
	})
}
