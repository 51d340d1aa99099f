package event

import (
	"strings"
	"testing"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/nlp"
	"github.com/chronograph-news/chronograph/timex"
)

// TestDescribedPersonNamed checks that a definite title standing for a
// person named before ("the president") is named in the headline by that
// person's name, while a description a country modifies keeps its words.
func TestDescribedPersonNamed(t *testing.T) {
	for _, c := range []struct{ text, trigger, want string }{
		{"President Putin arrived in Beijing on Monday. The president denounced the bombing on Tuesday.", "denounced",
			"Putin denounces bombing"},
		{"President Putin arrived in Beijing on Monday. The controversial president, who has ruled for years, pledged to consolidate the reforms on Tuesday.", "pledged",
			"Putin pledges to consolidate reforms"},
		{"A top Russian security official met Kim in Pyongyang on Friday.", "met",
			"Top Russian security official meets Kim Jong Un in Pyongyang"},
	} {
		in := parsed(t, c.text)
		for k := range in.Actors {
			if in.Actors[k].ActorID == "person:putin" {
				in.Actors[k].Affiliation, in.Actors[k].Role = "country:RUS", "President"
			}
		}
		if m := mentionOf(t, in, c.trigger); m.Title != c.want {
			t.Errorf("%q: title %q, want %q", c.text, m.Title, c.want)
		}
	}
}

// TestTitlePronounPatient checks that a passive whose subject is a
// pronoun names the one person the mention holds as its patient ("Kim
// Jong Un elected president"), never the type's noun with that person
// ("Election with Kim Jong Un").
func TestTitlePronounPatient(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"The visit will be Kim's first trip abroad since he was elected president in January.", "elected", "Kim Jong Un elected president"},
		{"Kim arrived in Moscow on Monday. He was arrested at the airport.", "arrested", "Kim Jong Un arrested"},
		// the parse makes "elected" an adjective of "president"
		{"Kim's tour, which will also take him to Russia's second city Kursk, will be his first foreign trip since he was elected president in January.", "elected", "Kim Jong Un elected"},
	})
}

// TestTitleQuotedName checks that a quoted name before its noun ("an
// 'open skies' agreement") keeps the noun the parse hangs on it as an
// apposition.
func TestTitleQuotedName(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{`Russia and China are to sign an "open skies" agreement liberalising bilateral aviation traffic in June, the minister said.`, "sign", "Russia and China sign open skies agreement"},
	})
}

// TestTitleTitleBeforeDay checks that a day right after a person's title
// ("a Russian opposition leader Friday called") is no name of the person:
// the title's phrase names the subject, with the adjective of its
// compound's naming the agent.
func TestTitleTitleBeforeDay(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	text := "A Russian opposition leader Friday called for the resignation of a high-ranking Russian politician."
	in := input(text, tx{"Friday", timex.Date, "2024-06-14", true})
	in.Parse = p.Sentence
	if m := find(t, in, "called"); m.Title != "Russian opposition leader calls for resignation" {
		t.Errorf("%q: title %q", text, m.Title)
	}
}

// TestTitleTimeSubjectAppos checks that a time the parse makes the subject,
// the true subject in apposition to it ("Late last month, China's top
// legislature passed"), names that subject, never the time nor no one.
func TestTitleTimeSubjectAppos(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	text := "Late last month, China's top legislature passed an amendment to the law on courts."
	in := input(text, tx{"Late last month", timex.Date, "2024-05", true})
	in.Parse = p.Sentence
	if m := find(t, in, "passed"); m.Title != "China's top legislature passes amendment" {
		t.Errorf("%q: title %q", text, m.Title)
	}
}

