package event

// Confidence factors of a mention (Mention.Confidence starts at its
// trigger's confidence in the lexicon; cameoConfidence for a dictionary
// verb). Each factor multiplies it, or caps it, where its rule applies.
const (
	// bareNounConfidence: a trigger noun with no participant ("the
	// treaty", "summits") often refers back to an event told elsewhere.
	bareNounConfidence = 0.6
	// undatedConfidence: a mention dated by the publication date of a
	// document that has none: no date at all.
	undatedConfidence = 0.5
	// inferredDCTConfidence: a mention dated by its document's inferred
	// publication date, directly or relative to it.
	inferredDCTConfidence = 0.7
	// backgroundConfidence caps a background mention (a reference to an
	// event told elsewhere, history recalled, a charge).
	backgroundConfidence = 0.4
	// distantDateConfidence: a mention dated by a time expression of its
	// sentence that the tree does not attach to its own clause.
	distantDateConfidence = 0.9
	// narrativeConfidence: a mention dated by the previous sentence's date
	// (narrative.go).
	narrativeConfidence = 0.8
)
