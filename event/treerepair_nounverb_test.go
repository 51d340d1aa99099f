package event

import "testing"

// TestRepairNounVerb checks that a finite verb the tagger reads as a noun
// heading an object, its subject read as its compound ("A sniper shot a
// soldier"), becomes a verb of its lemma with that subject, and that
// nouns with no verb reading, no object or no noun before them stay.
func TestRepairNounVerb(t *testing.T) {
	for _, c := range []struct {
		name, spec string
		want       string // "head/rel" of each word after the repair; "" = unchanged
		upos       string // the repaired word's lemma and tag
	}{
		{"an irregular past read as a noun",
			"A/DET/DT/3/det sniper/NOUN/NN/3/compound shot/NOUN/NN/0/root two/NUM/CD/5/nummod soldiers/NOUN/NNS/3/obj",
			"2/det 3/nsubj 0/root 5/nummod 3/obj", "shoot VERB VBD"},
		{"a present read as a noun after a name",
			"Riot/NOUN/NN/2/compound police/NOUN/NNS/3/compound fire/NOUN/NN/0/root rubber/NOUN/NN/5/compound bullets/NOUN/NNS/3/obj",
			"2/compound 3/nsubj 0/root 5/compound 3/obj", "fire VERB VBP"},
		{"a reported clause",
			"officials/NOUN/NNS/2/nsubj said/VERB/VBD/0/root militia/NOUN/NN/4/compound attacked/NOUN/NN/2/ccomp a/DET/DT/6/det convoy/NOUN/NN/4/obj",
			"2/nsubj 0/root 4/nsubj 2/ccomp 6/det 4/obj", "attack VERB VBD"},
		{"a noun with no verb reading",
			"the/DET/DT/3/det harbour/NOUN/NN/3/compound wall/NOUN/NN/0/root ships/NOUN/NNS/3/obj",
			"", ""},
		{"no object",
			"a/DET/DT/3/det warning/NOUN/NN/3/compound shot/NOUN/NN/0/root",
			"", ""},
		{"a possessive before the noun",
			"the/DET/DT/2/det army/NOUN/NN/4/nmod:poss 's/PART/POS/2/case shot/NOUN/NN/0/root rebels/NOUN/NNS/4/obj",
			"", ""},
	} {
		checkRepair(t, repairNounVerb, c.name, c.spec, c.want)
		if c.upos == "" {
			continue
		}
		ws := conlluWords(c.spec)
		got := repairNounVerb(ws)
		found := false
		for k, w := range got {
			if ws[k].UPOS != "NOUN" || w.DepRel == "nsubj" {
				continue // the repaired word is the one noun no longer a noun
			}
			if w.UPOS == "NOUN" {
				continue
			}
			found = true
			if s := w.Lemma + " " + w.UPOS + " " + w.XPOS; s != c.upos {
				t.Errorf("%s: %s read as %q, want %q", c.name, w.Form, s, c.upos)
			}
		}
		if !found {
			t.Errorf("%s: no noun read as a verb", c.name)
		}
	}
	checkHeadlines(t, []headlineCase{
		{"A sniper shot a soldier near the border on Tuesday.", "shot", "Sniper shoots soldier"},
	})
}
