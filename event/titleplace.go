package event

import (
	"slices"
	"strings"
	"unicode"

	"github.com/chronograph-news/chronograph/actor"
)

// A title with no side and no place ("Earthquake", "Trial", "Elections")
// does not read as a headline: it says neither who nor where. When the
// mention has no participant at all, the sentence's own place names the
// where ("A strong earthquake shook Lima" → "Earthquake in Lima"), even
// where the parse tied no place to the trigger.

// sentencePlace returns the canonical name of the place the sentence of
// s names that best locates an event with no participant, or "": a
// mention the resolver read as a location ("in Karachi") first, then a
// named place (a city, an island), then a country named by a capital or
// by its name in the possessive ("Kenya's"; never a demonym: "Israeli shells" says
// whose, not where; nor a country alone, more often a side; save, last,
// for a national type's event: data/headlines.yaml national); the first
// in the text on a tie. A country mention named by another word than its
// country's name (a capital) is named as the text gives it. Places the title names already are skipped,
// and a capital whose country the title names ("Washington would resort",
// its government, titled "United States will resort").
func (s *sent) sentencePlace(title string, t *trigger, typ Type) string {
	name, _ := s.sentencePlaceID(title, t, typ)
	return name
}

// sentencePlaceID is sentencePlace with the id of the place it names
// (a place's or a country's), or "" and "".
func (s *sent) sentencePlaceID(title string, t *trigger, typ Type) (string, string) {
	in := s.d.in
	national := theHeadWords.Types[typ].National
	if s.index < 0 || s.index >= len(in.Sentences) {
		return "", ""
	}
	ts := in.Sentences[s.index]
	best, bestID, rank := "", "", 0
	var countries, countryIDs []string // a national type's candidate countries, by demonym or name alone
	for _, a := range in.Actors {
		if a.Start < ts.Start || a.End > ts.End || a.ActorID == "" {
			continue
		}
		if c := nationOf(a); national && c != "" && !s.sidePrefixed(a.Start) && s.inTriggerClause(t, a) {
			// "Kenyan President Kibaki ... the referendum": a country's
			// own event, the country its place, even one a demonym
			// names or the country of a person its title names (one
			// country only, below)
			if name := s.d.name(c); name != "" && !slices.Contains(countries, name) {
				countries, countryIDs = append(countries, name), append(countryIDs, c)
			}
		}
		if nameGoesOn(in.Text[a.End:ts.End]) || !s.placesClause(t, a) {
			continue
		}
		if personPossessor(in.Text[a.End:ts.End]) {
			continue // "insult to Russia's leader": the leader's country, no place of the event
		}
		r := 0
		switch {
		case a.Location:
			r = 3
		case a.Kind == actor.Place:
			r = 2
		case a.Kind == actor.Country && !demonym(a.Text) && !s.demonymOf(a) && (strings.HasPrefix(in.Text[a.End:ts.End], "'s ") || s.capital(a)):
			r = 1 // "Kenya's referendum", "shook Lima"; a country alone is more often a side than the place
		}
		if r <= rank {
			continue
		}
		id := s.d.placeOf(a)
		name := s.name(id)
		if s.capital(a) {
			name = a.Text // "Lima", a capital the resolver reads as its country
		}
		if name == "" || strings.Contains(title, name) || strings.Contains(title, a.Text) || namesWords(title, s.name(a.ActorID)) {
			continue
		}
		best, bestID, rank = name, id, r
	}
	if best == "" && len(countries) == 1 && !namesPlaceWord(title) && !strings.Contains(title, countries[0]) {
		return countries[0], countryIDs[0]
	}
	return best, bestID
}

// nationOf returns the country a mention names, by its name or a
// demonym, or, for a person, by the country their title gives ("Kenyan
// President Mwai Kibaki"): the id, or "".
func nationOf(a actor.Mention) string {
	switch {
	case a.Kind == actor.Country:
		return a.ActorID
	case a.Kind == actor.Person && a.Role != "" && strings.HasPrefix(a.Affiliation, string(actor.Country)+":"):
		return a.Affiliation
	}
	return ""
}

