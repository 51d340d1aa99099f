package petrarch

import (
	"reflect"
	"strings"
	"testing"

	"github.com/chronograph-news/chronograph/diag"
)

func TestParseActors(t *testing.T) {
	const in = "# comment\n" +
		"VLADIMIR_PUTIN_  # CountryInfo.txt\n" +
		"+PUTIN_\n" +
		"\t[RUSELI 700101-990809]\n" +
		"\t[RUSGOV >080508]\n" +
		"\t[RUSGOV <19991231]\n" +
		"\t[RUSELI]\n" +
		"DMITRY_MEDVEDEV_\n" + // no code: shares the next record's
		"DMITR_MEDVEDEV_\n" +
		"\t[RUSGOV >080507]\n" +
		"<!-- a comment\nover lines -->\n" +
		"ANN_VENEMAN_\t[USAGOV 010120-050120] [IGOUNOKID >050501]# inline\n"
	recs, err := ParseActors("x.txt", strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := []Record{
		{Names: []Phrase{{"VLADIMIR_PUTIN_", 2}, {"PUTIN_", 3}}, Comment: "CountryInfo.txt", Codes: []Code{
			{Code: "RUSELI", From: 19700101, To: 19990809, Line: 4},
			{Code: "RUSGOV", From: 20080508, Line: 5},
			{Code: "RUSGOV", To: 19991231, Line: 6},
			{Code: "RUSELI", Default: true, Line: 7},
		}},
		{Names: []Phrase{{"DMITRY_MEDVEDEV_", 8}, {"DMITR_MEDVEDEV_", 9}}, Codes: []Code{{Code: "RUSGOV", From: 20080507, Line: 10}}},
		{Names: []Phrase{{"ANN_VENEMAN_", 13}}, Comment: " inline", Codes: []Code{
			{Code: "USAGOV", From: 20010120, To: 20050120, Line: 13},
			{Code: "IGOUNOKID", From: 20050501, Line: 13},
		}},
	}
	want[2].Comment = "inline"
	if !reflect.DeepEqual(recs, want) {
		t.Errorf("got  %+v\nwant %+v", recs, want)
	}
}

// TestParseActorsErrors checks that each bad line is skipped and named by
// file:line, and that the good records around it are kept.
func TestParseActorsErrors(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"\t[RUS]\n", "d.txt:1: code before any actor"},
		{"+PUTIN\n", "d.txt:1: synonym before any actor"},
		{"A_ [RUS]\n\t[RUSGOV 9008223-911221]\n", `d.txt:2: code RUSGOV: bad date "9008223" (want YYMMDD or YYYYMMDD)`},
		{"A_ [RUS]\n\t[RUSGOV 990101-980101]\n", "d.txt:2: code RUSGOV: ends before it starts"},
		{"A_ [RUS]\n\t[RUSGOV 19990231-]\n", `d.txt:2: code RUSGOV: bad date "19990231"`},
		{"A_ [RUS]\n\t[RUSGOV 20121204]\n", `d.txt:2: code RUSGOV: bad date restriction "20121204"`},
		{"A_ [RUS]\n\t[rus]\n", `d.txt:2: bad code "rus"`},
		{"A_ [RUS]\n\t[RUS\n", "d.txt:2: missing ']'"},
		{"Source: MNC.MLH.actors\nB_ [USA]\n", `d.txt:1: "Source: MNC.MLH.actors" is not a name`},
		{"LAST_ONE\n", `d.txt:1: actor "LAST_ONE" has no code`},
	} {
		_, err := ParseActors("d.txt", strings.NewReader(c.in))
		l, ok := err.(diag.List)
		if !ok || len(l) != 1 || l[0].Error() != c.want {
			t.Errorf("%q: got %v, want %s", c.in, err, c.want)
		}
	}
}

func TestParseDatePivot(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int
	}{{"300101", 20300101}, {"310101", 19310101}, {"000229", 20000229}, {"18970101", 18970101}} {
		if got, err := parseDate(c.in); err != nil || got != c.want {
			t.Errorf("parseDate(%q) = %d, %v; want %d", c.in, got, err, c.want)
		}
	}
	if _, err := parseDate("010229"); err == nil {
		t.Error("2001-02-29 accepted")
	}
}

