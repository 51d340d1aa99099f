package event

import "strings"

// The event types of chronograph's vocabulary, each with the CAMEO code
// (Conflict and Mediation Event Observations, the coding scheme of GDELT and
// PETRARCH, codebook v1.1b3) of the CAMEO category it corresponds to:
//
//	type                 CAMEO  CAMEO category
//	statement            010    Make statement, not specified below
//	meeting              040    Consult, not specified below (talks, summits)
//	phone_call           041    Discuss by telephone
//	visit                042    Make a visit (043 Host a visit for the host side)
//	negotiation          046    Engage in negotiation
//	agreement            057    Sign formal agreement
//	aid                  070    Provide aid, not specified below
//	weapons_supply       072    Provide military aid
//	protest              140    Engage in political dissent
//	military_exercise    150    Demonstrate military or police power
//	weapons_test         150    Demonstrate military or police power (missile and weapons tests)
//	military_deployment  154    Mobilize or increase armed forces
//	release              0841   Return, release person(s)
//	withdrawal           0874   Retreat or surrender militarily (troop withdrawals)
//	sanction             163    Impose embargo, boycott, or sanctions
//	arrest               173    Arrest, detain, or charge with legal action
//	expulsion            174    Expel or deport individuals
//	abduction            181    Abduct, hijack, or take hostage
//	attack               190    Use conventional military force, not specified below
//	invasion             192    Occupy territory
//	annexation           192    Occupy territory
//	capture              192    Occupy territory (seizing towns, territory)
//	killing              190    Use conventional military force (casualties)
//	election, appointment, resignation, other: no CAMEO category ("").
//	accident, disaster, trial, verdict, market_movement, economic_policy,
//	economic_report, business_deal: no CAMEO category either (CAMEO codes acts between
//	political actors; these are the news of courts, markets and
//	misfortune that analysts' timelines also hold).
//	sport_result, legislation, dismissal, suspension, postponement,
//	legal_appeal, guilty_plea, testimony, funeral, escape, evacuation,
//	construction, coup, death, product_launch, award: no CAMEO category (the codebook has no code for a
//	match won, a law passed or a policy an authority adopts, an official
//	fired or suspended from a post, work, flights or a permit suspended, a
//	date put off, an appeal to a higher court, a plea, a witness's
//	testimony, a burial, a prisoner's escape, an evacuation, ground broken
//	for a building, a coup, a person's death, a company's new product
//	unveiled or a prize given to a person or a body; 1722 "Ban political parties or
//	politicians" bans, it does not suspend one member).
//
// and one type for each CAMEO root none of those covers, named for the
// root, with the root's code: appeal 020, express_intent_to_cooperate
// 030, diplomatic_cooperation 050, material_cooperation 060, yield 080,
// investigate 090, demand 100, disapprove 110, reject 120, threaten 130,
// exhibit_force_posture 150, reduce_relations 160, coerce 170, assault
// 180, mass_violence 200. A mention's own code (Mention.CAMEO) may be
// finer than its type's: the CAMEO verb dictionary's pattern gives it.
//
// The codes and category names were checked against the CAMEO event
// code list GDELT publishes (CAMEO.eventcodes.txt, "CAMEO Conflict and
// Mediation Event Observations Event and Actor Codebook" v1.1b3; read in
// the copy of the repository AlifCor/media-focus, file
// CAMEO.eventcodes.txt): 040 Consult, 041 Discuss by telephone, 042 Make a
// visit, 043 Host a visit, 046 Engage in negotiation, 057 Sign formal
// agreement, 070 Provide aid, 072 Provide military aid, 140 Engage in
// political dissent, 150 Demonstrate military or police power, 154
// Mobilize or increase armed forces, 163 Impose embargo, boycott, or
// sanctions, 173 Arrest, detain, or charge with legal action, 190 Use
// conventional military force, 192 Occupy territory. Finer codes exist
// (036 Express intent to meet or negotiate, 138 Threaten to use military
// force, 193 Fight with small arms and light weapons, 195 Employ aerial
// weapons, 1823 Kill by physical assault): chronograph's types keep the
// category a trigger alone supports.
//
// The host side of a visit (CAMEO 043) is the visit's Location or
// Counterpart; chronograph keeps one type per mention and records both
// sides as participants.
const (
	Statement          Type = "statement"
	Meeting            Type = "meeting"
	PhoneCall          Type = "phone_call"
	Visit              Type = "visit"
	Negotiation        Type = "negotiation"
	Agreement          Type = "agreement"
	Aid                Type = "aid"
	WeaponsSupply      Type = "weapons_supply"
	Protest            Type = "protest"
	MilitaryExercise   Type = "military_exercise"
	WeaponsTest        Type = "weapons_test"
	MilitaryDeployment Type = "military_deployment"
	Sanction           Type = "sanction"
	Arrest             Type = "arrest"
	Attack             Type = "attack"
	Invasion           Type = "invasion"
	Annexation         Type = "annexation"
	Capture            Type = "capture"
	Killing            Type = "killing"
	Election           Type = "election"
	Appointment        Type = "appointment"
	Resignation        Type = "resignation"
	Other              Type = "other"
	Release            Type = "release"
	Withdrawal         Type = "withdrawal"
	Expulsion          Type = "expulsion"
	Abduction          Type = "abduction"
	Accident           Type = "accident"
	Disaster           Type = "disaster"
	Trial              Type = "trial"
	Verdict            Type = "verdict"
	MarketMovement     Type = "market_movement"
	EconomicPolicy     Type = "economic_policy"
	EconomicReport     Type = "economic_report"
	BusinessDeal       Type = "business_deal"
	SportResult        Type = "sport_result"
	Legislation        Type = "legislation"
	Dismissal          Type = "dismissal"
	Suspension         Type = "suspension"
	Postponement       Type = "postponement"
	LegalAppeal        Type = "legal_appeal"
	GuiltyPlea         Type = "guilty_plea"
	Funeral            Type = "funeral"
	Death              Type = "death"
	Escape             Type = "escape"
	Coup               Type = "coup"
	Testimony          Type = "testimony"
	Evacuation         Type = "evacuation"
	Construction       Type = "construction"
	ProductLaunch      Type = "product_launch"
	Award              Type = "award"

	// Types named for the CAMEO root categories the types above do not
	// cover (see cameoTypes): events found through the CAMEO verb
	// dictionary (cameo.go).
	Appeal                   Type = "appeal"
	ExpressIntentToCooperate Type = "express_intent_to_cooperate"
	DiplomaticCooperation    Type = "diplomatic_cooperation"
	MaterialCooperation      Type = "material_cooperation"
	Yield                    Type = "yield"
	Investigate              Type = "investigate"
	Demand                   Type = "demand"
	Disapprove               Type = "disapprove"
	Reject                   Type = "reject"
	Threaten                 Type = "threaten"
	ExhibitForcePosture      Type = "exhibit_force_posture"
	ReduceRelations          Type = "reduce_relations"
	Coerce                   Type = "coerce"
	Assault                  Type = "assault"
	MassViolence             Type = "mass_violence"
)

