package tempeval

import (
	"math"
	"strings"
	"testing"

	"github.com/chronograph-news/chronograph/timeml"
)

// tx makes an expression over text[start:end].
func tx(text string, start, end int, typ, value string) timeml.Timex {
	return timeml.Timex{Start: start, End: end, Text: text[start:end], Type: typ, Value: value}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestScore(t *testing.T) {
	const text = "On Friday morning, 3 days after March 5, 2024, talks resumed last week."
	//            0123456789012345678901234567890123456789012345678901234567890123456789
	friday := tx(text, 3, 9, "DATE", "2024-03-08")
	fridayMorning := tx(text, 3, 17, "TIME", "2024-03-08TMO")
	days := tx(text, 19, 25, "DURATION", "P3D")
	march := tx(text, 32, 45, "DATE", "2024-03-05")
	march5 := tx(text, 32, 39, "DATE", "2024-03-05")
	lastWeek := tx(text, 61, 70, "DATE", "2024-W09")
	talks := tx(text, 47, 52, "DATE", "PRESENT_REF")
	empty := timeml.Timex{Start: 10, End: 10, Type: "DATE", Value: "X"}

	wrong := func(t timeml.Timex, v string) timeml.Timex { t.Value = v; return t }

	tests := []struct {
		name                    string
		gold, sys               []timeml.Timex
		strict, relaxed, typ, v PRF
		kinds                   string
	}{
		{
			name: "perfect", gold: []timeml.Timex{friday, days}, sys: []timeml.Timex{days, friday},
			strict: PRF{1, 1, 1}, relaxed: PRF{1, 1, 1}, typ: PRF{1, 1, 1}, v: PRF{1, 1, 1},
		},
		{
			name: "nothing found", gold: []timeml.Timex{friday, days},
			kinds: "missed missed",
		},
		{
			// gold 4, system 4: 2 strict, 3 relaxed (Friday ⊂ Friday
			// morning, March 5 ⊂ March 5, 2024), one spurious, one
			// missed; Friday has the wrong type and value.
			name:    "mixed",
			gold:    []timeml.Timex{fridayMorning, days, march, lastWeek},
			sys:     []timeml.Timex{friday, days, march5, talks},
			strict:  PRF{P: 1.0 / 4, R: 1.0 / 4, F1: 1.0 / 4},
			relaxed: PRF{P: 3.0 / 4, R: 3.0 / 4, F1: 3.0 / 4},
			typ:     PRF{P: 2.0 / 3 * 3 / 4, R: 2.0 / 3 * 3 / 4, F1: 2.0 / 3 * 3 / 4},
			v:       PRF{P: 2.0 / 3 * 3 / 4, R: 2.0 / 3 * 3 / 4, F1: 2.0 / 3 * 3 / 4},
			kinds:   "span type value span spurious missed",
		},
		{
			// P = 2/3 (one spurious), R = 1; one wrong value of two.
			name:    "wrong value and spurious",
			gold:    []timeml.Timex{days, march, empty},
			sys:     []timeml.Timex{days, wrong(march, "2024-03"), talks},
			strict:  PRF{P: 2.0 / 3, R: 1, F1: 0.8},
			relaxed: PRF{P: 2.0 / 3, R: 1, F1: 0.8},
			typ:     PRF{P: 2.0 / 3, R: 1, F1: 0.8},
			v:       PRF{P: 1.0 / 3, R: 0.5, F1: 0.4},
			kinds:   "value spurious",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := Score([]Doc{{Name: "d", Text: text, Gold: tt.gold, System: tt.sys}})
			for _, c := range []struct {
				what      string
				got, want PRF
			}{{"strict", res.Strict(), tt.strict}, {"relaxed", res.Relaxed(), tt.relaxed}, {"type", res.Type(), tt.typ}, {"value", res.Value(), tt.v}} {
				if !near(c.got.P, c.want.P) || !near(c.got.R, c.want.R) || !near(c.got.F1, c.want.F1) {
					t.Errorf("%s = %+v, want %+v", c.what, c.got, c.want)
				}
			}
			var kinds []string
			for _, m := range res.Misses {
				kinds = append(kinds, m.Kind.String())
			}
			if got := strings.Join(kinds, " "); got != tt.kinds {
				t.Errorf("misses %q, want %q", got, tt.kinds)
			}
		})
	}
}

