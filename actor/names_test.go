package actor

import (
	"strings"
	"testing"
	"time"

	"github.com/chronograph-news/chronograph/token"
)

// TestDocumentNamed checks how the name finder's names (Name) reach the
// resolver: an undecided run of capitalized words named exactly by the
// finder becomes an actor of its kind; a run the rules decide, one word
// alone, and a name whose bounds do not fall on the run's are left as
// the rules read them.
func TestDocumentNamed(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, marked string
		text         string // the mention's text
		kind         Kind   // "" when it must not be a mention
	}{
		{"unknown person", "Officials met [Zorvan Telbiko|P] on Monday.", "Zorvan Telbiko", Person},
		{"organization in capitals", "Officials met the [QRV Kettle|O] on Monday.", "QRV Kettle", Organization},
		{"organization of ordinary words", "Officials began the [Marrow Kettle|O] drills on Monday.", "Marrow Kettle", ""},
		{"team's plural name", "The [Quennick Bay Storm Herons|O] signed a pitcher on Monday.", "Quennick Bay Storm Herons", Organization},
		{"team's plural name unknown to WordNet", "The [Telbiko Zorvans|O] signed a pitcher on Monday.", "Telbiko Zorvans", Organization},
		{"plural of a thing", "Officials backed the [Quennick Goals|O] on Monday.", "Quennick Goals", ""},
		{"unknown place", "Officials travelled to [Upper Quennick|L] on Monday.", "Upper Quennick", Place},
		{"without the finder", "Officials met Zorvan Telbiko on Monday.", "Zorvan Telbiko", ""},
		{"one word alone", "Officials met [Telbiko|P] on Monday.", "Telbiko", ""},
		{"bounds inside the run", "Officials met Quennick [Zorvan Telbiko|P] on Monday.", "Zorvan Telbiko", ""},
		{"surname that is no name word alone", "Officials met [Zorvan Royal|P] on Monday.", "Zorvan Royal", Person},
		{"no name word leading", "Officials met [Royal Telbiko|P] on Monday.", "Royal Telbiko", ""},
		{"no name word, named an organization", "Officials met the [Zorvan Royal|O] on Monday.", "Zorvan Royal", ""},
		{"place prefix inside a named person's name", "Officials met [Zorvan San Telbiko Quennick|P] on Monday.", "Zorvan San Telbiko Quennick", Person},
		{"place prefix inside, not named a person", "Officials met Zorvan San Telbiko Quennick on Monday.", "Zorvan San Telbiko Quennick", ""},
		{"not_person word ending a longer run named a person", "Officials met [Zorvan Telbiko Region|P] on Monday.", "Zorvan Telbiko Region", ""},
		{"place prefix inside a run too long", "Officials met [Zorvan Marr State Quennick Telbiko|P] on Monday.", "Zorvan Marr State Quennick Telbiko", ""},
		{"place prefix inside, named a place", "Officials met in [Zorvan San Telbiko|L] on Monday.", "Zorvan San Telbiko", Place},
		{"given name before a named surname", "Officials met champion Quennick [Telbiko|P] on Monday.", "Quennick Telbiko", Person},
		{"given name before a named two-word name", "Officials met champion Quennick [Zorvan Telbiko|P] on Monday.", "Quennick Zorvan Telbiko", Person},
		{"sentence opener before a named two-word name", "Hobbling [Zorvan Telbiko|P] met officials on Monday.", "Hobbling Zorvan Telbiko", ""},
		{"sentence opener before a named surname", "Hobbling [Telbiko|P] met officials on Monday.", "Hobbling Telbiko", ""},
		{"nickname after a named given name", "Officials met [Zorvan|P] \"Duke\" Telbiko on Monday.", "Zorvan \"Duke\" Telbiko", Person},
		{"nickname after an unknown word", "Officials met Zorvan \"Duke\" Telbiko on Monday.", "Zorvan \"Duke\" Telbiko", ""},
		{"nickname after a gazetteer word", "Officials met Stanley \"Duke\" Telbiko on Monday.", "Stanley \"Duke\" Telbiko", Person},
		{"nickname after a title", "Officials met Senator [Zorvan|P] \"Duke\" Telbiko on Monday.", "Zorvan \"Duke\" Telbiko", Person},
		{"sea named with a demonym", "Ships crossed the Indian Ocean on Monday.", "Indian Ocean", Place},
		{"demonym and place word opening a longer name", "Officials of the Indian Ocean Quennick Group met on Monday.", "Indian Ocean", ""},
		{"the gazetteer wins", "[Vladimir Putin|O] arrived.", "Vladimir Putin", Person},
		{"before a verb a person does", "Sources said Zorvan Telbiko urged calm on Monday.", "Zorvan Telbiko", Person},
		{"before such a verb, named an organization", "Sources said the [Quennick Kettle|O] admitted losses on Monday.", "Quennick Kettle", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ms := markedMentions(g, tc.marked)
			var got Kind
			for _, m := range ms {
				if m.Text == tc.text {
					got = m.Kind
				}
			}
			if got != tc.kind {
				t.Errorf("%q: %q is a %q mention, want %q (mentions %v)", tc.marked, tc.text, got, tc.kind, ms)
			}
		})
	}
}

