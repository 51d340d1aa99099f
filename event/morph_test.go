package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestFormLemmas checks that irregular_forms' "form lemma" items become a
// map from form to lemma, that the data file's list is read so ("went" is
// "go", a form its own lemma stays itself), and that an item that is no
// pair is refused.
func TestFormLemmas(t *testing.T) {
	got := formLemmas(map[string]bool{"strode stride": true, "data data": true})
	if got["strode"] != "stride" || got["data"] != "data" || len(got) != 2 {
		t.Errorf("formLemmas = %v, want strode→stride, data→data", got)
	}
	for form, want := range map[string]string{"went": "go", "fought": "fight", "news": "news"} {
		if irregular[form] != want {
			t.Errorf("irregular[%q] = %q, want %q", form, irregular[form], want)
		}
	}
	for _, bad := range []string{"strode", "strode stride on", " stride"} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("formLemmas accepted %q", bad)
				}
			}()
			formLemmas(map[string]bool{bad: true})
		}()
	}
}

// TestTitleIrregularPresent checks that a title puts an irregular past
// into its present from irregular_forms ("misled": "misleads", not the
// suffix rules' "misles").
func TestTitleIrregularPresent(t *testing.T) {
	checkTitlesWith(t, true, []ent{
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
	}, []headlineCase{
		{"The finance minister Karl Brenner misled parliament about the budget on Monday.", "misled", "Karl Brenner misleads parliament about budget"},
	})
}
