package actor

import (
	"slices"
	"strings"
)

// recents are the people named so far in the current document, indexed
// so that finding the latest one a short name fits costs one map lookup,
// not a scan of every earlier mention (a scan made resolution quadratic
// in a document's length).
type recents struct {
	n int // mentions added
	// ids holds every person named.
	ids map[string]bool
	// bySurname and byFirst map, per byline flag (0 no, 1 yes), a word
	// to the number and id of the latest mention whose surname, or first
	// word, it is.
	bySurname, byFirst [2]map[string]recentAt
	// firstOwner maps, per byline flag, a first word to the one person
	// named with it, "" when several were.
	firstOwner [2]map[string]string
	// bearers maps, per byline flag, a surname to the people named in
	// full with it, in order; mentions counts each person's mentions.
	bearers  [2]map[string][]string
	mentions map[string]int
	// forms maps the last letters of a name of two or more words
	// (formKey) to the people named so and those names' word keys:
	// finding whose fuller name a shorter one is costs one lookup.
	forms map[string][]recentForm
	// written maps a surname's key to the one name the document writes
	// with given names or initials before it (lexer.writtenNames).
	written map[string]writtenName
	// writtenIDs maps the people made up from those names to the names.
	writtenIDs map[string]string
}

// recentForm is one name of two or more words a person was named by.
type recentForm struct {
	id    string
	words []string
}

// recentAt is one mention of a person: its number in the document and id.
type recentAt struct {
	n  int
	id string
}

func newRecents() *recents {
	r := &recents{ids: map[string]bool{}, mentions: map[string]int{}, forms: map[string][]recentForm{}, writtenIDs: map[string]string{}}
	for i := range 2 {
		r.bySurname[i], r.byFirst[i] = map[string]recentAt{}, map[string]recentAt{}
		r.firstOwner[i] = map[string]string{}
		r.bearers[i] = map[string][]string{}
	}
	return r
}

// add records a mention of person id named by words (phonetic keys).
func (r *recents) add(id string, words []string, byline bool) {
	r.n++
	r.ids[id] = true
	r.mentions[id]++
	b := bylineIndex(byline)
	r.bySurname[b][surname(words)] = recentAt{r.n, id}
	r.byFirst[b][words[0]] = recentAt{r.n, id}
	if len(words) > 1 {
		k := formKey(words)
		if !slices.ContainsFunc(r.forms[k], func(f recentForm) bool { return f.id == id && slices.Equal(f.words, words) }) {
			r.forms[k] = append(r.forms[k], recentForm{id, words})
		}
	}
	if len(words) > 1 {
		if sn := surname(words); !slices.Contains(r.bearers[b][sn], id) {
			r.bearers[b][sn] = append(r.bearers[b][sn], id)
		}
		if o, ok := r.firstOwner[b][words[0]]; ok && o != id {
			r.firstOwner[b][words[0]] = ""
		} else {
			r.firstOwner[b][words[0]] = id
		}
	}
}

// alsoSurname records that the person id, just added, is known by the word
// key w alone as well as by their surname: "Dhari" of "Harith al-Dhari".
func (r *recents) alsoSurname(id, w string, byline bool) {
	b := bylineIndex(byline)
	r.bySurname[b][w] = recentAt{r.n, id}
	if !slices.Contains(r.bearers[b][w], id) {
		r.bearers[b][w] = append(r.bearers[b][w], id)
	}
}

// has reports whether the document named id before.
func (r *recents) has(id string) bool { return r.ids[id] }

// match returns the id of the latest mention, among those whose byline
// flag is byline, whose surname is word, or whose first word is word when
// first is set; "" when none. A surname several people were named in full
// with stands for the one the document has named most ("Ford" after
// "President Gerald Ford", named throughout, and "his wife Betty Ford",
// named once: news names the secondary bearer in full), the latest of
// equals. A common first name (first unset) still stands for the one
// person the document named in full with it, when no surname fits
// ("Saddam" after "Saddam Hussein").
func (r *recents) match(word string, first, byline bool) string {
	b := bylineIndex(byline)
	best := r.bySurname[b][word]
	if ids := r.bearers[b][word]; len(ids) > 1 {
		for _, id := range ids {
			if n := r.mentions[id]; n > r.mentions[best.id] {
				best = recentAt{best.n, id}
			}
		}
	}
	if first {
		if f := r.byFirst[b][word]; f.n > best.n {
			best = f
		}
	} else if best.id == "" {
		return r.firstOwner[b][word]
	}
	return best.id
}

