package event

import (
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/timex"
)

// ent describes an actor for a test document: every whole-word occurrence
// of text becomes a mention of id.
type ent struct {
	text string
	id   string
	kind actor.Kind
	loc  bool
}

// tx describes a time expression of a test document.
type tx struct {
	text     string
	typ      timex.Type
	value    string
	relative bool
}

var testActors = []ent{
	{"Vladimir Putin", "person:putin", actor.Person, false},
	{"Putin", "person:putin", actor.Person, false},
	{"Kim Jong Un", "person:kim", actor.Person, false},
	{"Kim", "person:kim", actor.Person, false},
	{"Shoigu", "person:shoigu", actor.Person, false},
	{"Lavrov", "person:lavrov", actor.Person, false},
	{"Xi", "person:xi", actor.Person, false},
	{"Erdogan", "person:erdogan", actor.Person, false},
	{"Macron", "person:macron", actor.Person, false},
	{"Russia", "country:RUS", actor.Country, false},
	{"Russian", "country:RUS", actor.Country, false},
	{"North Korea", "country:PRK", actor.Country, false},
	{"North Korean", "country:PRK", actor.Country, false},
	{"Ukraine", "country:UKR", actor.Country, false},
	{"China", "country:CHN", actor.Country, false},
	{"Turkey", "country:TUR", actor.Country, false},
	{"France", "country:FRA", actor.Country, false},
	{"Iran", "country:IRN", actor.Country, false},
	{"Somali", "country:SOM", actor.Country, false},
	{"Moscow", "place:moscow", actor.Place, true},
	{"Pyongyang", "place:pyongyang", actor.Place, true},
	{"Beijing", "place:beijing", actor.Place, true},
	{"Ankara", "place:ankara", actor.Place, true},
	{"Kursk", "place:kursk", actor.Place, true},
	{"Kyiv", "place:kyiv", actor.Place, true},
	{"Crimea", "place:crimea", actor.Place, true},
	{"Vladivostok", "place:vladivostok", actor.Place, true},
	{"KCNA", "org:kcna", actor.Organization, false},
	{"Tass", "org:tass", actor.Organization, false},
	{"Yonhap", "org:yonhap", actor.Organization, false},
	{"South Korean militaries", "agent:KOR:military", actor.Organization, false},
	{"gunmen", "agent:-:gunmen", actor.Organization, false},
	{"rebels", "agent:-:rebels", actor.Organization, false},
	{"Pentagon", "org:pentagon", actor.Organization, false},
	{"NATO", "org:nato", actor.Organization, false},
}

var dct = time.Date(2024, 6, 20, 0, 0, 0, 0, time.UTC)

// input builds an Input over text with the test actors (longest names
// first, no overlaps) and the given time expressions.
func input(text string, times ...tx) Input {
	return inputWith(text, nil, times...)
}

// inputWith is input with extra test actors besides testActors.
func inputWith(text string, extra []ent, times ...tx) Input {
	in := Input{Doc: "t", Text: text, DCT: dct}
	taken := make([]bool, len(text))
	ents := append(append([]ent(nil), testActors...), extra...)
	sort.SliceStable(ents, func(i, j int) bool { return len(ents[i].text) > len(ents[j].text) })
	for _, e := range ents {
		re := regexp.MustCompile(`\b` + regexp.QuoteMeta(e.text) + `\b`)
		for _, loc := range re.FindAllStringIndex(text, -1) {
			free := true
			for k := loc[0]; k < loc[1]; k++ {
				free = free && !taken[k]
			}
			if !free {
				continue
			}
			for k := loc[0]; k < loc[1]; k++ {
				taken[k] = true
			}
			loc0 := e.loc
			if e.kind == actor.Country {
				// a country after "in" or "to", or before "coast", is a
				// place in the text (as the recognizer marks it)
				before := strings.TrimSpace(text[:loc[0]])
				loc0 = strings.HasSuffix(before, " in") || strings.HasSuffix(before, " to") ||
					strings.HasPrefix(text[loc[1]:], " coast")
			}
			in.Actors = append(in.Actors, actor.Mention{Start: loc[0], End: loc[1], Text: e.text, ActorID: e.id, Kind: e.kind, Location: loc0})
		}
	}
	sort.Slice(in.Actors, func(i, j int) bool { return in.Actors[i].Start < in.Actors[j].Start })
	for _, x := range times {
		i := strings.Index(text, x.text)
		if i < 0 {
			panic("no timex " + x.text)
		}
		t := timex.Timex{Start: i, End: i + len(x.text), Text: x.text, Type: x.typ, Value: x.value, Relative: x.relative}
		if d, err := time.Parse("2006-01-02", x.value); err == nil {
			t.Granularity = timex.Day
			t.Interval = &timex.Interval{Start: d, End: d}
		} else if d, err := time.Parse("2006-01", x.value); err == nil {
			t.Granularity = timex.Month
			t.Interval = &timex.Interval{Start: d, End: d.AddDate(0, 1, -1)}
		} else if d, err := time.Parse("2006", x.value); err == nil {
			t.Granularity = timex.Year
			t.Interval = &timex.Interval{Start: d, End: d.AddDate(1, 0, -1)}
		}
		in.Times = append(in.Times, t)
	}
	in.Names = map[string]string{"person:putin": "Putin", "person:kim": "Kim Jong Un", "place:pyongyang": "Pyongyang"}
	return in
}

