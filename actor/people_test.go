package actor

import "testing"

// TestCountedPeople: a counted plural demonym is the country's people, not
// the state; a counted group of ordinary people belongs to the one
// country the sentence names; an uncounted plural demonym is the people
// too (pluralDemonym), and so is a singular one counted as one person
// that ends its phrase (oneOfPeople: "one Norwegian"); another singular
// or invariable one stays the state; a counted armed agent with no country of its own is no actor, and a
// counted group of ordinary people with none, or in a sentence naming
// several countries, is a group of its own (unaffiliated.go, countedcrowd.go); a demonym on
// an embassy names no country of the group, nor does one on an armed
// force or its weapons, which tells who attacks (victimCountry), unless
// the force only reports.
func TestCountedPeople(t *testing.T) {
	checkMentionActors(t, []mentionActor{
		{"Hundreds of Palestinians clashed with troops.", "Palestinians", "agent:PSE:people"},
		{"Two Israelis were wounded.", "Israelis", "agent:ISR:people"},
		{"24 Iraqis were freed.", "Iraqis", "agent:IRQ:people"},
		{"The Palestinians rejected the plan.", "Palestinians", "agent:PSE:people"},
		{"The region was captured by rebel Serbs in 1991.", "Serbs", "agent:SRB:people"},
		{"Serbs voted in a referendum.", "Serbs", "agent:SRB:people"},
		{"A Serb official voted.", "Serb", "country:SRB"},
		{"Pirates seized nine sailors including one Norwegian from a trawler.", "Norwegian", "agent:NOR:people"},
		{"A Briton died in the avalanche near Zermatt.", "Briton", "agent:GBR:people"},
		{"One Czech and two Italians were freed on Monday.", "Czech", "agent:CZE:people"},
		{"A Norwegian company won the contract.", "Norwegian", "country:NOR"},
		{"An Italian-Czech summit opened in Prague.", "Italian", "country:ITA"},
		{"He was shot by a Czech \"death squad\", his lawyer said.", "Czech", "country:CZE"},
		{"The Swiss voted in a referendum.", "Swiss", "country:CHE"},
		{"The Chinese delegation left.", "Chinese", "country:CHN"},
		{"Indonesian police arrested 24 students.", "students", "agent:IDN:education"},
		{"Two civilians were killed in Iraq.", "civilians", "agent:IRQ:civilians"},
		{"Two civilians were killed.", "civilians", "agent:-:civilians"},
		{"Two civilians from Iraq were killed in Syria.", "civilians", "agent:-:civilians"},
		{"North Korea has lost 600 troops.", "troops", ""},
		{"Two civilians were hurt outside the Polish embassy.", "civilians", "agent:-:civilians"},
		{"Dozens of students rallied near the Dutch consulate.", "students", "agent:-:students"},
		{"Serbian forces shelled the village, killing two civilians.", "civilians", "agent:-:civilians"},
		{"Canadian tank shells hit a school, killing 12 civilians.", "civilians", "agent:-:civilians"},
		{"Turkish warplanes bombed the town, wounding four villagers.", "villagers", "agent:-:villagers"},
		{"German troops fired on a car near Kunduz, hurting two civilians in Afghanistan.", "civilians", "agent:-:civilians"},
		{"Five civilians were hurt in the blast, the Philippine military said.", "civilians", "agent:PHL:civilians"},
	})
}
