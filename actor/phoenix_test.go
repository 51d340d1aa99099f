package actor

import (
	"strings"
	"testing"
	"time"

	"github.com/chronograph-news/chronograph/actor/internal/dictfile"
)

func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// TestPhoenixDatedRoles resolves real entries of the embedded dictionary
// at dates on both sides of their role changes (the expected roles are
// those of Phoenix.Countries.actors.txt and
// Phoenix.International.actors.txt, checked by hand).
func TestPhoenixDatedRoles(t *testing.T) {
	p, err := LoadPhoenix()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name                string
		date                time.Time
		id, country, sector string
		code                string
		from, to            time.Time
		dflt                bool
	}{
		// VLADIMIR_PUTIN_: [RUSELI 700101-990809] [RUSGOV 991231-080507]
		// [RUSGOV 990809-000507] [RUSGOV >080508] [RUSELI]
		{"Vladimir Putin", day(1995, 6, 1), "person:vladimir-putin", "RUS", "ELI", "RUSELI", day(1970, 1, 1), day(1999, 8, 9), false},
		{"Vladimir Putin", day(1999, 8, 9), "person:vladimir-putin", "RUS", "ELI", "RUSELI", day(1970, 1, 1), day(1999, 8, 9), false}, // ends inclusive; the first role wins
		{"Vladimir Putin", day(1999, 9, 1), "person:vladimir-putin", "RUS", "GOV", "RUSGOV", day(1999, 8, 9), day(2000, 5, 7), false}, // prime minister under Yeltsin
		{"President Putin", day(2005, 6, 1), "person:vladimir-putin", "RUS", "GOV", "RUSGOV", day(1999, 12, 31), day(2008, 5, 7), false},
		{"Putin", day(2009, 6, 1), "person:vladimir-putin", "RUS", "GOV", "RUSGOV", day(2008, 5, 8), time.Time{}, false}, // prime minister under Medvedev
		{"PUTIN", time.Time{}, "person:vladimir-putin", "RUS", "ELI", "RUSELI", time.Time{}, time.Time{}, true},          // no date: the default
		// DMITRY_MEDVEDEV_ shares the codes of DMITR_MEDVEDEV_:
		// [RUSELI 830101-051201] [RUSGOV 051201-070228] [RUSGOV >080507] [RUSELI]
		{"Dmitry Medvedev", day(2006, 1, 1), "person:dmitry-medvedev", "RUS", "GOV", "RUSGOV", day(2005, 12, 1), day(2007, 2, 28), false},
		{"Dmitri Medvedev", day(2007, 6, 1), "person:dmitry-medvedev", "RUS", "ELI", "RUSELI", time.Time{}, time.Time{}, true}, // a gap: the default
		{"Dmitriy Medvedev", day(2010, 1, 1), "person:dmitry-medvedev", "RUS", "GOV", "RUSGOV", day(2008, 5, 7), time.Time{}, false},
		// KOFI_ANNAN_: [IGOUNO 970101-061231] [ELI]
		{"Kofi Annan", day(2005, 1, 1), "person:kofi-annan", "", "IGO", "IGOUNO", day(1997, 1, 1), day(2006, 12, 31), false},
		{"Secretary-General Kofi Annan", day(2009, 1, 1), "person:kofi-annan", "", "ELI", "ELI", time.Time{}, time.Time{}, true},
		// BARACK_OBAMA: [USAELI 780101-000101] [USAGOV >090120], no
		// default: nothing holds in 2005 (and the data is stale after 2017)
		{"Barack Obama", day(2005, 1, 1), "person:barack-obama", "", "", "", time.Time{}, time.Time{}, false},
		{"Barack Obama", day(2010, 1, 1), "person:barack-obama", "USA", "GOV", "USAGOV", day(2009, 1, 20), time.Time{}, false},
		// ARMENIA_: [USRARM <900823] [ARM >911221]
		{"Armenia", day(1985, 1, 1), "country:ARM", "SUN", "", "USRARM", time.Time{}, day(1990, 8, 23), false},
		{"Armenia", day(2000, 1, 1), "country:ARM", "ARM", "", "ARM", day(1991, 12, 21), time.Time{}, false},
		{"Hezbollah", day(2015, 1, 1), "org:hezbollah", "LBN", "REB", "LBNREB", time.Time{}, time.Time{}, true},
		{"police", day(2015, 1, 1), "agent:cop", "", "COP", "COP", time.Time{}, time.Time{}, false},
		{"troops", day(2015, 1, 1), "agent:mil", "", "MIL", "MIL", time.Time{}, time.Time{}, false},
	} {
		m, ok := p.Lookup(c.name, c.date)
		if !ok {
			t.Errorf("%s: not found", c.name)
			continue
		}
		if m.ID != c.id || m.Country != c.country || m.Sector != c.sector || m.Code != c.code || !m.From.Equal(c.from) || !m.To.Equal(c.to) || m.Default != c.dflt {
			t.Errorf("%s at %s: got %s %s/%s %s %s..%s default=%v; want %s %s/%s %s %s..%s default=%v",
				c.name, c.date.Format("2006-01-02"), m.ID, m.Country, m.Sector, m.Code, m.From.Format("2006-01-02"), m.To.Format("2006-01-02"), m.Default,
				c.id, c.country, c.sector, c.code, c.from.Format("2006-01-02"), c.to.Format("2006-01-02"), c.dflt)
		}
	}
	if _, ok := p.Lookup("Nobody Anybody Whatsoever", day(2000, 1, 1)); ok {
		t.Error("found an unknown name")
	}
}

