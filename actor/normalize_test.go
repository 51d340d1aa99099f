package actor

import "testing"

func TestNameKeyVariants(t *testing.T) {
	same := [][]string{
		{"Kim Jong Un", "Kim Jong-un", "KIM JONG UN", "Kim Jong-Un"},
		{"Sergei Shoigu", "Sergey Shoigu"},
		{"Zelensky", "Zelenskyy", "Зеленський", "Zelenskiy"},
		{"Volodymyr Zelensky", "Володимир Зеленський"},
		{"U.S.", "US"},
		{"Recep Tayyip Erdoğan", "Recep Tayyip Erdogan"},
		{"Rafiq Hariri", "Rafik Hariri"},
		{"Iraq", "Irak"},
	}
	for _, group := range same {
		want := nameKey(group[0])
		for _, s := range group[1:] {
			if got := nameKey(s); got != want {
				t.Errorf("nameKey(%q) = %q, want %q as for %q", s, got, want, group[0])
			}
		}
	}
	differ := [][2]string{{"Kim Jong Un", "Kim Jong Il"}, {"North Korea", "South Korea"}, {"Putin", "Pution"}}
	for _, p := range differ {
		if nameKey(p[0]) == nameKey(p[1]) {
			t.Errorf("nameKey(%q) == nameKey(%q) = %q", p[0], p[1], nameKey(p[0]))
		}
	}
}

func TestSlug(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Kim Jong-un", "kim-jong-un"},
		{"Institute for the Study of War", "institute-for-the-study-of-war"},
		{"Jean-Noël Barrot", "jean-noel-barrot"},
		{"Korean People's Army", "korean-people-s-army"},
	} {
		if got := slug(c.in); got != c.want {
			t.Errorf("slug(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestNameKeyDoubledVowel checks that a doubled vowel other than i tells
// two names apart (Shaanxi and Shanxi are two provinces), where a doubled
// consonant does not ("Muammar", "Muamar").
func TestNameKeyDoubledVowel(t *testing.T) {
	if nameKey("Shaanxi") == nameKey("Shanxi") {
		t.Errorf("nameKey(Shaanxi) = nameKey(Shanxi) = %q", nameKey("Shanxi"))
	}
	if nameKey("Muammar") != nameKey("Muamar") {
		t.Errorf("nameKey(Muammar) = %q, nameKey(Muamar) = %q", nameKey("Muammar"), nameKey("Muamar"))
	}
}