// only extracts and requires exactly one mention of type typ.
func only(t *testing.T, in Input, typ Type) Mention {
	t.Helper()
	var found []Mention
	all := Extract(in)
	for _, m := range all {
		if m.Type == typ {
			found = append(found, m)
		}
	}
	if len(found) != 1 {
		t.Fatalf("%q: want one %s mention, got %d of %v", in.Text, typ, len(found), summary(all))
	}
	return found[0]
}

func summary(ms []Mention) []string {
	var out []string
	for _, m := range ms {
		out = append(out, string(m.Type)+":"+m.Trigger+"/"+string(m.Factuality))
	}
	return out
}

// roles renders participants as "role=id" strings, sorted.
func roles(m Mention) string {
	var out []string
	for _, p := range m.Participants {
		out = append(out, string(p.Role)+"="+p.ActorID)
	}
	sort.Strings(out)
	return strings.Join(out, " ")
}

// triggerRoles returns the roles (see roles) of the last mention of in
// whose trigger is trigger, or "" when there is none.
func triggerRoles(in Input, trigger string) string {
	got := ""
	for _, m := range Extract(in) {
		if m.Trigger == trigger {
			got = roles(m)
		}
	}
	return got
}

// roleCase is a sentence, one of its triggers and the roles (see roles)
// the trigger's mention must have.
type roleCase struct{ text, trigger, want string }

// checkRoles checks the roles of each case's trigger on the real parse.
func checkRoles(t *testing.T, cases []roleCase) {
	t.Helper()
	checkRolesWith(t, nil, cases)
}

// checkRolesWith is checkRoles with the actors extra besides the test
// gazetteer's.
func checkRolesWith(t *testing.T, extra []ent, cases []roleCase) {
	t.Helper()
	for _, tc := range cases {
		in := parsed(t, tc.text)
		if extra != nil {
			in.Actors = inputWith(tc.text, extra).Actors
		}
		if got := triggerRoles(in, tc.trigger); got != tc.want {
			t.Errorf("%q %s: roles %s, want %s", tc.text, tc.trigger, got, tc.want)
		}
	}
}

// mentionedCase is a made-up text, a trigger word, and whether a mention
// on it is wanted.
type mentionedCase struct {
	text, trigger string
	want          bool
}

// checkMentioned checks on the real parse whether each case's text has a
// mention on its trigger word.
func checkMentioned(t *testing.T, cases []mentionedCase) {
	t.Helper()
	for _, c := range cases {
		got := false
		for _, m := range Extract(parsed(t, c.text)) {
			got = got || m.Trigger == c.trigger
		}
		if got != c.want {
			t.Errorf("%q: a mention on %q is %v, want %v", c.text, c.trigger, got, c.want)
		}
	}
}

// triggerType returns the type of the last mention of text, read with a
// real parse, whose trigger is trigger, or "" when there is none.
func triggerType(t *testing.T, text, trigger string) Type {
	t.Helper()
	var got Type
	for _, m := range Extract(parsed(t, text)) {
		if m.Trigger == trigger {
			got = m.Type
		}
	}
	return got
}

// ofType returns the mentions of ms of type typ.
func ofType(ms []Mention, typ Type) []Mention {
	var out []Mention
	for _, m := range ms {
		if m.Type == typ {
			out = append(out, m)
		}
	}
	return out
}

// taggedMention extracts text with a real parse and the times the tagger
// finds in it (against dct), and returns its last mention whose trigger is
// trigger; false when there is none.
func taggedMention(t *testing.T, text, trigger string) (Mention, bool) {
	t.Helper()
	in := parsed(t, text)
	in.Times = timex.Tag(text, dct)
	var m Mention
	ok := false
	for _, x := range Extract(in) {
		if x.Trigger == trigger {
			m, ok = x, true
		}
	}
	return m, ok
}

// backgroundCase is a sentence, a trigger word of it and whether the
// mention that trigger gives is background.
type backgroundCase struct {
	name, text, trigger string
	want                bool
}

// checkBackground tags each case's times (taggedMention) and checks that
// the mention at its trigger is background exactly when the case wants.
func checkBackground(t *testing.T, cases []backgroundCase) {
	t.Helper()
	for _, c := range cases {
		m, ok := taggedMention(t, c.text, c.trigger)
		if !ok {
			t.Errorf("%s: %q: no mention at %q", c.name, c.text, c.trigger)
			continue
		}
		if m.Background != c.want {
			t.Errorf("%s: %q: %s background %v, want %v", c.name, c.text, c.trigger, m.Background, c.want)
		}
	}
}

// sportResultOn returns the last sport result the extraction of text,
// parsed with the actors ents, gives on the trigger word trigger, or nil.
func sportResultOn(t *testing.T, text, trigger string, ents []ent) *Mention {
	t.Helper()
	var got *Mention
	for _, m := range Extract(parsedWith(t, text, ents)) {
		if m.Trigger == trigger && m.Type == SportResult {
			got = &m
		}
	}
	return got
}