// typeInfo is the read-only description of one type: its CAMEO code. The
// words its titles use are in data/headlines.yaml (headwords.go).
type typeInfo struct {
	cameo string
}

var typeTable = map[Type]typeInfo{
	Statement:          {"010"},
	Meeting:            {"040"},
	PhoneCall:          {"041"},
	Visit:              {"042"},
	Negotiation:        {"046"},
	Agreement:          {"057"},
	Aid:                {"070"},
	WeaponsSupply:      {"072"},
	Protest:            {"140"},
	MilitaryExercise:   {"150"},
	WeaponsTest:        {"150"},
	MilitaryDeployment: {"154"},
	Sanction:           {"163"},
	Arrest:             {"173"},
	Attack:             {"190"},
	Invasion:           {"192"},
	Annexation:         {"192"},
	Capture:            {"192"},
	Killing:            {"190"},
	Election:           {""},
	Appointment:        {""},
	Resignation:        {""},
	Other:              {""},
	Release:            {"0841"},
	Withdrawal:         {"0874"},
	Expulsion:          {"174"},
	Abduction:          {"181"},
	Accident:           {""},
	Disaster:           {""},
	Trial:              {""},
	Verdict:            {""},
	MarketMovement:     {""},
	EconomicPolicy:     {""},
	EconomicReport:     {""},
	BusinessDeal:       {""},
	SportResult:        {""},
	Legislation:        {""},
	Dismissal:          {""},
	Suspension:         {""},
	Postponement:       {""},
	LegalAppeal:        {""},
	GuiltyPlea:         {""},
	Funeral:            {""},
	Death:              {""},
	Escape:             {""},
	Coup:               {""},
	Testimony:          {""},
	Evacuation:         {""},
	Construction:       {""},
	ProductLaunch:      {""},
	Award:              {""},

	// the root types
	Appeal:                   {"020"},
	ExpressIntentToCooperate: {"030"},
	DiplomaticCooperation:    {"050"},
	MaterialCooperation:      {"060"},
	Yield:                    {"080"},
	Investigate:              {"090"},
	Demand:                   {"100"},
	Disapprove:               {"110"},
	Reject:                   {"120"},
	Threaten:                 {"130"},
	ExhibitForcePosture:      {"150"},
	ReduceRelations:          {"160"},
	Coerce:                   {"170"},
	Assault:                  {"180"},
	MassViolence:             {"200"},
}

