package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/timex"
)

// TestTitlePlainReported checks that a statement whose reported clause the
// rules of saidClause cannot tell says it in the clause's own words
// (headplain.go), its verb in the present, articles and times left out,
// never the bare "issues statement"; a clause holding the speaker's "we"
// is a quotation and stays untold this way.
func TestTitlePlainReported(t *testing.T) {
	checkTitlesWith(t, true, []ent{
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
		{"Norland", "country:NOR", actor.Country, false},
	}, []headlineCase{
		{"Karl Brenner said on Monday that his next stop was the port of Velda.", "said", "Karl Brenner says his next stop is port of Velda"},
		{"Karl Brenner said on Monday that the new committee will further promote trade with Velda.", "said", "Karl Brenner says new committee will further promote trade with Velda"},
		{"Karl Brenner said here on Monday that there was no limit on trade with Velda.", "said", "Karl Brenner says there is no limit on trade with Velda"},
		{"Karl Brenner said on Monday that we would win the cup.", "said", "Karl Brenner issues statement"},
		{"Karl Brenner said on Monday the committee had approved the plan.", "said", "Karl Brenner says committee approves plan"},
		{"Karl Brenner said on Monday we would win the cup.", "said", "Karl Brenner issues statement"},
		{"Karl Brenner said on Monday that the Velda Trade Council (VTC) had not yet met.", "said", "Karl Brenner says Velda Trade Council has not yet met"},
	})
}

// TestTitlePlainReportedNoThat checks that a clause a verb of saying
// reports with no "that" is said in its own words from its subject, past
// a day the parse hangs on that clause ("said Monday he believes ...");
// a clause holding the speaker's "we" stays untold this way.
func TestTitlePlainReportedNoThat(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	extra := []ent{{"Karl Brenner", "person:karl-brenner", actor.Person, false}}
	for _, c := range []headlineCase{
		{"Karl Brenner said Monday he believes new talks will take place in Velda.", "said", "Karl Brenner says he believes new talks will take place in Velda"},
		{"Karl Brenner said Monday we would win the cup.", "said", "Karl Brenner issues statement"},
	} {
		in := inputWith(c.text, extra, tx{"Monday", timex.Date, "2024-06-17", true})
		in.Parse = p.Sentence
		in.Item = true
		if m := find(t, in, c.trigger); m.Title != c.want {
			t.Errorf("%q: title %q, want %q", c.text, m.Title, c.want)
		}
	}
}

// TestTitlePlainStatementNoun checks that a statement told by its noun
// says what it reports in the clause's own words when the rules of
// saidClause cannot tell it: a "that" clause of the noun, a quotation the
// verb the noun is an oblique of closes (its comma before the closing
// quotation mark ends the clause), and a long clause is never cut between
// a verb and the clause it governs.
func TestTitlePlainStatementNoun(t *testing.T) {
	checkTitlesWith(t, true, []ent{
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
		{"Norland", "country:NOR", actor.Country, false},
	}, []headlineCase{
		{"Karl Brenner opened the summit with a warning that the region was like a house waiting to burn.", "warning", "Karl Brenner says region is like house waiting to burn"},
		{`"There was no breach of the rules," Karl Brenner said in a short statement.`, "statement", "Karl Brenner says there is no breach of rules"},
		{`Norland repeated in a brief statement that it "does not think the closure of the mine contributes to the stability of the whole northern region."`, "statement", "Norland says it does not think closure of mine contributes to stability"},
		{`Norland repeated in a brief statement that it "does not think the sudden closure of the mine contributes to the lasting economic stability of the whole northern region."`, "statement", "Norland issues statement"},
	})
}

// TestTitlePlainClosingReport checks that a sentence-final report the
// parse hangs deep inside the clause it reports ("..., NAME told the
// council on Wednesday") says that clause in its own words, a list's
// commas kept; a report after "and" is a clause of its own, never the
// speaker's.
func TestTitlePlainClosingReport(t *testing.T) {
	checkTitlesWith(t, true, []ent{
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
	}, []headlineCase{
		{`The new opening date for the bridge is "no later than March 2009," city engineer Karl Brenner told the council on Wednesday.`, "told", "Karl Brenner says new opening date for bridge is no later than March 2009"},
		{"Norland, Velda and Ostria are among ten bidders for the bridge, city engineer Karl Brenner told the council on Wednesday.", "told", "Karl Brenner says Norland, Velda and Ostria are among ten bidders for bridge"},
	})
}