// TestTitlePartitiveSubject checks that a quantifier subject keeps the
// noun of the "of" phrase it picks from and agrees in the plural
// ("Several of his aides blamed the Interior Ministry for the riot" →
// "Several aides blame Interior Ministry for riot"), never "Several
// blames Interior Ministry".
func TestTitlePartitiveSubject(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	in := inputWith("Several of his aides blamed the Interior Ministry for the riot.", []ent{
		{"Interior Ministry", "org:interior-ministry", actor.Organization, false},
	})
	in.Parse = p.Sentence
	const want = "Several aides blame Interior Ministry for riot"
	if m := find(t, in, "blamed"); m.Title != want {
		t.Errorf("title %q, want %q", m.Title, want)
	}
}

// TestTitleGroupOfCountry checks that a group "of" a country is a group
// from it, named as the text names it with its country and singular ("a
// pro-reform group of Peru threatened" → "Pro-reform group of Peru
// threatens"), never the country with a plural verb ("Peru threaten").
func TestTitleGroupOfCountry(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	in := inputWith("A pro-reform group of Peru on Monday threatened to stage a national strike.", []ent{
		{"Peru", "country:PER", actor.Country, false},
	})
	in.Parse = p.Sentence
	const want = "Pro-reform group of Peru threatens to stage national strike"
	if m := find(t, in, "threatened"); m.Title != want {
		t.Errorf("title %q, want %q", m.Title, want)
	}
}

// TestTitleClausalGerundSubject checks that a gerund the parse reads as
// a clausal subject, with no object of its own, heads the subject
// ("Lending to small firms fell 4 percent" → "Lending falls 4 percent"),
// never "Market movement".
func TestTitleClausalGerundSubject(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Lending to small firms fell 4 percent in the third quarter.", "fell", "Lending falls 4 percent"},
		{"Spending on new schools plunged 11.2 percent, the sharpest fall in a decade.", "plunged", "Spending plunges 11.2 percent"},
	})
}

// TestTitleRootNounSubject checks that a finite verb with no subject of
// its own the parse hangs on a noun it takes for the sentence's root has
// that noun for subject ("the reserve bank, under the watch of the
// trade ministry, had ordered local lenders to ..." → "Reserve bank
// orders ..."),
// never the type's noun ("Demand").
func TestTitleRootNounSubject(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Effective Tuesday, the reserve bank, under the watch of the trade ministry, had ordered local lenders to hold 20 percent of new deposits.", "ordered", "Reserve bank orders local lenders to hold 20 percent of deposits"},
		{"US-based rights group Global Witness (GW) Saturday condemned the execution of the rebel leader.", "condemned", "US-based rights group Global Witness condemns execution of rebel leader"},
	})
}

// TestTitleNameAfterPost checks that a title whose post has an "of"
// phrase names the person after it, the parse hanging the name's words
// on the title ("met Minister of Defence Karl Brenner" → "meets Karl
// Brenner"), never a piece of it ("meets Karl") or the post ("meets
// Secretary").
func TestTitleNameAfterPost(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
		{"Erik Lund", "person:erik-lund", actor.Person, false},
	}, []headlineCase{
		{"The envoy met Minister of Defence Karl Brenner.", "met", "Envoy meets Karl Brenner"},
		{"Officials confirmed Erik Lund met Secretary of State Karl Brenner, when pressed by reporters, but refused to give details.", "met", "Erik Lund meets Karl Brenner"},
	})
}

// TestTitleOneOf checks that "one of" a plural group reads as one of them
// in the singular ("one of the hostages was released" → "One hostage
// released", "killed one of the suspects" → "kill one suspect"), never
// the type's bare noun ("Release") or a cut "kill one".
func TestTitleOneOf(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"One of the hostages was released on Friday.", "released", "One hostage released"},
		{"Police killed one of the suspects on Monday.", "killed", "Police kill one suspect"},
	})
}

