package event

import "testing"

// TestCurrencies checks how data/currencies.yaml's marks are read: a
// homograph owns no state's name before it, a fraction is no instrument,
// a plural and a place's first word are price units, and the lexicon's
// class "currency" holds the instruments.
func TestCurrencies(t *testing.T) {
	c, err := parseCurrencies([]byte(`
currencies:
  - {name: crown, plural: crowns}
  - {name: bit, plural: bits, homograph: true, fraction: true}
currency_words: [scrip]
unit_place_words: [ruri]
`))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		set  map[string]bool
		word string
		want bool
	}{
		{"owner", c.owners, "crown", true},
		{"homograph owner", c.owners, "bit", false},
		{"unit", c.units, "crowns", true},
		{"fraction unit", c.units, "bits", true},
		{"place unit", c.units, "ruri", true},
		{"instrument", c.instruments, "crown", true},
		{"word instrument", c.instruments, "scrip", true},
		{"fraction instrument", c.instruments, "bit", false},
	} {
		if tc.set[tc.word] != tc.want {
			t.Errorf("%s: %q in set = %v, want %v", tc.name, tc.word, !tc.want, tc.want)
		}
	}
	if _, err := parseCurrencies([]byte("currencies:\n  - {plural: crowns}\n")); err == nil {
		t.Error("a currency without a name: no error")
	}
	if _, err := parseLexicon([]byte("market_instruments:\n  currency: [crown]\n")); err == nil {
		t.Error("a currency class in triggers.yaml: no error")
	}
	if got := theLexicon.instruments["won"]; got != currencyClass {
		t.Errorf("the lexicon's instrument class of \"won\" = %q, want %q", got, currencyClass)
	}
	if !PriceUnit("dollars") || !PriceUnit("hk") || PriceUnit("points") {
		t.Error("PriceUnit: want dollars and hk units, points not")
	}
}
