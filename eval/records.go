package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/chronograph-news/chronograph/diag"
)

// maxLine is the longest gold record read.
const maxLine = 1 << 20

// readRecords reads the JSON Lines file called name, one record a line
// (blank lines skipped), as ReadGold and ReadItems do: each line is
// decoded strictly (decodeRecord), checked by check and given its place
// by at; a line that fails is reported as a diag error at its line and
// left out, and the others are returned.
func readRecords[T any](r io.Reader, name string, check func(*T) error, at func(*T, string, int)) ([]T, error) {
	var (
		out  []T
		errs diag.List
	)
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), maxLine)
	line := 0
	for sc.Scan() {
		line++
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 {
			continue
		}
		var rec T
		err := decodeRecord(b, &rec)
		if err == nil {
			err = check(&rec)
		}
		if err != nil {
			errs.Add(name, line, err.Error())
			continue
		}
		at(&rec, name, line)
		out = append(out, rec)
	}
	if err := sc.Err(); err != nil {
		errs.Add(name, line+1, err.Error())
	}
	return out, errs.Err()
}

// decodeRecord decodes one JSON object into v: unknown fields and text
// after the object are errors, so that a misspelt field is not silently
// ignored.
func decodeRecord(b []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return fmt.Errorf("bad record: %v", err)
	}
	if dec.More() {
		return fmt.Errorf("bad record: text after the JSON object")
	}
	return nil
}

// mainName returns the name of the first agent of ps, or "".
func mainName(ps []GoldParticipant) string {
	for _, p := range ps {
		if p.Role == RoleAgent {
			return p.Name
		}
	}
	return ""
}

// checkParticipants applies the format's rules to the participants of
// the record id: each named, each in one of the four roles.
func checkParticipants(id string, ps []GoldParticipant) error {
	for _, p := range ps {
		if strings.TrimSpace(p.Name) == "" {
			return fmt.Errorf("%s: participant with no name", id)
		}
		switch p.Role {
		case RoleAgent, RoleTarget, RoleCounterpart, RoleRecipient:
		default:
			return fmt.Errorf("%s: participant %q: role %q is not agent, target, counterpart or recipient", id, p.Name, p.Role)
		}
	}
	return nil
}
