package event

// Read-only word lists of the light chunker. All entries are lower case.

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

var (
	determiners = set("the", "a", "an", "this", "that", "these", "those", "his", "her",
		"its", "their", "our", "my", "your", "any", "some", "no", "every", "each",
		"another", "'s", "’s", "first", "second", "third", "last", "latest", "new",
		"recent", "rare", "historic", "official", "formal", "two", "three", "several")

	// articles may open a noun phrase before a name ("the Kremlin").
	articles = set("the", "a", "an", "his", "her", "its", "their", "our")

	prepositions = set("in", "to", "with", "by", "of", "from", "for", "at", "on",
		"against", "between", "into", "toward", "towards", "about", "over", "near",
		"across", "during", "under", "through", "inside", "within", "among", "amid",
		"without", "via", "outside", "along", "onto", "upon")

	// titles are common nouns that precede or follow a name inside one
	// noun phrase ("North Korean leader Kim"): they do not govern it.
	titles = set("leader", "leaders", "president", "minister", "ministers", "chairman",
		"chief", "head", "spokesperson", "spokesman", "spokeswoman", "official",
		"officials", "counterpart", "commander", "general", "secretary",
		"ambassador", "envoy", "premier", "prime", "foreign", "defense", "defence",
		"state", "supreme", "deputy", "top", "senior", "military", "media", "agency",
		"news", "ruling", "party", "vice", "first", "lady", "king", "queen",
		"prince", "dictator", "strongman", "autocrat", "army", "navy", "forces",
		"troops", "soldiers", "government", "regime", "authorities", "ministry",
		"mr.", "mrs.", "ms.", "dr.", "gen.", "sen.", "rep.", "lt.", "col.", "capt.",
		"russian", "american", "chinese", "korean", "ukrainian", "national", "security",
		"council", "adviser", "advisor", "aide", "delegation", "kremlin",
		"and", "&")

	// groupNouns follow a name ("North Korean troops") but do not precede
	// one as a title does.
	groupNouns = set("army", "navy", "forces", "troops", "soldiers", "government",
		"regime", "authorities", "ministry", "officials", "media", "delegation")

	// partyNouns are groups that act for the place they come from
	// ("delegations from China and Vietnam started talks").
	partyNouns = set("delegation", "delegate", "official", "representative", "envoy",
		"diplomat", "negotiator", "minister", "leader", "troop", "soldier", "force",
		"team", "expert", "mediator", "lawmaker", "legislator", "emissary", "military",
		"unit", "commander", "officer", "police", "authority")

	// quantityNouns count the people of the "of" phrase they head, who are
	// the actors ("hundreds of Palestinians clashed").
	quantityNouns = set("hundreds", "thousands", "dozens", "scores", "millions", "tens",
		"group", "groups", "crowd", "crowds", "number", "handful")

	// clauseStops end the left-ward search for a subject.
	clauseStops = set(";", ":", "(", ")", "\"", "“", "”", "but", "although", "though",
		"whereas", "because", "since", "unless", "until", "before", "after", "while",
		"when", "if", "once")

	// objectStops end the right-ward search for objects and prepositional
	// phrases of a trigger.
	objectStops = set(",", ";", ":", "(", ")", "\"", "“", "”", "that", "which", "who",
		"whom", "whose", "where", "but", "although", "though", "because", "since",
		"unless", "until", "before", "after", "while", "when", "if", "as", "and",
		"or", "said", "says", "say", "told", "reported", "according")

	relativizers = set("who", "which", "whose", "whom", "where")

	pronouns = set("he", "she", "they", "it", "we", "i", "you")

	beForms = set("is", "are", "was", "were", "be", "been", "being", "'s", "’s")

	// modifiers may sit between a light verb and its noun object, or
	// between an auxiliary and the verb.
	adverbs = set("also", "not", "n't", "never", "reportedly", "allegedly", "already",
		"recently", "then", "later", "still", "just", "officially", "formally",
		"previously", "again", "jointly", "secretly", "publicly", "finally",
		"apparently", "now", "even", "first", "last", "once")

	negations = set("not", "n't", "never", "no", "neither", "nor", "without", "cannot",
		"nothing", "none")

	// negatingVerbs negate only an event they govern closely ("denied
	// visiting", "refused to sign", "failed to reach a deal").
	negatingVerbs = set("denied", "deny", "denies", "refused", "refuses", "cancelled",
		"canceled", "failed", "fails", "failing", "called off", "ruled out", "postpone", "postponed",
		"postpones", "postponing", "cancel", "cancels", "cancelling", "canceling",
		"scrapped", "scrap")

	hypotheticalCues = set("could", "may", "might", "if", "whether", "possible",
		"possibly", "potential", "potentially", "perhaps", "should", "considering",
		"consider", "considered", "likely", "unlikely", "speculation", "speculated",
		"rumored", "rumoured", "suspected", "feared", "fears", "risk", "threat",
		"hypothetical", "suggested", "suggests", "can", "unless", "would-be",
		"possibility", "possibilities", "prospect", "prospects", "chance", "chances",
		"likelihood")

	plannedCues = set("will", "'ll", "’ll", "shall", "would", "plan", "plans", "planned",
		"planning", "expected", "expects", "scheduled", "intend", "intends",
		"intended", "aim", "aims", "upcoming", "future", "forthcoming", "preparing",
		"prepares", "preparations", "preparation", "set", "slated", "going", "promised",
		"promise", "promises", "vowed", "pledged", "proposed", "agreed", "invited",
		"invitation", "hopes", "hope", "wants", "seeks", "offered", "ready", "next",
		"due", "soon", "eventual", "aimed", "aiming")

	// agentNouns are groups that act in the news without a name: an
	// agent for a dictionary trigger (frames.go, groupBefore).
	agentNouns = set("police", "rebels", "militants", "protesters", "demonstrators", "insurgents",
		"gunmen", "prosecutors", "investigators", "lawmakers", "court", "judge", "students", "workers")

	reportedCues = set("reportedly", "allegedly", "purportedly", "ostensibly")

	subordinators = set("after", "before", "since", "when", "while", "because", "as",
		"although", "though", "once", "until", "whereas")
)