// sidePrefixed reports whether a country's mention starting at offset
// start follows a prefix that makes it a side taken, no place:
// "anti-Syrian parties", "pro-Western" (opposedPrefixes, supportPrefixes).
func (s *sent) sidePrefixed(start int) bool {
	return s.prefixedAt(start, opposedPrefixes) || s.prefixedAt(start, supportPrefixes)
}

// namesPlaceWord reports whether a title already says where or whose by
// a capitalised word after its first, or a first word that is a demonym
// or ends like one ("Asian tsunami hits", "Flooding damages North Korea's supplies"): a
// country its sentence names only by the way is then no place to add.
func namesPlaceWord(title string) bool {
	for i, w := range strings.Fields(title) {
		if r := []rune(w)[0]; i > 0 && unicode.IsUpper(r) || i == 0 && (demonym(w) || strings.HasSuffix(w, "an")) {
			return true
		}
	}
	return false
}

// placesClause reports whether the place mention a stands in the clause
// of trigger t or in a clause above it ("people were evacuated from
// Crimea as the volcano began erupting"), or in a clause telling of the
// trigger's noun itself ("the trial, which opened in Kyiv"), not in a
// clause of its own below or beside it ("a refugee now working in
// Sydney", "said that a leakage reached the river", "pushing the Horn of
// Africa nation to war"), nor describing a person ("Damascus critic Rafiq
// Hariri") or a currency ("Swiss francs"), nor inside a phrase telling
// the event's cause ("after a rally on Wall Street": antecedentPlace);
// true without a parse.
func (s *sent) placesClause(t *trigger, a actor.Mention) bool {
	d := s.tree()
	if d == nil {
		return true
	}
	if n, ok := s.triggerNode(t); ok && s.antecedentPlace(mentionNode(d, a), n, t.e.Type) {
		return false // "rose, tracking gains on Wall Street" (causeplace.go)
	}
	return !describesName(d, mentionNode(d, a)) && s.inTriggerClause(t, a)
}

// describesName reports whether the place at word p describes a person
// by the compound it opens ("Damascus critic Rafiq Hariri", "Kabul
// resident Ahmad Shah") or a currency ("919 million Swiss francs"): no
// place of the event.
func describesName(d *tree, p node) bool {
	for x, k := p, 0; x != noNode && d.rel(x) == "compound" && k < maxPhraseWords; k++ {
		h, ok := d.head(x)
		if !ok {
			break
		}
		if len(d.kids(h, is("flat", "flat:name"))) > 0 || amountWords[strings.ToLower(d.w(h).Form)] {
			return true
		}
		x = h
	}
	return false
}

// inTriggerClause is placesClause's test of the clause alone: the mention
// a stands in the clause of trigger t or in one above it, not in a clause
// of its own below or beside it; true without a parse.
func (s *sent) inTriggerClause(t *trigger, a actor.Mention) bool {
	d := s.tree()
	if d == nil {
		return true
	}
	n, ok := s.triggerNode(t)
	if !ok {
		return true
	}
	above := map[node]bool{}
	for x, k := n, 0; k < len(d.words); k++ {
		above[x] = true
		h, ok := d.head(x)
		if !ok {
			break
		}
		x = h
	}
	for x, k := mentionNode(d, a), 0; x != noNode && !above[x] && k < len(d.words); k++ {
		h, ok := d.head(x)
		if !ok {
			break
		}
		if ownClause[baseRel(d.rel(x))] && h != n {
			return false
		}
		x = h
	}
	return true
}

// namesWords reports whether title holds name as whole words ("United
// States will resort" names the United States; "Iraqi guide" does not
// name Iraq).
func namesWords(title, name string) bool {
	if name == "" {
		return false
	}
	words := func(text string) string {
		return " " + strings.Join(strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }), " ") + " "
	}
	return strings.Contains(words(title), words(name))
}

