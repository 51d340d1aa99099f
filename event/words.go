package event

// set makes a set of words.
func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// The word lists of the light chunker, read-only; their words and what
// each is for are in data/words.yaml.
var (
	determiners   = wordList("determiners")
	articles      = wordList("articles")
	prepositions  = wordList("prepositions")
	titles        = wordList("titles")
	groupNouns    = wordList("group_nouns")
	partyNouns    = wordList("party_nouns")
	quantityNouns = wordList("quantity_nouns")
	// roundNouns count the events of their "of" phrase (treeLightVerb).
	roundNouns  = wordList("round_nouns")
	clauseStops = wordList("clause_stops")
	objectStops = wordList("object_stops")
	// nominalParticiples name, after a determiner, the people the verb
	// was done to (triggers.go, nominalParticiple).
	nominalParticiples = wordList("nominal_participles")
	relativizers       = wordList("relativizers")
	pronouns           = wordList("pronouns")
	beForms            = wordList("be_forms")
	adverbs            = wordList("adverbs")
	negations          = wordList("negations")
	negatingVerbs      = wordList("negating_verbs")
	hypotheticalCues   = wordList("hypothetical_cues")
	plannedCues        = wordList("planned_cues")
	agentNouns         = wordList("agent_nouns")
	reportedCues       = wordList("reported_cues")
	subordinators      = wordList("subordinators")
)
