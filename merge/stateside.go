package merge

// standsFor returns the actor id stands for among the agents of an
// event: its affiliation (a minister's country, a country's police), or
// "" when it has none or is an organization outside the state
// (Options.NonState: a company, a party, an NGO affiliated with its
// seat's country; JP Morgan's results are no act of the United States).
func standsFor(id string, opt Options) string {
	if opt.NonState[id] {
		return ""
	}
	return opt.Affiliation[id]
}
