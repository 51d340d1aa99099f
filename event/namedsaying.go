package event

import (
	"slices"
	"strings"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/nlp/conllu"
)

// namedsaying.go: past the lead, the first words an article gives a named
// speaker ("\"Trade is up,\" said Jane Roe, head of the agency"; "The
// Ardenian chamber said output fell short of its forecast") are that
// speaker's statement, a claim, a stance or a reaction an analyst wants
// on the timeline, even with no day of its own: said by the day of
// publication (PublicationBound). Only the first: a speaker's later words
// in the article are more quotes of the same statement, and a speaker
// whose statement the article already told (the lead's, one with a day
// of its own) says nothing new by "he said" again. Only a name: not a
// subject that names no one ("witnesses said", "sources said") or only
// describes or serves the speaker ("a ministry official said", "the
// 58-year-old banker said"), nor a news medium (itemStatement). And only
// when its title tells what is said (titleSaysWhat). A saying whose
// clause tells an act done, or whose sentence tells other news, stays
// that news's source (laterStatement).

// plainSayings are the verb forms of a plain saying in the simple past
// whose first telling for a named speaker past the lead is a statement
// bound by the day of publication (namedSaying; data/words.yaml).
var plainSayings = wordList("plain_sayings")

// namedSaying dates the statement m past the lead, whose reporting verb
// at token r has no day of its own, by the day of publication on a day
// the text does not give (PublicationBound), and reports whether it did:
// when its trigger is a verb form of plainSayings in the simple past,
// outside a quotation, with no time before it (timeBefore), and its
// speaker, a person, an organization or a country its subject names
// (namedSubject), made no statement earlier in the article (noteStated),
// is no witness (witnessSpeaker), and the title tells what is said
// (titleSaysWhat).
func (s *sent) namedSaying(m *Mention, r int) bool {
	if !plainSayings[strings.ToLower(m.Trigger)] || m.Factuality != Asserted || m.Background || s.inQuotation(r) {
		return false
	}
	if !s.simplePastOf(&trigger{start: r, end: r + 1, anchor: r}, true) || s.timeBefore(r) {
		return false
	}
	id := agentOf(m)
	if id == "" || s.d.mem.stated[id] || !s.namedSubject(r, id) || !s.titleSaysWhat(m, r) || s.witnessSpeaker(id) {
		return false
	}
	switch s.kindOf(id) {
	case actor.Person, actor.Organization, actor.Country:
	default:
		return false
	}
	m.Time, m.Basis = nil, PublicationBound
	return true
}

// namedSubject reports whether the subject of the reporting verb at token
// r is the name of the speaker id: its head word a name of id ("Jane Roe
// said", "said the minister, Jane Roe"; "the Ardenian Trade Ministry
// said"; a person's name the parse tags as a common noun), or a name of
// id the head's title or post holds as its name words (nameWords:
// "Treasurer Jane Roe said", "Party official John Doe said"), an
// organization's name only when the head is a post that speaks for it
// (bodyVoice: "an Ardenian Telecom official said", "a spokesman for the
// Ardenian Rail Union"; not "a Telecom source", nor "a senior Ardenian
// official", a state's unnamed voice), not a common noun that only belongs to or
// describes the speaker ("a ministry official said", "the 58-year-old
// banker said", "police said"): an unnamed source sources what it says,
// it is no news of its own.
func (s *sent) namedSubject(r int, id string) bool {
	tr, n, ok := s.treeAt(r)
	if !ok {
		return false
	}
	if inRelativeClause(tr, n) {
		return false
	}
	person := s.kindOf(id) == actor.Person
	subjects := tr.kids(n, is("nsubj"))
	if s.inverted(r) {
		// "…, said an Ardenian Telecom official", the speaker read as the
		// verb's object
		subjects = append(subjects, slices.DeleteFunc(tr.kids(n, is("obj")), func(k node) bool { return k < n })...)
	}
	for _, c := range subjects {
		if (tr.w(c).UPOS == "PROPN" || person) && s.nodeNames(c, id) {
			return true // "Jane Roe said", "the Ardenian Trade Ministry said"
		}
		post := s.kindOf(id) == actor.Organization && s.bodyVoice(c)
		for _, k := range s.nameWords(c) {
			if tr.w(k).UPOS == "PROPN" && s.nodeNames(k, id) && (person || post) {
				return true
			}
		}
		if tr.w(c).UPOS != "PROPN" && s.nameOpensSubject(c, id) {
			return true
		}
	}
	return false
}

// bodyVoice reports whether the subject head c is a post that speaks for
// the body its name words name (speakerPosts: "an Ardenian Telecom
// official"), not one whose holder the text keeps unnamed by design
// (anonymousPosts: "a Telecom source").
func (s *sent) bodyVoice(c node) bool {
	w := s.tr.w(c)
	in := func(l map[string]bool) bool { return l[strings.ToLower(w.Lemma)] || l[strings.ToLower(w.Form)] }
	return in(speakerPosts) && !in(anonymousPosts)
}

