package diag

import (
	"errors"
	"testing"
)

func TestError(t *testing.T) {
	tests := []struct {
		e    Error
		want string
	}{
		{Error{File: "a.txt", Line: 3, Msg: "bad"}, "a.txt:3: bad"},
		{Error{File: "a.txt", Msg: "bad"}, "a.txt: bad"},
		{Error{Line: 3, Msg: "bad"}, "line 3: bad"},
		{Error{Msg: "bad"}, "bad"},
		{Error{File: "-", Line: 1, Msg: "renamed", Warning: true}, "-:1: warning: renamed"},
		// a name with control characters is shown escaped, never raw
		{Error{File: "a\x1b[2Jb.txt", Line: 2, Msg: "bad"}, `"a\x1b[2Jb.txt":2: bad`},
	}
	for _, tt := range tests {
		if got := tt.e.Error(); got != tt.want {
			t.Errorf("%+v: %q, want %q", tt.e, got, tt.want)
		}
	}
}

func TestList(t *testing.T) {
	var l List
	if l.Err() != nil {
		t.Fatal("empty list is an error")
	}
	l.Add("b", 2, "x")
	l.Warn("a", 9, "y")
	l.Add("a", 1, "z")
	l.Sort()
	if got := l.Error(); got != "a:1: z (and 2 more errors)" {
		t.Errorf("List.Error() = %q", got)
	}
	var back List
	if !errors.As(l.Err(), &back) || len(back) != 3 || back[2].File != "b" {
		t.Errorf("Err() does not give the sorted list back: %v", back)
	}
}