func bylineIndex(byline bool) int {
	if byline {
		return 1
	}
	return 0
}

// formKeyLen is how many letters at the end of a name's joined word keys
// index it (formKey): "Bani Sadre" and "Abolhassan Bani-Sadre" end alike
// although their last words differ.
const formKeyLen = 3

// formKey returns the index key of a name whose word keys are words: the
// last formKeyLen letters of the words joined.
func formKey(words []string) string {
	j := strings.Join(words, "")
	return j[max(0, len(j)-formKeyLen):]
}

// fuller returns the one person the document named before with a fuller
// name that the name of two or more words (word keys) is a short form of
// (shortForm: "Deve Gowda" after "H.D. Deve Gowda", "Gloria Arroyo" after
// "Gloria Macapagal Arroyo") or another spelling of (respelled: "Aung Sang
// Suu Kyi" after "Aung San Suu Kyi"), or "" when none or several are.
func (r *recents) fuller(words []string) string {
	if len(words) < 2 {
		return ""
	}
	forms := r.forms[formKey(words)]
	if id := r.oneFit(forms, func(f recentForm) bool { return shortForm(words, f.words) }); id != "" {
		return id
	}
	// another spelling only when no fuller name fits
	return r.oneFit(forms, func(f recentForm) bool { return respelled(words, f.words) })
}

// oneFit returns the one person whose forms include one that fits, "" when
// none or several do.
func (r *recents) oneFit(forms []recentForm, fits func(recentForm) bool) string {
	id := ""
	for _, f := range forms {
		if !fits(f) {
			continue
		}
		if id != "" && id != f.id {
			return "" // two people it may stand for
		}
		id = f.id
	}
	return id
}

// shorter returns the one person the document named before with a short
// form of the name of two or more words (word keys): "Bani Sadre" before
// "Abolhassan Bani-Sadre"; "" when none or several are.
func (r *recents) shorter(words []string) string {
	return r.oneFit(r.forms[formKey(words)], func(f recentForm) bool { return shortForm(f.words, words) })
}

// shortForm reports whether the name of word keys short is a short form of
// the longer name long: its last words ("Abu Rudeina" of "Nabil Abu
// Rudeina", "Bani Sadre" of "Abolhassan Bani-Sadre"), or its first and last
// words with some between left out ("Gloria Arroyo" of "Gloria Macapagal
// Arroyo").
func shortForm(short, long []string) bool {
	js, jl := strings.Join(short, ""), strings.Join(long, "")
	if len(js) >= len(jl) {
		return false
	}
	if strings.HasSuffix(jl, js) {
		// the tail must start where a word of long starts
		at, n := len(jl)-len(js), 0
		for _, w := range long {
			if n == at {
				return true
			}
			n += len(w)
		}
	}
	if short[0] != long[0] || short[len(short)-1] != long[len(long)-1] {
		return false
	}
	i := 0
	for _, w := range long {
		if i < len(short) && w == short[i] {
			i++
		}
	}
	return i == len(short)
}

// respelledMin is the length of the longer spelling of the one word two
// spellings of a name differ in, below which they are two names: "Dan
// Ross" and "Don Ross" may be brothers, "Abu Gheit" and "Abul Gheit" are
// one man.
const respelledMin = 4

// respelled reports whether the names of word keys a and b, of two or more
// words each, are one name spelled two ways: the same last word and one
// other word differing by one letter added, dropped or changed, the longer
// of the two at least respelledMin letters.
func respelled(a, b []string) bool {
	if len(a) != len(b) || len(a) < 2 || a[len(a)-1] != b[len(b)-1] {
		return false
	}
	diff := -1
	for i := range a {
		if a[i] != b[i] {
			if diff >= 0 {
				return false
			}
			diff = i
		}
	}
	return diff >= 0 && max(len(a[diff]), len(b[diff])) >= respelledMin && oneEdit(a[diff], b[diff])
}

// oneEdit reports whether s and t are one letter added,
// dropped or changed apart.
func oneEdit(s, t string) bool {
	if len(s) > len(t) {
		s, t = t, s
	}
	if len(t)-len(s) > 1 {
		return false
	}
	i := 0
	for i < len(s) && s[i] == t[i] {
		i++
	}
	if len(s) == len(t) {
		return i < len(s) && s[i+1:] == t[i+1:] // equal strings are no edit apart
	}
	return s[i:] == t[i+1:]
}
