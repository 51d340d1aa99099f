package actor

import (
	"testing"
	"time"
)

func TestDatedRoles(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if rs := g.DatedRoles("person:vladimir-putin"); rs != nil {
		t.Errorf("a gazetteer actor has Phoenix roles %v; want none (its dates may be stale)", rs)
	}
	rs := g.DatedRoles("person:dominique-de-villepin")
	if len(rs) == 0 {
		t.Fatal("no dated roles for a Phoenix actor")
	}
	from, _ := PhoenixRecords()
	pm := false
	for _, r := range rs {
		if r.From.Equal(from) {
			t.Errorf("role %v starts on the first day of the records; want an open start", r)
		}
		if r.Code == "FRAGOV" && r.From.Equal(time.Date(2005, 5, 31, 0, 0, 0, 0, time.UTC)) && r.To.Equal(time.Date(2007, 5, 17, 0, 0, 0, 0, time.UTC)) {
			pm = true
		}
	}
	if !pm {
		t.Errorf("roles %v lack the 2005-2007 FRAGOV office", rs)
	}
	if rs := g.DatedRoles("person:no-such-actor"); rs != nil {
		t.Errorf("unknown actor has roles %v", rs)
	}
}
