package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/nlp"
)

// TestHeadlines checks titles built from the real parse: the agents, the
// verb in the present tense agreeing with them, the object the tree gives
// and the key place; a passive with no agent, or a noun with its patient,
// reads patient first; a verb that needs an object never stands bare.
func TestHeadlines(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		// a "with" phrase whose noun is a participle's subject tells the
		// circumstances, no other side; a plain one names it
		{"Putin and Xi met here on Saturday with both leaders expressing the willingness to maintain the good momentum of relations.", "met", "Putin and Xi meet"},
		{"Putin met with senior military commanders in Moscow on Friday.", "met", "Putin meets with senior military commanders in Moscow"},
		// a noun whose verb carries its own object has its possessor for
		// subject, even as the one the act befalls
		{"The drills were the first since Putin's inauguration in May.", "inauguration", "Putin takes office"},
		{"Putin arrived in Pyongyang on Friday.", "arrived", "Putin arrives in Pyongyang"},
		{"Iran called on Ukraine to end the war on Friday.", "called", "Iran calls on Ukraine to end war"},
		{"Russia called for restraint in Kursk on Friday.", "called", "Russia calls for restraint in Kursk"},
		{"Shoigu was arrested in Moscow on Friday.", "arrested", "Shoigu arrested in Moscow"},
		{"Four soldiers were killed by a roadside bomb in Kursk on Friday.", "killed", "Roadside bomb kills four soldiers in Kursk"},
		{"A series of coordinated bombings killed 153 people in Kyiv on Thursday.", "killed", "Coordinated bombings kill 153 people in Kyiv"},
		{"Russia clashed with Ukraine in Kursk on Friday.", "clashed", "Russia clashes with Ukraine in Kursk"},
		{"Putin vowed swift retaliation on Friday.", "vowed", "Putin vows swift retaliation"},
		{"Putin vowed on Friday to give utmost attention to the treaty.", "vowed", "Putin vows to give utmost attention to treaty"},
		{"Hundreds of Russians clashed with Ukraine in Kursk on Friday.", "clashed", "Hundreds of Russians clash with Ukraine in Kursk"},
		{"A bombing in Kyiv killed five Russians on Friday.", "killed", "Bombing kills five Russians in Kyiv"},
		{"Pirates hijacked a vessel on Friday.", "hijacked", "Pirates hijack vessel"},
		{"Putin discussed the war with Kim on Friday.", "discussed", "Putin discusses war with Kim Jong Un"},
		{"Putin discussed with Kim on Friday.", "discussed", "Putin holds talks with Kim Jong Un"},
		// the person the text names, not the country a modifier ties it to;
		// a dateline parsed as a second subject is passed over
		{"SEOUL, South Korea — (AP) — A top Russian security official met with Kim in Pyongyang on Friday.", "met",
			"Top Russian security official meets with Kim Jong Un in Pyongyang"},
		// a passive the parse coordinates with the verb reporting it
		{"A police chief said the 24 students from the university, were arrested during a demonstration.", "arrested", "24 students arrested"},
		// a country in the patient's own phrase is not the agent
		{"The Russian-flagged MV Veesham was seized near Kursk on Thursday night.", "seized", "Russian-flagged MV Veesham seized near Kursk"},
		// a verb whose object is half of what it says falls back
		{"Putin declared him a traitor on Friday.", "declared", "Putin issues statement"},
		{"A suicide bomber drove his car into mourners, killing three people and wounding 12 others.", "killing", "Suicide bomber kills three people"},
		// a bare verb of saying reads truncated: what it reports, in the
		// clause's own words, stands (headplain.go)
		{"Putin declared on Friday that the war was over.", "declared", "Putin declares war is over"},
		{"The assassination of Kim shocked Moscow on Friday.", "assassination", "Kim Jong Un assassinated"},
		{"Lavrov and Putin met in Moscow on Friday.", "met", "Lavrov and Putin meet in Moscow"},
		{"Russia attacked on Friday.", "attacked", "Russia launches attack"},
		// a reduced passive: the subject of a verb that needs an object
		{"Videos showed two North Korean soldiers captured fighting in Kursk.", "captured", "Two North Korean soldiers captured in Kursk"},
		{"Lavrov was named foreign minister on Friday.", "named", "Lavrov named foreign minister"},
		// a verb with its own noun takes the other side with "with"
		{"Putin held talks with Kim on Friday.", "held talks", "Putin holds talks with Kim Jong Un"},
		// an agentless bare noun is completed by the verb and object it
		// is the subject of, never left as "Blast"
		{"A second gas blast hit the Kursk colliery on Sunday.", "gas blast", "Second gas blast hits Kursk colliery"},
		{"The flooding destroyed the crops in 1995.", "flooding", "Flooding destroys crops"},
		// an appeal keeps what it calls for, and its negation
		{"Iran called on the Russian people to unite on Friday.", "called", "Iran calls on Russian people to unite"}, // the people asked as the text names them (askedOn)
		{"Iran called on Ukraine to never use force on Friday.", "called", "Iran calls on Ukraine to never use force"},
		{"Putin had urged the military and the public to support the treaty.", "urged", "Putin urges military to support treaty"},
		// a subject that names nothing: the patient first
		{"\"They tortured and murdered at least 200 prisoners of war,\" the judge said.", "murdered", "200 prisoners of war murdered"},
		// a noun whose verb carries its own object takes the patient with "on"
		{"Russia imposed a curfew on Ukraine on Friday.", "curfew", "Russia imposes curfew on Ukraine"},
		// an agentless gerund with an object: its object first
		{"Militants claimed responsibility for launching several rockets at Kyiv on Friday.", "launching", "Rockets launched at Kyiv"},
		// a collective noun gives way to its "of" phrase
		{"Russia deployed large numbers of soldiers near Kursk on Friday.", "deployed", "Russia deploys soldiers near Kursk"},
	})
}

