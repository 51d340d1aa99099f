package merge

import (
	"strings"
	"testing"
)

func TestParseRows(t *testing.T) {
	if len(compatRows) == 0 {
		t.Fatal("the embedded table has no row")
	}
	tests := []struct {
		data, err string
	}{
		{"rows:\n  - [meeting, visit]\n  - [attack, killing]\n", ""},
		{"rows:\n  - [meeting, vizit]\n", `unknown type "vizit"`},
		{"rows:\n  - [meeting, visit]\n  - [visit, attack]\n", `type "visit" is already in row 1`},
		{"rows:\n  - [meeting]\n", "two types or more"},
		{"rows: [", "yaml"},
	}
	for _, tt := range tests {
		_, err := parseRows([]byte(tt.data))
		switch {
		case tt.err == "" && err != nil:
			t.Errorf("%q: %v", tt.data, err)
		case tt.err != "" && (err == nil || !strings.Contains(err.Error(), tt.err)):
			t.Errorf("%q: error %v, want one containing %q", tt.data, err, tt.err)
		}
	}
}
