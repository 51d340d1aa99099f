package event

import (
	"strings"
	"testing"

	"github.com/chronograph-news/chronograph/nlp"
)

// TestSaidIntent checks that a lead statement of what the speaker's own
// side will do for or with others is an express intent coded by the act
// (saidintent.go), and that one denied, one of another's deed, a plan the
// dictionary codes no cooperation, or a state stays a plain statement.
func TestSaidIntent(t *testing.T) {
	p, err := nlp.Default()
	if err != nil {
		t.Fatal(err)
	}
	tue := tx{"Tuesday", "DATE", "2024-06-18", true}
	for _, c := range []struct {
		rule, text string
		typ        Type
		code       string
	}{
		{"cooperation promised before the verb", "We will cooperate with Turkey on the new pipeline, Putin said on Tuesday. The rains went on.", ExpressIntentToCooperate, "032"},
		{"a side ready to act", "Putin said on Tuesday that he is ready to cooperate with Turkey on the new pipeline. The rains went on.", ExpressIntentToCooperate, "032"},
		{"the speaker named again", "Russia said on Tuesday that Russia would cooperate with Turkey on the new pipeline. The rains went on.", ExpressIntentToCooperate, "032"},
		{"a pronoun's talks to come", "Erdogan said on Tuesday he would hold talks with Putin on the grain corridor. The rains went on.", ExpressIntentToCooperate, "036"},
		{"an act denied", "Erdogan said on Tuesday he would not hold talks with Putin on the grain corridor. The rains went on.", Statement, "010"},
		{"another side's deed", "Erdogan said on Tuesday that Russia would hold talks with Ukraine on the grain corridor. The rains went on.", Statement, "010"},
		{"a plan of no cooperation", "Erdogan said on Tuesday he would leave the capital at the end of the month. The rains went on.", Statement, "010"},
		{"a state, not a deed to come", "Erdogan said on Tuesday that Turkey was ready for a long winter. The rains went on.", Statement, "010"},
		{"they: another party than a person speaking", "Erdogan said on Tuesday they would hold talks with Putin on the grain corridor. The rains went on.", Statement, "010"},
		{"it: no person speaking", "Erdogan said on Tuesday it would hold talks with Putin on the grain corridor. The rains went on.", Statement, "010"},
		{"it: a country speaking", "Turkey said on Tuesday it would hold talks with Russia on the grain corridor. The rains went on.", ExpressIntentToCooperate, "036"},
		{"we: always the speaker's side", "Erdogan said on Tuesday we will hold talks with Putin on the grain corridor. The rains went on.", ExpressIntentToCooperate, "036"},
		{"they: an organization speaking, no other plural party", "NATO said on Tuesday they would hold talks with Russia on a truce. The rains went on.", ExpressIntentToCooperate, "036"},
		{"they: plural speakers, no other plural party", "The rebels said on Tuesday they would hold talks with the government on a truce. The rains went on.", ExpressIntentToCooperate, "036"},
		{"they: another plural party named", "NATO said on Tuesday they would hold talks with the rebels on a truce. The rains went on.", Statement, "010"},
	} {
		in := inputWith(c.text, nil, tue)
		in.Parse = p.Sentence
		var got []Mention
		for _, m := range Extract(in) {
			if m.Trigger == "said" || strings.HasPrefix(m.Trigger, "said ") {
				got = append(got, m)
			}
		}
		if len(got) != 1 || got[0].Type != c.typ || got[0].CAMEO != c.code {
			t.Errorf("%s: %q: got %v, want one %s/%s", c.rule, c.text, summary(got), c.typ, c.code)
		}
	}
}