// TestTitlePlainCapitalsNoPronoun checks that a word written in capitals
// that spells a pronoun of the speaker ("US" for the United States) is no
// quotation's pronoun: the clause is still told in its own words.
func TestTitlePlainCapitalsNoPronoun(t *testing.T) {
	checkTitlesWith(t, true, []ent{
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
		{"US", "country:USA", actor.Country, false},
	}, []headlineCase{
		{"Karl Brenner said on Monday that the US trade office had still not replied.", "said", "Karl Brenner says US trade office has still not replied"},
		{"Karl Brenner said on Monday that us farmers had still not been paid.", "said", "Karl Brenner issues statement"},
	})
}

// TestTitlePlainTheyForSpeakers checks that "they" in what is said stands
// for speakers named in the plural (a group, several speakers) and keeps
// its plural verb, while after one organization named in the singular it
// may be others and makes no headline of its own words.
func TestTitlePlainTheyForSpeakers(t *testing.T) {
	checkTitlesWith(t, true, []ent{
		{"Norland police", "agent:NOR:police", actor.Organization, false},
		{"Norland", "country:NOR", actor.Country, false},
		{"Velda", "country:VEL", actor.Country, false},
		{"Velda Rail", "org:velda-rail", actor.Organization, false},
	}, []headlineCase{
		{"Norland police said on Saturday that they had found the boat in the harbour of Velda.", "said", "Norland police say they find boat"},
		{"Norland and Velda said on Monday that they would reopen the border crossing.", "said", "Norland and Velda say they will reopen border crossing"},
		{"Norland police said Saturday they were ready.", "said", "Norland police say they are ready"},
		{"Velda Rail said on Monday that they would cut fares.", "said", "Velda Rail issues statement"},
	})
}

// TestTitlePlainFarThat checks that the "that" of a reported clause is
// found past a long oblique of the verb of saying (a verb inside it
// too), never past an object that names no one ("said the fact that").
func TestTitlePlainFarThat(t *testing.T) {
	checkTitlesWith(t, true, []ent{
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
		{"Velda", "country:VEL", actor.Country, false},
	}, []headlineCase{
		{"Karl Brenner said on Monday in a speech at the annual meeting of the chamber that the port would reopen soon.", "said", "Karl Brenner says port will reopen soon"},
		{"Karl Brenner said on Monday in the border town held by the militia that the port would reopen soon.", "said", "Karl Brenner says port will reopen soon"},
		{"Karl Brenner said the fact that Jon Tamsen would visit the port soon was welcome.", "said", "Karl Brenner issues statement"},
	})
}

// TestTitlePlainReportedOpener checks the reported clause told in its own
// words past what the parse makes hard: an adverbial set off by a comma
// opening the "that" clause (thatOpener; a condition stays untold), a
// past tense tagged as a participle whose clause the "that" marks
// (treeFinite), a participle describing a noun left out only at the last,
// longest budget (spareParticiple), no clause ending in a pronoun cut
// from what it stands for (standIn), and a reported subject the parse
// reads as the verb's object, its modifier hung on the verb of saying
// (tornReport: never "says rules").
func TestTitlePlainReportedOpener(t *testing.T) {
	checkTitlesWith(t, true, []ent{
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
		{"Norland Statistics Bureau", "org:norland-statistics-bureau", actor.Organization, false},
	}, []headlineCase{
		{"Karl Brenner said on Monday that to reach the goal, new rules will be made to widen the scope of trade.", "said", "Karl Brenner says new rules will be made to widen scope of trade"},
		{"Karl Brenner said on Monday that in the coming months, new rules will be made to widen the scope of trade.", "said", "Karl Brenner says new rules will be made to widen scope of trade"},
		{"Karl Brenner said on Monday that if the goal is reached, new rules will be made to widen the scope of trade.", "said", "Karl Brenner issues statement"},
		{"Velda Rail chief executive Karl Brenner told lawmakers Wednesday however that the railway's future depended on finding a buyer with a strong balance sheet.", "told", "Karl Brenner says railway's future depends on finding buyer"},
		{"Karl Brenner said here on Friday that the newly-formed steering group on fisheries will further promote the long-term friendly partnership between Norland and Velda.", "said", "Karl Brenner says steering group on fisheries will further promote long-term friendly partnership"},
		{"Karl Brenner said the new rules on trade with Velda would come into force soon, adding that more talks would follow.", "said", "Karl Brenner says new rules on trade with Velda will come into force soon"},
		{"Chips based on the Velda-backed RX design for mobile phones could now perform as well as that of the rival Norland-led NX design and the Velda-favored TX900, Acme President Karl Brenner told the newspaper.", "told", "Karl Brenner issues statement"},
		{"The seasonally adjusted jobless rate in Velda rose to a five-year high of 6.3 percent in the April-June period, the Norland Statistics Bureau said Thursday.", "said", "Norland Statistics Bureau says seasonally adjusted jobless rate in Velda rises to five-year high"},
	})
}
