package petrarch

import (
	"fmt"
	"io"
	"strings"

	"github.com/chronograph-news/chronograph/diag"
)

// AgentPhrase is one line of an agent dictionary:
//
//	FOREIGN_MINISTER [~GOVFRM]
//	ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]
//	POLICE {} [~COP]
//	PEACEKEEPING_TROOPS {} [IGO~]
//	CONGRESS!PERSON! [~LEG]
//
// An agent names a kind of actor, not one actor: the sentence it stands in
// gives its country. Its plural is regular unless given in braces ("{}":
// none). A substitution marker (!PERSON!) defined by a line
// "!PERSON! = MAN, MEN, WOMAN" stands for each word of its list, with no
// further plural.
type AgentPhrase struct {
	Text    string   // "FOREIGN_MINISTER"
	Plurals []string // "FOREIGN_MINISTERS"
	Code    string   // the code without '~': "GOVFRM"
	// Prefix reports a code written "NGO~": it goes before the actor's
	// code (an organization of that kind), not after it.
	Prefix bool
	Line   int
}

// ParseAgents reads an agent dictionary named name (used in errors). It
// returns every good phrase, expanded, and a [diag.List] of the lines it
// skipped or nil.
func ParseAgents(name string, r io.Reader) ([]AgentPhrase, error) {
	var (
		out  []AgentPhrase
		errs diag.List
	)
	markers := map[string][]string{}
	err := eachLine(r, func(n int, line string) bool {
		body, _ := cutComment(line)
		body = strings.TrimSpace(body)
		if body == "" {
			return true
		}
		if strings.HasPrefix(body, "!") && strings.Contains(body, "=") {
			m, list, _ := strings.Cut(body, "=")
			m = strings.TrimSpace(m)
			if len(m) < 3 || !strings.HasSuffix(m, "!") || strings.Count(m, "!") != 2 {
				errs.Add(name, n, fmt.Sprintf("bad substitution marker %q", m))
				return true
			}
			var words []string
			for _, w := range strings.Split(list, ",") {
				if w = strings.TrimSpace(w); w != "" {
					words = append(words, w)
				}
			}
			markers[m] = words
			return true
		}
		i := strings.IndexByte(body, '[')
		j := strings.IndexByte(body, ']')
		if i < 0 || j < i {
			errs.Add(name, n, "agent without a [code]")
			return true
		}
		a := AgentPhrase{Line: n}
		code := strings.TrimSpace(body[i+1 : j])
		switch {
		case strings.HasPrefix(code, "~"):
			a.Code = code[1:]
		case strings.HasSuffix(code, "~"):
			a.Code, a.Prefix = code[:len(code)-1], true
		default:
			errs.Add(name, n, fmt.Sprintf("agent code %q has no '~'", code))
			return true
		}
		if !validCode(a.Code) || a.Code == "---" {
			errs.Add(name, n, fmt.Sprintf("bad agent code %q", code))
			return true
		}
		text := strings.TrimSpace(body[:i])
		plural, braces := "", false
		if k := strings.IndexByte(text, '{'); k >= 0 {
			e := strings.IndexByte(text, '}')
			if e < k {
				errs.Add(name, n, "missing '}'")
				return true
			}
			plural, braces = strings.TrimSpace(text[k+1:e]), true
			text = strings.TrimSpace(text[:k])
		}
		if strings.Trim(text, "_ ") == "" {
			errs.Add(name, n, "empty agent")
			return true
		}
		if k := strings.IndexByte(text, '!'); k >= 0 {
			e := strings.IndexByte(text[k+1:], '!')
			if e < 0 {
				errs.Add(name, n, fmt.Sprintf("bad substitution marker in %q", text))
				return true
			}
			m := text[k : k+e+2]
			words, ok := markers[m]
			if !ok {
				errs.Add(name, n, fmt.Sprintf("undefined substitution marker %s", m))
				return true
			}
			for _, w := range words {
				b := a
				b.Text = text[:k] + w + text[k+e+2:]
				out = append(out, b)
			}
			return true
		}
		a.Text = text
		switch {
		case braces && plural != "":
			a.Plurals = []string{plural}
		case !braces:
			a.Plurals = []string{regularPlural(text)}
		}
		out = append(out, a)
		return true
	})
	if err != nil {
		return nil, &diag.Error{File: name, Msg: err.Error()}
	}
	return out, errs.Err()
}

// regularPlural makes the English regular plural of a phrase in capitals
// (its last word): "ARMY" gives "ARMIES", "BOSS" "BOSSES", "DAY" "DAYS".
func regularPlural(s string) string {
	end := strings.TrimRight(s, "_ ")
	tail := s[len(end):]
	n := len(end)
	switch {
	case n >= 2 && end[n-1] == 'Y' && !strings.ContainsRune("AEIOU", rune(end[n-2])):
		return end[:n-1] + "IES" + tail
	case strings.HasSuffix(end, "S"), strings.HasSuffix(end, "X"), strings.HasSuffix(end, "Z"),
		strings.HasSuffix(end, "SH"), strings.HasSuffix(end, "CH"):
		return end + "ES" + tail
	}
	return end + "S" + tail
}