// TestTitlePronounAntecedent checks that a verb whose subject is a
// pronoun no actor resolves takes the subject the pronoun stands for, the
// speaker's when it is said ("the union said it rejected the offer" →
// "Dockers' union rejects pay offer") or the main clause's, when they agree
// in number and in people; never a subject of another clause, nor those
// who only tell the news ("sources said they had arrested").
func TestTitlePronounAntecedent(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"The dockers' union said on Monday that it rejected the latest pay offer.", "rejected", "Dockers' union rejects pay offer"},
		{"The border guards said they had seized two tons of cocaine in a truck.", "seized", "Border guards seize two tons of cocaine"},
		{"The visitors won the cup in May when they beat the home side 2-1.", "beat", "Visitors beat home side 2-1"},
		{"Sources close to the police said they had arrested six men in the port.", "arrested", "Six men arrested"},
	})
}

// TestTitleArtifactSubject checks that the subject of a type a thing may
// do (artifact_types) that is an artifact with a modifier naming the
// agent is said whole ("a Norland military truck exploded" → "Norland
// military truck explodes"), never the modifier's actor alone ("Norland explodes"); an
// arrest is people's, whatever the parse gives as its subject.
func TestTitleArtifactSubject(t *testing.T) {
	checkTitlesWith(t, true, []ent{
		{"Norland", "country:NOR", actor.Country, false},
	}, []headlineCase{
		{"A Norland military truck exploded on Monday inside a tunnel near the border.", "exploded", "Norland military truck explodes"},
		{"Norland helicopters wounded two farmers near the border on Friday.", "wounded", "Norland helicopters wound two farmers"},
		{"Norland army jeeps arrested three students near the border on Friday.", "arrested", "Norland arrests three students"},
	})
}

// TestTitleSubjectNoConjunction checks that a noun the parse coordinates
// with the subject with no "and" (a participle clause or an apposition
// misread) is no second subject ("Karl Brenner, meeting here with
// officials, pledged" → "Karl Brenner pledges ...", never "Karl Brenner
// and meeting pledge").
func TestTitleSubjectNoConjunction(t *testing.T) {
	checkTitlesWith(t, true, []ent{
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
	}, []headlineCase{
		{"Northern Premier Karl Brenner, meeting here with top EU officials, pledged to step up dialogue.", "pledged", "Karl Brenner pledges to step up dialogue"},
	})
}

// TestTitleMisparsedSubject checks that a verb's subject the parse hides
// still titles it: a subject parsed as a compound of the time after it
// ("the provincial court last month rejected" read with "month" the
// subject), and one parsed as the object of the clause connector before
// it ("after the government agreed last Friday" read as "return … after
// the government"), and one parsed as the object of the connector after
// a time the parse took for the subject ("a day after the company agreed"
// read with "day" the subject, "company" its modifier), never the bare
// noun "Rejection" or "Agreement".
func TestTitleMisparsedSubject(t *testing.T) {
	for _, c := range []struct {
		text, time, value, trigger, want string
	}{
		{"The provincial court last month rejected a request to reopen the case.", "last month", "2006-10", "rejected", "Provincial court rejects request"},
		{"Teachers will return to class Monday after the government agreed last Friday to pay their arrears.", "last Friday", "2006-11-03", "agreed", "Government agrees to pay arrears"},
		{"The strike ended, a day after the company agreed to rehire the workers.", "a day", "P1D", "agreed", "Company agrees to rehire workers"},
		{"The governor dissolved his cabinet Wednesday, a day after the proposed budget was rejected in a referendum.", "a day", "P1D", "rejected", "Proposed budget rejected"},
	} {
		in := parsed(t, c.text, tx{c.time, "DATE", c.value, true})
		if m := mentionOf(t, in, c.trigger); m.Title != c.want {
			t.Errorf("%q: title %q, want %q", c.text, m.Title, c.want)
		}
	}
}

// TestTitleRelativeConjunct checks that a verb the parse makes a
// conjunct of a passive relative clause ("X, who was interviewed by
// radio, denied") has for subject the noun the clause modifies, never
// the relative pronoun's empty place ("Statement").
func TestTitleRelativeConjunct(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Moreno, who was questioned by reporters at the airport, angrily denied the rumours.", "denied", "Moreno denies rumours"},
	})
}

