package event

import (
	"strings"

	"github.com/chronograph-news/chronograph/actor"
)

// policeSectors are the sectors of a state's agent (the last part of
// "agent:CHN:police") whose raid is a search by the authorities, not an
// armed attack (data/words.yaml).
var policeSectors = wordList("police_sectors")

// policeType retypes the mention m of the trigger t whose entry names a
// type for a police doer (police_type in data/triggers.yaml) when every
// agent of m is an agent of policeSectors ("police raided the
// home of a priest": coercion, 170, not an attack); a mention with no
// agent, or with an army, a country or a group among its agents, keeps
// its type. The title follows the type.
func (s *sent) policeType(t *trigger, m *Mention) {
	if t.e.PoliceType == "" {
		return
	}
	agents := 0
	for _, p := range m.Participants {
		if p.Role != Agent {
			continue
		}
		rest, ok := strings.CutPrefix(p.ActorID, actor.AgentPrefix)
		_, sector, _ := strings.Cut(rest, ":")
		if !ok || !policeSectors[sector] {
			return
		}
		agents++
	}
	if agents == 0 {
		return
	}
	e := *t.e
	e.Type = t.e.PoliceType
	t.e, t.code = &e, ""
	m.Type, m.CAMEO = e.Type, e.Type.CAMEO()
}