// anonymousPosts are the posts of speakerPosts whose holder the text
// keeps unnamed by design (bodyVoice; data/words.yaml).
var anonymousPosts = wordList("anonymous_posts")

// nodeNames reports whether a token of the parse word k is a mention of
// the actor id.
func (s *sent) nodeNames(k node, id string) bool {
	for _, t := range s.tokensOf(k) {
		if a := s.d.actorAt[t]; a >= 0 && s.d.in.Actors[a].ActorID == id {
			return true
		}
	}
	return false
}

// nameWords returns the words that name the holder or the body of the
// subject head c, a title or a post: its flat, compound and appositive
// words ("Treasurer Jane Roe", "Minister Jane Roe", "an Ardenian Telecom
// official") and the words of a name an of/for/with phrase gives it ("a
// spokesman for the Ardenian Rail Union", "an official of the Ardenian
// Telecom Commission"), each with its flat words.
func (s *sent) nameWords(c node) []node {
	tr := s.tr
	var out []node
	add := func(k node) {
		out = append(out, k)
		out = append(out, tr.kids(k, is("flat", "compound"))...)
	}
	for _, k := range tr.kids(c, is("flat", "compound", "appos")) {
		add(k)
	}
	for _, k := range tr.kids(c, is("nmod")) {
		if postCases[tr.caseWord(k)] {
			add(k)
		}
	}
	return out
}

// postCases are the prepositions that join a post to the body it speaks
// for ("a spokesman for the union", "an official of the commission";
// nameWords).
var postCases = map[string]bool{"of": true, "for": true, "with": true, "from": true, "at": true}

// nameOpensSubject reports whether the subject c, a common noun, opens
// with a name of the speaker id set off by a comma ("Jane Roe, head of
// the agency, said", which the parse may read with "head" the subject
// and the name its modifier): the name is the speaker, the noun its
// apposition.
func (s *sent) nameOpensSubject(c node, id string) bool {
	tr := s.tr
	first := node(firstOfSubtree(tr.words, int(c)))
	if first == c || tr.w(first).UPOS != "PROPN" {
		return false
	}
	toks := s.tokensOf(first)
	if len(toks) == 0 {
		return false
	}
	a := s.d.actorAt[toks[0]]
	if a < 0 || s.d.in.Actors[a].ActorID != id {
		return false
	}
	end := toks[0]
	for end+1 < s.last && s.d.actorAt[end+1] == a {
		end++
	}
	return s.word(end+1) == ","
}

// witnessNouns are the nouns that make a named speaker a witness or a
// bystander, not a party (witnessNamed; data/words.yaml).
var witnessNouns = wordList("witness_nouns")

// witnessSpeaker reports whether the article, up to this sentence,
// names the speaker id as a witness or a bystander: one of its mentions
// has an apposition or a title before it that is one of witnessNouns
// ("Jane Roe, a local resident, said"; "student John Doe asked the
// minister … Doe said"). A witness's account sources the act it tells,
// and a bystander's view is no statement of a party (namedSaying).
func (s *sent) witnessSpeaker(id string) bool {
	for _, ai := range s.d.mentionsOf[id] {
		a := s.d.in.Actors[ai]
		toks := tokensIn(s.d.in.Tokens, a.Start, a.End)
		if len(toks) == 0 || toks[0] >= s.last {
			continue
		}
		ps, ok := s.sentenceAt(toks[0])
		if !ok {
			continue
		}
		for _, t := range toks {
			if tr, n, ok := ps.treeAt(t); ok && witnessNamed(tr, n) {
				return true
			}
		}
	}
	return false
}

// witnessNamed reports whether the word n of a name has an apposition
// or a title, not itself a name, that is one of witnessNouns ("Jane
// Roe, a local resident"; "farmer Jane Roe", a title the parse may tag
// as a noun or an adjective) (witnessSpeaker).
func witnessNamed(tr *tree, n node) bool {
	return slices.ContainsFunc(tr.kids(n, is("appos", "compound", "nmod:desc", "amod")), func(k node) bool {
		w := tr.w(k)
		return w.UPOS != "PROPN" && (witnessNouns[strings.ToLower(w.Lemma)] || witnessNouns[strings.ToLower(w.Form)])
	})
}

// inRelativeClause reports whether the verb n is, through a chain of
// conjuncts, part of a relative clause: the clause itself ("acl:relcl")
// or a conjunct of a verb whose subject is a relative pronoun ("Jane
// Roe, an envoy who is to brief President John Doe on the talks, told
// the paper …", where the parse joins "told" to "brief" and takes Doe
// for its subject). The subject the parse gives such a verb is a name
// inside the speaker's relative clause, not the speaker (namedSubject).
func inRelativeClause(tr *tree, n node) bool {
	for {
		if tr.rel(n) == "acl:relcl" {
			return true
		}
		for _, k := range tr.kids(n, is("nsubj", "nsubj:pass")) {
			if tr.w(k).UPOS == "PRON" && relativePronouns[strings.ToLower(tr.w(k).Form)] {
				return true
			}
		}
		h, ok := tr.head(n)
		if !ok || tr.rel(n) != "conj" {
			return false
		}
		n = h
	}
}