// TestTitleSideOfBody checks that a body named by a common noun with its
// country's "of" or "from" phrase ("the delegation of Norland") keeps
// whose body it is, never the bare noun ("Delegation arrives").
func TestTitleSideOfBody(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Norland", "country:NOR", actor.Country, false},
		{"Sudan", "country:SDN", actor.Country, false},
	}, []headlineCase{
		{"The delegation of Norland arrived in Sudan on Monday.", "arrived", "Delegation of Norland arrives in Sudan"},
		{"A trade team from Norland arrived in Sudan late on Monday.", "arrived", "Trade team from Norland arrives in Sudan"},
		{"The government of Norland condemned the raid on Friday.", "condemned", "Government of Norland condemns raid"},
	})
}

// TestTitleCoordinatedAdjectives checks that a subject whose noun has two
// coordinated adjectives ("Chinese and Indian troops") keeps both sides,
// never the first alone ("Chinese troops clash").
func TestTitleCoordinatedAdjectives(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Chinese and Indian troops clashed on the border.", "clashed", "Chinese and Indian troops clash"},
	})
}

// TestTitleNoConjunctPastNumber checks that an adjective the parse reads
// as coordinated with another across a number ("one militant and wounded
// two others", misparsed as one phrase) is no conjunct of the noun: the
// title never says "and wounded".
func TestTitleNoConjunctPastNumber(t *testing.T) {
	p, err := nlp.LoadOnly("tagger", "parser")
	if err != nil {
		t.Fatal(err)
	}
	text := "The drone struck a car near the border, killing one militant and wounded two others."
	in := input(text)
	in.Parse = p.Sentence
	if m := find(t, in, "killing"); strings.Contains(m.Title, " and ") {
		t.Errorf("%q: title %q joins a conjunct across a number", text, m.Title)
	}
}

// TestOwnedSubject checks that a subject with no agent keeps the
// possessor that says whose it is, and that a pronoun possessor stays
// out.
func TestOwnedSubject(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct{ text, trigger, want string }{
		{"Norland's GDP rose 4.1 percent in the second quarter.", "rose", "Norland's GDP rises 4.1 percent"},
		{"Karl Brenner's supporters protested the ruling.", "protested", "Karl Brenner's supporters protest ruling"},
		{"His supporters protested the ruling.", "protested", "Supporters protest ruling"},
	}
	for _, c := range cases {
		in := inputWith(c.text, nil)
		in.Parse = p.Sentence
		if m := find(t, in, c.trigger); m.Title != c.want {
			t.Errorf("%q: title %q, want %q", c.text, m.Title, c.want)
		}
	}
}

// TestAppositiveNames checks that a generic object of people told by its
// names between commas is named by them, and that a name a verb or a
// possessive follows, or a list with a common noun, is no apposition.
func TestAppositiveNames(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct{ text, trigger, want string }{
		{"Police questioned two men, Karl Brenner and Otto Lind, over the theft.", "questioned", "Police question Karl Brenner and Otto Lind"},
		{"Investigators arrested a suspect, Karl Brenner, on Friday.", "arrested", "Investigators arrest suspect Karl Brenner"},
		{"The president dismissed the deputy speaker, Otto Lind, on Friday.", "dismissed", "President dismisses deputy speaker Otto Lind"},
		{"Police arrested two men, Karl Brenner said.", "arrested", "Police arrest two men"},
		{"Two reporters, Anna Holm and Lars Berg, were detained in the capital.", "detained", "Anna Holm and Lars Berg detained"},
		{"A nurse, Anna Holm, was abducted on Sunday.", "abducted", "Nurse Anna Holm abducted"},
		{"Police arrested two suspects, Karl Brenner and his brother, on Monday.", "arrested", "Police arrest two suspects"},
	}
	for _, c := range cases {
		in := inputWith(c.text, nil)
		in.Parse = p.Sentence
		if m := find(t, in, c.trigger); m.Title != c.want {
			t.Errorf("%q: title %q, want %q", c.text, m.Title, c.want)
		}
	}
}