// mentionNode returns the word of the parse that heads the actor mention
// a, or noNode.
func mentionNode(d *tree, a actor.Mention) node {
	for k, w := range d.words {
		if w.Start >= a.Start && w.End <= a.End {
			if h, ok := d.head(node(k)); !ok || d.words[h].Start < a.Start || d.words[h].End > a.End {
				return node(k)
			}
		}
	}
	return noNode
}

// ownClause are the relations of a clause that tells of something else
// than the clause it hangs on.
var ownClause = map[string]bool{"acl": true, "advcl": true, "ccomp": true, "parataxis": true, "csubj": true}

// nameGoesOn reports whether the text after a place's name goes on with
// a capitalized word, the place then naming something else ("the Kursk
// Ripper", "Kyiv Dynamo"), or whose it is ("London's FTSE 100 index",
// "Kenya's Raila Odinga": the owner of a named thing, no place of the
// event).
func nameGoesOn(after string) bool {
	if rest, ok := cutPossessive(after); ok {
		f := strings.Fields(rest)
		return strings.HasPrefix(rest, " ") && len(f) > 0 && unicode.IsUpper([]rune(f[0])[0])
	}
	if !strings.HasPrefix(after, " ") {
		return false
	}
	f := strings.Fields(after)
	return len(f) > 0 && properName(f[0])
}

// cutPossessive returns text after its opening possessive ending ("'s")
// and whether there was one.
func cutPossessive(text string) (string, bool) {
	for _, p := range []string{"'s", "’s"} {
		if rest, ok := strings.CutPrefix(text, p); ok {
			return rest, true
		}
	}
	return text, false
}

// stemChars is how many first letters a country's name and a word
// derived from it share ("Iraq" – "Iraqis", "Britain" – "British").
const stemChars = 4

// demonymOf reports whether a country mention is a word derived from
// its country's name rather than the name (derivedName).
func (s *sent) demonymOf(a actor.Mention) bool {
	return derivedName(s.name(a.ActorID), a.Text)
}

// derivedName reports whether text is a word derived from the country
// name rather than the name ("Iraq" – "Iraqi", "China" – "Chinese",
// "Britain" – "British"), which demonym's endings do not all catch.
func derivedName(name, text string) bool {
	name, text = strings.ToLower(name), strings.ToLower(text)
	if name == text || len(name) < stemChars || len(text) < stemChars {
		return false
	}
	for _, w := range strings.Fields(name) {
		if len(w) >= stemChars && strings.HasPrefix(text, w[:stemChars]) && !strings.HasPrefix(text, w+" ") && text != w {
			return true
		}
	}
	return false
}

// capital reports whether a country mention names its country by another
// proper name, its capital or a city ("Lima" for Peru), not a demonym nor
// the first words of the country's own name, which the text uses as its
// adjective ("Soviet domination" of the Soviet Union, "Czech" of the
// Czech Republic): "in Soviet" would read garbled.
func (s *sent) capital(a actor.Mention) bool {
	name := s.name(a.ActorID)
	return a.Kind == actor.Country && properName(a.Text) && !demonym(a.Text) && !s.demonymOf(a) && a.Text != name && !strings.HasPrefix(name, a.Text+" ")
}

// properName reports whether every word of text begins with a capital
// and it is no acronym ("Lima", "Buenos Aires"; not "US", "the Hague").
func properName(text string) bool {
	for _, w := range strings.Fields(text) {
		if w[:1] != strings.ToUpper(w[:1]) || w[:1] == strings.ToLower(w[:1]) || allCaps(strings.Trim(w, ".")) {
			return false
		}
	}
	return text != ""
}

