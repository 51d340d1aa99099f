package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/timex"
)

// TestNamedSaying checks that the first plain saying of a named speaker
// past the lead, with no day of its own, is a statement bound by the day
// of publication, and that a speaker described but not named, a
// newspaper a media noun names, a witness (an apposition or a title of
// witnessNouns, in the sentence or before it), a second
// saying of the same speaker, a saying whose title would not tell what
// is said and one with a time before its verb make none that way.
func TestNamedSaying(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	extra := []ent{
		{"Lena Hartwig", "person:hartwig", actor.Person, false},
		{"Hartwig", "person:hartwig", actor.Person, false},
		{"Nordkyst Lines", "org:nordkyst", actor.Organization, false},
		{"Kystposten", "person:kystposten", actor.Person, false},
	}
	lead := ferryLead
	for _, c := range []struct {
		rule, text string
		times      []tx
		want       int // publication-bound statements by a named speaker
	}{
		{"a named speaker's claim", lead + "Lena Hartwig said the strike was a disaster for the islands.", nil, 1},
		{"a quotation framed after it", lead + "\"The ports will stay closed,\" Lena Hartwig said.", nil, 1},
		{"an organization by its name", lead + "Nordkyst Lines said its ferries were safe.", nil, 1},
		{"the same speaker again", lead + "Lena Hartwig said the strike was a disaster for the islands. Hartwig said the owners were stubborn.", nil, 1},
		{"a speaker described, not named", lead + "A Nordkyst Lines manager said its ferries were safe.", nil, 0},
		{"a title that would not tell it", lead + "\"We have done everything we could to keep the ports open and we will not give up now,\" Lena Hartwig said.", nil, 0},
		{"a newspaper a media noun names", lead + "The owners rejected the offer, according to the daily Kystposten. Kystposten said the owners were stubborn.", nil, 0},
		{"a witness by her apposition", lead + "Lena Hartwig, a local resident, said the strike was a disaster for the islands.", nil, 0},
		{"a witness by her title earlier", lead + "The minister met farmer Lena Hartwig in the port. Hartwig said the strike was a disaster for the islands.", nil, 0},
		{"a witness by a title the name hangs on", lead + "Police thanked fisherman Lena Hartwig. Hartwig said the strike was a disaster for the islands.", nil, 0},
		{"a time before the verb", lead + "Earlier this week, Lena Hartwig, the transport minister, said the strike was a disaster for the islands.", []tx{{"this week", timex.Date, "2024-W25", true}}, 0},
		{"a frame after a quotation opened in the sentence before", lead + "\"The owners have had their chance. The ports will stay closed until spring,\" Lena Hartwig said.", nil, 1},
		{"a frame after a hope quoted", lead + "\"Our hope, of course, is that the talks can end the strike soon,\" Lena Hartwig said.", nil, 1},
		{"a quotation opened after the verb, closed in the next sentence", lead + "Lena Hartwig said, \"The ports will stay closed until spring. The owners have had their chance.\"", nil, 1},
		{"an act told that is no event", lead + "Lena Hartwig, secretary-general of the strike committee, said the two singers were placed far down on the list of finalists.", nil, 1},
		{"a name set off before its post's possessive", lead + "Lena Hartwig, head of the union's strike committee, said the strike was a disaster for the islands.", nil, 1},
		{"a name a title heads", lead + "Treasurer Lena Hartwig, meanwhile, said the strike was a disaster for the islands.", nil, 1},
		{"a body's spokesman", lead + "A Nordkyst Lines spokesman said its ferries were safe.", nil, 1},
		{"a body's official after the verb", lead + "The ferries were safe, said a Nordkyst Lines official.", nil, 1},
		{"a body's source", lead + "A Nordkyst Lines source said its ferries were safe.", nil, 0},
	} {
		in := inputWith(c.text, extra, c.times...)
		in.Parse = p.Sentence
		n := 0
		for _, m := range ofType(Extract(in), Statement) {
			if m.Basis == PublicationBound && m.Time == nil && len(m.Participants) > 0 && m.Participants[0].Role == Agent {
				n++
			}
		}
		if n != c.want {
			t.Errorf("%s: %q: got %d publication-bound statements, want %d", c.rule, c.text, n, c.want)
		}
	}
}

// TestInRelativeClause checks that a reporting verb the parse joins as a
// conjunct to a relative clause, or that heads one, is read as inside it
// (its subject a name of that clause, not the speaker), and that a main
// clause's verb, or one joined to a main clause, is not.
func TestInRelativeClause(t *testing.T) {
	// "Roe , who is to brief Doe , told the paper": the parse joins "told" to "brief"
	joined := "Roe/PROPN/NNP/5/nsubj ,/PUNCT/,/5/punct who/PRON/WP/5/nsubj is/AUX/VBZ/5/cop brief/VERB/VB/0/root Doe/PROPN/NNP/7/nsubj told/VERB/VBD/5/conj"
	for _, c := range []struct {
		name, spec string
		verb       node
		want       bool
	}{
		{"a conjunct of a relative clause", joined, 6, true},
		{"a relative clause itself", "Roe/PROPN/NNP/4/nsubj Doe/PROPN/NNP/3/nsubj told/VERB/VBD/1/acl:relcl said/VERB/VBD/0/root", 2, true},
		{"a main clause", "Roe/PROPN/NNP/2/nsubj told/VERB/VBD/0/root paper/NOUN/NN/2/iobj", 1, false},
		{"a conjunct of a main clause", "Roe/PROPN/NNP/2/nsubj arrived/VERB/VBD/0/root and/CCONJ/CC/4/cc told/VERB/VBD/2/conj", 3, false},
	} {
		ws := conlluWords(c.spec)
		tr := &tree{words: ws, children: make([][]node, len(ws))}
		for i, w := range ws {
			if h := w.Head - 1; h >= 0 && h != i {
				tr.children[h] = append(tr.children[h], node(i))
			}
		}
		if got := inRelativeClause(tr, c.verb); got != c.want {
			t.Errorf("%s: inRelativeClause = %v, want %v", c.name, got, c.want)
		}
	}
}
