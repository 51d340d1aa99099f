package cameo

import "testing"

func TestRootOf(t *testing.T) {
	tests := []struct {
		code string
		root string // "" when not valid
	}{
		{"010", "01"}, {"0311", "03"}, {"1721", "17"}, {"20", "20"}, {"203", "20"},
		{"---", ""}, {"", ""}, {"0", ""}, {"00", ""}, {"210", ""}, {"12345", ""}, {"1a0", ""}, {"٠١٠", ""},
	}
	for _, tt := range tests {
		r, ok := RootOf(tt.code)
		if ok != (tt.root != "") || r.Code != tt.root {
			t.Errorf("RootOf(%q) = %q %v, want %q", tt.code, r.Code, ok, tt.root)
		}
	}
	if got := len(Roots()); got != 20 {
		t.Fatalf("%d roots", got)
	}
	for i, r := range Roots() {
		if r.Name == "" || r.Quad < VerbalCooperation || r.Quad > MaterialConflict {
			t.Errorf("root %d: %+v", i+1, r)
		}
		if got, _ := RootOf(r.Code + "0"); got != r {
			t.Errorf("RootOf(%s0) = %+v", r.Code, got)
		}
	}
	if r, _ := Code("0874").Root(); r.Name != "Yield" || r.Quad != MaterialCooperation {
		t.Errorf("0874: %+v", r)
	}
	if Code("").String() != "---" || !Code("").Valid() || Code("999").Valid() {
		t.Error("null code")
	}
}