func TestNameKind(t *testing.T) {
	for _, c := range []struct {
		typ  string
		kind Kind
		ok   bool
	}{
		{"PER", Person, true},
		{"ORG", Organization, true},
		{"LOC", Place, true},
		{"MISC", "", false},
		{"", "", false},
	} {
		if k, ok := NameKind(c.typ); k != c.kind || ok != c.ok {
			t.Errorf("NameKind(%q) = %q, %v; want %q, %v", c.typ, k, ok, c.kind, c.ok)
		}
	}
}

// TestMiddleInitial checks that a middle initial with its period joins an
// unknown name ("Orin T. Pellam" is one person, not "Orin"), and that a
// capital letter ending a sentence before a stopword joins nothing.
func TestMiddleInitial(t *testing.T) {
	checkDocuments(t, []documentCase{
		{"a middle initial", "U.S. envoy Orin T. Pellam arrived in Kathmandu on Wednesday.",
			[]want{{Text: "Orin T. Pellam", ID: "person:orin-t-pellam"}}, []string{"Orin", "Pellam"}},
		{"a letter ending a sentence", "The Tarvin Group chose Plan A. The plan failed on Monday.",
			nil, []string{"Plan A. The", "A. The"}},
	})
}

// TestHonorificInName checks that an honorific repeated inside a name
// ("Sheikh Orvan Sheikh Tarmid") is a word of one person's name, not two
// persons each titled Sheikh, while two names each after the title stay
// two persons.
func TestHonorificInName(t *testing.T) {
	checkDocuments(t, []documentCase{
		{"a repeated honorific", "Sheikh Orvan Sheikh Tarmid told reporters on Monday.",
			[]want{{Text: "Orvan Sheikh Tarmid", ID: "person:orvan-sheikh-tarmid", Role: "Sheikh"}}, []string{"Orvan", "Tarmid"}},
		{"two titled names", "Sheikh Orvan met Sheikh Tarmid on Monday.",
			[]want{{Text: "Orvan", ID: "person:orvan", Role: "Sheikh"}, {Text: "Tarmid", ID: "person:tarmid", Role: "Sheikh"}}, nil},
	})
}

// markedMentions resolves, with g, the mentions of a text whose names of
// the finder are marked (markedNames), dated 2024-06-01.
func markedMentions(g *Gazetteer, marked string) []Mention {
	text, names := markedNames(marked)
	toks := token.Tokenize(text)
	find := func(_ string, start, end int) []Name {
		var in []Name
		for _, n := range names {
			if n.Start >= start && n.End <= end {
				in = append(in, n)
			}
		}
		return in
	}
	return NewResolver(g).DocumentNamed(text, toks, token.Sentences(text, toks), time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC), find)
}

// markedNames reads a text whose names of the finder are marked
// [Name|K], K one of P, O, L: the text without the marks and the names.
func markedNames(marked string) (string, []Name) {
	kinds := map[byte]Kind{'P': Person, 'O': Organization, 'L': Place}
	var b strings.Builder
	var names []Name
	for {
		i := strings.IndexByte(marked, '[')
		if i < 0 {
			b.WriteString(marked)
			return b.String(), names
		}
		b.WriteString(marked[:i])
		j := strings.IndexByte(marked, '|')
		start := b.Len()
		b.WriteString(marked[i+1 : j])
		names = append(names, Name{Start: start, End: b.Len(), Kind: kinds[marked[j+1]]})
		marked = marked[j+3:]
	}
}
