package actor

import "testing"

func TestOneSpaced(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Jorn  Vasko-Marel", "Jorn Vasko-Marel"},
		{"Jorn\nVasko", "Jorn Vasko"},
		{"Jorn Vasko", "Jorn Vasko"},
		{"Tarvin", "Tarvin"},
	} {
		if got := oneSpaced(c.in); got != c.want {
			t.Errorf("oneSpaced(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