// TestMicro checks that counts are summed before dividing.
func TestMicro(t *testing.T) {
	const text = "today and tomorrow"
	a := tx(text, 0, 5, "DATE", "2024-01-01")
	b := tx(text, 10, 18, "DATE", "2024-01-02")
	res := Score([]Doc{
		{Name: "1", Text: text, Gold: []timeml.Timex{a}, System: []timeml.Timex{a}},
		{Name: "2", Text: text, Gold: []timeml.Timex{a, b}, System: nil},
		{Name: "3", Text: text, Gold: []timeml.Timex{b}, System: []timeml.Timex{b}},
	})
	if res.Docs != 3 || res.Gold != 4 || res.System != 2 {
		t.Fatalf("counts %+v", res.Counts)
	}
	if r := res.Strict(); !near(r.P, 1) || !near(r.R, 0.5) || !near(r.F1, 2.0/3) {
		t.Errorf("strict %+v", r)
	}
	if len(res.Misses) != 2 || res.Misses[0].Doc != "2" || res.Misses[0].Start != 0 || res.Misses[1].Start != 10 {
		t.Errorf("misses %+v", res.Misses)
	}
}

func TestContextAndGroups(t *testing.T) {
	const text = "The deal was signed on\nMarch 3, and the talks on March 15 failed."
	m1 := Doc{Name: "a", Text: text}.miss(Missed, &timeml.Timex{Start: 23, End: 30, Text: "March 3"}, nil)
	if want := "The deal was signed on [March 3], and the talks on March 15 failed."; m1.Context != want {
		t.Errorf("context %q, want %q", m1.Context, want)
	}
	m2 := Doc{Name: "a", Text: text}.miss(Missed, &timeml.Timex{Start: 49, End: 57, Text: "March 15"}, nil)
	m3 := Doc{Name: "b", Text: text}.miss(Spurious, nil, &timeml.Timex{Start: 0, End: 3, Text: "The"})
	m4 := Doc{Name: "b", Text: text}.miss(Missed, &timeml.Timex{Start: 23, End: 30, Text: "March 3"}, nil)
	gs := Groups([]Miss{m3, m1, m2, m4})
	if len(gs) != 3 || gs[0].Shape != "march 9" || len(gs[0].Misses) != 2 || gs[1].Shape != "march 99" || gs[2].Kind != Spurious {
		t.Errorf("groups %+v", gs)
	}
	if s := Shape(" Oct.  12,\n1998 "); s != "oct. 99, 9999" {
		t.Errorf("Shape = %q", s)
	}
}

func TestByType(t *testing.T) {
	const text = "for three days since Monday"
	days := tx(text, 4, 14, "DURATION", "P3D")
	monday := tx(text, 21, 27, "DATE", "2024-03-04")
	res := Score([]Doc{
		{Name: "1", Text: text, Gold: []timeml.Timex{days, monday}, System: []timeml.Timex{wrongType(days, "DATE")}},
		{Name: "2", Text: text, Gold: []timeml.Timex{monday}, System: []timeml.Timex{monday}},
	})
	if got := strings.Join(res.Types(), " "); got != "DATE DURATION" {
		t.Fatalf("types %q", got)
	}
	date, dur := res.ByType["DATE"], res.ByType["DURATION"]
	if date.Gold != 2 || date.RelaxedGold != 1 || date.System != 2 || date.RelaxedSys != 2 || date.ValueMatch != 1 {
		t.Errorf("DATE %+v", *date)
	}
	if dur.Gold != 1 || dur.RelaxedGold != 1 || dur.TypeMatch != 0 || dur.ValueMatch != 1 || dur.System != 0 {
		t.Errorf("DURATION %+v", *dur)
	}
}

func wrongType(t timeml.Timex, typ string) timeml.Timex { t.Type = typ; return t }
