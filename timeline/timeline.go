// Package timeline holds chronograph's output model: the documents read,
// the actors resolved and the merged, sourced, dated events, in the shape
// written to timeline.json. Every exporter is fed from this one model.
package timeline

// Timeline is the whole result of a build.
type Timeline struct {
	Documents []Document `json:"documents"`
	Actors    []Actor    `json:"actors"`
	Events    []Event    `json:"events"` // sorted by Date.SortKey, then ID
}

// Document describes one input article.
type Document struct {
	ID        string `json:"id"`
	Path      string `json:"path"`
	Title     string `json:"title,omitempty"`
	URL       string `json:"url,omitempty"`
	Source    string `json:"source,omitempty"`
	DCT       string `json:"dct,omitempty"` // YYYY-MM-DD
	DCTOrigin string `json:"dct_origin"`    // header, front-matter, jsonl, timeml, flag, inferred, none
	// DCTReason says, for an inferred DCT, which evidence decided it, and
	// for an undated document, when inference found evidence that was
	// not enough, why there is no DCT.
	DCTReason string `json:"dct_reason,omitempty"`
	// DCTRange is, for an inferred DCT the evidence places in an interval
	// but on no day (DCT empty, DCTOrigin "inferred"), that interval:
	// "YYYY-MM" for a calendar month, else "YYYY-MM-DD/YYYY-MM-DD".
	DCTRange string `json:"dct_range,omitempty"`
}

// Actor is a resolved person, country, organization or place.
type Actor struct {
	ID          string   `json:"id"`
	Name        string   `json:"name"`
	Kind        string   `json:"kind"` // person, country, organization, place
	Aliases     []string `json:"aliases"`
	Roles       []string `json:"roles,omitempty"`
	Affiliation string   `json:"affiliation"` // actor id, or "" when none
}

// Date is an event's normalized date. A publication-bound date (basis
// BasisPublicationBound) is an interval open at its start: Start is "",
// End the publication date (or the earlier day of the dated report that
// tells the event as done: "have arrested 60 men, a newspaper reported on
// Wednesday"), Value that date, Granularity "day" (the bound's) and Mod
// ModOnOrBefore — the event happened on or before that day, how long
// before is unknown.
type Date struct {
	Value       string `json:"value"`       // TIMEX3 value: 2024-06, 2024-FA, 2025-03-21
	Start       string `json:"start"`       // YYYY-MM-DD, first day of the interval; "" when open (publication-bound)
	End         string `json:"end"`         // YYYY-MM-DD, last day of the interval
	Granularity string `json:"granularity"` // year, season, month, week, day..., or "range" for a multi-day event (start–end)
	Basis       string `json:"basis"`       // explicit, relative, publication, publication-bound
	Mod         string `json:"mod,omitempty"`
}

// Participant is an actor's part in an event.
type Participant struct {
	Actor string `json:"actor"` // actor id
	Role  string `json:"role"`  // agent, counterpart, target, recipient, location
}

// Quantity is an amount stated for an event.
type Quantity struct {
	Min    float64 `json:"min"`
	Max    float64 `json:"max"`
	Unit   string  `json:"unit"`
	Approx bool    `json:"approximate"`
	Text   string  `json:"text"`
}

// Source is one quote behind an event.
type Source struct {
	Doc      string `json:"doc"`
	Sentence int    `json:"sentence"`
	Start    int    `json:"start"` // byte offsets of the quote in the document text
	End      int    `json:"end"`
	Quote    string `json:"quote"`
	Trigger  string `json:"trigger"`
	// Reporter is the actor id a reported claim is attributed to.
	Reporter string `json:"reporter,omitempty"`
}

// Event is one real-world happening, merged from every mention of it.
type Event struct {
	ID    string `json:"id"`
	Type  string `json:"type"`
	CAMEO string `json:"cameo"`
	// CAMEOCodes lists every CAMEO code the merged mentions carry when they
	// carry more than one (variants of one act, or an attack and the
	// killing it caused, merged into one event; see package merge):
	// CAMEO first, then the others in order. Nil when CAMEO is the only
	// one.
	CAMEOCodes   []string      `json:"cameo_codes,omitempty"`
	Title        string        `json:"title"`
	Date         Date          `json:"date"`
	Participants []Participant `json:"participants"`
	Location     string        `json:"location"` // actor id of a place, or ""
	Factuality   string        `json:"factuality"`
	Quantities   []Quantity    `json:"quantities"`
	Sources      []Source      `json:"sources"`
	Conflicts    []string      `json:"conflicts,omitempty"` // disagreements seen while merging
	Confidence   float64       `json:"confidence"`
}
