package eval

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/chronograph-news/chronograph/diag"
	"github.com/chronograph-news/chronograph/timex"
)

// Splits of the gold set: whole articles go to one split.
const (
	Dev     = "dev"
	Heldout = "heldout"
)

// Gold roles of participants.
const (
	RoleAgent       = "agent"
	RoleTarget      = "target"
	RoleCounterpart = "counterpart"
	RoleRecipient   = "recipient"
)

// Gold is one annotated event.
type Gold struct {
	Doc          string            `json:"doc"`
	ID           string            `json:"id"`
	Split        string            `json:"split"`
	Type         string            `json:"type"`
	CAMEO        string            `json:"cameo"`
	Participants []GoldParticipant `json:"participants"`
	Location     string            `json:"location,omitempty"`
	Date         GoldDate          `json:"date"`
	Evidence     string            `json:"evidence"`
	Modality     string            `json:"modality,omitempty"`
	Note         string            `json:"note,omitempty"`

	// File and Line say where the record was read, for messages.
	File string `json:"-"`
	Line int    `json:"-"`
}

// GoldParticipant is an actor's part in a gold event.
type GoldParticipant struct {
	Name string `json:"name"`
	Role string `json:"role"`
}

// GoldDate is the date the text supports for a gold event: a TIMEX3-like
// Value with its Granularity, or Before, the publication bound of an event
// told with no time expression.
type GoldDate struct {
	Value       string `json:"value,omitempty"`
	Granularity string `json:"granularity,omitempty"`
	Before      string `json:"before,omitempty"`
	Approximate bool   `json:"approximate,omitempty"`

	// start and end are the interval of Value (days, inclusive), or for
	// Before the bound in both.
	start, end time.Time
}

// Where returns "file:line" of the record.
func (g *Gold) Where() string { return fmt.Sprintf("%s:%d", g.File, g.Line) }

// MainName returns the name of the first agent, or "".
func (g *Gold) MainName() string { return mainName(g.Participants) }

// ReadGold reads the gold events of one JSON Lines file called name. Blank
// lines are skipped. A record that cannot be read or breaks a rule of the
// format is reported as a diag error at its line and left out; the others
// are returned.
func ReadGold(r io.Reader, name string) ([]Gold, error) {
	return readRecords(r, name, (*Gold).check, func(g *Gold, file string, line int) { g.File, g.Line = file, line })
}

// check applies the rules of the format to one record.
func (g *Gold) check() error {
	switch {
	case g.Doc == "":
		return fmt.Errorf("no doc")
	case !validID(g.ID, g.Doc):
		return fmt.Errorf("id %q is not %s#N (N = 1, 2, ...)", g.ID, g.Doc)
	case g.Split != Dev && g.Split != Heldout:
		return fmt.Errorf("%s: split %q is not %q or %q", g.ID, g.Split, Dev, Heldout)
	case !snakeCase(g.Type):
		return fmt.Errorf("%s: type %q is not a snake_case name", g.ID, g.Type)
	case !validCAMEO(g.CAMEO):
		return fmt.Errorf("%s: cameo %q is not a CAMEO code (01..20, then up to two digits)", g.ID, g.CAMEO)
	case strings.TrimSpace(g.Evidence) == "":
		return fmt.Errorf("%s: no evidence", g.ID)
	case g.Modality != "" && g.Modality != "asserted":
		return fmt.Errorf("%s: modality %q: only asserted events are gold events", g.ID, g.Modality)
	}
	if err := checkParticipants(g.ID, g.Participants); err != nil {
		return err
	}
	if err := g.Date.parse(); err != nil {
		return fmt.Errorf("%s: date: %v", g.ID, err)
	}
	return nil
}

// parse checks d and sets its interval.
func (d *GoldDate) parse() error {
	switch {
	case d.Before != "" && (d.Value != "" || d.Granularity != ""):
		return fmt.Errorf("give either before or value and granularity, not both")
	case d.Before != "":
		t, err := time.Parse(time.DateOnly, d.Before)
		if err != nil {
			return fmt.Errorf("before %q is not YYYY-MM-DD", d.Before)
		}
		d.start, d.end = t, t
		return nil
	case d.Value == "":
		return fmt.Errorf("no value and no before")
	}
	g, iv, ok := timex.ParseValue(d.Value)
	if !ok {
		return fmt.Errorf("value %q is not a calendar date", d.Value)
	}
	if string(g) != d.Granularity {
		return fmt.Errorf("value %q has granularity %q, not %q", d.Value, g, d.Granularity)
	}
	d.start, d.end = dayOf(iv.Start), dayOf(iv.End)
	return nil
}

func dayOf(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// validID reports whether id is doc#N with N a positive integer written
// without leading zeros.
func validID(id, doc string) bool {
	n, ok := strings.CutPrefix(id, doc+"#")
	if !ok || n == "" || n[0] == '0' {
		return false
	}
	v, err := strconv.Atoi(n)
	return err == nil && v > 0
}

// snakeCase reports whether s is lower-case letters and digits joined by
// single underscores, starting with a letter.
func snakeCase(s string) bool {
	if s == "" || s[0] < 'a' || s[0] > 'z' || s[len(s)-1] == '_' || strings.Contains(s, "__") {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_') {
			return false
		}
	}
	return true
}

// validCAMEO reports whether c is "" or a CAMEO event code: a root 01..20
// followed by up to two digits.
func validCAMEO(c string) bool {
	if c == "" {
		return true
	}
	if len(c) < 2 || len(c) > 4 {
		return false
	}
	for i := 0; i < len(c); i++ {
		if c[i] < '0' || c[i] > '9' {
			return false
		}
	}
	root, _ := strconv.Atoi(c[:2])
	return root >= 1 && root <= 20
}

// CheckSet reports the errors that only show across records (of one or
// more files): an id used twice, and an article put in both splits.
func CheckSet(gold []Gold) error {
	var errs diag.List
	ids := map[string]*Gold{}
	split := map[string]*Gold{}
	for i := range gold {
		g := &gold[i]
		if first, dup := ids[g.ID]; dup {
			errs.Add(g.File, g.Line, fmt.Sprintf("id %s used again (first at %s)", g.ID, first.Where()))
		} else {
			ids[g.ID] = g
		}
		if first, seen := split[g.Doc]; seen && first.Split != g.Split {
			errs.Add(g.File, g.Line, fmt.Sprintf("%s: article %s is %s here but %s at %s; whole articles go to one split",
				g.ID, g.Doc, g.Split, first.Split, first.Where()))
		} else if !seen {
			split[g.Doc] = g
		}
	}
	return errs.Err()
}

// String renders the date as the gold file gives it: "1997-03-31 (day)",
// "before 1997-04-01", with "~" for an approximate date.
func (d GoldDate) String() string {
	s := d.Value + " (" + d.Granularity + ")"
	if d.Before != "" {
		s = "before " + d.Before
	}
	if d.Approximate {
		s = "~" + s
	}
	return s
}
