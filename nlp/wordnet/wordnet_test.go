package wordnet

import (
	"bytes"
	"compress/gzip"
	"io"
	"slices"
	"strings"
	"testing"
)

// TestNoun checks the embedded table on nouns whose ending misleads.
func TestNoun(t *testing.T) {
	for _, tc := range []struct {
		lemma string
		want  Class
	}{
		{"member", Person}, {"hostage", Person}, {"leader", Person}, {"suspect", Person},
		{"number", Attribute}, {"order", Communication}, {"power", Attribute},
		{"committee", Group}, {"attack", Act}, {"china", Artifact},
	} {
		got, ok := Noun(tc.lemma)
		if !ok || got != tc.want {
			t.Errorf("Noun(%q) = %v, %v; want %v", tc.lemma, got, ok, tc.want)
		}
	}
	if c, ok := Noun("zzqx"); ok || c != None {
		t.Errorf("Noun(zzqx) = %v, %v; want None, false", c, ok)
	}
	if !MostlyAdjective("illegitimate") || MostlyAdjective("civilian") {
		t.Error("MostlyAdjective: want illegitimate, not civilian")
	}
	if got := Senses("bomber"); !slices.Contains(got, Person) || got[0] == Person {
		t.Errorf("Senses(bomber) = %v; want a person sense after the first", got)
	}
}

// Made-up database lines in WordNet's format: "ward" is a person in its
// first sense, "bolt" an artifact; "Jordan" is only a proper noun, so
// "jordan" takes its lower-case sense.
const (
	fakeData = `  1 license line
00000001 18 n 01 ward 0 000 | a person under guard
00000002 06 n 02 bolt 0 lock 0 000 | a fastener
00000003 15 n 01 Jordan 0 000 | a country
00000004 17 n 01 jordan 0 000 | a made-up river sense
00000005 18 n 01 big_shot 0 000 | two words
00000006 15 n 01 ward 0 000 | a part of a hospital
00000007 18 n 01 ward 0 000 | a second person sense
`
	fakeIndex = `  1 license line
big_shot n 1 0 1 0 00000005
bolt n 1 0 1 1 00000002
jordan n 2 0 2 0 00000003 00000004
ward n 3 1 @ 3 2 00000001 00000006 00000007
`
	// "jordan" is made up as a mostly-adjective word (untagged as a
	// noun); "ward" is tagged, so no mark.
	fakeAdj = `  1 license line
jordan a 1 0 1 1 00000010
ward a 1 0 1 1 00000011
`
)

// TestConvert checks the converter's reading of both files and the table
// it writes, through Read.
func TestConvert(t *testing.T) {
	var buf bytes.Buffer
	if err := Convert(strings.NewReader(fakeIndex), strings.NewReader(fakeData), strings.NewReader(fakeAdj), &buf); err != nil {
		t.Fatal(err)
	}
	tb, err := Read(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	m := tb.Senses
	if !tb.Adjectives["jordan"] || tb.Adjectives["ward"] || tb.Adjectives["bolt"] {
		t.Errorf("adjectives %v, want only jordan", tb.Adjectives)
	}
	want := map[string][]Class{"ward": {Person, Location}, "bolt": {Artifact}, "jordan": {Object}}
	if len(m) != len(want) {
		t.Errorf("got %v, want %v", m, want)
	}
	for l, c := range want {
		if !slices.Equal(m[l], c) {
			t.Errorf("%s: got %v, want %v", l, m[l], c)
		}
	}
	zr, _ := gzip.NewReader(bytes.NewReader(buf.Bytes()))
	text, _ := io.ReadAll(zr)
	if !strings.HasPrefix(string(text), Header) || !strings.HasSuffix(string(text), "bolt\tartifact\njordan\tobject\tadj\nward\tperson location\n") {
		t.Errorf("table text:\n%s", text)
	}
}

// TestConvertErrors checks that a broken file is reported with its name
// and line.
func TestConvertErrors(t *testing.T) {
	for _, tc := range []struct{ index, data, want string }{
		{"ward n 1 0 1 0 00000009\n", fakeData, "index.noun:1: synset 00000009"},
		{fakeIndex, "00000001 xx n 01 ward 0\n", "data.noun:1:"},
		{"ward n\n", fakeData, "index.noun:1: short line"},
	} {
		err := Convert(strings.NewReader(tc.index), strings.NewReader(tc.data), strings.NewReader(fakeAdj), io.Discard)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("got %v, want an error with %q", err, tc.want)
		}
	}
}

// TestReadErrors checks that a bad table line is reported with its line.
func TestReadErrors(t *testing.T) {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write([]byte("# c\nward\tperson\tadj\nbolt\tgadget\n"))
	zw.Close()
	if _, err := Read(&buf); err == nil || !strings.Contains(err.Error(), ":3:") {
		t.Errorf("got %v, want an error at line 3", err)
	}
}

// FuzzRead checks that no table, however broken, panics the reader.
func FuzzRead(f *testing.F) {
	f.Add([]byte("ward\tperson\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		var buf bytes.Buffer
		zw := gzip.NewWriter(&buf)
		zw.Write(b)
		zw.Close()
		Read(&buf)
	})
}

// FuzzConvert checks that no database files, however broken, panic the
// converter.
func FuzzConvert(f *testing.F) {
	f.Add(fakeIndex, fakeData, fakeAdj)
	f.Fuzz(func(t *testing.T, index, data, adj string) {
		Convert(strings.NewReader(index), strings.NewReader(data), strings.NewReader(adj), io.Discard)
	})
}

// TestSensesOfForm checks the lookup of plural forms by their singulars,
// a form WordNet knows as it is first.
func TestSensesOfForm(t *testing.T) {
	for _, c := range []struct {
		form string
		want Class
	}{
		{"bodyguards", Person},
		{"deputies", Person},
		{"witnesses", Person},
		{"policemen", Person},
		{"houses", Artifact},
		{"motion", Communication},
	} {
		if got, ok := NounOfForm(c.form); !ok || got != c.want {
			t.Errorf("NounOfForm(%q) = %v, %v; want %v", c.form, got, ok, c.want)
		}
	}
	if cs := SensesOfForm("xyzzys"); cs != nil {
		t.Errorf("SensesOfForm(xyzzys) = %v, want nil", cs)
	}
}
