package ner

import (
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chronograph-news/chronograph/nlp/binio"
)

// Gazetteer is outside knowledge of names the model learns to weigh:
// phrases known as names of persons, organizations, countries or places,
// or as demonyms, and words of known classes (first names, titles, head
// words of organizations and places, corporate suffixes). A trained model
// keeps its own copy, so that labelling never reads the files it came
// from. It is read-only once built.
type Gazetteer struct {
	phrases map[string]uint8 // lowercased words joined by " " → gaz* bits
	words   map[string]uint8 // lowercased word → cls* bits
	maxLen  int              // longest phrase, in words
	// prefixes holds the first words (joined by " ") of every phrase
	// longer than them, so that matching stops as soon as no phrase can
	// go on.
	prefixes map[string]bool
}

// Kinds of gazetteer phrases (bits).
const (
	gazPerson = 1 << iota
	gazOrg
	gazCountry
	gazPlace
	gazDemonym
	gazAll = 1<<iota - 1
)

// Classes of gazetteer words (bits).
const (
	clsFirstName = 1 << iota
	clsTitle
	clsOrgHead
	clsPlaceHead
	clsCorpSuffix
	clsAll = 1<<iota - 1
)

// gazMaxLen bounds the length in words of a gazetteer phrase.
const gazMaxLen = 8

// PhraseKind is the kind of a gazetteer phrase.
type PhraseKind uint8

// Phrase kinds.
const (
	PersonName   PhraseKind = gazPerson
	Organization PhraseKind = gazOrg
	Country      PhraseKind = gazCountry
	Place        PhraseKind = gazPlace
	Demonym      PhraseKind = gazDemonym
)

// WordClass is the class of a gazetteer word.
type WordClass uint8

// Word classes.
const (
	FirstName       WordClass = clsFirstName
	Title           WordClass = clsTitle
	OrgHead         WordClass = clsOrgHead   // "Ministry", "Party"
	PlaceHead       WordClass = clsPlaceHead // "River", "Province"
	CorporateSuffix WordClass = clsCorpSuffix
)

// NewGazetteer returns an empty gazetteer. The training command fills it
// from the project's actor data; package ner reads no file itself.
func NewGazetteer() *Gazetteer {
	return &Gazetteer{phrases: map[string]uint8{}, words: map[string]uint8{}, prefixes: map[string]bool{}}
}

// AddPhrase adds a name of kind k (a name may have several kinds). Names
// longer than gazMaxLen words are left out.
func (g *Gazetteer) AddPhrase(name string, k PhraseKind) { g.addPhrase(name, uint8(k)) }

// AddWord adds a word of class c.
func (g *Gazetteer) AddWord(word string, c WordClass) { g.addWord(word, uint8(c)) }

// gazWords splits a name into the lowercased words the matcher compares.
func gazWords(name string) []string {
	return strings.Fields(strings.ToLower(name))
}

// addPhrase adds the name (words separated by spaces, any case) as a
// phrase of kind (gaz* bits). Names longer than gazMaxLen words are left
// out.
func (g *Gazetteer) addPhrase(name string, kind uint8) {
	ws := gazWords(name)
	if len(ws) == 0 || len(ws) > gazMaxLen || kind&gazAll == 0 {
		return
	}
	g.phrases[strings.Join(ws, " ")] |= kind & gazAll
	g.maxLen = max(g.maxLen, len(ws))
	g.addPrefixes(ws)
}

// gazPresize bounds the size readGazetteer makes its maps at before
// reading their entries (the shipped gazetteer has some tens of thousands).
const gazPresize = 1 << 18

// addPrefixes records the proper prefixes of the phrase of words ws.
func (g *Gazetteer) addPrefixes(ws []string) {
	for n := 1; n < len(ws); n++ {
		g.prefixes[strings.Join(ws[:n], " ")] = true
	}
}

// addWord adds the words of phrase to the word class cls (cls* bits):
// a one-word entry itself, a longer one ("Prime Minister") its last word.
func (g *Gazetteer) addWord(phrase string, cls uint8) {
	ws := gazWords(phrase)
	if len(ws) == 0 || cls&clsAll == 0 {
		return
	}
	g.words[ws[len(ws)-1]] |= cls & clsAll
}

