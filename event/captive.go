package event

import (
	"strings"

	"github.com/chronograph-news/chronograph/actor"
)

// captiveType retypes a capture whose patients are all people: taking
// people by force is no capture of ground (CAMEO 192). Their captor, or
// failing one the captives, decide how: an armed group of no state
// (agent:-:pirates) abducts them (Abduction, 181); a state's forces or
// authorities, or an unnamed captor of a state's soldiers, detain them
// (Arrest, 173: "soldiers captured by troops" are taken prisoner); people
// taken by no one named are abducted, unless they are fighters of no
// state (capturedFighters) or the sentence tells an arrest ("X was captured in June; his arrest disrupted the funding":
// arrestTold). The title follows the type.
func (s *sent) captiveType(t *trigger, m *Mention) {
	if m.Type != Capture {
		return
	}
	people, soldiers := s.peoplePatient(t)
	captives := 0
	for _, p := range m.Participants {
		if p.Role != Target {
			continue
		}
		if !s.people(p.ActorID) {
			if people && s.kindOf(p.ActorID) == actor.Country {
				continue // "North Korean combatants": the captives' state
			}
			return // a place, a state or an organization taken
		}
		captives++
		soldiers = soldiers || stateAgent(p.ActorID)
	}
	if captives == 0 && !people {
		return
	}
	typ := Abduction
	if soldiers || s.arrestTold(t) || s.authorityCaptor(t) || s.namedCaptives(t, m) || capturedFighters(m) {
		typ = Arrest
	}
	for _, p := range m.Participants {
		if p.Role != Agent {
			continue
		}
		switch {
		case stateAgent(p.ActorID) || s.kindOf(p.ActorID) == actor.Country:
			typ = Arrest
		case strings.HasPrefix(p.ActorID, actor.AgentPrefix):
			typ = Abduction
		}
		break
	}
	e := *t.e
	e.Type = typ
	t.e, t.code = &e, ""
	m.Type, m.CAMEO = typ, typ.CAMEO()
}

// captorAuthorities are the nouns of a state's forces or authorities that,
// as the captor, make a capture of people an arrest (data/words.yaml).
var captorAuthorities = wordList("captor_authorities")

// authorityCaptor reports whether the captor of the verb trigger t in the
// parse, its subject or its "by" agent, is a noun of captorAuthorities
// ("police captured the militant leader", "was captured by troops"), though
// no actor stands for it.
func (s *sent) authorityCaptor(t *trigger) bool {
	n, ok := s.triggerNode(t)
	if !ok || t.noun {
		return false
	}
	d := s.tr
	for _, k := range d.kids(n, is("nsubj", "obl:agent", "obl")) {
		if d.rel(k) == "obl" && d.caseWord(k) != "by" {
			continue
		}
		if d.lemmaIn(k, captorAuthorities) {
			return true
		}
	}
	return false
}

// namedCaptives reports whether the passive verb trigger t has no "by"
// agent nor m an agent, and every target of m is a person the text names
// ("Omar Hadi was captured in Malaysia"): a named person taken by no
// captor told is a wanted man caught, not a hostage (kidnappers are told
// by verbs of their own: kidnap, abduct, take hostage).
func (s *sent) namedCaptives(t *trigger, m *Mention) bool {
	if !t.passive || countRoles(m, Agent) > 0 {
		return false
	}
	if n, ok := s.triggerNode(t); ok {
		for _, k := range s.tr.kids(n, is("obl:agent", "obl")) {
			if s.tr.caseWord(k) == "by" {
				return false
			}
		}
	}
	named := false
	for _, p := range m.Participants {
		if p.Role != Target {
			continue
		}
		if s.kindOf(p.ActorID) != actor.Person {
			return false
		}
		named = true
	}
	return named
}

// capturedFighterNames are the fighters of no state whose capture by no named
// captor takes them prisoner (data/words.yaml captured_fighters).
var capturedFighterNames = wordList("captured_fighters")

// capturedFighters reports whether m has no agent and every target of m
// is a group of fighters of no state ("agent:-:insurgents": "14
// insurgents were captured in fighting"): fighters taken in combat are
// prisoners, not hostages.
func capturedFighters(m *Mention) bool {
	fighters := false
	for _, p := range m.Participants {
		switch p.Role {
		case Agent:
			return false
		case Target:
			name, ok := strings.CutPrefix(p.ActorID, actor.AgentPrefix+"-:")
			if !ok || !capturedFighterNames[name] {
				return false
			}
			fighters = true
		}
	}
	return fighters
}

// people reports whether the actor id stands for a person or a group of
// people (an agent: "agent:PRK:military", "agent:-:fishermen").
func (s *sent) people(id string) bool {
	return s.kindOf(id) == actor.Person || strings.HasPrefix(id, actor.AgentPrefix)
}

// stateAgent reports whether the actor id is an agent of a state
// ("agent:UKR:military", "agent:?:police"), not of none ("agent:-:rebels").
func stateAgent(id string) bool {
	rest, ok := strings.CutPrefix(id, actor.AgentPrefix)
	return ok && !strings.HasPrefix(rest, "-:")
}

// peoplePatient reports whether the parse names people as the patient of
// the verb trigger t: a noun of personNouns, partyNouns or troopUnits
// ("two combatants captured", "seized three fishermen"), and whether
// they are soldiers (troopUnits).
func (s *sent) peoplePatient(t *trigger) (people, soldiers bool) {
	n, ok := s.triggerNode(t)
	if !ok || t.noun {
		return false, false
	}
	p, ok := s.patientNoun(n)
	if !ok {
		return false, false
	}
	w := strings.ToLower(s.tr.w(p).Form)
	soldiers = s.d.lemmaIn(w, troopUnits)
	return soldiers || s.d.lemmaIn(w, personNouns) || s.d.lemmaIn(w, partyNouns), soldiers
}

// arrestTold reports whether t is a passive verb and another trigger of
// its sentence an arrest ("was captured in June, his arrest has disrupted
// the funding"); an active verb has its captor in its subject.
func (s *sent) arrestTold(t *trigger) bool {
	if !t.passive {
		return false
	}
	for _, o := range s.triggers {
		if o != t && o.e.Type == Arrest {
			return true
		}
	}
	return false
}
