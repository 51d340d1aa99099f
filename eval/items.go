package eval

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/chronograph-news/chronograph/diag"
)

// Kinds of one-sentence news items (see gold/README.md, "Gold news items").
const (
	// KindLead is the lead sentence of an article, read from the article
	// and dated with its DCT.
	KindLead = "lead"
	// KindDigest is an item written in the present tense in the style of
	// a current-events digest, dated with the day of its event.
	KindDigest = "digest"
)

// Item is one gold one-sentence dated news item: the sentence, the date
// the document is given, and the main event it reports.
type Item struct {
	ID    string `json:"id"`
	Kind  string `json:"kind"`
	Split string `json:"split"`
	// Doc is the TE3-Silver article the item comes from: for a lead item
	// the article its Evidence is read from, for a digest item the story
	// it retells.
	Doc string `json:"doc"`
	// Date is the item's date, YYYY-MM-DD: the article's DCT for a lead
	// item, the event's day for a digest item.
	Date string `json:"date"`
	// Evidence is a lead item's sentence, copied exactly from the
	// article's text; Text is a digest item's sentence.
	Evidence     string            `json:"evidence,omitempty"`
	Text         string            `json:"text,omitempty"`
	Type         string            `json:"type"`
	CAMEO        string            `json:"cameo"`
	Participants []GoldParticipant `json:"participants"`
	// Day is the day of the main event, YYYY-MM-DD.
	Day  string `json:"day"`
	Note string `json:"note,omitempty"`

	// File and Line say where the record was read, for messages.
	File string `json:"-"`
	Line int    `json:"-"`

	day time.Time
}

// Where returns "file:line" of the record.
func (it *Item) Where() string { return fmt.Sprintf("%s:%d", it.File, it.Line) }

// MainName returns the name of the first agent, the item's first actor.
func (it *Item) MainName() string { return mainName(it.Participants) }

// ReadItems reads the gold items of one JSON Lines file called name, as
// ReadGold reads gold events: blank lines are skipped, and a record that
// cannot be read or breaks a rule of the format is reported as a diag
// error at its line and left out.
func ReadItems(r io.Reader, name string) ([]Item, error) {
	return readRecords(r, name, (*Item).check, func(it *Item, file string, line int) { it.File, it.Line = file, line })
}

// check applies the rules of the format to one record.
func (it *Item) check() error {
	switch {
	case it.Kind != KindLead && it.Kind != KindDigest:
		return fmt.Errorf("%s: kind %q is not %q or %q", it.ID, it.Kind, KindLead, KindDigest)
	case !validID(it.ID, it.Kind):
		return fmt.Errorf("id %q is not %s#N (N = 1, 2, ...)", it.ID, it.Kind)
	case it.Split != Dev && it.Split != Heldout:
		return fmt.Errorf("%s: split %q is not %q or %q", it.ID, it.Split, Dev, Heldout)
	case it.Doc == "":
		return fmt.Errorf("%s: no doc", it.ID)
	case !snakeCase(it.Type):
		return fmt.Errorf("%s: type %q is not a snake_case name", it.ID, it.Type)
	case !validCAMEO(it.CAMEO):
		return fmt.Errorf("%s: cameo %q is not a CAMEO code (01..20, then up to two digits)", it.ID, it.CAMEO)
	case it.Kind == KindLead && (strings.TrimSpace(it.Evidence) == "" || it.Text != ""):
		return fmt.Errorf("%s: a lead item gives its sentence as evidence, and no text", it.ID)
	case it.Kind == KindDigest && (strings.TrimSpace(it.Text) == "" || it.Evidence != ""):
		return fmt.Errorf("%s: a digest item gives its sentence as text, and no evidence", it.ID)
	}
	date, err := time.Parse(time.DateOnly, it.Date)
	if err != nil {
		return fmt.Errorf("%s: date %q is not YYYY-MM-DD", it.ID, it.Date)
	}
	if it.day, err = time.Parse(time.DateOnly, it.Day); err != nil {
		return fmt.Errorf("%s: day %q is not YYYY-MM-DD", it.ID, it.Day)
	}
	if it.Kind == KindDigest && !it.day.Equal(date) {
		return fmt.Errorf("%s: a digest item is dated with its event's day: date %s, day %s", it.ID, it.Date, it.Day)
	}
	if err := checkParticipants(it.ID, it.Participants); err != nil {
		return err
	}
	if it.MainName() == "" {
		return fmt.Errorf("%s: no agent: an item's first actor is its first agent", it.ID)
	}
	return nil
}

// CheckItems reports the errors that only show across records: an id
// used twice.
func CheckItems(items []Item) error {
	var errs diag.List
	ids := map[string]*Item{}
	for i := range items {
		it := &items[i]
		if first, dup := ids[it.ID]; dup {
			errs.Add(it.File, it.Line, fmt.Sprintf("id %s used again (first at %s)", it.ID, first.Where()))
		} else {
			ids[it.ID] = it
		}
	}
	return errs.Err()
}