// placeTitle adds the sentence's place to the title of a mention with no
// participant ("Trial" → "Trial in Oslo"), and for a placed type
// (data/headlines.yaml placed) makes it the mention's location too: the
// place a disaster struck or a market moved in ("Floods hit Hunan",
// "Shares close lower in Tokyo"), a statistic's too, which moves like a
// market's (Mention.Moves: "Exports rise 5 percent in Ruritania"), and for a type a state holds
// (placed_state) the country it is held in when a time of its own dates
// it ("Referendum held in Kenya" on Monday);
// other titles, and the bare name of a verb trigger's type, are kept.
func (s *sent) placeTitle(title string, t *trigger, m *Mention) string {
	if len(m.Participants) > 0 || m.Location != "" || title == "" || !t.noun && strings.EqualFold(title, TypeNoun(m.Type)) {
		// a verb's type's bare name ("Accident") is no headline a place
		// completes: the merged event's other mentions title it better
		return title
	}
	p, id := s.sentencePlaceID(title, t, m.Type)
	if p == "" {
		return title
	}
	if tw := theHeadWords.Types[m.Type]; tw.Placed || m.Moves() || tw.PlacedState && m.Time != nil && strings.HasPrefix(id, string(actor.Country)+":") {
		// "Referendum held in Kenya": a state's own event; not "in
		// Africa" ("Africa's first elected female president"), nor one
		// with no time of its own ("the democratic elections"): mostly a
		// reference, which a location would keep on the timeline as the
		// day's news (merge: dropped)
		m.Location = id
	}
	if strikesPlace(m.Type, title) {
		return title + " " + p // "Typhoon hits Mindanao"
	}
	return title + " in " + p
}

// personPossessor reports whether the text after a name makes it the
// possessor of one person ("Russia's leader", "Kenya's president"): the
// person's country, not a place. Its people ("China's farmers") live
// there, so the country stays their events' place.
func personPossessor(after string) bool {
	rest, ok := strings.CutPrefix(after, "'s ")
	if !ok {
		return false
	}
	w, _, _ := strings.Cut(rest, " ")
	w = strings.ToLower(strings.Trim(w, ".,;:"))
	return w != "" && (!strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss")) && theHeadWords.personEnding(w)
}

// contentTypes are the types of an act of saying, whose object or clause
// tells what is said or criticized, not where (data/headlines.yaml
// content_types).
var contentTypes = func() map[Type]bool {
	out := map[Type]bool{}
	for _, t := range theHeadWords.ContentTypes {
		out[Type(t)] = true
	}
	return out
}()

// contentRels are the relations of a phrase below an act of saying that
// tell what is said, not where it is said.
var contentRels = set("ccomp", "xcomp", "advcl", "obj", "iobj", "csubj", "parataxis", "acl", "acl:relcl")

// contentPlace reports whether the place of a mention of an act of saying
// (contentTypes) at trigger t stands only in what is said: every phrase
// naming it hangs below the trigger's word through its object, a clause,
// or an oblique of what it is about (topic_cases), none as an oblique of
// its own ("warned that food supplies in Albania had run low", "denounced
// attacks by militias in Darfur": not said in Albania nor in Darfur; "in
// London, Blair warned": in London). A title that does not tell what is
// said leaves such a place out ("Emma Bonino issues warning", never "...
// in Albania").
func (s *sent) contentPlace(t *trigger, m *Mention) bool {
	if !contentTypes[m.Type] || m.Location == "" || s.tree() == nil {
		return false
	}
	n, ok := s.triggerNode(t)
	return ok && s.contentPlaceAt(n, m)
}

// contentPlaceAt is contentPlace for the trigger's word n.
func (s *sent) contentPlaceAt(n node, m *Mention) bool {
	if !contentTypes[m.Type] || m.Location == "" {
		return false
	}
	h := &head{s: s, m: m, used: map[string]bool{}, event: n}
	d := s.tr
	content := false
	for k := range d.words {
		c := node(k)
		if c == n {
			continue
		}
		said, reached := false, false
		for x := c; ; {
			up, ok := d.head(x)
			if !ok {
				break
			}
			if contentRels[d.rel(x)] || up == n && baseRel(d.rel(x)) == "obl" && theHeadWords.topicCases[d.caseWord(x)] {
				said = true
			}
			if up == n {
				reached = true
				break
			}
			x = up
		}
		if !reached || !h.names(c, m.Location) {
			continue // the climb first: names looks the phrase's actors up
		}
		if !said {
			return false // "in London, Blair warned": where it is said
		}
		content = true
	}
	return content
}
