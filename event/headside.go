package event

import "slices"

// The side a headline names after its object ("recalls ambassador to New
// Zealand", "signs agreement with United States") is said with the
// preposition the sentence gives it, never an invented "with": a
// participant the event's records hold as its counterpart may come from a
// phrase of the object's ("pledged aid to the government"), a conjunct
// subject ("A and B signed"), or another clause of the sentence ("sources
// close to the talks between A and B"), which the headline cannot say.

// sideCases maps the prepositions a counterpart's phrase may have to the
// one a headline says it with; a phrase with another ("for", "of", "in")
// names no side the event is done with or to.
var sideCases = map[string]string{
	"with": "with", "between": "with", "among": "with",
	"against": "against", "to": "to", "towards": "towards", "toward": "toward",
	"at": "at", "from": "from",
}

// mutualCases mark the other side of a relation between two ("ties with
// Serbia", "a deal between A and B"), which a topic phrase holding it
// (sideTopics: "froze talks on closer ties with Serbia") still names as
// the event's side; a border shared with a state is a place (borderNouns).
var mutualCases, sideTopics = wordList("mutual_cases"), wordList("side_topics")

// nounHosts are the relations of a trigger noun to the verb whose own
// marked phrases the parse may give the noun's side ("a truce took effect
// between A and B", "entered into an agreement with C").
var nounHosts = set("nsubj", "obj", "obl")

// sideBreaks are the relations that start a clause of its own: a
// counterpart beyond one belongs to another predicate ("passed a law
// allowing the US military to stay", "hammered Panathinaikos, Messi also
// scoring").
var sideBreaks = set("acl", "advcl", "ccomp", "xcomp", "csubj", "parataxis", "dep", "list", "reparandum", "vocative", "discourse")

// sideCase returns the preposition a headline says the mention's unnamed
// counterpart or recipient with, after the object of the trigger word n:
// the preposition of the nearest phrase marked by one on the way up from
// the counterpart's word to n (sideCases), "with" for a conjunct of the
// clause's own subject or object with no preposition ("Malaysia and the
// United States signed"); "" when the sentence's structure gives none
// (an apposition of the object, a word of another clause, an actor the
// sentence does not name), and the headline names the object alone.
func (h *head) sideCase(n node) string {
	var ids []string
	for _, p := range h.m.Participants {
		if (p.Role == Counterpart || p.Role == Recipient) && !h.used[p.ActorID] {
			ids = append(ids, p.ActorID)
		}
	}
	return h.s.sideCase(n, ids)
}

// sideCase returns the preposition a title says the actors ids with after
// the object of the trigger word n (see head.sideCase); "" for none.
func (s *syntax) sideCase(n node, ids []string) string {
	d := s.tr
	if d == nil || len(ids) == 0 {
		return ""
	}
	for k := range d.words {
		w := node(k)
		if w == n || !s.namesOneOf(w, ids) {
			continue
		}
		if cw, ok := s.caseUpTo(w, n); ok {
			return cw
		}
	}
	return ""
}

// namesOneOf reports whether the word w is a token of a name of one of
// the actors ids.
func (s *syntax) namesOneOf(w node, ids []string) bool {
	for _, ti := range s.tokensOf(w) {
		if p, ok := s.mentionAt(ti); ok && slices.Contains(ids, s.actor(p).ActorID) {
			return true
		}
	}
	return false
}

// caseUpTo walks from w up to n and returns the headline preposition of
// the nearest marked phrase on the way (sideCases), "with" for a conjunct
// of the clause's subject with none. It fails when the way leaves the
// clause (sideBreaks; a participle modifying the trigger noun n itself
// stays: "an agreement struck with France"), never reaches n, or the
// nearest preposition names no side; and when the marked phrase hangs in
// another marked phrase ("deployed rockets on its border with Israel",
// "signed an agreement on the accession to the WTO") or on an adjective
// ("a deal important to France"): it says what that phrase is, not whom
// the event is done with. A name modifying the marked noun keeps its
// preposition ("aid to the Hamas-led government": "to Hamas").
func (s *syntax) caseUpTo(w, n node) (string, bool) {
	d := s.tr
	v := noNode // the verb the trigger noun is a core or oblique argument of
	if up, ok := d.head(n); ok && d.w(n).UPOS == "NOUN" && nounHosts[baseRel(d.rel(n))] && d.w(up).UPOS == "VERB" {
		v = up // "a truce took effect between A and B", "entered into an agreement with C"
	}
	cw, conj := "", false
	for k, depth := w, 0; depth < len(d.words); depth++ {
		if k == n || k == v {
			if cw == "" && conj {
				return "with", true
			}
			out, ok := sideCases[cw]
			return out, ok
		}
		r := d.rel(k)
		switch c := d.caseWord(k); {
		case cw == "":
			cw = c
		case c == "" || c == "of" || s.timeNode(k):
			// a time the parse hangs the phrase on ("signed deals on
			// Tuesday with China") says no phrase of its own
		case !sideTopics[c] || !mutualCases[cw] || borderNouns[lowerAt(d, k)]:
			return "", false
		}
		if cw != "" && k != w && baseRel(r) == "amod" {
			return "", false
		}
		up, ok := d.head(k)
		if !ok || sideBreaks[baseRel(r)] && !(r == "acl" && up == n) {
			return "", false
		}
		if r == "conj" && baseRel(d.rel(up)) == "nsubj" {
			conj = true // "Malaysia and the United States signed"; a conjunct of the object is named with it
		}
		k = up
	}
	return "", false
}

// objectSide returns the preposition a title names the other sides of m
// with after the object of trigger t: the one the sentence's structure
// gives them (sideCase), "" for none; "with" without a parse.
func (s *sent) objectSide(t *trigger, m *Mention) string {
	n, ok := s.parsedTrigger(t)
	if !ok {
		return "with"
	}
	var ids []string
	for _, p := range m.Participants {
		if p.Role == Counterpart || p.Role == Target || p.Role == Recipient {
			ids = append(ids, p.ActorID)
		}
	}
	return s.sideCase(n, ids)
}

// sideObject reports whether the words right after the trigger t name a
// counterpart or a recipient the title has not named yet, the object of
// a verb of several words: such a verb takes it as its object too
// ("edged out Berg 6-4": "edges out Berg", never "edges out with Berg").
// It reads the words, not the parse, which a game's score after the name
// often breaks.
func (h *head) sideObject(t *trigger) bool {
	if t == nil || t.noun {
		return false
	}
	var ids []string
	for _, p := range h.m.Participants {
		if (p.Role == Counterpart || p.Role == Recipient) && !h.used[p.ActorID] {
			ids = append(ids, p.ActorID)
		}
	}
	i := t.end
	if determiners[h.s.word(i)] {
		i++ // "brushed aside the Hawks"
	}
	p, ok := h.s.mentionAt(i)
	return ok && slices.Contains(ids, h.s.actor(p).ActorID)
}