// titleSaysWhat reports whether the title of the statement m, whose
// reporting verb is at token r, tells what is said: not the bare type
// phrase ("Jane Roe issues statement"), and it holds the word that
// heads the clause said (the verb or the predicate of its complement
// clause, or of the clause a frame after it closes: "\"Trade is up,\"
// said Jane Roe"), so that neither a subject alone ("Jane Roe says
// deployment") nor a clause cut before its verb stands for it.
func (s *sent) titleSaysWhat(m *Mention, r int) bool {
	if bareTitle(m) {
		return false
	}
	tr, n, ok := s.treeAt(r)
	if !ok {
		return false
	}
	c := noNode
	if cs := tr.kids(n, is("ccomp")); len(cs) > 0 {
		c = cs[0]
	} else if h, ok := tr.head(n); ok && h < n {
		c = h // the clause a closing frame reports
	}
	if c == noNode {
		return false
	}
	words := strings.Fields(strings.ToLower(m.Title))
	for i := range words {
		words[i] = strings.Trim(words[i], "\"',.:;")
	}
	at := saidWordAt(words, tr.w(c))
	if at < 0 {
		return false
	}
	for _, k := range tr.kids(c, is("obj", "xcomp", "ccomp")) {
		if saidWordAt(words, tr.w(k)) < 0 {
			return false // "says he will need", "says fans will be able": what the verb takes is cut
		}
	}
	// a title ending on the predicate that has a phrase or a clause of its
	// own is cut before it ("says negotiations will likely result")
	return at < len(words)-1 || len(tr.kids(c, is("obl", "advcl"))) == 0
}

// bareTitle reports whether the title of the statement m is the bare
// type phrase ("Jane Roe issues statement"), which tells nothing of what
// is said.
func bareTitle(m *Mention) bool {
	tw := theHeadWords.Types[Statement]
	phrase := cmpOr(tw.Alone, tw.Verb)
	for _, plural := range []bool{false, true} {
		if phrase != "" && strings.Contains(m.Title, " "+theHeadWords.present(phrase, plural)) {
			return true
		}
	}
	return false
}

// saidWordAt returns the index of the word of words (a title's, lower
// case) that is the parse word w, by its form or its lemma's stem
// ("reflects" for "reflected"), or -1.
func saidWordAt(words []string, w *conllu.Token) int {
	form, lemma := strings.ToLower(w.Form), strings.ToLower(w.Lemma)
	for i, f := range words {
		if f == form || len(lemma) >= minStemChars && strings.HasPrefix(f, lemma) {
			return i
		}
	}
	return -1
}

// minStemChars is the fewest letters of a lemma titleSaysWhat takes as
// the stem of a title's word ("reflect" in "reflects"): a shorter one
// ("be", "go") would match unrelated words.
const minStemChars = 3

// timeBefore reports whether a time expression that dates events stands
// before the reporting verb at token r in its sentence or hangs on the
// verb in the parse, outside a quotation ("Earlier this week Jane Roe
// said", "said in 2021 that"; not "\"We will land on Mars in 2031,\" Roe
// said", the claim's time): a time the saying may have of its own, a
// stance of another time, which a statement bound by the publication
// would misdate.
func (s *sent) timeBefore(r int) bool {
	n, parsed := s.treeNode(r)
	for i := s.first; i < s.last; i++ {
		xi := s.d.timexAt[i]
		if xi < 0 || !datesEvents(&s.d.in.Times[xi]) || s.inQuotation(i) {
			continue
		}
		if i < r {
			return true
		}
		if a, ok := s.attachmentOf(i); ok && parsed && a.head == n {
			return true
		}
	}
	return false
}

// agentOf returns the first agent of m, or "" for none.
func agentOf(m *Mention) string {
	for _, p := range m.Participants {
		if p.Role == Agent {
			return p.ActorID
		}
	}
	return ""
}

// noteStated records the agents of the sentence's statements told as
// done (not background): a later plain saying of theirs tells no new
// statement (namedSaying).
func (s *sent) noteStated(ms []Mention) {
	for k := range ms {
		m := &ms[k]
		if m.Type != Statement || m.Background || m.Factuality != Asserted && m.Factuality != Reported {
			continue
		}
		if id := agentOf(m); id != "" {
			if s.d.mem.stated == nil {
				s.d.mem.stated = map[string]bool{}
			}
			s.d.mem.stated[id] = true
		}
	}
}
