// Package timelinejs writes the timeline as TimelineJS 3 JSON
// (https://timeline.knightlab.com/docs/json-format.html): one slide per
// dated event, grouped by event type, whose text quotes its sources.
// Dates carry only the parts the event's granularity supports: a year, a
// year and month, or a full day; seasons and other spans get a start and
// end month or day and a display_date ("Fall 2024", "Q3 2024").
package timelinejs

// Document is a TimelineJS 3 data object.
type Document struct {
	Title  *Slide  `json:"title,omitempty"`
	Events []Slide `json:"events"`
}

// Slide is a TimelineJS slide (an event, or the title slide).
type Slide struct {
	StartDate   *Date  `json:"start_date,omitempty"`
	EndDate     *Date  `json:"end_date,omitempty"`
	DisplayDate string `json:"display_date,omitempty"`
	Group       string `json:"group,omitempty"`
	Text        Text   `json:"text"`
	UniqueID    string `json:"unique_id,omitempty"`
}

// Date is a TimelineJS date: only Year is required; finer parts are set
// only as far as the event's granularity goes.
type Date struct {
	Year        int    `json:"year"`
	Month       int    `json:"month,omitempty"`
	Day         int    `json:"day,omitempty"`
	DisplayDate string `json:"display_date,omitempty"`
}

// Text is a slide's headline and body, both HTML.
type Text struct {
	Headline string `json:"headline"`
	Text     string `json:"text"`
}
