package event

import (
	_ "embed"
	"fmt"

	"gopkg.in/yaml.v3"
)

// currenciesYAML holds the currencies the rules share, one entry each.
//
//go:embed data/currencies.yaml
var currenciesYAML []byte

// currencyClass is the class of market_instruments (data/triggers.yaml)
// whose words come from data/currencies.yaml.
const currencyClass = "currency"

// currencies are the word sets read from data/currencies.yaml.
type currencies struct {
	owners      map[string]bool // names that are no homograph (currencyOwner)
	units       map[string]bool // names, plurals and unit place words (PriceUnit)
	instruments map[string]bool // names that are no fraction, and currency words (class currencyClass)
}

// parseCurrencies reads data/currencies.yaml.
func parseCurrencies(data []byte) (*currencies, error) {
	var f struct {
		Currencies []struct {
			Name      string `yaml:"name"`
			Plural    string `yaml:"plural"`
			Homograph bool   `yaml:"homograph"`
			Fraction  bool   `yaml:"fraction"`
		} `yaml:"currencies"`
		Words      []string `yaml:"currency_words"`
		PlaceWords []string `yaml:"unit_place_words"`
	}
	if err := yaml.Unmarshal(data, &f); err != nil {
		return nil, fmt.Errorf("currencies.yaml: %w", err)
	}
	c := &currencies{owners: map[string]bool{}, units: set(f.PlaceWords...), instruments: set(f.Words...)}
	for i, e := range f.Currencies {
		if e.Name == "" {
			return nil, fmt.Errorf("currencies.yaml: currency %d has no name", i+1)
		}
		c.units[e.Name] = true
		if e.Plural != "" {
			c.units[e.Plural] = true
		}
		if !e.Homograph {
			c.owners[e.Name] = true
		}
		if !e.Fraction {
			c.instruments[e.Name] = true
		}
	}
	if len(c.owners) == 0 || len(c.instruments) == 0 {
		return nil, fmt.Errorf("currencies.yaml: no currencies")
	}
	return c, nil
}

// theCurrencies are the currencies of data/currencies.yaml, read once when
// the package is loaded and never modified; an error there is a build
// defect, which the package's tests find.
var theCurrencies = func() *currencies {
	c, err := parseCurrencies(currenciesYAML)
	if err != nil {
		panic(err)
	}
	return c
}()

// PriceUnit reports whether word, in lower case, is the unit a figure of a
// price is counted in: a currency's name or plural, or the first word of
// the place that names one ("hk" of "81.75 HK dollars"), as listed in
// data/currencies.yaml.
func PriceUnit(word string) bool { return theCurrencies.units[word] }
