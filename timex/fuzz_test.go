package timex

import (
	"testing"
	"time"
	"unicode/utf8"
)

func FuzzTag(f *testing.F) {
	for _, s := range []string{
		"Kim met Putin on Friday, June 19, 2024, two days ago.",
		"mid-2024 late-November the 1990s '90s 10:35 a.m. EDT Thursday",
		"more than four decades ago; the next year or so; 5 1/2 hours",
		"2025-03-21 3/21/2025 Monday, Oct. 26 the 1988 third quarter",
		"\xff\xfe May march Sunday Times 3-1 10,000",
	} {
		f.Add(s, int64(0))
		f.Add(s, friday.Unix())
	}
	f.Fuzz(func(t *testing.T, text string, sec int64) {
		var dct time.Time
		if sec != 0 {
			dct = time.Unix(sec%(1<<34), 0).UTC()
		}
		prevEnd := 0
		for _, x := range Tag(text, dct) {
			if x.Start < prevEnd || x.End <= x.Start || x.End > len(text) {
				t.Fatalf("bad span %d:%d after %d in %q", x.Start, x.End, prevEnd, text)
			}
			if !utf8.ValidString(text) {
				// offsets must still be rune boundaries of valid prefixes
			} else if !utf8.RuneStart(text[x.Start]) || (x.End < len(text) && !utf8.RuneStart(text[x.End])) {
				t.Fatalf("span %d:%d not on rune boundaries in %q", x.Start, x.End, text)
			}
			if x.Text != text[x.Start:x.End] {
				t.Fatalf("Text %q != text[%d:%d] %q", x.Text, x.Start, x.End, text[x.Start:x.End])
			}
			if !ValidValue(x.Type, x.Value) {
				t.Fatalf("%q: invalid %s value %q", x.Text, x.Type, x.Value)
			}
			prevEnd = x.End
		}
	})
}