func TestParseAgents(t *testing.T) {
	const in = "!PERSON! = MAN, MEN\n" +
		"POLICE {} [~COP]\n" +
		"CONGRESS!PERSON! [~LEG]\n" +
		"ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG] # mj\n" +
		"ARMY [~MIL]\n" +
		"HUMAN_RIGHTS_BODY  [NGO~]\n" +
		"BOSS [~BUS]\n" +
		"DAY [~X]\n" +
		"NO_CODE\n" +
		"BAD [COP]\n" +
		"X!NOPE! [~GOV]\n"
	got, err := ParseAgents("a.txt", strings.NewReader(in))
	want := []AgentPhrase{
		{Text: "POLICE", Code: "COP", Line: 2},
		{Text: "CONGRESSMAN", Code: "LEG", Line: 3},
		{Text: "CONGRESSMEN", Code: "LEG", Line: 3},
		{Text: "ATTORNEY_GENERAL", Plurals: []string{"ATTORNEYS_GENERAL"}, Code: "GOVATG", Line: 4},
		{Text: "ARMY", Plurals: []string{"ARMIES"}, Code: "MIL", Line: 5},
		{Text: "HUMAN_RIGHTS_BODY", Plurals: []string{"HUMAN_RIGHTS_BODIES"}, Code: "NGO", Prefix: true, Line: 6},
		{Text: "BOSS", Plurals: []string{"BOSSES"}, Code: "BUS", Line: 7},
		{Text: "DAY", Plurals: []string{"DAYS"}, Code: "X", Line: 8},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
	l, _ := err.(diag.List)
	var msgs []string
	for _, e := range l {
		msgs = append(msgs, e.Error())
	}
	wantErrs := []string{
		"a.txt:9: agent without a [code]",
		`a.txt:10: agent code "COP" has no '~'`,
		"a.txt:11: undefined substitution marker !NOPE!",
	}
	if !reflect.DeepEqual(msgs, wantErrs) {
		t.Errorf("errors %q, want %q", msgs, wantErrs)
	}
}

func TestDecode(t *testing.T) {
	for _, c := range []struct{ code, country, sector string }{
		{"RUSGOV", "RUS", "GOV"},
		{"RUSGOVMIL", "RUS", "GOV"},
		{"RUS", "RUS", ""},
		{"USRARM", "SUN", ""},    // Soviet Armenia
		{"TMPGOV", "TLS", "GOV"}, // East Timor
		{"KSVGOV", "XKX", "GOV"},
		{"IGOUNO", "", "IGO"},
		{"IGOUNOLKAHRI", "", "IGO"}, // a state after an IGO name is not its country
		{"MNCUSA", "USA", "MNC"},
		{"NGOUSAHRI", "USA", "NGO"},
		{"BUDREB", "", "REB"},
		{"WEUREB", "", "REB"}, // a region: no country
		{"ELI", "", "ELI"},
		{"MUS", "MUS", ""}, // first unit: Mauritius, not Muslims
		{"MUSGOV", "MUS", "GOV"},
		{"IMGMUSALQ", "", "IMG"}, // after a type: a Muslim group, not Mauritius's
		{"IGONAMNAF", "", "IGO"}, // after a type: North America, not Namibia
		{"---", "", ""},
		{"", "", ""},
	} {
		co, se := Decode(c.code)
		if co != c.country || se != c.sector {
			t.Errorf("Decode(%q) = %q, %q; want %q, %q", c.code, co, se, c.country, c.sector)
		}
	}
}

// FuzzParseActors checks that the actor dictionary parser never panics,
// that every problem names the file and a line of the input, and that the
// records it keeps are well-formed.
func FuzzParseActors(f *testing.F) {
	f.Add("VLADIMIR_PUTIN_  # CountryInfo.txt\n+PUTIN_\n\t[RUSELI 700101-990809]\n\t[RUSGOV >080508]\n\t[RUSELI]\n")
	f.Add("A_ [IGOUNO 820101-911231] [ELI]# x\nB_\nC_\n\t[USA <20010101]\n<!--\n-->\n---STOP---\n")
	f.Add("\t[\n+\n[]\n[X 1-2]\nA\x00_\t[RUS >99999999]")
	f.Fuzz(func(t *testing.T, in string) {
		lines := strings.Count(in, "\n") + 1
		recs, err := ParseActors("f.txt", strings.NewReader(in))
		if err != nil {
			l, ok := err.(diag.List)
			if !ok {
				t.Fatalf("error %v is not a diag.List", err)
			}
			for _, e := range l {
				if e.File != "f.txt" || e.Line < 1 || e.Line > lines {
					t.Fatalf("error %v names no line of the input", e)
				}
			}
		}
		for _, r := range recs {
			if len(r.Names) == 0 || len(r.Codes) == 0 {
				t.Fatalf("record %+v without a name or code", r)
			}
			for _, c := range r.Codes {
				if !validCode(c.Code) || c.To != 0 && c.To < c.From || c.Default && (c.From != 0 || c.To != 0) {
					t.Fatalf("bad code %+v", c)
				}
			}
		}
	})
}

// FuzzParseAgents checks the agent dictionary parser likewise.
func FuzzParseAgents(f *testing.F) {
	f.Add("!PERSON! = MAN, MEN\nCONGRESS!PERSON! [~LEG]\nPOLICE {} [~COP]\nX {Y} [NGO~]\n")
	f.Add("!A!=\n!A![~B]\n{}[~]\n[~C]\nX{ [~D]\n")
	f.Fuzz(func(t *testing.T, in string) {
		lines := strings.Count(in, "\n") + 1
		ps, err := ParseAgents("a.txt", strings.NewReader(in))
		if err != nil {
			l, ok := err.(diag.List)
			if !ok {
				t.Fatalf("error %v is not a diag.List", err)
			}
			for _, e := range l {
				if e.File != "a.txt" || e.Line < 1 || e.Line > lines {
					t.Fatalf("error %v names no line of the input", e)
				}
			}
		}
		for _, p := range ps {
			if !validCode(p.Code) || p.Line < 1 || p.Line > lines {
				t.Fatalf("bad agent %+v", p)
			}
		}
	})
}
