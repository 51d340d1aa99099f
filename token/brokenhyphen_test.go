package token

import (
	"strings"
	"testing"
)

// joinedTexts lists the tokens of text that Tokenize marks Joined.
func joinedTexts(text string) string {
	var out []string
	for _, t := range Tokenize(text) {
		if t.Joined {
			out = append(out, t.Text)
		}
	}
	return strings.Join(out, "|")
}

// TestBrokenHyphen: the part after a hyphen the wire copy broke by one
// space is Joined to it, unless it is a conjunction of a suspended
// hyphen or a word that opens a phrase after a dash (dashWords), which
// a hyphen after it makes a compound's part again.
func TestBrokenHyphen(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"given name", "Minister Lan Ki- moon spoke.", "moon"},
		{"prefix", "an anti- government rally", "government"},
		{"capitalized part", "the Asia- Pacific region", "Pacific"},
		{"number part", "the T- 72 tank", "72"},
		{"no space", "Lan Ki-moon spoke.", ""},
		{"two spaces", "Lan Ki-  moon spoke.", ""},
		{"spaced dash", "Lan Ki - moon spoke.", ""},
		{"line break", "Lan Ki-\nmoon spoke.", ""},
		{"suspended hyphen", "pro- and anti-war groups, Greek- or Turkish-run", ""},
		{"dash before a phrase", "the app- the application, the book- it was long", ""},
		{"a compound's part after all", "a face- to-face talk", "to"},
	}
	for _, tt := range tests {
		if got := joinedTexts(tt.in); got != tt.want {
			t.Errorf("%s: Joined in %q = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
}

// TestBrokenHyphenWords: Words joins a broken hyphenated word as it
// joins the whole one, with the word's text read without the space and
// its offsets the document's; a broken word no rule joins keeps its
// hyphen, a word broken off.
func TestBrokenHyphenWords(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"romanized given name", "President Roh Mun- hyon spoke.", "President|Roh|Mun-hyon|spoke|."},
		{"prefix", "an anti- government rally", "an|anti-government|rally"},
		{"other compound", "a state- backed firm", "a|state-|backed|firm"},
		{"suspended hyphen", "pro- and anti-war", "pro-|and|anti-war"},
	}
	for _, tt := range tests {
		if got := texts(Words(tt.in)); got != tt.want {
			t.Errorf("%s: Words(%q) = %s, want %s", tt.name, tt.in, got, tt.want)
		}
	}
	const text = "Roh Mun- hyon spoke."
	w := Words(text)[1]
	if w.Text != "Mun-hyon" || text[w.Start:w.End] != "Mun- hyon" {
		t.Errorf("Words(%q)[1] = %q spanning %q, want \"Mun-hyon\" spanning \"Mun- hyon\"", text, w.Text, text[w.Start:w.End])
	}
}

// TestSpell: a span's form removes the space of each broken hyphen and
// nothing else.
func TestSpell(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Lan Ki- moon", "Lan Ki-moon"},
		{"Sabah Al- Salem Al- Sabah", "Sabah Al-Salem Al-Sabah"},
		{"Lan Ki-moon", "Lan Ki-moon"},
		{"Greek- and Turkish-Cypriot", "Greek- and Turkish-Cypriot"},
		{"Lan Ki - moon", "Lan Ki - moon"},
	}
	for _, tt := range tests {
		if got := Spell(tt.in); got != tt.want {
			t.Errorf("Spell(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestTouching: Adjacent joins a broken hyphen's parts, Touching only
// parts with no space between them.
func TestTouching(t *testing.T) {
	toks := Tokenize("Ki- moon")
	if !Adjacent(toks[1], toks[2]) || Touching(toks[1], toks[2]) || !Touching(toks[0], toks[1]) {
		t.Errorf("Tokenize(\"Ki- moon\"): Adjacent %v, Touching %v %v; want true, false, true",
			Adjacent(toks[1], toks[2]), Touching(toks[1], toks[2]), Touching(toks[0], toks[1]))
	}
}
