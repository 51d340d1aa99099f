package event

// announcedAidCode is the CAMEO code of an intent to provide material aid
// (033): what an announcement of aid to come is.
const announcedAidCode = "033"

// announcedAid retypes each planned aid mention of ms ("the United States
// will provide 15 million dollars in emergency aid to North Korea, the
// State Department said Tuesday") as the announcement it is: an asserted
// express intent to cooperate (CAMEO 033, as the gold's decisions count a
// pledge or announced aid), dated as the clause dates it, or by the
// publication when that date is the aid's, still to come. The aid itself
// has not happened; the pledge has.
func (s *sent) announcedAid(ms []Mention) {
	for k := range ms {
		m := &ms[k]
		if m.Type != Aid || m.Factuality != Planned || m.Background {
			continue
		}
		m.Type, m.CAMEO, m.Factuality = ExpressIntentToCooperate, announcedAidCode, Asserted
		if m.Time != nil && s.afterDCT(m.Time) {
			m.Time, m.Basis = nil, Publication
		}
	}
}
