package wordclass

import (
	"fmt"
	"maps"
	"testing"
)

// frames builds a made-up text: each group of words fills the slot of its
// own frames, so words of a group share every context.
func frames() *Counts {
	groups := []struct {
		words  []string
		frames []string
	}{
		{[]string{"paris", "oslo", "lima", "perth"}, []string{"we flew to %s yesterday", "the mayor of %s spoke", "she lives in %s now"}},
		{[]string{"anna", "tom", "lisa", "paul"}, []string{"%s said that it rained", "i met %s at lunch", "ask %s about it"}},
		{[]string{"red", "green", "blue", "black"}, []string{"a %s car stopped", "the door is %s", "paint it %s"}},
	}
	c := NewCounts()
	for rep := range 3 {
		for _, g := range groups {
			for i, w := range g.words {
				f := g.frames[(i+rep)%len(g.frames)]
				c.Add(splitWords(fmt.Sprintf(f, w)))
			}
		}
	}
	return c
}

func splitWords(s string) []string {
	var out []string
	start := 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ' ' {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return out
}

func TestClassesGroupsSharedContexts(t *testing.T) {
	cl := frames().Classes(Config{Classes: 8, MinCount: 3, Iterations: 20})
	for _, tc := range []struct {
		a, b string
		same bool
	}{
		{"paris", "lima", true},
		{"oslo", "perth", true},
		{"anna", "paul", true},
		{"tom", "lisa", true},
		{"red", "black", true},
		{"paris", "anna", false},
		{"anna", "green", false},
		{"lima", "blue", false},
	} {
		ca, oka := cl[tc.a]
		cb, okb := cl[tc.b]
		if !oka || !okb {
			t.Fatalf("%q or %q has no class: %v", tc.a, tc.b, cl)
		}
		if (ca == cb) != tc.same {
			t.Errorf("%s (%d) and %s (%d): same class %v, want %v", tc.a, ca, tc.b, cb, ca == cb, tc.same)
		}
	}
}

func TestClassesRareWordsAndRange(t *testing.T) {
	c := frames()
	c.Add([]string{"once", "only"})
	cl := c.Classes(Config{Classes: 4, MinCount: 3, Iterations: 5})
	if _, ok := cl["once"]; ok {
		t.Error("a word seen once has a class at MinCount 3")
	}
	for w, k := range cl {
		if k < 0 || k >= 4 {
			t.Errorf("%q: class %d out of 0..3", w, k)
		}
	}
}

func TestClassesDeterministic(t *testing.T) {
	cfg := Config{Classes: 5, MinCount: 1, Iterations: 10}
	a := frames().Classes(cfg)
	for range 3 {
		if b := frames().Classes(cfg); !maps.Equal(a, b) {
			t.Fatal("two runs on the same text differ")
		}
	}
}
