package event

import (
	"testing"

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

// TestHeadlines2 checks more headline rules on the real parse (see
// TestHeadlines), each case naming its rule.
func TestHeadlines2(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ rule, text, trigger, want string }{
		{"an agentless noun told as mutual keeps its other side",
			"Fierce fighting with Ukraine broke out on Friday.", "fighting", "Fighting with Ukraine"},
		{"a country named by its \"of\" phrase",
			"Lavrov visited the Asian country of China on Friday.", "visited", "Lavrov visits China"},
		{"an agentless noun object of its own verb takes that verb's controller",
			"Bombings killed 40 people in Kursk on Friday, prompting the authorities to impose an indefinite curfew.", "curfew", "Authorities impose indefinite curfew in Kursk"},
		{"an agentless noun object of its own verb takes that verb's subject and patient",
			"The governor imposed a curfew on the town on Friday.", "curfew", "Governor imposes curfew on town"},
		{"an agentless noun object of a light verb takes its subject, through a relative pronoun",
			"Police identified the four gunmen who carried out the bombings in the market.", "bombings", "Four gunmen carry out bombings"},
		{"an agentless gerund keeps the actor it is aimed at",
			"Militants claimed responsibility for launching several rockets at Ukraine on Friday.", "launching", "Rockets launched at Ukraine"},
		{"a noun compound is kept though the parse hangs an adverb on it",
			"In 1998, flooding damaged Kyiv's already low food supplies.", "flooding", "Flooding damages Kyiv's low food supplies"},
		{"what a call is for keeps its actor",
			"Putin had urged the military and the public to support calls for the ouster of Kim.", "urged",
			"Putin urges military to support calls for ouster of Kim Jong Un"},
		{"what is called for keeps its actor",
			"Iran called for the release of Shoigu on Friday.", "called", "Iran calls for release of Shoigu"},
		{"a participle clause of a passive reads patient first",
			"Later, another drone missile was fired at a group of fighters in the same area, killing three Russian fighters.", "killing",
			"Three Russian fighters killed"},
		{"an agentless noun predicate is imposed on its subject",
			"The northern zone was under curfew on Wednesday.", "curfew", "Curfew imposed on northern zone"},
		{"a reflexive small clause is said whole",
			"Police detained a former defence minister who had declared himself president.", "declared",
			"Former defence minister declares himself president"},
		{"a small clause of another object still falls back",
			"Putin declared him a traitor on Friday.", "declared", "Putin issues statement"},
		{"an agentless noun takes the verb telling what became of it",
			"The mediated peace talks collapsed on Wednesday night after the two sides refused to meet.", "talks", "Mediated peace talks collapse"},
		{"an agentless noun keeps its \"of\" actor and what became of it",
			"The trial of Putin on corruption charges resumed on Wednesday, which saw a lawyer ejected.", "trial", "Trial of Putin resumes"},
		{"a warning says its modal clause",
			"Russian commanders have warned that the rebels will step up their attacks before the vote.", "warned",
			"Russian commanders warn rebels will step up attacks"},
		{"a warning keeps its negation",
			"Putin warned on Friday that Russia would not tolerate the deployment.", "warned", "Putin warns Russia will not tolerate deployment"},
		{"a contracted negation is kept too",
			"Putin declared on Friday that he didn't plan to accept changes in the budget.", "declared", "Putin declares he doesn't plan to accept changes in budget"},
		{"a clause with no modal is told in its own words (headplain.go)",
			"Putin declared on Friday that the war was over.", "declared", "Putin declares war is over"},
		{"a re-election is won",
			"President Putin secured a comfortable re-election on Sunday, officials said.", "re-election", "Putin wins re-election"},
	} {
		in := input(c.text)
		in.Parse = p.Sentence
		if m := find(t, in, c.trigger); m.Title != c.want {
			t.Errorf("%s: %q: title %q, want %q", c.rule, c.text, m.Title, c.want)
		}
	}
}

// TestHeadlineReferredBackByType checks that a bare definite noun takes the
// last headline of its trigger, else of its type, a noun phrase's too, but
// that a noun phrase never replaces a full headline.
func TestHeadlineReferredBackByType(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ rule, text, trigger, want string }{
		{"another trigger of the same type",
			"A suicide bombing killed nine soldiers in Kursk on Friday. Residents said the blast was heard across the city.",
			"blast", "Suicide bombing kills nine soldiers"},
		{"a noun phrase with its place",
			"Mourners buried five victims of the grenade attack in Kyiv on Monday. Two other victims of the attack were cremated on Tuesday.",
			"attack", "Grenade attack takes place in Kyiv"},
		{"a noun phrase does not replace a full headline",
			"Russia began the massacre of 200 prisoners in Kursk on Friday. Six people were indicted over the Kursk massacre. The massacre lasted two days.",
			"massacre", "Russia massacres 200 prisoners in Kursk"},
	} {
		in := input(c.text)
		in.Parse = p.Sentence
		var got []string
		for _, m := range Extract(in) {
			if m.Trigger == c.trigger {
				got = append(got, m.Title)
			}
		}
		if len(got) == 0 || got[len(got)-1] != c.want {
			t.Errorf("%s: %q: titles of %q %q, the last want %q", c.rule, c.text, c.trigger, got, c.want)
		}
	}
}

// TestGenericTitle checks which titles say what happened only in their
// type's phrase.
func TestGenericTitle(t *testing.T) {
	for _, c := range []struct {
		typ   Type
		title string
		want  bool
	}{
		{Election, "Putin holds election", true},
		{Election, "Putin and Kim hold election", true},
		{MilitaryDeployment, "Russia deploys forces to Ukraine", false},
		{Election, "Putin wins re-election", false},
		{Attack, "Russia launches attack", true},
		{Attack, "Russia attacks Kyiv", false},
		{Statement, "Putin issues statements", false},
		{Meeting, "Putin meets Kim", false},
	} {
		if got := GenericTitle(c.typ, c.title); got != c.want {
			t.Errorf("GenericTitle(%s, %q) = %v, want %v", c.typ, c.title, got, c.want)
		}
	}
}

// TestObjectOnTime checks that an object the parse hangs on the verb's
// time expression is still the headline's object.
func TestObjectOnTime(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	in := input("The Russian army stormed early on Wednesday morning the town of Kursk in a large operation.",
		tx{"Wednesday morning", timex.Date, "2024-06-19", true})
	in.Parse = p.Sentence
	if m := find(t, in, "stormed"); m.Title != "Russian army storms Kursk" {
		t.Errorf("title %q, want %q", m.Title, "Russian army storms Kursk")
	}
}
