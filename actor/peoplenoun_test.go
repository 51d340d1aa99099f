package actor

import "testing"

// TestPeopleNoun: a person named by a demonym and what he is, or by a
// demonym that is a noun for persons, is one of the country's people; a
// noun of the state after a demonym stays the country's.
func TestPeopleNoun(t *testing.T) {
	checkMentionActors(t, []mentionActor{
		{"A Norwegian chef was detained at the airport.", "Norwegian chef", "agent:NOR:chef"},
		{"Two Kenyan nannies were found safe in the capital.", "Kenyan nannies", "agent:KEN:nannies"},
		{"A Portuguese barber, aged 40, died in the fire.", "Portuguese barber", "agent:PRT:barber"},
		{"The 31-year-old Dane was fined on Friday.", "Dane", "agent:DNK:people"},
		{"Swedes elected a new parliament in September.", "Swedes", "agent:SWE:people"},
		{"Kenyans have voted in a referendum.", "Kenyans", "agent:KEN:people"},
		{"The Welshman finished third in the race.", "Welshman", "agent:GBR:people"},
		{"Chilean fishermen were rescued off the coast.", "Chilean fishermen", "agent:CHL:fishermen"},
		{"A Canadian journalist was freed by his captors.", "Canadian journalist", "agent:CAN:journalist"},
		// "men" itself, and groups of people WordNet has no person sense for
		{"Two Norwegian men were stopped at the border.", "Norwegian men", "agent:NOR:men"},
		{"The Chilean men won the relay on Sunday.", "Chilean men", "agent:CHL:men"},
		{"Rival Kenyan factions agreed to a ceasefire.", "Kenyan factions", "agent:KEN:factions"},
		{"The minister urged Norwegian companies to invest more.", "Norwegian companies", "agent:NOR:companies"},
		{"Kenyan Islamists seized a small town.", "Kenyan Islamists", "agent:KEN:islamists"},
		{"The Chilean people will vote in March.", "Chilean people", "agent:CHL:people"},
		// the state's people and nouns before another noun stay as before
		{"Norwegian diplomats left the capital on Friday.", "Norwegian", "country:NOR"},
		{"The Norwegian counterpart arrived on Friday.", "Norwegian", "country:NOR"},
		{"A Norwegian engineering firm won the contract.", "Norwegian", "country:NOR"},
		{"A Norwegian judge threw out the case.", "Norwegian", "country:NOR"},
		{"Two anti-Norwegian journalists were questioned.", "Norwegian", "country:NOR"},
	})
}
