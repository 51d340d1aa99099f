package actor

import (
	"strings"
	"testing"

	"github.com/chronograph-news/chronograph/token"
)

// TestRobustness covers the mistakes a run over a large news corpus showed,
// with hand-written sentences.
func TestRobustness(t *testing.T) {
	g := defaultGazetteer(t)
	for _, c := range []struct {
		name   string
		text   string
		wants  []want
		absent []string // mention texts or id slugs that must not appear
	}{
		{"demonym before an international body", "The Danish EU presidency began as a Chinese WTO delegate and Russia's NATO envoy spoke.",
			[]want{{Text: "Danish", ID: "country:DNK"}, {Text: "EU", ID: "org:eu"}, {Text: "Chinese", ID: "country:CHN"},
				{Text: "WTO", ID: "org:wto"}, {Text: "Russia", ID: "country:RUS"}, {Text: "NATO", ID: "org:nato"}},
			[]string{"dnk-eu", "chn-wto", "rus-nato"}},
		{"demonym before a generic body name", "The Estonian Security Council met after the Chilean Defense Ministry spoke.",
			[]want{{Text: "Security Council", ID: "org:est-security-council", Affil: "country:EST"},
				{Text: "Chilean Defense Ministry", ID: "org:chl-defense-ministry"}}, nil},
		{"possessive place and park", "Thousands marched through Berlin's Tiergarten Park, the Mayor's Guard in front.",
			[]want{{Text: "Berlin", ID: "place:berlin", Loc: true}, {Text: "Tiergarten Park", ID: "place:tiergarten-park", Loc: true}},
			[]string{"person:tiergarten-park"}},
		{"apposition with another's title", "Ruth Ambler, the Queen's press secretary, and Dev Patelson, the Governor's Guard, spoke.",
			[]want{{Text: "Ruth Ambler", ID: "person:ruth-ambler", Role: "press secretary"}}, nil},
		{"place suffixes", "Protesters gathered at Tahrir Square and near Dulles Airport. Victoria Station closed.",
			[]want{{Text: "Tahrir Square", ID: "place:tahrir-square", Loc: true}, {Text: "Dulles Airport", ID: "place:dulles-airport", Loc: true},
				{Text: "Victoria Station", ID: "place:victoria-station", Loc: true}}, nil},
		{"barracks, prisons and dams are places", "The guards moved from the Duke of Arlen Barracks to Kalmor Prison near Tessa Dam.",
			[]want{{Text: "Arlen Barracks", ID: "place:arlen-barracks", Loc: true}, {Text: "Kalmor Prison", ID: "place:kalmor-prison", Loc: true},
				{Text: "Tessa Dam", ID: "place:tessa-dam", Loc: true}},
			[]string{"person:arlen-barracks", "person:kalmor-prison", "person:tessa-dam"}},
		{"an organization is spelt, not sounded", "Sony Corp. sued a rival, and Hizbollah fighters left. Al-Aqsa gunmen fired.",
			[]want{{Text: "Hizbollah", ID: "org:hezbollah"}, {Text: "Al-Aqsa", ID: "org:al-aqsa-martyrs-brigades"}}, []string{"org:sonic-corp"}},
		{"events are no actors", "Survivors of World War II, the Cold War and the Falklands War watched the Winter Olympics.",
			nil, []string{"World War", "World War II", "Cold War", "Falklands War", "Falklands", "Winter Olympics", "Olympics"}},
		{"numbers end names", "He spoke to Channel 4 and later to Channel 2 about King Carlos III.",
			[]want{{Text: "Channel 4", ID: "org:channel-4"}, {Text: "Channel 2", ID: "org:channel-2"},
				{Text: "Carlos III", ID: "person:carlos-iii", Role: "King"}}, nil},
		{"a numeral after a family name", "Diplomat Robert Kelso III, a Republican, said. Kelso said no.",
			[]want{{Text: "Robert Kelso III", ID: "person:robert-kelso-iii"}, {Text: "Kelso", ID: "person:robert-kelso-iii"}}, nil},
		{"an acronym in brackets after a state is not the state's", "A party, the Supreme Council for the Islamic Revolution in Iraq (SCIRI), said.",
			[]want{{Text: "Supreme Council for the Islamic Revolution", ID: "org:supreme-council-for-the-islamic-revolution"}, {Text: "Iraq", ID: "country:IRQ", Loc: true}}, []string{"SCIRI"}},
		{"an organization's name goes on after its head word through 'of' and unknown words", "The Supreme Council of Islamic Courts (SCIC) said. Later the Defense Ministry of Ukraine spoke.",
			[]want{{Text: "Supreme Council of Islamic Courts", ID: "org:supreme-council-of-islamic-courts"},
				{Text: "Defense Ministry", ID: "org:defense-ministry"}, {Text: "Ukraine", ID: "country:UKR"}}, nil},
		{"a name after a place noun and 'of' is a place", "Troops left the town of Zelenoborsk and the province of Varnakia.",
			[]want{{Text: "Zelenoborsk", ID: "place:zelenoborsk", Loc: true}, {Text: "Varnakia", ID: "place:varnakia", Loc: true}}, nil},
		{"a cell or a squad heads a body's name", "Two officers of the Special Cell questioned him; the Flying Squad waited.",
			[]want{{Text: "Special Cell", ID: "org:special-cell"}, {Text: "Flying Squad", ID: "org:flying-squad"}}, nil},
		{"organization names extend left", "The Karsan Islamic Liberation Front (KILF) signed. KILF fighters left. Later the Islamic Jihad Movement spoke.",
			[]want{{Text: "Karsan Islamic Liberation Front", ID: "org:karsan-islamic-liberation-front"},
				{Text: "KILF", ID: "org:karsan-islamic-liberation-front"}, {Text: "KILF", N: 1, ID: "org:karsan-islamic-liberation-front"},
				{Text: "Islamic Jihad Movement", ID: "org:islamic-jihad-movement"}},
			[]string{"Liberation Front", "Jihad Movement"}},
		{"possessive inside an organization name", "The Kurdistan Workers' Party and the Tamil People's Liberation Front met.",
			[]want{{Text: "Kurdistan Workers' Party", ID: "org:kurdistan-workers-party"},
				{Text: "Tamil People's Liberation Front", ID: "org:tamil-people-s-liberation-front"}}, nil},
		{"full name of a known body before its short name", "The Islamic Resistance Movement (Hamas) said so.",
			[]want{{Text: "Islamic Resistance Movement", ID: "org:hamas"}, {Text: "Hamas", ID: "org:hamas"}}, nil},
		{"bracketed initials define an acronym for the document", "The Australian Federal Police (AFP) said. AFP officers came. The Federal Security Service (FSB) spoke.",
			[]want{{Text: "Australian Federal Police", ID: "org:aus-federal-police"}, {Text: "AFP", ID: "org:aus-federal-police"},
				{Text: "AFP", N: 1, ID: "org:aus-federal-police"}, {Text: "Federal Security Service", ID: "org:fsb"}, {Text: "FSB", ID: "org:fsb"}}, nil},
		{"an event inside an organization's name", "The Lima Asian Games Organizing Committee met.",
			[]want{{Text: "Lima Asian Games Organizing Committee", ID: "org:lima-asian-games-organizing-committee"}}, nil},
		{"known acronym in brackets after a place", "SEOUL, South Korea (AP) — Talks ended.",
			[]want{{Text: "AP", ID: "org:ap"}, {Text: "South Korea", ID: "country:KOR", Loc: true}}, nil},
		{"corporate suffixes", "Orion Telecom Group bought Vexa. Orion Telecom Corp. said the deal closed.",
			[]want{{Text: "Orion Telecom Group", ID: "org:orion-telecom-group"}, {Text: "Orion Telecom Corp.", ID: "org:orion-telecom-group"}}, nil},
		{"National within one state", "The Bolivian National Authority and the Bolivian Authority met.",
			[]want{{Text: "Bolivian National Authority", ID: "org:bol-national-authority"}, {Text: "Bolivian Authority", ID: "org:bol-national-authority"}}, nil},
		{"different bodies stay apart", "The Bolivian Authority met the Peruvian Authority.",
			[]want{{Text: "Bolivian Authority", ID: "org:bol-authority"}, {Text: "Peruvian Authority", ID: "org:per-authority"}}, nil},
		{"direction before a state", "Clashes in southern Sudan spread, and aid reached Juba, southern Sudan, and eastern Chad.",
			[]want{{Text: "Sudan", ID: "country:SDN", Loc: true}, {Text: "Juba", ID: "place:juba", Loc: true},
				{Text: "Sudan", N: 1, ID: "country:SDN", Loc: true}, {Text: "Chad", ID: "country:TCD", Loc: true}},
			[]string{"country:SSD", "government-of-south-sudan"}},
		{"byline is not the short name's referent", "AP writer Kim Tong-hyung contributed. North Korean leader Kim Jong Un watched. AP writer Kim Tong-hyung added that Kim smiled.",
			[]want{{Text: "Kim Tong-hyung", ID: "person:kim-tong-hyung"}, {Text: "Kim", ID: "person:kim-jong-un"}}, nil},
		{"news agencies are never people", "Xinhua said, and Interfax and Yonhap agreed.",
			[]want{{Text: "Xinhua", ID: "org:xinhua"}, {Text: "Interfax", ID: "org:interfax"}, {Text: "Yonhap", ID: "org:yonhap"}},
			[]string{"person:xinhua", "person:interfax", "person:yonhap"}},
	} {
		ms := document(NewResolver(g), c.text)
		checkMentions(t, c.name, ms, c.wants, nil)
		for _, a := range c.absent {
			for _, m := range ms {
				if m.Text == a || strings.HasSuffix(m.ActorID, ":"+slug(a)) || strings.HasSuffix(m.ActorID, "-"+a) || m.ActorID == a {
					t.Errorf("%s: unwanted mention %q (%s)", c.name, m.Text, m.ActorID)
				}
			}
		}
	}
}