// TestInflection checks the present and participle forms of the
// headline words, regular and listed.
func TestInflection(t *testing.T) {
	hw := theHeadWords
	for _, c := range []struct {
		base           string
		plural         bool
		present, pastp string
	}{
		{"sign treaty", false, "signs treaty", "signed treaty"},
		{"sign treaty", true, "sign treaty", "signed treaty"},
		{"carry out deadly attack", false, "carries out deadly attack", "carried out deadly attack"},
		{"have", false, "has", "had"},
		{"hold talks", false, "holds talks", "held talks"},
		{"seize", false, "seizes", "seized"},
		{"kidnap", false, "kidnaps", "kidnapped"},
		{"step down", false, "steps down", "stepped down"},
		{"swear in", false, "swears in", "sworn in"},
		{"go", false, "goes", "gone"},
	} {
		if got := hw.present(c.base, c.plural); got != c.present {
			t.Errorf("present(%q, %v) = %q, want %q", c.base, c.plural, got, c.present)
		}
		if got := hw.participle(c.base); got != c.pastp {
			t.Errorf("participle(%q) = %q, want %q", c.base, got, c.pastp)
		}
	}
}

// TestHeadlineReferredBack checks that a bare noun told after the event it
// refers to takes that event's headline.
func TestHeadlineReferredBack(t *testing.T) {
	p, err := nlp.LoadOnly("tagger", "parser")
	if err != nil {
		t.Fatal(err)
	}
	in := input("Russia began the massacre of 200 prisoners in Kursk on Friday. The massacre lasted two days.")
	in.Parse = p.Sentence
	var titles []string
	for _, m := range Extract(in) {
		titles = append(titles, m.Title)
	}
	if len(titles) != 2 || titles[0] != titles[1] || titles[0] == "Massacre" {
		t.Log(titles)
		t.Errorf("titles %q, want the first twice", titles)
	}
}

// TestHeadWordsTypes checks that every type but other has its headline
// words, which title.go's titles need too.
func TestHeadWordsTypes(t *testing.T) {
	for _, typ := range Types() {
		if w, ok := theHeadWords.Types[typ]; typ != Other && (!ok || w.Verb == "") {
			t.Errorf("type %s has no headline verb in data/headlines.yaml", typ)
		}
	}
	if _, err := parseHeadWords([]byte("types:\n  no_such_type: {verb: x}\n")); err == nil {
		t.Error("an unknown type parses")
	}
}

// TestDropRepeat checks that an agent's name repeated as a modifier of the
// object is left out, and only then.
func TestDropRepeat(t *testing.T) {
	d := &doc{analysis: &analysis{in: Input{Names: map[string]string{"country:PSE": "Gaza"}}}}
	s := &sent{syntax: syntax{d: d.analysis}, d: d}
	m := &Mention{Participants: []Participant{{"country:PSE", Agent}}}
	for _, c := range []struct{ in, want string }{
		{"Gaza reaches Gaza truce agreement with Israel", "Gaza reaches truce agreement with Israel"},
		{"Gaza meets Gaza", "Gaza meets Gaza"},
		{"Gaza signs truce", "Gaza signs truce"},
		{"Gaza meets Gaza People's Front", "Gaza meets Gaza People's Front"},
		{"Gaza hosts forum on Gaza in Cairo", "Gaza hosts forum on Gaza in Cairo"},
	} {
		if got := s.dropRepeat(c.in, m); got != c.want {
			t.Errorf("dropRepeat(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// headlineCase is a made-up sentence, the trigger of one of its mentions
// and the title that mention must have.
type headlineCase struct{ text, trigger, want string }

// checkHeadlines checks the title of each case's mention, extracted with
// the parse the pipeline gives (tags and tree, no lemmas or features).
func checkHeadlines(t *testing.T, cases []headlineCase) {
	t.Helper()
	p, err := nlp.LoadOnly("tagger", "parser")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		in := input(c.text)
		in.Parse = p.Sentence
		if m := find(t, in, c.trigger); m.Title != c.want {
			t.Errorf("%q: title %q, want %q", c.text, m.Title, c.want)
		}
	}
}
