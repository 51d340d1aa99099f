package petrarch

import (
	"strings"
	"unicode"
)

// fragments.go: aliases that name another actor. The dictionaries list
// under one actor names that belong to others: "Islamic Jihad" under
// Hezbollah, where "Palestinian Islamic Jihad", "Egyptian Islamic Jihad"
// and "Islamic Jihad Union" are actors of their own. Read in text such an
// alias gives the wrong actor, so the converter drops it (foreignAlias).

// minFragmentWords is the fewest words of an alias foreignAlias may drop,
// single letters not counted: one-word aliases and initials are acronyms
// and spellings ("UN", "U.N.", "Hizbollah") that other names share by
// chance.
const minFragmentWords = 2

// nameWords returns the words of a name in lower case: its runs of
// letters and digits.
func nameWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// dropForeignAliases removes from each actor but the countries the aliases
// foreignAlias finds, and returns how many it removed. Countries take no
// part: their aliases are cities and regions, which the recognizer never
// reads as the country.
func dropForeignAliases(actors []Actor) int {
	// owners maps each run of at least minFragmentWords words of a
	// primary name, and each alias, to the actors that have it.
	owners := map[string]map[int]bool{}
	own := func(key string, i int) {
		if owners[key] == nil {
			owners[key] = map[int]bool{}
		}
		owners[key][i] = true
	}
	for i, a := range actors {
		if a.Kind == "country" {
			continue // its aliases are its cities and regions, no actors
		}
		w := nameWords(a.Name)
		for st := 0; st < len(w); st++ {
			for en := st + minFragmentWords; en <= len(w); en++ {
				own(strings.Join(w[st:en], " "), i)
			}
		}
		for _, al := range a.Aliases {
			own(strings.Join(nameWords(al), " "), i)
		}
	}
	dropped := 0
	for i := range actors {
		a := &actors[i]
		if a.Kind == "country" {
			continue
		}
		kept := a.Aliases[:0]
		for _, al := range a.Aliases {
			if foreignAlias(a, al, i, owners) {
				dropped++
				continue
			}
			kept = append(kept, al)
		}
		a.Aliases = kept
	}
	return dropped
}

// foreignAlias reports whether the alias al of actor a (index i) names
// another actor: it has at least minFragmentWords words of two letters or
// more, shares no word
// with a's own name, and is the name or an alias of another actor or a
// run of words of another's name ("Islamic Jihad" under Hezbollah, in
// "Palestinian Islamic Jihad"). An alias that shares a word with its
// actor's name is a short form of it ("Al Qaeda" for "Al Qaeda Network")
// and stays.
func foreignAlias(a *Actor, al string, i int, owners map[string]map[int]bool) bool {
	w := nameWords(al)
	long := 0
	for _, x := range w {
		if len([]rune(x)) > 1 {
			long++
		}
	}
	if long < minFragmentWords {
		return false
	}
	name := map[string]bool{}
	for _, x := range nameWords(a.Name) {
		name[x] = true
	}
	for _, x := range w {
		if name[x] {
			return false
		}
	}
	for j := range owners[strings.Join(w, " ")] {
		if j != i {
			return true
		}
	}
	return false
}