// cameoTypes gives the type of a CAMEO code from the dictionary (cameo.go):
// the type of the longest prefix of the code listed here. Every root has
// a row, so every code has a type: the project's type where its category
// holds the code (040 Consult → meeting, 19 Fight → attack, 192 Occupy
// territory → capture), else the type named for the root. The types that
// share a code with another (weapons_test, military_exercise, invasion,
// annexation, killing) come only from the trigger lexicon.
var cameoTypes = map[string]Type{
	"01": Statement, "02": Appeal, "03": ExpressIntentToCooperate,
	"04": Meeting, "041": PhoneCall, "042": Visit, "043": Visit, "046": Negotiation,
	"05": DiplomaticCooperation, "057": Agreement,
	"06": MaterialCooperation,
	"07": Aid, "072": WeaponsSupply,
	"08": Yield, "0841": Release, "0874": Withdrawal,
	"09": Investigate, "10": Demand, "11": Disapprove, "12": Reject, "13": Threaten,
	"14": Protest,
	"15": ExhibitForcePosture, "154": MilitaryDeployment,
	"16": ReduceRelations, "163": Sanction,
	"17": Coerce, "173": Arrest, "174": Expulsion,
	"18": Assault, "181": Abduction,
	"19": Attack, "192": Capture,
	"20": MassViolence,
}

// typeOfCode returns the type of a CAMEO code (see cameoTypes), or ""
// for the null code.
func typeOfCode(code string) Type {
	for n := len(code); n >= 2; n-- {
		if t, ok := cameoTypes[code[:n]]; ok {
			return t
		}
	}
	return ""
}

// fitsType reports whether a CAMEO code falls in the category of type t:
// the code is t's own or finer ("195" for attack 190 is not finer, but
// 19 is attack's root, whose category 190 heads), or the code's type is t.
func fitsType(code string, t Type) bool {
	own := t.CAMEO()
	switch {
	case code == "" || own == "":
		return false
	case strings.HasPrefix(code, own) || typeOfCode(code) == t:
		return true
	}
	// a type at the head of its root ("190", "040") covers the root
	return len(own) == 3 && own[2] == '0' && code[:2] == own[:2] && typeOfCode(code) == typeOfCode(own)
}

// CAMEO returns the CAMEO event code of t (see the table above), or "" for
// types CAMEO does not cover and for unknown types.
func (t Type) CAMEO() string { return typeTable[t].cameo }

// Valid reports whether t is one of the types of [Types].
func (t Type) Valid() bool {
	_, ok := typeTable[t]
	return ok
}

// Types returns every event type, in a fixed order (by CAMEO code, then
// name; types without a code last).
func Types() []Type {
	return []Type{
		Statement, Meeting, PhoneCall, Visit, Negotiation, Agreement, Aid,
		WeaponsSupply, Protest, MilitaryExercise, WeaponsTest,
		MilitaryDeployment, Sanction, Arrest, Attack, Killing, Annexation,
		Capture, Invasion, Appointment, Election, Resignation, Release,
		Withdrawal, Expulsion, Abduction, Accident, Disaster, Trial, Verdict,
		MarketMovement, EconomicPolicy, EconomicReport, BusinessDeal,
		SportResult, Legislation, Dismissal, Suspension, Postponement,
		LegalAppeal, GuiltyPlea, Testimony, Funeral, Death, Escape, Evacuation,
		Construction, Coup, ProductLaunch, Award,
		Appeal, ExpressIntentToCooperate, DiplomaticCooperation,
		MaterialCooperation, Yield, Investigate, Demand, Disapprove, Reject,
		Threaten, ExhibitForcePosture, ReduceRelations, Coerce, Assault,
		MassViolence, Other,
	}
}
