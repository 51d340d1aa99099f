package actor

import "slices"

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
}

// recentAt is one mention of a person: its number in the document and id.
type recentAt struct {
	n  int
	id string
}

func newRecents() *recents {
	r := &recents{ids: map[string]bool{}, mentions: map[string]int{}}
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
