package actor

import (
	"strings"

	"github.com/chronograph-news/chronograph/nlp/wordnet"
	"github.com/chronograph-news/chronograph/token"
)

// countedcrowd.go: a crowd the story counts and names by what its people
// are ("some 3,000 drunken youths attacked the guards", "more than 40
// parents sued the school", "hundreds of students stormed the hall"): who
// acts, so an actor, never none. With a noun no agent code of
// data/phoenix.yaml holds, it is the country's group when its sentence
// names one country (agent:ISO:youths, as countedAgent does for coded
// names), else a group of its own (agent:-:youths, as unaffiliated agents
// are). A coded noun keeps its rules (countedAgent, unaffiliated,
// bareAgent), but where they find no country the crowd is a group of its
// own too (agent:-:students: crowdOf, bareAgent's second id, resolve.go), not no actor. An armed
// noun is never a crowd ("600 soldiers": whose forces the story must
// tell; with none told, an armed group of their own, own_armed_agents in
// data/lexicon.yaml), nor a crowd told before or another's ("the two boys", "its 149
// members"; crowd_taken in data/lexicon.yaml).

// countedCrowd recognizes at item p a plural lower-case noun for people
// after a count ("3,000 youths", "hundreds of parents") or after a count
// and one lower-case word that is no noun ("3,000 drunken youths"), with
// nothing naming whose they are before it and its noun phrase ending
// there: a candidate of agent:ISO:NOUN for the one country the sentence
// names (victimCountry), else agent:-:NOUN. "300 members of the party"
// (a noun "of" or "from" a body) are the body's, told by the event rules.
func (r *recognizer) countedCrowd(p int) (int, bool) {
	it := r.its[p]
	i := it.first
	if it.kind != itemOther || it.last != i+1 || r.toks[i].Kind != token.Word {
		return p, false
	}
	w := r.toks[i].Text
	lw := strings.ToLower(w)
	// the count is asked for before WordNet (crowdPerson): most plurals
	// have none, and its test reads a neighbour, not the noun table
	if isCapitalized(w) || !crowdPlural(lw) || !r.crowdCounted(i) || !crowdPerson(lw) || r.g.lex.armedNouns[it.key] || r.stateNoun(it.key) {
		return p, false
	}
	if a, _ := r.agentMatch(i, it.last, false); a != nil {
		return p, false // a coded agent ("24 students"): its own rules
	}
	if !r.phraseEnds(it.last) || it.last < r.last && r.g.lex.crowdOwners[strings.ToLower(r.toks[it.last].Text)] {
		return p, false
	}
	id := UnaffiliatedPrefix + slug(lw)
	c := candidate{kind: candAgent, first: i, last: it.last, ids: []string{id}, sector: peopleSector}
	if country := r.victimCountry(); country != "" {
		c.ids = []string{AgentPrefix + strings.TrimPrefix(country, "country:") + ":" + slug(lw)}
		c.affil = country
	}
	r.emit(c, p+1)
	return p + 1, true
}

// crowdOf returns, for a coded agent's name over tokens [first, last)
// named bare, the slug of its noun when it is one plural lower-case word
// for people counted as countedCrowd counts them ("hundreds of
// students"), else "": such a crowd is a group of its own when nothing
// resolves its country (resolve.go), as a crowd of an uncoded noun is.
func (r *recognizer) crowdOf(first, last int) string {
	if last != first+1 {
		return ""
	}
	lw := strings.ToLower(r.toks[first].Text)
	if !crowdPlural(lw) || !r.crowdCounted(first) || !crowdPerson(lw) || r.g.lex.armedNouns[nameKey(lw)] || r.stateNoun(nameKey(lw)) {
		return ""
	}
	if last < r.last && r.g.lex.crowdOwners[strings.ToLower(r.toks[last].Text)] {
		return ""
	}
	return slug(lw)
}

// crowdCounted reports whether a count comes right before token i, or
// before a modifier right before it ("3,000 drunken youths"), with no word
// before the count, past its approximators ("some", "more than"), that
// makes the crowd one told before or another's (crowd_taken: "the two
// boys", "the party's 40 members", "a turnout of 600,000 visitors").
func (r *recognizer) crowdCounted(i int) bool {
	if !r.countBefore(i) {
		i--
		if i <= r.start || !r.countBefore(i) || !r.crowdModifier(i) { // the count first: the modifier asks WordNet
			return false
		}
	}
	q := i - 1 // the count, or the "of" after it
	if q-1 >= r.start && strings.EqualFold(r.toks[q].Text, "of") {
		q-- // "hundreds of": the count (countBefore)
	}
	for q-1 >= r.start && r.g.lex.crowdApprox[strings.ToLower(r.toks[q-1].Text)] {
		q--
	}
	return q-1 < r.start || !r.g.lex.crowdTaken[strings.ToLower(r.toks[q-1].Text)]
}

// crowdModifier reports whether token t, between a count and a crowd's
// noun, is a lower-case word WordNet knows as no noun ("drunken",
// "angry"): a modifier of the crowd, not a noun naming another thing.
func (r *recognizer) crowdModifier(t int) bool {
	tok := r.toks[t]
	if tok.Kind != token.Word || isCapitalized(tok.Text) || r.g.lex.stopwords[fold(tok.Text)] {
		return false
	}
	return len(wordnet.SensesOfForm(strings.ToLower(tok.Text))) == 0
}

// crowdPlural reports whether the lower-case word is a plural form: an
// "-s" not of "-ss", or "-men".
func crowdPlural(w string) bool {
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "men")
}

// crowdPerson reports whether WordNet knows the lower-case plural w
// first as a person ("youths", "parents"; not "satellites", first a
// device, nor "leaders", first a group).
func crowdPerson(w string) bool {
	senses := wordnet.SensesOfForm(w)
	return len(senses) > 0 && senses[0] == wordnet.Person
}
