package ner

import (
	"slices"
	"testing"
)

func TestNewsWords(t *testing.T) {
	tests := []struct {
		para string
		want []string
	}{
		{`Mr. Berg left.`, []string{"Mr.", "Berg", "left", ""}},
		{`the U.S. said: "Go"`, []string{"the", "U.S.", "said", "", "", "Go", ""}},
		{`(Acme's) shares`, []string{"", "Acme", "shares"}},
		{`Why? Because`, []string{"Why", "", "Because"}},
	}
	for _, tt := range tests {
		if got := newsWords(tt.para); !slices.Equal(got, tt.want) {
			t.Errorf("newsWords(%q) = %q, want %q", tt.para, got, tt.want)
		}
	}
}

func TestLexicon(t *testing.T) {
	l := NewLexicon()
	l.AddText("Yesterday Mr. Berg met the board of Acme Inc. in Lima.\n" +
		"Berg said the board met in Lima. Mr. Berg said no.\n" +
		"Board members of Acme Inc. flew to Lima and the board said yes. The board agreed.\n" +
		"Shares of Acme Inc. fell, Berg said.")
	e := l.entries()
	tests := []struct {
		word string
		want newsEntry
	}{
		{"berg", newsEntry{5, 1<<ctxAfterTitle | 1<<ctxBeforeSaid}},
		{"acme", newsEntry{5, 1 << ctxBeforeCorp}},
		{"lima", newsEntry{5, 1 << ctxAfterPlace}},
		{"board", newsEntry{1, 0}}, // "The board" and "Board members" start sentences
		{"yesterday", newsEntry{}}, // only sentence-initial
	}
	for _, tt := range tests {
		if got := e[tt.word]; got != tt.want {
			t.Errorf("entry of %q = %+v, want %+v", tt.word, got, tt.want)
		}
	}
	var none *Lexicon
	if len(none.entries()) != 0 {
		t.Error("a nil lexicon has entries")
	}
}
