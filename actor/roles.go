package actor

import "time"

// DatedRole is a span of time in which an actor held a role, by the
// Phoenix dictionary: an office of a state ("FRAGOV" from 2005-05-31 to
// 2007-05-17) or of an international body.
type DatedRole struct {
	Code, Country, Sector string
	// From and To bound the role, both days included; the zero time
	// leaves an end open. From is zero too when the role begins on the
	// first day of the dictionary's records (2003-01-01): it may have
	// begun long before.
	From, To time.Time
}

// phoenixRecordsStart is the first day of the Phoenix dictionary's dated
// records (its CountryInfo roles), as YYYYMMDD: a role dated from this
// day was held on it, and perhaps long before.
const phoenixRecordsStart = 20030101

// DatedRoles returns the dated roles that the Phoenix dictionary gives
// actor id, in the dictionary's order, when id is one of its actors that
// the gazetteer's own files do not name; nil otherwise. The gazetteer's
// own actors are kept current by hand, while Phoenix's dates for them
// stop in the late 2010s (a leader back in office after is missing).
func (g *Gazetteer) DatedRoles(id string) []DatedRole {
	if g.gazetteer(id) || g.px == nil {
		return nil
	}
	a := g.px.p.byID(id)
	if a == nil {
		return nil
	}
	var out []DatedRole
	for _, r := range a.Roles {
		if r.Default {
			continue
		}
		d := DatedRole{Code: r.Code, Country: r.Country, Sector: r.Sector, From: dayTime(r.From), To: dayTime(r.To)}
		if r.From == phoenixRecordsStart {
			d.From = time.Time{}
		}
		out = append(out, d)
	}
	return out
}

// PhoenixRecords returns the days over which the Phoenix dictionary's
// dated records of offices are complete: from the first day of its
// CountryInfo roles (2003-01-01) until its last month of them (February
// 2011). Outside, an actor may have held offices it does not list (a
// term in the 1990s, a return to office in the 2010s).
func PhoenixRecords() (from, to time.Time) {
	return dayTime(phoenixRecordsStart), dayTime(phoenixRecordsEnd)
}

// phoenixRecordsEnd is the last day of the Phoenix dictionary's complete
// records of offices, as YYYYMMDD: roles begin and end in every month
// until February 2011, and hardly ever after.
const phoenixRecordsEnd = 20110228
