package event

import "github.com/chronograph-news/chronograph/token"

// verbCurrencies name a currency spelt like a verb's form ("won", the
// Korean currency; data/words.yaml).
var verbCurrencies = wordList("verb_currencies")

// currencyAfterAmount reports whether the word at token i is a currency
// spelt like a verb right after a number or a multiplier ("52.6 trillion
// won", "rose 1,400 won"): the currency, no verb ("Russia won" stays one,
// and so does a verb after a year: "in 1998 won 12,000 votes").
func (s *sent) currencyAfterAmount(i int) bool {
	if i <= s.first || !verbCurrencies[s.word(i)] || s.d.timexAt[i-1] >= 0 {
		return false
	}
	prev := s.word(i - 1)
	return s.tok(i-1).Kind == token.Number || multipliers[prev] > 0
}