// TestDocumentAcronymStaysInItsDocument checks that an acronym a document
// defines for a new body does not take a known one's name in later
// documents.
func TestDocumentAcronymStaysInItsDocument(t *testing.T) {
	r := NewResolver(defaultGazetteer(t))
	document(r, "The Australian Federal Police (AFP) said.")
	ms := document(r, "AFP reported it.")
	checkMentions(t, "second document", ms, []want{{Text: "AFP", ID: "org:afp"}}, nil)
}

// TestBylineAcrossDocuments checks that a short name seen only in a byline in one
// document does not draw later documents' short names.
func TestBylineAcrossDocuments(t *testing.T) {
	r := NewResolver(defaultGazetteer(t))
	document(r, "AP writer Amos Tarrow contributed.")
	document(r, "Judge Helen Tarrow ruled.")
	document(r, "Helen Tarrow retired.")
	ms := document(r, "Tarrow appealed.")
	checkMentions(t, "third document", ms, []want{{Text: "Tarrow", ID: "person:helen-tarrow"}}, nil)
}

// TestLoadGazetteerIsolated checks that user entries merged by one call do
// not leak into the built-in gazetteer shared by Default.
func TestLoadGazetteerIsolated(t *testing.T) {
	user := "- id: person:sergey-lavrov\n  aliases: [Lavrovsky]\n- id: org:acme\n  name: Acme Watch\n  kind: org\n"
	g, err := LoadGazetteer(strings.NewReader(user))
	if err != nil {
		t.Fatal(err)
	}
	if ids := g.Find("Acme Watch"); len(ids) != 1 {
		t.Fatalf("user gazetteer lacks its entry: %v", ids)
	}
	d := defaultGazetteer(t)
	if ids := d.Find("Acme Watch"); len(ids) != 0 {
		t.Errorf("Default() sees a user entry: %v", ids)
	}
	if e, _ := d.Lookup("person:sergey-lavrov"); containsString(e.Aliases, "Lavrovsky") {
		t.Errorf("Default() sees a user alias: %+v", e)
	}
	if d2 := defaultGazetteer(t); d2 != d {
		t.Errorf("Default() built the gazetteer twice")
	}
}

// TestDocumentAtFounded checks that a state is not found in documents
// written before it existed: its name and its capital then stand for a
// region of the state it left.
func TestDocumentAtFounded(t *testing.T) {
	g := defaultGazetteer(t)
	text := "Rebels in South Sudan fought on. Juba said talks would resume."
	toks := token.Tokenize(text)
	sents := token.Sentences(text, toks)
	old := NewResolver(g).DocumentAt(text, toks, sents, 2005)
	checkMentions(t, "2005", old, []want{{Text: "South Sudan", ID: "country:SDN", Loc: true}, {Text: "Juba", ID: "country:SDN", Loc: true}}, nil)
	now := NewResolver(g).DocumentAt(text, toks, sents, 2015)
	checkMentions(t, "2015", now, []want{{Text: "South Sudan", ID: "country:SSD", Loc: true}, {Text: "Juba", ID: "country:SSD"}}, nil)
	undated := NewResolver(g).Document(text, toks, sents)
	checkMentions(t, "undated", undated, []want{{Text: "South Sudan", ID: "country:SSD", Loc: true}}, nil)
}
