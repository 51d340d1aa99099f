package timeline

import (
	"encoding/json"
	"io"
)

// WriteJSON writes t as indented JSON (two spaces, HTML characters left
// unescaped, a final newline). Absent lists are written as [] rather than
// null, so the output always matches schema/timeline.schema.json. The
// output depends only on t: the same timeline always gives the same bytes.
func (t *Timeline) WriteJSON(w io.Writer) error {
	return EncodeJSON(w, t.normalized())
}

// EncodeJSON writes v in the JSON style of every chronograph output:
// indented by two spaces, HTML characters (<, >, &) left unescaped so that
// quotes stay readable, and a final newline. The value is marshalled
// compact (json.Encoder holds that one copy whole) and indented on its way
// to w by an indenter, which gives the bytes of json.Encoder's own
// indenting at a fraction of its cost, without an indented second copy.
func EncodeJSON(w io.Writer, v any) error {
	x := newIndenter(w)
	enc := json.NewEncoder(x)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return err
	}
	return x.Flush()
}

// normalized returns a copy of t whose required lists are never nil.
func (t *Timeline) normalized() *Timeline {
	n := &Timeline{
		Documents: nonNil(t.Documents),
		Actors:    make([]Actor, len(t.Actors)),
		Events:    make([]Event, len(t.Events)),
	}
	for i, a := range t.Actors {
		a.Aliases = nonNil(a.Aliases)
		n.Actors[i] = a
	}
	for i, e := range t.Events {
		e.Participants = nonNil(e.Participants)
		e.Sources = nonNil(e.Sources)
		e.Quantities = nonNil(e.Quantities)
		n.Events[i] = e
	}
	return n
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