// TestPhoenixCounts guards against a conversion that lost most of the data.
func TestPhoenixCounts(t *testing.T) {
	p, err := LoadPhoenix()
	if err != nil {
		t.Fatal(err)
	}
	if actors, agents := p.Len(); actors < 25000 || agents < 80 {
		t.Errorf("%d actors and %d agents; want about 26,000 and 84", actors, agents)
	}
}

// mergeGazetteer is a user file over the built-in gazetteer for the merge
// tests: a person Phoenix also knows under another id, a person whose
// country differs from Phoenix's, and a body Phoenix does not know.
const mergeGazetteer = `
- id: person:jane-roe
  name: Jane Roe
  kind: person
  aliases: [J. Roe]
  affiliation: country:FRA
- id: person:john-doe
  name: John Doe
  kind: person
  affiliation: country:CAN
`

// mergePhoenix is a Phoenix dictionary for the merge tests.
const mergePhoenix = "A\tcountry:AFG\tcountry\tAfghanistan\tt:1\n=\tKabul\nD\tAFG\tAFG\t-\n" +
	"A\torg:acme\torganization\tAcme\tt:2\nD\tMNCUSA\tUSA\tMNC\n" +
	"A\tperson:j-roe\tperson\tJane M. Roe\tt:3\n=\tJane Roe\nR\tFRAGOV\tFRA\tGOV\t2001-01-01\t2004-12-31\nD\tFRAELI\tFRA\tELI\n" +
	"A\tperson:john-doe\tperson\tJohn Doe\tt:4\nR\tUSAGOV\tUSA\tGOV\t2001-01-01\t..\n" +
	"A\tperson:vladimir-putin\tperson\tVladimir Putin\tt:5\n=\tPrime Minister Putin\nR\tRUSGOV\tRUS\tGOV\t2008-05-08\t2012-05-07\n" +
	"G\tagent:cop\tCOP\tCOP\tafter\tpolice\tt:6\n"

func TestDictionaryMerge(t *testing.T) {
	g, err := LoadGazetteer(strings.NewReader(mergeGazetteer))
	if err != nil {
		t.Fatal(err)
	}
	pd, err := dictfile.ReadString("merge", mergePhoenix)
	if err != nil {
		t.Fatal(err)
	}
	d := NewDictionary(g, newPhoenix(pd))
	for _, c := range []struct {
		name, why            string
		date                 time.Time
		id, gname, country   string
		sector, code, source string
	}{
		{"Jane Roe", "same person by name and country: the gazetteer's id and name, Phoenix's dated role",
			day(2002, 1, 1), "person:jane-roe", "Jane Roe", "FRA", "GOV", "FRAGOV", "project+phoenix"},
		{"J. Roe", "an alias only the gazetteer has still finds Phoenix's roles",
			day(2010, 1, 1), "person:jane-roe", "Jane Roe", "FRA", "ELI", "FRAELI", "project+phoenix"},
		{"John Doe", "same id, but Phoenix's role is in another country: the gazetteer's country, no sector",
			day(2002, 1, 1), "person:john-doe", "John Doe", "CAN", "", "", "project+phoenix"},
		{"Prime Minister Putin", "a name only Phoenix has resolves to the gazetteer's actor of the same id",
			day(2009, 1, 1), "person:vladimir-putin", "Vladimir Putin", "RUS", "GOV", "RUSGOV", "project+phoenix"},
		{"Kabul", "a name the gazetteer knows is the gazetteer's actor (a city), not Phoenix's (Afghanistan)",
			day(2009, 1, 1), "place:kabul", "Kabul", "AFG", "", "", "project"},
		{"Afghanistan", "a country: same id",
			day(2009, 1, 1), "country:AFG", "Afghanistan", "AFG", "", "AFG", "project+phoenix"},
		{"Acme", "an actor only Phoenix knows",
			day(2009, 1, 1), "org:acme", "Acme", "USA", "MNC", "MNCUSA", "phoenix"},
		{"police", "an agent", day(2009, 1, 1), "agent:cop", "police", "", "COP", "COP", "phoenix"},
	} {
		m, ok := d.Lookup(c.name, c.date)
		if !ok {
			t.Errorf("%s: not found (%s)", c.name, c.why)
			continue
		}
		if m.ID != c.id || m.Name != c.gname || m.Country != c.country || m.Sector != c.sector || m.Code != c.code || m.Source != c.source {
			t.Errorf("%s (%s):\n got %s %q %s/%s %s %s\nwant %s %q %s/%s %s %s", c.name, c.why,
				m.ID, m.Name, m.Country, m.Sector, m.Code, m.Source, c.id, c.gname, c.country, c.sector, c.code, c.source)
		}
	}
}

// TestPhoenixUnsorted checks that a dictionary file out of id order is
// refused (lookups by id search it).
func TestPhoenixUnsorted(t *testing.T) {
	var buf strings.Builder
	buf.WriteString("A\tperson:b\tperson\tB\tt:1\nA\tperson:a\tperson\tA\tt:2\n")
	gz := gzipString(t, buf.String())
	if _, err := parsePhoenix("x.gz", gz); err == nil || !strings.Contains(err.Error(), "x.gz") {
		t.Errorf("got %v, want an error naming x.gz", err)
	}
}
