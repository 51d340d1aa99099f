package timeline

import (
	"slices"
	"strings"
	"time"
)

// Filter selects events. A zero Filter selects every event; each set field
// narrows the selection, and all of them must hold.
type Filter struct {
	// From and To bound the dates: an event is kept when its interval
	// [Date.Start, Date.End] overlaps [From, To] (a publication-bound
	// date, open at its start, overlaps every window that starts by its
	// end). A zero From or To leaves that side open.
	From, To time.Time
	// Actors keeps events with a participant (or location) that matches one
	// of these, by actor id, name or alias, case-insensitively.
	Actors []string
	// Types keeps events of one of these types, case-insensitively.
	Types []string
}

// IsZero reports whether f selects everything.
func (f Filter) IsZero() bool {
	return f.From.IsZero() && f.To.IsZero() && len(f.Actors) == 0 && len(f.Types) == 0
}

// Filter returns a new timeline with the events f selects, the documents of
// t, and the actors the kept events still refer to (participants,
// locations, reporters and the affiliations of those). t is not modified.
func (t *Timeline) Filter(f Filter) *Timeline {
	wanted := f.actorIDs(t.Actors)
	out := &Timeline{Documents: slices.Clone(t.Documents)}
	for _, e := range t.Events {
		if f.keeps(&e, wanted) {
			out.Events = append(out.Events, e)
		}
	}
	out.Actors = Referenced(t.Actors, out.Events)
	return out
}

// Unknown returns the entries of f.Actors that name none of actors (by id,
// name or alias, ignoring case), in f's order: a filter asking for them
// would select nothing of these actors.
func (f Filter) Unknown(actors []Actor) []string {
	var out []string
	for _, q := range f.Actors {
		if !slices.ContainsFunc(actors, func(a Actor) bool { return a.names(q) }) {
			out = append(out, q)
		}
	}
	return out
}

// names reports whether q is a's id, name or one of its aliases, ignoring
// case.
func (a *Actor) names(q string) bool {
	return strings.EqualFold(a.ID, q) || strings.EqualFold(a.Name, q) ||
		slices.ContainsFunc(a.Aliases, func(s string) bool { return strings.EqualFold(s, q) })
}

// actorIDs returns the ids of the actors that f.Actors names, or nil when
// f.Actors is empty. A name matching no known actor is still kept as an
// id, so "--actor person:x" works on ids the actor list lacks.
func (f Filter) actorIDs(actors []Actor) map[string]bool {
	if len(f.Actors) == 0 {
		return nil
	}
	ids := map[string]bool{}
	for _, q := range f.Actors {
		ids[strings.ToLower(q)] = true
		for i := range actors {
			if actors[i].names(q) {
				ids[strings.ToLower(actors[i].ID)] = true
			}
		}
	}
	return ids
}

func (f Filter) keeps(e *Event, actorIDs map[string]bool) bool {
	if len(f.Types) > 0 && !slices.ContainsFunc(f.Types, func(s string) bool { return strings.EqualFold(s, e.Type) }) {
		return false
	}
	if !f.From.IsZero() || !f.To.IsZero() {
		start, err1 := time.Parse(time.DateOnly, e.Date.Start)
		end, err2 := time.Parse(time.DateOnly, e.Date.End)
		if e.Date.Bound() && e.Date.Start == "" {
			start, err1 = time.Time{}, nil // open: no day before it
		}
		if err1 != nil || err2 != nil {
			return false
		}
		if !f.From.IsZero() && end.Before(day(f.From)) {
			return false
		}
		if !f.To.IsZero() && start.After(day(f.To)) {
			return false
		}
	}
	if actorIDs != nil {
		hit := actorIDs[strings.ToLower(e.Location)]
		for _, p := range e.Participants {
			hit = hit || actorIDs[strings.ToLower(p.Actor)]
		}
		if !hit {
			return false
		}
	}
	return true
}

// day truncates t to its calendar day in UTC.
func day(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// Referenced returns, in their order in actors, the actors that events
// refer to (participants, locations, reporters) and the actors those are
// affiliated with.
func Referenced(actors []Actor, events []Event) []Actor {
	used := map[string]bool{}
	for _, e := range events {
		used[e.Location] = true
		for _, p := range e.Participants {
			used[p.Actor] = true
		}
		for _, s := range e.Sources {
			used[s.Reporter] = true
		}
	}
	for _, a := range actors {
		if used[a.ID] && a.Affiliation != "" {
			used[a.Affiliation] = true
		}
	}
	var out []Actor
	for _, a := range actors {
		if used[a.ID] {
			out = append(out, a)
		}
	}
	return out
}
