package event

import (
	"strings"

	"github.com/chronograph-news/chronograph/token"
)

// compound.go: triggers that only modify another word of a noun phrase
// and tell no happening of their own.

var roleNouns = wordList("role_nouns")

// modifierNoun reports whether the noun trigger ending before token end
// only modifies the noun that follows it ("development aid minister").
func (s *syntax) modifierNoun(end int) bool {
	if end >= s.last {
		return false
	}
	t := s.tok(end)
	if t.Text == "" {
		return false
	}
	// a lowercase trigger before a lowercase noun, or a capitalized one
	// inside a capitalized title ("EU Humanitarian Aid Commissioner")
	upper := t.Text[0] >= 'A' && t.Text[0] <= 'Z'
	if c := s.tok(end - 1).Text; end-1 > s.first && upper != (c != "" && c[0] >= 'A' && c[0] <= 'Z') {
		return false
	}
	return roleNouns[s.word(end)] || upper && roleNouns[s.word(end)+"s"] || s.word(end) == "commissioner"
}

var chargeVerbs = wordList("charge_verbs")

// chargeAgentReach is how many tokens after a charge verb's "of"
// borneCharge looks for a "by" agent.
const chargeAgentReach = 8

// borneCharge reports whether the statement trigger [i, end) is a charge
// verb followed by "of" with no "by" agent in the next chargeAgentReach
// tokens.
func (s *syntax) borneCharge(i, end int) bool {
	if end-i != 1 || !s.d.lemmaIn(s.word(i), chargeVerbs) || s.word(end) != "of" {
		return false
	}
	for j := end; j < s.last && j < end+chargeAgentReach; j++ {
		if s.word(j) == "by" {
			return false
		}
	}
	return true
}

var verbPrefixes = wordList("verb_prefixes")

// hyphenParticiple reports whether the trigger word at i is a participle
// joined by a hyphen to the word before it: a compound adjective
// ("Vatican-appointed bishop", "US-backed forces", "state-sponsored").
func (s *syntax) hyphenParticiple(i int) bool {
	if i-2 < s.first || s.word(i-1) != "-" || verbPrefixes[s.word(i-2)] {
		return false
	}
	if strings.HasSuffix(s.word(i-2), "ly") {
		return false // "newly-elected": an adverb, the event took place
	}
	return isParticiple(s.word(i))
}

var reportedParticiples = wordList("reported_participles")

var rankWords = wordList("rank_words")

// ranked reports whether a rank word opens the noun phrase within the
// seven tokens before k ("the first unit of the Chinese army to be").
func (s *syntax) ranked(k int) bool {
	for j, n := k-1, 0; j >= s.first && n < 7; j, n = j-1, n+1 {
		if clauseStops[s.word(j)] {
			return false
		}
		if rankWords[s.word(j)] {
			return true
		}
	}
	return false
}

// beGovernors may stand right before a bare "be" in a clause that is no
// subjunctive ("will be held", "to be signed", "cannot be ruled out").
var beGovernors = wordList("be_governors")

// subjunctive reports whether the bare "be" at k follows its subject
// directly, as in a mandative clause ("urged that he be released"):
// the event is demanded, not told.
func (s *syntax) subjunctive(k int) bool {
	if k-1 < s.first {
		return false
	}
	w := s.word(k - 1)
	return !beGovernors[w] && !s.isAdverb(k-1) && !strings.HasSuffix(w, "n't")
}

// leadUp reports whether token j closes a phrase that places what follows
// ahead in time: "in the run-up to Sunday's elections", "ahead of the
// summit".
func (s *syntax) leadUp(j int) bool {
	switch s.word(j) {
	case "of":
		return j-1 >= s.first && s.word(j-1) == "ahead"
	case "to":
		return j-3 >= s.first && s.word(j-1) == "up" && s.word(j-2) == "-" && s.word(j-3) == "run"
	}
	return false
}

// condition reports whether token j closes "in the event" or "in case",
// a condition on what follows ("in the event Iran is condemned").
func (s *syntax) condition(j int) bool {
	switch s.word(j) {
	case "event":
		return j-2 >= s.first && s.word(j-1) == "the" && s.word(j-2) == "in"
	case "case":
		return j-1 >= s.first && s.word(j-1) == "in"
	}
	return false
}

// attributive reports whether the adjectival participle t modifies the
// noun that follows it ("the newly elected president", "an arrested
// officer") rather than heading a reduced clause ("those arrested in
// June", "the men detained by police").
func (s *syntax) attributive(t *trigger) bool {
	if t.end >= s.last {
		return false
	}
	n := s.tok(t.end)
	w := s.word(t.end)
	return n.Kind == token.Word && !prepositions[w] && w != "by" && !beForms[w] &&
		!auxiliaries[w] && !determiners[w] && !subordinators[w] && !relativizers[w]
}

// inName reports whether the trigger words [i, end) only belong to a
// name: inside a longer actor mention ("the Visiting Forces Agreement
// Committee" found as an actor), or a capitalized modifier of a
// capitalized word within the sentence ("the Visiting Forces Agreement").
func (s *syntax) inName(i, end int) bool {
	if a := s.d.actorAt[i]; a >= 0 {
		m := s.d.in.Actors[a]
		if m.Start < s.tok(i).Start || m.End > s.tok(end-1).End {
			return true
		}
	}
	if i == s.first || !capitalized(s.tok(i).Text) || s.tree() == nil {
		return false
	}
	n, ok := s.treeNode(i)
	if !ok {
		return false
	}
	switch s.tr.rel(n) {
	case "compound", "amod", "flat", "flat:name":
	default:
		return false
	}
	h, ok := s.tr.head(n)
	return ok && capitalized(s.tr.w(h).Form) && s.tr.w(h).Form != strings.ToUpper(s.tr.w(h).Form)
}

// capitalized reports whether w starts with an upper-case ASCII letter.
func capitalized(w string) bool { return w != "" && w[0] >= 'A' && w[0] <= 'Z' }