// gazMatch is the gazetteer match a word is in: the phrase kind bits and
// its part (partB, partI, partL or partU); kind 0 when none.
type gazMatch struct{ kind, part uint8 }

// match sets, per word of low (lowercased words), the longest gazetteer
// phrase it is in, found left to right, in out (as long as low, all zero);
// a match must start with a capitalized word (forms gives the words as
// written).
func (g *Gazetteer) match(out []gazMatch, low, forms []string) {
	if g == nil || len(g.phrases) == 0 {
		return
	}
	var (
		arr [128]byte
		key = arr[:0]
	)
	for i := 0; i < len(low); {
		r, _ := utf8.DecodeRuneInString(forms[i])
		if !unicode.IsUpper(r) {
			i++
			continue
		}
		best, kind := 0, uint8(0)
		key = key[:0]
		for n := 1; n <= g.maxLen && i+n <= len(low); n++ {
			if n > 1 {
				key = append(key, ' ')
			}
			key = append(key, low[i+n-1]...)
			if k := g.phrases[string(key)]; k != 0 {
				best, kind = n, k
			}
			if !g.prefixes[string(key)] {
				break
			}
		}
		if best == 0 {
			i++
			continue
		}
		for k := range best {
			p := uint8(partI)
			switch {
			case best == 1:
				p = partU
			case k == 0:
				p = partB
			case k == best-1:
				p = partL
			}
			out[i+k] = gazMatch{kind, p}
		}
		i += best
	}
}

// class returns the word-class bits of the lowercased word w.
func (g *Gazetteer) class(w string) uint8 {
	if g == nil {
		return 0
	}
	return g.words[w]
}

// Len returns the number of phrases and of classed words of g.
func (g *Gazetteer) Len() (phrases, words int) {
	if g == nil {
		return 0, 0
	}
	return len(g.phrases), len(g.words)
}

// writeTo encodes g: uvarint count of phrases, then per phrase in sorted
// order uvarint length, bytes and kind; the same for the words.
func (g *Gazetteer) writeTo(w io.Writer) {
	for _, m := range []map[string]uint8{g.phrases, g.words} {
		keys := slices.Sorted(maps.Keys(m))
		binio.PutUvarint(w, uint64(len(keys)))
		for _, k := range keys {
			binio.PutString(w, k)
			w.Write([]byte{m[k]})
		}
	}
}

// readGazetteer decodes what writeTo wrote.
func readGazetteer(r interface {
	io.Reader
	io.ByteReader
}) (*Gazetteer, error) {
	g := NewGazetteer()
	for mi := range 2 {
		n, err := binio.Uvarint(r, maxLexWords)
		if err != nil {
			return nil, err
		}
		// The maps are made at their size, so that they are not grown
		// (rehashed) entry by entry; a corrupt count allocates no more
		// than gazPresize entries before the input runs out.
		size := int(min(n, gazPresize))
		m := make(map[string]uint8, size)
		limit := uint8(gazAll)
		if mi == 0 {
			g.phrases, g.prefixes = m, make(map[string]bool, size)
		} else {
			g.words, limit = m, clsAll
		}
		prev := ""
		for i := range n {
			l, err := binio.Uvarint(r, maxLexWord)
			if err != nil {
				return nil, err
			}
			b := make([]byte, l+1)
			if _, err := io.ReadFull(r, b); err != nil {
				return nil, fmt.Errorf("ner: gazetteer: %w", err)
			}
			k := string(b[:l])
			if i > 0 && k <= prev {
				return nil, fmt.Errorf("ner: gazetteer out of order")
			}
			v := b[l]
			if v == 0 || v&^limit != 0 {
				return nil, fmt.Errorf("ner: gazetteer entry out of range")
			}
			if mi == 0 {
				nw := strings.Count(k, " ") + 1
				if nw > gazMaxLen {
					return nil, fmt.Errorf("ner: gazetteer phrase too long")
				}
				g.maxLen = max(g.maxLen, nw)
			}
			m[k], prev = v, k
			if mi == 0 {
				// the proper prefixes of the phrase, as addPrefixes
				// records them: k up to each of its spaces (parts of
				// k, which the map holds anyway)
				for j := range len(k) {
					if k[j] == ' ' {
						g.prefixes[k[:j]] = true
					}
				}
			}
		}
	}
	return g, nil
}
