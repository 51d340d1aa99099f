package event

import "testing"

// TestSameWord: two triggers name one act when a word of each shares a
// candidate lemma, whatever its inflection.
func TestSameWord(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"pardoned", "pardoned", true},
		{"arrests", "arrested", true},
		{"held talks", "talks", true},
		{"dying", "died", true},
		{"quake", "floods", false},
		{"sentenced", "found guilty", false},
		{"voted", "withdrew", false},
	}
	for _, tt := range tests {
		if got := SameWord(tt.a, tt.b); got != tt.want {
			t.Errorf("SameWord(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
