package petrarch

import "testing"

// testNamer has the word lists the converter takes from the project, cut
// to what the table needs.
var testNamer = Namer{
	Lower:     map[string]bool{"of": true, "the": true, "and": true, "de": true, "al": true, "bin": true},
	Acronyms:  map[string]bool{"NATO": true, "UN": true, "IAEA": true},
	Spellings: map[string]string{"LTD": "Ltd", "PLC": "PLC", "ST": "St"},
}

func TestReadable(t *testing.T) {
	for _, c := range []struct {
		phrase string
		others []string
		person bool
		want   string
	}{
		{"VLADIMIR_PUTIN_", nil, true, "Vladimir Putin"},
		{"VLADIMIR_V._PUTIN", nil, true, "Vladimir V. Putin"},
		{"PRESIDENT_VLADIMIR_PUTIN_ ", nil, true, "President Vladimir Putin"},
		{"BAN_KI-MOON", nil, true, "Ban Ki-Moon"},
		{"THOMAS_P._O'NEILL,_JR._", nil, true, "Thomas P. O'Neill, Jr."},
		{"JOHN_MCCAIN", nil, true, "John McCain"},
		{"ENG_HEN_NG", nil, true, "Eng Hen Ng"},                               // no vowel, but a person's name
		{"QABUS_IBN_SA`ID_", nil, true, "Qabus Ibn Sa'id"},                    // backquote as apostrophe
		{"HAMAD_BIN_ISA_AL_KHALIFAH", nil, true, "Hamad bin Isa al Khalifah"}, // connectors
		{"AL_QAEDA", nil, false, "Al Qaeda"},                                  // a connector first stays capitalized
		{"POPE_JOHN_PAUL_II", nil, true, "Pope John Paul II"},                 // Roman numeral
		{"U.N._", nil, false, "U.N."},
		{"UN_SECRETARY_GENERAL", nil, false, "UN Secretary General"}, // a known acronym
		{"NATO", nil, false, "NATO"},
		{"BBC_WORLD_SERVICE", nil, false, "BBC World Service"}, // no vowel: an acronym
		{"ANIMAL_LIBERATION_FRONT_(ALF)_", nil, false, "Animal Liberation Front (ALF)"},
		{"GEORGIA_(COUNTRY)", nil, false, "Georgia (Country)"}, // not the initials
		{"ICJ_", []string{"INTERNATIONAL_COURT_OF_JUSTICE_"}, false, "ICJ"},
		{"PEOPLE'S_FRONT", nil, false, "People's Front"},
		{"BANK_OF_ENGLAND", nil, false, "Bank of England"},
		{"THE_GAMBIA", nil, false, "The Gambia"},
		{"ACME_HOLDINGS_LTD", nil, false, "Acme Holdings Ltd"},
		{"ACME_PLC", nil, false, "Acme PLC"},
		{"ST_KITTS_AND_NEVIS", nil, false, "St Kitts and Nevis"},
		{"MESÛD_BARZANÎ", nil, true, "Mesûd Barzanî"},
		{"LIAMINE_Z\x1aROUAL_", nil, true, "Liamine Zroual"}, // a control character dropped
		{"DHAMAR_GOVERNORATE?", nil, false, "Dhamar Governorate"},
		{"KOREA,_NORTH_ ", nil, false, "Korea, North"},
		{"CARLOS SANTOS_CRUZ_", nil, true, "Carlos Santos Cruz"},
	} {
		if got := testNamer.Readable(c.phrase, c.others, c.person); got != c.want {
			t.Errorf("Readable(%q) = %q, want %q", c.phrase, got, c.want)
		}
	}
}
