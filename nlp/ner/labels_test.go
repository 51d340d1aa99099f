package ner

import (
	"slices"
	"testing"
)

func TestBILOU(t *testing.T) {
	iob := []string{"B-PER", "I-PER", "I-PER", "O", "B-LOC", "B-ORG", "I-ORG"}
	c := toBILOU(iob)
	names := classNames()
	var got []string
	for _, x := range c {
		got = append(got, names[x])
	}
	want := []string{"B-PER", "I-PER", "L-PER", "O", "U-LOC", "B-ORG", "L-ORG"}
	if !slices.Equal(got, want) {
		t.Errorf("toBILOU = %q, want %q", got, want)
	}
	if back := toIOB2(c); !slices.Equal(back, iob) {
		t.Errorf("toIOB2 = %q, want %q", back, iob)
	}
	if len(names) != numClasses {
		t.Errorf("%d class names, %d classes", len(names), numClasses)
	}
}

func TestAllowed(t *testing.T) {
	cls := map[string]int{}
	for i, n := range classNames() {
		cls[n] = i
	}
	tests := []struct {
		prev, cur string
		i, n      int
		want      bool
	}{
		{"", "B-PER", 0, 3, true},
		{"", "I-PER", 0, 3, false},
		{"", "L-PER", 0, 3, false},
		{"B-PER", "I-PER", 1, 3, true},
		{"B-PER", "L-PER", 1, 3, true},
		{"B-PER", "L-ORG", 1, 3, false},
		{"B-PER", "O", 1, 3, false},
		{"I-PER", "U-LOC", 2, 3, false},
		{"L-PER", "B-LOC", 1, 3, true},
		{"U-PER", "I-PER", 1, 3, false},
		{"O", "B-PER", 2, 3, false}, // the last word cannot open a name
		{"B-PER", "I-PER", 2, 3, false},
		{"O", "U-PER", 2, 3, true},
	}
	for _, tt := range tests {
		prev := -1
		if tt.prev != "" {
			prev = cls[tt.prev]
		}
		if got := allowed(prev, cls[tt.cur], tt.i, tt.n); got != tt.want {
			t.Errorf("allowed(%s → %s at %d of %d) = %v", tt.prev, tt.cur, tt.i, tt.n, got)
		}
	}
}
