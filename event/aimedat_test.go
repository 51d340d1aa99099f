package event

import (
	"strings"
	"testing"

	"github.com/chronograph-news/chronograph/timex"
)

// TestShotsAimed: shots fired at or on people or a place, and fire
// opened, are attacks with the aim as target; a preposition heading a
// time or belonging to another word's phrase names no aim.
func TestShotsAimed(t *testing.T) {
	fri := tx{"Friday", timex.Date, "2024-06-14", true}
	for _, c := range []struct {
		text   string
		want   string // attacks told as "type:trigger", space-separated
		target string // a role the attack must have, when not ""
	}{
		{"Riot troops fired on the rebels near Kursk on Friday.", "attack:fired", "target=agent:-:rebels"},
		{"Somali troops fired upon the gunmen near the port.", "attack:fired", "target=agent:-:gunmen"},
		{"Soldiers opened fire on the rebels near the mosque.", "attack:opened fire", "target=agent:-:rebels"},
		{"The army commander was fired on Friday.", "", ""},
		{"A warplane used a guided bomb against the rebels near Kursk.", "attack:used", "target=agent:-:rebels"},
		{"The rockets were fired from pads on the coast and from warships.", "", ""},
		{"The army chief was fired on charges of corruption by President Lena Hartwig.", "", ""},
	} {
		var got []string
		var attack *Mention
		var times []tx
		if strings.Contains(c.text, fri.text) {
			times = append(times, fri)
		}
		for _, m := range Extract(parsed(t, c.text, times...)) {
			if m.Background || m.Type != Attack {
				continue
			}
			got = append(got, string(m.Type)+":"+m.Trigger)
			if m.Type == Attack && attack == nil {
				m := m
				attack = &m
			}
		}
		if g := strings.Join(got, " "); g != c.want {
			t.Errorf("%q: got %q, want %q", c.text, g, c.want)
			continue
		}
		if c.target != "" && (attack == nil || !strings.Contains(roles(*attack), c.target)) {
			t.Errorf("%q: roles %q, want a target holding %q", c.text, roles(*attack), c.target)
		}
	}
}
